"""The actor knowledge base: it loads, holds no contradictions, is in step with its sources,
and finds the actors news text names."""
from __future__ import annotations

import csv
import gzip
import json
import time
from datetime import date

import pytest
import yaml

from tests.shared_data import SHARED, needs_shared
from vesnik.kb import KB_PATH, load_kb, state_organ_name
from vesnik.kb.build import compile_kb
from vesnik.kb.check import country_codes, problems
from vesnik.text.translit import fold


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_loads_quickly(kb):
    start = time.perf_counter()
    fresh = load_kb.__wrapped__(KB_PATH)
    elapsed = time.perf_counter() - start
    print(f"\nkb.json.gz: {len(fresh)} actors, {sum(1 for _ in fresh.surface_forms())} forms, loaded in {elapsed:.3f} s")
    assert len(fresh) == len(kb) > 1000


def test_no_contradictions(kb):
    assert problems(list(kb), kb.surface_forms(), kb.ambiguous) == []


def test_a_role_in_an_international_body_must_carry_the_bodys_code(kb):
    from vesnik.kb.schema import Actor, Role

    tribunal = kb.get("org:icty")
    prosecutor = Actor(id="per:test-prosecutor", type="PER", name_mk="Тест Обвинител",
                       roles=(Role(role="prosecutor", country="IGO", sector="JUD", org="org:icty"),))
    assert problems([tribunal, prosecutor], [], []) == [
        "per:test-prosecutor: role prosecutor in org:icty has country IGO, the body's is UNO"]


def test_compiled_file_is_built_from_the_current_sources():
    shipped = json.loads(gzip.decompress(KB_PATH.read_bytes()))
    assert json.loads(json.dumps(compile_kb())) == shipped, "run scripts/kb/build_kb.py"


def test_countries_cover_the_un_members_kosovo_palestine_taiwan(kb):
    states = [a for a in kb if a.is_country and a.sovereign and a.iso2]  # historical states have no iso2
    assert len(states) == 196  # 193 UN members, the Holy See, Kosovo, Taiwan
    for code in ("KOS", "PSE", "TWN", "HKG", "MKD"):
        assert code in country_codes(kb)
    assert kb.get("gpe:PRI").country == "USA"


@pytest.mark.parametrize("surface", ["САД", "Америка", "USA", "Соединетите Американски Држави", "U.S.", "америка"])
def test_usa(kb, surface):
    assert [a.id for a in kb.lookup(surface)] == ["gpe:USA"]


@pytest.mark.parametrize("surface, ident", [
    ("ТВ 24", "org:mkd:24-vesti"), ("ТВ 21", "org:mkd:tv21"), ("Евроактив", "org:euractiv"), ("Би-Ти-Ви", "org:btv"),
])
def test_outlets_news_cites_as_relays(kb, surface, ident):
    assert [a.id for a in kb.lookup(surface)] == [ident] and kb.get(ident).kind == "source"


@pytest.mark.parametrize("surface, code", [
    ("руската", "RUS"), ("Русите", "RUS"), ("рускиот", "RUS"), ("Американците", "USA"),
    ("севернокорејски", "PRK"), ("кинескиот", "CHN"), ("Македонците", "MKD"), ("германската", "DEU"),
    ("грчката", "GRC"), ("албанските", "ALB"), ("Србите", "SRB"), ("британскиот", "GBR"),
])
def test_demonyms(kb, surface, code):
    assert kb.country_of_demonym(surface) == code
    assert kb.lookup(surface)[0].id == f"gpe:{code}"


@pytest.mark.parametrize("surface, code", [
    ("атинската", "GRC"), ("приштинските", "KOS"), ("белградскиот", "SRB"), ("московскиот", "RUS"),
    ("вашингтонските", "USA"), ("тиранската", "ALB"), ("софиската", "BGR"), ("скопските", "MKD"),
])
def test_a_capitals_adjective_names_its_state(kb, surface, code):
    # `Мицкоски ја критикуваше атинската влада`: the government of Greece
    assert kb.country_of_demonym(surface) == code


@pytest.mark.parametrize("surface", ["берлинскиот", "парискиот", "римскиот", "бриселската"])
def test_no_adjective_for_capitals_that_name_treaties_or_the_eu(kb, surface):
    # `Берлинскиот процес`, `Парискиот договор`, `Римскиот статут`: no state acts there
    assert kb.country_of_demonym(surface) is None


def test_demonyms_cover_europe_and_the_g20(kb):
    g20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
           "SAU", "ZAF", "TUR", "GBR", "USA"]
    balkans = ["MKD", "ALB", "SRB", "BGR", "GRC", "KOS", "HRV", "SVN", "BIH", "MNE", "ROU"]
    europe = ["AUT", "BEL", "CHE", "CZE", "DNK", "ESP", "EST", "FIN", "HUN", "IRL", "LTU", "LVA", "NLD", "NOR",
              "POL", "PRT", "SVK", "SWE", "UKR", "BLR", "MDA", "CYP", "MLT"]
    missing = [c for c in g20 + balkans + europe if not kb.get(f"gpe:{c}").demonyms]
    assert missing == []


def test_capitals(kb):
    moscow = kb.lookup("Москва")[0]
    assert (moscow.id, moscow.capital_of) == ("gpe:city:moscow", "RUS")
    assert kb.get("gpe:RUS").capital == moscow.id
    assert ("Москва", "gpe:city:moscow", "capital") in set(kb.surface_forms())
    assert kb.lookup("Скопје")[0].capital_of == "MKD"


def test_english_names_of_a_states_organs():
    assert state_organ_name("Russia", "gpe:RUS", "MIL") == "Russia's military"
    assert state_organ_name("United States", "gpe:USA", "SPY") == "United States' intelligence service"
    # a capital standing for its government says whose (the entity list also holds the city)
    assert state_organ_name("Moscow", "gpe:city:moscow", "GOV") == "Russia's government (Moscow)"
    assert state_organ_name("Moscow", "gpe:city:moscow", "BUS") == "Moscow"


@pytest.mark.parametrize("forms, ident", [
    (["КЦНА", "KCNA", "Корејската централна новинска агенција"], "org:kcna"),
    (["НАТО", "NATO", "Северноатлантската алијанса"], "org:nato"),
    (["ММФ", "IMF", "Меѓународниот монетарен фонд"], "org:imf"),
    (["ЕУ", "EU", "Европската унија"], "org:eu"),
    (["ОН", "ООН", "UN", "Обединетите нации"], "org:un"),
    (["Европската комисија"], "org:european-commission"),
    (["Уставниот суд"], "org:mkd:constitutional-court"),
    # the prosecutors for organised crime, written without `на` as well
    (["ОЈО ГОКК", "Основното јавно обвинителство за гонење организиран криминал и корупција"], "org:mkd:organised-crime-prosecutor"),
    (["ДИК"], "org:mkd:state-election-commission"),
    (["НБРМ", "Народната банка"], "org:mkd:national-bank"),
    (["АРМ"], "org:mkd:army"),
    (["ВМРО-ДПМНЕ", "VMRO-DPMNE"], "org:mkd:vmro-dpmne"),
    (["СДСМ", "Социјалдемократскиот сојуз на Македонија"], "org:mkd:sdsm"),
    (["Ројтерс", "Reuters"], "org:reuters"),
    (["Синхуа", "Xinhua"], "org:xinhua"),
    (["Фокус", "порталот Фокус"], "org:fokus"),  # a Macedonian outlet: `…, како што објави Фокус` relays
    (["Македонија", "РСМ", "Северна Македонија"], "gpe:MKD"),
    (["БиХ"], "gpe:BIH"),
    (["ОАЕ"], "gpe:ARE"),
    (["Велика Британија", "Обединетото Кралство"], "gpe:GBR"),
    (["Мицкоски", "Христијан Мицкоски", "Hristijan Mickoski"], "per:hristijan-mickoski"),
    (["Силите за брза поддршка"], "org:rsf"),  # Sudan's paramilitaries: a name, not a word of support
    (["УНИФИЛ", "Мировните сили на ОН во Либан"], "org:unifil"),
    (["Стив Виткоф", "Виткоф"], "per:steve-witkoff"),
    (["Олександр Сирски"], "per:oleksandr-syrskyi"),
    (["Рјазан"], "gpe:city:ryazan"),  # Russian: the drone strikes on its refinery are on Russia, not Ukraine
    (["Порт Судан"], "gpe:city:port-sudan"),
    (["ЕИБ", "Европската инвестициска банка", "Европската банка за инвестиции"], "org:eib"),  # both renderings are written
])
def test_lookup(kb, forms, ident):
    for form in forms:
        assert ident in [a.id for a in kb.lookup(form)], form


def test_anaphors_are_forms_of_their_own_kind(kb):
    assert ("Алијансата", "org:nato", "anaphor") in set(kb.surface_forms())
    assert kb.lookup("Фондот", kinds=["name", "alias", "acronym"]) == []
    assert kb.lookup("Фондот")[0].id == "org:imf"


def test_news_sources(kb):
    sources = [a for a in kb if a.kind == "source"]
    assert len(sources) > 40 and all(a.sector == "JRN" for a in sources)


def test_roles_follow_dates(kb):
    role = kb.role_on("per:stevo-pendarovski", "2020-01-01")
    assert (role.role, role.country, role.sector) == ("head_of_state", "MKD", "GOV")
    assert kb.role_on("per:stevo-pendarovski", date(2025, 1, 1)) is None
    assert kb.sector_on("per:stevo-pendarovski", "2025-01-01") == "ELI"
    assert kb.sector_on("per:stevo-pendarovski", "2010-01-01") is None
    # the prime minister is also his party's leader: the office of state comes first
    assert kb.role_on("per:hristijan-mickoski", "2025-03-01").role == "head_of_government"
    assert kb.role_on("per:hristijan-mickoski", "2020-03-01").role == "party_leader"
    # the day of a handover belongs to the successor
    assert kb.role_on("per:gordana-siljanovska-davkova", "2024-05-12").role == "head_of_state"
    assert kb.role_on("per:stevo-pendarovski", "2024-05-12") is None


def test_country_follows_an_international_office_on_the_date(kb):
    # an EU envoy, then the High Representative, then his state's foreign minister
    assert kb.country_on("per:miroslav-lajcak", "2006-04-01") == "EUR"
    assert kb.country_on("per:miroslav-lajcak", date(2008, 1, 1)) == "IGO"
    assert kb.country_on("per:miroslav-lajcak", "2015-01-01") == "SVK"
    # no role on the date: the entry's own country
    assert kb.country_on("per:miroslav-lajcak", "2000-01-01") == "SVK"


