"""A verb right past a relative clause set off by commas goes on with the sentence's subject: the name the
pronoun stood for (`Министерката Х, чија партија …, го поздрави …`) or the collective before it (`Лидерите
на членките, кои …, го поддржаа …`); none when the phrase before the clause is a preposition's."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

MINISTER = Ent(("Ана Петрова",), "PER", "BGR", "GOV")
PARTY = Ent(("Народна партија",), "ORG", "BGR", "PTY")
PLAN = Ent(("планот на Европската комисија",), "ORG", "EUR", "IGO")


def test_past_a_possessive_relative_clause_the_person_acts_not_the_body_in_it():
    doc = coded("Министерката Ана Петрова, чија Народна партија лани ја напушти коалицијата, ја критикуваше Владата.",
                [MINISTER, PARTY, Ent(("Владата",), "ORG", "BGR", "GOV")])
    assert [ev.actor for ev in doc.events if ev.type == "ACCUSE"] == [["E1"]]


def test_past_a_relative_clause_on_a_collective_the_collective_acts():
    doc = coded("Земјоделците од Тракија, кои минатата недела ги блокираа патиштата, ја поздравија одлуката на Владата.",
                [Ent(("Владата",), "ORG", "BGR", "GOV")])
    welcomes = [ev for ev in doc.events if ev.type == "SUPPORT"]
    assert len(welcomes) == 1 and "actor:collective" in welcomes[0].rule


def test_a_relative_clause_on_a_prepositions_noun_hands_on_no_subject():
    doc = coded("На разговорите, кои завршија вчера, учествуваа претседателот на Бугарија и премиерот на Србија.",
                [Ent(("Бугарија",), country="BGR"), Ent(("Србија",), country="SRB")])
    assert not any(ev.type == "CONSULT" and "actor:previous" in ev.rule for ev in doc.events)
