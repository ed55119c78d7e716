"""Adding and editing persons, their name variants and their family memberships."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, DomainWarning, ErrorCode, WarningCode
from fallmanager.domain.family import FamilyFile, FamilyMembership, MembershipRole
from fallmanager.domain.genealogy import parent_age_warnings
from fallmanager.domain.people import NameVariant, NameVariantKind, Person
from fallmanager.domain.relationships import ParentChildLink
from fallmanager.services.family_files import new_family_file, require_open_family
from fallmanager.services.ports import Records, UnitOfWork


class PossibleDuplicateError(DomainError):
    """Persons with the same name (in any spelling) and birth year exist already."""

    def __init__(self, candidates: list[Person]) -> None:
        super().__init__(ErrorCode.POSSIBLE_DUPLICATE, "family_name", count=len(candidates))
        self.candidates = candidates


@dataclass(frozen=True, slots=True)
class SavedPerson:
    person: Person
    membership: FamilyMembership | None
    warnings: tuple[DomainWarning, ...]


def find_possible_duplicates(
    uow: UnitOfWork,
    *,
    given_names: str,
    family_name: str,
    birth_date: PartialDate | None = None,
) -> list[Person]:
    """Persons likely to be the same human being: same folded name, same or unknown year."""
    with uow:
        return _duplicates(uow, given_names, family_name, birth_date)


def _duplicates(
    uow: UnitOfWork, given_names: str, family_name: str, birth_date: PartialDate | None
) -> list[Person]:
    year = birth_date.year if birth_date else None
    ids = uow.queries.possible_duplicates(given_names, family_name, year)
    return uow.records.find(Person, id=ids) if ids else []


def add_person(
    uow: UnitOfWork,
    *,
    given_names: str,
    family_name: str,
    family_id: uuid.UUID | None = None,
    role: MembershipRole = MembershipRole.MEMBER,
    member_since: date | None = None,
    confirmed_not_duplicate: bool = False,
    today: date | None = None,
    **details: Any,
) -> SavedPerson:
    """Record a new person, optionally as a member of a family file.

    Raises :class:`PossibleDuplicateError` if the vault holds persons with the same name and
    birth year, unless the user has looked at them and ``confirmed_not_duplicate``.
    """
    person = Person(given_names=given_names.strip(), family_name=family_name.strip(), **details)
    person.check_dates_against(today or date.today())
    with uow:
        if family_id is not None:
            require_open_family(uow.records, family_id)
        if not confirmed_not_duplicate:
            candidates = _duplicates(uow, person.given_names, person.family_name, person.birth_date)
            if candidates:
                raise PossibleDuplicateError(candidates)
        uow.records.add(person)
        membership = None
        if family_id is not None:
            membership = FamilyMembership(
                family_id=family_id, person_id=person.id, role=role, since=member_since
            )
            uow.records.add(membership)
        uow.commit()
    return SavedPerson(person, membership, _fictitious_date_warning(person))


def update_person(uow: UnitOfWork, *, person: Person, today: date | None = None) -> SavedPerson:
    """Save an edited person; returns warnings such as implausible parent ages."""
    person.check_dates_against(today or date.today())
    with uow:
        uow.records.require(Person, person.id)
        uow.records.update(person)
        warnings = list(_fictitious_date_warning(person))
        warnings += _age_warnings(uow.records, person)
        uow.commit()
    return SavedPerson(person, None, tuple(warnings))


def _fictitious_date_warning(person: Person) -> tuple[DomainWarning, ...]:
    birth = person.birth_date
    if birth and birth.month == 1 and birth.day == 1 and not person.birth_date_fictitious:
        return (DomainWarning(WarningCode.FICTITIOUS_BIRTH_DATE, (str(person.id),)),)
    return ()


def _age_warnings(records: Records, person: Person) -> list[DomainWarning]:
    links = records.find(ParentChildLink, parent_id=person.id) + records.find(
        ParentChildLink, child_id=person.id
    )
    ids = {link.parent_id for link in links} | {link.child_id for link in links}
    persons = {p.id: p for p in records.find(Person, id=sorted(ids, key=str))}
    persons[person.id] = person
    return [w for link in links for w in parent_age_warnings(link, persons)]


def add_name_variant(
    uow: UnitOfWork,
    *,
    person_id: uuid.UUID,
    given_names: str,
    family_name: str,
    kind: NameVariantKind = NameVariantKind.OTHER,
    note: str = "",
) -> NameVariant:
    """Record another spelling of a person's name (passport, Duldung paper, school …)."""
    variant = NameVariant(
        person_id=person_id,
        kind=kind,
        given_names=given_names.strip(),
        family_name=family_name.strip(),
        note=note,
    )
    with uow:
        uow.records.require(Person, person_id)
        uow.records.add(variant)
        uow.commit()
    return variant


