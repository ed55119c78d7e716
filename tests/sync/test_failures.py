"""Failures: lost acknowledgements, interrupted pulls, revoked and forged devices, old
clients, clocks that run wrong, transactions that commit out of order."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from tests.support.sync_harness import Laptop, Office, device_context, team_of_two

from fallmanager.domain.family import FamilyFile
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.sync import Operation, OpKind
from fallmanager.domain.visits import CaseNote
from fallmanager.server import admin
from fallmanager.server.engine import short_write_transaction, write_transaction
from fallmanager.server.merge import allowed_scopes, apply_push
from fallmanager.server.pull import Cursor, pull_page
from fallmanager.services import family_files, visits
from fallmanager.services import sync as sync_service
from fallmanager.sync import engine as sync_engine
from fallmanager.sync.errors import (
    AuthenticationError,
    DeviceRevokedError,
    ServerUnreachableError,
    UpdateRequiredError,
)
from fallmanager.vault import vault as vault_module
from fallmanager.vault.backup import create_backup, restore_backup
from fallmanager.vault.vault import Vault


def _notes(laptop: Laptop) -> list[str]:
    with laptop.uow() as uow:
        return sorted(n.text for n in uow.records.all(CaseNote))


def _server_count(office: Office, entity: str) -> int:
    with office.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM record WHERE entity = :e"), {"e": entity}
            ).scalar_one()
        )


def test_a_lost_acknowledgement_is_repeated_without_duplicates(office: Office) -> None:
    a, b, family_id = team_of_two(office)
    for n in range(7):
        visits.add_case_note(a.uow(), family_id=family_id, text=f"Notiz {n}")
    lost = {"pushes": 0}

    def drop_answer(path: str, _answer: dict[str, Any]) -> None:
        # The server has committed the batch; its answer never reaches the laptop.
        if path.endswith("/push") and lost["pushes"] == 0:
            lost["pushes"] += 1
            raise ServerUnreachableError("connection dropped")

    a.transport.after_call = drop_answer
    with pytest.raises(ServerUnreachableError):
        a.sync()
    assert sync_service.unsent_count(a.uow()) == 7  # nothing counted as sent
    summary = a.sync()
    assert summary.sent == 7 and summary.rejected == 0
    assert _server_count(office, "case_note") == 7
    b.sync()
    assert _notes(b) == [f"Notiz {n}" for n in range(7)]


def test_an_interrupted_pull_resumes_where_the_last_stored_page_ended(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, family_id = team_of_two(office)
    for n in range(25):
        visits.add_case_note(a.uow(), family_id=family_id, text=f"N{n:02d}")
    a.sync()
    monkeypatch.setattr(sync_engine, "PULL_PAGE", 10)
    pages = {"n": 0}

    def cut_after_two_pages(path: str, _body: dict[str, Any] | None) -> None:
        if path.endswith("/pull"):
            pages["n"] += 1
            if pages["n"] == 3:
                raise ServerUnreachableError("connection dropped")

    b.transport.before_call = cut_after_two_pages
    with pytest.raises(ServerUnreachableError):
        b.sync()
    assert len(_notes(b)) == 20  # two pages stored, each with its cursor
    b.transport.before_call = None
    b.sync()
    assert _notes(b) == [f"N{n:02d}" for n in range(25)]


def test_a_revoked_laptop_is_told_to_erase_and_a_forged_token_is_refused(office: Office) -> None:
    a, _b, family_id = team_of_two(office)
    visits.add_case_note(a.uow(), family_id=family_id, text="ungesendet")
    info = sync_service.enrolment(a.uow())
    assert info is not None
    admin.revoke_device(office.engine, info.device_id)
    with pytest.raises(DeviceRevokedError):
        a.sync()
    pending = sync_service.pending_changes(a.uow())
    assert [(p.entity, p.op) for p in pending] == [("case_note", "insert")]
    with pytest.raises(AuthenticationError):
        a.transport.call("/api/v1/pull", {"protocol_version": 3}, "forged-token")
    with pytest.raises(AuthenticationError):
        a.transport.call("/api/v1/pull", {"protocol_version": 3}, None)


def test_a_client_one_version_behind_still_pushes_an_older_one_must_update(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, family_id = team_of_two(office)
    visits.add_case_note(a.uow(), family_id=family_id, text="von Version 2")
    monkeypatch.setattr(sync_engine, "PROTOCOL_VERSION", 2)
    assert a.sync().sent == 1
    visits.add_case_note(a.uow(), family_id=family_id, text="von Version 1")
    monkeypatch.setattr(sync_engine, "PROTOCOL_VERSION", 1)
    with pytest.raises(UpdateRequiredError):
        a.sync()
    assert sync_service.unsent_count(a.uow()) == 1  # kept for after the update
    monkeypatch.setattr(sync_engine, "PROTOCOL_VERSION", 3)
    a.sync()
    b.sync()
    assert _notes(b) == ["von Version 1", "von Version 2"]


def test_a_clock_a_year_ahead_is_bounded_and_flagged(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.user("anna", team="Nord")
    office.user("ben", team="Nord")
    real = vault_module._physical_ms
    monkeypatch.setattr(vault_module, "_physical_ms", lambda: real() + 365 * 86_400_000)
    fast = office.laptop("anna", "fast")
    monkeypatch.setattr(vault_module, "_physical_ms", lambda: real() + 6 * 60_000)
    slightly_ahead = office.laptop("ben", "b")
    monkeypatch.setattr(vault_module, "_physical_ms", real)
    family = family_files.open_family_file(fast.uow(), opened_on=date(2026, 11, 2))
    family_files.update_family_file(fast.uow(), family_id=family.id, short_description="Zukunft")
    assert fast.sync().clock_bounded
    admin.assign(office.engine, str(family.id), team="Nord")
    slightly_ahead.sync()
    # Six minutes later by a sane clock: the bounded stamp no longer wins.
    family_files.update_family_file(
        slightly_ahead.uow(), family_id=family.id, short_description="Gegenwart"
    )
    slightly_ahead.sync()
    fast.sync()
    with fast.uow() as uow:
        assert uow.records.require(FamilyFile, family.id).short_description == "Gegenwart"


def test_a_clock_a_day_behind_still_orders_after_what_it_has_seen(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.user("anna", team="Nord")
    office.user("ben", team="Nord")
    real = vault_module._physical_ms
    monkeypatch.setattr(vault_module, "_physical_ms", lambda: real() - 86_400_000)
    slow = office.laptop("anna", "slow")
    monkeypatch.setattr(vault_module, "_physical_ms", real)
    b = office.laptop("ben", "b")
    family = family_files.open_family_file(b.uow(), opened_on=date(2026, 11, 2))
    family_files.update_family_file(b.uow(), family_id=family.id, short_description="von B")
    b.sync()
    admin.assign(office.engine, str(family.id), team="Nord")
    slow.sync()
    family_files.update_family_file(slow.uow(), family_id=family.id, short_description="danach")
    slow.sync()
    b.sync()
    with b.uow() as uow:
        assert uow.records.require(FamilyFile, family.id).short_description == "danach"


def test_transactions_committing_out_of_order_are_never_skipped(office: Office) -> None:
    """A push that commits late cannot be passed by a pull: positions follow commit order."""
    office.user("anna", team="Nord")
    a = office.laptop("anna", "a")
    family = family_files.open_family_file(a.uow(), opened_on=date(2026, 11, 2))
    a.sync()
    ctx = device_context(office, a)

    def note_op(text_: str) -> Operation:
        note = CaseNote(family_id=family.id, text=text_, written_at=datetime(2026, 11, 2, 10))
        return Operation(
            op_id=str(uuid.uuid4()),
            entity="case_note",
            entity_id=str(note.id),
            kind=OpKind.INSERT,
            hlc=f"{int(time.time() * 1000):015d}-000000-{ctx.device_id}",
            value=to_primitive(note),
        )

    first_holds = threading.Event()
    release_first = threading.Event()
    second_done = threading.Event()

    def slow_push() -> None:
        with write_transaction(office.engine) as conn:
            apply_push(conn, ctx, [note_op("langsam")])
            first_holds.set()
            release_first.wait(10)

    def fast_push() -> None:
        first_holds.wait(10)
        with write_transaction(office.engine) as conn:
            apply_push(conn, ctx, [note_op("schnell")])
        second_done.set()

    slow = threading.Thread(target=slow_push)
    fast = threading.Thread(target=fast_push)
    slow.start()
    fast.start()
    first_holds.wait(10)
    time.sleep(0.3)
    assert not second_done.is_set()  # the second waits for the first's commit
    with office.engine.begin() as conn:
        cursor_seq = pull_page(conn, ctx, Cursor(), 1000).cursor.seq
    release_first.set()
    slow.join(10)
    fast.join(10)
    with office.engine.begin() as conn:
        page = pull_page(conn, ctx, Cursor(seq=cursor_seq), 1000)
    texts = [e["value"]["text"] for e in page.entries if e["entity"] == "case_note"]
    assert texts == ["langsam", "schnell"]


def test_two_pulls_of_one_device_at_once_take_turns(office: Office) -> None:
    """The very first pull of a new laptop, started twice at once: the second waits for the
    first's transaction and then succeeds (on PostgreSQL both used to note the same family
    files, and the second failed)."""
    team_of_two(office)  # anna has a family file
    c = office.laptop("anna", "c")
    ctx = device_context(office, c)
    first_holds = threading.Event()
    release_first = threading.Event()
    second_done = threading.Event()
    errors: list[Exception] = []

    def first_pull() -> None:
        with short_write_transaction(office.engine) as conn:
            pull_page(conn, ctx, None, 1000)
            first_holds.set()
            release_first.wait(10)

    def second_pull() -> None:
        first_holds.wait(10)
        try:
            with short_write_transaction(office.engine) as conn:
                pull_page(conn, ctx, None, 1000)
        except Exception as exc:  # reported below
            errors.append(exc)
        second_done.set()

    threads = [threading.Thread(target=first_pull), threading.Thread(target=second_pull)]
    for thread in threads:
        thread.start()
    first_holds.wait(10)
    time.sleep(0.3)
    assert not second_done.is_set()  # the second waits for the first's commit
    release_first.set()
    for thread in threads:
        thread.join(10)
    assert errors == []
    with office.engine.connect() as conn:
        scopes = conn.execute(
            text("SELECT scope FROM device_family WHERE device_id = :d"), {"d": ctx.device_id}
        ).scalars()
        assert sorted(scopes) == sorted(allowed_scopes(conn, ctx.user_id))


def test_a_laptop_back_on_an_older_backup_loses_and_repeats_nothing(
    office: Office, tmp_path: Path
) -> None:
    """The vault of an enrolled laptop is restored from a backup made before its last sync:
    what it sent since comes back from the server, what it writes now is sent, and no note
    is lost or doubled anywhere."""
    a, b, family_id = team_of_two(office)
    visits.add_case_note(a.uow(), family_id=family_id, text="vor der Sicherung")
    a.sync()
    create_backup(a.vault, tmp_path / "a.fmbackup")
    visits.add_case_note(a.uow(), family_id=family_id, text="nach der Sicherung")
    family_files.update_family_file(a.uow(), family_id=family_id, short_description="neu")
    a.sync()

    path = a.vault.path
    a.vault.close()
    restore_backup(tmp_path / "a.fmbackup", path, passphrase="pass phrase", force=True)
    a.vault = Vault.open(path, "pass phrase")
    assert _notes(a) == ["vor der Sicherung"]
    visits.add_case_note(a.uow(), family_id=family_id, text="nach der Wiederherstellung")
    a.sync()
    b.sync()

    everything = ["nach der Sicherung", "nach der Wiederherstellung", "vor der Sicherung"]
    assert _notes(a) == _notes(b) == everything
    assert _server_count(office, "case_note") == 3
    for laptop in (a, b):
        with laptop.uow() as uow:
            assert uow.records.require(FamilyFile, family_id).short_description == "neu"
