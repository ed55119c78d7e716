"""The merge rules end to end: laptops edit offline, sync in either order, and converge."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest
from tests.support.sync_harness import Laptop, Office, team_of_two

from fallmanager.domain.family import FamilyFile
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.sync import PROTOCOL_VERSION
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote
from fallmanager.server import admin
from fallmanager.services import family_files, tasks, visits
from fallmanager.services import sync as sync_service
from fallmanager.services.sync import FamilySyncState
from fallmanager.sync import credentials


def _device_id(laptop: Laptop) -> str:
    info = sync_service.enrolment(laptop.uow())
    assert info is not None
    return info.device_id


def _family(laptop: Laptop, family_id: uuid.UUID) -> FamilyFile:
    with laptop.uow() as uow:
        return uow.records.require(FamilyFile, family_id)


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_ordinary_field_last_writer_wins_and_the_loser_sees_its_value(
    office: Office, order: str
) -> None:
    a, b, family_id = team_of_two(office)
    family_files.update_family_file(a.uow(), family_id=family_id, short_description="erst")
    family_files.update_family_file(b.uow(), family_id=family_id, short_description="später")
    first, second = (a, b) if order == "ab" else (b, a)
    first.sync()
    second.sync()
    first.sync()
    assert _family(a, family_id).short_description == "später"
    assert _family(b, family_id).short_description == "später"
    lost = sync_service.superseded_values(a.uow()) if order == "ba" else []
    if order == "ba":
        # a pushed after b with an older stamp: a lost and sees its own value kept.
        assert [(v.my_value, v.winning_value) for v in lost] == [("erst", "später")]
    assert sync_service.conflicts(a.uow()) == []


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_concurrent_sensitive_edit_is_a_conflict_until_decided(office: Office, order: str) -> None:
    a, b, family_id = team_of_two(office)
    family_files.update_family_file(a.uow(), family_id=family_id, responsible="Anna Alt")
    family_files.update_family_file(b.uow(), family_id=family_id, responsible="Ben Neu")
    first, second = (a, b) if order == "ab" else (b, a)
    first.sync()
    summary = second.sync()
    assert summary.open_conflicts == 1
    first.sync()
    for laptop in (a, b):
        (conflict,) = sync_service.conflicts(laptop.uow())
        assert conflict.field == "responsible"
        assert sorted(c.value for c in conflict.candidates) == ["Anna Alt", "Ben Neu"]
        assert sum(c.is_mine for c in conflict.candidates) == 1
        # Until decided, both show the later of the two (the same on both laptops).
        assert _family(laptop, family_id).responsible == "Ben Neu"
        assert sync_service.family_sync_states(laptop.uow()) == {
            family_id: FamilySyncState.CONFLICT
        }
    (conflict,) = sync_service.conflicts(a.uow())
    sync_service.resolve_conflict(a.uow(), conflict.conflict_id, value="Anna und Ben")
    assert sync_service.conflicts(a.uow()) == []
    a.sync()
    b.sync()
    assert sync_service.conflicts(b.uow()) == []
    assert _family(b, family_id).responsible == "Anna und Ben"
    assert _family(a, family_id).responsible == "Anna und Ben"


def test_a_sequential_sensitive_edit_is_no_conflict(office: Office) -> None:
    a, b, family_id = team_of_two(office)
    family_files.update_family_file(a.uow(), family_id=family_id, responsible="Anna Alt")
    a.sync()
    b.sync()
    family_files.update_family_file(b.uow(), family_id=family_id, responsible="Ben Neu")
    b.sync()
    a.sync()
    assert sync_service.conflicts(a.uow()) == []
    assert _family(a, family_id).responsible == "Ben Neu"


def test_edit_against_delete_keeps_the_record_and_asks(office: Office) -> None:
    a, b, family_id = team_of_two(office)
    task = tasks.add_task(a.uow(), family_id=family_id, title="Schule anrufen")
    a.sync()
    b.sync()
    with a.uow() as uow:
        uow.records.delete(Task, task.id)
        uow.commit()
    with b.uow() as uow:
        uow.records.update(dataclasses.replace(uow.records.require(Task, task.id), title="Schule"))
        uow.commit()
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        (conflict,) = sync_service.conflicts(laptop.uow())
        assert conflict.field is None
        assert {c.deleted for c in conflict.candidates} == {True, False}
        with laptop.uow() as uow:
            assert uow.records.require(Task, task.id).title == "Schule"
    sync_service.resolve_conflict(b.uow(), conflict.conflict_id, keep=False)
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert sync_service.conflicts(laptop.uow()) == []
        with laptop.uow() as uow:
            assert uow.records.get(Task, task.id) is None


def test_notes_written_offline_on_both_laptops_all_arrive(office: Office) -> None:
    a, b, family_id = team_of_two(office)
    for laptop, words in ((a, "Besuch A"), (b, "Besuch B")):
        for n in range(3):
            visits.add_case_note(laptop.uow(), family_id=family_id, text=f"{words} {n}")
    b.sync()
    a.sync()
    b.sync()
    for laptop in (a, b):
        with laptop.uow() as uow:
            texts = sorted(n.text for n in uow.records.all(CaseNote))
        assert texts == sorted(f"{w} {n}" for w in ("Besuch A", "Besuch B") for n in range(3))


def test_a_family_of_another_team_is_neither_sent_nor_changeable(office: Office) -> None:
    a, _b, family_id = team_of_two(office)
    office.user("cem", team="Süd")
    c = office.laptop("cem", "c")
    c.sync()
    with c.uow() as uow:
        assert uow.records.get(FamilyFile, family_id) is None
    # A forged change for that family, sent with c's own token: refused, nothing changes.
    task = Task(family_id=family_id, title="fremd")
    token = credentials.load_token(_device_id(c))
    answer = c.transport.call(
        "/api/v1/push",
        {
            "protocol_version": PROTOCOL_VERSION,
            "operations": [
                {
                    "op_id": str(uuid.uuid4()),
                    "entity": "task",
                    "entity_id": str(task.id),
                    "kind": "insert",
                    "hlc": "001795000000000-000000-" + str(uuid.uuid4()),
                    "value": to_primitive(task),
                }
            ],
        },
        token,
    )
    assert answer["results"][0]["outcome"] == "rejected"
    assert answer["results"][0]["reason"] == "not_authorised"
    family = family_files.open_family_file(c.uow(), opened_on=date(2026, 11, 3))
    c.sync()
    admin.assign(office.engine, str(family.id), team="Nord")
    tasks.add_task(c.uow(), family_id=family.id, title="nicht mehr meine")
    summary = c.sync()
    assert summary.rejected == 1
    (rejected,) = sync_service.rejected_changes(c.uow())
    assert rejected.reason == "not_authorised"
    assert "nicht mehr meine" in rejected.content
    assert sync_service.family_sync_states(c.uow())[family.id] is FamilySyncState.REJECTED
    a.sync()
    with a.uow() as uow:
        assert uow.records.get(FamilyFile, family.id) is not None
        assert [t.title for t in uow.records.find(Task, family_id=family.id)] == []


def test_a_write_that_changes_several_fields_is_validated_as_one(office: Office) -> None:
    """Closing a family file sets status and closing date: neither is refused alone."""
    a, b, family_id = team_of_two(office)
    family_files.close_family_file(a.uow(), family_id=family_id, closed_on=date(2026, 11, 20))
    summary = a.sync()
    assert summary.rejected == 0
    b.sync()
    closed = _family(b, family_id)
    assert (closed.status.value, closed.closed_on) == ("closed", date(2026, 11, 20))
    family_files.reopen_family_file(b.uow(), family_id=family_id)
    assert b.sync().rejected == 0
    a.sync()
    assert _family(a, family_id).closed_on is None
