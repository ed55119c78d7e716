"""The "Personen" tab of a family file: adding, editing, duplicates, relationships, undo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import FamilyMembership
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import NameVariant, NameVariantKind, Person
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind
from fallmanager.services.family_files import get_family_file, open_family_file
from fallmanager.services.persons import add_person
from fallmanager.services.relationships import record_parent_child
from fallmanager.ui.family_file.person_dialog import PersonDialog
from fallmanager.ui.family_file.person_name_variants_dialog import NameVariantsDialog
from fallmanager.ui.family_file.relationship_dialog import PARTNERSHIP, RelationshipDialog
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from tests.ui.conftest import TODAY, in_vault, wait_idle

LEFT = Qt.MouseButton.LeftButton


#: Views stay referenced until pytest-qt has closed and deleted them; with their last Python
#: reference dropped when a test returns, PySide would destroy them on the spot, in the middle
#: of whatever Qt is still doing with them (the same as in test_family_file_visits).
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Iterator[None]:
    yield
    _VIEWS.clear()


@pytest.fixture(autouse=True)
def german_locale() -> Iterator[None]:
    """Dates as a German case manager reads them (the UI's source language)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user, including letters beyond ASCII (Đ, Ş, Cyrillic) that
    ``qtbot.keyClicks`` cannot send."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    qtbot.wait(1)


def new_family(qtbot: Any, session: VaultSession) -> uuid.UUID:
    family = in_vault(
        qtbot,
        session,
        lambda uow: open_family_file(uow, opened_on=TODAY, responsible="Frau Beispiel"),
    )
    return family.id


def add_member(
    qtbot: Any, session: VaultSession, family_id: uuid.UUID, given: str, family: str, **kw: Any
) -> Person:
    saved = in_vault(
        qtbot,
        session,
        lambda uow: add_person(
            uow,
            given_names=given,
            family_name=family,
            family_id=family_id,
            confirmed_not_duplicate=True,
            today=TODAY,
            **kw,
        ),
    )
    return saved.person


def open_view(
    qtbot: Any, session: VaultSession, settings: AppSettings, family_id: uuid.UUID
) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.resize(1280, 720)
    view.show()
    view.tabs.setCurrentWidget(view.persons)
    return view


def snapshot(qtbot: Any, session: VaultSession, family_id: uuid.UUID) -> FamilyFileDetail:
    return in_vault(qtbot, session, lambda uow: get_family_file(uow, family_id=family_id))


def person_dialog(view: FamilyFileView) -> PersonDialog:
    dialog = view.persons.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.isVisible()
    return dialog


def ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def fill_person(qtbot: Any, dialog: PersonDialog, given: str, family: str, birth: str = "") -> None:
    type_text(qtbot, dialog.given_names, given)
    type_text(qtbot, dialog.family_name, family)
    if birth:
        type_text(qtbot, dialog.birth_date, birth)


def table_texts(view: FamilyFileView, column: int) -> list[str]:
    model = view.persons.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_add_three_persons_with_diacritics(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    family_id = new_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    tab = view.persons
    assert tab.title() == "Personen"
    for given, family, birth in (
        ("Đorđe", "Đorđević", ""),
        ("Jelena", "Đorđević", "03.1988"),
        ("Ana", "Đorđević", "2012"),
    ):
        qtbot.mouseClick(tab.add_button, LEFT)
        dialog = person_dialog(view)
        fill_person(qtbot, dialog, given, family, birth)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        wait_idle(qtbot, session)

    detail = snapshot(qtbot, session, family_id)
    by_name = {p.display_name: p for p in detail.persons}
    assert set(by_name) == {"Đorđe Đorđević", "Jelena Đorđević", "Ana Đorđević"}
    assert by_name["Jelena Đorđević"].birth_date == PartialDate(1988, 3)
    assert by_name["Ana Đorđević"].birth_date == PartialDate(2012)
    assert len(detail.memberships) == 3

    names = table_texts(view, 0)
    assert sorted(names) == sorted(by_name)
    births = dict(zip(table_texts(view, 0), table_texts(view, 2), strict=True))
    ages = dict(zip(table_texts(view, 0), table_texts(view, 3), strict=True))
    assert births["Jelena Đorđević"] == "03.1988"
    assert births["Ana Đorđević"] == "2012"
    assert ages["Jelena Đorđević"] == "38"
    assert ages["Ana Đorđević"] == "ca. 13"
    assert view.undo_stack.undoText() == "Person „Ana Đorđević“ anlegen"
    # the last added person is selected and shown beside the table
    assert "Ana Đorđević" in tab.detail_label.text()

    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    qtmodeltester.check(tab.relations_model)


def test_edit_person_with_all_fields(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    person = add_member(
        qtbot, session, family_id, "Arben", "Krasniqi", birth_date=PartialDate(1990)
    )
    view = open_view(qtbot, session, settings, family_id)
    tab = view.persons
    tab.select_person(person.id)
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = person_dialog(view)
    assert dialog.given_names.text() == "Arben"
    dialog.birth_date.clear()
    type_text(qtbot, dialog.birth_date, "01.01.1990")
    dialog.birth_date_fictitious.setChecked(True)
    type_text(qtbot, dialog.birth_place, "Prizren")
    type_text(qtbot, dialog.birth_country, "xk")
    type_text(qtbot, dialog.nationalities, "XK, RS")
    type_text(qtbot, dialog.languages, "sq, sr")
    dialog.needs_interpreter.setChecked(True)
    type_text(qtbot, dialog.interpreter_language, "sq")
    dialog.passport.setCurrentIndex(dialog.passport.findText("Passbeschaffung läuft"))
    dialog.identity_clarified.setCurrentIndex(2)
    type_text(qtbot, dialog.other_documents, "Geburtsurkunde (Kopie)")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)

    saved = snapshot(qtbot, session, family_id).person(person.id)
    assert saved is not None
    assert saved.birth_date == PartialDate(1990, 1, 1)
    assert saved.birth_date_fictitious
    assert saved.birth_country == "XK"
    assert saved.nationalities == ("XK", "RS")
    assert saved.languages == ("sq", "sr")
    assert saved.needs_interpreter and saved.interpreter_language == "sq"
    assert saved.identity_clarified is False
    assert saved.other_documents == "Geburtsurkunde (Kopie)"
    assert view.undo_stack.undoText() == "Person „Arben Krasniqi“ bearbeiten"
    assert "01.01.1990 (fiktiv)" in table_texts(view, 2)
    assert "sq" in table_texts(view, 6)
    assert "Prizren" in tab.detail_label.text()

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    restored = snapshot(qtbot, session, family_id).person(person.id)
    assert restored == person


@pytest.mark.parametrize(
    ("birth", "death", "field", "message"),
    [
        ("2011", "2010", "death_date", "Das Sterbedatum liegt vor dem Geburtsdatum."),
        ("03.2027", "", "birth_date", "Das Datum liegt in der Zukunft."),
        ("31.02.2011", "", "birth_date", "Kein gültiges Datum"),
    ],
)
def test_invalid_dates_are_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: Any,
    session: VaultSession,
    settings: AppSettings,
    birth: str,
    death: str,
    field: str,
    message: str,
) -> None:
    family_id = new_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    qtbot.mouseClick(view.persons.add_button, LEFT)
    dialog = person_dialog(view)
    fill_person(qtbot, dialog, "Emre", "Şahin", birth)
    if death:
        dialog.deceased.setChecked(True)
        type_text(qtbot, dialog.death_date, death)
    ok(dialog)
    wait_idle(qtbot, session)
    assert dialog.isVisible()
    assert message in dialog.errors.error_message(field)
    error_label = dialog.findChild(QLabel, f"error_{field}")
    assert error_label is not None and error_label.isVisible()
    assert snapshot(qtbot, session, family_id).persons == ()
    # Cancel changes nothing
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).persons == ()
    assert view.undo_stack.count() == 0