@pytest.mark.parametrize("kb_id, on, country", [
    ("per:javier-solana", "1994-05-01", "ESP"),   # his state's foreign minister
    ("per:javier-solana", "1997-05-01", "IGO"),   # NATO's Secretary General
    ("per:javier-solana", "2005-05-01", "EUR"),   # the EU's foreign-policy chief
    ("per:benita-ferrero-waldner", "2002-05-01", "AUT"),
    ("per:benita-ferrero-waldner", "2007-05-01", "EUR"),
    ("per:dimitris-avramopoulos", "2013-01-01", "GRC"),
    ("per:dimitris-avramopoulos", "2016-01-01", "EUR"),
    ("per:bernard-kouchner", "2000-06-01", "UNO"),
    ("per:bernard-kouchner", "2008-06-01", "FRA"),
])
def test_national_politicians_hold_international_offices_only_in_their_years(kb, kb_id, on, country):
    assert kb.country_on(kb_id, on) == country


def test_a_role_told_twice_by_two_files_is_recorded_once(kb):
    roles = kb.get("per:kai-eide").roles
    assert len(roles) == len(set(roles))


def test_macedonian_office_holders_of_the_2024_government_and_opposition(kb):
    # ministers are GOV whatever their ministry (guidelines), defence included
    assert kb.sector_on("per:vlado-misajlovski", "2025-11-04") == "GOV"
    assert kb.sector_on("per:radmila-shekerinska", "2020-01-01") == "GOV"
    assert kb.sector_on("per:arben-taravari", "2025-01-14") == "GOV"
    assert kb.role_on("per:venko-filipche", "2025-02-20").role == "party_leader"
    assert kb.sector_on("per:venko-filipche", "2025-02-20") == "PTY"
    assert kb.lookup("Државната комисија за спречување корупција")[0].id == "org:mkd:anti-corruption-commission"


def test_sources_and_officials_of_regional_and_war_news(kb):
    assert kb.lookup("Н1")[0].id == "org:n1" and kb.lookup("Н1")[0].sector == "JRN"
    assert kb.lookup("Канцеларијата за Косово и Метохија")[0].id == "org:srb:office-kosovo"
    assert kb.sector_on("per:petar-petkovic", "2025-03-14") == "GOV"
    assert kb.role_on("per:vitali-klitschko", "2025-11-25").role == "mayor"
    assert kb.lookup("Обединетите Арапски Емирати")[0].id == "gpe:ARE"


def test_people_and_sources_of_2025_news(kb):
    assert kb.role_on("per:orce-gjorgjievski", "2025-12-01").role == "mayor"
    assert kb.role_on("per:nayib-bukele", "2025-06-01").country == "SLV"
    assert kb.lookup("Марија Корина Мачадо")[0].sector == "OPP"
    assert kb.lookup("Срна")[0].kind == "source" and kb.lookup("Срна")[0].country == "BIH"
    assert kb.lookup("Галуп")[0].kind != "source"  # a pollster, no news source
    assert kb.lookup("Синиша Каран")[0].id == "per:sinisa-karan" and kb.lookup("Каран")[0].country == "BIH"
    assert kb.lookup("Омбудсманот")[0].id == "org:mkd:ombudsman"


def test_actors_and_spellings_of_the_2026_blind_probe(kb):
    assert kb.lookup("Народното собрание на РС")[0].id == "org:bih:national-assembly-rs"
    assert kb.lookup("Владата на Република Српска")[0].sector == "GOV"
    assert "org:bih:central-election-commission" in [a.id for a in kb.lookup("Централната изборна комисија", kinds=("anaphor",))]
    assert kb.role_on("per:lars-klingbeil", date(2025, 9, 1)).role == "minister"
    assert kb.lookup("Михалис Рокас")[0].country == "EUR"
    assert kb.lookup("Мајкл Мартин")[0].id == "per:micheal-martin"
    assert kb.lookup("Асад ал Шајбани")[0].id == "per:asaad-al-shaibani"
    assert not kb.lookup("Флечер")  # Tom Fletcher by his full name only: Ari Fleischer is spelled so too


def test_the_eus_diplomatic_service_and_the_heads_of_international_bodies(kb):
    assert kb.lookup("Европската служба за надворешни работи")[0].id == "org:eeas"
    assert kb.lookup("ЕСНД")[0].country == "EUR"
    assert kb.role_on("per:mark-rutte", date(2025, 6, 1)).org == "org:nato"  # speaks for NATO, is no source of its acts


@pytest.mark.parametrize("form, ident", [
    # ministers of the 2024 government by the surname alone, as portals write them
    ("Филков", "per:igor-filkov"), ("Меџити", "per:izet-mexhiti"), ("Јаневска", "per:vesna-janevska"),
    ("Трипуновски", "per:cvetan-tripunovski"), ("Димитриеска-Кочоска", "per:gordana-dimitrieska-kochoska"),
    ("Касами", "per:bilall-kasami"), ("Шајнбаум", "per:claudia-sheinbaum"), ("Рамафоза", "per:cyril-ramaphosa"),
    ("Рено-Басо", "per:odile-renaud-basso"), ("Бехтел", "org:bechtel"), ("Мандиќ", "per:andrija-mandic"),
    ("Имамоглу", "per:ekrem-imamoglu"), ("Кагаме", "per:paul-kagame"), ("МПЦ-ОА", "org:mkd:macedonian-orthodox-church"),
    ("Исламската верска заедница", "org:mkd:islamic-religious-community"), ("Боложан", "per:ilie-bolojan"),
])
def test_short_forms_of_the_office_holders_of_2025(kb, form, ident):
    assert ident in [a.id for a in kb.lookup(form, kinds=("name", "alias", "acronym"))]


@pytest.mark.parametrize("form, ident", [
    # common surnames and words: only where the person or the state is named
    ("Николоски", "per:aleksandar-nikoloski"), ("Андоновски", "per:stefan-andonovski"),
    ("Кошта", "per:antonio-costa"), ("Шмит", "per:christian-schmidt"), ("Банга", "per:ajay-banga"),
    ("Дар", "per:ishaq-dar"),
])
def test_common_short_forms_of_the_office_holders_of_2025_are_anaphors(kb, form, ident):
    assert ident in [a.id for a in kb.lookup(form, kinds=("anaphor",))]
    assert ident not in [a.id for a in kb.lookup(form, kinds=("name", "alias"))]


def test_a_surname_two_office_holders_bear_is_declared_ambiguous(kb):
    assert {a.id for a in kb.lookup("Османи")} == {"per:bujar-osmani", "per:vjosa-osmani"}
    assert kb.role_on("per:vjosa-osmani", date(2025, 10, 1)).country == "KOS"


def test_a_mayor_removed_after_arrest_is_opposition_after_office(kb):
    assert kb.sector_on("per:ekrem-imamoglu", date(2024, 6, 1)) == "GOV"
    assert kb.sector_on("per:ekrem-imamoglu", date(2025, 10, 1)) == "OPP"


def test_rights_groups_and_the_palestinian_authority_as_news_spells_them(kb):
    assert kb.lookup("Амнести интернешнал")[0].id == "org:amnesty-international"
    assert kb.lookup("Хјуман Рајтс Воч")[0].id == "org:human-rights-watch"
    authority = kb.lookup("Палестинската автономија")[0]
    assert (authority.id, authority.country, authority.sector) == ("org:pse:palestinian-authority", "PSE", "GOV")


@needs_shared
def test_every_parliament_speaker_is_a_person():
    review = yaml.safe_load((KB_PATH.parent / "parliament_speakers_review.yaml").read_text(encoding="utf-8"))
    kb = load_kb()
    with open(SHARED / "data" / "gazetteers" / "persons_mk_parliament_speakers.tsv", encoding="utf-8") as fh:
        names = [row["name"] for row in csv.DictReader(fh, delimiter="\t")]
    skipped = set(review["not_names"]) | set(review["names_in_text"])
    missing = [n for n in names if n not in skipped and not any(a.type == "PER" for a in kb.lookup(n))]
    assert missing == []


@pytest.mark.parametrize("form, ident, country", [
    ("Канцеларијата на европскиот јавен обвинител", "org:eppo", "EUR"),  # an EU body, not the state of its cases
    ("Српската канцеларија за Косово", "org:srb:office-kosovo", "SRB"),
    ("Петер Сорензен", "per:peter-sorensen", "DNK"),
    ("Василиј Небензја", "per:vassily-nebenzia", "RUS"),
    ("Ника Мелија", "per:nika-melia", "GEO"),
    ("Томас Вајц", "per:thomas-waitz", "AUT"),
    ("Берлинскиот процес", "org:berlin-process", "IGO"),  # not the state of the summit's host city
    # outlets, bodies and spellings of the SETimes years and the 2018-2019 wires (the era probe of session 34)
    ("Економист", "org:economist", "GBR"),
    ("Коријере дела сера", "org:corriere-della-sera", "ITA"),
    ("Вечерње новости", "org:srb:vecernje-novosti", "SRB"),
    ("Коха диторе", "org:kos:koha-ditore", "KOS"),
    ("Си-воч", "org:sea-watch", "NGO"),
    ("ЕУПОЛ Проксима", "org:eu:proxima", "EUR"),
    ("Мисијата на ОБСЕ во Скопје", "org:osce:mission-skopje", "IGO"),
    ("ИЦТИ", "org:icty", "UNO"),
    ("Движењето пет ѕвезди", "org:ita:five-star-movement", "ITA"),
    ("ГСЕЕ", "org:grc:gsee", "GRC"),
    ("Кан Кјунг Ва", "per:kang-kyung-wha", "KOR"),
    ("Мехбуба Муфти", "per:mehbooba-mufti", "IND"),
])
def test_actors_the_countries_session_found_missing(kb, form, ident, country):
    assert [a.id for a in kb.lookup(form)] == [ident] and kb.get(ident).country == country


@pytest.mark.parametrize("form, ident, country", [
    ("Канцеларијата за прашања на Тајван", "org:chn:taiwan-affairs-office", "CHN"),  # China's office for Taiwan
    ("Ријад Мансур", "per:riyad-mansour", "PSE"),
    ("Рамтане Ламамра", "per:ramtane-lamamra", "DZA"),
    ("Калед ал Аисер", "per:khalid-al-aiser", "SDN"),
    ("Амир Саид Иравани", "per:amir-saeid-iravani", "IRN"),
    ("Дороти Шеа", "per:dorothy-shea", "USA"),
    ("Александре де Мораес", "per:alexandre-de-moraes", "BRA"),
    ("Литани", "loc:litani", "LBN"),  # a river, a place of Lebanon
    ("Турмус Аја", "gpe:pse:turmus-ayya", "PSE"),
    ("Комисијата за европски прашања", "org:mkd:assembly-committee-european-affairs", "MKD"),
    ("Државниот студентски дом „Гоце Делчев“", "org:mkd:state-student-dormitory-goce-delchev", "MKD"),
    ("РКЕ", "org:mkd:energy-regulatory-commission", "MKD"),
])
def test_actors_the_blind_sets_of_november_2026_found_missing(kb, form, ident, country):
    assert [a.id for a in kb.lookup(form)] == [ident] and kb.get(ident).country == country


