"""Pages of the server's log for a laptop, after its cursor, only of its family files.

A laptop that is new, or whose user was given further family files, first receives the
current state of those family files (a *snapshot*, in pages), then the log. The cursor is
the laptop's: it stores each page and the cursor that follows it in one local transaction,
and sends the cursor back with its next pull, so an interrupted pull resumes exactly where
the last stored page ended.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, and_, case, delete, insert, select, text

from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.sync import PROTOCOL_VERSION, kinds_for_version
from fallmanager.server.db import (
    app_user,
    change,
    change_scope,
    device,
    device_family,
    record,
    record_scope,
)
from fallmanager.server.merge import DeviceContext, allowed_scopes

KIND_ORDER = tuple(cls.entity_name for cls in ENTITY_TYPES)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a laptop stands: the last log position it stored and, while a snapshot runs,
    the snapshot's generation, the kind and last record id it reached, and the log position
    at which the snapshot began (``upto``)."""

    seq: int = 0
    gen: int | None = None
    kind: int = 0
    after: str = ""
    upto: int = 0
    jump: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "gen": self.gen,
            "kind": self.kind,
            "after": self.after,
            "upto": self.upto,
            "jump": self.jump,
        }


@dataclass(frozen=True, slots=True)
class PullPage:
    entries: list[dict[str, Any]]
    cursor: Cursor
    more: bool
    snapshot: bool
    users: dict[str, str]


def pull_page(conn: Connection, ctx: DeviceContext, cursor: Cursor | None, limit: int) -> PullPage:
    """The next page for the laptop; runs in a short write transaction of its own (it notes
    which family files the laptop has been sent)."""
    # Two pulls of one device at the same moment (a second sync started while the first
    # still waits for its answer) take turns: both would note the same family files. On
    # SQLite the transaction holds the write lock already.
    conn.execute(select(device.c.id).where(device.c.id == ctx.device_id).with_for_update())
    allowed = allowed_scopes(conn, ctx.user_id)
    kinds = kinds_for_version(ctx.protocol_version, frozenset(KIND_ORDER))
    if cursor is None:
        conn.execute(delete(device_family).where(device_family.c.device_id == ctx.device_id))
        cursor = Cursor()
    known = dict(
        conn.execute(
            select(device_family.c.scope, device_family.c.generation).where(
                device_family.c.device_id == ctx.device_id
            )
        ).all()
    )
    gone = set(known) - allowed
    if gone:
        # No longer assigned: not sent again unless assigned anew (then whole again).
        conn.execute(
            delete(device_family).where(
                device_family.c.device_id == ctx.device_id, device_family.c.scope.in_(gone)
            )
        )
        known = {k: v for k, v in known.items() if k not in gone}
    if cursor.gen is None:
        new = allowed - set(known)
        if new:
            generation = max(known.values(), default=0) + 1
            conn.execute(
                insert(device_family),
                [
                    {"device_id": ctx.device_id, "scope": s, "generation": generation}
                    for s in sorted(new)
                ],
            )
            upto = _committed_bound(conn)
            cursor = Cursor(seq=cursor.seq, gen=generation, upto=upto, jump=not known)
            known.update(dict.fromkeys(new, generation))
    if cursor.gen is not None:
        in_snapshot = {scope for scope, gen in known.items() if gen == cursor.gen}
        return _snapshot_page(conn, ctx, cursor, limit, kinds, in_snapshot=in_snapshot)
    return _log_page(conn, cursor, limit, kinds, allowed)


#: Records one snapshot page looks at, at most, to find those it sends: a laptop that
#: uploaded a whole caseload gets its first pages quickly, each with little or nothing in it.
SNAPSHOT_SCAN = 20_000


