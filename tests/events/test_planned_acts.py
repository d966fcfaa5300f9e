"""Who plans, organises or schedules an act (`планира митинг`, `закажаа штрајк`) is its actor, as who announces it."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

PARTY = Ent(("НДП",), "ORG", "SRB", "PTY")


def test_the_body_that_plans_a_rally_holds_it():
    doc = coded("НДП сè уште планира голем антивладин митинг во Белград.", [PARTY])
    assert codes(doc, only(doc, "PROTEST").actor) == [("SRB", "PTY")]


def test_a_body_that_stops_a_rally_does_not_hold_it():
    doc = coded("НДП сè уште го попречува големиот антивладин митинг во Белград.", [PARTY])
    assert all(codes(doc, ev.actor) != [("SRB", "PTY")] for ev in doc.events if ev.type == "PROTEST")


def test_the_union_that_schedules_a_strike_holds_it():
    doc = coded("Синдикатот на рударите закажа едночасовен штрајк за понеделник.", [])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "LAB")]
