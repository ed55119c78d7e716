"""Undo and redo of earlier edits, as ordinary logged writes.

The desktop's undo stack calls these: undoing a creation tombstones the records it created,
redoing it brings them back with the same ids; undoing an edit writes the earlier content
back. Every step goes through the change log like any other write, so undo is persisted and
synchronised. Append-only records (case notes) are never withdrawn.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from fallmanager.domain.entity import Entity
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.model import APPEND_ONLY
from fallmanager.services.ports import UnitOfWork


def withdraw_records(uow: UnitOfWork, *, records: Sequence[tuple[type[Entity], uuid.UUID]]) -> None:
    """Tombstone records that an undone action created (in reverse order of creation)."""
    with uow:
        for cls, record_id in reversed(records):
            if cls in APPEND_ONLY:
                raise DomainError(ErrorCode.NOTE_IMMUTABLE, None)
            if uow.records.get(cls, record_id) is not None:
                uow.records.delete(cls, record_id)
        uow.commit()


def reinstate_records(uow: UnitOfWork, *, records: Sequence[Entity]) -> None:
    """Bring withdrawn records back with their content (redo of a creation)."""
    with uow:
        for entity in records:
            if uow.records.is_tombstoned(type(entity), entity.id):
                uow.records.restore(entity)
            elif uow.records.get(type(entity), entity.id) is None:
                uow.records.add(entity)
        uow.commit()


def revert_records(uow: UnitOfWork, *, records: Sequence[Entity]) -> None:
    """Write the given content back over existing records (undo or redo of an edit)."""
    with uow:
        for entity in records:
            uow.records.update(entity)
        uow.commit()