def test_possible_duplicate_offers_the_existing_person(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    other = new_family(qtbot, session)
    existing = add_member(
        qtbot, session, other, "Đorđe", "Đorđević", birth_date=PartialDate(1985, 6)
    )
    family_id = new_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    qtbot.mouseClick(view.persons.add_button, LEFT)
    dialog = person_dialog(view)
    fill_person(qtbot, dialog, "Đorđe", "Đorđević", "1985")
    ok(dialog)
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=10_000)
    model = dialog.duplicate_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Đorđe Đorđević"
    assert model.index(0, 1).data() == "06.1985"
    qtmodeltester.check(model)
    assert snapshot(qtbot, session, family_id).persons == ()

    assert dialog.use_existing.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.use_existing, LEFT)
    wait_idle(qtbot, session)
    detail = snapshot(qtbot, session, family_id)
    assert [p.id for p in detail.persons] == [existing.id]
    assert table_texts(view, 0) == ["Đorđe Đorđević"]
    assert view.undo_stack.undoText() == "Person „Đorđe Đorđević“ in die Akte übernehmen"
    # undo takes the person out of this file again, but keeps them in the other one
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).persons == ()
    assert [p.id for p in snapshot(qtbot, session, other).persons] == [existing.id]


def test_possible_duplicate_can_be_created_anyway(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    other = new_family(qtbot, session)
    existing = add_member(qtbot, session, other, "Jelena", "Đorđević", birth_date=PartialDate(1988))
    family_id = new_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    qtbot.mouseClick(view.persons.add_button, LEFT)
    dialog = person_dialog(view)
    fill_person(qtbot, dialog, "Jelena", "Djordjevic", "1988")
    ok(dialog)
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=10_000)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.create_anyway, LEFT)
    wait_idle(qtbot, session)
    persons = snapshot(qtbot, session, family_id).persons
    assert len(persons) == 1
    assert persons[0].id != existing.id
    assert persons[0].family_name == "Djordjevic"


