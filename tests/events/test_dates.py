"""The dates of events: which time expression governs an act (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

IRAN = Ent(("Иран",), country="IRN")
GREECE = Ent(("Грција",), country="GRC")
MICKOSKI = Ent(("Мицкоски",), "PER", "MKD", "GOV")


def test_a_date_attribute_of_a_noun_does_not_date_the_act():
    doc = coded("Мицкоски го критикуваше договорот со Грција од 2018 година.", [MICKOSKI, GREECE], "2025-03-12")
    ev = only(doc, "ACCUSE")
    assert ev.date == "2025-03-12" and "date:publication" in ev.rule


def test_without_a_publication_date_a_noun_attribute_leaves_the_act_undated():
    doc = coded("Иран бара укинување на санкциите од 2018 година.", [IRAN], None)
    assert only(doc, "REQUEST").date is None


def test_a_date_in_the_requested_act_does_not_date_the_request():
    doc = coded("Мицкоски го повика Собранието да го изгласа законот до крајот на декември.",
                [MICKOSKI, Ent(("Собранието",), "ORG", "MKD", "LEG")], "2025-11-20")
    assert only(doc, "REQUEST").date == "2025-11-20"


def test_a_date_in_a_later_relative_clause_does_not_date_the_act_before_it():
    doc = coded("Мицкоски изјави дека Скопје нема да ги прифати условите, кои Грција ги постави пред две години.",
                [MICKOSKI, Ent(("Скопје",), country="MKD"), GREECE], "2024-10-02")
    assert only(doc, "REJECT").date == "2024-10-02"
