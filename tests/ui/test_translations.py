"""The English translation is complete, and nothing German is left on screen in English."""

from __future__ import annotations

import importlib.util
import re
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from fallmanager.app import DesktopApp
from fallmanager.domain.case_conference import CaseConference, ConferenceTopic
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.network import ActorKind
from fallmanager.domain.residence import ResidenceKind
from fallmanager.services import case_conference, network, persons, residence, tasks, visits
from fallmanager.services.family_files import open_family_file
from tests.ui.conftest import TODAY, in_vault, wait_idle

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "i18n" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_every_text_in_the_code_is_in_the_translation_file_and_translated() -> None:
    assert _translations_tool().check() == []


def _german_sources() -> set[str]:
    """German source texts whose English translation differs (names like "Jobcenter" and
    "Kita" may be the same in both languages)."""
    messages = _translations_tool().messages(ROOT / "i18n" / "fallmanager_en.ts")
    german = set()
    for (_context, source), (translation, _finished) in messages.items():
        if "{" in source or "%" in source:
            continue  # filled in at run time; checked by the formats below
        if source.replace("&", "") != translation.replace("&", ""):
            german.add(source.replace("&", ""))
    return german


def _german_formats() -> list[re.Pattern[str]]:
    """German texts with a number or value filled in ("%n gesperrt", "vom {date}")."""
    messages = _translations_tool().messages(ROOT / "i18n" / "fallmanager_en.ts")
    patterns = []
    for (_context, source), (translation, _finished) in messages.items():
        if ("{" not in source and "%" not in source) or source == translation:
            continue
        parts = re.split(r"(%n|%\d|\{[a-z_]*\})", source.replace("&", ""))
        if sum(len(p) for p in parts[::2]) < 6:
            continue  # too little fixed text to tell the language
        body = "".join(re.escape(p) if i % 2 == 0 else ".+" for i, p in enumerate(parts))
        patterns.append(re.compile(body))
    return patterns


def _cells(view: QTableView | QTreeView, rows: int = 20) -> list[str]:
    """The texts of the first rows of a table (what a user reads first)."""
    model = view.model()
    found = []
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(model.columnCount(QModelIndex())):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value.strip():
                found.append(value)
    return found


def _texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QTableView | QTreeView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
            texts += _cells(child)
        texts.append(child.windowTitle())
        texts += [action.text() for action in child.actions() if isinstance(action, QAction)]
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current is window:
            return True
        current = current.parentWidget()
    return False


def _family(qtbot: Any, app: DesktopApp) -> Any:
    def build(uow: Any) -> Any:
        family = open_family_file(uow, opened_on=TODAY, case_number="2026-0042")
        mother = persons.add_person(
            uow, family_id=family.id, given_names="Jelena", family_name="Đorđević",
            birth_date=PartialDate(1988, 3), today=TODAY,
        ).person  # fmt: skip
        residence.record_residence_status(
            uow, person_id=mother.id, kind=ResidenceKind.TOLERATION,
            valid_from=TODAY, valid_until=TODAY.replace(year=2027),
        )  # fmt: skip
        tasks.add_task(uow, family_id=family.id, title="Passbild abgeben", due_on=TODAY)
        visits.record_visit(
            uow, family_id=family.id, occurred_at=datetime(2026, 11, 20, 10, 0), note="Gespräch"
        )
        # A conference whose participant the consent gate refuses (no consent at all).
        actor = network.add_actor(uow, name="Jobcenter Musterstadt", kind=ActorKind.JOBCENTER)
        conference = CaseConference(
            family_id=family.id,
            starts_at=datetime(2026, 12, 10, 10, 0),
            participant_actor_ids=(actor.id,),
            case_label="FK-TEST7",
        )
        case_conference.save_conference(uow, conference=conference)
        case_conference.save_topic(
            uow,
            topic=ConferenceTopic(
                conference_id=conference.id, title="TOP-X", categories=("school",)
            ),
        )
        return family

    return in_vault(qtbot, app.session, build)


def test_nothing_german_is_left_on_screen_in_english(make_desktop: Any, qtbot: Any) -> None:
    app = make_desktop(existing=True)
    page = app.window.lock_screen.unlock
    page.passphrase.setText("correct horse battery staple")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=10_000)
    family = _family(qtbot, app)
    app.languages.apply("en")
    window = app.window
    view = window.open_family(family.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    for index in range(window.workspace.count()):
        window.workspace.setCurrentIndex(index)
        QApplication.processEvents()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
    wait_idle(qtbot, app.session)
    window.families_view.start_new_family()
    view.visits.record_visit()
    view.persons.add_person()
    window.open_settings()
    QApplication.processEvents()

    german = _german_sources()
    shown = set()
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and _belongs_to(top, window):  # not leftovers of other tests
            shown.update(_texts(top))
    left = sorted(text for text in shown if text in german)
    assert left == []
    formats = _german_formats()
    assert sorted(t for t in shown if any(f.fullmatch(t) for f in formats)) == []
    assert {"Families", "Overview", "People", "Settings"} <= shown
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible():
            top.close()
