"""Offers of a meeting or autonomy, and a readiness to meet or to back a step, are AGREE (guidelines: a promise, offer or
stated intention to cooperate). Sentences written for these tests; the twins offer or get ready for nothing cooperative."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Ана Стојанова", "Стојанова"), "PER", "MKD", "GOV")
UNION = Ent(("Синдикатот на медицинари",), "ORG", "MKD", "LAB")
PARTY = Ent(("Народна партија",), "ORG", "MKD", "PTY")


def test_a_meeting_offered_is_an_agreement():
    doc = coded("Стојанова му понуди средба на Синдикатот на медицинари.", [MINISTER, UNION])
    assert only(doc, "AGREE").trigger.text == "понуди"
    doc = coded("Стојанова му понуди кафе на Синдикатот на медицинари.", [MINISTER, UNION])
    assert not doc.events


def test_readiness_to_back_a_step_is_an_agreement():
    doc = coded("Народна партија е подготвена да ги поддржи измените што ги предлага Владата.", [PARTY])
    assert only(doc, "AGREE").trigger.text.startswith("подготвена")
    doc = coded("Народна партија е подготвена да ги објави измените што ги предлага Владата.", [PARTY])
    assert not [e for e in doc.events if e.type == "AGREE"]
