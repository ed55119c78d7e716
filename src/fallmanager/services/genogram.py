"""Use cases of the genogram: reading a family's diagram data and editing it.

Adding relatives creates real records (persons come from the person editor; this module
links them), so the genogram and the Personen tab always show the same family.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from fallmanager.domain.entity import Entity
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.genealogy import check_parent_child_link
from fallmanager.domain.genogram.input import FamilyGenogram, genogram_input
from fallmanager.domain.genogram_records import (
    MAX_NUDGE_Y_MM,
    EmotionalRelation,
    EmotionalRelationKind,
    GenogramNudge,
    TwinBond,
)
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
    PartnershipKind,
)
from fallmanager.services.family_files import (
    collect_family_file,
    require_member,
    require_open_family,
)
from fallmanager.services.ports import Records, UnitOfWork
from fallmanager.services.relationships import links_around


class RelativeKind(StrEnum):
    """How a newly added person relates to the person the user started from."""

    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"


@dataclass(frozen=True, slots=True)
class NudgeChange:
    """A nudge before (None if there was none) and after a drag, for undo."""

    before: GenogramNudge | None
    after: GenogramNudge


def family_genogram(uow: UnitOfWork, *, family_id: uuid.UUID, on: date) -> FamilyGenogram:
    """Everything the genogram of a family file is drawn from, as it stands on ``on``."""
    with uow:
        detail = collect_family_file(uow.records, family_id)
        outside = _outside_relations(uow.records, {p.id for p in detail.persons})
    return _genogram(detail, on, outside)


def genogram_of_detail(uow: UnitOfWork, *, detail: FamilyFileDetail, on: date) -> FamilyGenogram:
    """The genogram of a family file already read (the desktop has it): only the relations
    to persons outside the family are looked up."""
    with uow:
        outside = _outside_relations(uow.records, {p.id for p in detail.persons})
    return _genogram(detail, on, outside)


def _genogram(
    detail: FamilyFileDetail, on: date, outside: tuple[tuple[uuid.UUID, uuid.UUID], ...]
) -> FamilyGenogram:
    return FamilyGenogram(
        family_id=detail.family.id,
        case_number=detail.family.case_number,
        family_open=detail.family.is_open,
        input=genogram_input(detail, on=on, outside_relations=outside),
    )


def _outside_relations(
    records: Records, members: set[uuid.UUID]
) -> tuple[tuple[uuid.UUID, uuid.UUID], ...]:
    """Parent–child links and partnerships from a member to a person of another family."""
    ids = sorted(members, key=str)
    if not ids:
        return ()
    found: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for link in records.find(ParentChildLink, child_id=ids):
        if link.parent_id not in members:
            found.add((link.child_id, link.parent_id))
    for link in records.find(ParentChildLink, parent_id=ids):
        if link.child_id not in members:
            found.add((link.parent_id, link.child_id))
    for partnership in records.find(Partnership, person_a_id=ids):
        if partnership.person_b_id not in members:
            found.add((partnership.person_a_id, partnership.person_b_id))
    for partnership in records.find(Partnership, person_b_id=ids):
        if partnership.person_a_id not in members:
            found.add((partnership.person_b_id, partnership.person_a_id))
    return tuple(sorted(found, key=lambda pair: (str(pair[0]), str(pair[1]))))


def nudge_person(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    person_id: uuid.UUID,
    dx_mm: float,
    dy_mm: float,
) -> NudgeChange:
    """Keep a person's symbol where the user dragged it (relative to the automatic place)."""
    dy_mm = max(-MAX_NUDGE_Y_MM, min(MAX_NUDGE_Y_MM, dy_mm))
    with uow:
        require_member(uow.records, family_id, person_id)
        existing = uow.records.find(GenogramNudge, family_id=family_id, person_id=person_id)
        if existing:
            before: GenogramNudge | None = existing[0]
            after = replace(existing[0], dx_mm=round(dx_mm, 2), dy_mm=round(dy_mm, 2))
            uow.records.update(after)
        else:
            before = None
            after = GenogramNudge(
                family_id=family_id,
                person_id=person_id,
                dx_mm=round(dx_mm, 2),
                dy_mm=round(dy_mm, 2),
            )
            uow.records.add(after)
        uow.commit()
    return NudgeChange(before, after)


def reset_layout(
    uow: UnitOfWork, *, family_id: uuid.UUID, person_id: uuid.UUID | None = None
) -> list[GenogramNudge]:
    """Drop the manual nudges of a family's genogram (or of one person); returns them."""
    with uow:
        uow.records.require(FamilyFile, family_id)
        where: dict[str, Any] = {"family_id": family_id}
        if person_id is not None:
            where["person_id"] = person_id
        nudges = uow.records.find(GenogramNudge, **where)
        for nudge in nudges:
            uow.records.delete(GenogramNudge, nudge.id)
        uow.commit()
    return nudges


