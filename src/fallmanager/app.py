"""The desktop application's composition root: the only module that knows both the UI and
the vault/storage adapters."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from fallmanager.crash import log_path
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.auto_lock import AutoLock
from fallmanager.ui.error_dialogs import ErrorDialogs
from fallmanager.ui.i18n import LanguageSwitcher
from fallmanager.ui.main_window import MainWindow
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.vault.backup import create_backup
from fallmanager.vault.crypto import KdfParams
from fallmanager.vault.errors import VaultLockedError
from fallmanager.vault.vault import Vault, erase_vault, is_vault

log = logging.getLogger(__name__)


class DesktopVault:
    """The :class:`~fallmanager.ui.session.VaultGateway` over a real vault folder.

    All methods run on the database worker thread.
    """

    def __init__(self, path: Path, *, kdf: KdfParams | None = None) -> None:
        self._path = path
        self._kdf = kdf
        self._vault: Vault | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def exists(self) -> bool:
        return is_vault(self._path)

    def create(self, passphrase: str, *, passphrase_only: bool) -> str:
        created = Vault.create(
            self._path, passphrase, passphrase_only=passphrase_only, kdf=self._kdf
        )
        self._vault = created.vault
        return created.recovery_key

    def open(self, passphrase: str) -> None:
        if self._vault is None:
            self._vault = Vault.open(self._path, passphrase)

    def close(self) -> None:
        if self._vault is not None:
            vault, self._vault = self._vault, None
            vault.close()

    def unit_of_work(self) -> UnitOfWork:
        if self._vault is None:
            raise VaultLockedError()
        return self._vault.unit_of_work()

    def backup(self, target: Path, progress: Callable[[int, int], None]) -> None:
        if self._vault is None:
            raise VaultLockedError()
        progress(0, 1)
        create_backup(self._vault, target)
        progress(1, 1)

    def erase(self) -> None:
        """Close the vault and delete it, key material first (a revoked laptop)."""
        self.close()
        erase_vault(self._path)


class DesktopApp:
    """Wires settings, language, vault session, main window and auto-lock together."""

    def __init__(
        self,
        app: QApplication,
        gateway: DesktopVault,
        settings: AppSettings,
        *,
        demo_hint: str = "",
        log_file: Path | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.app = app
        self.settings = settings
        self.errors = ErrorDialogs(log_file)
        self.languages = LanguageSwitcher(app)
        self.languages.apply(settings.language)
        self.session = VaultSession(gateway, error_presenter=self.errors)
        self.window = MainWindow(self.session, settings, demo_hint=demo_hint, today=today)
        self.errors.install_excepthook(lambda: self.window)
        self.auto_lock = AutoLock(app, settings.auto_lock_minutes)
        self.auto_lock.lock_requested.connect(self.session.lock)
        self.window.language_requested.connect(self.languages.apply)
        self.window.auto_lock_changed.connect(self.auto_lock.set_minutes)
        self._shut_down = False
        app.aboutToQuit.connect(self.shutdown)

    def shutdown(self) -> None:
        """Stop auto-lock, close the vault, stop the worker; safe to call more than once."""
        if self._shut_down:
            return
        self._shut_down = True
        self.auto_lock.stop()
        self.session.shutdown()
        self.languages.uninstall()


def run(
    argv: Sequence[str], vault_path: Path, *, explicit_path: bool = False, demo_hint: str = ""
) -> int:
    """Start the desktop application; returns the exit status.

    The vault is ``vault_path`` if it was given explicitly (``--vault``, ``--demo``), else
    the folder chosen in the settings, else ``vault_path`` (the default location).
    """
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else "fallmanager", *argv])
    app.setApplicationName("Fallmanager")
    app.setOrganizationName("Fallmanager")
    app.setApplicationDisplayName("Fallmanager")
    icon = resources.files("fallmanager.resources") / "icons" / "fallmanager.svg"
    app.setWindowIcon(QIcon(str(icon)))
    settings = AppSettings.for_user()
    path = vault_path if explicit_path or not settings.vault_path else settings.vault_path
    desktop = DesktopApp(app, DesktopVault(path), settings, demo_hint=demo_hint,
                         log_file=log_path())  # fmt: skip
    desktop.window.show()
    return app.exec()
