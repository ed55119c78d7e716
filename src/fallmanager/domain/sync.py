"""The rules of office sync (Synchronisation mit dem Amtsserver), in plain Python.

A laptop's change log is cut into *operations*: the insert of a record, the change of one
field, the deletion of a record, or the decision of a conflict. The office server merges
every operation into its copy of the data by the rules here, and the laptops follow the
server's result. The rules are:

* Inserts never conflict (records carry client-generated UUIDs). Append-only kinds (notes,
  consent withdrawals, disclosure log entries) take no later change at all.
* An ordinary field takes the value with the latest hybrid-logical-clock stamp (last writer
  wins); the losing value stays in the server's log and is reported to the laptop that lost.
* A *sensitive* field (residence status, case status, custody, consent, responsible case
  manager) changed concurrently on two laptops, and a change against a deletion, becomes a
  :class:`ConflictCandidate` set that waits for a person to decide. Until then the field
  shows the candidate with the latest stamp and the record stays alive, so the outcome does
  not depend on the order in which laptops sync.
* "Concurrently" means: the laptop changed the field without having seen the value the
  server holds now (the operation's ``base_hlc`` differs from the server's stamp).
* A laptop whose clock runs ahead cannot win forever: stamps beyond the server's clock plus
  :data:`MAX_CLOCK_LEAD_MS` are cut down to that bound and flagged.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from fallmanager.domain.clock import HlcTimestamp

#: The version of the sync protocol, equal to the exchange format version of the records.
PROTOCOL_VERSION = 3
#: The oldest protocol version whose operations the server still upgrades and accepts.
OLDEST_ACCEPTED_VERSION = PROTOCOL_VERSION - 1

#: How far ahead of the server a laptop's clock may be before its stamps are cut down.
MAX_CLOCK_LEAD_MS = 5 * 60 * 1000

#: Namespace of deterministic operation and conflict ids.
SYNC_NAMESPACE = uuid.UUID("6f0b8a52-3f0e-4c53-9a63-1d1f0c6f2a10")

#: Record kinds that never change once written (case notes, withdrawals, disclosures).
APPEND_ONLY_KINDS = frozenset({"case_note", "consent_withdrawal", "disclosure"})

#: Fields whose concurrent change needs a person's decision. ``None`` means every field.
SENSITIVE_FIELDS: Mapping[str, frozenset[str] | None] = {
    "residence_status": None,
    "family_file": frozenset({"status", "closed_on", "responsible"}),
    "parent_child": frozenset({"has_custody"}),
    "consent": None,
}

#: Record kinds of the office directory, shared by all teams (no family's data).
DIRECTORY_KINDS = frozenset({"actor", "contact_person", "accommodation", "catalogue_phrase"})


#: Record kinds each protocol version knows: a laptop one version behind is sent only these.
_KINDS_ADDED_IN: Mapping[int, frozenset[str]] = {
    3: frozenset(
        {
            "consent",
            "consent_withdrawal",
            "case_conference",
            "conference_topic",
            "agreed_step",
            "disclosure",
        }
    ),
}


def kinds_for_version(version: int, all_kinds: frozenset[str]) -> frozenset[str]:
    """The record kinds a laptop speaking protocol ``version`` knows."""
    later: set[str] = set()
    for added_in, kinds in _KINDS_ADDED_IN.items():
        if added_in > version:
            later |= kinds
    return all_kinds - later


def is_sensitive(entity: str, field_name: str | None) -> bool:
    """Whether a concurrent change of this field is a conflict rather than last-writer-wins."""
    if entity not in SENSITIVE_FIELDS:
        return False
    fields = SENSITIVE_FIELDS[entity]
    return fields is None or field_name in fields


class OpKind(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESOLVE = "resolve"


class Outcome(StrEnum):
    """What the server made of one operation."""

    APPLIED = "applied"
    #: A later stamp already holds the field; the value is kept in the server's log.
    SUPERSEDED = "superseded"
    #: A concurrent change of a sensitive field, or a change against a deletion.
    CONFLICT = "conflict"
    #: Not allowed or not valid; the laptop keeps the content and shows the reason.
    REJECTED = "rejected"


class RejectReason(StrEnum):
    NOT_AUTHORISED = "not_authorised"
    INVALID = "invalid"
    UNKNOWN_RECORD = "unknown_record"
    APPEND_ONLY = "append_only"
    UNKNOWN_KIND = "unknown_kind"
    CONFLICT_GONE = "conflict_gone"


@dataclass(frozen=True, slots=True)
class Operation:
    """One change from a laptop's change log, as pushed.

    ``value`` is the whole record (insert), the new field value (update), the chosen value
    (resolve of a field conflict; for a deletion conflict ``{"keep": bool}``) or ``None``.
    ``base_seq`` is the server log position the laptop had pulled when the change was made:
    anything the server changed after it, the laptop had not seen. ``conflict_key`` names the
    decided conflict of a resolve (a field name, or :data:`DELETE_KEY`).
    """

    op_id: str
    entity: str
    entity_id: str
    kind: OpKind
    hlc: str
    field: str | None = None
    value: Any = None
    base_seq: int = 0
    conflict_key: str | None = None
    changed_at: str = ""


def operation_id(device_id: str, hlc: str, entity_id: str, field_name: str | None) -> str:
    """The deterministic id of a change-log entry: a repeated push sends the same ids."""
    return str(uuid.uuid5(SYNC_NAMESPACE, f"{device_id}|{hlc}|{entity_id}|{field_name or ''}"))


def conflict_id(entity_id: str, key: str) -> str:
    """One open conflict per field (or per record, :data:`DELETE_KEY`, for a change against
    a deletion)."""
    return str(uuid.uuid5(SYNC_NAMESPACE, f"conflict|{entity_id}|{key}"))


def bound_hlc(hlc: str, server_now_ms: int) -> tuple[str, bool]:
    """Cut a stamp from a clock running ahead down to the server's clock plus the lead.

    Returns the stamp to merge with and whether it was cut (the laptop is told).
    """
    stamp = HlcTimestamp.decode(hlc)
    limit = server_now_ms + MAX_CLOCK_LEAD_MS
    if stamp.wall_ms <= limit:
        return hlc, False
    return HlcTimestamp(limit, stamp.counter, stamp.device_id).encode(), True


@dataclass(frozen=True, slots=True)
class ConflictCandidate:
    """One value of a conflict: what a laptop wrote, by whom, when.

    For a change against a deletion, ``deleted`` marks the deleting side and ``value`` of
    the other side holds the record as kept.
    """

    value: Any
    hlc: str
    user: str
    device_id: str
    changed_at: str
    deleted: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "hlc": self.hlc,
            "user": self.user,
            "device_id": self.device_id,
            "changed_at": self.changed_at,
            "deleted": self.deleted,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConflictCandidate:
        return cls(
            value=data.get("value"),
            hlc=str(data["hlc"]),
            user=str(data.get("user", "")),
            device_id=str(data.get("device_id", "")),
            changed_at=str(data.get("changed_at", "")),
            deleted=bool(data.get("deleted", False)),
        )


@dataclass(frozen=True, slots=True)
class Author:
    """Who wrote a value: the user, the laptop, the laptop's wall time."""

    user: str
    device_id: str
    changed_at: str