def test_undo_and_redo_adding_a_person(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    view = open_view(qtbot, session, settings, family_id)
    qtbot.mouseClick(view.persons.add_button, LEFT)
    dialog = person_dialog(view)
    fill_person(qtbot, dialog, "Milica", "Ивановић", "14.03.2011")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    detail = snapshot(qtbot, session, family_id)
    assert [p.display_name for p in detail.persons] == ["Milica Ивановић"]
    person_id = detail.persons[0].id
    assert view.undo_stack.undoText() == "Person „Milica Ивановић“ anlegen"

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    detail = snapshot(qtbot, session, family_id)
    assert detail.persons == ()
    assert detail.memberships == ()
    assert in_vault(qtbot, session, lambda uow: _get(uow, Person, person_id)) is None
    assert table_texts(view, 0) == []
    assert view.undo_stack.redoText() == "Person „Milica Ивановић“ anlegen"

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo()
    wait_idle(qtbot, session)
    detail = snapshot(qtbot, session, family_id)
    assert [p.id for p in detail.persons] == [person_id]
    assert len(detail.memberships) == 1
    assert table_texts(view, 0) == ["Milica Ивановић"]


def _get(uow: Any, cls: type, record_id: uuid.UUID) -> Any:
    with uow:
        return uow.records.get(cls, record_id)


def relationship_dialog(view: FamilyFileView) -> RelationshipDialog:
    qtbot_dialog = view.persons.dialog
    assert isinstance(qtbot_dialog, RelationshipDialog)
    return qtbot_dialog


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_record_relationships_and_own_ancestor_error(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    family_id = new_family(qtbot, session)
    dorde = add_member(qtbot, session, family_id, "Đorđe", "Đorđević", birth_date=PartialDate(1986))
    jelena = add_member(
        qtbot, session, family_id, "Jelena", "Đorđević", birth_date=PartialDate(1988, 3)
    )
    ana = add_member(qtbot, session, family_id, "Ana", "Đorđević", birth_date=PartialDate(2012))
    view = open_view(qtbot, session, settings, family_id)
    tab = view.persons

    # Jelena is Ana's mother, with custody
    tab.select_person(jelena.id)
    qtbot.mouseClick(tab.relationship_button, LEFT)
    dialog = relationship_dialog(view)
    assert dialog.first.currentText() == "Jelena Đorđević"
    choose(dialog.second, "Ana Đorđević")
    choose(dialog.parent_child_kind, "leiblich")
    choose(dialog.custody, "ja")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    detail = snapshot(qtbot, session, family_id)
    assert len(detail.parent_child_links) == 1
    link = detail.parent_child_links[0]
    assert (link.parent_id, link.child_id) == (jelena.id, ana.id)
    assert link.kind is ParentChildKind.BIOLOGICAL and link.has_custody is True
    assert view.undo_stack.undoText() == "Beziehung erfassen"
    relations = tab.relations_model
    rows = [
        [relations.index(r, c).data() for c in range(relations.columnCount())]
        for r in range(relations.rowCount())
    ]
    assert rows == [["Kind", "Ana Đorđević", "leiblich, sorgeberechtigt"]]
    qtmodeltester.check(relations)

    # Đorđe and Jelena are married
    qtbot.mouseClick(tab.relationship_button, LEFT)
    dialog = relationship_dialog(view)
    choose(dialog.relation, "Partnerschaft")
    assert dialog.relation.currentData() == PARTNERSHIP
    assert not dialog.parent_child_kind.isVisibleTo(dialog)
    assert dialog.partnership_kind.isVisibleTo(dialog)
    choose(dialog.first, "Đorđe Đorđević")
    choose(dialog.second, "Jelena Đorđević")
    choose(dialog.partnership_kind, "Ehe")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    partnerships = snapshot(qtbot, session, family_id).partnerships
    assert len(partnerships) == 1
    assert {partnerships[0].person_a_id, partnerships[0].person_b_id} == {dorde.id, jelena.id}
    assert partnerships[0].kind is PartnershipKind.MARRIAGE

    # Ana cannot become her mother's parent
    qtbot.mouseClick(tab.relationship_button, LEFT)
    dialog = relationship_dialog(view)
    choose(dialog.first, "Ana Đorđević")
    choose(dialog.second, "Jelena Đorđević")
    ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.error_message("parent_id")), timeout=10_000)
    assert (
        dialog.errors.error_message("parent_id") == "Damit wäre eine Person ihr eigener Vorfahre."
    )
    assert dialog.isVisible()
    # nor herself
    choose(dialog.second, "Ana Đorđević")
    ok(dialog)
    assert "mit sich selbst" in dialog.errors.error_message("child_id")
    dialog.reject()
    wait_idle(qtbot, session)
    assert len(snapshot(qtbot, session, family_id).parent_child_links) == 1

    # undo withdraws the partnership
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).partnerships == ()


