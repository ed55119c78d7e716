"""Fallkonferenzen tab: plan a conference, see a blocked participant, record consent, invite,
write minutes, turn a result into a help-plan activity — and undo it."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QMessageBox, QWidget

from fallmanager.domain.case_conference import (
    AgreedStep,
    CaseConference,
    ConferenceStatus,
    ConferenceTopic,
)
from fallmanager.domain.consent import Consent, ConsentForm, DataCategory
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.disclosure import Disclosure, DocumentKind
from fallmanager.domain.help_plan import (
    GoalLevel,
    HelpPlanGoal,
    HelpPlanVersion,
    TextTranslation,
    VersionStatus,
)
from fallmanager.domain.network import ActorKind
from fallmanager.domain.people import Sex
from fallmanager.domain.tasks import Task
from fallmanager.services import consent as consent_services
from fallmanager.services.family_files import open_family_file
from fallmanager.services.help_plan import add_goal, agree_version, start_help_plan
from fallmanager.services.network import add_actor, involve_actor
from fallmanager.services.persons import add_person
from fallmanager.services.relationships import record_parent_child
from fallmanager.ui.conference.conference_dialog import ConferenceDialog
from fallmanager.ui.conference.documents import InvitationsDialog
from fallmanager.ui.conference.models import (
    CONSENT,
    GATE_FIXED_COLUMNS,
    STEP_TAKEN,
    ConferenceListModel,
    GateModel,
    MinutesTopicModel,
    StepTableModel,
    TopicTableModel,
)
from fallmanager.ui.conference.step_dialog import StepDialog
from fallmanager.ui.conference.tab import AGENDA, GATE, MINUTES, ConferencesTab
from fallmanager.ui.conference.topic_dialog import TopicDialog
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.widgets.dates import format_date
from tests.ui.conftest import TODAY, in_vault, type_text

#: Keeps views referenced until pytest-qt has deleted them (see test_family_file_visits).
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Any:
    yield
    _VIEWS.clear()


@dataclass(frozen=True)
class Family:
    family_id: uuid.UUID
    mother_id: uuid.UUID
    child_id: uuid.UUID
    school_id: uuid.UUID
    jobcenter_id: uuid.UUID
    outcome_id: uuid.UUID


def make_family(qtbot: Any, session: Any) -> Family:
    """A mother with custody of her son, two organisations of the network, an agreed help
    plan with one Ergebnisziel, the school's consent — and one for the job centre that has
    expired."""

    def create(uow: Any) -> Family:
        family = open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau Brinkmann")
        mother, child = (
            add_person(
                uow,
                family_id=family.id,
                given_names=given,
                family_name="Krasniqi",
                sex=sex,
                birth_date=PartialDate.parse(born),
                today=TODAY,
            ).person
            for given, born, sex in (
                ("Ardita", "1986-03-02", Sex.FEMALE),
                ("Arben", "2014-05-09", Sex.MALE),
            )
        )
        record_parent_child(uow, parent_id=mother.id, child_id=child.id, has_custody=True)
        school = add_actor(uow, name="Hauptschule Am Park", kind=ActorKind.SCHOOL)
        jobcenter = add_actor(uow, name="Jobcenter Musterstadt", kind=ActorKind.JOBCENTER)
        for actor in (school, jobcenter):
            involve_actor(uow, family_id=family.id, actor_id=actor.id, since=date(2026, 2, 1))
        version = start_help_plan(
            uow, family_id=family.id, drawn_up_on=date(2026, 3, 2), family_language="sq"
        )
        framework = add_goal(
            uow,
            version_id=version.id,
            parent_id=None,
            level=GoalLevel.FRAMEWORK,
            wording="Bildung sichern",
        )
        outcome = add_goal(
            uow,
            version_id=version.id,
            parent_id=framework.id,
            level=GoalLevel.OUTCOME,
            wording="Arben besucht regelmäßig die Schule",
            person_ids=(child.id,),
        )
        agree_version(uow, version_id=version.id, agreed_on=date(2026, 3, 9))
        for recipient, given_on, expires_on in (
            (school.id, date(2026, 11, 2), date(2027, 11, 1)),
            (jobcenter.id, date(2025, 11, 2), date(2026, 11, 1)),
        ):
            give_consent(uow, family.id, mother.id, child.id, recipient, given_on, expires_on)
        return Family(family.id, mother.id, child.id, school.id, jobcenter.id, outcome.id)

    return in_vault(qtbot, session, create)


def give_consent(
    uow: Any,
    family_id: uuid.UUID,
    mother_id: uuid.UUID,
    child_id: uuid.UUID,
    recipient_id: uuid.UUID,
    given_on: date,
    expires_on: date,
) -> Consent:
    """The mother's written consent: her son's school data to one organisation."""
    prepared = Consent(
        family_id=family_id,
        subject_ids=(child_id,),
        recipient_actor_ids=(recipient_id,),
        categories=("school",),
        purposes=("case_conference",),
        prepared_on=given_on,
    )
    consent_services.save_consent(uow, consent=prepared, today=TODAY)
    change = consent_services.give_consent(
        uow,
        consent_id=prepared.id,
        given_on=given_on,
        given_by_ids=(mother_id,),
        form=ConsentForm.WRITTEN,
        expires_on=expires_on,
        today=TODAY,
    )
    given = change.after[0]
    assert isinstance(given, Consent)
    return given


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.resize(1366, 768)
    view.show()
    view.tabs.setCurrentWidget(view.conferences)
    return view


def records(qtbot: Any, session: Any, cls: Any) -> list[Any]:
    def load(uow: Any) -> list[Any]:
        with uow:
            return list(uow.records.find(cls))

    return in_vault(qtbot, session, load)


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, box: QAbstractButton) -> None:
    """Click a check box on its indicator (its label may be stretched wide)."""
    assert box.isVisible() and box.isEnabled(), box.objectName()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def choose(qtbot: Any, combo: QComboBox, data: str) -> None:
    """Choose the item with ``data`` by keyboard, like a user."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def save_and_reload(qtbot: Any, view: FamilyFileView, ok: QAbstractButton) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, ok)


