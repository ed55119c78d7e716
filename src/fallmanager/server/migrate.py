"""Schema migrations of the office server's database (Alembic, without an ini file).

The same scripts run on PostgreSQL and on SQLite; both run DDL inside the transaction, so a
failed upgrade leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from fallmanager.migration_scripts import MigrationScripts
from fallmanager.server.db import metadata

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest revision in ``migrations/versions`` (a test keeps the two equal).
SCHEMA_HEAD = "0002"


class SchemaError(Exception):
    """The database's schema cannot be brought to the version this server expects."""


_SCRIPTS = MigrationScripts(MIGRATIONS_DIR)


def head_revision() -> str:
    """The newest revision according to the migration scripts themselves."""
    try:
        return _SCRIPTS.head_revision()
    except RuntimeError as exc:  # pragma: no cover - the package always ships its migrations
        raise SchemaError(str(exc)) from None


known_revisions = _SCRIPTS.known_revisions


def current(engine: Engine) -> str | None:
    """The database's schema revision, or None for a new, empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema; does nothing when it is there already."""
    revision = current(engine)
    if revision == SCHEMA_HEAD:
        return
    if revision is None:
        with engine.connect() as conn:
            existing = set(inspect(conn).get_table_names()) & set(metadata.tables)
        if existing:
            raise SchemaError(
                "The database already holds tables of its own "
                f"({', '.join(sorted(existing))}) but no schema revision; "
                "give the server an empty database."
            )
    elif revision not in known_revisions():
        raise SchemaError(
            f"The server database has schema revision {revision}, which this version of "
            "fallmanager-server does not know; it was written by a newer version."
        )
    _SCRIPTS.upgrade(engine)