def test_roles_the_blind_sets_of_november_2026_found_wrong(kb):
    on = date(2026, 3, 4)
    assert kb.role_on(kb.get("per:ramtane-lamamra"), on).country == "UNO"  # the UN's envoy for Sudan, not Algeria's
    assert kb.role_on(kb.get("per:israel-katz"), on).role == "defence_minister"
    assert kb.role_on(kb.get("per:mykhailo-fedorov"), on).role == "defence_minister"  # Shmyhal's successor, January 2026
    assert kb.role_on(kb.get("per:denys-shmyhal"), on).role != "defence_minister"
    assert kb.role_on(kb.get("per:orce-gjorgjievski"), on).org == "gpe:city:skopje"  # a mayor's office names its town
    assert {(a.sector, a.country) for a in map(kb.get, ["org:mkd:assembly-committee-european-affairs",
                                                        "org:mkd:state-student-dormitory-goce-delchev"])} == {("LEG", "MKD"), ("GOV", "MKD")}


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Беса Имери", "per:besa-imeri", "MKD", "GOV"),
    ("Ставрос Папаставру", "per:stavros-papastavrou", "GRC", "GOV"),
    ("Бесник Бислими", "per:besnik-bislimi", "KOS", "GOV"),
    ("Азир Алиу", "per:azir-aliu", "MKD", "GOV"),  # a minister again, not only an MP
    ("Нико Пелеши", "per:niko-peleshi", "ALB", "LEG"),  # the speaker
    ("Сали Бериша", "per:sali-berisha", "ALB", "PTY"),  # the opposition leader, not the government
    ("Милорад Додик", "per:milorad-dodik", "BIH", "PTY"),  # the SNSD leader after his removal in 2025
    ("Петар Петковиќ", "per:petar-petkovic", "SRB", "GOV"),
    ("Кристијан Шмит", "per:christian-schmidt", "IGO", "IGO"),
])
def test_people_of_the_economy_and_balkan_blind_sets_of_2026(kb, form, ident, country, sector):
    person = kb.get(ident)
    role = kb.role_on(person, date(2026, 3, 4))
    assert [a.id for a in kb.lookup(form)] == [ident]
    assert ((role.country, role.sector) if role else (person.country, person.after_office_sector)) == (country, sector)


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Организацијата на работодавачи на Македонија", "org:mkd:orm", "MKD", "BUS"),
    ("Дирекцијата за технолошки индустриски развојни зони", "org:mkd:tidz", "MKD", "GOV"),
    ("ДЕПА", "org:depa", "GRC", "BUS"),
    ("БКА", "org:deu:bka", "DEU", "COP"),  # Germany's, though Macedonian copy names it
    ("Bundeskriminalamt", "org:deu:bka", "DEU", "COP"),
    ("Апелациониот суд Скопје", "org:mkd:appellate-court-skopje", "MKD", "JUD"),
    ("Основното јавно обвинителство Тетово", "org:mkd:basic-public-prosecutor-tetovo", "MKD", "JUD"),
    ("Основно јавно обвинителство во Струмица", "org:mkd:basic-public-prosecutor-strumica", "MKD", "JUD"),
    ("faktor.mk", "org:mkd:faktor", "MKD", "JRN"),
    ("Блумберг Адрија", "org:bloomberg-adria", "SRB", "JRN"),
    ("ОХР", "org:bih:ohr", "IGO", "IGO"),
    ("ЕУЛЕКС", "org:eulex", "EUR", "IGO"),  # an EU organ acting as such
])
def test_bodies_of_the_economy_and_balkan_blind_sets_of_2026(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and (kb.get(ident).country, kb.get(ident).sector) == (country, sector)


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Сојузот на синдикатите", "org:mkd:ssm", "MKD", "LAB"),  # the unions' federation named without its state
    ("ОПМ", "org:mkd:opm", "MKD", "NGO"),
    ("Конфедерацијата на слободни синдикати", "org:mkd:kss", "MKD", "LAB"),
    ("СПАК", "org:alb:spak", "ALB", "JUD"),
    ("Странката на слободата и правдата", "org:srb:ssp", "SRB", "PTY"),
    ("КфВ", "org:deu:kfw", "DEU", "GOV"),  # a state's development bank acts for it
    ("ГИЗ", "org:deu:giz", "DEU", "GOV"),
    ("Синохидро", "org:chn:sinohydro", "CHN", "BUS"),
    ("Џељаљ Свечља", "per:xhelal-svecla", "KOS", None),  # the other spelling portals use
])
def test_bodies_the_countries_session_of_2026_found_mislinked(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and (kb.get(ident).country, kb.get(ident).sector) == (country, sector)


def test_kfors_commander_acts_for_the_mission_not_for_his_state(kb):
    kajari = kb.get("per:ferenc-kajari")
    assert [a.id for a in kb.lookup("Ференц Кајари")] == ["per:ferenc-kajari"] and kajari.country == "HUN"
    role = kajari.role_on(date(2026, 3, 1))
    assert (role.country, role.sector, role.org) == ("IGO", "MIL", "org:kfor")


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Лекарската комора", "org:mkd:doctors-chamber", "MKD", "MED"),  # a professional body of medicine, no firm
    ("Стопанската комора на Северозападна Македонија", "org:mkd:economic-chamber-northwest", "MKD", "BUS"),  # not the national one
    ("Самостојниот синдикат за здравство, фармација и социјална заштита", "org:mkd:health-workers-union", "MKD", "LAB"),
    ("ОЦХА", "org:un-ocha", "UNO", "IGO"),  # the UN's, not the state it reports on
    ("Европскиот мировен инструмент", "org:european-peace-facility", "EUR", "IGO"),  # the EU's, not the state it pays
    ("Пакистанските Ренџери", "org:pak:rangers", "PAK", "MIL"),
    ("Врховниот совет за национална безбедност", "org:irn:supreme-national-security-council", "IRN", "GOV"),
    ("Координативниот штаб за третман на воените заробеници", "org:ukr:coordination-headquarters-pow", "UKR", "GOV"),
    ("Јужен Кордофан", "gpe:sdn:south-kordofan", "SDN", None),
    ("Кордофан", "loc:kordofan", "SDN", None),
    ("Мариупољ", "gpe:city:mariupol", "UKR", None),
    ("Њала", "gpe:city:nyala", "SDN", None),
    ("Тавила", "gpe:city:tawila", "SDN", None),
])
def test_bodies_and_places_the_blind_sets_of_27_november_2026_found_missing(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and (kb.get(ident).country, kb.get(ident).sector) == (country, sector)


def test_a_surname_that_is_also_a_common_word_or_a_clubs_name_is_an_anaphor(kb):
    assert {a.id for a in kb.lookup("Ренџерите")} == {"org:pak:rangers", "org:rangers"}  # told apart by the state named
    assert [a.id for a in kb.lookup("Самба")] == ["gpe:ind:samba"] and "Самба" in kb.get("gpe:ind:samba").anaphors


def test_no_name_of_an_entry_spells_its_own_anaphor_in_the_other_script(kb):
    # the gazetteer folds scripts, so an English name `Minova` or `Samba` would find the bare `Минова` or
    # `Самба` as a name, in a story naming neither Congo nor India (a surname, the dance); so would an alias
    # (the Latin `Peć` the stove `Пеќ`, the Serbian `Љеш` the corpse `Леш`)
    names = {(fold(form), ident) for form, ident, kind in kb.surface_forms() if kind in ("name", "capital", "alias")}
    assert [(form, ident) for form, ident, kind in kb.surface_forms()
            if kind == "anaphor" and (fold(form), ident) in names] == []


@pytest.mark.parametrize("form, ident, country", [
    ("Торецк", "gpe:city:toretsk", "UKR"),
    ("Набатије", "gpe:city:nabatieh", "LBN"),
    ("Рас ал Аин", "gpe:city:ras-al-ain", "SYR"),
    ("Букаву", "gpe:city:bukavu", "COD"),
    ("Деир ел Балах", "gpe:city:deir-al-balah", "PSE"),
    ("Мајдал Шамс", "gpe:city:majdal-shams", "SYR"),  # on the Golan, as loc:golan-heights
    ("Џанкој", "gpe:city:dzhankoi", "UKR"),  # Crimea, as loc:crimea
    ("Лабуниште", "gpe:mkd:labunishte", "MKD"),
    ("Брњак", "loc:brnjak", "KOS"),
    ("Северен Дарфур", "gpe:sdn:north-darfur", "SDN"),
    ("Јужно Киву", "gpe:cod:south-kivu", "COD"),
    ("Општина Клина", "gpe:kos:klina", "KOS"),
])
def test_places_of_the_2024_2026_news_a_probe_found_missing(kb, form, ident, country):
    assert [a.id for a in kb.lookup(form)] == [ident] and kb.get(ident).country == country


@pytest.mark.parametrize("form, ident", [
    ("Тир", "gpe:city:tyre"), ("Лиман", "gpe:city:lyman"), ("Никопол", "gpe:city:nikopol-ukraine"),
    ("Минова", "gpe:city:minova"), ("Курчатов", "gpe:city:kurchatov"), ("Глухов", "gpe:city:hlukhiv"),
    ("Клина", "gpe:kos:klina"), ("Исток", "gpe:kos:istok"), ("Синтагма", "loc:syntagma-square"),
    ("Пеќ", "gpe:city:peja"), ("Леш", "gpe:city:lezhe"),
])
def test_a_place_whose_bare_name_is_a_word_or_a_surname_has_it_as_an_anaphor(kb, form, ident):
    assert [(i, k) for f, i, k in kb.surface_forms() if f == form] == [(ident, "anaphor")]


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Набил Абдала", "per:nabil-abdallah", "SDN", "MIL"),  # the army's spokesman
    ("Бадр ал Бусаиди", "per:badr-albusaidi", "OMN", "GOV"),
    ("Есмаил Багаи", "per:esmaeil-baghaei", "IRN", "GOV"),
    ("Татјана Москалкова", "per:tatiana-moskalkova", "RUS", "GOV"),
    ("Иван Федоров", "per:ivan-fedorov", "UKR", "GOV"),  # the governor, not the minister Mykhailo
    ("Јозеф Сикела", "per:jozef-sikela", "EUR", "IGO"),  # commissioners act for the Commission, not their states
    ("Дан Јоргенсен", "per:dan-jorgensen", "EUR", "IGO"),
    ("Хаџа Лахбиб", "per:hadja-lahbib", "EUR", "IGO"),  # Belgium's foreign minister until 2024
    ("Екатерина Захариева", "per:ekaterina-zaharieva", "EUR", "IGO"),
    ("Паула Пињо", "per:paula-pinho", "EUR", "IGO"),
    ("Кетрин Расел", "per:catherine-russell", "UNO", "IGO"),
    ("Синди Мекејн", "per:cindy-mccain", "UNO", "IGO"),
    ("Калед ел Енани", "per:khaled-el-enany", "UNO", "IGO"),
    ("Мао Нинг", "per:mao-ning", "CHN", "GOV"),
    ("Хе Лифенг", "per:he-lifeng", "CHN", "GOV"),  # the front-page set's trade talks
    ("Анвар ел Ануни", "per:anouar-el-anouni", "EUR", "IGO"),  # the Balkan set's EU spokesman, not Kosovo's
    ("Пабло Кирно", "per:pablo-quirno", "ARG", "GOV"),
    ("Кеми Баденок", "per:kemi-badenoch", "GBR", "PTY"),
    ("Алексеј Оверчук", "per:alexei-overchuk", "RUS", "GOV"),
    ("Тереза Рибера", "per:teresa-ribera", "EUR", "IGO"),
])
def test_officials_of_2025_2026_the_blind_war_set_and_a_probe_found_missing(kb, form, ident, country, sector):
    role = kb.role_on(kb.get(ident), date(2026, 3, 4))
    assert [a.id for a in kb.lookup(form)] == [ident] and (role.country, role.sector) == (country, sector)


