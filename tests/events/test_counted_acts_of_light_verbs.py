"""A light verb makes a counted noun its subject's act (`изврши повеќе од 5.000 напади`, `изведе над 400
напади`), and its imperfective l-forms do too (`војската изведувала напади`) (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import RUSSIA, Ent, codes, coded, events_of

UKRAINE = Ent(("Украина",), country="UKR")



def test_a_count_between_the_light_verb_and_its_noun_keeps_the_subject_the_actor():
    for text in ("Русија минатиот месец изврши повеќе од 5.000 напади врз Украина.",
                 "Русија изведе над 400 напади врз Украина.",
                 "Русија изврши најмалку 30 напади врз Украина."):
        assaults = events_of(coded(text, [RUSSIA, UKRAINE]), "ASSAULT")
        assert [e.actor for e in assaults] == [["E1"]], text


def test_an_unnamed_army_carrying_out_strikes_in_the_retold_imperfective_is_their_actor():
    for text in ("Војската изведувала воздушни напади врз селата.",
                 "Според медиумите, војската изведувала воздушни напади врз селата."):
        doc = coded(text, [])
        assaults = events_of(doc, "ASSAULT")
        assert len(assaults) == 1 and [s for _, s in codes(doc, assaults[0].actor)] == ["MIL"], text


def test_a_count_of_acts_with_a_preposition_that_is_no_count_stays_without_actor():
    # (`од` after no comparative is the source the attacks came from, not a count)
    doc = coded("Граѓаните се плашат од 5.000 напади врз Украина.", [UKRAINE])
    assert not [e for e in events_of(doc, "ASSAULT") if e.actor]
