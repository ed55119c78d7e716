"""Applying pushed operations to the server's copy: at most once, merged, authorised, logged.

One push batch runs in one :func:`~fallmanager.server.engine.write_transaction`, so batches
merge one after another and the log positions they take follow commit order. Each operation
is looked up by its id first: a repeated push (after a lost acknowledgement) returns the
stored result and changes nothing.
"""

from __future__ import annotations

import dataclasses
import json
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, bindparam, insert, or_, select, text, update

from fallmanager.domain.clock import HlcTimestamp
from fallmanager.domain.entity import Entity, field_specs
from fallmanager.domain.errors import DomainError
from fallmanager.domain.model import ENTITY_BY_NAME
from fallmanager.domain.primitive import from_primitive, to_primitive
from fallmanager.domain.sync import (
    DELETE_KEY,
    PROTOCOL_VERSION,
    Author,
    ConflictCandidate,
    MergeResult,
    Operation,
    OpKind,
    Outcome,
    RecordState,
    RejectReason,
    Stamp,
    bound_hlc,
    merge_delete,
    merge_insert,
    merge_resolve,
    merge_update,
    new_record_state,
)
from fallmanager.domain.sync_scope import (
    DIRECTORY_SCOPE,
    person_ids,
    scope_rule,
    user_scope,
)
from fallmanager.server.db import (
    change,
    change_scope,
    family_access,
    op,
    record,
    record_person,
    record_scope,
    sync_counter,
    team_member,
)


def utc_now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + ".000000Z"


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class DeviceContext:
    """The authenticated caller of a request."""

    device_id: str
    user_id: str
    user_login: str
    protocol_version: int


@dataclass(slots=True)
class PushOutcome:
    results: list[dict[str, Any]]
    clock_bounded: bool
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    superseded: int = 0
    families: set[str] = field(default_factory=set)


