"""The family list's model (Familien) and its sorting and filtering proxy.

Sorting 10,000 rows through ``QSortFilterProxyModel``'s own sort would call ``data()`` in
Python a few hundred thousand times (close to a second). The proxy therefore computes the
column order in Python from collation ranks (``QCollator`` with the UI locale, numeric for
case numbers) — once per column and load — and lays the source rows out in that order. Only
the few hundred hits of a search are sorted by the proxy itself, by their search rank.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from fallmanager.domain.family import CaseStatus
from fallmanager.domain.views import FamilySummary
from fallmanager.services.sync import FamilySyncState
from fallmanager.ui.sync.texts import STATE_RANK, state_text
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.collation import ui_collator
from fallmanager.ui.widgets.dates import format_datetime
from fallmanager.ui.widgets.tables import AnyIndex

#: The family file's id, on every cell.
FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    CASE_NUMBER = 0
    NAMES = 1
    MEMBERS = 2
    ACCOMMODATION = 3
    RESPONSIBLE = 4
    LAST_VISIT = 5
    OPEN_TASKS = 6
    STATUS = 7
    SYNC = 8  # shown only while the laptop is enrolled with the office server


_HEADERS: dict[Column, str] = {
    Column.CASE_NUMBER: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Aktenzeichen")),
    Column.NAMES: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Familie")),
    Column.MEMBERS: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Personen")),
    Column.ACCOMMODATION: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Unterkunft")),
    Column.RESPONSIBLE: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Zuständig")),
    Column.LAST_VISIT: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Letzter Besuch")),
    Column.OPEN_TASKS: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Offene Aufgaben")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Status")),
    Column.SYNC: str(QT_TRANSLATE_NOOP("FamilyTableModel", "Sync")),
}

#: Icons of the sync states (from the style, so they follow the desktop's theme).
_STATE_ICONS: dict[FamilySyncState, QStyle.StandardPixmap] = {
    FamilySyncState.SYNCED: QStyle.StandardPixmap.SP_DialogApplyButton,
    FamilySyncState.PENDING: QStyle.StandardPixmap.SP_ArrowUp,
    FamilySyncState.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxWarning,
    FamilySyncState.REJECTED: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def family_label(summary: FamilySummary) -> str:
    return " / ".join(summary.family_names)


class FamilyTableModel(QAbstractTableModel):
    """All family files as :class:`FamilySummary` rows (from ``list_family_files``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FamilySummary] = []
        self._sync_states: dict[uuid.UUID, FamilySyncState] | None = None

    # -- content -----------------------------------------------------------------------------

    def set_sync_states(self, states: Mapping[uuid.UUID, FamilySyncState] | None) -> None:
        """The families' sync states (families not listed are synchronised); ``None`` while
        the laptop is not enrolled, which leaves the column empty."""
        self._sync_states = None if states is None else dict(states)
        if self._rows:
            column = int(Column.SYNC)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def sync_states(self) -> dict[uuid.UUID, FamilySyncState] | None:
        return None if self._sync_states is None else dict(self._sync_states)

    def sync_state(self, family_id: uuid.UUID) -> FamilySyncState | None:
        if self._sync_states is None:
            return None
        return self._sync_states.get(family_id, FamilySyncState.SYNCED)

    def set_rows(self, rows: Sequence[FamilySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[FamilySummary]:
        return list(self._rows)

    def summary(self, row: int) -> FamilySummary:
        return self._rows[row]

    def reorder(self, ordered: list[FamilySummary]) -> None:
        """Lay the same rows out in a new order (a layout change; selections follow)."""
        if len(ordered) != len(self._rows):
            raise ValueError("reorder needs the same rows")
        self.layoutAboutToBeChanged.emit()
        new_row = {summary.family_id: row for row, summary in enumerate(ordered)}
        old = self.persistentIndexList()
        moved = [
            self.index(new_row[self._rows[index.row()].family_id], index.column()) for index in old
        ]
        self._rows = ordered
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return QCoreApplication.translate("FamilyTableModel", _HEADERS[Column(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if column is Column.SYNC:
            return self._sync_data(summary, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == FAMILY_ID_ROLE:
            return summary.family_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.MEMBERS,
            Column.OPEN_TASKS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and summary.status is CaseStatus.CLOSED:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def _sync_data(self, summary: FamilySummary, role: int) -> Any:
        state = self.sync_state(summary.family_id)
        if role == FAMILY_ID_ROLE:
            return summary.family_id
        if state is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return state_text(state)
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(_STATE_ICONS[state])
        return None

    @staticmethod
    def _display(summary: FamilySummary, column: Column) -> str:
        if column is Column.CASE_NUMBER:
            return summary.case_number
        if column is Column.NAMES:
            return family_label(summary)
        if column is Column.MEMBERS:
            return QLocale().toString(summary.member_count)
        if column is Column.ACCOMMODATION:
            return summary.accommodation
        if column is Column.RESPONSIBLE:
            return summary.responsible
        if column is Column.LAST_VISIT:
            return format_datetime(summary.last_visit)
        if column is Column.OPEN_TASKS:
            return QLocale().toString(summary.open_tasks)
        return label(summary.status)


def sort_keys(
    column: Column,
    rows: Sequence[FamilySummary],
    locale: QLocale,
    sync_states: Mapping[uuid.UUID, FamilySyncState] | None = None,
) -> dict[uuid.UUID, Any]:
    """Sort keys of ``column`` by family id: values, or ranks of the collated texts.

    Plain Python and a private ``QCollator``: may run on the database worker."""
    if column is Column.SYNC:
        states = sync_states or {}
        return {
            s.family_id: STATE_RANK[states.get(s.family_id, FamilySyncState.SYNCED)] for s in rows
        }
    if column is Column.MEMBERS:
        return {s.family_id: s.member_count for s in rows}
    if column is Column.OPEN_TASKS:
        return {s.family_id: s.open_tasks for s in rows}
    if column is Column.LAST_VISIT:
        return {s.family_id: (s.last_visit is not None, s.last_visit or datetime.min) for s in rows}
    texts = {s.family_id: _sort_text(column, s) for s in rows}
    # Collate each distinct text once and sort by its rank: comparing plain integers keeps
    # sorting fast, and the collator decides the order of the texts.
    collator = ui_collator(numeric=column is Column.CASE_NUMBER, locale=locale)
    ranks = {
        text: rank
        for rank, text in enumerate(sorted(set(texts.values()), key=cmp_to_key(collator.compare)))
    }
    return {family_id: ranks[text] for family_id, text in texts.items()}


def _sort_text(column: Column, summary: FamilySummary) -> str:
    if column is Column.CASE_NUMBER:
        return summary.case_number
    if column is Column.NAMES:
        return family_label(summary)
    if column is Column.ACCOMMODATION:
        return summary.accommodation
    if column is Column.RESPONSIBLE:
        return summary.responsible
    return label(summary.status)


def ordered_rows(
    rows: Sequence[FamilySummary],
    column: int,
    order: Qt.SortOrder,
    keys: dict[int, dict[uuid.UUID, Any]],
) -> list[FamilySummary]:
    """``rows`` by ``column`` (ties by case number); ``keys`` holds both columns' keys."""
    numbers = keys[int(Column.CASE_NUMBER)]
    ordered = sorted(rows, key=lambda s: numbers[s.family_id])
    if column != Column.CASE_NUMBER:
        column_keys = keys[column]
        ordered.sort(key=lambda s: column_keys[s.family_id])  # stable: ties by case number
    if order == Qt.SortOrder.DescendingOrder:
        ordered.reverse()
    return ordered


@dataclass(frozen=True)
class PreparedRows:
    """Family rows sorted off the UI thread, with the sort keys computed for them."""

    rows: list[FamilySummary]
    column: int
    order: Qt.SortOrder
    locale: str
    keys: dict[int, dict[uuid.UUID, Any]]


def prepare_rows(
    rows: Sequence[FamilySummary],
    column: int,
    order: Qt.SortOrder,
    locale: QLocale,
    sync_states: Mapping[uuid.UUID, FamilySyncState] | None = None,
) -> PreparedRows:
    """Sort ``rows`` as :class:`FamilyFilterProxyModel` would (for the database worker)."""
    keys = {
        c: sort_keys(Column(c), rows, locale, sync_states)
        for c in {int(Column.CASE_NUMBER), column}
    }
    return PreparedRows(ordered_rows(rows, column, order, keys), column, order, locale.name(), keys)


class FamilyFilterProxyModel(QSortFilterProxyModel):
    """Filters the family list (status, accommodation, responsible, search hits) and sorts
    it locale-aware: "Ä" after "A", "Č", "Ć", "Đ", "Š", "Ž" next to their base letters, case
    numbers numerically, dates and counts by value. While a search is active the rows follow
    the search's ranking until the user sorts by a column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status: CaseStatus | None = CaseStatus.OPEN
        self._accommodation: str | None = None
        self._responsible: str | None = None
        self._ranks: dict[uuid.UUID, int] | None = None
        self._by_rank = False
        self._sort_column = int(Column.CASE_NUMBER)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[int, dict[uuid.UUID, Any]] = {}
        self._keys_locale = ""
        # All rows in column order; while searching the source model holds the hits only, so
        # a keystroke filters a few hundred rows instead of calling into Python 10,000 times.
        self._all: list[FamilySummary] = []
        self._by_id: dict[uuid.UUID, FamilySummary] = {}

    def family_model(self) -> FamilyTableModel:
        model = self.sourceModel()
        if not isinstance(model, FamilyTableModel):
            raise TypeError("the source model must be a FamilyTableModel")
        return model

    # -- loading -----------------------------------------------------------------------------

    def load(self, rows: Sequence[FamilySummary] | PreparedRows) -> None:
        """Show new rows in the current order (one model reset). Rows prepared on the worker
        (:func:`prepare_rows`) come sorted already, unless the sorting changed meanwhile."""
        self._keys.clear()
        ordered: list[FamilySummary] | None = None
        if isinstance(rows, PreparedRows):
            current = (self._sort_column, self._sort_order, QLocale().name())
            if (rows.column, rows.order, rows.locale) == current:
                self._keys = dict(rows.keys)
                self._keys_locale = rows.locale
                ordered = list(rows.rows)
            rows = rows.rows
        self._all = list(rows)  # the key cache is built over these
        if ordered is None:
            ordered = self._ordered(self._all)
        self._all = ordered
        self._by_id = {summary.family_id: summary for summary in self._all}
        self.family_model().set_rows(self._hits() if self._ranks is not None else self._all)

    def _hits(self) -> list[FamilySummary]:
        """The search hits that exist, in rank order (or sorted by the chosen column)."""
        ranks = self._ranks or {}
        hits = [self._by_id[i] for i in sorted(ranks, key=ranks.__getitem__) if i in self._by_id]
        return hits if self._by_rank else self._ordered(hits)

    # -- filters -----------------------------------------------------------------------------

    def set_status(self, status: CaseStatus | None) -> None:
        self._change_filter(lambda: setattr(self, "_status", status))

    def set_accommodation(self, accommodation: str | None) -> None:
        self._change_filter(lambda: setattr(self, "_accommodation", accommodation))

    def set_responsible(self, responsible: str | None) -> None:
        self._change_filter(lambda: setattr(self, "_responsible", responsible))

    def set_search(self, family_ids: Sequence[uuid.UUID] | None) -> None:
        """Show only ``family_ids``, ranked in that order; ``None`` ends the search and shows
        all rows again in the column order."""
        if family_ids is None:
            self._ranks = None
            self._by_rank = False
            self.family_model().set_rows(self._ordered(self._all))
            return
        self._ranks = {}
        for family_id in family_ids:
            self._ranks.setdefault(family_id, len(self._ranks))
        self._by_rank = True
        self.family_model().set_rows(self._hits())

    @property
    def searching(self) -> bool:
        return self._ranks is not None

    @property
    def ranked_by_search(self) -> bool:
        return self._by_rank

    def _change_filter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        summary = self.family_model().summary(source_row)
        if self._status is not None and summary.status is not self._status:
            return False
        if self._accommodation is not None and summary.accommodation != self._accommodation:
            return False
        return self._responsible is None or summary.responsible == self._responsible

    # -- sorting -----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the view calls this when a header is clicked)."""
        if not 0 <= column < len(Column):
            return
        self._sort_column = column
        self._sort_order = order
        self._by_rank = False
        self._apply_order()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _apply_order(self) -> None:
        model = self.family_model()
        if self._ranks is None:
            self._all = self._ordered(self._all)
        rows = model.rows()
        if rows:
            model.reorder(self._ordered(rows))

    def _ordered(self, rows: list[FamilySummary]) -> list[FamilySummary]:
        locale = QLocale()
        if self._keys_locale != locale.name():
            self._keys.clear()
            self._keys_locale = locale.name()
        for column in {int(Column.CASE_NUMBER), self._sort_column}:
            keys = self._keys.get(column)
            if keys is None or any(row.family_id not in keys for row in rows):
                # Keys of all rows, so that sorting the search hits reuses them.
                self._keys[column] = sort_keys(
                    Column(column), self._all or rows, locale, self.family_model().sync_states()
                )
        return ordered_rows(rows, self._sort_column, self._sort_order, self._keys)

    def set_sync_states(self, states: Mapping[uuid.UUID, FamilySyncState] | None) -> None:
        """New sync states: shown at once, and the order follows if sorted by them."""
        self.family_model().set_sync_states(states)
        self._keys.pop(int(Column.SYNC), None)
        if self._sort_column == Column.SYNC:
            self._apply_order()

    def sort_state(self) -> tuple[int, Qt.SortOrder, QLocale]:
        """What :func:`prepare_rows` needs to order rows off the UI thread."""
        return self._sort_column, self._sort_order, QLocale()

    def family_id(self, row: int) -> uuid.UUID | None:
        if not 0 <= row < self.rowCount():
            return None
        value = self.index(row, 0).data(FAMILY_ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None
