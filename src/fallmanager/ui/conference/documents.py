"""The documents of a conference that leave the application, each logged in the disclosure log:

* "Einladungen und Tagesordnungen erstellen": per permitted participant its agenda (PDF),
  one calendar invitation (.ics) and, if asked, the family's bilingual agenda, into a folder;
  a participant with no permitted topic gets nothing, and the summary says so.
* "Protokoll drucken": the minutes for the file (all topics) or for one participant (only
  the topics the consent gate permits it).
* "Ergebnisblatt für die Familie": results and agreed steps in German and the family's
  language.

Everything is rendered and written on the database worker, never on the UI thread; the
services log each document (saved, or printed from the print preview).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.case_conference import ConferenceStatus
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.disclosure import DocumentKind
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.reports.conference import is_plausible_email
from fallmanager.services.conference_documents import (
    ExportedDocuments,
    export_conference_documents,
    file_part,
    prepare_minutes,
    prepare_results_sheet,
)
from fallmanager.ui.conference.conference_format import conference_when, shut_out
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.plan_format import language_combo, language_name
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.printouts import (
    ALERT,
    DisclosedDocumentDialog,
    Preparation,
    chosen_layout,
    layout_combo,
    moment,
    print_options,
    write_failure_text,
)
from fallmanager.ui.widgets.forms import FieldErrors

_ALERT = ALERT
#: What a logged document announces (the family file shows its disclosure log).
DISCLOSURE_KINDS = ("disclosure",)


class InvitationsDialog(QDialog):
    """Einladungen und Tagesordnungen erstellen (into a folder)."""

    #: The documents were written and logged.
    exported = Signal(object)  # ExportedDocuments

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: ConferenceSnapshot,
        *,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationsDialog")
        self.context = context
        self.snapshot = snapshot
        self.exported_documents: ExportedDocuments | None = None
        self.folder_dialog: QFileDialog | None = None
        self._busy = False
        self.errors = FieldErrors()
        settings = context.settings
        anonymised = snapshot.conference.anonymised

        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("chooseFolderButton")
        self.folder_button.clicked.connect(lambda _checked=False: self.choose_folder())
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        self.organiser_name = QLineEdit(settings.case_manager_name)
        self.organiser_name.setObjectName("organiserName")
        self.organiser_name.setMaxLength(200)
        self.organiser_email = QLineEdit(settings.organiser_email)
        self.organiser_email.setObjectName("organiserEmail")
        self.organiser_email.setMaxLength(254)
        self.include_family = QCheckBox()
        self.include_family.setObjectName("includeFamilyAgenda")
        self.include_family.setEnabled(not anonymised)
        self.language = language_combo("familyAgendaLanguage", language)
        self.layout_choice = layout_combo("familyAgendaLayout")
        self.recipients = QLabel()
        self.recipients.setObjectName("exportRecipients")
        self.recipients.setWordWrap(True)
        self.recipients.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.form = QFormLayout()
        self.labels = [
            self.errors.add_row(self.form, "", name, widget)
            for name, widget in (
                ("folder", folder_row),
                ("organiser_name", self.organiser_name),
                ("organiser_email", self.organiser_email),
                ("include_family", self.include_family),
                ("language", self.language),
                ("layout", self.layout_choice),
            )
        ]
        self.labels[0].setBuddy(self.folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.include_family.toggled.connect(lambda _on: self._update_enabled())
        self.language.currentIndexChanged.connect(lambda _i: self._update_enabled())

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.recipients)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        conference = self.snapshot.conference
        self.setWindowTitle(
            self.tr("Einladungen und Tagesordnungen – {when}").format(
                when=conference_when(conference)
            )
        )
        texts = [
            self.tr("&Ordner:"),
            self.tr("&Name der Einladenden:"),
            self.tr("&E-Mail der Einladenden:"),
            self.tr("Familie:"),
            self.tr("&Sprache:"),
            self.tr("&Anordnung:"),
        ]
        for row_label, text in zip(self.labels, texts, strict=True):
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.folder_button.setText(self.tr("Aus&wählen …"))
        self.organiser_email.setPlaceholderText(self.tr("steht als Absender in der Einladung"))
        self.include_family.setText(
            self.tr("auch die Tagesordnung für die &Familie (zweisprachig)")
        )
        self.language.setItemText(0, language_name(""))
        self.layout_choice.setItemText(0, self.tr("nebeneinander (zwei Spalten)"))
        self.layout_choice.setItemText(1, self.tr("abwechselnd (Absatz für Absatz)"))
        self.export_button.setText(self.tr("E&rstellen"))
        self.recipients.setText(self.recipients_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def recipients_text(self) -> str:
        """Who gets what, before anything is written."""
        snapshot = self.snapshot
        total = len(snapshot.topics)
        lines = [self.tr("Es erhalten:")]
        for actor in snapshot.participants:
            if shut_out(snapshot, actor.id):
                lines.append(
                    self.tr("• {actor}: nichts – kein Thema freigegeben").format(actor=actor.name)
                )
                continue
            allowed = len(snapshot.gate.allowed_topics(actor.id))
            lines.append(
                self.tr(
                    "• {actor}: Einladung und Tagesordnung ({allowed} von {total} Themen)"
                ).format(actor=actor.name, allowed=allowed, total=total)
            )
        if not snapshot.participants:
            lines.append(self.tr("• keine Stelle eingeladen"))
        if snapshot.conference.status is ConferenceStatus.CANCELLED:
            lines.append(
                self.tr("Die Konferenz ist abgesagt: Die Kalendereinladung sagt den Termin ab.")
            )
        return "\n".join(lines)

    def _update_enabled(self) -> None:
        family = self.include_family.isChecked()
        idle = not self._busy
        self.language.setEnabled(idle and family)
        self.layout_choice.setEnabled(idle and family and bool(self.language.currentData()))
        for widget in (self.folder, self.folder_button, self.organiser_name, self.organiser_email):
            widget.setEnabled(idle)
        self.include_family.setEnabled(idle and not self.snapshot.conference.anonymised)
        self.export_button.setEnabled(idle)

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Ordner für Einladungen und Tagesordnungen"))
        dialog.setObjectName("exportFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(self.folder.text().strip() or str(Path.home()))
        dialog.fileSelected.connect(self.folder.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.folder_dialog = dialog
        dialog.open()
        return dialog

    def export(self) -> None:
        """Check the fields, then write and log the documents on the worker."""
        if self._busy:
            return
        self.errors.clear()
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "folder"))
        elif not folder.is_dir():
            self.errors.show("folder", self.tr("Diesen Ordner gibt es nicht."))
        email = self.organiser_email.text().strip()
        if not is_plausible_email(email):
            self.errors.show(
                "organiser_email",
                self.tr("Bitte eine E-Mail-Adresse wie name@stadt.de angeben."),
            )
        if self.errors.has_errors() or folder is None:
            self.errors.focus_first_error()
            return
        name = self.organiser_name.text().strip()
        self.context.settings.organiser_email = email
        include_family = self.include_family.isChecked()
        language = str(self.language.currentData() or "") if include_family else ""
        options = print_options(self.context, language, chosen_layout(self.layout_choice))
        family_id, conference_id = self.context.family_id, self.snapshot.conference.id
        now = moment(self.context)

        def work(ctx: OpContext) -> ExportedDocuments:
            return export_conference_documents(
                ctx.uow(),
                family_id=family_id,
                conference_id=conference_id,
                folder=folder,
                options=options,
                organiser_name=name,
                organiser_email=email,
                now=now,
                include_family=include_family,
                progress=ctx.progress,
            )

        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Wird erstellt …"))
        self.status.show()
        run_op(
            self,
            self.context.session,
            work,
            label=self.tr("Einladungen und Tagesordnungen werden erstellt …"),
            changes=Changes.of(*DISCLOSURE_KINDS, family_id=self.context.family_id),
        ).success(self._exported).failure(self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def summary(self, result: ExportedDocuments) -> str:
        agendas = sum(1 for d in result.disclosures if d.document is DocumentKind.AGENDA)
        invited = sum(1 for d in result.disclosures if d.document is DocumentKind.INVITATION)
        lines = [
            self.tr("%n Tagesordnung(en) gespeichert", "", agendas),
            self.tr("%n Stelle(n) eingeladen (Kalendereinladung .ics)", "", invited),
        ]
        if result.files:
            lines.append(self.tr("Ordner: {folder}").format(folder=str(result.files[0].parent)))
        names = [
            actor.name
            for actor_id in result.skipped
            if (actor := self.snapshot.actor(actor_id)) is not None
        ]
        if names:
            lines.append(
                self.tr("Nichts erhalten, weil kein Thema freigegeben ist: {names}").format(
                    names=", ".join(names)
                )
            )
        return "\n".join(lines)

    def _exported(self, result: ExportedDocuments) -> None:
        self.exported_documents = result
        self._set_busy(False)
        self.status.setStyleSheet("" if not result.skipped else f"color: {_ALERT};")
        self.status.setText(self.summary(result))
        self.status.show()
        self.export_button.setText(self.tr("Erneut e&rstellen"))
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        text = write_failure_text(exc)
        if text is None:
            self.status.hide()
            return False
        self.status.setStyleSheet(f"color: {_ALERT};")
        self.status.setText(text)
        self.status.show()
        return None


class ConferenceDocumentDialog(DisclosedDocumentDialog):
    """A document of one conference (minutes, results sheet)."""

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: ConferenceSnapshot,
        name: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(context, name, parent)
        self.snapshot = snapshot


class MinutesPrintDialog(ConferenceDocumentDialog):
    """Protokoll drucken: the file's copy, or one participant's (its permitted topics)."""

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: ConferenceSnapshot,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, snapshot, "minutesPrintDialog", parent)
        self.recipient = QComboBox()
        self.recipient.setObjectName("minutesRecipient")
        self.recipient.addItem("", "")
        model = self.recipient.model()
        for actor in snapshot.participants:
            self.recipient.addItem(actor.name, str(actor.id))
            if shut_out(snapshot, actor.id) and isinstance(model, QStandardItemModel):
                item = model.item(self.recipient.count() - 1)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.recipient_label = QLabel()
        self.recipient_label.setBuddy(self.recipient)
        self.form.addRow(self.recipient_label, self.recipient)
        self.recipient.currentIndexChanged.connect(lambda _i: self._show_note())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(
            self.tr("Protokoll drucken – {when}").format(
                when=conference_when(self.snapshot.conference)
            )
        )
        self.recipient_label.setText(self.tr("&Für:"))
        self.recipient.setItemText(0, self.tr("die Akte (alle Themen)"))
        total = len(self.snapshot.topics)
        for index, actor in enumerate(self.snapshot.participants, start=1):
            if shut_out(self.snapshot, actor.id):
                text = self.tr("{actor} – kein Thema freigegeben").format(actor=actor.name)
            else:
                allowed = len(self.snapshot.gate.allowed_topics(actor.id))
                text = self.tr("{actor} ({allowed} von {total} Themen)").format(
                    actor=actor.name, allowed=allowed, total=total
                )
            self.recipient.setItemText(index, text)
        self._show_note()

    def recipient_id(self) -> uuid.UUID | None:
        value = str(self.recipient.currentData() or "")
        return uuid.UUID(value) if value else None

    def choose_recipient(self, actor_id: uuid.UUID | None) -> None:
        index = self.recipient.findData(str(actor_id or ""))
        if index < 0:
            raise KeyError(actor_id)
        self.recipient.setCurrentIndex(index)

    def _show_note(self) -> None:
        if self.snapshot.conference.anonymised:
            text = self.tr("Anonymisierte Fallbesprechung: Das Protokoll nennt keine Namen.")
        elif self.recipient_id() is None:
            text = self.tr("Das vollständige Protokoll für die eigene Akte.")
        else:
            text = self.tr(
                "Die Stelle erhält nur die Themen, für die die Familie eingewilligt hat."
            )
        self.note.setText(text)

    def _update_enabled(self) -> None:
        self.recipient.setEnabled(not self._busy)

    def preparation(self) -> Preparation:
        family_id, conference_id = self.context.family_id, self.snapshot.conference.id
        recipient, options, now = (
            self.recipient_id(),
            print_options(self.context),
            moment(self.context),
        )
        return lambda ctx: prepare_minutes(
            ctx.uow(),
            family_id=family_id,
            conference_id=conference_id,
            recipient_actor_id=recipient,
            options=options,
            now=now,
        )

    def suggested_name(self) -> str:
        label = file_part(self.snapshot.conference.case_label)
        actor = self.snapshot.actor(self.recipient_id())
        return f"Protokoll_{label}_{file_part(actor.name) if actor else 'Akte'}.pdf"

    def file_title(self) -> str:
        return self.tr("Protokoll als PDF speichern")

    def busy_text(self) -> str:
        return self.tr("Protokoll wird erstellt …")


class ResultsSheetDialog(ConferenceDocumentDialog):
    """Ergebnisblatt für die Familie: German and the family's language."""

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: ConferenceSnapshot,
        *,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, snapshot, "resultsSheetDialog", parent)
        self.language = language_combo("resultsLanguage", language)
        self.layout_choice = layout_combo("resultsLayout")
        self.labels = [QLabel(), QLabel()]
        self.labels[0].setBuddy(self.language)
        self.labels[1].setBuddy(self.layout_choice)
        self.form.addRow(self.labels[0], self.language)
        self.form.addRow(self.labels[1], self.layout_choice)
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(
            self.tr("Ergebnisblatt für die Familie – {when}").format(
                when=conference_when(self.snapshot.conference)
            )
        )
        self.labels[0].setText(self.tr("&Sprache:"))
        self.labels[1].setText(self.tr("&Anordnung:"))
        self.language.setItemText(0, language_name(""))
        self.layout_choice.setItemText(0, self.tr("nebeneinander (zwei Spalten)"))
        self.layout_choice.setItemText(1, self.tr("abwechselnd (Absatz für Absatz)"))
        self._show_note()

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def untranslated(self) -> int:
        """Results and steps without a translation into the chosen language."""
        language = self.chosen_language()
        if not language:
            return 0
        snapshot = self.snapshot
        owners = [t.id for t in snapshot.topics if t.result.strip()]
        owners += [s.id for s in snapshot.steps]
        done = {t.owner_id for t in snapshot.detail.text_translations if t.language == language}
        return sum(1 for owner in owners if owner not in done)

    def _language_changed(self) -> None:
        self._update_enabled()
        self._show_note()

    def _show_note(self) -> None:
        missing = self.untranslated()
        if missing:
            self.note.setStyleSheet(f"color: {_ALERT};")
            self.note.setText(
                self.tr(
                    "%n Text(e) sind noch nicht übersetzt und erscheinen nur auf Deutsch "
                    "(übersetzen im Protokoll).",
                    "",
                    missing,
                )
            )
        else:
            self.note.setStyleSheet("")
            self.note.setText(
                self.tr("Die Ergebnisse und vereinbarten Schritte, ohne interne Notizen.")
            )

    def _update_enabled(self) -> None:
        self.language.setEnabled(not self._busy)
        self.layout_choice.setEnabled(not self._busy and bool(self.chosen_language()))

    def preparation(self) -> Preparation:
        family_id, conference_id = self.context.family_id, self.snapshot.conference.id
        options = print_options(
            self.context, self.chosen_language(), chosen_layout(self.layout_choice)
        )
        now = moment(self.context)
        return lambda ctx: prepare_results_sheet(
            ctx.uow(), family_id=family_id, conference_id=conference_id, options=options, now=now
        )

    def suggested_name(self) -> str:
        language = self.chosen_language()
        suffix = f"-{language}" if language else ""
        return f"Ergebnisse_{file_part(self.snapshot.conference.case_label)}{suffix}.pdf"

    def file_title(self) -> str:
        return self.tr("Ergebnisblatt als PDF speichern")

    def busy_text(self) -> str:
        return self.tr("Ergebnisblatt wird erstellt …")
