"""Formular drucken: the consent form (Einwilligungserklärung) as a PDF or on paper.

The form is rendered from a fresh read of the family file on the database worker, in German
alone or German with the family's language; saving writes it atomically, printing shows the
same PDF in the print preview. Each copy that leaves the application — saved, or printed
from the preview — is logged in the disclosure log as a document for the family.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from fallmanager.domain.consent import Consent
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.plan_format import language_combo, language_name
from fallmanager.ui.ops import OpContext
from fallmanager.ui.printouts import (
    DisclosedDocumentDialog,
    Preparation,
    moment,
    print_options,
)
from fallmanager.ui.widgets.dates import format_date

if TYPE_CHECKING:
    from fallmanager.services.conference_documents import PreparedDocument


class ConsentFormDialog(DisclosedDocumentDialog):
    """Choose the form's second language, then save a PDF or print; each copy is logged."""

    def __init__(
        self,
        context: FamilyFileContext,
        consent: Consent,
        *,
        validity_months: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "consentForm", parent)
        self.consent = consent
        self.validity_months = validity_months
        self.language = language_combo("consentFormLanguage", consent.language)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.form.addRow(self.language_label, self.language)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
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

    def _update_enabled(self) -> None:
        self.language.setEnabled(not self._busy)

    def suggested_name(self) -> str:
        return f"Einwilligung_{self.context.today():%Y-%m-%d}.pdf"

    def file_title(self) -> str:
        return self.tr("Einwilligungsformular als PDF speichern")

    def busy_text(self) -> str:
        return self.tr("Formular wird erstellt …")

    def preparation(self) -> Preparation:
        """The rendering as chosen now, to run on the worker (it reads no widget)."""
        family_id, consent_id = self.context.family_id, self.consent.id
        options = print_options(self.context, str(self.language.currentData() or ""))
        months, now = self.validity_months, moment(self.context)

        def prepare(ctx: OpContext) -> PreparedDocument:
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
