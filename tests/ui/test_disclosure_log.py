"""Offenlegungen: the disclosure log tab and its PDF; the help plan's printout and the
genogram's export ask for the recipient, are refused for an organisation without consent,
and are logged with the consents they rest on."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog

from fallmanager.domain.consent import ConsentPurpose, DataCategory
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.services.disclosure import record_disclosures
from fallmanager.services.help_plan import start_help_plan
from fallmanager.ui.genogram.export_dialog import GenogramExportDialog
from fallmanager.ui.help_plan.print_actions import PrintDialog
from tests.ui.conftest import TODAY, in_vault, wait_idle
from tests.ui.test_consent_tab import (
    Family,
    click,
    given_consent,
    make_family,
    open_view,
    pick,
    records,
    store,
)


@pytest.fixture(autouse=True)
def _german(errors: Any) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def choose(qtbot: Any, combo: QComboBox, data: str) -> None:
    """Choose the item with ``data`` by keyboard, like a user."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_the_log_lists_what_left_and_exports_itself(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)
    consent = given_consent(family)
    store(qtbot, session, consent)
    early = datetime(2026, 11, 3, 9, 30)
    entries = [
        Disclosure(
            family_id=family.family_id,
            disclosed_at=early,
            document=DocumentKind.CONSENT_FORM,
            title="Einwilligungserklärung vom 26.10.2026",
            recipient_kind=RecipientKind.FAMILY,
            person_ids=(family.mother_id,),
            channel=DisclosureChannel.PRINT,
        ),
        Disclosure(
            family_id=family.family_id,
            disclosed_at=early + timedelta(days=10),
            document=DocumentKind.HELP_PLAN_FAMILY,
            title="Hilfeplan Version 1 (Fassung für die Familie)",
            recipient_kind=RecipientKind.ACTOR,
            recipient_actor_id=family.jobcenter_id,
            categories=(DataCategory.HELP_PLAN.value,),
            person_ids=(family.mother_id, family.child_id),
            consent_ids=(consent.id,),
        ),
        Disclosure(
            family_id=family.family_id,
            disclosed_at=early + timedelta(days=12),
            document=DocumentKind.GENOGRAM,
            title="Genogramm (anonymisiert)",
            recipient_kind=RecipientKind.ACTOR,
            recipient_actor_id=family.school_id,
            categories=(DataCategory.FAMILY_SITUATION.value,),
            anonymised=True,
        ),
    ]
    in_vault(qtbot, session, lambda uow: record_disclosures(uow, disclosures=entries))
    view = open_view(qtbot, session, settings, family.family_id)
    view.tabs.setCurrentWidget(view.disclosures)
    tab = view.disclosures
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Offenlegungen"
    assert tab.stack.currentWidget() is tab.table
    model = tab.model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert [row[1] for row in rows] == [  # newest first
        "Genogramm",
        "Hilfeplan (Fassung für die Familie)",
        "Einwilligungserklärung",
    ]
    assert rows[1] == [
        "13.11.2026 09:30",
        "Hilfeplan (Fassung für die Familie)",
        "Hilfeplan Version 1 (Fassung für die Familie)",
        "Jobcenter Nord",
        "Hilfeplan",
        "Ardita Krasniqi, Arben Krasniqi",
        "erteilt am 26.10.2026",
        "",
        "Datei",
    ]
    assert rows[0][3:9] == ["Gesamtschule Ost", "familiäre Situation", "", "", "ja", "Datei"]
    assert rows[2][3] == "Familie" and rows[2][8] == "gedruckt"

    # Als PDF exportieren: the log for the family's access request, itself logged.
    click(qtbot, tab.export_button)
    files = tab.file_dialog
    assert isinstance(files, QFileDialog)
    target = tmp_path / "protokoll"
    files.selectFile(str(target))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        files.accept()
    written = tmp_path / "protokoll.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "Exportiert" in tab.status.text()
    logged = [d for d in records(qtbot, session, Disclosure) if d.id not in {e.id for e in entries}]
    assert len(logged) == 1
    assert logged[0].document is DocumentKind.DISCLOSURE_LOG
    assert logged[0].recipient_kind is RecipientKind.FAMILY
    assert model.rowCount() == 4 and model.index(0, 1).data() == "Offenlegungsprotokoll"
    text = subprocess.run(
        ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Jobcenter Nord" in text


def _plan(qtbot: Any, session: Any, family: Family) -> None:
    in_vault(
        qtbot,
        session,
        lambda uow: start_help_plan(
            uow,
            family_id=family.family_id,
            drawn_up_on=TODAY - timedelta(days=20),
            participant_ids=(family.mother_id,),
        ),
    )


def _print_dialog(qtbot: Any, session: Any, view: Any) -> PrintDialog:
    view.tabs.setCurrentWidget(view.help_plan)
    click(qtbot, view.help_plan.print_button)
    dialog = view.help_plan.dialog
    assert isinstance(dialog, PrintDialog)
    wait_idle(qtbot, session)  # the family file for the recipient's gate
    return dialog


def test_help_plan_for_an_organisation_needs_its_consent_and_is_logged_with_it(
    qtbot: Any, session: Any, settings: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)
    _plan(qtbot, session, family)
    view = open_view(qtbot, session, settings, family.family_id)
    dialog = _print_dialog(qtbot, session, view)
    choice = dialog.recipient_choice
    assert choice.recipient.currentText() == "Familie" and dialog.save_button.isEnabled()
    assert choice.problems.isHidden() and not choice.purpose.isEnabled()

    # Without a consent the Jobcenter gets nothing: the reason in red, both buttons off.
    choose(qtbot, choice.recipient, str(family.jobcenter_id))
    assert choice.problems.isVisible()
    assert "#b00020" in choice.problems.styleSheet()
    assert (
        "Jobcenter Nord: keine Einwilligung für Daten des Hilfeplans von Burim Krasniqi, "
        "Ardita Krasniqi und Arben Krasniqi" in choice.problems.text()
    )
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    # The office's own copy needs no consent.
    pick(qtbot, dialog.office)
    assert choice.kind() is RecipientKind.ACTOR  # an organisation chosen stays chosen
    choose(qtbot, choice.recipient, RecipientKind.FILE.value)
    assert dialog.save_button.isEnabled() and choice.problems.isHidden()
    dialog.reject()
    wait_idle(qtbot, session)
    assert records(qtbot, session, Disclosure) == []

    # With the family's consent (help plan data, for a referral) it may go, and is logged.
    consent = given_consent(family)
    store(qtbot, session, consent)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    dialog = _print_dialog(qtbot, session, view)
    choice = dialog.recipient_choice
    choose(qtbot, choice.recipient, str(family.jobcenter_id))
    assert choice.chosen_purpose() is ConsentPurpose.REFERRAL
    assert dialog.save_button.isEnabled()
    assert "Erlaubt durch die Einwilligung vom 26.10.2026" in choice.problems.text()
    # … but not for a case conference, and not the office's version with residence data.
    choose(qtbot, choice.purpose, ConsentPurpose.CASE_CONFERENCE.value)
    assert not dialog.save_button.isEnabled()
    assert "Zweck Fallkonferenz nicht umfasst" in choice.problems.text()
    choose(qtbot, choice.purpose, ConsentPurpose.REFERRAL.value)
    pick(qtbot, dialog.office)
    assert not dialog.save_button.isEnabled()
    assert "Aufenthaltsdaten" in choice.problems.text()
    pick(qtbot, dialog.family)
    assert dialog.save_button.isEnabled()

    click(qtbot, dialog.save_button)
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog)
    target = tmp_path / "plan-jobcenter.pdf"
    files.selectFile(str(target))
    with qtbot.waitSignal(dialog.logged, timeout=20_000):
        files.accept()
    assert target.read_bytes().startswith(b"%PDF")
    [entry] = records(qtbot, session, Disclosure)
    assert entry.document is DocumentKind.HELP_PLAN_FAMILY
    assert entry.recipient_kind is RecipientKind.ACTOR
    assert entry.recipient_actor_id == family.jobcenter_id
    assert entry.consent_ids == (consent.id,)
    assert entry.categories == (DataCategory.HELP_PLAN.value,)
    assert set(entry.person_ids) == {family.mother_id, family.father_id, family.child_id}
    assert entry.channel is DisclosureChannel.FILE

    # Printing: logged once the preview has printed (not when it is only looked at).
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    preview = dialog.preview
    assert isinstance(preview, QPrintPreviewDialog)
    with qtbot.waitSignal(dialog.logged, timeout=10_000) as printed:
        preview.accept()  # what its print button does once the pages went to the printer
    assert printed.args[0].channel is DisclosureChannel.PRINT
    assert printed.args[0].consent_ids == (consent.id,)
    assert len(records(qtbot, session, Disclosure)) == 2


