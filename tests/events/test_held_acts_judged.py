"""A statement that opens with a collective act a side held, judging it (invented sentences): `штрајкот е „политички
мотивиран“`, `бојкотот е бегство од одговорност` blame whoever held it, told before; a neutral word about it does not."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

UNION = Ent(("Синдикатот на учителите", "Синдикатот"), "ORG", "MKD", "LAB")
PETROV = Ent(("Горан Петров", "Петров"), "PER", "MKD", "GOV")
STRIKE = "Синдикатот на учителите во понеделникот започна штрајк во сите училишта. "


def test_a_held_act_judged_blames_who_held_it():
    for judged in ("Министерот Горан Петров изјави дека штрајкот е „политички мотивиран“.",
                   "Министерот Горан Петров изјави дека штрајкот е „срамен и неодговорен“."):
        doc = coded(STRIKE + judged, [UNION, PETROV], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E2"] and ev.recipient == ["E1"], judged


def test_a_held_act_told_without_blame_is_no_accusation():
    doc = coded(STRIKE + "Министерот Горан Петров изјави дека штрајкот е „законски“ и ќе заврши во петок.", [UNION, PETROV],
                quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
