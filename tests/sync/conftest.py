"""Sync tests run against the office server on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from tests.server.conftest import postgres, server_db_url, server_engine
from tests.support.keyrings import MemoryKeyring
from tests.support.sync_harness import Office

__all__ = ["postgres", "server_db_url", "server_engine"]


@pytest.fixture
def office(
    server_engine: Engine, tmp_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[Office]:
    created = Office(server_engine, tmp_path / "office")
    created.directory.mkdir(parents=True, exist_ok=True)
    try:
        yield created
    finally:
        created.close()
