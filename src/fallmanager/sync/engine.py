"""Push, then pull: the laptop's half of a synchronisation, against the vault.

* **Push.** Unsent change-log entries go in order, in batches, each as an operation with a
  deterministic id. Only once the server's answer is stored (in one local transaction with the
  outcome of each operation) does the laptop move its "sent up to" mark. A push cut off at any
  point is simply repeated: the server answers a repeated operation with its stored result.
* **Pull.** Pages of the server's log after the laptop's cursor; each page and the cursor that
  follows it are stored in one local transaction. A field with an unsent local change is never
  overwritten by a pulled value (the local change goes with the next push and is merged there).
* Pulled writes and conflict decisions are written in *quiet* transactions: they are not sent
  back. A pulled record whose references have not arrived yet waits (is *parked*) until they do.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fallmanager.domain.entity import Entity, field_specs
from fallmanager.domain.errors import DomainError
from fallmanager.domain.model import APPEND_ONLY, ENTITY_BY_NAME
from fallmanager.domain.primitive import from_primitive, to_primitive
from fallmanager.domain.sync import (
    DELETE_KEY,
    PROTOCOL_VERSION,
    LoggedChange,
    OpKind,
    Outcome,
    QueuedResolution,
    conflict_id,
    operation_id,
)
from fallmanager.services.ports import UnitOfWork
from fallmanager.sync.errors import ProtocolError
from fallmanager.sync.transport import Transport

PUSH_BATCH = 500
PULL_PAGE = 1000

UowFactory = Callable[[], UnitOfWork]


@dataclass(slots=True)
class SyncCounts:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    rejected: int = 0
    superseded: int = 0
    clock_bounded: bool = False


@dataclass(frozen=True, slots=True)
class Progress:
    phase: str  # push | pull | snapshot
    done: int
    total: int | None


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# -- operations from the change log ------------------------------------------------------------


def change_to_operation(change: LoggedChange) -> dict[str, Any]:
    kind = {"insert": OpKind.INSERT, "update": OpKind.UPDATE, "delete": OpKind.DELETE}[change.op]
    return {
        "op_id": operation_id(
            change.device_id,
            change.hlc,
            change.entity_id,
            change.field if kind is OpKind.UPDATE else change.op,
        ),
        "entity": change.entity,
        "entity_id": change.entity_id,
        "kind": str(kind),
        "hlc": change.hlc,
        "field": change.field if kind is OpKind.UPDATE else None,
        "value": change.new_value if kind is not OpKind.DELETE else None,
        "base_seq": change.base_seq,
        "changed_at": change.changed_at[:40],
    }


def _whole_writes(changes: list[LoggedChange]) -> list[LoggedChange]:
    """At most a batch of entries, never ending in the middle of one write (the entries of
    one write share their stamp and are validated together on the server)."""
    if len(changes) <= PUSH_BATCH:
        return changes
    end = PUSH_BATCH
    while end < len(changes) and changes[end].hlc == changes[end - 1].hlc:
        end += 1
    return changes[:end]


def resolution_to_operation(resolution: QueuedResolution) -> dict[str, Any]:
    return {
        "op_id": operation_id(
            resolution.device_id, resolution.hlc, resolution.entity_id, "resolve"
        ),
        "entity": resolution.entity,
        "entity_id": resolution.entity_id,
        "kind": str(OpKind.RESOLVE),
        "hlc": resolution.hlc,
        "value": resolution.value,
        "conflict_key": resolution.conflict_key,
        "changed_at": resolution.changed_at[:40],
    }


# -- writing server values into the vault ------------------------------------------------------


def _exists(uow: UnitOfWork, cls: type[Entity], record_id: str) -> bool:
    return uow.sync.raw_values(cls.entity_name, record_id) is not None


def _missing_reference(uow: UnitOfWork, cls: type[Entity], values: dict[str, Any]) -> bool:
    """Whether a record refers to one this laptop does not have (yet) — or, for a family
    file, whether its case number is still held by an unsent local family file (the server
    gives that one another number on its push)."""
    if cls.entity_name == "family_file" and uow.queries.case_number_taken(
        str(values.get("case_number")), except_id=uuid.UUID(str(values.get("id")))
    ):
        return True
    for spec in field_specs(cls):
        if not spec.ref or spec.kind != "uuid":
            continue
        target = values.get(spec.name)
        if not target or target == values.get("id"):
            continue
        if not _exists(uow, ENTITY_BY_NAME[spec.ref], str(target)):
            return True
    return False


def _local_values(uow: UnitOfWork, cls: type[Entity], record_id: str) -> dict[str, Any] | None:
    record = uow.records.get(cls, uuid.UUID(record_id))
    return None if record is None else to_primitive(record)


def write_record(
    uow: UnitOfWork, cls: type[Entity], values: dict[str, Any], keep: set[str]
) -> bool:
    """Make the local record hold ``values`` except for the fields in ``keep`` (unsent local
    changes). Returns False when a reference is missing (the caller parks the entry)."""
    record_id = str(values.get("id"))
    local = _local_values(uow, cls, record_id)
    if local is not None:
        merged = {**values, **{name: local[name] for name in keep if name in local}}
        if merged == local:
            return True
        if _missing_reference(uow, cls, merged):
            return False
        uow.records.update(from_primitive(cls, merged))
        return True
    if _missing_reference(uow, cls, values):
        return False
    record = from_primitive(cls, values)
    if uow.records.is_tombstoned(cls, record.id):
        uow.records.restore(record)
    else:
        uow.records.add(record)
    return True


def write_field(uow: UnitOfWork, cls: type[Entity], record_id: str, name: str, value: Any) -> bool:
    """Set one field of a local record; False when the record or a reference is missing."""
    return write_fields(uow, cls, record_id, {name: value})


def write_fields(
    uow: UnitOfWork, cls: type[Entity], record_id: str, values: dict[str, Any]
) -> bool:
    """Set fields of a local record in one write (a rule across fields sees them together);
    False when the record or a reference is missing."""
    local = _local_values(uow, cls, record_id)
    if local is None:
        # Deleted here and not pending: the server keeps the record alive only after a
        # conflict, and then sends it whole. Absent altogether: wait for it.
        return uow.records.is_tombstoned(cls, uuid.UUID(record_id))
    merged = {**local, **values}
    if merged == local:
        return True
    if _missing_reference(uow, cls, merged):
        return False
    uow.records.update(from_primitive(cls, merged))
    return True


def delete_record(uow: UnitOfWork, cls: type[Entity], record_id: str) -> None:
    if cls in APPEND_ONLY:
        return
    if uow.records.get(cls, uuid.UUID(record_id)) is not None:
        uow.records.delete(cls, uuid.UUID(record_id))


# -- push -----------------------------------------------------------------------------------


def push(
    uow_factory: UowFactory,
    transport: Transport,
    token: str,
    counts: SyncCounts,
    progress: Callable[[Progress], None],
) -> None:
    """Send every unsent change and conflict decision; store each answer as it comes."""
    with uow_factory() as uow:
        total = uow.sync.unsent_count()
    done = 0
    progress(Progress("push", 0, total))
    while True:
        with uow_factory() as uow:
            pushed = uow.sync.pushed_seq()
            resolutions = uow.sync.unsent_resolutions()
            up_to = resolutions[0].after_seq if resolutions else None
            changes = _whole_writes(uow.sync.unsent(pushed, PUSH_BATCH + 100, up_to=up_to))
        if changes:
            operations = [change_to_operation(c) for c in changes]
            sent: list[Any] = changes
        elif resolutions:
            batch = [r for r in resolutions if r.after_seq == resolutions[0].after_seq]
            operations = [resolution_to_operation(r) for r in batch[:PUSH_BATCH]]
            sent = batch[:PUSH_BATCH]
        else:
            return
        answer = transport.call(
            "/api/v1/push",
            {"protocol_version": PROTOCOL_VERSION, "operations": operations},
            token,
        )
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != len(operations):
            raise ProtocolError("push answer does not match the request")
        counts.clock_bounded |= bool(answer.get("clock_bounded"))
        with uow_factory() as uow:
            uow.sync.mark_quiet()
            last_seq = changes[-1].seq if changes else None
            for operation, result in zip(operations, results, strict=True):
                if result.get("op_id") != operation["op_id"]:
                    raise ProtocolError("push answer out of order")
                _take_result(uow, operation, result, counts, last_seq)
            if changes:
                uow.sync.set_pushed_seq(changes[-1].seq)
            else:
                uow.sync.mark_resolutions_sent([r.id for r in sent])
            uow.commit()
        counts.sent += len(operations)
        done += len(operations)
        progress(Progress("push", done, max(total, done)))


def _take_result(
    uow: UnitOfWork,
    operation: dict[str, Any],
    result: dict[str, Any],
    counts: SyncCounts,
    last_seq: int | None,
) -> None:
    outcome = result.get("outcome")
    entity, entity_id = operation["entity"], operation["entity_id"]
    cls = ENTITY_BY_NAME.get(entity)
    now = utc_now_iso()
    if cls is None:
        return
    if outcome == Outcome.APPLIED:
        # Applied, but the server may have adjusted it (a case number taken meanwhile).
        _align(uow, cls, entity_id, result.get("current"), after_seq=last_seq)
        return
    if outcome == Outcome.REJECTED:
        counts.rejected += 1
        content = {k: operation.get(k) for k in ("kind", "field", "value", "conflict_key")}
        content["changed_at"] = operation.get("changed_at")
        uow.sync.add_rejected(
            operation["op_id"],
            entity=entity,
            entity_id=entity_id,
            field=operation.get("field"),
            content=content,
            reason=str(result.get("reason") or "invalid"),
            at=now,
        )
    elif outcome == Outcome.SUPERSEDED:
        counts.superseded += 1
        current = result.get("current") or {}
        winner = result.get("winner") or {}
        if operation.get("field") is not None and "field" in current:
            uow.sync.add_superseded(
                operation["op_id"],
                entity=entity,
                entity_id=entity_id,
                field=str(operation["field"]),
                my_value=operation.get("value"),
                winning_value=current.get("value"),
                winning_user=str(winner.get("user", "")),
                at=now,
            )
    _align(uow, cls, entity_id, result.get("current"), after_seq=last_seq)


def _align(
    uow: UnitOfWork,
    cls: type[Entity],
    entity_id: str,
    current: Any,
    *,
    after_seq: int | None,
) -> None:
    """Take the server's value after a merge, unless a later local change is unsent."""
    if not isinstance(current, dict):
        return
    pending = uow.sync.pending_fields(entity_id, after_seq)
    try:
        if current.get("deleted"):
            if not pending:
                delete_record(uow, cls, entity_id)
        elif "record" in current and isinstance(current["record"], dict):
            if None not in pending:
                keep = {f for f in pending if f is not None}
                write_record(uow, cls, current["record"], keep)
        elif "field" in current and current["field"] not in pending and None not in pending:
            write_field(uow, cls, entity_id, str(current["field"]), current.get("value"))
    except DomainError:
        # The server's value does not fit the local record (a local change in flight): the
        # next pull brings the whole record again.
        return


