"""What every tab of a family file (Fallakte) gets and must provide."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.sync.marks import ConflictMarks


@dataclass(frozen=True, slots=True)
class FamilyFileContext:
    """Shared by the tabs of one open family file."""

    session: VaultSession
    settings: AppSettings
    family_id: uuid.UUID
    undo_stack: QUndoStack
    today: Callable[[], date]

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)


class FamilyFileTab(QWidget):
    """A tab shows one snapshot of the family file; the container reloads it after changes.

    Subclasses build their widgets in ``__init__``, set every visible text in
    ``retranslate_ui`` and fill their models in ``show_detail``. Edits go through services
    with ``run_op`` and are pushed to ``context.undo_stack``.
    """

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: FamilyFileDetail | None = None
        #: Open sync conflicts of this family file (empty when not enrolled).
        self.conflict_marks = ConflictMarks()

    def show_detail(self, detail: FamilyFileDetail) -> None:
        self.detail = detail

    def show_conflicts(self, marks: ConflictMarks) -> None:
        """Open sync conflicts of the family; a tab that shows a conflicted field marks it
        (overriding this to refresh what it shows)."""
        self.conflict_marks = marks

    def clear(self) -> None:
        """Drop everything shown (on lock)."""
        self.detail = None

    def make_button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        """A push button of the tab (text set in ``retranslate_ui``) that calls ``slot``."""
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        """The tab's label, translated."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
