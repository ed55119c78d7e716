"""Unit of work over the vault: ``with uow: ...; uow.commit()``.

Nothing persists without the commit; leaving the block without it (or with an exception)
rolls everything back. The search index of touched persons and families is refreshed inside
the same transaction, just before the commit.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from fallmanager.domain.clock import HlcTimestamp, HybridLogicalClock
from fallmanager.domain.entity import Entity
from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.people import NameVariant, Person
from fallmanager.storage import search_index
from fallmanager.storage.errors import StorageError, translate_driver_error
from fallmanager.storage.queries import Queries
from fallmanager.storage.records import RecordStore, WriteStamp
from fallmanager.storage.sync_store import SyncStore


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class SqlUnitOfWork:
    """One transaction on the vault. Reusable: each ``with`` block is a new transaction."""

    def __init__(
        self,
        engine: Engine,
        clock: HybridLogicalClock,
        clock_lock: threading.Lock,
        utc_now: Callable[[], str] = utc_now_iso,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._clock_lock = clock_lock
        self._utc_now = utc_now
        self._conn: Connection | None = None
        self._touched_persons: set[uuid.UUID] = set()
        self._touched_families: set[uuid.UUID] = set()
        self._tx_id = ""
        self._wrote = False
        self.records: RecordStore
        self.queries: Queries
        self.sync: SyncStore

    def __enter__(self) -> Self:
        if self._conn is not None:
            raise RuntimeError("unit of work is already in use")
        try:
            conn = self._engine.connect().execution_options(begin="BEGIN IMMEDIATE")
            conn.begin()
        except DBAPIError as exc:
            raise translate_driver_error(exc.orig) or exc from None
        self._conn = conn
        self._tx_id = str(uuid.uuid4())
        self._wrote = False
        self._touched_persons.clear()
        self._touched_families.clear()
        self.records = RecordStore(conn, self._stamps, self._note_change)
        self.queries = Queries(conn)
        self.sync = SyncStore(conn, self._tx_id)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn = self._conn
        self._conn = None
        if conn is None:
            return
        try:
            if conn.in_transaction():
                conn.rollback()
        finally:
            conn.close()
        if isinstance(exc, DBAPIError):
            translated = translate_driver_error(exc.orig)
            if translated is not None:
                raise translated from None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("unit of work is not active")
        return self._conn

    def commit(self) -> None:
        conn = self.connection
        try:
            if self._wrote:
                # The server position these changes were made on (see ``sync_store``).
                self.sync.note_base()
            if self._touched_persons or self._touched_families:
                search_index.refresh(conn, self._touched_persons, self._touched_families)
            conn.commit()
        except DBAPIError as exc:
            translated = translate_driver_error(exc.orig)
            if translated is not None:
                raise translated from None
            raise
        self._touched_persons.clear()
        self._touched_families.clear()
        conn.begin()

    def rollback(self) -> None:
        self.connection.rollback()
        self._touched_persons.clear()
        self._touched_families.clear()
        self.connection.begin()

    def rebuild_search_index(self) -> int:
        """Rebuild the whole search index (after bulk imports and index version changes)."""
        self._touched_persons.clear()
        self._touched_families.clear()
        return search_index.rebuild(self.connection)

    def observe_clock(self, hlc: str) -> None:
        """Move this device's clock past a stamp received from the office server."""
        with self._clock_lock:
            self._clock.observe(HlcTimestamp.decode(hlc))

    def tick_clock(self) -> str:
        """A fresh stamp of this device (for a conflict decision, which is not a write)."""
        with self._clock_lock:
            return self._clock.tick().encode()

    @property
    def device_id(self) -> str:
        return self._clock.device_id

    def _stamps(self, count: int) -> list[WriteStamp]:
        """One clock value per write; a bulk insert takes them all at once."""
        self._wrote = True
        changed_at = self._utc_now()
        device_id = self._clock.device_id
        with self._clock_lock:
            ticks = [self._clock.tick() for _ in range(count)]
        return [
            WriteStamp(
                hlc=t.encode(), changed_at=changed_at, device_id=device_id, tx_id=self._tx_id
            )
            for t in ticks
        ]

    def _note_change(self, new: Entity, old: Entity | None) -> None:
        for record in (new, old):
            if isinstance(record, Person):
                self._touched_persons.add(record.id)
            elif isinstance(record, NameVariant):
                self._touched_persons.add(record.person_id)
            elif isinstance(record, FamilyFile):
                self._touched_families.add(record.id)
            elif isinstance(record, FamilyMembership):
                self._touched_persons.add(record.person_id)
                self._touched_families.add(record.family_id)


__all__ = ["SqlUnitOfWork", "StorageError"]
