"""A protest lodged with another party (`вложи протест до X`) is a complaint to it, no demonstration."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

MINISTRY = Ent(("Министерството за надворешни работи",), "ORG", "JPN", "GOV")
SEOUL = Ent(("Сеул",), "GPE", "KOR", None)


def test_a_protest_lodged_with_a_state_is_an_accusation_toward_it():
    for text in ("Министерството за надворешни работи вчера вложи протест до Сеул.",
                 "Министерството за надворешни работи вчера упати остар протест до Сеул."):
        doc = coded(text, [MINISTRY, SEOUL], published="2026-02-03")
        assert [(e.type, e.mode, e.recipient) for e in doc.events] == [("ACCUSE", "disapprove", ["E2"])]


def test_a_protest_held_stays_a_protest():
    doc = coded("Илјадници граѓани вчера излегоа на протест пред амбасадата во Сеул.", [SEOUL], published="2026-02-03")
    assert [e.type for e in doc.events] == ["PROTEST"]
