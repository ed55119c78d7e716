"""Visits (Hausbesuche) and the append-only case notes (Verlaufsdokumentation)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.codes import is_language_code
from fallmanager.domain.entity import (
    LINE,
    NOTE,
    SHORT,
    Entity,
    labels,
    optional_ref,
    ref,
    refs,
    text,
)
from fallmanager.domain.errors import DomainError, ErrorCode


class VisitKind(StrEnum):
    HOME_VISIT = "home_visit"
    OFFICE = "office"
    PHONE = "phone"
    ACCOMPANIMENT = "accompaniment"  # Begleitung zu einer Behörde
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Visit(Entity):
    """A visit or contact with a family; its free-text record is a :class:`CaseNote`."""

    entity_name: ClassVar[str] = "visit"
    collection: ClassVar[str] = "visits"

    family_id: uuid.UUID = ref("family_file")
    occurred_at: datetime
    kind: VisitKind = VisitKind.HOME_VISIT
    place: str = text(SHORT)
    duration_minutes: int | None = None
    present_person_ids: tuple[uuid.UUID, ...] = refs("person")
    others_present: str = text(LINE)
    interpreter_present: bool = False
    interpreter_name: str = text(SHORT)
    language: str = text(12)
    topics: tuple[str, ...] = labels(max_items=30)

    def check(self) -> None:
        if self.language and not is_language_code(self.language):
            raise DomainError(ErrorCode.INVALID_CODE, "language", value=self.language)
        if self.duration_minutes is not None and not 0 < self.duration_minutes <= 24 * 60:
            raise DomainError(ErrorCode.INVALID_VALUE, "duration_minutes")
        if len(set(self.present_person_ids)) != len(self.present_person_ids):
            raise DomainError(ErrorCode.INVALID_VALUE, "present_person_ids")


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseNote(Entity):
    """A note in the family file. Append-only: a correction is a new note referencing the old."""

    entity_name: ClassVar[str] = "case_note"
    collection: ClassVar[str] = "case_notes"

    family_id: uuid.UUID = ref("family_file")
    visit_id: uuid.UUID | None = optional_ref("visit")
    written_at: datetime
    author: str = text(SHORT)
    text: str = text(NOTE, required=True, multiline=True)
    corrects_note_id: uuid.UUID | None = optional_ref("case_note")

    def check(self) -> None:
        if self.corrects_note_id == self.id:
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "corrects_note_id")
