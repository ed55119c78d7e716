"""Heute: help plans whose review date is reached and due activities of running plans; each
entry opens the family file on its Hilfeplan tab."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.help_plan import GoalLevel
from fallmanager.services import family_files, persons
from fallmanager.services.help_plan import add_goal, agree_version, start_help_plan
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.today.view import TodayView
from tests.ui.conftest import TODAY, close_alive, in_vault

_ALIVE: list[Any] = []


@pytest.fixture(autouse=True)
def _german_and_alive(qtbot: Any) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    close_alive(_ALIVE)
    QLocale.setDefault(previous)


def _create(uow: UnitOfWork) -> uuid.UUID:
    """The Hoxha family's agreed Erstplan: review date passed, one activity overdue, one
    due later, one done; a second family's plan is still a draft (nothing from it is due)."""
    family = family_files.open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau B")
    persons.add_person(
        uow,
        family_id=family.id,
        given_names="Besarta",
        family_name="Hoxha",
        birth_date=PartialDate(1990),
        today=TODAY,
    )
    version = start_help_plan(
        uow, family_id=family.id, drawn_up_on=date(2026, 5, 4), review_on=TODAY - timedelta(9)
    )
    frame = add_goal(
        uow, version_id=version.id, parent_id=None, level=GoalLevel.FRAMEWORK,
        wording="Erfolgreicher Schulbesuch",
    )  # fmt: skip
    outcome = add_goal(
        uow, version_id=version.id, parent_id=frame.id, level=GoalLevel.OUTCOME,
        wording="Regelmäßiger Schulbesuch",
    )  # fmt: skip
    for wording, due in (
        ("Elterngespräch in der Schule vereinbaren", TODAY - timedelta(3)),
        ("Nachhilfe beantragen", TODAY + timedelta(20)),
    ):
        add_goal(
            uow, version_id=version.id, parent_id=outcome.id, level=GoalLevel.ACTIVITY,
            wording=wording, due_on=due, responsible_is_family=True,
        )  # fmt: skip
    agree_version(uow, version_id=version.id, agreed_on=date(2026, 5, 11))

    other = family_files.open_family_file(uow, opened_on=date(2026, 3, 1), responsible="Frau B")
    draft = start_help_plan(
        uow, family_id=other.id, drawn_up_on=date(2026, 6, 1), review_on=date(2026, 7, 1)
    )
    add_goal(
        uow, version_id=draft.id, parent_id=None, level=GoalLevel.FRAMEWORK, wording="Wohnen",
    )  # fmt: skip
    return family.id


def test_due_review_and_overdue_activity_open_the_help_plan(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any, tmp_path: Path
) -> None:
    family_id = in_vault(qtbot, session, _create)
    view = TodayView(session, settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    _ALIVE.append(view)
    view.resize(1300, 900)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()

    reviews, activities = view.reviews, view.activities
    assert reviews.heading.text() == "Üb&erprüfungen fällig (1)"
    assert reviews.stack.currentWidget() is reviews.table
    row = [reviews.model.index(0, column).data() for column in range(4)]
    assert row[0] == "16.11.2026 (überfällig)" and row[2:] == ["Hoxha", "Erstplan"]
    assert row[1]  # the case number
    assert activities.heading.text() == "Akti&vitäten fällig (1)"
    assert activities.model.index(0, 0).data() == "22.11.2026 (überfällig)"
    assert activities.model.index(0, 1).data() == "Elterngespräch in der Schule vereinbaren"
    alert = activities.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(alert, QBrush) and alert.color().name() == "#b00020"
    for section in view.help_plan_sections:
        qtmodeltester.check(section.model)

    # Return on an entry opens the family file and asks for its Hilfeplan tab.
    opened: list[FamilyFileView] = []

    def open_family(fid: uuid.UUID) -> None:
        family_view = FamilyFileView(session, settings, fid, today=lambda: TODAY)
        qtbot.addWidget(family_view)
        _ALIVE.append(family_view)
        family_view.show()
        opened.append(family_view)

    view.open_family_requested.connect(open_family)
    view.open_family_tab_requested.connect(lambda _fid, tab: opened[-1].open_tab(tab))
    for section in view.help_plan_sections:
        section.table.setFocus()
        section.table.setCurrentIndex(section.model.index(0, 0))
        with qtbot.waitSignal(view.open_family_tab_requested, timeout=2_000) as asked:
            qtbot.keyClick(section.table, Qt.Key.Key_Return)
        assert asked.args == [family_id, "help_plan"]
        family_view = opened[-1]
        assert family_view.family_id == family_id
        assert family_view.tabs.currentWidget() is family_view.help_plan
        with qtbot.waitSignal(family_view.loaded, timeout=10_000):
            pass
        assert family_view.help_plan.review_button.isVisible()
        assert "fällig" in family_view.help_plan.header.text()

    # Recording the review (with the next version) takes the plan off the list.
    tab = opened[-1].help_plan
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.achieved, "Schulbesuch regelmaessig")  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert reviews.model.rowCount() == 0
    assert reviews.stack.currentWidget() is reviews.empty
