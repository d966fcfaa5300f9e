"""The store: analysed documents in a database (SQLite by default, PostgreSQL-ready)."""
from __future__ import annotations

import hashlib
import sqlite3
import time
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import (
    Connection,
    Engine,
    and_,
    column,
    create_engine,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from vesnik.document import Document, Event, Span
from vesnik.store import migrate
from vesnik.text.translit import fold
from vesnik.store.models import (
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    QuoteRow,
    SearchTextRow,
    SentenceRow,
)
from vesnik.store.search import Hit, fts_query, like_patterns, parse_query, snippet
from vesnik.store.write import insert_document

DEFAULT_FILE = "vesnik.sqlite"
TITLE_WEIGHT = 3.0  # a match in the title counts this many times one in the text (FTS5 bm25)


def default_path() -> Path:
    """Where the store lives when no URL or path is given."""
    return Path(platformdirs.user_data_dir("vesnik")) / DEFAULT_FILE


def content_hash(text: str) -> str:
    """The identity of a document in the store: sha256 of its decoded input text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_hash(doc: Document) -> str:
    """`doc.content_hash`, or the hash of its raw (else cleaned) text when it has none."""
    return doc.content_hash or content_hash(doc.raw_text or doc.text)


@dataclass(frozen=True)
class StoredEvent:
    """An event as the store gives it back, with what a reader needs around it."""

    event: Event
    doc_id: str
    title: str | None
    published: date | None
    url: str | None
    source: str
    day: date | None  # the event's date when it is a full date, else the document's
    actors: list[str]  # names of the actor entities (the id where the entity is unknown)
    recipients: list[str]
    location: str | None  # name of the location entity
    sentence: str | None  # text of the event's sentence

    def output(self) -> dict[str, Any]:
        """A JSON-ready record: the event's fields, its names, and its document."""
        data = self.event.model_dump(mode="json")
        data.update(
            doc_id=self.doc_id,
            title=self.title,
            published=self.published.isoformat() if self.published else None,
            url=self.url,
            day=self.day.isoformat() if self.day else None,
            actor_names=self.actors,
            recipient_names=self.recipients,
            location_name=self.location,
            sentence_text=self.sentence,
        )
        return data


def _url(url: str | Path | None) -> URL:
    if url is None:
        url = default_path()
    if isinstance(url, str) and ("://" in url or url.startswith("sqlite:")):
        return make_url(url)
    if str(url) == ":memory:":
        return make_url("sqlite://")
    path = Path(url).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path))


WAL_SWITCH_TRIES = 40  # with the growing pause, about 40 s at most, as long as the busy timeout


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL (it stays so). The switch needs the database alone, and writers opening a new store
    at once contend for it outside SQLite's busy handler: retry briefly, as the busy timeout would."""
    for attempt in range(WAL_SWITCH_TRIES):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == WAL_SWITCH_TRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _sqlite_engine(url: URL) -> Engine:
    memory = url.database in (None, "", ":memory:")
    engine = create_engine(url, poolclass=StaticPool if memory else None)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # let SQLAlchemy, not the sqlite3 module, open transactions, so that DDL (migrations)
        # is transactional too; and enforce foreign keys
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        if not memory:
            # readers go on while a batch writes; a commit costs one sync, not several
            _use_wal(cursor)
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("begin_immediate")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _stored(connection: Connection, key: str) -> bool:
    found = connection.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == key))
    return found is not None


def _as_date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


