"""Statements whose content alone is the act, told only by a speech verb (`рече`, `изјави`, `напиша`):
blame, praise and the unnamed organs blamed. Invented 2026 agency and party copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import VUCIC, Ent, codes, coded, only, pipeline_document

FILIPCE = Ent(("Венко Филипче", "Филипче"), "PER", "MKD", "PTY")
ZELENSKY = Ent(("Володимир Зеленски", "Зеленски"), "PER", "UKR", "GOV")
KOS = Ent(("Марта Кос", "Кос"), "PER", "EUR", "IGO")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_ignoring_someone_in_a_statement_is_blame():
    doc = coded("„Владата со месеци ги игнорира земјоделците“, изјави Филипче.", [FILIPCE, GOVERNMENT], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism")


def test_not_wanting_peace_is_blame_of_the_one_said_of():
    doc = coded("„Секој нов напад покажува дека Русија не сака мир“, напиша Зеленски.",
                [ZELENSKY, Ent(("Русија",), country="RUS")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_over_indebting_the_state_is_blame_and_being_in_charge_is_not():
    blame = coded("Филипче рече дека Владата ја презадолжи државата.", [FILIPCE, GOVERNMENT], quotes=True)
    ev = only(blame, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    duty = coded("Филипче рече дека Владата е задолжена за подготовка на буџетот.", [FILIPCE, GOVERNMENT], quotes=True)
    assert not [e for e in duty.events if e.type == "ACCUSE"]


def test_being_guilty_of_something_is_blame():
    doc = coded("„Софија е крива за блокадата на преговорите“, изјави Филипче.",
                [FILIPCE, Ent(("Софија",), country="BGR")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_positive_message_and_an_encouraging_step_are_praise():
    albania = Ent(("Албанија",), country="ALB")
    for sentence in ("„Реформите на Албанија се позитивна порака за регионот“, изјави Кос.",
                     "Кос рече дека напредокот на Албанија е охрабрувачки.",
                     "Кос оцени дека законот на Албанија е чекор во вистинската насока."):
        doc = coded(sentence, [KOS, albania], quotes=True)
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("support.reported_praise"), sentence


def test_a_ministry_blamed_unnamed_is_of_the_speakers_country():
    organiser = Ent(("Митко Ангелов",), "PER", "MKD", "CVL")
    doc = coded("„Чекаме шест месеци, а Министерството нè лаже секоја недела“, изјави Митко Ангелов.",
                [organiser], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_quote_opening_with_the_act_judged_blames_its_author():
    ents = [ZELENSKY, Ent(("Унгарија",), country="HUN")]
    doc = coded("Унгарија ги блокираше парите за Украина. „Одлуката е срамна“, изјави Зеленски.", ents, quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism+recipient:judged_act")
    own = coded("Украина ги блокираше парите за Унгарија. „Одлуката е срамна“, изјави Зеленски.",
                [ZELENSKY, Ent(("Украина",), country="UKR")], quotes=True)
    assert not [e for e in own.events if e.type == "ACCUSE"]


def test_never_giving_up_a_right_is_a_refusal_and_waiving_an_appeal_is_no_concession():
    bolivia_minister = Ent(("Роберто Калсадија",), "PER", "BOL", "GOV")
    doc = coded("„Боливија никогаш нема да се откаже од своето право на излез на море“, изјави Роберто Калсадија.",
                [bolivia_minister, Ent(("Боливија",), country="BOL")], quotes=True)
    assert only(doc, "REJECT").actor == ["E1"]
    waiver = coded("Обвинетиот се откажа од правото на жалба.", [])
    assert not [e for e in waiver.events if e.type == "CONCEDE"]


def test_force_announced_without_a_condition_is_a_threat_to_the_one_named():
    for sentence, target in (("„Нема да толерираме нови провокации од Приштина“, рече Вучиќ.", Ent(("Приштина",), country="KOS")),
                             ("„Злосторството на Израел нема да остане неказнето“, изјави Вучиќ.", Ent(("Израел",), country="ISR"))):
        doc = coded(sentence, [VUCIC, target], quotes=True)
        ev = only(doc, "THREATEN")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("threaten.reported_warning"), sentence


def test_a_states_resolve_is_no_threat_to_its_own_citizens():
    minister = Ent(("Панче Тошковски",), "PER", "MKD", "GOV")
    citizens = Ent(("граѓаните",), "ORG", "MKD", "CVL")
    doc = coded("Панче Тошковски изјави дека полицијата „нема да толерира оружје на улиците“ и им се заблагодари на граѓаните.",
                [minister, citizens], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_refusing_to_yield_under_pressure_answers_the_demand_before():
    bulgaria = Ent(("Бугарија",), country="BGR")
    premier = Ent(("Бојан Марковски", "Марковски"), "PER", "MKD", "GOV")
    doc = coded("Бугарија повторно побара уставни измени. Премиерот Бојан Марковски рече дека Македонија нема да го "
                "менува Уставот под уцена.", [bulgaria, premier, Ent(("Македонија",), country="MKD")], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:demand_before" in ev.rule
    plain = coded("Премиерот Бојан Марковски рече дека Македонија нема да го менува Уставот.",
                  [premier, Ent(("Македонија",), country="MKD")], quotes=True)
    assert not [e for e in plain.events if e.type == "REJECT"]  # no pressure, no one refused


def test_misleading_and_stalling_said_of_another_are_blame():
    speaker = Ent(("Марко Илиевски", "Илиевски"), "PER", "MKD", "GOV")
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    for sentence in ("Спикерот Марко Илиевски одговори дека Левица ги заведува граѓаните.",
                     "Илиевски рече дека Левица намерно го одолговлекува гласањето."):
        ev = only(coded(sentence, [speaker, party], quotes=True), "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_prosecution_announced_is_a_threat_by_the_speaker():
    minister = Ent(("Панче Тошковски", "Тошковски"), "PER", "MKD", "GOV")
    gang = Ent(("Црната рака",), "ORG")
    doc = coded("„Членовите на Црната рака ќе бидат кривично гонети“, изјави Тошковски.", [minister, gang], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("threaten.reported_warning")


def test_what_every_attempt_will_meet_is_a_threat_and_a_forecast_for_everyone_is_not():
    ministry = Ent(("Министерството за одбрана на Кина",), "ORG", "CHN", "GOV")
    taiwan = Ent(("Тајван",), country="TWN")
    doc = coded("Министерството за одбрана на Кина предупреди дека секој обид за независност на Тајван ќе биде решително "
                "задушен.", [ministry, taiwan], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    forecast = coded("Министерството за одбрана на Кина предупреди дека секој граѓанин на Тајван ќе плати повеќе за струја.",
                     [ministry, taiwan], quotes=True)
    assert not [e for e in forecast.events if e.type == "THREATEN"]


def test_a_promise_that_the_culprits_will_be_punished_is_a_threat():
    doc = coded("Министерот Али Мустафа вети дека сторителите на нападот ќе бидат казнети.",
                [Ent(("Али Мустафа",), "PER", "SYR", "GOV")], quotes=True)
    assert only(doc, "THREATEN").actor == ["E1"]
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_answering_symmetrically_is_a_threat():
    doc = coded("Москва ќе одговори симетрично на секое ново распоредување ракети.", [Ent(("Москва",), country="RUS")])
    assert only(doc, "THREATEN").actor == ["E1"]


def test_not_accepting_the_deployment_of_troops_is_a_refusal():
    doc = coded("Белград нема да прифати распоредување странски трупи на својата територија.",
                [Ent(("Белград",), country="SRB")])
    assert only(doc, "REJECT").actor == ["E1"]


def test_a_party_claiming_the_other_side_fired_alleges_it():
    army = Ent(("Пакистанската армија",), "ORG", "PAK", "MIL")
    doc = coded("Пакистанската армија тврди дека индиски војници пукале врз граничната постојка.",
                [army, Ent(("индиски",), "GPE", "IND", kind="demonym")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and ev.actor == ["E1"] and codes(doc, ev.recipient) == [("IND", "MIL")]
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_strike_told_with_the_claim_that_the_other_side_fired_first_alleges_it():
    army = Ent(("Индиската армија",), "ORG", "IND", "MIL")
    doc = coded("Индиската армија вчера гранатираше позиции во Кашмир, тврдејќи дека пакистански војници пукале врз "
                "нејзините патроли.", [army, Ent(("Кашмир",), "LOC"), Ent(("пакистански",), "GPE", "PAK", kind="demonym")],
                quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and ev.actor == ["E1"] and codes(doc, ev.recipient) == [("PAK", "MIL")]
    assert only(doc, "ASSAULT").actor == ["E1"]  # (the shelling told stays; the fire only alleged is none)


def test_going_on_pressing_for_a_course_is_a_promise_not_a_demand():
    doc = coded("Министерот Бојан Крстев рече дека Скопје ќе продолжи да се залага за отворање на граничниот премин.",
                [Ent(("Бојан Крстев",), "PER", "MKD", "GOV"), Ent(("Скопје",), country="MKD")], quotes=True)
    assert only(doc, "AGREE").actor == ["E1"]
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_an_answer_that_defends_ones_side_rebuts_the_accuser():
    doc = coded("Министерството за надворешни работи ѝ врачи протестна нота на Софија по нападот во Благоевград. "
                "Бугарското Министерство за надворешни работи одговори дека инцидентот бил осуден уште во саботата "
                "од локалните власти.",
                [Ent(("Министерството за надворешни работи",), "ORG", "MKD", "GOV"), Ent(("Софија",), country="BGR"),
                 Ent(("Бугарското Министерство за надворешни работи",), "ORG", "BGR", "GOV"),
                 Ent(("Благоевград",), "GPE", "BGR")], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E3"] and ev.recipient == ["E1"]
    assert [e.actor for e in doc.events if e.type == "ACCUSE"] == [["E1"]]



@pytest.mark.parametrize("claimed, told", [
    # the police's claim of an attack on its officers, of the same country (guidelines: contested allegations)
    ("МВР тврди дека активистите ги нападнале полицајците во Скопје.",
     "МВР соопшти дека активистите ги нападнале полицајците во Скопје."),
    # a killing claimed with no hand named
    ("Хрватските власти тврдат дека новинарот бил убиен во Загреб.",
     "Хрватските власти соопштија дека новинарот бил убиен во Загреб."),
    # a side's claim of the other side's strike; its own forces' strike told with a possessive is the strike
    ("Бунтовниците тврдат дека владините сили погодиле нивен брод со две ракети.",
     "Бунтовниците тврдат дека нивните сили погодиле владин брод со две ракети."),
])
def test_a_claim_of_another_sides_attack_alleges_it(claimed, told):
    doc = pipeline_document(claimed, date(2025, 5, 20))
    assert [(e.type, e.mode) for e in doc.events] == [("ACCUSE", "allege")]
    assert [e.type for e in pipeline_document(told, date(2025, 5, 20)).events] == ["ASSAULT"]
