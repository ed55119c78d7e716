"""The Netzwerk screen: actor directory, details, dialogs, merging duplicates."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableView

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.services import family_files, network, persons
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.network.actor_dialog import ActorDialog, ContactPersonDialog
from fallmanager.ui.network.merge_dialog import MergeActorsDialog
from fallmanager.ui.network.view import NetworkView
from fallmanager.ui.ops import Changes
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TODAY, in_vault, wait_idle


@pytest.fixture(autouse=True)
def _german_locale() -> Iterator[None]:
    """The UI locale as the app sets it for German (dates, collation)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def view(qtbot: Any, session: VaultSession, settings: AppSettings) -> Iterator[NetworkView]:
    widget = NetworkView(session, settings, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    wait_idle(qtbot, session)
    yield widget
    wait_idle(qtbot, session)


def _family(uow: UnitOfWork, *members: tuple[str, str, str]) -> FamilyFile:
    family = family_files.open_family_file(uow, opened_on=date(2026, 2, 1))
    for given, name, born in members:
        persons.add_person(
            uow,
            family_id=family.id,
            given_names=given,
            family_name=name,
            birth_date=PartialDate.parse(born),
            today=TODAY,
            confirmed_not_duplicate=True,
        )
    return family


def _refresh(qtbot: Any, session: VaultSession, view: NetworkView, kind: str = "actor") -> None:
    """Data made behind the view's back: announce it like an operation would."""
    session.changed.emit(Changes.of(kind))
    wait_idle(qtbot, session)


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user; QTest only knows ASCII keys, so other letters come as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _names(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _click_row(qtbot: Any, table: QTableView, row: int, modifier: Any = None) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    point = table.visualRect(index).center()
    if modifier is None:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def _select(qtbot: Any, view: NetworkView, name: str, *, add: bool = False) -> None:
    row = _names(view.actor_table).index(name)
    modifier = Qt.KeyboardModifier.ControlModifier if add else None
    _click_row(qtbot, view.actor_table, row, modifier)
    wait_idle(qtbot, view.session)


def _dialog(kind: type[Any]) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _wait_closed(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def _ok(qtbot: Any, dialog: ActorDialog | ContactPersonDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_models_pass_the_model_tester(
    qtbot: Any, qtmodeltester: Any, session: VaultSession, view: NetworkView
) -> None:
    def seed(uow: UnitOfWork) -> None:
        family = _family(uow, ("Arta", "Krasniqi", "1985"))
        school = network.add_actor(uow, name="Hauptschule Coerde", kind=ActorKind.SCHOOL)
        network.add_actor(uow, name="Hauptschule Coerde Münster", kind=ActorKind.SCHOOL)
        contact = network.add_contact_person(uow, actor_id=school.id, name="Herr Vogt")
        network.involve_actor(
            uow,
            family_id=family.id,
            actor_id=school.id,
            role="Schulsozialarbeit",
            contact_person_id=contact.id,
            since=date(2026, 3, 2),
        )

    in_vault(qtbot, session, seed)
    _refresh(qtbot, session, view)
    _select(qtbot, view, "Hauptschule Coerde")
    assert view.involvement_model.rowCount() == 1
    assert view.duplicate_model.rowCount() == 1
    view.retranslate_ui()  # as on a language change: headers and kinds are fetched again
    assert view.actor_model.headerData(1, Qt.Orientation.Horizontal) == "Art"
    assert view.actor_table.model().index(0, 1).data() == "Schule"
    for model in (
        view.actor_model,
        view.actor_proxy,
        view.contact_model,
        view.involvement_model,
        view.duplicate_model,
    ):
        qtmodeltester.check(model)


def test_add_actor_shows_errors_first_then_saves(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(ActorDialog)
    _type(qtbot, dialog.email_edit, "beratung at caritas")
    _ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors.error_message("name") == "Bitte ausfüllen."
    assert "E-Mail-Adresse" in dialog.errors.error_message("email")
    wait_idle(qtbot, session)
    assert in_vault(qtbot, session, network.list_actors) == []

    _type(qtbot, dialog.name_edit, "Caritas Migrationsberatung")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ActorKind.NGO))
    dialog.email_edit.clear()
    _type(qtbot, dialog.email_edit, "beratung@caritas.example")
    _type(qtbot, dialog.city_edit, "Münster")
    _ok(qtbot, dialog)
    _wait_closed(qtbot, dialog)
    wait_idle(qtbot, session)

    [actor] = in_vault(qtbot, session, network.list_actors)
    assert (actor.name, actor.kind, actor.email, actor.city) == (
        "Caritas Migrationsberatung",
        ActorKind.NGO,
        "beratung@caritas.example",
        "Münster",
    )
    assert _names(view.actor_table) == ["Caritas Migrationsberatung"]
    assert view.actor_table.model().index(0, 1).data() == "freier Träger"
    assert view.selected_actor_ids() == [actor.id]  # the new actor is selected
    assert view.details_title.text().startswith("Caritas Migrationsberatung")


def test_cancel_changes_nothing(qtbot: Any, session: VaultSession, view: NetworkView) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(ActorDialog)
    _type(qtbot, dialog.name_edit, "Jobcenter")
    dialog.reject()
    wait_idle(qtbot, session)
    assert in_vault(qtbot, session, network.list_actors) == []


def test_edit_actor(qtbot: Any, session: VaultSession, view: NetworkView) -> None:
    actor = in_vault(
        qtbot,
        session,
        lambda uow: network.add_actor(uow, name="Jobcenter", kind=ActorKind.JOBCENTER),
    )
    _refresh(qtbot, session, view)
    _select(qtbot, view, "Jobcenter")
    assert view.edit_button.isEnabled()
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(ActorDialog)
    assert dialog.name_edit.text() == "Jobcenter"
    dialog.name_edit.clear()
    _type(qtbot, dialog.name_edit, "Jobcenter Münster-Coerde")
    _type(qtbot, dialog.street_edit, "Wolbecker Straße 1")
    _ok(qtbot, dialog)
    _wait_closed(qtbot, dialog)
    wait_idle(qtbot, session)

    saved = in_vault(qtbot, session, lambda uow: _require(uow, Actor, actor.id))
    assert (saved.name, saved.street, saved.kind) == (
        "Jobcenter Münster-Coerde",
        "Wolbecker Straße 1",
        ActorKind.JOBCENTER,
    )
    assert _names(view.actor_table) == ["Jobcenter Münster-Coerde"]
    assert view.actor_table.model().index(0, 3).data() == "Wolbecker Straße 1"


def _require(uow: UnitOfWork, cls: type[Any], record_id: uuid.UUID) -> Any:
    with uow:
        return uow.records.require(cls, record_id)


def test_selecting_shows_contacts_and_families_double_click_opens(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    def seed(uow: UnitOfWork) -> tuple[FamilyFile, FamilyFile]:
        first = _family(uow, ("Milica", "Đorđević", "1984"), ("Arta", "Krasniqi", "1986"))
        second = _family(uow, ("Elif", "Şahin", "1990"))
        office = network.add_actor(uow, name="Ausländerbehörde", kind=ActorKind.IMMIGRATION_OFFICE)
        network.add_actor(uow, name="Gesundheitsamt", kind=ActorKind.HEALTH_OFFICE)
        contact = network.add_contact_person(
            uow, actor_id=office.id, name="Frau Ивановић", function="Sachbearbeitung"
        )
        network.involve_actor(
            uow,
            family_id=first.id,
            actor_id=office.id,
            role="Passbeschaffung",
            contact_person_id=contact.id,
            since=date(2026, 4, 14),
        )
        network.involve_actor(uow, family_id=second.id, actor_id=office.id, role="Duldung")
        return first, second

    first, second = in_vault(qtbot, session, seed)
    _refresh(qtbot, session, view)
    office_row = _names(view.actor_table).index("Ausländerbehörde")
    assert view.actor_table.model().index(office_row, 6).data() == "2"  # families involved
    _select(qtbot, view, "Ausländerbehörde")

    assert view.contact_model.index(0, 0).data() == "Frau Ивановић"
    assert view.contact_model.index(0, 1).data() == "Sachbearbeitung"
    rows = {
        view.involvement_model.index(r, 0).data(): r
        for r in range(view.involvement_model.rowCount())
    }
    assert set(rows) == {first.case_number, second.case_number}
    row = rows[first.case_number]
    assert view.involvement_model.index(row, 1).data() == "Đorđević, Krasniqi"
    assert view.involvement_model.index(row, 2).data() == "Passbeschaffung"
    assert view.involvement_model.index(row, 3).data() == "Frau Ивановић"
    assert view.involvement_model.index(row, 4).data() == "14.04.2026"

    table = view.involvement_table
    point = table.visualRect(table.model().index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    opened: list[uuid.UUID] = []
    view.open_family_requested.connect(opened.append)
    with qtbot.waitSignal(view.open_family_requested, check_params_cb=lambda fid: fid == first.id):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [first.id]  # once, not once per signal
    qtbot.mouseClick(view.open_family_button, Qt.MouseButton.LeftButton)
    assert opened == [first.id, first.id]

    _select(qtbot, view, "Gesundheitsamt")
    assert view.involvement_model.rowCount() == 0
    assert view.contact_model.rowCount() == 0


def test_add_contact_person(qtbot: Any, session: VaultSession, view: NetworkView) -> None:
    actor = in_vault(qtbot, session, lambda uow: network.add_actor(uow, name="Kita Sonnenschein"))
    _refresh(qtbot, session, view)
    _select(qtbot, view, "Kita Sonnenschein")
    qtbot.mouseClick(view.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(ContactPersonDialog)
    _type(qtbot, dialog.function_edit, "Leitung")
    _ok(qtbot, dialog)
    assert dialog.errors.error_message("name") == "Bitte ausfüllen."
    _type(qtbot, dialog.name_edit, "Frau Şahin")
    _ok(qtbot, dialog)
    _wait_closed(qtbot, dialog)
    wait_idle(qtbot, session)

    def contacts(uow: UnitOfWork) -> list[ContactPerson]:
        with uow:
            return uow.records.find(ContactPerson, actor_id=actor.id)

    [contact] = in_vault(qtbot, session, contacts)
    assert (contact.name, contact.function) == ("Frau Şahin", "Leitung")
    assert view.contact_model.index(0, 0).data() == "Frau Şahin"


def test_filter_by_text_with_diacritics_and_kind(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    def seed(uow: UnitOfWork) -> None:
        network.add_actor(uow, name="Ausländerbehörde", kind=ActorKind.IMMIGRATION_OFFICE)
        network.add_actor(uow, name="Dolmetscherdienst Şahin", kind=ActorKind.INTERPRETER_POOL)
        network.add_actor(uow, name="Đorđević Sprachmittlung", kind=ActorKind.INTERPRETER_POOL)
        network.add_actor(uow, name="Zahnarzt Özdemir", kind=ActorKind.DOCTOR, city="Münster")
        network.add_actor(uow, name="Jobcenter", kind=ActorKind.JOBCENTER)

    in_vault(qtbot, session, seed)
    _refresh(qtbot, session, view)
    # Locale-aware order: Đ sorts with D, Ö/Z as in a German phone book.
    assert _names(view.actor_table) == [
        "Ausländerbehörde",
        "Dolmetscherdienst Şahin",
        "Đorđević Sprachmittlung",
        "Jobcenter",
        "Zahnarzt Özdemir",
    ]

    _type(qtbot, view.filter_edit, "AUSLANDER")
    assert _names(view.actor_table) == ["Ausländerbehörde"]
    view.filter_edit.clear()
    _type(qtbot, view.filter_edit, "sahin")
    assert _names(view.actor_table) == ["Dolmetscherdienst Şahin"]
    view.filter_edit.clear()
    _type(qtbot, view.filter_edit, "djordjevic")
    assert _names(view.actor_table) == ["Đorđević Sprachmittlung"]
    view.filter_edit.clear()
    _type(qtbot, view.filter_edit, "munster")  # the city is searched too
    assert _names(view.actor_table) == ["Zahnarzt Özdemir"]
    assert view.count_label.text() == "1 von 5 Akteuren"

    view.filter_edit.clear()
    combo = view.kind_combo
    combo.setCurrentIndex(combo.findData(ActorKind.INTERPRETER_POOL))
    assert _names(view.actor_table) == ["Dolmetscherdienst Şahin", "Đorđević Sprachmittlung"]
    _type(qtbot, view.filter_edit, "Đor")
    assert _names(view.actor_table) == ["Đorđević Sprachmittlung"]


def _merge_seed(uow: UnitOfWork) -> dict[str, Any]:
    family = _family(uow, ("Arta", "Krasniqi", "1985"))
    keep = network.add_actor(uow, name="Caritas", kind=ActorKind.NGO)
    duplicate = network.add_actor(uow, name="Caritas Migrationsberatung", phone="0251 4711")
    contact = network.add_contact_person(uow, actor_id=duplicate.id, name="Frau Jansen")
    involvement = network.involve_actor(
        uow, family_id=family.id, actor_id=duplicate.id, role="Migrationsberatung"
    )
    network.add_actor(uow, name="Jobcenter", kind=ActorKind.JOBCENTER)
    return {
        "keep": keep,
        "duplicate": duplicate,
        "contact": contact,
        "involvement": involvement,
    }


def test_merge_two_selected_actors_after_confirmation(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    seeded = in_vault(qtbot, session, _merge_seed)
    keep: Actor = seeded["keep"]
    duplicate: Actor = seeded["duplicate"]
    _refresh(qtbot, session, view)
    assert view.duplicate_model.rowCount() == 1  # suggested as likely duplicates

    _select(qtbot, view, "Caritas Migrationsberatung")
    _select(qtbot, view, "Caritas", add=True)
    assert set(view.selected_actor_ids()) == {keep.id, duplicate.id}
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(MergeActorsDialog)
    # The first selected stays by default; the user swaps to keep "Caritas".
    assert dialog.keep_id() == duplicate.id
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert (dialog.keep_id(), dialog.duplicate_id()) == (keep.id, duplicate.id)
    expected = (
        "Alle Beteiligungen und Ansprechpersonen von „Caritas Migrationsberatung“ gehen auf "
        "„Caritas“ über; „Caritas Migrationsberatung“ wird entfernt."
    )
    assert dialog.summary.text() == expected

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "mergeConfirmBox")
    assert box is not None and box.isVisible()
    assert box.text() == expected
    wait_idle(qtbot, session)
    assert in_vault(qtbot, session, lambda uow: _require(uow, Actor, duplicate.id)).name
    confirm = box.findChild(QPushButton, "mergeConfirmButton")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    _wait_closed(qtbot, dialog)
    wait_idle(qtbot, session)

    def persisted(uow: UnitOfWork) -> tuple[bool, Involvement, ContactPerson, Actor]:
        with uow:
            return (
                uow.records.is_tombstoned(Actor, duplicate.id),
                uow.records.require(Involvement, seeded["involvement"].id),
                uow.records.require(ContactPerson, seeded["contact"].id),
                uow.records.require(Actor, keep.id),
            )

    gone, involvement, contact, kept = in_vault(qtbot, session, persisted)
    assert gone
    assert involvement.actor_id == keep.id
    assert contact.actor_id == keep.id
    assert kept.phone == "0251 4711"  # filled from the duplicate
    assert _names(view.actor_table) == ["Caritas", "Jobcenter"]
    assert view.duplicate_model.rowCount() == 0
    assert view.selected_actor_ids() == [keep.id]
    assert view.involvement_model.rowCount() == 1
    assert view.contact_model.index(0, 0).data() == "Frau Jansen"


def test_merge_suggestion_cancelled_in_confirmation_changes_nothing(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    seeded = in_vault(qtbot, session, _merge_seed)
    _refresh(qtbot, session, view)
    _click_row(qtbot, view.duplicate_table, 0)
    qtbot.mouseClick(view.merge_pair_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(MergeActorsDialog)
    assert (dialog.keep_id(), dialog.duplicate_id()) == (
        seeded["duplicate"].id,
        seeded["keep"].id,
    )
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, session)
    assert dialog.isVisible()
    assert len(in_vault(qtbot, session, network.list_actors)) == 3


def test_merge_dialog_refuses_the_same_actor_twice(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    in_vault(qtbot, session, _merge_seed)
    _refresh(qtbot, session, view)
    _select(qtbot, view, "Jobcenter")
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(MergeActorsDialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error_message("duplicate_id") == "Bitte die Dublette wählen."
    dialog.duplicate_combo.setCurrentIndex(dialog.duplicate_combo.findData(str(dialog.keep_id())))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "sich selbst" in dialog.errors.error_message("duplicate_id")
    assert dialog.confirm_box is None
    dialog.reject()


def test_lock_clears_and_unlock_reloads(
    qtbot: Any, session: VaultSession, view: NetworkView
) -> None:
    in_vault(qtbot, session, lambda uow: network.add_actor(uow, name="Integrationsrat"))
    _refresh(qtbot, session, view)
    _select(qtbot, view, "Integrationsrat")
    session.lock()
    assert view.actor_model.rowCount() == 0
    assert view.details_title.text() == "Kein Akteur ausgewählt"
    wait_idle(qtbot, session)
    session.unlock(None, PASSPHRASE, label="", on_failed=lambda _exc: False)
    qtbot.waitUntil(lambda: view.actor_model.rowCount() == 1)
    wait_idle(qtbot, session)
    assert _names(view.actor_table) == ["Integrationsrat"]
