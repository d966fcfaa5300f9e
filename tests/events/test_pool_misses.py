"""Events the invented 2025–2026 pool missed, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only


def test_bullets_fired_at_someone_are_a_shooting_and_shots_into_the_air_are_not():
    doc = coded("Според полицијата, осомничениот испукал три куршуми кон продавачот во Кичево.", [Ent(("Кичево",), country="MKD")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "firearms" and ev.trigger.text.startswith("испукал")
    assert not coded("На свадбата во Кичево гостите испукаа неколку куршуми во воздух.", [Ent(("Кичево",), country="MKD")]).events


def test_houses_or_cars_set_on_fire_are_arson_and_candles_lit_are_not():
    doc = coded("Маскирани лица ноќеска запалија две куќи во селото кај Призрен.", [Ent(("Призрен",), country="KOS")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "destroy" and ev.trigger.text.startswith("запалија")
    assert not coded("Граѓаните запалија свеќи пред зградата на општината во Призрен.", [Ent(("Призрен",), country="KOS")]).events
