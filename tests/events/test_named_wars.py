"""A war named by a capitalised adjective inside its sentence (`по Студената војна`, `по Втората светска војна`) is a
period of history, no attack told (issue #5, precision); beside it a near-identical sentence whose war is a war
waged, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

RUSSIA = Ent(("Русија",), country="RUS")
UKRAINE = Ent(("Украина",), country="UKR")


def assaults(text: str) -> list[str]:
    return [e.trigger.text for e in coded(text, [RUSSIA, UKRAINE]).events if e.type == "ASSAULT"]


BROKEN = "Русија и Украина ги прекинаа односите. "


def test_a_war_named_as_a_period_is_no_attack():
    assert assaults(BROKEN + "Тоа е најлошиот момент меѓу двете земји по Студената војна.") == []
    assert assaults(BROKEN + "Тоа е најлошиот момент меѓу двете земји по Втората светска војна.") == []


def test_a_war_waged_stays_an_attack():
    assert assaults(BROKEN + "Тоа е најлошиот момент меѓу двете земји по долгата војна.") == ["војна"]
