"""Statements that set an `until` on another side (PLOVER THREATEN, guidelines: consequences under a condition),
told by a plain speech verb before or after the quote, and their negative twins: a forecast with an `until` that
names no one to meet it is no event. Every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

ENVOY = Ent(("Ана Лунд",), "PER", "EUR", "IGO")
RUSSIA = Ent(("Русија",), country="RUS")
UNION = Ent(("Синдикатот на пекарите",), "ORG", "MKD", "LAB")
CITY = Ent(("Градот",), "ORG", "MKD", "GOV")
PREMIER = Ent(("Омар Сале",), "PER", "LBY", "GOV")


def threats(doc):
    return [e for e in doc.events if e.type == "THREATEN"]


def test_an_until_laid_on_a_named_side_in_a_fronted_quote_is_a_threat():
    for sentence in ("„Притисокот ќе продолжи сè додека Русија не покаже подготвеност за мир“, изјави Ана Лунд по седницата.",
                     "„Санкциите ќе останат сè додека Русија не ги повлече трупите“, рече Ана Лунд."):
        found = threats(coded(sentence, [ENVOY, RUSSIA], quotes=True))
        assert len(found) == 1 and found[0].actor == ["E1"] and found[0].recipient == ["E2"], sentence


def test_a_body_announcing_an_until_threatens_the_side_named_in_it():
    found = threats(coded("Синдикатот на пекарите соопшти дека штрајкот ќе трае додека Градот не ги исплати платите.",
                          [UNION, CITY], quotes=True))
    assert len(found) == 1 and found[0].recipient == ["E2"]


def test_an_until_on_an_unnamed_collective_stays_a_threat():
    doc = coded("Омар Сале рече дека операцијата ќе продолжи „додека не се разоружаат сите нелегални групи“ во градот.",
                [PREMIER], quotes=True)
    assert len(threats(doc)) == 1


def test_a_forecast_with_an_until_is_no_event():
    for sentence in ("Ана Лунд рече дека економијата ќе расте побавно сè додека цените не паднат.",
                     "„Економијата ќе расте побавно сè додека цените не паднат“, рече Ана Лунд."):
        assert not coded(sentence, [ENVOY], quotes=True).events, sentence


MINISTER = Ent(("Марко Петров",), "PER", "SRB", "GOV")
SERBIA = Ent(("Србија",), country="SRB")
CROATIA = Ent(("Хрватска",), country="HRV")


def test_a_block_the_speaker_announces_until_a_condition_stays_his_threat():
    # the block told by its own trigger is the threat the warning tells: neither is lost to the other
    doc = coded("Министерот Марко Петров повтори дека Србија ќе го блокира приемот на Хрватска сè додека не се најде решение.",
                [MINISTER, SERBIA, CROATIA], quotes=True)
    found = threats(doc)
    assert len(found) == 1 and found[0].actor == ["E1"] and found[0].recipient == ["E3"]


def test_a_block_by_another_side_in_a_warning_is_the_warning_only():
    # twin: the block is the other side's, told in the warning; the speaker's threat stays, the block is its content
    doc = coded("Министерот Марко Петров повтори дека Хрватска ќе го блокира приемот на Србија сè додека не се најде решение.",
                [MINISTER, SERBIA, CROATIA], quotes=True)
    found = threats(doc)
    assert len(found) == 1 and found[0].trigger.text == "повтори" and found[0].actor == ["E1"]