UNKNOWN_AUTHOR = Author(user="", device_id="", changed_at="")


@dataclass(frozen=True, slots=True)
class Stamp:
    """One write as the server merges it: its clock stamp (after bounding), the server log
    position it gets, and its author."""

    hlc: str
    seq: int
    author: Author


@dataclass(slots=True)
class RecordState:
    """The server's merged state of one record.

    For each field: its value, the clock stamp that won it, the server log position at which
    it was last set (``field_seq``) and who set it.
    """

    entity: str
    entity_id: str
    values: dict[str, Any]
    field_hlc: dict[str, str]
    field_seq: dict[str, int]
    field_author: dict[str, Author]
    deleted: bool = False
    deleted_hlc: str | None = None
    conflicts: dict[str, list[ConflictCandidate]] = field(default_factory=dict)

    @property
    def latest_hlc(self) -> str:
        stamps = [*self.field_hlc.values()]
        if self.deleted_hlc:
            stamps.append(self.deleted_hlc)
        return max(stamps) if stamps else ""

    def unseen_by(
        self, base_seq: int, device_id: str, fields: tuple[str, ...] | None = None
    ) -> bool:
        """Whether another laptop set one of the fields after the log position ``base_seq``
        that this laptop had pulled when it made its change."""
        names = self.field_seq.keys() if fields is None else fields
        return any(
            self.field_seq.get(name, 0) > base_seq
            and self.field_author.get(name, UNKNOWN_AUTHOR).device_id != device_id
            for name in names
        )


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The effect of one operation on a record's state.

    ``changed_fields`` are the fields whose visible value changed (logged for the laptops);
    ``record_put`` means the whole record is (again) alive and is sent whole;
    ``opened`` / ``closed`` name the conflict keys (field name, or ``"*"`` for deletion)
    whose candidate set was opened or extended, or decided.
    """

    outcome: Outcome
    changed_fields: tuple[str, ...] = ()
    record_put: bool = False
    deleted: bool = False
    opened: tuple[str, ...] = ()
    closed: tuple[str, ...] = ()
    reason: RejectReason | None = None


#: The conflict key of a change against a deletion.
DELETE_KEY = "*"


def _candidate(value: Any, hlc: str, author: Author, *, deleted: bool = False) -> ConflictCandidate:
    return ConflictCandidate(
        value=value,
        hlc=hlc,
        user=author.user,
        device_id=author.device_id,
        changed_at=author.changed_at,
        deleted=deleted,
    )


def _add_candidates(state: RecordState, key: str, *candidates: ConflictCandidate) -> None:
    known = state.conflicts.setdefault(key, [])
    stamps = {(c.hlc, c.deleted) for c in known}
    for candidate in candidates:
        if (candidate.hlc, candidate.deleted) not in stamps:
            known.append(candidate)
            stamps.add((candidate.hlc, candidate.deleted))
    known.sort(key=lambda c: (c.hlc, c.deleted))


def _set(state: RecordState, name: str, value: Any, stamp: Stamp) -> None:
    state.values[name] = value
    state.field_hlc[name] = stamp.hlc
    state.field_seq[name] = stamp.seq
    state.field_author[name] = stamp.author


def new_record_state(
    entity: str, entity_id: str, values: dict[str, Any], stamp: Stamp
) -> RecordState:
    state = RecordState(entity, entity_id, {}, {}, {}, {})
    for name, value in values.items():
        _set(state, name, value, stamp)
    return state


def merge_insert(state: RecordState, values: dict[str, Any], stamp: Stamp) -> MergeResult:
    """An insert of a record the server already holds: a restore after undo, or a repeat.

    Each field follows last-writer-wins; a deleted record comes back.
    """
    hlc = stamp.hlc
    changed = []
    for name, value in values.items():
        if hlc > state.field_hlc.get(name, ""):
            if state.values.get(name) != value:
                changed.append(name)
            _set(state, name, value, stamp)
    if state.deleted and hlc > (state.deleted_hlc or ""):
        state.deleted = False
        state.deleted_hlc = None
        return MergeResult(Outcome.APPLIED, tuple(changed), record_put=True)
    if state.deleted:
        return MergeResult(Outcome.SUPERSEDED)
    return MergeResult(Outcome.APPLIED if changed else Outcome.SUPERSEDED, tuple(changed))


def merge_update(
    state: RecordState, field_name: str, value: Any, stamp: Stamp, base_seq: int
) -> MergeResult:
    """Merge the change of one field into the record's state (in place)."""
    hlc, author = stamp.hlc, stamp.author
    if state.entity in APPEND_ONLY_KINDS:
        return MergeResult(Outcome.REJECTED, reason=RejectReason.APPEND_ONLY)
    current_hlc = state.field_hlc.get(field_name, "")
    if state.deleted:
        # A change against a deletion: the record comes back, both wait for a decision.
        kept = dict(state.values)
        kept[field_name] = value
        _add_candidates(
            state,
            DELETE_KEY,
            _candidate(
                None,
                state.deleted_hlc or "",
                state.field_author.get(DELETE_KEY, UNKNOWN_AUTHOR),
                deleted=True,
            ),
            _candidate(kept, hlc, author),
        )
        state.deleted = False
        state.deleted_hlc = None
        if hlc > current_hlc:
            _set(state, field_name, value, stamp)
        return MergeResult(Outcome.CONFLICT, record_put=True, opened=(DELETE_KEY,))
    concurrent = state.unseen_by(base_seq, author.device_id, (field_name,))
    if is_sensitive(state.entity, field_name) and (concurrent or field_name in state.conflicts):
        held = _candidate(
            state.values.get(field_name),
            current_hlc,
            state.field_author.get(field_name, UNKNOWN_AUTHOR),
        )
        _add_candidates(state, field_name, held, _candidate(value, hlc, author))
        changed: tuple[str, ...] = ()
        if hlc > current_hlc:
            _set(state, field_name, value, stamp)
            changed = (field_name,)
        return MergeResult(Outcome.CONFLICT, changed, opened=(field_name,))
    if hlc > current_hlc:
        _set(state, field_name, value, stamp)
        return MergeResult(Outcome.APPLIED, (field_name,))
    if hlc == current_hlc:
        return MergeResult(Outcome.APPLIED)  # the same write again
    return MergeResult(Outcome.SUPERSEDED)


