"""Recording parent–child links and partnerships."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, DomainWarning, ErrorCode
from fallmanager.domain.genealogy import check_parent_child_link
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
    PartnershipEvent,
    PartnershipEventKind,
    PartnershipKind,
)
from fallmanager.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class RecordedLink:
    link: ParentChildLink
    warnings: tuple[DomainWarning, ...]


def record_parent_child(
    uow: UnitOfWork,
    *,
    parent_id: uuid.UUID,
    child_id: uuid.UUID,
    kind: ParentChildKind = ParentChildKind.BIOLOGICAL,
    has_custody: bool | None = None,
    since: date | None = None,
    until: date | None = None,
    note: str = "",
) -> RecordedLink:
    """Record that ``parent_id`` is a parent of ``child_id``.

    Refuses a person as their own ancestor, a duplicate link and a third biological
    parent; warns about a parent younger than 12 at the birth.
    """
    link = ParentChildLink(
        parent_id=parent_id,
        child_id=child_id,
        kind=kind,
        has_custody=has_custody,
        since=since,
        until=until,
        note=note,
    )
    with uow:
        parent = uow.records.require(Person, parent_id)
        child = uow.records.require(Person, child_id)
        existing = links_around(uow, parent_id, child_id)
        warnings = check_parent_child_link(link, existing, {parent.id: parent, child.id: child})
        uow.records.add(link)
        uow.commit()
    return RecordedLink(link, tuple(warnings))


def links_around(
    uow: UnitOfWork, parent_id: uuid.UUID, child_id: uuid.UUID
) -> list[ParentChildLink]:
    """The links a new link must be checked against: the child's parents and the parent's
    ancestry (walked up generation by generation instead of loading every link)."""
    found = {link.id: link for link in uow.records.find(ParentChildLink, child_id=child_id)}
    frontier = {parent_id}
    seen: set[uuid.UUID] = set()
    while frontier:
        seen |= frontier
        links = uow.records.find(ParentChildLink, child_id=sorted(frontier, key=str))
        found.update((link.id, link) for link in links)
        frontier = {link.parent_id for link in links} - seen
    return list(found.values())


def record_partnership(
    uow: UnitOfWork,
    *,
    person_a_id: uuid.UUID,
    person_b_id: uuid.UUID,
    kind: PartnershipKind = PartnershipKind.MARRIAGE,
    events: tuple[tuple[PartnershipEventKind, PartialDate | None], ...] = (),
    note: str = "",
) -> Partnership:
    """Record a partnership with its dated events (married, separated, divorced …)."""
    partnership = Partnership(
        person_a_id=person_a_id, person_b_id=person_b_id, kind=kind, note=note
    )
    with uow:
        uow.records.require(Person, person_a_id)
        uow.records.require(Person, person_b_id)
        for other in uow.records.find(Partnership, person_a_id=[person_a_id, person_b_id]):
            if {other.person_a_id, other.person_b_id} == {person_a_id, person_b_id}:
                raise DomainError(ErrorCode.DUPLICATE_RELATIONSHIP, "person_b_id")
        uow.records.add(partnership)
        uow.records.add_many(
            PartnershipEvent(partnership_id=partnership.id, kind=event_kind, date=when)
            for event_kind, when in events
        )
        uow.commit()
    return partnership


def record_partnership_event(
    uow: UnitOfWork,
    *,
    partnership_id: uuid.UUID,
    kind: PartnershipEventKind,
    date: PartialDate | None = None,
    note: str = "",
) -> PartnershipEvent:
    event = PartnershipEvent(partnership_id=partnership_id, kind=kind, date=date, note=note)
    with uow:
        uow.records.require(Partnership, partnership_id)
        uow.records.add(event)
        uow.commit()
    return event


def remove_parent_child(uow: UnitOfWork, *, link_id: uuid.UUID) -> None:
    with uow:
        uow.records.delete(ParentChildLink, link_id)
        uow.commit()


def remove_partnership(uow: UnitOfWork, *, partnership_id: uuid.UUID) -> None:
    with uow:
        for event in uow.records.find(PartnershipEvent, partnership_id=partnership_id):
            uow.records.delete(PartnershipEvent, event.id)
        uow.records.delete(Partnership, partnership_id)
        uow.commit()
