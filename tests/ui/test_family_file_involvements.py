"""Tab "Netzwerk": involve actors (existing or new), end an involvement, undo."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.services.family_files import open_family_file
from fallmanager.services.network import add_actor
from fallmanager.ui.family_file.involvement_dialog import EndInvolvementDialog, InvolvementDialog
from fallmanager.ui.family_file.involvement_models import ACTOR, CONTACT, KIND, ROLE, UNTIL
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.widgets.dates import format_date
from tests.ui.conftest import TODAY, in_vault, wait_idle

#: Keeps views referenced until pytest-qt has deleted them (see test_family_file_visits).
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Any:
    yield
    _VIEWS.clear()


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.tabs.setCurrentWidget(view.involvements)
    view.show()
    return view


def records(qtbot: Any, session: Any, cls: type) -> list[Any]:
    def load(uow: Any) -> list[Any]:
        with uow:
            return list(uow.records.find(cls))

    return in_vault(qtbot, session, load)


def test_involve_and_end(qtbot: Any, session: Any, settings: Any, qtmodeltester: Any) -> None:
    def create(uow: Any) -> tuple[uuid.UUID, uuid.UUID]:
        family = open_family_file(uow, opened_on=date(2026, 2, 1))
        caritas = add_actor(
            uow, name="Caritas", kind=ActorKind.NGO, department="Migrationsberatung"
        )
        add_actor(uow, name="Şahin Nachhilfe", kind=ActorKind.OTHER)
        return family.id, caritas.id

    family_id, caritas_id = in_vault(qtbot, session, create)
    view = open_view(qtbot, session, settings, family_id)
    tab = view.involvements
    assert not tab.end_button.isEnabled()

    # an actor from the directory
    qtbot.mouseClick(tab.involve_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, InvolvementDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.existing.isChecked() and dialog.actor.count() == 2
    dialog.select_actor(caritas_id)
    qtbot.keyClicks(dialog.role, "Migrationsberatung")
    dialog.since.clear()
    qtbot.keyClicks(dialog.since, "01.03.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [involvement] = records(qtbot, session, Involvement)
    assert (involvement.actor_id, involvement.role, involvement.since) == (
        caritas_id,
        "Migrationsberatung",
        date(2026, 3, 1),
    )
    assert view.undo_stack.undoText() == "Akteur „Caritas“ beteiligen"

    # a new actor with a contact person, created in the same dialog
    qtbot.mouseClick(tab.involve_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, InvolvementDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    qtbot.mouseClick(dialog.new, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no name
    assert dialog.errors.error_message("name") == "Bitte ausfüllen."
    qtbot.keyClicks(dialog.name, "Jugendamt")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActorKind.YOUTH_OFFICE.value))
    qtbot.keyClicks(dialog.role, "Kommunaler Sozialdienst")
    qtbot.keyClicks(dialog.contact, "Frau Yilmaz")
    qtbot.keyClicks(dialog.contact_phone, "0251 492-0")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    youth = next(a for a in records(qtbot, session, Actor) if a.name == "Jugendamt")
    assert youth.kind is ActorKind.YOUTH_OFFICE
    [contact] = records(qtbot, session, ContactPerson)
    assert (contact.actor_id, contact.name, contact.phone) == (
        youth.id,
        "Frau Yilmaz",
        "0251 492-0",
    )
    new = next(i for i in records(qtbot, session, Involvement) if i.actor_id == youth.id)
    assert new.contact_person_id == contact.id and new.since == TODAY

    proxy = tab.proxy
    qtmodeltester.check(tab.model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    assert [proxy.index(r, ACTOR).data() for r in range(2)] == [
        "Caritas – Migrationsberatung",
        "Jugendamt",
    ]
    assert proxy.index(1, KIND).data() == "Jugendamt"
    assert proxy.index(1, ROLE).data() == "Kommunaler Sozialdienst"
    assert proxy.index(1, CONTACT).data() == "Frau Yilmaz (0251 492-0)"

    # end the Caritas involvement: a day before its start is refused next to the field
    tab.table.selectRow(0)
    assert tab.end_button.isEnabled()
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    end = tab.dialog
    assert isinstance(end, EndInvolvementDialog)
    assert end.until.text() == format_date(TODAY)
    end.until.clear()
    qtbot.keyClicks(end.until, "28.02.2026")
    qtbot.mouseClick(end.ok_button, Qt.MouseButton.LeftButton)
    assert end.errors.error_message("until") == "Das Ende liegt vor dem Beginn."
    end.until.clear()
    qtbot.keyClicks(end.until, "20.11.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(end.ok_button, Qt.MouseButton.LeftButton)
    ended = next(i for i in records(qtbot, session, Involvement) if i.actor_id == caritas_id)
    assert ended.until == date(2026, 11, 20)
    assert proxy.index(0, UNTIL).data() == format_date(date(2026, 11, 20))
    assert proxy.index(0, ACTOR).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert not tab.end_button.isEnabled()  # already ended
    assert view.undo_stack.undoText() == "Beteiligung von „Caritas“ beenden"

    # undo the end, then the new actor's involvement (actor and contact withdrawn as well)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    again = next(i for i in records(qtbot, session, Involvement) if i.actor_id == caritas_id)
    assert again.until is None
    assert proxy.index(0, UNTIL).data() == ""
    assert view.undo_stack.undoText() == "Akteur „Jugendamt“ beteiligen"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    assert [i.actor_id for i in records(qtbot, session, Involvement)] == [caritas_id]
    assert records(qtbot, session, ContactPerson) == []
    assert {a.name for a in records(qtbot, session, Actor)} == {"Caritas", "Şahin Nachhilfe"}
    assert proxy.rowCount() == 1
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo()
    assert len(records(qtbot, session, Involvement)) == 2
    assert proxy.rowCount() == 2
    session.lock()
    assert tab.model.rowCount() == 0
    assert not tab.involve_button.isEnabled() and not tab.end_button.isEnabled()
    wait_idle(qtbot, session)


def test_new_actor_is_not_created_twice_when_involving_fails(
    qtbot: Any, session: Any, settings: Any, errors: Any
) -> None:
    from fallmanager.domain.errors import DomainError, ErrorCode
    from fallmanager.services.family_files import close_family_file, reopen_family_file

    family_id = in_vault(
        qtbot, session, lambda uow: open_family_file(uow, opened_on=date(2026, 2, 1)).id
    )
    view = open_view(qtbot, session, settings, family_id)
    tab = view.involvements
    in_vault(
        qtbot, session, lambda uow: close_family_file(uow, family_id=family_id, closed_on=TODAY)
    )
    qtbot.mouseClick(tab.involve_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, InvolvementDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.new.isChecked() and not dialog.existing.isEnabled()  # empty directory
    qtbot.keyClicks(dialog.name, "GGUA")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, session)
    assert [e.code for e in errors.expected if isinstance(e, DomainError)] == [
        ErrorCode.FAMILY_FILE_CLOSED
    ]
    assert dialog.isVisible() and dialog.existing.isChecked()
    assert dialog.actor.currentText() == "GGUA"
    assert records(qtbot, session, Involvement) == []

    in_vault(qtbot, session, lambda uow: reopen_family_file(uow, family_id=family_id))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in records(qtbot, session, Actor)] == ["GGUA"]
    [involvement] = records(qtbot, session, Involvement)
    assert tab.proxy.index(0, ACTOR).data() == "GGUA"
    # undo withdraws the involvement only: the actor was created by the first attempt
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    assert records(qtbot, session, Involvement) == []
    assert [a.name for a in records(qtbot, session, Actor)] == ["GGUA"]
    assert involvement.actor_id == records(qtbot, session, Actor)[0].id
