"""Read models: plain data that use cases return for lists and search results."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from fallmanager.domain.family import CaseStatus


class HitKind(StrEnum):
    PERSON = "person"
    FAMILY_FILE = "family_file"


@dataclass(frozen=True, slots=True)
class FamilyRef:
    family_id: uuid.UUID
    case_number: str
    status: CaseStatus


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit of the search: a person (with their family files) or a family file."""

    kind: HitKind
    entity_id: uuid.UUID
    label: str  # the person's name or the family names of a file
    birth_year: int | None
    families: tuple[FamilyRef, ...]
    exact_terms: int


@dataclass(frozen=True, slots=True)
class FamilySummary:
    """A line of the family list (Familien)."""

    family_id: uuid.UUID
    case_number: str
    status: CaseStatus
    family_names: tuple[str, ...]
    member_count: int
    accommodation: str
    responsible: str
    last_visit: datetime | None
    open_tasks: int
    opened_on: date
