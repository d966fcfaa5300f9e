"""A past plural verb joined by `и` after a demand's `да` clause (`побараа Владата да го објави … и ја обвинија дека
…`) cannot be that clause's present verb: it goes on with the sentence's subject, an act of its own. Every sentence
here is invented; the twin's singular verb may be the `да` clause's, part of what is demanded."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

PARTY = Ent(("СДСМ",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
MINISTER = Ent(("Ана Петрова",), "PER", "MKD", "GOV")
DEMAND = "СДСМ побараа Владата да го објави текстот на договорот и ја {} Ана Петрова дека лаже."


def test_a_past_plural_verb_after_the_demanded_clause_is_the_subjects_own_act():
    doc = coded(DEMAND.format("обвинија"), [PARTY, GOVERNMENT, MINISTER], quotes=True)
    ev = events_of(doc, "ACCUSE")
    assert len(ev) == 1 and ev[0].actor == ["E1"] and ev[0].recipient == ["E3"] and ev[0].status == "asserted"
    assert len(events_of(doc, "REQUEST")) == 1


def test_a_verb_that_may_be_the_demanded_clauses_own_stays_in_what_is_demanded():
    doc = coded(DEMAND.format("обвини"), [PARTY, GOVERNMENT, MINISTER], quotes=True)
    assert not events_of(doc, "ACCUSE") and len(events_of(doc, "REQUEST")) == 1
