"""Tab "Schule & Arbeit": record school attendance, training, employment and benefits."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.education_work import (
    AttendanceConcern,
    BenefitKind,
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.network import ActorKind
from fallmanager.services.family_files import open_family_file
from fallmanager.services.network import add_actor
from fallmanager.services.persons import add_person
from fallmanager.ui.family_file.school_dialogs import (
    BenefitDialog,
    EmploymentDialog,
    SchoolAttendanceDialog,
    TrainingDialog,
)
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.family_file.work_common import period_text, select_id
from tests.ui.conftest import TODAY, in_vault, wait_idle

#: Keeps views referenced until pytest-qt has deleted them (see test_family_file_visits).
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Any:
    yield
    _VIEWS.clear()


def setup_family(qtbot: Any, session: Any) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    def create(uow: Any) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
        family = open_family_file(uow, opened_on=date(2026, 2, 1))
        ids = []
        for given, born in (("Zeynep", "1990-01-15"), ("Emir", "2012-07-03")):
            ids.append(
                add_person(
                    uow,
                    family_id=family.id,
                    given_names=given,
                    family_name="Şahin",
                    birth_date=PartialDate.parse(born),
                    today=TODAY,
                ).person.id
            )
        school = add_actor(uow, name="Gesamtschule Mitte", kind=ActorKind.SCHOOL)
        add_actor(uow, name="Jobcenter", kind=ActorKind.JOBCENTER)
        return family.id, ids[0], ids[1], school.id

    return in_vault(qtbot, session, create)


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.tabs.setCurrentWidget(view.school_work)
    view.show()
    return view


def records(qtbot: Any, session: Any, cls: type) -> list[Any]:
    def load(uow: Any) -> list[Any]:
        with uow:
            return list(uow.records.find(cls))

    return in_vault(qtbot, session, load)


def test_school_attendance_with_period_error(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family_id, mother, child, school_id = setup_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    tab = view.school_work
    select_id(tab.person_filter, child)
    qtbot.mouseClick(tab.school.button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SchoolAttendanceDialog)
    wait_idle(qtbot, session)  # the schools of the directory are loaded
    assert dialog.person.currentText() == "Emir Şahin"  # the person of the filter
    assert dialog.actor is not None
    assert [dialog.actor.itemText(i) for i in range(dialog.actor.count())] == [
        "keine Angabe",
        "Gesamtschule Mitte",
    ]
    select_id(dialog.actor, school_id)
    qtbot.keyClicks(dialog.class_name, "8b")
    dialog.concern.setCurrentIndex(
        dialog.concern.findData(AttendanceConcern.FREQUENT_ABSENCES.value)
    )
    qtbot.keyClicks(dialog.from_date, "01.08.2026")
    qtbot.keyClicks(dialog.until_date, "31.07.2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error_message("until_date") == "Das Ende liegt vor dem Beginn."
    assert dialog.errors.error_message("from_date") == ""
    wait_idle(qtbot, session)
    assert records(qtbot, session, SchoolAttendance) == []
    assert dialog.isVisible()

    dialog.until_date.clear()
    qtbot.keyClicks(dialog.until_date, "31.07.2027")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [record] = records(qtbot, session, SchoolAttendance)
    assert (record.person_id, record.school_id, record.class_name, record.concern) == (
        child,
        school_id,
        "8b",
        AttendanceConcern.FREQUENT_ABSENCES,
    )
    assert (record.from_date, record.until_date) == (date(2026, 8, 1), date(2027, 7, 31))
    proxy = tab.school.proxy
    assert proxy.rowCount() == 1
    assert [proxy.index(0, c).data() for c in range(5)] == [
        "Emir Şahin",
        "Gesamtschule Mitte",
        "8b",
        "häufige Fehlzeiten",
        period_text(date(2026, 8, 1), date(2027, 7, 31)),
    ]
    assert view.undo_stack.undoText() == "Schulbesuch von „Emir Şahin“ erfassen"
    select_id(tab.person_filter, mother)
    assert proxy.rowCount() == 0
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    assert records(qtbot, session, SchoolAttendance) == []
    assert tab.school.model.rowCount() == 0
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo()
    assert len(records(qtbot, session, SchoolAttendance)) == 1
    for section in tab.sections:
        qtmodeltester.check(section.model)
        qtmodeltester.check(section.proxy)


def test_training_employment_benefit(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family_id, mother, _child, _school = setup_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    tab = view.school_work

    qtbot.mouseClick(tab.training.button, Qt.MouseButton.LeftButton)
    training = tab.dialog
    assert isinstance(training, TrainingDialog)
    wait_idle(qtbot, session)
    select_id(training.person, mother)
    qtbot.mouseClick(training.ok_button, Qt.MouseButton.LeftButton)
    assert training.errors.error_message("occupation") == "Bitte ausfüllen."
    qtbot.keyClicks(training.occupation, "Pflegefachfrau")
    qtbot.keyClicks(training.employer, "Klinikum Nord")
    qtbot.keyClicks(training.from_date, "01.10.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(training.ok_button, Qt.MouseButton.LeftButton)
    [trained] = records(qtbot, session, VocationalTraining)
    assert (trained.person_id, trained.occupation, trained.employer, trained.qualified) == (
        mother,
        "Pflegefachfrau",
        "Klinikum Nord",
        True,
    )
    assert tab.training.proxy.index(0, 1).data() == "Pflegefachfrau"
    assert tab.training.proxy.index(0, 4).data() == "ja"

    qtbot.mouseClick(tab.employment.button, Qt.MouseButton.LeftButton)
    job = tab.dialog
    assert isinstance(job, EmploymentDialog)
    select_id(job.person, mother)
    qtbot.keyClicks(job.employer, "Backhaus Nowak")
    job.hours.setValue(19.5)
    qtbot.mouseClick(job.secures, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(job.ok_button, Qt.MouseButton.LeftButton)
    [employment] = records(qtbot, session, Employment)
    assert (employment.employer, employment.hours_per_week, employment.secures_livelihood) == (
        "Backhaus Nowak",
        19.5,
        True,
    )
    assert tab.employment.proxy.index(0, 1).data() == "Backhaus Nowak"
    assert view.undo_stack.undoText() == "Beschäftigung von „Zeynep Şahin“ erfassen"

    qtbot.mouseClick(tab.benefits.button, Qt.MouseButton.LeftButton)
    benefit = tab.dialog
    assert isinstance(benefit, BenefitDialog)
    assert benefit.person.currentText() == "ganze Familie"
    benefit.kind.setCurrentIndex(benefit.kind.findData(BenefitKind.ASYLBLG.value))
    qtbot.keyClicks(benefit.from_date, "2026")  # a year alone is no day
    qtbot.mouseClick(benefit.ok_button, Qt.MouseButton.LeftButton)
    assert benefit.errors.error_message("from_date").startswith("Kein gültiges Datum")
    benefit.from_date.clear()
    qtbot.keyClicks(benefit.from_date, "01.02.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(benefit.ok_button, Qt.MouseButton.LeftButton)
    [period] = records(qtbot, session, BenefitPeriod)
    assert (period.family_id, period.person_id, period.kind) == (
        family_id,
        None,
        BenefitKind.ASYLBLG,
    )
    assert tab.benefits.proxy.index(0, 0).data() == "ganze Familie"
    assert tab.benefits.proxy.index(0, 1).data() == "AsylbLG"
    assert view.undo_stack.undoText() == "Leistungsbezug „AsylbLG“ erfassen"
    for section in tab.sections:
        qtmodeltester.check(section.model)
        qtmodeltester.check(section.proxy)
    session.lock()
    assert all(s.model.rowCount() == 0 for s in tab.sections)
    assert tab.person_filter.count() == 1