def answer_yes(qtbot: Any, view: FamilyFileView, box: Any) -> None:
    assert isinstance(box, QMessageBox) and box.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))


def undo(qtbot: Any, view: FamilyFileView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())  # one line: the columns wrap the texts


def gate_row(model: GateModel, actor_id: uuid.UUID) -> int:
    row = model.row_of(actor_id)
    assert row >= 0
    return row


def plan_conference(
    qtbot: Any,
    view: FamilyFileView,
    actor_ids: tuple[uuid.UUID, ...],
    *,
    anonymised: bool = False,
) -> ConferenceDialog:
    tab = view.conferences
    click(qtbot, tab.plan_button)
    dialog = tab.dialog
    assert isinstance(dialog, ConferenceDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.case_label.text().startswith("FK-"))
    for actor_id in actor_ids:
        dialog.participants.check(actor_id)
    type_text(dialog.place, "Sozialamt, Raum 2.14")
    if anonymised:
        tick(qtbot, dialog.anonymised)
    return dialog


def add_school_topic(
    qtbot: Any,
    view: FamilyFileView,
    family: Family,
    title: str = "Schulbesuch und Fehlzeiten",
    lead: uuid.UUID | None = None,
) -> TopicDialog:
    agenda = view.conferences.agenda
    click(qtbot, agenda.add_button)
    dialog = agenda.dialog
    assert isinstance(dialog, TopicDialog)
    type_text(dialog.title, title)
    tick(qtbot, dialog.categories[DataCategory.SCHOOL])
    dialog.persons.check(family.child_id)
    dialog.goals.check(family.outcome_id)
    choose(qtbot, dialog.lead, str(lead or family.school_id))
    return dialog


