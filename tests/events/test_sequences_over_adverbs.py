"""A trigger's word sequence goes on over the `да` of its next part when only adverbs stand before it (`подготвен
веднаш да седне`, as `подготвен да седне`). Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

UNION = Ent(("Синдикатот на градежници", "Синдикатот"), "ORG", "MKD", "LAB")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_readiness_to_act_told_with_an_adverb_before_the_da_is_an_offer():
    for sentence in ("Синдикатот на градежници е подготвен веднаш да седне на преговарачка маса со Владата.",
                     "Синдикатот на градежници е подготвен повторно да преговара со Владата."):
        doc = coded(sentence, [UNION, GOVERNMENT])
        assert only(doc, "AGREE").trigger.text.startswith("подготвен"), sentence


def test_a_content_word_before_the_da_ends_the_sequence():
    doc = coded("Синдикатот на градежници е подготвен за штрајк, а не да седне на преговарачка маса со Владата.",
                [UNION, GOVERNMENT])
    assert not [e for e in doc.events if e.type == "AGREE"]