def merge_delete(state: RecordState, stamp: Stamp, base_seq: int) -> MergeResult:
    """Merge the deletion of a record: a change the deleting laptop had not seen conflicts."""
    hlc, author = stamp.hlc, stamp.author
    if state.entity in APPEND_ONLY_KINDS:
        return MergeResult(Outcome.REJECTED, reason=RejectReason.APPEND_ONLY)
    if state.deleted:
        return MergeResult(Outcome.APPLIED)
    if state.unseen_by(base_seq, author.device_id) or DELETE_KEY in state.conflicts:
        _add_candidates(
            state,
            DELETE_KEY,
            _candidate(None, hlc, author, deleted=True),
            _candidate(dict(state.values), state.latest_hlc, _latest_author(state)),
        )
        return MergeResult(Outcome.CONFLICT, opened=(DELETE_KEY,))
    state.deleted = True
    state.deleted_hlc = hlc
    state.field_author[DELETE_KEY] = author
    state.field_seq[DELETE_KEY] = stamp.seq
    return MergeResult(Outcome.APPLIED, deleted=True)


def _latest_author(state: RecordState) -> Author:
    if not state.field_hlc:
        return UNKNOWN_AUTHOR
    name = max(state.field_hlc, key=lambda n: state.field_hlc[n])
    return state.field_author.get(name, UNKNOWN_AUTHOR)


