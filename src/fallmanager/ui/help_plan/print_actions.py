"""Drucken / PDF: the family's copy or the office's full version of one help plan version.

The user chooses the version for the family (plain language, larger type, no internal
notes) or for the office, the document's language — German alone, or German with the
family's language side by side or alternating, independent of the UI language — and saves
a PDF or prints. The PDF is rendered and written on the database worker (never on the UI
thread) and replaces the target file only when it is complete.

The user also says whom the copy is for — the family, the office's file, or an organisation
of the family's network (then for which purpose): an organisation receives it only under a
valid consent, checked live (see ``ui/disclosure/recipient.py``). Every saved or printed
copy is logged in the disclosure log.
"""

from __future__ import annotations

from datetime import datetime
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

from fallmanager.domain.consent import ConsentPurpose, DataCategory
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.files import write_atomic
from fallmanager.reports.help_plan import (
    FamilyHelpPlanPdf,
    OfficeHelpPlanPdf,
    PrintOptions,
)
from fallmanager.ui.disclosure.recipient import RecipientChoice, ensure_permitted, log_disclosure
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.plan_format import language_combo, language_name
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.printouts import chosen_layout, print_options, write_failure_text
from fallmanager.ui.texts import error_text
from fallmanager.ui.widgets.pdf_files import pdf_save_dialog

FAMILY, OFFICE = "family", "office"


def render_help_plan(snapshot: HelpPlanSnapshot, options: PrintOptions, variant: str) -> bytes:
    document = (
        FamilyHelpPlanPdf(snapshot, options)
        if variant == FAMILY
        else OfficeHelpPlanPdf(snapshot, options)
    )
    return document.render()


def document_kind(variant: str) -> DocumentKind:
    return DocumentKind.HELP_PLAN_FAMILY if variant == FAMILY else DocumentKind.HELP_PLAN_OFFICE


def disclosed_categories(variant: str) -> tuple[DataCategory, ...]:
    """What a help plan discloses: the plan, and in the office's version residence too."""
    if variant == FAMILY:
        return (DataCategory.HELP_PLAN,)
    return (DataCategory.HELP_PLAN, DataCategory.RESIDENCE)


