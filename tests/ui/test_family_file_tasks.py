"""Tab "Aufgaben": create, complete in the table, undo and redo, filter, overdue."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.tasks import Task
from fallmanager.services.family_files import open_family_file
from fallmanager.services.persons import add_person
from fallmanager.services.tasks import add_task
from fallmanager.ui.family_file.task_dialog import TaskDialog
from fallmanager.ui.family_file.task_models import DONE, DUE, TITLE
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.family_file.work_common import select_id
from fallmanager.ui.widgets.dates import format_date
from tests.ui.conftest import TODAY, in_vault

#: Keeps views referenced until pytest-qt has deleted them (see test_family_file_visits).
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Any:
    yield
    _VIEWS.clear()


def make_family(qtbot: Any, session: Any) -> tuple[uuid.UUID, uuid.UUID]:
    def create(uow: Any) -> tuple[uuid.UUID, uuid.UUID]:
        family = open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau Brinkmann")
        child = add_person(
            uow,
            family_id=family.id,
            given_names="Arbër",
            family_name="Krasniqi",
            birth_date=PartialDate.parse("2013-05-06"),
            today=TODAY,
        ).person
        return family.id, child.id

    return in_vault(qtbot, session, create)


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.tabs.setCurrentWidget(view.tasks)
    view.show()
    return view


def tasks_in_vault(qtbot: Any, session: Any) -> list[Task]:
    def load(uow: Any) -> list[Task]:
        with uow:
            return list(uow.records.find(Task))

    return in_vault(qtbot, session, load)


def test_add_complete_undo_redo(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family_id, child_id = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    tab = view.tasks

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, TaskDialog) and dialog.isVisible()
    assert dialog.responsible.text() == "Frau Brinkmann"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no title: refused
    assert dialog.errors.error_message("title") == "Bitte ausfüllen."
    qtbot.keyClicks(dialog.title_edit, "Schulanmeldung begleiten")
    select_id(dialog.person, child_id)
    qtbot.keyClicks(dialog.due, "31.02.2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error_message("due_on").startswith("Kein gültiges Datum")
    assert dialog.errors.error_message("title") == ""
    dialog.due.clear()
    qtbot.keyClicks(dialog.due, "20.11.2026")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    [task] = tasks_in_vault(qtbot, session)
    assert (task.title, task.person_id, task.due_on) == (
        "Schulanmeldung begleiten",
        child_id,
        date(2026, 11, 20),
    )
    assert task.responsible == "Frau Brinkmann" and not task.done
    proxy = tab.proxy
    assert proxy.rowCount() == 1
    assert proxy.index(0, TITLE).data() == "Schulanmeldung begleiten"
    assert proxy.index(0, 2).data() == "Arbër Krasniqi"
    assert proxy.index(0, DUE).data() == format_date(date(2026, 11, 20))
    assert isinstance(proxy.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole), QBrush)  # overdue
    assert "Überfällig" in proxy.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 überfällig" in tab.summary.text()
    assert view.undo_stack.undoText() == "Aufgabe „Schulanmeldung begleiten“ anlegen"

    # complete by ticking the check box in the table (keyboard: Space on the check cell)
    tab.table.setFocus()
    tab.table.setCurrentIndex(proxy.index(0, DONE))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(tab.table.viewport(), Qt.Key.Key_Space)
    [task] = tasks_in_vault(qtbot, session)
    assert task.done and task.done_on == TODAY
    assert proxy.rowCount() == 0  # only open tasks are shown
    tab.filter.setCurrentIndex(1)  # alle Aufgaben
    assert proxy.rowCount() == 1
    assert proxy.index(0, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert proxy.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole) is None  # done: not overdue
    assert view.undo_stack.undoText() == "Aufgabe „Schulanmeldung begleiten“ erledigt"

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    [task] = tasks_in_vault(qtbot, session)
    assert not task.done and task.done_on is None
    assert proxy.index(0, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert view.undo_stack.redoText() == "Aufgabe „Schulanmeldung begleiten“ erledigt"

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo()
    [task] = tasks_in_vault(qtbot, session)
    assert task.done and task.done_on == TODAY
    assert proxy.index(0, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # reopen with the button; then undo everything down to the creation
    tab.table.selectRow(0)
    assert tab.toggle_button.text() == "&Wieder öffnen"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert not tasks_in_vault(qtbot, session)[0].done
    assert view.undo_stack.undoText() == "Aufgabe „Schulanmeldung begleiten“ wieder öffnen"
    while view.undo_stack.canUndo():
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.undo_stack.undo()
    assert tasks_in_vault(qtbot, session) == []
    assert proxy.rowCount() == 0
    qtmodeltester.check(tab.model)
    qtmodeltester.check(proxy)


def test_task_models(qtbot: Any, session: Any, settings: Any, qtmodeltester: Any) -> None:
    family_id, _child = make_family(qtbot, session)

    def create(uow: Any) -> None:
        add_task(uow, family_id=family_id, title="Pass beantragen", due_on=date(2026, 12, 1))
        add_task(uow, family_id=family_id, title="Jobcenter anrufen")
        add_task(uow, family_id=family_id, title="Kita-Platz", due_on=date(2026, 10, 1))

    in_vault(qtbot, session, create)
    view = open_view(qtbot, session, settings, family_id)
    tab = view.tasks
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    titles = [tab.proxy.index(r, TITLE).data() for r in range(tab.proxy.rowCount())]
    assert titles == ["Kita-Platz", "Pass beantragen", "Jobcenter anrufen"]
    assert tab.summary.text() == "3 offene Aufgabe(n) · 1 überfällig"
    session.lock()
    assert tab.model.rowCount() == 0 and tab.summary.text() == ""
    assert not tab.add_button.isEnabled()
