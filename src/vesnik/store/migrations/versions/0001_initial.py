"""Initial schema: documents, sentences, entities, mentions, quotes, events, search text.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

# The full-text index, SQLite only (other backends search with LIKE on search_text).
# External content: it reads search_text, rowid = document_id; the store fills it.
FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, content='search_text', content_rowid='document_id', "
    "tokenize='unicode61 remove_diacritics 2')"
)


def _doc_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["document_id"], ["documents.id"], name=f"fk_{table}_document_id_documents", ondelete="CASCADE"
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("warnings", JSON, nullable=False),
        sa.Column("output", JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    _indexes("documents", "doc_id", "ingested_at", "language", "published")

    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=True),
        _doc_fk("sentences"),
        sa.PrimaryKeyConstraint("id", name="pk_sentences"),
        sa.UniqueConstraint("document_id", "idx", name="uq_sentences_document_id_idx"),
    )

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=True),
        sa.Column("type", sa.String(length=8), nullable=False),
        sa.Column("kb_id", sa.String(length=255), nullable=True),
        sa.Column("wikidata", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=64), nullable=True),
        sa.Column("sector", sa.String(length=64), nullable=True),
        sa.Column("rule", sa.String(length=255), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        _doc_fk("entities"),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
        sa.UniqueConstraint("document_id", "entity_id", name="uq_entities_document_id_entity_id"),
    )
    _indexes("entities", "country", "kb_id", "sector", "type", "wikidata")

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name="fk_mentions_entity_id_entities", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
    )
    _indexes("mentions", "entity_id")

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("speaker", sa.String(length=64), nullable=True),
        sa.Column("speaker_text", sa.Text(), nullable=True),
        sa.Column("reported_by", sa.String(length=64), nullable=True),
        sa.Column("rule", sa.String(length=255), nullable=True),
        _doc_fk("quotes"),
        sa.PrimaryKeyConstraint("id", name="pk_quotes"),
        sa.UniqueConstraint("document_id", "quote_id", name="uq_quotes_document_id_quote_id"),
    )
    op.create_index("ix_quotes_document_id_speaker", "quotes", ["document_id", "speaker"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("actor", JSON, nullable=False),
        sa.Column("recipient", JSON, nullable=False),
        sa.Column("actor_country", sa.String(length=255), nullable=True),
        sa.Column("actor_sector", sa.String(length=255), nullable=True),
        sa.Column("recipient_country", sa.String(length=255), nullable=True),
        sa.Column("recipient_sector", sa.String(length=255), nullable=True),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("trigger_text", sa.Text(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=False),
        sa.Column("trigger_end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=255), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=True),
        sa.Column("reported_by", sa.String(length=64), nullable=True),
        sa.Column("context", JSON, nullable=False),
        _doc_fk("events"),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.UniqueConstraint("document_id", "event_id", name="uq_events_document_id_event_id"),
    )
    _indexes(
        "events", "actor_country", "actor_sector", "day", "recipient_country", "recipient_sector", "status"
    )
    op.create_index("ix_events_type_day", "events", ["type", "day"])

    op.create_table(
        "search_text",
        sa.Column("document_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _doc_fk("search_text"),
        sa.PrimaryKeyConstraint("document_id", name="pk_search_text"),
    )
    if op.get_context().dialect.name == "sqlite":
        _create_fts()


def _create_fts() -> None:
    if op.get_context().as_sql:
        op.execute(FTS)
        return
    try:
        op.execute(FTS)
    except sa.exc.OperationalError as error:  # an SQLite built without FTS5: search falls back to LIKE
        if "fts5" not in str(error):
            raise


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    for table in ("search_text", "events", "quotes", "mentions", "entities", "sentences", "documents"):
        op.drop_table(table)