class _Log:
    """Log positions of one write transaction, taken from ``sync_counter`` (locked)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._start = int(
            conn.execute(text("SELECT value FROM sync_counter WHERE id = 1")).scalar_one()
        )
        self.last = self._start
        self._changes: list[dict[str, Any]] = []
        self._scopes: list[dict[str, Any]] = []

    def peek(self) -> int:
        return self.last + 1

    def add(
        self,
        kind: str,
        state: RecordState,
        scopes: Iterable[str],
        *,
        author: Author,
        hlc: str,
        op_id: str | None,
        field_name: str | None = None,
        value: Any = None,
    ) -> int:
        self.last += 1
        self._changes.append(
            {
                "seq": self.last,
                "kind": kind,
                "entity": state.entity,
                "entity_id": state.entity_id,
                "field": field_name,
                "value": None if value is None and kind in {"delete", "decided"} else dump(value),
                "hlc": hlc,
                "user_id": author.user,
                "device_id": author.device_id,
                "changed_at": author.changed_at,
                "op_id": op_id,
            }
        )
        self._scopes += [{"scope": scope, "seq": self.last} for scope in set(scopes)]
        return self.last

    def flush(self) -> None:
        if self._changes:
            self._conn.execute(insert(change), self._changes)
        if self._scopes:
            self._conn.execute(insert(change_scope), self._scopes)
        if self.last != self._start:
            self._conn.execute(
                update(sync_counter).where(sync_counter.c.id == 1).values(value=self.last)
            )
        self._changes.clear()
        self._scopes.clear()


# -- record state in the database --------------------------------------------------------------


def _author_dict(author: Author) -> list[str]:
    return [author.user, author.device_id, author.changed_at]


def load_state(conn: Connection, entity_id: str) -> tuple[RecordState, str] | None:
    row = conn.execute(select(record).where(record.c.entity_id == entity_id)).first()
    return None if row is None else _state_of(row)


def _state_of(row: Any) -> tuple[RecordState, str]:
    conflicts = {
        key: [ConflictCandidate.from_dict(c) for c in candidates]
        for key, candidates in json.loads(row.conflicts).items()
    }
    state = RecordState(
        entity=row.entity,
        entity_id=row.entity_id,
        values=json.loads(row.data),
        field_hlc=json.loads(row.field_hlc),
        field_seq={k: int(v) for k, v in json.loads(row.field_seq).items()},
        field_author={k: Author(*v) for k, v in json.loads(row.field_author).items()},
        deleted=bool(row.deleted),
        deleted_hlc=row.deleted_hlc,
        conflicts=conflicts,
    )
    return state, row.created_by


def _state_columns(state: RecordState) -> dict[str, Any]:
    return {
        "entity": state.entity,
        "data": dump(state.values),
        "field_hlc": dump(state.field_hlc),
        "field_seq": dump(state.field_seq),
        "field_author": dump({k: _author_dict(v) for k, v in state.field_author.items()}),
        "deleted": state.deleted,
        "deleted_hlc": state.deleted_hlc,
        "conflicts": dump(
            {key: [c.as_dict() for c in cands] for key, cands in state.conflicts.items()}
        ),
        "open_conflicts": len(state.conflicts),
        "sole_device": sole_device(state),
        "case_number": live_case_number(state),
    }


def live_case_number(state: RecordState) -> str | None:
    """The case number of a family file that is not deleted."""
    number = state.values.get("case_number")
    if state.entity != "family_file" or state.deleted or not isinstance(number, str):
        return None
    return number


def sole_device(state: RecordState) -> str | None:
    """The device that wrote every field of a record, if one device did."""
    devices = {author.device_id for author in state.field_author.values()}
    return devices.pop() if len(devices) == 1 else None


def scopes_of(conn: Connection, entity_id: str) -> set[str]:
    return set(
        conn.execute(
            select(record_scope.c.scope).where(record_scope.c.entity_id == entity_id)
        ).scalars()
    )


class _Store:
    """The records and scopes one push batch reads and writes, kept in memory until the
    batch ends and then written with one statement per table (a batch touches the same
    parents and records again and again)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._states: dict[str, tuple[RecordState, str]] = {}
        self._absent: set[str] = set()
        self._new: set[str] = set()
        self._dirty: set[str] = set()
        self._scopes: dict[str, set[str]] = {}
        self._scope_rows: list[dict[str, str]] = []
        self._person_rows: list[dict[str, str]] = []

    def prefetch(self, entity_ids: Iterable[str]) -> None:
        """Read the records and scopes a batch is about in a few queries (one round trip
        per record adds up on PostgreSQL)."""
        wanted = sorted(set(entity_ids) - self._states.keys() - self._absent)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.conn.execute(select(record).where(record.c.entity_id.in_(chunk))).all()
            found = {row.entity_id: _state_of(row) for row in rows}
            self._states.update(found)
            self._absent.update(set(chunk) - found.keys())
            scopes: dict[str, set[str]] = {entity_id: set() for entity_id in chunk}
            for entity_id, scope in self.conn.execute(
                select(record_scope.c.entity_id, record_scope.c.scope).where(
                    record_scope.c.entity_id.in_(chunk)
                )
            ):
                scopes[entity_id].add(scope)
            for entity_id, known in scopes.items():
                self._scopes.setdefault(entity_id, known)

    def load(self, entity_id: str) -> tuple[RecordState, str] | None:
        if entity_id in self._states:
            return self._states[entity_id]
        if entity_id in self._absent:
            return None
        loaded = load_state(self.conn, entity_id)
        if loaded is None:
            self._absent.add(entity_id)
        else:
            self._states[entity_id] = loaded
        return loaded

    def save(self, state: RecordState, *, created_by: str | None) -> None:
        """Keep a changed record (``created_by`` for a new one) for the end of the batch."""
        if created_by is not None:
            self._states[state.entity_id] = (state, created_by)
            self._absent.discard(state.entity_id)
            self._new.add(state.entity_id)
        elif state.entity_id not in self._new:
            self._dirty.add(state.entity_id)

    def new_states(self, entity: str) -> list[RecordState]:
        return [self._states[i][0] for i in self._new if self._states[i][0].entity == entity]

    def scopes(self, entity_id: str) -> set[str]:
        cached = self._scopes.get(entity_id)
        if cached is None:
            cached = self._scopes[entity_id] = scopes_of(self.conn, entity_id)
        return cached

    def add_scopes(self, entity_id: str, scopes: Iterable[str]) -> set[str]:
        """Add scopes to a record; return those that are new."""
        known = self.scopes(entity_id)
        new = set(scopes) - known
        known |= new
        self._scope_rows += [{"entity_id": entity_id, "scope": s} for s in sorted(new)]
        return new

    def tie_to_persons(self, entity_id: str, persons: Iterable[str]) -> None:
        """Note which persons a new record is about (its family files follow theirs)."""
        self._person_rows += [{"entity_id": entity_id, "person_id": p} for p in sorted(persons)]

    def tied_to(self, person_id: str) -> set[str]:
        """The records about a person, this batch's included."""
        stored = self.conn.execute(
            select(record_person.c.entity_id).where(record_person.c.person_id == person_id)
        ).scalars()
        pending = (row["entity_id"] for row in self._person_rows if row["person_id"] == person_id)
        return {*stored, *pending}

    def flush(self) -> None:
        if self._new:
            self.conn.execute(
                insert(record),
                [
                    {
                        "entity_id": entity_id,
                        "created_by": self._states[entity_id][1],
                        **_state_columns(self._states[entity_id][0]),
                    }
                    for entity_id in sorted(self._new)
                ],
            )
        if self._dirty:
            self.conn.execute(
                update(record).where(record.c.entity_id == bindparam("target")),
                [
                    {"target": entity_id, **_state_columns(self._states[entity_id][0])}
                    for entity_id in sorted(self._dirty)
                ],
            )
        if self._scope_rows:
            self.conn.execute(insert(record_scope), self._scope_rows)
        if self._person_rows:
            self.conn.execute(insert(record_person), self._person_rows)
        self._new.clear()
        self._dirty.clear()
        self._scope_rows.clear()
        self._person_rows.clear()


