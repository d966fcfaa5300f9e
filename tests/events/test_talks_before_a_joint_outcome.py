"""Talks after `по` naming no partner, told after a reciprocal verb whose subject is several parties
(`X и Y договорија … по преговорите во …`): those parties held the talks, however far the noun."""
from __future__ import annotations

from tests.events.helpers import CROATIA, SERBIA, Ent, coded

GENEVA = Ent(("Женева",), country="CHE")


def test_talks_after_a_joint_agreement_are_held_by_those_who_agreed():
    doc = coded("Србија и Хрватска договорија размена на затвореници по преговорите во Женева.", [SERBIA, CROATIA, GENEVA])
    assert [ev.actor for ev in doc.events if ev.type == "CONSULT"] == [["E1", "E2"]]


def test_talks_after_one_partys_act_take_no_sides_from_it():
    doc = coded("Србија ги прифати затворениците од Хрватска по преговорите во Женева.", [SERBIA, CROATIA, GENEVA])
    assert ["E1", "E2"] not in [ev.actor for ev in doc.events if ev.type == "CONSULT"]
