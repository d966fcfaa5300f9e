"""Type-level errors the four blind desks of session 22 found, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

ARMY = Ent(("Суданската армија",), "ORG", "SDN", "MIL")
SUDAN = Ent(("Судан",), country="SDN")


def test_an_evacuation_ordered_is_no_aid_and_people_evacuated_are():
    doc = coded("Суданската армија издаде наредба за евакуација на жителите од три села кај Ел Фашер.", [ARMY])
    assert not [e for e in doc.events if e.type == "AID"]
    doc = coded("Во Судан над 300 жители од селата кај Ел Фашер беа евакуирани поради поплавите.", [SUDAN])
    assert [e.mode for e in doc.events if e.type == "AID"] == ["humanitarian"]

