"""Documents for the store tests, written by hand: Macedonian and English news-like text
with entities, quotes and events filled in as the pipeline would."""
from __future__ import annotations

import os
import re
from datetime import date

import pytest
from alembic import command

from vesnik.document import Document, Entity, Event, Mention, Quote, Sentence, Span
from vesnik.store import Store, content_hash, migrate


def _sentences(text: str) -> list[Sentence]:
    spans = [m.span() for m in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", text)]
    return [Sentence(index=i, start=s, end=e) for i, (s, e) in enumerate(spans)]


class Builder:
    """Offsets from the text itself: `span("Путин")` is where "Путин" stands."""

    def __init__(self, doc_id: str, text: str, **fields):
        self.doc = Document(id=doc_id, source=f"test:{doc_id}", text=text, raw_text=text,
                            content_hash=content_hash(text), sentences=_sentences(text), **fields)

    def span(self, needle: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.doc.text.index(needle, start + 1)
        return Span(start=start, end=start + len(needle), text=needle)

    def entity(self, entity_id: str, name: str, type_: str, *mentions: str, **fields) -> Builder:
        found = []
        for needle in mentions:
            s = self.span(needle)
            found.append(Mention(start=s.start, end=s.end, text=s.text, sentence=self.doc.sentence_of(s.start)))
        self.doc.entities.append(Entity(id=entity_id, name=name, type=type_, mentions=found, **fields))
        return self

    def quote(self, quote_id: str, needle: str, **fields) -> Builder:
        s = self.span(needle)
        self.doc.quotes.append(Quote(id=quote_id, text=needle, start=s.start, end=s.end,
                                     sentence=self.doc.sentence_of(s.start), **fields))
        return self

    def event(self, event_id: str, type_: str, trigger: str, **fields) -> Builder:
        s = self.span(trigger)
        fields.setdefault("rule", "test")
        fields.setdefault("confidence", 0.9)
        self.doc.events.append(Event(id=event_id, type=type_, trigger=s, sentence=self.doc.sentence_of(s.start),
                                     **fields))
        return self


def mickoski_putin() -> Document:
    b = Builder(
        "mk-1",
        "Премиерот Христијан Мицкоски денеска разговараше по телефон со рускиот претседател Владимир Путин. "
        "„Македонија сака мир и стабилност во регионот“, изјави Мицкоски по разговорот. "
        "Двајцата лидери ќе се сретнат во Скопје следната недела.",
        title="Мицкоски разговараше со Путин",
        published=date(2024, 6, 12),
        language="mk",
    )
    b.entity("E1", "Христијан Мицкоски", "PER", "Христијан Мицкоски", "Мицкоски по",
             name_en="Hristijan Mickoski", country="MKD", sector="GOV", kb_id="mk:mickoski")
    b.entity("E2", "Владимир Путин", "PER", "Владимир Путин", name_en="Vladimir Putin", country="RUS",
             sector="GOV", wikidata="Q7747")
    b.entity("E3", "Скопје", "GPE", "Скопје", name_en="Skopje", country="MKD", wikidata="Q384")
    b.entity("E4", "Македонија", "GPE", "Македонија", country="MKD")
    b.quote("Q1", "„Македонија сака мир и стабилност во регионот“", direct=True, speaker="E1",
            speaker_text="Мицкоски")
    b.event("V1", "CONSULT", "разговараше", mode="phone", actor=["E1"], recipient=["E2"], date="2024-06-12")
    b.event("V2", "CONSULT", "ќе се сретнат", mode="visit", actor=["E1", "E2"], location="E3", status="future")
    b.doc.warn("clean", "a test warning")
    return b.doc


def putin_vucic() -> Document:
    b = Builder(
        "en-1",
        "Russian President Vladimir Putin met Serbian President Aleksandar Vučić in Moscow on Friday. "
        "The two leaders discussed gas supplies.",
        title="Putin meets Vučić in Moscow",
        published=date(2024, 5, 3),
        language="en",
        url="https://example.org/putin-vucic",
    )
    b.entity("E1", "Vladimir Putin", "PER", "Vladimir Putin", country="RUS", sector="GOV")
    b.entity("E2", "Aleksandar Vučić", "PER", "Aleksandar Vučić", country="SRB", sector="GOV")
    b.entity("E3", "Moscow", "GPE", "Moscow", country="RUS")
    b.event("V1", "CONSULT", "met", actor=["E1"], recipient=["E2"], location="E3", date="2024-05-03")
    return b.doc


def skopje_protest() -> Document:
    b = Builder(
        "en-2",
        "Thousands of citizens protested in Skopje on Saturday against higher electricity prices.",
        title="Protest over electricity prices",
        published=date(2024, 2, 10),
        language="en",
    )
    b.entity("E1", "Skopje", "GPE", "Skopje", country="MKD")
    b.event("V1", "PROTEST", "protested", location="E1", date="2024-02")
    return b.doc


@pytest.fixture
def docs() -> list[Document]:
    return [mickoski_putin(), putin_vucic(), skopje_protest()]


POSTGRES = os.environ.get("VESNIK_TEST_POSTGRES_URL")  # an empty PostgreSQL database, e.g.
# postgresql+psycopg://vesnik@127.0.0.1:5432/vesnik_test: then the store tests run on it too


@pytest.fixture(params=["sqlite", "postgresql"] if POSTGRES else ["sqlite"])
def store(request, tmp_path):
    """An empty store in a temporary SQLite file (and, if configured, in PostgreSQL)."""
    if request.param == "sqlite":
        with Store(tmp_path / "vesnik.sqlite") as store:
            yield store
        return
    with Store(POSTGRES) as store:
        try:
            yield store
        finally:
            command.downgrade(migrate.alembic_config(POSTGRES), "base")


@pytest.fixture
def filled(store, docs):
    for doc in docs:
        assert store.add(doc)
    return store
