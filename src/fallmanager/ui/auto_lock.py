"""Auto-lock: after idle time, when the application is suspended, when the screen locks or
the system goes to sleep (where Qt can see it)."""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

#: Events that count as the user being present.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class AutoLock(QObject):
    """Emits ``lock_requested`` after ``minutes`` without input or on a system lock/sleep."""

    lock_requested = Signal()

    def __init__(self, app: QGuiApplication, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_requested)
        self.set_timeout_ms(minutes * 60_000)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self._system_watch = _SystemSessionWatch(self)
        self._system_watch.session_locked.connect(self.lock_requested)

    def set_timeout_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(max(1, milliseconds))
        self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)


class _SystemSessionWatch(QObject):
    """Listens on D-Bus for logind's sleep/lock and the desktop screensaver (Linux only)."""

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - optional module
        except ImportError:  # pragma: no cover - platform without Qt D-Bus
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system.isConnected():
            system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("_sleep(bool)").encode(),
            )
            system.connect(
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                SLOT("_locked()").encode(),
            )
        if session.isConnected():
            session.connect(
                "",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                self,
                SLOT("_screensaver(bool)").encode(),
            )

    @Slot(bool)
    def _sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.session_locked.emit()

    @Slot()
    def _locked(self) -> None:
        self.session_locked.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.session_locked.emit()
