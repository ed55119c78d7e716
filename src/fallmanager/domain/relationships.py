"""Parent–child links and partnerships. Siblings and half-siblings follow from parents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.entity import LINE, Entity, check_period, ref, text
from fallmanager.domain.errors import DomainError, ErrorCode


class ParentChildKind(StrEnum):
    BIOLOGICAL = "biological"
    ADOPTIVE = "adoptive"
    FOSTER = "foster"
    STEP = "step"


@dataclass(frozen=True, slots=True, kw_only=True)
class ParentChildLink(Entity):
    """One parent of one child, with the kind of parenthood and custody (Sorgerecht)."""

    entity_name: ClassVar[str] = "parent_child"
    collection: ClassVar[str] = "parent_child_links"

    parent_id: uuid.UUID = ref("person")
    child_id: uuid.UUID = ref("person")
    kind: ParentChildKind = ParentChildKind.BIOLOGICAL
    has_custody: bool | None = None
    since: date | None = None
    until: date | None = None
    note: str = text(LINE)

    def check(self) -> None:
        if self.parent_id == self.child_id:
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "child_id")
        check_period(self.since, self.until, "until")


class PartnershipKind(StrEnum):
    MARRIAGE = "marriage"
    UNMARRIED = "unmarried"  # partnership without marriage (incl. religious-only marriage)


@dataclass(frozen=True, slots=True, kw_only=True)
class Partnership(Entity):
    """A couple. A person may have several partners over time; events date the course."""

    entity_name: ClassVar[str] = "partnership"
    collection: ClassVar[str] = "partnerships"

    person_a_id: uuid.UUID = ref("person")
    person_b_id: uuid.UUID = ref("person")
    kind: PartnershipKind = PartnershipKind.MARRIAGE
    note: str = text(LINE)

    def check(self) -> None:
        if self.person_a_id == self.person_b_id:
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "person_b_id")

    def involves(self, person_id: uuid.UUID) -> bool:
        return person_id in (self.person_a_id, self.person_b_id)

    def partner_of(self, person_id: uuid.UUID) -> uuid.UUID:
        return self.person_b_id if person_id == self.person_a_id else self.person_a_id


class PartnershipEventKind(StrEnum):
    PARTNERSHIP_BEGAN = "partnership_began"
    MARRIED = "married"
    SEPARATED = "separated"
    RECONCILED = "reconciled"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


@dataclass(frozen=True, slots=True, kw_only=True)
class PartnershipEvent(Entity):
    """A dated step in a partnership (married, separated, divorced, widowed …)."""

    entity_name: ClassVar[str] = "partnership_event"
    collection: ClassVar[str] = "partnership_events"

    partnership_id: uuid.UUID = ref("partnership")
    kind: PartnershipEventKind
    date: PartialDate | None = None
    note: str = text(LINE)
