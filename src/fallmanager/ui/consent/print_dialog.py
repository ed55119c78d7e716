"""Formular drucken: the consent form (Einwilligungserklärung) as a PDF or on paper.

The form is rendered from a fresh read of the family file on the database worker, in German
alone or German with the family's language; saving writes it atomically, printing shows the
same PDF in the print preview. Each copy that leaves the application — saved, or printed
from the preview — is logged in the disclosure log as a document for the family.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.consent import Consent
from fallmanager.domain.disclosure import Disclosure
from fallmanager.domain.help_plan import PRINT_LANGUAGES
from fallmanager.ui.consent import DISCLOSURE_KIND
from fallmanager.ui.consent.printing import moment, print_options
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.plan_format import language_name
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.pdf_files import pdf_save_dialog

if TYPE_CHECKING:
    from fallmanager.services.conference_documents import PreparedDocument

_ALERT = "#b00020"


class ConsentFormDialog(QDialog):
    """Choose the form's second language, then save a PDF or print; each copy is logged."""

    #: A copy left the application and was logged (its Disclosure).
    logged = Signal(object)

    def __init__(
        self,
        context: FamilyFileContext,
        consent: Consent,
        *,
        validity_months: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentFormDialog")
        self.context = context
        self.consent = consent
        self.validity_months = validity_months
        self.file_dialog: QFileDialog | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self._busy = False

        self.language = QComboBox()
        self.language.setObjectName("consentFormLanguage")
        self.language.addItem("", "")
        for code in PRINT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(consent.language)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("consentFormStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton()
        self.save_button.setObjectName("consentFormSave")
        self.print_button = QPushButton()
        self.print_button.setObjectName("consentFormPrint")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_form)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Einwilligungsformular drucken"))
        self.language_label.setText(self.tr("&Sprache:"))
        self.language.setItemText(0, language_name(""))
        self.language.setAccessibleName(self.tr("Sprache des Formulars"))
        self.note.setText(
            self.tr(
                "Das Formular der Einwilligung vom {date} zum Unterschreiben. Jede gedruckte "
                "oder gespeicherte Fassung wird im Offenlegungsprotokoll vermerkt."
            ).format(date=format_date(self.consent.prepared_on))
        )
        self.save_button.setText(self.tr("Als &PDF speichern …"))
        self.print_button.setText(self.tr("&Drucken …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.save_button, self.print_button, self.language):
            widget.setEnabled(not busy)

    def _preparation(self) -> Callable[[OpContext], PreparedDocument]:
        """The rendering as chosen now, to run on the worker (it reads no widget)."""
        family_id, consent_id = self.context.family_id, self.consent.id
        options = print_options(self.context, str(self.language.currentData() or ""))
        months, now = self.validity_months, moment(self.context)

        def prepare(ctx: OpContext) -> PreparedDocument:
            # The printouts (ReportLab) load when first asked for: a quicker start.
            from fallmanager.services.conference_documents import (  # noqa: PLC0415
                prepare_consent_form,
            )

            return prepare_consent_form(
                ctx.uow(),
                family_id=family_id,
                consent_id=consent_id,
                options=options,
                validity_months=months,
                now=now,
            )

        return prepare

    def _changes(self) -> Changes:
        return Changes.of(DISCLOSURE_KIND, family_id=self.context.family_id)

    # -- saving ----------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return f"Einwilligung_{self.context.today():%Y-%m-%d}.pdf"

    def choose_file(self) -> QFileDialog:
        dialog = pdf_save_dialog(
            self,
            self.tr("Einwilligungsformular als PDF speichern"),
            object_name="consentFormFileDialog",
            suggested_name=self.suggested_name(),
            on_chosen=self.save_pdf,
        )
        self.file_dialog = dialog
        return dialog

    def save_pdf(self, target: Path) -> None:
        """Render the form, write it to ``target`` and log it (on the worker)."""
        if self._busy:
            return
        prepare = self._preparation()

        def work(ctx: OpContext) -> Disclosure:
            from fallmanager.services.conference_documents import (  # noqa: PLC0415
                save_document,
            )

            return save_document(ctx.uow(), document=prepare(ctx), path=target)

        self._set_busy(True)
        self.status.hide()
        run_op(
            self,
            self.context.session,
            work,
            label=self.tr("Formular wird erstellt …"),
            changes=self._changes(),
        ).success(lambda disclosure: self._saved(disclosure, target)).failure(self._failed)

    def _saved(self, disclosure: Disclosure, path: Path) -> None:
        self._set_busy(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gespeichert und protokolliert: {path}").format(path=path))
        self.status.show()
        self.logged.emit(disclosure)

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, PermissionError):
            text = self.tr("Keine Berechtigung, in diesen Ordner zu schreiben.")
        elif isinstance(exc, OSError):
            text = self.tr("Die Datei konnte nicht geschrieben werden.")
        else:
            return False
        self.status.setStyleSheet(f"color: {_ALERT};")
        self.status.setText(text)
        self.status.show()
        return None

    # -- printing --------------------------------------------------------------------------

    def print_form(self) -> None:
        """Render on the worker, then show the print preview; printing from it is logged."""
        if self._busy:
            return
        prepare = self._preparation()
        self._set_busy(True)
        run_op(
            self, self.context.session, prepare, label=self.tr("Formular wird erstellt …")
        ).success(self._print_rendered).failure(self._failed)

    def _print_rendered(self, document: PreparedDocument) -> None:
        self._set_busy(False)
        from fallmanager.ui.help_plan.pdf_printing import print_pdf  # noqa: PLC0415 - PDFium

        self.preview, self._printer = print_pdf(document.data, self)
        # The preview accepts once its pages went to the printer.
        self.preview.accepted.connect(lambda: self._log_printed(document))

    def _log_printed(self, document: PreparedDocument) -> None:
        def work(ctx: OpContext) -> Disclosure:
            from fallmanager.services.conference_documents import log_printed  # noqa: PLC0415

            return log_printed(ctx.uow(), document=document)

        run_op(self, self.context.session, work, changes=self._changes()).success(self._printed)

    def _printed(self, disclosure: Disclosure) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gedruckt und protokolliert."))
        self.status.show()
        self.logged.emit(disclosure)
