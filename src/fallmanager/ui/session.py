"""The desktop's hold on the vault: locked or unlocked, the worker, the change broadcast.

The UI layer does not know the storage: the composition root (:mod:`fallmanager.app`) hands
in a :class:`VaultGateway` that creates, opens and closes the vault and makes units of work.
Every call into the gateway runs on the database worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from fallmanager.domain.errors import DomainError
from fallmanager.errors import FallmanagerError
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.ops import Changes, DatabaseWorker, run_op


class VaultGateway(Protocol):
    """The vault as the desktop sees it (implemented in :mod:`fallmanager.app`)."""

    @property
    def path(self) -> Path: ...
    @property
    def is_open(self) -> bool: ...
    def exists(self) -> bool: ...
    def create(self, passphrase: str, *, passphrase_only: bool) -> str: ...
    def open(self, passphrase: str) -> None: ...
    def close(self) -> None: ...
    def unit_of_work(self) -> UnitOfWork: ...
    def backup(self, target: Path, progress: Callable[[int, int], None]) -> None: ...
    def erase(self) -> None:
        """Delete the vault: its key material first, then the files (closed before)."""
        ...


class VaultState(Enum):
    NO_VAULT = "no_vault"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


class VaultSession(QObject):
    """Owns the database worker; announces lock state and data changes to every view."""

    #: After unlocking; views load their data.
    unlocked = Signal()
    #: Right after locking; views drop what they show.
    locked = Signal()
    #: An operation changed data (:class:`~fallmanager.ui.ops.Changes`).
    changed = Signal(object)
    #: The vault was erased; the application is back at its first start.
    erased = Signal()

    def __init__(
        self,
        gateway: VaultGateway,
        *,
        error_presenter: ErrorPresenter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.worker = DatabaseWorker(gateway, self)
        self.running_ops: set[QObject] = set()
        self._errors = error_presenter
        self._state = VaultState.LOCKED if gateway.exists() else VaultState.NO_VAULT

    @property
    def state(self) -> VaultState:
        return self._state

    @property
    def is_unlocked(self) -> bool:
        return self._state is VaultState.UNLOCKED

    def create(
        self,
        parent: QWidget | None,
        passphrase: str,
        *,
        passphrase_only: bool,
        label: str,
        on_created: Callable[[str], None],
        on_failed: Callable[[BaseException], bool | None],
    ) -> None:
        """Create the vault in the background; ``on_created`` receives the recovery key."""

        def created(recovery_key: str) -> None:
            self._state = VaultState.UNLOCKED
            on_created(recovery_key)
            self.unlocked.emit()

        run_op(
            parent,
            self,
            lambda _ctx: self.gateway.create(passphrase, passphrase_only=passphrase_only),
            label=label,
        ).success(created).failure(on_failed)

    def unlock(
        self,
        parent: QWidget | None,
        passphrase: str,
        *,
        label: str,
        on_failed: Callable[[BaseException], bool | None],
    ) -> None:
        def opened(_result: None) -> None:
            self._state = VaultState.UNLOCKED
            self.unlocked.emit()

        run_op(parent, self, lambda _ctx: self.gateway.open(passphrase), label=label).success(
            opened
        ).failure(on_failed)

    def lock(self) -> None:
        """Lock now: views hide at once, the vault closes on the worker (drops the key)."""
        if self._state is not VaultState.UNLOCKED:
            return
        self._state = VaultState.LOCKED
        self.locked.emit()
        # Queued behind any running save, so nothing typed before the lock is lost.
        run_op(None, self, lambda _ctx: self.gateway.close())

    def erase(
        self,
        parent: QWidget | None,
        *,
        on_erased: Callable[[], None],
        on_failed: Callable[[BaseException], bool | None],
    ) -> None:
        """Lock, erase the vault and return to the first-start state (a laptop the office
        server has revoked). Views drop what they show at once, as when locking."""
        if self._state is VaultState.UNLOCKED:
            self._state = VaultState.LOCKED
            self.locked.emit()

        def erase(_ctx: object) -> None:
            self.gateway.close()
            self.gateway.erase()

        def erased(_result: None) -> None:
            self._state = VaultState.NO_VAULT
            self.erased.emit()
            on_erased()

        run_op(parent, self, erase).success(erased).failure(on_failed)

    def shutdown(self) -> None:
        """Close the vault and stop the worker (application exit)."""
        if self.gateway.is_open:
            self.worker.run_blocking(lambda _ctx: self.gateway.close())
        self.worker.stop()

    def broadcast_everything(self) -> None:
        self.changed.emit(Changes.all())

    # -- errors ------------------------------------------------------------------------------

    @staticmethod
    def is_expected(exc: BaseException) -> bool:
        # Files the user picked may vanish or be unwritable: that is their world, not a bug.
        return isinstance(exc, FallmanagerError | DomainError | OSError)

    def show_expected_error(self, exc: BaseException, parent: QWidget | None) -> None:
        self._errors.show_expected(exc, parent)

    def report_bug(self, exc: BaseException, parent: QWidget | None) -> None:
        self._errors.report_bug(exc, parent)


class ErrorPresenter(Protocol):
    def show_expected(self, exc: BaseException, parent: QWidget | None) -> None: ...
    def report_bug(self, exc: BaseException, parent: QWidget | None) -> None: ...
