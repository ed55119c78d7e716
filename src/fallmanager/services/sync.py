"""Office sync as the desktop and the command line use it (Synchronisation).

The laptop's side of the protocol lives in :mod:`fallmanager.sync`; this module is the
boundary the UI calls: enrol the laptop, synchronise, and show and decide what sync left for
a person — conflicts, rejected changes, values that lost to a later edit — and the sync
state of each family file.
"""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from fallmanager.domain.entity import field_specs
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.model import ENTITY_BY_NAME
from fallmanager.domain.sync import DELETE_KEY, PROTOCOL_VERSION
from fallmanager.domain.sync_scope import scope_rule
from fallmanager.files import write_atomic
from fallmanager.services.ports import UnitOfWork
from fallmanager.sync import credentials
from fallmanager.sync.engine import Progress, SyncCounts, delete_record, pull, push, write_field
from fallmanager.sync.engine import write_record as _write_record
from fallmanager.sync.errors import NotEnrolledError, SyncError
from fallmanager.sync.transport import HttpsTransport, Transport, check_url


class FamilySyncState(StrEnum):
    """Per family file, what the laptop's copy is in relation to the office server."""

    SYNCED = "synced"  # synchronisiert
    PENDING = "pending"  # Änderungen nicht gesendet
    CONFLICT = "conflict"  # Konflikt wartet auf Entscheidung
    REJECTED = "rejected"  # Änderung vom Server abgelehnt


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """``phase`` is ``"push"`` (sending), ``"pull"`` (receiving) or ``"snapshot"`` (first
    copy of family files); ``total`` is ``None`` while unknown."""

    phase: str
    done: int
    total: int | None


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What one synchronisation did: "12 Änderungen gesendet, 5 empfangen, 1 Konflikt"."""

    sent: int
    received: int
    conflicts: int  # conflicts opened by this run (open ones in all: ``open_conflicts``)
    rejected: int
    superseded: int
    open_conflicts: int
    clock_bounded: bool  # this laptop's clock ran ahead; its stamps were cut down
    finished_at: datetime


@dataclass(frozen=True, slots=True)
class EnrolmentInfo:
    """The office server this laptop is enrolled with (not secret; the token is in the
    operating system's credential store)."""

    server_url: str
    fingerprint: str
    server_id: str
    device_id: str
    user_login: str
    user_name: str
    enrolled_at: datetime
    last_sync_at: datetime | None


@dataclass(frozen=True, slots=True)
class ServerIdentity:
    """What a server presents before enrolment: shown to the user for confirmation."""

    url: str
    fingerprint: str
    server_id: str
    protocol_version: int


@dataclass(frozen=True, slots=True)
class ConflictCandidateView:
    value: Any  # the raw value (JSON primitive); for a deletion conflict the kept record
    user: str  # the case manager who wrote it ("" when unknown)
    changed_at: datetime | None
    is_mine: bool  # written on this laptop
    deleted: bool  # the side that deleted the record


@dataclass(frozen=True, slots=True)
class ConflictView:
    conflict_id: str
    family_id: uuid.UUID | None
    case_number: str
    entity: str  # record kind, e.g. "residence_status"
    entity_id: uuid.UUID
    subject: str  # whom or what the record is about: a person's name, a case number
    field: str | None  # None: change against deletion
    candidates: tuple[ConflictCandidateView, ...]
    current: Any  # the value the family file shows until decided (raw)


@dataclass(frozen=True, slots=True)
class RejectedChangeView:
    id: int
    family_id: uuid.UUID | None
    case_number: str
    entity: str
    entity_id: uuid.UUID
    subject: str
    field: str | None
    content: str  # the change as JSON text (kept for export)
    reason: str  # code, see domain.sync.RejectReason
    at: datetime


@dataclass(frozen=True, slots=True)
class SupersededView:
    """A value of this laptop that lost to a later edit (last writer wins): kept visible."""

    id: int
    family_id: uuid.UUID | None
    case_number: str
    entity: str
    subject: str
    field: str
    my_value: Any
    winning_value: Any
    winning_user: str
    at: datetime


@dataclass(frozen=True, slots=True)
class PendingChangeView:
    """An unsent change, listed before a revoked laptop erases its vault."""

    family_id: uuid.UUID | None
    case_number: str
    entity: str
    subject: str
    op: str  # insert | update | delete
    field: str | None  # the changed field of an update
    changed_at: datetime


# -- enrolment -------------------------------------------------------------------------------

#: Makes the transport to a server; tests replace it with one into an in-process server.
TransportFactory = Callable[[str, str | None], Transport]
_transport_factory: TransportFactory = HttpsTransport


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _enrolment_data(uow: UnitOfWork) -> dict[str, Any] | None:
    return uow.sync.enrolment()


def enrolment(uow: UnitOfWork) -> EnrolmentInfo | None:
    """The server this laptop is enrolled with, or ``None``."""
    with uow:
        data = _enrolment_data(uow)
        last = uow.sync.last_sync()
    if data is None:
        return None
    return EnrolmentInfo(
        server_url=data["server_url"],
        fingerprint=data["fingerprint"],
        server_id=data["server_id"],
        device_id=data["device_id"],
        user_login=data["user_login"],
        user_name=data["user_name"],
        enrolled_at=_parse_time(data.get("enrolled_at")) or datetime.now(UTC),
        last_sync_at=_parse_time(last),
    )


def probe_server(url: str, *, transport: Transport | None = None) -> ServerIdentity:
    """Contact a server before enrolment and read its certificate's fingerprint."""
    transport = transport or _transport_factory(url, None)
    answer = transport.call("/api/v1/hello", None, None)
    return ServerIdentity(
        url=url.strip(),
        fingerprint=transport.fingerprint,
        server_id=str(answer.get("server_id", "")),
        protocol_version=int(answer.get("protocol_version", 0)),
    )


def enrol(
    uow: UnitOfWork,
    url: str,
    code: str,
    device_name: str,
    fingerprint: str,
    *,
    transport: Transport | None = None,
) -> EnrolmentInfo:
    """Enrol this laptop with the one-time code; the certificate must match ``fingerprint``
    (confirmed by the user). The token goes to the credential store, never into a file."""
    check_url(url)
    transport = transport or _transport_factory(url, fingerprint)
    answer = transport.call(
        "/api/v1/enrol",
        {"code": code, "device_name": device_name, "protocol_version": PROTOCOL_VERSION},
        None,
    )
    device_id = str(answer["device_id"])
    credentials.store_token(device_id, str(answer["token"]))
    data = {
        "server_url": url.strip(),
        "fingerprint": fingerprint,
        "server_id": str(answer.get("server_id", "")),
        "device_id": device_id,
        "user_login": str(answer.get("user_login", "")),
        "user_name": str(answer.get("user_name", "")),
        "enrolled_at": _now_iso(),
    }
    with uow:
        previous = _enrolment_data(uow)
        if previous is not None and previous.get("server_id") != data["server_id"]:
            # Another server: what was learnt from the old one does not apply.
            uow.sync.forget_all()
        uow.sync.set_enrolment(data)
        uow.commit()
    info = enrolment(uow)
    assert info is not None  # noqa: S101 - just stored
    return info


def forget_enrolment(uow: UnitOfWork) -> None:
    """Leave the server: the token is deleted, unsent changes stay in the vault."""
    with uow:
        data = _enrolment_data(uow)
        uow.sync.forget_all()
        uow.commit()
    if data is not None:
        credentials.delete_token(str(data["device_id"]))


def server_reachable(uow: UnitOfWork, timeout: float = 2.0) -> bool:
    """Whether the enrolled server answers on its port (for automatic sync)."""
    info = enrolment(uow)
    if info is None:
        return False
    host, port = check_url(info.server_url)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


# -- synchronise -----------------------------------------------------------------------------


def synchronise(
    uow_factory: Callable[[], UnitOfWork],
    progress: Callable[[SyncProgress], None],
    cancelled: Callable[[], bool],
    *,
    transport: Transport | None = None,
) -> SyncSummary:
    """Push every unsent change, then pull until the laptop is up to date."""
    with uow_factory() as uow:
        data = _enrolment_data(uow)
    if data is None:
        raise NotEnrolledError("this laptop is not enrolled with an office server")
    token = credentials.load_token(str(data["device_id"]))
    transport = transport or _transport_factory(data["server_url"], data["fingerprint"])
    counts = SyncCounts()

    def report(step: Progress) -> None:
        progress(SyncProgress(step.phase, step.done, step.total))

    push(uow_factory, transport, token, counts, report)
    if not cancelled():
        pull(uow_factory, transport, token, counts, progress=report, cancelled=cancelled)
    finished = datetime.now(UTC)
    with uow_factory() as uow:
        uow.sync.set_last_sync(finished.isoformat().replace("+00:00", "Z"))
        open_conflicts = len(uow.sync.conflict_rows())
        uow.commit()
    return SyncSummary(
        sent=counts.sent,
        received=counts.received,
        conflicts=counts.conflicts,
        rejected=counts.rejected,
        superseded=counts.superseded,
        open_conflicts=open_conflicts,
        clock_bounded=counts.clock_bounded,
        finished_at=finished,
    )


# -- where records belong --------------------------------------------------------------------


def _family_ids(uow: UnitOfWork, entity: str, entity_id: str, depth: int = 0) -> set[uuid.UUID]:
    """The family files a local record belongs to (deleted records included)."""
    cls = ENTITY_BY_NAME.get(entity)
    if cls is None or depth > 6:
        return set()
    values = uow.sync.raw_values(entity, entity_id)
    if values is None:
        return set()
    rule = scope_rule(entity)
    if rule.directory:
        return set()
    if rule.own_family:
        return {uuid.UUID(entity_id)}
    if rule.family_field:
        family = values.get(rule.family_field)
        return {uuid.UUID(family)} if family else set()
    if rule.parent_field:
        parent = values.get(rule.parent_field)
        if not parent:
            return set()
        spec = next(s for s in field_specs(cls) if s.name == rule.parent_field)
        kinds = [spec.ref] if spec.ref else ["help_plan_goal", "residence_requirement"]
        result: set[uuid.UUID] = set()
        for kind in kinds:
            result |= _family_ids(uow, kind, str(parent), depth + 1)
        return result
    result = set()
    for name in rule.person_fields:
        person = entity_id if name == "id" else values.get(name)
        if person:
            result |= set(uow.queries.family_ids_of_person(uuid.UUID(str(person))))
    return result


#: Above this many records with unsent changes, every family file counts as pending.
MANY_UNSENT = 5_000


def family_sync_states(uow: UnitOfWork) -> dict[uuid.UUID, FamilySyncState]:
    """Family files that are not simply synchronised, with their state (the worst wins:
    rejected, then conflict, then pending)."""
    with uow:
        if _enrolment_data(uow) is None:
            return {}
        states: dict[uuid.UUID, FamilySyncState] = {}
        unsent = uow.sync.unsent_entity_ids()
        if len(unsent) > MANY_UNSENT:
            # A vault enrolled with years of work, before its first upload has finished:
            # every family file has unsent changes; resolving each record would take long.
            for family_file in uow.records.iterate(FamilyFile):
                states[family_file.id] = FamilySyncState.PENDING
            unsent = []
        for entity, entity_id in unsent:
            for family in _family_ids(uow, entity, entity_id):
                states[family] = FamilySyncState.PENDING
        for row in uow.sync.conflict_rows():
            for family in _family_ids(uow, row.entity, row.entity_id):
                states[family] = FamilySyncState.CONFLICT
        for row in uow.sync.rejected_rows():
            for family in _family_ids(uow, row.entity, row.entity_id):
                states[family] = FamilySyncState.REJECTED
        return states


# -- what records are about ---------------------------------------------------------------


def _person_name(uow: UnitOfWork, person_id: Any) -> str:
    if not person_id:
        return ""
    values = uow.sync.raw_values("person", str(person_id))
    if values is None:
        return ""
    return f"{values.get('given_names', '')} {values.get('family_name', '')}".strip()


def _subject(uow: UnitOfWork, entity: str, entity_id: str) -> str:
    """Whom or what a record is about, as shown next to its kind: a person's name, the case
    number of a family file, or nothing."""
    if entity not in ENTITY_BY_NAME:
        return ""
    values = uow.sync.raw_values(entity, entity_id) or {}
    if entity == "person":
        return _person_name(uow, entity_id)
    for name in ("person_id", "child_id", "person_a_id"):
        if values.get(name):
            return _person_name(uow, values[name])
    if entity == "family_file":
        return str(values.get("case_number", ""))
    return ""


def _case_number(uow: UnitOfWork, families: set[uuid.UUID]) -> tuple[uuid.UUID | None, str]:
    for family in sorted(families):
        values = uow.sync.raw_values("family_file", str(family))
        if values is not None:
            return family, str(values.get("case_number", ""))
    return None, ""


# -- conflicts ---------------------------------------------------------------------------------


def conflicts(uow: UnitOfWork, family_id: uuid.UUID | None = None) -> list[ConflictView]:
    """Open conflicts, oldest first (of one family file, if given)."""
    with uow:
        data = _enrolment_data(uow) or {}
        own_device = str(data.get("device_id", ""))
        result = []
        for row in uow.sync.conflict_rows():
            families = _family_ids(uow, row.entity, row.entity_id)
            if family_id is not None and family_id not in families:
                continue
            family, case_number = _case_number(uow, families)
            users = json.loads(row.users)
            candidates = tuple(
                ConflictCandidateView(
                    value=c.get("value"),
                    user=users.get(c.get("user", ""), ""),
                    changed_at=_parse_time(c.get("changed_at")),
                    is_mine=bool(own_device) and c.get("device_id") == own_device,
                    deleted=bool(c.get("deleted")),
                )
                for c in json.loads(row.candidates)
            )
            key = None if row.conflict_key == DELETE_KEY else row.conflict_key
            stored = uow.sync.raw_values(row.entity, row.entity_id) or {}
            current = (not stored.get("deleted")) if key is None else stored.get(key)
            result.append(
                ConflictView(
                    conflict_id=row.id,
                    family_id=family,
                    case_number=case_number,
                    entity=row.entity,
                    entity_id=uuid.UUID(row.entity_id),
                    subject=_subject(uow, row.entity, row.entity_id),
                    field=key,
                    candidates=candidates,
                    current=current,
                )
            )
        return result


class ConflictDecidedError(SyncError):
    code = "sync_conflict_decided"


def resolve_conflict(
    uow: UnitOfWork, conflict_id: str, *, value: Any = None, keep: bool | None = None
) -> None:
    """Decide a conflict here; the decision goes to the server with the next sync.

    A field conflict takes ``value`` (one candidate's or a merged one, validated like any
    edit); a change against a deletion takes ``keep``.
    """
    with uow:
        row = uow.sync.conflict_row(conflict_id)
        if row is None or row.decided:
            raise ConflictDecidedError("this conflict is already decided")
        cls = ENTITY_BY_NAME[row.entity]
        uow.sync.mark_quiet()
        if row.conflict_key == DELETE_KEY:
            if keep is None:
                raise ValueError("a deletion conflict is decided by keep=True or keep=False")
            decision: Any = {"keep": keep}
            if keep:
                kept = next(
                    (c.get("value") for c in json.loads(row.candidates) if not c.get("deleted")),
                    None,
                )
                if isinstance(kept, dict) and uow.records.is_tombstoned(
                    cls, uuid.UUID(row.entity_id)
                ):
                    _write_record(uow, cls, kept, set())
            else:
                delete_record(uow, cls, row.entity_id)
        else:
            decision = value
            if not write_field(uow, cls, row.entity_id, row.conflict_key, value):
                raise DomainError(ErrorCode.REQUIRED, row.conflict_key)
        uow.sync.queue_resolution(
            entity=row.entity,
            entity_id=row.entity_id,
            key=row.conflict_key,
            value=decision,
            hlc=uow.tick_clock(),
            changed_at=_now_iso(),
            device_id=uow.device_id,
        )
        uow.sync.mark_conflict_decided(conflict_id)
        uow.commit()


# -- rejected, superseded, pending -------------------------------------------------------------


def rejected_changes(uow: UnitOfWork) -> list[RejectedChangeView]:
    with uow:
        result = []
        for row in uow.sync.rejected_rows():
            family, case_number = _case_number(uow, _family_ids(uow, row.entity, row.entity_id))
            result.append(
                RejectedChangeView(
                    id=row.id,
                    family_id=family,
                    case_number=case_number,
                    entity=row.entity,
                    entity_id=uuid.UUID(row.entity_id),
                    subject=_subject(uow, row.entity, row.entity_id),
                    field=row.field,
                    content=row.content,
                    reason=row.reason,
                    at=_parse_time(row.at) or datetime.now(UTC),
                )
            )
        return result


def export_rejected(uow: UnitOfWork, path: Path) -> int:
    """Write the rejected changes with their full content to a JSON file (atomically)."""
    items = rejected_changes(uow)
    document = {
        "format": "fallmanager-rejected-changes",
        "version": 1,
        "changes": [
            {
                "case_number": item.case_number,
                "record_kind": item.entity,
                "record_id": str(item.entity_id),
                "field": item.field,
                "reason": item.reason,
                "at": item.at.isoformat(),
                "change": json.loads(item.content),
            }
            for item in items
        ],
    }
    write_atomic(path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return len(items)


def dismiss_rejected(uow: UnitOfWork, ids: Sequence[int]) -> None:
    with uow:
        uow.sync.dismiss_rejected(list(ids))
        uow.commit()


def superseded_values(uow: UnitOfWork, family_id: uuid.UUID | None = None) -> list[SupersededView]:
    with uow:
        result = []
        for row in uow.sync.superseded_rows():
            families = _family_ids(uow, row.entity, row.entity_id)
            if family_id is not None and family_id not in families:
                continue
            family, case_number = _case_number(uow, families)
            result.append(
                SupersededView(
                    id=row.id,
                    family_id=family,
                    case_number=case_number,
                    entity=row.entity,
                    subject=_subject(uow, row.entity, row.entity_id),
                    field=row.field,
                    my_value=json.loads(row.my_value or "null"),
                    winning_value=json.loads(row.winning_value or "null"),
                    winning_user=row.winning_user,
                    at=_parse_time(row.at) or datetime.now(UTC),
                )
            )
        return result


def pending_changes(uow: UnitOfWork, limit: int = 1000) -> list[PendingChangeView]:
    """Unsent changes (at most ``limit``), e.g. before a revoked laptop erases its vault."""
    with uow:
        result = []
        for change in uow.sync.unsent(uow.sync.pushed_seq(), limit):
            family, case_number = _case_number(
                uow, _family_ids(uow, change.entity, change.entity_id)
            )
            result.append(
                PendingChangeView(
                    family_id=family,
                    case_number=case_number,
                    entity=change.entity,
                    subject=_subject(uow, change.entity, change.entity_id),
                    op=change.op,
                    field=change.field if change.op == "update" else None,
                    changed_at=_parse_time(change.changed_at) or datetime.now(UTC),
                )
            )
        return result


def unsent_count(uow: UnitOfWork) -> int:
    with uow:
        return uow.sync.unsent_count()
