"""What the office server did not take from this laptop, and values that lost to a later
edit.

*Abgelehnte Änderungen*: changes the server refused (not authorised, invalid, the record is
gone …). Their content is kept on the laptop until the user has exported it or has said
explicitly that it may be dropped. *Überschriebene Werte*: values of this laptop that a
later edit on another laptop replaced (last writer wins); shown so nobody wonders where an
entry went.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelection
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.services.sync import RejectedChangeView, SupersededView
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.sync.api import SyncApi
from fallmanager.ui.sync.texts import (
    conflict_title,
    field_text,
    format_moment,
    reason_text,
    record_text,
    value_text,
)
from fallmanager.ui.widgets.tables import RecordTableModel, make_table

_REJECTED_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("RejectedTableModel", "Familie"),
        QT_TRANSLATE_NOOP("RejectedTableModel", "Datensatz"),
        QT_TRANSLATE_NOOP("RejectedTableModel", "Grund"),
        QT_TRANSLATE_NOOP("RejectedTableModel", "Zeitpunkt"),
    )
)
_SUPERSEDED_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("SupersededTableModel", "Familie"),
        QT_TRANSLATE_NOOP("SupersededTableModel", "Datensatz"),
        QT_TRANSLATE_NOOP("SupersededTableModel", "Feld"),
        QT_TRANSLATE_NOOP("SupersededTableModel", "Mein Wert"),
        QT_TRANSLATE_NOOP("SupersededTableModel", "Gültiger Wert"),
        QT_TRANSLATE_NOOP("SupersededTableModel", "Geändert von"),
        QT_TRANSLATE_NOOP("SupersededTableModel", "Zeitpunkt"),
    )
)


class RejectedTableModel(RecordTableModel):
    """Rejected changes: family case number, record kind (and field), reason, time."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("RejectedTableModel", c) for c in _REJECTED_COLUMNS]

    def cell(self, row: Any, column: int) -> str:
        change: RejectedChangeView = row
        values = (
            change.case_number,
            conflict_title(change.entity, change.subject, change.field)
            if change.field
            else record_text(change.entity, change.subject),
            reason_text(change.reason),
            format_moment(change.at),
        )
        return values[column]

    def sort_value(self, row: Any, column: int) -> str:
        return row.at.isoformat() if column == 3 else self.cell(row, column)