def test_a_head_of_a_un_agency_whose_term_ended_acts_for_his_state_again(kb):
    grandi = kb.get("per:filippo-grandi")
    assert kb.role_on(grandi, date(2025, 6, 1)).org == "org:unhcr" and kb.role_on(grandi, date(2026, 3, 4)) is None


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Судот на Босна и Херцеговина", "org:bih:court", "BIH", "JUD"),
    ("Уставниот суд на БиХ", "org:bih:constitutional-court", "BIH", "JUD"),
    ("Воздухопловните сили на Украина", "org:ukr:air-force", "UKR", "MIL"),
    ("Гијом Мерсие", "per:guillaume-mercier", "EUR", "IGO"),  # the Commission's spokesperson, not France
    ("Бранко Азески", "per:branko-azeski", "MKD", "BUS"),
    ("агенцијата Фокус", "org:focus-news-agency", "BGR", "JRN"),  # Bulgaria's agency; the bare name is the Macedonian weekly
])
def test_actors_the_quotes_probe_of_27_november_2026_found_missing(kb, form, ident, country, sector):
    actor = kb.get(ident)
    role = kb.role_on(actor, date(2026, 3, 4)) if actor.type == "PER" else actor
    assert [a.id for a in kb.lookup(form)] == [ident] and (role.country, role.sector) == (country, sector)


@pytest.mark.parametrize("form, ident, country", [
    ("Патријархот Порфириј", "per:patriarch-porfirije", "SRB"),
    ("Митрополитот Јоаникиј", "per:metropolitan-joanikije", "MNE"),  # of Montenegro, not of a Macedonian see
])
def test_church_leaders_of_the_neighbours_are_religious_actors_of_their_state(kb, form, ident, country):
    actor = kb.get(ident)
    assert [a.id for a in kb.lookup(form)] == [ident] and (actor.country, actor.sector) == (country, "REL")


def _country_and_sector_on(kb, actor, on):
    """A person's country and sector by the role held on `on` (else their own); an organisation's own."""
    role = kb.role_on(actor, on) if actor.type == "PER" else None
    return (role.country, role.sector) if role else (actor.country, kb.sector_on(actor, on) if actor.type == "PER" else actor.sector)


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Лај Чингте", "per:lai-ching-te", "TWN", "GOV"),
    ("Асад ал Шибани", "per:asaad-al-shaibani", "SYR", "GOV"),
    ("Абдураман Тијани", "per:abdourahamane-tchiani", "NER", "GOV"),
    ("Родриго Дутерте", "per:rodrigo-duterte", "PHL", "ELI"),  # president until 2022
    ("Ханс Грундберг", "per:hans-grundberg", "UNO", "IGO"),
    ("Геир Педерсен", "per:geir-pedersen", "NOR", None),  # the UN's envoy for Syria until 2025
    ("Јенс Лерке", "per:jens-laerke", "UNO", "IGO"),
    ("Јахја Сарее", "per:yahya-saree", "YEM", "REB"),
    ("Марко Бислимоски", "per:marko-bislimoski", "MKD", "GOV"),
    ("Централната команда на САД", "org:usa:centcom", "USA", "MIL"),
    ("УКМТО", "org:gbr:ukmto", "GBR", "MIL"),
    ("Претпретресниот совет на МКС", "org:icc:pre-trial-chamber", "IGO", "JUD"),
    ("ЈНИМ", "org:jnim", "MLI", "REB"),
    ("Бугарското национално радио", "org:bgr:bnr", "BGR", "JRN"),
    ("Фондацијата Конрад Аденауер", "org:deu:konrad-adenauer-foundation", "DEU", "NGO"),
    ("УПОЗ", "org:mkd:upoz", "MKD", "LAB"),
    ("Здружението на новинарите на Македонија", "org:mkd:znm", "MKD", "NGO"),
    ("НЕР", "org:mkd:ner", "MKD", "BUS"),
    ("Кромберг и Шуберт", "org:kromberg-schubert", "DEU", "BUS"),
    ("Амири Диван", "org:qat:amiri-diwan", "QAT", "GOV"),
    ("Истанбулското обвинителство", "org:tur:istanbul-prosecutor", "TUR", "JUD"),
    ("Тајмс оф Израел", "org:times-of-israel", "ISR", "JRN"),
])
def test_actors_the_second_blind_round_of_27_november_2026_found_missing(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2026, 3, 4)) == (country, sector)


@pytest.mark.parametrize("form, country", [("малиската", "MLI"), ("нигерските", "NER"), ("оманското", "OMN"),
                                           ("бахреинскиот", "BHR"), ("чадската", "TCD"), ("сенегалскиот", "SEN")])
def test_demonyms_of_the_sahel_and_the_gulf(kb, form, country):
    assert kb.country_of_demonym(form) == country


@pytest.mark.parametrize("form, ident", [("Бинт Џбеил", "gpe:city:bint-jbeil"), ("Хараста", "gpe:city:harasta"),
                                         ("Керем Шалом", "loc:kerem-shalom")])
def test_places_of_the_middle_east_war_copy(kb, form, ident):
    assert [a.id for a in kb.lookup(form)] == [ident]


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Вилма Русковска", "per:vilma-ruskovska", "MKD", "JUD"),
    ("Јаким Неделков", "per:jakim-nedelkov", "MKD", "LAB"),
    ("Слободан Трендафилов", "per:slobodan-trendafilov", "MKD", "LAB"),
    ("Душан Томшиќ", "per:dusan-tomsic", "MKD", "SOC"),
    ("Душанка Дивјак Томиќ", "per:dusanka-divjak-tomic", "SRB", "GOV"),
    ("Марилена Рауна", "per:marilena-raouna", "CYP", "GOV"),
    ("Саво Миниќ", "per:savo-minic", "BIH", "GOV"),
    ("Данијел Живковиќ", "per:danijel-zivkovic", "MNE", "PTY"),
    ("Дмитро Лубинец", "per:dmytro-lubinets", "UKR", "GOV"),
    ("Георгиј Тихиј", "per:heorhii-tykhyi", "UKR", "GOV"),
    ("Хазем Касем", "per:hazem-qassem", "PSE", "REB"),  # Hamas's, coded as Hamas is
    ("Патрик Мујаја", "per:patrick-muyaya", "COD", "GOV"),
    ("Мохамед ал-Кулаифи", "per:mohammed-al-khulaifi", "QAT", "GOV"),
    ("Хаваја Асиф", "per:khawaja-asif", "PAK", "GOV"),
    ("Зо Мин Тун", "per:zaw-min-tun", "MMR", "MIL"),
    ("Тереза Лазаро", "per:theresa-lazaro", "PHL", "GOV"),
    ("Клементин Нквета-Салами", "per:clementine-nkweta-salami", "UNO", "IGO"),
    ("Тим Кејн", "per:tim-kaine", "USA", "LEG"),
    ("Јенс-Фредерик Нилсен", "per:jens-frederik-nielsen", "GRL", "GOV"),
    ("Бен Хоџис", "per:ben-hodges", "USA", "ELI"),  # a retired general
    ("Драги Ѓорѓиев", "per:dragi-gjorgiev", "MKD", "EDU"),
    ("Ангел Димитров", "per:angel-dimitrov", "BGR", "EDU"),
    ("Љупчо Коцевски", "per:ljupco-kocevski", "MKD", "JUD"),
    ("Панче Тошковски", "per:pance-toshkovski", "MKD", "GOV"),  # a minister, though his ministry runs the police
    ("Обвинителството за гонење организиран криминал и корупција", "org:mkd:organised-crime-prosecutor", "MKD", "JUD"),
    ("Евроџаст", "org:eurojust", "EUR", "IGO"),
    ("Самостојниот синдикат за здравство и социјална заштита", "org:mkd:health-workers-union", "MKD", "LAB"),
    ("Синдикатот на лекарите „Хипократ“", "org:mkd:hippocrates-union", "MKD", "LAB"),
    ("СЗПМ", "org:mkd:szpm", "MKD", "SOC"),
    ("Граѓанскиот покрет УРА", "org:mne:ura", "MNE", "PTY"),
    ("Советот на чуварите", "org:irn:guardian-council", "IRN", "GOV"),
    ("Иранскиот парламент", "org:irn:parliament", "IRN", "LEG"),
    ("КОГАТ", "org:isr:cogat", "ISR", "GOV"),
    ("Јорданската хашемитска добротворна организација", "org:jor:jhco", "JOR", "NGO"),
    ("Араканската армија", "org:mmr:arakan-army", "MMR", "REB"),
    ("Командата на Источниот театар", "org:chn:eastern-theater-command", "CHN", "MIL"),
    ("Канцеларијата на тајванскиот претседател", "org:twn:presidential-office", "TWN", "GOV"),
    ("Врховниот совет за одбрана на земјата", "org:rou:supreme-defence-council", "ROU", "GOV"),
    ("Евромакс ресорсиз", "org:euromax-resources", "CAN", "BUS"),
    ("ОФАК", "org:usa:ofac", "USA", "GOV"),
    ("Специјалниот пратеник на АСЕАН за Мјанмар", "org:asean:special-envoy-myanmar", "IGO", "IGO"),  # ASEAN's, not Myanmar's
    ("Европската служба за надворешни дејства", "org:eeas", "EUR", "IGO"),
    ("Европската комисија", "org:european-commission", "EUR", "IGO"),  # organs of the EU acting as such
    ("Европскиот совет", "org:european-council", "EUR", "IGO"),
    ("Европскиот парламент", "org:european-parliament", "EUR", "IGO"),
    ("Домот на народите", "org:bih:house-of-peoples", "BIH", "LEG"),
])
def test_actors_the_third_blind_round_of_27_november_2026_found_missing_or_mislinked(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2026, 3, 4)) == (country, sector)