def accessible_families(user_id: str) -> Select[tuple[str]]:
    """The family files a user may see and change: their own, their deputyships, their
    teams'."""
    teams = select(team_member.c.team_id).where(team_member.c.user_id == user_id)
    return select(family_access.c.family_id).where(
        or_(family_access.c.user_id == user_id, family_access.c.team_id.in_(teams))
    )


def allowed_scopes(conn: Connection, user_id: str) -> set[str]:
    """The scopes a user may see and change: their family files, the directory, their own."""
    rows = conn.execute(accessible_families(user_id)).scalars()
    return {*rows, DIRECTORY_SCOPE, user_scope(user_id)}


# -- scope of a new record ---------------------------------------------------------------------


def _derive_scopes(store: _Store, state: RecordState, user_id: str) -> tuple[set[str], list[str]]:
    """The scopes of a new record and the persons it is tied to."""
    rule = scope_rule(state.entity)
    values = state.values
    if rule.directory:
        return {DIRECTORY_SCOPE}, []
    if rule.own_family:
        return {state.entity_id}, []
    if rule.family_field:
        family = values.get(rule.family_field)
        return ({family} if isinstance(family, str) else set()), []
    if rule.parent_field:
        parent = values.get(rule.parent_field)
        return (store.scopes(parent) if isinstance(parent, str) else set()), []
    persons = person_ids(state.entity, state.entity_id, values)
    scopes: set[str] = set()
    for person in persons:
        scopes |= {
            s for s in store.scopes(person) if s != DIRECTORY_SCOPE and not s.startswith("u:")
        }
    if not scopes:
        scopes = {user_scope(user_id)}
    return scopes, persons


