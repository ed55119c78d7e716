"""Engine on SQLCipher 4 with a raw 256-bit key.

The key is unwrapped by the vault from the key file and handed to SQLCipher as a raw key, so
opening does not pay SQLCipher's own PBKDF2 on top of the vault's Argon2id. Temporary tables
stay in memory, WAL pages are encrypted like the database pages.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from fallmanager.storage.errors import VaultDamagedError, translate_driver_error

KEY_BYTES = 32
CACHE_KIB = 32 * 1024
_LOG_SILENCED = threading.Event()


def _silence_sqlcipher_log() -> None:
    """SQLCipher logs decryption failures to stderr by default; we report them ourselves."""
    if _LOG_SILENCED.is_set():
        return
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    _LOG_SILENCED.set()


def connect_raw(db_path: Path, raw_key: bytes, *, create: bool = False) -> Any:
    """A keyed DBAPI connection in autocommit mode; raise if the key does not open the file."""
    if len(raw_key) != KEY_BYTES:
        raise ValueError("the vault key must be 32 bytes")
    if not create and not db_path.is_file():
        raise VaultDamagedError("database file missing")
    _silence_sqlcipher_log()
    if create and not db_path.exists():
        # SQLite gives the WAL and shared-memory files the permissions of the database.
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(
        str(db_path), isolation_level=None, check_same_thread=False, timeout=3.0
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute("PRAGMA temp_store = MEMORY")
        # Every page read from disk is decrypted and checked; a larger cache keeps the pages
        # of a large transaction (an import) in memory instead of re-reading them.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate_driver_error(exc) or VaultDamagedError() from None
    return conn


def create_vault_engine(db_path: Path, raw_key: bytes, *, create: bool = False) -> Engine:
    """An SQLAlchemy engine over the encrypted database file."""
    key = bytes(raw_key)
    connect_raw(db_path, key, create=create).close()  # fail early with a clear error

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connect_raw(db_path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode; we open transactions explicitly. Writers take
        # the write lock at once, so two writers never deadlock on a lock upgrade.
        mode = conn.get_execution_options().get("begin", "BEGIN")
        conn.exec_driver_sql(mode)

    return engine
