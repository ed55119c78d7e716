"""What the tables of a help plan version share: the add / change / remove actions on a tool
bar and in the context menu, one open dialog at a time, and undo through ChangeCommand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTableView, QToolBar, QWidget

from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.services.history import Change
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.undo import ChangeCommand
from fallmanager.ui.help_plan import KINDS

D = TypeVar("D", bound=QDialog)


class RecordPanel(QWidget):
    """Base of the needs and the requirements panel.

    A subclass creates ``self.table`` and ``self.toolbar`` and then calls
    :meth:`_make_actions`; it implements ``has_selection``, ``add_clicked``, ``edit_selected``,
    ``remove_selected``, ``show_plan`` and ``retranslate_ui`` (calling
    :meth:`_retranslate_actions`).
    """

    #: An edit was pushed onto the undo stack.
    edited = Signal()

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: HelpPlanSnapshot | None = None
        #: The dialog opened last, while it is open.
        self.dialog: QDialog | None = None
        self.table: QTableView
        self.toolbar: QToolBar

    def _make_actions(self, prefix: str) -> None:
        self.add_action = self._action(f"add{prefix}", self.add_clicked, Qt.Key.Key_Insert)
        self.edit_action = self._action(f"edit{prefix}", self._edit_clicked, Qt.Key.Key_Return)
        self.remove_action = self._action(
            f"remove{prefix}", self.remove_selected, QKeySequence.StandardKey.Delete
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        #: The tool buttons of the actions (what a user clicks).
        self.add_button = self.toolbar.widgetForAction(self.add_action)
        self.edit_button = self.toolbar.widgetForAction(self.edit_action)
        self.remove_button = self.toolbar.widgetForAction(self.remove_action)

    def _action(
        self, name: str, slot: Callable[[], object], key: QKeySequence.StandardKey | Qt.Key
    ) -> QAction:
        """An action on the tool bar and in the table's context menu; its key works while the
        table has the focus (an open cell editor keeps its own keys)."""
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self.table.addAction(action)
        return action

    def _retranslate_actions(self) -> None:
        # Tool buttons show no mnemonics; the letters serve the table's context menu.
        self.add_action.setText(self.tr("&Hinzufügen …"))
        self.edit_action.setText(self.tr("&Ändern …"))
        self.remove_action.setText(self.tr("&Entfernen"))
        self.toolbar.setWindowTitle(self.tr("Einträge bearbeiten"))

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self.snapshot is not None and self.snapshot.version.is_editable

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.show_plan(None)

    def has_selection(self) -> bool:
        raise NotImplementedError

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.editable
        selected = self.has_selection()
        self.add_action.setEnabled(editable)
        self.edit_action.setEnabled(editable and selected)
        self.remove_action.setEnabled(editable and selected)

    # -- actions -----------------------------------------------------------------------------

    def add_clicked(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> QDialog | None:
        raise NotImplementedError

    def remove_selected(self) -> None:
        raise NotImplementedError

    def _edit_clicked(self) -> None:
        self.edit_selected()

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _push(self, text: str, change: Change) -> None:
        self.context.push(
            ChangeCommand(
                self.context.session,
                text,
                family_id=self.context.family_id,
                change=change,
                kinds=KINDS,
                parent_widget=self,
            )
        )
        self.edited.emit()
