"""Einwilligungen tab: prepare a consent, print its form, record it as given, see who may
receive what, withdraw part of it; undo; the witness and custody checks; the Heute section
for consents that run out; the gate's sentences."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QWidget,
)

from fallmanager.domain.consent import (
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    ConsentWithdrawal,
    DataCategory,
)
from fallmanager.domain.consent_gate import GateProblem, GateReason
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.network import ActorKind
from fallmanager.services.consent import save_consent
from fallmanager.services.family_files import get_family_file, open_family_file
from fallmanager.services.network import add_actor, involve_actor
from fallmanager.services.persons import add_person
from fallmanager.services.relationships import record_parent_child
from fallmanager.ui.consent.dialogs import ConsentDialog, GiveConsentDialog, WithdrawDialog
from fallmanager.ui.consent.gate_texts import describe_problem, group_problems
from fallmanager.ui.consent.print_dialog import ConsentFormDialog
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.help_plan.dialog_base import ID_ROLE
from fallmanager.ui.today.view import TodayView
from tests.ui.conftest import TODAY, in_vault, type_text, wait_idle

#: Keeps views referenced until pytest-qt has deleted them (see test_family_file_visits).
_VIEWS: list[QWidget] = []
#: The main window's menu bar: Datei, Bearbeiten, Ansicht, Extras, Hilfe.
MENU_BAR = ["d", "b", "a", "y", "x", "h"]


@pytest.fixture(autouse=True)
def _german(errors: Any) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    _VIEWS.clear()
    QLocale.setDefault(previous)


@dataclass(frozen=True)
class Family:
    family_id: uuid.UUID
    case_number: str
    mother_id: uuid.UUID
    father_id: uuid.UUID
    child_id: uuid.UUID
    jobcenter_id: uuid.UUID
    school_id: uuid.UUID
    health_office_id: uuid.UUID


def make_family(qtbot: Any, session: Any) -> Family:
    """The Krasniqi family: two parents with custody of their son Arben (14), the Jobcenter
    and Arben's school in their network; the Gesundheitsamt is in the directory only."""

    def create(uow: Any) -> Family:
        family = open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau Brinkmann")
        people = [
            add_person(
                uow,
                family_id=family.id,
                given_names=given,
                family_name="Krasniqi",
                birth_date=PartialDate.parse(born),
                today=TODAY,
            ).person
            for given, born in (
                ("Ardita", "1986-03-14"),
                ("Burim", "1983-07-02"),
                ("Arben", "2012-05-20"),
            )
        ]
        mother, father, child = people
        for parent in (mother, father):
            record_parent_child(uow, parent_id=parent.id, child_id=child.id, has_custody=True)
        jobcenter = add_actor(uow, name="Jobcenter Nord", kind=ActorKind.JOBCENTER)
        school = add_actor(uow, name="Gesamtschule Ost", kind=ActorKind.SCHOOL)
        health = add_actor(uow, name="Gesundheitsamt", kind=ActorKind.HEALTH_OFFICE)
        involve_actor(uow, family_id=family.id, actor_id=jobcenter.id, role="Leistungen")
        involve_actor(uow, family_id=family.id, actor_id=school.id, role="Schule von Arben")
        return Family(
            family.id,
            family.case_number,
            mother.id,
            father.id,
            child.id,
            jobcenter.id,
            school.id,
            health.id,
        )

    return in_vault(qtbot, session, create)


def given_consent(family: Family, **changes: Any) -> Consent:
    """A consent of both parents for the whole family, given a month ago."""
    fields: dict[str, Any] = {
        "family_id": family.family_id,
        "subject_ids": (family.mother_id, family.father_id, family.child_id),
        "given_by_ids": (family.mother_id, family.father_id),
        "recipient_actor_ids": (family.jobcenter_id,),
        "categories": (DataCategory.HELP_PLAN.value,),
        "purposes": (ConsentPurpose.REFERRAL.value,),
        "status": ConsentStatus.GIVEN,
        "form": ConsentForm.WRITTEN,
        "prepared_on": TODAY - timedelta(days=30),
        "given_on": TODAY - timedelta(days=30),
        "expires_on": TODAY + timedelta(days=335),
    }
    fields.update(changes)
    return Consent(**fields)


