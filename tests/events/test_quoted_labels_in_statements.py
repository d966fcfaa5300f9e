"""A label the statement quotes inside its reported clause is read as its own words: a word sequence of blame or
praise holds across the quotation marks (`пресудата е „политичка“`). Every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

LAWYER = Ent(("Петар Илиев",), "PER", "MKD", "JUD")
COURT = Ent(("Основниот суд",), "ORG", "MKD", "JUD")
MINISTER = Ent(("Марко Петров",), "PER", "SRB", "GOV")
CROATIA = Ent(("Хрватска",), country="HRV")


def accusations(text, entities):
    return [e for e in coded(text, entities, quotes=True).events if e.type == "ACCUSE"]


def test_a_blame_sequence_split_by_quotation_marks_is_blame():
    found = accusations("Основниот суд го осуди активистот. Адвокатот Петар Илиев изјави дека пресудата е „политичка“ "
                        "и дека ќе се жали.", [COURT, LAWYER])
    assert [e.actor for e in found if e.trigger.text == "изјави"] == [["E2"]]


def test_a_label_that_is_no_blame_stays_no_event_though_quoted():
    found = accusations("Основниот суд го осуди активистот. Адвокатот Петар Илиев изјави дека пресудата е „конечна“ "
                        "и дека нема да се жали.", [COURT, LAWYER])
    assert not [e for e in found if e.trigger.text == "изјави"]


def test_a_quoted_attack_label_blames_the_state_it_names():
    found = accusations("Министерот Марко Петров изјави дека одлуката на Хрватска е „директен напад“ врз малцинствата.",
                        [MINISTER, CROATIA])
    assert len(found) == 1 and found[0].recipient == ["E2"]


def test_a_quoted_label_of_no_blame_naming_a_state_is_no_event():
    found = accusations("Министерот Марко Петров изјави дека одлуката на Хрватска е „директен пат“ кон Унијата.",
                        [MINISTER, CROATIA])
    assert not found


def supports(text, entities):
    return [e for e in coded(text, entities, quotes=True).events if e.type == "SUPPORT"]


def test_an_important_step_said_of_a_state_is_praise_of_it():
    # `важен чекор`, with or without `напред`
    found = supports("Министерот Марко Петров изјави дека Хрватска направи „важен чекор“ кон Унијата.", [MINISTER, CROATIA])
    assert len(found) == 1 and found[0].recipient == ["E2"]


def test_an_important_step_still_ahead_naming_no_one_is_no_praise():
    assert not supports("Министерот Марко Петров изјави дека следниот важен чекор ќе биде изборот на нова влада.", [MINISTER])
