"""Heute: due tasks, expiring residence documents, families not visited, latest visits."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.residence import ResidenceKind
from fallmanager.domain.visits import VisitKind
from fallmanager.services import family_files, persons, residence, tasks, visits
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.ops import Changes
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from fallmanager.ui.today.view import Section, TodayView
from tests.ui.conftest import TODAY, close_alive, in_vault, wait_idle

_ALIVE: list[Any] = []


@pytest.fixture(autouse=True)
def _german_and_alive(qtbot: Any) -> Iterator[None]:
    """German dates; views stay alive until teardown (qtbot keeps weak references only)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    close_alive(_ALIVE)
    QLocale.setDefault(previous)


@dataclass
class Data:
    djordjevic: uuid.UUID
    sahin: uuid.UUID
    krasniqi: uuid.UUID


def _create(uow: UnitOfWork) -> Data:
    def family(name: str, given: str, opened_on: date) -> tuple[uuid.UUID, uuid.UUID]:
        file = family_files.open_family_file(uow, opened_on=opened_on, responsible="Frau Brinkmann")
        person = persons.add_person(
            uow,
            family_id=file.id,
            given_names=given,
            family_name=name,
            birth_date=PartialDate(1988),
            confirmed_not_duplicate=True,
            today=TODAY,
        ).person
        return file.id, person.id

    djordjevic, jovan = family("Đorđević", "Jovan", date(2026, 1, 5))
    sahin, emre = family("Şahin", "Emre", TODAY - timedelta(days=60))
    krasniqi, _ = family("Krasniqi", "Dorentina", date(2026, 3, 1))
    tasks.add_task(
        uow,
        family_id=djordjevic,
        title="Pass beantragen",
        due_on=TODAY - timedelta(days=2),
        person_id=jovan,
    )
    tasks.add_task(uow, family_id=djordjevic, title="Schule anrufen", due_on=TODAY)
    tasks.add_task(uow, family_id=krasniqi, title="Nächste Woche", due_on=TODAY + timedelta(7))
    residence.record_residence_status(
        uow,
        person_id=emre,
        kind=ResidenceKind.TOLERATION,
        valid_from=TODAY - timedelta(days=150),
        valid_until=TODAY + timedelta(days=10),
    )
    visits.record_visit(uow, family_id=djordjevic, occurred_at=datetime(2026, 11, 20, 10, 0))
    visits.record_visit(
        uow,
        family_id=krasniqi,
        occurred_at=datetime(2026, 11, 24, 14, 30),
        kind=VisitKind.PHONE,
    )
    return Data(djordjevic, sahin, krasniqi)


