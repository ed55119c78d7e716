"""Dieser Laptop wurde abgemeldet: the office server has revoked this laptop (lost, stolen,
or its user left), so the family files on it must go.

Before the vault is erased the user sees what had not been sent yet and may export that
list; erasing is the only way on and needs one more confirmation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.services.sync import PendingChangeView
from fallmanager.ui.ops import run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.sync.texts import change_text, format_moment, record_text
from fallmanager.ui.widgets.tables import RecordTableModel, make_table

_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("PendingTableModel", "Familie"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Datensatz"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Feld"),
        QT_TRANSLATE_NOOP("PendingTableModel", "Geändert am"),
    )
)


class PendingTableModel(RecordTableModel):
    """Unsent changes: family case number, record, field, time."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("PendingTableModel", c) for c in _COLUMNS]

    def cell(self, row: Any, column: int) -> str:
        change: PendingChangeView = row
        values = (
            change.case_number,
            record_text(change.entity, change.subject),
            change_text(change.op, change.field),
            format_moment(change.changed_at),
        )
        return values[column]


def pending_as_json(changes: list[PendingChangeView]) -> str:
    """The list of unsent changes as a JSON document (what, where, when; no values)."""
    return json.dumps(
        {
            "format": "fallmanager-unsent-changes",
            "version": 1,
            "changes": [
                {
                    "family_id": str(change.family_id) if change.family_id else None,
                    "case_number": change.case_number,
                    "record": record_text(change.entity, change.subject),
                    "field": change_text(change.op, change.field),
                    "changed_at": change.changed_at.isoformat(),
                }
                for change in changes
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def write_pending(path: Path, changes: list[PendingChangeView]) -> int:
    """Write the list next to ``path`` first and move it into place (no half file)."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(pending_as_json(changes) + "\n", encoding="utf-8")
    partial.replace(path)
    return len(changes)


class DeviceRevokedDialog(QDialog):
    """Modal; it cannot be closed — "Tresor löschen" is the only way on. Object names:
    ``pendingChangesTable``, ``exportPendingButton``, ``eraseVaultButton``,
    ``revokedExportNote`` and the confirmation ``confirmEraseBox``."""

    #: The user confirmed erasing the vault.
    erase_confirmed = Signal()

    def __init__(
        self,
        session: VaultSession,
        pending: list[PendingChangeView] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revokedDialog")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._session = session
        self._pending = list(pending or [])
        self._unreadable = pending is None
        self._erasing = False
        self.confirm_box: QMessageBox | None = None

        self.message = QLabel()
        self.message.setObjectName("revokedMessage")
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.pending_caption = QLabel()
        self.pending_caption.setWordWrap(True)
        self.model = PendingTableModel(self)
        self.model.set_rows(self._pending)
        self.table = make_table("pendingChangesTable")
        self.table.setModel(self.model)
        self.pending_caption.setBuddy(self.table)
        self.export_note = QLabel()
        self.export_note.setObjectName("revokedExportNote")
        self.export_note.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPendingButton")
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseVaultButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pending_caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.export_note)
        layout.addLayout(buttons)

        self.export_button.clicked.connect(self._export_clicked)
        self.erase_button.clicked.connect(self.ask_to_erase)
        self.resize(820, 480)
        self.retranslate_ui()
        self.table.resizeColumnsToContents()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Laptop abgemeldet"))
        self.message.setText(
            self.tr(
                "Dieser Laptop wurde vom Büroserver abgemeldet. Die Fallakten auf diesem "
                "Laptop werden gelöscht."
            )
        )
        if self._unreadable:
            caption = self.tr("Die nicht gesendeten Änderungen konnten nicht gelesen werden.")
        elif self._pending:
            caption = self.tr(
                "Diese Änderungen wurden noch nicht an den Büroserver gesendet. Exportieren "
                "Sie die Liste, damit sie im Büro nachgetragen werden können (die Datei ist "
                "nicht verschlüsselt)."
            )
        else:
            caption = self.tr("Alle Änderungen dieses Laptops sind beim Büroserver angekommen.")
        self.pending_caption.setText(caption)
        self.table.setVisible(bool(self._pending))
        self.export_button.setVisible(bool(self._pending))
        self.export_button.setText(self.tr("Nicht gesendete Änderungen &exportieren …"))
        self.erase_button.setText(self.tr("Tresor &löschen"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- no way around -----------------------------------------------------------------------

    def reject(self) -> None:
        """Escape does nothing: the family files may not stay on a revoked laptop."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._erasing or self.result() == QDialog.DialogCode.Accepted:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        """Close after the vault was erased."""
        self._erasing = True
        self.accept()

    # -- export ------------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        self.export()

    def export(self, path: Path | None = None) -> None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Nicht gesendete Änderungen exportieren"),
                str(Path.home() / "nicht-gesendete-aenderungen.json"),
                self.tr("JSON-Dateien (*.json)"),
            )
            if not name:
                return
            path = Path(name)
        target, pending = path, list(self._pending)
        run_op(self, self._session, lambda _ctx: write_pending(target, pending)).success(
            lambda count: self._exported(count, target)
        )

    def _exported(self, count: int, path: Path) -> None:
        self.export_note.setText(
            self.tr("{count} Änderungen exportiert nach {file}.").format(
                count=count, file=path.name
            )
            if count != 1
            else self.tr("Eine Änderung exportiert nach {file}.").format(file=path.name)
        )

    # -- erase -------------------------------------------------------------------------------

    def ask_to_erase(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Tresor löschen"),
            self.tr(
                "Alle Fallakten auf diesem Laptop werden endgültig gelöscht. Das kann nicht "
                "rückgängig gemacht werden. Jetzt löschen?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmEraseBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._erase_answered)
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        self.confirm_box = box
        box.open()

    def _erase_answered(self, button: QAbstractButton) -> None:
        box = self.confirm_box
        if box is None or box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        self.erase_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.erase_confirmed.emit()

    def erase_failed(self) -> None:
        """Erasing did not succeed (e.g. a file in use): the user may try again."""
        self.erase_button.setEnabled(True)
        self.export_button.setEnabled(True)
