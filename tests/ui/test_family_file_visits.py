"""Tab "Besuche": recording a visit in a few clicks, notes and corrections."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.visits import CaseNote, Visit, VisitKind
from fallmanager.services.family_files import open_family_file
from fallmanager.services.housing import record_household, register_accommodation
from fallmanager.services.persons import add_person
from fallmanager.services.visits import record_visit
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.family_file.visit_dialog import VisitDialog
from fallmanager.ui.family_file.visit_models import VisitLogModel
from fallmanager.ui.family_file.visit_note_dialog import CaseNoteDialog
from tests.ui.conftest import TODAY, in_vault, wait_idle


@dataclass
class Family:
    id: uuid.UUID
    mother: uuid.UUID
    father: uuid.UUID
    child: uuid.UUID


def make_family(qtbot: Any, session: Any, *, housed: bool = True) -> Family:
    def create(uow: Any) -> Family:
        family = open_family_file(uow, opened_on=date(2026, 2, 1))
        ids = []
        for given, name, born in (
            ("Jelena", "Đorđević", "1988-04-02"),
            ("Dragan", "Đorđević", "1985"),
            ("Ana", "Đorđević", "2014-09-01"),
        ):
            saved = add_person(
                uow,
                family_id=family.id,
                given_names=given,
                family_name=name,
                birth_date=PartialDate.parse(born),
                needs_interpreter=given == "Jelena",
                interpreter_language="sr" if given == "Jelena" else "",
                today=TODAY,
            )
            ids.append(saved.person.id)
        if housed:
            place = register_accommodation(
                uow, kind=AccommodationKind.MUNICIPAL_REFUGEE, name="Haus am Kanal"
            )
            record_household(
                uow,
                family_id=family.id,
                member_ids=tuple(ids),
                accommodation_id=place.id,
                unit="Whg. 3",
                moved_in=date(2026, 3, 1),
            )
        return Family(family.id, *ids)

    return in_vault(qtbot, session, create)


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.tabs.setCurrentWidget(view.visits)
    view.show()
    return view


def reloaded(qtbot: Any, view: FamilyFileView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass


def test_record_visit_with_open_tick_type_ok(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.id)
    tab = view.visits
    assert "Besuch" in tab.record_button.text()
    shortcut = QKeySequence("Ctrl+Shift+B").toString(QKeySequence.SequenceFormat.NativeText)
    assert shortcut in tab.record_button.toolTip()

    # open
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.isVisible() and dialog.isModal()  # open(), window-modal, not exec()
    assert dialog.place.text() == "Haus am Kanal, Whg. 3"
    assert VisitKind(dialog.kind.currentData()) is VisitKind.HOME_VISIT
    assert dialog.occurred_at.dateTime().date() == QDate(2026, 11, 25)
    assert dialog.occurred_at.dateTime().time().second() == 0
    assert not any(box.isChecked() for box in dialog.member_boxes.values())
    # tick two members, type the note, OK — nothing else is required
    qtbot.mouseClick(dialog.member_boxes[family.mother], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.member_boxes[family.child], Qt.MouseButton.LeftButton)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Schulanmeldung besprochen.")
    results: list[int] = []
    dialog.finished.connect(results.append)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert results == [VisitDialog.DialogCode.Accepted.value]  # closed after saving

    visits = in_vault(qtbot, session, lambda uow: _all(uow, Visit))
    notes = in_vault(qtbot, session, lambda uow: _all(uow, CaseNote))
    assert len(visits) == 1 and len(notes) == 1
    visit = visits[0]
    assert set(visit.present_person_ids) == {family.mother, family.child}
    assert visit.place == "Haus am Kanal, Whg. 3"
    assert visit.occurred_at.date() == TODAY and visit.occurred_at.second == 0
    assert not visit.interpreter_present and visit.topics == ()
    assert notes[0].visit_id == visit.id and notes[0].text == "Schulanmeldung besprochen."
    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Hausbesuch"
    assert model.index(0, 3).data() == "Ana Đorđević, Jelena Đorđević"
    assert model.index(0, 6).data() == "Schulanmeldung besprochen."


def test_record_visit_with_interpreter_and_topics(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.id)
    tab = view.visits
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    qtbot.mouseClick(dialog.member_boxes[family.mother], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.member_boxes[family.father], Qt.MouseButton.LeftButton)
    assert not dialog.interpreter_name.isEnabled()
    qtbot.mouseClick(dialog.interpreter, Qt.MouseButton.LeftButton)
    assert dialog.language.text() == "sr"  # from the mother's interpreter language
    qtbot.keyClicks(dialog.interpreter_name, "Milica ")
    dialog.interpreter_name.insert("Ивановић")  # QTest types Latin-1 only; as if pasted
    schule = next(b for b in dialog.topic_boxes.values() if b.text() == "Schule")
    wohnen = next(b for b in dialog.topic_boxes.values() if b.text() == "Wohnen")
    qtbot.mouseClick(schule, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wohnen, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.more_topics, "Kita, Passbeschaffung")
    qtbot.keyClicks(dialog.note, "Umzug und Schule.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.note, "Zweite Zeile.")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    visit = in_vault(qtbot, session, lambda uow: _all(uow, Visit))[0]
    assert set(visit.present_person_ids) == {family.mother, family.father}
    assert visit.interpreter_present
    assert visit.interpreter_name == "Milica Ивановић" and visit.language == "sr"
    assert visit.topics == ("Schule", "Wohnen", "Kita", "Passbeschaffung")
    note = in_vault(qtbot, session, lambda uow: _all(uow, CaseNote))[0]
    assert note.text == "Umzug und Schule.\nZweite Zeile."
    model = tab.model
    assert model.index(0, 4).data() == "Milica Ивановић, sr"
    assert model.index(0, 5).data() == "Schule, Wohnen, Kita, Passbeschaffung"
    assert model.index(0, 6).data() == "Umzug und Schule."
    tab.table.selectRow(0)
    assert "Zweite Zeile." in tab.notes_view.toPlainText()


def test_date_too_far_in_future_is_refused_next_to_the_field(
    qtbot: Any, session: Any, settings: Any
) -> None:
    family = make_family(qtbot, session, housed=False)
    view = open_view(qtbot, session, settings, family.id)
    qtbot.mouseClick(view.visits.record_button, Qt.MouseButton.LeftButton)
    dialog = view.visits.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.place.text() == ""
    dialog.occurred_at.setDateTime(QDateTime(QDate(2026, 11, 28), QTime(10, 0)))
    qtbot.keyClicks(dialog.note, "Termin")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, session)
    assert dialog.isVisible()
    assert dialog.errors.error_message("occurred_at") == "Das Datum liegt in der Zukunft."
    assert in_vault(qtbot, session, lambda uow: _all(uow, Visit)) == []
    # tomorrow is still fine (a visit entered late in the evening)
    dialog.occurred_at.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(9, 0)))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    visit = in_vault(qtbot, session, lambda uow: _all(uow, Visit))[0]
    assert visit.occurred_at == datetime(2026, 11, 26, 9, 0)


def test_dialog_keeps_its_content_when_hidden_during_lock(
    qtbot: Any, session: Any, settings: Any
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.id)
    qtbot.mouseClick(view.visits.record_button, Qt.MouseButton.LeftButton)
    dialog = view.visits.dialog
    assert isinstance(dialog, VisitDialog)
    # open() returned at once: the test runs on while the dialog is shown (no exec() loop)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.member_boxes[family.father], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Noch nicht gespeichert")
    # The main window hides open dialogs on lock and shows them again after unlock.
    dialog.hide()
    assert not dialog.isVisible()
    dialog.show()
    assert dialog.isVisible()
    assert dialog.note.toPlainText() == "Noch nicht gespeichert"
    assert dialog.member_boxes[family.father].isChecked()
    assert dialog.place.text() == "Haus am Kanal, Whg. 3"
    dialog.reject()


def test_add_note_and_correction(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    in_vault(
        qtbot,
        session,
        lambda uow: record_visit(
            uow,
            family_id=family.id,
            occurred_at=datetime(2026, 11, 20, 10, 30),
            kind=VisitKind.OFFICE,
            present_person_ids=(family.mother,),
            note="Termin bei der Ausländerbehörde am 3.12.",
        ),
    )
    view = open_view(qtbot, session, settings, family.id)
    tab = view.visits
    # the newest entry is selected when the log opens, its note readable at once
    assert tab.table.selectionModel().selectedRows()[0].row() == 0
    assert tab.correct_button.isEnabled()
    assert "am 3.12." in tab.notes_view.toPlainText()
    tab.table.clearSelection()
    assert not tab.correct_button.isEnabled()
    tab.table.selectRow(0)

    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CaseNoteDialog) and dialog.correcting
    assert dialog.text.toPlainText() == "Termin bei der Ausländerbehörde am 3.12."
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # unchanged: refused
    assert dialog.errors.error_message("text") == "Der Text ist unverändert."
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Termin bei der ABH am 4.12.")  # QTest types ASCII only
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    notes = in_vault(qtbot, session, lambda uow: _all(uow, CaseNote))
    original = next(n for n in notes if n.corrects_note_id is None)
    correction = next(n for n in notes if n.corrects_note_id is not None)
    assert original.text.endswith("am 3.12.")  # never overwritten
    assert correction.corrects_note_id == original.id
    assert correction.visit_id == original.visit_id
    assert tab.model.index(0, 6).data() == "Termin bei der ABH am 4.12."
    shown = tab.notes_view.toPlainText()
    assert "am 3.12." in shown and "am 4.12." in shown and "Korrektur der Notiz vom" in shown

    # a general note without a visit becomes its own log entry
    tab.table.clearSelection()
    qtbot.mouseClick(tab.note_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CaseNoteDialog) and not dialog.correcting
    assert dialog.reference.currentData() is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error_message("text") == "Bitte ausfüllen."
    qtbot.keyClicks(dialog.text, "Anruf der Schule: Ana fehlt seit Montag.")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    free = [n for n in in_vault(qtbot, session, lambda uow: _all(uow, CaseNote)) if not n.visit_id]
    assert [n.text for n in free] == ["Anruf der Schule: Ana fehlt seit Montag."]
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 1).data() == "Notiz"  # written today: newest first
    assert tab.model.index(1, 1).data() == "Termin im Büro"
    assert view.undo_stack.count() == 0  # notes and visits are not undoable


def test_log_model(qtbot: Any, session: Any, settings: Any, qtmodeltester: Any) -> None:
    family = make_family(qtbot, session)
    for day in (3, 10):
        in_vault(
            qtbot,
            session,
            lambda uow, day=day: record_visit(
                uow,
                family_id=family.id,
                occurred_at=datetime(2026, 11, day, 9, 0),
                note=f"Tag {day}",
            ),
        )
    view = open_view(qtbot, session, settings, family.id)
    model: VisitLogModel = view.visits.model
    qtmodeltester.check(model)
    assert [model.index(r, 6).data() for r in range(2)] == ["Tag 10", "Tag 3"]
    session.lock()
    assert model.rowCount() == 0
    assert view.visits.notes_view.toPlainText() == ""


def _all(uow: Any, cls: type) -> list[Any]:
    with uow:
        return list(uow.records.find(cls))


#: Views stay referenced until pytest-qt has closed and deleted them after the test. Were the
#: last Python reference dropped when the test function returns, the view would be destroyed
#: on the spot, in the middle of whatever Qt is doing with an open dialog.
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Any:
    """Every test here also fails on an unexpected error dialog (``errors``)."""
    yield
    _VIEWS.clear()


def test_shortcut_and_keyboard_order(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.id)
    tab = view.visits
    assert tab.record_action.shortcut().toString() == "Ctrl+Shift+B"
    assert tab.record_action in tab.actions()  # active while the tab is shown
    assert tab.record_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    # (offscreen windows never become active, so the key press itself cannot be sent)
    tab.record_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    # Tab walks the form top to bottom, so the whole dialog works without a mouse.
    chain = [dialog.occurred_at]
    widget = dialog.occurred_at.nextInFocusChain()
    while widget is not dialog.occurred_at and len(chain) < 60:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    expected = [
        dialog.occurred_at,
        dialog.kind,
        dialog.place,
        *dialog.member_boxes.values(),
        dialog.others,
        dialog.interpreter,
        *dialog.topic_boxes.values(),
        dialog.more_topics,
        dialog.duration,
        dialog.note,
    ]
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)
    assert dialog.note.accessibleName() == "Notiz"
    assert dialog.place.accessibleName() == "Ort"
    dialog.reject()
    assert tab.dialog is None


def test_tabs_and_dialogs_follow_a_language_change(qtbot: Any, session: Any, settings: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from fallmanager.ui.family_file.school_dialogs import (
        BenefitDialog,
        EmploymentDialog,
        SchoolAttendanceDialog,
        TrainingDialog,
    )

    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.id)
    assert [view.tabs.tabText(view.tabs.indexOf(t)) for t in (
        view.visits, view.school_work, view.involvements, view.tasks
    )] == ["Besuche", "Schule && Arbeit", "Netzwerk", "Aufgaben"]  # fmt: skip
    openers = [
        view.visits.record_visit,
        view.visits.add_note,
        view.tasks.add_task,
        view.involvements.involve_actor,
        *(
            lambda cls=cls: view.school_work.record(cls)
            for cls in (SchoolAttendanceDialog, TrainingDialog, EmploymentDialog, BenefitDialog)
        ),
    ]
    for tab in (view.visits, view.school_work, view.involvements, view.tasks):
        QApplication.sendEvent(tab, QEvent(QEvent.Type.LanguageChange))
    for open_dialog in openers:
        dialog = open_dialog()
        assert dialog is not None and dialog.isVisible()
        title = dialog.windowTitle()
        QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
        assert dialog.windowTitle() == title and title
        dialog.reject()
        wait_idle(qtbot, session)


def test_ctrl_shift_b_records_a_visit_from_any_tab_of_the_family_file(
    qtbot: Any, session: Any, settings: Any
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.id)
    view.tabs.setCurrentWidget(view.tasks)
    assert view.record_visit_action.isEnabled()
    assert view.record_visit_action.shortcut().toString() == "Ctrl+Shift+B"
    view.record_visit_action.trigger()  # offscreen windows never get key focus
    assert view.tabs.currentWidget() is view.visits
    assert isinstance(view.visits.dialog, VisitDialog) and view.visits.dialog.isVisible()
    assert not view.record_visit_action.isEnabled()  # the tab's own action answers now
    view.visits.dialog.reject()
