"""Dates carried along an account in a part of a merged record, whose days are past or not against the part's own date,
not the record's (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import CROATIA, VUCIC, Ent, coded

RECORD_DATE = "2005-02-16"  # the record's date, years before its parts' news


def _request(part_dates: str):
    text = ("Преглед на вестите\nСрбија го протера амбасадорот на Хрватска.\nДипломатија: посета\n"
            "Вучиќ во вторникот (8-ми декември) го посети Загреб. Вучиќ ја повика Хрватска да ги врати бегалците.\n"
            f"(Разни извори – {part_dates})")
    doc = coded(text, [VUCIC, CROATIA, Ent(("Србија",), country="SRB"), Ent(("Загреб",), country="HRV")], published=RECORD_DATE)
    return next(e for e in doc.events if e.type == "REQUEST")


def test_the_same_actors_next_act_in_a_part_takes_the_day_of_his_act_before_it():
    ev = _request("04/12/09-11/12/09")
    assert ev.date == "2009-12-08" and "date:episode" in ev.rule


def test_a_day_after_the_parts_own_date_is_not_carried():
    assert _request("01/12/09-07/12/09").date == "2009-12-07"
