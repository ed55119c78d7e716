"""Tasks (Aufgaben) of a family file."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.tasks import Task
from fallmanager.services.family_files import require_member, require_open_family
from fallmanager.services.ports import UnitOfWork


def add_task(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    title: str,
    due_on: date | None = None,
    person_id: uuid.UUID | None = None,
    responsible: str = "",
    notes: str = "",
) -> Task:
    task = Task(
        family_id=family_id,
        person_id=person_id,
        title=title.strip(),
        due_on=due_on,
        responsible=responsible.strip(),
        notes=notes,
    )
    with uow:
        require_open_family(uow.records, family_id)
        if person_id is not None:
            require_member(uow.records, family_id, person_id)
        uow.records.add(task)
        uow.commit()
    return task


def complete_task(uow: UnitOfWork, *, task_id: uuid.UUID, done_on: date | None = None) -> Task:
    with uow:
        task = uow.records.require(Task, task_id)
        if task.done:
            raise DomainError(ErrorCode.TASK_ALREADY_DONE, "done")
        done = replace(task, done=True, done_on=done_on or date.today())
        uow.records.update(done)
        uow.commit()
    return done


def reopen_task(uow: UnitOfWork, *, task_id: uuid.UUID) -> Task:
    with uow:
        task = uow.records.require(Task, task_id)
        reopened = replace(task, done=False, done_on=None)
        uow.records.update(reopened)
        uow.commit()
    return reopened
