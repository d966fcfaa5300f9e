"""The tables of the store, as SQLAlchemy ORM models.

The schema itself is made by the alembic migrations in `migrations/versions/`; a test checks
that these models and the migrated schema agree. Change both together: add a migration
(`alembic revision --autogenerate` against a store made by the previous head) for every
change here.

Entity, quote and event ids (`entity_id`, `speaker`, `actor`, ...) are the ids within one
document, as in `vesnik.document`; rows join on (document_id, entity_id).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSON everywhere, JSONB on PostgreSQL (indexable, compact).
Json = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _doc_fk() -> Mapped[int]:
    # no index of its own: each table's UNIQUE (document_id, ...) serves as one
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(255), nullable=False, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    warnings: Mapped[list[Any]] = mapped_column(Json, nullable=False)
    output: Mapped[dict[str, Any]] = mapped_column(Json, nullable=False)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)

    sentences: Mapped[list[SentenceRow]] = relationship(back_populates="document", passive_deletes=True)
    entities: Mapped[list[EntityRow]] = relationship(back_populates="document", passive_deletes=True)
    quotes: Mapped[list[QuoteRow]] = relationship(back_populates="document", passive_deletes=True)
    events: Mapped[list[EventRow]] = relationship(back_populates="document", passive_deletes=True)


class SentenceRow(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("document_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    idx: Mapped[int] = mapped_column(Integer, nullable=False)
    start_char: Mapped[int] = mapped_column(Integer, nullable=False)
    end_char: Mapped[int] = mapped_column(Integer, nullable=False)
    language: Mapped[str | None] = mapped_column(String(16))

    document: Mapped[DocumentRow] = relationship(back_populates="sentences")


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("document_id", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    entity_id: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    name_en: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(8), nullable=False, index=True)
    kb_id: Mapped[str | None] = mapped_column(String(255), index=True)
    wikidata: Mapped[str | None] = mapped_column(String(32), index=True)
    country: Mapped[str | None] = mapped_column(String(64), index=True)
    sector: Mapped[str | None] = mapped_column(String(64), index=True)
    rule: Mapped[str | None] = mapped_column(String(255))
    confidence: Mapped[float | None] = mapped_column(Float)

    document: Mapped[DocumentRow] = relationship(back_populates="entities")
    mentions: Mapped[list[MentionRow]] = relationship(back_populates="entity", passive_deletes=True)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True)
    sentence: Mapped[int] = mapped_column(Integer, nullable=False)
    start_char: Mapped[int] = mapped_column(Integer, nullable=False)
    end_char: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)

    entity: Mapped[EntityRow] = relationship(back_populates="mentions")


class QuoteRow(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("document_id", "quote_id"),
        Index("ix_quotes_document_id_speaker", "document_id", "speaker"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    quote_id: Mapped[str] = mapped_column(String(64), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    start_char: Mapped[int] = mapped_column(Integer, nullable=False)
    end_char: Mapped[int] = mapped_column(Integer, nullable=False)
    sentence: Mapped[int] = mapped_column(Integer, nullable=False)
    direct: Mapped[bool] = mapped_column(Boolean, nullable=False)
    speaker: Mapped[str | None] = mapped_column(String(64))
    speaker_text: Mapped[str | None] = mapped_column(Text)
    reported_by: Mapped[str | None] = mapped_column(String(64))
    rule: Mapped[str | None] = mapped_column(String(255))

    document: Mapped[DocumentRow] = relationship(back_populates="quotes")


class EventRow(Base):
    """One event. `actor`/`recipient` are JSON lists of entity ids within the document;
    `actor_country` & co. hold those entities' countries/sectors for querying: the one value
    they share, or the distinct values sorted and joined by commas ("MKD,SRB")."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("document_id", "event_id"),
        Index("ix_events_type_day", "type", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    event_id: Mapped[str] = mapped_column(String(64), nullable=False)
    type: Mapped[str] = mapped_column(String(32), nullable=False)
    mode: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(32))  # as the event gives it (may be partial)
    day: Mapped[date | None] = mapped_column(Date, index=True)  # `date` when a full date, else the document's
    status: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    actor: Mapped[list[str]] = mapped_column(Json, nullable=False)
    recipient: Mapped[list[str]] = mapped_column(Json, nullable=False)
    actor_country: Mapped[str | None] = mapped_column(String(255), index=True)
    actor_sector: Mapped[str | None] = mapped_column(String(255), index=True)
    recipient_country: Mapped[str | None] = mapped_column(String(255), index=True)
    recipient_sector: Mapped[str | None] = mapped_column(String(255), index=True)
    sentence: Mapped[int] = mapped_column(Integer, nullable=False)
    trigger_text: Mapped[str] = mapped_column(Text, nullable=False)
    trigger_start: Mapped[int] = mapped_column(Integer, nullable=False)
    trigger_end: Mapped[int] = mapped_column(Integer, nullable=False)
    rule: Mapped[str] = mapped_column(String(255), nullable=False)
    confidence: Mapped[float] = mapped_column(Float, nullable=False)
    location: Mapped[str | None] = mapped_column(String(64))
    reported_by: Mapped[str | None] = mapped_column(String(64))
    context: Mapped[list[str]] = mapped_column(Json, nullable=False)

    document: Mapped[DocumentRow] = relationship(back_populates="events")


class SearchTextRow(Base):
    """The folded (see `fold.py`) title and text of a document: what search looks in.

    On SQLite an FTS5 table `search_fts` indexes it (external content, rowid = document_id);
    it is made by the migration, not by these models."""

    __tablename__ = "search_text"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    title: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