def test_officials_out_of_office_after_the_coup_in_guinea_bissau(kb):
    on = date(2025, 11, 29)
    deposed, general = kb.get("per:umaro-sissoco-embalo"), kb.get("per:horta-ntam")
    assert [a.id for a in kb.lookup("Умаро Сисоко Ембало")] == [deposed.id] and kb.sector_on(deposed, on) == "ELI"
    assert [a.id for a in kb.lookup("Хорта Н'Там")] == [general.id] and (kb.role_on(general, on).country, kb.sector_on(general, on)) == ("GNB", "MIL")


def test_greenland_is_coded_by_its_own_iso_code(kb):
    assert kb.get("gpe:GRL").country == "GRL" and kb.country_of_demonym("гренландскиот") == "GRL"


@pytest.mark.parametrize("form", ["иракските", "иракската", "иракскиот", "ирачките", "Ирачаните"])
def test_both_spellings_of_the_iraqi_adjective_are_iraqs(kb, form):
    # `иракски` beside `ирачки`: a demonym's spelling variant is expanded as its adjective is
    assert kb.country_of_demonym(form) == "IRQ"


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Хосе Антонио Каст", "per:jose-antonio-kast", "CHL", "PTY"),  # a candidate before his inauguration
    ("Каст", "per:jose-antonio-kast", "CHL", "PTY"),
    ("Жанет Жара", "per:jeannette-jara", "CHL", "PTY"),
    ("Борич", "per:gabriel-boric", "CHL", "GOV"),
    ("Викрам Мисри", "per:vikram-misri", "IND", "GOV"),
    ("Уго де Зела", "per:hugo-de-zela", "PER", "GOV"),
    ("Бетси Чавес", "per:betssy-chavez", "PER", "ELI"),
    ("Абигејл Џексон", "per:abigail-jackson", "USA", "GOV"),
    ("Андреј Ковачев", "per:andrey-kovatchev", "BGR", "LEG"),  # an MEP takes the state that elected him (GUIDELINES)
    ("Владимир Мисајловски", "per:vlado-misajlovski", "MKD", "GOV"),
    ("Владимир Новович", "per:vladimir-novovic", "MNE", "JUD"),
    ("Боцан-Харченко", "per:aleksandr-botsan-kharchenko", "RUS", "GOV"),
    ("Пахалгам", "gpe:city:pahalgam", "IND", None),
    ("Бродвју", "gpe:city:broadview", "USA", None),
    ("Гјонгџу", "gpe:city:gyeongju", "KOR", None),
    ("Тулча", "gpe:city:tulcea", "ROU", None),
    ("Боливарската милиција", "org:ven:bolivarian-militia", "VEN", "MIL"),
    ("Европскиот комитет за спречување тортура", "org:cpt", "IGO", "IGO"),
    ("CPT", "org:cpt", "IGO", "IGO"),
    ("Макам-Транс", "org:mkd:makam-trans", "MKD", "BUS"),
    ("Транспаренси интернешнал Македонија", "org:mkd:ti-macedonia", "MKD", "NGO"),
    ("КЗК", "org:mkd:competition-commission", "MKD", "GOV"),
    ("Фискалниот совет", "org:mkd:fiscal-council", "MKD", "GOV"),
    ("Лукоил Македонија", "org:mkd:lukoil-macedonia", "MKD", "BUS"),
    ("Сојузничката команда за операции", "org:shape", "IGO", "MIL"),
    ("Контакт-групата за одбрана на Украина", "org:ukraine-defense-contact-group", "IGO", "GOV"),
    ("Мајкл Мекграт", "per:michael-mcgrath", "EUR", "IGO"),  # (the Europe desk, scored blind after the others)
    ("Ливан", "gpe:LBN", "LBN", None),
])
def test_actors_the_five_blind_desks_of_28_november_2026_found_missing_or_mislinked(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2025, 12, 15)) == (country, sector)


def test_chiles_president_elect_heads_the_state_from_the_inauguration(kb):
    kast, boric = kb.get("per:jose-antonio-kast"), kb.get("per:gabriel-boric")
    assert kb.role_on(kast, date(2026, 4, 1)).role == "head_of_state" and kb.sector_on(boric, date(2026, 4, 1)) == "ELI"


def test_a_place_folding_to_a_latin_surname_alias_comes_before_the_person(kb):
    # `Морињ` folds to `morin`, the Latin alias of Hervé Morin: the place's own name wins
    assert kb.lookup("Морињ")[0].id == "gpe:city:morinj"


def test_a_bare_eastern_command_is_the_plas_only_by_context(kb):
    assert [a.id for a in kb.lookup("Источната команда", kinds=["anaphor"])] == ["org:chn:eastern-theater-command"]
    assert not kb.lookup("Источната команда", kinds=["name", "alias"])


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Павлос Маринакис", "per:pavlos-marinakis", "GRC", "GOV"),  # not the EU's, though he speaks of Brussels
    ("Родолф Хајкал", "per:rodolphe-haykal", "LBN", "MIL"),
    ("Мазлум Абди", "per:mazloum-abdi", "SYR", "REB"),
    ("Абдулаје Диоп", "per:abdoulaye-diop", "MLI", "GOV"),
    ("Алисон Харт", "per:allison-hart", "IGO", "IGO"),
    ("Ши Ји", "per:shi-yi", "CHN", "MIL"),
    ("Хасан Рашад", "per:hassan-rashad", "EGY", "SPY"),
    ("Дубравка Ђедовиќ Хандановиќ", "per:dubravka-djedovic-handanovic", "SRB", "GOV"),
    ("Ли Ќанг", "per:li-qiang", "CHN", "GOV"),
    ("Народноослободителната армија", "org:chn:pla", "CHN", "MIL"),
    ("Северноатлантскиот совет", "org:north-atlantic-council", "IGO", "IGO"),
    ("Африканскиот корпус", "org:rus:africa-corps", "RUS", "MIL"),
    ("Сириските демократски сили", "org:sdf", "SYR", "REB"),
    ("Булгаргаз", "org:bgr:bulgargaz", "BGR", "BUS"),
    ("Филозофскиот факултет во Белград", "org:srb:faculty-of-philosophy-belgrade", "SRB", "EDU"),
    ("Ла Монеда", "org:chl:la-moneda", "CHL", "GOV"),
    ("ОРТМ", "org:mli:ortm", "MLI", "JRN"),
    ("Калабан Коура", "gpe:city:kalaban-coura", "MLI", None),
    ("Бањска", "gpe:kos:banjska", "KOS", None),
    ("Жолтото Море", "loc:yellow-sea", None, None),
])
def test_actors_and_places_the_middle_east_desk_and_the_others_named_unknown(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2025, 12, 15)) == (country, sector)


@pytest.mark.parametrize("form", ["либанската", "ливанската", "ливанските"])
def test_both_spellings_of_the_lebanese_adjective_are_lebanons(kb, form):
    assert kb.country_of_demonym(form) == "LBN"


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Фердинанд Маркос Јуниор", "per:ferdinand-marcos-jr", "PHL", "GOV"),
    ("Лиу Деџун", "per:liu-dejun", "CHN", "COP"),
    ("Рам Чандра Паудел", "per:ram-chandra-paudel", "NPL", "GOV"),
    ("Сушила Карки", "per:sushila-karki", "NPL", "GOV"),
    ("Мин Аунг Хлаинг", "per:min-aung-hlaing", "MMR", "MIL"),
    ("Том Ендрјус", "per:tom-andrews", "UNO", "IGO"),
    ("Џон Ли", "per:john-lee-ka-chiu", "HKG", "GOV"),
    ("Џими Лаи", "per:jimmy-lai", "HKG", "JRN"),
    ("Аксел Кисилоф", "per:axel-kicillof", "ARG", "GOV"),
    ("Мигел Дијас-Канел", "per:miguel-diaz-canel", "CUB", "GOV"),
    ("Бруно Родригез", "per:bruno-rodriguez-parrilla", "CUB", "GOV"),
    ("Персад-Бисесар", "per:kamla-persad-bissessar", "TTO", "GOV"),
    ("Диосдадо Кабело", "per:diosdado-cabello", "VEN", "GOV"),
    ("Ненад Вујиќ", "per:nenad-vujic", "SRB", "GOV"),
    ("Донахју", "per:christopher-donahue", "USA", "MIL"),
    ("Александре де Мораис", "per:alexandre-de-moraes", "BRA", "JUD"),
    ("Пам Бонди", "per:pam-bondi", "USA", "GOV"),  # the Attorney General is a minister: GOV (GUIDELINES)
    ("Анвар Ибрахим", "per:anwar-ibrahim", "MYS", "GOV"),
    ("Анутин Чарнвиракул", "per:anutin-charnvirakul", "THA", "GOV"),
    ("Родриго Пас", "per:rodrigo-paz", "BOL", "GOV"),
    ("Кинеската крајбрежна стража", "org:chn:coast-guard", "CHN", "COP"),
    ("Филипинската крајбрежна стража", "org:phl:coast-guard", "PHL", "COP"),
    ("Партијата на националната акција", "org:mex:pan", "MEX", "PTY"),
    ("ПАН", "org:mex:pan", "MEX", "PTY"),
    ("Народната сила", "org:kor:people-power-party", "KOR", "PTY"),
    ("Фондацијата „Роналд Реган“", "org:usa:reagan-foundation", "USA", "SOC"),
    ("Одбранбените сили на Тринидад и Тобаго", "org:tto:defence-force", "TTO", "MIL"),
    ("Хеленската полиција", "org:grc:police", "GRC", "COP"),
    ("Вишиот суд во Белград", "org:srb:higher-court-belgrade", "SRB", "JUD"),
    ("Единицата за брзо распоредување", "org:mkd:rapid-deployment-unit", "MKD", "COP"),
    ("ДХС", "org:usa:homeland-security", "USA", "GOV"),
    ("Сантијаго де Куба", "gpe:city:santiago-de-cuba", "CUB", None),
    ("Порт оф Спејн", "gpe:city:port-of-spain", "TTO", None),
    ("Фолкстон", "gpe:city:folkston", "USA", None),
    ("Криволак", "loc:krivolak", "MKD", None),
    ("Скарборо", "loc:scarborough-shoal", None, None),
])
def test_actors_the_three_blind_sets_of_28_november_2026_found_missing_or_mislinked(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2025, 12, 15)) == (country, sector)


