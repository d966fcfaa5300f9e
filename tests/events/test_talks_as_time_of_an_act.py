"""Talks told as the time of an act past their modifiers (`постигнаа договор по тридневни преговори меѓу X и Y`) are an
event of their own, and a mediator named by `со посредство на` is no side of them."""
from tests.events.helpers import Ent, codes, coded

PETROV = Ent(("Петров",), "PER", "BGR", "GOV")
JOVANOV = Ent(("Јованов",), "PER", "BGR", "LAB")
SIDES = [Ent(("Израел",), country="ISR"), Ent(("Хамас",), "ORG", "PSE", "REB"), Ent(("Египет",), country="EGY"),
         Ent(("Катар",), country="QAT")]


def test_talks_after_which_an_agreement_was_reached_are_coded():
    doc = coded("Владата и синдикатите постигнаа договор по тридневни преговори меѓу министерот Петров и лидерот Јованов.",
                [PETROV, JOVANOV])
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert len(talks) == 1 and sorted(codes(doc, talks[0].actor)) == [("BGR", "GOV"), ("BGR", "LAB")]


def test_talks_an_agreement_is_about_are_no_event():
    doc = coded("Владата и синдикатите постигнаа договор за тридневни преговори меѓу министерот Петров и лидерот Јованов.",
                [PETROV, JOVANOV])
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_other_acts_told_as_the_time_of_an_act_past_modifiers_stay_background():
    doc = coded("Владата ја укина мерката по тридневни протести на студентите во Софија.", [Ent(("Софија",), country="BGR")])
    assert not [e for e in doc.events if e.type == "PROTEST"]


def test_a_mediator_is_no_side_of_the_talks():
    doc = coded("Израел и Хамас постигнаа договор по индиректни преговори со посредство на Египет и Катар.", SIDES)
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert len(talks) == 1 and not talks[0].recipient
    assert sorted(codes(doc, talks[0].actor)) == [("ISR", None), ("PSE", "REB")]


def test_representatives_of_states_the_talks_are_held_with_are_a_side():
    doc = coded("Израел и Хамас постигнаа договор по индиректни преговори со претставници на Египет и Катар.", SIDES)
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert len(talks) == 1 and sorted(codes(doc, talks[0].recipient)) == [("EGY", None), ("QAT", None)]
