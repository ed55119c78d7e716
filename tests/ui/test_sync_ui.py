"""Synchronisation on the desktop: the menu, a run and its summary, the enrolment dialog,
deciding conflicts, the conflict notice in a family file, rejected changes, a revoked
laptop, and the sync column of the family list.

The office server is played by :class:`FakeSyncApi`, which the window receives in place of
the service functions; everything else (vault, worker, widgets) is real.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from fallmanager.app import DesktopApp
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.residence import ResidenceKind
from fallmanager.services.family_files import open_family_file
from fallmanager.services.persons import add_person
from fallmanager.services.ports import UnitOfWork
from fallmanager.services.relationships import record_parent_child
from fallmanager.services.residence import record_residence_status
from fallmanager.services.sync import (
    ConflictCandidateView,
    ConflictView,
    EnrolmentInfo,
    FamilySyncState,
    PendingChangeView,
    RejectedChangeView,
    ServerIdentity,
    SupersededView,
    SyncProgress,
    SyncSummary,
)
from fallmanager.sync.errors import (
    AuthenticationError,
    DeviceRevokedError,
    EnrolmentRefusedError,
    FingerprintMismatchError,
    ServerUnreachableError,
    UpdateRequiredError,
)
from fallmanager.ui.families.model import Column
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.ops import Changes
from fallmanager.ui.settings_dialog import SettingsDialog
from fallmanager.ui.sync import controller as controller_module
from fallmanager.ui.sync.conflict_dialog import ConflictReviewDialog
from fallmanager.ui.sync.enrolment_dialog import EnrolmentDialog, normalised_code, normalised_url
from fallmanager.ui.sync.rejected_dialog import RejectedChangesDialog, SupersededDialog
from fallmanager.ui.sync.revoked_dialog import DeviceRevokedDialog
from fallmanager.ui.sync.texts import fingerprint_lines, summary_text
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TODAY, in_vault, wait_idle

LEFT = Qt.MouseButton.LeftButton
URL = "https://buero.amt.example:8443"
FINGERPRINT = "sha256:" + "".join(f"{i:02x}" for i in range(32))
AT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
INFO = EnrolmentInfo(
    server_url=URL,
    fingerprint=FINGERPRINT,
    server_id="server-1",
    device_id="device-1",
    user_login="brinkmann",
    user_name="Frau Brinkmann",
    enrolled_at=AT,
    last_sync_at=None,
)


def summary(**counts: Any) -> SyncSummary:
    values: dict[str, Any] = {
        "sent": 0, "received": 0, "conflicts": 0, "rejected": 0, "superseded": 0,
        "open_conflicts": 0, "clock_bounded": False, "finished_at": AT,
    }  # fmt: skip
    values.update(counts)
    return SyncSummary(**values)


class FakeSyncApi:
    """The office server and the laptop's sync records, in memory. Called on the worker."""

    def __init__(self) -> None:
        self.info: EnrolmentInfo | None = None
        self.identity = ServerIdentity(URL, FINGERPRINT, "server-1", 3)
        self.probe_error: BaseException | None = None
        self.enrol_errors: list[BaseException] = []
        self.result: SyncSummary | BaseException = summary()
        self.steps: list[SyncProgress] = []
        #: When set, a run waits for it after its first steps (to look at the progress).
        self.gate: threading.Event | None = None
        self.reachable = True
        self.states: dict[uuid.UUID, FamilySyncState] = {}
        self.open_conflicts: list[ConflictView] = []
        self.rejected: list[RejectedChangeView] = []
        self.superseded: list[SupersededView] = []
        self.pending: list[PendingChangeView] = []
        self.unsent = 0
        self.calls: list[tuple[Any, ...]] = []

    def names(self) -> list[str]:
        return [call[0] for call in self.calls]

    def enrolment(self, uow: UnitOfWork) -> EnrolmentInfo | None:
        return self.info

    def probe_server(self, url: str) -> ServerIdentity:
        self.calls.append(("probe_server", url))
        if self.probe_error is not None:
            raise self.probe_error
        return self.identity

    def enrol(
        self, uow: UnitOfWork, url: str, code: str, device_name: str, fingerprint: str
    ) -> EnrolmentInfo:
        self.calls.append(("enrol", url, code, device_name, fingerprint))
        if self.enrol_errors:
            raise self.enrol_errors.pop(0)
        self.info = replace(INFO, server_url=url)
        return self.info

    def synchronise(
        self,
        uow_factory: Callable[[], UnitOfWork],
        progress: Callable[[SyncProgress], None],
        cancelled: Callable[[], bool],
    ) -> SyncSummary:
        self.calls.append(("synchronise",))
        uow_factory()  # a unit of work on the vault, as the real run opens them
        for step in self.steps:
            progress(step)
        if self.gate is not None:
            assert self.gate.wait(10)
            progress(SyncProgress("pull", 2, 3))  # raises once the user has cancelled
        if isinstance(self.result, BaseException):
            raise self.result
        self.info = replace(self.info or INFO, last_sync_at=AT)
        return self.result

    def server_reachable(self, uow: UnitOfWork) -> bool:
        self.calls.append(("server_reachable",))
        return self.reachable

    def family_sync_states(self, uow: UnitOfWork) -> dict[uuid.UUID, FamilySyncState]:
        return dict(self.states)

    def conflicts(self, uow: UnitOfWork, family_id: uuid.UUID | None = None) -> list[ConflictView]:
        return [c for c in self.open_conflicts if family_id is None or c.family_id == family_id]

    def resolve_conflict(
        self, uow: UnitOfWork, conflict_id: str, *, value: Any = None, keep: bool | None = None
    ) -> None:
        self.calls.append(("resolve", conflict_id, value, keep))
        self.open_conflicts = [c for c in self.open_conflicts if c.conflict_id != conflict_id]

    def rejected_changes(self, uow: UnitOfWork) -> list[RejectedChangeView]:
        return list(self.rejected)

    def export_rejected(self, uow: UnitOfWork, path: Path) -> int:
        self.calls.append(("export_rejected", path))
        path.write_text(json.dumps([c.content for c in self.rejected]), encoding="utf-8")
        return len(self.rejected)

    def dismiss_rejected(self, uow: UnitOfWork, ids: Sequence[int]) -> None:
        self.calls.append(("dismiss_rejected", list(ids)))
        self.rejected = [c for c in self.rejected if c.id not in ids]

    def superseded_values(
        self, uow: UnitOfWork, family_id: uuid.UUID | None = None
    ) -> list[SupersededView]:
        return [v for v in self.superseded if family_id is None or v.family_id == family_id]

    def pending_changes(self, uow: UnitOfWork) -> list[PendingChangeView]:
        return list(self.pending)

    def unsent_count(self, uow: UnitOfWork) -> int:
        return self.unsent

    def forget_enrolment(self, uow: UnitOfWork) -> None:
        self.calls.append(("forget_enrolment",))
        self.info = None