class Store:
    """Documents, sentences, entities, quotes and events in a database.

    `url`: a path of an SQLite file (None: `default_path()`), ":memory:", or a SQLAlchemy URL
    (`sqlite:///...`, `postgresql+psycopg://...`). Opening a store brings its schema to the
    newest migration.
    """

    def __init__(self, url: str | Path | None = None):
        self._url = _url(url)
        if self._url.get_backend_name() == "sqlite":
            self.engine = _sqlite_engine(self._url)
        else:
            self.engine = create_engine(self._url)
        migrate.upgrade(self.engine)
        self.fts = self._has_fts()

    # -- lifetime -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self._url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _has_fts(self) -> bool:
        if self.engine.dialect.name != "sqlite":
            return False
        with self.engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
                {"name": migrate.FTS_TABLE},
            ).first()
        return found is not None

    # -- writing --------------------------------------------------------------------------

    def has(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored."""
        with self.engine.connect() as connection:
            return _stored(connection, content_hash)

    def add(self, doc: Document) -> bool:
        """Store a document in one transaction; False (nothing written) if already stored."""
        key = document_hash(doc)
        try:
            with self._writing() as connection:
                if _stored(connection, key):
                    return False
                self._index(connection, insert_document(connection, doc, key), doc)
        except IntegrityError:
            if self.has(key):  # stored meanwhile by another process
                return False
            raise
        return True

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction; on SQLite one that takes the write lock at once (BEGIN
        IMMEDIATE), so that parallel writers wait for each other instead of failing."""
        with self.engine.connect() as connection:
            connection = connection.execution_options(begin_immediate=True)
            with connection.begin():
                yield connection

    def _index(self, connection: Connection, document_id: int, doc: Document) -> None:
        """Write the folded title and text of a document (and index them with FTS5)."""
        title, body = fold(doc.title or ""), fold(doc.text)
        connection.execute(insert(SearchTextRow), {"document_id": document_id, "title": title, "body": body})
        if self.fts:
            connection.execute(
                text(f"INSERT INTO {migrate.FTS_TABLE} (rowid, title, body) VALUES (:id, :title, :body)"),
                {"id": document_id, "title": title, "body": body},
            )

    # -- reading --------------------------------------------------------------------------

    def get(self, content_hash: str) -> Document | None:
        """The stored document with this content hash, as a Document (without `meta`)."""
        with self._session() as session:
            found = session.execute(
                select(DocumentRow.output, DocumentRow.content_hash).where(DocumentRow.content_hash == content_hash)
            ).first()
        return _document(*found) if found else None

    def documents(
        self,
        since: date | str | None = None,
        until: date | str | None = None,
        language: str | None = None,
    ) -> Iterator[Document]:
        """The stored documents in the order they were added, optionally by publication date
        (inclusive) and language. They come back as Documents (without `meta`)."""
        query = select(DocumentRow.output, DocumentRow.content_hash).order_by(DocumentRow.id)
        if since is not None:
            query = query.where(DocumentRow.published >= _as_date(since))
        if until is not None:
            query = query.where(DocumentRow.published <= _as_date(until))
        if language is not None:
            query = query.where(DocumentRow.language == language)
        with self._session() as session:
            for output, key in session.execute(query.execution_options(yield_per=200)):
                yield _document(output, key)

    def events(
        self,
        type: str | Iterable[str] | None = None,
        actor_country: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        recipient_country: str | None = None,
        limit: int | None = None,
    ) -> Iterator[StoredEvent]:
        """Stored events by date, then in the order they were added. `type`: a PLOVER type
        or several; `since`/`until`: inclusive, on the event's day (its own full date, else its
        document's publication date); countries: one of the actors' (recipients') countries."""
        sentence_text = func.substr(
            DocumentRow.text, SentenceRow.start_char + 1, SentenceRow.end_char - SentenceRow.start_char
        )
        query = (
            select(EventRow, DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.url,
                   DocumentRow.source, sentence_text)
            .join(DocumentRow, EventRow.document_id == DocumentRow.id)
            .outerjoin(
                SentenceRow,
                and_(SentenceRow.document_id == EventRow.document_id, SentenceRow.idx == EventRow.sentence),
            )
            .order_by(EventRow.day.is_(None), EventRow.day, EventRow.id)
        )
        if type is not None:
            types = [type] if isinstance(type, str) else list(type)
            query = query.where(EventRow.type.in_([t.upper() for t in types]))
        if actor_country is not None:
            query = query.where(_has_value(EventRow.actor_country, actor_country))
        if recipient_country is not None:
            query = query.where(_has_value(EventRow.recipient_country, recipient_country))
        if since is not None:
            query = query.where(EventRow.day >= _as_date(since))
        if until is not None:
            query = query.where(EventRow.day <= _as_date(until))
        if limit is not None:
            query = query.limit(limit)
        with self._session() as session:
            result = session.execute(query.execution_options(yield_per=500))
            for rows in result.partitions():
                names = _entity_names(session, {row[0].document_id for row in rows})
                for row, doc_id, title, published, url, source, sentence in rows:
                    known = names.get(row.document_id, {})
                    yield StoredEvent(
                        event=_event(row),
                        doc_id=doc_id,
                        title=title,
                        published=published,
                        url=url,
                        source=source,
                        day=row.day,
                        actors=[known.get(i, i) for i in row.actor],
                        recipients=[known.get(i, i) for i in row.recipient],
                        location=known.get(row.location, row.location) if row.location else None,
                        sentence=sentence,
                    )

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Documents whose title or text match `query` (see `vesnik.store.search`), best first
        with the SQLite full-text index, newest first elsewhere."""
        terms = parse_query(query)
        if not terms or limit <= 0:
            return []
        columns = (DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.text,
                   DocumentRow.url, DocumentRow.source)
        if self.fts:
            fts = table(migrate.FTS_TABLE, column("rowid"))
            fts_table = literal_column(migrate.FTS_TABLE)
            stmt = (
                select(*columns)
                .select_from(fts)
                .join(DocumentRow, DocumentRow.id == fts.c.rowid)
                .where(fts_table.match(fts_query(terms)))
                .order_by(func.bm25(fts_table, TITLE_WEIGHT, 1.0), DocumentRow.id)
                .limit(limit)
            )
        else:
            conditions = [
                or_(SearchTextRow.title.like(pattern), SearchTextRow.body.like(pattern))
                for pattern in like_patterns(terms)
            ]
            stmt = (
                select(*columns)
                .join(SearchTextRow, SearchTextRow.document_id == DocumentRow.id)
                .where(*conditions)
                .order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.id.desc())
                .limit(limit)
            )
        with self._session() as session:
            rows = session.execute(stmt).all()
        hits = []
        for doc_id, title, published, body, url, source in rows:
            cut, highlights = snippet(body, terms)
            hits.append(Hit(doc_id, title, published, cut, highlights, url, source))
        return hits

    def stats(self) -> dict[str, Any]:
        """Counts of what is stored, languages, event types, and the publication date range."""
        with self._session() as session:
            counts = {
                name: session.scalar(select(func.count()).select_from(model))
                for name, model in (
                    ("documents", DocumentRow),
                    ("sentences", SentenceRow),
                    ("entities", EntityRow),
                    ("mentions", MentionRow),
                    ("quotes", QuoteRow),
                    ("events", EventRow),
                )
            }
            event_types = session.execute(
                select(EventRow.type, func.count()).group_by(EventRow.type).order_by(func.count().desc(), EventRow.type)
            ).all()
            languages = session.execute(
                select(DocumentRow.language, func.count())
                .group_by(DocumentRow.language)
                .order_by(func.count().desc(), DocumentRow.language)
            ).all()
            first, last = session.execute(select(func.min(DocumentRow.published), func.max(DocumentRow.published))).one()
        return {
            "store": self.url,
            **counts,
            "event_types": dict(event_types),
            "languages": {language or "unknown": n for language, n in languages},
            "first_published": _iso(first),
            "last_published": _iso(last),
        }


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _has_value(column: Any, value: str) -> Any:
    """`column` (one value or sorted values joined by commas) holds `value`."""
    return or_(
        column == value,
        column.like(f"{value},%"),
        column.like(f"%,{value}"),
        column.like(f"%,{value},%"),
    )


def _entity_names(session: Session, document_ids: set[int]) -> dict[int, dict[str, str]]:
    names: dict[int, dict[str, str]] = {}
    rows = session.execute(
        select(EntityRow.document_id, EntityRow.entity_id, EntityRow.name).where(EntityRow.document_id.in_(document_ids))
    )
    for document_id, entity_id, name in rows:
        names.setdefault(document_id, {})[entity_id] = name
    return names


def _document(output: dict[str, Any], key: str) -> Document:
    doc = Document.from_output(output)
    doc.content_hash = key
    return doc


def _event(row: EventRow) -> Event:
    return Event(
        id=row.event_id,
        type=row.type,
        mode=row.mode,
        actor=list(row.actor),
        recipient=list(row.recipient),
        date=row.date,
        location=row.location,
        status=row.status,
        reported_by=row.reported_by,
        sentence=row.sentence,
        trigger=Span(start=row.trigger_start, end=row.trigger_end, text=row.trigger_text),
        rule=row.rule,
        confidence=row.confidence,
        context=list(row.context),
    )
