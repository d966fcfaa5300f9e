"""The `на` phrase of a noun in a cause phrase after an act's noun (`протест поради изјавата на X`)
is whose the cause is, not whose the act: sentences written for these tests (names invented)."""
from __future__ import annotations

from functools import cache

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


@cache
def _pipeline():
    return build_pipeline()


@pytest.mark.parametrize("text, actor", [
    ("Атина вложи протест поради изјавата на Олег Петров.", "Атина"),
    ("Рим вложи протест заради говорот на Јан Новак.", "Рим"),
    ("Софија вложи протест поради интервјуто на Зоран Илиќ.", "Софија"),
])
def test_the_genitive_inside_a_cause_phrase_is_not_the_acts_actor(text, actor):
    doc = _pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    acts = [[by_id[a].name for a in ev.actor] for ev in doc.events if "протест" in ev.trigger.text]
    assert acts == [[actor]]