def add_relative(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    anchor_id: uuid.UUID,
    person_id: uuid.UUID,
    relation: RelativeKind,
    other_parent_id: uuid.UUID | None = None,
    partnership_kind: PartnershipKind = PartnershipKind.MARRIAGE,
) -> tuple[Entity, ...]:
    """Link ``person_id`` to ``anchor_id`` as partner, child, parent or sibling.

    A child may get a second parent (``other_parent_id``, e.g. the anchor's partner); a
    sibling gets the anchor's parents with the same kind of parenthood. Returns the links
    and partnerships created, so the action can be undone.
    """
    with uow:
        records = uow.records
        require_open_family(records, family_id)
        for member in (anchor_id, person_id, other_parent_id):
            if member is not None:
                require_member(records, family_id, member)
        if person_id in (anchor_id, other_parent_id):
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "person_id")
        created: list[Entity] = []
        if relation is RelativeKind.PARTNER:
            for other in records.find(Partnership, person_a_id=[anchor_id, person_id]):
                if {other.person_a_id, other.person_b_id} == {anchor_id, person_id}:
                    raise DomainError(ErrorCode.DUPLICATE_RELATIONSHIP, "person_id")
            partnership = Partnership(
                person_a_id=anchor_id, person_b_id=person_id, kind=partnership_kind
            )
            records.add(partnership)
            created.append(partnership)
        elif relation is RelativeKind.CHILD:
            parents = [anchor_id] + ([other_parent_id] if other_parent_id else [])
            for parent in parents:
                created.append(_link(uow, parent, person_id, ParentChildKind.BIOLOGICAL))
        elif relation is RelativeKind.PARENT:
            created.append(_link(uow, person_id, anchor_id, ParentChildKind.BIOLOGICAL))
        else:
            parent_links = [
                link
                for link in records.find(ParentChildLink, child_id=anchor_id)
                if link.kind is not ParentChildKind.STEP
            ]
            if not parent_links:
                raise DomainError(ErrorCode.NO_PARENTS_RECORDED, "anchor_id")
            for link in sorted(parent_links, key=lambda link: str(link.parent_id)):
                created.append(_link(uow, link.parent_id, person_id, link.kind))
        uow.commit()
    return tuple(created)


def _link(
    uow: UnitOfWork, parent_id: uuid.UUID, child_id: uuid.UUID, kind: ParentChildKind
) -> ParentChildLink:
    link = ParentChildLink(parent_id=parent_id, child_id=child_id, kind=kind)
    parent = uow.records.require(Person, parent_id)
    child = uow.records.require(Person, child_id)
    existing = links_around(uow, parent_id, child_id)
    check_parent_child_link(link, existing, {parent.id: parent, child.id: child})
    uow.records.add(link)
    return link


def record_twins(
    uow: UnitOfWork, *, person_a_id: uuid.UUID, person_b_id: uuid.UUID, identical: bool
) -> TwinBond:
    """Record two persons as twins (eineiig when ``identical``)."""
    bond = TwinBond(person_a_id=person_a_id, person_b_id=person_b_id, identical=identical)
    with uow:
        uow.records.require(Person, person_a_id)
        uow.records.require(Person, person_b_id)
        for other in uow.records.find(TwinBond, person_a_id=[person_a_id, person_b_id]):
            if {other.person_a_id, other.person_b_id} == {person_a_id, person_b_id}:
                raise DomainError(ErrorCode.DUPLICATE_RELATIONSHIP, "person_b_id")
        uow.records.add(bond)
        uow.commit()
    return bond


def record_emotional_relation(
    uow: UnitOfWork,
    *,
    person_a_id: uuid.UUID,
    person_b_id: uuid.UUID,
    kind: EmotionalRelationKind,
    note: str = "",
) -> EmotionalRelation:
    """Record how two persons relate emotionally (one relation per pair)."""
    relation = EmotionalRelation(
        person_a_id=person_a_id, person_b_id=person_b_id, kind=kind, note=note
    )
    with uow:
        uow.records.require(Person, person_a_id)
        uow.records.require(Person, person_b_id)
        for other in uow.records.find(EmotionalRelation, person_a_id=[person_a_id, person_b_id]):
            if {other.person_a_id, other.person_b_id} == {person_a_id, person_b_id}:
                raise DomainError(ErrorCode.DUPLICATE_RELATIONSHIP, "person_b_id")
        uow.records.add(relation)
        uow.commit()
    return relation


def set_index_person(
    uow: UnitOfWork, *, family_id: uuid.UUID, person_id: uuid.UUID | None
) -> tuple[FamilyFile, FamilyFile]:
    """Make a member the index person (Indexperson) of the family file, or nobody."""
    with uow:
        family = uow.records.require(FamilyFile, family_id)
        if person_id is not None and not uow.records.find(
            FamilyMembership, family_id=family_id, person_id=person_id
        ):
            raise DomainError(ErrorCode.NOT_A_MEMBER, "person_id", person=str(person_id))
        changed = replace(family, index_person_id=person_id)
        uow.records.update(changed)
        uow.commit()
    return family, changed
