"""Residence status history (Aufenthaltsstatus) and entries to / exits from Germany."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.codes import is_country_code
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.entity import LINE, SHORT, TEXT, Entity, check_period, ref, text
from fallmanager.domain.errors import DomainError, ErrorCode


class ResidenceKind(StrEnum):
    """Kinds of residence status under the Residence Act (AufenthG)."""

    TOLERATION = "toleration"  # Duldung § 60a
    TOLERATION_UNCLARIFIED_IDENTITY = "toleration_unclarified_identity"  # § 60b
    TRAINING_TOLERATION = "training_toleration"  # Ausbildungsduldung § 60c
    EMPLOYMENT_TOLERATION = "employment_toleration"  # Beschäftigungsduldung § 60d
    ASYLUM_PERMISSION = "asylum_permission"  # Aufenthaltsgestattung
    RESIDENCE_PERMIT = "residence_permit"  # Aufenthaltserlaubnis, with legal basis
    FICTION_CERTIFICATE = "fiction_certificate"  # Fiktionsbescheinigung
    SETTLEMENT_PERMIT = "settlement_permit"  # Niederlassungserlaubnis
    GERMAN_CITIZEN = "german_citizen"
    OTHER = "other"

    @property
    def is_toleration(self) -> bool:
        return self in _TOLERATIONS

    @property
    def is_secure(self) -> bool:
        """A residence title or citizenship, as opposed to a toleration or a permission."""
        return self in (
            ResidenceKind.RESIDENCE_PERMIT,
            ResidenceKind.SETTLEMENT_PERMIT,
            ResidenceKind.GERMAN_CITIZEN,
        )


_TOLERATIONS = frozenset(
    {
        ResidenceKind.TOLERATION,
        ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY,
        ResidenceKind.TRAINING_TOLERATION,
        ResidenceKind.EMPLOYMENT_TOLERATION,
    }
)

#: Legal basis shown when none is given, by kind.
DEFAULT_LEGAL_BASIS = {
    ResidenceKind.TOLERATION: "§ 60a AufenthG",
    ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY: "§ 60b AufenthG",
    ResidenceKind.TRAINING_TOLERATION: "§ 60c AufenthG",
    ResidenceKind.EMPLOYMENT_TOLERATION: "§ 60d AufenthG",
    ResidenceKind.ASYLUM_PERMISSION: "§ 55 AsylG",
    ResidenceKind.SETTLEMENT_PERMIT: "§ 9 AufenthG",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ResidenceStatus(Entity):
    """One dated period of a person's legal status; a person has a history of them."""

    entity_name: ClassVar[str] = "residence_status"
    collection: ClassVar[str] = "residence_statuses"

    person_id: uuid.UUID = ref("person")
    kind: ResidenceKind
    legal_basis: str = text(60)  # e.g. "§ 25b AufenthG"; required for residence permits
    valid_from: date | None = None
    valid_until: date | None = None
    issuing_office: str = text(SHORT)
    conditions: str = text(TEXT, multiline=True)  # Auflagen, Nebenbestimmungen
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        if self.kind is ResidenceKind.RESIDENCE_PERMIT and not self.legal_basis.strip():
            raise DomainError(ErrorCode.LEGAL_BASIS_REQUIRED, "legal_basis")
        check_period(self.valid_from, self.valid_until, "valid_until")

    def is_valid_on(self, day: date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        ends = self.valid_until is None or day <= self.valid_until
        return starts and ends


class MigrationEventKind(StrEnum):
    ENTRY = "entry"
    VOLUNTARY_DEPARTURE = "voluntary_departure"
    DEPORTATION = "deportation"
    RE_ENTRY = "re_entry"


@dataclass(frozen=True, slots=True, kw_only=True)
class MigrationEvent(Entity):
    """An entry into or exit from Germany (Ein- und Ausreisen)."""

    entity_name: ClassVar[str] = "migration_event"
    collection: ClassVar[str] = "migration_events"

    person_id: uuid.UUID = ref("person")
    kind: MigrationEventKind
    date: PartialDate | None = None
    country: str = text(12)  # where from (entry) or where to (exit)
    note: str = text(LINE)

    def check(self) -> None:
        if self.country and not is_country_code(self.country):
            raise DomainError(ErrorCode.INVALID_CODE, "country", value=self.country)