def test_the_myanmar_opposition_government_is_named_so_only_by_context(kb):
    # Libya's government bears the bare name too
    assert [a.id for a in kb.lookup("Владата на националното единство", kinds=["anaphor"])] == ["org:mmr:national-unity-government"]
    assert not kb.lookup("Владата на националното единство", kinds=["name", "alias"])


def test_officials_out_of_office_in_2025_take_their_sector_after_office(kb):
    assert kb.sector_on("per:yoon-suk-yeol", date(2025, 8, 24)) == "ELI"
    assert kb.sector_on("per:kp-sharma-oli", date(2025, 10, 1)) == "PTY"
    assert kb.role_on("per:kp-sharma-oli", date(2025, 9, 10)).role == "head_of_government"


@pytest.mark.parametrize("form, country", [("непалската", "NPL"), ("мјанмарските", "MMR"), ("хонгконшкиот", "HKG")])
def test_demonyms_of_nepal_myanmar_and_hong_kong(kb, form, country):
    assert kb.country_of_demonym(form) == country


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Либерално-демократската партија на Јапонија", "org:jpn:ldp", "JPN", "PTY"),
    ("БЈП", "org:ind:bjp", "IND", "PTY"),
    ("Индискиот национален конгрес", "org:ind:congress", "IND", "PTY"),
    ("ПТИ", "org:pak:pti", "PAK", "PTY"),
    ("Куоминтанг", "org:twn:kuomintang", "TWN", "PTY"),
    ("Демократската прогресивна партија", "org:twn:dpp", "TWN", "PTY"),
    ("Либералната партија на Канада", "org:can:liberal-party", "CAN", "PTY"),
    ("ПСУВ", "org:ven:psuv", "VEN", "PTY"),
    ("МОРЕНА", "org:mex:morena", "MEX", "PTY"),
    ("Амит Шах", "per:amit-shah", "IND", "GOV"),
    ("Мохсин Накви", "per:mohsin-naqvi", "PAK", "GOV"),
    ("Гилберто Теодоро", "per:gilberto-teodoro", "PHL", "GOV"),
    ("Омар Гарсија Харфуч", "per:omar-garcia-harfuch", "MEX", "GOV"),
    ("Едмундо Гонзалес", "per:edmundo-gonzalez-urrutia", "VEN", "PTY"),
    ("Европол", "org:europol", "EUR", "IGO"),  # an EU agency acting as such (GUIDELINES), as the event tests code it
])
def test_parties_and_ministers_of_2025_2026_asian_and_american_news(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2025, 12, 15)) == (country, sector)


def test_morena_the_word_is_mexicos_party_only_by_context(kb):
    assert not kb.lookup("морена", kinds=["name", "alias"])


@pytest.mark.parametrize("form, ident, on, country, sector", [
    ("Ретајо", "per:bruno-retailleau", date(2025, 3, 1), "FRA", "GOV"),
    ("Ретајо", "per:bruno-retailleau", date(2025, 12, 1), "FRA", "PTY"),
    ("Лоран Нуњез", "per:laurent-nunez", date(2025, 12, 1), "FRA", "GOV"),
    ("Пјантедоси", "per:matteo-piantedosi", date(2025, 12, 1), "ITA", "GOV"),
    ("Гранде-Марласка", "per:fernando-grande-marlaska", date(2025, 12, 1), "ESP", "GOV"),
    ("Шабана Махмуд", "per:shabana-mahmood", date(2025, 12, 1), "GBR", "GOV"),
    ("Колоколцев", "per:vladimir-kolokoltsev", date(2025, 12, 1), "RUS", "GOV"),
    ("Игор Клименко", "per:ihor-klymenko", date(2025, 12, 1), "UKR", "GOV"),
    ("Данило Шарановиќ", "per:danilo-saranovic", date(2025, 12, 1), "MNE", "GOV"),
    # actors of the SETimes years and of the 2018-2019 wires the era probe of session 34 found missing
    ("Рауф Денкташ", "per:rauf-denktas", date(2004, 4, 24), "CYP", "GOV"),
    ("Перо Букејловиќ", "per:pero-bukejlovic", date(2005, 6, 1), "BIH", "GOV"),
    ("Рафи Грегоријан", "per:raffi-gregorian", date(2009, 3, 1), "IGO", "IGO"),
    ("Егемен Багиш", "per:egemen-bagis", date(2011, 5, 1), "TUR", "GOV"),
    ("Михаел Сахлин", "per:michael-sahlin", date(2005, 3, 1), "EUR", "IGO"),
    ("Ерхард Билер", "per:erhard-buhler", date(2011, 7, 28), "IGO", "MIL"),
    ("Џина Хаспел", "per:gina-haspel", date(2019, 2, 1), "USA", "SPY"),
    ("Мик Малвејни", "per:mick-mulvaney", date(2019, 2, 1), "USA", "GOV"),
    ("Стафан де Мистура", "per:staffan-de-mistura", date(2018, 5, 1), "UNO", "IGO"),
    ("Мишел Башле", "per:michelle-bachelet", date(2019, 5, 1), "UNO", "IGO"),
    ("Денис Пушилин", "per:denis-pushilin", date(2019, 5, 1), "UKR", "REB"),
    ("Невен Мимица", "per:neven-mimica", date(2016, 5, 1), "EUR", "IGO"),
    ("Невен Мимица", "per:neven-mimica", date(2012, 5, 1), "HRV", "GOV"),
    ("Бернд Борхарт", "per:bernd-borchardt", date(2013, 5, 1), "EUR", "IGO"),
    ("Сергеј Наришкин", "per:sergey-naryshkin", date(2018, 5, 1), "RUS", "SPY"),
    ("Гади Ајзенкот", "per:gadi-eisenkot", date(2018, 5, 1), "ISR", "MIL"),
])
def test_interior_ministers_of_europe_in_2025_2026_and_actors_of_the_setimes_years_and_the_2018_2019_wires(
        kb, form, ident, on, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), on) == (country, sector)


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Феликс Чисекеди", "per:felix-tshisekedi", "COD", "GOV"),
    ("Феликс Тшисекеди", "per:felix-tshisekedi", "COD", "GOV"),  # the build's Тш/Ч variant
    ("Тшисекеди", "per:felix-tshisekedi", "COD", "GOV"),
    ("Исаијас Афеверки", "per:isaias-afwerki", "ERI", "GOV"),
    ("Исајас Афеворки", "per:isaias-afwerki", "ERI", "GOV"),
    ("Јемане Гебремескел", "per:yemane-gebremeskel", "ERI", "GOV"),
    ("Бола Тинубу", "per:bola-tinubu", "NGA", "GOV"),
    ("Абдулхамид Дбеиба", "per:abdul-hamid-dbeibah", "LBY", "GOV"),
    ("Халифа Хафтар", "per:khalifa-haftar", "LBY", "MIL"),
    ("Абдулаје Маига", "per:abdoulaye-maiga", "MLI", "GOV"),
    ("Хасан Шеик Мохамуд", "per:hassan-sheikh-mohamud", "SOM", "GOV"),
    ("Махамат Деби", "per:mahamat-idriss-deby", "TCD", "GOV"),
    ("Махмуд Али Јусуф", "per:mahmoud-ali-youssouf", "IGO", "IGO"),
    ("Олег Синегубов", "per:oleh-syniehubov", "UKR", "GOV"),
    ("Али Јерликаја", "per:ali-yerlikaya", "TUR", "GOV"),
    ("Ибрахим Калин", "per:ibrahim-kalin", "TUR", "SPY"),
    ("Омер Челик", "per:omer-celik", "TUR", "PTY"),
    ("Максим Риженков", "per:maxim-ryzhenkov", "BLR", "GOV"),
    ("Валери Герасимов", "per:valery-gerasimov", "RUS", "MIL"),  # the build's -иј/-и variant
    ("Мединскиј", "per:vladimir-medinsky", "RUS", "GOV"),  # the build's -ски/-скиј variant
    ("Дмитриј Песков", "per:dmitry-peskov", "RUS", "GOV"),
    ("Џукановиќ", "per:milo-dukanovic", "MNE", "PTY"),  # the build's Ѓ/Џ variant; out of office since 2023
    ("УНСМИЛ", "org:unsmil", "UNO", "IGO"),
    ("Мисијата на ОН за поддршка во Либија", "org:unsmil", "UNO", "IGO"),
    ("МОНУСКО", "org:monusco", "UNO", "MIL"),  # a peacekeeping force, as UNIFIL
    ("МИНУСКА", "org:minusca", "UNO", "MIL"),
    ("АМИСОМ", "org:aussom", "IGO", "MIL"),
    ("Мисијата на ОН за помош во Авганистан", "org:unama", "UNO", "IGO"),
    ("ИСВАП", "org:iswap", "NGA", "REB"),
    ("Организацијата на исламската соработка", "org:oic", "IGO", "IGO"),
    ("ОАД", "org:oas", "IGO", "IGO"),
    ("Комисијата на ЕКОВАС", "org:ecowas-commission", "IGO", "IGO"),
    ("АЕС", "org:alliance-of-sahel-states", "IGO", "IGO"),
    ("Алијансата на сахелските држави", "org:alliance-of-sahel-states", "IGO", "IGO"),
    ("САДЦ", "org:sadc", "IGO", "IGO"),
    ("Источноафриканската заедница", "org:eac", "IGO", "IGO"),
    ("ИГАД", "org:igad", "IGO", "IGO"),
    ("Високиот орган за комуникации", "org:mli:hac", "MLI", "GOV"),
    ("ФАМа", "org:mli:fama", "MLI", "MIL"),
    ("Либиската национална армија", "org:lby:lna", "LBY", "MIL"),
    ("Силите за специјално одвраќање", "org:lby:rada", "LBY", "REB"),
])
def test_leaders_bodies_and_armed_groups_of_africa_and_others_and_the_spellings_copy_writes(kb, form, ident, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), date(2025, 12, 15)) == (country, sector)


def test_the_bare_name_of_the_tripoli_militia_is_no_form_of_it(kb):
    # Раде is a first name, Рада one too and Ukraine's parliament
    assert "org:lby:rada" not in [a.id for form in ("Раде", "Рада") for a in kb.lookup(form)]


@pytest.mark.parametrize("form, state", [
    ("Асмара", "ERI"), ("Лусака", "ZMB"), ("Гитега", "BDI"), ("Ниамеј", "NER"), ("Могадишо", "SOM"),
    ("Јамусукро", "CIV"), ("Мбабане", "SWZ"), ("Тегусигалпа", "HND"),
])
def test_capitals_of_africa_and_the_americas_stand_for_their_states(kb, form, state):
    capital = kb.lookup(form)[0]
    assert capital.capital_of == state and kb.get(f"gpe:{state}").capital == capital.id


