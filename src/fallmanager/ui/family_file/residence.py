"""Aufenthalt: per person the history of residence statuses and of entries and exits.

A person is chosen at the top; the timeline below lists statuses and migration events in
date order, expired and soon-expiring documents highlighted (in colour and in words).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.residence import MigrationEvent, ResidenceStatus
from fallmanager.ui.family_file.person_format import (
    combo_uuid,
    person_name,
    select_data,
    sorted_persons,
)
from fallmanager.ui.family_file.residence_dialog import (
    ExtendResidenceDialog,
    MigrationEventDialog,
    ResidenceStatusDialog,
)
from fallmanager.ui.family_file.residence_format import (
    Expiry,
    expiry,
    expiry_text,
    status_summary,
)
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import CreateRecordsCommand, EditRecordsCommand
from fallmanager.ui.sync.marks import ConflictMarks, conflict_tooltip, marked
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date, format_partial_date
from fallmanager.ui.widgets.tables import AnyIndex, RecordTableModel

_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Datum"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Eintrag"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Rechtsgrundlage"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Gültig ab"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Gültig bis"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Stand"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Behörde / Land"),
        QT_TRANSLATE_NOOP("ResidenceTimelineModel", "Notiz"),
    )
)

_EXPIRED = QColor("#b00020")
_EXPIRING = QColor("#8a5300")
#: Behind a residence status whose sync conflict waits for a decision.
_CONFLICT_BACKGROUND = QColor("#fff3bf")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One row: a residence status or a migration event."""

    status: ResidenceStatus | None = None
    event: MigrationEvent | None = None

    def sort_key(self) -> tuple[date, int]:
        if self.status is not None:
            return (self.status.valid_from or self.status.valid_until or date.min, 1)
        assert self.event is not None  # noqa: S101 - one of the two is set
        return (self.event.date.earliest() if self.event.date else date.min, 0)


