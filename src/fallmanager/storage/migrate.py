"""Schema migrations with Alembic, run on the already keyed connection of a vault.

Opening an up-to-date vault only reads its revision; Alembic itself is imported when a
migration actually has to run, which keeps the start of the application quick.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from fallmanager.migration_scripts import MigrationScripts

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest revision in ``migrations/versions`` (a test keeps the two equal).
SCHEMA_HEAD = "0007"


_SCRIPTS = MigrationScripts(MIGRATIONS_DIR)
head_revision = _SCRIPTS.head_revision
known_revisions = _SCRIPTS.known_revisions


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError:  # a new, empty database
            return None
    return str(row[0]) if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction (SQLite DDL is transactional)."""
    _SCRIPTS.upgrade(engine, revision)