class PrintDialog(QDialog):
    """Choose variant and language, then save a PDF (or print where Qt PDF is available)."""

    #: The PDF was written (its path).
    written = Signal(object)
    #: A copy was logged in the disclosure log (its Disclosure), after saving or printing.
    logged = Signal(object)

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
        self.language = language_combo("printLanguage")
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

        self.recipient_choice = RecipientChoice(
            context.session,
            context.family_id,
            context.today(),
            categories=disclosed_categories(FAMILY),
            default_kind=RecipientKind.FAMILY,
            purpose=ConsentPurpose.REFERRAL,
            parent=self,
        )
        self.recipient_choice.changed.connect(self._update_enabled)

        self.labels = [QLabel() for _ in range(5)]
        variants = QVBoxLayout()
        variants.addWidget(self.family)
        variants.addWidget(self.office)
        variants.addWidget(self.variant_hint)
        form = QFormLayout()
        form.addRow(self.labels[0], variants)
        form.addRow(self.labels[1], self.language)
        form.addRow(self.labels[2], self.layout_choice)
        form.addRow(self.labels[3], self.recipient_choice.recipient)
        form.addRow(self.labels[4], self.recipient_choice.purpose)
        self.labels[0].setBuddy(self.family)
        self.labels[1].setBuddy(self.language)
        self.labels[2].setBuddy(self.layout_choice)
        self.labels[3].setBuddy(self.recipient_choice.recipient)
        self.labels[4].setBuddy(self.recipient_choice.purpose)

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
        self.variant.buttonToggled.connect(lambda _b, _c: self._variant_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._update_enabled())

        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recipient_choice.problems)
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
        self.labels[3].setText(self.tr("&Empfänger:"))
        self.labels[4].setText(self.tr("&Zweck:"))
        self.recipient_choice.retranslate()
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

    def _variant_changed(self) -> None:
        variant = self.chosen_variant()
        self.recipient_choice.set_categories(disclosed_categories(variant))
        self.recipient_choice.set_default(
            RecipientKind.FAMILY if variant == FAMILY else RecipientKind.FILE
        )
        self._update_enabled()

    def _update_enabled(self) -> None:
        bilingual = bool(self.language.currentData())
        self.layout_choice.setEnabled(not self._busy and self.family.isChecked() and bilingual)
        # No override: a copy for an organisation needs its consent.
        permitted = self.recipient_choice.allowed()
        self.save_button.setEnabled(not self._busy and permitted)
        self.print_button.setEnabled(not self._busy and permitted)
        self.family.setEnabled(not self._busy)
        self.office.setEnabled(not self._busy)
        self.language.setEnabled(not self._busy)

    # -- what to print -----------------------------------------------------------------------

    def chosen_variant(self) -> str:
        return FAMILY if self.family.isChecked() else OFFICE

    def options(self) -> PrintOptions:
        return print_options(
            self.context, str(self.language.currentData() or ""), chosen_layout(self.layout_choice)
        )

    def suggested_name(self) -> str:
        variant = "familie" if self.chosen_variant() == FAMILY else "buero"
        language = str(self.language.currentData() or "")
        suffix = f"-{language}" if language and self.chosen_variant() == FAMILY else ""
        case = self.snapshot.family.case_number or "hilfeplan"
        return f"hilfeplan-{case}-v{self.snapshot.version.number}-{variant}{suffix}.pdf"

    def _log_entry(self, channel: DisclosureChannel) -> tuple[Disclosure, ConsentPurpose]:
        """The disclosure log's entry for this copy, and the purpose it is checked for."""
        variant = self.chosen_variant()
        number = self.snapshot.version.number
        title = (
            f"Hilfeplan Version {number} (Fassung für die Familie)"
            if variant == FAMILY
            else f"Hilfeplan Version {number} (Fassung für die Akte)"
        )
        now = datetime.combine(self.context.today(), datetime.now().time())
        language = str(self.language.currentData() or "") if variant == FAMILY else ""
        entry = self.recipient_choice.disclosure(
            document_kind(variant), title, now, channel=channel, language=language
        )
        return entry, self.recipient_choice.chosen_purpose()

    # -- saving ------------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = pdf_save_dialog(
            self,
            self.tr("Hilfeplan als PDF speichern"),
            object_name="helpPlanPdfFileDialog",
            suggested_name=self.suggested_name(),
            on_chosen=self.save_pdf,
        )
        self.file_dialog = dialog
        return dialog

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def save_pdf(self, target: Path) -> None:
        """Render the chosen variant and write it to ``target`` (on the worker)."""
        if self._busy:
            return
        snapshot, options, variant = self.snapshot, self.options(), self.chosen_variant()
        entry, purpose = self._log_entry(DisclosureChannel.FILE)
        today = self.context.today()

        def work(ctx: OpContext) -> tuple[Path, Disclosure]:
            ensure_permitted(ctx.uow(), disclosure=entry, purpose=purpose, on=today)
            write_atomic(target, render_help_plan(snapshot, options, variant))
            return target, log_disclosure(ctx.uow(), disclosure=entry, purpose=purpose, on=today)

        self._set_busy(True)
        self.status.hide()
        run_op(
            self,
            self.context.session,
            work,
            label=self.tr("Hilfeplan wird erstellt …"),
            changes=Changes.of("disclosure", family_id=self.context.family_id),
        ).success(lambda result: self._written(*result)).failure(self._failed)

    def _written(self, path: Path, disclosure: Disclosure) -> None:
        self._set_busy(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gespeichert: {path}").format(path=str(path)))
        self.status.show()
        self.written.emit(path)
        self.logged.emit(disclosure)

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, DomainError) and exc.code is ErrorCode.DISCLOSURE_NOT_PERMITTED:
            text = error_text(exc)
        elif (written := write_failure_text(exc)) is not None:
            text = written
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
        entry, purpose = self._log_entry(DisclosureChannel.PRINT)
        today = self.context.today()

        def work(ctx: OpContext) -> bytes:
            ensure_permitted(ctx.uow(), disclosure=entry, purpose=purpose, on=today)
            return render_help_plan(snapshot, options, variant)

        self._set_busy(True)
        run_op(self, self.context.session, work, label=self.tr("Hilfeplan wird erstellt …")) \
            .success(lambda data: self._print_rendered(data, entry, purpose)) \
            .failure(self._failed)  # fmt: skip

    def _print_rendered(self, data: bytes, entry: Disclosure, purpose: ConsentPurpose) -> None:
        self._set_busy(False)
        # Kept while this dialog lives: the preview uses the printer until it closes.
        from fallmanager.ui.help_plan.pdf_printing import print_pdf  # noqa: PLC0415 - PDFium

        self.preview, self._printer = print_pdf(data, self)
        # The preview accepts once its pages went to the printer: then the copy has left.
        self.preview.accepted.connect(lambda: self._log_printed(entry, purpose))

    def _log_printed(self, entry: Disclosure, purpose: ConsentPurpose) -> None:
        today = self.context.today()
        run_op(
            self,
            self.context.session,
            lambda ctx: log_disclosure(ctx.uow(), disclosure=entry, purpose=purpose, on=today),
            changes=Changes.of("disclosure", family_id=self.context.family_id),
        ).success(self.logged.emit)
