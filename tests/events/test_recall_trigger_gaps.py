"""Gold events of train and the invented sets no trigger entry proposed (a missing form, a context word or an
order the entries did not know), on sentences written for these tests, each with a twin that stays no event."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of, only

SWEDEN = Ent(("Шведска",), country="SWE")
EGYPT = Ent(("Египет",), country="EGY")
GUATEMALA = Ent(("Гватемала",), country="GTM")
POLAND = Ent(("Варшава",), country="POL")
BELARUS = Ent(("Минск",), country="BLR")
MOLDOVA_PARLIAMENT = Ent(("Парламентот на Молдавија",), "ORG", "MDA", "LEG")
ENVOY = Ent(("Ана Петрова",), "PER", "BLR", "GOV")
MINISTRY = Ent(("Министерството за одбрана",), "ORG", "MKD", "GOV")
CANADA = Ent(("Канада",), country="CAN")


def test_a_signing_told_in_the_neuter_l_form_is_support():
    doc = coded("Министерството за одбрана потпишало договор со Канада за набавка на возила.", [MINISTRY, CANADA])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text.startswith("потпишало")
    assert not events_of(coded("Министерството за одбрана потпишало налог за набавка на возила.", [MINISTRY]), "SUPPORT")


def test_a_rally_announced_is_a_protest_but_one_spoken_at_is_not():
    ev = only(coded("Студентите најавија нов голем собир во Битола за сабота.", []), "PROTEST")
    assert ev.mode == "demo" and ev.trigger.text.startswith("најавија")
    assert not events_of(coded("Премиерот на собир во Битола најави нови патишта.", []), "PROTEST")


def test_patrols_deployed_are_a_mobilisation():
    ministry = Ent(("Министерството на Гватемала",), "ORG", "GTM", "GOV")
    doc = coded("Министерството на Гватемала распореди дополнителни патроли на граничните премини.", [ministry])
    assert only(doc, "MOBILIZE").trigger.text == "распореди"
    assert not events_of(coded("Министерството на Гватемала распореди дополнителни службеници на граничните премини.",
                               [ministry]), "MOBILIZE")


def test_guardsmen_sent_to_a_border_are_a_mobilisation():
    doc = coded("Гватемала испрати 2.000 гардисти на јужната граница.", [GUATEMALA])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("GTM", None)]
    assert not events_of(coded("Гватемала испрати 2.000 гардисти на парадата во главниот град.", [GUATEMALA]), "MOBILIZE")


def test_exports_suspended_are_a_sanction():
    doc = coded("Шведска го суспендира извозот на оружје за Египет.", [SWEDEN, EGYPT])
    assert only(doc, "SANCTION").mode == "discontinue"
    assert not events_of(coded("Шведска го суспендира директорот на болницата.", [SWEDEN]), "SANCTION")


def test_a_trade_agreement_unfrozen_is_a_concession():
    doc = coded("ЕУ ќе ја одмрзне трговската спогодба со Египет.", [Ent(("ЕУ",), "ORG", "EUR", "IGO"), EGYPT])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.recipient) == [("EGY", None)]
    assert not events_of(coded("ЕУ ќе ја одмрзне платата на вработените во Египет.", [Ent(("ЕУ",), "ORG", "EUR", "IGO"), EGYPT]), "CONCEDE")


def test_concern_conveyed_is_disapproval():
    doc = coded("Варшава ја пренесе својата сериозна загриженост до Минск.", [POLAND, BELARUS])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.actor) == [("POL", None)]
    assert not events_of(coded("Варшава ја пренесе својата порака до Минск.", [POLAND, BELARUS]), "ACCUSE")


def test_checks_and_an_inspection_begun_by_inspectors_are_an_inquiry():
    inspectorate = Ent(("Државниот инспекторат за труд",), "ORG", "MKD", "GOV")
    doc = coded("Државниот инспекторат за труд изврши 60 контроли во градежни фирми.", [inspectorate])
    assert only(doc, "ACCUSE").mode == "investigate"
    doc = coded("Државниот инспекторат за труд ќе започне вонреден надзор во фабриката.", [inspectorate])
    assert only(doc, "ACCUSE").mode == "investigate"
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    assert not events_of(coded("Полицијата изврши 60 контроли на возила.", [police]), "ACCUSE")


def test_a_crowd_gathering_with_a_demand_is_a_protest():
    ev = only(coded("Неколку стотици земјоделци се собраа пред Владата, барајќи повисоки откупни цени.", []), "PROTEST")
    assert ev.mode == "demo"
    assert not events_of(coded("Неколку стотици земјоделци се собраа на саемот во Струмица.", []), "PROTEST")


def test_a_crowd_dispersed_in_the_imperfect_is_crowd_control():
    ev = only(coded("Полицијата со палки ги растераше демонстрантите пред Собранието.", []), "ASSAULT")
    assert ev.mode == "crowd-control"
    assert not events_of(coded("Ветерот ги растераше облаците над градот.", []), "ASSAULT")


def test_persona_non_grata_past_a_name_in_apposition():
    doc = coded("Парламентот на Молдавија ја прогласи амбасадорката на Минск, Ана Петрова, за непожелна личност.",
                [MOLDOVA_PARLIAMENT, BELARUS, ENVOY])
    assert only(doc, "SANCTION").mode == "expel"
    assert not events_of(coded("Парламентот на Молдавија ја прогласи амбасадорката на Минск, Ана Петрова, за почесна "
                               "граѓанка.", [MOLDOVA_PARLIAMENT, BELARUS, ENVOY]), "SANCTION")


def test_a_partner_cut_out_of_a_joint_programme_is_a_sanction():
    india = Ent(("Индија",), country="IND")
    usa = Ent(("САД",), country="USA")
    doc = coded("САД ја исклучија Индија од програмата за производство на новиот ловец.", [usa, india])
    assert codes(doc, only(doc, "SANCTION").actor) == [("USA", None)]
    assert not events_of(coded("САД ја исклучија Индија од листата на гости.", [usa, india]), "SANCTION")


def test_a_complaint_to_a_committee_against_states_is_an_accusation():
    activists = Ent(("Активистите",), "ORG", None, "NGO")
    doc = coded("Активистите поднесоа жалба до Комитетот за правата на детето против Полска.",
                [activists, Ent(("Полска",), country="POL")])
    assert only(doc, "ACCUSE").trigger.text.startswith("поднесоа жалба")
    assert not events_of(coded("Активистите поднесоа жалба до општината за бучавата.", [activists]), "ACCUSE")


def test_the_street_told_before_people_taking_to_it_is_a_protest():
    ev = only(coded("На улиците на Софија излегоа над 50.000 луѓе.", []), "PROTEST")
    assert ev.mode == "demo"
    assert not events_of(coded("На улиците на Софија излегоа навивачите да ја прослават титулата.", []), "PROTEST")


def test_protesters_beaten_told_in_the_passive_are_an_assault():
    ev = only(coded("Полицијата приведе дваесет лица, а неколку демонстранти биле претепани.", []), "ASSAULT")
    assert ev.mode == "beat" and ev.trigger.text == "претепани"
    assert not events_of(coded("Полицијата приведе дваесет лица, а неколку демонстранти биле повредени од паѓање.", []),
                         "ASSAULT")


def test_a_state_invited_in_the_passive_is_an_invitation_and_no_meeting_held():
    sides = [Ent(("Грузија",), country="GEO"), Ent(("НАТО",), "ORG", "IGO", "IGO")]
    doc = coded("Грузија е поканета од НАТО на самитот во Рим.", sides)
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("GEO", None)]
    assert not coded("Грузија е охрабрена од НАТО на самитот во Рим.", sides).events
    # talks the state is invited to begin are not held
    doc = coded("Лидерите ја усвоија декларацијата со која Грузија е поканета да започне пристапни разговори со НАТО.", sides)
    assert not events_of(doc, "CONSULT")


def test_a_team_sent_to_help_is_aid():
    sides = [Ent(("ФБИ",), "ORG", "USA", "COP"), Ent(("Манила",), country="PHL")]
    doc = coded("ФБИ испрати тим истражители во Манила да им помогне на локалните власти.", sides)
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("USA", "COP")] and codes(doc, ev.recipient) == [("PHL", None)]
    assert not events_of(coded("ФБИ испрати тим истражители во Манила да ги испита локалните власти.", sides), "AID")


def test_an_act_characterised_as_unsatisfactory_or_illegal_is_criticism_of_its_author():
    sides = [Ent(("Анкара",), country="TUR"), Ent(("Рим",), country="ITA")]
    doc = coded("Анкара ги карактеризираше објаснувањата на Рим како незадоволителни.", sides)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("TUR", None)] and codes(doc, ev.recipient) == [("ITA", None)]
    assert not events_of(coded("Анкара ги карактеризираше објаснувањата на Рим како исцрпни.", sides), "ACCUSE")
    doc = coded("Анкара ја оцени одлуката на Рим како нелегална.", sides)
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("ITA", None)]


def test_a_meeting_or_autonomy_offered_is_an_offer():
    minister = Ent(("Министерката",), "PER", "MKD", "GOV")
    doc = coded("Министерката им понуди на синдикалците средба со претставниците на Владата.", [minister])
    assert only(doc, "AGREE").trigger.text == "понуди"
    assert not events_of(coded("Министерката им понуди на синдикалците кафе и колачи.", [minister]), "AGREE")
    doc = coded("Белград понуди широка автономија за северот.", [Ent(("Белград",), country="SRB")])
    assert codes(doc, only(doc, "AGREE").actor) == [("SRB", None)]


def test_readiness_to_go_on_with_contacts_is_an_offer_to_talk():
    sides = [Ent(("Москва",), country="RUS"), Ent(("Вашингтон",), country="USA")]
    doc = coded("Москва е подготвена да продолжи со контактите со Вашингтон.", sides)
    assert codes(doc, only(doc, "AGREE").actor) == [("RUS", None)]
    assert not events_of(coded("Москва е подготвена да продолжи со ограничувањата кон Вашингтон.", sides), "AGREE")


def test_water_tankers_provided_are_aid():
    sides = [Ent(("Општина Куманово",), "ORG", "MKD", "GOV"), Ent(("Романовце",), country="MKD")]
    doc = coded("Општина Куманово вчера обезбеди цистерни со вода за селото Романовце.", sides)
    assert only(doc, "AID").mode == "humanitarian"
    assert not events_of(coded("Општина Куманово вчера обезбеди дозволи за селото Романовце.", sides), "AID")
