"""Shows the recovery key exactly once, with "Drucken" and "Als PDF speichern"."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.reports.recovery_sheet import RecoverySheetTexts, render_recovery_sheet


class RecoveryKeyDialog(QDialog):
    """The key is not stored anywhere; closing needs the confirmation that it was kept safe."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setModal(True)
        self._key = recovery_key
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key_label = QLabel(self._grouped())
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("savePdfButton")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("keptSafe")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.retranslate_ui()

    def _grouped(self) -> str:
        groups = self._key.split("-")
        return "\n".join("  ".join(groups[i : i + 3]) for i in range(0, len(groups), 3))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Wiederherstellungsschlüssel"))
        self.intro.setText(
            self.tr(
                "Mit diesem Schlüssel öffnen Sie den Tresor, wenn Sie die Passphrase vergessen "
                "oder der Rechner ersetzt wird. Er wird nur jetzt angezeigt. Drucken Sie ihn aus "
                "und bewahren Sie ihn verschlossen im Büro auf – nicht bei diesem Laptop."
            )
        )
        self.print_button.setText(self.tr("&Drucken …"))
        self.pdf_button.setText(self.tr("Als &PDF speichern …"))
        self.confirm.setText(self.tr("Ich habe den Schlüssel sicher aufbewahrt."))
        self.ok_button.setText(self.tr("&Weiter"))

    def sheet_texts(self) -> RecoverySheetTexts:
        return RecoverySheetTexts(
            title=self.tr("Fallmanager – Wiederherstellungsschlüssel"),
            created=self.tr("Erstellt am"),
            instructions=(
                self.tr("Verschlossen im Büro aufbewahren, nicht beim Laptop."),
                self.tr("Öffnet den Tresor ohne Passphrase. Nicht weitergeben."),
            ),
        )

    def pdf_bytes(self) -> bytes:
        return render_recovery_sheet(self._key, date.today(), self.sheet_texts())

    def save_pdf_to(self, path: Path) -> None:
        path.write_bytes(self.pdf_bytes())

    def _save_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Wiederherstellungsschlüssel speichern"),
            str(Path.home() / "fallmanager-wiederherstellung.pdf"),
            self.tr("PDF-Dokumente (*.pdf)"),
        )
        if not name:
            return
        try:
            self.save_pdf_to(Path(name))
        except OSError:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Die Datei konnte nicht gespeichert werden.")
            )

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        texts = self.sheet_texts()
        document = QTextDocument()
        lines = "".join(f"<p>{html.escape(line)}</p>" for line in texts.instructions)
        key = html.escape(self._grouped()).replace("\n", "<br>")
        document.setHtml(
            f"<h1>{html.escape(texts.title)}</h1>"
            f"<p style='font-family: monospace; font-size: 20pt'><b>{key}</b></p>{lines}"
        )
        document.print_(printer)
