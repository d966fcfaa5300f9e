"""An unnamed crowd acting on a foreign state's mission is of the state the mission stands in, not of the mission's
own state, which the institutions it names would otherwise give (`демонстранти ја нападнаа германската амбасада во
Анкара`), and its act is aimed at the mission's state; a state's own institution still gives its state. Sentences
written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

ANKARA = Ent(("Анкара",), country="TUR")
GERMAN = Ent(("германската",), country="DEU", kind="demonym")
GERMAN_GOVERNMENT = Ent(("Германската влада",), "ORG", "DEU", "GOV")


def test_a_crowd_stoning_a_foreign_embassy_is_not_of_the_embassy_s_state():
    doc = coded("Стотици демонстранти ја нападнаа германската амбасада во Анкара, фрлајќи камења.", [ANKARA, GERMAN])
    ev = only(doc, "PROTEST")
    assert codes(doc, ev.actor) == [("TUR", "CVL")]


def test_a_crowd_stoning_a_state_s_own_institution_is_of_that_state():
    doc = coded("Стотици демонстранти ја нападнаа зградата на Германската влада, фрлајќи камења.", [GERMAN_GOVERNMENT])
    ev = only(doc, "PROTEST")
    assert codes(doc, ev.actor) == [("DEU", "CVL")]


def test_the_crowd_s_act_at_a_foreign_mission_is_aimed_at_the_mission_s_state():
    doc = coded("Стотици демонстранти ја нападнаа германската амбасада во Анкара, фрлајќи камења.", [ANKARA, GERMAN])
    ev = only(doc, "PROTEST")
    # (the attack verb is the riot itself, one event with the stoning; its embassy names the state)
    assert codes(doc, ev.recipient) == [("DEU", "GOV")]


def test_the_crowd_s_act_at_a_home_building_is_aimed_at_its_own_authorities():
    doc = coded("Стотици демонстранти ја нападнаа зградата на општината во Анкара, фрлајќи камења.", [ANKARA])
    ev = only(doc, "PROTEST")
    assert codes(doc, ev.recipient) == [("TUR", "GOV")]
