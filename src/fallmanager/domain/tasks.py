"""Tasks (Aufgaben / Wiedervorlagen) in a family file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from fallmanager.domain.entity import LINE, SHORT, Entity, optional_ref, ref, text
from fallmanager.domain.errors import DomainError, ErrorCode


@dataclass(frozen=True, slots=True, kw_only=True)
class Task(Entity):
    """Something to do for a family or one of its members, by a due date."""

    entity_name: ClassVar[str] = "task"
    collection: ClassVar[str] = "tasks"

    family_id: uuid.UUID = ref("family_file")
    person_id: uuid.UUID | None = optional_ref("person")
    title: str = text(SHORT, required=True)
    due_on: date | None = None
    responsible: str = text(SHORT)
    done: bool = False
    done_on: date | None = None
    notes: str = text(LINE, multiline=True)

    def check(self) -> None:
        if self.done_on is not None and not self.done:
            raise DomainError(ErrorCode.INVALID_VALUE, "done_on")

    def is_overdue_on(self, day: date) -> bool:
        return not self.done and self.due_on is not None and self.due_on < day
