"""Hand-built documents for the event coder's tests: a text, its sentences and time
expressions from the real stages, and entities placed where their names are written."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vesnik.document import Document, Entity, Event, Mention
from vesnik.events import EventStep
from vesnik.pipeline.default import build_pipeline
from vesnik.quotes import QuoteStep
from vesnik.segment import SegmentStep
from vesnik.time import TimeStep


@dataclass
class Ent:
    names: tuple[str, ...]  # every written form; each occurrence becomes a mention
    type: str = "GPE"
    country: str | None = None
    sector: str | None = None
    kind: str = "name"  # or "demonym" (`руската`)
    name_en: str | None = None
    kb_id: str | None = None  # `gpe:ISR` for a state of the knowledge base


# states the tests of several files name
SERBIA = Ent(("Србија",), country="SRB")
CROATIA = Ent(("Хрватска",), country="HRV")
KOSOVO = Ent(("Косово",), country="KOS")
MACEDONIA = Ent(("Македонија",), country="MKD")
GREECE = Ent(("Грција",), country="GRC")
RUSSIA = Ent(("Русија",), country="RUS")
USA = Ent(("САД",), country="USA")
VUCIC = Ent(("Вучиќ",), type="PER", country="SRB", sector="GOV")
TRUMP = Ent(("Доналд Трамп", "Трамп"), "PER", "USA", "GOV")


def document(text: str, entities: list[Ent], published: str | None = "2024-05-10") -> Document:
    doc = Document(id="test", source="test", text=text, language="mk",
                   published=date.fromisoformat(published) if published else None)
    doc = TimeStep("mk")(SegmentStep("mk")(doc))
    for n, spec in enumerate(entities, 1):
        ent = Entity(id=f"E{n}", name=spec.names[0], type=spec.type, country=spec.country, sector=spec.sector,
                     name_en=spec.name_en, kb_id=spec.kb_id)
        for name in spec.names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                ent.mentions.append(Mention(start=m.start(), end=m.end(), text=name, sentence=doc.sentence_of(m.start()),
                                            kind=spec.kind))
        doc.entities.append(ent)
    return doc


def coded(text: str, entities: list[Ent], published: str | None = "2024-05-10", quotes: bool = False) -> Document:
    """The events of the text; with `quotes`, after the quotes stage (statements told by a speaker)."""
    doc = document(text, entities, published)
    return EventStep("mk")(QuoteStep("mk")(doc) if quotes else doc)


def pipeline_document(text: str, published: date | None = None) -> Document:
    """The text through the whole pipeline, entities included (`published`: the story's date)."""
    return build_pipeline().run_one(Document(id="t", source="t", raw_text=text, published=published)).document


def pipeline_events(text: str, published: date | None = None) -> list[tuple[str, list[str | None], list[str | None]]]:
    """(type, actor countries, recipient countries) of the events the whole pipeline finds, entities included."""
    doc = pipeline_document(text, published)
    by_id = {e.id: e for e in doc.entities}
    return [(ev.type, [by_id[a].country for a in ev.actor], [by_id[r].country for r in ev.recipient]) for ev in doc.events]


def codes(doc: Document, ids: list[str]) -> list[tuple[str | None, str | None]]:
    """(country, sector) of the entities with these ids, in order."""
    by_id = {e.id: e for e in doc.entities}
    return [(by_id[i].country, by_id[i].sector) for i in ids]


def only(doc: Document, type_: str) -> Event:
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, f"expected one {type_} event, got {[(e.type, e.trigger.text) for e in doc.events]}"
    return found[0]


def events_of(doc: Document, type_: str) -> list[Event]:
    """The document's events of one type, in order."""
    return [e for e in doc.events if e.type == type_]
