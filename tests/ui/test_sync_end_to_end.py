"""Two laptops edit the same field of the same family file offline; after syncing, the desktop
shows the conflict, the user decides it in the conflict review, and the colleague's laptop
receives the decision. Real desktop, real vaults, real office server (SQLite and PostgreSQL),
the sync API in-process."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from fallmanager.app import DesktopApp
from fallmanager.domain.family import FamilyFile
from fallmanager.server import admin
from fallmanager.services import family_files
from fallmanager.services import sync as sync_service
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui.sync import controller as controller_module
from fallmanager.ui.sync.conflict_dialog import ConflictReviewDialog
from tests.server.conftest import postgres, server_db_url, server_engine
from tests.support.sync_harness import FINGERPRINT, SERVER_URL, Office
from tests.ui.conftest import in_vault, wait_idle
from tests.ui.test_sync_ui import click, message_box, synchronise, unlocked

__all__ = ["postgres", "server_db_url", "server_engine"]


@pytest.fixture
def office(server_engine: Engine, tmp_path: Path, memory_keyring: Any) -> Iterator[Office]:
    created = Office(server_engine, tmp_path / "office")
    created.directory.mkdir(parents=True, exist_ok=True)
    try:
        yield created
    finally:
        created.close()


def test_a_conflict_decided_on_the_desktop_reaches_the_colleague(
    qtbot: Any,
    make_desktop: Callable[..., DesktopApp],
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sync_service, "_transport_factory", lambda _url, _pin: office.transport())
    monkeypatch.setattr(controller_module, "UNLOCK_SYNC_DELAY_MS", 600_000)
    office.user("anna", team="Nord")
    office.user("ben", team="Nord")
    colleague = office.laptop("ben", "laptop-ben")

    app = unlocked(qtbot, make_desktop)
    code = admin.enrol_device(office.engine, "anna", "laptop-anna").code

    def enrol_and_open(uow: UnitOfWork) -> FamilyFile:
        sync_service.enrol(uow, SERVER_URL, code, "laptop-anna", FINGERPRINT)
        return family_files.open_family_file(
            uow, opened_on=date(2026, 11, 2), responsible="Frau Brinkmann"
        )

    family = in_vault(qtbot, app.session, enrol_and_open)
    app.window.sync_controller.refresh_enrolment()
    qtbot.waitUntil(lambda: app.window.sync_controller.is_enrolled, timeout=5_000)
    synchronise(qtbot, app)
    message_box(qtbot, app, "syncSummaryBox").accept()
    admin.assign(office.engine, str(family.id), team="Nord")
    colleague.sync()

    # Offline on both laptops: the responsible case manager is changed differently.
    in_vault(
        qtbot,
        app.session,
        lambda uow: family_files.update_family_file(
            uow, family_id=family.id, responsible="Frau Brinkmann und Herr Yilmaz"
        ),
    )
    family_files.update_family_file(colleague.uow(), family_id=family.id, responsible="Herr Yilmaz")
    colleague.sync()

    synchronise(qtbot, app)
    box = message_box(qtbot, app, "syncSummaryBox")
    assert "1 Konflikt" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: app.window.sync.conflicts_action.text().endswith("(1)"), timeout=5_000)

    # The family file shows the conflict until it is decided.
    view = app.window.open_family(family.id)
    qtbot.waitUntil(lambda: view.findChild(object, "conflictBanner") is not None, timeout=5_000)
    banner = view.findChild(object, "conflictBanner")
    qtbot.waitUntil(banner.isVisible, timeout=5_000)

    app.window.sync.conflicts_action.trigger()
    dialog = app.window.sync.conflict_dialog
    assert isinstance(dialog, ConflictReviewDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5_000)
    (conflict,) = in_vault(qtbot, app.session, sync_service.conflicts)
    dialog.select(conflict.conflict_id)
    click(qtbot, dialog.keep_mine_button)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5_000)
    dialog.close()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5_000)

    synchronise(qtbot, app)
    message_box(qtbot, app, "syncSummaryBox").accept()
    wait_idle(qtbot, app.session)
    colleague.sync()
    with colleague.uow() as uow:
        received = uow.records.require(FamilyFile, family.id)
    assert received.responsible == "Frau Brinkmann und Herr Yilmaz"
    assert sync_service.conflicts(colleague.uow()) == []
