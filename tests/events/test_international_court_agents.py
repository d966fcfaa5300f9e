"""The unnamed agent of a passive charge or sentence in a story that names an international court is that
court (`Хашкиот трибунал …; X, обвинет за воени злосторства, …`), not the prosecutors of the accused's state;
not when the sentence places the act in a state, nor in a story that names no such court. On sentences
written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import Ent, SERBIA, coded, only

TRIBUNAL = Ent(("Хашкиот трибунал",), "ORG", "UNO", "JUD")
GENERAL = Ent(("Милан Стевановиќ", "Стевановиќ"), "PER", "SRB", "MIL")


def actor_of(doc, type_):
    ev = only(doc, type_)
    return [next(e for e in doc.entities if e.id == a) for a in ev.actor]


def test_a_passive_charge_in_a_story_of_the_tribunal_is_the_tribunals():
    doc = coded("Хашкиот трибунал вчера ја продолжи работата. Генералот Милан Стевановиќ е обвинет за "
                "воени злосторства во 1993 година.", [TRIBUNAL, GENERAL])
    assert [(e.country, e.sector) for e in actor_of(doc, "ACCUSE")] == [("UNO", "JUD")]


def test_a_passive_charge_with_no_court_told_stays_the_prosecutors():
    # negative twin: no international court in the story
    doc = coded("Владата вчера ја продолжи работата. Генералот Милан Стевановиќ е обвинет за "
                "воени злосторства во 1993 година.", [GENERAL])
    assert [(e.country, e.sector) for e in actor_of(doc, "ACCUSE")] == [("SRB", "JUD")]


def test_a_charge_placed_in_a_state_is_that_states():
    # negative twin: the sentence sets the act in Serbia, whose court acts
    doc = coded("Хашкиот трибунал вчера ја продолжи работата. Генералот Милан Стевановиќ е обвинет во Србија за "
                "воени злосторства во 1993 година.", [TRIBUNAL, GENERAL, SERBIA])
    assert [(e.country, e.sector) for e in actor_of(doc, "ACCUSE")] == [("SRB", "JUD")]
