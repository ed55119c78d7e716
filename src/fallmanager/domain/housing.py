"""Accommodation and households: who lives together where, from when to when."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.entity import (
    LINE,
    SHORT,
    TEXT,
    Entity,
    check_period,
    optional_ref,
    ref,
    text,
)
from fallmanager.domain.errors import DomainError, ErrorCode


class AccommodationKind(StrEnum):
    MUNICIPAL_REFUGEE = "municipal_refugee"  # kommunale Flüchtlingsunterkunft
    HOMELESS_SERVICES = "homeless_services"  # Übergangseinrichtung der Wohnungslosenhilfe
    PRIVATE_FLAT = "private_flat"
    OTHER = "other"

    @property
    def is_municipal(self) -> bool:
        return self in (AccommodationKind.MUNICIPAL_REFUGEE, AccommodationKind.HOMELESS_SERVICES)


@dataclass(frozen=True, slots=True, kw_only=True)
class Accommodation(Entity):
    """A place where households live: a municipal facility or a private flat."""

    entity_name: ClassVar[str] = "accommodation"
    collection: ClassVar[str] = "accommodations"

    kind: AccommodationKind
    name: str = text(SHORT)
    street: str = text(SHORT)
    postcode: str = text(12)
    city: str = text(SHORT)
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        if not (self.name.strip() or self.street.strip()):
            raise DomainError(ErrorCode.REQUIRED, "name")

    @property
    def label(self) -> str:
        return self.name.strip() or self.street.strip()


@dataclass(frozen=True, slots=True, kw_only=True)
class Household(Entity):
    """A household of a family file living at one accommodation (and unit) for a period."""

    entity_name: ClassVar[str] = "household"
    collection: ClassVar[str] = "households"

    family_id: uuid.UUID = ref("family_file")
    accommodation_id: uuid.UUID | None = optional_ref("accommodation")
    unit: str = text(60)  # Wohneinheit, room or flat number
    moved_in: date | None = None
    moved_out: date | None = None
    notes: str = text(LINE, multiline=True)

    def check(self) -> None:
        check_period(self.moved_in, self.moved_out, "moved_out")

    def is_current_on(self, day: date) -> bool:
        return (self.moved_in is None or self.moved_in <= day) and (
            self.moved_out is None or day <= self.moved_out
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class HouseholdMember(Entity):
    """A person living in a household for a period."""

    entity_name: ClassVar[str] = "household_member"
    collection: ClassVar[str] = "household_members"

    household_id: uuid.UUID = ref("household")
    person_id: uuid.UUID = ref("person")
    since: date | None = None
    until: date | None = None

    def check(self) -> None:
        check_period(self.since, self.until, "until")