def test_plan_gate_consent_invite_minutes_into_the_help_plan(
    qtbot: Any, session: Any, settings: Any, tmp_path: Path, qtmodeltester: Any
) -> None:
    family = make_family(qtbot, session)
    settings.case_manager_name = "Frau Brinkmann"
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.conferences
    assert isinstance(tab, ConferencesTab)
    index = view.tabs.indexOf(tab)
    assert view.tabs.tabText(index) == "Fallkonferenzen"
    assert view.tabs.widget(index - 1) is view.consents  # consent first, then the conference
    assert tab.stack.currentWidget() is tab.empty_page
    assert tab.empty_heading.text() == "Noch keine Fallkonferenz"

    # -- plan the conference with both organisations ----------------------------------------
    dialog = plan_conference(qtbot, view, (family.school_id, family.jobcenter_id))
    started = dialog.starts_at.dateTime()
    assert (started.date().toString("yyyy-MM-dd"), started.time().toString("HH:mm")) == (
        "2026-11-26",  # TODAY is a Wednesday: the next working day, at ten
        "10:00",
    )
    assert dialog.participants.count() == 2
    save_and_reload(qtbot, view, dialog.ok_button)
    [conference] = records(qtbot, session, CaseConference)
    assert conference.starts_at == datetime(2026, 11, 26, 10, 0)
    assert set(conference.participant_actor_ids) == {family.school_id, family.jobcenter_id}
    assert conference.place == "Sozialamt, Raum 2.14" and conference.case_label.startswith("FK-")
    assert conference.status is ConferenceStatus.PLANNED and not conference.anonymised
    assert tab.stack.currentWidget() is tab.conference_page
    day = format_date(date(2026, 11, 26))
    assert f"Fallkonferenz am {day}, 10:00–11:30" in tab.header.text()
    assert view.undo_stack.undoText() == f"Fallkonferenz am {day} planen"

    # -- a topic about the son's school data --------------------------------------------------
    topic_dialog = add_school_topic(qtbot, view, family)
    save_and_reload(qtbot, view, topic_dialog.ok_button)
    [topic] = records(qtbot, session, ConferenceTopic)
    assert topic.categories == ("school",) and topic.person_ids == (family.child_id,)
    assert topic.goal_ids == (family.outcome_id,) and topic.lead_actor_id == family.school_id
    agenda = tab.agenda.model
    assert [agenda.index(0, c).data() for c in range(5)] == [
        "1",
        "Schulbesuch und Fehlzeiten",
        agenda.index(0, 2).data(),
        "Arben Krasniqi",
        "Hauptschule Am Park",
    ]

    # -- the gate: the job centre's consent has expired ---------------------------------------
    tab.sections.setCurrentIndex(GATE)
    gate = tab.gate
    grid = gate.model
    assert grid.columnCount() == GATE_FIXED_COLUMNS + 1
    assert grid.headerData(GATE_FIXED_COLUMNS, Qt.Orientation.Horizontal) == "TOP 1"
    school_row = gate_row(grid, family.school_id)
    jobcenter_row = gate_row(grid, family.jobcenter_id)
    assert grid.index(school_row, GATE_FIXED_COLUMNS).data() == "✓"
    assert grid.index(jobcenter_row, GATE_FIXED_COLUMNS).data() == "✗"
    assert grid.index(jobcenter_row, 1).data() == "gesperrt – erhält nichts"
    assert gate.selected_actor() is not None
    assert gate.selected_actor().id == family.jobcenter_id  # the blocked one is shown first
    expired = format_date(date(2026, 11, 1))
    sentence = (
        "Jobcenter Musterstadt: keine Einwilligung für Schuldaten von Arben Krasniqi"
        f" – abgelaufen am {expired}"
    )
    assert gate.sentences == [sentence]
    assert f"abgelaufen am {expired}" in gate.reasons.text()
    tooltip = grid.index(jobcenter_row, GATE_FIXED_COLUMNS).data(Qt.ItemDataRole.ToolTipRole)
    assert f"abgelaufen am {expired}" in tooltip
    assert tab.model.index(0, CONSENT).data() == "1 gesperrt"
    qtmodeltester.check(grid)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(agenda)

    # -- record the missing consent: the grid turns ✓ ----------------------------------------
    click(qtbot, gate.record_button)
    assert view.tabs.currentWidget() is view.consents
    in_vault(
        qtbot,
        session,
        lambda uow: give_consent(
            uow,
            family.family_id,
            family.mother_id,
            family.child_id,
            family.jobcenter_id,
            date(2026, 11, 24),
            date(2027, 11, 23),
        ),
    )
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    view.tabs.setCurrentWidget(tab)
    jobcenter_row = gate_row(gate.model, family.jobcenter_id)
    assert gate.model.index(jobcenter_row, GATE_FIXED_COLUMNS).data() == "✓"
    assert gate.model.index(jobcenter_row, 1).data() == "alle Themen"
    assert gate.notice.text() == "Alle eingeladenen Stellen dürfen alle Themen sehen."
    assert tab.model.index(0, CONSENT).data() == "alle Teilnehmenden freigegeben"

    # -- invitations and agendas --------------------------------------------------------------
    click(qtbot, tab.invite_button)
    invitations = tab.dialog
    assert isinstance(invitations, InvitationsDialog)
    assert invitations.organiser_name.text() == "Frau Brinkmann"
    assert "Jobcenter Musterstadt: Einladung und Tagesordnung (1 von 1 Themen)" in (
        invitations.recipients.text()
    )
    folder = tmp_path / "versand"
    folder.mkdir()
    type_text(invitations.folder, str(folder))
    type_text(invitations.organiser_email, "keine-adresse")
    click(qtbot, invitations.export_button)
    assert invitations.errors.error_message("organiser_email") != ""
    invitations.organiser_email.clear()
    type_text(invitations.organiser_email, "fallmanagement@stadt.example")
    tick(qtbot, invitations.include_family)
    assert invitations.language.currentData() == "sq"  # the help plan's family language
    with qtbot.waitSignals([invitations.exported, view.loaded], timeout=20_000):
        click(qtbot, invitations.export_button)
    label = conference.case_label
    written = sorted(p.name for p in folder.iterdir())
    assert written == [
        f"Einladung_{label}.ics",
        f"Tagesordnung_{label}_Familie.pdf",
        f"Tagesordnung_{label}_Hauptschule-Am-Park.pdf",
        f"Tagesordnung_{label}_Jobcenter-Musterstadt.pdf",
    ]
    agenda_text = pdf_text(
        (folder / f"Tagesordnung_{label}_Jobcenter-Musterstadt.pdf").read_bytes()
    )
    assert "Schulbesuch und Fehlzeiten" in agenda_text
    assert b"BEGIN:VEVENT" in (folder / f"Einladung_{label}.ics").read_bytes()
    assert invitations.status.text().splitlines()[:2] == [
        "3 Tagesordnung(en) gespeichert",
        "2 Stelle(n) eingeladen (Kalendereinladung .ics)",
    ]
    assert settings.organiser_email == "fallmanagement@stadt.example"
    logged = records(qtbot, session, Disclosure)
    assert sorted(d.document.value for d in logged) == ["agenda"] * 3 + ["invitation"] * 2
    invitations.close()

    # -- the conference was held: write the minutes -------------------------------------------
    tab.sections.setCurrentIndex(AGENDA)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.held_button)
    assert tab.conference().status is ConferenceStatus.HELD
    assert tab.sections.currentIndex() == MINUTES
    minutes = tab.minutes
    assert minutes.editable and minutes.current_topic().id == topic.id
    assert minutes.chosen_language == "sq" and minutes.translation.isVisible()
    assert not minutes.save_button.isEnabled()
    type_text(minutes.result, "Arben fehlt seit Oktober oft; die Schule bietet Gespräche an.")
    type_text(minutes.translation, "Arben mungon shpesh që nga tetori.")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, minutes.save_button)
    [topic] = records(qtbot, session, ConferenceTopic)
    assert topic.result == "Arben fehlt seit Oktober oft; die Schule bietet Gespräche an."
    [translation] = [t for t in records(qtbot, session, TextTranslation) if t.owner_id == topic.id]
    assert (translation.language, translation.wording) == (
        "sq",
        "Arben mungon shpesh që nga tetori.",
    )
    assert view.undo_stack.undoText() == "Ergebnis zu „Schulbesuch und Fehlzeiten“ speichern"
    assert minutes.topic_model.index(0, 2).data() == "✓"
    assert minutes.translation.toPlainText() == "Arben mungon shpesh që nga tetori."
    assert not minutes.save_button.isEnabled()  # saved: nothing left to save

    click(qtbot, minutes.add_button)
    step_dialog = minutes.dialog
    assert isinstance(step_dialog, StepDialog)
    # the Ergebnisziel comes from the topic's goals
    assert step_dialog.outcome_goal.currentData() == str(family.outcome_id)
    type_text(step_dialog.wording, "Gespräch mit der Klassenlehrerin vereinbaren")
    type_text(step_dialog.translation, "Takim me mësuesen e klasës")
    choose(qtbot, step_dialog.responsible, str(family.school_id))
    type_text(step_dialog.due, format_date(date(2026, 12, 11)))
    save_and_reload(qtbot, view, step_dialog.ok_button)
    [step] = records(qtbot, session, AgreedStep)
    assert step.wording == "Gespräch mit der Klassenlehrerin vereinbaren"
    assert step.responsible_actor_id == family.school_id and step.due_on == date(2026, 12, 11)
    assert step.person_ids == (family.child_id,) and step.outcome_goal_id == family.outcome_id
    assert any(t.owner_id == step.id for t in records(qtbot, session, TextTranslation))
    steps = minutes.step_model
    assert steps.rowCount() == 1 and steps.index(0, 3).data() == format_date(date(2026, 12, 11))
    qtmodeltester.check(steps)
    qtmodeltester.check(minutes.topic_model)

    # -- into the help plan: a Fortschreibung with the activity, and a task ------------------
    click(qtbot, minutes.take_button)
    question = minutes.dialog
    assert isinstance(question, QMessageBox)
    assert "1 vereinbarte(r) Schritt(e) werden übernommen" in question.text()
    assert "1 Aktivität(en) im Hilfeplan" in question.text()
    assert "1 Aufgabe(n)" in question.text()
    assert "Fortschreibung des Hilfeplans (Version 2)" in question.text()
    answer_yes(qtbot, view, question)
    versions = sorted(records(qtbot, session, HelpPlanVersion), key=lambda v: v.number)
    assert [(v.number, v.status) for v in versions] == [
        (1, VersionStatus.AGREED),
        (2, VersionStatus.DRAFT),
    ]
    draft_goals = [
        g for g in records(qtbot, session, HelpPlanGoal) if g.version_id == versions[1].id
    ]
    [activity] = [g for g in draft_goals if g.level is GoalLevel.ACTIVITY]
    parent = next(g for g in draft_goals if g.id == activity.parent_id)
    assert parent.origin_id == family.outcome_id
    assert activity.wording == "Gespräch mit der Klassenlehrerin vereinbaren"
    assert activity.responsible_actor_id == family.school_id
    [task] = records(qtbot, session, Task)
    assert task.title == "Gespräch mit der Klassenlehrerin vereinbaren"
    assert task.notes == f"Aus der Fallkonferenz vom {day}"
    [step] = records(qtbot, session, AgreedStep)
    assert (step.activity_id, step.task_id) == (activity.id, task.id)
    assert minutes.step_model.index(0, STEP_TAKEN).data() == "✓"
    assert not minutes.take_button.isEnabled()  # nothing left to take over
    assert view.undo_stack.undoText() == "1 Schritt(e) in den Hilfeplan übernehmen"
    view.tabs.setCurrentWidget(view.help_plan)
    assert view.help_plan.snapshot is not None and view.help_plan.snapshot.version.number == 2
    assert any(
        g.wording == "Gespräch mit der Klassenlehrerin vereinbaren"
        for g in view.help_plan.snapshot.goals
    )
    view.tabs.setCurrentWidget(tab)

    # -- undo removes the activity, the task and the Fortschreibung again --------------------
    undo(qtbot, view)
    assert [v.number for v in records(qtbot, session, HelpPlanVersion)] == [1]
    assert records(qtbot, session, Task) == []
    assert not any(g.level is GoalLevel.ACTIVITY for g in records(qtbot, session, HelpPlanGoal))
    [step] = records(qtbot, session, AgreedStep)
    assert not step.taken_into_help_plan
    assert minutes.step_model.index(0, STEP_TAKEN).data() == ""
    assert minutes.take_button.isEnabled()


