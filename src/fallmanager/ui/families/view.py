"""The family list (Familien): every family file, filters, and search as you type.

The search runs on the database worker through the vault's search index. Keystrokes that
come faster than results are coalesced: at most one search is in flight, and when it returns
only the newest text is searched next.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from functools import cmp_to_key

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.family import CaseStatus
from fallmanager.domain.views import FamilySummary, HitKind, SearchResult
from fallmanager.services.family_files import list_family_files
from fallmanager.services.search import MAX_RESULTS, search
from fallmanager.services.sync import FamilySyncState
from fallmanager.ui.families.model import (
    Column,
    FamilyFilterProxyModel,
    FamilyTableModel,
)
from fallmanager.ui.families.new_family_dialog import NewFamilyDialog
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.widgets.collation import ui_collator

#: Changes of these kinds alter what the family list shows.
RELEVANT_CHANGES = (
    "family_file",
    "person",
    "family_membership",
    "membership",
    "visit",
    "task",
    "household",
    "accommodation",
)


def ranked_family_ids(results: list[SearchResult]) -> list[uuid.UUID]:
    """Families in the order of the search: family hits, and the families of person hits."""
    ranked: dict[uuid.UUID, None] = {}
    for result in results:
        if result.kind == HitKind.FAMILY_FILE:
            ranked.setdefault(result.entity_id, None)
        else:
            for ref in result.families:
                ranked.setdefault(ref.family_id, None)
    return list(ranked)


class FamilyListView(QWidget):
    """Familien: the table of family files; double-click or Enter opens one."""

    open_family_requested = Signal(object)
    #: After a load or a search result was shown (tests and status bars listen).
    refreshed = Signal()

    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("familyListView")
        self._session = session
        self._settings = settings
        self._today = today
        self._loading = False
        self._stale = True
        self._searching_text: str | None = None  # the text of the search in flight
        self._dialog: NewFamilyDialog | None = None

        self.model = FamilyTableModel(self)
        self.proxy = FamilyFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("familySearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_edit.installEventFilter(self)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.accommodation_combo = QComboBox()
        self.accommodation_combo.setObjectName("accommodationFilter")
        self.accommodation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.accommodation_combo.setMinimumContentsLength(16)
        self.responsible_combo = QComboBox()
        self.responsible_combo.setObjectName("responsibleFilter")
        self.responsible_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.responsible_combo.setMinimumContentsLength(12)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newFamilyButton")
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_combo)
        self.accommodation_label = QLabel()
        self.accommodation_label.setBuddy(self.accommodation_combo)
        self.responsible_label = QLabel()
        self.responsible_label.setBuddy(self.responsible_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("familyCountLabel")

        self.table = QTableView()
        self.table.setObjectName("familyTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAMES, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.CASE_NUMBER, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        self.table.setColumnHidden(Column.SYNC, True)  # until the laptop is enrolled
        header.sectionClicked.connect(self._section_clicked)
        self.table.activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.accommodation_label)
        filters.addWidget(self.accommodation_combo, 1)
        filters.addWidget(self.responsible_label)
        filters.addWidget(self.responsible_combo, 1)
        filters.addStretch()
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.setTabOrder(self.search_edit, self.table)

        self.retranslate_ui()
        self.status_combo.setCurrentIndex(0)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.accommodation_combo.currentIndexChanged.connect(self._accommodation_changed)
        self.responsible_combo.currentIndexChanged.connect(self._responsible_changed)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.new_button.clicked.connect(self.start_new_family)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        if session.is_unlocked:
            self.reload()

    # -- texts -------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Widths from the font and the header texts, never from measuring 10,000 rows
        (which ResizeToContents would do)."""
        header = self.table.horizontalHeader()
        chars = self.table.fontMetrics().averageCharWidth()
        metrics = header.fontMetrics()
        for column, content_chars in (
            (Column.CASE_NUMBER, 11), (Column.MEMBERS, 4), (Column.ACCOMMODATION, 28),
            (Column.RESPONSIBLE, 20), (Column.LAST_VISIT, 20), (Column.OPEN_TASKS, 4),
            (Column.STATUS, 13), (Column.SYNC, 21),  # icon and "synchronisiert"
        ):  # fmt: skip
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # room for the bold title, the sort arrow and the padding
            needed = metrics.horizontalAdvance(title) + 4 * chars
            header.resizeSection(column, max(content_chars * chars, needed))

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Suchen:"))
        self.search_edit.setPlaceholderText(self.tr("Name, Aktenzeichen … (Strg+F)"))
        self.search_edit.setAccessibleName(self.tr("Familien suchen"))
        self.new_button.setText(self.tr("&Neue Familie …"))
        self.new_button.setToolTip(self.tr("Neue Familienakte anlegen (Strg+N)"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.accommodation_label.setText(self.tr("&Unterkunft:"))
        self.responsible_label.setText(self.tr("&Zuständig:"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.accommodation_combo.setAccessibleName(self.tr("Unterkunft"))
        self.responsible_combo.setAccessibleName(self.tr("Zuständig"))
        self.table.setAccessibleName(self.tr("Familienakten"))
        index = max(self.status_combo.currentIndex(), 0)
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("offen"), CaseStatus.OPEN.value)
        self.status_combo.addItem(self.tr("abgeschlossen"), CaseStatus.CLOSED.value)
        self.status_combo.addItem(self.tr("alle"), "")
        self.status_combo.setCurrentIndex(index)
        self.status_combo.blockSignals(False)
        self._fill_choices(self.model.rows())
        self._fit_columns()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n Familienakte(n)", "", shown))

    # -- public API --------------------------------------------------------------------------

    def start_new_family(self) -> None:
        """Open the "Neue Familie" dialog; the new family file opens after it was created."""
        if not self._session.is_unlocked:
            return
        if (open_dialog := self._open_dialog()) is not None and open_dialog.isVisible():
            open_dialog.raise_()
            open_dialog.activateWindow()
            return
        dialog = NewFamilyDialog(self._session, today=self._today, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self.open_family_requested)
        dialog.destroyed.connect(lambda _obj=None: self._forget_dialog(dialog))
        self._dialog = dialog
        dialog.open()

    def _open_dialog(self) -> NewFamilyDialog | None:
        """The new-family dialog if it still exists (it deletes itself when closed)."""
        if self._dialog is not None and not shiboken6.isValid(self._dialog):
            self._dialog = None
        return self._dialog

    def _forget_dialog(self, dialog: NewFamilyDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_sync_states(self, states: Mapping[uuid.UUID, FamilySyncState] | None) -> None:
        """Fill the "Sync" column (families not listed are synchronised); ``None`` hides it
        (the laptop is not enrolled with an office server)."""
        self.proxy.set_sync_states(states)
        self.table.setColumnHidden(Column.SYNC, states is None)

    def family_ids_shown(self) -> list[uuid.UUID]:
        """The family files in the table, top to bottom."""
        return [fid for row in range(self.proxy.rowCount()) if (fid := self.proxy.family_id(row))]

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the family list (if this view is visible; else when it is shown next)."""
        if not self._session.is_unlocked:
            return
        self._stale = True
        if not self.isVisible() or self._loading:
            return
        self._stale = False
        self._loading = True
        today = self._today()

        def failed(_exc: BaseException) -> bool:
            self._loading = False
            return False

        run_op(self, self._session, lambda ctx: list_family_files(ctx.uow(), today=today)).success(
            self._loaded
        ).failure(failed)

    def _loaded(self, rows: list[FamilySummary]) -> None:
        self._loading = False
        if not self._session.is_unlocked:
            return
        self.proxy.load(rows)
        self._fill_choices(rows)
        self._update_count()
        self.refreshed.emit()
        if self._stale:
            self.reload()
        elif self.search_edit.text().strip() and self._searching_text is None:
            self._run_search()  # new data: the hits may have changed

    def _fill_choices(self, rows: list[FamilySummary]) -> None:
        collator = ui_collator()
        for combo, values, all_text in (
            (
                self.accommodation_combo,
                {r.accommodation for r in rows if r.accommodation},
                self.tr("alle Unterkünfte"),
            ),
            (
                self.responsible_combo,
                {r.responsible for r in rows if r.responsible},
                self.tr("alle"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for value in sorted(values, key=cmp_to_key(collator.compare)):
                combo.addItem(value, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            if current is not None and found < 0:
                self._apply_choice(combo)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_unlocked(self) -> None:
        self._stale = True
        self.reload()

    def _on_locked(self) -> None:
        # Nothing personal stays on screen: not the rows, the filter values or the search.
        self._searching_text = None
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.proxy.set_search(None)
        self.proxy.load([])
        self._fill_choices([])
        self._stale = True
        # An open "Neue Familie" dialog stays: the main window hides it until unlocked.

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns(*RELEVANT_CHANGES):
            self.reload()

    # -- filters and sorting -----------------------------------------------------------------

    def _status_changed(self) -> None:
        data = self.status_combo.currentData()
        self.proxy.set_status(CaseStatus(data) if data else None)

    def _accommodation_changed(self) -> None:
        self._apply_choice(self.accommodation_combo)

    def _responsible_changed(self) -> None:
        self._apply_choice(self.responsible_combo)

    def _apply_choice(self, combo: QComboBox) -> None:
        value = combo.currentData()
        choice = value if isinstance(value, str) else None
        if combo is self.accommodation_combo:
            self.proxy.set_accommodation(choice)
        else:
            self.proxy.set_responsible(choice)

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if self.proxy.ranked_by_search:
            # The indicator was hidden while the hits were ranked: a click sorts ascending.
            order = Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        header.setSortIndicatorShown(True)
        self.proxy.sort(column, order)

    def _section_clicked(self, section: int) -> None:
        if self.proxy.ranked_by_search:  # the header did not flip a hidden indicator
            self._sort_requested(section, Qt.SortOrder.AscendingOrder)

    # -- search ------------------------------------------------------------------------------

    def _search_text_changed(self, text: str) -> None:
        if not text.strip():
            self.proxy.set_search(None)
            self.table.horizontalHeader().setSortIndicatorShown(True)
            self._update_count()
            self.refreshed.emit()
            return
        if self._searching_text is None:
            self._run_search()
        # else: the result of the search in flight starts the next one with the newest text

    def _run_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text or not self._session.is_unlocked:
            self._searching_text = None
            return
        self._searching_text = text

        def failed(_exc: BaseException) -> bool:
            self._searching_text = None
            return False

        run_op(
            self, self._session, lambda ctx: search(ctx.uow(), text=text, limit=MAX_RESULTS)
        ).success(lambda results: self._searched(text, results)).failure(failed)

    def _searched(self, text: str, results: list[SearchResult]) -> None:
        self._searching_text = None
        current = self.search_edit.text().strip()
        if not self._session.is_unlocked or not current:
            return
        if current != text:
            self._run_search()  # typed on meanwhile: search the newest text only
            return
        self.proxy.set_search(ranked_family_ids(results))
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self._update_count()
        self.refreshed.emit()

    # -- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # noqa: S101 - KeyPress events are key events
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(0)
                return True
            if key == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                self.table.selectRow(0)
                self.table.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        family_id = self.proxy.family_id(row)
        if family_id is not None:
            self.open_family_requested.emit(family_id)
