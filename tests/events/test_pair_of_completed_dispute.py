"""`двете земји` asked when no two states were named together: the sides of the last dispute told before, once
the passes gave that dispute its recipient (a criticism of `одлуката`, aimed at whoever took it)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

STATES = [Ent(("Србија",), country="SRB"), Ent(("Иван Марков",), "PER", "MNE", "GOV"), Ent(("Лина Марек",), "PER", "EUR", "IGO"),
          Ent(("Албанија",), country="ALB"), Ent(("Грција",), country="GRC")]
DISPUTE = "Србија го блокираше затворањето на поглавјето. Премиерот Иван Марков ја критикуваше одлуката. "
CALL = "Комесарката Лина Марек ги повика двете земји да најдат решение."


def test_the_two_countries_asked_are_the_sides_of_the_dispute_completed_by_a_pass():
    doc = coded(DISPUTE + CALL, STATES)
    assert sorted(only(doc, "REQUEST").recipient) == ["E1", "E2"]


def test_two_states_named_together_since_are_the_two_countries_asked():
    doc = coded(DISPUTE + "Албанија и Грција потпишаа договор. " + CALL, STATES)
    assert sorted(only(doc, "REQUEST").recipient) == ["E4", "E5"]
