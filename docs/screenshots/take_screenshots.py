"""Screenshots of every main screen on a demo vault, for the README and for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_screenshots.py

Builds a fresh demo vault (synthetic families, fixed "today" 2026-11-25) in a temporary
folder, drives the real application at 1366×768 and saves PNGs next to this script. With
``--scale 2`` it renders at 200 % (2732×1536 pixels) into ``scale200/``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 25)


def _pump(app: Any, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(app: Any, condition: Any, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.005)


def _save(widget: Any, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / f"{name}.png"))
    print(f"  {name}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--language", default="de")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    folder = HERE if args.scale == 1.0 and args.language == "de" else (
        HERE / (f"scale{int(args.scale * 100)}" if args.scale != 1.0 else args.language)
    )  # fmt: skip
    folder.mkdir(exist_ok=True)

    from PySide6.QtWidgets import QApplication, QDialog

    from fallmanager.app import DesktopApp, DesktopVault
    from fallmanager.demo import DEMO_PASSPHRASE, ensure_demo_vault
    from fallmanager.ui.settings import AppSettings
    from fallmanager.vault.crypto import TEST_KDF

    tmp = Path(tempfile.mkdtemp(prefix="fallmanager-shots-"))
    ensure_demo_vault(tmp / "vault", families=60, seed=2026, today=TODAY, kdf=TEST_KDF)
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
    _pump(app)
    _save(window, folder, "01-unlock")

    page = window.lock_screen.unlock
    page.passphrase.setText(DEMO_PASSPHRASE)
    page.unlock_button.click()
    _wait(app, lambda: desktop.session.is_unlocked)
    _wait(app, lambda: not desktop.session.worker.busy)
    _pump(app, 0.5)
    window.workspace.setCurrentWidget(window.today_view)
    _pump(app)
    _save(window, folder, "02-heute")

    window.workspace.setCurrentWidget(window.families_view)
    _pump(app)
    _save(window, folder, "03-familien")
    window.families_view.focus_search()
    window.families_view.search_edit.setText("djor")
    _wait(app, lambda: not desktop.session.worker.busy)
    _pump(app)
    _save(window, folder, "04-familien-suche-djor")

    window.workspace.setCurrentWidget(window.network_view)
    _pump(app)
    view = window.network_view
    if view.actor_table.model().rowCount() > 0:
        view.actor_table.selectRow(0)
    _wait(app, lambda: not desktop.session.worker.busy)
    _pump(app)
    _save(window, folder, "05-netzwerk")

    window.families_view.search_edit.clear()
    _pump(app)
    family_id = window.families_view.family_ids_shown()[0]
    family = window.open_family(family_id)
    _wait(app, lambda: family.detail is not None)
    _pump(app)
    for index in range(family.tabs.count()):
        if not family.tabs.isTabEnabled(index):
            continue
        family.tabs.setCurrentIndex(index)
        page_widget = family.tabs.widget(index)
        name = type(page_widget).__name__.removesuffix("Tab").lower()
        _pump(app, 0.2)
        _wait(app, lambda: not desktop.session.worker.busy)
        _pump(app, 0.2)
        number = 10 + index if index < 9 else 16 + index  # 25… after the dialogs
        _save(window, folder, f"{number}-akte-{name}")

    family.tabs.setCurrentWidget(family.genogram)
    family.genogram.export_action.trigger()
    _pump(app)
    _save(family.genogram.dialog, folder, "23-genogramm-export")
    family.genogram.dialog.reject()

    plan = family.help_plan
    family.tabs.setCurrentWidget(plan)
    _wait(app, lambda: not desktop.session.worker.busy)
    for index in range(1, plan.sections.count()):
        plan.sections.setCurrentIndex(index)
        _pump(app, 0.2)
        _save(window, folder, f"18-akte-helpplan-{index}")
    plan.sections.setCurrentIndex(0)
    if plan.print_button.isVisible():
        plan.print_button.click()
        _pump(app)
        _save(plan.dialog, folder, "24-hilfeplan-drucken")
        plan.dialog.reject()

    _conference_shots(app, desktop, window, folder)

    family.tabs.setCurrentWidget(family.visits)
    family.visits.record_visit()
    _pump(app)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible())  # fmt: skip
    _save(dialog, folder, "20-besuch-erfassen")
    dialog.reject()

    window.families_view.start_new_family()
    _pump(app)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible())  # fmt: skip
    _save(dialog, folder, "21-neue-familie")
    dialog.reject()

    desktop.session.lock()
    _pump(app)
    _save(window, folder, "22-gesperrt")
    desktop.shutdown()
    return 0


def _conference_shots(app: Any, desktop: Any, window: Any, folder: Path) -> None:
    """A family whose held conference has a participant the consent gate refuses."""
    from fallmanager.domain.case_conference import ConferenceStatus

    for family_id in window.families_view.family_ids_shown():
        family = window.open_family(family_id)
        _wait(app, lambda f=family: f.detail is not None)
        held = [c for c in family.detail.case_conferences if c.status is ConferenceStatus.HELD]
        if not held:
            continue
        family.tabs.setCurrentWidget(family.conferences)
        _wait(app, lambda: not desktop.session.worker.busy)
        _pump(app, 0.2)
        tab = family.conferences
        refused = [c for c in held if not tab.snapshots[c.id].gate.fully_permitted]
        if not refused:
            continue
        tab.select_conference(refused[0].id)
        for index, name in ((1, "34-fallkonferenz-einwilligungen-pruefen"),
                            (2, "35-fallkonferenz-protokoll")):  # fmt: skip
            tab.sections.setCurrentIndex(index)
            _pump(app, 0.3)
            _save(window, folder, name)
        family.tabs.setCurrentWidget(family.consents)
        _pump(app, 0.3)
        _save(window, folder, "33-einwilligungen-mit-fallkonferenz")
        return


if __name__ == "__main__":
    raise SystemExit(main())
