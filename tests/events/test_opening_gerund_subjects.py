"""The act of a verbal adverb opening the sentence is the main clause's subject's, named after the adverb
phrase's comma: so is the act of the adverb's `да` clause (`Продолжувајќи да го брани X, Y рече …`), and a
relative clause on the phrase's object is passed over (`…, кој …, Y рече`)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PREMIER = Ent(("Марко Велков", "Велков"), "PER", "SRB", "GOV")
MINISTER = Ent(("Јована Илиќ",), "PER", "SRB", "GOV")
SENATOR = Ent(("Петар Ристов",), "PER", "BGR", "LEG")


def test_the_act_of_an_opening_adverbs_da_clause_is_the_main_subjects():
    doc = coded("Продолжувајќи да ја брани Јована Илиќ, Марко Велков изјави дека опозицијата лаже.", [PREMIER, MINISTER])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_name_after_the_main_verbs_object_clitic_is_no_subject_of_the_da_clause():
    doc = coded("Продолжувајќи да ја брани Јована Илиќ, го нападна Петар Ристов.", [PREMIER, MINISTER, SENATOR])
    assert not any(ev.type == "SUPPORT" and ev.actor == ["E3"] for ev in doc.events)


def test_a_da_clause_inside_the_main_clause_keeps_its_own_subject():
    doc = coded("Продолжувајќи со реформите, Марко Велков изјави дека Петар Ристов продолжува да ја брани Јована Илиќ.",
                [PREMIER, MINISTER, SENATOR])
    assert [ev.actor for ev in doc.events if ev.type == "SUPPORT"] == [["E3"]]


def test_a_relative_clause_on_the_adverbs_object_is_passed_over():
    doc = coded("Продолжувајќи да ја брани Јована Илиќ, која беше обвинета од Петар Ристов, Марко Велков изјави "
                "дека опозицијата лаже.", [PREMIER, MINISTER, SENATOR])
    assert [ev.actor for ev in doc.events if ev.type == "SUPPORT"] == [["E1"]]


def test_a_comma_that_opens_no_relative_clause_still_closes_the_phrase():
    doc = coded("Продолжувајќи да ја брани Јована Илиќ, Петар Ристов изјави дека Марко Велков лаже.",
                [PREMIER, MINISTER, SENATOR])
    assert [ev.actor for ev in doc.events if ev.type == "SUPPORT"] == [["E3"]]


def test_an_adverb_after_the_main_clause_keeps_the_subject_before_it():
    doc = coded("Марко Велков изјави дека опозицијата лаже, продолжувајќи да ја брани Јована Илиќ, а Петар Ристов молчеше.",
                [PREMIER, MINISTER, SENATOR])
    assert [ev.actor for ev in doc.events if ev.type == "SUPPORT"] == [["E1"]]
