"""Society and crime news: police, prosecutors and courts, protests and strikes, rescue
(invented sentences in the style of 2025–2026 portals)."""
from tests.events.helpers import MACEDONIA, Ent, codes, coded, only

POLICE = Ent(("Полицијата",), "ORG", "MKD", "COP")
PROSECUTORS = Ent(("Обвинителството во Битола",), "ORG", "MKD", "JUD")
MINISTRY = Ent(("Министерството за образование",), "ORG", "MKD", "GOV")


def test_a_demand_by_verbal_adverb_after_a_protest_is_the_protesters_made_of_its_target():
    doc = coded("Родители на ученици од Кратово денеска протестираа пред Министерството за образование, барајќи "
                "враќање на бесплатниот превоз.", [MINISTRY])
    protest, demand = only(doc, "PROTEST"), only(doc, "REQUEST")
    assert demand.actor == protest.actor and codes(doc, demand.recipient) == [("MKD", "GOV")]
    # a verbal adverb with no act before it asks no one
    assert not [e for e in coded("Барајќи нов стан, семејството се пресели во Прилеп.", []).events if e.type == "REQUEST"]


def test_a_preliminary_inquiry_opened_by_prosecutors_is_an_investigation():
    doc = coded("Обвинителството во Битола отвори предистражна постапка за несреќата во рудникот.", [PROSECUTORS])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and codes(doc, ev.actor) == [("MKD", "JUD")]
    # told in the passive: by the prosecutors no one names
    ev = only(coded("За пожарот во фабриката е отворена предистражна постапка.", []), "ACCUSE")
    assert ev.mode == "investigate"


def test_a_forensic_step_ordered_by_prosecutors_asks_no_one():
    doc = coded("Обвинителството во Битола нареди обдукција на телото на работникот.", [PROSECUTORS])
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # an order to someone stays a request
    doc = coded("Министерот им нареди на инспекторите да ги проверат сите рудници.", [])
    assert only(doc, "REQUEST")


def test_a_suspect_set_free_to_defend_himself_at_liberty_is_released():
    suspect = Ent(("Горан Стојковски",), "PER", "MKD", "CRM")
    doc = coded("Горан Стојковски беше пуштен да се брани од слобода.", [suspect])
    ev = only(doc, "RETREAT")
    assert ev.mode == "release" and codes(doc, ev.recipient) == [("MKD", "CRM")]


def test_a_charge_against_a_pronoun_before_it_is_against_those_just_arrested():
    doc = coded("Полицијата уапси тројца државјани на Албанија осомничени за шверц на цигари. Против нив е поднесена "
                "кривична пријава за криумчарење стока.", [POLICE, Ent(("Албанија",), country="ALB")])
    arrest, charge = only(doc, "COERCE"), only(doc, "ACCUSE")
    assert charge.recipient == arrest.recipient and codes(doc, charge.recipient)[0][0] == "ALB"


def test_one_resident_arrested_is_the_recipient():
    doc = coded("Полицијата уапси 45-годишен жител на Делчево осомничен за подметнување пожар.", [POLICE])
    assert codes(doc, only(doc, "COERCE").recipient) == [("MKD", "CVL")]


def test_special_units_of_a_police_force_act_as_that_police():
    police = Ent(("Косовската полиција",), "ORG", "KOS", "COP")
    doc = coded("Специјалните единици на Косовската полиција утрово уапсија двајца осомничени за убиство.", [police])
    assert codes(doc, only(doc, "COERCE").actor) == [("KOS", "COP")]


def test_agents_and_investigators_of_a_bureau_act_as_that_bureau():
    bureau = Ent(("ФБИ",), "ORG", "USA", "COP")
    for subject in ("Агентите на ФБИ", "Агенти на ФБИ", "Истражителите на ФБИ"):
        doc = coded(f"{subject} вчера уапсија дваесет лица во Чикаго.", [bureau])
        assert codes(doc, only(doc, "COERCE").actor) == [("USA", "COP")], subject


def test_the_organisers_of_protests_are_the_accused():
    minister = Ent(("Дачиќ",), "PER", "SRB", "GOV")
    doc = coded("Дачиќ ги обвини организаторите на протестите дека ги блокираат болниците.", [minister])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("SRB", "CVL")]


