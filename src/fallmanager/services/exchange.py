"""Exporting and importing exchange documents.

An import validates the whole document first — structure, every record, references,
case numbers, relationship rules, append-only notes — and only then writes everything in one
transaction, or nothing. Records are identified by their ids, so importing the same file
twice creates no duplicates: unchanged records are left alone, changed ones updated.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from fallmanager.domain.entity import Entity, field_specs
from fallmanager.domain.errors import DomainError
from fallmanager.domain.model import APPEND_ONLY, ENTITY_BY_NAME, ENTITY_TYPES
from fallmanager.domain.people import Person
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.relationships import ParentChildLink
from fallmanager.exchange.document import (
    Document,
    InvalidDocumentError,
    Problem,
    Scope,
    check_document,
    read_document,
    sorted_collections,
    write_document,
)
from fallmanager.messages import describe_error
from fallmanager.services.family_files import collect_family_file, find_family_by_case_number
from fallmanager.services.ports import Records, UnitOfWork

#: Above this many records an import rebuilds the search index once instead of per record.
BULK_THRESHOLD = 2_000
_CHUNK = 5_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportReport:
    scope: Scope
    created: int
    updated: int
    unchanged: int
    restored: int

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.restored


def export_vault(uow: UnitOfWork, *, out: BinaryIO) -> int:
    """Write every live record of the vault; return the number of records."""
    with uow:
        return write_document(uow.records.iterate, Scope.VAULT, out)


def export_family(uow: UnitOfWork, *, case_number: str, out: BinaryIO) -> int:
    """Write one family file with everything it refers to (actors, accommodation …)."""
    family = find_family_by_case_number(uow, case_number=case_number)
    with uow:
        detail = collect_family_file(uow.records, family.id)
        records = _closed_under_references(uow.records, list(detail.records()))
        return write_document(sorted_collections(records), Scope.FAMILY_FILE, out)


def _closed_under_references(records: Records, selection: list[Entity]) -> list[Entity]:
    """Add every record that the selection refers to, so the export has no dangling ids."""
    chosen = {record.id: record for record in selection}
    pending = list(selection)
    while pending:
        wanted: dict[type[Entity], set[uuid.UUID]] = {}
        for record in pending:
            for spec in field_specs(type(record)):
                if spec.ref is None:
                    continue
                value = getattr(record, spec.name)
                for target in value if isinstance(value, tuple) else (value,):
                    if target is not None and target not in chosen:
                        wanted.setdefault(ENTITY_BY_NAME[spec.ref], set()).add(target)
        pending = []
        for cls, ids in wanted.items():
            for record in records.find(cls, id=sorted(ids, key=str)):
                chosen[record.id] = record
                pending.append(record)
    return list(chosen.values())


def import_document(
    uow: UnitOfWork,
    *,
    data: bytes,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Validate and import an exchange document: all or nothing."""
    return _import(uow, read_document(data), today or date.today(), progress)


def import_records(
    uow: UnitOfWork,
    *,
    records: Iterable[Entity],
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import records built in memory (synthetic data) with the same checks as a file."""
    document = Document(Scope.VAULT)
    for record in records:
        document.records.setdefault(type(record), []).append(record)
    return _import(uow, document, today or date.today(), progress)


def _import(
    uow: UnitOfWork, document: Document, today: date, progress: Progress | None
) -> ImportReport:
    _check_plausible_dates(document, today)
    with uow:
        id_sets = {cls: uow.records.id_sets(cls) for cls in ENTITY_TYPES}
        live = {cls: sets[0] for cls, sets in id_sets.items()}
        check_document(
            document,
            live,
            uow.queries.case_numbers(),
            uow.records.all(ParentChildLink),
        )
        plan = _plan(uow.records, document, id_sets)
        bulk = document.count > BULK_THRESHOLD
        _apply(uow.records, plan, progress)
        if bulk:
            uow.rebuild_search_index()
        uow.commit()
    report = ImportReport(
        scope=document.scope,
        created=sum(len(v) for v in plan.create.values()),
        updated=len(plan.update),
        unchanged=plan.unchanged,
        restored=len(plan.restore),
    )
    # Free the records kind by kind: dropping a whole vault's worth at once would hold the
    # interpreter lock for about a second, and the desktop's window with it.
    plan.update.clear()
    plan.restore.clear()
    for cls in ENTITY_TYPES:
        document.records.pop(cls, None)
        plan.create.pop(cls, None)
        id_sets.pop(cls, None)
        live.pop(cls, None)
    return report


def _check_plausible_dates(document: Document, today: date) -> None:
    problems = []
    for index, person in enumerate(document.records.get(Person, ())):
        if not isinstance(person, Person):  # pragma: no cover - guaranteed by reading
            continue
        try:
            person.check_dates_against(today)
        except DomainError as exc:
            problems.append(
                Problem(
                    f"$.records.persons[{index}].{exc.field}",
                    describe_error(DomainError(exc.code)),
                )
            )
    if problems:
        raise InvalidDocumentError(problems)


@dataclass
class _Plan:
    create: dict[type[Entity], list[Entity]]
    update: list[Entity]
    restore: list[Entity]
    unchanged: int


def _plan(
    records: Records,
    document: Document,
    id_sets: dict[type[Entity], tuple[set[uuid.UUID], set[uuid.UUID]]],
) -> _Plan:
    plan = _Plan(create={}, update=[], restore=[], unchanged=0)
    problems: list[Problem] = []
    for cls in ENTITY_TYPES:
        incoming = document.records.get(cls, [])
        if not incoming:
            continue
        live, tombstoned = id_sets[cls]
        existing_ids = [r.id for r in incoming if r.id in live]
        current = {r.id: r for r in records.find(cls, id=existing_ids)} if existing_ids else {}
        for index, record in enumerate(incoming):
            if record.id in tombstoned:
                plan.restore.append(record)
            elif record.id not in live:
                plan.create.setdefault(cls, []).append(record)
            elif to_primitive(current[record.id]) == to_primitive(record):
                plan.unchanged += 1
            elif cls in APPEND_ONLY:
                problems.append(
                    Problem(
                        f"$.records.{cls.collection}[{index}]",
                        f"{cls.collection} are append-only; "
                        "a different record with this id exists already",
                    )
                )
            else:
                plan.update.append(record)
    if problems:
        raise InvalidDocumentError(problems)
    return plan


def _apply(records: Records, plan: _Plan, progress: Progress | None) -> None:
    total = sum(len(v) for v in plan.create.values()) + len(plan.update) + len(plan.restore)
    done = 0
    for cls in ENTITY_TYPES:
        items = plan.create.get(cls, [])
        for start in range(0, len(items), _CHUNK):
            chunk = items[start : start + _CHUNK]
            records.add_many(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    for record in plan.update:
        records.update(record)
    for record in plan.restore:
        records.restore(record)
    if progress:
        progress(total, total)
