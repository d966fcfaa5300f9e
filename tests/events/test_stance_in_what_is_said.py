"""Statements whose stance toward a named side is in what the speaker says, the speech verb their only
trigger: blame by pretence, shortfall, sidelining, blind obedience or an act called an attempt; the speaker's
shock. Invented sentences written for this file (no corpus text)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MAYOR = Ent(("Горан Трајковски", "Трајковски"), "PER", "MKD", "PTY")
MINISTRY = Ent(("Министерството за здравство",), "ORG", "MKD", "GOV")
ENVOY = Ent(("Ана Новак",), "PER", "SVN", "GOV")
ZAGREB = Ent(("Загреб",), country="HRV")
UNION = Ent(("Весна Петковска",), "PER", "MKD", "LAB")


def _blames(sentence: str, entities: list[Ent], blamed: str = "E2") -> None:
    doc = coded(sentence, entities, quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == [blamed] and ev.rule.startswith("accuse.reported_criticism"), sentence


def test_conduct_called_a_pretence_or_a_shortfall_is_blame():
    for sentence in ("„Министерството за здравство се однесува како болниците да не постојат“, изјави Трајковски.",
                     "Трајковски рече дека Министерството за здравство не прави доволно за пациентите.",
                     "Трајковски оцени дека Министерството за здравство „се однесуваше како ништо да не се случило“."):
        _blames(sentence, [MAYOR, MINISTRY])


def test_sidelining_obedience_and_hostage_taking_are_blame():
    for sentence in ("Ана Новак изјави дека Загреб „ги маргинализира малцинствата“.",
                     "„Загреб слепо ги следи туѓите интереси“, рече Ана Новак.",
                     "Ана Новак оцени дека Загреб „го држи регионот како заложник“ на својата политика."):
        _blames(sentence, [ENVOY, ZAGREB])


def test_an_act_called_an_attempt_and_the_speakers_shock_are_blame():
    for sentence in ("Ана Новак изјави дека блокадата на Загреб е обид за притисок врз соседите.",
                     "„Ова е очајнички обид на Загреб да ја прикрие грешката“, изјави Ана Новак.",
                     "Ана Новак изјави дека е шокирана од одлуката на Загреб."):
        _blames(sentence, [ENVOY, ZAGREB])


def test_a_colonial_past_and_a_step_told_as_a_trial_are_no_blame():
    for sentence in ("Ана Новак рече дека Загреб го задржува каењето за колонијалното минато.",
                     "Ана Новак рече дека Загреб ќе се обиде да го заврши патот до летото."):
        doc = coded(sentence, [ENVOY, ZAGREB], quotes=True)
        assert not [e for e in doc.events if e.type == "ACCUSE"], sentence


MINISTER = Ent(("Марко Јовановски", "Јовановски"), "PER", "MKD", "GOV")
TIRANA = Ent(("Тирана",), country="ALB")


def test_an_expectation_laid_on_another_state_is_a_request():
    for sentence in ("Јовановски рече дека Скопје очекува Тирана да ги отвори граничните премини до пролетта.",
                     "„Скопје очекува и Тирана во најкраток рок да го потпише протоколот“, изјави Јовановски.",
                     "Јовановски додаде дека Владата очекува Тирана да ги исполни договорените обврски."):
        doc = coded(sentence, [MINISTER, TIRANA], quotes=True)
        ev = only(doc, "REQUEST")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("request.reported_necessity"), sentence


def test_a_forecast_an_own_place_or_a_state_deeper_in_is_no_request():
    skopje = Ent(("Скопје",), country="MKD")
    for sentence, entities in (
            ("Јовановски рече дека се очекува Тирана да ги отвори граничните премини до пролетта.", [MINISTER, TIRANA]),
            ("Јовановски рече дека очекува Скопје да добие нови инвестиции.", [MINISTER, skopje]),
            ("Јовановски рече дека очекува разговорите за членство на Тирана да напредуваат.", [MINISTER, TIRANA])):
        doc = coded(sentence, entities, quotes=True)
        assert not [e for e in doc.events if e.type == "REQUEST"], sentence


def test_blame_naming_no_one_is_of_the_one_the_speaker_then_asks():
    for sentence, entities in (
            ("Трајковски изјави дека одлуката е „козметичка мерка“ и побара од Министерството за здравство да ја повлече.",
             [MAYOR, MINISTRY]),
            ("Ана Новак оцени дека блокадата е неприфатлива и го повика Загреб да ја укине.", [ENVOY, ZAGREB])):
        doc = coded(sentence, entities, quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:asked" in ev.rule, sentence
    alone = coded("Ана Новак оцени дека блокадата е неприфатлива.", [ENVOY, ZAGREB], quotes=True)
    assert not [e for e in alone.events if e.type == "ACCUSE"]


def test_a_step_refused_until_another_side_acts_is_a_threat_to_it():
    for sentence, entities in (
            ("Трајковски изјави дека партијата нема да учествува во седниците сè додека Министерството за здравство не ги "
             "повлече измените.", [MAYOR, MINISTRY]),
            ("„Нема да гласаме за договорот сè додека Загреб не ја укине блокадата“, изјави Ана Новак.", [ENVOY, ZAGREB]),
            ("Ана Новак рече дека Словенија нема да го одблокира процесот додека Загреб не ги исполни обврските.",
             [ENVOY, ZAGREB])):
        doc = coded(sentence, entities, quotes=True)
        ev = only(doc, "THREATEN")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("threaten.reported_warning"), sentence
    forecast = coded("Ана Новак рече дека цените нема да паднат сè додека трае кризата.", [ENVOY, ZAGREB], quotes=True)
    assert not [e for e in forecast.events if e.type == "THREATEN"]


def test_what_the_speakers_side_will_do_if_another_state_acts_is_a_threat_to_it():
    for sentence in ("Ана Новак изјави дека Словенија ќе ги преиспита односите ако Загреб ја продолжи изградбата.",
                     "„Ќе бараме други партнери доколку Загреб повторно го одложи потпишувањето“, рече Ана Новак."):
        doc = coded(sentence, [ENVOY, ZAGREB], quotes=True)
        ev = only(doc, "THREATEN")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("threaten.reported_warning"), sentence
    for sentence in ("Ана Новак рече дека не знае дали Загреб ќе го потпише договорот.",
                     "Ана Новак рече дека Словенија ќе ги намали даноците ако економијата порасне."):
        doc = coded(sentence, [ENVOY, ZAGREB], quotes=True)
        assert not [e for e in doc.events if e.type == "THREATEN"], sentence


def test_progress_commitment_and_firm_support_said_of_another_are_praise():
    for sentence in ("Ана Новак рече дека Загреб покажал „сериозна посветеност“ на реформите.",
                     "„Словенија останува искрен поддржувач на европскиот пат на Загреб“, изјави Ана Новак.",
                     "Ана Новак изјави дека Загреб направил значаен напредок во правосудството."):
        doc = coded(sentence, [ENVOY, ZAGREB], quotes=True)
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("support.reported_praise"), sentence


def test_an_obligation_with_an_adverb_before_its_da_is_a_request():
    for sentence in ("„Загреб мора доследно да ги спроведе реформите“, изјави Ана Новак.",
                     "Ана Новак рече дека Загреб мора што поскоро да ја отвори границата.",
                     "Ана Новак изјави дека Загреб мора прв да ги повлече контрамерките."):
        doc = coded(sentence, [ENVOY, ZAGREB], quotes=True)
        ev = only(doc, "REQUEST")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("request.reported_obligation"), sentence
