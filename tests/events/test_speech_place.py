"""A statement coded from what a speaker said was made at the place its speech verb's clause names, not at a place
the quoted words speak of: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import only, pipeline_document


def _statement_place(text: str) -> str | None:
    doc = pipeline_document(text)
    loc = only(doc, "ACCUSE").location
    return None if loc is None else next(e.name for e in doc.entities if e.id == loc)


def test_a_quote_told_at_a_press_conference_is_located_there():
    assert _statement_place("„Лајчак се однесува како колонијален гувернер“, изјави Додик на прес-конференција во Бања Лука.") == "Бања Лука"


def test_a_place_inside_the_quote_is_no_location():
    # twin: the place is what the quote speaks of
    assert _statement_place("„Лајчак се однесува како колонијален гувернер во Сараево“, изјави Додик.") is None
