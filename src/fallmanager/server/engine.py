"""Database engines of the office server: PostgreSQL in production, an SQLite file by default.

Writes that merge operations run in :func:`write_transaction`: on PostgreSQL it locks the one
row of ``sync_counter`` first, on SQLite it starts with ``BEGIN IMMEDIATE``. Either way, merge
transactions run one after another, so the log positions they hand out follow commit order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from fallmanager.server.db import sync_counter


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_server_engine(url: str) -> Engine:
    """An engine for the configured database URL (``postgresql+psycopg://…`` or
    ``sqlite+pysqlite:///path``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": 60, "check_same_thread": False},
            pool_size=20,
            max_overflow=20,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Autocommit at the driver level: transactions are begun explicitly below, so
            # that a merge can take the write lock at its start (BEGIN IMMEDIATE).
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "BEGIN")
            conn.exec_driver_sql(mode)

        return engine
    return create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the server's merge lock from its start until it ends."""
    if is_sqlite(engine):
        with engine.connect() as plain:
            conn = plain.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                yield conn
        return
    with engine.begin() as conn:
        conn.execute(sync_counter.select().where(sync_counter.c.id == 1).with_for_update()).first()
        yield conn


@contextlib.contextmanager
def short_write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that reads, then writes a little (a device's last contact, the family
    files a pull has sent), without the merge lock. On SQLite it takes the write lock at its
    start: a transaction that has read may not write once another one has committed since
    ("database is locked", at once, whatever the busy timeout)."""
    with engine.connect() as plain:
        conn = plain.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        with conn.begin():
            yield conn


@contextlib.contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction (one consistent snapshot on PostgreSQL)."""
    with engine.connect() as plain:
        conn = (
            plain
            if is_sqlite(engine)
            else plain.execution_options(isolation_level="REPEATABLE READ")
        )
        with conn.begin():
            yield conn
