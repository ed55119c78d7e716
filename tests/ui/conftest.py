"""Fixtures for the desktop tests: offscreen Qt, a temporary vault behind a real session.

Qt warnings fail every test here (``qt_log_level_fail`` in pyproject). Tests click through
the real widgets with ``qtbot`` and then check what the vault holds.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from fallmanager.app import DesktopApp, DesktopVault
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.error_dialogs import ErrorDialogs
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.vault.crypto import TEST_KDF
from tests.conftest import PASSPHRASE

T = TypeVar("T")

#: The tests' fixed "today", so that due dates and ages are stable.
TODAY = date(2026, 11, 25)


class StrictErrors(ErrorDialogs):
    """Shows dialogs like the app, and remembers bugs so that a test can fail on them."""

    def __init__(self, log_file: Path) -> None:
        super().__init__(log_file)
        self.bugs: list[BaseException] = []
        self.expected: list[BaseException] = []

    def show_expected(self, exc: BaseException, parent: Any) -> None:
        self.expected.append(exc)
        super().show_expected(exc, parent)

    def report_bug(self, exc: BaseException, parent: Any) -> None:
        self.bugs.append(exc)
        super().report_bug(exc, parent)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.at(tmp_path / "settings.ini")


@pytest.fixture
def gateway(tmp_path: Path) -> DesktopVault:
    """A vault folder that does not exist yet (cheap key derivation)."""
    return DesktopVault(tmp_path / "vault", kdf=TEST_KDF)


@pytest.fixture
def errors(tmp_path: Path) -> Iterator[StrictErrors]:
    presenter = StrictErrors(tmp_path / "logs" / "fallmanager.log")
    yield presenter
    assert not presenter.bugs, f"unexpected errors: {presenter.bugs!r}"


@pytest.fixture
def session(
    qapp: QApplication, gateway: DesktopVault, errors: StrictErrors, qtbot: Any
) -> Iterator[VaultSession]:
    """An unlocked session on a fresh, empty vault."""
    gateway.create(PASSPHRASE, passphrase_only=True)
    session = VaultSession(gateway, error_presenter=errors)
    session._state = session.state.UNLOCKED
    yield session
    wait_idle(qtbot, session)
    session.shutdown()


def wait_idle(qtbot: Any, session: VaultSession, timeout: int = 10_000) -> None:
    """Wait until every submitted operation has finished and its result was delivered."""
    qtbot.waitUntil(lambda: not session.worker.busy, timeout=timeout)
    QApplication.processEvents()


def in_vault(qtbot: Any, session: VaultSession, fn: Callable[[UnitOfWork], T]) -> T:
    """Run ``fn`` with a unit of work on the worker thread (to check what was persisted)."""
    wait_idle(qtbot, session)
    return session.worker.run_blocking(lambda ctx: fn(ctx.uow()))


def close_alive(widgets: list[Any]) -> None:
    """Close the widgets a test kept alive (qtbot holds weak references only) and forget
    them; one already deleted with its parent, or on close, is skipped."""
    import shiboken6

    try:
        for widget in widgets:
            if shiboken6.isValid(widget):
                widget.close()
        QApplication.processEvents()
    finally:
        widgets.clear()


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` key by key, like a user; QTest's keyClicks handles ASCII only, so
    letters such as đ, ş or ü are sent as key events carrying their text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        QApplication.processEvents()


@pytest.fixture
def make_desktop(
    qapp: QApplication,
    gateway: DesktopVault,
    settings: AppSettings,
    tmp_path: Path,
    qtbot: Any,
    memory_keyring: Any,
) -> Iterator[Callable[..., DesktopApp]]:
    """Build the whole application as ``fallmanager`` starts it.

    ``existing=True`` creates a locked vault with :data:`PASSPHRASE` first (a later start).
    """
    apps: list[DesktopApp] = []

    def build(*, existing: bool = False, demo_hint: str = "") -> DesktopApp:
        if existing:
            gateway.create(PASSPHRASE, passphrase_only=True)
            gateway.close()
        app = DesktopApp(
            qapp, gateway, settings, demo_hint=demo_hint,
            log_file=tmp_path / "logs" / "fallmanager.log",
        )  # fmt: skip
        qtbot.addWidget(app.window)
        app.window.show()
        apps.append(app)
        return app

    yield build
    for app in apps:
        wait_idle(qtbot, app.session)
        app.languages.apply("de")
        app.shutdown()
        assert app.errors.bug_count == 0, "a bug dialog was shown"


@pytest.fixture
def desktop(make_desktop: Callable[..., DesktopApp]) -> DesktopApp:
    """The application on first start (no vault yet)."""
    return make_desktop()
