"""Two laptops of one team exchange a family file through the office server."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from tests.support.sync_harness import (
    FINGERPRINT,
    SERVER_URL,
    Laptop,
    Office,
    device_context,
    team_of_two,
)

from fallmanager.demo import DEMO_PASSPHRASE, ensure_demo_vault
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.people import Person
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.tasks import Task
from fallmanager.server import admin, pull
from fallmanager.server.engine import short_write_transaction
from fallmanager.services import family_files, persons, tasks
from fallmanager.services import sync as sync_service
from fallmanager.services.sync import FamilySyncState
from fallmanager.sync import engine as sync_engine
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault


def test_a_family_opened_on_one_laptop_reaches_the_colleague(office: Office) -> None:
    office.user("anna", team="Team Nord")
    office.user("ben", team="Team Nord")
    a = office.laptop("anna", "laptop-a")
    b = office.laptop("ben", "laptop-b")
    family = family_files.open_family_file(a.uow(), opened_on=date(2026, 11, 2), responsible="Anna")
    persons.add_person(a.uow(), given_names="Arben", family_name="Krasniqi", family_id=family.id)

    sent = a.sync()
    assert sent.sent >= 3
    # The office assigns the new family file to the team, so the colleague gets it.
    admin.assign(office.engine, str(family.id), team="Team Nord")
    received = b.sync()
    assert received.received >= 3
    with b.uow() as uow:
        copy = uow.records.get(FamilyFile, family.id)
        names = [p.given_names for p in uow.records.all(Person)]
    assert copy is not None and copy.responsible == "Anna"
    assert names == ["Arben"]
    # Nothing echoes back: a second round sends and receives nothing new.
    assert a.sync().sent == 0
    assert b.sync().sent == 0


def test_sync_state_per_family_file(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    office.user("anna", team="Team Nord")
    a = office.laptop("anna", "laptop-a")
    first = family_files.open_family_file(a.uow(), opened_on=date(2026, 11, 2))
    second = family_files.open_family_file(a.uow(), opened_on=date(2026, 11, 3))
    states = sync_service.family_sync_states(a.uow())
    assert states == {first.id: FamilySyncState.PENDING, second.id: FamilySyncState.PENDING}
    a.sync()
    assert sync_service.family_sync_states(a.uow()) == {}
    persons.add_person(a.uow(), given_names="Arben", family_name="Krasniqi", family_id=second.id)
    assert sync_service.family_sync_states(a.uow()) == {second.id: FamilySyncState.PENDING}
    # A vault enrolled with much unsent work: every family file counts as pending at once.
    monkeypatch.setattr(sync_service, "MANY_UNSENT", 1)
    assert set(sync_service.family_sync_states(a.uow())) == {first.id, second.id}


def test_the_first_snapshot_leaves_out_what_the_laptop_wrote_alone(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop that uploaded its caseload is not sent it back by its first snapshot; a
    record a colleague changed too, or one with an open conflict, still comes. Each page
    looks at only a few records here, so the skipping spans many pages."""
    monkeypatch.setattr(pull, "SNAPSHOT_SCAN", 2)
    office.user("anna", team="Nord")
    office.user("ben", team="Nord")
    a = office.laptop("anna", "a")
    b = office.laptop("ben", "b")
    families = [
        family_files.open_family_file(a.uow(), opened_on=date(2026, 11, day), responsible="Anna")
        for day in (2, 3, 4)
    ]
    for family, name in zip(families, ("Krasniqi", "Haddad", "Osei"), strict=True):
        persons.add_person(a.uow(), given_names="Arben", family_name=name, family_id=family.id)
    task = tasks.add_task(a.uow(), family_id=families[2].id, title="Schule anrufen")
    answers: list[dict[str, object]] = []
    a.transport.after_call = lambda path, answer: (
        answers.append(answer) if path.endswith("/pull") else None
    )
    assert a.sync().sent > 0
    assert len(answers) > 5
    assert [entry for answer in answers for entry in answer["entries"]] == []  # type: ignore[attr-defined]

    for family in families:
        admin.assign(office.engine, str(family.id), team="Nord")
    b.sync()
    family_files.update_family_file(b.uow(), family_id=families[0].id, short_description="Ben")
    # Concurrent changes of a sensitive field: a's is the later one, so a wrote every field
    # of that family file, but the conflict is open.
    family_files.update_family_file(b.uow(), family_id=families[1].id, responsible="Ben")
    family_files.update_family_file(a.uow(), family_id=families[1].id, responsible="Anna Neu")
    with b.uow() as uow:
        uow.records.delete(Task, task.id)
        uow.commit()
    with a.uow() as uow:
        uow.records.update(dataclasses.replace(uow.records.require(Task, task.id), title="Schule"))
        uow.commit()
    b.sync()
    a.sync()
    assert len(sync_service.conflicts(a.uow())) == 2

    # Laptop a starts over: its snapshot holds exactly the records changed by another
    # laptop and those with an open conflict.
    ctx = device_context(office, a)
    sent: list[tuple[str, str]] = []
    cursor = None
    while cursor is None or cursor.gen is not None:
        with short_write_transaction(office.engine) as conn:
            page = pull.pull_page(conn, ctx, cursor, 1000)
        sent += [(e["kind"], e["entity_id"]) for e in page.entries]
        cursor = page.cursor
    assert sorted(sent) == sorted(
        [
            ("put", str(families[0].id)),
            ("put", str(families[1].id)),
            ("conflict", str(families[1].id)),
            ("put", str(task.id)),
            ("conflict", str(task.id)),
        ]
    )


