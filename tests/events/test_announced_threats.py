"""A threat is made as it is announced (`најави противмерки`: THREATEN asserted, never future), so its
headline, its lead and a second telling in one sentence are one act; another threat on another day stays apart."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of, only

SIDES = [Ent(("Владата на Србија", "Белград"), "ORG", "SRB", "GOV"), Ent(("Хрватска",), country="HRV")]


def test_announced_countermeasures_are_a_threat_made():
    ev = only(coded("Владата на Србија вчера најави противмерки против Хрватска.", SIDES, published="2026-04-10"), "THREATEN")
    assert ev.status == "asserted" and "future→THREATEN" in ev.rule
    # (an act of another type announced is still to come)
    strike = only(coded("Синдикатот вчера најави штрајк против Владата на Србија.", SIDES, published="2026-04-10"), "PROTEST")
    assert strike.status == "future"


def test_one_threat_told_in_two_words_of_a_sentence_is_one():
    doc = coded("Владата на Србија вчера предупреди дека ќе одговори со реципрочни мерки на одлуката на Хрватска.",
                SIDES, published="2026-04-10")
    ev = only(doc, "THREATEN")
    assert ev.status == "asserted" and len(ev.also_triggers) == 1


def test_a_threat_in_the_headline_told_again_in_the_body_is_one_and_another_threat_stays_apart():
    head = "Белград најави противмерки против Хрватска\n\n"
    body = "Владата на Србија вчера предупреди дека ќе одговори со реципрочни мерки на одлуката на Хрватска."
    ev = only(coded(head + body, SIDES, published="2026-04-10"), "THREATEN")
    assert len(ev.also_triggers) == 2
    other = " Владата на Србија во март предупреди дека ќе ја затвори границата доколку Хрватска ги задржи камионите."
    threats = events_of(coded(head + body + other, SIDES, published="2026-04-10"), "THREATEN")
    assert sorted(e.date for e in threats) == ["2026-03", "2026-04-09"]
