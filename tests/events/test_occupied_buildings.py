"""Protesters occupying a building, terminal or street (`студентите го окупираа ректоратот`) hold a protest (PROTEST
obstruct, like a blockade); a state's forces occupying a town, territory or building seize it (COERCE) (invented
sentences)."""
from datetime import date

import pytest

from tests.events.helpers import pipeline_document

DAY = date(2025, 3, 14)


def types(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in pipeline_document(text, DAY).events]


@pytest.mark.parametrize("text", [
    "Студентите од Скопје вчера го окупираа ректоратот на универзитетот.",
    "Работниците на рудникот вчера ја окупираа управната зграда во Пробиштип.",
])
def test_protesters_occupying_a_building_protest(text):
    assert ("PROTEST", "obstruct") in types(text)


@pytest.mark.parametrize("text", [
    # a state's forces occupying a town, territory or building: a seizure, no protest
    "Руската војска вчера ги окупираше селата околу Харков.",
    "Армијата вчера ја окупираше управната зграда во Пробиштип.",
    "Израел ги окупира палестинските територии.",
])
def test_forces_occupying_a_place_coerce(text):
    found = types(text)
    assert any(kind == "COERCE" for kind, _ in found) and not any(kind == "PROTEST" for kind, _ in found)


def test_drivers_blocking_a_port_protest():
    assert ("PROTEST", "obstruct") in types("Превозниците вчера го блокираа пристаништето во Солун.")


def test_blocking_a_decision_is_no_blockade():
    # the twin with no place blocked: a decision held up, no protest
    assert "PROTEST" not in [kind for kind, _ in types("Превозниците вчера ја блокираа одлуката за Солун.")]
