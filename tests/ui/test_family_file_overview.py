"""The "Überblick" tab: header, members with age and status, warnings, actors, tasks, and
closing / reopening the family file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import CaseStatus
from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.network import ActorKind
from fallmanager.domain.residence import ResidenceKind
from fallmanager.services.family_files import open_family_file
from fallmanager.services.housing import record_household, register_accommodation
from fallmanager.services.network import add_actor, add_contact_person, involve_actor
from fallmanager.services.persons import add_person
from fallmanager.services.relationships import record_parent_child
from fallmanager.services.residence import record_residence_status
from fallmanager.services.tasks import add_task
from fallmanager.services.visits import record_visit
from fallmanager.ui.family_file.close_family_dialog import CloseFamilyDialog
from fallmanager.ui.family_file.person_dialog import PersonDialog
from fallmanager.ui.family_file.person_name_variants_dialog import NameVariantsDialog
from fallmanager.ui.family_file.relationship_dialog import RelationshipDialog
from fallmanager.ui.family_file.residence_dialog import (
    ExtendResidenceDialog,
    MigrationEventDialog,
    ResidenceStatusDialog,
)
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from tests.ui.conftest import TODAY, in_vault, wait_idle
from tests.ui.test_family_file_persons import (
    _keep_views,
    german_locale,
    snapshot,
    type_text,
)
from tests.ui.test_family_file_persons import open_view as open_persons_view

__all__ = ["_keep_views", "german_locale"]  # autouse fixtures apply here as well

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Family:
    id: uuid.UUID
    case_number: str
    dorde: uuid.UUID
    jelena: uuid.UUID
    ana: uuid.UUID


def build_family(uow: Any) -> Family:
    family = open_family_file(
        uow, opened_on=date(2025, 3, 4), responsible="Frau Beispiel", warnings=("Hund im Haus",)
    )

    def person(given: str, **kw: Any) -> uuid.UUID:
        return add_person(
            uow,
            given_names=given,
            family_name="Đorđević",
            family_id=family.id,
            confirmed_not_duplicate=True,
            today=TODAY,
            **kw,
        ).person.id

    dorde = person(
        "Đorđe",
        birth_date=PartialDate(1986, 1, 1),
        needs_interpreter=True,
        interpreter_language="sr",
    )
    jelena = person("Jelena", birth_date=PartialDate(1988, 3))
    ana = person("Ana", birth_date=PartialDate(2012))
    record_parent_child(uow, parent_id=jelena, child_id=ana)
    record_residence_status(
        uow,
        person_id=jelena,
        kind=ResidenceKind.TOLERATION,
        valid_from=date(2026, 5, 20),
        valid_until=TODAY - timedelta(days=5),
    )
    record_residence_status(
        uow,
        person_id=ana,
        kind=ResidenceKind.RESIDENCE_PERMIT,
        legal_basis="§ 25a AufenthG",
        valid_from=date(2026, 1, 1),
        valid_until=TODAY + timedelta(days=10),
    )
    record_residence_status(
        uow,
        person_id=dorde,
        kind=ResidenceKind.TOLERATION,
        valid_from=date(2026, 6, 1),
        valid_until=date(2027, 6, 1),
    )
    place = register_accommodation(
        uow,
        kind=AccommodationKind.MUNICIPAL_REFUGEE,
        name="Übergangsheim Am Kanal",
        postcode="48155",
        city="Münster",
    )
    record_household(
        uow,
        family_id=family.id,
        member_ids=(dorde, jelena, ana),
        accommodation_id=place.id,
        unit="3b",
        moved_in=date(2025, 4, 1),
    )
    office = add_actor(uow, name="Ausländerbehörde Münster", kind=ActorKind.IMMIGRATION_OFFICE)
    contact = add_contact_person(uow, actor_id=office.id, name="Herr Muster")
    involve_actor(
        uow, family_id=family.id, actor_id=office.id, role="Duldung", contact_person_id=contact.id
    )
    school = add_actor(uow, name="Gesamtschule Nord", kind=ActorKind.SCHOOL)
    involve_actor(uow, family_id=family.id, actor_id=school.id, role="Schule von Ana")
    add_task(uow, family_id=family.id, title="Pass beantragen", due_on=TODAY - timedelta(days=2))
    add_task(uow, family_id=family.id, title="Schulanmeldung", due_on=TODAY + timedelta(days=7))
    add_task(uow, family_id=family.id, title="Arzttermin klären")
    record_visit(uow, family_id=family.id, occurred_at=datetime(2026, 11, 20, 10, 30))
    return Family(family.id, family.case_number, dorde, jelena, ana)


def open_view(
    qtbot: Any, session: VaultSession, settings: AppSettings, family_id: Any
) -> FamilyFileView:
    view = open_persons_view(qtbot, session, settings, family_id)
    view.tabs.setCurrentWidget(view.overview)
    return view


def rows(model: Any) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_overview_shows_members_warnings_actors_and_tasks(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    family = in_vault(qtbot, session, build_family)
    view = open_view(qtbot, session, settings, family.id)
    tab = view.overview
    assert tab.title() == "Überblick"
    assert tab.case_number.text() == family.case_number
    assert tab.status.text() == "offen"
    assert tab.responsible.text() == "Frau Beispiel"
    assert tab.opened_on.text() == "04.03.2025"
    assert tab.closed_on.text() == ""
    assert tab.last_contact.text() == "20.11.2026 10:30"

    # oldest first; partial birth dates give an approximate age
    assert rows(tab.members_model) == [
        ["Đorđe Đorđević", "40", "Duldung (§ 60a), § 60a AufenthG", "01.06.2027"],
        ["Jelena Đorđević", "38", "Duldung (§ 60a), § 60a AufenthG", "20.11.2026 (abgelaufen)"],
        ["Ana Đorđević", "ca. 13", "Aufenthaltserlaubnis, § 25a AufenthG", "05.12.2026"],
    ]
    assert tab.members_model.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.members_model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None

    household = tab.household.text()
    assert "Übergangsheim Am Kanal" in household
    assert "48155 Münster" in household
    assert "Wohneinheit 3b" in household
    assert "3 Person(en)" in household

    warnings = tab.warnings_model.texts()
    assert "Hund im Haus" in warnings
    assert "Jelena Đorđević: Duldung (§ 60a) seit 20.11.2026 abgelaufen" in warnings
    assert "Ana Đorđević: Aufenthaltserlaubnis läuft am 05.12.2026 ab" in warnings
    assert "Đorđe Đorđević braucht Dolmetschung (sr)" in warnings
    assert "Đorđe Đorđević: Der 01.01. ist oft ein fiktives Geburtsdatum. Bitte prüfen." in warnings
    assert "1 überfällige Aufgabe(n)" in warnings

    assert tab.actors_model.texts() == [
        "Ausländerbehörde Münster – Duldung (Ansprechpartner/in: Herr Muster)",
        "Gesamtschule Nord – Schule von Ana",
    ]
    assert tab.tasks_model.texts() == [
        "23.11.2026: Pass beantragen",
        "02.12.2026: Schulanmeldung",
        "ohne Frist: Arzttermin klären",
    ]
    for model in (tab.members_model, tab.warnings_model, tab.actors_model, tab.tasks_model):
        qtmodeltester.check(model)


def test_links_open_the_other_tabs(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family = in_vault(qtbot, session, build_family)
    view = open_view(qtbot, session, settings, family.id)
    tab = view.overview
    for button, page in (
        (tab.persons_link, view.persons),
        (tab.residence_link, view.residence),
        (tab.school_work_link, view.school_work),
        (tab.involvements_link, view.involvements),
        (tab.tasks_link, view.tasks),
        (tab.visits_link, view.visits),
    ):
        view.tabs.setCurrentWidget(tab)
        with qtbot.waitSignal(tab.open_tab_requested, timeout=1_000):
            qtbot.mouseClick(button, LEFT)
        assert view.tabs.currentWidget() is page
    # a warning about a residence document leads to the residence tab
    view.tabs.setCurrentWidget(tab)
    texts = tab.warnings_model.texts()
    row = next(i for i, text in enumerate(texts) if "abgelaufen" in text)
    with qtbot.waitSignal(tab.open_tab_requested, timeout=1_000) as blocker:
        tab.warnings.activated.emit(tab.warnings_model.index(row, 0))
    assert blocker.args == ["residence"]
    assert view.tabs.currentWidget() is view.residence


def test_close_with_confirmation_then_reopen_all_undoable(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family = in_vault(qtbot, session, lambda uow: open_family_file(uow, opened_on=date(2025, 3, 4)))
    view = open_view(qtbot, session, settings, family.id)
    tab = view.overview
    assert tab.close_button.isVisible()
    assert not tab.reopen_button.isVisible()

    # Cancel changes nothing
    qtbot.mouseClick(tab.close_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, CloseFamilyDialog)
    assert family.case_number in dialog.question.text()
    assert dialog.closed_on.text() == "25.11.2026"
    dialog.reject()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family.id).family.status is CaseStatus.OPEN

    # A date before the opening is refused next to the field
    qtbot.mouseClick(tab.close_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, CloseFamilyDialog)
    dialog.closed_on.clear()
    type_text(qtbot, dialog.closed_on, "01.01.2025")
    qtbot.mouseClick(dialog.confirm, LEFT)
    assert dialog.errors.error_message("closed_on") == "Das Ende liegt vor dem Beginn."
    dialog.closed_on.clear()
    type_text(qtbot, dialog.closed_on, "24.11.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.confirm, LEFT)
    wait_idle(qtbot, session)
    closed = snapshot(qtbot, session, family.id).family
    assert closed.status is CaseStatus.CLOSED
    assert closed.closed_on == date(2026, 11, 24)
    assert tab.status.text() == "abgeschlossen"
    assert tab.closed_on.text() == "24.11.2026"
    assert not tab.close_button.isVisible()
    assert tab.reopen_button.isVisible()
    assert view.undo_stack.undoText() == f"Akte {family.case_number} schließen"
    # a closed file takes no new persons
    assert not view.persons.add_button.isEnabled()

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family.id).family.status is CaseStatus.OPEN
    assert tab.status.text() == "offen"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family.id).family.closed_on == date(2026, 11, 24)

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(tab.reopen_button, LEFT)
    wait_idle(qtbot, session)
    reopened = snapshot(qtbot, session, family.id).family
    assert reopened.status is CaseStatus.OPEN
    assert reopened.closed_on is None
    assert tab.close_button.isVisible()
    assert view.undo_stack.undoText() == f"Akte {family.case_number} wieder öffnen"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family.id).family.closed_on == date(2026, 11, 24)


def test_locking_clears_the_overview(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family = in_vault(qtbot, session, build_family)
    view = open_view(qtbot, session, settings, family.id)
    tab = view.overview
    assert tab.members_model.rowCount() == 3
    session.locked.emit()
    assert tab.members_model.rowCount() == 0
    assert tab.warnings_model.rowCount() == 0
    assert tab.case_number.text() == ""
    assert not tab.close_button.isEnabled()


def test_language_change_retranslates_tabs_and_dialogs(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family = in_vault(qtbot, session, build_family)
    view = open_view(qtbot, session, settings, family.id)
    change = QEvent(QEvent.Type.LanguageChange)
    for tab in (view.overview, view.persons, view.residence):
        QApplication.sendEvent(tab, change)
    assert view.overview.close_button.text() == "Akte &schließen …"
    assert view.overview.members_model.rowCount() == 3
    assert [
        button.text()
        for button in (
            view.persons.add_button,
            view.persons.edit_button,
            view.persons.variants_button,
            view.persons.relationship_button,
            view.persons.remove_button,
        )
    ] == [
        "Person &hinzufügen …",
        "&Bearbeiten …",
        "&Namensvariante …",
        "Be&ziehung erfassen …",
        "Aus Familie ent&fernen",
    ]
    assert view.residence.record_button.text() == "Aufenthaltsstatus &erfassen …"

    detail = snapshot(qtbot, session, family.id)
    person = detail.persons[0]
    status = detail.residence_statuses[0]
    dialogs = [
        PersonDialog(view.context, detail, None, view),
        PersonDialog(view.context, detail, person, view),
        RelationshipDialog(view.context, detail, person.id, view),
        NameVariantsDialog(view.context, person, [], view),
        CloseFamilyDialog(view.context, detail.family, view),
        ResidenceStatusDialog(view.context, person.id, None, view),
        ResidenceStatusDialog(view.context, person.id, status, view),
        ExtendResidenceDialog(view.context, status, view),
        MigrationEventDialog(view.context, person.id, view),
    ]
    titles = [dialog.windowTitle() for dialog in dialogs]
    for dialog in dialogs:
        QApplication.sendEvent(dialog, change)
    assert [dialog.windowTitle() for dialog in dialogs] == titles
    assert titles[:2] == ["Person hinzufügen", "Person bearbeiten"]
    assert dialogs[1].given_names.text() == person.given_names
