"""The two kinds of failure the user can meet: expected ones and bugs.

Expected failures (wrong passphrase, invalid input, disk full …) get one translated sentence.
Anything else is a bug: one dialog with an error id; the report written to the log file keeps
exception types and code locations only (:mod:`fallmanager.crash`), and the app keeps running.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fallmanager.crash import report_unexpected, scrubbed_report
from fallmanager.ui.texts import error_text


class ErrorDialogs:
    """Implements :class:`~fallmanager.ui.session.ErrorPresenter` with message boxes."""

    def __init__(self, log_file: Path | None = None) -> None:
        self._log_file = log_file
        self.last_error_id: str | None = None
        self.bug_count = 0

    def show_expected(self, exc: BaseException, parent: QWidget | None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ErrorDialogs", "Fallmanager"),
            error_text(exc),
            parent=parent,
        )
        box.setObjectName("expectedErrorBox")
        box.open()

    def report_bug(self, exc: BaseException, parent: QWidget | None) -> None:
        error_id = report_unexpected(exc, self._log_file)
        self.last_error_id = error_id
        self.bug_count += 1
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("ErrorDialogs", "Unerwarteter Fehler"),
            QCoreApplication.translate(
                "ErrorDialogs",
                "Ein unerwarteter Fehler ist aufgetreten (Fehlernummer {id}). "
                "Ihre gespeicherten Daten sind nicht betroffen; Sie können weiterarbeiten. "
                "Bitte nennen Sie dem Support die Fehlernummer.",
            ).format(id=error_id),
            parent=parent,
        )
        box.setObjectName("crashDialog")
        box.setDetailedText(scrubbed_report(exc))
        box.open()

    def install_excepthook(self, parent: Callable[[], QWidget | None]) -> None:
        """Route exceptions escaping Qt slots to the crash dialog instead of ending the app."""

        def hook(
            exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
        ) -> None:
            if issubclass(exc_type, KeyboardInterrupt):
                sys.__excepthook__(exc_type, exc, tb)
                return
            self.report_bug(exc.with_traceback(tb), parent())

        sys.excepthook = hook