@pytest.fixture(autouse=True)
def _german() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> FakeSyncApi:
    fake = FakeSyncApi()
    monkeypatch.setattr(controller_module, "ServiceSyncApi", lambda: fake)
    # The automatic run after unlocking waits a moment; far longer than any test here.
    monkeypatch.setattr(controller_module, "UNLOCK_SYNC_DELAY_MS", 600_000)
    return fake


def unlocked(qtbot: Any, make_desktop: Callable[..., DesktopApp]) -> DesktopApp:
    app = make_desktop(existing=True)
    page = app.window.lock_screen.unlock
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=10_000)
    wait_idle(qtbot, app.session)
    return app


def enrolled(qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi) -> DesktopApp:
    api.info = INFO
    app = unlocked(qtbot, make_desktop)
    qtbot.waitUntil(lambda: app.window.sync_controller.is_enrolled, timeout=5_000)
    wait_idle(qtbot, app.session)
    return app


def message_box(qtbot: Any, app: DesktopApp, name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: (
            (box := app.window.sync.message_box) is not None
            and box.objectName() == name
            and box.isVisible()
        ),
        timeout=10_000,
    )
    box = app.window.sync.message_box
    assert box is not None
    return box


def status(app: DesktopApp) -> str:
    return app.window.statusBar().currentMessage()


def synchronise(qtbot: Any, app: DesktopApp) -> None:
    action = app.window.sync.sync_action
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: not app.window.sync_controller.is_running, timeout=10_000)
    wait_idle(qtbot, app.session)


def click(qtbot: Any, button: Any) -> None:
    # Widgets added to a visible dialog are shown from the event loop: wait for that.
    qtbot.waitUntil(button.isVisible, timeout=5_000)
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, LEFT)


def family_in_vault(qtbot: Any, app: DesktopApp) -> dict[str, Any]:
    """A family with mother and son; the son's Duldung; the mother's custody."""

    def create(uow: UnitOfWork) -> dict[str, Any]:
        family = open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau Brinkmann")
        mother, son = (
            add_person(
                uow, family_id=family.id, given_names=given, family_name="Krasniqi",
                birth_date=PartialDate.parse(born), today=TODAY,
            ).person
            for given, born in (("Ardita", "1986-03-14"), ("Arben", "2012-05-20"))
        )  # fmt: skip
        status = record_residence_status(
            uow, person_id=son.id, kind=ResidenceKind.TOLERATION, valid_until=date(2027, 3, 1)
        )
        link = record_parent_child(uow, parent_id=mother.id, child_id=son.id, has_custody=True)
        return {
            "family_id": family.id,
            "case_number": family.case_number,
            "son_id": son.id,
            "status_id": status.id,
            "link_id": link.link.id,
        }

    return in_vault(qtbot, app.session, create)


def candidate(value: Any, text: str, *, mine: bool, user: str = "", deleted: bool = False) -> Any:
    """A value of a conflict; ``text`` is how the desktop shows it (checked by the tests)."""
    del text
    return ConflictCandidateView(
        value=value, user=user or ("Frau Brinkmann" if mine else "Herr Yilmaz"),
        changed_at=AT, is_mine=mine, deleted=deleted,
    )  # fmt: skip