# -- pull -----------------------------------------------------------------------------------


def pull(
    uow_factory: UowFactory,
    transport: Transport,
    token: str,
    counts: SyncCounts,
    *,
    progress: Callable[[Progress], None],
    cancelled: Callable[[], bool],
) -> None:
    """Receive pages until the server has nothing more; each page lands with its cursor."""
    with uow_factory() as uow:
        cursor = uow.sync.cursor()
    done = 0
    pages_since_retry = 0
    while not cancelled():
        answer = transport.call(
            "/api/v1/pull",
            {"protocol_version": PROTOCOL_VERSION, "cursor": cursor, "limit": PULL_PAGE},
            token,
        )
        entries = answer.get("entries")
        new_cursor = answer.get("cursor")
        if not isinstance(entries, list) or not isinstance(new_cursor, dict):
            raise ProtocolError("pull answer malformed")
        users = answer.get("users") if isinstance(answer.get("users"), dict) else {}
        with uow_factory() as uow:
            uow.sync.mark_quiet()
            page = [e for e in entries if isinstance(e, dict)]
            latest = max((str(e.get("hlc") or "") for e in page), default="")
            _apply_page(uow, group_writes(page), users or {}, counts)
            pages_since_retry += 1
            # Going through what waits costs as much as waits: do it about as often as that
            # much has arrived since, so a long first copy stays linear; and at the end.
            if not answer.get("more") or pages_since_retry * PULL_PAGE >= uow.sync.parked_count():
                _retry_parked(uow, users or {}, counts)
                pages_since_retry = 0
            if latest:
                uow.observe_clock(latest)
            uow.sync.set_cursor(new_cursor)
            uow.sync.pass_over_quiet()
            uow.commit()
        cursor = new_cursor
        done += len(entries)
        progress(Progress("snapshot" if answer.get("snapshot") else "pull", done, None))
        if not answer.get("more"):
            return


