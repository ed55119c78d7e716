"""The "Aufenthalt" tab: residence statuses per person, extending, correcting, migration."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.residence import MigrationEventKind, ResidenceKind
from fallmanager.services.residence import record_residence_status
from fallmanager.ui.family_file.residence_dialog import (
    ExtendResidenceDialog,
    MigrationEventDialog,
    ResidenceStatusDialog,
)
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from tests.ui.conftest import in_vault, wait_idle
from tests.ui.test_family_file_persons import (
    _keep_views,
    add_member,
    choose,
    german_locale,
    new_family,
    snapshot,
    type_text,
)
from tests.ui.test_family_file_persons import open_view as open_persons_view

__all__ = ["_keep_views", "german_locale"]  # autouse fixtures apply here as well

LEFT = Qt.MouseButton.LeftButton


def open_view(
    qtbot: Any, session: VaultSession, settings: AppSettings, family_id: Any
) -> FamilyFileView:
    view = open_persons_view(qtbot, session, settings, family_id)
    view.tabs.setCurrentWidget(view.residence)
    return view


def ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def timeline(view: FamilyFileView) -> list[list[str]]:
    model = view.residence.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_record_residence_status_with_legal_basis_error(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    family_id = new_family(qtbot, session)
    add_member(qtbot, session, family_id, "Ana", "Đorđević", birth_date=PartialDate(2012))
    jelena = add_member(qtbot, session, family_id, "Jelena", "Đorđević")
    view = open_view(qtbot, session, settings, family_id)
    tab = view.residence
    assert tab.title() == "Aufenthalt"
    # persons sorted by name: Ana first
    assert [tab.person.itemText(i) for i in range(tab.person.count())] == [
        "Ana Đorđević",
        "Jelena Đorđević",
    ]
    choose(tab.person, "Jelena Đorđević")
    assert tab.current.text() == "Kein Aufenthaltsstatus erfasst."

    qtbot.mouseClick(tab.record_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ResidenceStatusDialog)
    choose(dialog.kind, "Aufenthaltserlaubnis")
    type_text(qtbot, dialog.valid_from, "01.02.2026")
    type_text(qtbot, dialog.valid_until, "10.12.2026")
    ok(dialog)
    wait_idle(qtbot, session)
    assert dialog.isVisible()
    assert dialog.errors.error_message("legal_basis") == (
        "Eine Aufenthaltserlaubnis braucht ihre Rechtsgrundlage (z. B. § 25b)."
    )
    assert snapshot(qtbot, session, family_id).residence_statuses == ()

    type_text(qtbot, dialog.legal_basis, "§ 25b AufenthG")
    type_text(qtbot, dialog.issuing_office, "Ausländerbehörde Münster")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    statuses = snapshot(qtbot, session, family_id).residence_statuses
    assert len(statuses) == 1
    status = statuses[0]
    assert status.person_id == jelena.id
    assert status.kind is ResidenceKind.RESIDENCE_PERMIT
    assert status.legal_basis == "§ 25b AufenthG"
    assert (status.valid_from, status.valid_until) == (date(2026, 2, 1), date(2026, 12, 10))
    assert status.issuing_office == "Ausländerbehörde Münster"
    assert view.undo_stack.undoText() == "Aufenthaltsstatus erfassen"

    assert tab.person.currentText() == "Jelena Đorđević"
    rows = timeline(view)
    assert rows == [
        [
            "01.02.2026",
            "Aufenthaltserlaubnis",
            "§ 25b AufenthG",
            "01.02.2026",
            "10.12.2026",
            "läuft in 15 Tag(en) ab",
            "Ausländerbehörde Münster",
            "",
        ]
    ]
    # expiring soon is highlighted
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "gültig bis 10.12.2026" in tab.current.text()
    qtmodeltester.check(tab.model)

    # undo withdraws it, redo brings it back
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).residence_statuses == ()
    assert timeline(view) == []
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo()
    wait_idle(qtbot, session)
    assert [s.id for s in snapshot(qtbot, session, family_id).residence_statuses] == [status.id]


def test_default_legal_basis_and_period_check(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    add_member(qtbot, session, family_id, "Emre", "Şahin")
    view = open_view(qtbot, session, settings, family_id)
    tab = view.residence
    qtbot.mouseClick(tab.record_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ResidenceStatusDialog)
    choose(dialog.kind, "Duldung (§ 60a)")
    assert dialog.legal_basis.placeholderText() == "§ 60a AufenthG"
    type_text(qtbot, dialog.valid_from, "01.06.2026")
    type_text(qtbot, dialog.valid_until, "01.05.2026")
    ok(dialog)
    assert dialog.errors.error_message("valid_until") == "Das Ende liegt vor dem Beginn."
    dialog.valid_until.clear()
    type_text(qtbot, dialog.valid_until, "31.13.2026")
    ok(dialog)
    assert "Kein gültiges Datum" in dialog.errors.error_message("valid_until")
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).residence_statuses == ()
    dialog.valid_until.clear()
    type_text(qtbot, dialog.valid_until, "30.11.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    (status,) = snapshot(qtbot, session, family_id).residence_statuses
    assert status.kind is ResidenceKind.TOLERATION
    assert status.legal_basis == "§ 60a AufenthG"


def test_extend_and_correct_residence_status(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    person = add_member(qtbot, session, family_id, "Arben", "Krasniqi")
    original = in_vault(
        qtbot,
        session,
        lambda uow: record_residence_status(
            uow,
            person_id=person.id,
            kind=ResidenceKind.TOLERATION,
            valid_from=date(2026, 6, 1),
            valid_until=date(2026, 11, 20),
        ),
    )
    view = open_view(qtbot, session, settings, family_id)
    tab = view.residence
    rows = timeline(view)
    assert rows[0][5] == "abgelaufen"
    assert not tab.extend_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.extend_button.isEnabled()

    qtbot.mouseClick(tab.extend_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ExtendResidenceDialog)
    assert dialog.valid_until.text() == "20.11.2026"
    dialog.valid_until.clear()
    type_text(qtbot, dialog.valid_until, "20.05.2027")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    (extended,) = snapshot(qtbot, session, family_id).residence_statuses
    assert extended.valid_until == date(2027, 5, 20)
    assert view.undo_stack.undoText() == "Aufenthaltsstatus verlängern"
    assert timeline(view)[0][4] == "20.05.2027"
    assert timeline(view)[0][5] == "gültig"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.correct_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ResidenceStatusDialog)
    assert dialog.legal_basis.text() == "§ 60a AufenthG"
    type_text(qtbot, dialog.issuing_office, "Ausländerbehörde Münster")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    (corrected,) = snapshot(qtbot, session, family_id).residence_statuses
    assert corrected.issuing_office == "Ausländerbehörde Münster"
    assert corrected.valid_until == date(2027, 5, 20)
    assert view.undo_stack.undoText() == "Aufenthaltsstatus korrigieren"

    for _ in range(2):
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.undo_stack.undo()
        wait_idle(qtbot, session)
    (restored,) = snapshot(qtbot, session, family_id).residence_statuses
    assert restored == original


def test_record_migration_event(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    family_id = new_family(qtbot, session)
    person = add_member(qtbot, session, family_id, "Jelena", "Đorđević")
    in_vault(
        qtbot,
        session,
        lambda uow: record_residence_status(
            uow, person_id=person.id, kind=ResidenceKind.TOLERATION, valid_from=date(2026, 1, 1)
        ),
    )
    view = open_view(qtbot, session, settings, family_id)
    tab = view.residence
    qtbot.mouseClick(tab.migration_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, MigrationEventDialog)
    choose(dialog.kind, "Einreise")
    type_text(qtbot, dialog.date, "2027")
    type_text(qtbot, dialog.country, "rs")
    ok(dialog)
    assert dialog.errors.error_message("date") == "Das Datum liegt in der Zukunft."
    dialog.date.clear()
    type_text(qtbot, dialog.date, "05.2015")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    (event,) = snapshot(qtbot, session, family_id).migration_events
    assert event.kind is MigrationEventKind.ENTRY
    assert event.date == PartialDate(2015, 5)
    assert event.country == "RS"
    assert view.undo_stack.undoText() == "Einreise erfassen"
    # the entry comes first in the timeline, before the toleration of 2026
    assert [row[:2] for row in timeline(view)] == [
        ["05.2015", "Einreise"],
        ["01.01.2026", "Duldung (§ 60a)"],
    ]
    qtmodeltester.check(tab.model)