def remove_name_variant(uow: UnitOfWork, *, variant_id: uuid.UUID) -> None:
    with uow:
        uow.records.delete(NameVariant, variant_id)
        uow.commit()


def add_person_to_family(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    person_id: uuid.UUID,
    role: MembershipRole = MembershipRole.MEMBER,
    since: date | None = None,
) -> FamilyMembership:
    """Make an existing person (e.g. from another family file) a member of this one."""
    with uow:
        require_open_family(uow.records, family_id)
        uow.records.require(Person, person_id)
        existing = uow.records.find(FamilyMembership, family_id=family_id, person_id=person_id)
        if existing:
            return existing[0]
        membership = FamilyMembership(
            family_id=family_id, person_id=person_id, role=role, since=since
        )
        uow.records.add(membership)
        uow.commit()
        return membership


def remove_person_from_family(
    uow: UnitOfWork, *, family_id: uuid.UUID, person_id: uuid.UUID
) -> None:
    """End a membership; the person and their history stay in the vault."""
    with uow:
        memberships = uow.records.find(FamilyMembership, family_id=family_id, person_id=person_id)
        if not memberships:
            raise DomainError(ErrorCode.NOT_A_MEMBER, "person_id", person=str(person_id))
        for membership in memberships:
            uow.records.delete(FamilyMembership, membership.id)
        uow.commit()


def rename_person(
    uow: UnitOfWork, *, person_id: uuid.UUID, given_names: str, family_name: str
) -> Person:
    with uow:
        person = uow.records.require(Person, person_id)
        renamed = replace(person, given_names=given_names.strip(), family_name=family_name.strip())
        uow.records.update(renamed)
        uow.commit()
        return renamed


@dataclass(frozen=True, slots=True)
class NewFamily:
    family: FamilyFile
    person: SavedPerson | None


def open_family_file_with_person(
    uow: UnitOfWork,
    *,
    opened_on: date,
    responsible: str = "",
    case_number: str | None = None,
    given_names: str = "",
    family_name: str = "",
    birth_date: PartialDate | None = None,
    confirmed_not_duplicate: bool = False,
    today: date | None = None,
) -> NewFamily:
    """Open a family file and, if a name is given, record its first member — in one
    transaction: either both are saved or neither.

    Raises :class:`PossibleDuplicateError` (and saves nothing) if persons with the same name
    and birth year exist, unless ``confirmed_not_duplicate``.
    """
    person = None
    if given_names.strip() or family_name.strip():
        person = Person(
            given_names=given_names.strip(), family_name=family_name.strip(), birth_date=birth_date
        )
        person.check_dates_against(today or date.today())
    with uow:
        if person is not None and not confirmed_not_duplicate:
            candidates = _duplicates(uow, person.given_names, person.family_name, birth_date)
            if candidates:
                raise PossibleDuplicateError(candidates)
        family = new_family_file(
            uow, opened_on=opened_on, responsible=responsible, case_number=case_number
        )
        saved = None
        if person is not None:
            uow.records.add(person)
            membership = FamilyMembership(family_id=family.id, person_id=person.id)
            uow.records.add(membership)
            saved = SavedPerson(person, membership, _fictitious_date_warning(person))
        uow.commit()
    return NewFamily(family, saved)
