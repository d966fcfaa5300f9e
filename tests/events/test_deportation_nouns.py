"""Deportations named by the noun (`ќе продолжи со депортациите`, `продолжува со протерувањата`): PLOVER COERCE deport
by the state that carries them out; diplomats expelled are no deportation. Every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

AUSTRIA = Ent(("Австрија",), country="AUT")
MINISTER = Ent(("Ана Рис",), "PER", "AUT", "GOV")
HUNGARY = Ent(("Унгарија",), country="HUN")


def test_deportations_named_by_the_noun_are_coerce_by_the_state_that_carries_them_out():
    for sentence, ents in (
            ("Ана Рис изјави дека Австрија ќе продолжи со депортациите на мигрантите без право на азил.", [MINISTER, AUSTRIA]),
            ("Австрија минатиот месец ги зголеми протерувањата од својата територија.", [AUSTRIA]),
            ("Унгарија ја забрза депортацијата на мигрантите кон Србија.", [HUNGARY])):
        doc = coded(sentence, ents, quotes=True)
        coerced = [e for e in doc.events if e.type == "COERCE"]
        assert [e.mode for e in coerced] == ["deport"], sentence


def test_diplomats_expelled_are_no_deportation():
    doc = coded("Австрија ги осуди протерувањата на своите дипломати од Унгарија.", [AUSTRIA, HUNGARY])
    assert not [e for e in doc.events if e.type == "COERCE"]
