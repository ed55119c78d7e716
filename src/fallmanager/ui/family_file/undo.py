"""Undo commands of a family file: each user action is one command with a readable text.

A command is pushed *after* its action succeeded (the dialog already saved it), so the first
``redo`` that ``QUndoStack.push`` triggers does nothing; later undo/redo steps run service
calls on the database worker, so undo is persisted like any other edit.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from fallmanager.domain.entity import Entity
from fallmanager.domain.people import Person
from fallmanager.services.history import (
    Change,
    apply_records,
    reinstate_records,
    revert_records,
    withdraw_records,
)
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.session import VaultSession

Action = Callable[[OpContext], object]


class ServiceCommand(QUndoCommand):
    """An action already done; undo and redo run the given service calls."""

    def __init__(
        self,
        session: VaultSession,
        text: str,
        *,
        family_id: uuid.UUID,
        undo_action: Action,
        redo_action: Action,
        kinds: Sequence[str] = (),
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._undo = undo_action
        self._redo = redo_action
        self._changes = Changes(kinds=frozenset(kinds), family_ids=frozenset({family_id}))
        self._widget = parent_widget
        self._done = True  # pushed after the action succeeded

    def redo(self) -> None:
        if self._done:
            return
        self._done = True
        run_op(self._widget, self._session, self._redo, changes=self._changes)

    def undo(self) -> None:
        self._done = False
        run_op(self._widget, self._session, self._undo, changes=self._changes)


class CreateRecordsCommand(ServiceCommand):
    """Undo withdraws the records the action created; redo brings them back unchanged."""

    def __init__(
        self,
        session: VaultSession,
        text: str,
        *,
        family_id: uuid.UUID,
        created: Sequence[Entity],
        kinds: Sequence[str] = (),
        parent_widget: QWidget | None = None,
    ) -> None:
        snapshot = tuple(created)
        keys = [(type(e), e.id) for e in snapshot]
        super().__init__(
            session,
            text,
            family_id=family_id,
            undo_action=lambda ctx: withdraw_records(ctx.uow(), records=keys),
            redo_action=lambda ctx: reinstate_records(ctx.uow(), records=snapshot),
            kinds=kinds,
            parent_widget=parent_widget,
        )


class EditRecordsCommand(ServiceCommand):
    """Undo writes the content from before the edit back; redo the content after it."""

    def __init__(
        self,
        session: VaultSession,
        text: str,
        *,
        family_id: uuid.UUID,
        before: Sequence[Entity],
        after: Sequence[Entity],
        kinds: Sequence[str] = (),
        parent_widget: QWidget | None = None,
    ) -> None:
        old, new = tuple(before), tuple(after)
        super().__init__(
            session,
            text,
            family_id=family_id,
            undo_action=lambda ctx: revert_records(ctx.uow(), records=old),
            redo_action=lambda ctx: revert_records(ctx.uow(), records=new),
            kinds=kinds,
            parent_widget=parent_widget,
        )


class EditPersonCommand(EditRecordsCommand):
    """A person saved in the person editor (from the Personen tab or the genogram)."""

    def __init__(
        self,
        session: VaultSession,
        *,
        family_id: uuid.UUID,
        before: Person,
        after: Person,
        parent_widget: QWidget | None = None,
    ) -> None:
        text = QCoreApplication.translate("FamilyFileUndo", "Person „{name}“ bearbeiten")
        super().__init__(
            session,
            text.format(name=person_name(after)),
            family_id=family_id,
            before=[before],
            after=[after],
            kinds=("person",),
            parent_widget=parent_widget,
        )


class ChangeCommand(ServiceCommand):
    """Any use case that returns a ``Change(before, after)``, undone from its records.

    A record only in ``after`` was created, one only in ``before`` was removed, one in both
    was updated. Undo withdraws what was created (children before their parents), writes the
    old content of what was updated back and reinstates what was removed, in one
    transaction (``history.apply_records``); redo does the reverse. ``kinds`` are the change
    kinds broadcast afterwards, so that other views (Heute) refresh.
    """

    def __init__(
        self,
        session: VaultSession,
        text: str,
        *,
        family_id: uuid.UUID,
        change: Change,
        kinds: Sequence[str],
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
            undo_action=lambda ctx: _apply_change(ctx, create=removed, update=old, remove=created),
            redo_action=lambda ctx: _apply_change(ctx, create=created, update=new, remove=removed),
            kinds=kinds,
            parent_widget=parent_widget,
        )


def _apply_change(
    ctx: OpContext,
    *,
    create: tuple[Entity, ...],
    update: tuple[Entity, ...],
    remove: tuple[Entity, ...],
) -> None:
    apply_records(
        ctx.uow(), reinstate=create, revert=update, withdraw=[(type(e), e.id) for e in remove]
    )
