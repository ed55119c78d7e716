"""Dialogs for the versions of a help plan: begin the plan, edit a draft's header, agree it,
record signatures, begin a Fortschreibung, record a review (Überprüfung).

Each dialog makes exactly one service call on OK and emits ``saved`` with its result (the
new version, or the ``Change`` of the use case) so that the tab can push one undo command.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import HelpPlanVersion
from fallmanager.domain.help_plan_view import is_adult
from fallmanager.domain.people import Person
from fallmanager.services.help_plan import (
    agree_version,
    record_review,
    record_signatures,
    start_help_plan,
    start_update,
    update_version,
)
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    make_date_edit,
    retranslate_date_edit,
    set_full_date,
    sorted_members,
)
from fallmanager.ui.help_plan.dialog_base import Checklist, Operation, PlanDialog
from fallmanager.ui.help_plan.plan_format import language_combo, language_name
from fallmanager.ui.ops import OpContext
from fallmanager.ui.widgets.collation import sorted_by

#: A review is suggested this long after a plan was drawn up.
REVIEW_AFTER = timedelta(days=182)


def living_members(detail: FamilyFileDetail) -> list[Person]:
    return [p for p in sorted_members(detail) if not p.deceased]


def split_names(text: str) -> tuple[str, ...]:
    """ "Frau Roth (Dolmetscherin), Herr Lenz" → two entries (commas or line breaks)."""
    parts = (part.strip() for part in text.replace("\n", ",").split(","))
    return tuple(dict.fromkeys(part for part in parts if part))


class _HeaderFields:
    """Date, participants, family language and review date of a version (Kopfdaten)."""

    def __init__(self, dialog: PlanDialog, detail: FamilyFileDetail, *, notes: bool) -> None:
        self.drawn_up_on = make_date_edit("drawnUpOn")
        self.members = Checklist("participantMembers")
        self.members.set_entries((p.id, person_name(p)) for p in living_members(detail))
        self.actors = Checklist("participantActors")
        actors = sorted_by(detail.actors, lambda a: (a.name,))
        self.actors.set_entries((a.id, a.name) for a in actors)
        self.others = QLineEdit()
        self.others.setObjectName("otherParticipants")
        self.language = language_combo("familyLanguage")
        self.review_on = make_date_edit("reviewOn")
        self.notes: QPlainTextEdit | None = None
        dialog.add_row("drawn_up_on", self.drawn_up_on)
        dialog.add_row("participant_ids", self.members)
        dialog.add_row("participant_actor_ids", self.actors)
        dialog.add_row("other_participants", self.others)
        dialog.add_row("family_language", self.language)
        dialog.add_row("review_on", self.review_on)
        holder = self.actors.parentWidget()
        if not detail.actors and holder is not None:
            holder.hide()
            row_label = dialog.form.labelForField(holder)
            if row_label is not None:
                row_label.hide()
        if notes:
            self.notes = QPlainTextEdit()
            self.notes.setObjectName("versionNotes")
            self.notes.setTabChangesFocus(True)
            self.notes.setMaximumHeight(90)
            dialog.add_row("notes", self.notes)

    def labels(self) -> list[str]:
        texts = [
            QCoreApplication.translate("VersionDialogs", "&Erstellt am:"),
            QCoreApplication.translate("VersionDialogs", "Beteiligte aus der &Familie:"),
            QCoreApplication.translate("VersionDialogs", "Beteiligte aus dem &Netzwerk:"),
            QCoreApplication.translate("VersionDialogs", "&Weitere Beteiligte:"),
            QCoreApplication.translate("VersionDialogs", "&Sprache der Familie:"),
            QCoreApplication.translate("VersionDialogs", "Ü&berprüfung am:"),
        ]
        if self.notes is not None:
            texts.append(QCoreApplication.translate("VersionDialogs", "Interne N&otizen:"))
        return texts

    def retranslate(self) -> None:
        retranslate_date_edit(self.drawn_up_on)
        retranslate_date_edit(self.review_on)
        self.language.setItemText(0, language_name(""))
        self.others.setPlaceholderText(
            QCoreApplication.translate(
                "VersionDialogs", "z. B. Dolmetscherin, durch Komma getrennt"
            )
        )
        self.language.setToolTip(
            QCoreApplication.translate(
                "VersionDialogs",
                "Der Ausdruck für die Familie kann zusätzlich in dieser Sprache erscheinen.",
            )
        )

    def fill(self, version: HelpPlanVersion) -> None:
        set_full_date(self.drawn_up_on, version.drawn_up_on)
        self.members.set_checked(version.participant_ids)
        self.actors.set_checked(version.participant_actor_ids)
        self.others.setText(", ".join(version.other_participants))
        index = self.language.findData(version.family_language)
        self.language.setCurrentIndex(max(0, index))
        set_full_date(self.review_on, version.review_on)
        if self.notes is not None:
            self.notes.setPlainText(version.notes)


class StartPlanDialog(PlanDialog):
    """Hilfeplan beginnen: the Erstplan as a draft, with its header."""

    def __init__(
        self, context: FamilyFileContext, detail: FamilyFileDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "startPlanDialog", parent)
        self.fields = _HeaderFields(self, detail, notes=False)
        today = context.today()
        set_full_date(self.fields.drawn_up_on, today)
        set_full_date(self.fields.review_on, today + REVIEW_AFTER)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hilfeplan beginnen"))
        self.set_intro(
            self.tr(
                "Der Erstplan beginnt als Entwurf. Ziele, Ressourcen und Bedarfe und die "
                "Voraussetzungen für den Aufenthalt tragen Sie danach ein."
            )
        )
        self.set_labels(self.fields.labels())
        self.fields.retranslate()
        self.ok_button.setText(self.tr("Hilfeplan be&ginnen"))

    def operation(self) -> Operation | None:
        fields = self.fields
        drawn_up_on = self.read_date(fields.drawn_up_on, "drawn_up_on", required=True)
        review_on = self.read_date(fields.review_on, "review_on")
        if drawn_up_on is None:
            return None
        family_id = self.context.family_id
        members = fields.members.checked_ids()
        actors = fields.actors.checked_ids()
        others = split_names(fields.others.text())
        language = str(fields.language.currentData() or "")

        def save(ctx: OpContext) -> HelpPlanVersion:
            return start_help_plan(
                ctx.uow(),
                family_id=family_id,
                drawn_up_on=drawn_up_on,
                participant_ids=members,
                participant_actor_ids=actors,
                other_participants=others,
                family_language=language,
                review_on=review_on,
            )

        return save


class VersionHeaderDialog(PlanDialog):
    """Kopfdaten bearbeiten: date, participants, language, review date, notes of a draft."""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        version: HelpPlanVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "versionHeaderDialog", parent)
        self.version = version
        self.fields = _HeaderFields(self, detail, notes=True)
        self.fields.fill(version)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kopfdaten bearbeiten"))
        self.set_labels(self.fields.labels())
        self.fields.retranslate()

    def operation(self) -> Operation | None:
        fields = self.fields
        drawn_up_on = self.read_date(fields.drawn_up_on, "drawn_up_on", required=True)
        review_on = self.read_date(fields.review_on, "review_on")
        if drawn_up_on is None:
            return None
        notes = fields.notes.toPlainText() if fields.notes is not None else self.version.notes
        edited = replace(
            self.version,
            drawn_up_on=drawn_up_on,
            participant_ids=fields.members.checked_ids(),
            participant_actor_ids=fields.actors.checked_ids(),
            other_participants=split_names(fields.others.text()),
            family_language=str(fields.language.currentData() or ""),
            review_on=review_on,
            notes=notes,
        )
        return lambda ctx: update_version(ctx.uow(), version=edited)


class AgreeDialog(PlanDialog):
    """Vereinbaren: the draft becomes the agreed plan and stays unchanged from then on."""

    def __init__(
        self, context: FamilyFileContext, version: HelpPlanVersion, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "agreeDialog", parent)
        self.version = version
        self.agreed_on = make_date_edit("agreedOn")
        set_full_date(self.agreed_on, max(context.today(), version.drawn_up_on))
        self.add_row("agreed_on", self.agreed_on)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hilfeplan vereinbaren"))
        text = self.tr(
            "Mit der Vereinbarung gilt diese Version als der Hilfeplan der Familie. Ihr Inhalt "
            "bleibt danach unverändert; den Stand der Ziele und der Nachweise können Sie "
            "weiter erfassen. Änderungen am Inhalt gehen nur über eine Fortschreibung."
        )
        if not self.version.is_initial:
            text += " " + self.tr("Die bisher vereinbarte Version wird damit abgelöst.")
        self.set_intro(text)
        self.set_labels([self.tr("&Vereinbart am:")])
        retranslate_date_edit(self.agreed_on)
        self.ok_button.setText(self.tr("Verein&baren"))

    def operation(self) -> Operation | None:
        agreed_on = self.read_date(self.agreed_on, "agreed_on", required=True)
        if agreed_on is None:
            return None
        version_id = self.version.id
        return lambda ctx: agree_version(ctx.uow(), version_id=version_id, agreed_on=agreed_on)


class SignaturesDialog(PlanDialog):
    """Unterschriften erfassen: when the printed plan was signed, and by whom."""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        version: HelpPlanVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "signaturesDialog", parent)
        self.version = version
        today = context.today()
        self.signed_on = make_date_edit("signedOn")
        set_full_date(self.signed_on, version.signed_on or max(today, version.agreed_on or today))
        members = living_members(detail)
        adults = [p for p in members if is_adult(p, today) or p.id in version.signed_by_ids]
        self.signers = Checklist("signedBy")
        self.signers.set_entries((p.id, person_name(p)) for p in (adults or members))
        self.signers.set_checked(version.signed_by_ids)
        self.case_manager = QCheckBox()
        self.case_manager.setObjectName("signedByCaseManager")
        self.case_manager.setChecked(version.signed_by_case_manager)
        self.add_row("signed_on", self.signed_on)
        self.add_row("signed_by_ids", self.signers)
        self.add_row("signed_by_case_manager", self.case_manager)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unterschriften erfassen"))
        self.set_labels(
            [
                self.tr("&Unterschrieben am:"),
                self.tr("Unterschrieben &von:"),
                self.tr("&Fallmanagement:"),
            ]
        )
        name = self.context.settings.case_manager_name
        self.case_manager.setText(
            self.tr("{name} hat unterschrieben").format(name=name)
            if name
            else self.tr("hat unterschrieben")
        )
        self.signers.setToolTip(self.tr("Die erwachsenen Mitglieder der Familie"))
        retranslate_date_edit(self.signed_on)

    def operation(self) -> Operation | None:
        signed_on = self.read_date(self.signed_on, "signed_on", required=True)
        if signed_on is None:
            return None
        version_id = self.version.id
        signers = self.signers.checked_ids()
        case_manager = self.case_manager.isChecked()
        return lambda ctx: record_signatures(
            ctx.uow(),
            version_id=version_id,
            signed_on=signed_on,
            signed_by_ids=signers,
            signed_by_case_manager=case_manager,
        )


class StartUpdateDialog(PlanDialog):
    """Fortschreibung beginnen: a new draft that starts as a copy of the agreed version."""

    def __init__(
        self, context: FamilyFileContext, version: HelpPlanVersion, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "startUpdateDialog", parent)
        self.version = version
        today = max(context.today(), version.drawn_up_on)
        self.drawn_up_on = make_date_edit("updateDrawnUpOn")
        set_full_date(self.drawn_up_on, today)
        self.review_on = make_date_edit("updateReviewOn")
        set_full_date(self.review_on, today + REVIEW_AFTER)
        self.add_row("drawn_up_on", self.drawn_up_on)
        self.add_row("review_on", self.review_on)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Fortschreibung beginnen"))
        self.set_intro(
            self.tr(
                "Die Fortschreibung beginnt als Entwurf mit einer Kopie von Version {number}: "
                "Ziele, Ressourcen und Bedarfe und die Voraussetzungen für den Aufenthalt. "
                "Version {number} bleibt gültig, bis die Fortschreibung vereinbart ist."
            ).format(number=self.version.number)
        )
        self.set_labels([self.tr("&Erstellt am:"), self.tr("Ü&berprüfung am:")])
        retranslate_date_edit(self.drawn_up_on)
        retranslate_date_edit(self.review_on)
        self.ok_button.setText(self.tr("Fortschreibung be&ginnen"))

    def operation(self) -> Operation | None:
        drawn_up_on = self.read_date(self.drawn_up_on, "drawn_up_on", required=True)
        review_on = self.read_date(self.review_on, "review_on")
        if drawn_up_on is None:
            return None
        family_id = self.context.family_id
        return lambda ctx: start_update(
            ctx.uow(), family_id=family_id, drawn_up_on=drawn_up_on, review_on=review_on
        )


class ReviewDialog(PlanDialog):
    """Überprüfung erfassen: what was achieved; by default the next version begins with it."""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        version: HelpPlanVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "reviewDialog", parent)
        self.version = version
        today = max(context.today(), version.drawn_up_on)
        self.held_on = make_date_edit("reviewHeldOn")
        set_full_date(self.held_on, today)
        self.achieved = QPlainTextEdit()
        self.achieved.setObjectName("reviewAchieved")
        self.achieved.setTabChangesFocus(True)
        self.participants = Checklist("reviewParticipants")
        self.participants.set_entries((p.id, person_name(p)) for p in living_members(detail))
        self.participants.set_checked(version.participant_ids)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("reviewNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.start_next = QCheckBox()
        self.start_next.setObjectName("reviewStartNext")
        self.start_next.setChecked(True)
        self.next_review_on = make_date_edit("nextReviewOn")
        set_full_date(self.next_review_on, today + REVIEW_AFTER)
        self.start_next.toggled.connect(self.next_review_on.setEnabled)
        self.add_row("held_on", self.held_on)
        self.add_row("achieved", self.achieved)
        self.add_row("participant_ids", self.participants)
        self.add_row("notes", self.notes)
        self.add_row("start_next", self.start_next)
        self.add_row("next_review_on", self.next_review_on)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Überprüfung erfassen"))
        self.set_labels(
            [
                self.tr("&Durchgeführt am:"),
                self.tr("&Was wurde erreicht?"),
                self.tr("&Teilgenommen:"),
                self.tr("Interne N&otizen:"),
                self.tr("&Fortschreibung:"),
                self.tr("&Nächste Überprüfung am:"),
            ]
        )
        self.start_next.setText(self.tr("gleich als Entwurf beginnen (Kopie dieser Version)"))
        retranslate_date_edit(self.held_on)
        retranslate_date_edit(self.next_review_on)

    def operation(self) -> Operation | None:
        held_on = self.read_date(self.held_on, "held_on", required=True)
        next_review_on = (
            self.read_date(self.next_review_on, "next_review_on")
            if self.start_next.isChecked()
            else None
        )
        achieved = self.achieved.toPlainText().strip()
        if not achieved:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "achieved"))
        if held_on is None or self.errors.has_errors():
            return None
        if next_review_on is not None and next_review_on < held_on:
            self.errors.show_domain_error(DomainError(ErrorCode.END_BEFORE_START, "next_review_on"))
            return None
        version_id = self.version.id
        participants = self.participants.checked_ids()
        notes = self.notes.toPlainText()
        start_next = self.start_next.isChecked()
        return lambda ctx: record_review(
            ctx.uow(),
            version_id=version_id,
            held_on=held_on,
            achieved=achieved,
            participant_ids=participants,
            notes=notes,
            start_next=start_next,
            next_review_on=next_review_on,
        )
