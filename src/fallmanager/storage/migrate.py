"""Schema migrations with Alembic, run on the already keyed connection of a vault.

Opening an up-to-date vault only reads its revision; Alembic itself is imported when a
migration actually has to run, which keeps the start of the application quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest revision in ``migrations/versions`` (a test keeps the two equal).
SCHEMA_HEAD = "0007"


def _config(connection: Any = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - imported only when migrating

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships its migrations
        raise RuntimeError("no migration scripts found")
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    script = ScriptDirectory.from_config(_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError:  # a new, empty database
            return None
    return str(row[0]) if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction (SQLite DDL is transactional)."""
    from alembic import command  # noqa: PLC0415

    with engine.connect() as conn:
        command.upgrade(_config(conn), revision)
        conn.commit()
