"""A participant named under a place preposition is also where the act happened (`испраќа војници во X`,
`ги нападна објектите во X`); a participant named bare is not (`ја нападна X`): sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.helpers import only, pipeline_document


def _place(text: str, type_: str) -> str | None:
    doc = pipeline_document(text)
    loc = only(doc, type_).location
    return None if loc is None else next(e.name for e in doc.entities if e.id == loc)


@pytest.mark.parametrize("text, type_, place", [
    ("Македонија испраќа уште 80 војници во Авганистан.", "AID", "Авганистан"),
    ("Русија вчера ги нападна објектите во Украина со ракети.", "ASSAULT", "Украина"),
])
def test_a_participant_under_a_place_preposition_is_the_location(text, type_, place):
    assert _place(text, type_) == place


def test_a_bare_recipient_is_no_location():
    # twin: the state attacked, named bare, is the target, not the venue
    assert _place("Русија вчера ја нападна Украина со ракети.", "ASSAULT") is None
