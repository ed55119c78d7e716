"""The main window: lock screen or workspace (Heute, Familien, Netzwerk, open family files).

While locked, the window shows the lock screen only; its title never names anyone, open
dialogs are hidden (keeping what was typed) and come back after unlocking.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from fallmanager import __version__
from fallmanager.ui.data_transfer import DataTransfer
from fallmanager.ui.families.view import FamilyListView
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.lock.lock_screen import LockScreen
from fallmanager.ui.network.view import NetworkView
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.settings_dialog import SettingsDialog
from fallmanager.ui.sync.api import SyncApi
from fallmanager.ui.sync.controller import SyncController
from fallmanager.ui.sync.menu import SyncActions
from fallmanager.ui.today.view import TodayView

#: Fixed tabs before the family files.
_FIXED_TABS = 3


class MainWindow(QMainWindow):
    """Composition of the views; they talk through signals, never reach into each other."""

    language_requested = Signal(str)
    auto_lock_changed = Signal(int)

    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        *,
        demo_hint: str = "",
        today: Callable[[], date] = date.today,
        sync_api: SyncApi | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self._today = today
        self._hidden_while_locked: list[QWidget] = []
        self.undo_group = QUndoGroup(self)

        self.lock_screen = LockScreen(session, demo_hint)
        self.workspace = QTabWidget()
        self.workspace.setObjectName("workspace")
        self.workspace.setTabsClosable(True)
        self.workspace.setMovable(False)
        self.today_view = TodayView(session, settings, today=today)
        self.families_view = FamilyListView(session, settings, today=today)
        self.network_view = NetworkView(session, settings)
        for view in (self.today_view, self.families_view, self.network_view):
            self.workspace.addTab(view, "")
            view.open_family_requested.connect(self.open_family)
        self.today_view.open_family_tab_requested.connect(self._open_family_tab)
        for index in range(_FIXED_TABS):
            self.workspace.tabBar().setTabButton(
                index, self.workspace.tabBar().ButtonPosition.RightSide, None
            )
        self.workspace.tabCloseRequested.connect(self.close_family_tab)
        self.workspace.currentChanged.connect(self._current_tab_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_screen)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.transfer = DataTransfer(session, self)
        self.sync_controller = SyncController(session, settings, sync_api, parent=self)
        self.sync = SyncActions(self, session, self.sync_controller)
        self.sync_controller.states_changed.connect(self.families_view.set_sync_states)
        self.statusBar().addPermanentWidget(self.sync.status_button)

        self._create_actions()
        self._create_menus()
        self.retranslate_ui()

        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        session.erased.connect(self._on_erased)
        self.resize(1280, 760)
        if settings.window_geometry:
            self.restoreGeometry(settings.window_geometry)
        self._show_lock_screen()

    # -- actions and menus -------------------------------------------------------------------

    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_family_action = self._action(
            QKeySequence.StandardKey.New, self.families_view.start_new_family
        )
        self.import_action = self._action("Ctrl+I", self.transfer.import_file)
        self.export_action = self._action("Ctrl+E", self.transfer.export_vault)
        self.backup_action = self._action("Ctrl+B", self.transfer.backup)
        self.lock_action = self._action("Ctrl+L", self.session.lock)
        self.lock_action.setObjectName("lockAction")
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.undo_group.undo)
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self._action(QKeySequence.StandardKey.Redo, self.undo_group.redo)
        self.redo_action.setObjectName("redoAction")
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        self.undo_group.canUndoChanged.connect(self._update_undo_texts)
        self.undo_group.canRedoChanged.connect(self._update_undo_texts)
        self.today_action = self._action("Ctrl+1", lambda: self.workspace.setCurrentIndex(0))
        self.families_action = self._action("Ctrl+2", lambda: self.workspace.setCurrentIndex(1))
        self.network_action = self._action("Ctrl+3", lambda: self.workspace.setCurrentIndex(2))
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.focus_search)
        self.close_tab_action = self._action(
            QKeySequence.StandardKey.Close, self._close_current_family
        )
        self.settings_action = self._action("Ctrl+,", self.open_settings)
        self.about_action = self._action(None, self._about)
        self._unlocked_actions = [
            self.new_family_action, self.import_action, self.export_action, self.backup_action,
            self.lock_action, self.undo_action, self.redo_action, self.today_action,
            self.families_action, self.network_action, self.find_action, self.close_tab_action,
        ]  # fmt: skip

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_family_action, None, self.import_action, self.export_action,
                       self.backup_action, None, self.lock_action, self.quit_action):  # fmt: skip
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        for action in (self.today_action, self.families_action, self.network_action,
                       self.close_tab_action):  # fmt: skip
            self.view_menu.addAction(action)
        bar.addMenu(self.sync.menu)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Fallmanager"))
        self.file_menu.setTitle(self.tr("&Datei"))
        self.edit_menu.setTitle(self.tr("&Bearbeiten"))
        self.view_menu.setTitle(self.tr("&Ansicht"))
        self.tools_menu.setTitle(self.tr("E&xtras"))
        self.help_menu.setTitle(self.tr("&Hilfe"))
        self.new_family_action.setText(self.tr("&Neue Familie …"))
        self.import_action.setText(self.tr("&Importieren …"))
        self.export_action.setText(self.tr("&Exportieren …"))
        self.backup_action.setText(self.tr("&Sicherung anlegen …"))
        self.lock_action.setText(self.tr("S&perren"))
        self.quit_action.setText(self.tr("&Beenden"))
        self.today_action.setText(self.tr("&Heute"))
        self.families_action.setText(self.tr("&Familien"))
        self.network_action.setText(self.tr("&Netzwerk"))
        self.find_action.setText(self.tr("Familie &suchen"))
        self.close_tab_action.setText(self.tr("Familienakte s&chließen"))
        self.settings_action.setText(self.tr("&Einstellungen …"))
        self.about_action.setText(self.tr("Ü&ber Fallmanager"))
        self.workspace.setTabText(0, self.tr("Heute"))
        self.workspace.setTabText(1, self.tr("Familien"))
        self.workspace.setTabText(2, self.tr("Netzwerk"))
        self.sync.retranslate_ui()
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        """ "Rückgängig: Person anlegen" — the command's own text tells what will be undone."""
        undo_text, redo_text = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(
            self.tr("&Rückgängig: {action}").format(action=undo_text)
            if undo_text
            else self.tr("&Rückgängig")
        )
        self.redo_action.setText(
            self.tr("&Wiederholen: {action}").format(action=redo_text)
            if redo_text
            else self.tr("&Wiederholen")
        )
        unlocked = self.session.is_unlocked
        self.undo_action.setEnabled(unlocked and self.undo_group.canUndo())
        self.redo_action.setEnabled(unlocked and self.undo_group.canRedo())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- family files ------------------------------------------------------------------------

    def family_views(self) -> list[FamilyFileView]:
        return [
            widget
            for index in range(_FIXED_TABS, self.workspace.count())
            if isinstance(widget := self.workspace.widget(index), FamilyFileView)
        ]

    def _open_family_tab(self, family_id: uuid.UUID, tab: str) -> None:
        """Open a family file on one of its tabs (e.g. "help_plan" from Heute)."""
        self.open_family(family_id).open_tab(tab)

    def open_family(self, family_id: uuid.UUID) -> FamilyFileView:
        """Show the family file's tab, opening it if needed."""
        for view in self.family_views():
            if view.family_id == family_id:
                self.workspace.setCurrentWidget(view)
                return view
        view = FamilyFileView(self.session, self.settings, family_id, today=self._today,
                              sync=self.sync_controller)  # fmt: skip
        view.review_conflicts_requested.connect(self.sync.review_conflicts)
        self.undo_group.addStack(view.undo_stack)
        index = self.workspace.addTab(view, view.title())
        view.title_changed.connect(lambda text, v=view: self._set_tab_title(v, text))
        self.workspace.setCurrentIndex(index)
        return view

    def _set_tab_title(self, view: FamilyFileView, text: str) -> None:
        index = self.workspace.indexOf(view)
        if index >= 0:
            self.workspace.setTabText(index, text)
            self.workspace.setTabToolTip(index, text)

    def close_family_tab(self, index: int) -> None:
        if index < _FIXED_TABS:
            return
        view = self.workspace.widget(index)
        if _open_forms(view):
            # Closing the tab would discard what was typed into the form.
            self._ask_to_finish_forms()
            return
        self.workspace.removeTab(index)
        if isinstance(view, FamilyFileView):
            self.undo_group.removeStack(view.undo_stack)
            view.deleteLater()

    def _close_current_family(self) -> None:
        self.close_family_tab(self.workspace.currentIndex())

    def _current_tab_changed(self, index: int) -> None:
        view = self.workspace.widget(index)
        # No family tab current: no active stack (Qt accepts None here; the stubs do not).
        self.undo_group.setActiveStack(
            view.undo_stack if isinstance(view, FamilyFileView) else None  # type: ignore[arg-type]
        )

    def focus_search(self) -> None:
        self.workspace.setCurrentWidget(self.families_view)
        self.families_view.focus_search()

    # -- lock --------------------------------------------------------------------------------

    def _show_lock_screen(self) -> None:
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_current_state()
        self.menuBar().setEnabled(False)
        for action in self._unlocked_actions:
            action.setEnabled(False)
        self.setWindowTitle(self.tr("Fallmanager"))

    def _on_locked(self) -> None:
        # Dialogs keep their content but disappear until the vault is unlocked again.
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.hide()
                self._hidden_while_locked.append(widget)
        for index in range(_FIXED_TABS, self.workspace.count()):
            self.workspace.setTabText(index, "")
            self.workspace.setTabToolTip(index, "")
        self._show_lock_screen()

    def _on_unlocked(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.menuBar().setEnabled(True)
        for action in self._unlocked_actions:
            action.setEnabled(True)
        self._update_undo_texts()
        for widget in self._hidden_while_locked:
            widget.show()
            widget.raise_()
        self._hidden_while_locked.clear()
        self.sync.update_enabled()

    def _on_erased(self) -> None:
        """The vault is gone (a revoked laptop): back to the first start, nothing kept."""
        hidden, self._hidden_while_locked = self._hidden_while_locked, []
        for widget in hidden:
            widget.close()  # forms of the erased vault do not come back
        for view in self.family_views():
            self.workspace.removeTab(self.workspace.indexOf(view))
            self.undo_group.removeStack(view.undo_stack)
            view.deleteLater()
        self._show_lock_screen()

    # -- settings, about, closing ------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.language_changed.connect(self.language_requested)
        dialog.auto_lock_changed.connect(self.auto_lock_changed)
        dialog.sync_interval_changed.connect(self.sync_controller.set_auto_minutes)
        dialog.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Über Fallmanager"),
            self.tr(
                "Fallmanager {version}\nFallmanagement für die aufsuchende Arbeit mit Familien."
            ).format(version=__version__),
        )

    def _ask_to_finish_forms(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Fallmanager"),
            self.tr("Ein Formular ist noch offen. Bitte erst speichern oder abbrechen."),
            parent=self,
        )
        box.setObjectName("openFormsBox")
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.is_unlocked and _open_forms(self):
            event.ignore()  # quitting would discard what was typed into an open form
            self._ask_to_finish_forms()
            return
        # Quitting never cuts a running operation short: the session's shutdown closes the
        # vault on the worker, queued behind whatever is still being saved.
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        super().closeEvent(event)


def _open_forms(widget: QWidget | None) -> list[QDialog]:
    """Visible dialogs below ``widget`` that may hold typed input (not message boxes)."""
    if widget is None:
        return []
    return [
        dialog
        for dialog in widget.findChildren(QDialog)
        if dialog.isVisible() and not isinstance(dialog, QMessageBox | QProgressDialog)
    ]
