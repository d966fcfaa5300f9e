"""A protest against a noun whose `на` phrase names its owner (`против одлуките на НАТО`) is aimed at that
owner, not at the protesters' own authorities (guidelines: a target the text names wins); sentences written
for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def protest_target(text: str) -> list[str | None]:
    """The recipients' countries of the one protest the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    (ev,) = [ev for ev in doc.events if ev.type == "PROTEST"]
    return [by_id[r].country for r in ev.recipient]


def test_protest_against_a_bodys_decisions_targets_the_body():
    assert protest_target("Во саботата околу 2.000 луѓе протестираа во Тузла против одлуките на НАТО.") == ["IGO"]


def test_an_adjective_may_stand_before_the_measure():
    assert protest_target("Во саботата околу 2.000 луѓе протестираа во Тузла против новите одлуки на НАТО.") == ["IGO"]


def test_decisions_about_a_body_are_not_its_own():
    assert protest_target("Во саботата околу 2.000 луѓе протестираа во Тузла против новите одлуки за НАТО.") == ["BIH"]


def test_decisions_taken_in_a_body_are_not_its_own():
    assert protest_target("Во саботата околу 2.000 луѓе протестираа во Тузла против одлуките во НАТО.") == ["BIH"]
