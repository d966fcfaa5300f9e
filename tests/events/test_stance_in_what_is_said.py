"""Statements whose stance toward a named side is in what the speaker says, the speech verb their only
trigger: blame (pretence, shortfall, sidelining, blind obedience, an act called an attempt, the speaker's shock),
an expectation laid on another state, a step held out until or if another side acts, praise, an obligation with an
adverb. Invented sentences written for this file (no corpus text)."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.events import EventStep
from vesnik.quotes import QuoteStep

from tests.events.helpers import Ent, coded, document, only

MAYOR = Ent(("Горан Трајковски", "Трајковски"), "PER", "MKD", "PTY")
MINISTRY = Ent(("Министерството за здравство",), "ORG", "MKD", "GOV")
ENVOY = Ent(("Ана Новак",), "PER", "SVN", "GOV")
ZAGREB = Ent(("Загреб",), country="HRV")
MINISTER = Ent(("Марко Јовановски", "Јовановски"), "PER", "MKD", "GOV")
TIRANA = Ent(("Тирана",), country="ALB")
RULES = {"ACCUSE": "accuse.reported_criticism", "REQUEST": "request.reported_", "THREATEN": "threaten.reported_warning",
         "SUPPORT": "support.reported_praise"}


def _speaker_to_second(etype: str, sentences: tuple[str, ...], entities: list[Ent], rule_part: str = "") -> None:
    """Each sentence is one statement of `etype` by the first entity toward the second, by its rule of what is said."""
    for sentence in sentences:
        ev = only(coded(sentence, entities, quotes=True), etype)
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith(RULES[etype]), sentence
        assert rule_part in ev.rule, sentence


def _none_of(etype: str, sentences: tuple[str, ...], entities: list[Ent]) -> None:
    for sentence in sentences:
        assert not [e for e in coded(sentence, entities, quotes=True).events if e.type == etype], sentence


def test_conduct_called_a_pretence_or_a_shortfall_is_blame():
    _speaker_to_second("ACCUSE", (
        "„Министерството за здравство се однесува како болниците да не постојат“, изјави Трајковски.",
        "Трајковски рече дека Министерството за здравство не прави доволно за пациентите.",
        "Трајковски оцени дека Министерството за здравство „се однесуваше како ништо да не се случило“."), [MAYOR, MINISTRY])


def test_sidelining_obedience_and_hostage_taking_are_blame():
    _speaker_to_second("ACCUSE", (
        "Ана Новак изјави дека Загреб „ги маргинализира малцинствата“.",
        "„Загреб слепо ги следи туѓите интереси“, рече Ана Новак.",
        "Ана Новак оцени дека Загреб „го држи регионот како заложник“ на својата политика."), [ENVOY, ZAGREB])


def test_an_act_called_an_attempt_and_the_speakers_shock_are_blame():
    _speaker_to_second("ACCUSE", (
        "Ана Новак изјави дека блокадата на Загреб е обид за притисок врз соседите.",
        "„Ова е очајнички обид на Загреб да ја прикрие грешката“, изјави Ана Новак.",
        "Ана Новак изјави дека е шокирана од одлуката на Загреб."), [ENVOY, ZAGREB])


def test_a_colonial_past_and_a_step_told_as_a_trial_are_no_blame():
    _none_of("ACCUSE", ("Ана Новак рече дека Загреб го задржува каењето за колонијалното минато.",
                        "Ана Новак рече дека Загреб ќе се обиде да го заврши патот до летото."), [ENVOY, ZAGREB])


def test_an_expectation_laid_on_another_state_is_a_request():
    _speaker_to_second("REQUEST", (
        "Јовановски рече дека Скопје очекува Тирана да ги отвори граничните премини до пролетта.",
        "„Скопје очекува и Тирана во најкраток рок да го потпише протоколот“, изјави Јовановски.",
        "Јовановски додаде дека Владата очекува Тирана да ги исполни договорените обврски."), [MINISTER, TIRANA],
        "reported_necessity")


def test_a_forecast_an_own_place_or_a_state_deeper_in_is_no_request():
    _none_of("REQUEST", ("Јовановски рече дека се очекува Тирана да ги отвори граничните премини до пролетта.",
                         "Јовановски рече дека очекува разговорите за членство на Тирана да напредуваат."), [MINISTER, TIRANA])
    _none_of("REQUEST", ("Јовановски рече дека очекува Скопје да добие нови инвестиции.",),
             [MINISTER, Ent(("Скопје",), country="MKD")])


def test_blame_naming_no_one_is_of_the_one_the_speaker_then_asks():
    _speaker_to_second("ACCUSE", (
        "Трајковски изјави дека одлуката е „козметичка мерка“ и побара од Министерството за здравство да ја повлече.",),
        [MAYOR, MINISTRY], "recipient:asked")
    _speaker_to_second("ACCUSE", ("Ана Новак оцени дека блокадата е неприфатлива и го повика Загреб да ја укине.",),
                       [ENVOY, ZAGREB], "recipient:asked")
    _none_of("ACCUSE", ("Ана Новак оцени дека блокадата е неприфатлива.",), [ENVOY, ZAGREB])


def test_a_step_refused_until_another_side_acts_is_a_threat_to_it():
    _speaker_to_second("THREATEN", (
        "Трајковски изјави дека партијата нема да учествува во седниците сè додека Министерството за здравство не ги "
        "повлече измените.",), [MAYOR, MINISTRY])
    _speaker_to_second("THREATEN", (
        "„Нема да гласаме за договорот сè додека Загреб не ја укине блокадата“, изјави Ана Новак.",
        "Ана Новак рече дека Словенија нема да го одблокира процесот додека Загреб не ги исполни обврските."), [ENVOY, ZAGREB])
    _none_of("THREATEN", ("Ана Новак рече дека цените нема да паднат сè додека трае кризата.",), [ENVOY, ZAGREB])


def test_what_the_speakers_side_will_do_if_another_state_acts_is_a_threat_to_it():
    _speaker_to_second("THREATEN", (
        "Ана Новак изјави дека Словенија ќе ги преиспита односите ако Загреб ја продолжи изградбата.",
        "„Ќе бараме други партнери доколку Загреб повторно го одложи потпишувањето“, рече Ана Новак."), [ENVOY, ZAGREB])
    _none_of("THREATEN", ("Ана Новак рече дека не знае дали Загреб ќе го потпише договорот.",
                          "Ана Новак рече дека Словенија ќе ги намали даноците ако економијата порасне."), [ENVOY, ZAGREB])


def test_progress_commitment_and_firm_support_said_of_another_are_praise():
    _speaker_to_second("SUPPORT", (
        "Ана Новак рече дека Загреб покажал „сериозна посветеност“ на реформите.",
        "„Словенија останува искрен поддржувач на европскиот пат на Загреб“, изјави Ана Новак.",
        "Ана Новак изјави дека Загреб направил значаен напредок во правосудството."), [ENVOY, ZAGREB])


def test_an_obligation_with_an_adverb_before_its_da_is_a_request():
    _speaker_to_second("REQUEST", (
        "„Загреб мора доследно да ги спроведе реформите“, изјави Ана Новак.",
        "Ана Новак рече дека Загреб мора што поскоро да ја отвори границата.",
        "Ана Новак изјави дека Загреб мора прв да ги повлече контрамерките."), [ENVOY, ZAGREB], "reported_obligation")



def test_a_stance_said_never_to_change_is_a_refusal_of_the_accuser():
    slovenia = Ent(("Словенија",), country="SVN")
    for said in ("„Нашиот став никогаш нема да се промени“, рече Ана Новак.",
                 "Ана Новак изјави дека нашиот предлог нема да се промени."):
        sentence = "Загреб ја обвини Словенија дека ги блокира преговорите. " + said
        ev = only(coded(sentence, [ENVOY, ZAGREB, slovenia], quotes=True), "REJECT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("reject.reported_denial"), sentence
    _none_of("REJECT", ("Загреб ја обвини Словенија дека ги блокира преговорите. Ана Новак рече дека времето нема да се "
                        "промени до викендот.",), [ENVOY, ZAGREB, slovenia])


def test_a_step_held_even_if_another_side_acts_is_no_threat():
    _none_of("THREATEN", ("„Нашиот став нема да се промени, дури и ако Загреб предложи нови преговори“, рече Ана Новак.",),
             [ENVOY, ZAGREB])



ZORAN = Ent(("Зоран Петковски", "Петковски"), "PER", "MKD", "PTY")
DRAGAN = Ent(("Драган Илиевски", "Илиевски"), "PER", "MKD", "PTY")


def _stated(sentence: str) -> Document:
    doc = document(sentence, [ZORAN, DRAGAN, Ent(("Македонија",), country="MKD")])
    doc.entities[2].kb_id = "gpe:MKD"  # (a known state: the speaker's own)
    return EventStep("mk")(QuoteStep("mk")(doc))


def test_a_doubled_object_is_not_whom_blame_is_said_of():
    # the speaker's own state after `ја држи` is the object: the blame is of the subject before it
    for sentence in ("Петковски изјави дека Илиевски „ја држи Македонија како заложник на својата партија“.",
                     "„Илиевски ја држи Македонија како заложник на својата партија“, рече Петковски."):
        ev = only(_stated(sentence), "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith(RULES["ACCUSE"]), sentence


def test_the_speakers_own_state_as_subject_of_the_blame_is_no_one_blamed():
    # negative twin: the own state is the subject the words are said of, no criticism of the other name
    for sentence in ("Петковски изјави дека со Илиевски Македонија „е заложник на својата партија“.",):
        assert not [e for e in _stated(sentence).events if e.type == "ACCUSE"], sentence