def conflict(
    conflict_id: str,
    candidates: tuple[ConflictCandidateView, ...],
    *,
    field: str | None = "notes",
    entity: str = "residence_status",
    entity_id: uuid.UUID | None = None,
    family_id: uuid.UUID | None = None,
    subject: str = "Arben Krasniqi",
    current: Any = None,
) -> ConflictView:
    return ConflictView(
        conflict_id=conflict_id,
        family_id=family_id,
        case_number="2026-0001",
        entity=entity,
        entity_id=entity_id or uuid.uuid4(),
        subject=subject,
        field=field,
        candidates=candidates,
        current=current if current is not None else candidates[-1].value,
    )


# -- texts -------------------------------------------------------------------------------------


def test_summaries_use_german_plurals_and_leave_out_zeros() -> None:
    assert summary_text(summary(sent=12, received=5, conflicts=1)) == (
        "12 Änderungen gesendet, 5 empfangen, 1 Konflikt"
    )
    assert summary_text(summary(sent=1, conflicts=2)) == "1 Änderung gesendet, 2 Konflikte"
    assert summary_text(summary(received=1)) == "1 Änderung empfangen"
    assert summary_text(summary(rejected=2, superseded=1)) == (
        "2 Änderungen abgelehnt, 1 Wert überschrieben"
    )
    assert summary_text(summary(open_conflicts=3)) == "Alles synchronisiert – keine Änderungen"
    assert summary_text(summary(sent=1234)) == "1.234 Änderungen gesendet"


def test_addresses_codes_and_fingerprints_are_read_forgivingly() -> None:
    assert normalised_url(" https://buero.amt.example:8443/ ") == URL
    for bad in ("http://buero:8443", "buero.amt.example", "https://", "https://h:99999"):
        assert normalised_url(bad) is None, bad
    assert normalised_code("k7qm-2xta-9pld") == "K7QM-2XTA-9PLD"
    assert normalised_code("K7QM 2XTA 9PLD") == "K7QM-2XTA-9PLD"
    assert normalised_code("K7QM-2XTA-9PL") is None
    assert normalised_code("K7QM-2XTA-9PL!") is None
    lines = fingerprint_lines(FINGERPRINT)
    assert len(lines) == 4
    assert lines[0] == "00 01 02 03 04 05 06 07"
    assert lines[3] == "18 19 1A 1B 1C 1D 1E 1F"
    assert fingerprint_lines("00:01:02:03:04:05:06:07") == ["00 01 02 03 04 05 06 07"]


# -- menu --------------------------------------------------------------------------------------


def test_the_menu_needs_an_unlocked_vault_and_an_enrolment(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = make_desktop(existing=True)
    window = app.window
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "S&ynchronisation", "E&xtras",
                      "&Hilfe"]  # fmt: skip
    sync = window.sync
    actions = [sync.sync_action, sync.enrol_action, sync.conflicts_action,
               sync.rejected_action, sync.superseded_action]  # fmt: skip
    assert [a.objectName() for a in actions] == [
        "syncAction", "enrolAction", "conflictsAction", "rejectedAction", "supersededAction",
    ]  # fmt: skip
    assert window.findChild(QAction, "syncAction") is sync.sync_action
    assert sync.sync_action.shortcut().toString() == "F9"
    assert not any(a.isEnabled() for a in actions)  # locked

    page = window.lock_screen.unlock
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=10_000)
    wait_idle(qtbot, app.session)
    assert [a.isEnabled() for a in actions] == [False, True, False, False, False]
    assert not sync.status_button.isVisible()

    # Enrolled (e.g. on another window's dialog): everything but a second run is possible.
    api.info = INFO
    api.open_conflicts = [conflict("c1", (candidate("a", "a", mine=True),
                                          candidate("b", "b", mine=False)))]  # fmt: skip
    window.sync_controller.refresh_enrolment()
    qtbot.waitUntil(sync.sync_action.isEnabled, timeout=5_000)
    qtbot.waitUntil(lambda: "(1)" in sync.conflicts_action.text(), timeout=5_000)
    assert all(a.isEnabled() for a in actions)
    assert sync.conflicts_action.text() == "&Konflikte prüfen … (1)"
    assert sync.status_button.isVisible()
    assert sync.status_button.toolTip() == "Noch nicht synchronisiert."

    app.session.lock()
    assert not any(a.isEnabled() for a in actions)
    assert not window.sync_controller.is_enrolled


def test_the_family_list_shows_the_sync_column_only_when_enrolled(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi, qtmodeltester: Any
) -> None:
    app = unlocked(qtbot, make_desktop)
    family = family_in_vault(qtbot, app)
    view = app.window.families_view
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        app.window.focus_search()
    assert view.table.isColumnHidden(Column.SYNC)

    api.info = INFO
    api.states = {family["family_id"]: FamilySyncState.CONFLICT}
    app.window.sync_controller.refresh_enrolment()
    qtbot.waitUntil(lambda: not view.table.isColumnHidden(Column.SYNC), timeout=5_000)
    header = view.model.headerData(Column.SYNC, Qt.Orientation.Horizontal)
    assert header == "Sync"
    qtbot.waitUntil(lambda: view.proxy.index(0, Column.SYNC).data() == "Konflikt", timeout=5_000)
    assert view.proxy.index(0, Column.SYNC).data(Qt.ItemDataRole.DecorationRole) is not None
    qtmodeltester.check(view.proxy)

    # A local change is counted in after a moment; a sync does the same.
    api.states = {family["family_id"]: FamilySyncState.PENDING}
    app.session.changed.emit(Changes.of("visit", family_id=family["family_id"]))
    qtbot.waitUntil(
        lambda: view.proxy.index(0, Column.SYNC).data() == "nicht gesendet", timeout=5_000
    )
    api.states = {}
    synchronise(qtbot, app)
    qtbot.waitUntil(
        lambda: view.proxy.index(0, Column.SYNC).data() == "synchronisiert", timeout=5_000
    )

    app.window.sync_controller.set_enrolment(None)
    assert view.table.isColumnHidden(Column.SYNC)
    assert view.proxy.index(0, Column.SYNC).data() is None


