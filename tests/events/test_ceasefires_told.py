"""A ceasefire announced is a concession (guidelines: announced, not yet held); one broken is no ceasefire told."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

SIDES = [Ent(("Армијата",), "ORG", "LBY", "MIL"), Ent(("бунтовниците",), "ORG", "LBY", "REB"),
         Ent(("Владата",), "ORG", "LBY", "GOV")]


def test_a_ceasefire_declared_is_a_concession_and_one_observed_a_retreat():
    declared = coded("Армијата синоќа објави прекин на огнот.", SIDES, published="2026-03-11")
    assert [e.type for e in declared.events] == ["CONCEDE"]
    observed = coded("Армијата синоќа го почитуваше прекинот на огнот.", SIDES, published="2026-03-11")
    assert [e.type for e in observed.events] == ["RETREAT"]


def test_a_ceasefire_broken_is_what_the_blame_is_about():
    broken = coded("Владата соопшти дека бунтовниците го прекршиле прекинот на огнот.", SIDES, published="2026-03-11")
    assert not [e for e in broken.events if e.type == "RETREAT"]
    kept = coded("Владата соопшти дека бунтовниците го почитувале прекинот на огнот.", SIDES, published="2026-03-11")
    assert [e.type for e in kept.events] == ["RETREAT"]
