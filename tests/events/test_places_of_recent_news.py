"""An act at a place of the 2024–2026 news gets the place's country for its unnamed actors and
recipients and the place as its location (issue #5: places the knowledge base lacked took the
story's country). Sentences written for this test; each twin names a place no source knows."""
from __future__ import annotations

import pytest

from tests.events.helpers import pipeline_document


def acts(text: str) -> list[tuple[str, list[str | None], list[str | None], str | None]]:
    """(type, actor countries, recipient countries, location's name) of the text's events."""
    doc = pipeline_document(text)
    by_id = {e.id: e for e in doc.entities}
    return [(ev.type, [by_id[a].country for a in ev.actor], [by_id[r].country for r in ev.recipient],
             by_id[ev.location].name if ev.location else None) for ev in doc.events]


@pytest.mark.parametrize("place, country", [
    ("Торецк", "UKR"),
    ("Набатије", "LBN"),
    ("Букаву", "COD"),
    ("Сански Мост", "BIH"),
    ("Долината Бекаа", "LBN"),
    ("Бунија", "COD"),
    ("Маидугури", "NGA"),
    ("Лабуниште", "MKD"),
    ("Северен Дарфур", "SDN"),
])
def test_an_arrest_at_a_known_place_gets_its_country(place, country):
    found = acts(f"Полицијата уапси двајца мажи во {place} по пукањето на пазарот.")
    assert ("COERCE", [country], [country], place) in found


@pytest.mark.parametrize("place, country", [
    ("Заболотне", "UKR"),
    ("Сански Град", "BIH"),
])
def test_an_arrest_at_an_unknown_place_gets_no_such_country(place, country):
    # the twin: a place no source knows gives the act no country of its own
    found = acts(f"Полицијата уапси двајца мажи во {place} по пукањето на пазарот.")
    assert found and all(country not in actors + recipients for _, actors, recipients, _ in found)


def test_tyre_stands_for_the_town_where_lebanon_is_named():
    found = acts("Израелската армија нападна цели во јужен Либан. Демонстранти протестираа вчера во Тир против нападите.")
    assert any(kind == "PROTEST" and actors == ["LBN"] for kind, actors, _, _ in found)


def test_a_lorry_is_no_lebanese_town():
    # the twin: `тир` the lorry, in a story naming no Lebanon
    found = acts("Полицијата уапси возач на тир кај Деве Баир.")
    assert found and all("LBN" not in actors + recipients for _, actors, recipients, _ in found)


def test_a_surname_that_is_a_congolese_town_stays_the_persons():
    # the twin of the town: `Минова` after `Елена Минова` is the MP, and the story stays at home
    found = acts("Пратеничката Елена Минова ја обвини Владата за кризата. Минова побара оставка од министерот.")
    assert found and all(actors == ["MKD"] for _, actors, _, _ in found)