# -- runs --------------------------------------------------------------------------------------


def test_a_manual_run_shows_its_summary_and_refreshes_every_view(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    api.result = summary(sent=12, received=5, conflicts=1, open_conflicts=2, clock_bounded=True)
    with qtbot.waitSignal(app.session.changed, timeout=10_000) as broadcast:
        synchronise(qtbot, app)
    assert broadcast.args is not None and broadcast.args[0].everything
    box = message_box(qtbot, app, "syncSummaryBox")
    assert box.text() == "12 Änderungen gesendet, 5 empfangen, 1 Konflikt"
    assert "2 Konflikte warten auf Ihre Entscheidung." in box.informativeText()
    assert "Die Uhr dieses Laptops geht vor" in box.informativeText()
    assert status(app).startswith("12 Änderungen gesendet, 5 empfangen, 1 Konflikt")
    assert api.names().count("synchronise") == 1
    assert "server_reachable" not in api.names()  # the user asked: no quick check first
    qtbot.waitUntil(
        lambda: app.window.sync.status_button.toolTip().startswith("Zuletzt synchronisiert:"),
        timeout=5_000,
    )
    box.close()

    api.result = summary()
    changes: list[Changes] = []
    app.session.changed.connect(changes.append)
    synchronise(qtbot, app)
    box = message_box(qtbot, app, "syncSummaryBox")
    assert box.text() == "Alles synchronisiert – keine Änderungen"
    assert not any(c.everything for c in changes)  # nothing received: nothing to reload
    app.session.changed.disconnect(changes.append)
    box.close()


def test_progress_names_the_phase_and_cancel_stops_the_run(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    api.steps = [SyncProgress("push", 3, 3), SyncProgress("pull", 0, None)]
    api.gate = threading.Event()
    sync = app.window.sync
    sync.sync_action.trigger()
    assert not sync.sync_action.isEnabled()  # never two runs at once
    assert not app.window.sync_controller.synchronise(manual=True)
    qtbot.waitUntil(lambda: sync.progress_dialog is not None, timeout=5_000)
    dialog = sync.progress_dialog
    assert dialog is not None and dialog.objectName() == "syncProgress"
    qtbot.waitUntil(lambda: dialog.labelText() == "Änderungen empfangen …", timeout=5_000)
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Abbrechen"
    click(qtbot, cancel)
    api.gate.set()
    qtbot.waitUntil(lambda: not app.window.sync_controller.is_running, timeout=10_000)
    assert status(app).startswith("Synchronisation abgebrochen")
    assert sync.message_box is None
    assert sync.sync_action.isEnabled()


def test_a_run_that_ends_while_locked_shows_nothing_over_the_lock_screen(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    api.gate = threading.Event()
    api.result = summary(sent=3, received=1)
    app.window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: "synchronise" in api.names(), timeout=5_000)
    app.session.lock()
    api.gate.set()
    qtbot.waitUntil(lambda: not app.window.sync_controller.is_running, timeout=10_000)
    wait_idle(qtbot, app.session)
    assert app.window.sync.message_box is None
    assert app.window.sync.progress_dialog is None
    assert status(app) == ""
    assert app.window.stack.currentWidget() is app.window.lock_screen


def test_unreachable_server_tells_the_user_and_keeps_the_changes(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    api.result = ServerUnreachableError("no route to host")
    synchronise(qtbot, app)
    text = "Büroserver nicht erreichbar – Änderungen bleiben auf dem Laptop"
    assert status(app) == text
    assert message_box(qtbot, app, "syncErrorBox").text() == text
    app.window.sync.message_box.close()  # type: ignore[union-attr]

    # An automatic run asks quickly first and then stays silent but for the status bar.
    app.window.statusBar().clearMessage()
    api.reachable = False
    api.calls.clear()
    assert app.window.sync_controller.synchronise(manual=False)
    qtbot.waitUntil(lambda: status(app) == text, timeout=10_000)
    assert api.names() == ["server_reachable"]
    assert not app.window.sync.message_box.isVisible()  # type: ignore[union-attr]


def test_automatic_runs_follow_the_setting_and_start_after_unlocking(
    qtbot: Any,
    make_desktop: Callable[..., DesktopApp],
    api: FakeSyncApi,
    monkeypatch: pytest.MonkeyPatch,
    settings: Any,
) -> None:
    monkeypatch.setattr(controller_module, "UNLOCK_SYNC_DELAY_MS", 50)
    assert settings.sync_auto_minutes == 10
    api.result = summary(received=2)
    app = enrolled(qtbot, make_desktop, api)
    controller = app.window.sync_controller
    qtbot.waitUntil(lambda: "synchronise" in api.names(), timeout=5_000)
    qtbot.waitUntil(lambda: status(app) == "2 Änderungen empfangen", timeout=5_000)
    assert app.window.sync.message_box is None  # automatic: no dialog
    assert api.names()[:2] == ["server_reachable", "synchronise"]
    assert controller.auto_sync_active

    app.window.open_settings()
    dialog = app.window.findChild(SettingsDialog)
    assert dialog is not None
    spin = dialog.sync_minutes
    assert spin.objectName() == "syncAutoMinutes" and spin.value() == 10
    spin.setValue(0)
    assert spin.text() == "nie"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.sync_auto_minutes == 0
    assert controller.auto_minutes == 0 and not controller.auto_sync_active
    controller.set_auto_minutes(5)
    assert controller.auto_sync_active
    app.session.lock()
    assert not controller.auto_sync_active


def test_update_required_and_expired_enrolment_and_a_foreign_certificate(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    sync = app.window.sync
    api.unsent = 7
    api.result = UpdateRequiredError("protocol 4 needed")
    synchronise(qtbot, app)
    box = message_box(qtbot, app, "updateRequiredBox")
    assert box.text() == (
        "Bitte Fallmanager aktualisieren. Ihre 7 nicht gesendeten Änderungen bleiben erhalten."
    )

    api.result = AuthenticationError("token unknown")
    synchronise(qtbot, app)
    box = message_box(qtbot, app, "reenrolBox")
    assert "neuen Anmeldecode" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    dialog = sync.enrolment_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentWidget() is dialog.enrol_page  # enrol anew
    dialog.reject()

    api.result = FingerprintMismatchError("aa", "bb")
    synchronise(qtbot, app)
    box = message_box(qtbot, app, "fingerprintBox")
    assert box.icon() == QMessageBox.Icon.Critical
    assert "anderen Zertifikat" in box.text() and "verständigen Sie sofort" in box.text()
    assert not app.window.sync_controller.auto_sync_active  # no more automatic attempts
    box.close()


# -- enrolment ---------------------------------------------------------------------------------


def test_enrolment_shows_the_fingerprint_and_enrols_once_it_is_confirmed(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = unlocked(qtbot, make_desktop)
    sync = app.window.sync
    sync.enrol_action.trigger()
    dialog = sync.enrolment_dialog
    assert isinstance(dialog, EnrolmentDialog) and dialog.isVisible()
    assert dialog.findChild(QLabel, "enrolmentError") is dialog.error
    assert dialog.device_name.text()  # the host name as a default
    assert not dialog.enrol_button.isEnabled()

    # Inline errors before anything is sent.
    qtbot.keyClicks(dialog.server_url, "buero.amt.example")
    qtbot.keyClicks(dialog.code, "k7qm-2xta-9pld")
    click(qtbot, dialog.connect_button)
    assert dialog.error.isVisible() and "https://" in dialog.error.text()
    assert api.calls == []
    dialog.server_url.clear()
    qtbot.keyClicks(dialog.server_url, URL)
    dialog.device_name.clear()
    qtbot.keyClicks(dialog.device_name, "Laptop Brinkmann")

    # Unreachable.
    api.probe_error = ServerUnreachableError("timeout")
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5_000)
    assert "nicht erreichbar" in dialog.error.text() or "kein Büroserver" in dialog.error.text()
    assert not dialog.fingerprint_box.isVisible()

    # The fingerprint in four groups of eight pairs; Anmelden only after the checkbox.
    api.probe_error = None
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(dialog.fingerprint_box.isVisible, timeout=5_000)
    assert not dialog.error.isVisible()
    assert dialog.fingerprint.text().split("\n") == fingerprint_lines(FINGERPRINT)
    assert "Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die Verwaltung gegeben hat" in (
        dialog.fingerprint_hint.text()
    )
    assert not dialog.enrol_button.isEnabled()
    dialog.fingerprint_matches.setChecked(True)
    assert dialog.enrol_button.isEnabled()

    # A used code: said inline, the dialog stays.
    api.enrol_errors = [EnrolmentRefusedError("code used")]
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5_000)
    assert "Anmeldecode" in dialog.error.text() and "neuen Code" in dialog.error.text()
    assert dialog.isVisible() and not app.window.sync_controller.is_enrolled

    # Another address needs another check.
    qtbot.keyClicks(dialog.server_url, "/")
    assert not dialog.fingerprint_box.isVisible() and not dialog.enrol_button.isEnabled()
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(dialog.fingerprint_box.isVisible, timeout=5_000)
    dialog.fingerprint_matches.setChecked(True)
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert api.calls[-1] == ("enrol", URL, "K7QM-2XTA-9PLD", "Laptop Brinkmann", FINGERPRINT)
    assert app.window.sync_controller.is_enrolled
    assert sync.sync_action.isEnabled()
    assert status(app) == f"Laptop am Büroserver {URL} angemeldet"

    # Again: the enrolment is shown, and the laptop may leave the server.
    sync.enrol_action.trigger()
    dialog = sync.enrolment_dialog
    assert dialog is not None and dialog.pages.currentWidget() is dialog.enrolled_page
    info = dialog.info.text()
    assert URL in info and "Frau Brinkmann (brinkmann)" in info and "noch nie" in info
    assert not dialog.enrol_button.isVisible()
    click(qtbot, dialog.unenrol_button)
    box = dialog.confirm_box
    assert box is not None and box.objectName() == "confirmUnenrolBox"
    assert "Nicht gesendete Änderungen bleiben auf dem Laptop" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert "forget_enrolment" not in api.names()
    click(qtbot, dialog.unenrol_button)
    click(qtbot, dialog.confirm_box.button(QMessageBox.StandardButton.Yes))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not app.window.sync_controller.is_enrolled, timeout=5_000)
    assert "forget_enrolment" in api.names()
    assert dialog.pages.currentWidget() is dialog.enrol_page
    assert not sync.sync_action.isEnabled()
    dialog.reject()


# -- conflicts ---------------------------------------------------------------------------------


def test_conflict_decisions_reach_the_service(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi, qtmodeltester: Any
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    mine, theirs = (
        candidate("bei Tante", "bei Tante", mine=True),
        candidate("bei Onkel", "bei Onkel", mine=False),
    )
    api.open_conflicts = [
        conflict("mine", (mine, theirs)),
        conflict("theirs", (mine, theirs)),
        conflict("merged", (mine, theirs), current="bei Onkel"),
        conflict("custody", (candidate(True, "ja", mine=True),
                             candidate(False, "nein", mine=False)),
                 entity="parent_child", field="has_custody"),
        conflict("three", (candidate("A", "A", mine=False, user="Herr A"),
                           candidate("B", "B", mine=False, user="Frau B"),
                           candidate("C", "C", mine=True))),
        conflict("keep", (candidate(None, "gelöscht", mine=False, deleted=True),
                          candidate({"id": "x"}, "Datensatz behalten", mine=True)), field=None),
        conflict("delete", (candidate(None, "gelöscht", mine=True, deleted=True),
                            candidate({"id": "y"}, "Datensatz behalten", mine=False)), field=None),
    ]  # fmt: skip
    app.window.sync.conflicts_action.trigger()
    dialog = app.window.sync.conflict_dialog
    assert isinstance(dialog, ConflictReviewDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 7, timeout=5_000)
    qtmodeltester.check(dialog.model)
    assert dialog.conflict_list.objectName() == "conflictList"
    assert "nächsten Synchronisation" in dialog.note.text()

    def decide(button: QPushButton, conflict_id: str) -> tuple[Any, ...]:
        dialog.select(conflict_id)
        count = dialog.model.rowCount()
        click(qtbot, button)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == count - 1, timeout=5_000)
        call = api.calls[-1]
        assert call[:2] == ("resolve", conflict_id)
        return call[2:]

    # Two values side by side, this laptop's marked as such.
    dialog.select("mine")
    boxes = [dialog.candidates.findChild(QLabel, "candidateAuthor")]
    assert boxes[0] is not None
    values = [label.text() for label in dialog.candidates.findChildren(QLabel, "candidateValue")]
    authors = [label.text() for label in dialog.candidates.findChildren(QLabel, "candidateAuthor")]
    assert values == ["bei Tante", "bei Onkel"]
    assert authors == ["dieser Laptop", "Herr Yilmaz"]
    assert dialog.keep_record_button.isHidden() and dialog.confirm_delete_button.isHidden()
    assert not dialog.candidate_buttons()

    assert decide(dialog.keep_mine_button, "mine") == ("bei Tante", None)
    assert decide(dialog.take_theirs_button, "theirs") == ("bei Onkel", None)

    dialog.select("merged")
    click(qtbot, dialog.merge_button)
    merge = dialog.merge_dialog
    assert merge is not None and merge.edit.objectName() == "mergedValueEdit"
    assert merge.edit.text() == "bei Onkel"  # the current text to start from
    merge.edit.setText("abwechselnd bei Tante und Onkel")
    count = dialog.model.rowCount()
    merge.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count - 1, timeout=5_000)
    assert api.calls[-1] == ("resolve", "merged", "abwechselnd bei Tante und Onkel", None)

    dialog.select("custody")
    assert dialog.merge_button.isHidden()  # yes or no: only the choices
    assert decide(dialog.take_theirs_button, "custody") == (False, None)

    dialog.select("three")
    assert dialog.keep_mine_button.isHidden() and dialog.take_theirs_button.isHidden()
    buttons = dialog.candidate_buttons()
    assert [b.objectName() for b in buttons] == ["takeCandidateButton"] * 3
    assert decide(buttons[1], "three") == ("B", None)

    dialog.select("keep")
    assert dialog.keep_mine_button.isHidden() and dialog.merge_button.isHidden()
    assert decide(dialog.keep_record_button, "keep") == (None, True)
    assert decide(dialog.confirm_delete_button, "delete") == (None, False)
    assert dialog.empty.isVisible()
    qtbot.waitUntil(lambda: app.window.sync.conflicts_action.text() == "&Konflikte prüfen …",
                    timeout=5_000)  # fmt: skip
    dialog.close()


def test_a_family_file_with_a_conflict_shows_the_notice_and_marks_the_fields(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    family = family_in_vault(qtbot, app)
    family_id = family["family_id"]
    api.open_conflicts = [
        conflict("status", (candidate("open", "offen", mine=True),
                            candidate("closed", "abgeschlossen", mine=False)),
                 entity="family_file", entity_id=family_id, family_id=family_id, field="status",
                 subject=family["case_number"]),
        conflict("residence", (candidate("toleration", "Duldung", mine=True),
                               candidate("residence_permit", "Aufenthaltserlaubnis", mine=False)),
                 entity_id=family["status_id"], family_id=family_id, field="kind"),
        conflict("custody", (candidate(True, "ja", mine=True),
                             candidate(False, "nein", mine=False)),
                 entity="parent_child", entity_id=family["link_id"], family_id=family_id,
                 field="has_custody"),
        conflict("elsewhere", (candidate("a", "a", mine=True), candidate("b", "b", mine=False)),
                 family_id=uuid.uuid4()),
    ]  # fmt: skip
    view = app.window.open_family(family_id)
    assert isinstance(view, FamilyFileView)
    qtbot.waitUntil(lambda: len(view.conflicts) == 3, timeout=10_000)
    banner = view.conflict_banner
    assert banner.isVisible() and banner.objectName() == "conflictBanner"
    assert banner.text.text() == (
        f"⚠ 3 Konflikte warten auf Ihre Entscheidung: Familienakte {family['case_number']}: "
        "Status; Aufenthaltsstatus von Arben Krasniqi: Art; Eltern-Kind-Beziehung von Arben "
        "Krasniqi: Sorgerecht"
    )

    overview = view.overview
    assert overview.status.text() == "⚠ offen"
    assert "abgeschlossen" in overview.status.toolTip()
    assert "dieser Laptop" in overview.status.toolTip()
    assert not overview.responsible.text().startswith("⚠")

    view.open_tab("residence")
    residence = view.residence
    residence.select_person(family["son_id"])
    qtbot.waitUntil(lambda: residence.model.rowCount() == 1, timeout=5_000)
    assert residence.model.index(0, 1).data() == "⚠ Duldung (§ 60a)"
    assert "Aufenthaltserlaubnis" in residence.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert residence.person.currentText().startswith("⚠ Arben")

    view.open_tab("persons")
    persons = view.persons
    persons.select_person(family["son_id"])
    qtbot.waitUntil(lambda: persons.relations_model.rowCount() == 1, timeout=5_000)
    kind = persons.relations_model.index(0, 2)
    assert kind.data().startswith("⚠ ") and "sorgeberechtigt" in kind.data()
    assert "nein" in kind.data(Qt.ItemDataRole.ToolTipRole)

    # The notice leads to the conflicts of this family only.
    click(qtbot, banner.button)
    dialog = app.window.sync.conflict_dialog
    assert isinstance(dialog, ConflictReviewDialog) and dialog.family_id == family_id
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5_000)
    dialog.select("status")
    click(qtbot, dialog.keep_mine_button)
    qtbot.waitUntil(lambda: len(view.conflicts) == 2, timeout=10_000)
    assert "2 Konflikte" in banner.text.text()
    assert overview.status.text() == "offen"
    dialog.close()

    # Decided everywhere: the notice goes.
    api.open_conflicts = []
    app.window.sync_controller.refresh_states()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert not residence.model.index(0, 1).data().startswith("⚠")


# -- rejected and superseded -------------------------------------------------------------------


def test_rejected_changes_are_exported_before_they_are_dismissed(
    qtbot: Any,
    make_desktop: Callable[..., DesktopApp],
    api: FakeSyncApi,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    api.rejected = [
        RejectedChangeView(
            id=number, family_id=None, case_number="2026-0001", entity="residence_status",
            entity_id=uuid.uuid4(), field="notes", content=json.dumps({"notes": f"N{number}"}),
            subject="Arben Krasniqi", reason="not_authorised", at=AT,
        )
        for number in (1, 2)
    ]  # fmt: skip
    app.window.sync.rejected_action.trigger()
    dialog = app.window.sync.rejected_dialog
    assert isinstance(dialog, RejectedChangesDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5_000)
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(0, c).data() for c in range(4)] == [
        "2026-0001", "Aufenthaltsstatus von Arben Krasniqi: Bemerkungen",
        "Diese Familienakte ist Ihnen auf dem Büroserver nicht (mehr) zugeordnet.",
        "24.11.2026 " + AT.astimezone().strftime("%H:%M"),
    ]  # fmt: skip
    assert not dialog.dismiss_button.isEnabled()

    # Not exported: dismissing needs an explicit "drop the content".
    dialog.table.selectRow(0)
    click(qtbot, dialog.dismiss_button)
    box = dialog.confirm_box
    assert box is not None and "geht verloren" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert "dismiss_rejected" not in api.names()
    click(qtbot, dialog.dismiss_button)
    click(qtbot, dialog.confirm_box.button(QMessageBox.StandardButton.Yes))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5_000)
    assert api.calls[-1] == ("dismiss_rejected", [1])

    # Exported: dismissed at once.
    target = tmp_path / "abgelehnt.json"
    monkeypatch.setattr(
        "fallmanager.ui.sync.rejected_dialog.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: "exportiert" in dialog.note.text(), timeout=5_000)
    assert json.loads(target.read_text(encoding="utf-8")) == ['{"notes": "N2"}']
    assert dialog.note.text() == "Eine abgelehnte Änderung exportiert nach abgelehnt.json."
    dialog.table.selectRow(0)
    click(qtbot, dialog.dismiss_button)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5_000)
    assert api.calls[-1] == ("dismiss_rejected", [2])
    assert dialog.confirm_box is None or not dialog.confirm_box.isVisible()
    dialog.close()

    api.superseded = [
        SupersededView(
            id=1, family_id=None, case_number="2026-0001",
            entity="task", subject="", field="due_on", my_value="2026-12-01",
            winning_value="2026-12-15", winning_user="Herr Yilmaz", at=AT,
        )
    ]  # fmt: skip
    app.window.sync.superseded_action.trigger()
    superseded = app.window.sync.superseded_dialog
    assert isinstance(superseded, SupersededDialog)
    qtbot.waitUntil(lambda: superseded.model.rowCount() == 1, timeout=5_000)
    assert [superseded.model.index(0, c).data() for c in range(6)] == [
        "2026-0001", "Aufgabe", "Fällig am", "01.12.2026", "15.12.2026", "Herr Yilmaz",
    ]  # fmt: skip
    superseded.close()


