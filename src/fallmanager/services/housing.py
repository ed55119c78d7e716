"""Accommodation and households."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.housing import Accommodation, AccommodationKind, Household, HouseholdMember
from fallmanager.services.family_files import require_member, require_open_family
from fallmanager.services.ports import UnitOfWork


def register_accommodation(
    uow: UnitOfWork,
    *,
    kind: AccommodationKind,
    name: str = "",
    street: str = "",
    postcode: str = "",
    city: str = "",
    notes: str = "",
) -> Accommodation:
    accommodation = Accommodation(
        kind=kind,
        name=name.strip(),
        street=street.strip(),
        postcode=postcode.strip(),
        city=city.strip(),
        notes=notes,
    )
    with uow:
        uow.records.add(accommodation)
        uow.commit()
    return accommodation


def record_household(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    member_ids: tuple[uuid.UUID, ...],
    accommodation_id: uuid.UUID | None = None,
    unit: str = "",
    moved_in: date | None = None,
    notes: str = "",
) -> Household:
    """Record who of the family lives together where, from when."""
    if not member_ids:
        raise DomainError(ErrorCode.REQUIRED, "member_ids")
    household = Household(
        family_id=family_id,
        accommodation_id=accommodation_id,
        unit=unit.strip(),
        moved_in=moved_in,
        notes=notes,
    )
    with uow:
        require_open_family(uow.records, family_id)
        if accommodation_id is not None:
            uow.records.require(Accommodation, accommodation_id)
        for person_id in member_ids:
            require_member(uow.records, family_id, person_id)
        uow.records.add(household)
        uow.records.add_many(
            HouseholdMember(household_id=household.id, person_id=person_id, since=moved_in)
            for person_id in dict.fromkeys(member_ids)
        )
        uow.commit()
    return household


def record_move_out(uow: UnitOfWork, *, household_id: uuid.UUID, moved_out: date) -> Household:
    with uow:
        household = uow.records.require(Household, household_id)
        updated = replace(household, moved_out=moved_out)
        uow.records.update(updated)
        for member in uow.records.find(HouseholdMember, household_id=household_id, until=None):
            uow.records.update(replace(member, until=moved_out))
        uow.commit()
    return updated