def _widen_person(
    store: _Store, log: _Log, person_id: str, family_id: str, *, author: Author, op_id: str
) -> None:
    """A person joined a family file: the person's records now belong to it too, and the
    laptops of that family file receive them whole."""
    tied = store.tied_to(person_id)
    tied.add(person_id)
    for entity_id in sorted(tied):
        if not store.add_scopes(entity_id, [family_id]):
            continue
        loaded = store.load(entity_id)
        if loaded is None:
            continue
        state = loaded[0]
        if state.deleted:
            continue
        log.add(
            "put",
            state,
            [family_id],
            author=author,
            hlc=state.latest_hlc,
            op_id=op_id,
            value=state.values,
        )
        for key, candidates in state.conflicts.items():
            log.add(
                "conflict",
                state,
                [family_id],
                author=author,
                hlc=state.latest_hlc,
                op_id=op_id,
                field_name=key,
                value=[c.as_dict() for c in candidates],
            )


# -- validation --------------------------------------------------------------------------------


class _Invalid(Exception):
    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def _entity_class(name: str) -> type[Entity]:
    cls = ENTITY_BY_NAME.get(name)
    if cls is None:
        raise _Invalid(RejectReason.UNKNOWN_KIND, "unknown record kind")
    return cls


def _check_record(cls: type[Entity], values: Any) -> dict[str, Any]:
    if not isinstance(values, dict):
        raise _Invalid(RejectReason.INVALID, "record must be an object")
    try:
        from_primitive(cls, values)
    except DomainError as exc:
        raise _Invalid(RejectReason.INVALID, f"{exc.code.value}:{exc.field or ''}") from None
    except (TypeError, ValueError) as exc:
        raise _Invalid(RejectReason.INVALID, type(exc).__name__) from None
    return dict(values)


def _field_names(cls: type[Entity]) -> frozenset[str]:
    return frozenset(spec.name for spec in field_specs(cls))


def upgrade_record(cls: type[Entity], values: dict[str, Any]) -> dict[str, Any]:
    """Operations of a client one version behind lack fields added since: their defaults
    fill in, so the server stores every record in the current shape."""
    return to_primitive(from_primitive(cls, values))


# -- the push ----------------------------------------------------------------------------------


def apply_push(
    conn: Connection,
    ctx: DeviceContext,
    operations: Sequence[Operation],
    *,
    now_ms: int | None = None,
    received_at: str | None = None,
) -> PushOutcome:
    """Merge a batch of operations inside a locked write transaction; return one result per
    operation, in order."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    received_at = received_at or utc_now_iso()
    log = _Log(conn)
    store = _Store(conn)
    allowed = allowed_scopes(conn, ctx.user_id)
    outcome = PushOutcome(results=[], clock_bounded=False)
    writes = _writes(operations)
    stored = _stored_results(conn, [operation.op_id for operation in operations])
    store.prefetch(operation.entity_id for operation in operations)
    op_rows: list[dict[str, Any]] = []
    for operation in operations:
        earlier = stored.get(operation.op_id)
        if earlier is not None:
            device_id, result = earlier
            if device_id == ctx.device_id:
                outcome.results.append(result)
            else:
                outcome.results.append(_rejected(operation, RejectReason.INVALID, "duplicate id"))
            continue
        try:
            result, bounded, families = _apply_one(
                store,
                log,
                ctx,
                operation,
                allowed=allowed,
                now_ms=now_ms,
                same_write=writes.get((operation.entity_id, operation.hlc), {}),
            )
        except _Invalid as exc:
            result, bounded, families = (
                _rejected(operation, exc.reason, exc.message),
                False,
                set(),
            )
        outcome.clock_bounded |= bounded
        outcome.families |= families
        match result["outcome"]:
            case Outcome.APPLIED:
                outcome.applied += 1
            case Outcome.CONFLICT:
                outcome.conflicts += 1
            case Outcome.REJECTED:
                outcome.rejected += 1
            case Outcome.SUPERSEDED:
                outcome.superseded += 1
        result["seq"] = log.last
        stored[operation.op_id] = (ctx.device_id, result)  # the same id twice in one batch
        op_rows.append(
            {
                "op_id": operation.op_id,
                "device_id": ctx.device_id,
                "user_id": ctx.user_id,
                "entity": operation.entity[:60],
                "entity_id": operation.entity_id,
                "payload": dump(_payload(operation)),
                "outcome": str(result["outcome"]),
                "result": dump(result),
                "seq": log.last,
                "received_at": received_at,
                "clock_bounded": bounded,
            }
        )
        outcome.results.append(result)
    store.flush()
    if op_rows:
        conn.execute(insert(op), op_rows)
    log.flush()
    return outcome


def _stored_results(
    conn: Connection, op_ids: Sequence[str]
) -> dict[str, tuple[str, dict[str, Any]]]:
    """Operations of this batch the server has applied before (a repeated push)."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    unique = sorted(set(op_ids))
    for start in range(0, len(unique), 500):
        rows = conn.execute(
            select(op.c.op_id, op.c.device_id, op.c.result).where(
                op.c.op_id.in_(unique[start : start + 500])
            )
        ).all()
        found.update({row.op_id: (row.device_id, json.loads(row.result)) for row in rows})
    return found