def merge_resolve(state: RecordState, key: str, value: Any, stamp: Stamp) -> MergeResult:
    """A person's decision of an open conflict; the decision itself is a synced change.

    For a field, ``value`` is the chosen (or merged) value. For a deletion conflict,
    ``value`` is ``{"keep": bool}``.
    """
    if key not in state.conflicts:
        return MergeResult(Outcome.REJECTED, reason=RejectReason.CONFLICT_GONE)
    del state.conflicts[key]
    if key == DELETE_KEY:
        keep = bool(isinstance(value, Mapping) and value.get("keep"))
        if keep:
            return MergeResult(Outcome.APPLIED, record_put=True, closed=(key,))
        state.deleted = True
        state.deleted_hlc = max(stamp.hlc, state.latest_hlc)
        state.field_author[DELETE_KEY] = stamp.author
        state.field_seq[DELETE_KEY] = stamp.seq
        return MergeResult(Outcome.APPLIED, deleted=True, closed=(key,))
    winner = Stamp(max(stamp.hlc, state.field_hlc.get(key, "")), stamp.seq, stamp.author)
    _set(state, key, value, winner)
    return MergeResult(Outcome.APPLIED, (key,), closed=(key,))


@dataclass(frozen=True, slots=True)
class LoggedChange:
    """An unsent entry of the laptop's change log, with the server log position its
    transaction had seen."""

    seq: int
    hlc: str
    entity: str
    entity_id: str
    op: str
    field: str | None
    old_value: Any
    new_value: Any
    changed_at: str
    device_id: str
    base_seq: int


@dataclass(frozen=True, slots=True)
class QueuedResolution:
    id: int
    entity: str
    entity_id: str
    conflict_key: str
    value: Any
    hlc: str
    changed_at: str
    device_id: str
    after_seq: int
