"""School, training, employment and benefits: what a secure residence title depends on."""

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


class AttendanceConcern(StrEnum):
    """How worrying a child's school attendance (Schulbesuch) is."""

    NONE = "none"
    OCCASIONAL_ABSENCES = "occasional_absences"
    FREQUENT_ABSENCES = "frequent_absences"
    ABSENTEEISM = "absenteeism"  # Schulabsentismus


@dataclass(frozen=True, slots=True, kw_only=True)
class SchoolAttendance(Entity):
    """A period in which a child attends a school or Kita (an actor of the network)."""

    entity_name: ClassVar[str] = "school_attendance"
    collection: ClassVar[str] = "school_attendances"

    person_id: uuid.UUID = ref("person")
    school_id: uuid.UUID | None = optional_ref("actor")
    class_name: str = text(40)
    from_date: date | None = None
    until_date: date | None = None
    concern: AttendanceConcern = AttendanceConcern.NONE
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        check_period(self.from_date, self.until_date, "until_date")


@dataclass(frozen=True, slots=True, kw_only=True)
class VocationalTraining(Entity):
    """Ausbildung: qualified vocational training is the basis of an Ausbildungsduldung."""

    entity_name: ClassVar[str] = "vocational_training"
    collection: ClassVar[str] = "vocational_trainings"

    person_id: uuid.UUID = ref("person")
    occupation: str = text(SHORT, required=True)
    provider_id: uuid.UUID | None = optional_ref("actor")  # Berufskolleg or training provider
    employer: str = text(SHORT)
    qualified: bool = True
    from_date: date | None = None
    until_date: date | None = None
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        check_period(self.from_date, self.until_date, "until_date")


@dataclass(frozen=True, slots=True, kw_only=True)
class Employment(Entity):
    """Erwerbstätigkeit: hours and whether it secures the livelihood matter for a title."""

    entity_name: ClassVar[str] = "employment"
    collection: ClassVar[str] = "employments"

    person_id: uuid.UUID = ref("person")
    employer: str = text(SHORT, required=True)
    occupation: str = text(SHORT)
    hours_per_week: float | None = None
    secures_livelihood: bool = False
    from_date: date | None = None
    until_date: date | None = None
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        if self.hours_per_week is not None and not 0 < self.hours_per_week <= 80:
            raise DomainError(ErrorCode.INVALID_VALUE, "hours_per_week")
        check_period(self.from_date, self.until_date, "until_date")


class BenefitKind(StrEnum):
    ASYLBLG = "asylblg"  # Asylbewerberleistungsgesetz
    SGB_II = "sgb_ii"  # Bürgergeld / Jobcenter
    SGB_XII = "sgb_xii"  # Sozialhilfe
    CHILD_BENEFIT = "child_benefit"  # Kindergeld
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class BenefitPeriod(Entity):
    """A period of benefits received by a family or one of its members."""

    entity_name: ClassVar[str] = "benefit_period"
    collection: ClassVar[str] = "benefit_periods"

    family_id: uuid.UUID = ref("family_file")
    person_id: uuid.UUID | None = optional_ref("person")
    kind: BenefitKind
    from_date: date | None = None
    until_date: date | None = None
    notes: str = text(LINE, multiline=True)

    def check(self) -> None:
        check_period(self.from_date, self.until_date, "until_date")
