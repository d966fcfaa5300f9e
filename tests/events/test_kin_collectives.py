"""People named by whose people they are (`Семејствата на жртвите`, `Мајките на убиените`) as the subject of an
act: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

MINISTER = Ent(("Тошковски",), "PER", "MKD", "GOV")


def test_families_of_victims_criticise_as_civilians():
    doc = coded("Семејствата на жртвите го критикуваа министерот Тошковски.", [MINISTER])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [(None, "CVL")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert "actor:collective" in ev.rule


def test_families_of_victims_as_the_object_are_no_actor():
    doc = coded("Министерот Тошковски ги критикуваше семејствата на жртвите.", [MINISTER])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("MKD", "GOV")]


def test_mothers_and_relatives_of_victims_ask_for_a_trial():
    doc = coded("Мајките на убиените момчиња побараа брзо судење.", [])
    assert codes(doc, only(doc, "REQUEST").actor)[0][1] == "CVL"
    doc = coded("Роднините на жртвите го поздравија апсењето на осомничениот.", [])
    assert codes(doc, only(doc, "SUPPORT").actor)[0][1] == "CVL"


def test_a_trial_asked_of_the_mothers_has_them_as_no_actor():
    doc = coded("Министерот Тошковски побара од мајките на убиените момчиња трпение.", [MINISTER])
    assert codes(doc, only(doc, "REQUEST").actor) == [("MKD", "GOV")]
