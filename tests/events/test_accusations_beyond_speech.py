"""Accusations, inquiries and charges told by other words than a speech verb, and their negative twins. Every sentence
here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

COMMISSION = Ent(("Државната комисија за спречување на корупцијата",), "ORG", "MKD", "GOV")
COUNCIL = Ent(("Судскиот совет",), "ORG", "MKD", "JUD")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def accusations(doc):
    return [e for e in doc.events if e.type == "ACCUSE"]


def test_a_case_opened_against_unnamed_targets_is_an_inquiry():
    for sentence, body in (
            ("Државната комисија за спречување на корупцијата отвори постапки против уште три општини.", COMMISSION),
            ("Државната комисија за спречување на корупцијата отвори предмет за набавките на болницата.", COMMISSION),
            ("Судскиот совет поведе постапка за утврдување одговорност на судијка.", COUNCIL)):
        found = accusations(coded(sentence, [body]))
        assert len(found) == 1 and found[0].actor == ["E1"] and found[0].mode == "investigate", sentence


def test_a_procedure_opened_for_a_purchase_is_no_inquiry():
    assert not accusations(coded("Владата покрена постапка за набавка на нови возила.", [GOVERNMENT]))
