"""A side's own people withdrawn `од` a place (`ги повлече своите војници од Мали`): the place is where they are taken
from, the withdrawal's recipient, not where they come from: sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Холандија вчера ги повлече своите војници од Мали поради нападите.", [("RETREAT", ["NLD"], ["MLI"])]),
    ("Данска веќе почна да повлекува дел од своите војници од Авганистан.", [("RETREAT", ["DNK"], ["AFG"])]),
])
def test_own_troops_withdrawn_from_a_state(text, expected):
    assert pipeline_events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # twins: with no own possessive, `војниците од Мали` may be soldiers from Mali; no recipient read
    ("Холандија вчера ги повлече војниците од Мали поради нападите.", [("RETREAT", ["NLD"], [])]),
    ("Данска веќе почна да повлекува дел од војниците од Авганистан.", [("RETREAT", ["DNK"], [])]),
])
def test_troops_from_a_state_are_no_recipient(text, expected):
    assert pipeline_events(text) == expected
