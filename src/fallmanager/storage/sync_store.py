"""The laptop's sync bookkeeping in the vault (tables of migration 0007 and ``vault_meta``).

Unsent changes are the change-log entries after the last acknowledged one, except those of
*quiet* transactions: pages pulled from the server and conflict decisions (which travel as
operations of their own). Each local transaction notes the server log position the laptop
had pulled when it was written (``sync_tx_base``): the server uses it to tell a concurrent
edit from one made after seeing the other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text, update

from fallmanager.domain.model import ENTITY_BY_NAME
from fallmanager.domain.sync import LoggedChange, QueuedResolution
from fallmanager.storage.records import dump_json
from fallmanager.storage.schema import (
    change_log,
    record_tables,
    sync_conflict,
    sync_parked,
    sync_quiet_tx,
    sync_rejected,
    sync_resolution,
    sync_superseded,
    sync_tx_base,
    vault_meta,
)

#: ``vault_meta`` keys of the sync state.
PUSHED_SEQ = "sync_pushed_seq"
CURSOR = "sync_cursor"
CURSOR_SEQ = "sync_cursor_seq"
ENROLMENT = "sync_enrolment"
LAST_SYNC = "sync_last_at"


class SyncStore:
    """SQL of the sync bookkeeping, inside the unit of work's transaction."""

    def __init__(self, conn: Connection, tx_id: str) -> None:
        self._conn = conn
        self._tx_id = tx_id

    # -- state in vault_meta ------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute(select(vault_meta.c.value).where(vault_meta.c.key == key)).first()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        self._conn.execute(delete(vault_meta).where(vault_meta.c.key == key))
        if value is not None:
            self._conn.execute(insert(vault_meta).values(key=key, value=value))

    def enrolment(self) -> dict[str, Any] | None:
        raw = self.get_meta(ENROLMENT)
        return None if raw is None else dict(json.loads(raw))

    def set_enrolment(self, data: dict[str, Any]) -> None:
        self.set_meta(ENROLMENT, dump_json(data))

    def last_sync(self) -> str | None:
        return self.get_meta(LAST_SYNC)

    def set_last_sync(self, at: str) -> None:
        self.set_meta(LAST_SYNC, at)

    def pushed_seq(self) -> int:
        return int(self.get_meta(PUSHED_SEQ) or 0)

    def set_pushed_seq(self, seq: int) -> None:
        self.set_meta(PUSHED_SEQ, str(seq))

    def cursor(self) -> dict[str, Any] | None:
        raw = self.get_meta(CURSOR)
        return None if raw is None else dict(json.loads(raw))

    def set_cursor(self, cursor: dict[str, Any]) -> None:
        self.set_meta(CURSOR, dump_json(cursor))
        self.set_meta(CURSOR_SEQ, str(int(cursor.get("seq", 0))))

    # -- this transaction ------------------------------------------------------------------

    def mark_quiet(self) -> None:
        """Changes of this transaction are not sent (a pulled page, a conflict decision)."""
        self._conn.execute(
            text("INSERT OR IGNORE INTO sync_quiet_tx (tx_id) VALUES (:tx)"), {"tx": self._tx_id}
        )

    def note_base(self) -> None:
        """Note the server position this transaction's changes were made on."""
        self._conn.execute(
            text(
                "INSERT OR IGNORE INTO sync_tx_base (tx_id, base_seq) VALUES (:tx, COALESCE("
                "(SELECT CAST(value AS INTEGER) FROM vault_meta WHERE key = :key), 0))"
            ),
            {"tx": self._tx_id, "key": CURSOR_SEQ},
        )

    # -- unsent changes --------------------------------------------------------------------

    def unsent(self, after_seq: int, limit: int, up_to: int | None = None) -> list[LoggedChange]:
        quiet = select(sync_quiet_tx.c.tx_id)
        conditions = [change_log.c.seq > after_seq, change_log.c.tx_id.not_in(quiet)]
        if up_to is not None:
            conditions.append(change_log.c.seq <= up_to)
        rows = self._conn.execute(
            select(change_log, sync_tx_base.c.base_seq)
            .outerjoin(sync_tx_base, sync_tx_base.c.tx_id == change_log.c.tx_id)
            .where(*conditions)
            .order_by(change_log.c.seq)
            .limit(limit)
        ).all()
        return [
            LoggedChange(
                seq=row.seq,
                hlc=row.hlc,
                entity=row.entity,
                entity_id=row.entity_id,
                op=row.op,
                field=row.field,
                old_value=None if row.old_value is None else json.loads(row.old_value),
                new_value=None if row.new_value is None else json.loads(row.new_value),
                changed_at=row.changed_at,
                device_id=row.device_id,
                base_seq=int(row.base_seq or 0),
            )
            for row in rows
        ]

    def unsent_count(self) -> int:
        quiet = select(sync_quiet_tx.c.tx_id)
        changes = self._conn.execute(
            select(func.count())
            .select_from(change_log)
            .where(change_log.c.seq > self.pushed_seq(), change_log.c.tx_id.not_in(quiet))
        ).scalar_one()
        resolutions = self._conn.execute(
            select(func.count())
            .select_from(sync_resolution)
            .where(sync_resolution.c.sent.is_(False))
        ).scalar_one()
        return int(changes) + int(resolutions)

    def pass_over_quiet(self) -> None:
        """Move the "sent up to" mark over received changes (quiet transactions, never sent)
        as far as no local change waits to be sent: the search for unsent changes then
        starts after what has been received, instead of reading it again and again."""
        pushed = self.pushed_seq()
        quiet = select(sync_quiet_tx.c.tx_id)
        first_unsent = self._conn.execute(
            select(func.min(change_log.c.seq)).where(
                change_log.c.seq > pushed, change_log.c.tx_id.not_in(quiet)
            )
        ).scalar()
        mark = self.last_change_seq() if first_unsent is None else int(first_unsent) - 1
        if mark > pushed:
            self.set_pushed_seq(mark)

    def last_change_seq(self) -> int:
        return int(
            self._conn.execute(select(func.coalesce(func.max(change_log.c.seq), 0))).scalar_one()
        )

    def pending_fields(self, entity_id: str, after_seq: int | None = None) -> set[str | None]:
        """Fields of a record with unsent local changes (after ``after_seq``, by default the
        last acknowledged entry); ``None`` stands for an insert or a deletion."""
        quiet = select(sync_quiet_tx.c.tx_id)
        rows = self._conn.execute(
            select(change_log.c.field, change_log.c.op).where(
                change_log.c.entity_id == entity_id,
                change_log.c.seq > (self.pushed_seq() if after_seq is None else after_seq),
                change_log.c.tx_id.not_in(quiet),
            )
        ).all()
        return {row.field if row.op == "update" else None for row in rows}

    def pending_by_record(self) -> dict[str, set[str | None]]:
        """For every record with unsent local changes, its changed fields (``None`` for an
        insert or deletion): one query for a whole pulled page."""
        quiet = select(sync_quiet_tx.c.tx_id)
        rows = self._conn.execute(
            select(change_log.c.entity_id, change_log.c.field, change_log.c.op).where(
                change_log.c.seq > self.pushed_seq(), change_log.c.tx_id.not_in(quiet)
            )
        ).all()
        result: dict[str, set[str | None]] = {}
        for row in rows:
            result.setdefault(row.entity_id, set()).add(row.field if row.op == "update" else None)
        return result

    def existing_ids(self, entity: str, ids: Sequence[str]) -> set[str]:
        """Which of the ids the vault holds as records of a kind (live or tombstoned)."""
        table = record_tables[ENTITY_BY_NAME[entity]]
        found: set[str] = set()
        unique = sorted(set(ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            found.update(
                self._conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            )
        return found

    def parked_ids(self) -> set[str]:
        return set(self._conn.execute(select(sync_parked.c.entity_id).distinct()).scalars())

    def unsent_entity_ids(self) -> list[tuple[str, str]]:
        quiet = select(sync_quiet_tx.c.tx_id)
        rows = self._conn.execute(
            select(change_log.c.entity, change_log.c.entity_id)
            .where(change_log.c.seq > self.pushed_seq(), change_log.c.tx_id.not_in(quiet))
            .distinct()
        ).all()
        return [(row.entity, row.entity_id) for row in rows]

    # -- conflict decisions ------------------------------------------------------------------

    def queue_resolution(
        self,
        *,
        entity: str,
        entity_id: str,
        key: str,
        value: Any,
        hlc: str,
        changed_at: str,
        device_id: str,
    ) -> None:
        self._conn.execute(
            insert(sync_resolution).values(
                entity=entity,
                entity_id=entity_id,
                conflict_key=key,
                value=dump_json(value),
                hlc=hlc,
                changed_at=changed_at,
                device_id=device_id,
                after_seq=self.last_change_seq(),
                sent=False,
            )
        )

    def unsent_resolutions(self) -> list[QueuedResolution]:
        rows = self._conn.execute(
            select(sync_resolution)
            .where(sync_resolution.c.sent.is_(False))
            .order_by(sync_resolution.c.id)
        ).all()
        return [
            QueuedResolution(
                id=row.id,
                entity=row.entity,
                entity_id=row.entity_id,
                conflict_key=row.conflict_key,
                value=None if row.value is None else json.loads(row.value),
                hlc=row.hlc,
                changed_at=row.changed_at,
                device_id=row.device_id,
                after_seq=row.after_seq,
            )
            for row in rows
        ]

    def mark_resolutions_sent(self, ids: Sequence[int]) -> None:
        if ids:
            self._conn.execute(
                update(sync_resolution).where(sync_resolution.c.id.in_(list(ids))).values(sent=True)
            )

    # -- conflicts -----------------------------------------------------------------------------

    def put_conflict(
        self,
        conflict_id: str,
        *,
        entity: str,
        entity_id: str,
        key: str,
        candidates: Any,
        users: dict[str, str],
        at: str,
    ) -> bool:
        """Store or replace an open conflict; return whether it is new."""
        existed = self._conn.execute(
            select(sync_conflict.c.id).where(sync_conflict.c.id == conflict_id)
        ).first()
        self._conn.execute(delete(sync_conflict).where(sync_conflict.c.id == conflict_id))
        self._conn.execute(
            insert(sync_conflict).values(
                id=conflict_id,
                entity=entity,
                entity_id=entity_id,
                conflict_key=key,
                candidates=dump_json(candidates),
                users=dump_json(users),
                opened_at=at,
                decided=False,
            )
        )
        return existed is None

    def drop_conflict(self, conflict_id: str) -> None:
        self._conn.execute(delete(sync_conflict).where(sync_conflict.c.id == conflict_id))

    def conflict_rows(self, entity_ids: Sequence[str] | None = None) -> list[Any]:
        query = select(sync_conflict).where(sync_conflict.c.decided.is_(False))
        if entity_ids is not None:
            query = query.where(sync_conflict.c.entity_id.in_(list(entity_ids)))
        return list(self._conn.execute(query.order_by(sync_conflict.c.opened_at)).all())

    def raw_values(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """A record's stored columns, tombstoned or not (to find its family file)."""
        table = record_tables[ENTITY_BY_NAME[entity]]
        row = self._conn.execute(select(table).where(table.c.id == entity_id)).first()
        return None if row is None else dict(row._mapping)

    def conflict_row(self, conflict_id: str) -> Any:
        return self._conn.execute(
            select(sync_conflict).where(sync_conflict.c.id == conflict_id)
        ).first()

    def mark_conflict_decided(self, conflict_id: str) -> None:
        self._conn.execute(
            update(sync_conflict).where(sync_conflict.c.id == conflict_id).values(decided=True)
        )

    # -- rejected and superseded ----------------------------------------------------------------

    def add_rejected(
        self,
        op_id: str,
        *,
        entity: str,
        entity_id: str,
        field: str | None,
        content: Any,
        reason: str,
        at: str,
    ) -> None:
        self._conn.execute(
            text(
                "INSERT OR IGNORE INTO sync_rejected (op_id, entity, entity_id, field, content, "
                "reason, at, dismissed) VALUES (:op, :entity, :eid, :field, :content, :reason, "
                ":at, 0)"
            ),
            {
                "op": op_id,
                "entity": entity,
                "eid": entity_id,
                "field": field,
                "content": dump_json(content),
                "reason": reason,
                "at": at,
            },
        )

    def rejected_rows(self) -> list[Any]:
        return list(
            self._conn.execute(
                select(sync_rejected)
                .where(sync_rejected.c.dismissed.is_(False))
                .order_by(sync_rejected.c.id)
            ).all()
        )

    def dismiss_rejected(self, ids: Sequence[int]) -> None:
        if ids:
            self._conn.execute(
                update(sync_rejected)
                .where(sync_rejected.c.id.in_(list(ids)))
                .values(dismissed=True)
            )

    def add_superseded(
        self,
        op_id: str,
        *,
        entity: str,
        entity_id: str,
        field: str,
        my_value: Any,
        winning_value: Any,
        winning_user: str,
        at: str,
    ) -> None:
        self._conn.execute(
            text(
                "INSERT OR IGNORE INTO sync_superseded (op_id, entity, entity_id, field, "
                "my_value, winning_value, winning_user, at) VALUES (:op, :entity, :eid, :field, "
                ":mine, :winner, :user, :at)"
            ),
            {
                "op": op_id,
                "entity": entity,
                "eid": entity_id,
                "field": field,
                "mine": dump_json(my_value),
                "winner": dump_json(winning_value),
                "user": winning_user,
                "at": at,
            },
        )

    def superseded_rows(self) -> list[Any]:
        return list(
            self._conn.execute(select(sync_superseded).order_by(sync_superseded.c.id.desc())).all()
        )

    # -- parked pulled entries ----------------------------------------------------------------

    def park(self, entity_id: str, entry: dict[str, Any]) -> None:
        self._conn.execute(insert(sync_parked).values(entity_id=entity_id, entry=dump_json(entry)))

    def parked(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for row in self._conn.execute(select(sync_parked).order_by(sync_parked.c.id)).all():
            yield row.id, json.loads(row.entry)

    def parked_count(self) -> int:
        return int(self._conn.execute(select(func.count()).select_from(sync_parked)).scalar_one())

    def unpark(self, parked_id: int) -> None:
        self._conn.execute(delete(sync_parked).where(sync_parked.c.id == parked_id))

    def forget_all(self) -> None:
        """Forget the enrolment and everything learnt from that server (not the records)."""
        for key in (PUSHED_SEQ, CURSOR, CURSOR_SEQ, ENROLMENT, LAST_SYNC):
            self.set_meta(key, None)
        for table in (sync_conflict, sync_parked, sync_resolution):
            self._conn.execute(delete(table))
