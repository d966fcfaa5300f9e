"""Statements that judge, told by a speech verb (invented sentences): a seizure or killings called damning names
(ACCUSE of whoever did them), a verbal attack told with what it claims, blame by acts against one's commitments,
aggression or a colonial mindset, praise of resolve or improved cooperation, praise of an agreement (SUPPORT of
its parties), and a retort that tells the speaker's own plan (no rebuttal). Neutral twins code nothing."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

ARMY = Ent(("Морнарицата на Андора", "Морнарицата"), "ORG", "AND", "MIL")
MINISTER = Ent(("Карл Бергер", "Бергер"), "PER", "AUT", "GOV")
LEADER = Ent(("Ева Марин", "Марин"), "PER", "SMR", "GOV")
BOSS = Ent(("Јан Новак", "Новак"), "PER", "CZE", "GOV")
NOVA = Ent(("Новаландија",), "GPE", "LUX")
PIERRE = Ent(("Пјер Дифур", "Дифур"), "PER", "FRA", "GOV")
MONACO = Ent(("Монако",), "GPE", "MCO")
PM_A = Ent(("Ана Ковач", "Ковач"), "PER", "HRV", "GOV")
PM_B = Ent(("Марко Зупан", "Зупан"), "PER", "SVN", "GOV")
HOST = Ent(("Ларс Берг", "Берг"), "PER", "SWE", "GOV")
ICELAND = Ent(("Исланд",), "GPE", "ISL")
MALTA = Ent(("Малта",), "GPE", "MLT")
MALTESE = Ent(("Џорџ Абела", "Абела"), "PER", "MLT", "GOV")
ICELANDER = Ent(("Гунар Сигурдсон", "Сигурдсон"), "PER", "ISL", "GOV")


def test_a_seizure_called_unacceptable_blames_whoever_seized():
    for judgement in ("дека заплената е „неприфатлива“", "дека заплената е неприфатлива и незаконска"):
        doc = coded(f"Морнарицата на Андора вчера заплени товарен брод. Министерот Карл Бергер изјави {judgement}.",
                    [ARMY, MINISTER], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E2"] and ev.recipient == ["E1"], judgement


def test_a_seizure_called_lawful_is_no_blame():
    doc = coded("Морнарицата на Андора вчера заплени товарен брод. Министерот Карл Бергер изјави дека заплената е "
                "„во согласност со законот“.", [ARMY, MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_killings_called_a_massacre_blame_the_killers():
    for verb in ("ги нарече убиствата „масакр“", "ги нарече убиствата „масакр врз цивили“"):
        doc = coded(f"Лихтенштајнските војници вчера убија 20 демонстранти. Премиерката Ева Марин {verb}.",
                    [Ent(("Лихтенштајнските војници",), "ORG", "LIE", "MIL"), LEADER], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E2"] and ev.recipient == ["E1"], verb


def test_a_verbal_attack_told_with_its_claim_is_criticism():
    for claim in ("тврдејќи дека таа е „целосно зависна“ од Монако", "велејќи дека таа „ги изневерила сојузниците“"):
        doc = coded(f"Пјер Дифур вчера ја нападна Новаландија, {claim}.", [PIERRE, NOVA, MONACO],
                    quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], claim
        assert not [e for e in doc.events if e.type == "ASSAULT"], claim


def test_acting_against_commitments_or_aggression_is_blame():
    for content in ("дека Новаландија „свесно“ оди против обврските што ги презеде",
                    "дека Новаландија има „колонијалистички менталитет“",
                    "дека Новаландија ги користи поплавите за внатрешнополитички поени",
                    "дека упадот на Новаландија е чин на агресија"):
        doc = coded(f"Јан Новак изјави {content}.", [BOSS, NOVA], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], content


def test_going_ahead_or_a_neutral_remark_is_no_blame():
    for content in ("дека Новаландија оди напред со реформите", "дека Новаландија има нов менталитет во трговијата"):
        doc = coded(f"Јан Новак изјави {content}.", [BOSS, NOVA], quotes=True)
        assert not [e for e in doc.events if e.type == "ACCUSE"], content


def test_resolve_shown_and_cooperation_improved_are_praise():
    for content in ("„Новаландија покажа силна решеност да ги спроведе мерките“, изјави Јан Новак.",
                    "Јан Новак оцени дека Новаландија „значително ја подобрила“ соработката со Судот.",
                    "Јан Новак изјави дека Новаландија има цврста решеност за реформите."):
        doc = coded(content, [BOSS, NOVA], quotes=True)
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], content


def test_risks_that_stay_high_are_no_statement():
    doc = coded("Јан Новак оцени дека „ризиците за економијата на Новаландија остануваат високи“.", [BOSS, NOVA],
                quotes=True)
    assert not doc.events


def test_praise_of_an_agreement_names_its_parties():
    for praise in ("„Ова е победа на здравиот разум“, изјави Берг.", "„Ова е победа на разумот и на дијалогот“, рече Берг."):
        doc = coded("Ана Ковач и Марко Зупан вчера во Стокхолм потпишаа договор за арбитража. "
                    f"Церемонијата ја организираше Ларс Берг. {praise}", [PM_A, PM_B, HOST], quotes=True)
        ev = next(e for e in doc.events if e.type == "SUPPORT" and e.actor == ["E3"])
        assert ev.recipient == ["E1", "E2"], praise


def test_praise_after_an_act_for_the_speakers_side_names_no_one():
    doc = coded("Комисијата вчера предложи укинување на визите за Малта. Џорџ Абела изјави дека ова е „победа на "
                "разумот“.", [Ent(("Комисијата",), "ORG", "EUR", "IGO"), MALTA, MALTESE], quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT" and e.actor == ["E3"]]


def test_an_answer_telling_the_speakers_plan_is_no_rebuttal():
    doc = coded("„Исланд го искористи договорот за да финансира тероризам“, рече Џорџ Абела. Гунар Сигурдсон "
                "одговори дека Исланд во наредните недели ќе разговара со другите потписнички.",
                [ICELAND, MALTESE, ICELANDER], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E1"]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_an_answer_defending_by_a_forecast_stays_a_rebuttal():
    doc = coded("„Исланд го искористи договорот за да финансира тероризам“, рече Џорџ Абела. Гунар Сигурдсон "
                "одговори дека парите ќе останат во земјата и дека обвинувањата се неточни.",
                [ICELAND, MALTESE, ICELANDER], quotes=True)
    assert [e for e in doc.events if e.type == "REJECT" and e.actor == ["E3"]]


def test_a_state_called_problematic_is_blamed():
    for label in ("„многу проблематична земја“", "„проблематичен партнер“"):
        doc = coded(f"Јан Новак вчера ја нарече Новаландија {label}.", [BOSS, NOVA], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], label


def test_a_seizure_told_three_sentences_back_is_still_the_one_judged():
    doc = coded("Морнарицата на Андора вчера заплени товарен брод. Бродот пловел кон север. На бродот има 20 морнари. "
                "Министерот Карл Бергер изјави дека заплената е „неприфатлива“.", [ARMY, MINISTER], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_a_decision_judged_three_sentences_on_names_no_one():
    doc = coded("Морнарицата на Андора вчера заплени товарен брод. Бродот пловел кон север. На бродот има 20 морнари. "
                "Министерот Карл Бергер изјави дека одлуката е „неприфатлива“.", [ARMY, MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.recipient == ["E1"]]


PARTY = Ent(("Зелената партија",), "ORG", "AND", "PTY")
CABINET = Ent(("Владата",), "ORG", "AND", "GOV")
SPOKESMAN = Ent(("Жорди Пуј", "Пуј"), "PER", "AND", "GOV")


def test_institutions_sidestepped_is_blame_and_the_retort_answers_it():
    for content in ("Владата „ги заобиколува пратениците“", "Владата го заобиколи Собранието со уредбата"):
        doc = coded(f"Зелената партија оцени дека {content}. Портпаролот Жорди Пуј возврати дека според законот е "
                    "доволна одлука на Владата.", [PARTY, CABINET, SPOKESMAN], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], content
        assert only(doc, "REJECT").recipient == ["E1"], content


def test_a_road_that_goes_round_the_centre_is_no_blame():
    doc = coded("Министерот Карл Бергер изјави дека новиот пат го заобиколува центарот на градот.", [MINISTER], quotes=True)
    assert not doc.events
