"""Drucken / PDF: the family's copy or the office's full version of one help plan version.

The user chooses the version for the family (plain language, larger type, no internal
notes) or for the office, the document's language — German alone, or German with the
family's language side by side or alternating, independent of the UI language — and saves
a PDF or prints. The PDF is rendered and written on the database worker (never on the UI
thread) and replaces the target file only when it is complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.help_plan import PRINT_LANGUAGES
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.files import write_atomic
from fallmanager.reports.documents import Letterhead
from fallmanager.reports.help_plan import (
    FamilyHelpPlanPdf,
    Layout,
    OfficeHelpPlanPdf,
    PrintOptions,
)
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.plan_format import language_name
from fallmanager.ui.ops import OpContext, run_op

FAMILY, OFFICE = "family", "office"


def render_help_plan(snapshot: HelpPlanSnapshot, options: PrintOptions, variant: str) -> bytes:
    document = (
        FamilyHelpPlanPdf(snapshot, options)
        if variant == FAMILY
        else OfficeHelpPlanPdf(snapshot, options)
    )
    return document.render()


class PrintDialog(QDialog):
    """Choose variant and language, then save a PDF (or print where Qt PDF is available)."""

    #: The PDF was written (its path).
    written = Signal(object)

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: HelpPlanSnapshot,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpPlanPrintDialog")
        self.context = context
        self.snapshot = snapshot
        self.file_dialog: QFileDialog | None = None
        self._busy = False

        self.family = QRadioButton()
        self.family.setObjectName("printFamilyVersion")
        self.family.setChecked(True)
        self.office = QRadioButton()
        self.office.setObjectName("printOfficeVersion")
        self.variant = QButtonGroup(self)
        self.variant.addButton(self.family)
        self.variant.addButton(self.office)
        self.variant_hint = QLabel()
        self.variant_hint.setWordWrap(True)
        self.variant_hint.setEnabled(False)
        self.language = QComboBox()
        self.language.setObjectName("printLanguage")
        self.language.addItem("", "")
        for code in PRINT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(snapshot.version.family_language))
        )
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("printLayout")
        self.layout_choice.addItem("", "side_by_side")
        self.layout_choice.addItem("", "alternating")
        self.letterhead_note = QLabel()
        self.letterhead_note.setObjectName("printLetterhead")
        self.letterhead_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.labels = [QLabel() for _ in range(3)]
        variants = QVBoxLayout()
        variants.addWidget(self.family)
        variants.addWidget(self.office)
        variants.addWidget(self.variant_hint)
        form = QFormLayout()
        form.addRow(self.labels[0], variants)
        form.addRow(self.labels[1], self.language)
        form.addRow(self.labels[2], self.layout_choice)
        self.labels[0].setBuddy(self.family)
        self.labels[1].setBuddy(self.language)
        self.labels[2].setBuddy(self.layout_choice)

        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePdfButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_plan)
        self.variant.buttonToggled.connect(lambda _b, _c: self._update_enabled())
        self.language.currentIndexChanged.connect(lambda _i: self._update_enabled())

        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.letterhead_note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Hilfeplan drucken – Version {number}").format(
                number=self.snapshot.version.number
            )
        )
        self.labels[0].setText(self.tr("Fassung:"))
        self.labels[1].setText(self.tr("&Sprache:"))
        self.labels[2].setText(self.tr("&Anordnung:"))
        self.family.setText(self.tr("für die &Familie"))
        self.office.setText(self.tr("für das &Büro"))
        self.variant_hint.setText(
            self.tr(
                "Die Fassung für die Familie ist kurz, in großer Schrift und ohne interne "
                "Notizen und Einschätzungen. Die Fassung für das Büro enthält den ganzen Plan."
            )
        )
        self.language.setItemText(0, language_name(""))
        self.language.setAccessibleName(self.tr("Sprache des Ausdrucks"))
        self.layout_choice.setItemText(0, self.tr("nebeneinander (zwei Spalten)"))
        self.layout_choice.setItemText(1, self.tr("abwechselnd (Absatz für Absatz)"))
        self.layout_choice.setAccessibleName(self.tr("Anordnung der Sprachen"))
        self.save_button.setText(self.tr("Als &PDF speichern …"))
        self.print_button.setText(self.tr("&Drucken …"))
        settings = self.context.settings
        if settings.office_name.strip():
            self.letterhead_note.setText(
                self.tr("Briefkopf: {name} (ändern unter Einstellungen)").format(
                    name=settings.office_name.strip()
                )
            )
        else:
            self.letterhead_note.setText(
                self.tr("Noch kein Briefkopf: Name und Kontakt des Büros unter Einstellungen.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_enabled(self) -> None:
        bilingual = bool(self.language.currentData())
        self.layout_choice.setEnabled(not self._busy and self.family.isChecked() and bilingual)
        self.save_button.setEnabled(not self._busy)
        self.print_button.setEnabled(not self._busy)
        self.family.setEnabled(not self._busy)
        self.office.setEnabled(not self._busy)
        self.language.setEnabled(not self._busy)

    # -- what to print -----------------------------------------------------------------------

    def chosen_variant(self) -> str:
        return FAMILY if self.family.isChecked() else OFFICE

    def options(self) -> PrintOptions:
        settings = self.context.settings
        contact = tuple(
            line.strip() for line in settings.office_contact.splitlines() if line.strip()
        )
        layout: Layout = (
            "alternating" if self.layout_choice.currentData() == "alternating" else "side_by_side"
        )
        return PrintOptions(
            language=str(self.language.currentData() or ""),
            layout=layout,
            letterhead=Letterhead(name=settings.office_name.strip(), contact=contact),
            case_manager_name=settings.case_manager_name.strip(),
            printed_on=self.context.today(),
        )

    def suggested_name(self) -> str:
        variant = "familie" if self.chosen_variant() == FAMILY else "buero"
        language = str(self.language.currentData() or "")
        suffix = f"-{language}" if language and self.chosen_variant() == FAMILY else ""
        case = self.snapshot.family.case_number or "hilfeplan"
        return f"hilfeplan-{case}-v{self.snapshot.version.number}-{variant}{suffix}.pdf"

    # -- saving ------------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Hilfeplan als PDF speichern"))
        dialog.setObjectName("helpPlanPdfFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF-Dateien (*.pdf)"))
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(self.suggested_name())
        dialog.fileSelected.connect(lambda name: self.save_pdf(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def save_pdf(self, target: Path) -> None:
        """Render the chosen variant and write it to ``target`` (on the worker)."""
        if self._busy:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        snapshot, options, variant = self.snapshot, self.options(), self.chosen_variant()

        def work(_ctx: OpContext) -> Path:
            write_atomic(target, render_help_plan(snapshot, options, variant))
            return target

        self._set_busy(True)
        self.status.hide()
        run_op(self, self.context.session, work, label=self.tr("Hilfeplan wird erstellt …")) \
            .success(self._written).failure(self._failed)  # fmt: skip

    def _written(self, path: Path) -> None:
        self._set_busy(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gespeichert: {path}").format(path=str(path)))
        self.status.show()
        self.written.emit(path)

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, PermissionError):
            text = self.tr("Keine Berechtigung, in diesen Ordner zu schreiben.")
        elif isinstance(exc, OSError):
            text = self.tr("Die Datei konnte nicht geschrieben werden.")
        else:
            return False
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)
        self.status.show()
        return None

    # -- printing ----------------------------------------------------------------------------

    def print_plan(self) -> None:
        """Render the PDF on the worker, then hand its pages to the native print dialog."""
        if self._busy:
            return
        snapshot, options, variant = self.snapshot, self.options(), self.chosen_variant()
        self._set_busy(True)
        run_op(
            self,
            self.context.session,
            lambda _ctx: render_help_plan(snapshot, options, variant),
            label=self.tr("Hilfeplan wird erstellt …"),
        ).success(self._print_rendered).failure(self._failed)

    def _print_rendered(self, data: bytes) -> None:
        self._set_busy(False)
        # Kept while this dialog lives: the preview uses the printer until it closes.
        from fallmanager.ui.help_plan.pdf_printing import print_pdf  # noqa: PLC0415 - PDFium

        self.preview, self._printer = print_pdf(data, self)
