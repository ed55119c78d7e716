"""From a family file to the frozen picture the genogram layout works on."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.genogram.badges import residence_badge
from fallmanager.domain.genogram.model import (
    GenogramEmotion,
    GenogramInput,
    GenogramParentLink,
    GenogramPartnership,
    GenogramPerson,
    GenogramTwins,
    PartnershipState,
)
from fallmanager.domain.genogram_records import TwinBond
from fallmanager.domain.housing import Household
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import Partnership, PartnershipEvent, PartnershipEventKind

#: The state a partnership is in after each kind of event.
_STATE_AFTER: dict[PartnershipEventKind, PartnershipState] = {
    PartnershipEventKind.PARTNERSHIP_BEGAN: PartnershipState.TOGETHER,
    PartnershipEventKind.MARRIED: PartnershipState.TOGETHER,
    PartnershipEventKind.RECONCILED: PartnershipState.TOGETHER,
    PartnershipEventKind.SEPARATED: PartnershipState.SEPARATED,
    PartnershipEventKind.DIVORCED: PartnershipState.DIVORCED,
    PartnershipEventKind.WIDOWED: PartnershipState.WIDOWED,
}


@dataclass(frozen=True, slots=True)
class FamilyGenogram:
    """What the genogram of one family file is drawn from."""

    family_id: uuid.UUID
    case_number: str
    family_open: bool
    input: GenogramInput


def genogram_input(
    detail: FamilyFileDetail,
    *,
    on: date,
    outside_relations: tuple[tuple[uuid.UUID, uuid.UUID], ...] = (),
) -> GenogramInput:
    """The genogram input of a family file as it stands on ``on``."""
    household, household_label = _current_household(detail, on)
    persons = tuple(
        GenogramPerson(
            id=person.id,
            sex=person.sex,
            given_names=person.given_names,
            family_name=person.family_name,
            birth=person.birth_date,
            death=person.death_date,
            deceased=person.deceased,
            age=_age(person, on),
            badge=residence_badge(detail.current_residence(person.id, on)),
            in_household=person.id in household,
        )
        for person in detail.persons
    )
    return GenogramInput(
        persons=persons,
        parent_links=tuple(
            GenogramParentLink(link.parent_id, link.child_id, link.kind)
            for link in detail.parent_child_links
        ),
        partnerships=tuple(_partnership(p, detail, on) for p in detail.partnerships),
        twins=_twin_groups(detail.twin_bonds),
        emotions=tuple(
            GenogramEmotion(e.person_a_id, e.person_b_id, e.kind)
            for e in detail.emotional_relations
        ),
        index_person_id=detail.family.index_person_id,
        household_label=household_label,
        nudges={n.person_id: (n.dx_mm, n.dy_mm) for n in detail.genogram_nudges},
        outside_relations=outside_relations,
        on=on,
    )


def _age(person: Person, on: date) -> int | None:
    """Age in years (at death for the deceased); with only a birth year, the lower bound."""
    if person.birth_date is None:
        return None
    if person.deceased:
        if person.death_date is None:
            return None
        on = person.death_date.latest()
    low, high = person.birth_date.age_on(on)
    return low if high - low <= 1 else None


def _current_household(detail: FamilyFileDetail, on: date) -> tuple[set[uuid.UUID], str]:
    """Members and label of the household the family lives in on ``on`` (the largest one
    if the family lives apart)."""
    members: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    current: dict[uuid.UUID, Household] = {
        h.id: h for h in detail.households if h.is_current_on(on)
    }
    for member in detail.household_members:
        if member.household_id not in current:
            continue
        if (member.since is None or member.since <= on) and (
            member.until is None or on <= member.until
        ):
            members[member.household_id].add(member.person_id)
    if not members:
        return set(), ""
    household_id = max(members, key=lambda h: (len(members[h]), str(h)))
    household = current[household_id]
    accommodation = next(
        (a for a in detail.accommodations if a.id == household.accommodation_id), None
    )
    label = accommodation.label if accommodation is not None else ""
    return members[household_id], label


def _partnership(
    partnership: Partnership, detail: FamilyFileDetail, on: date
) -> GenogramPartnership:
    events = [e for e in detail.partnership_events if e.partnership_id == partnership.id]
    events.sort(key=_event_order)
    state = PartnershipState.TOGETHER
    began = None
    ended = None
    for event in events:
        if event.date is not None and event.date.earliest() > on:
            continue
        state = _STATE_AFTER[event.kind]
        if event.kind in (PartnershipEventKind.PARTNERSHIP_BEGAN, PartnershipEventKind.MARRIED):
            began = began or event.date
        if state in (PartnershipState.SEPARATED, PartnershipState.DIVORCED):
            ended = event.date
        elif state is PartnershipState.TOGETHER:
            ended = None
    return GenogramPartnership(
        id=partnership.id,
        person_a_id=partnership.person_a_id,
        person_b_id=partnership.person_b_id,
        kind=partnership.kind,
        state=state,
        began=began,
        ended=ended,
    )


def _event_order(event: PartnershipEvent) -> tuple[int, tuple[int, int, int]]:
    # Undated events count as the latest ones, in the order given (the sort is stable).
    if event.date is None:
        return (1, (0, 0, 0))
    return (0, event.date.sort_key())


def _twin_groups(bonds: tuple[TwinBond, ...]) -> tuple[GenogramTwins, ...]:
    """Pairwise twin bonds joined into groups (triplets are three bonds)."""
    group_of: dict[uuid.UUID, int] = {}
    groups: list[set[uuid.UUID]] = []
    identical: list[bool] = []
    for bond in sorted(bonds, key=lambda b: str(b.id)):
        a, b = group_of.get(bond.person_a_id), group_of.get(bond.person_b_id)
        if a is None and b is None:
            groups.append({bond.person_a_id, bond.person_b_id})
            identical.append(bond.identical)
            group_of[bond.person_a_id] = group_of[bond.person_b_id] = len(groups) - 1
        elif a is not None and b is not None and a != b:
            groups[a] |= groups[b]
            identical[a] = identical[a] and identical[b] and bond.identical
            for person in groups[b]:
                group_of[person] = a
            groups[b] = set()
        else:
            index = a if a is not None else b
            assert index is not None  # noqa: S101 - one of the two is known here
            groups[index] |= {bond.person_a_id, bond.person_b_id}
            identical[index] = identical[index] and bond.identical
            group_of[bond.person_a_id] = group_of[bond.person_b_id] = index
    return tuple(
        GenogramTwins(tuple(sorted(group, key=str)), identical[i])
        for i, group in enumerate(groups)
        if group
    )