def test_genogram_export_to_an_organisation_only_with_consent_or_anonymised(
    qtbot: Any, session: Any, settings: Any, tmp_path: Path
) -> None:
    family = make_family(qtbot, session)
    view = open_view(qtbot, session, settings, family.family_id)
    with qtbot.waitSignal(view.genogram.genogram_loaded, timeout=10_000):
        view.tabs.setCurrentWidget(view.genogram)
    wait_idle(qtbot, session)
    tab = view.genogram
    tab.export_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, GenogramExportDialog)
    wait_idle(qtbot, session)
    choice = dialog.recipient_choice
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert choice.kind() is RecipientKind.FILE and ok.isEnabled()
    choose(qtbot, choice.recipient, str(family.school_id))
    assert not ok.isEnabled()
    assert "Daten zur familiären Situation" in choice.problems.text()
    # Anonymised, it needs no consent.
    pick(qtbot, dialog.anonymised)
    assert ok.isEnabled() and "keine Einwilligung nötig" in choice.problems.text()
    dialog.path.setText(str(tmp_path / "fallbesprechung.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        click(qtbot, ok)
    wait_idle(qtbot, session)
    [entry] = records(qtbot, session, Disclosure)
    assert entry.document is DocumentKind.GENOGRAM and entry.anonymised
    assert entry.recipient_actor_id == family.school_id
    assert entry.consent_ids == () and entry.person_ids == ()
    assert entry.title == "Genogramm (anonymisiert)"

    # With names, for the file: logged as the office's copy.
    tab.export_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, GenogramExportDialog)
    wait_idle(qtbot, session)
    dialog.path.setText(str(tmp_path / "akte.svg"))
    choose(qtbot, dialog.format, "svg")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    wait_idle(qtbot, session)
    logged = [d for d in records(qtbot, session, Disclosure) if d.id != entry.id]
    assert len(logged) == 1 and logged[0].recipient_kind is RecipientKind.FILE
    assert not logged[0].anonymised and len(logged[0].person_ids) == 3
