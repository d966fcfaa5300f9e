"""Verbs and phrases real news uses that the trigger lexicon lacked (issue #5), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of, only

MINISTER = Ent(("Николовска",), "PER", "MKD", "GOV")
DEPUTY = Ent(("Трајковски",), "PER", "MKD", "GOV")


def test_defending_ones_own_decision_is_a_rebuttal_but_defending_a_person_is_support():
    doc = coded("Министерката Николовска вчера го бранеше буџетот од критиките во Собранието.", [MINISTER])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "го бранеше" and codes(doc, ev.actor) == [("MKD", "GOV")]
    doc = coded("Министерката Николовска вчера ја бранеше својата одлука за тендерот.", [MINISTER])
    assert only(doc, "REJECT").trigger.text == "ја бранеше"
    # the twins: a person defended is backed (SUPPORT), interests defended are no act
    doc = coded("Министерката Николовска вчера го бранеше заменикот Трајковски од критиките.", [MINISTER, DEPUTY])
    assert not events_of(doc, "REJECT") and only(doc, "SUPPORT").trigger.text == "го бранеше"
    assert not coded("Министерката Николовска вчера ги бранеше интересите на земјоделците.", [MINISTER]).events
