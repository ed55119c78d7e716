"""Fallkonferenz planen / ändern: time, place, who takes part, and whether the case is
discussed anonymously under its pseudonymous case label.

OK makes one ``save_conference`` call; the dialog closes only when it succeeded. A new
conference gets its case label (``new_case_label``) while the dialog opens. Actors of the
family's network are offered as participants; "Weitere Stelle …" adds one from the whole
directory.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.case_conference import (
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    CaseConference,
)
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor
from fallmanager.services.case_conference import new_case_label, save_conference
from fallmanager.services.network import list_actors
from fallmanager.ui.conference.conference_format import (
    default_start,
    members,
    network_actors,
    role_for_name,
)
from fallmanager.ui.conference.dialog_base import ConferenceFormDialog, Operation
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.dialog_base import Checklist
from fallmanager.ui.ops import run_op
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.dates import datetime_display_format

#: The initiator combo's data for the case manager (no actor).
CASE_MANAGEMENT = ""


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def anonymised_name_message(detail: FamilyFileDetail, exc: DomainError, on: date) -> str:
    """ "„Arben“ ist ein Name aus der Familie …" with the role to write instead, if known."""
    name = str(exc.params.get("name", ""))
    if not name:
        return ""
    role = role_for_name(detail, name, on)
    if role:
        return QCoreApplication.translate(
            "ConferenceDialog",
            "„{name}“ ist ein Name aus der Familie. In einer anonymisierten Fallbesprechung "
            "steht stattdessen die Rolle, z. B. „{role}“.",
        ).format(name=name, role=role)
    return QCoreApplication.translate(
        "ConferenceDialog",
        "„{name}“ ist ein Name aus der Familie. In einer anonymisierten Fallbesprechung "
        "stehen keine Namen, nur Rollen (z. B. „Mutter“, „Kind 1“).",
    ).format(name=name)


class ActorChooserDialog(QDialog):
    """Weitere Stelle: one actor of the whole network directory, found by typing."""

    def __init__(
        self,
        context: FamilyFileContext,
        exclude: set[uuid.UUID],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actorChooserDialog")
        self._exclude = exclude
        self._actors: list[Actor] = []
        self.chosen: Actor | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("actorFilter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("actorChoices")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("actorChooserOk")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept_choice)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._fill)
        self.list.itemSelectionChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_choice())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 380)
        self.setWindowTitle(self.tr("Weitere Stelle einladen"))
        self.filter_label.setText(self.tr("&Suchen im Netzwerk:"))
        self.filter.setPlaceholderText(self.tr("Name der Stelle"))
        self.list.setAccessibleName(self.tr("Stellen des Netzwerks"))
        self.list.setEnabled(False)  # until the directory has been read
        run_op(self, context.session, lambda ctx: list_actors(ctx.uow())).success(self._loaded)

    def _loaded(self, actors: list[Actor]) -> None:
        self._actors = sorted_by((a for a in actors if a.id not in self._exclude), lambda a: a.name)
        self.list.setEnabled(True)
        self._fill()

    def _fill(self) -> None:
        wanted = self.filter.text().strip().casefold()
        self.list.clear()
        for actor in self._actors:
            if wanted and wanted not in actor.name.casefold():
                continue
            item = QListWidgetItem(actor.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(actor.id))
        if self.list.count() == 1:
            self.list.setCurrentRow(0)

    def choose(self, actor_id: uuid.UUID) -> None:
        """Select ``actor_id`` in the list (as a click would)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == str(actor_id):
                self.list.setCurrentRow(row)
                return
        raise KeyError(actor_id)

    def _accept_choice(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        wanted = items[0].data(Qt.ItemDataRole.UserRole)
        self.chosen = next((a for a in self._actors if str(a.id) == wanted), None)
        self.accept()


class ConferenceDialog(ConferenceFormDialog):
    """Plan a new conference or change one; ``saved`` carries the ``Change``."""

    fallback_field = "starts_at"

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        conference: CaseConference | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "conferenceDialog", parent)
        self.detail = detail
        self.conference = conference
        self.chooser: ActorChooserDialog | None = None
        today = context.today()
        self._actors: dict[uuid.UUID, Actor] = {a.id: a for a in network_actors(detail, today)}
        if conference is not None:
            for actor_id in (*conference.participant_actor_ids, conference.initiator_actor_id):
                actor = next((a for a in detail.actors if a.id == actor_id), None)
                if actor is not None:
                    self._actors.setdefault(actor.id, actor)

        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("conferenceStartsAt")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(datetime_display_format())
        self.duration = QSpinBox()
        self.duration.setObjectName("conferenceDuration")
        self.duration.setRange(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(15)
        self.place = QLineEdit()
        self.place.setObjectName("conferencePlace")
        self.place.setMaxLength(200)
        self.video_link = QLineEdit()
        self.video_link.setObjectName("conferenceVideoLink")
        self.video_link.setMaxLength(500)
        self.initiator = QComboBox()
        self.initiator.setObjectName("conferenceInitiator")
        self.participants = Checklist("conferenceParticipants")
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreActorsButton")
        self.more_button.clicked.connect(lambda _checked=False: self.choose_more())
        participants_box = QWidget()
        column = QVBoxLayout(participants_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.participants)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)
        column.addLayout(more_row)
        self.family_members = Checklist("conferenceMembers")
        self.family_members.set_entries((p.id, person_name(p)) for p in members(detail))
        self.anonymised = QCheckBox()
        self.anonymised.setObjectName("conferenceAnonymised")
        self.anonymised_hint = QLabel()
        self.anonymised_hint.setObjectName("anonymisedHint")
        self.anonymised_hint.setWordWrap(True)
        self.anonymised_hint.setEnabled(False)
        anonymised_box = QWidget()
        column = QVBoxLayout(anonymised_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.anonymised)
        column.addWidget(self.anonymised_hint)
        self.case_label = QLineEdit()
        self.case_label.setObjectName("conferenceCaseLabel")
        self.case_label.setReadOnly(True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("conferenceNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        self.add_row("starts_at", self.starts_at)
        self.add_row("duration_minutes", self.duration)
        self.add_row("place", self.place)
        self.add_row("video_link", self.video_link)
        self.add_row("initiator_actor_id", self.initiator)
        self.add_row("participant_actor_ids", participants_box, self.participants)
        self.add_row("participant_person_ids", self.family_members)
        self.add_row("anonymised", anonymised_box)
        self.add_row("case_label", self.case_label)
        self.add_row("notes", self.notes)
        self.anonymised.toggled.connect(self._anonymised_toggled)

        self._fill_actor_choices()
        if conference is not None:
            self._fill(conference)
        else:
            self.starts_at.setDateTime(to_qdatetime(default_start(today)))
            self.duration.setValue(90)
            self.ok_button.setEnabled(False)  # until the case label has been drawn
            run_op(self, context.session, lambda ctx: new_case_label(ctx.uow())).success(
                self._label_drawn
            )
        self._anonymised_toggled(self.anonymised.isChecked())
        self.retranslate_ui()
        self.resize(600, self.sizeHint().height())

    # -- content -----------------------------------------------------------------------------

    def _fill_actor_choices(self) -> None:
        checked = set(self.participants.checked_ids())
        initiator = self.initiator.currentData()
        actors = sorted_by(self._actors.values(), lambda a: a.name)
        self.participants.set_entries((a.id, a.name) for a in actors)
        self.participants.set_checked(checked)
        self.initiator.clear()
        self.initiator.addItem("", CASE_MANAGEMENT)
        for actor in actors:
            self.initiator.addItem(actor.name, str(actor.id))
        self.initiator.setCurrentIndex(max(0, self.initiator.findData(initiator or "")))
        self._retranslate_initiator()

    def _fill(self, conference: CaseConference) -> None:
        self.starts_at.setDateTime(to_qdatetime(conference.starts_at))
        self.duration.setValue(conference.duration_minutes)
        self.place.setText(conference.place)
        self.video_link.setText(conference.video_link)
        initiator = str(conference.initiator_actor_id or "")
        self.initiator.setCurrentIndex(max(0, self.initiator.findData(initiator)))
        self.participants.set_checked(conference.participant_actor_ids)
        self.family_members.set_checked(conference.participant_person_ids)
        self.anonymised.setChecked(conference.anonymised)
        self.case_label.setText(conference.case_label)
        self.notes.setPlainText(conference.notes)

    def _label_drawn(self, case_label: str) -> None:
        self.case_label.setText(case_label)
        self.ok_button.setEnabled(True)

    def _anonymised_toggled(self, on: bool) -> None:
        if on:
            self.family_members.set_checked(())
        self.family_members.setEnabled(not on)

    def choose_more(self) -> ActorChooserDialog:
        """Open the directory to invite an actor not (yet) in the family's network."""
        dialog = ActorChooserDialog(self.context, set(self._actors), self)
        dialog.accepted.connect(lambda: self._add_actor(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        self.chooser = dialog
        dialog.open()
        return dialog

    def _add_actor(self, actor: Actor | None) -> None:
        self.chooser = None
        if actor is None:
            return
        self._actors[actor.id] = actor
        self._fill_actor_choices()
        self.participants.check(actor.id)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.conference is None:
            self.setWindowTitle(self.tr("Fallkonferenz planen"))
        else:
            self.setWindowTitle(self.tr("Fallkonferenz ändern"))
        self.set_labels(
            [
                self.tr("&Beginn:"),
                self.tr("&Dauer:"),
                self.tr("&Ort:"),
                self.tr("&Videolink:"),
                self.tr("&Initiiert von:"),
                self.tr("&Teilnehmende Stellen:"),
                self.tr("Aus der &Familie:"),
                self.tr("Form:"),
                self.tr("Fallkennung:"),
                self.tr("Interne &Notizen:"),
            ]
        )
        self.duration.setSuffix(self.tr(" Minuten"))
        self.place.setPlaceholderText(self.tr("z. B. Sozialamt, Raum 2.14"))
        self.video_link.setPlaceholderText(self.tr("optional, für eine Teilnahme per Video"))
        self.more_button.setText(self.tr("Weitere &Stelle …"))
        self.more_button.setToolTip(
            self.tr(
                "Eine Stelle aus dem Netzwerk einladen, die mit der Familie noch nicht arbeitet"
            )
        )
        self.anonymised.setText(self.tr("&Anonymisierte Fallbesprechung"))
        self.anonymised_hint.setText(
            self.tr(
                "Ohne Namen, unter der Fallkennung: Es werden keine personenbezogenen Daten "
                "weitergegeben, darum ist keine Einwilligung nötig. Die Familie nimmt nicht teil."
            )
        )
        self.case_label.setToolTip(
            self.tr("Unter dieser Kennung erscheint der Fall in Einladungen und Kalendern.")
        )
        self.family_members.setToolTip(
            self.tr("Familienmitglieder, die an der Konferenz teilnehmen (optional)")
        )
        self._retranslate_initiator()

    def _retranslate_initiator(self) -> None:
        if self.initiator.count():
            self.initiator.setItemText(0, self.tr("Fallmanagement"))

    # -- saving ------------------------------------------------------------------------------

    def _initiator_id(self) -> uuid.UUID | None:
        value = str(self.initiator.currentData() or "")
        return uuid.UUID(value) if value else None

    def operation(self) -> Operation | None:
        if not self.case_label.text():
            return None
        anonymised = self.anonymised.isChecked()
        values = {
            "starts_at": from_qdatetime(self.starts_at.dateTime()),
            "duration_minutes": self.duration.value(),
            "place": self.place.text().strip(),
            "video_link": self.video_link.text().strip(),
            "initiator_actor_id": self._initiator_id(),
            "participant_actor_ids": self.participants.checked_ids(),
            "participant_person_ids": () if anonymised else self.family_members.checked_ids(),
            "anonymised": anonymised,
            "notes": self.notes.toPlainText().strip(),
        }
        try:
            if self.conference is None:
                conference = CaseConference(
                    family_id=self.context.family_id,
                    case_label=self.case_label.text(),
                    **values,  # type: ignore[arg-type]
                )
            else:
                conference = replace(self.conference, **values)  # type: ignore[arg-type]
        except DomainError as exc:
            self.show_error(exc)
            return None
        return lambda ctx: save_conference(ctx.uow(), conference=conference)

    def show_error(self, exc: DomainError) -> bool:
        if exc.code is ErrorCode.NAME_IN_ANONYMISED:
            message = anonymised_name_message(
                self.detail, exc, from_qdatetime(self.starts_at.dateTime()).date()
            )
            if message:
                self.errors.show("anonymised", message)
                self.anonymised.setFocus()
                return True
        return super().show_error(exc)