def _writes(operations: Sequence[Operation]) -> dict[tuple[str, str], dict[str, Any]]:
    """The fields each write of a record changed, by (record, stamp).

    One edit on a laptop may change several fields at once (closing a family file sets its
    status and its closing date); they arrive as one operation per field with the same stamp.
    A field is validated together with the other fields of its write, so a rule across
    fields does not refuse the first of them.
    """
    writes: dict[tuple[str, str], dict[str, Any]] = {}
    for operation in operations:
        if operation.kind is OpKind.UPDATE and operation.field is not None:
            writes.setdefault((operation.entity_id, operation.hlc), {})[operation.field] = (
                operation.value
            )
    return writes


def _payload(operation: Operation) -> dict[str, Any]:
    return {
        "kind": str(operation.kind),
        "field": operation.field,
        "value": operation.value,
        "hlc": operation.hlc,
        "base_seq": operation.base_seq,
        "conflict_key": operation.conflict_key,
        "changed_at": operation.changed_at,
    }


def _rejected(operation: Operation, reason: RejectReason, message: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "op_id": operation.op_id,
        "outcome": Outcome.REJECTED,
        "reason": reason,
        "message": message,
    }
    return result


def _current(state: RecordState, key: str | None) -> dict[str, Any]:
    """What the laptop needs to align its copy with the server's after the merge."""
    if state.deleted:
        return {"deleted": True}
    if key is None or key == DELETE_KEY:
        return {"record": state.values}
    return {"field": key, "value": state.values.get(key)}


