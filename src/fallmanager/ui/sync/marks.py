"""Open sync conflicts of one family file, as the family file's tabs mark them.

A conflicted field keeps showing the value with the latest stamp until a person decides;
the tabs put :data:`MARK` before it and explain both values in the tool tip.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fallmanager.services.sync import ConflictCandidateView, ConflictView
from fallmanager.ui.sync.texts import conflict_title, format_moment, value_text

#: Put before a value that waits for a decision.
MARK = "⚠"


@dataclass(frozen=True, slots=True)
class ConflictMarks:
    """The open conflicts of one family file, looked up by record and field."""

    conflicts: tuple[ConflictView, ...] = ()

    @classmethod
    def of(cls, conflicts: Iterable[ConflictView]) -> ConflictMarks:
        return cls(tuple(conflicts))

    def __bool__(self) -> bool:
        return bool(self.conflicts)

    def on_record(self, entity: str, entity_id: uuid.UUID) -> list[ConflictView]:
        """Every open conflict of one record (field conflicts and a deletion conflict)."""
        return [c for c in self.conflicts if c.entity == entity and c.entity_id == entity_id]

    def on_field(self, entity: str, entity_id: uuid.UUID, *fields: str) -> list[ConflictView]:
        """Conflicts of the named fields of a record, and a conflict over its deletion."""
        return [
            c for c in self.on_record(entity, entity_id) if c.field is None or c.field in fields
        ]


def marked(text: str, conflicts: list[ConflictView]) -> str:
    """``text`` with the conflict mark when ``conflicts`` is not empty."""
    return f"{MARK} {text}".rstrip() if conflicts else text


def candidate_author(candidate: ConflictCandidateView) -> str:
    """Who wrote a value: "dieser Laptop", the case manager, or "unbekannt"."""
    if candidate.is_mine:
        return QCoreApplication.translate("ConflictMarks", "dieser Laptop")
    return candidate.user or QCoreApplication.translate("ConflictMarks", "unbekannt")


def candidate_value(candidate: ConflictCandidateView, conflict: ConflictView) -> str:
    if candidate.deleted:
        return QCoreApplication.translate("ConflictMarks", "Datensatz gelöscht")
    if candidate.value is None or candidate.value == "":
        return QCoreApplication.translate("ConflictMarks", "(leer)")
    return value_text(candidate.value, conflict.entity, conflict.field)


def conflict_tooltip(conflicts: list[ConflictView]) -> str:
    """All values that wait for a decision, one line each, for a tool tip."""
    if not conflicts:
        return ""
    lines = [
        QCoreApplication.translate("ConflictMarks", "Konflikt – wartet auf Ihre Entscheidung:")
    ]
    for conflict in conflicts:
        lines.append(conflict_title(conflict.entity, conflict.subject, conflict.field))
        for candidate in conflict.candidates:
            when = format_moment(candidate.changed_at)
            who = candidate_author(candidate)
            source = f"{who}, {when}" if when else who
            lines.append(f"  • {candidate_value(candidate, conflict)} ({source})")
    return "\n".join(lines)