@pytest.mark.parametrize("form, country", [
    ("руандската", "RWA"), ("камбоџанскиот", "KHM"), ("еритрејскиот", "ERI"), ("буркинските", "BFA"),
    ("конгоанската", "COD"), ("камерунската", "CMR"), ("ганскиот", "GHA"), ("гвинејската", "GIN"),
    ("анголските", "AGO"), ("бурундиската", "BDI"), ("угандскиот", "UGA"), ("танзаниската", "TZA"),
    ("мозамбичката", "MOZ"), ("замбиските", "ZMB"), ("зимбабвеанскиот", "ZWE"), ("намибиската", "NAM"),
    ("јужносуданските", "SSD"), ("боливиската", "BOL"), ("еквадорскиот", "ECU"), ("костариканската", "CRI"),
    ("гватемалските", "GTM"), ("хондурашката", "HND"), ("хаитскиот", "HTI"), ("јамајканската", "JAM"),
    ("никарагванските", "NIC"), ("панамската", "PAN"), ("парагвајскиот", "PRY"), ("уругвајската", "URY"),
    ("киргиските", "KGZ"), ("таџикистанската", "TJK"), ("туркменскиот", "TKM"), ("лаошката", "LAO"),
    ("шриланканските", "LKA"), ("сингапурскиот", "SGP"), ("папуанската", "PNG"), ("порториканските", "USA"),
    ("малгашката", "MDG"), ("доминиканската", "DOM"), ("Камбоџанците", "KHM"), ("Еквадорецот", "ECU"),
])
def test_demonyms_of_the_states_news_writes_of_beyond_europe(kb, form, country):
    # `Еритрејскиот министер`, `руандската армија`: the state, not the story's other one (Puerto Rico: as PLOVER codes it, USA)
    assert kb.country_of_demonym(form) == country


def test_every_sovereign_state_news_names_often_has_a_demonym(kb):
    # the states whose demonym is uncertain (Côte d'Ivoire, Togo, the small island states …) are left out
    wanted = ["RWA", "KHM", "ERI", "BFA", "COD", "COG", "CMR", "GHA", "GIN", "AGO", "BDI", "UGA", "TZA", "MOZ", "ZMB",
              "ZWE", "NAM", "SSD", "BOL", "ECU", "CRI", "GTM", "HND", "HTI", "JAM", "NIC", "PAN", "PRY", "URY", "KGZ",
              "TJK", "TKM", "LAO", "LKA", "SGP", "PNG", "DOM", "SLV"]
    assert [c for c in wanted if not (kb.get(f"gpe:{c}").demonyms and kb.get(f"gpe:{c}").demonyms.adjective)] == []


@pytest.mark.parametrize("form, ids", [
    ("гвинејската", ["gpe:GIN"]),  # not Guinea-Bissau's nor Equatorial Guinea's
    ("доминиканската", ["gpe:DOM"]),  # not Dominica's
    ("конгоанската", ["gpe:COD", "gpe:COG"]),  # both Congos, DR Congo first where no place tells
])
def test_shared_demonyms_stand_for_the_states_the_news_means(kb, form, ids):
    assert [a.id for a in kb.lookup(form, kinds=["demonym"])] == ids


@pytest.mark.parametrize("word", ["монашки", "монашката", "соломонски", "Ганка"])
def test_common_words_and_first_names_are_no_demonyms(kb, word):
    assert kb.country_of_demonym(word) is None


@pytest.mark.parametrize("form, ident", [("KTUU", "org:ktuu"), ("WSMV", "org:wsmv"), ("WAFB", "org:wafb"), ("KSWB-TV", "org:kswb")])
def test_local_american_stations_by_call_sign_are_news_sources(kb, form, ident):
    # `…, објави „KTUU“. … изјавија од мрежата`: the network a later outlet noun refers back to
    assert [a.id for a in kb.lookup(form)] == [ident] and kb.get(ident).sector == "JRN" and kb.get(ident).kind == "source"


@pytest.mark.parametrize("form, ident, country, sector", [
    ("Џејмс Марапе", "per:james-marape", "PNG", "GOV"),
    ("Марапе", "per:james-marape", "PNG", "GOV"),
    ("Лиу Јинсонг", "per:liu-jinsong", "CHN", "GOV"),
    ("Марк Цукерберг", "per:mark-zuckerberg", "MNC", "BUS"),  # Meta's chief executive, as the events' gold codes him
    ("Светозар Вујачиќ", "per:svetozar-vujacic", "BIH", "JUD"),  # a lawyer takes his client's country (GUIDELINES)
    ("Амнести интернешенел", "org:amnesty-international", "NGO", "NGO"),
    ("Копа-Кожека", "org:copa-cogeca", "NGO", "SOC"),
    ("Социјалдемократската младина", "org:mkd:sdsm-youth", "MKD", "PTY"),
    ("Унијата на млади сили на ВМРО-ДПМНЕ", "org:mkd:vmro-dpmne-youth", "MKD", "PTY"),
    ("Младинскиот образовен форум", "org:mkd:youth-educational-forum", "MKD", "NGO"),
    ("Индо-пацифичката команда на САД", "org:usa:indopacom", "USA", "MIL"),
    ("АФРИКОМ", "org:usa:africom", "USA", "MIL"),
    ("Подкрепа", "org:bgr:podkrepa", "BGR", "LAB"),
    ("Џаиш е Мохамед", "org:jaish-e-mohammed", "PAK", "REB"),
    ("Унион пор ла Патриа", "org:arg:union-por-la-patria", "ARG", "PTY"),
    ("Шеќеринска", "per:radmila-shekerinska", "MKD", None),
    ("Гордана Јанкуловска", "per:gordana-jankuloska", "MKD", None),
])
def test_named_actors_the_invented_sets_of_29_november_2026_found_missing(kb, form, ident, country, sector):
    found = [a.id for a in kb.lookup(form)]
    assert found == [ident]
    if sector:
        assert _country_and_sector_on(kb, kb.get(ident), date(2025, 12, 15)) == (country, sector)
    else:
        assert kb.get(ident).country == country


@pytest.mark.parametrize("form, idents", [
    ("Лиу", {"per:liu-he", "per:liu-jinsong", "per:liu-dejun"}),  # a common Chinese surname
    ("Пас", {"per:rodrigo-paz"}),  # a football pass
    ("Гардата", {"org:irn:irgc"}),  # any state's guard
    ("Тиса", {"org:hun:tisza"}),  # the river
])
def test_short_names_that_are_other_words_or_other_people_link_only_by_context(kb, form, idents):
    assert {a.id for a in kb.lookup(form, kinds=["anaphor"])} == idents
    assert not kb.lookup(form, kinds=["name", "alias"])


@pytest.mark.parametrize("form, ident, on, country, sector", [
    ("Михаил Горбачов", "per:mikhail-gorbachev", date(1988, 5, 1), "SUN", "GOV"),
    ("Горбачов", "per:mikhail-gorbachev", date(2019, 3, 1), "RUS", "ELI"),  # a former leader after office
    ("Александар Даунер", "per:alexander-downer", date(2010, 6, 1), "UNO", "IGO"),  # the UN's adviser on Cyprus
    ("Даунер", "per:alexander-downer", date(2005, 6, 1), "AUS", "GOV"),
    ("Ѓуро Попијач", "per:duro-popijac", date(2011, 3, 1), "HRV", "GOV"),
    ("Алберт Јегер", "per:albert-jaeger", date(2010, 3, 1), "IGO", "IGO"),
    ("Франсоа-Анри Пино", "per:francois-henri-pinault", date(2019, 4, 16), "FRA", "BUS"),
    ("Џон Тун", "per:john-thune", date(2025, 6, 1), "USA", "LEG"),
    ("Европската иницијатива за стабилност", "org:european-stability-initiative", date(2008, 1, 1), "NGO", "NGO"),
    ("Дуферко", "org:duferco", date(2008, 1, 1), "MNC", "BUS"),
    ("Заедницата за развој на Јужна Африка", "org:sadc", date(2025, 1, 1), "IGO", "IGO"),
])
def test_actors_the_invented_sets_of_29_november_2026_gave_a_wrong_country_or_none(kb, form, ident, on, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), on) == (country, sector)


@pytest.mark.parametrize("form, ident, on, country, sector", [
    ("Кристофер Луксон", "per:christopher-luxon", date(2025, 6, 1), "NZL", "GOV"),
    ("Хипкинс", "per:chris-hipkins", date(2023, 6, 1), "NZL", "GOV"),
    ("Хипкинс", "per:chris-hipkins", date(2025, 6, 1), "NZL", "PTY"),  # the opposition's leader after office
    ("Харини Амарасурија", "per:harini-amarasuriya", date(2025, 6, 1), "LKA", "GOV"),
    ("Александру Мунтеану", "per:alexandru-munteanu", date(2025, 12, 1), "MDA", "GOV"),
])
def test_heads_of_government_of_2023_2026_no_file_listed(kb, form, ident, on, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident] and _country_and_sector_on(kb, kb.get(ident), on) == (country, sector)


def test_moldovas_government_changed_hands_after_the_2025_election(kb):
    assert kb.role_on("per:dorin-recean", date(2025, 6, 1)).role == "head_of_government"
    assert kb.role_on("per:dorin-recean", date(2025, 12, 1)) is None