class ResidenceTimelineModel(RecordTableModel):
    """Residence statuses and migration events of one person, in date order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self.marks = ConflictMarks()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ResidenceTimelineModel", c) for c in _COLUMNS]

    def set_person(
        self, detail: FamilyFileDetail | None, person_id: uuid.UUID | None, today: date
    ) -> None:
        self._today = today
        rows: list[TimelineEntry] = []
        if detail is not None and person_id is not None:
            rows += [TimelineEntry(status=s) for s in detail.residence_statuses
                     if s.person_id == person_id]  # fmt: skip
            rows += [TimelineEntry(event=e) for e in detail.migration_events
                     if e.person_id == person_id]  # fmt: skip
            rows.sort(key=TimelineEntry.sort_key)
        self.set_rows(rows)

    def entry(self, row: int) -> TimelineEntry:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        conflicts = (
            self.marks.on_record("residence_status", entry.status.id)
            if entry.status is not None
            else []
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.status is not None:
                text = self._status_text(entry.status, index.column())
                return marked(text, conflicts) if index.column() == 1 else text
            assert entry.event is not None  # noqa: S101
            return self._event_text(entry.event, index.column())
        if conflicts and role == Qt.ItemDataRole.ToolTipRole:
            return conflict_tooltip(conflicts)
        if conflicts and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and entry.status is not None:
            state = expiry(entry.status, self._today)
            if state is Expiry.EXPIRED:
                return QBrush(_EXPIRED)
            if state is Expiry.EXPIRING:
                return QBrush(_EXPIRING)
        return None

    def _status_text(self, status: ResidenceStatus, column: int) -> str:
        values = (
            format_date(status.valid_from),
            label(status.kind),
            status.legal_basis,
            format_date(status.valid_from),
            format_date(status.valid_until),
            expiry_text(status, self._today),
            status.issuing_office,
            status.notes.splitlines()[0] if status.notes else "",
        )
        return values[column]

    def _event_text(self, event: MigrationEvent, column: int) -> str:
        values = (
            format_partial_date(event.date),
            label(event.kind),
            "",
            "",
            "",
            "",
            event.country,
            event.note,
        )
        return values[column]


class ResidenceTab(FamilyFileTab):
    """Aufenthalt tab."""

    open_tab_requested = Signal(str)

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None
        self._person_id: uuid.UUID | None = None

        self.person_label = QLabel()
        self.person = QComboBox()
        self.person.setObjectName("residencePerson")
        self.person_label.setBuddy(self.person)
        self.current = QLabel()
        self.current.setObjectName("currentResidence")
        self.current.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.person_label)
        top.addWidget(self.person, 1)
        top.addWidget(self.current, 2)

        self.record_button = QPushButton()
        self.record_button.setObjectName("recordResidence")
        self.extend_button = QPushButton()
        self.extend_button.setObjectName("extendResidence")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correctResidence")
        self.migration_button = QPushButton()
        self.migration_button.setObjectName("recordMigration")
        buttons = QHBoxLayout()
        for button in (
            self.record_button,
            self.extend_button,
            self.correct_button,
            self.migration_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = ResidenceTimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName("residenceTimeline")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.person.currentIndexChanged.connect(self._person_changed)
        self.record_button.clicked.connect(self.record_status)
        self.extend_button.clicked.connect(self.extend_status)
        self.correct_button.clicked.connect(self.correct_status)
        self.migration_button.clicked.connect(self.record_migration)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.table.doubleClicked.connect(self._double_clicked)
        self.retranslate_ui()
        self._update_enabled()

    # -- FamilyFileTab ------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Aufenthalt")

    def retranslate_ui(self) -> None:
        self.person_label.setText(self.tr("&Person:"))
        self.person.setAccessibleName(self.tr("Person"))
        self.record_button.setText(self.tr("Aufenthaltsstatus &erfassen …"))
        self.extend_button.setText(self.tr("&Verlängern …"))
        self.correct_button.setText(self.tr("&Korrigieren …"))
        self.migration_button.setText(self.tr("Ein-/&Ausreise erfassen …"))
        self.table.setAccessibleName(self.tr("Aufenthaltsverlauf"))
        self.model.retranslate()
        self._show_person()

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        keep = self._person_id
        self.person.blockSignals(True)
        self.person.clear()
        for person in sorted_persons(detail.persons):
            self.person.addItem(self._person_text(detail, person.id), str(person.id))
        if keep is None or not select_data(self.person, str(keep)):
            self.person.setCurrentIndex(0 if self.person.count() else -1)
        self.person.blockSignals(False)
        self._person_changed()

    def show_conflicts(self, marks: ConflictMarks) -> None:
        super().show_conflicts(marks)
        self.model.marks = marks
        detail = self.detail
        if detail is not None:
            for index in range(self.person.count()):
                person_id = uuid.UUID(str(self.person.itemData(index)))
                self.person.setItemText(index, self._person_text(detail, person_id))
        self.model.retranslate()  # repaint the marks

    def _person_text(self, detail: FamilyFileDetail, person_id: uuid.UUID) -> str:
        """The person's name, marked when one of their residence statuses is in conflict."""
        person = detail.person(person_id)
        name = person_name(person) if person is not None else ""
        conflicts = [
            conflict
            for status in detail.residence_statuses
            if status.person_id == person_id
            for conflict in self.conflict_marks.on_record("residence_status", status.id)
        ]
        return marked(name, conflicts)

    def clear(self) -> None:
        super().clear()
        self._person_id = None
        self.person.blockSignals(True)
        self.person.clear()
        self.person.blockSignals(False)
        self.model.set_person(None, None, self.context.today())
        self.current.clear()
        self._update_enabled()

    # -- selection ----------------------------------------------------------------------

    def select_person(self, person_id: uuid.UUID) -> None:
        select_data(self.person, str(person_id))

    def _person_changed(self) -> None:
        self._person_id = combo_uuid(self.person)
        self._show_person()

    def _show_person(self) -> None:
        detail, today = self.detail, self.context.today()
        self.model.set_person(detail, self._person_id, today)
        if detail is None or self._person_id is None:
            self.current.clear()
        else:
            status = detail.current_residence(self._person_id, today)
            self.current.setText(
                self.tr("Aktuell: {status}").format(status=status_summary(status))
                if status is not None
                else self.tr("Kein Aufenthaltsstatus erfasst.")
            )
        self._update_enabled()

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.correct_status()

    def selected_status(self) -> ResidenceStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()).status if rows else None

    def _update_enabled(self) -> None:
        has_person = self.detail is not None and self._person_id is not None
        has_status = self.selected_status() is not None
        self.record_button.setEnabled(has_person)
        self.migration_button.setEnabled(has_person)
        self.extend_button.setEnabled(has_status)
        self.correct_button.setEnabled(has_status)

    # -- actions ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal; the previous one (closed by then) is released."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def record_status(self) -> None:
        if self._person_id is None:
            return
        dialog = ResidenceStatusDialog(self.context, self._person_id, None, self)
        dialog.recorded.connect(self._recorded)
        self._open(dialog)

    def correct_status(self) -> None:
        status = self.selected_status()
        if status is None:
            return
        dialog = ResidenceStatusDialog(self.context, status.person_id, status, self)
        dialog.corrected.connect(self._corrected)
        self._open(dialog)

    def extend_status(self) -> None:
        status = self.selected_status()
        if status is None:
            return
        dialog = ExtendResidenceDialog(self.context, status, self)
        dialog.extended.connect(self._extended)
        self._open(dialog)

    def record_migration(self) -> None:
        if self._person_id is None:
            return
        dialog = MigrationEventDialog(self.context, self._person_id, self)
        dialog.recorded.connect(self._migration_recorded)
        self._open(dialog)

    def _recorded(self, status: ResidenceStatus) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Aufenthaltsstatus erfassen"),
                family_id=self.context.family_id,
                created=[status],
                kinds=("residence",),
                parent_widget=self,
            )
        )

    def _corrected(self, before: ResidenceStatus, after: ResidenceStatus) -> None:
        self._edited(self.tr("Aufenthaltsstatus korrigieren"), before, after)

    def _extended(self, before: ResidenceStatus, after: ResidenceStatus) -> None:
        self._edited(self.tr("Aufenthaltsstatus verlängern"), before, after)

    def _edited(self, text: str, before: ResidenceStatus, after: ResidenceStatus) -> None:
        self.context.push(
            EditRecordsCommand(
                self.context.session,
                text,
                family_id=self.context.family_id,
                before=[before],
                after=[after],
                kinds=("residence",),
                parent_widget=self,
            )
        )

    def _migration_recorded(self, event: MigrationEvent) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("{kind} erfassen").format(kind=label(event.kind)),
                family_id=self.context.family_id,
                created=[event],
                kinds=("residence",),
                parent_widget=self,
            )
        )
