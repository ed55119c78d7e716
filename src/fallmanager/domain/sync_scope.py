"""Which family files a record belongs to, derived from its references (pure rules; the
server keeps the result in its tables, the laptop derives it from its vault).

A device only receives and may only change records of family files its user may work on.
Records reach a family file in one of four ways:

* the family file itself, and records with a ``family_id`` (visits, notes, help plans, …);
* records under such a record (a goal under a help-plan version, a step under a topic):
  they belong where their parent belongs;
* persons and the records about a person (residence status, school, relationships): they
  belong to every family file the person is a member of — a membership added later brings the
  person's records into that family file too;
* the office directory (organisations, contact persons, accommodations, text modules) is
  shared by everyone (scope ``*``).

A person not (yet) in any family file belongs to its author only (scope ``u:<user id>``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from fallmanager.domain.entity import field_specs
from fallmanager.domain.model import ENTITY_BY_NAME
from fallmanager.domain.sync import DIRECTORY_KINDS

DIRECTORY_SCOPE = "*"

#: Kinds whose parent reference is not declared as a reference (translations point at goals,
#: requirements or text modules by plain id).
_UNTYPED_PARENT = {"text_translation": "owner_id"}


def user_scope(user_id: str) -> str:
    return f"u:{user_id}"


@dataclass(frozen=True, slots=True)
class ScopeRule:
    """How a kind finds its family files: at most one of the three ways applies."""

    own_family: bool = False  # the record is a family file
    family_field: str | None = None
    parent_field: str | None = None
    person_fields: tuple[str, ...] = ()
    directory: bool = False


@cache
def scope_rule(entity: str) -> ScopeRule:
    if entity in DIRECTORY_KINDS:
        return ScopeRule(directory=True)
    if entity == "family_file":
        return ScopeRule(own_family=True)
    if entity == "person":
        return ScopeRule(person_fields=("id",))
    specs = field_specs(ENTITY_BY_NAME[entity])
    names = {spec.name for spec in specs}
    if "family_id" in names:
        return ScopeRule(family_field="family_id")
    if entity in _UNTYPED_PARENT:
        return ScopeRule(parent_field=_UNTYPED_PARENT[entity])
    single_refs = [s for s in specs if s.ref and s.kind == "uuid"]
    parents = [
        s.name
        for s in single_refs
        if s.ref not in {"person", "actor", "contact_person", "accommodation"} and not s.optional
    ]
    if parents:
        return ScopeRule(parent_field=parents[0])
    persons = tuple(s.name for s in single_refs if s.ref == "person")
    if persons:
        return ScopeRule(person_fields=persons)
    return ScopeRule(directory=True)


def person_ids(entity: str, entity_id: str, values: dict[str, Any]) -> list[str]:
    """The persons a person-tied record is about (the person itself for a person)."""
    rule = scope_rule(entity)
    result = []
    for name in rule.person_fields:
        value = entity_id if name == "id" else values.get(name)
        if isinstance(value, str) and value:
            result.append(value)
    return result