def _snapshot_page(
    conn: Connection,
    ctx: DeviceContext,
    cursor: Cursor,
    limit: int,
    kinds: frozenset[str],
    *,
    in_snapshot: set[str],
) -> PullPage:
    # A record whose every field this device wrote itself is left out: the device has it
    # (the server's adjustments of such a write went back with the push's answer).
    send = case(
        (and_(record.c.sole_device == ctx.device_id, record.c.open_conflicts == 0), False),
        else_=True,
    )
    kind_index, after = cursor.kind, cursor.after
    chosen: list[str] = []
    scanned = 0
    while kind_index < len(KIND_ORDER) and len(chosen) < limit and scanned < SNAPSHOT_SCAN:
        kind = KIND_ORDER[kind_index]
        if kind not in kinds:
            kind_index, after = kind_index + 1, ""
            continue
        # Rows for the records still wanted (most have one or two scopes), within the budget.
        budget = min(SNAPSHOT_SCAN - scanned, 2 * (limit - len(chosen)) + 16)
        # The records of a kind in id order with their scopes, straight from two indexes;
        # whether a scope is in the snapshot is checked here. (Asked in SQL, the databases
        # may look a record's scopes up once for every family file of the snapshot.)
        rows: list[tuple[str, bool, str]] = [
            (row.entity_id, bool(row.send), row.scope)
            for row in conn.execute(
                select(record.c.entity_id, send.label("send"), record_scope.c.scope)
                .join(record_scope, record_scope.c.entity_id == record.c.entity_id)
                .where(
                    record.c.entity == kind,
                    record.c.entity_id > after,
                    record.c.deleted.is_(False),
                )
                .order_by(record.c.entity_id)
                .limit(budget)
            )
        ]
        full = len(rows) == budget
        if full:  # the last record's further scopes lie beyond the limit
            last_id, last_send, _ = rows[-1]
            rows += [
                (last_id, last_send, scope)
                for scope in conn.execute(
                    select(record_scope.c.scope).where(record_scope.c.entity_id == last_id)
                ).scalars()
            ]
        stopped = False
        for entity_id, group in groupby(rows, key=itemgetter(0)):
            records = list(group)
            after = entity_id
            if records[0][1] and any(scope in in_snapshot for _, _, scope in records):
                chosen.append(entity_id)
                if len(chosen) == limit:
                    stopped = True
                    break
        scanned += budget if full else len(rows)
        if not full and not stopped:  # this kind is done
            kind_index, after = kind_index + 1, ""
    entries = _snapshot_entries(conn, chosen)
    if kind_index >= len(KIND_ORDER):
        seq = max(cursor.seq, cursor.upto) if cursor.jump else cursor.seq
        return PullPage(entries, Cursor(seq=seq), True, True, {})
    return PullPage(entries, replace(cursor, kind=kind_index, after=after), True, True, {})


def _snapshot_entries(conn: Connection, entity_ids: list[str]) -> list[dict[str, Any]]:
    """The records of a snapshot page, whole and in the page's order, with their open
    conflicts."""
    rows: dict[str, Any] = {}
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start : start + 500]
        rows.update(
            (row.entity_id, row)
            for row in conn.execute(select(record).where(record.c.entity_id.in_(chunk)))
        )
    entries: list[dict[str, Any]] = []
    for entity_id in entity_ids:
        row = rows[entity_id]
        field_hlc = json.loads(row.field_hlc)
        base = {
            "seq": 0,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "hlc": max(field_hlc.values()) if field_hlc else "",
            "user_id": "",
            "device_id": "",
            "changed_at": "",
        }
        entries.append({**base, "kind": "put", "field": None, "value": json.loads(row.data)})
        for key, candidates in json.loads(row.conflicts).items():
            entries.append({**base, "kind": "conflict", "field": key, "value": candidates})
    return entries


#: Log entries one page reads at most, in chunks, to find those the laptop may receive.
LOG_SCAN = 20_000


