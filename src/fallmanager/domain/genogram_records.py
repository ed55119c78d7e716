"""Records that exist for the genogram: twins, emotional relations and manual layout nudges."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.entity import LINE, Entity, ref, text
from fallmanager.domain.errors import DomainError, ErrorCode

#: A nudge moves a symbol at most this far from where the automatic layout put it (mm).
MAX_NUDGE_X_MM = 2000.0
MAX_NUDGE_Y_MM = 6.0


@dataclass(frozen=True, slots=True, kw_only=True)
class TwinBond(Entity):
    """Two persons born as twins (Zwillinge); triplets are three pairwise bonds."""

    entity_name: ClassVar[str] = "twin_bond"
    collection: ClassVar[str] = "twin_bonds"

    person_a_id: uuid.UUID = ref("person")
    person_b_id: uuid.UUID = ref("person")
    identical: bool = False  # eineiig

    def check(self) -> None:
        if self.person_a_id == self.person_b_id:
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "person_b_id")

    def involves(self, person_id: uuid.UUID) -> bool:
        return person_id in (self.person_a_id, self.person_b_id)


class EmotionalRelationKind(StrEnum):
    """Emotional quality of a relation as drawn in a genogram (emotionale Beziehung)."""

    CLOSE = "close"  # eng
    CONFLICTUAL = "conflictual"  # konflikthaft
    DISTANT = "distant"  # distanziert
    CUT_OFF = "cut_off"  # Kontaktabbruch


@dataclass(frozen=True, slots=True, kw_only=True)
class EmotionalRelation(Entity):
    """How two persons relate emotionally, as the case manager sees it."""

    entity_name: ClassVar[str] = "emotional_relation"
    collection: ClassVar[str] = "emotional_relations"

    person_a_id: uuid.UUID = ref("person")
    person_b_id: uuid.UUID = ref("person")
    kind: EmotionalRelationKind
    note: str = text(LINE)

    def check(self) -> None:
        if self.person_a_id == self.person_b_id:
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "person_b_id")


@dataclass(frozen=True, slots=True, kw_only=True)
class GenogramNudge(Entity):
    """A manual offset of one person's symbol in one family's genogram, in millimetres.

    The automatic layout stays the base; the nudge is applied on top of it, so the diagram
    still follows when persons are added.
    """

    entity_name: ClassVar[str] = "genogram_nudge"
    collection: ClassVar[str] = "genogram_nudges"

    family_id: uuid.UUID = ref("family_file")
    person_id: uuid.UUID = ref("person")
    dx_mm: float = 0.0
    dy_mm: float = 0.0

    def check(self) -> None:
        if abs(self.dx_mm) > MAX_NUDGE_X_MM:
            raise DomainError(ErrorCode.INVALID_VALUE, "dx_mm")
        if abs(self.dy_mm) > MAX_NUDGE_Y_MM:
            raise DomainError(ErrorCode.INVALID_VALUE, "dy_mm")
