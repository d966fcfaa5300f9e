"""Violence condemned is aimed at its doers named after it with `на` (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

MINISTER = Ent(("Министерот Ханс Мајер",), "PER", "DEU", "GOV")
CHISINAU = Ent(("Кишинев",), country="MDA")
TOLD = "Илјадници луѓе протестираа во Кишинев. Министерот Ханс Мајер ја осуди бруталноста {}."


def condemned_sectors(text: str) -> list[str | None]:
    doc = coded(text, [MINISTER, CHISINAU])
    (ev,) = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "осуди"]
    by_id = {e.id: e for e in doc.entities}
    return [by_id[r].sector for r in ev.recipient]


def test_brutality_of_the_police_condemned_is_aimed_at_the_police():
    assert condemned_sectors(TOLD.format("на полицијата")) == ["COP"]


def test_brutality_in_a_place_names_no_doer():
    assert "COP" not in condemned_sectors(TOLD.format("во затворите"))
