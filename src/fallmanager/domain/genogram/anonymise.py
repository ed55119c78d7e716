"""Anonymised genograms for case conferences (Fallkonferenz): roles or initials, no names.

``role_labels`` names every person by kinship to the index person ("Mutter", "Kind 2"),
``initials_labels`` by initials ("A. Đ."). ``anonymised_layout`` keeps the picture and removes
names, dates and the household label, so that nothing drawn from it can show a name.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from fallmanager.domain.genogram.model import (
    GenogramInput,
    GenogramLayout,
    GenogramPartnership,
    GenogramPerson,
    PartnershipState,
)
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

# Role words by sex: (female, male, other). "{n}" is filled with a number where counted.
_ROLES: dict[str, dict[str, tuple[str, str, str]]] = {
    "de": {
        "index": ("Indexperson", "Indexperson", "Indexperson"),
        "parent": ("Mutter", "Vater", "Elternteil"),
        "foster_parent": ("Pflegemutter", "Pflegevater", "Pflegeelternteil"),
        "step_parent": ("Stiefmutter", "Stiefvater", "Stiefelternteil"),
        "spouse": ("Ehefrau", "Ehemann", "Ehepartner*in"),
        "partner": ("Partnerin", "Partner", "Partner*in"),
        "ex_spouse": ("Ex-Ehefrau", "Ex-Ehemann", "Ex-Ehepartner*in"),
        "ex_partner": ("Ex-Partnerin", "Ex-Partner", "Ex-Partner*in"),
        "child": ("Kind {n}", "Kind {n}", "Kind {n}"),
        "step_child": ("Stiefkind {n}", "Stiefkind {n}", "Stiefkind {n}"),
        "sibling": ("Geschwister {n}", "Geschwister {n}", "Geschwister {n}"),
        "half_sibling": ("Halbgeschwister {n}", "Halbgeschwister {n}", "Halbgeschwister {n}"),
        "grandparent": ("Großmutter", "Großvater", "Großelternteil"),
        "grandparent_maternal": (
            "Großmutter mütterlicherseits",
            "Großvater mütterlicherseits",
            "Großelternteil mütterlicherseits",
        ),
        "grandparent_paternal": (
            "Großmutter väterlicherseits",
            "Großvater väterlicherseits",
            "Großelternteil väterlicherseits",
        ),
        "grandchild": ("Enkelin", "Enkel", "Enkelkind"),
        "aunt_uncle": ("Tante", "Onkel", "Tante/Onkel"),
        "niece_nephew": ("Nichte", "Neffe", "Nichte/Neffe"),
        "child_in_law": ("Schwiegertochter", "Schwiegersohn", "Schwiegerkind"),
        "sibling_in_law": ("Schwägerin", "Schwager", "Schwager/Schwägerin"),
        "parent_in_law": ("Schwiegermutter", "Schwiegervater", "Schwiegerelternteil"),
        "person": ("Person {n}", "Person {n}", "Person {n}"),
    },
    "en": {
        "index": ("Index person", "Index person", "Index person"),
        "parent": ("Mother", "Father", "Parent"),
        "foster_parent": ("Foster mother", "Foster father", "Foster parent"),
        "step_parent": ("Stepmother", "Stepfather", "Step-parent"),
        "spouse": ("Wife", "Husband", "Spouse"),
        "partner": ("Partner", "Partner", "Partner"),
        "ex_spouse": ("Ex-wife", "Ex-husband", "Ex-spouse"),
        "ex_partner": ("Ex-partner", "Ex-partner", "Ex-partner"),
        "child": ("Child {n}", "Child {n}", "Child {n}"),
        "step_child": ("Stepchild {n}", "Stepchild {n}", "Stepchild {n}"),
        "sibling": ("Sibling {n}", "Sibling {n}", "Sibling {n}"),
        "half_sibling": ("Half-sibling {n}", "Half-sibling {n}", "Half-sibling {n}"),
        "grandparent": ("Grandmother", "Grandfather", "Grandparent"),
        "grandparent_maternal": (
            "Grandmother (maternal)",
            "Grandfather (maternal)",
            "Grandparent (maternal)",
        ),
        "grandparent_paternal": (
            "Grandmother (paternal)",
            "Grandfather (paternal)",
            "Grandparent (paternal)",
        ),
        "grandchild": ("Granddaughter", "Grandson", "Grandchild"),
        "aunt_uncle": ("Aunt", "Uncle", "Aunt/uncle"),
        "niece_nephew": ("Niece", "Nephew", "Niece/nephew"),
        "child_in_law": ("Daughter-in-law", "Son-in-law", "Child-in-law"),
        "sibling_in_law": ("Sister-in-law", "Brother-in-law", "Sibling-in-law"),
        "parent_in_law": ("Mother-in-law", "Father-in-law", "Parent-in-law"),
        "person": ("Person {n}", "Person {n}", "Person {n}"),
    },
}


_ENDED = (PartnershipState.SEPARATED, PartnershipState.DIVORCED)


def _word(key: str, sex: Sex, language: str) -> str:
    female, male, other = _ROLES["en" if language == "en" else "de"][key]
    return female if sex is Sex.FEMALE else male if sex is Sex.MALE else other


class _Kin:
    """Parent, child and partner look-ups over the input, ignoring links to unknown persons."""

    def __init__(self, data: GenogramInput) -> None:
        ids = {p.id for p in data.persons}
        self.parents: dict[uuid.UUID, dict[uuid.UUID, ParentChildKind]] = defaultdict(dict)
        self.children: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for link in data.parent_links:
            if link.parent_id in ids and link.child_id in ids and link.parent_id != link.child_id:
                self.parents[link.child_id][link.parent_id] = link.kind
                self.children[link.parent_id].add(link.child_id)
        self.partnerships: dict[uuid.UUID, list[tuple[uuid.UUID, GenogramPartnership]]] = (
            defaultdict(list)
        )
        for p in data.partnerships:
            if p.person_a_id in ids and p.person_b_id in ids and p.person_a_id != p.person_b_id:
                self.partnerships[p.person_a_id].append((p.person_b_id, p))
                self.partnerships[p.person_b_id].append((p.person_a_id, p))

    def partners(self, person_id: uuid.UUID) -> set[uuid.UUID]:
        return {other for other, _p in self.partnerships[person_id]}

    def bio_parents(self, person_id: uuid.UUID) -> set[uuid.UUID]:
        return {
            parent
            for parent, kind in self.parents[person_id].items()
            if kind in (ParentChildKind.BIOLOGICAL, ParentChildKind.ADOPTIVE)
        }


def _birth_order(persons: Iterable[GenogramPerson]) -> list[GenogramPerson]:
    """Oldest first; persons without a birth date last, in input order."""
    indexed = list(enumerate(persons))
    indexed.sort(
        key=lambda item: (
            item[1].birth is None,
            item[1].birth.sort_key() if item[1].birth else (0, 0, 0),
            item[0],
        )
    )
    return [p for _i, p in indexed]


def role_labels(data: GenogramInput, language: str = "de") -> dict[uuid.UUID, str]:
    """A kinship role relative to the index person for everyone; "Person n" for the rest.

    Without an index person everyone is "Person n" in birth order. Roles that occur twice
    (two grandmothers on the same side, two mothers) are numbered.
    """
    by_id = {p.id: p for p in data.persons}
    labels: dict[uuid.UUID, str] = {}
    kin = _Kin(data)
    index = data.index_person_id if data.index_person_id in by_id else None

    def assign(person_id: uuid.UUID, key: str) -> None:
        if person_id not in labels:
            labels[person_id] = _word(key, by_id[person_id].sex, language)

    def assign_numbered(ids: Iterable[uuid.UUID], key: str) -> None:
        fresh = [by_id[i] for i in ids if i not in labels]
        for n, person in enumerate(_birth_order(fresh), start=1):
            labels[person.id] = _word(key, person.sex, language).format(n=n)

    if index is not None:
        assign(index, "index")
        parents = kin.parents[index]
        for parent_id, kind in parents.items():
            if kind is ParentChildKind.FOSTER:
                assign(parent_id, "foster_parent")
            elif kind is ParentChildKind.STEP:
                assign(parent_id, "step_parent")
            else:
                assign(parent_id, "parent")
        for partner_id, partnership in kin.partnerships[index]:
            married = partnership.kind is PartnershipKind.MARRIAGE
            key = ("ex_" if partnership.state in _ENDED else "") + (
                "spouse" if married else "partner"
            )
            assign(partner_id, key)
        children = kin.children[index]
        assign_numbered(children, "child")
        step_children = {
            child for partner in kin.partners(index) for child in kin.children[partner]
        } - children
        assign_numbered(step_children, "step_child")
        own_parents = kin.bio_parents(index) or set(parents)
        siblings: set[uuid.UUID] = set()
        half: set[uuid.UUID] = set()
        for parent_id in parents:
            for sibling in kin.children[parent_id] - {index}:
                sibling_parents = kin.bio_parents(sibling) or set(kin.parents[sibling])
                (siblings if sibling_parents == own_parents else half).add(sibling)
        assign_numbered(siblings, "sibling")
        assign_numbered(half, "half_sibling")
        for parent_id in parents:
            for other, partnership in kin.partnerships[parent_id]:
                if other not in parents and partnership.state not in _ENDED:
                    assign(other, "step_parent")
        for parent_id in parents:
            side = {Sex.FEMALE: "grandparent_maternal", Sex.MALE: "grandparent_paternal"}.get(
                by_id[parent_id].sex, "grandparent"
            )
            for grandparent in kin.parents[parent_id]:
                assign(grandparent, side)
            for aunt in {c for g in kin.parents[parent_id] for c in kin.children[g]} - {parent_id}:
                assign(aunt, "aunt_uncle")
        for child in children:
            for grandchild in kin.children[child]:
                assign(grandchild, "grandchild")
            for partner in kin.partners(child):
                assign(partner, "child_in_law")
        for sibling in siblings | half:
            for nibling in kin.children[sibling]:
                assign(nibling, "niece_nephew")
            for partner in kin.partners(sibling):
                assign(partner, "sibling_in_law")
        for partner in kin.partners(index):
            for parent_in_law in kin.parents[partner]:
                assign(parent_in_law, "parent_in_law")
    assign_numbered((p.id for p in data.persons), "person")
    return _numbered_duplicates(labels, data.persons)


def _numbered_duplicates(
    labels: Mapping[uuid.UUID, str], persons: Iterable[GenogramPerson]
) -> dict[uuid.UUID, str]:
    counts = Counter(labels.values())
    seen: Counter[str] = Counter()
    result: dict[uuid.UUID, str] = {}
    for person in _birth_order(persons):
        label = labels[person.id]
        if counts[label] > 1:
            seen[label] += 1
            result[person.id] = f"{label} {seen[label]}"
        else:
            result[person.id] = label
    return result


def _initial(name: str) -> str:
    for char in name.strip():
        if char.isalpha():
            return f"{char.upper()}."
    return ""


def initials_labels(data: GenogramInput) -> dict[uuid.UUID, str]:
    """Initials of the first given name and the family name ("A. Đ."); duplicates numbered."""
    labels = {}
    for person in data.persons:
        given = person.given_names.split()
        text = " ".join(
            part
            for part in (_initial(given[0] if given else ""), _initial(person.family_name))
            if part
        )
        labels[person.id] = text or "?"
    return _numbered_duplicates(labels, data.persons)


def _strip_person(person: GenogramPerson, label: str) -> GenogramPerson:
    return dataclasses.replace(person, given_names=label, family_name="", birth=None, death=None)


def anonymised_layout(
    layout: GenogramLayout, labels: Mapping[uuid.UUID, str] | None = None
) -> GenogramLayout:
    """The same picture without names (replaced by ``labels``), dates, years on partnership
    lines and the household label."""
    labels = labels or {}
    household = layout.household
    if household is not None:
        household = dataclasses.replace(household, label="")
    return dataclasses.replace(
        layout,
        persons=tuple(
            dataclasses.replace(p, person=_strip_person(p.person, labels.get(p.person.id, "")))
            for p in layout.persons
        ),
        connectors=tuple(dataclasses.replace(c, label="") for c in layout.connectors),
        household=household,
    )
