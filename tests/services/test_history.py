"""Undo and redo as logged writes; and opening a family file with its first member."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.people import Person
from fallmanager.domain.visits import CaseNote
from fallmanager.services.family_files import open_family_file, propose_case_number
from fallmanager.services.history import reinstate_records, revert_records, withdraw_records
from fallmanager.services.persons import (
    PossibleDuplicateError,
    add_person,
    open_family_file_with_person,
)
from fallmanager.services.visits import add_case_note
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


def test_undo_of_a_creation_withdraws_and_redo_brings_back_the_same_records(
    uow: SqlUnitOfWork,
) -> None:
    family = open_family_file(uow, opened_on=TODAY, case_number="2026-0001")
    saved = add_person(uow, family_id=family.id, given_names="Ana", family_name="Đorđević")
    created = [saved.person, saved.membership]

    withdraw_records(uow, records=[(type(r), r.id) for r in created])
    with uow:
        assert uow.records.get(Person, saved.person.id) is None
        assert uow.records.find(FamilyMembership, family_id=family.id) == []

    reinstate_records(uow, records=created)
    with uow:
        assert uow.records.get(Person, saved.person.id) == saved.person
        assert uow.records.find(FamilyMembership, family_id=family.id) == [saved.membership]


def test_undo_of_an_edit_writes_the_earlier_content_back(uow: SqlUnitOfWork) -> None:
    family = open_family_file(uow, opened_on=TODAY, case_number="2026-0002", responsible="A")
    changed = replace(family, responsible="B")
    revert_records(uow, records=[changed])
    revert_records(uow, records=[family])
    with uow:
        assert uow.records.require(FamilyFile, family.id).responsible == "A"


def test_notes_are_never_withdrawn(uow: SqlUnitOfWork) -> None:
    family = open_family_file(uow, opened_on=TODAY, case_number="2026-0003")
    note = add_case_note(
        uow, family_id=family.id, text="Gespräch", written_at=datetime(2026, 11, 24, 10, 0)
    )
    with pytest.raises(DomainError) as raised:
        withdraw_records(uow, records=[(CaseNote, note.id)])
    assert raised.value.code is ErrorCode.NOTE_IMMUTABLE
    with uow:
        assert uow.records.get(CaseNote, note.id) is not None


def test_family_and_first_member_are_saved_together_or_not_at_all(uow: SqlUnitOfWork) -> None:
    assert propose_case_number(uow, year=2026) == "2026-0001"
    first = open_family_file_with_person(
        uow, opened_on=TODAY, given_names="Jelena", family_name="Đorđević",
        birth_date=PartialDate(1988, 3), today=TODAY,
    )  # fmt: skip
    assert first.family.case_number == "2026-0001"
    assert first.person is not None and first.person.membership.family_id == first.family.id

    with pytest.raises(PossibleDuplicateError):
        open_family_file_with_person(
            uow, opened_on=TODAY, given_names="Jelena", family_name="Djordjevic",
            birth_date=PartialDate(1988), today=TODAY,
        )  # fmt: skip
    assert propose_case_number(uow, year=2026) == "2026-0002"  # nothing was saved

    with pytest.raises(DomainError) as raised:
        open_family_file_with_person(
            uow, opened_on=TODAY, given_names="Mila", family_name="Krasniqi",
            birth_date=PartialDate(2027), today=TODAY,
        )  # fmt: skip
    assert raised.value.code is ErrorCode.DATE_IN_FUTURE
    assert propose_case_number(uow, year=2026) == "2026-0002"

    confirmed = open_family_file_with_person(
        uow, opened_on=TODAY, given_names="Jelena", family_name="Djordjevic",
        birth_date=PartialDate(1988), confirmed_not_duplicate=True, today=TODAY,
    )  # fmt: skip
    assert confirmed.family.case_number == "2026-0002"
