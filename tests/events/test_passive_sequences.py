"""A word sequence trigger opening with a participle right after a form of "be" is passive when the agent phrase
`од страна на` follows it: the agent acts, the subject receives (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

CHOIR = Ent(("Хорот Звездички",), "ORG", "MKD", "CVL")
PARLIAMENT = Ent(("Европскиот парламент",), "ORG", "EUR", "LEG")
MINISTRY = Ent(("Министерството за култура",), "ORG", "MKD", "GOV")


def test_an_award_told_in_the_passive_is_given_by_the_agent():
    doc = coded("Хорот Звездички, на кој минатата година му беше доделена титулата амбасадор на културата од страна "
                "на Европскиот парламент, настапи во Скопје.", [CHOIR, PARLIAMENT])
    awards = events_of(doc, "SUPPORT")
    assert [(e.actor, e.recipient) for e in awards] == [(["E2"], ["E1"])]


def test_an_award_in_the_active_keeps_its_subject_as_giver():
    doc = coded("Министерството за култура минатата година му ја додели титулата амбасадор на културата на Хорот "
                "Звездички.", [MINISTRY, CHOIR])
    awards = events_of(doc, "SUPPORT")
    assert [e.actor for e in awards] == [["E1"]]


def test_a_state_participle_after_be_stays_active_without_an_agent_phrase():
    doc = coded("Министерството за култура е подготвено да соработува со Европскиот парламент.", [MINISTRY, PARLIAMENT])
    assert [e.actor for e in events_of(doc, "AGREE")] == [["E1"]]
