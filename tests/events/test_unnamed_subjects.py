"""Unnamed subjects of real news: a part of a body's members, a parish, sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import codes, coded


def _agree(text: str) -> list:
    doc = coded(text, [])
    return [codes(doc, ev.actor) for ev in doc.events if ev.type == "AGREE"]


def test_some_members_of_a_body_speak_for_it_in_what_they_tell():
    assert _agree("Некои членови на синдикатот изјавија дека ќе го почитуваат договорот.") == [[("MKD", "LAB")]]
    assert _agree("Доволно пратеници изјавија дека ќе го почитуваат договорот.") == [[("MKD", "LEG")]]
    # (a word of any member, not a part: no one the text tells)
    assert _agree("Секои пратеници изјавија дека ќе го почитуваат договорот.") == []
    assert _agree("Некои изјавија дека ќе го почитуваат договорот.") == []


def test_the_members_of_a_parish_act_for_it():
    doc = coded("Членовите на парохијата се пожалија на одлуката за затворање на училиштето.", [])
    assert [(ev.type, codes(doc, ev.actor)) for ev in doc.events] == [("ACCUSE", [("MKD", "REL")])]
    doc = coded("Членовите на хорот се пожалија на одлуката за затворање на училиштето.", [])
    assert doc.events == []


def _accusers(text: str) -> list:
    doc = coded(text, [])
    return [codes(doc, ev.actor) for ev in doc.events if ev.type == "ACCUSE"]


def test_an_unnamed_agent_after_od_strana_na_beyond_the_passive_verbs_reach():
    assert _accusers("Судијата, кој беше обвинет за злоупотреба на службената должност од страна на неколку новинари, "
                     "поднесе оставка.") == [[("MKD", "JRN")]]
    # (past a second charge joined by `и` the phrase may be that one's: the prosecutors, as with no agent told)
    assert _accusers("Судијата, кој беше обвинет за злоупотреба и за притисок врз сведоците од страна на неколку новинари, "
                     "поднесе оставка.") == [[("MKD", "JUD")]]
