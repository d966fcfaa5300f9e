"""The schema: alembic migrations and the ORM models agree; older stores are upgraded."""
from __future__ import annotations

import os
import shutil
import textwrap

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from vesnik.store import Store, StoreError, migrate
from vesnik.store.models import Base

from .conftest import mickoski_putin, putin_vucic


def _diff(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": migrate.include_name, "compare_type": True,
                              "compare_server_default": True}
        )
        return compare_metadata(context, Base.metadata)


def test_models_and_migrations_agree(store):
    assert _diff(store.engine) == []


def test_the_full_text_index_is_made_by_the_migration(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"documents", "sentences", "entities", "mentions", "quotes", "events", "search_text"} <= tables
    sqlite = store.engine.dialect.name == "sqlite"
    assert ("search_fts" in tables) == store.fts == sqlite  # elsewhere: search by LIKE
    assert not migrate.include_name("search_fts", "table", {}) and not migrate.include_name("search_fts_idx", "table", {})
    assert migrate.include_name("search_text", "table", {})


def test_foreign_keys_are_enforced(store):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sentences (document_id, idx, start_char, end_char) VALUES (999, 0, 0, 1)"
        )


def test_opening_is_idempotent(tmp_path):
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add(mickoski_putin())
    with Store(path) as store:
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision() == "0001"
        assert store.stats()["documents"] == 1
        assert [h.doc_id for h in store.search("putin")] == ["mk-1"]


def test_a_database_made_by_alembic_is_opened(tmp_path):
    """A store made by the migrations alone (as `alembic upgrade head` would) is usable."""
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    command.upgrade(migrate.alembic_config(url), "head")
    with Store(url) as store:
        assert store.add(putin_vucic())
        assert [h.doc_id for h in store.search("Путин")] == ["en-1"]


NEXT_REVISION = '''
"""Add a note to documents (a test revision)."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("documents", sa.Column("note", sa.Text(), nullable=True))
    op.execute("UPDATE documents SET note = 'upgraded'")


def downgrade():
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("note")
'''


def test_an_older_database_is_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    with Store(path) as store:  # made at revision 0001 and filled
        store.add(mickoski_putin())

    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "0002_note.py").write_text(textwrap.dedent(NEXT_REVISION))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    with Store(path) as store:
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == "0002"
            assert connection.exec_driver_sql("SELECT doc_id, note FROM documents").all() == [("mk-1", "upgraded")]
        assert store.add(putin_vucic())  # the models still write to the upgraded schema
        assert sorted(h.doc_id for h in store.search("putin")) == ["en-1", "mk-1"]
        assert store.stats()["documents"] == 2


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    Store(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()
    with pytest.raises(StoreError, match="0099"):
        Store(path)


def test_downgrade_and_upgrade_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    command.upgrade(migrate.alembic_config(url), "head")
    command.downgrade(migrate.alembic_config(url), "base")
    engine = create_engine(url)
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    engine.dispose()
    with Store(url) as store:
        assert store.fts and store.add(mickoski_putin())


def test_postgresql_schema_renders(capsys):
    """The migrations as SQL for PostgreSQL: JSONB, no SQLite full-text table."""
    command.upgrade(migrate.alembic_config("postgresql://vesnik@localhost/vesnik"), "head", sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE documents" in sql and "CREATE TABLE events" in sql
    assert "JSONB" in sql
    assert "fts5" not in sql and "search_fts" not in sql


@pytest.mark.skipif(not os.environ.get("VESNIK_TEST_POSTGRES_URL"), reason="VESNIK_TEST_POSTGRES_URL not set")
def test_postgresql_store():
    """Against a real PostgreSQL (an empty database): the same schema, search by LIKE."""
    url = os.environ["VESNIK_TEST_POSTGRES_URL"]
    with Store(url) as store:
        try:
            assert not store.fts
            assert _diff(store.engine) == []
            assert store.add(mickoski_putin()) and store.add(putin_vucic())
            assert not store.add(mickoski_putin())
            assert sorted(h.doc_id for h in store.search("putin")) == ["en-1", "mk-1"]
            assert [h.doc_id for h in store.search("Скопје")] == ["mk-1"]
            assert store.stats()["event_types"] == {"CONSULT": 3}
            assert [(e.doc_id, e.event.id) for e in store.events(actor_country="RUS")] == [("en-1", "V1"), ("mk-1", "V2")]
            assert [e.sentence for e in store.events(type="CONSULT", since="2024-06-01")][0].startswith("Премиерот")
        finally:
            command.downgrade(migrate.alembic_config(url), "base")
