"""What the parts of a conference share: the shown conference, one open dialog at a time,
questions before anything is removed, and undo through a ``ChangeCommand``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QToolBar, QWidget

from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.services.history import Change
from fallmanager.ui.conference import KINDS
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.undo import ChangeCommand
from fallmanager.ui.ops import Changes, OpContext, run_op

D = TypeVar("D", bound=QDialog)


class ConferencePanel(QWidget):
    """Base of the agenda, the consent gate and the minutes of one conference."""

    #: An edit was pushed onto the undo stack.
    edited = Signal()

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: ConferenceSnapshot | None = None
        self.editable = False
        #: The dialog (or question) opened last, while it is open.
        self.dialog: QDialog | None = None

    def show_conference(self, snapshot: ConferenceSnapshot | None, *, editable: bool) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_action(
        self,
        toolbar: QToolBar,
        name: str,
        slot: Callable[[], object],
        key: QKeySequence.StandardKey | Qt.Key | None = None,
        target: QWidget | None = None,
    ) -> QAction:
        """An action on ``toolbar`` (and in ``target``'s context menu, where its key works)."""
        action = QAction(self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        toolbar.addAction(action)
        if target is not None:
            target.addAction(action)
        return action

    def open_dialog(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def ask(
        self, title: str, question: str, yes_text: str, action: Callable[[], None]
    ) -> QMessageBox:
        """Ask before something is removed or created in bulk; ``action`` runs on yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("conferenceQuestion")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(yes_text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: action() if box.clickedButton() is yes else None)
        return self.open_dialog(box)

    def push(self, text: str, change: Change, kinds: Sequence[str] = KINDS) -> None:
        if not change.before and not change.after:
            return
        self.context.push(
            ChangeCommand(
                self.context.session,
                text,
                family_id=self.context.family_id,
                change=change,
                kinds=kinds,
                parent_widget=self,
            )
        )
        self.edited.emit()

    def run_change(
        self,
        operation: Callable[[OpContext], Change],
        text: str,
        kinds: Sequence[str] = KINDS,
        failed: Callable[[BaseException], bool | None] | None = None,
    ) -> None:
        """Run a use case on the worker and push its change as one undo command."""
        op = run_op(
            self,
            self.context.session,
            operation,
            changes=Changes.of(*kinds, family_id=self.context.family_id),
        ).success(lambda change: self.push(text, change, kinds))
        if failed is not None:
            op.failure(failed)
