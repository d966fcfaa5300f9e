"""A draft withdrawn is no withdrawal of forces, though the sentence names forces."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

POWERS = [Ent(("Западните сили",), "ORG", "USA", "GOV"), Ent(("Советот за безбедност",), "ORG", "UNO", "IGO")]


def test_a_resolution_withdrawn_is_no_retreat_and_troops_withdrawn_are():
    draft = coded("Западните сили вчера ја повлекоа резолуцијата од Советот за безбедност.", POWERS, published="2026-03-11")
    assert not [e for e in draft.events if e.type == "RETREAT"]
    troops = coded("Западните сили вчера ги повлекоа војниците од градот.", POWERS, published="2026-03-11")
    assert [e.type for e in troops.events] == ["RETREAT"]