def _apply_one(
    store: _Store,
    log: _Log,
    ctx: DeviceContext,
    operation: Operation,
    *,
    allowed: set[str],
    now_ms: int,
    same_write: dict[str, Any],
) -> tuple[dict[str, Any], bool, set[str]]:
    cls = _entity_class(operation.entity)
    try:
        uuid.UUID(operation.entity_id)
        HlcTimestamp.decode(operation.hlc)
    except ValueError:
        raise _Invalid(RejectReason.INVALID, "malformed id or clock") from None
    hlc, bounded = bound_hlc(operation.hlc, now_ms)
    author = Author(ctx.user_id, ctx.device_id, operation.changed_at[:40])
    stamp = Stamp(hlc, log.peek(), author)
    loaded = store.load(operation.entity_id)
    if loaded is not None and loaded[0].entity != operation.entity:
        raise _Invalid(RejectReason.INVALID, "record kind does not match")

    if loaded is None:
        if operation.kind is not OpKind.INSERT:
            raise _Invalid(RejectReason.UNKNOWN_RECORD, "record unknown to the server")
        values = _check_record(cls, operation.value)
        if ctx.protocol_version < PROTOCOL_VERSION:
            values = upgrade_record(cls, values)
        if values.get("id") != operation.entity_id:
            raise _Invalid(RejectReason.INVALID, "record id does not match")
        state = new_record_state(operation.entity, operation.entity_id, values, stamp)
        scopes, persons = _derive_scopes(store, state, ctx.user_id)
        if operation.entity == "family_file" and _claim_family(
            store.conn, state.entity_id, ctx.user_id
        ):
            allowed.add(state.entity_id)
        if not scopes & allowed:
            raise _Invalid(RejectReason.NOT_AUTHORISED, "family file not assigned to you")
        if operation.entity == "family_membership":
            _check_person_visible(store, values.get("person_id"), allowed)
        renumbered = _unique_case_number(store, state, stamp)
        store.save(state, created_by=ctx.user_id)
        store.add_scopes(state.entity_id, scopes)
        store.tie_to_persons(state.entity_id, set(persons))
        log.add(
            "put", state, scopes, author=author, hlc=hlc, op_id=operation.op_id, value=state.values
        )
        if operation.entity == "family_membership":
            person = values.get("person_id")
            family = values.get("family_id")
            if isinstance(person, str) and isinstance(family, str):
                _widen_person(store, log, person, family, author=author, op_id=operation.op_id)
        applied: dict[str, Any] = {"op_id": operation.op_id, "outcome": Outcome.APPLIED, "hlc": hlc}
        if renumbered:
            applied["current"] = _current(state, "case_number")
        return applied, bounded, _families(scopes)

    state, _created_by = loaded
    scopes = store.scopes(state.entity_id)
    if not scopes & allowed:
        raise _Invalid(RejectReason.NOT_AUTHORISED, "family file not assigned to you")

    if operation.kind is OpKind.INSERT:
        values = _check_record(cls, operation.value)
        if ctx.protocol_version < PROTOCOL_VERSION:
            values = upgrade_record(cls, values)
        merged = merge_insert(state, values, stamp)
    elif operation.kind is OpKind.UPDATE:
        name = operation.field
        if name is None or name not in _field_names(cls) or name == "id":
            raise _Invalid(RejectReason.INVALID, "unknown field")
        _check_record(cls, {**state.values, **same_write, name: operation.value})
        merged = merge_update(state, name, operation.value, stamp, operation.base_seq)
        if name == "case_number" and _unique_case_number(store, state, stamp):
            merged = dataclasses.replace(
                merged, changed_fields=(*merged.changed_fields, name), outcome=Outcome.SUPERSEDED
            )
    elif operation.kind is OpKind.DELETE:
        merged = merge_delete(state, stamp, operation.base_seq)
    else:
        key = operation.conflict_key
        if key is None or (key != DELETE_KEY and key not in _field_names(cls)):
            raise _Invalid(RejectReason.INVALID, "unknown conflict")
        if key != DELETE_KEY:
            _check_record(cls, {**state.values, key: operation.value})
        merged = merge_resolve(state, key, operation.value, stamp)

    if merged.outcome is Outcome.REJECTED:
        reason = merged.reason or RejectReason.INVALID
        refused = _rejected(operation, reason, str(reason))
        refused["current"] = _current(state, operation.field)
        return refused, bounded, _families(scopes)
    store.save(state, created_by=None)
    _log_merge(log, state, scopes, merged, author=author, hlc=hlc, op_id=operation.op_id)
    result: dict[str, Any] = {"op_id": operation.op_id, "outcome": merged.outcome, "hlc": hlc}
    if merged.outcome in {Outcome.SUPERSEDED, Outcome.CONFLICT}:
        shown = operation.field if operation.kind is OpKind.UPDATE else None
        result["current"] = _current(state, shown)
        if merged.outcome is Outcome.SUPERSEDED and shown is not None:
            winner = state.field_author.get(shown)
            result["winner"] = {
                "user": winner.user if winner else "",
                "changed_at": winner.changed_at if winner else "",
            }
    return result, bounded, _families(scopes)


