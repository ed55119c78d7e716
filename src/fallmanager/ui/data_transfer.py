"""Import, export and backup from the menu: in the background, with progress and cancel.

Files are written next to their target and renamed into place only when complete, so a
cancelled or failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fallmanager.errors import FallmanagerError
from fallmanager.exchange.document import MAX_BYTES
from fallmanager.services.exchange import ImportReport, export_vault, import_document
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.session import VaultSession


class DataTransfer(QObject):
    """The file menu's data actions; every file access runs on the database worker."""

    def __init__(self, session: VaultSession, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window

    # -- import ------------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Familienakten importieren"),
                str(Path.home()),
                self.tr("Fallmanager-Austauschdateien (*.json);;Alle Dateien (*)"),
            )
            if not name:
                return
            path = Path(name)

        def work(ctx: OpContext) -> ImportReport:
            if path.stat().st_size > MAX_BYTES:  # refused before reading it
                raise _FileTooLargeError
            with _cyclic_gc_paused():
                data = path.read_bytes()
                return import_document(ctx.uow(), data=data, progress=ctx.progress)

        run_op(
            self._window,
            self._session,
            work,
            label=self.tr("Familienakten werden importiert …"),
            cancellable=True,
            changes=Changes.all(),
        ).success(self._imported).failure(self._file_failed)

    def _imported(self, report: ImportReport) -> None:
        locale = QLocale()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import abgeschlossen"),
            self.tr(
                "Neu: {created} · geändert: {updated} · unverändert: {unchanged} · "
                "wiederhergestellt: {restored}"
            ).format(
                created=locale.toString(report.created),
                updated=locale.toString(report.updated),
                unchanged=locale.toString(report.unchanged),
                restored=locale.toString(report.restored),
            ),
            parent=self._window,
        )
        box.setObjectName("importReport")
        box.open()

    # -- export ------------------------------------------------------------------------------

    def export_vault(self, path: Path | None = None) -> None:
        if path is None:
            answer = QMessageBox.question(
                self._window,
                self.tr("Alle Familienakten exportieren"),
                self.tr(
                    "Die Exportdatei ist nicht verschlüsselt. Sie enthält alle Familienakten. "
                    "Nur auf einem verschlüsselten Datenträger speichern. Fortfahren?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            name, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Familienakten exportieren"),
                str(Path.home() / "fallmanager-export.json"),
                self.tr("Fallmanager-Austauschdateien (*.json)"),
            )
            if not name:
                return
            path = Path(name)

        def work(ctx: OpContext) -> int:
            partial = path.with_name(f".{path.name}.partial")
            try:
                with partial.open("wb") as out:
                    count = export_vault(ctx.uow(), out=out)
                    out.flush()
                    os.fsync(out.fileno())
                    ctx.progress(1, 1)
                partial.replace(path)
            except BaseException:
                with contextlib.suppress(OSError):
                    partial.unlink()
                raise
            return count

        run_op(
            self._window,
            self._session,
            work,
            label=self.tr("Familienakten werden exportiert …"),
            cancellable=True,
        ).success(
            lambda count: self._done(self.tr("%n Einträge exportiert.", "", count), "exportReport")
        ).failure(self._file_failed)

    # -- backup ------------------------------------------------------------------------------

    def backup(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Sicherung anlegen"),
                str(Path.home() / "fallmanager-sicherung.fmbackup"),
                self.tr("Fallmanager-Sicherungen (*.fmbackup)"),
            )
            if not name:
                return
            path = Path(name)

        run_op(
            self._window,
            self._session,
            lambda ctx: ctx.gateway.backup(path, ctx.progress),
            label=self.tr("Sicherung wird angelegt …"),
        ).success(
            lambda _r: self._done(
                self.tr("Die Sicherung ist angelegt und geprüft. Sie ist verschlüsselt."),
                "backupReport",
            )
        ).failure(self._file_failed)

    # -- shared ------------------------------------------------------------------------------

    def _done(self, text: str, name: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Fallmanager"), text,
                          parent=self._window)  # fmt: skip
        box.setObjectName(name)
        box.open()

    def _file_failed(self, exc: BaseException) -> bool | None:
        if isinstance(exc, _FileTooLargeError):
            text = self.tr("Die Datei ist zu groß für einen Import (höchstens 2 GB).")
        elif isinstance(exc, FileNotFoundError):
            text = self.tr("Die Datei wurde nicht gefunden.")
        elif isinstance(exc, PermissionError):
            text = self.tr("Keine Berechtigung für diese Datei oder diesen Ordner.")
        elif isinstance(exc, OSError):
            text = self.tr("Die Datei konnte nicht gelesen oder geschrieben werden.")
        else:
            return False  # expected domain/vault failures: the standard message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Fallmanager"), text,
                          parent=self._window)  # fmt: skip
        box.setObjectName("fileError")
        box.open()
        return None


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large file is imported.

    Parsing builds millions of small objects without cycles; a full collection over them
    holds the interpreter lock for about a second, during which the window would freeze.
    Reference counting still frees everything; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _FileTooLargeError(FallmanagerError):
    code = "file_too_large"
