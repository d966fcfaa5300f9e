"""Weapons counted as launched with no target (`Русија лансирала 300 дронови`), a sentence after an attack of the same
side, tally that attack, no second one (issue #5, precision); beside it the same count with no attack told before, on
sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

RUSSIA = Ent(("Русија",), country="RUS")
UKRAINE = Ent(("Украина",), country="UKR")
COUNT = "Според украинските воздухопловни сили, Москва лансирала 300 дронови и 12 ракети, од кои 280 биле соборени."


def assaults(text: str) -> list[str]:
    return [e.trigger.text for e in coded(text, [RUSSIA, UKRAINE]).events if e.type == "ASSAULT"]


def test_a_count_of_launches_after_the_attack_tallies_it():
    assert len(assaults("Руските сили ноќеска извршија масовен напад со дронови врз Киев, соопшти градоначалникот. " + COUNT)) == 1


def test_a_count_of_launches_alone_is_the_attack():
    assert len(assaults("Во Киев ноќеска беше прогласена воздушна тревога, соопшти градоначалникот. " + COUNT)) == 1
