"""Choosing where a PDF goes: one save dialog for every printout of the application."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def pdf_save_dialog(
    parent: QWidget,
    title: str,
    *,
    object_name: str,
    suggested_name: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """Open (window-modal, not blocking) a save dialog for a PDF in the home folder.

    ``on_chosen`` receives the chosen path, with ".pdf" added if the user left it out.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.setNameFilter(QCoreApplication.translate("PdfFiles", "PDF-Dateien (*.pdf)"))
    dialog.setDirectory(str(Path.home()))
    dialog.selectFile(suggested_name)
    dialog.fileSelected.connect(lambda name: on_chosen(with_pdf_suffix(Path(name))))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def with_pdf_suffix(target: Path) -> Path:
    """``target``, ending in ".pdf"."""
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