class SupersededTableModel(RecordTableModel):
    """Values of this laptop that a later edit replaced."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SupersededTableModel", c) for c in _SUPERSEDED_COLUMNS]

    def cell(self, row: Any, column: int) -> str:
        value: SupersededView = row
        values = (
            value.case_number,
            record_text(value.entity, value.subject),
            field_text(value.field),
            value_text(value.my_value, value.entity, value.field),
            value_text(value.winning_value, value.entity, value.field),
            value.winning_user,
            format_moment(value.at),
        )
        return values[column]


class RejectedChangesDialog(QDialog):
    """Abgelehnte Änderungen. Object names: ``rejectedTable``, ``exportRejectedButton``,
    ``dismissRejectedButton``, the confirmation ``confirmDismissBox``, ``rejectedNote``."""

    def __init__(self, session: VaultSession, api: SyncApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedDialog")
        self._session = session
        self._api = api
        self._busy = False
        #: Ids whose content is in a file the user exported (may be dismissed without asking).
        self.exported_ids: set[int] = set()
        self._to_dismiss: list[int] = []
        self.confirm_box: QMessageBox | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RejectedTableModel(self)
        self.table = make_table("rejectedTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("rejectedNote")
        self.note.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportRejectedButton")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissRejectedButton")
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export_clicked)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_enabled)
        self.resize(900, 480)
        self.retranslate_ui()
        self._update_enabled()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Abgelehnte Änderungen"))
        self.intro.setText(
            self.tr(
                "Diese Änderungen hat der Büroserver nicht übernommen. Ihr Inhalt bleibt auf "
                "diesem Laptop, bis Sie ihn exportiert oder ausdrücklich verworfen haben."
            )
        )
        self.table.setAccessibleName(self.tr("Abgelehnte Änderungen"))
        self.export_button.setText(self.tr("&Exportieren …"))
        self.dismiss_button.setText(self.tr("Als erle&digt markieren"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        api = self._api
        run_op(self, self._session, lambda ctx: api.rejected_changes(ctx.uow())).success(
            self._loaded
        )

    def _loaded(self, changes: list[RejectedChangeView]) -> None:
        self.model.set_rows(changes)
        self.table.resizeColumnsToContents()
        self._update_enabled()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record(row).id for row in rows]

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.export_button.setEnabled(not self._busy and self.model.rowCount() > 0)
        self.dismiss_button.setEnabled(not self._busy and bool(self.selected_ids()))

    # -- export ------------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        self.export()

    def export(self, path: Path | None = None) -> None:
        """Write every rejected change to a JSON file (``path`` or one the user picks)."""
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Abgelehnte Änderungen exportieren"),
                str(Path.home() / "abgelehnte-aenderungen.json"),
                self.tr("JSON-Dateien (*.json)"),
            )
            if not name:
                return
            path = Path(name)
        api, target = self._api, path
        ids = {change.id for change in self.model.rows()}

        def export(ctx: OpContext) -> int:
            return api.export_rejected(ctx.uow(), target)

        self._busy = True
        self._update_enabled()
        run_op(self, self._session, export).success(
            lambda count: self._exported(ids, count, target)
        ).failure(self._failed)

    def _exported(self, ids: set[int], count: int, path: Path) -> None:
        self._busy = False
        self.exported_ids |= ids
        self.note.setText(
            self.tr("{count} abgelehnte Änderungen exportiert nach {file}.").format(
                count=count, file=path.name
            )
            if count != 1
            else self.tr("Eine abgelehnte Änderung exportiert nach {file}.").format(file=path.name)
        )
        self._update_enabled()

    def _failed(self, _exc: BaseException) -> bool:
        self._busy = False
        self._update_enabled()
        return False

    # -- dismiss -----------------------------------------------------------------------------

    def dismiss(self) -> None:
        """Als erledigt markieren: exported ones at once, others after a confirmation."""
        ids = self.selected_ids()
        if not ids or self._busy:
            return
        if set(ids) <= self.exported_ids:
            self._dismiss(ids)
            return
        self._to_dismiss = ids
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Als erledigt markieren"),
            self.tr(
                "Diese Änderungen wurden nicht exportiert. Ihr Inhalt geht verloren, wenn Sie "
                "sie als erledigt markieren. Trotzdem verwerfen?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDismissBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._dismiss_answered)
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        self.confirm_box = box
        box.open()

    def _dismiss_answered(self, button: QAbstractButton) -> None:
        box, ids = self.confirm_box, self._to_dismiss
        self._to_dismiss = []
        if box is not None and box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self._dismiss(ids)

    def _dismiss(self, ids: Sequence[int]) -> None:
        api, chosen = self._api, list(ids)

        def dismiss(ctx: OpContext) -> None:
            api.dismiss_rejected(ctx.uow(), chosen)

        self._busy = True
        self._update_enabled()
        run_op(self, self._session, dismiss, changes=Changes.of("sync_rejected")).success(
            self._dismissed
        ).failure(self._failed)

    def _dismissed(self, _result: None) -> None:
        self._busy = False
        self.reload()


class SupersededDialog(QDialog):
    """Überschriebene Werte (read-only), for all families or one. Object name of the table:
    ``supersededTable``."""

    def __init__(
        self,
        session: VaultSession,
        api: SyncApi,
        family_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supersededDialog")
        self.family_id = family_id
        self._session = session
        self._api = api
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = SupersededTableModel(self)
        self.table = make_table("supersededTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.resize(980, 480)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Überschriebene Werte"))
        self.intro.setText(
            self.tr(
                "Diese Werte haben Sie auf diesem Laptop eingetragen; eine spätere Änderung "
                "auf einem anderen Gerät gilt stattdessen. Zur Information, nichts zu tun."
            )
        )
        self.table.setAccessibleName(self.tr("Überschriebene Werte"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        api, family_id = self._api, self.family_id
        run_op(
            self, self._session, lambda ctx: api.superseded_values(ctx.uow(), family_id)
        ).success(self._loaded)

    def _loaded(self, values: list[SupersededView]) -> None:
        self.model.set_rows(values)
        self.table.resizeColumnsToContents()
