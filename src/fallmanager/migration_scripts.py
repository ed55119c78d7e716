"""A folder of Alembic migration scripts, run without an ini file.

The vault (``storage/migrations``) and the office server (``server/migrations``) each keep
their own scripts; both are run the same way. Alembic itself is imported only when scripts
are read or run, which keeps opening an up-to-date vault quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config


class MigrationScripts:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def config(self, connection: Any = None) -> Config:
        from alembic.config import Config  # noqa: PLC0415 - imported only when migrating

        config = Config()
        config.set_main_option("script_location", str(self.directory))
        if connection is not None:
            config.attributes["connection"] = connection
        return config

    def head_revision(self) -> str:
        """The newest revision according to the scripts themselves."""
        from alembic.script import ScriptDirectory  # noqa: PLC0415

        head = ScriptDirectory.from_config(self.config()).get_current_head()
        if head is None:  # pragma: no cover - the package always ships its migrations
            raise RuntimeError("no migration scripts found")
        return head

    def known_revisions(self) -> set[str]:
        from alembic.script import ScriptDirectory  # noqa: PLC0415

        script = ScriptDirectory.from_config(self.config())
        return {revision.revision for revision in script.walk_revisions()}

    def upgrade(self, engine: Engine, revision: str = "head") -> None:
        """Bring the schema to ``revision`` in one transaction (SQLite and PostgreSQL both
        run DDL inside it, so a failed upgrade leaves the database as it was)."""
        from alembic import command  # noqa: PLC0415

        with engine.connect() as conn:
            command.upgrade(self.config(conn), revision)
            conn.commit()
