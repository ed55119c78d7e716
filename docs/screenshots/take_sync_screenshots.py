"""Screenshots of office sync on the desktop, against a real office server over HTTPS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_sync_screenshots.py

Sets up a throwaway office server (SQLite) with two case managers of one team and starts
``fallmanager-server run``; Anna's laptop is the desktop on a demo vault, Ben's laptop a
second vault driven through the services. Anna enrols (40), synchronises (41); both change
who is responsible for the same family offline; after Anna's next sync the family list (42),
the family file (43) and the conflict review (44) show the conflict. ``--language en`` saves
into ``en/``.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 25)
sys.path.insert(0, str(HERE))

from take_screenshots import _pump, _save, _wait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="de")
    args = parser.parse_args()
    folder = HERE if args.language == "de" else HERE / args.language
    folder.mkdir(exist_ok=True)

    import keyring
    from PySide6.QtWidgets import QApplication

    from fallmanager.app import DesktopApp, DesktopVault
    from fallmanager.demo import DEMO_PASSPHRASE, ensure_demo_vault
    from fallmanager.domain.family import FamilyFile
    from fallmanager.server import admin
    from fallmanager.server.config import load_settings
    from fallmanager.server.engine import create_server_engine
    from fallmanager.services import family_files
    from fallmanager.services import sync as sync_service
    from fallmanager.sync.transport import HttpsTransport
    from fallmanager.ui.settings import AppSettings
    from fallmanager.ui.sync import controller as controller_module
    from fallmanager.vault.crypto import TEST_KDF
    from fallmanager.vault.vault import Vault

    sys.path.insert(0, str(HERE.parent.parent))
    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the real user's credential store
    controller_module.UNLOCK_SYNC_DELAY_MS = 600_000
    tmp = Path(tempfile.mkdtemp(prefix="fallmanager-sync-shots-"))
    settings_ = admin.init_server(tmp / "server", hostnames=["localhost"])
    engine = create_server_engine(load_settings(tmp / "server").database_url)
    for login, name in (("anna", "Anna Brinkmann"), ("ben", "Ben Yilmaz")):
        admin.create_user(engine, login, name)
    admin.create_team(engine, "Team Nord")
    for login in ("anna", "ben"):
        admin.add_member(engine, "Team Nord", login)
    port = _free_port()
    url = f"https://localhost:{port}"
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "fallmanager.server.cli", "run", "--dir", str(tmp / "server"),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_for_server(url, HttpsTransport)
        ensure_demo_vault(tmp / "vault", families=12, seed=2026, today=TODAY, kdf=TEST_KDF)
        app = QApplication(sys.argv[:1])
        settings = AppSettings.at(tmp / "settings.ini")
        settings.language = args.language
        desktop = DesktopApp(
            app, DesktopVault(tmp / "vault"), settings, demo_hint=DEMO_PASSPHRASE,
            log_file=tmp / "log.txt", today=lambda: TODAY,
        )  # fmt: skip
        window = desktop.window
        window.resize(1366, 768)
        window.show()
        page = window.lock_screen.unlock
        page.passphrase.setText(DEMO_PASSPHRASE)
        page.unlock_button.click()
        _wait(app, lambda: desktop.session.is_unlocked)
        _wait(app, lambda: not desktop.session.worker.busy)

        # 40: enrolment with the fingerprint to compare.
        code = admin.enrol_device(engine, "anna", "Laptop Anna").code
        window.sync.open_enrolment()
        dialog = window.sync.enrolment_dialog
        dialog.server_url.setText(url)
        dialog.code.setText(code)
        dialog.device_name.setText("Laptop Anna")
        dialog.connect_button.click()
        _wait(app, dialog.fingerprint_box.isVisible, timeout=30)
        dialog.fingerprint_matches.setChecked(True)
        _pump(app)
        _save(dialog, folder, "40-laptop-anmelden")
        dialog.enrol_button.click()
        _wait(app, lambda: window.sync_controller.is_enrolled, timeout=30)
        _pump(app)
        dialog.close()

        # 41: the first sync uploads the laptop's family files.
        window.sync.sync_action.trigger()
        _wait(app, lambda: not window.sync_controller.is_running, timeout=300)
        _wait(app, lambda: window.sync.message_box is not None, timeout=30)
        _pump(app)
        _save(window.sync.message_box, folder, "41-sync-zusammenfassung")
        window.sync.message_box.accept()

        # Ben gets the family files through the team, and both change the same field.
        window.workspace.setCurrentWidget(window.families_view)
        _wait(app, lambda: bool(window.families_view.family_ids_shown()), timeout=30)
        family_ids = window.families_view.family_ids_shown()
        for family_id in family_ids:
            admin.assign(engine, str(family_id), team="Team Nord")
        ben = Vault.create(tmp / "ben", "pass phrase ben", passphrase_only=True, kdf=TEST_KDF)
        ben_code = admin.enrol_device(engine, "ben", "Laptop Ben").code
        identity = sync_service.probe_server(url)
        sync_service.enrol(
            ben.vault.unit_of_work(), url, ben_code, "Laptop Ben", identity.fingerprint
        )
        sync_service.synchronise(ben.vault.unit_of_work, lambda _p: None, lambda: False)
        target = family_ids[0]
        family_files.update_family_file(
            ben.vault.unit_of_work(), family_id=target, responsible="Ben Yilmaz"
        )
        sync_service.synchronise(ben.vault.unit_of_work, lambda _p: None, lambda: False)
        desktop.session.worker.run_blocking(
            lambda ctx: family_files.update_family_file(
                ctx.uow(), family_id=target, responsible="Anna Brinkmann (Vertretung)"
            )
        )
        other = family_ids[1]
        desktop.session.worker.run_blocking(
            lambda ctx: family_files.update_family_file(
                ctx.uow(), family_id=other, short_description="Termin beim Jobcenter am 3.12."
            )
        )
        window.sync.sync_action.trigger()
        _wait(app, lambda: not window.sync_controller.is_running, timeout=120)
        _wait(app, lambda: window.sync.message_box is not None, timeout=30)
        window.sync.message_box.accept()
        with ben.vault.unit_of_work() as uow:
            if uow.records.require(FamilyFile, target).responsible != "Ben Yilmaz":
                raise RuntimeError("Ben's laptop lost its own value")
        # A change not yet sent shows as such in the list.
        desktop.session.worker.run_blocking(
            lambda ctx: family_files.update_family_file(
                ctx.uow(), family_id=family_ids[2], short_description="Neue Telefonnummer"
            )
        )
        window.workspace.setCurrentWidget(window.families_view)
        _wait(app, lambda: not desktop.session.worker.busy)
        _pump(app, 0.8)
        _save(window, folder, "42-familien-sync")

        family = window.open_family(target)
        _wait(app, lambda: family.detail is not None)
        _wait(app, lambda: not desktop.session.worker.busy)
        _pump(app, 0.8)
        _save(window, folder, "43-akte-konflikt")

        window.sync.conflicts_action.trigger()
        conflicts = window.sync.conflict_dialog
        _wait(app, lambda: conflicts.model.rowCount() > 0, timeout=30)
        conflicts.conflict_list.selectRow(0)
        _pump(app, 0.5)
        _save(conflicts, folder, "44-konflikte-pruefen")
        conflicts.close()
        ben.vault.close()
        desktop.shutdown()
    finally:
        server.kill()
        server.wait()
    del settings_
    return 0


def _wait_for_server(url: str, transport_class: Any) -> None:
    end = time.perf_counter() + 30
    while True:
        try:
            transport_class(url, None, timeout=2).call("/api/v1/hello", None, None)
            return
        except Exception:
            if time.perf_counter() > end:
                raise
            time.sleep(0.2)


if __name__ == "__main__":
    raise SystemExit(main())
