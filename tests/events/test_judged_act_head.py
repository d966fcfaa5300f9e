"""A judgement of an act named by its noun (`ги осуди нападите врз …`) is aimed at the doer of an earlier act of the
kind that noun names, not at a nearer act a later word of the object would name. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

ATTACKERS = Ent(("Армијата на Атланида",), "ORG", "AFG", "MIL")
POLICE = Ent(("Полицијата на Боровија",), "ORG", "BOL", "COP")
JUDGE = Ent(("Германија",), country="DEU")


def test_the_attack_named_is_judged_not_the_arrest_told_since():
    doc = coded("Армијата на Атланида нападна гранична станица. Полицијата на Боровија уапси двајца осомничени. "
                "Германија ги осуди нападите врз полицајците.", [ATTACKERS, POLICE, JUDGE])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("AFG", "MIL")]


def test_an_arrest_named_is_judged_as_before():
    doc = coded("Армијата на Атланида нападна гранична станица. Полицијата на Боровија уапси двајца осомничени. "
                "Германија ги осуди апсењата на полицајците.", [ATTACKERS, POLICE, JUDGE])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("BOL", "COP")]