def test_an_anonymised_discussion_names_nobody(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.conferences
    dialog = plan_conference(qtbot, view, (family.jobcenter_id,), anonymised=True)
    assert not dialog.family_members.isEnabled()
    save_and_reload(qtbot, view, dialog.ok_button)
    [conference] = records(qtbot, session, CaseConference)
    assert conference.anonymised and conference.participant_person_ids == ()
    assert tab.model.index(0, CONSENT).data() == "anonymisiert – keine nötig"

    topic_dialog = add_school_topic(
        qtbot, view, family, title="Schulbesuch von Arben", lead=family.jobcenter_id
    )
    click(qtbot, topic_dialog.ok_button)
    qtbot.waitUntil(lambda: topic_dialog.errors.error_message("title") != "", timeout=10_000)
    message = topic_dialog.errors.error_message("title")
    assert message.startswith("„Arben“ ist ein Name aus der Familie.")
    assert "anonymisierten Fallbesprechung" in message
    assert topic_dialog.isVisible() and topic_dialog.title.hasFocus()
    assert records(qtbot, session, ConferenceTopic) == []

    topic_dialog.title.clear()
    type_text(topic_dialog.title, "Schulbesuch von Kind 1")
    save_and_reload(qtbot, view, topic_dialog.ok_button)
    [topic] = records(qtbot, session, ConferenceTopic)
    assert topic.title == "Schulbesuch von Kind 1"
    # no consent is needed: the job centre, whose consent expired, sees every topic
    tab.sections.setCurrentIndex(GATE)
    grid = tab.gate.model
    assert grid.index(gate_row(grid, family.jobcenter_id), GATE_FIXED_COLUMNS).data() == "✓"
    assert "keine Einwilligung nötig" in tab.gate.notice.text()
    assert conference.case_label in tab.gate.notice.text()
    assert not tab.gate.record_button.isVisible()

    # the minutes name nobody either: the result is refused next to the field
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.held_button)
    minutes = tab.minutes
    type_text(minutes.result, "Arben war krank.")
    click(qtbot, minutes.save_button)
    qtbot.waitUntil(minutes.result_error.isVisible, timeout=10_000)
    assert minutes.result_error.text().startswith("„Arben“ ist ein Name aus der Familie.")
    assert minutes.result.toPlainText() == "Arben war krank."  # nothing typed is lost
    [topic] = records(qtbot, session, ConferenceTopic)
    assert topic.result == ""


