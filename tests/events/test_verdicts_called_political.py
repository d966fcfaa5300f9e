"""Blame told by calling a verdict political or a decision a missed chance in a reported statement (guidelines:
criticism is ACCUSE disapprove; judging a thing someone made blames its maker). Every sentence here is invented;
the twins call something else political, or tell a chance missed by no one."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

LAWYER = Ent(("Стефан Ристов",), "PER", "MKD", "JUD")
COURT = Ent(("Апелациониот суд",), "ORG", "MKD", "JUD")
LEADER = Ent(("Мирза Хасановиќ",), "PER", "BIH", "PTY")
CONVICT = Ent(("Марко Петров",), "PER", "MKD", "CVL")
RIVAL = Ent(("Драган Лукиќ", "Лукиќ"), "PER", "BIH", "PTY")



def test_a_verdict_called_political_blames_the_court_that_gave_it():
    doc = coded("Апелациониот суд во вторникот го осуди Марко Петров на три години затвор. Стефан Ристов изјави дека пресудата е политичка.",
                [COURT, LAWYER, CONVICT], quotes=True)
    ev = events_of(doc, "ACCUSE")
    assert len(ev) == 1 and ev[0].actor == ["E2"] and ev[0].recipient == ["E1"] and ev[0].trigger.text == "изјави"


def test_a_decision_called_a_missed_chance_blames_its_maker():
    doc = coded("Мирза Хасановиќ изјави дека одлуката на Лукиќ е пропуштена можност за земјата.", [LEADER, RIVAL], quotes=True)
    ev = events_of(doc, "ACCUSE")
    assert len(ev) == 1 and ev[0].actor == ["E1"] and ev[0].recipient == ["E2"]


def test_other_things_called_political_and_chances_missed_by_no_one_are_no_blame():
    doc = coded("Апелациониот суд во вторникот го осуди Марко Петров на три години затвор. Стефан Ристов изјави дека прашањето е политичко.",
                [COURT, LAWYER, CONVICT], quotes=True)
    assert not events_of(doc, "ACCUSE")
    doc = coded("Мирза Хасановиќ изјави дека натпреварот на Лукиќ е голема можност за земјата.", [LEADER, RIVAL], quotes=True)
    assert not events_of(doc, "ACCUSE")