@pytest.mark.parametrize("form, ident, on, country, sector", [
    ("Тони Коњановски", "per:toni-konjanovski", date(2025, 12, 1), "MKD", "GOV"),
    ("Пецаков", "per:kiril-pecakov", date(2025, 12, 1), "MKD", "GOV"),
    ("Коце Трајановски", "per:koce-trajanovski", date(2012, 5, 1), "MKD", "GOV"),
    ("Коце Трајановски", "per:koce-trajanovski", date(2025, 5, 1), "MKD", "ELI"),  # a former mayor
    ("Дарко Костадиновски", "per:darko-kostadinovski", date(2025, 5, 1), "MKD", "JUD"),
    ("Арбен Фетаи", "per:arben-fetai", date(2025, 5, 1), "MKD", "GOV"),
    ("Славица Грковска", "per:slavica-grkovska", date(2023, 5, 1), "MKD", "GOV"),
    ("Димал Баша", "per:dimal-basha", date(2025, 10, 1), "KOS", "LEG"),
    ("Лидија Брадара", "per:lidija-bradara", date(2025, 10, 1), "BIH", "GOV"),
    ("Тамаш Шуљок", "per:tamas-sulyok", date(2025, 10, 1), "HUN", "GOV"),
    ("Џевдет Јилмаз", "per:cevdet-yilmaz", date(2025, 10, 1), "TUR", "GOV"),
    ("Реџеп Таип Ердоган", "per:recep-tayyip-erdogan", date(2025, 10, 1), "TUR", "GOV"),
    ("Андреј Бабиш", "per:andrej-babis", date(2026, 2, 1), "CZE", "GOV"),  # prime minister again
    ("Петр Фиала", "per:petr-fiala", date(2026, 2, 1), "CZE", None),
    ("Алексус Гринкевич", "per:alexus-grynkewich", date(2025, 10, 1), "IGO", "MIL"),  # acts for NATO
    ("Каволи", "per:christopher-cavoli", date(2025, 10, 1), "USA", None),  # no longer NATO's commander
    ("Џузепе Каво Драгоне", "per:giuseppe-cavo-dragone", date(2025, 10, 1), "IGO", "MIL"),
    ("Изз ал-Дин ал-Хадад", "per:izz-al-din-al-haddad", date(2025, 10, 1), "PSE", "REB"),
    ("Ијад аг Гали", "per:iyad-ag-ghaly", date(2025, 10, 1), "MLI", "REB"),
    ("Нур Вали Мехсуд", "per:noor-wali-mehsud", date(2025, 10, 1), "PAK", "REB"),
    ("Џими Шеризие", "per:jimmy-cherizier", date(2025, 10, 1), "HTI", "CRM"),
    ("Сираџудин Хакани", "per:sirajuddin-haqqani", date(2025, 10, 1), "AFG", "GOV"),
    ("Осама бин Ладен", "per:osama-bin-laden", date(2005, 10, 1), "IMG", "REB"),
    ("Сузи Вајлс", "per:susie-wiles", date(2025, 10, 1), "USA", "GOV"),
    ("Кимберли Гилфојл", "per:kimberly-guilfoyle", date(2025, 10, 1), "USA", "GOV"),
    ("Насри Асфура", "per:nasry-asfura", date(2026, 3, 1), "HND", "GOV"),
    ("Рандријанирина", "per:michael-randrianirina", date(2026, 3, 1), "MDG", "GOV"),
    ("Сергеј Шојгу", "per:sergei-shoigu", date(2025, 10, 1), "RUS", "GOV"),  # the Security Council's secretary
    ("Демократската партија на Србите", "org:mkd:dps", date(2025, 10, 1), "MKD", "PTY"),
    ("Комисијата за хартии од вредност", "org:mkd:securities-commission", date(2025, 10, 1), "MKD", "GOV"),
    ("Советот за етика во медиумите", "org:mkd:media-ethics-council", date(2025, 10, 1), "MKD", "NGO"),
    ("НБРСМ", "org:mkd:national-bank", date(2025, 10, 1), "MKD", "GOV"),
    ("Техрик-е Талибан Пакистан", "org:ttp", date(2025, 10, 1), "PAK", "REB"),
    ("Картелот Синалоа", "org:mex:sinaloa-cartel", date(2025, 10, 1), "MEX", "CRM"),
    ("Министерството за образование", "org:mkd:ministry-of-education", date(2025, 10, 1), "MKD", "GOV"),
    ("Министерството за социјална политика", "org:mkd:ministry-of-social-policy", date(2025, 10, 1), "MKD", "GOV"),
    ("Министерството за енергетика", "org:mkd:ministry-of-energy", date(2025, 10, 1), "MKD", "GOV"),
    ("ГРЕКО", "org:greco", date(2025, 10, 1), "IGO", "IGO"),
    ("Манивал", "org:moneyval", date(2025, 10, 1), "IGO", "IGO"),
    ("Енергетската заедница", "org:energy-community", date(2025, 10, 1), "IGO", "IGO"),
    ("Развојната банка на Северна Македонија", "org:mkd:development-bank", date(2025, 10, 1), "MKD", "BUS"),
    ("Адвокатската комора на Македонија", "org:mkd:bar-association", date(2025, 10, 1), "MKD", "JUD"),
    ("Коалицијата Твоја Македонија", "org:mkd:your-macedonia", date(2025, 10, 1), "MKD", "PTY"),
    ("Вистиномер", "org:mkd:vistinomer", date(2025, 10, 1), "MKD", "JRN"),
    ("Мариника Тепиќ", "per:marinika-tepic", date(2025, 10, 1), "SRB", "PTY"),
    ("Тања Мишчевиќ", "per:tanja-miscevic", date(2025, 10, 1), "SRB", "GOV"),
    ("Лумир Абдиџику", "per:lumir-abdixhiku", date(2025, 10, 1), "KOS", "PTY"),
    ("Наталија Киселова", "per:natalia-kiselova", date(2025, 10, 1), "BGR", "LEG"),
    ("Никитас Какламанис", "per:nikitas-kaklamanis", date(2025, 10, 1), "GRC", "LEG"),
    ("Костис Хаџидакис", "per:kostis-hatzidakis", date(2025, 10, 1), "GRC", "GOV"),
    ("Томислав Томашевиќ", "per:tomislav-tomasevic", date(2025, 10, 1), "HRV", "GOV"),
    ("Гергељ Гујаш", "per:gergely-gulyas", date(2025, 10, 1), "HUN", "GOV"),
    ("Јуџи Ивасава", "per:yuji-iwasawa", date(2025, 10, 1), "UNO", "JUD"),
    ("Надија Калвињо", "per:nadia-calvino", date(2025, 10, 1), "EUR", "IGO"),
    ("Пасхал Донохо", "per:paschal-donohoe", date(2025, 10, 1), "EUR", "IGO"),
    ("Пасхал Донохо", "per:paschal-donohoe", date(2026, 3, 1), "IRL", None),  # no longer the Eurogroup's president
    ("Амина Мохамед", "per:amina-mohammed", date(2025, 10, 1), "UNO", "IGO"),
    ("Мајкл О'Флахерти", "per:michael-oflaherty", date(2025, 10, 1), "IGO", "IGO"),
    ("Гита Гопинат", "per:gita-gopinath", date(2025, 3, 1), "IGO", "IGO"),
    ("Џеф Ховенир", "per:jeffrey-hovenier", date(2024, 3, 1), "USA", "GOV"),
    ("Абдолрахим Мусави", "per:abdolrahim-mousavi", date(2025, 10, 1), "IRN", "MIL"),
    ("Есмаил Ќаани", "per:esmail-qaani", date(2025, 10, 1), "IRN", "MIL"),
    ("Давид Барнеа", "per:david-barnea", date(2025, 10, 1), "ISR", "SPY"),
    ("Ронен Бар", "per:ronen-bar", date(2025, 10, 1), "ISR", None),  # resigned from the Shin Bet
    ("Хан Џенг", "per:han-zheng", date(2025, 10, 1), "CHN", "GOV"),
    ("Шеик Хасина", "per:sheikh-hasina", date(2025, 10, 1), "BGD", "ELI"),
    ("Кевин Хасет", "per:kevin-hassett", date(2025, 10, 1), "USA", "GOV"),
    ("Сем Алтман", "per:sam-altman", date(2025, 10, 1), "MNC", "BUS"),
])
def test_office_holders_leaders_and_bodies_the_kb_probe_of_29_november_2026_found_missing(kb, form, ident, on, country, sector):
    assert [a.id for a in kb.lookup(form)] == [ident]
    if sector:
        assert _country_and_sector_on(kb, kb.get(ident), on) == (country, sector)
    else:
        assert kb.role_on(ident, on) is None and kb.get(ident).country == country


@pytest.mark.parametrize("form, idents", [
    ("Трајановски", {"per:koce-trajanovski"}),  # a common surname
    ("Бауер", {"per:rob-bauer"}),  # a common German surname
    ("Салами", {"per:hossein-salami"}),  # a sausage
    ("Багери", {"per:mohammad-bagheri"}),  # excavators
    ("Мусави", {"per:abdolrahim-mousavi"}),  # the foreign ministry's former spokesman bears it too
    ("Ландау", {"per:christopher-landau"}),  # a German town
    ("Тахири", {"per:edita-tahiri", "per:saimir-tahiri"}),  # Kosovo's negotiator and Albania's minister
    ("Чанак", {"per:nenad-canak"}),  # a union leader of the news bears it too
    ("Рајапакса", {"per:mahinda-rajapaksa", "per:gotabaya-rajapaksa"}),  # brothers
])
def test_surnames_and_nicknames_the_probe_added_that_are_other_words_link_only_by_context(kb, form, idents):
    assert {a.id for a in kb.lookup(form, kinds=["anaphor"])} == idents
    assert not [a.id for a in kb.lookup(form, kinds=["name", "alias"]) if a.id in idents]


@pytest.mark.parametrize("form, ident", [
    ("Јилмаз", "per:cevdet-yilmaz"),  # names the Turkish prime ministers and ministers of other decades as well
    ("Барбекју", "per:jimmy-cherizier"),  # the Haitian gang leader's nickname is a grill
    ("Хадад", "per:izz-al-din-al-haddad"),  # a common Arabic surname: another Haddad of the news is not him
    ("ССА", "org:syr:free-syrian-army"),  # the Stabilisation and Association Agreement
    ("А1", "org:mkd:a1-television"),  # a telecom brand as well
    ("Зариф", "per:farid-zarif"),  # Iran's foreign minister
    ("Пател", "per:priti-patel"),  # the FBI's director
])
def test_a_bare_surname_or_nickname_that_names_others_is_no_form_of_him(kb, form, ident):
    assert ident not in {a.id for a in kb.lookup(form)}


def test_the_acronym_of_the_serbs_party_in_macedonia_is_declared_shared(kb):
    shared = {a.form: set(a.ids) for a in kb.ambiguous}
    assert shared["ДПС"] == {"org:mne:dps", "org:bgr:dps", "org:mkd:dps"}


@pytest.mark.parametrize("form", ["Министерството", "Заедницата", "Комората", "Банката"])
def test_the_bare_head_nouns_of_the_probes_new_bodies_name_none_of_them(kb, form):
    new = {"org:mkd:ministry-of-education", "org:energy-community", "org:mkd:bar-association", "org:mkd:development-bank"}
    assert not new & {a.id for a in kb.lookup(form)}


@pytest.mark.parametrize("form, ident", [
    ("Хоџа", "per:enver-hoxha"),  # a Muslim cleric, and two members of the Assembly
    ("Гајгер", "per:amber-guyger"),  # other people's surname
    ("ДНА", "org:rou:dna"),  # the molecule
    ("Комисијата", "org:mkd:assembly-committee-health"),  # any commission
    ("Федерацијата", "org:mkd:farmers-federation"),  # any federation, and a state
])
def test_the_gap_searchs_new_actors_take_no_word_that_names_others(kb, form, ident):
    assert ident not in {a.id for a in kb.lookup(form, kinds=["name", "alias", "acronym"])}


@pytest.mark.parametrize("form", ["еврозоната", "Еврозоната"])
def test_the_euro_area_in_either_case_is_one_actor_of_the_eu(kb, form):
    assert [a.id for a in kb.lookup(form)] == ["org:eurozone"] and kb.get("org:eurozone").country == "EUR"


def test_the_euro_is_no_form_of_the_euro_area(kb):
    assert "org:eurozone" not in {a.id for a in kb.lookup("еврото")}
