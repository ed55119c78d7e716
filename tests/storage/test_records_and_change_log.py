"""Every write goes through the change log; rows are tombstoned, never deleted."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from fallmanager.domain.clock import HlcTimestamp
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import NotFoundError
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.visits import CaseNote
from fallmanager.storage.errors import UnloggedChangeError
from fallmanager.storage.uow import SqlUnitOfWork
from fallmanager.vault.vault import Vault


def _person(**changes: object) -> Person:
    base = Person(
        given_names="Arben",
        family_name="Krasniqi",
        sex=Sex.MALE,
        birth_date=PartialDate(1984, 3),
        languages=("sq", "de"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _log(uow: SqlUnitOfWork) -> list[dict[str, object]]:
    rows = uow.connection.execute(text("SELECT * FROM change_log ORDER BY seq")).mappings().all()
    return [dict(r) for r in rows]


def test_insert_logs_whole_record_and_bookkeeping(uow: SqlUnitOfWork, vault: Vault) -> None:
    person = _person()
    with uow:
        uow.records.add(person)
        uow.commit()
        log = _log(uow)
        row = uow.connection.execute(
            text("SELECT created_at, updated_at, device_id, hlc, deleted FROM person")
        ).one()
    assert len(log) == 1
    entry = log[0]
    assert entry["op"] == "insert"
    assert entry["entity"] == "person"
    assert entry["entity_id"] == str(person.id)
    assert entry["field"] is None
    assert json.loads(str(entry["new_value"]))["languages"] == ["sq", "de"]
    assert entry["device_id"] == vault.device_id
    assert row.device_id == vault.device_id
    assert row.hlc == entry["hlc"]
    assert row.deleted == 0
    assert row.created_at.endswith("Z") and row.created_at == row.updated_at


def test_update_logs_each_changed_field_with_old_and_new(uow: SqlUnitOfWork) -> None:
    person = _person()
    with uow:
        uow.records.add(person)
        uow.commit()
    with uow:
        changed = uow.records.update(
            replace(person, family_name="Krasniqi-Berisha", languages=("sq",))
        )
        unchanged = uow.records.update(
            replace(person, family_name="Krasniqi-Berisha", languages=("sq",))
        )
        uow.commit()
        log = _log(uow)
        stored = uow.records.require(Person, person.id)
    assert changed is True
    assert unchanged is False  # nothing to write, nothing logged
    updates = [e for e in log if e["op"] == "update"]
    assert {(e["field"], e["old_value"], e["new_value"]) for e in updates} == {
        ("family_name", '"Krasniqi"', '"Krasniqi-Berisha"'),
        ("languages", '["sq","de"]', '["sq"]'),
    }
    assert len({e["hlc"] for e in updates}) == 1  # one write, one clock value
    assert stored.family_name == "Krasniqi-Berisha"


def test_delete_is_a_tombstone_with_last_state_logged(uow: SqlUnitOfWork) -> None:
    person = _person()
    with uow:
        uow.records.add(person)
        uow.records.delete(Person, person.id)
        uow.commit()
        rows = uow.connection.execute(text("SELECT deleted FROM person")).all()
        log = _log(uow)
        assert uow.records.get(Person, person.id) is None
        assert uow.records.is_tombstoned(Person, person.id)
        with pytest.raises(NotFoundError):
            uow.records.delete(Person, person.id)
    assert rows == [(1,)]
    assert log[-1]["op"] == "delete"
    assert json.loads(str(log[-1]["old_value"]))["family_name"] == "Krasniqi"


def test_clock_is_monotonic_across_writes_and_reopen(vault: Vault, tmp_path: object) -> None:
    uow = vault.unit_of_work()
    with uow:
        for index in range(5):
            uow.records.add(_person(given_names=f"Kind {index}"))
        uow.commit()
        stamps = [HlcTimestamp.decode(str(e["hlc"])) for e in _log(uow)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_rollback_without_commit_keeps_nothing(uow: SqlUnitOfWork) -> None:
    with uow:
        uow.records.add(_person())
    with uow:
        assert uow.records.all(Person) == []
        assert _log(uow) == []


def test_exception_rolls_back_everything(uow: SqlUnitOfWork) -> None:
    with pytest.raises(RuntimeError), uow:
        uow.records.add(_person())
        raise RuntimeError("boom")
    with uow:
        assert uow.records.all(Person) == []


def test_database_refuses_unlogged_writes(uow: SqlUnitOfWork) -> None:
    person = _person()
    with uow:
        uow.records.add(person)
        uow.commit()
    for statement in (
        f"UPDATE person SET family_name = 'X' WHERE id = '{person.id}'",
        f"DELETE FROM person WHERE id = '{person.id}'",
        "UPDATE change_log SET new_value = 'x'",
        "DELETE FROM change_log",
    ):
        with pytest.raises(UnloggedChangeError), uow:
            uow.connection.exec_driver_sql(statement)
    with uow:
        assert uow.records.require(Person, person.id).family_name == "Krasniqi"


def test_notes_are_append_only_in_the_database(uow: SqlUnitOfWork) -> None:
    family = FamilyFile(case_number="2026-0001", opened_on=date(2026, 1, 5))
    note = CaseNote(
        family_id=family.id,
        written_at=__import__("datetime").datetime(2026, 1, 6, 10, 0),
        text="Erstgespräch geführt.",
    )
    with uow:
        uow.records.add(family)
        uow.records.add(note)
        uow.commit()
    with pytest.raises(UnloggedChangeError), uow:
        uow.records.update(replace(note, text="überschrieben"))
    with uow:
        assert uow.records.require(CaseNote, note.id).text == "Erstgespräch geführt."


def test_find_by_fields_and_many_ids(uow: SqlUnitOfWork) -> None:
    people = [_person(given_names=f"P{i}", birth_date=PartialDate(1990 + i)) for i in range(7)]
    with uow:
        uow.records.add_many(people)
        uow.commit()
        found = uow.records.find(Person, id=[p.id for p in people[:3]], order_by=("birth_date",))
        by_name = uow.records.find(Person, given_names="P4")
        none = uow.records.find(Person, id=[uuid.uuid4()])
        iterated = list(uow.records.iterate(Person, batch=2))
    assert [p.given_names for p in found] == ["P0", "P1", "P2"]
    assert [p.id for p in by_name] == [people[4].id]
    assert none == []
    assert sorted(str(p.id) for p in iterated) == [str(p.id) for p in iterated]
    assert len(iterated) == 7