def store(qtbot: Any, session: Any, consent: Consent) -> None:
    in_vault(qtbot, session, lambda uow: save_consent(uow, consent=consent, today=TODAY))


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.tabs.setCurrentWidget(view.consents)
    view.resize(1280, 760)
    view.show()
    return view


def records(qtbot: Any, session: Any, cls: Any) -> list[Any]:
    def load(uow: Any) -> list[Any]:
        with uow:
            return list(uow.records.find(cls))

    return in_vault(qtbot, session, load)


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick(qtbot: Any, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator (its label may be narrower than
    the widget)."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def save_and_reload(qtbot: Any, view: FamilyFileView, button: QWidget) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, button)


def undo(qtbot: Any, view: FamilyFileView, *, redo: bool = False) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo() if redo else view.undo_stack.undo()


def tick(qtbot: Any, checklist: QListWidget, entry_id: uuid.UUID) -> None:
    """Toggle an entry's check box with the space bar, like a keyboard user."""
    for row in range(checklist.count()):
        item = checklist.item(row)
        if item.data(ID_ROLE) == str(entry_id):
            checklist.setFocus()
            checklist.setCurrentItem(item)
            qtbot.keyClick(checklist, Qt.Key.Key_Space)
            return
    raise AssertionError(f"no entry {entry_id}")


def column_texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_prepare_print_give_see_and_withdraw_a_consent(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.consents
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Einwilligungen"
    assert tab.overview_stack.currentWidget() is tab.overview_empty
    # No mnemonic twice on the tab, nor one of the main window's menus.
    texts = [b.text() for b in tab.findChildren(QAbstractButton) if b.isVisible()]
    texts += [tab.overview_heading.text(), tab.consents_heading.text()]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    letters += MENU_BAR
    assert len(letters) == len(set(letters)) == 9 + len(MENU_BAR), letters
    assert not tab.give_button.isEnabled() and not tab.withdraw_button.isEnabled()

    # -- prepare: the members are preselected; recipients, data and purposes are chosen ----
    click(qtbot, tab.prepare_button)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    wait_idle(qtbot, session)  # the directory of organisations
    assert set(dialog.subjects.checked_ids()) == {
        family.mother_id,
        family.father_id,
        family.child_id,
    }
    click(qtbot, dialog.ok_button)  # nothing chosen yet: every missing part is named
    assert dialog.isVisible()
    for name in ("recipient_actor_ids", "categories"):
        assert dialog.errors.error_message(name) == "Bitte ausfüllen.", name
    tick(qtbot, dialog.recipients, family.jobcenter_id)
    # an organisation of the directory that is not (yet) in the family's network
    combo = dialog.more_actors
    assert combo.findData(str(family.health_office_id)) >= 0
    assert combo.findData(str(family.jobcenter_id)) < 0  # already listed above
    assert combo.count() == 1  # the Gesundheitsamt
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # choosing it puts it on the list, checked
    assert family.health_office_id in dialog.recipients.checked_ids()
    assert combo.findData(str(family.health_office_id)) < 0 and not combo.isEnabled()
    for category in (DataCategory.SCHOOL, DataCategory.WORK_BENEFITS):
        pick(qtbot, dialog.categories.boxes[category.value])
    assert dialog.purposes.checked_codes() == (ConsentPurpose.CASE_CONFERENCE.value,)
    save_and_reload(qtbot, view, dialog.ok_button)
    [consent] = records(qtbot, session, Consent)
    assert consent.status is ConsentStatus.PREPARED and consent.prepared_on == TODAY
    assert set(consent.recipient_actor_ids) == {family.jobcenter_id, family.health_office_id}
    assert consent.categories == ("school", "work_benefits")
    assert column_texts(tab.model, 0) == ["vorbereitet"]
    assert tab.overview_stack.currentWidget() is tab.overview_empty  # prepared is not given
    qtmodeltester.check(tab.model)

    # Undo withdraws the prepared consent, redo brings it back.
    undo(qtbot, view)
    assert records(qtbot, session, Consent) == [] and tab.model.rowCount() == 0
    undo(qtbot, view, redo=True)
    assert records(qtbot, session, Consent) == [consent]

    # -- print the form: the file is written and the copy for the family is logged ---------
    tab.select_consent(consent.id)
    assert "vorbereitet" in tab.details.text() and "Erteilung erfassen" in tab.details.text()
    click(qtbot, tab.print_button)
    printing = tab.dialog
    assert isinstance(printing, ConsentFormDialog)
    click(qtbot, printing.save_button)
    files = printing.file_dialog
    assert isinstance(files, QFileDialog)
    target = tmp_path / "einwilligung.pdf"
    files.selectFile(str(target))
    with qtbot.waitSignal(printing.logged, timeout=20_000) as logged:
        files.accept()
    assert target.read_bytes().startswith(b"%PDF")
    assert "protokolliert" in printing.status.text()
    [entry] = records(qtbot, session, Disclosure)
    assert entry == logged.args[0]
    assert entry.document is DocumentKind.CONSENT_FORM
    assert entry.recipient_kind is RecipientKind.FAMILY
    assert entry.channel is DisclosureChannel.FILE
    printing.reject()
    wait_idle(qtbot, session)

    # -- record it as given: both parents sign for themselves and for their son ------------
    tab.select_consent(consent.id)
    click(qtbot, tab.give_button)
    give = tab.dialog
    assert isinstance(give, GiveConsentDialog)
    assert set(give.giving.givers.checked_ids()) == {family.mother_id, family.father_id}
    assert give.giving.warning.isHidden()
    assert give.giving.expires_on.text() == "25.11.2027"  # 12 months by default
    assert not give.giving.witness.isEnabled()  # written: no witness
    save_and_reload(qtbot, view, give.ok_button)
    [given] = records(qtbot, session, Consent)
    assert given.status is ConsentStatus.GIVEN and given.given_on == TODAY
    assert given.expires_on == date(2027, 11, 25)
    assert column_texts(tab.model, 0) == ["erteilt"]

    # "Wer darf was bis wann": both organisations, both kinds of data, the whole family.
    assert tab.overview_stack.currentWidget() is tab.overview_table
    rows = {
        (tab.grants.index(r, 0).data(), tab.grants.index(r, 1).data())
        for r in range(tab.grants.rowCount())
    }
    assert rows == {
        ("Jobcenter Nord", "Schule und Ausbildung"),
        ("Jobcenter Nord", "Arbeit und Leistungen"),
        ("Gesundheitsamt", "Schule und Ausbildung"),
        ("Gesundheitsamt", "Arbeit und Leistungen"),
    }
    assert tab.grants.index(0, 2).data() == "Arben Krasniqi, Ardita Krasniqi, Burim Krasniqi"
    assert tab.grants.index(0, 3).data() == "Fallkonferenz"
    assert tab.grants.index(0, 4).data() == "25.11.2027"
    assert tab.grants.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    qtmodeltester.check(tab.grants)

    # Undo of the giving makes it a prepared consent again; redo gives it again.
    undo(qtbot, view)
    assert records(qtbot, session, Consent) == [consent]
    assert tab.overview_stack.currentWidget() is tab.overview_empty
    undo(qtbot, view, redo=True)
    assert records(qtbot, session, Consent) == [given]

    # -- withdraw the school data: asks first, takes effect at once, is not undone ---------
    commands = view.undo_stack.count()
    tab.select_consent(given.id)
    click(qtbot, tab.withdraw_button)
    withdraw = tab.dialog
    assert isinstance(withdraw, WithdrawDialog)
    assert not withdraw.categories.isEnabled()  # in full, unless "teilweise" is chosen
    pick(qtbot, withdraw.partial)
    pick(qtbot, withdraw.categories.boxes[DataCategory.SCHOOL.value])
    click(qtbot, withdraw.ok_button)
    box = withdraw.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "nicht rückgängig" in box.text() and "Offenlegungsprotokoll" in box.text()
    assert "25.11.2026" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    wait_idle(qtbot, session)
    assert records(qtbot, session, ConsentWithdrawal) == []
    assert withdraw.isVisible()  # cancelled: nothing happened, the dialog stays
    click(qtbot, withdraw.ok_button)
    box = withdraw.confirm_box
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, withdraw.confirm_button)
    [withdrawal] = records(qtbot, session, ConsentWithdrawal)
    assert not withdrawal.full and withdrawal.categories == ("school",)
    assert withdrawal.withdrawn_on == TODAY
    assert set(withdrawal.declared_by_ids) == {family.mother_id, family.father_id}
    assert tab.dialog is None  # closed (and deleted) after saving
    assert view.undo_stack.count() == commands  # a withdrawal is not an undo step

    # The school rows are gone from the overview; the consent is partly withdrawn.
    assert {tab.grants.index(r, 1).data() for r in range(tab.grants.rowCount())} == {
        "Arbeit und Leistungen"
    }
    assert column_texts(tab.model, 0) == ["teilweise widerrufen"]
    tab.select_consent(given.id)
    assert "teilweise widerrufen – Daten: Schule und Ausbildung" in tab.details.text()
    assert not tab.edit_button.isEnabled() and not tab.remove_button.isEnabled()
    assert tab.withdraw_button.isEnabled()  # the rest can still be withdrawn


def test_verbal_consent_needs_a_witness_and_a_minor_every_custody_holder(
    qtbot: Any, session: Any, settings: Any
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.consents
    click(qtbot, tab.direct_button)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.giving is not None
    wait_idle(qtbot, session)
    giving = dialog.giving
    # Only Arben's school data, for his school.
    for person_id in (family.mother_id, family.father_id):
        tick(qtbot, dialog.subjects, person_id)
    assert dialog.subjects.checked_ids() == (family.child_id,)
    tick(qtbot, dialog.recipients, family.school_id)
    pick(qtbot, dialog.categories.boxes[DataCategory.SCHOOL.value])
    # For the minor both custody holders are preselected; no warning.
    assert set(giving.givers.checked_ids()) == {family.mother_id, family.father_id}
    assert giving.warning.isHidden()
    # Only the mother gives it: the dialog warns that the gate will not accept it.
    tick(qtbot, giving.givers, family.father_id)
    assert giving.warning.isVisible()
    assert "fehlt: Burim Krasniqi" in giving.warning.text()
    assert "Arben Krasniqi" in giving.warning.text()

    # Verbal, without a witness: the error is shown below the witness field.
    giving.form.setFocus()
    qtbot.keyClick(giving.form, Qt.Key.Key_Down)
    assert giving.form.currentData() == ConsentForm.VERBAL.value
    assert giving.witness.isEnabled()
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.errors.error_message("witness") == "Bitte ausfüllen."
    assert giving.witness.hasFocus()
    assert records(qtbot, session, Consent) == []

    # A date in the future is refused as well.
    giving.given_on.clear()
    type_text(giving.given_on, "01.12.2026")
    type_text(giving.witness, "Frau Roth (Sprachmittlerin)")
    click(qtbot, dialog.ok_button)
    assert dialog.errors.error_message("given_on") == "Das Datum liegt in der Zukunft."
    giving.given_on.clear()
    type_text(giving.given_on, "20.11.2026")
    assert giving.expires_on.text() == "20.11.2027"  # follows the day it was given
    save_and_reload(qtbot, view, dialog.ok_button)
    [consent] = records(qtbot, session, Consent)
    assert consent.status is ConsentStatus.GIVEN and consent.form is ConsentForm.VERBAL
    assert consent.witness == "Frau Roth (Sprachmittlerin)"
    assert consent.given_by_ids == (family.mother_id,)
    # Recorded as it happened, but the gate does not let the school receive anything.
    assert tab.overview_stack.currentWidget() is tab.overview_empty
    tab.select_consent(consent.id)
    assert "fehlt: Burim Krasniqi" in tab.details.text()


def test_change_and_remove_a_prepared_consent(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    consent = given_consent(
        family, status=ConsentStatus.PREPARED, given_on=None, given_by_ids=(), expires_on=None
    )
    store(qtbot, session, consent)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.consents
    tab.select_consent(consent.id)

    # Bearbeiten: the dialog shows the consent as it is; the change is one undo step.
    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.consent == consent
    wait_idle(qtbot, session)
    assert dialog.recipients.checked_ids() == (family.jobcenter_id,)
    assert dialog.categories.checked_codes() == (DataCategory.HELP_PLAN.value,)
    pick(qtbot, dialog.categories.boxes[DataCategory.HEALTH.value])
    save_and_reload(qtbot, view, dialog.ok_button)
    [changed] = records(qtbot, session, Consent)
    assert changed.id == consent.id and changed.categories == ("health", "help_plan")
    assert changed.prepared_on == consent.prepared_on
    undo(qtbot, view)
    assert records(qtbot, session, Consent) == [consent]

    # Entfernen: asks first; undo brings it back.
    tab.select_consent(consent.id)
    click(qtbot, tab.remove_button)
    box = tab.dialog
    assert isinstance(box, QMessageBox) and "verwerfen" in box.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert records(qtbot, session, Consent) == []
    undo(qtbot, view)
    assert records(qtbot, session, Consent) == [consent]


def test_heute_lists_a_consent_running_out_and_opens_its_tab(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family = make_family(qtbot, session)
    store(qtbot, session, given_consent(family, expires_on=TODAY + timedelta(days=10)))
    view = TodayView(session, settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    view.resize(1300, 900)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()
    section = view.consents
    assert section.heading.text() == "Einwilligungen laufen a&b (1)"
    assert section.stack.currentWidget() is section.table
    row = [section.model.index(0, column).data() for column in range(4)]
    assert row == ["05.12.2026", "Jobcenter Nord", family.case_number, "Krasniqi"]
    qtmodeltester.check(section.model)

    opened: list[FamilyFileView] = []

    def open_family(family_id: uuid.UUID) -> None:
        family_view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
        qtbot.addWidget(family_view)
        _VIEWS.append(family_view)
        family_view.show()
        opened.append(family_view)

    view.open_family_requested.connect(open_family)
    view.open_family_tab_requested.connect(lambda _fid, tab: opened[-1].open_tab(tab))
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(0, 0))
    with qtbot.waitSignal(view.open_family_tab_requested, timeout=2_000) as asked:
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert asked.args == [family.family_id, "consents"]
    family_view = opened[-1]
    with qtbot.waitSignal(family_view.loaded, timeout=10_000):
        pass
    assert family_view.tabs.currentWidget() is family_view.consents
    tab = family_view.consents
    assert column_texts(tab.model, 0) == ["läuft ab"]
    # The grant that runs out within four weeks is highlighted.
    background = tab.grants.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None and background.color().name() == "#fff1c2"
    QApplication.processEvents()


def test_gate_sentences_name_the_reason_and_fold_repeats(qtbot: Any, session: Any) -> None:
    family = make_family(qtbot, session)
    detail = in_vault(qtbot, session, lambda uow: get_family_file(uow, family_id=family.family_id))

    def problem(person_id: uuid.UUID, category: DataCategory, reason: GateReason, **kw: Any) -> Any:
        return GateProblem(family.jobcenter_id, person_id, category, reason, **kw)

    expired = problem(family.child_id, DataCategory.SCHOOL, GateReason.EXPIRED, on=date(2026, 3, 1))
    assert describe_problem(expired, detail) == (
        "Jobcenter Nord: keine Einwilligung für Schuldaten von Arben Krasniqi – abgelaufen am "
        "01.03.2026"
    )
    missing = problem(
        family.child_id,
        DataCategory.HEALTH,
        GateReason.CUSTODY_HOLDER_MISSING,
        missing_ids=(family.mother_id,),
    )
    assert describe_problem(missing, detail).endswith(
        "– Einwilligung nicht von allen Sorgeberechtigten erteilt (fehlt: Ardita Krasniqi)"
    )
    purpose = problem(family.mother_id, DataCategory.HELP_PLAN, GateReason.PURPOSE_NOT_COVERED)
    assert describe_problem(purpose, detail).endswith("– Zweck Fallkonferenz nicht umfasst")
    assert describe_problem(purpose, detail, purpose=ConsentPurpose.REFERRAL).endswith(
        "– Zweck Vermittlung an eine Stelle oder ein Angebot nicht umfasst"
    )
    assert describe_problem(
        problem(family.mother_id, DataCategory.HEALTH, GateReason.NO_CONSENT), detail
    ) == ("Jobcenter Nord: keine Einwilligung für Gesundheitsdaten von Ardita Krasniqi")
    for reason in GateReason:
        sentence = describe_problem(
            problem(family.mother_id, DataCategory.RESIDENCE, reason, on=TODAY), detail
        )
        assert sentence.startswith("Jobcenter Nord: keine Einwilligung für Aufenthaltsdaten")

    # The same refusal for several persons and categories (and again for a second topic)
    # is one line; another reason or date is another line. Persons are named in the family
    # file's order (oldest first), whatever order the refusals came in.
    withdrawn = [
        problem(person, category, GateReason.WITHDRAWN, on=date(2026, 10, 1))
        for person in (family.mother_id, family.father_id)
        for category in (DataCategory.SCHOOL, DataCategory.HEALTH)
    ]
    lines = group_problems([expired, *withdrawn, *withdrawn], detail)
    assert lines == [
        "Jobcenter Nord: keine Einwilligung für Schuldaten und Gesundheitsdaten von Burim "
        "Krasniqi und Ardita Krasniqi – widerrufen am 01.10.2026",
        "Jobcenter Nord: keine Einwilligung für Schuldaten von Arben Krasniqi – abgelaufen am "
        "01.03.2026",
    ]
    # Persons refused different data get their own line: nothing is claimed too broadly.
    uneven = [withdrawn[0], withdrawn[2], withdrawn[3]]
    assert group_problems(uneven, detail, include_actor=False) == [
        "Keine Einwilligung für Schuldaten und Gesundheitsdaten von Burim Krasniqi – "
        "widerrufen am 01.10.2026",
        "Keine Einwilligung für Schuldaten von Ardita Krasniqi – widerrufen am 01.10.2026",
    ]


def test_validity_in_the_settings_proposes_the_expiry(
    qtbot: Any, session: Any, settings: Any, tmp_path: Path
) -> None:
    from fallmanager.ui.settings import AppSettings
    from fallmanager.ui.settings_dialog import SettingsDialog

    assert settings.consent_validity_months == 12
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.consent_validity
    assert spin.value() == 12 and spin.maximum() == 60 and spin.minimum() == 1
    spin.selectAll()
    type_text(spin, "6")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert AppSettings.at(tmp_path / "settings.ini").consent_validity_months == 6

    family = make_family(qtbot, session)
    consent = given_consent(
        family, status=ConsentStatus.PREPARED, given_on=None, given_by_ids=(), expires_on=None
    )
    store(qtbot, session, consent)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.consents
    tab.select_consent(consent.id)
    click(qtbot, tab.give_button)
    give = tab.dialog
    assert isinstance(give, GiveConsentDialog)
    assert give.giving.expires_on.text() == "25.05.2027"
    # A day before the consent was prepared cannot be the day it was given.
    give.giving.given_on.clear()
    type_text(give.giving.given_on, "01.10.2026")
    click(qtbot, give.ok_button)
    assert "ab dem Tag ihrer Vorbereitung (26.10.2026)" in give.errors.error_message("given_on")
    assert records(qtbot, session, Consent) == [consent]
    give.reject()
