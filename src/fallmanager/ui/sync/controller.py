"""The laptop's hold on the office sync: enrolment, runs, the automatic timer, the state of
each family file.

One :class:`SyncController` per window. It never shows a dialog: it announces what happened
through signals, and :class:`~fallmanager.ui.sync.menu.SyncActions` decides how to tell the
user (a message after a manual run, the status bar after an automatic one).

Runs go through the database worker like every other operation, so a sync never overlaps a
save; only one run is active at a time, and the automatic timer skips its turn while one is.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from fallmanager.services.sync import EnrolmentInfo, FamilySyncState, SyncProgress, SyncSummary
from fallmanager.sync.errors import (
    AuthenticationError,
    DeviceRevokedError,
    FingerprintMismatchError,
    NotEnrolledError,
)
from fallmanager.ui.ops import Changes, Op, OpContext, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.sync.api import ServiceSyncApi, SyncApi

log = logging.getLogger(__name__)

#: The automatic run after unlocking waits this long, so that unlocking stays quick.
UNLOCK_SYNC_DELAY_MS = 5_000
#: Local changes are counted into the family states after this pause (one query per burst).
STATE_REFRESH_DELAY_MS = 300

#: After these, automatic runs stop until the laptop is enrolled again or unlocked anew:
#: repeating them cannot succeed and the user has been told.
_HALTING_ERRORS = (
    AuthenticationError,
    DeviceRevokedError,
    FingerprintMismatchError,
    NotEnrolledError,
)


def _changes_of(summary: SyncSummary | None) -> Changes | None:
    """A run that received anything may have changed any family file on screen."""
    if summary is not None and summary.received:
        return Changes.all()
    return None


class SyncController(QObject):
    """Enrolment state, sync runs and the family files' sync states, for the whole window."""

    #: The enrolment (:class:`EnrolmentInfo`) or ``None``: not enrolled, or locked.
    enrolment_changed = Signal(object)
    #: ``dict[UUID, FamilySyncState]`` of the families not synchronised, or ``None`` when
    #: the laptop is not enrolled (the family list hides its sync column then).
    states_changed = Signal(object)
    #: The number of open conflicts.
    conflict_count_changed = Signal(int)
    running_changed = Signal(bool)
    #: phase ("push", "pull", "snapshot"), done, total (``-1`` while unknown).
    progressed = Signal(str, int, int)
    #: A run finished: :class:`SyncSummary`, whether it was started by the user.
    finished = Signal(object, bool)
    #: A run failed with an expected error: the exception, whether started by the user.
    failed = Signal(object, bool)
    #: The server did not answer the quick check before an automatic run.
    unreachable = Signal(bool)
    #: The user cancelled a run; what was sent or received before stays.
    cancelled = Signal()

    # Reports from the worker thread; delivered queued to the UI thread.
    _worker_progress = Signal(str, int, int)

    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        api: SyncApi | None = None,
        *,
        unlock_delay_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api: SyncApi = api if api is not None else ServiceSyncApi()
        self._session = session
        self._enrolment: EnrolmentInfo | None = None
        self._states: dict[uuid.UUID, FamilySyncState] = {}
        self._conflict_count = 0
        self._op: Op[Any] | None = None
        self._manual = False
        self._answered = False
        self._cancel_requested = False
        self._halted = False
        self._states_loading = False
        self._states_stale = False
        self._auto_minutes = settings.sync_auto_minutes

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._auto_run)
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.setInterval(
            UNLOCK_SYNC_DELAY_MS if unlock_delay_ms is None else unlock_delay_ms
        )
        self._unlock_timer.timeout.connect(self._auto_run)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(STATE_REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_states)
        self._worker_progress.connect(self._forward_progress)

        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        if session.is_unlocked:
            self.refresh_enrolment()

    # -- state -------------------------------------------------------------------------------

    @property
    def enrolment(self) -> EnrolmentInfo | None:
        return self._enrolment

    @property
    def is_enrolled(self) -> bool:
        return self._enrolment is not None

    @property
    def is_running(self) -> bool:
        return self._op is not None

    @property
    def conflict_count(self) -> int:
        return self._conflict_count

    @property
    def states(self) -> dict[uuid.UUID, FamilySyncState] | None:
        return dict(self._states) if self.is_enrolled else None

    @property
    def auto_minutes(self) -> int:
        return self._auto_minutes

    @property
    def auto_sync_active(self) -> bool:
        return self._timer.isActive()

    # -- enrolment ---------------------------------------------------------------------------

    def refresh_enrolment(self, *, then_sync: bool = False) -> None:
        """Read the enrolment from the vault; ``then_sync`` schedules the run after unlock."""
        if not self._session.is_unlocked:
            return
        api = self.api

        def loaded(info: EnrolmentInfo | None) -> None:
            if not self._session.is_unlocked:
                return
            self._apply_enrolment(info)
            if then_sync and info is not None and self._auto_minutes > 0:
                self._unlock_timer.start()

        run_op(None, self._session, lambda ctx: api.enrolment(ctx.uow())).success(loaded)

    def set_enrolment(self, info: EnrolmentInfo | None) -> None:
        """After the user enrolled the laptop (again) or left the server."""
        self._halted = False  # a new enrolment may synchronise again
        self._apply_enrolment(info)

    def _apply_enrolment(self, info: EnrolmentInfo | None) -> None:
        self._enrolment = info
        self.enrolment_changed.emit(info)
        self._update_timer()
        if info is None:
            self._states = {}
            self._set_conflict_count(0)
            self.states_changed.emit(None)
        else:
            self.refresh_states()

    # -- family states and conflict count ----------------------------------------------------

    def refresh_states(self) -> None:
        """Load the family files' sync states and the open conflicts (one at a time)."""
        if not self._session.is_unlocked or not self.is_enrolled:
            return
        if self._states_loading:
            self._states_stale = True
            return
        self._states_loading = True
        self._states_stale = False
        api = self.api

        def load(ctx: OpContext) -> tuple[dict[uuid.UUID, FamilySyncState], int]:
            return api.family_sync_states(ctx.uow()), len(api.conflicts(ctx.uow()))

        run_op(None, self._session, load).success(self._states_loaded).failure(self._states_failed)

    def _states_loaded(self, result: tuple[dict[uuid.UUID, FamilySyncState], int]) -> None:
        self._states_loading = False
        if not self._session.is_unlocked or not self.is_enrolled:
            return
        states, count = result
        self._states = dict(states)
        self._set_conflict_count(count)
        self.states_changed.emit(dict(self._states))
        if self._states_stale:
            self.refresh_states()

    def _states_failed(self, exc: BaseException) -> bool:
        self._states_loading = False
        log.warning("sync states not loaded: %s", type(exc).__name__)
        return True  # the list keeps its last states; the next change or run tries again

    def _set_conflict_count(self, count: int) -> None:
        if count != self._conflict_count:
            self._conflict_count = count
            self.conflict_count_changed.emit(count)

    # -- runs --------------------------------------------------------------------------------

    def synchronise(self, *, manual: bool) -> bool:
        """Start a run; ``False`` when none can start (locked, not enrolled, one running)."""
        if not self._session.is_unlocked or not self.is_enrolled or self.is_running:
            return False
        api = self.api
        report = self._worker_progress

        def work(ctx: OpContext) -> SyncSummary | None:
            if not manual and not api.server_reachable(ctx.uow()):
                return None

            def progress(step: SyncProgress) -> None:
                report.emit(step.phase, step.done, -1 if step.total is None else step.total)
                if step.total is not None:
                    ctx.progress(step.done, step.total)  # raises once cancelled

            return api.synchronise(ctx.uow, progress, lambda: ctx.cancelled)

        self._manual = manual
        self._answered = False
        self._cancel_requested = False
        # ``None`` for "no broadcast" works at run time; run_op's type promises Changes.
        changes = cast("Callable[[SyncSummary | None], Changes]", _changes_of)
        op = run_op(None, self._session, work, changes=changes)
        op.success(self._run_succeeded).failure(self._run_failed)
        op.finished.connect(self._run_finished)
        self._op = op
        self._unlock_timer.stop()
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop the running run at its next step; what was exchanged so far stays."""
        if self._op is not None:
            self._cancel_requested = True
            self._op.cancel()

    @Slot(str, int, int)
    def _forward_progress(self, phase: str, done: int, total: int) -> None:
        if self._op is not None:
            self.progressed.emit(phase, done, total)

    def _run_succeeded(self, summary: SyncSummary | None) -> None:
        self._answered = True
        if not self._session.is_unlocked:
            return  # locked meanwhile: nothing pops up over the lock screen
        if summary is None:
            self.unreachable.emit(self._manual)
            return
        self.finished.emit(summary, self._manual)

    def _run_failed(self, exc: BaseException) -> bool:
        self._answered = True
        if isinstance(exc, _HALTING_ERRORS):
            self._halted = True
            self._update_timer()
        if self._session.is_unlocked:  # else the next run after unlocking tells it
            self.failed.emit(exc, self._manual)
        return True

    @Slot()
    def _run_finished(self) -> None:
        cancelled = self._cancel_requested and not self._answered
        self._op = None
        self.running_changed.emit(False)
        if cancelled:
            self.cancelled.emit()
        if self._session.is_unlocked and self.is_enrolled:
            self.refresh_enrolment()  # the time of the last sync, then the states

    # -- automatic runs ----------------------------------------------------------------------

    def set_auto_minutes(self, minutes: int) -> None:
        """Minutes between automatic runs; 0 switches them off."""
        self._auto_minutes = max(0, minutes)
        self._update_timer()

    def _update_timer(self) -> None:
        if (
            self._session.is_unlocked
            and self.is_enrolled
            and self._auto_minutes > 0
            and not self._halted
        ):
            interval = self._auto_minutes * 60_000
            if not self._timer.isActive() or self._timer.interval() != interval:
                self._timer.start(interval)
        else:
            self._timer.stop()
            self._unlock_timer.stop()

    def _auto_run(self) -> None:
        if not self._halted:
            self.synchronise(manual=False)  # skipped while a run is active

    # -- session -----------------------------------------------------------------------------

    def _on_unlocked(self) -> None:
        self._halted = False
        self.refresh_enrolment(then_sync=True)

    def _on_locked(self) -> None:
        self._timer.stop()
        self._unlock_timer.stop()
        self._refresh_timer.stop()
        self._enrolment = None
        self._states = {}
        self._conflict_count = 0
        self.enrolment_changed.emit(None)
        self.states_changed.emit(None)
        self.conflict_count_changed.emit(0)

    def _on_changed(self, _changes: Changes) -> None:
        if self.is_enrolled and self._session.is_unlocked:
            self._refresh_timer.start()
