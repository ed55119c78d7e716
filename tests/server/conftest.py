"""Fixtures of the office server's tests: a database on SQLite and on PostgreSQL.

The PostgreSQL cluster itself is managed by ``tests/support/postgres.py``; other test
folders (``tests/sync``) share the same server through it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from tests.support.postgres import (
    PostgresServer,
    PostgresUnavailable,
    acquire_shared,
    release_shared,
)

from fallmanager.server.config import DATABASE_URL_ENV
from fallmanager.server.engine import create_server_engine, sqlite_url
from fallmanager.server.migrate import upgrade


@pytest.fixture(autouse=True)
def _no_database_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """A database URL in the developer's environment must not redirect the tests."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The PostgreSQL server of this test run (fails, never skips, when there is none)."""
    try:
        server = acquire_shared()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        release_shared()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty server database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "server.db")
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create_database()
    try:
        yield url
    finally:
        server.drop_database(url)


@pytest.fixture
def server_engine(server_db_url: str) -> Iterator[Engine]:
    """An engine on a server database brought to the current schema."""
    engine = create_server_engine(server_db_url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
