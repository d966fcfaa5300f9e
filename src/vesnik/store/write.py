"""Writing one document's rows with Core inserts (one statement per table, not per row)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from vesnik.document import Document, Entity, Event
from vesnik.store.models import DocumentRow, EntityRow, EventRow, MentionRow, QuoteRow, SentenceRow

DOCUMENTS: Table = DocumentRow.__table__  # type: ignore[assignment]
SENTENCES: Table = SentenceRow.__table__  # type: ignore[assignment]
ENTITIES: Table = EntityRow.__table__  # type: ignore[assignment]
MENTIONS: Table = MentionRow.__table__  # type: ignore[assignment]
QUOTES: Table = QuoteRow.__table__  # type: ignore[assignment]
EVENTS: Table = EventRow.__table__  # type: ignore[assignment]


def insert_document(connection: Connection, doc: Document, key: str) -> int:
    """Insert `doc` and its sentences, entities, mentions, quotes and events; its row id."""
    result = connection.execute(
        insert(DOCUMENTS),
        {
            "doc_id": doc.id,
            "content_hash": key,
            "source": doc.source,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published,
            "language": doc.language,
            "text": doc.text,
            "warnings": [problem.model_dump(mode="json") for problem in doc.warnings],
            "output": doc.output(),
            "ingested_at": datetime.now(timezone.utc),
        },
    )
    pk: int = result.inserted_primary_key[0]
    _insert(connection, SENTENCES, (
        {"document_id": pk, "idx": s.index, "start_char": s.start, "end_char": s.end, "language": s.language}
        for s in doc.sentences
    ))
    _insert(connection, ENTITIES, (_entity(pk, entity) for entity in doc.entities))
    if any(entity.mentions for entity in doc.entities):
        rows = connection.execute(select(ENTITIES.c.entity_id, ENTITIES.c.id).where(ENTITIES.c.document_id == pk))
        entity_pks = dict(rows.all())
        _insert(connection, MENTIONS, (
            {"entity_id": entity_pks[entity.id], "sentence": m.sentence, "start_char": m.start, "end_char": m.end,
             "text": m.text}
            for entity in doc.entities
            for m in entity.mentions
        ))
    _insert(connection, QUOTES, (
        {"document_id": pk, "quote_id": q.id, "text": q.text, "start_char": q.start, "end_char": q.end,
         "sentence": q.sentence, "direct": q.direct, "speaker": q.speaker, "speaker_text": q.speaker_text,
         "reported_by": q.reported_by, "rule": q.rule}
        for q in doc.quotes
    ))
    by_id = {entity.id: entity for entity in doc.entities}
    _insert(connection, EVENTS, (_event(pk, ev, by_id, doc.published) for ev in doc.events))
    return pk


def _insert(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        connection.execute(insert(table), rows)


def _entity(pk: int, entity: Entity) -> dict[str, Any]:
    return {
        "document_id": pk, "entity_id": entity.id, "name": entity.name, "name_en": entity.name_en,
        "type": entity.type, "kb_id": entity.kb_id, "wikidata": entity.wikidata, "country": entity.country,
        "sector": entity.sector, "rule": entity.rule, "confidence": entity.confidence,
    }


def _event(pk: int, ev: Event, by_id: dict[str, Entity], published: date | None) -> dict[str, Any]:
    actors = [by_id[i] for i in ev.actor if i in by_id]
    recipients = [by_id[i] for i in ev.recipient if i in by_id]
    return {
        "document_id": pk, "event_id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date,
        "day": event_day(ev.date, published), "status": ev.status,
        "actor": list(ev.actor), "recipient": list(ev.recipient),
        "actor_country": joined(e.country for e in actors), "actor_sector": joined(e.sector for e in actors),
        "recipient_country": joined(e.country for e in recipients),
        "recipient_sector": joined(e.sector for e in recipients),
        "sentence": ev.sentence, "trigger_text": ev.trigger.text, "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end, "rule": ev.rule, "confidence": ev.confidence, "location": ev.location,
        "reported_by": ev.reported_by, "context": list(ev.context),
    }


def joined(values: Iterable[str | None]) -> str | None:
    """One value, or the distinct values sorted and joined by commas; None when there are none."""
    distinct = sorted({value for value in values if value})
    return ",".join(distinct) or None


def event_day(value: str | None, fallback: date | None) -> date | None:
    """The event's date when it is a full ISO date, else `fallback` (the document's)."""
    if value and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    return fallback