def _view(qtbot: Any, session: VaultSession, settings: AppSettings) -> TodayView:
    view = TodayView(session, settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    _ALIVE.append(view)
    view.resize(1300, 700)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()
    return view


def _column(section: Section, column: int) -> list[str]:
    model = section.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_empty_vault_shows_empty_texts(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    view = _view(qtbot, session, settings)
    assert view.title.text() == "Heute, 25.11.2026"
    assert view.tasks.heading.text() == "&Fällige Aufgaben (0)"
    for section in view.sections:
        assert section.stack.currentWidget() is section.empty
        assert section.empty.text()
    assert view.tasks.empty.text() == "Nichts fällig."
    assert view.not_visited.empty.text() == (
        "Alle offenen Familien wurden in den letzten 42 Tagen besucht."
    )


def test_sections_show_what_is_due(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    data = in_vault(qtbot, session, _create)
    view = _view(qtbot, session, settings)

    assert view.tasks.heading.text() == "&Fällige Aufgaben (2)"
    assert view.tasks.stack.currentWidget() is view.tasks.table
    assert _column(view.tasks, 0) == ["23.11.2026 (überfällig)", "25.11.2026"]
    assert _column(view.tasks, 1) == ["Pass beantragen", "Schule anrufen"]
    assert _column(view.tasks, 3) == ["Đorđević", "Đorđević"]
    assert _column(view.tasks, 4) == ["Jovan Đorđević", ""]
    overdue = view.tasks.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue, QBrush) and overdue.color().name() == "#b00020"
    assert view.tasks.model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None

    assert view.residence.heading.text() == "Aufenthalts&papiere laufen ab (1)"
    assert _column(view.residence, 0) == ["05.12.2026"]
    assert _column(view.residence, 1) == ["Emre Şahin"]
    assert _column(view.residence, 2) == ["Duldung (§ 60a), § 60a AufenthG"]

    # Şahin: never visited, opened 60 days ago; Đorđević and Krasniqi were visited lately.
    assert view.not_visited.heading.text() == "&Lange nicht besucht (1)"
    assert _column(view.not_visited, 1) == ["Şahin"]
    assert _column(view.not_visited, 2) == ["noch nie (eröffnet 26.09.2026)"]
    assert _column(view.not_visited, 3) == ["60"]

    assert view.recent.heading.text() == "Letzte Besu&che (2)"
    assert _column(view.recent, 0) == ["24.11.2026 14:30", "20.11.2026 10:00"]
    assert _column(view.recent, 1) == ["Telefonat", "Hausbesuch"]
    assert _column(view.recent, 3) == ["Krasniqi", "Đorđević"]
    assert view.overview is not None
    assert view.overview.recent_visits[0].family_id == data.krasniqi


def test_not_visited_days_come_from_the_settings(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    in_vault(qtbot, session, _create)
    settings.not_visited_days = 60
    view = _view(qtbot, session, settings)
    # Şahin was opened exactly 60 days ago and never visited: not longer than 60 days.
    assert view.not_visited.model.rowCount() == 0
    assert view.not_visited.stack.currentWidget() is view.not_visited.empty
    assert "60 Tagen" in view.not_visited.empty.text()
    settings.not_visited_days = 59
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        session.changed.emit(Changes.all())
    assert _column(view.not_visited, 1) == ["Şahin"]


def test_each_section_opens_its_family(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    data = in_vault(qtbot, session, _create)
    view = _view(qtbot, session, settings)
    for section, row, expected in (
        (view.tasks, 1, data.djordjevic),
        (view.residence, 0, data.sahin),
        (view.not_visited, 0, data.sahin),
        (view.recent, 0, data.krasniqi),
    ):
        table = section.table
        table.setFocus()
        table.setCurrentIndex(section.model.index(row, 0))
        with qtbot.waitSignal(view.open_family_requested, timeout=2_000) as opened:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        assert opened.args == [expected]

    rect = view.recent.table.visualRect(view.recent.model.index(1, 0))
    qtbot.mouseClick(view.recent.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_family_requested, timeout=2_000) as opened:
        qtbot.mouseDClick(
            view.recent.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert opened.args == [data.djordjevic]


def test_refreshes_on_changes_and_clears_on_lock(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    data = in_vault(qtbot, session, _create)
    view = _view(qtbot, session, settings)
    assert view.tasks.model.rowCount() == 2
    in_vault(
        qtbot,
        session,
        lambda uow: tasks.add_task(uow, family_id=data.sahin, title="Termin ABH", due_on=TODAY),
    )
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        session.changed.emit(Changes.of("task", family_id=data.sahin))
    assert _column(view.tasks, 1) == ["Pass beantragen", "Schule anrufen", "Termin ABH"]

    # Changes that do not concern the sections load nothing.
    session.changed.emit(Changes.of("actor"))
    assert not session.worker.busy

    session.lock()
    assert view.overview is None
    assert all(section.model.rowCount() == 0 for section in view.sections)
    assert view.tasks.heading.text() == "&Fällige Aufgaben (0)"
    wait_idle(qtbot, session)


def test_models_pass_the_model_tester(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    in_vault(qtbot, session, _create)
    view = _view(qtbot, session, settings)
    wait_idle(qtbot, session)
    for section in view.sections:
        assert section.model.rowCount() > 0
        qtmodeltester.check(section.model)
