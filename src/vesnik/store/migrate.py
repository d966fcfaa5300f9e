"""Running the store's alembic migrations from inside the package (no alembic.ini)."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The SQLite full-text index and its shadow tables (search_fts_data, _idx, _docsize, _config):
# made by the migrations on SQLite only, unknown to the ORM models.
FTS_TABLE = "search_fts"


class StoreError(Exception):
    """The store cannot be opened or used (e.g. its schema is newer than this vesnik)."""


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate filter: leave the FTS5 tables out of the comparison with the models."""
    if type_ == "table" and name is not None:
        return not (name == FTS_TABLE or name.startswith(FTS_TABLE + "_"))
    return True


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    """An alembic Config for the packaged migrations, on `url` or on an open `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction where the backend allows
    (on SQLite one that holds the write lock from the start: stores opened at once wait)."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as connection, connection.execution_options(begin_immediate=True).begin():
        current = current_revision(connection)
        if current == head:
            return
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise StoreError(
                f"the store's schema revision {current!r} is unknown to this vesnik (newest known: {head!r}); "
                "it was made by a newer vesnik"
            )
        command.upgrade(alembic_config(connection=connection), "head")