def _log_page(
    conn: Connection,
    cursor: Cursor,
    limit: int,
    kinds: frozenset[str],
    allowed: set[str],
) -> PullPage:
    # Every position up to the highest one committed now is final: positions are handed out
    # under the merge lock, in commit order. Reading it first bounds the page, so a change
    # that commits while this page is read can never be skipped.
    bound = _committed_bound(conn)
    chunk_size = 2 * (limit + WRITE_SLACK)
    fetched: list[Any] = []
    after, scanned, exhausted = cursor.seq, 0, False
    while len(fetched) < limit + WRITE_SLACK and scanned < LOG_SCAN:
        chunk = list(
            conn.execute(
                select(change)
                .where(change.c.seq > after, change.c.seq <= bound)
                .order_by(change.c.seq)
                .limit(chunk_size)
            )
        )
        if len(chunk) < chunk_size:
            exhausted = True
        else:
            chunk = _end_at_a_write(chunk)
        if not chunk:
            break
        # Which family files each entry belongs to, checked here against the laptop's:
        # asked in SQL, the databases may probe once per family file for every entry.
        scopes: dict[int, list[str]] = {}
        for seq, scope in conn.execute(
            select(change_scope.c.seq, change_scope.c.scope).where(
                change_scope.c.seq >= chunk[0].seq, change_scope.c.seq <= chunk[-1].seq
            )
        ):
            scopes.setdefault(seq, []).append(scope)
        fetched += [
            row
            for row in chunk
            if row.entity in kinds and any(scope in allowed for scope in scopes.get(row.seq, ()))
        ]
        scanned += len(chunk)
        after = chunk[-1].seq
        if exhausted:
            break
    rows = _whole_writes(fetched, limit)
    entries = [
        {
            "seq": row.seq,
            "kind": row.kind,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "field": row.field,
            "value": None if row.value is None else json.loads(row.value),
            "hlc": row.hlc,
            "user_id": row.user_id,
            "device_id": row.device_id,
            "changed_at": row.changed_at,
        }
        for row in rows
    ]
    if len(rows) < len(fetched):
        more, last = True, rows[-1].seq
    elif exhausted:
        # With nothing more visible, the cursor moves to the bound, so the next pull does
        # not scan the invisible rest of the log again.
        more, last = False, max(cursor.seq, bound)
    else:
        more, last = True, after
    users = _user_names(conn, _user_ids(entries))
    return PullPage(entries, Cursor(seq=last), more, False, users)


def _end_at_a_write(chunk: list[Any]) -> list[Any]:
    """A full chunk of the log without its last write, which may go on beyond it (unless
    that write is all there is)."""
    end = len(chunk)
    while end > 0 and (chunk[end - 1].entity_id, chunk[end - 1].hlc) == (
        chunk[-1].entity_id,
        chunk[-1].hlc,
    ):
        end -= 1
    return chunk[:end] if end else chunk


#: Rows read beyond a page's limit so that a page never ends inside one write.
WRITE_SLACK = 100


def _whole_writes(rows: Sequence[Any], limit: int) -> Sequence[Any]:
    """At most ``limit`` rows, extended so that the fields one write set on one record (same
    record, same stamp) travel in the same page: the laptop applies them together."""
    if len(rows) <= limit:
        return rows
    end = limit
    while end < len(rows) and (rows[end].entity_id, rows[end].hlc) == (
        rows[end - 1].entity_id,
        rows[end - 1].hlc,
    ):
        end += 1
    return rows[:end]


def _committed_bound(conn: Connection) -> int:
    """The highest log position committed so far."""
    return int(conn.execute(text("SELECT value FROM sync_counter WHERE id = 1")).scalar_one())


def _user_ids(entries: Iterable[dict[str, Any]]) -> set[str]:
    ids = set()
    for entry in entries:
        if entry["user_id"]:
            ids.add(entry["user_id"])
        if entry["kind"] == "conflict":
            ids |= {c.get("user", "") for c in entry["value"] if isinstance(c, dict)}
    ids.discard("")
    return ids


def _user_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = conn.execute(
        select(app_user.c.id, app_user.c.display_name).where(app_user.c.id.in_(sorted(ids)))
    ).all()
    return {row.id: row.display_name for row in rows}


__all__ = ["PROTOCOL_VERSION", "Cursor", "PullPage", "pull_page"]