# -- revoked -----------------------------------------------------------------------------------


@dataclass
class EraseRecorder:
    calls: int = 0

    def __call__(self) -> None:
        self.calls += 1


def test_a_revoked_laptop_lists_unsent_changes_and_erases_only_when_confirmed(
    qtbot: Any,
    make_desktop: Callable[..., DesktopApp],
    api: FakeSyncApi,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = enrolled(qtbot, make_desktop, api)
    family = family_in_vault(qtbot, app)
    app.window.open_family(family["family_id"])
    erase = EraseRecorder()
    monkeypatch.setattr(app.session.gateway, "erase", erase)
    api.pending = [
        PendingChangeView(
            family_id=family["family_id"], case_number=family["case_number"],
            entity="residence_status", subject="Arben Krasniqi", op="update",
            field="valid_until", changed_at=AT,
        )
    ]  # fmt: skip
    api.result = DeviceRevokedError("revoked")
    synchronise(qtbot, app)
    qtbot.waitUntil(lambda: app.window.sync.revoked_dialog is not None, timeout=5_000)
    dialog = app.window.sync.revoked_dialog
    assert isinstance(dialog, DeviceRevokedDialog) and dialog.isVisible() and dialog.isModal()
    assert dialog.message.text() == (
        "Dieser Laptop wurde vom Büroserver abgemeldet. Die Fallakten auf diesem Laptop werden "
        "gelöscht."
    )
    cells = [dialog.model.index(0, c).data() for c in range(3)]
    assert cells == [family["case_number"], "Aufenthaltsstatus von Arben Krasniqi", "Gültig bis"]

    # No way around it.
    dialog.reject()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()

    target = tmp_path / "nicht-gesendet.json"
    monkeypatch.setattr(
        "fallmanager.ui.sync.revoked_dialog.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(target.exists, timeout=5_000)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["changes"][0]["case_number"] == family["case_number"]
    assert exported["changes"][0]["field"] == "Gültig bis"
    qtbot.waitUntil(lambda: "exportiert" in dialog.export_note.text(), timeout=5_000)

    click(qtbot, dialog.erase_button)
    box = dialog.confirm_box
    assert box is not None and box.objectName() == "confirmEraseBox"
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    wait_idle(qtbot, app.session)
    assert erase.calls == 0 and app.session.is_unlocked

    click(qtbot, dialog.erase_button)
    click(qtbot, dialog.confirm_box.button(QMessageBox.StandardButton.Yes))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: erase.calls == 1, timeout=5_000)
    qtbot.waitUntil(lambda: app.session.state.value == "no_vault", timeout=5_000)
    window = app.window
    assert window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.currentWidget() is window.lock_screen.setup  # a first start
    assert not window.family_views()
    assert window.sync.revoked_dialog is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert not window.sync.sync_action.isEnabled()
    QApplication.processEvents()


def test_erasing_through_the_session_deletes_the_vault_and_starts_afresh(
    qtbot: Any, make_desktop: Callable[..., DesktopApp], api: FakeSyncApi
) -> None:
    app = unlocked(qtbot, make_desktop)
    family_in_vault(qtbot, app)
    gateway = app.session.gateway
    assert gateway.exists()
    erased: list[bool] = []
    with qtbot.waitSignal(app.session.erased, timeout=10_000):
        app.session.erase(None, on_erased=lambda: erased.append(True), on_failed=lambda _e: False)
    assert erased == [True]
    assert not gateway.exists() and not gateway.is_open
    assert app.session.state.value == "no_vault"
    assert app.window.lock_screen.currentWidget() is app.window.lock_screen.setup
