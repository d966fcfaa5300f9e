"""Alembic environment of the vesnik store.

A `Store` runs the migrations itself (see `vesnik.store.migrate`): it hands its connection
over in `config.attributes["connection"]`, and no alembic.ini is needed. For development,
`vesnik.store.migrate.alembic_config(url)` gives a config for the alembic commands
(`revision --autogenerate`, `upgrade --sql` and the rest).
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from vesnik.store.migrate import include_name
from vesnik.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        include_name=include_name,
        compare_type=True,
        **kwargs,
    )


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as connection:
            _migrate(connection)
    finally:
        engine.dispose()


def _migrate(connection) -> None:
    # SQLite alters tables by copying them: batch mode makes later migrations portable.
    _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
