"""Praise told in a reported statement by political will shown, full accord with the law, or forces fully
interoperable with allies (guidelines: praise is SUPPORT, the speech verb its trigger). Every sentence here is
invented; the twins deny the will or the accord, or say it of no one."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

ENVOY = Ent(("Ана Лунд",), "PER", "EUR", "IGO")
GENERAL = Ent(("Џон Морис",), "PER", "USA", "MIL")
ALBANIA = Ent(("Тирана",), country="ALB")
SERBIA = Ent(("Србија",), country="SRB")



def test_will_shown_and_full_accord_are_praise_of_the_one_named():
    for sentence, ents in (
            ("Ана Лунд изјави дека Тирана покажала „вистинска политичка волја“ во реформите.", [ENVOY, ALBANIA]),
            ("Ана Лунд изјави дека предавањето е доказ за политичката волја на Тирана.", [ENVOY, ALBANIA]),
            ("Ана Лунд рече дека законот на Тирана е „во целосна согласност со европското право“.", [ENVOY, ALBANIA])):
        ev = events_of(coded(sentence, ents, quotes=True), "SUPPORT")
        assert len(ev) == 1 and ev[0].actor == ["E1"] and ev[0].recipient == ["E2"], sentence


def test_soldiers_fully_interoperable_are_praised():
    doc = coded("„Војниците на Србија покажаа дека се целосно интероперабилни со сојузниците“, изјави Џон Морис.",
                [GENERAL, SERBIA], quotes=True)
    ev = events_of(doc, "SUPPORT")
    assert len(ev) == 1 and ev[0].actor == ["E1"]


def test_will_lacking_or_accord_denied_is_no_praise():
    for sentence, ents in (
            ("Ана Лунд изјави дека на Тирана ѝ недостига политичка волја за реформите.", [ENVOY, ALBANIA]),
            ("Ана Лунд рече дека законот на Тирана не е во согласност со европското право.", [ENVOY, ALBANIA]),
            ("„Војниците на Србија сè уште не се интероперабилни со сојузниците“, изјави Џон Морис.", [GENERAL, SERBIA])):
        assert not events_of(coded(sentence, ents, quotes=True), "SUPPORT"), sentence
