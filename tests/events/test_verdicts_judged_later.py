"""Blame of a verdict told a few sentences after the sentencing, its details between, and blame that takes the act
judged after `од` (`„разочаран“ од пресудата`), and a label quoted after `станува збор за`: all blame whoever did
the act as told before (guidelines: criticism is ACCUSE disapprove; judging a thing someone made blames its maker).
Every sentence here is invented; each twin tells no sentencing before, takes no act after the word of blame, or
quotes the label after other words."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

COURT = Ent(("Апелациониот суд",), "ORG", "HRV", "JUD")
CONVICT = Ent(("Марко Петров",), "PER", "HRV", "CVL")
LAWYER = Ent(("Стефан Ристов",), "PER", "HRV", "JUD")
ENVOY = Ent(("Ана Лунд",), "PER", "SWE", "GOV")

SENTENCED = "Апелациониот суд во вторникот го осуди Марко Петров на три години затвор."
HEARD = "Апелациониот суд во вторникот ја одложи расправата за Марко Петров."
BETWEEN = "Расправата траеше четири часа. Во судницата имаше многу новинари."


def test_a_verdict_judged_a_few_sentences_after_the_sentencing_blames_the_court():
    doc = coded(f"{SENTENCED} {BETWEEN} Стефан Ристов изјави дека пресудата е „апсурдно строга“.",
                [COURT, CONVICT, LAWYER], quotes=True)
    ev = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "изјави"]
    assert len(ev) == 1 and ev[0].actor == ["E3"] and ev[0].recipient == ["E1"] and "recipient:judged_act" in ev[0].rule


def test_a_verdict_judged_with_no_sentencing_told_before_blames_no_one():
    doc = coded(f"{HEARD} {BETWEEN} Стефан Ристов изјави дека пресудата е „апсурдно строга“.",
                [COURT, CONVICT, LAWYER], quotes=True)
    assert not [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "изјави"]


def test_a_word_of_blame_taking_the_verdict_after_od_blames_the_court():
    doc = coded(f"{SENTENCED} Ана Лунд изјави дека е „длабоко разочарана“ од пресудата.",
                [COURT, CONVICT, LAWYER, ENVOY], quotes=True)
    ev = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "изјави"]
    assert len(ev) == 1 and ev[0].actor == ["E4"] and ev[0].recipient == ["E1"] and "recipient:judged_act" in ev[0].rule


def test_a_word_of_blame_taking_a_demonstrative_or_nothing_after_it_names_no_act():
    for said in ("е „длабоко разочарана“ од тоа што слушна", "е „длабоко разочарана“ и дека ќе замине"):
        doc = coded(f"{SENTENCED} Ана Лунд изјави дека {said}.", [COURT, CONVICT, LAWYER, ENVOY], quotes=True)
        assert not [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "изјави"], said


RAID = "Хрватската полиција вчера уапси тројца активисти во Сплит."
POLICE = Ent(("Хрватската полиција",), "ORG", "HRV", "SEC")


def test_a_label_quoted_after_the_words_that_say_what_the_act_told_is_blames_its_author():
    # (the quotes stage keeps only the label here, the other `дека` clause holding a `дека` of its own)
    doc = coded(f"{RAID} Ана Лунд во парламентот изјави дека станува збор за „провокација од големи размери“ и дека Шведска ќе побара средба, кога некоја членка смета дека ѝ е загрозена безбедноста.", [POLICE, ENVOY], quotes=True)
    ev = [e for e in events_of(doc, "ACCUSE") if e.actor == ["E2"]]
    assert len(ev) == 1 and ev[0].actor == ["E2"] and ev[0].recipient == ["E1"] and "recipient:judged_act" in ev[0].rule


def test_a_label_quoted_after_other_words_names_no_act_judged():
    doc = coded(f"{RAID} Ана Лунд во парламентот изјави дека се плаши од „провокација од големи размери“ и дека Шведска ќе побара средба, кога некоја членка смета дека ѝ е загрозена безбедноста.", [POLICE, ENVOY], quotes=True)
    assert not [e for e in events_of(doc, "ACCUSE") if e.actor == ["E2"]]
