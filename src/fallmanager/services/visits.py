"""Recording visits and the append-only case notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from fallmanager.domain.family import FamilyFile
from fallmanager.domain.visits import CaseNote, Visit, VisitKind
from fallmanager.services.family_files import require_members, require_open_family
from fallmanager.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class RecordedVisit:
    visit: Visit
    note: CaseNote | None


def _local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


def record_visit(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    occurred_at: datetime | None = None,
    kind: VisitKind = VisitKind.HOME_VISIT,
    place: str = "",
    duration_minutes: int | None = None,
    present_person_ids: tuple[uuid.UUID, ...] = (),
    others_present: str = "",
    interpreter_present: bool = False,
    interpreter_name: str = "",
    language: str = "",
    topics: tuple[str, ...] = (),
    note: str = "",
    author: str = "",
) -> RecordedVisit:
    """Record a visit with who was present, interpreter, topics and the free-text note."""
    visit = Visit(
        family_id=family_id,
        occurred_at=(occurred_at or _local_now()).replace(microsecond=0),
        kind=kind,
        place=place.strip(),
        duration_minutes=duration_minutes,
        present_person_ids=tuple(present_person_ids),
        others_present=others_present.strip(),
        interpreter_present=interpreter_present,
        interpreter_name=interpreter_name.strip(),
        language=language.strip(),
        topics=tuple(t.strip() for t in topics if t.strip()),
    )
    case_note = None
    if note.strip():
        case_note = CaseNote(
            family_id=family_id,
            visit_id=visit.id,
            written_at=_local_now(),
            author=author.strip(),
            text=note,
        )
    with uow:
        require_open_family(uow.records, family_id)
        require_members(uow.records, family_id, visit.present_person_ids, "present_person_ids")
        uow.records.add(visit)
        if case_note is not None:
            uow.records.add(case_note)
        uow.commit()
    return RecordedVisit(visit, case_note)


def add_case_note(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    text: str,
    author: str = "",
    visit_id: uuid.UUID | None = None,
    written_at: datetime | None = None,
) -> CaseNote:
    note = CaseNote(
        family_id=family_id,
        visit_id=visit_id,
        written_at=(written_at or _local_now()).replace(microsecond=0),
        author=author.strip(),
        text=text,
    )
    with uow:
        if visit_id is not None:
            uow.records.require(Visit, visit_id)
        uow.records.require(FamilyFile, family_id)
        uow.records.add(note)
        uow.commit()
    return note


def correct_case_note(
    uow: UnitOfWork, *, note_id: uuid.UUID, text: str, author: str = ""
) -> CaseNote:
    """Notes are never overwritten: a correction is a new note that references the old one."""
    with uow:
        original = uow.records.require(CaseNote, note_id)
        correction = CaseNote(
            family_id=original.family_id,
            visit_id=original.visit_id,
            written_at=_local_now(),
            author=author.strip(),
            text=text,
            corrects_note_id=original.id,
        )
        uow.records.add(correction)
        uow.commit()
    return correction
