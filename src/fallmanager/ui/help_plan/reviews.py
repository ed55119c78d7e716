"""Überprüfungen: the reviews of the whole plan, what each achieved, and the next review date
(highlighted once it is reached). A review is recorded from the version bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import HelpPlanReview, HelpPlanVersion
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.ui.family_file.work_common import first_line, iso
from fallmanager.ui.help_plan.plan_format import names_of, review_is_due, version_short
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import RecordTableModel, make_table, selected_record

HELD_ON, VERSION, ACHIEVED, PARTICIPANTS = range(4)

_ALERT = "#b00020"


class ReviewTableModel(RecordTableModel):
    """All reviews of the plan, the newest first; the shown version's in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: FamilyFileDetail | None = None
        self._versions: dict[Any, HelpPlanVersion] = {}
        self._shown: Any = None

    def show_plan(self, detail: FamilyFileDetail | None, snapshot: HelpPlanSnapshot | None) -> None:
        self.detail = detail
        self._versions = {v.id: v for v in detail.help_plan_versions} if detail else {}
        self._shown = snapshot.version.id if snapshot is not None else None
        reviews = list(detail.help_plan_reviews) if detail is not None and snapshot else []
        self.set_rows(sorted(reviews, key=lambda r: (r.held_on, str(r.id)), reverse=True))

    def headers(self) -> list[str]:
        return [
            self.tr("Am"),
            self.tr("Version"),
            self.tr("Was wurde erreicht?"),
            self.tr("Teilgenommen"),
        ]

    def cell(self, row: Any, column: int) -> str:
        review: HelpPlanReview = row
        if column == HELD_ON:
            return format_date(review.held_on)
        if column == VERSION:
            version = self._versions.get(review.version_id)
            return version_short(version) if version is not None else ""
        if column == ACHIEVED:
            return first_line(review.achieved)
        if column == PARTICIPANTS:
            return names_of(self.detail, review.participant_ids)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        return iso(row.held_on) if column == HELD_ON else self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        review: HelpPlanReview = row
        if role == Qt.ItemDataRole.ToolTipRole and column == ACHIEVED and review.achieved:
            return review.achieved
        return None


class ReviewsPanel(QWidget):
    """The next review date and the reviews held so far."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.snapshot: HelpPlanSnapshot | None = None
        self.next_review = QLabel()
        self.next_review.setObjectName("nextReview")
        self.next_review.setWordWrap(True)
        self.model = ReviewTableModel(self)
        self.table = make_table("reviewTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QPlainTextEdit()
        self.details.setObjectName("reviewDetails")
        self.details.setReadOnly(True)
        self.empty = QLabel()
        self.empty.setObjectName("noReviews")
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_review)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Überprüfungen"))
        self.details.setAccessibleName(self.tr("Ergebnis der gewählten Überprüfung"))
        self.details.setPlaceholderText(self.tr("Eine Überprüfung wählen, um sie ganz zu lesen."))
        self.empty.setText(self.tr("Noch keine Überprüfung erfasst."))
        self.model.retranslate()
        self._update_next_review()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_plan(self, detail: FamilyFileDetail | None, snapshot: HelpPlanSnapshot | None) -> None:
        self.snapshot = snapshot
        self.model.show_plan(detail, snapshot)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(ACHIEVED, min(self.table.columnWidth(ACHIEVED), 420))
        self.empty.setVisible(snapshot is not None and self.model.rowCount() == 0)
        self.details.clear()
        if self.model.rowCount():
            self.table.selectRow(0)  # the newest review, readable in full below
        self._update_next_review()

    def clear(self) -> None:
        self.show_plan(None, None)

    def review_is_due(self) -> bool:
        return self.snapshot is not None and review_is_due(self.snapshot, self._today())

    def _update_next_review(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            self.next_review.clear()
            return
        version = snapshot.version
        if version.review_on is None:
            text = self.tr("Für Version {number} ist keine Überprüfung geplant.")
            self.next_review.setText(text.format(number=version.number))
            self.next_review.setStyleSheet("")
        elif snapshot.reviews:
            held = max(review.held_on for review in snapshot.reviews)
            text = self.tr("Version {number} wurde am {date} überprüft.")
            self.next_review.setText(text.format(number=version.number, date=format_date(held)))
            self.next_review.setStyleSheet("")
        elif review_is_due(snapshot, self._today()):
            text = self.tr("Überprüfung fällig seit {date} – bitte mit der Familie überprüfen.")
            self.next_review.setText(text.format(date=format_date(version.review_on)))
            self.next_review.setStyleSheet(f"color: {_ALERT}; font-weight: bold;")
        else:
            text = self.tr("Überprüfung von Version {number} geplant am {date}.")
            self.next_review.setText(
                text.format(number=version.number, date=format_date(version.review_on))
            )
            self.next_review.setStyleSheet("")
        self.next_review.setAccessibleName(self.next_review.text())

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        review = selected_record(self.table)
        if not isinstance(review, HelpPlanReview):
            self.details.clear()
            return
        parts = [review.achieved]
        if review.notes:
            parts += ["", self.tr("Interne Notizen:"), review.notes]
        self.details.setPlainText("\n".join(parts))
