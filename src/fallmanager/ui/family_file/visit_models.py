"""The visit log (Verlaufsdokumentation): visits and free notes, newest first.

Case notes are append-only: a correction is a new note that references the note it
corrects. The log therefore shows, per entry, the text that is valid now (the newest
correction); the detail pane shows the whole chain.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.visits import CaseNote, Visit
from fallmanager.ui.family_file.work_common import first_line, persons_text
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_datetime
from fallmanager.ui.widgets.tables import RecordTableModel


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One row of the log: a visit with its notes, or a free note with its corrections."""

    occurred_at: datetime
    visit: Visit | None
    notes: tuple[CaseNote, ...]  # chronological, corrections included

    @property
    def key(self) -> uuid.UUID:
        if self.visit is not None:
            return self.visit.id
        return self.notes[0].id

    def current_notes(self) -> list[CaseNote]:
        """The notes that no later note corrects (what is valid now), chronological."""
        corrected = {n.corrects_note_id for n in self.notes if n.corrects_note_id}
        return [n for n in self.notes if n.id not in corrected]


def _root(note: CaseNote, by_id: dict[uuid.UUID, CaseNote]) -> CaseNote:
    seen: set[uuid.UUID] = set()
    while note.corrects_note_id is not None and note.corrects_note_id in by_id:
        if note.id in seen:  # a cycle cannot be written by the services; stay safe anyway
            break
        seen.add(note.id)
        note = by_id[note.corrects_note_id]
    return note


def build_log(detail: FamilyFileDetail) -> list[LogEntry]:
    """Entries of the family's log, newest first."""
    by_id = {n.id: n for n in detail.case_notes}
    by_visit: dict[uuid.UUID, list[CaseNote]] = {}
    free: dict[uuid.UUID, list[CaseNote]] = {}
    for note in detail.case_notes:
        if note.visit_id is not None:
            by_visit.setdefault(note.visit_id, []).append(note)
        else:
            free.setdefault(_root(note, by_id).id, []).append(note)
    entries = [
        LogEntry(v.occurred_at, v, tuple(_chronological(by_visit.get(v.id, []))))
        for v in detail.visits
    ]
    entries += [
        LogEntry(by_id[root].written_at, None, tuple(_chronological(notes)))
        for root, notes in free.items()
    ]
    entries.sort(key=lambda e: (e.occurred_at, str(e.key)), reverse=True)
    return entries


def _chronological(notes: list[CaseNote]) -> list[CaseNote]:
    # Stable: the snapshot lists notes by writing time and creation, so ties keep that order.
    return sorted(notes, key=lambda n: n.written_at)


def note_title(note: CaseNote) -> str:
    """ "25.11.2026 14:30 – Anfang der Notiz" for choosing a note."""
    return f"{format_datetime(note.written_at)} – {first_line(note.text, 60)}"


class VisitLogModel(RecordTableModel):
    """Columns: Zeitpunkt, Art, Ort, Anwesend, Sprachmittlung, Themen, Notiz."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detail: FamilyFileDetail | None = None

    def show_detail(self, detail: FamilyFileDetail) -> None:
        self._detail = detail
        self.set_rows(build_log(detail))

    def clear(self) -> None:
        self._detail = None
        super().clear()

    def entry(self, row: int) -> LogEntry | None:
        record = self.record(row)
        return record if isinstance(record, LogEntry) else None

    def row_of(self, key: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._rows) if e.key == key), -1)

    def headers(self) -> list[str]:
        return [
            self.tr("Zeitpunkt"),
            self.tr("Art"),
            self.tr("Ort"),
            self.tr("Anwesend"),
            self.tr("Sprachmittlung"),
            self.tr("Themen"),
            self.tr("Notiz"),
        ]

    def cell(self, row: Any, column: int) -> str:
        entry: LogEntry = row
        visit = entry.visit
        if column == 0:
            return format_datetime(entry.occurred_at)
        if column == 6:
            current = entry.current_notes()
            return first_line(current[0].text) if current else ""
        if visit is None:
            return self.tr("Notiz") if column == 1 else ""
        if column == 1:
            return label(visit.kind)
        if column == 2:
            return visit.place
        if column == 3:
            names = persons_text(self._detail, visit.present_person_ids)
            return ", ".join(p for p in (names, visit.others_present) if p)
        if column == 4:
            if not visit.interpreter_present:
                return ""
            parts = [p for p in (visit.interpreter_name, visit.language) if p]
            return ", ".join(parts) if parts else self.tr("ja")
        if column == 5:
            return ", ".join(visit.topics)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        entry: LogEntry = row
        return entry.occurred_at.isoformat() if column == 0 else self.cell(row, column)
