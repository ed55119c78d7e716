"""Heute: what needs attention today — due tasks, expiring residence documents, help plans
whose review date is reached, due activities of running help plans, families not visited
for a while, the latest visits, and consents that run out. Each entry opens its family file
(help plan entries also ask for its Hilfeplan tab, consents for its Einwilligungen tab).

All sections come from one service call (:func:`today_overview`) on the database
worker; the view reloads after unlocking, after changes that concern them and when shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.today import TodayOverview
from fallmanager.services.today import today_overview
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.today.models import (
    DueActivityModel,
    DueReviewModel,
    DueTaskModel,
    ExpiringConsentModel,
    ExpiringResidenceModel,
    NotVisitedModel,
    RecentVisitModel,
    SectionModel,
)
from fallmanager.ui.widgets.dates import format_date

#: Changes of these kinds alter what the sections show.
RELEVANT_CHANGES = (
    "family_file",
    "task",
    "visit",
    "residence",
    "residence_status",
    "person",
    "family_membership",
    "membership",
    "help_plan",
    "consent",
)

#: The family file tab that help plan entries open.
HELP_PLAN_TAB = "help_plan"
#: The family file tab that expiring consents open.
CONSENTS_TAB = "consents"


@dataclass
class Section:
    """One section: heading with count, table, and the text shown when it is empty."""

    name: str
    model: SectionModel[Any]
    heading: QLabel
    table: QTableView
    empty: QLabel
    stack: QStackedWidget


class TodayView(QWidget):
    """Heute. ``open_family_requested`` carries a family file's id."""

    open_family_requested = Signal(object)
    #: (family id, tab name) — after ``open_family_requested``, for entries that belong to
    #: one tab of the family file (the help plan sections ask for "help_plan").
    open_family_tab_requested = Signal(object, str)
    #: After the sections were filled (tests and status bars listen).
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
        self.setObjectName("todayView")
        self._session = session
        self._settings = settings
        self._today = today
        self._loading = False
        self._stale = True
        self.overview: TodayOverview | None = None

        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.tasks = self._section("tasks", DueTaskModel(self))
        self.residence = self._section("residence", ExpiringResidenceModel(self))
        self.reviews = self._section("reviewsDue", DueReviewModel(self), tab=HELP_PLAN_TAB)
        self.activities = self._section("activitiesDue", DueActivityModel(self), tab=HELP_PLAN_TAB)
        self.not_visited = self._section("notVisited", NotVisitedModel(self))
        self.recent = self._section("recentVisits", RecentVisitModel(self))
        self.consents = self._section(
            "consentsExpiring", ExpiringConsentModel(self), tab=CONSENTS_TAB
        )
        self.sections = (self.tasks, self.residence, self.not_visited, self.recent)
        #: The help plan's sections (Überprüfungen, Aktivitäten), shown after the first two.
        self.help_plan_sections = (self.reviews, self.activities)
        #: Every section in screen order.
        self.all_sections = (
            self.tasks,
            self.residence,
            self.reviews,
            self.activities,
            self.not_visited,
            self.recent,
            self.consents,
        )

        grid = QGridLayout()
        for number, section in enumerate(self.all_sections):
            column = QVBoxLayout()
            column.addWidget(section.heading)
            column.addWidget(section.stack)
            grid.addLayout(column, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        for first, second in zip(self.all_sections, self.all_sections[1:], strict=False):
            self.setTabOrder(first.table, second.table)

        self.retranslate_ui()
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)

    def _section(self, name: str, model: SectionModel[Any], *, tab: str = "") -> Section:
        heading = QLabel()
        heading.setObjectName(f"{name}Heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        table = QTableView()
        table.setObjectName(f"{name}Table")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first rows only: measuring thousands of rows takes long.
        table.horizontalHeader().setResizeContentsPrecision(50)
        table.activated.connect(lambda index, m=model: self._activated(m, index, tab))
        heading.setBuddy(table)
        empty = QLabel()
        empty.setObjectName(f"{name}Empty")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setEnabled(False)
        stack = QStackedWidget()
        stack.addWidget(empty)
        stack.addWidget(table)
        return Section(name, model, heading, table, empty, stack)

    # -- texts -------------------------------------------------------------------------------

    def _heading(self, text: str, section: Section) -> str:
        """The heading, saying so when only the most urgent entries are listed."""
        shown = section.model.rowCount()
        total = self._total(section)
        if total <= shown:
            return text
        return self.tr("{heading} – die ersten {shown}").format(
            heading=text, shown=QLocale().toString(shown)
        )

    def _total(self, section: Section) -> int:
        overview = self.overview
        if overview is None:
            return 0
        if section is self.tasks:
            return overview.due_tasks_total
        if section is self.residence:
            return overview.expiring_residence_total
        if section is self.not_visited:
            return overview.not_visited_total
        if section is self.reviews:
            return overview.reviews_due_total
        if section is self.activities:
            return overview.activities_due_total
        if section is self.consents:
            return overview.expiring_consents_total
        return section.model.rowCount()

    def retranslate_ui(self) -> None:
        day = self._today()
        self.title.setText(self.tr("Heute, {date}").format(date=format_date(day)))
        overview = self.overview
        n_tasks = overview.due_tasks_total if overview else 0
        n_residence = overview.expiring_residence_total if overview else 0
        n_not_visited = overview.not_visited_total if overview else 0
        n_recent = self.recent.model.rowCount()
        n_reviews = overview.reviews_due_total if overview else 0
        n_activities = overview.activities_due_total if overview else 0
        n_consents = overview.expiring_consents_total if overview else 0
        self.tasks.heading.setText(
            self._heading(self.tr("&Fällige Aufgaben (%n)", "", n_tasks), self.tasks)
        )
        self.residence.heading.setText(
            self._heading(
                self.tr("Aufenthalts&papiere laufen ab (%n)", "", n_residence), self.residence
            )
        )
        self.not_visited.heading.setText(
            self._heading(self.tr("&Lange nicht besucht (%n)", "", n_not_visited), self.not_visited)
        )
        self.recent.heading.setText(self.tr("Letzte Besu&che (%n)", "", n_recent))
        self.reviews.heading.setText(
            self._heading(self.tr("Üb&erprüfungen fällig (%n)", "", n_reviews), self.reviews)
        )
        self.activities.heading.setText(
            self._heading(self.tr("Akti&vitäten fällig (%n)", "", n_activities), self.activities)
        )
        self.consents.heading.setText(
            self._heading(self.tr("Einwilligungen laufen a&b (%n)", "", n_consents), self.consents)
        )
        self.consents.empty.setText(
            self.tr("In den nächsten 4 Wochen läuft keine Einwilligung ab.")
        )
        self.consents.table.setAccessibleName(self.tr("Ablaufende Einwilligungen"))
        self.reviews.empty.setText(self.tr("Keine Überprüfung eines Hilfeplans fällig."))
        self.activities.empty.setText(self.tr("Keine Aktivität aus einem Hilfeplan fällig."))
        self.reviews.table.setAccessibleName(self.tr("Fällige Überprüfungen der Hilfepläne"))
        self.activities.table.setAccessibleName(self.tr("Fällige Aktivitäten der Hilfepläne"))
        self.tasks.empty.setText(self.tr("Nichts fällig."))
        self.residence.empty.setText(self.tr("In den nächsten 8 Wochen läuft nichts ab."))
        self.not_visited.empty.setText(
            self.tr("Alle offenen Familien wurden in den letzten {days} Tagen besucht.").format(
                days=self._settings.not_visited_days
            )
        )
        self.recent.empty.setText(self.tr("Noch keine Besuche erfasst."))
        self.tasks.table.setAccessibleName(self.tr("Fällige Aufgaben"))
        self.residence.table.setAccessibleName(self.tr("Ablaufende Aufenthaltspapiere"))
        self.not_visited.table.setAccessibleName(self.tr("Lange nicht besuchte Familien"))
        self.recent.table.setAccessibleName(self.tr("Letzte Besuche"))
        for section in self.all_sections:
            has_rows = section.model.rowCount() > 0
            section.stack.setCurrentWidget(section.table if has_rows else section.empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the overview (if visible; a hidden view loads when it is shown next)."""
        if not self._session.is_unlocked:
            return
        self._stale = True
        if not self.isVisible() or self._loading:
            return
        self._stale = False
        self._loading = True
        today = self._today()
        days = self._settings.not_visited_days

        def failed(_exc: BaseException) -> bool:
            self._loading = False
            return False

        run_op(
            self,
            self._session,
            lambda ctx: today_overview(ctx.uow(), today=today, not_visited_days=days),
        ).success(self._loaded).failure(failed)

    def _loaded(self, overview: TodayOverview) -> None:
        self._loading = False
        if not self._session.is_unlocked:
            return
        self.overview = overview
        self.tasks.model.set_rows(overview.due_tasks)
        self.residence.model.set_rows(overview.expiring_residence)
        self.not_visited.model.set_rows(overview.not_visited)
        self.recent.model.set_rows(overview.recent_visits)
        self.reviews.model.set_rows(overview.reviews_due)
        self.activities.model.set_rows(overview.activities_due)
        self.consents.model.set_rows(overview.expiring_consents)
        for section in self.all_sections:
            section.table.resizeColumnsToContents()
        self.retranslate_ui()
        self.refreshed.emit()
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stale = True
        self.reload()

    def _on_unlocked(self) -> None:
        self._stale = True
        self.reload()

    def _on_locked(self) -> None:
        self.overview = None
        for section in self.all_sections:
            section.model.clear()
        self._stale = True
        self.retranslate_ui()

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns(*RELEVANT_CHANGES):
            self.reload()

    # -- opening -----------------------------------------------------------------------------

    def _activated(self, model: SectionModel[Any], index: QModelIndex, tab: str = "") -> None:
        family_id = model.family_id(index.row()) if index.isValid() else None
        if isinstance(family_id, uuid.UUID):
            self.open_family_requested.emit(family_id)
            if tab:
                self.open_family_tab_requested.emit(family_id, tab)