def test_a_date_in_a_relative_clause_closed_before_the_verb_describes_the_subject_not_the_act():
    minister = Ent(("Павле Трајков",), "PER", "MKD", "ELI")
    doc = coded("Павле Трајков, кој беше уапсен во март 2023 година, ја пофали одлуката на Уставниот суд.", [minister],
                published="2026-02-05")
    assert only(doc, "SUPPORT").date == "2026-02-05"
    # a date of the verb's own clause still dates it
    doc = coded("Павле Трајков, кој беше министер, во март 2023 година ја пофали одлуката на Уставниот суд.", [minister],
                published="2026-02-05")
    assert only(doc, "SUPPORT").date == "2023-03"


def test_rescuers_pulling_people_out_of_wreckage_give_aid():
    doc = coded("Спасувачите ги извлекоа повредените од превртениот автобус кај Демир Капија.", [])
    ev = only(doc, "AID")
    assert ev.mode == "humanitarian" and codes(doc, ev.recipient) == [("MKD", "CVL")]
    # lessons drawn are no rescue
    assert not coded("Министерот рече дека Владата извлече поуки од поплавите.", []).events


def test_a_protest_gathering_told_by_its_noun_phrase_is_a_demonstration():
    doc = coded("Неколку стотини рудари одржаа протестен собир пред управната зграда на рудникот.", [])
    assert only(doc, "PROTEST").mode == "demo"


def test_a_factory_blamed_for_an_accident_is_a_business():
    union = Ent(("Синдикатот на металци",), "ORG", "MKD", "LAB")
    doc = coded("Синдикатот на металци го обвини раководството на фабриката за несреќата.", [union])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "BUS")]


def test_border_police_turning_migrants_back_bar_entry():
    police = Ent(("Граничната полиција",), "ORG", "MKD", "COP")
    doc = coded("Граничната полиција вчера спречи 52 мигранти да влезат нелегално во земјата.", [police])
    ev = only(doc, "REJECT")
    # the migrants are of many states, not the police's
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [(None, "CVL")]
    # a crime prevented is no barred entry
    assert not coded("Граничната полиција спречи грабеж на бензинската пумпа.", [police]).events


def test_who_enters_a_strike_is_its_actor():
    doc = coded("Наставниците во училиштата во Крива Паланка денеска стапија во предупредувачки штрајк.", [])
    ev = only(doc, "PROTEST")
    assert ev.mode == "strike" and ev.trigger.text == "стапија во предупредувачки штрајк" and codes(doc, ev.actor)[0][1] != "LAB"


def test_a_multinational_gives_no_state_to_the_unnamed_it_answers():
    company = Ent(("Глобал Минерали",), "ORG", "MNC", "BUS")
    doc = coded("Компанијата Глобал Минерали ги отфрли тврдењата на активистите за загадувањето.", [company])
    assert codes(doc, only(doc, "REJECT").recipient)[0][0] != "MNC"


def test_whom_a_court_detains_follows_the_length_of_the_detention():
    doc = coded("Основниот суд Струмица му одреди притвор од 30 дена на осомничениот за грабежот.",
                [Ent(("Основниот суд Струмица",), "ORG", "MKD", "JUD")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.recipient) == [("MKD", "CRM")]


def test_whom_the_police_arrest_may_be_a_part_of_a_group():
    doc = coded("Полицијата ги уапси двајца од осомничените за кражбата во Куманово.", [POLICE, Ent(("Куманово",), country="MKD")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.recipient) == [("MKD", "CRM")]


def test_the_victim_of_a_police_bulletin_told_by_a_common_noun_is_a_civilian_recipient():
    # `кон соседот`, `го нападнал оштетениот`: the victim no name tells, of the story's state
    doc = coded("Според полицијата, осомничениот испукал три куршуми кон соседот во Велес.", [Ent(("Велес",), country="MKD")])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("MKD", "CVL")]


def test_a_collective_under_a_recipient_preposition_opening_the_clause_is_the_recipient():
    # `Против осомничените ќе биде поднесена кривична пријава`: the fronted `против` phrase is whom it targets
    doc = coded("Против осомничените ќе биде поднесена кривична пријава за фалсификување документи.", [MACEDONIA])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "CRM")]
