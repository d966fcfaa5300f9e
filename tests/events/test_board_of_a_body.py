"""A board (`Одборот`) and the directors of a body act for the body their `на` names, as its members do
(`Одборот на директори на банката одобри заем`: the bank); sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def coded(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    return [(ev.type, [by_id[a].country for a in ev.actor], [by_id[r].country for r in ev.recipient]) for ev in doc.events]


def test_the_board_of_directors_of_a_bank_lends_as_the_bank():
    assert coded("Одборот на директори на Европската банка за обнова и развој вчера одобри заем од 30 милиони евра "
                 "за Србија.") == [("AID", ["IGO"], ["SRB"])]


def test_the_board_of_a_bank_lends_as_the_bank():
    assert coded("Одборот на Светска банка вчера одобри заем од 50 милиони евра за Албанија.") == [("AID", ["IGO"], ["ALB"])]


def test_the_directors_of_a_bank_lend_as_the_bank():
    assert coded("Директорите на ЕБОР вчера одобрија заем од 30 милиони евра за Србија.") == [("AID", ["IGO"], ["SRB"])]


def test_a_factory_board_plan_is_no_event():
    assert coded("Одборот на директори на фабриката усвои нов деловен план.") == []