def _families(scopes: set[str]) -> set[str]:
    return {s for s in scopes if s != DIRECTORY_SCOPE and not s.startswith("u:")}


def _check_person_visible(store: _Store, person_id: Any, allowed: set[str]) -> None:
    if not isinstance(person_id, str):
        return
    scopes = store.scopes(person_id)
    if scopes and not scopes & allowed:
        raise _Invalid(RejectReason.NOT_AUTHORISED, "person belongs to another team")


def _unique_case_number(store: _Store, state: RecordState, stamp: Stamp) -> bool:
    """Two laptops may open family files offline under the same case number: the later one
    to arrive gets the next free number of its year (a change stamped just after its own, so
    it wins and reaches every laptop, the author's included). Returns whether it changed."""
    if state.entity != "family_file":
        return False
    number = state.values.get("case_number")
    if not isinstance(number, str) or "-" not in number:
        return False
    year = number.split("-", 1)[0]
    # Family files of this batch are not written yet.
    batch = {
        other.values.get("case_number")
        for other in store.new_states("family_file")
        if other.entity_id != state.entity_id and not other.deleted
    }
    stored = store.conn.execute(
        select(record.c.entity_id).where(
            record.c.case_number == number, record.c.entity_id != state.entity_id
        )
    ).first()
    if stored is None and number not in batch:
        return False
    others = list(batch) + list(
        store.conn.execute(
            select(record.c.case_number).where(
                record.c.case_number.startswith(f"{year}-", autoescape=True),
                record.c.entity_id != state.entity_id,
            )
        ).scalars()
    )
    taken = {other for other in others if isinstance(other, str)}
    sequences = [int(n.split("-", 1)[1]) for n in taken | {number} if n.split("-", 1)[1].isdigit()]
    free = f"{year}-{max(sequences) + 1:04d}"
    later = HlcTimestamp.decode(stamp.hlc)
    bumped = HlcTimestamp(later.wall_ms, later.counter + 1, later.device_id).encode()
    state.values["case_number"] = free
    state.field_hlc["case_number"] = bumped
    state.field_seq["case_number"] = stamp.seq
    state.field_author["case_number"] = stamp.author
    return True


def _claim_family(conn: Connection, family_id: str, user_id: str) -> bool:
    """A family file opened on a laptop belongs to its case manager until the office
    assigns it otherwise. Returns whether it was claimed now."""
    exists = conn.execute(
        select(family_access.c.id).where(family_access.c.family_id == family_id)
    ).first()
    if exists is not None:
        return False
    conn.execute(insert(family_access).values(family_id=family_id, user_id=user_id, role="owner"))
    return True


def _log_merge(
    log: _Log,
    state: RecordState,
    scopes: set[str],
    merged: MergeResult,
    *,
    author: Author,
    hlc: str,
    op_id: str,
) -> None:
    if merged.record_put:
        log.add("put", state, scopes, author=author, hlc=hlc, op_id=op_id, value=state.values)
    else:
        for name in merged.changed_fields:
            log.add(
                "field",
                state,
                scopes,
                author=author,
                hlc=hlc,
                op_id=op_id,
                field_name=name,
                value=state.values.get(name),
            )
    if merged.deleted:
        log.add("delete", state, scopes, author=author, hlc=hlc, op_id=op_id)
    for key in merged.opened:
        log.add(
            "conflict",
            state,
            scopes,
            author=author,
            hlc=hlc,
            op_id=op_id,
            field_name=key,
            value=[c.as_dict() for c in state.conflicts.get(key, ())],
        )
    for key in merged.closed:
        log.add("decided", state, scopes, author=author, hlc=hlc, op_id=op_id, field_name=key)
