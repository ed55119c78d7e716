"""Tasks of a family file (Aufgaben / Wiedervorlagen) as a table, open ones first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.tasks import Task
from fallmanager.ui.family_file.work_common import iso, person_label
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import RECORD_ROLE, AnyIndex, RecordTableModel

#: Columns.
DONE, TITLE, PERSON, DUE, RESPONSIBLE, DONE_ON = range(6)

_OVERDUE_COLOUR = QColor("#b00020")


def task_order(task: Task) -> tuple[bool, date, str]:
    """Open before done; by due date, tasks without one last."""
    return (task.done, task.due_on or date.max, task.title.casefold())


class TaskTableModel(RecordTableModel):
    """The first column is a check box; ticking it asks for the task to be completed."""

    #: (task, done) — the user ticked or unticked the check box.
    done_toggled = Signal(object, bool)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._detail: FamilyFileDetail | None = None

    def show_detail(self, detail: FamilyFileDetail) -> None:
        self._detail = detail
        self.set_rows(sorted(detail.tasks, key=task_order))

    def clear(self) -> None:
        self._detail = None
        super().clear()

    def task(self, row: int) -> Task | None:
        record = self.record(row)
        return record if isinstance(record, Task) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Erledigt"),
            self.tr("Aufgabe"),
            self.tr("Person"),
            self.tr("Fällig am"),
            self.tr("Zuständig"),
            self.tr("Erledigt am"),
        ]

    def cell(self, row: Any, column: int) -> str:
        task: Task = row
        if column == DONE:
            return ""
        if column == TITLE:
            return task.title
        if column == PERSON:
            if self._detail is None or task.person_id is None:
                return ""
            return person_label(self._detail.person(task.person_id))
        if column == DUE:
            return format_date(task.due_on)
        if column == RESPONSIBLE:
            return task.responsible
        if column == DONE_ON:
            return format_date(task.done_on)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        task: Task = row
        if column == DUE:
            return iso(task.due_on)
        if column == DONE_ON:
            return iso(task.done_on)
        return self.cell(row, column)

    def is_overdue(self, task: Task) -> bool:
        return task.is_overdue_on(self._today())

    def role_data(self, row: Any, column: int, role: int) -> Any:
        task: Task = row
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DONE:
            return self.tr("erledigt") if task.done else self.tr("offen")
        overdue = self.is_overdue(task)
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_OVERDUE_COLOUR)
        if overdue and role == Qt.ItemDataRole.FontRole and column in (TITLE, DUE):
            font = QFont()
            font.setBold(True)
            return font
        if overdue and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            return self.tr("Überfällig seit {date}").format(date=format_date(task.due_on))
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE and task.notes:
            return task.notes
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking does not change the row: it asks to save; the reload shows the result."""
        if not index.isValid() or index.column() != DONE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        task = self.task(index.row())
        if task is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != task.done:
            self.done_toggled.emit(task, checked)
        return True


class TaskFilterProxy(QSortFilterProxyModel):
    """Shows open tasks only, or all tasks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_done = False

    @property
    def show_done(self) -> bool:
        return self._show_done

    def set_show_done(self, show: bool) -> None:
        if show != self._show_done:
            self.beginFilterChange()
            self._show_done = show
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._show_done:
            return True
        task = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        return isinstance(task, Task) and not task.done
