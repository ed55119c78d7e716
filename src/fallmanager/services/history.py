"""Undo and redo of earlier edits, as ordinary logged writes.

The desktop's undo stack calls these: undoing a creation tombstones the records it created,
redoing it brings them back with the same ids; undoing an edit writes the earlier content
back. Every step goes through the change log like any other write, so undo is persisted and
synchronised. Append-only records (case notes) are never withdrawn.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from fallmanager.domain.entity import Entity
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.model import APPEND_ONLY
from fallmanager.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Change:
    """Records as they were before a use case and as they are after it (for undo).

    A record only in ``after`` was created, one only in ``before`` was removed.
    """

    before: tuple[Entity, ...]
    after: tuple[Entity, ...]

    @property
    def created(self) -> tuple[Entity, ...]:
        old = {e.id for e in self.before}
        return tuple(e for e in self.after if e.id not in old)

    def __add__(self, other: Change) -> Change:
        """This change followed by ``other``, as one (see :func:`merge_changes`)."""
        return merge_changes([self, other])


def merge_changes(changes: Sequence[Change]) -> Change:
    """Several use cases of one user action as one ``Change``: each record as it was before
    the first of them and as it is after the last (created ones only after, removed ones
    only before), in the order they first appeared."""
    first: dict[uuid.UUID, Entity | None] = {}
    last: dict[uuid.UUID, Entity | None] = {}
    for change in changes:
        after = {e.id: e for e in change.after}
        for record in change.before:
            first.setdefault(record.id, record)
            last[record.id] = after.get(record.id)
        for record in change.after:
            first.setdefault(record.id, None)
            last[record.id] = record
    before = tuple(r for r in first.values() if r is not None)
    final = tuple(r for r in (last[i] for i in first) if r is not None)
    return Change(before, final)


def withdraw_records(uow: UnitOfWork, *, records: Sequence[tuple[type[Entity], uuid.UUID]]) -> None:
    """Tombstone records that an undone action created (in reverse order of creation)."""
    apply_records(uow, withdraw=records)


def reinstate_records(uow: UnitOfWork, *, records: Sequence[Entity]) -> None:
    """Bring withdrawn records back with their content (redo of a creation)."""
    apply_records(uow, reinstate=records)


def revert_records(uow: UnitOfWork, *, records: Sequence[Entity]) -> None:
    """Write the given content back over existing records (undo or redo of an edit)."""
    apply_records(uow, revert=records)


def apply_records(
    uow: UnitOfWork,
    *,
    reinstate: Sequence[Entity] = (),
    revert: Sequence[Entity] = (),
    withdraw: Sequence[tuple[type[Entity], uuid.UUID]] = (),
) -> None:
    """Reinstate, revert and withdraw in one transaction: an action that created, changed
    and removed records at once is undone (or redone) completely or not at all."""
    with uow:
        records = uow.records
        for entity in reinstate:
            if records.is_tombstoned(type(entity), entity.id):
                records.restore(entity)
            elif records.get(type(entity), entity.id) is None:
                records.add(entity)
        for entity in revert:
            records.update(entity)
        for cls, record_id in reversed(withdraw):
            if cls in APPEND_ONLY:
                raise DomainError(ErrorCode.NOTE_IMMUTABLE, None)
            if records.get(cls, record_id) is not None:
                records.delete(cls, record_id)
        uow.commit()
