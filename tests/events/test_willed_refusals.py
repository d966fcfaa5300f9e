"""A refusal of the speaker's own side is its will not to act (guidelines: refusal vs. negation): not an
inability, what the one addressed will not do, what is expected or what people will not do. Invented
Macedonian copy; each sentence answers a demand told before it, so a refusal found is aimed at the demander."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

MINISTER = Ent(("Петар Стојанов", "Стојанов"), "PER", "MKD", "GOV")
UNION = Ent(("Синдикатот на учители",), "ORG", "MKD", "LAB")
DEMAND = "Синдикатот на учители побара повисоки плати. "


def refusals(sentence: str) -> list[list[str]]:
    doc = coded(DEMAND + sentence, [MINISTER, UNION], quotes=True)
    return [e.recipient for e in doc.events if e.type == "REJECT" and e.rule.startswith("reject.own_refusal")]


def test_the_governments_will_not_is_a_refusal_of_the_demander():
    assert refusals("Стојанов рече дека Владата нема да ги зголеми платите.") == [["E2"]]


def test_a_future_can_is_an_inability_no_refusal():
    assert refusals("Стојанов рече дека Владата нема да може да ги зголеми платите.") == []


def test_a_present_we_cannot_refuses_what_is_asked():
    assert refusals("„Не можеме да ги зголемиме платите“, рече Стојанов.") == [["E2"]]


def test_a_second_person_can_is_the_one_addressed_no_refusal():
    assert refusals("„Не можете да ги зголемите платите“, рече Стојанов.") == []


def test_a_second_person_verb_is_the_one_addressed_no_refusal():
    assert refusals("„Нема да ги зголемиш платите“, рече Стојанов.") == []
    assert refusals("„Нема да ги зголемиме платите“, рече Стојанов.") == [["E2"]]


def test_a_past_can_is_what_could_not_be_done_no_refusal():
    assert refusals("„Не можевме да ги зголемиме платите“, рече Стојанов.") == []


def test_a_clause_under_an_expectation_is_a_forecast_no_refusal():
    assert refusals("Стојанов рече дека се очекува дека Владата нема да ги зголеми платите.") == []
    assert refusals("Стојанов рече дека Владата нема да ги зголеми платите во септември.") == [["E2"]]


def test_people_told_as_subject_are_no_side_of_the_speaker():
    assert refusals("Стојанов рече дека граѓаните нема да ги зголемат платите.") == []
    assert refusals("Стојанов рече дека министерството нема да ги зголеми платите.") == [["E2"]]


def test_what_the_side_will_not_be_is_no_refusal():
    assert refusals("„Не можеме да бидеме банкомат за сите“, рече Стојанов.") == []
    assert refusals("„Не можеме да плаќаме за сите“, рече Стојанов.") == [["E2"]]


def test_waiting_or_striking_back_is_resolve_or_restraint_no_refusal():
    assert refusals("„Нема да чекаме вечно“, рече Стојанов.") == []
    assert refusals("„Нема да попуштиме вечно“, рече Стојанов.") == [["E2"]]
    assert refusals("Стојанов рече дека Владата нема да возврати со нови мерки.") == []
    assert refusals("Стојанов рече дека Владата нема да воведе нови мерки.") == [["E2"]]
