"""Rules over the family graph: ancestry, number of parents, plausible parent ages."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping

from fallmanager.domain.errors import DomainError, DomainWarning, ErrorCode, WarningCode
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.relationships import ParentChildKind, ParentChildLink

#: A child born before a parent was this old is implausible but not impossible to record.
MIN_PLAUSIBLE_PARENT_AGE = 12


def ancestors_of(person_id: uuid.UUID, links: Iterable[ParentChildLink]) -> set[uuid.UUID]:
    """All ancestors of a person over any kind of parenthood (cycle-safe)."""
    parents: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for link in links:
        parents[link.child_id].add(link.parent_id)
    seen: set[uuid.UUID] = set()
    stack = list(parents.get(person_id, ()))
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack.extend(parents.get(current, ()))
    return seen


def check_parent_child_link(
    link: ParentChildLink,
    existing: Iterable[ParentChildLink],
    persons: Mapping[uuid.UUID, Person],
) -> list[DomainWarning]:
    """Validate a new parent–child link against the links that exist already.

    Raises for a person who would become their own ancestor, for a duplicate link and for a
    third biological parent; returns warnings for implausible ages.
    """
    existing = [e for e in existing if e.id != link.id]
    for other in existing:
        if other.parent_id == link.parent_id and other.child_id == link.child_id:
            raise DomainError(ErrorCode.DUPLICATE_RELATIONSHIP, "parent_id")
    if link.child_id in ancestors_of(link.parent_id, existing) or link.child_id == link.parent_id:
        raise DomainError(ErrorCode.OWN_ANCESTOR, "parent_id", person=str(link.parent_id))
    if link.kind is ParentChildKind.BIOLOGICAL:
        biological = {
            e.parent_id
            for e in existing
            if e.child_id == link.child_id and e.kind is ParentChildKind.BIOLOGICAL
        }
        if len(biological) >= 2:
            raise DomainError(
                ErrorCode.TOO_MANY_BIOLOGICAL_PARENTS, "parent_id", child=str(link.child_id)
            )
    return parent_age_warnings(link, persons)


def parent_age_warnings(
    link: ParentChildLink, persons: Mapping[uuid.UUID, Person]
) -> list[DomainWarning]:
    """Warn when a biological parent was certainly younger than 12 at the child's birth."""
    parent = persons.get(link.parent_id)
    child = persons.get(link.child_id)
    if parent is None or child is None or link.kind is not ParentChildKind.BIOLOGICAL:
        return []
    if parent.birth_date is None or child.birth_date is None:
        return []
    warnings = []
    _, oldest_possible = parent.birth_date.age_on(child.birth_date.latest())
    if oldest_possible < MIN_PLAUSIBLE_PARENT_AGE:
        warnings.append(
            DomainWarning(
                WarningCode.PARENT_VERY_YOUNG,
                (str(parent.id), str(child.id)),
                {"age": oldest_possible},
            )
        )
    if parent.death_date is not None:
        # A father may die up to about ten months before the birth; a mother not at all.
        died = parent.death_date.latest()
        born = child.birth_date.earliest()
        limit = 0 if parent.sex is Sex.FEMALE else 300
        if (born - died).days > limit:
            warnings.append(
                DomainWarning(
                    WarningCode.PARENT_DIED_LONG_BEFORE_BIRTH, (str(parent.id), str(child.id))
                )
            )
    return warnings


def check_no_cycles(links: Iterable[ParentChildLink]) -> list[uuid.UUID]:
    """Persons that are their own ancestor in a set of links (empty when the graph is sound).

    Linear in the number of links: the persons on a cycle are exactly those in a strongly
    connected component of more than one person (Tarjan's algorithm, iterative).
    """
    children: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for link in links:
        children[link.parent_id].append(link.child_id)
    index: dict[uuid.UUID, int] = {}
    low: dict[uuid.UUID, int] = {}
    on_stack: set[uuid.UUID] = set()
    stack: list[uuid.UUID] = []
    in_cycle: set[uuid.UUID] = set()
    counter = 0
    for root in list(children):
        if root in index:
            continue
        work: list[tuple[uuid.UUID, int]] = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            successors = children.get(node, [])
            if position < len(successors):
                work.append((node, position + 1))
                successor = successors[position]
                if successor not in index:
                    work.append((successor, 0))
                elif successor in on_stack:
                    low[node] = min(low[node], index[successor])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    in_cycle.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(in_cycle, key=str)
