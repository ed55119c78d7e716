"""Familien: the family list, its filters, search as you type, and the new-family dialog."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import CaseStatus, FamilyFile, FamilyMembership
from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.people import Person
from fallmanager.services import family_files, housing, persons, visits
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.families import view as view_module
from fallmanager.ui.families.model import Column
from fallmanager.ui.families.new_family_dialog import NewFamilyDialog
from fallmanager.ui.families.view import FamilyListView
from fallmanager.ui.ops import Changes
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from tests.ui.conftest import TODAY, close_alive, in_vault, wait_idle


@pytest.fixture(autouse=True)
def german_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def _family(
    qtbot: Any,
    session: VaultSession,
    family_name: str,
    given: str = "Amir",
    *,
    responsible: str = "",
    case_number: str | None = None,
    born: int = 1990,
) -> uuid.UUID:
    def create(uow: UnitOfWork) -> uuid.UUID:
        family = family_files.open_family_file(
            uow, opened_on=date(2026, 1, 5), responsible=responsible, case_number=case_number
        )
        persons.add_person(
            uow,
            family_id=family.id,
            given_names=given,
            family_name=family_name,
            birth_date=PartialDate(born),
            confirmed_not_duplicate=True,
            today=TODAY,
        )
        return family.id

    return in_vault(qtbot, session, create)


#: Views stay alive until the test's teardown: qtbot only keeps weak references, and a
#: top-level view collected in the middle of event processing takes its pending operations
#: with it.
_ALIVE: list[Any] = []


@pytest.fixture(autouse=True)
def _keep_views_alive(qtbot: Any) -> Iterator[None]:
    yield
    close_alive(_ALIVE)


def _view(qtbot: Any, session: VaultSession, settings: AppSettings) -> FamilyListView:
    view = FamilyListView(session, settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    _ALIVE.append(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()
    return view


def _names(view: FamilyListView) -> list[str]:
    return [view.proxy.index(row, Column.NAMES).data() for row in range(view.proxy.rowCount())]


def _refresh(qtbot: Any, session: VaultSession, view: FamilyListView) -> None:
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        session.changed.emit(Changes.of("family_file"))


def _open_dialog(qtbot: Any, view: FamilyListView) -> NewFamilyDialog:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(NewFamilyDialog, "newFamilyDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.case_number.text() != "", timeout=5_000)
    return dialog


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user, key by key; QTest only knows ASCII keys, so other letters (Đ, ş)
    arrive as key events carrying their text, as from a keyboard layout that has them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _ok(dialog: NewFamilyDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_models_pass_the_model_tester(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    _family(qtbot, session, "Đorđević")
    _family(qtbot, session, "Şahin")
    view = _view(qtbot, session, settings)
    assert view.model.rowCount() == 2
    view.proxy.sort(Column.NAMES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.model)


def test_create_family_through_the_dialog(
    qtbot: Any, session: VaultSession, settings: AppSettings, errors: Any
) -> None:
    view = _view(qtbot, session, settings)
    assert view.proxy.rowCount() == 0
    dialog = _open_dialog(qtbot, view)
    assert dialog.case_number.text() == "2026-0001"
    assert dialog.opened_on.date().toPython() == TODAY
    qtbot.keyClicks(dialog.responsible, "Frau Brinkmann")
    qtbot.keyClicks(dialog.given_names, "Jovana")
    type_text(qtbot, dialog.family_name, "Đorđević")
    qtbot.keyClicks(dialog.birth_date, "03.2011")
    with qtbot.waitSignal(view.open_family_requested, timeout=10_000) as opened:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    family_id = opened.args[0]
    assert not dialog.isVisible()

    def stored(uow: UnitOfWork) -> tuple[FamilyFile, list[Person]]:
        with uow:
            family = uow.records.require(FamilyFile, family_id)
            members = uow.records.find(FamilyMembership, family_id=family_id)
            people = uow.records.find(Person, id=[m.person_id for m in members])
            return family, people

    family, people = in_vault(qtbot, session, stored)
    assert family.case_number == "2026-0001"
    assert family.responsible == "Frau Brinkmann"
    assert family.opened_on == TODAY
    assert [(p.given_names, p.family_name, p.birth_date) for p in people] == [
        ("Jovana", "Đorđević", PartialDate(2011, 3))
    ]
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=5_000)
    assert _names(view) == ["Đorđević"]
    assert view.proxy.index(0, Column.CASE_NUMBER).data() == "2026-0001"
    assert view.proxy.index(0, Column.MEMBERS).data() == "1"
    assert not errors.expected


def test_dialog_validates_case_number_and_birth_date(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    _family(qtbot, session, "Krasniqi", case_number="2026-0007")
    view = _view(qtbot, session, settings)
    dialog = _open_dialog(qtbot, view)
    assert dialog.case_number.text() == "2026-0008"  # the next free number

    dialog.case_number.clear()
    qtbot.keyClicks(dialog.case_number, "42")
    qtbot.keyClicks(dialog.birth_date, "31.02.2011")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.errors.error_message("case_number") == "Ein Aktenzeichen sieht so aus: 2026-0042."
    assert dialog.errors.error_message("birth_date").startswith("Kein gültiges Datum")
    assert dialog.isVisible()

    dialog.birth_date.clear()
    dialog.case_number.clear()
    qtbot.keyClicks(dialog.case_number, "2026-0007")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, session)
    assert dialog.errors.error_message("case_number") == "Dieses Aktenzeichen ist schon vergeben."
    assert dialog.isVisible()
    count = in_vault(qtbot, session, lambda uow: len(family_files.list_family_files(uow)))
    assert count == 1

    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert in_vault(qtbot, session, lambda uow: len(family_files.list_family_files(uow))) == 1


def test_possible_duplicate_needs_confirmation(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    _family(qtbot, session, "Đorđević", "Amir", born=1990)
    view = _view(qtbot, session, settings)
    dialog = _open_dialog(qtbot, view)
    qtbot.keyClicks(dialog.given_names, "Amir")
    qtbot.keyClicks(dialog.family_name, "Djordjevic")
    qtbot.keyClicks(dialog.birth_date, "1990")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.duplicates_box.isVisible, timeout=5_000)
    assert dialog.duplicates_model.rowCount() == 1
    assert dialog.duplicates_model.index(0, 0).data() == "Amir Đorđević (1990)"
    assert not _ok(dialog).isEnabled()
    assert in_vault(qtbot, session, lambda uow: len(family_files.list_family_files(uow))) == 1

    qtbot.mouseClick(dialog.confirm_new, Qt.MouseButton.LeftButton)
    assert _ok(dialog).isEnabled()
    with qtbot.waitSignal(view.open_family_requested, timeout=10_000) as opened:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    def members(uow: UnitOfWork) -> list[str]:
        with uow:
            links = uow.records.find(FamilyMembership, family_id=opened.args[0])
            return [
                p.family_name for p in uow.records.find(Person, id=[m.person_id for m in links])
            ]

    assert in_vault(qtbot, session, members) == ["Djordjevic"]


def test_proxy_passes_the_model_tester(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    _family(qtbot, session, "Đorđević")
    _family(qtbot, session, "Şahin", responsible="Herr Özkan")
    view = _view(qtbot, session, settings)
    view.proxy.set_responsible("Herr Özkan")
    assert view.proxy.rowCount() == 1
    qtmodeltester.check(view.proxy)


def test_duplicate_model_passes_the_model_tester(
    qtbot: Any, session: VaultSession, qtmodeltester: Any
) -> None:
    dialog = NewFamilyDialog(session, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    _ALIVE.append(dialog)
    dialog.duplicates_model.set_persons(
        [Person(given_names="Emre", family_name="Şahin", birth_date=PartialDate(1985))]
    )
    qtmodeltester.check(dialog.duplicates_model)


def test_search_as_you_type_is_coalesced(
    qtbot: Any, session: VaultSession, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    djordjevic = _family(qtbot, session, "Đorđević", "Jovan")
    dorentina = _family(qtbot, session, "Krasniqi", "Dorentina")
    _family(qtbot, session, "Şahin", "Emre")
    view = _view(qtbot, session, settings)
    assert view.proxy.rowCount() == 3
    searched: list[str] = []
    real_search = view_module.search

    def recording_search(uow: UnitOfWork, *, text: str, limit: int = 50) -> Any:
        searched.append(text)
        return real_search(uow, text=text, limit=limit)

    monkeypatch.setattr(view_module, "search", recording_search)
    view.focus_search()
    qtbot.keyClicks(view.search_edit, "djor")  # four keystrokes before any result arrives
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2, timeout=5_000)
    wait_idle(qtbot, session)
    assert searched == ["d", "djor"]  # never one search per keystroke
    # "djor" is "Đor…" in ASCII (and a prefix of "Dor…" too): Đorđević ranks first.
    assert view.family_ids_shown() == [djordjevic, dorentina]

    # Keystroke by keystroke, each result shown before the next key.
    view.search_edit.clear()
    assert view.proxy.rowCount() == 3
    for key, expected in (("d", {djordjevic, dorentina}), ("o", {djordjevic, dorentina})):
        with qtbot.waitSignal(view.refreshed, timeout=5_000):
            qtbot.keyClicks(view.search_edit, key)
        assert set(view.family_ids_shown()) == expected
    for key in "r", "đ":
        with qtbot.waitSignal(view.refreshed, timeout=5_000):
            type_text(qtbot, view.search_edit, key)
    assert view.search_edit.text() == "dorđ"
    assert view.family_ids_shown() == [djordjevic]
    assert view.count_label.text() == "1 Familienakte(n)"

    # Enter opens the first match.
    with qtbot.waitSignal(view.open_family_requested, timeout=2_000) as opened:
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert opened.args == [djordjevic]

    # Empty search shows all again; Down moves into the table.
    view.search_edit.clear()
    assert view.proxy.rowCount() == 3
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus() or view.table.currentIndex().row() == 0
    assert view.table.currentIndex().row() == 0


def test_search_ranks_and_finds_families_of_persons(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    djordjevic = _family(qtbot, session, "Đorđević", "Jovan", case_number="2026-0001")
    krasniqi = _family(qtbot, session, "Krasniqi", "Dorentina", case_number="2026-0002")
    sahin = _family(qtbot, session, "Şahin", "Emre", case_number="2026-0003")
    view = _view(qtbot, session, settings)
    header = view.table.horizontalHeader()
    with qtbot.waitSignal(view.refreshed, timeout=5_000):
        qtbot.keyClicks(view.search_edit, "sahin emre")  # a person hit: their family shows
    assert view.family_ids_shown() == [sahin]

    view.search_edit.clear()
    with qtbot.waitSignal(view.refreshed, timeout=5_000):
        qtbot.keyClicks(view.search_edit, "do")
    # Ranked as the search ranks ("Dorentina" is a whole-word prefix hit), not by number.
    assert view.family_ids_shown() == [krasniqi, djordjevic]
    assert not header.isSortIndicatorShown()

    # Clicking a column header sorts the hits by that column instead.
    x = header.sectionViewportPosition(Column.CASE_NUMBER) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == Column.CASE_NUMBER
    assert view.family_ids_shown() == [djordjevic, krasniqi]

    view.search_edit.clear()
    assert view.family_ids_shown() == [djordjevic, krasniqi, sahin]


def test_sorting_is_locale_aware(qtbot: Any, session: VaultSession, settings: AppSettings) -> None:
    for name in ("Zorić", "Šahin", "Čolić", "Özdemir", "Dragić", "Schmidt", "Ćirić",
                 "Živković", "Oberle", "Đorđević", "Cvetković", "Çelik"):  # fmt: skip
        _family(qtbot, session, name)
    view = _view(qtbot, session, settings)
    header = view.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(Column.NAMES) + 5, header.height() // 2),
    )
    assert header.sortIndicatorSection() == Column.NAMES
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert _names(view) == [
        "Çelik", "Ćirić", "Čolić", "Cvetković", "Đorđević", "Dragić",
        "Oberle", "Özdemir", "Šahin", "Schmidt", "Živković", "Zorić",
    ]  # fmt: skip
    view.table.sortByColumn(Column.NAMES, Qt.SortOrder.DescendingOrder)
    assert _names(view)[:3] == ["Zorić", "Živković", "Schmidt"]


def test_case_numbers_sort_numerically_and_dates_by_value(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    ten_thousand = _family(qtbot, session, "Krasniqi", case_number="2026-10000")
    nine = _family(qtbot, session, "Şahin", case_number="2026-9999")
    early = _family(qtbot, session, "Čolić", case_number="2025-0002")

    def visit(family_id: uuid.UUID, at: datetime) -> None:
        in_vault(
            qtbot,
            session,
            lambda uow: visits.record_visit(uow, family_id=family_id, occurred_at=at),
        )

    visit(ten_thousand, datetime(2026, 2, 3, 9, 0))  # 03.02. sorts after 10.01. as text
    visit(nine, datetime(2026, 1, 10, 9, 0))
    view = _view(qtbot, session, settings)
    numbers = [view.proxy.index(r, Column.CASE_NUMBER).data() for r in range(3)]
    assert numbers == ["2025-0002", "2026-9999", "2026-10000"]
    view.table.sortByColumn(Column.LAST_VISIT, Qt.SortOrder.AscendingOrder)
    assert view.family_ids_shown() == [early, nine, ten_thousand]  # never visited first
    assert view.proxy.index(2, Column.LAST_VISIT).data() == "03.02.2026 09:00"


def test_filters_status_accommodation_responsible(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    a = _family(qtbot, session, "Đorđević", responsible="Frau Brinkmann")
    b = _family(qtbot, session, "Şahin", responsible="Herr Özkan")
    closed = _family(qtbot, session, "Krasniqi", responsible="Frau Brinkmann")

    def setup(uow: UnitOfWork) -> None:
        place = housing.register_accommodation(
            uow, name="Übergangsheim Nord", kind=AccommodationKind.MUNICIPAL_REFUGEE
        )
        with uow:
            member_ids = tuple(m.person_id for m in uow.records.find(FamilyMembership, family_id=b))
        housing.record_household(
            uow,
            family_id=b,
            member_ids=member_ids,
            accommodation_id=place.id,
            moved_in=date(2026, 2, 1),
        )
        family_files.close_family_file(uow, family_id=closed, closed_on=TODAY)

    in_vault(qtbot, session, setup)
    view = _view(qtbot, session, settings)
    assert set(view.family_ids_shown()) == {a, b}  # open ones by default

    view.status_combo.setCurrentIndex(view.status_combo.findData(CaseStatus.CLOSED.value))
    assert view.family_ids_shown() == [closed]
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    assert set(view.family_ids_shown()) == {a, b, closed}

    assert view.accommodation_combo.findText("Übergangsheim Nord") > 0
    view.accommodation_combo.setCurrentIndex(
        view.accommodation_combo.findText("Übergangsheim Nord")
    )
    assert view.family_ids_shown() == [b]
    view.accommodation_combo.setCurrentIndex(0)

    items = [view.responsible_combo.itemText(i) for i in range(view.responsible_combo.count())]
    assert items == ["alle", "Frau Brinkmann", "Herr Özkan"]
    view.responsible_combo.setCurrentIndex(view.responsible_combo.findText("Frau Brinkmann"))
    assert set(view.family_ids_shown()) == {a, closed}


def test_open_family_by_double_click_and_enter(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = _family(qtbot, session, "Şahin")
    view = _view(qtbot, session, settings)
    rect = view.table.visualRect(view.proxy.index(0, Column.NAMES))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_family_requested, timeout=2_000) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [family_id]
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.open_family_requested, timeout=2_000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [family_id]


def test_refresh_on_changes_and_clear_on_lock(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    view = _view(qtbot, session, settings)
    _family(qtbot, session, "Şahin")
    _refresh(qtbot, session, view)
    assert _names(view) == ["Şahin"]
    qtbot.keyClicks(view.search_edit, "sah")
    session.lock()
    assert view.model.rowCount() == 0
    assert view.search_edit.text() == ""
    assert view.responsible_combo.count() == 1
    wait_idle(qtbot, session)


def test_focus_search_selects_the_text(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    view = _view(qtbot, session, settings)
    view.search_edit.setText("xyz")
    wait_idle(qtbot, session)
    view.activateWindow()
    view.focus_search()
    assert view.search_edit.selectedText() == "xyz"
    assert view.search_edit.placeholderText() == "Name, Aktenzeichen … (Strg+F)"
