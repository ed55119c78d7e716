"""The application as a user meets it: first start, unlock, lock, auto-lock, settings, language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

from fallmanager.app import DesktopApp
from fallmanager.services.family_files import list_family_files, open_family_file
from fallmanager.ui.lock.recovery_key_dialog import RecoveryKeyDialog
from fallmanager.ui.ops import run_op
from fallmanager.ui.settings_dialog import SettingsDialog
from fallmanager.vault.crypto import parse_recovery_key
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TODAY, in_vault, type_text, wait_idle

NEW_PASSPHRASE = "Sonnenblume-Kanal-47"


def _visible(cls: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


def _unlock(qtbot: Any, app: DesktopApp, passphrase: str = PASSPHRASE) -> None:
    page = app.window.lock_screen.unlock
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=10_000)


def test_first_start_sets_up_the_vault_and_shows_the_recovery_key_once(
    make_desktop: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = make_desktop()
    window = app.window
    setup = window.lock_screen.setup
    assert window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.currentWidget() is setup
    assert not window.menuBar().isEnabled()

    qtbot.keyClicks(setup.passphrase, "kurz")
    assert "kurz" in setup.strength.text().lower()
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.error.text()  # too weak: refused before anything is created
    assert not app.session.gateway.exists()

    setup.passphrase.clear()
    qtbot.keyClicks(setup.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(setup.repeat, NEW_PASSPHRASE + "x")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "überein" in setup.error.text()
    assert not app.session.gateway.exists()

    qtbot.keyClicks(setup.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=10_000)
    assert app.session.gateway.exists()
    assert window.stack.currentWidget() is window.workspace

    [dialog] = _visible(RecoveryKeyDialog)
    key = dialog.key_label.text().replace("\n", "-").replace("  ", "-")
    parse_recovery_key(key)  # a complete, valid key is shown
    assert not dialog.ok_button.isEnabled()
    pdf = tmp_path / "recovery.pdf"
    dialog.save_pdf_to(pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert key.split("-")[0] in text and "Wiederherstellungsschlüssel" in text
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not _visible(RecoveryKeyDialog)
    assert not setup.passphrase.text() and not setup.repeat.text()


def test_without_a_secure_keyring_the_user_may_choose_passphrase_only(
    make_desktop: Any, qtbot: Any
) -> None:
    app = make_desktop()
    keyring.set_keyring(fail.Keyring())
    setup = app.window.lock_screen.setup
    assert setup.passphrase_only.isHidden()
    qtbot.keyClicks(setup.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(setup.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not setup.passphrase_only.isHidden(), timeout=10_000)
    assert "Schlüsselbund" in setup.error.text()
    assert not app.session.gateway.exists()
    setup.passphrase_only.setChecked(True)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=10_000)
    for dialog in _visible(RecoveryKeyDialog):
        dialog.close()


def test_wrong_passphrase_gives_a_calm_message_and_a_retry(make_desktop: Any, qtbot: Any) -> None:
    app = make_desktop(existing=True)
    window = app.window
    page = window.lock_screen.unlock
    assert window.lock_screen.currentWidget() is page
    assert window.windowTitle() == "Fallmanager"
    qtbot.keyClicks(page.passphrase, "falsche Passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stimmt nicht" in page.message.text(), timeout=10_000)
    assert not app.session.is_unlocked
    assert page.passphrase.text() == ""  # never kept
    assert page.unlock_button.isEnabled()
    assert window.stack.currentWidget() is window.lock_screen
    _unlock(qtbot, app)
    assert window.stack.currentWidget() is window.workspace
    assert window.menuBar().isEnabled()


def _open_one_family(qtbot: Any, app: DesktopApp) -> Any:
    family = in_vault(
        qtbot,
        app.session,
        lambda uow: open_family_file(uow, case_number="2026-0001", opened_on=TODAY),
    )
    view = app.window.open_family(family.id)
    qtbot.waitUntil(lambda: all(tab.detail is not None for tab in view._pages), timeout=10_000)
    return view


def test_ctrl_l_locks_every_window_and_hides_names(make_desktop: Any, qtbot: Any) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    window = app.window
    _open_one_family(qtbot, app)
    qtbot.waitUntil(lambda: window.workspace.tabText(3).startswith("2026-0001"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not app.session.is_unlocked
    assert window.stack.currentWidget() is window.lock_screen
    assert window.windowTitle() == "Fallmanager"
    assert all(window.workspace.tabText(i) == "" for i in range(3, window.workspace.count()))
    wait_idle(qtbot, app.session)
    assert not app.session.gateway.is_open  # the key is gone from memory with the engine
    _unlock(qtbot, app)
    qtbot.waitUntil(lambda: window.workspace.tabText(3).startswith("2026-0001"), timeout=10_000)


def test_auto_lock_keeps_an_unsaved_form_and_restores_it(make_desktop: Any, qtbot: Any) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    form = QDialog(app.window)
    field = QLineEdit(form)
    QVBoxLayout(form).addWidget(field)
    form.open()
    type_text(field, "Gespräch über Schulanmeldung")
    app.auto_lock.set_timeout_ms(50)
    qtbot.waitUntil(lambda: not app.session.is_unlocked, timeout=5_000)
    assert not form.isVisible()
    assert app.window.stack.currentWidget() is app.window.lock_screen
    app.auto_lock.set_minutes(5)
    _unlock(qtbot, app)
    assert form.isVisible()
    assert field.text() == "Gespräch über Schulanmeldung"


def test_user_input_postpones_auto_lock(make_desktop: Any, qtbot: Any) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    app.auto_lock.set_timeout_ms(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(app.window, app.window.rect().center())
        qtbot.keyClick(app.window.workspace, Qt.Key.Key_Shift)
    assert app.session.is_unlocked
    qtbot.waitUntil(lambda: not app.session.is_unlocked, timeout=5_000)


def test_suspending_the_application_locks(make_desktop: Any, qtbot: Any) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    app.auto_lock._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert not app.session.is_unlocked


def test_language_switch_applies_at_once(make_desktop: Any, qtbot: Any, settings: Any) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    window = app.window
    assert window.file_menu.title() == "&Datei"
    assert window.workspace.tabText(1) == "Familien"
    window.open_settings()
    [dialog] = _visible(SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.auto_lock.setValue(9)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert settings.language == "en"
    assert settings.auto_lock_minutes == 9
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")  # posted LanguageChange
    assert window.workspace.tabText(1) == "Families"
    assert window.lock_screen.unlock.unlock_button.text() == "&Unlock"
    app.session.lock()
    assert window.lock_screen.unlock.heading.text() == "Fallmanager is locked"
    _unlock(qtbot, app)


def test_a_bug_shows_one_dialog_with_an_error_id_and_the_app_keeps_running(
    make_desktop: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)

    def broken(_ctx: Any) -> None:
        raise RuntimeError("Đorđević, born 2011")  # personal data in a message

    run_op(app.window, app.session, broken)
    qtbot.waitUntil(lambda: app.errors.bug_count == 1, timeout=5_000)
    box = app.window.findChild(QMessageBox, "crashDialog")
    assert box is not None and app.errors.last_error_id in box.text()
    log = (tmp_path / "logs" / "fallmanager.log").read_text(encoding="utf-8")
    assert app.errors.last_error_id in log
    assert "Đorđević" not in log and "2011" not in log
    box.close()
    app.errors.bug_count = 0  # seen and checked
    # still working:
    assert in_vault(qtbot, app.session, list_family_files) == []


def test_export_import_and_backup_run_in_the_background(
    make_desktop: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    _open_one_family(qtbot, app)
    export = tmp_path / "export.json"
    app.window.transfer.export_vault(export)
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "exportReport") is not None,
                    timeout=10_000)  # fmt: skip
    assert export.exists() and not list(tmp_path.glob(".export.json.partial"))
    assert b"2026-0001" in export.read_bytes()

    backup = tmp_path / "vault.fmbackup"
    app.window.transfer.backup(backup)
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "backupReport") is not None,
                    timeout=20_000)  # fmt: skip
    assert backup.stat().st_size > 0

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    app.window.transfer.import_file(broken)
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "expectedErrorBox") is not None,
                    timeout=10_000)  # fmt: skip
    assert "keine gültige" in app.window.findChild(QMessageBox, "expectedErrorBox").text()

    app.window.transfer.import_file(export)  # same content: nothing new, nothing lost
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "importReport") is not None,
                    timeout=10_000)  # fmt: skip
    report = app.window.findChild(QMessageBox, "importReport")
    assert "Neu: 0" in report.text()
    families = in_vault(qtbot, app.session, list_family_files)
    assert [f.case_number for f in families] == ["2026-0001"]


def test_missing_import_file_gives_a_clear_message(
    make_desktop: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    app.window.transfer.import_file(tmp_path / "missing.json")
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "fileError") is not None,
                    timeout=10_000)  # fmt: skip
    assert "nicht gefunden" in app.window.findChild(QMessageBox, "fileError").text()


@pytest.mark.parametrize("minutes", [0, 500, "x"])
def test_settings_reject_out_of_range_values(settings: Any, minutes: Any) -> None:
    settings._store.setValue("security/auto_lock_minutes", minutes)
    assert settings.auto_lock_minutes == 5


def test_an_open_form_keeps_its_family_tab_and_the_window_open(
    make_desktop: Any, qtbot: Any
) -> None:
    app = make_desktop(existing=True)
    _unlock(qtbot, app)
    view = _open_one_family(qtbot, app)
    window = app.window
    dialog = view.visits.record_visit()
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.note, "Vereinbart: Schulanmeldung")
    index = window.workspace.indexOf(view)
    window.close_family_tab(index)
    assert window.workspace.indexOf(view) == index  # not closed: the note would be lost
    assert window.findChild(QMessageBox, "openFormsBox") is not None
    assert not window.close()  # quitting is refused as well
    assert dialog.isVisible() and "Schulanmeldung" in dialog.note.toPlainText()
    dialog.reject()
    window.close_family_tab(index)
    assert window.workspace.indexOf(view) == -1
