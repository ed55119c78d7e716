"""Background operations: one database worker thread and the ``run_op`` helper.

A SQLCipher connection belongs to the thread that opened it, so every vault access runs on
one worker thread, in submission order. The UI thread only submits operations and receives
their results through queued signals; it never blocks on the database.

    run_op(parent, session, lambda ctx: search(ctx.uow(), text="djor")).success(show)

An operation that takes longer than :data:`PROGRESS_DELAY_MS` shows a progress dialog
(with "Abbrechen" when the operation can be cancelled). Expected failures are routed to
``failure`` (or shown as a translated message); anything else is a bug and opens the crash
dialog. After success the operation's :class:`Changes` are broadcast by the session.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from fallmanager.services.ports import UnitOfWork
    from fallmanager.ui.session import VaultGateway, VaultSession

T = TypeVar("T")

#: Operations faster than this never show a progress dialog (no flicker).
PROGRESS_DELAY_MS = 400


class OperationCancelledError(Exception):
    """Raised inside an operation when the user pressed "Abbrechen"; its work is rolled back."""


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, broadcast to every view after it succeeded.

    ``family_ids`` empty and ``everything`` false means "nothing"; views refresh if a change
    concerns what they show.
    """

    kinds: frozenset[str] = field(default_factory=frozenset)
    family_ids: frozenset[Any] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of(cls, *kinds: str, family_id: Any = None) -> Changes:
        ids = frozenset() if family_id is None else frozenset({family_id})
        return cls(kinds=frozenset(kinds), family_ids=ids)

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def concerns_family(self, family_id: Any) -> bool:
        return self.everything or family_id in self.family_ids

    def concerns(self, *kinds: str) -> bool:
        return self.everything or bool(self.kinds.intersection(kinds))


class OpContext:
    """What an operation function may use on the worker thread."""

    def __init__(self, gateway: VaultGateway, job: _Job) -> None:
        self.gateway = gateway
        self._job = job

    def uow(self) -> UnitOfWork:
        """A fresh unit of work on the unlocked vault."""
        return self.gateway.unit_of_work()

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises :class:`OperationCancelledError` once cancelled."""
        if self._job.cancel_requested.is_set():
            raise OperationCancelledError
        self._job.report_progress(done, total)

    @property
    def cancelled(self) -> bool:
        return self._job.cancel_requested.is_set()


class _Job(QObject):
    """One submitted operation; lives in the UI thread, its signals arrive there queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, fn: Callable[[OpContext], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.cancel_requested = threading.Event()
        self._last_report = 0.0

    def report_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= 0.05 or done >= total:  # no signal storm
            self._last_report = now
            self.progressed.emit(done, total)


@dataclass(frozen=True, slots=True)
class _Boxed:
    value: Any


class _Worker(QObject):
    submitted = Signal(object)

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self.submitted.connect(self._execute)

    @Slot(object)
    def _execute(self, job: _Job) -> None:
        try:
            result = job.fn(OpContext(self._gateway, job))
        except BaseException as exc:
            job.failed.emit(exc)
        else:
            # Boxed: PySide6 drops one reference too many when None crosses threads through
            # a Signal(object), which after enough operations crashes the interpreter.
            job.succeeded.emit(_Boxed(result))


class DatabaseWorker(QObject):
    """The single thread that touches the vault. ``submit`` never blocks."""

    idle = Signal()

    def __init__(self, gateway: VaultGateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("vault-worker")
        self._worker = _Worker(gateway)
        self._worker.moveToThread(self._thread)
        self._thread.start()
        self._pending: set[_Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(self, job: _Job) -> None:
        """Queue ``job``; its owner calls :meth:`finished` once its result was handled."""
        self._pending.add(job)
        self._worker.submitted.emit(job)

    def finished(self, job: _Job) -> None:
        self._pending.discard(job)
        if not self._pending:
            self.idle.emit()

    def run_blocking(self, fn: Callable[[OpContext], T]) -> T:
        """Run ``fn`` on the worker and wait for it; only for shutdown and locking."""
        box: dict[str, Any] = {}
        done = threading.Event()

        def wrapper(ctx: OpContext) -> None:
            try:
                box["result"] = fn(ctx)
            except BaseException as exc:
                box["error"] = exc
            finally:
                done.set()

        job = _Job(wrapper)
        self._worker.submitted.emit(job)
        done.wait()
        if "error" in box:
            raise box["error"]
        return box["result"]  # type: ignore[no-any-return]

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait()


_op_ids = itertools.count(1)


class Op(QObject, Generic[T]):
    """A running operation; chain ``.success(...)`` and ``.failure(...)`` right after creating."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        session: VaultSession,
        fn: Callable[[OpContext], T],
        *,
        label: str = "",
        cancellable: bool = False,
        changes: Changes | Callable[[T], Changes] | None = None,
    ) -> None:
        # No QObject parent: the session holds the operation until it has finished, and the
        # requesting widget may be closed meanwhile (its callbacks are then skipped).
        super().__init__()
        self.id = next(_op_ids)
        self._parent_widget = parent
        self._session = session
        self._label = label
        self._cancellable = cancellable
        self._changes = changes
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], bool | None] | None = None
        self._dialog: QProgressDialog | None = None
        self._job = _Job(fn)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self._job.progressed.connect(self._progressed)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._show_progress)
        if label:
            self._delay.start(PROGRESS_DELAY_MS)
        session.running_ops.add(self)
        session.worker.submit(self._job)

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], bool | None]) -> Op[T]:
        """``callback`` handles expected errors; returning ``False`` lets the default show them."""
        self._on_failure = callback
        return self

    def cancel(self) -> None:
        self._job.cancel_requested.set()

    def _widget(self) -> QWidget | None:
        """The requesting widget, if it still exists."""
        widget = self._parent_widget
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def _requester_gone(self) -> bool:
        return self._parent_widget is not None and self._widget() is None

    def _finish(self) -> None:
        self._session.worker.finished(self._job)
        self.finished.emit()
        # Released from the event loop, never while one of this object's signals is running.
        QTimer.singleShot(0, self._session, partial(self._session.running_ops.discard, self))

    def _show_progress(self) -> None:
        if self._requester_gone():
            return
        dialog = QProgressDialog(self._widget())
        dialog.setWindowTitle(self._label)
        dialog.setLabelText(self._label)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Abbrechen"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setAccessibleName(self._label)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog) and total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        self._delay.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None

    @Slot(object)
    def _succeeded(self, boxed: _Boxed) -> None:
        result: T = boxed.value
        self._close_progress()
        try:
            if self._on_success is not None and not self._requester_gone():
                self._on_success(result)
            changes = self._changes(result) if callable(self._changes) else self._changes
            if changes is not None:
                self._session.changed.emit(changes)
        except Exception as exc:
            self._session.report_bug(exc, self._widget())
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        try:
            if isinstance(exc, OperationCancelledError):
                return
            if self._session.is_expected(exc):
                if self._requester_gone():
                    return  # nobody is waiting for this answer any more
                handled = self._on_failure(exc) if self._on_failure is not None else False
                if handled is False:
                    self._session.show_expected_error(exc, self._widget())
            else:
                self._session.report_bug(exc, self._widget())
        finally:
            self._finish()


def run_op(
    parent: QWidget | None,
    session: VaultSession,
    fn: Callable[[OpContext], T],
    *,
    label: str = "",
    cancellable: bool = False,
    changes: Changes | Callable[[T], Changes] | None = None,
) -> Op[T]:
    """Run ``fn`` on the database worker; see the module docstring."""
    return Op(parent, session, fn, label=label, cancellable=cancellable, changes=changes)
