"""A place after a place part's `на` (`на плоштадот на Скопје`, `на северот на Косово`) is where the act happens, and
an unnamed crowd there is of that place's state: sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.helpers import only, pipeline_document, pipeline_events


def _location_name(text: str) -> str | None:
    doc = pipeline_document(text)
    loc = only(doc, "PROTEST").location
    return None if loc is None else next(e.name for e in doc.entities if e.id == loc)


@pytest.mark.parametrize("text, place", [
    ("Илјадници граѓани протестираа на плоштадот на Скопје против новите даноци.", "Скопје"),
    ("Стотици земјоделци протестираа на северот на Косово.", "Косово"),
])
def test_place_after_a_place_part_is_the_location(text, place):
    assert _location_name(text) == place


def test_place_owning_a_judged_thing_is_no_location():
    # twin: `одлуката на Скопје` is whose decision, not where the protest is
    assert _location_name("Илјадници граѓани протестираа против одлуката на Скопје за новите даноци.") is None


def test_crowd_on_a_square_is_of_its_state():
    text = "Азербејџан се извини за нападот. Ноќеска илјадници граѓани протестираа на плоштадот на Ереван."
    assert [a for t, a, _ in pipeline_events(text) if t == "PROTEST"] == [["ARM"]]


def test_crowd_with_no_place_keeps_the_story_state():
    # twin: no place told, the crowd is of the state the story told before
    text = "Азербејџан се извини за нападот. Ноќеска илјадници граѓани протестираа пред зградата."
    assert [a for t, a, _ in pipeline_events(text) if t == "PROTEST"] == [["AZE"]]


def test_place_part_inside_the_trigger_still_places_the_act():
    # `излегоа на улиците` is one trigger: its `на` still makes the street's town the place
    assert _location_name("Илјадници студенти излегоа на улиците на Скопје против новите даноци.") == "Скопје"


def test_owner_after_a_trigger_with_a_place_part_is_no_location():
    # twin: `одлуката на Скопје` after the trigger is whose decision, not the street's town
    assert _location_name("Илјадници студенти излегоа на улиците против одлуката на Скопје за даноците.") is None


def test_crowd_on_the_streets_of_a_town_is_of_its_state():
    text = "Азербејџан се извини за нападот. Ноќеска илјадници граѓани излегоа на улиците на Ереван."
    assert [a for t, a, _ in pipeline_events(text) if t == "PROTEST"] == [["ARM"]]
