"""A randomized model test: three laptops edit, delete and write notes offline and sync in
random order. Afterwards all converge, no note is lost, conflicts exist exactly where two
laptops changed a sensitive field (or changed and deleted a record) without having seen each
other's change, and every value is the one the rules predict — whatever the order of syncs.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select
from tests.support.sync_harness import Laptop, Office

from fallmanager.domain.family import FamilyFile
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote
from fallmanager.server import admin
from fallmanager.services import family_files, tasks, visits
from fallmanager.services import sync as sync_service
from fallmanager.storage.schema import change_log

CLIENTS = 3
TASKS = 2


@dataclass
class Edit:
    """One change made on one laptop, with what that laptop had seen when making it."""

    id: int
    client: int
    target: tuple[str, str]  # (record id, field) ; field "*" for a deletion
    value: Any
    hlc: str
    knew: frozenset[int]


@dataclass
class ClientModel:
    known: set[int] = field(default_factory=set)
    unsent: list[int] = field(default_factory=list)


def _last_hlc(laptop: Laptop) -> str:
    with laptop.uow() as uow:
        row = uow.connection.execute(
            select(change_log.c.hlc).order_by(change_log.c.seq.desc()).limit(1)
        ).first()
    assert row is not None
    return str(row[0])


class ThreeLaptops(RuleBasedStateMachine):
    office: Office

    def __init__(self) -> None:
        super().__init__()
        self.edits: list[Edit] = []
        self.server_edits: list[int] = []
        self.clients = [ClientModel() for _ in range(CLIENTS)]
        self.notes: list[str] = []
        self.deleted: set[str] = set()

    @initialize()
    def setup(self) -> None:
        tag = uuid.uuid4().hex[:8]
        team = f"team-{tag}"
        self.laptops = []
        for n in range(CLIENTS):
            login = f"cm{n}-{tag}"
            self.office.user(login, team=team)
            self.laptops.append(self.office.laptop(login, f"l{n}-{tag}"))
        first = self.laptops[0]
        family = family_files.open_family_file(
            first.uow(), opened_on=date(2026, 11, 2), responsible="Start"
        )
        self.family_id = family.id
        self.task_ids = [
            tasks.add_task(first.uow(), family_id=family.id, title=f"Aufgabe {n}").id
            for n in range(TASKS)
        ]
        first.sync()
        admin.assign(self.office.engine, str(family.id), team=team)
        for laptop in self.laptops:
            laptop.sync()

    # -- offline work -----------------------------------------------------------------------

    def _record(self, client: int, target: tuple[str, str], value: Any) -> None:
        model = self.clients[client]
        edit = Edit(
            id=len(self.edits),
            client=client,
            target=target,
            value=value,
            hlc=_last_hlc(self.laptops[client]),
            knew=frozenset(model.known | set(model.unsent)),
        )
        self.edits.append(edit)
        model.unsent.append(edit.id)

    @rule(
        client=st.integers(0, CLIENTS - 1), word=st.sampled_from(["Telefon", "Adresse", "Klasse"])
    )
    def edit_ordinary(self, client: int, word: str) -> None:
        value = f"{word} {len(self.edits)}"
        family_files.update_family_file(
            self.laptops[client].uow(), family_id=self.family_id, short_description=value
        )
        self._record(client, (str(self.family_id), "short_description"), value)

    @rule(client=st.integers(0, CLIENTS - 1))
    def edit_sensitive(self, client: int) -> None:
        value = f"Zuständig {len(self.edits)}"
        family_files.update_family_file(
            self.laptops[client].uow(), family_id=self.family_id, responsible=value
        )
        self._record(client, (str(self.family_id), "responsible"), value)

    @rule(client=st.integers(0, CLIENTS - 1), index=st.integers(0, TASKS - 1))
    def edit_task(self, client: int, index: int) -> None:
        task_id = self.task_ids[index]
        value = f"Titel {len(self.edits)}"
        with self.laptops[client].uow() as uow:
            task = uow.records.get(Task, task_id)
            if task is None:
                return  # deleted on this laptop
            uow.records.update(dataclasses.replace(task, title=value))
            uow.commit()
        self._record(client, (str(task_id), "title"), value)

    @rule(client=st.integers(0, CLIENTS - 1), index=st.integers(0, TASKS - 1))
    def delete_task(self, client: int, index: int) -> None:
        task_id = self.task_ids[index]
        with self.laptops[client].uow() as uow:
            if uow.records.get(Task, task_id) is None:
                return
            uow.records.delete(Task, task_id)
            uow.commit()
        self._record(client, (str(task_id), "*"), None)

    @rule(client=st.integers(0, CLIENTS - 1))
    def write_note(self, client: int) -> None:
        text = f"Notiz {len(self.notes)} von {client}"
        visits.add_case_note(self.laptops[client].uow(), family_id=self.family_id, text=text)
        self.notes.append(text)

    @precondition(lambda self: hasattr(self, "laptops"))
    @rule(client=st.integers(0, CLIENTS - 1))
    def sync(self, client: int) -> None:
        self.laptops[client].sync()
        model = self.clients[client]
        self.server_edits += model.unsent
        model.known |= set(model.unsent) | set(self.server_edits)
        model.unsent.clear()

    # -- the outcome ---------------------------------------------------------------------------

    def teardown(self) -> None:
        if not hasattr(self, "laptops"):
            return
        for _round in range(2):
            for client in range(CLIENTS):
                self.sync(client)
        states = [self._state(laptop) for laptop in self.laptops]
        assert states[0] == states[1] == states[2], "the laptops did not converge"
        records, notes, conflicts = states[0]
        assert sorted(notes) == sorted(self.notes), "a note was lost"
        assert conflicts == self._expected_conflicts(), "conflicts differ from the rules"
        self._check_values(records, conflicts)

    def _state(self, laptop: Laptop) -> tuple[dict[str, Any], list[str], set[tuple[str, str]]]:
        with laptop.uow() as uow:
            records = {
                str(r.id): to_primitive(r)
                for r in [*uow.records.all(FamilyFile), *uow.records.all(Task)]
            }
            notes = [n.text for n in uow.records.all(CaseNote)]
        conflicts = {
            (str(c.entity_id), c.field or "*") for c in sync_service.conflicts(laptop.uow())
        }
        return records, notes, conflicts

    def _concurrent(self, a: Edit, b: Edit) -> bool:
        return a.client != b.client and a.id not in b.knew and b.id not in a.knew

    def _expected_conflicts(self) -> set[tuple[str, str]]:
        expected = set()
        for a in self.edits:
            for b in self.edits:
                if a.id >= b.id or not self._concurrent(a, b):
                    continue
                if a.target == b.target and a.target[1] == "responsible":
                    expected.add(a.target)
                record_a, field_a = a.target
                record_b, field_b = b.target
                if record_a == record_b and "*" in (field_a, field_b) and field_a != field_b:
                    expected.add((record_a, "*"))
        return expected

    def _check_values(self, records: dict[str, Any], conflicts: set[tuple[str, str]]) -> None:
        for task_id in self.task_ids:
            key = str(task_id)
            deletes = [e for e in self.edits if e.target == (key, "*")]
            if deletes and (key, "*") not in conflicts:
                assert key not in records, "a deletion without conflict was not applied"
                continue
            assert key in records, "a record with a conflicting change was lost"
        for target in {e.target for e in self.edits if e.target[1] != "*"}:
            record_id, name = target
            if record_id not in records:
                continue
            winner = max((e for e in self.edits if e.target == target), key=lambda e: e.hlc)
            assert records[record_id][name] == winner.value, f"{name}: not the latest stamp"


def _run(office: Office, steps: int, examples: int) -> None:
    ThreeLaptops.office = office
    ThreeLaptops.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
    )
    ThreeLaptops.TestCase().runTest()


def test_three_laptops_converge_in_any_sync_order(office: Office) -> None:
    _run(office, steps=100, examples=5)