def test_received_changes_are_passed_over_but_never_a_local_one(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "sent up to" mark moves over what a laptop receives, so the search for unsent
    changes does not grow with every page received; a change the user makes while pages
    arrive stops the mark before it and is sent with the next sync."""
    monkeypatch.setattr(sync_engine, "PULL_PAGE", 5)
    office.user("anna", team="Nord")
    office.user("ben", team="Nord")
    a = office.laptop("anna", "a")
    b = office.laptop("ben", "b")
    family = family_files.open_family_file(a.uow(), opened_on=date(2026, 11, 2))
    for n in range(12):
        tasks.add_task(a.uow(), family_id=family.id, title=f"Aufgabe {n}")
    a.sync()
    admin.assign(office.engine, str(family.id), team="Nord")

    pulls = {"count": 0}

    def edit_while_receiving(path: str, _body: object) -> None:
        if path.endswith("/pull"):
            pulls["count"] += 1
            if pulls["count"] == 3:  # the family file has arrived by now
                family_files.update_family_file(
                    b.uow(), family_id=family.id, short_description="während des Empfangs"
                )

    b.transport.before_call = edit_while_receiving
    b.sync()
    assert pulls["count"] > 3
    with b.uow() as uow:
        assert uow.sync.unsent_count() == 1
        (edit,) = uow.sync.unsent(uow.sync.pushed_seq(), 10)
        assert edit.field == "short_description"
        assert uow.sync.pushed_seq() == edit.seq - 1  # stopped right before it
    b.transport.before_call = None
    assert b.sync().sent == 1
    with b.uow() as uow:
        assert uow.sync.unsent_count() == 0
        assert uow.sync.pushed_seq() == uow.sync.last_change_seq()  # past all received
    a.sync()
    with a.uow() as uow:
        assert uow.records.require(FamilyFile, family.id).short_description == (
            "während des Empfangs"
        )


def test_the_log_is_read_in_stretches_past_other_teams_changes(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pulls read the log a short stretch at a time: pages full of another team's changes
    come back empty but move on, and a write of several fields still arrives whole."""
    monkeypatch.setattr(sync_engine, "PULL_PAGE", 3)
    monkeypatch.setattr(pull, "WRITE_SLACK", 1)
    monkeypatch.setattr(pull, "LOG_SCAN", 8)
    a, b, family_id = team_of_two(office)
    office.user("carl", team="Süd")
    c = office.laptop("carl", "c")
    theirs = family_files.open_family_file(c.uow(), opened_on=date(2026, 11, 3))
    c.sync()
    for n in range(6):
        tasks.add_task(a.uow(), family_id=family_id, title=f"Nord {n}")
        a.sync()
        for k in range(8):  # 16 entries of Süd between two of Nord
            tasks.add_task(c.uow(), family_id=theirs.id, title=f"Süd {n}.{k}")
            family_files.update_family_file(
                c.uow(), family_id=theirs.id, short_description=f"Süd {n}.{k}"
            )
        c.sync()
    family_files.close_family_file(a.uow(), family_id=family_id, closed_on=date(2026, 11, 20))
    a.sync()
    pages: list[list[dict[str, object]]] = []
    b.transport.after_call = lambda path, answer: (
        pages.append(answer["entries"]) if path.endswith("/pull") else None
    )
    b.sync()
    titles = [e["value"]["title"] for p in pages for e in p if e["entity"] == "task"]  # type: ignore[index]
    assert sorted(titles) == [f"Nord {n}" for n in range(6)]
    assert [] in pages  # a stretch of Süd's changes only
    closing = [
        [e["field"] for e in page if e["entity_id"] == str(family_id) and e["kind"] == "field"]
        for page in pages
    ]
    assert sorted(f for fields in closing for f in fields) == ["closed_on", "status"]
    assert ["closed_on", "status"] in [sorted(fields) for fields in closing]  # in one page
    with b.uow() as uow:
        assert uow.records.require(FamilyFile, family_id).closed_on == date(2026, 11, 20)
        assert {t.title for t in uow.records.all(Task)} == {f"Nord {n}" for n in range(6)}


@pytest.mark.parametrize("page", [1000, 37])
def test_a_whole_synthetic_caseload_arrives_unchanged(
    office: Office, tmp_path: Path, page: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every kind of record, with references in any order (help-plan versions pointing at
    their predecessors, corrected notes, goals under goals), reaches a new laptop as it is —
    also in small pages, where a record often waits for one that comes pages later."""
    monkeypatch.setattr(sync_engine, "PULL_PAGE", page)
    office.user("anna", team="Team Nord")
    office.user("ben", team="Team Nord")
    ensure_demo_vault(tmp_path / "anna", families=4, seed=7, today=date(2026, 11, 25), kdf=TEST_KDF)
    vault = Vault.open(tmp_path / "anna", DEMO_PASSPHRASE)
    code = admin.enrol_device(office.engine, "anna", "laptop-a").code
    sync_service.enrol(
        vault.unit_of_work(),
        SERVER_URL,
        code,
        "laptop-a",
        FINGERPRINT,
        transport=office.transport(),
    )
    a = Laptop("laptop-a", vault, office, office.transport())
    try:
        assert a.sync().rejected == 0
        with a.uow() as uow:
            families = [f.id for f in uow.records.all(FamilyFile)]
        for family_id in families:
            admin.assign(office.engine, str(family_id), team="Team Nord")
        b = office.laptop("ben", "laptop-b")
        b.sync()
        assert _contents(a) == _contents(b)
        assert sync_service.family_sync_states(b.uow()) == {}
    finally:
        vault.close()


def _contents(laptop: Laptop) -> dict[str, list[dict[str, object]]]:
    with laptop.uow() as uow:
        return {
            cls.entity_name: sorted(
                (to_primitive(r) for r in uow.records.all(cls)), key=lambda v: str(v["id"])
            )
            for cls in ENTITY_TYPES
        }
