"""Recording residence status periods and entries to / exits from Germany."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.people import Person
from fallmanager.domain.residence import (
    DEFAULT_LEGAL_BASIS,
    MigrationEvent,
    MigrationEventKind,
    ResidenceKind,
    ResidenceStatus,
)
from fallmanager.services.ports import UnitOfWork


def record_residence_status(
    uow: UnitOfWork,
    *,
    person_id: uuid.UUID,
    kind: ResidenceKind,
    legal_basis: str = "",
    valid_from: date | None = None,
    valid_until: date | None = None,
    issuing_office: str = "",
    conditions: str = "",
    notes: str = "",
) -> ResidenceStatus:
    """Record a period of residence status (e.g. a renewed Duldung, a § 25b permit)."""
    status = ResidenceStatus(
        person_id=person_id,
        kind=kind,
        legal_basis=legal_basis.strip() or DEFAULT_LEGAL_BASIS.get(kind, ""),
        valid_from=valid_from,
        valid_until=valid_until,
        issuing_office=issuing_office.strip(),
        conditions=conditions,
        notes=notes,
    )
    with uow:
        uow.records.require(Person, person_id)
        uow.records.add(status)
        uow.commit()
    return status


def correct_residence_status(uow: UnitOfWork, *, status: ResidenceStatus) -> ResidenceStatus:
    with uow:
        uow.records.require(ResidenceStatus, status.id)
        uow.records.update(status)
        uow.commit()
    return status


def extend_residence_status(
    uow: UnitOfWork, *, status_id: uuid.UUID, valid_until: date
) -> ResidenceStatus:
    with uow:
        status = uow.records.require(ResidenceStatus, status_id)
        extended = replace(status, valid_until=valid_until)
        uow.records.update(extended)
        uow.commit()
    return extended


def record_migration_event(
    uow: UnitOfWork,
    *,
    person_id: uuid.UUID,
    kind: MigrationEventKind,
    date: PartialDate | None = None,
    country: str = "",
    note: str = "",
) -> MigrationEvent:
    """Record an entry into or departure from Germany."""
    event = MigrationEvent(person_id=person_id, kind=kind, date=date, country=country, note=note)
    with uow:
        uow.records.require(Person, person_id)
        uow.records.add(event)
        uow.commit()
    return event
