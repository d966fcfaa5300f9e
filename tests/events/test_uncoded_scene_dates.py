"""A deed at the scene of an attack that an earlier sentence names by a noun with no doer, and so codes no event,
takes that sentence's day (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

PUBLISHED = "2025-04-16"
MVR = Ent(("МВР",), "ORG", "MKD", "GOV")


def _assault(first_sentence: str):
    doc = coded(f"{first_sentence} Според полицијата, непознат маж од автомобил испукал неколку куршуми кон група момчиња.",
                [MVR], PUBLISHED, quotes=True)
    return next(e for e in doc.events if e.type == "ASSAULT")


def test_shots_told_after_a_dated_shooting_named_by_a_noun_take_its_day():
    ev = _assault("Две лица се повредени во пукањето синоќа пред кафеана во Струга, соопшти МВР.")
    assert ev.date == "2025-04-15" and "date:episode" in ev.rule


def test_shots_told_after_a_dated_sentence_naming_no_attack_keep_the_publication_date():
    ev = _assault("Две лица се повредени синоќа пред кафеана во Струга, соопшти МВР.")
    assert ev.date == PUBLISHED
