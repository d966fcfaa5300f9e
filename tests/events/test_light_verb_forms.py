"""Light verbs in their neuter and retold l-forms (`Обвинителството подигнало обвиненија`) and the verb of repeating
an act (`ја повтори поддршката`): the noun after them is the act of the verb's subject."""
from tests.events.helpers import SERBIA, Ent, codes, coded

RUSSIA = Ent(("Русија",), country="RUS")


def test_a_neuter_organ_raising_charges_in_the_l_form_charges():
    doc = coded("Министерот рече дека Обвинителството подигнало обвиненија против двајца пратеници.", [])
    charges = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(charges) == 1 and codes(doc, charges[0].actor) == [("MKD", "JUD")]


def test_charges_an_organ_only_studied_are_no_act_of_it():
    doc = coded("Министерот рече дека Обвинителството ги проучило обвиненијата против двајца пратеници.", [])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_repeated_support_is_the_subjects_past_a_relative_clause():
    doc = coded("Русија, која има право на вето, ја повтори поддршката за Србија.", [RUSSIA, SERBIA])
    support = [e for e in doc.events if e.type == "SUPPORT"]
    assert len(support) == 1
    assert codes(doc, support[0].actor) == [("RUS", None)] and codes(doc, support[0].recipient) == [("SRB", None)]


def test_a_support_only_mentioned_is_no_act():
    doc = coded("Русија, која има право на вето, ја спомена поддршката за Србија.", [RUSSIA, SERBIA])
    assert not [e for e in doc.events if e.type == "SUPPORT"]
