"""One open family file (Fallakte): a tab per aspect, all fed from one snapshot.

The view loads :class:`~fallmanager.domain.family_file_detail.FamilyFileDetail` on the
database worker and hands it to every tab; it reloads when a broadcast change concerns this
family and drops everything it shows when the vault locks.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.services.family_files import get_family_file
from fallmanager.services.sync import ConflictView
from fallmanager.ui.conference.tab import ConferencesTab
from fallmanager.ui.consent.tab import ConsentsTab
from fallmanager.ui.disclosure.tab import DisclosuresTab
from fallmanager.ui.family_file.involvements import InvolvementsTab
from fallmanager.ui.family_file.overview import OverviewTab
from fallmanager.ui.family_file.persons import PersonsTab
from fallmanager.ui.family_file.residence import ResidenceTab
from fallmanager.ui.family_file.school_work import SchoolWorkTab
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.tasks import TasksTab
from fallmanager.ui.family_file.visits import RECORD_VISIT_SHORTCUT, VisitsTab
from fallmanager.ui.genogram.tab import GenogramTab
from fallmanager.ui.help_plan.tab import HelpPlanTab
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.sync.banner import ConflictBanner
from fallmanager.ui.sync.controller import SyncController
from fallmanager.ui.sync.marks import ConflictMarks

log = logging.getLogger(__name__)


class FamilyFileView(QWidget):
    """All tabs of one family file; ``title_changed`` carries "2026-0042 Đorđević"."""

    title_changed = Signal(str)
    #: Every tab shows the newest snapshot (the visible one first, the others right after).
    loaded = Signal()
    #: The user wants to decide this family's sync conflicts (the family id).
    review_conflicts_requested = Signal(object)
    #: The family's open sync conflicts were loaded (and shown in the banner and tabs).
    conflicts_loaded = Signal()

    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        family_id: uuid.UUID,
        *,
        today: Callable[[], date] = date.today,
        sync: SyncController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.family_id = family_id
        self._sync = sync
        #: Open sync conflicts of this family (loaded while the laptop is enrolled).
        self.conflicts: list[ConflictView] = []
        self._conflicts_pending = False
        self._conflicts_stale = False
        self.undo_stack = QUndoStack(self)
        self.context = FamilyFileContext(session, settings, family_id, self.undo_stack, today)
        self.detail: FamilyFileDetail | None = None
        self._session = session
        self._load_pending = False
        self._unfilled: list[FamilyFileTab] = []  # tabs still waiting for the newest snapshot

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("familyFileTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(self.context)
        self.persons = PersonsTab(self.context)
        self.residence = ResidenceTab(self.context)
        self.school_work = SchoolWorkTab(self.context)
        self.visits = VisitsTab(self.context)
        self.involvements = InvolvementsTab(self.context)
        self.tasks = TasksTab(self.context)
        self.genogram = GenogramTab(self.context)
        self.help_plan = HelpPlanTab(self.context)
        self.conferences = ConferencesTab(self.context)
        self.consents = ConsentsTab(self.context)
        self.disclosures = DisclosuresTab(self.context)
        self._pages: list[FamilyFileTab] = [
            self.overview,
            self.persons,
            self.residence,
            self.school_work,
            self.visits,
            self.involvements,
            self.tasks,
            self.genogram,
            self.help_plan,
            self.consents,
            self.conferences,
            self.disclosures,
        ]
        for page in self._pages:
            self.tabs.addTab(page, page.title())
        self.overview.open_tab_requested.connect(self._open_tab)
        self.conferences.open_tab_requested.connect(self._open_tab)
        self.tabs.currentChanged.connect(self._fill_current)
        # Ctrl+Shift+B records a visit from any tab of the family file; on the visits tab
        # that tab's own action answers, so this one steps aside there (no ambiguity).
        self.record_visit_action = QAction(self)
        self.record_visit_action.setShortcut(QKeySequence(RECORD_VISIT_SHORTCUT))
        self.record_visit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.record_visit_action.triggered.connect(self._record_visit)
        self.addAction(self.record_visit_action)
        self.tabs.currentChanged.connect(
            lambda _index: self.record_visit_action.setEnabled(
                self.tabs.currentWidget() is not self.visits
            )
        )

        self.conflict_banner = ConflictBanner(self)
        self.conflict_banner.review_requested.connect(self._review_conflicts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

        session.changed.connect(self._on_changed)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self.reload)
        if sync is not None:
            # After a sync or a local change the family's conflicts may have changed.
            sync.states_changed.connect(self._sync_states_changed)
        self.reload()

    def retranslate_ui(self) -> None:
        for index, page in enumerate(self._pages):
            self.tabs.setTabText(index, page.title())
        self.record_visit_action.setText(self.tr("Besuch erfassen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def title(self) -> str:
        if self.detail is None:
            return self.tr("Familienakte")
        names = sorted({p.family_name for p in self.detail.persons if p.family_name})
        return " ".join([self.detail.family.case_number, " / ".join(names[:2])]).strip()

    def reload(self) -> None:
        if not self._session.is_unlocked or self._load_pending:
            return
        self._load_pending = True
        family_id = self.family_id

        def failed(_exc: BaseException) -> bool:
            self._load_pending = False
            return False

        run_op(self, self._session, lambda ctx: get_family_file(ctx.uow(), family_id=family_id)) \
            .success(self._show).failure(failed)  # fmt: skip

    def _show(self, detail: FamilyFileDetail) -> None:
        self._load_pending = False
        if not self._session.is_unlocked:
            return
        self.detail = detail
        # The visible tab at once; the others one per event-loop turn, so that opening a
        # large family never blocks the window for the sum of all tabs.
        current = self.tabs.currentWidget()
        self._unfilled = [page for page in self._pages if page is not current]
        if isinstance(current, FamilyFileTab):
            current.show_detail(detail)
        self.title_changed.emit(self.title())
        QTimer.singleShot(0, self, self._fill_next)
        self.load_conflicts()

    def _fill_next(self) -> None:
        if self.detail is None or not self._unfilled:
            return
        self._unfilled.pop(0).show_detail(self.detail)
        if self._unfilled:
            QTimer.singleShot(0, self, self._fill_next)
        else:
            self.loaded.emit()

    def _fill_current(self) -> None:
        page = self.tabs.currentWidget()
        if self.detail is not None and page in self._unfilled:
            assert isinstance(page, FamilyFileTab)  # noqa: S101 - _unfilled holds tabs only
            self._unfilled.remove(page)
            page.show_detail(self.detail)
            if not self._unfilled:
                self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns_family(self.family_id):
            self.reload()

    def _on_locked(self) -> None:
        self.detail = None
        self._unfilled = []
        for page in self._pages:
            page.clear()
        self._show_conflicts([])

    # -- sync conflicts ----------------------------------------------------------------------

    def load_conflicts(self) -> None:
        """Load the family's open sync conflicts (none while the laptop is not enrolled)."""
        sync = self._sync
        if sync is None or not self._session.is_unlocked:
            return
        if not sync.is_enrolled:
            if self.conflicts:
                self._show_conflicts([])
            return
        if self._conflicts_pending:
            self._conflicts_stale = True
            return
        self._conflicts_pending = True
        self._conflicts_stale = False
        api, family_id = sync.api, self.family_id
        run_op(self, self._session, lambda ctx: api.conflicts(ctx.uow(), family_id)).success(
            self._conflicts_loaded
        ).failure(self._conflicts_failed)

    def _conflicts_loaded(self, conflicts: list[ConflictView]) -> None:
        self._conflicts_pending = False
        if not self._session.is_unlocked:
            return
        self._show_conflicts(conflicts)
        if self._conflicts_stale:
            self.load_conflicts()

    def _conflicts_failed(self, exc: BaseException) -> bool:
        self._conflicts_pending = False
        # The family file stays usable; the menu's "Konflikte prüfen" lists them as well.
        log.warning("conflicts of a family file not loaded: %s", type(exc).__name__)
        return True

    def _show_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = list(conflicts)
        self.conflict_banner.set_conflicts(self.conflicts)
        marks = ConflictMarks.of(self.conflicts)
        for page in self._pages:
            page.show_conflicts(marks)
        self.conflicts_loaded.emit()

    def _sync_states_changed(self, _states: Any) -> None:
        if self.detail is not None or self.conflicts:
            self.load_conflicts()

    def _review_conflicts(self) -> None:
        self.review_conflicts_requested.emit(self.family_id)

    def _record_visit(self) -> None:
        self.tabs.setCurrentWidget(self.visits)
        self.visits.record_visit()

    def _open_tab(self, name: str) -> None:
        self.open_tab(name)

    def open_tab(self, name: str) -> bool:
        """Show the tab called ``name`` ("tasks", "help_plan" …); whether there is one."""
        page = getattr(self, name, None)
        if isinstance(page, FamilyFileTab):
            self.tabs.setCurrentWidget(page)
            return True
        return False
