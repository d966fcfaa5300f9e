"""An international body's code is the country of its organs and officials, not of the people a `на` or `од`
phrase ties to it (`поддржувачи на излезот од ЕУ`): they take the place's country; sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def sides(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    """(type, actors' countries, recipients' countries) of the events the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    return [(ev.type, [by_id[a].country for a in ev.actor], [by_id[r].country for r in ev.recipient]) for ev in doc.events]


def test_supporters_of_leaving_the_union_are_of_the_place():
    assert sides("Неколку стотини поддржувачи на излезот од ЕУ вчера протестираа пред парламентот во Лондон.") == [
        ("PROTEST", ["GBR"], ["GBR"])]


def test_supporters_of_a_body_expelled_are_not_its_organ():
    assert sides("Ирак вчера ги протера поддржувачите на ОН.") == [("COERCE", ["IRQ"], ["IRQ"])]


def test_inspectors_of_a_body_expelled_are_its_organ():
    assert sides("Ирак вчера ги протера инспекторите на ОН.") == [("COERCE", ["IRQ"], ["UNO"])]
