"""The frozen snapshot of a family file and its derived answers."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import Any

from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import Person
from fallmanager.domain.residence import ResidenceKind, ResidenceStatus
from fallmanager.domain.tasks import Task

ANNA = uuid.UUID("00000000-0000-4000-8000-0000000000a1")
BEN = uuid.UUID("00000000-0000-4000-8000-0000000000b1")


def status(person: uuid.UUID, start: date | None, end: date | None, n: int) -> ResidenceStatus:
    return ResidenceStatus(
        id=uuid.UUID(int=n, version=4),
        person_id=person,
        kind=ResidenceKind.TOLERATION,
        valid_from=start,
        valid_until=end,
    )


def detail(**parts: Any) -> FamilyFileDetail:
    family = FamilyFile(case_number="2026-0001", opened_on=date(2026, 1, 1))
    empty = {f.name: () for f in dataclasses.fields(FamilyFileDetail) if f.name != "family"}
    return FamilyFileDetail(family=family, **(empty | parts))


def test_records_yield_the_family_file_first_then_everything() -> None:
    anna = Person(id=ANNA, given_names="Anna")
    snapshot = detail(
        persons=(anna,),
        memberships=(FamilyMembership(family_id=uuid.uuid4(), person_id=ANNA),),
        tasks=(Task(family_id=uuid.uuid4(), title="Anruf"),),
    )
    records = list(snapshot.records())
    assert records[0] is snapshot.family
    assert len(records) == 4
    assert anna in records


def test_person_lookup() -> None:
    anna = Person(id=ANNA, given_names="Anna")
    snapshot = detail(persons=(anna,))
    assert snapshot.person(ANNA) is anna
    assert snapshot.person(BEN) is None


def test_current_residence_prefers_the_status_valid_on_the_day() -> None:
    old = status(ANNA, date(2020, 1, 1), date(2022, 12, 31), 1)
    current = status(ANNA, date(2023, 1, 1), date(2024, 12, 31), 2)
    later = status(ANNA, date(2025, 1, 1), None, 3)
    other = status(BEN, date(2023, 6, 1), None, 4)
    snapshot = detail(residence_statuses=(later, old, other, current))
    assert snapshot.current_residence(ANNA, date(2024, 6, 1)) is current
    assert snapshot.current_residence(ANNA, date(2021, 6, 1)) is old
    assert snapshot.current_residence(ANNA, date(2025, 6, 1)) is later
    assert snapshot.current_residence(BEN, date(2024, 6, 1)) is other


def test_current_residence_falls_back_to_the_most_recent() -> None:
    old = status(ANNA, date(2020, 1, 1), date(2021, 12, 31), 1)
    recent = status(ANNA, date(2022, 1, 1), date(2022, 12, 31), 2)
    undated = status(ANNA, None, date(2019, 1, 1), 3)
    snapshot = detail(residence_statuses=(recent, undated, old))
    assert snapshot.current_residence(ANNA, date(2024, 6, 1)) is recent


def test_current_residence_among_overlapping_takes_the_latest_start() -> None:
    broad = status(ANNA, date(2020, 1, 1), None, 1)
    narrow = status(ANNA, date(2024, 1, 1), date(2024, 12, 31), 2)
    snapshot = detail(residence_statuses=(narrow, broad))
    assert snapshot.current_residence(ANNA, date(2024, 6, 1)) is narrow


def test_current_residence_without_statuses() -> None:
    assert detail().current_residence(ANNA, date(2024, 6, 1)) is None
