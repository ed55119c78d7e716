"""Hilfeplan tab: begin a plan, needs, requirements from the catalogue, evidence, agree,
signatures, a review that begins the next version, comparing versions, undo, the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QWidget

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.help_plan import (
    EvidenceStatus,
    HelpPlanReview,
    HelpPlanVersion,
    LifeDomain,
    NeedAssessment,
    NeedLevel,
    PhraseKind,
    ResidenceRequirement,
    VersionStatus,
)
from fallmanager.domain.help_plan_catalogue import seed_catalogue
from fallmanager.domain.network import ActorKind
from fallmanager.services.family_files import open_family_file
from fallmanager.services.network import add_actor, involve_actor
from fallmanager.services.persons import add_person
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.help_plan.compare_dialog import CompareDialog
from fallmanager.ui.help_plan.needs import NeedDialog
from fallmanager.ui.help_plan.pdf_printing import paint_pdf
from fallmanager.ui.help_plan.print_actions import PrintDialog
from fallmanager.ui.help_plan.requirements import EVIDENCE, RequirementDialog
from fallmanager.ui.help_plan.tab import HelpPlanTab
from fallmanager.ui.help_plan.version_dialogs import (
    AgreeDialog,
    ReviewDialog,
    SignaturesDialog,
    StartPlanDialog,
)
from fallmanager.ui.widgets.dates import format_date
from tests.ui.conftest import TODAY, in_vault, type_text

#: Keeps views referenced until pytest-qt has deleted them (see test_family_file_visits).
_VIEWS: list[FamilyFileView] = []
#: The main window's menu bar: Datei, Bearbeiten, Ansicht, Extras, Hilfe.
MENU_BAR = ["d", "b", "a", "y", "x", "h"]


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Any:
    yield
    _VIEWS.clear()


@dataclass(frozen=True)
class Family:
    family_id: uuid.UUID
    mother_id: uuid.UUID
    father_id: uuid.UUID
    child_id: uuid.UUID
    actor_id: uuid.UUID


def make_family(qtbot: Any, session: Any) -> Family:
    def create(uow: Any) -> Family:
        family = open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau Brinkmann")
        people = [
            add_person(
                uow,
                family_id=family.id,
                given_names=given,
                family_name="Petrović",
                birth_date=PartialDate.parse(born),
                today=TODAY,
            ).person
            for given, born in (
                ("Dragana", "1987-04-02"),
                ("Miloš", "1984-11-20"),
                ("Jovana", "2014-06-09"),
            )
        ]
        actor = add_actor(uow, name="Jugendmigrationsdienst Nord", kind=ActorKind.OTHER)
        involve_actor(uow, family_id=family.id, actor_id=actor.id, role="Beratung")
        return Family(family.id, people[0].id, people[1].id, people[2].id, actor.id)

    return in_vault(qtbot, session, create)


def open_view(qtbot: Any, session: Any, settings: Any, family_id: uuid.UUID) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.tabs.setCurrentWidget(view.help_plan)
    view.resize(1280, 720)
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


def choose(qtbot: Any, combo: QComboBox, data: str) -> None:
    """Choose the item with ``data`` by keyboard, like a user (emits ``activated``)."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def save_and_reload(qtbot: Any, view: FamilyFileView, ok: QAbstractButton) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click(qtbot, ok)


def undo(qtbot: Any, view: FamilyFileView, *, redo: bool = False) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.undo_stack.redo() if redo else view.undo_stack.undo()


def set_evidence_inline(qtbot: Any, view: FamilyFileView, row: int, status: EvidenceStatus) -> None:
    """Double-click the "Nachweis" cell and choose ``status`` in the combo box that opens."""
    table = view.help_plan.requirements.table
    index = table.model().index(row, EVIDENCE)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox, "evidenceEditor")
    assert editor is not None and editor.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        choose(qtbot, editor, status.value)


