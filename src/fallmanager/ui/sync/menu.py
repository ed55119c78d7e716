"""The Synchronisation menu of the main window, and how sync results reach the user.

A manual run shows a progress dialog with the phase ("Änderungen senden …") and
"Abbrechen", and ends with a short message; an automatic run speaks through the status bar
only. Some outcomes cannot wait: a revoked laptop must erase its vault, a server with a
different certificate must not be trusted; those are shown whoever started the run.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolButton,
)

from fallmanager.services.sync import EnrolmentInfo, PendingChangeView, SyncSummary
from fallmanager.sync.errors import (
    AuthenticationError,
    DeviceRevokedError,
    FingerprintMismatchError,
    ServerUnreachableError,
    UpdateRequiredError,
)
from fallmanager.ui.ops import PROGRESS_DELAY_MS, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.sync.conflict_dialog import ConflictReviewDialog
from fallmanager.ui.sync.controller import SyncController
from fallmanager.ui.sync.enrolment_dialog import EnrolmentDialog
from fallmanager.ui.sync.rejected_dialog import RejectedChangesDialog, SupersededDialog
from fallmanager.ui.sync.revoked_dialog import DeviceRevokedDialog
from fallmanager.ui.sync.texts import (
    format_moment,
    status_text,
    summary_details,
    summary_text,
    sync_error_text,
    unreachable_text,
    update_required_text,
)

#: How long a sync message stays in the status bar.
STATUS_MS = 30_000


class SyncActions(QObject):
    """The menu "Synchronisation" and its dialogs; see :mod:`fallmanager.ui.sync` for the
    object names."""

    def __init__(
        self, window: QMainWindow, session: VaultSession, controller: SyncController
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.controller = controller
        self.message_box: QMessageBox | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.enrolment_dialog: EnrolmentDialog | None = None
        self.conflict_dialog: ConflictReviewDialog | None = None
        self.rejected_dialog: RejectedChangesDialog | None = None
        self.superseded_dialog: SupersededDialog | None = None
        self.revoked_dialog: DeviceRevokedDialog | None = None
        self._phase = ""

        self.sync_action = self._action("syncAction", QKeySequence(Qt.Key.Key_F9),
                                        self.synchronise_now)  # fmt: skip
        self.enrol_action = self._action("enrolAction", None, self.open_enrolment)
        self.conflicts_action = self._action("conflictsAction", None, self.review_conflicts)
        self.rejected_action = self._action("rejectedAction", None, self.open_rejected)
        self.superseded_action = self._action("supersededAction", None, self.open_superseded)
        self.menu = QMenu(window)
        self.menu.setObjectName("syncMenu")
        entries = (self.sync_action, None, self.enrol_action, None,
                   self.conflicts_action, self.rejected_action, self.superseded_action)  # fmt: skip
        for action in entries:
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.status_button = QToolButton()
        self.status_button.setObjectName("syncButton")
        self.status_button.setDefaultAction(self.sync_action)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_button.setAutoRaise(True)

        self._progress_delay = QTimer(self)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.timeout.connect(self._show_progress)

        controller.enrolment_changed.connect(self._enrolment_changed)
        controller.conflict_count_changed.connect(self._conflict_count_changed)
        controller.running_changed.connect(self._running_changed)
        controller.progressed.connect(self._progressed)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        controller.unreachable.connect(self._unreachable)
        controller.cancelled.connect(self._cancelled)
        session.locked.connect(self._locked)
        session.unlocked.connect(self.update_enabled)
        self.retranslate_ui()
        self.update_enabled()

    def _action(
        self, name: str, shortcut: QKeySequence | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    # -- texts and enabled states ------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("S&ynchronisation"))
        self.sync_action.setText(self.tr("Jetzt &synchronisieren"))
        self.sync_action.setToolTip(self.tr("Änderungen mit dem Büroserver austauschen (F9)"))
        self.enrol_action.setText(self.tr("Laptop am Büroserver &anmelden …"))
        self.rejected_action.setText(self.tr("Abgele&hnte Änderungen …"))
        self.superseded_action.setText(self.tr("Ü&berschriebene Werte …"))
        self._conflict_count_changed(self.controller.conflict_count)
        self._update_tooltip()

    def _conflict_count_changed(self, count: int) -> None:
        self.conflicts_action.setText(
            self.tr("&Konflikte prüfen … ({count})").format(count=count)
            if count
            else self.tr("&Konflikte prüfen …")
        )

    def _update_tooltip(self) -> None:
        info = self.controller.enrolment
        if info is None:
            tip = self.tr("Dieser Laptop ist an keinem Büroserver angemeldet.")
        elif info.last_sync_at is None:
            tip = self.tr("Noch nicht synchronisiert.")
        else:
            tip = self.tr("Zuletzt synchronisiert: {date}").format(
                date=format_moment(info.last_sync_at)
            )
        self.status_button.setToolTip(tip)

    def update_enabled(self) -> None:
        unlocked = self._session.is_unlocked
        enrolled = unlocked and self.controller.is_enrolled
        self.sync_action.setEnabled(enrolled and not self.controller.is_running)
        self.enrol_action.setEnabled(unlocked)
        for action in (self.conflicts_action, self.rejected_action, self.superseded_action):
            action.setEnabled(enrolled)
        self.status_button.setVisible(enrolled)

    def _enrolment_changed(self, _info: EnrolmentInfo | None) -> None:
        self.update_enabled()
        self._update_tooltip()

    def _locked(self) -> None:
        self.update_enabled()
        self._close_progress()
        self._window.statusBar().clearMessage()

    # -- running -----------------------------------------------------------------------------

    def synchronise_now(self) -> None:
        """Jetzt synchronisieren (F9)."""
        if self.controller.synchronise(manual=True):
            self._phase = ""
            self._progress_delay.start(PROGRESS_DELAY_MS)

    def _running_changed(self, running: bool) -> None:
        self.update_enabled()
        bar, running_text = self._window.statusBar(), self.tr("Synchronisation läuft …")
        if running:
            bar.showMessage(running_text, 0)
            return
        self._close_progress()
        if bar.currentMessage() == running_text:
            bar.clearMessage()  # ended without an answer (a fault, reported on its own)

    def _phase_text(self, phase: str) -> str:
        if phase == "push":
            return self.tr("Änderungen senden …")
        if phase == "pull":
            return self.tr("Änderungen empfangen …")
        if phase == "snapshot":
            return self.tr("Familienakten laden …")
        return self.tr("Verbindung zum Büroserver …")

    def _show_progress(self) -> None:
        if not self.controller.is_running:
            return
        dialog = QProgressDialog(self._window)
        dialog.setObjectName("syncProgress")
        dialog.setWindowTitle(self.tr("Synchronisation"))
        dialog.setLabelText(self._phase_text(self._phase))
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setCancelButtonText(self.tr("Abbrechen"))
        dialog.canceled.connect(self.controller.cancel)
        dialog.show()
        self.progress_dialog = dialog

    def _progressed(self, phase: str, done: int, total: int) -> None:
        self._phase = phase
        dialog = self.progress_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.setLabelText(self._phase_text(phase))
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)

    def _close_progress(self) -> None:
        self._progress_delay.stop()
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    # -- outcomes ----------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)

    def _message(self, icon: QMessageBox.Icon, text: str, name: str, details: str = "") -> None:
        if self.message_box is not None and shiboken6.isValid(self.message_box):
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(icon, self.tr("Synchronisation"), text, parent=self._window)
        box.setObjectName(name)
        if details:
            box.setInformativeText(details)
        self.message_box = box
        box.open()

    def _finished(self, summary: SyncSummary, manual: bool) -> None:
        self._status(status_text(summary))
        if manual:
            self._message(
                QMessageBox.Icon.Information,
                summary_text(summary),
                "syncSummaryBox",
                "\n\n".join(summary_details(summary)),
            )
        elif summary.clock_bounded:
            self._message(QMessageBox.Icon.Warning, summary_details(summary)[-1], "syncClockBox")

    def _unreachable(self, manual: bool) -> None:
        self._status(unreachable_text())
        if manual:
            self._message(QMessageBox.Icon.Information, unreachable_text(), "syncErrorBox")

    def _cancelled(self) -> None:
        self._status(self.tr("Synchronisation abgebrochen – bisher Ausgetauschtes bleibt erhalten"))

    def _failed(self, exc: BaseException, manual: bool) -> None:
        if isinstance(exc, DeviceRevokedError):
            self._status(sync_error_text(exc))
            self.show_revoked()
        elif isinstance(exc, FingerprintMismatchError):
            self._status(self.tr("Büroserver nicht vertrauenswürdig – nicht synchronisiert"))
            self._message(QMessageBox.Icon.Critical, sync_error_text(exc), "fingerprintBox")
        elif isinstance(exc, UpdateRequiredError):
            self._status(update_required_text(None))
            self._tell_update_required(manual)
        elif isinstance(exc, AuthenticationError):
            self._status(self.tr("Anmeldung am Büroserver abgelaufen – bitte neu anmelden"))
            if manual:
                self._ask_to_reenrol(sync_error_text(exc))
        elif isinstance(exc, ServerUnreachableError):
            self._unreachable(manual)
        else:
            self._status(sync_error_text(exc))
            if manual:
                self._message(QMessageBox.Icon.Warning, sync_error_text(exc), "syncErrorBox")

    def _tell_update_required(self, manual: bool) -> None:
        api = self.controller.api

        def counted(count: int | None) -> None:
            if manual:
                self._message(
                    QMessageBox.Icon.Warning, update_required_text(count), "updateRequiredBox"
                )
            else:
                self._status(update_required_text(count))

        def not_counted(_exc: BaseException) -> bool:
            counted(None)
            return True

        run_op(None, self._session, lambda ctx: api.unsent_count(ctx.uow())).success(
            counted
        ).failure(not_counted)

    def _ask_to_reenrol(self, text: str) -> None:
        if self.message_box is not None and shiboken6.isValid(self.message_box):
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Synchronisation"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("reenrolBox")
        box.setInformativeText(self.tr("Jetzt neu anmelden?"))
        box.buttonClicked.connect(self._reenrol_answered)
        self.message_box = box
        box.open()

    def _reenrol_answered(self, button: QAbstractButton) -> None:
        box = self.message_box
        if box is not None and box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.open_enrolment(fresh=True)

    # -- revoked -----------------------------------------------------------------------------

    def show_revoked(self) -> None:
        """List what was not sent, then lock and erase the vault (the only way on)."""
        if self.revoked_dialog is not None and shiboken6.isValid(self.revoked_dialog):
            self.revoked_dialog.raise_()
            return
        api = self.controller.api

        def unreadable(_exc: BaseException) -> bool:
            self._open_revoked(None)
            return True

        run_op(None, self._session, lambda ctx: api.pending_changes(ctx.uow())).success(
            self._open_revoked
        ).failure(unreadable)

    def _open_revoked(self, pending: list[PendingChangeView] | None) -> None:
        if not self._session.is_unlocked:
            return
        dialog = DeviceRevokedDialog(self._session, pending, self._window)
        dialog.erase_confirmed.connect(self._erase)
        self.revoked_dialog = dialog
        dialog.open()

    def _erase(self) -> None:
        self._session.erase(self._window, on_erased=self._erased, on_failed=self._erase_failed)

    def _erased(self) -> None:
        dialog, self.revoked_dialog = self.revoked_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.finish()
            dialog.deleteLater()

    def _erase_failed(self, _exc: BaseException) -> bool:
        dialog = self.revoked_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.erase_failed()
        return False  # the standard message says why

    # -- dialogs -----------------------------------------------------------------------------

    def _reuse(self, dialog: QDialog | None) -> bool:
        """Bring an open dialog to the front instead of opening a second one."""
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return True
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.deleteLater()
        return False

    def open_enrolment(self, *, fresh: bool = False) -> None:
        """Laptop am Büroserver anmelden (or see the enrolment); ``fresh`` offers the form to
        enrol again even while an enrolment is recorded (after its token expired)."""
        if not self._session.is_unlocked or self._reuse(self.enrolment_dialog):
            return
        dialog = EnrolmentDialog(self._session, self.controller, self._window)
        if fresh:
            dialog.show_enrolment(None)
        dialog.enrolled.connect(self._enrolled)
        self.enrolment_dialog = dialog
        dialog.open()

    def _enrolled(self, info: EnrolmentInfo) -> None:
        self._status(self.tr("Laptop am Büroserver {url} angemeldet").format(url=info.server_url))

    def review_conflicts(self, family_id: uuid.UUID | None = None) -> None:
        """Konflikte prüfen, for all families or one."""
        if not self._session.is_unlocked:
            return
        current = self.conflict_dialog
        if (
            current is not None
            and shiboken6.isValid(current)
            and current.isVisible()
            and current.family_id != family_id
        ):
            current.close()  # another family (or all of them) was asked for
        if self._reuse(self.conflict_dialog):
            return
        dialog = ConflictReviewDialog(self._session, self.controller.api, family_id,
                                      self._window)  # fmt: skip
        self.conflict_dialog = dialog
        dialog.open()

    def open_rejected(self) -> None:
        if not self._session.is_unlocked or self._reuse(self.rejected_dialog):
            return
        dialog = RejectedChangesDialog(self._session, self.controller.api, self._window)
        self.rejected_dialog = dialog
        dialog.open()

    def open_superseded(self, family_id: uuid.UUID | None = None) -> None:
        if not self._session.is_unlocked or self._reuse(self.superseded_dialog):
            return
        dialog = SupersededDialog(self._session, self.controller.api, family_id, self._window)
        self.superseded_dialog = dialog
        dialog.open()
