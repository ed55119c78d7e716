"""Use cases of case conferences (Fallkonferenzen): planning, agenda, minutes, and taking
agreed steps into the help plan.

Every use case returns what it changed (for undo). The consent gate itself is pure
(:mod:`fallmanager.domain.consent_gate`); documents that leave the application are logged
through :mod:`fallmanager.services.disclosure`.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from fallmanager.domain.case_conference import (
    CASE_LABEL_ALPHABET,
    AgreedStep,
    CaseConference,
    ConferenceStatus,
    ConferenceTopic,
    names_in,
)
from fallmanager.domain.entity import Entity
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyMembership
from fallmanager.domain.help_plan import (
    GoalLevel,
    HelpPlanGoal,
    HelpPlanVersion,
    VersionStatus,
)
from fallmanager.domain.network import Actor
from fallmanager.domain.people import NameVariant, Person
from fallmanager.domain.tasks import Task
from fallmanager.services.family_files import require_members, require_open_family
from fallmanager.services.help_plan import copy_latest_version, write_translation
from fallmanager.services.history import Change
from fallmanager.services.ports import Records, UnitOfWork


def new_case_label(uow: UnitOfWork) -> str:
    """A pseudonymous case label ("FK-7Q3KA") not used by any other conference of the vault."""
    with uow:
        taken = {c.case_label for c in uow.records.all(CaseConference)}
    while True:
        label = "FK-" + "".join(secrets.choice(CASE_LABEL_ALPHABET) for _ in range(5))
        if label not in taken:
            return label


def save_conference(uow: UnitOfWork, *, conference: CaseConference) -> Change:
    """Plan a conference, or change a planned one (time, place, participants, mode)."""
    with uow:
        records = uow.records
        require_open_family(records, conference.family_id)
        existing = records.get(CaseConference, conference.id)
        if existing is not None and existing.family_id != conference.family_id:
            raise DomainError(ErrorCode.REFERENCE_MISMATCH, "family_id")
        _check_conference(records, conference)
        if existing is None:
            records.add(conference)
        else:
            records.update(conference)
        uow.commit()
    return Change((existing,) if existing is not None else (), (conference,))


def set_conference_status(
    uow: UnitOfWork, *, conference_id: uuid.UUID, status: ConferenceStatus
) -> Change:
    with uow:
        before = uow.records.require(CaseConference, conference_id)
        require_open_family(uow.records, before.family_id)
        after = replace(before, status=status)
        uow.records.update(after)
        uow.commit()
    return Change((before,), (after,))


def remove_conference(uow: UnitOfWork, *, conference_id: uuid.UUID) -> Change:
    """Remove a conference with its agenda and minutes (documents already sent stay logged)."""
    with uow:
        records = uow.records
        conference = records.require(CaseConference, conference_id)
        require_open_family(records, conference.family_id)
        topics = records.find(ConferenceTopic, conference_id=conference_id)
        steps = records.find(AgreedStep, topic_id=[t.id for t in topics]) if topics else []
        removed: list[Entity] = [conference, *topics, *steps]
        for record in reversed(removed):
            records.delete(type(record), record.id)
        uow.commit()
    return Change(tuple(removed), ())


def save_topic(uow: UnitOfWork, *, topic: ConferenceTopic) -> Change:
    """Add a topic to the agenda (at the end if new) or change it, its result included."""
    with uow:
        records = uow.records
        conference = _conference(records, topic.conference_id)
        existing = records.get(ConferenceTopic, topic.id)
        if existing is not None and existing.conference_id != topic.conference_id:
            raise DomainError(ErrorCode.REFERENCE_MISMATCH, "conference_id")
        if existing is None:
            siblings = records.find(ConferenceTopic, conference_id=topic.conference_id)
            topic = replace(topic, position=max((t.position for t in siblings), default=-1) + 1)
        require_members(records, conference.family_id, topic.person_ids, "person_ids")
        if topic.lead_actor_id is not None:
            records.require(Actor, topic.lead_actor_id)
        if conference.anonymised:
            _require_no_names(records, conference.family_id, (topic.title, topic.result), "title")
        if existing is None:
            records.add(topic)
        else:
            records.update(topic)
        uow.commit()
    return Change((existing,) if existing is not None else (), (topic,))


def move_topic(uow: UnitOfWork, *, topic_id: uuid.UUID, offset: int) -> Change:
    """Move a topic up (−1) or down (+1) the agenda."""
    with uow:
        records = uow.records
        topic = records.require(ConferenceTopic, topic_id)
        _conference(records, topic.conference_id)
        ordered = sorted(
            records.find(ConferenceTopic, conference_id=topic.conference_id),
            key=lambda t: (t.position, str(t.id)),
        )
        index = next(i for i, t in enumerate(ordered) if t.id == topic_id)
        target = index + offset
        if not 0 <= target < len(ordered) or offset == 0:
            return Change((), ())
        ordered.insert(target, ordered.pop(index))
        before: list[Entity] = []
        after: list[Entity] = []
        for position, item in enumerate(ordered):
            if item.position != position:
                before.append(item)
                moved = replace(item, position=position)
                after.append(moved)
                records.update(moved)
        uow.commit()
    return Change(tuple(before), tuple(after))


def remove_topic(uow: UnitOfWork, *, topic_id: uuid.UUID) -> Change:
    with uow:
        records = uow.records
        topic = records.require(ConferenceTopic, topic_id)
        _conference(records, topic.conference_id)
        steps = records.find(AgreedStep, topic_id=topic_id)
        removed: list[Entity] = [topic, *steps]
        for record in reversed(removed):
            records.delete(type(record), record.id)
        uow.commit()
    return Change(tuple(removed), ())


def save_step(uow: UnitOfWork, *, step: AgreedStep) -> Change:
    """Record or change an agreed next step of a topic (minutes)."""
    with uow:
        records = uow.records
        topic = records.require(ConferenceTopic, step.topic_id)
        conference = _conference(records, topic.conference_id)
        existing = records.get(AgreedStep, step.id)
        if existing is not None and existing.topic_id != step.topic_id:
            raise DomainError(ErrorCode.REFERENCE_MISMATCH, "topic_id")
        if existing is None:
            siblings = records.find(AgreedStep, topic_id=step.topic_id)
            step = replace(step, position=max((s.position for s in siblings), default=-1) + 1)
        require_members(records, conference.family_id, step.person_ids, "person_ids")
        if step.responsible_actor_id is not None:
            records.require(Actor, step.responsible_actor_id)
        if step.outcome_goal_id is not None:
            goal = records.require(HelpPlanGoal, step.outcome_goal_id)
            if goal.level is not GoalLevel.OUTCOME:
                raise DomainError(ErrorCode.GOAL_LEVEL_MISMATCH, "outcome_goal_id")
        if conference.anonymised:
            _require_no_names(records, conference.family_id, (step.wording,), "wording")
        if existing is None:
            records.add(step)
        else:
            records.update(step)
        uow.commit()
    return Change((existing,) if existing is not None else (), (step,))


def remove_step(uow: UnitOfWork, *, step_id: uuid.UUID) -> Change:
    with uow:
        step = uow.records.require(AgreedStep, step_id)
        uow.records.delete(AgreedStep, step_id)
        uow.commit()
    return Change((step,), ())


def set_minutes_translation(
    uow: UnitOfWork,
    *,
    owner_id: uuid.UUID,
    language: str,
    wording: str,
    needs_review: bool = True,
) -> Change:
    """Translate a topic's result or a step's wording for the family's results sheet."""
    with uow:
        records = uow.records
        topic = records.get(ConferenceTopic, owner_id)
        if topic is None:
            step = records.get(AgreedStep, owner_id)
            if step is None:
                raise DomainError(ErrorCode.NOT_FOUND, "owner_id")
            topic = records.require(ConferenceTopic, step.topic_id)
        _conference(records, topic.conference_id)
        change = write_translation(
            records,
            owner_id=owner_id,
            language=language,
            wording=wording,
            needs_review=needs_review,
        )
        uow.commit()
    return change