def mnemonics(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        text = widget.text() if hasattr(widget, "text") else ""
        match = re.search(r"&(\w)", text)
        if match and widget.isVisible():
            found.append(match.group(1).lower())
    return found


def test_a_plan_from_start_to_its_next_version(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.help_plan
    assert isinstance(tab, HelpPlanTab)
    assert view.tabs.isTabEnabled(view.tabs.indexOf(tab))
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Hilfeplan"
    assert tab.stack.currentWidget() is tab.empty_page

    # -- begin the plan ----------------------------------------------------------------------
    click(qtbot, tab.start_button)
    start = tab.dialog
    assert isinstance(start, StartPlanDialog) and start.isVisible()
    fields = start.fields
    assert fields.members.count() == 3 and fields.actors.count() == 1
    fields.members.check(family.mother_id)
    fields.members.check(family.child_id)
    fields.actors.check(family.actor_id)
    type_text(fields.others, "Frau Roth (Dolmetscherin)")
    choose(qtbot, fields.language, "sr-Cyrl")
    assert fields.language.currentText() == "Српски (ћирилица)"
    fields.review_on.clear()
    qtbot.keyClicks(fields.review_on, "01.11.2026")  # before the plan: refused
    click(qtbot, start.ok_button)
    qtbot.waitUntil(lambda: start.errors.error_message("review_on") != "")
    fields.review_on.clear()
    qtbot.keyClicks(fields.review_on, "25.05.2027")
    save_and_reload(qtbot, view, start.ok_button)

    [version] = records(qtbot, session, HelpPlanVersion)
    assert version.status is VersionStatus.DRAFT and version.drawn_up_on == TODAY
    assert set(version.participant_ids) == {family.mother_id, family.child_id}
    assert version.participant_actor_ids == (family.actor_id,)
    assert version.other_participants == ("Frau Roth (Dolmetscherin)",)
    assert version.family_language == "sr-Cyrl" and version.review_on == date(2027, 5, 25)
    assert tab.stack.currentWidget() is tab.plan_page
    assert tab.version_combo.currentText() == (
        f"Version 1: Erstplan vom {format_date(TODAY)} – Entwurf"
    )
    assert "Jugendmigrationsdienst Nord" in tab.header.text()
    assert view.undo_stack.undoText() == "Hilfeplan beginnen"
    assert tab.agree_button.isVisible() and not tab.review_button.isVisible()
    assert not tab.notice.isVisible()

    # -- resources and needs -----------------------------------------------------------------
    tab.sections.setCurrentWidget(tab.needs)
    click(qtbot, tab.needs.add_button)
    need_dialog = tab.needs.dialog
    assert isinstance(need_dialog, NeedDialog)
    choose(qtbot, need_dialog.person, str(family.child_id))
    choose(qtbot, need_dialog.domain, LifeDomain.LANGUAGE.value)
    click(qtbot, need_dialog.ok_button)  # nothing entered: refused
    assert need_dialog.errors.error_message("needs") != ""
    type_text(need_dialog.resources, "spricht gut Deutsch im Alltag")
    type_text(need_dialog.needs, "Fachsprache in Mathematik")
    choose(qtbot, need_dialog.level, NeedLevel.MEDIUM.value)
    save_and_reload(qtbot, view, need_dialog.ok_button)
    [need] = records(qtbot, session, NeedAssessment)
    assert (need.person_id, need.domain, need.level) == (
        family.child_id,
        LifeDomain.LANGUAGE,
        NeedLevel.MEDIUM,
    )
    assert need.needs == "Fachsprache in Mathematik"
    assert tab.needs.model.index(0, 0).data() == "Jovana Petrović"
    assert tab.needs.model.index(0, 2).data() == "mittlerer Bedarf"
    assert view.undo_stack.undoText() == (
        "Ressourcen und Bedarfe „Jovana Petrović – Sprache“ erfassen"
    )
    # remove with the Delete key, undo brings it back (same record)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    tab.needs.table.setFocus()
    tab.needs.table.selectRow(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(tab.needs.table, Qt.Key.Key_Delete)
    assert records(qtbot, session, NeedAssessment) == []
    assert view.undo_stack.undoText() == (
        "Ressourcen und Bedarfe „Jovana Petrović – Sprache“ entfernen"
    )
    undo(qtbot, view)
    assert records(qtbot, session, NeedAssessment) == [need]
    qtbot.mouseClick(tab.needs.overview_toggle, Qt.MouseButton.LeftButton)
    overview = tab.needs.overview_model
    row = next(
        r for r in range(overview.rowCount()) if overview.index(r, 0).data() == "Jovana Petrović"
    )
    column = 1 + list(LifeDomain).index(LifeDomain.LANGUAGE)
    assert overview.index(row, column).data() == "mittlerer Bedarf"
    qtmodeltester.check(tab.needs.model)
    qtmodeltester.check(overview)

    # -- a requirement from the catalogue, its evidence --------------------------------------
    tab.sections.setCurrentWidget(tab.requirements)
    click(qtbot, tab.requirements.add_button)
    req_dialog = tab.requirements.dialog
    assert isinstance(req_dialog, RequirementDialog)
    with qtbot.waitSignal(req_dialog.catalogue_loaded, timeout=10_000):
        pass
    phrase = seed_catalogue().phrases(PhraseKind.REQUIREMENT)[0]
    choose(qtbot, req_dialog.phrase, phrase.id)
    assert req_dialog.wording.text() == phrase.german
    qtbot.keyClicks(req_dialog.due, "01.10.2026")
    save_and_reload(qtbot, view, req_dialog.ok_button)
    [requirement] = records(qtbot, session, ResidenceRequirement)
    assert requirement.catalogue_id == phrase.id and requirement.wording == phrase.german
    assert requirement.person_id is None and requirement.evidence is EvidenceStatus.MISSING
    model = tab.requirements.model
    assert model.index(0, 1).data() == "ganze Familie"
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    set_evidence_inline(qtbot, view, 0, EvidenceStatus.REQUESTED)
    assert records(qtbot, session, ResidenceRequirement)[0].evidence is EvidenceStatus.REQUESTED
    assert view.undo_stack.undoText().endswith(": angefordert")
    qtmodeltester.check(model)

    # -- agree: content stays, evidence can still be recorded --------------------------------
    click(qtbot, tab.agree_button)
    agree = tab.dialog
    assert isinstance(agree, AgreeDialog)
    assert "unverändert" in agree.intro.text()
    save_and_reload(qtbot, view, agree.ok_button)
    [version] = records(qtbot, session, HelpPlanVersion)
    assert version.status is VersionStatus.AGREED and version.agreed_on == TODAY
    assert tab.notice.isVisible() and "unverändert" in tab.notice.text()
    assert not tab.header_button.isVisible() and not tab.agree_button.isVisible()
    assert not tab.requirements.add_button.isEnabled()
    tab.requirements.table.selectRow(0)
    assert not tab.requirements.edit_button.isEnabled()
    tab.sections.setCurrentWidget(tab.needs)
    assert not tab.needs.add_button.isEnabled()
    assert tab.needs.add_need() is None
    tab.sections.setCurrentWidget(tab.requirements)
    set_evidence_inline(qtbot, view, 0, EvidenceStatus.PRESENT)
    assert records(qtbot, session, ResidenceRequirement)[0].evidence is EvidenceStatus.PRESENT
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None  # present: not overdue

    # -- signatures --------------------------------------------------------------------------
    click(qtbot, tab.signatures_button)
    signatures = tab.dialog
    assert isinstance(signatures, SignaturesDialog)
    names = [signatures.signers.item(r).text() for r in range(signatures.signers.count())]
    assert names == ["Dragana Petrović", "Miloš Petrović"]  # adults only
    signatures.signers.check(family.mother_id)
    signatures.signers.check(family.father_id)
    signatures.case_manager.setChecked(True)
    save_and_reload(qtbot, view, signatures.ok_button)
    [version] = records(qtbot, session, HelpPlanVersion)
    assert version.signed_on == TODAY and version.signed_by_case_manager
    assert set(version.signed_by_ids) == {family.mother_id, family.father_id}
    assert f"Unterschrieben am {format_date(TODAY)}" in tab.header.text()

    # -- a review that begins the next version -----------------------------------------------
    assert tab.update_button.isVisible()
    click(qtbot, tab.review_button)
    review = tab.dialog
    assert isinstance(review, ReviewDialog) and review.start_next.isChecked()
    click(qtbot, review.ok_button)
    assert review.errors.error_message("achieved") != ""  # what was achieved is required
    type_text(review.achieved, "Pass beantragt; Jovana geht regelmäßig zur Schule.")
    save_and_reload(qtbot, view, review.ok_button)
    versions = sorted(records(qtbot, session, HelpPlanVersion), key=lambda v: v.number)
    assert [v.status for v in versions] == [VersionStatus.AGREED, VersionStatus.DRAFT]
    [held] = records(qtbot, session, HelpPlanReview)
    assert held.version_id == versions[0].id and held.achieved.startswith("Pass beantragt")
    copies = [
        r for r in records(qtbot, session, ResidenceRequirement) if r.version_id == versions[1].id
    ]
    assert [c.origin_id for c in copies] == [requirement.id]
    assert tab.version_combo.currentText().startswith("Version 2: Fortschreibung vom")
    assert tab.version_combo.currentText().endswith("Entwurf")
    assert tab.requirements.add_button.isEnabled()
    assert view.undo_stack.undoText() == "Überprüfung von Version 1 erfassen"

    # -- edit the copied requirement; the comparison names the change ------------------------
    tab.requirements.table.selectRow(0)
    click(qtbot, tab.requirements.edit_button)
    edit = tab.requirements.dialog
    assert isinstance(edit, RequirementDialog)
    edit.due.clear()
    qtbot.keyClicks(edit.due, "15.01.2027")
    type_text(edit.wording, " (Reisepass)")
    save_and_reload(qtbot, view, edit.ok_button)
    [copy] = [
        r for r in records(qtbot, session, ResidenceRequirement) if r.version_id == versions[1].id
    ]
    assert copy.due_on == date(2027, 1, 15) and copy.wording.endswith("(Reisepass)")
    click(qtbot, tab.compare_button)
    compare = tab.dialog
    assert isinstance(compare, CompareDialog)
    assert ("geändert", copy.wording, "Wortlaut, Fällig bis") in compare.rows()
    compare.close()

    # -- undo and redo -----------------------------------------------------------------------
    undo(qtbot, view)  # the requirement's edit
    [copy] = [
        r for r in records(qtbot, session, ResidenceRequirement) if r.version_id == versions[1].id
    ]
    assert copy.wording == phrase.german and copy.due_on == date(2026, 10, 1)
    undo(qtbot, view)  # the review with the new version
    assert len(records(qtbot, session, HelpPlanVersion)) == 1
    assert records(qtbot, session, HelpPlanReview) == []
    assert tab.version_combo.count() == 1 and tab.review_button.isVisible()
    undo(qtbot, view, redo=True)
    assert len(records(qtbot, session, HelpPlanVersion)) == 2
    assert len(records(qtbot, session, HelpPlanReview)) == 1
    assert tab.version_combo.currentText().startswith("Version 2")
    undo(qtbot, view, redo=True)
    [copy] = [
        r for r in records(qtbot, session, ResidenceRequirement) if r.version_id == versions[1].id
    ]
    assert copy.due_on == date(2027, 1, 15)

    # -- the agreed version runs on while its update is drafted ------------------------------
    tab.show_version(versions[0].id)
    assert "abgelöst" not in tab.notice.text()  # still agreed: the draft is not agreed yet
    assert "Version 2" in tab.notice.text()
    assert tab.requirements.model.evidence_editable  # its progress is still recorded
    assert not tab.goals.add_framework_action.isEnabled()  # its content is kept
    assert not tab.review_button.isVisible()
    tab.show_version(versions[1].id)

    # -- no mnemonic twice on the visible bar ------------------------------------------------
    visible = [*tab.findChildren(QAbstractButton), tab.version_label]
    letters = mnemonics([w for w in visible if w.window() is tab.window()])
    letters += MENU_BAR
    letters += [re.search(r"&(\w)", tab.sections.tabText(i)).group(1).lower()  # type: ignore[union-attr]
                for i in range(tab.sections.count())]  # fmt: skip
    assert len(letters) == len(set(letters)), letters
    qtmodeltester.check(tab.reviews.model)

    # -- language switch ---------------------------------------------------------------------
    tab.retranslate_ui()
    assert tab.sections.tabText(0) == "&Ziele"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_family_pdf_in_serbian_cyrillic_side_by_side(
    qtbot: Any, session: Any, settings: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)

    def plan(uow: Any) -> None:
        from fallmanager.services.help_plan import start_help_plan

        start_help_plan(
            uow,
            family_id=family.family_id,
            drawn_up_on=date(2026, 11, 2),
            participant_ids=(family.mother_id,),
            family_language="sr-Cyrl",
        )

    in_vault(qtbot, session, plan)
    settings.office_name = "Stadt Musterstadt – Fallmanagement"
    settings.office_contact = "Rathausplatz 1\n12345 Musterstadt"
    view = open_view(qtbot, session, settings, family.family_id)
    tab = view.help_plan
    click(qtbot, tab.print_button)
    dialog = tab.dialog
    assert isinstance(dialog, PrintDialog)
    assert dialog.language.currentData() == "sr-Cyrl" and dialog.family.isChecked()
    assert dialog.layout_choice.isEnabled()
    assert dialog.layout_choice.currentData() == "side_by_side"
    assert "Stadt Musterstadt" in dialog.letterhead_note.text()
    click(qtbot, dialog.save_button)
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog)
    target = tmp_path / "plan.pdf"
    files.selectFile(str(target))
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        files.accept()
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "План помоћи" in text and "Hilfeplan" in text
    assert "Stadt Musterstadt" in text
    assert not list(tmp_path.glob(".plan.pdf.*"))  # no partial file left behind

    # Printing shows the same document in the print preview, page by page.
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    preview = dialog.preview
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()
    preview.reject()
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    pages = paint_pdf(target.read_bytes(), printer)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True)
    printed_pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert printed_pages == pages >= 2

    dialog.office.setChecked(True)
    assert not dialog.layout_choice.isEnabled()


def test_letterhead_in_the_settings(qtbot: Any, settings: Any, tmp_path: Path) -> None:
    from fallmanager.ui.settings import AppSettings
    from fallmanager.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        dialog.office_name.text() == "" and dialog.letterhead.title() == "Briefkopf für Ausdrucke"
    )
    type_text(dialog.office_name, "Stadt Musterstadt – Fallmanagement")
    for line in ("Rathausplatz 1", "", "12345 Musterstadt ", "Tel. 0123 456-0"):
        type_text(dialog.office_contact, line)
        qtbot.keyClick(dialog.office_contact, Qt.Key.Key_Return)
    type_text(dialog.case_manager_name, "Anna Brinkmann")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    again = AppSettings.at(tmp_path / "settings.ini")  # what the next start reads
    assert again.office_name == "Stadt Musterstadt – Fallmanagement"
    assert again.office_contact == "Rathausplatz 1\n12345 Musterstadt\nTel. 0123 456-0"
    assert again.case_manager_name == "Anna Brinkmann"


def test_organiser_email_in_the_settings_is_checked(
    qtbot: Any, settings: Any, tmp_path: Path
) -> None:
    from fallmanager.ui.settings import AppSettings
    from fallmanager.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    type_text(dialog.organiser_email, "fallmanagement(at)stadt")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.organiser_email_error.isVisible()
    assert AppSettings.at(tmp_path / "settings.ini").organiser_email == ""
    dialog.organiser_email.clear()
    type_text(dialog.organiser_email, "fallmanagement@stadt.example")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert AppSettings.at(tmp_path / "settings.ini").organiser_email == (
        "fallmanagement@stadt.example"
    )
