"""A charge called a political construct or fiction, after the charge was told, is a denial of it: REJECT toward
the prosecutor (GUIDELINES "Denials"). Sentences written for this test."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def events(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    names = {e.id: e.name for e in doc.entities}
    return [(ev.type, [names[a] for a in ev.actor], [names[r] for r in ev.recipient]) for ev in doc.events]


def test_a_charge_called_a_political_construct_is_denied():
    found = events("Обвинителството го обвини Марко Петров за злоупотреба на службената положба. "
                   "Петров изјави дека обвинението е политички конструкт.")
    rejections = [ev for ev in found if ev[0] == "REJECT"]
    assert len(rejections) == 1 and rejections[0][1] == ["Марко Петров"]
    assert rejections[0][2] and "обвинителство" in rejections[0][2][0].lower()


def test_charges_called_a_political_fiction_by_the_lawyer_are_denied():
    found = events("Обвинителството го обвини Марко Петров за злоупотреба. "
                   "Адвокатот на Петров рече дека обвиненијата се „политичка фикција“.")
    assert [ev[0] for ev in found].count("REJECT") == 1


def test_a_novel_called_political_fiction_is_no_denial():
    found = events("Писателот рече дека неговиот нов роман е политичка фикција за Балканот.")
    assert all(ev[0] != "REJECT" for ev in found)