def test_very_young_parent_is_a_note_after_saving(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    ana = add_member(qtbot, session, family_id, "Ana", "Đorđević", birth_date=PartialDate(2012))
    add_member(qtbot, session, family_id, "Luka", "Đorđević", birth_date=PartialDate(2020, 5, 2))
    view = open_view(qtbot, session, settings, family_id)
    tab = view.persons
    assert tab.notice.isHidden()
    tab.select_person(ana.id)
    qtbot.mouseClick(tab.relationship_button, LEFT)
    dialog = relationship_dialog(view)
    choose(dialog.second, "Luka Đorđević")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    assert len(snapshot(qtbot, session, family_id).parent_child_links) == 1
    assert not tab.notice.isHidden()
    assert "jünger als 12 Jahre" in tab.notice.text()


def test_name_variants_add_and_remove(
    qtbot: Any, session: VaultSession, settings: AppSettings, qtmodeltester: Any
) -> None:
    family_id = new_family(qtbot, session)
    person = add_member(qtbot, session, family_id, "Đorđe", "Đorđević")
    view = open_view(qtbot, session, settings, family_id)
    tab = view.persons
    tab.select_person(person.id)
    qtbot.mouseClick(tab.variants_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, NameVariantsDialog)
    type_text(qtbot, dialog.given_names, "Djordje")
    type_text(qtbot, dialog.family_name, "Djordjevic")
    choose(dialog.kind, "Reisepass")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.add_button, LEFT)
    wait_idle(qtbot, session)
    variants = snapshot(qtbot, session, family_id).name_variants
    assert [(v.given_names, v.family_name, v.kind) for v in variants] == [
        ("Djordje", "Djordjevic", NameVariantKind.PASSPORT)
    ]
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "Reisepass"
    qtmodeltester.check(dialog.model)
    assert view.undo_stack.undoText() == "Namensvariante für „Đorđe Đorđević“ erfassen"
    assert "Djordje Djordjevic (Reisepass)" in tab.detail_label.text()

    # an empty variant is refused next to the field
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.errors.error_message("family_name") == "Bitte ausfüllen."

    dialog.view.selectRow(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.remove_button, LEFT)
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).name_variants == ()
    assert dialog.model.rowCount() == 0
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    restored = snapshot(qtbot, session, family_id).name_variants
    assert [v.id for v in restored] == [variants[0].id]
    assert isinstance(restored[0], NameVariant)