def take_steps_into_help_plan(
    uow: UnitOfWork,
    *,
    conference_id: uuid.UUID,
    step_ids: Sequence[uuid.UUID],
    today: date,
    family_label: str = "Familie",
    task_note: str = "",
) -> Change:
    """Turn agreed steps into activities of the help plan and tasks (Aufgaben).

    The activities go into the draft version; if the running plan is agreed and no update is
    being drafted, a Fortschreibung is started for them. Each activity hangs under the step's
    Ergebnisziel (or that goal's copy in the draft), else under the first Ergebnisziel the
    topic is tied to. Steps already taken over are skipped. All or nothing.
    """
    with uow:
        records = uow.records
        conference = _conference(records, conference_id)
        topics = {t.id: t for t in records.find(ConferenceTopic, conference_id=conference_id)}
        found = records.find(AgreedStep, id=list(step_ids))
        steps = [s for s in found if not s.taken_into_help_plan]
        if any(s.topic_id not in topics for s in steps):
            raise DomainError(ErrorCode.REFERENCE_MISMATCH, "step_ids")
        if not steps:
            return Change((), ())
        versions = records.find(HelpPlanVersion, family_id=conference.family_id)
        if not versions:
            raise DomainError(ErrorCode.NO_OUTCOME_GOAL, "help_plan")
        draft = next((v for v in versions if v.status is VersionStatus.DRAFT), None)
        started: list[Entity] = []
        if draft is None:  # a Fortschreibung for them, in the same transaction
            started = copy_latest_version(records, conference.family_id, today, None)
            records.add_many(started)
            draft = next(e for e in started if isinstance(e, HelpPlanVersion))
        goals = records.find(HelpPlanGoal, version_id=draft.id)
        positions: dict[uuid.UUID, int] = {}
        before: list[Entity] = []
        after: list[Entity] = list(started)
        for step in sorted(steps, key=lambda s: (topics[s.topic_id].position, s.position)):
            parent = _outcome_goal_in(records, goals, step, topics[step.topic_id])
            if parent is None:
                raise DomainError(ErrorCode.NO_OUTCOME_GOAL, "outcome_goal_id")
            if parent.id not in positions:
                positions[parent.id] = max(
                    (g.position for g in goals if g.parent_id == parent.id), default=-1
                )
            positions[parent.id] += 1
            actor = (
                records.get(Actor, step.responsible_actor_id) if step.responsible_actor_id else None
            )
            activity = HelpPlanGoal(
                version_id=draft.id,
                parent_id=parent.id,
                level=GoalLevel.ACTIVITY,
                position=positions[parent.id],
                wording=step.wording,
                person_ids=step.person_ids,
                domains=parent.domains,
                responsible_actor_id=step.responsible_actor_id,
                responsible_is_family=step.responsible_is_family,
                due_on=step.due_on,
            )
            responsible = [actor.name if actor is not None else ""]
            if step.responsible_is_family:
                responsible.append(family_label)
            task = Task(
                family_id=conference.family_id,
                person_id=step.person_ids[0] if len(step.person_ids) == 1 else None,
                title=step.wording[:200],
                due_on=step.due_on,
                responsible=", ".join(r for r in responsible if r)[:200],
                notes=task_note,
            )
            taken = replace(step, activity_id=activity.id, task_id=task.id)
            records.add(activity)
            records.add(task)
            records.update(taken)
            before.append(step)
            after += [activity, task, taken]
        uow.commit()
    return Change(tuple(before), tuple(after))