def test_blocked_participant_gets_nothing_minutes_for_one_and_results_sheet(
    qtbot: Any, session: Any, settings: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.conferences
    save_and_reload(
        qtbot, view, plan_conference(qtbot, view, (family.school_id, family.jobcenter_id)).ok_button
    )
    save_and_reload(qtbot, view, add_school_topic(qtbot, view, family).ok_button)
    settings.organiser_email = "fallmanagement@stadt.example"

    click(qtbot, tab.invite_button)
    invitations = tab.dialog
    assert isinstance(invitations, InvitationsDialog)
    assert invitations.organiser_email.text() == "fallmanagement@stadt.example"
    assert "Jobcenter Musterstadt: nichts – kein Thema freigegeben" in invitations.recipients.text()
    type_text(invitations.folder, str(tmp_path / "fehlt"))
    click(qtbot, invitations.export_button)
    assert invitations.errors.error_message("folder") == "Diesen Ordner gibt es nicht."
    invitations.folder.clear()
    type_text(invitations.folder, str(tmp_path))
    with qtbot.waitSignals([invitations.exported, view.loaded], timeout=20_000):
        click(qtbot, invitations.export_button)
    assert not any("Jobcenter" in p.name for p in tmp_path.iterdir())
    assert invitations.exported_documents is not None
    assert invitations.exported_documents.skipped == (family.jobcenter_id,)
    assert invitations.status.text().splitlines()[-1] == (
        "Nichts erhalten, weil kein Thema freigegeben ist: Jobcenter Musterstadt"
    )
    invitations.close()

    # the minutes: the school's copy holds the topic; the job centre cannot be chosen
    assert not tab.minutes_button.isEnabled()  # not held yet
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.held_button)
    type_text(tab.minutes.result, "Die Schule lädt zu einem Gespräch ein.")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.minutes.save_button)
    click(qtbot, tab.minutes_button)
    printing = tab.dialog
    from fallmanager.ui.conference.documents import MinutesPrintDialog, ResultsSheetDialog

    assert isinstance(printing, MinutesPrintDialog)
    model = printing.recipient.model()
    jobcenter_index = printing.recipient.findData(str(family.jobcenter_id))
    assert not model.flags(model.index(jobcenter_index, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert printing.recipient.itemText(jobcenter_index) == (
        "Jobcenter Musterstadt – kein Thema freigegeben"
    )
    choose(qtbot, printing.recipient, str(family.school_id))
    target = tmp_path / printing.suggested_name()
    with qtbot.waitSignals([printing.logged, view.loaded], timeout=20_000):
        printing.save_pdf(target)
    assert "Schulbesuch und Fehlzeiten" in pdf_text(target.read_bytes())
    minutes_log = [
        d for d in records(qtbot, session, Disclosure) if d.document is DocumentKind.MINUTES
    ]
    assert [d.recipient_actor_id for d in minutes_log] == [family.school_id]
    printing.close()

    click(qtbot, tab.results_button)
    sheet = tab.dialog
    assert isinstance(sheet, ResultsSheetDialog)
    assert sheet.chosen_language() == "sq"
    assert sheet.untranslated() == 1  # the result is written in German only
    assert "1 Text(e) sind noch nicht übersetzt" in sheet.note.text()
    target = tmp_path / sheet.suggested_name()
    with qtbot.waitSignals([sheet.logged, view.loaded], timeout=20_000):
        sheet.save_pdf(target)
    assert "Die Schule lädt zu einem Gespräch ein." in pdf_text(target.read_bytes())
    sheets = [
        d for d in records(qtbot, session, Disclosure) if d.document is DocumentKind.RESULTS_SHEET
    ]
    assert len(sheets) == 1 and sheets[0].language == "sq"
    sheet.close()


def test_edit_reorder_remove_and_undo(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family = make_family(qtbot, session)
    other = in_vault(
        qtbot,
        session,
        lambda uow: add_actor(uow, name="Caritas Migrationsberatung", kind=ActorKind.OTHER),
    )
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.conferences
    save_and_reload(qtbot, view, plan_conference(qtbot, view, (family.school_id,)).ok_button)
    save_and_reload(qtbot, view, add_school_topic(qtbot, view, family).ok_button)
    agenda = tab.agenda
    click(qtbot, agenda.add_button)
    second = agenda.dialog
    assert isinstance(second, TopicDialog)
    type_text(second.title, "Termine und nächste Schritte")  # no data: open to everyone
    save_and_reload(qtbot, view, second.ok_button)
    titles = [agenda.model.index(r, 1).data() for r in range(agenda.model.rowCount())]
    assert titles == ["Schulbesuch und Fehlzeiten", "Termine und nächste Schritte"]
    assert agenda.model.index(1, 2).data() == "keine personenbezogenen Daten"
    assert agenda.selected_topic() is not None
    assert agenda.selected_topic().title == "Termine und nächste Schritte"

    # move the second topic up
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, agenda.up_button)
    titles = [agenda.model.index(r, 1).data() for r in range(agenda.model.rowCount())]
    assert titles == ["Termine und nächste Schritte", "Schulbesuch und Fehlzeiten"]
    assert agenda.selected_topic().title == "Termine und nächste Schritte"
    assert not agenda.up_button.isEnabled() and agenda.down_button.isEnabled()

    # invite one more organisation from the directory
    click(qtbot, tab.edit_button)
    editing = tab.dialog
    assert isinstance(editing, ConferenceDialog)
    assert editing.case_label.text() == records(qtbot, session, CaseConference)[0].case_label
    click(qtbot, editing.more_button)
    chooser = editing.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.list.isEnabled)
    type_text(chooser.filter, "cari")
    assert chooser.list.count() == 1
    click(qtbot, chooser.ok_button)
    assert other.id in editing.participants.checked_ids()
    editing.duration.setValue(60)
    save_and_reload(qtbot, view, editing.ok_button)
    [conference] = records(qtbot, session, CaseConference)
    assert other.id in conference.participant_actor_ids and conference.duration_minutes == 60
    assert "10:00–11:00" in tab.header.text()
    gate = tab.gate.model
    assert gate.rowCount() == 2
    caritas = gate_row(gate, other.id)
    # the topic without data is open to Caritas, the school topic is not
    assert [gate.index(caritas, c).data() for c in (2, 3)] == ["✓", "✗"]

    # remove the school topic after a question; undo brings it back
    agenda.select(next(t.id for t in agenda.model.rows() if t.title.startswith("Schul")))
    click(qtbot, agenda.remove_button)
    answer_yes(qtbot, view, agenda.dialog)
    assert [t.title for t in records(qtbot, session, ConferenceTopic)] == [
        "Termine und nächste Schritte"
    ]
    undo(qtbot, view)
    assert len(records(qtbot, session, ConferenceTopic)) == 2

    # cancel, plan again, then remove the whole conference; undo restores it with its agenda
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.cancel_button)
    assert tab.conference().status is ConferenceStatus.CANCELLED
    assert not tab.cancel_button.isVisible() and tab.replan_button.isVisible()
    assert not agenda.add_action.isEnabled()  # a cancelled conference's agenda is kept as it was
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.replan_button)
    assert tab.conference().status is ConferenceStatus.PLANNED
    click(qtbot, tab.remove_button)
    question = tab.dialog
    assert isinstance(question, QMessageBox)
    assert "2 Thema/Themen" in question.text()
    answer_yes(qtbot, view, question)
    assert records(qtbot, session, CaseConference) == []
    assert tab.stack.currentWidget() is tab.empty_page
    undo(qtbot, view)
    assert len(records(qtbot, session, CaseConference)) == 1
    assert len(records(qtbot, session, ConferenceTopic)) == 2
    assert tab.model.rowCount() == 1

    # minutes: what is written is saved when another topic is chosen
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, tab.held_button)
    minutes = tab.minutes
    choose(qtbot, minutes.language, "")
    assert not minutes.translation.isVisible()
    first = minutes.current_topic()
    assert first is not None
    type_text(minutes.result, "Termin im Januar")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        minutes.topics.selectRow(1)
    assert minutes.current_topic() is not None and minutes.current_topic().id != first.id
    saved = next(t for t in records(qtbot, session, ConferenceTopic) if t.id == first.id)
    assert saved.result == "Termin im Januar"
    assert minutes.result.toPlainText() == ""

    for model in (ConferenceListModel(), TopicTableModel(), GateModel(), MinutesTopicModel()):
        qtmodeltester.check(model)
    qtmodeltester.check(StepTableModel())
