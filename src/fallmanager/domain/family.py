"""The family file (Fallakte) and who belongs to it."""

from __future__ import annotations

import re
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
    labels,
    optional_ref,
    ref,
    text,
)
from fallmanager.domain.errors import DomainError, ErrorCode

CASE_NUMBER_RE = re.compile(r"^[0-9]{4}-[0-9]{4,6}$")


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


def check_case_number(value: str) -> str:
    """Validate a human-readable case number such as ``2026-0042``."""
    if not CASE_NUMBER_RE.fullmatch(value or ""):
        raise DomainError(ErrorCode.INVALID_CASE_NUMBER, "case_number", value=(value or "")[:20])
    return value


def format_case_number(year: int, sequence: int) -> str:
    """The case number for the ``sequence``-th family file opened in ``year``."""
    return check_case_number(f"{year:04d}-{sequence:04d}")


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyFile(Entity):
    """Fallakte: everything recorded about one family, under a unique case number."""

    entity_name: ClassVar[str] = "family_file"
    collection: ClassVar[str] = "family_files"

    case_number: str
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date
    closed_on: date | None = None
    responsible: str = text(SHORT)
    first_contact_on: date | None = None  # Erstgespräch
    mandate_clarified_on: date | None = None  # Auftragsklärung
    short_description: str = text(TEXT, multiline=True)
    warnings: tuple[str, ...] = labels(max_items=30, max_len=LINE)
    index_person_id: uuid.UUID | None = optional_ref("person")

    def check(self) -> None:
        check_case_number(self.case_number)
        if self.status is CaseStatus.CLOSED and self.closed_on is None:
            raise DomainError(ErrorCode.CLOSED_WITHOUT_DATE, "closed_on")
        if self.status is CaseStatus.OPEN and self.closed_on is not None:
            raise DomainError(ErrorCode.OPEN_WITH_CLOSING_DATE, "closed_on")
        check_period(self.opened_on, self.closed_on, "closed_on")
        check_period(self.first_contact_on, self.mandate_clarified_on, "mandate_clarified_on")
        for warning in self.warnings:
            if not warning.strip():
                raise DomainError(ErrorCode.REQUIRED, "warnings")

    @property
    def is_open(self) -> bool:
        return self.status is CaseStatus.OPEN


class MembershipRole(StrEnum):
    MEMBER = "member"
    RELATIVE = "relative"  # belongs to the constellation, e.g. a grandparent abroad


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyMembership(Entity):
    """A person's belonging to a family file. A person may belong to several over time."""

    entity_name: ClassVar[str] = "family_membership"
    collection: ClassVar[str] = "family_memberships"

    family_id: uuid.UUID = ref("family_file")
    person_id: uuid.UUID = ref("person")
    role: MembershipRole = MembershipRole.MEMBER
    since: date | None = None
    until: date | None = None

    def check(self) -> None:
        check_period(self.since, self.until, "until")