def _outcome_goal_in(
    records: Records, goals: list[HelpPlanGoal], step: AgreedStep, topic: ConferenceTopic
) -> HelpPlanGoal | None:
    """The Ergebnisziel in the draft a step belongs under (following copies by origin)."""
    wanted: list[uuid.UUID] = []
    if step.outcome_goal_id is not None:
        wanted.append(step.outcome_goal_id)
    for goal_id in topic.goal_ids:
        goal = records.get(HelpPlanGoal, goal_id)
        if goal is None:
            continue
        if goal.level is GoalLevel.OUTCOME:
            wanted.append(goal.id)
        elif goal.level is GoalLevel.ACTIVITY and goal.parent_id is not None:
            wanted.append(goal.parent_id)
    outcomes = [g for g in goals if g.level is GoalLevel.OUTCOME]
    for goal_id in wanted:
        lineage = _lineage(records, goal_id)
        match = next(
            (g for g in outcomes if g.id in lineage or (g.origin_id and g.origin_id in lineage)),
            None,
        )
        if match is not None:
            return match
    return None


def _lineage(records: Records, goal_id: uuid.UUID) -> set[uuid.UUID]:
    """A goal and every later copy of it (copies point at their original by ``origin_id``)."""
    found = {goal_id}
    frontier = [goal_id]
    while frontier:
        copies = records.find(HelpPlanGoal, origin_id=frontier)
        frontier = [c.id for c in copies if c.id not in found]
        found |= set(frontier)
    return found


def _conference(records: Records, conference_id: uuid.UUID) -> CaseConference:
    conference = records.require(CaseConference, conference_id)
    require_open_family(records, conference.family_id)
    return conference


def _check_conference(records: Records, conference: CaseConference) -> None:
    if conference.anonymised and conference.participant_person_ids:
        # The family does not sit in on a discussion of its case without names.
        raise DomainError(ErrorCode.INVALID_VALUE, "participant_person_ids")
    require_members(
        records, conference.family_id, conference.participant_person_ids, "participant_person_ids"
    )
    actor_ids = set(conference.participant_actor_ids)
    if conference.initiator_actor_id is not None:
        actor_ids.add(conference.initiator_actor_id)
    if len(records.find(Actor, id=list(actor_ids))) != len(actor_ids):
        raise DomainError(ErrorCode.NOT_FOUND, "participant_actor_ids")
    if conference.anonymised:
        topics = records.find(ConferenceTopic, conference_id=conference.id)
        texts = [conference.place, *(t.title for t in topics), *(t.result for t in topics)]
        _require_no_names(records, conference.family_id, texts, "anonymised")


def _require_no_names(
    records: Records, family_id: uuid.UUID, texts: Sequence[str], field: str
) -> None:
    member_ids = [m.person_id for m in records.find(FamilyMembership, family_id=family_id)]
    persons = records.find(Person, id=member_ids)
    names = [n for p in persons for n in (p.given_names, p.family_name) if n]
    names += [
        n
        for v in records.find(NameVariant, person_id=member_ids)
        for n in (v.given_names, v.family_name)
        if n
    ]
    found = names_in("\n".join(texts), names)
    if found:
        raise DomainError(ErrorCode.NAME_IN_ANONYMISED, field, name=found[0])
