"""The time stage on real text: the seed article and the dev split of the shared news articles."""
from __future__ import annotations

import json
import re
from datetime import date
from functools import cache

from tests.shared_data import REPO, SEED, articles, needs_shared
from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline
from vesnik.time import TimeStep, governing_time

ISO = {"day": r"\d{4}-\d\d-\d\d", "week": r"\d{4}-W\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}


@cache
def _pipeline():
    return build_pipeline(until="language")  # what the time stage reads: text, sentences, publication date


def _analysed(raw: str, published: date | None = None, doc_id: str = "t") -> Document:
    doc = _pipeline().run_one(Document(id=doc_id, source=doc_id, raw_text=raw, published=published)).document
    return TimeStep()(doc)


def _dev_documents() -> list[Document]:
    dev = json.loads((REPO / "annotations" / "splits.json").read_text(encoding="utf-8"))["dev"]
    rows = articles()
    return [_analysed(rows[i]["text"], date.fromisoformat(rows[i]["date"]) if rows[i]["date"] else None, i)
            for i in dev if i in rows]


@needs_shared
def test_seed_dates_the_wednesday_meeting_and_last_years_treaty():
    seed = Document(id="seed", source=str(SEED), raw_text=SEED.read_text(encoding="utf-8"))
    doc = TimeStep()(build_pipeline().run_one(seed).document)  # the whole default pipeline, then this stage
    assert doc.published == date(2025, 9, 4)
    values = {(t.precision, t.value) for t in doc.times}
    assert ("day", "2025-09-03") in values  # the meeting on Wednesday
    assert ("year", "2024") in values  # the treaty of the year before
    assert all(t.value is not None for t in doc.times)
    for value in ("2025-09-03", "2024"):  # a span in the middle of the sentence is dated by it
        t = next(t for t in doc.times if t.value == value)
        sentence = doc.sentences[t.sentence]
        middle = (sentence.start + sentence.end) // 2
        assert governing_time(doc, middle, middle + 1).value == value


@needs_shared
def test_dev_articles():
    docs = _dev_documents()
    times = [(doc, t) for doc in docs for t in doc.times]
    assert len(times) > 200
    for doc, t in times:
        assert doc.text[t.start:t.end] == t.text
        assert not doc.text[t.start - 1:t.start].isalnum() and not doc.text[t.end:t.end + 1].isalnum(), t
        if t.value is not None:
            assert re.fullmatch(ISO[t.precision], t.value), t
        elif not doc.published:  # NTREX: only what needs the publication date stays open
            assert t.relative or t.rule.startswith(("weekday", "month", "day_month", "relative", "deictic", "ago", "period"))
    with_date = [t for doc, t in times if doc.published]
    assert sum(t.value is not None for t in with_date) / len(with_date) > 0.95
    # a weekday written with its date takes the date's value
    for doc, t in times:
        if t.rule.startswith("weekday="):
            date_after = next(d for d in doc.times if d.start > t.start)
            assert date_after.value == t.value
