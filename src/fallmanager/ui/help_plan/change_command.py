"""Undo of any help plan use case: each returns a ``Change(before, after)``.

A record only in ``after`` was created, one only in ``before`` was removed, one in both was
updated. Undo withdraws what was created, writes the old content of what was updated back
and reinstates what was removed; redo does the reverse. The steps run as ordinary logged
writes through ``services/history.py``, so undo is persisted like any other edit.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from fallmanager.domain.entity import Entity
from fallmanager.services.help_plan import Change
from fallmanager.services.history import apply_records
from fallmanager.ui.family_file.undo import ServiceCommand
from fallmanager.ui.ops import OpContext
from fallmanager.ui.session import VaultSession

#: The change kind every help plan edit announces.
KINDS = ("help_plan",)


def _apply(ctx: OpContext, *, create: tuple[Entity, ...], update: tuple[Entity, ...],
           remove: tuple[Entity, ...]) -> None:  # fmt: skip
    """Bring back ``create`` (parents first), write ``update``, withdraw ``remove``, in one
    transaction."""
    apply_records(
        ctx.uow(), reinstate=create, revert=update, withdraw=[(type(e), e.id) for e in remove]
    )


class ChangeCommand(ServiceCommand):
    """One help plan edit, undone and redone from the records it changed."""

    def __init__(
        self,
        session: VaultSession,
        text: str,
        *,
        family_id: uuid.UUID,
        change: Change,
        parent_widget: QWidget | None = None,
    ) -> None:
        before_ids = {e.id for e in change.before}
        after_ids = {e.id for e in change.after}
        created = tuple(e for e in change.after if e.id not in before_ids)
        removed = tuple(e for e in change.before if e.id not in after_ids)
        old = tuple(e for e in change.before if e.id in after_ids)
        new = tuple(e for e in change.after if e.id in before_ids)
        self.change = change
        super().__init__(
            session,
            text,
            family_id=family_id,
            # withdraw_records works in reverse order: children before their parents
            undo_action=lambda ctx: _apply(ctx, create=removed, update=old, remove=created),
            redo_action=lambda ctx: _apply(ctx, create=created, update=new, remove=removed),
            kinds=KINDS,
            parent_widget=parent_widget,
        )
