"""Gaps a blind set of invented 2025–2026 European politics and economy copy left (the other word for a
strike, a dateline handing no subject to a relative clause), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_stachka_is_a_strike_noun_like_shtrajk():
    doc = coded("Железничарите денеска ја започнаа тридневната стачка против Владата.", [GOVERNMENT])
    ev = only(doc, "PROTEST")
    assert ev.mode == "strike" and ev.trigger.text == "стачка"
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert only(coded("Наставниците стапија во генерална стачка.", []), "PROTEST").mode == "strike"