_CHANGED, _UNCHANGED, _WAIT = "changed", "unchanged", "wait"


def group_writes(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Field entries as writes: the fields one write set on one record (consecutive entries
    with the same record and stamp) become one ``fields`` entry, applied together."""
    result: list[dict[str, Any]] = []
    for entry in entries:
        if entry.get("kind") != "field":
            result.append(entry)
            continue
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.get("kind") == "fields"
            and previous.get("entity_id") == entry.get("entity_id")
            and previous.get("hlc") == entry.get("hlc")
        ):
            previous["values"][str(entry.get("field"))] = entry.get("value")
            continue
        grouped = {k: v for k, v in entry.items() if k not in {"field", "value"}}
        grouped["kind"] = "fields"
        grouped["values"] = {str(entry.get("field")): entry.get("value")}
        result.append(grouped)
    return result


def _apply_entry(
    uow: UnitOfWork,
    entry: dict[str, Any],
    users: dict[str, str],
    counts: SyncCounts,
    pending: set[str | None] | None = None,
) -> str:
    """Apply one log entry: whether it changed local data, or must wait for references."""
    entity = str(entry.get("entity", ""))
    entity_id = str(entry.get("entity_id", ""))
    cls = ENTITY_BY_NAME.get(entity)
    kind = entry.get("kind")
    if cls is None:
        return _UNCHANGED
    if kind == "conflict":
        raw = entry.get("value")
        candidates = [c for c in raw if isinstance(c, dict)] if isinstance(raw, list) else []
        names = {c.get("user", ""): users.get(c.get("user", ""), "") for c in candidates}
        key = str(entry.get("field") or DELETE_KEY)
        if uow.sync.put_conflict(
            conflict_id(entity_id, key),
            entity=entity,
            entity_id=entity_id,
            key=key,
            candidates=candidates,
            users=names,
            at=str(entry.get("changed_at") or utc_now_iso()),
        ):
            counts.conflicts += 1
        return _UNCHANGED
    if kind == "decided":
        uow.sync.drop_conflict(conflict_id(entity_id, str(entry.get("field") or DELETE_KEY)))
        return _UNCHANGED
    if pending is None:
        pending = uow.sync.pending_fields(entity_id)
    if None in pending:
        # A local insert or deletion in flight: it goes with the next push, the server merges.
        return _UNCHANGED
    try:
        if kind == "put":
            values = entry.get("value")
            if not isinstance(values, dict):
                return _UNCHANGED
            changed = _changes_anything(uow, cls, entity_id, values, pending)
            if not write_record(uow, cls, values, {f for f in pending if f is not None}):
                return _WAIT
            return _CHANGED if changed else _UNCHANGED
        if kind == "fields":
            raw = entry.get("values")
            values = {k: v for k, v in (raw or {}).items() if k not in pending}
            if not values:
                return _UNCHANGED
            local = _local_values(uow, cls, entity_id)
            changed = local is not None and any(local.get(k) != v for k, v in values.items())
            if not write_fields(uow, cls, entity_id, values):
                return _WAIT
            return _CHANGED if changed else _UNCHANGED
        if kind == "delete":
            if pending:
                return _UNCHANGED
            live = uow.records.get(cls, uuid.UUID(entity_id)) is not None
            delete_record(uow, cls, entity_id)
            return _CHANGED if live else _UNCHANGED
    except DomainError:
        # Valid on the server but not next to this laptop's unsent changes: it waits until
        # the next push has settled those (the server's answer aligns them), then applies.
        return _WAIT
    return _UNCHANGED


class _Page:
    """What one pulled page needs to know of the vault, read once: which records have
    unsent changes, which exist, which wait for references."""

    def __init__(
        self, uow: UnitOfWork, entries: list[dict[str, Any]], *, waiting: bool = False
    ) -> None:
        """``waiting``: the entries are the parked ones themselves, retried."""
        self.pending = uow.sync.pending_by_record()
        self.parked = set() if waiting else uow.sync.parked_ids()
        wanted: dict[str, set[str]] = {}
        for entry in entries:
            cls = ENTITY_BY_NAME.get(str(entry.get("entity", "")))
            if cls is None or entry.get("kind") != "put":
                continue
            wanted.setdefault(cls.entity_name, set()).add(str(entry.get("entity_id")))
            values = entry.get("value") if isinstance(entry.get("value"), dict) else {}
            for spec in _single_refs(cls):
                target = values.get(spec.name) if values else None
                if target:
                    wanted.setdefault(str(spec.ref), set()).add(str(target))
        self.present: set[str] = set()
        for entity, ids in wanted.items():
            self.present |= uow.sync.existing_ids(entity, sorted(ids))
        self.insertable = self._insertable(entries)

    def _insertable(self, entries: list[dict[str, Any]]) -> dict[str, Entity]:
        """New records of this page that can be inserted as they come: everything they refer
        to is here or is itself insertable in this page (references are checked at commit,
        so their order within the page does not matter)."""
        candidates: dict[str, set[str]] = {}
        records: dict[str, Entity] = {}
        for entry in entries:
            cls = ENTITY_BY_NAME.get(str(entry.get("entity", "")))
            entity_id = str(entry.get("entity_id", ""))
            values = entry.get("value")
            if (
                cls is None
                or entry.get("kind") != "put"
                or cls.entity_name == "family_file"
                or not isinstance(values, dict)
                or entity_id in self.present
                or entity_id in self.parked
                or entity_id in self.pending
                or entity_id in candidates
            ):
                continue
            try:
                records[entity_id] = from_primitive(cls, values)
            except DomainError:
                continue  # goes the careful way, and waits there
            candidates[entity_id] = {
                str(values[spec.name])
                for spec in _single_refs(cls)
                if values.get(spec.name) and str(values[spec.name]) != entity_id
            } - self.present
        changed = True
        while changed:
            changed = False
            for entity_id, targets in list(candidates.items()):
                if not targets <= candidates.keys():
                    del candidates[entity_id]
                    changed = True
        return {entity_id: records[entity_id] for entity_id in candidates}


def _single_refs(cls: type[Entity]) -> list[Any]:
    return [spec for spec in field_specs(cls) if spec.ref and spec.kind == "uuid"]


def _apply_page(
    uow: UnitOfWork,
    entries: list[dict[str, Any]],
    users: dict[str, str],
    counts: SyncCounts,
) -> None:
    """Apply a page in order. New records whose references are all here are inserted in
    bulk (a first copy of thousands of family files is mostly that); everything else goes
    one by one through :func:`_apply_entry`."""
    page = _Page(uow, entries)
    batch: list[Entity] = []

    def flush() -> None:
        if batch:
            uow.records.add_many(batch)
            counts.received += len(batch)
            batch.clear()

    for entry in entries:
        entity_id = str(entry.get("entity_id", ""))
        kind = entry.get("kind")
        new = _new_record(entry, page)
        if new is not None:
            batch.append(new)
            page.present.add(entity_id)
            continue
        flush()
        if entity_id in page.parked:
            uow.sync.park(entity_id, entry)  # behind the entries of the record already waiting
            continue
        outcome = _apply_entry(uow, entry, users, counts, page.pending.get(entity_id, set()))
        if outcome == _WAIT:
            uow.sync.park(entity_id, entry)
            page.parked.add(entity_id)
        elif outcome == _CHANGED:
            counts.received += 1
            if kind == "put":
                page.present.add(entity_id)
    flush()


def _new_record(entry: dict[str, Any], page: _Page) -> Entity | None:
    """The record of a ``put`` that can simply be inserted (see :meth:`_Page._insertable`;
    family files go the careful way: their case number may be taken by an unsent local one)."""
    entity_id = str(entry.get("entity_id", ""))
    if entry.get("kind") != "put" or entity_id in page.present:
        return None
    return page.insertable.get(entity_id)


def _changes_anything(
    uow: UnitOfWork,
    cls: type[Entity],
    entity_id: str,
    values: dict[str, Any],
    pending: set[str | None],
) -> bool:
    local = _local_values(uow, cls, entity_id)
    if local is None:
        return True
    return any(local.get(k) != v for k, v in values.items() if k not in pending)


def _retry_parked(uow: UnitOfWork, users: dict[str, str], counts: SyncCounts) -> None:
    """Entries waiting for references: apply those whose references have arrived, in order;
    a record's later entries keep waiting behind its first waiting one.

    New records are checked all at once (as in a page); a record still missing something is
    passed over without touching the vault, so a long first copy does not slow down with
    every page by retrying what cannot be applied yet.
    """
    while _retry_parked_once(uow, users, counts):
        pass  # a family file that came one by one may let records waiting for it follow


def _retry_parked_once(uow: UnitOfWork, users: dict[str, str], counts: SyncCounts) -> bool:
    """One pass over the parked entries; whether one was applied one by one (then another
    pass may apply more)."""
    parked = list(uow.sync.parked())
    if not parked:
        return False
    applied_singly = False
    page = _Page(uow, [entry for _, entry in parked], waiting=True)
    batch: list[Entity] = []
    waiting: set[str] = set()
    for parked_id, entry in parked:
        entity_id = str(entry.get("entity_id", ""))
        if entity_id in waiting:
            continue
        new = _new_record(entry, page)
        if new is not None:
            batch.append(new)
            page.present.add(entity_id)
            uow.sync.unpark(parked_id)
            continue
        if (
            entry.get("kind") == "put"
            and entity_id not in page.present
            and entry.get("entity") != "family_file"
        ):
            waiting.add(entity_id)  # a reference is still missing
            continue
        if batch:
            uow.records.add_many(batch)
            counts.received += len(batch)
            batch.clear()
        outcome = _apply_entry(uow, entry, users, counts, page.pending.get(entity_id, set()))
        if outcome == _WAIT:
            waiting.add(entity_id)
            continue
        uow.sync.unpark(parked_id)
        applied_singly = True
        if outcome == _CHANGED:
            counts.received += 1
    if batch:
        uow.records.add_many(batch)
        counts.received += len(batch)
    return applied_singly