def test_remove_person_from_family_asks_and_is_undoable(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    person = add_member(qtbot, session, family_id, "Arben", "Krasniqi")
    view = open_view(qtbot, session, settings, family_id)
    tab = view.persons
    tab.select_person(person.id)

    qtbot.mouseClick(tab.remove_button, LEFT)
    box = tab.confirm_box
    assert box is not None and "Arben Krasniqi" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    wait_idle(qtbot, session)
    assert len(snapshot(qtbot, session, family_id).memberships) == 1

    qtbot.mouseClick(tab.remove_button, LEFT)
    box = tab.confirm_box
    assert box is not None
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    wait_idle(qtbot, session)
    assert snapshot(qtbot, session, family_id).memberships == ()
    # the person stays in the vault
    assert in_vault(qtbot, session, lambda uow: _get(uow, Person, person.id)) is not None
    assert table_texts(view, 0) == []
    assert view.undo_stack.undoText() == "Person „Arben Krasniqi“ aus der Akte entfernen"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.undo()
    wait_idle(qtbot, session)
    memberships = snapshot(qtbot, session, family_id).memberships
    assert [m.person_id for m in memberships] == [person.id]
    assert isinstance(memberships[0], FamilyMembership)
    assert table_texts(view, 0) == ["Arben Krasniqi"]


def test_locking_clears_the_tab(qtbot: Any, session: VaultSession, settings: AppSettings) -> None:
    family_id = new_family(qtbot, session)
    add_member(qtbot, session, family_id, "Arben", "Krasniqi")
    view = open_view(qtbot, session, settings, family_id)
    assert table_texts(view, 0) == ["Arben Krasniqi"]
    session.locked.emit()
    assert table_texts(view, 0) == []
    assert view.persons.detail_label.text() == ""
    assert not view.persons.add_button.isEnabled()


def test_third_biological_parent_is_refused_next_to_the_parent(
    qtbot: Any, session: VaultSession, settings: AppSettings
) -> None:
    family_id = new_family(qtbot, session)
    mother = add_member(qtbot, session, family_id, "Jelena", "Đorđević")
    father = add_member(qtbot, session, family_id, "Đorđe", "Đorđević")
    add_member(qtbot, session, family_id, "Marko", "Ивановић")
    child = add_member(qtbot, session, family_id, "Ana", "Đorđević")
    for parent in (mother, father):
        in_vault(
            qtbot,
            session,
            lambda uow, p=parent: record_parent_child(uow, parent_id=p.id, child_id=child.id),
        )
    view = open_view(qtbot, session, settings, family_id)
    qtbot.mouseClick(view.persons.relationship_button, LEFT)
    dialog = relationship_dialog(view)
    choose(dialog.first, "Marko Ивановић")
    choose(dialog.second, "Ana Đorđević")
    ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.error_message("parent_id")), timeout=10_000)
    assert dialog.errors.error_message("parent_id") == (
        "Ein Kind kann höchstens zwei leibliche Eltern haben."
    )
    # as a step-parent he can be recorded
    choose(dialog.parent_child_kind, "Stiefkind")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        ok(dialog)
    wait_idle(qtbot, session)
    kinds = sorted(
        link.kind.value for link in snapshot(qtbot, session, family_id).parent_child_links
    )
    assert kinds == ["biological", "biological", "step"]
