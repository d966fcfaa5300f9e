"""A verb that shares its subject with another verb of its sentence (a verbal adverb, a coordinated
verb): sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_an_opening_verbal_adverb_takes_the_collective_subject_past_its_comma():
    doc = coded("Повикувајќи ја Владата на дијалог, пратениците ја усвоија резолуцијата.", [GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "LEG")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert "actor:collective" in ev.rule


def test_a_collective_after_the_main_verb_is_its_object_not_the_adverbs_subject():
    doc = coded("Повикувајќи ја Владата на дијалог, ги поздрави синдикатите.", [GOVERNMENT])
    assert not any(codes(doc, ev.actor) == [("MKD", "LAB")] for ev in events_of(doc, "REQUEST"))


def test_a_subject_pronoun_after_i_opens_a_clause_of_its_own():
    doc = coded("Полицијата го уапси осомничениот и тој ја обвини Владата за прогон.", [GOVERNMENT])
    assert not any(codes(doc, ev.actor) == [("MKD", "COP")] for ev in events_of(doc, "ACCUSE"))


def test_a_verb_right_after_i_goes_on_with_the_collective_subject():
    doc = coded("Полицијата го уапси осомничениот и ја обвини Владата за прогон.", [GOVERNMENT])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("MKD", "COP")]


def test_a_collective_opening_the_sentence_before_a_comma_is_the_relative_clauses_subject():
    doc = coded("Демонстрантите, кои ја осудија одлуката на Владата, се собраа пред Собранието.", [GOVERNMENT])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "CVL")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_relative_clause_with_a_subject_of_its_own_keeps_it():
    doc = coded("Демонстрантите, кои ги обвини Владата, протестираа пред Собранието.", [GOVERNMENT])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("MKD", "GOV")]
