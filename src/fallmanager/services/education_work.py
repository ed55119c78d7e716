"""School attendance, vocational training, employment and benefits."""

from __future__ import annotations

import uuid
from datetime import date

from fallmanager.domain.education_work import (
    AttendanceConcern,
    BenefitKind,
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.entity import Entity
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person
from fallmanager.services.family_files import require_open_family
from fallmanager.services.ports import UnitOfWork


def _save(uow: UnitOfWork, record: Entity, person_id: uuid.UUID | None) -> None:
    with uow:
        if person_id is not None:
            uow.records.require(Person, person_id)
        for actor_id in (getattr(record, "school_id", None), getattr(record, "provider_id", None)):
            if actor_id is not None:
                uow.records.require(Actor, actor_id)
        family_id = getattr(record, "family_id", None)
        if family_id is not None:
            require_open_family(uow.records, family_id)
        uow.records.add(record)
        uow.commit()


def record_school_attendance(
    uow: UnitOfWork,
    *,
    person_id: uuid.UUID,
    school_id: uuid.UUID | None = None,
    class_name: str = "",
    from_date: date | None = None,
    until_date: date | None = None,
    concern: AttendanceConcern = AttendanceConcern.NONE,
    notes: str = "",
) -> SchoolAttendance:
    """Record that a child attends a school or Kita, with class and attendance concerns."""
    record = SchoolAttendance(
        person_id=person_id,
        school_id=school_id,
        class_name=class_name.strip(),
        from_date=from_date,
        until_date=until_date,
        concern=concern,
        notes=notes,
    )
    _save(uow, record, person_id)
    return record


def record_training(
    uow: UnitOfWork,
    *,
    person_id: uuid.UUID,
    occupation: str,
    provider_id: uuid.UUID | None = None,
    employer: str = "",
    qualified: bool = True,
    from_date: date | None = None,
    until_date: date | None = None,
    notes: str = "",
) -> VocationalTraining:
    record = VocationalTraining(
        person_id=person_id,
        occupation=occupation.strip(),
        provider_id=provider_id,
        employer=employer.strip(),
        qualified=qualified,
        from_date=from_date,
        until_date=until_date,
        notes=notes,
    )
    _save(uow, record, person_id)
    return record


def record_employment(
    uow: UnitOfWork,
    *,
    person_id: uuid.UUID,
    employer: str,
    occupation: str = "",
    hours_per_week: float | None = None,
    secures_livelihood: bool = False,
    from_date: date | None = None,
    until_date: date | None = None,
    notes: str = "",
) -> Employment:
    record = Employment(
        person_id=person_id,
        employer=employer.strip(),
        occupation=occupation.strip(),
        hours_per_week=hours_per_week,
        secures_livelihood=secures_livelihood,
        from_date=from_date,
        until_date=until_date,
        notes=notes,
    )
    _save(uow, record, person_id)
    return record


def record_benefit_period(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    kind: BenefitKind,
    person_id: uuid.UUID | None = None,
    from_date: date | None = None,
    until_date: date | None = None,
    notes: str = "",
) -> BenefitPeriod:
    record = BenefitPeriod(
        family_id=family_id,
        person_id=person_id,
        kind=kind,
        from_date=from_date,
        until_date=until_date,
        notes=notes,
    )
    _save(uow, record, person_id)
    return record
