"""Use cases of the individual help plan (Hilfeplan).

Every use case returns what it changed — the records before and after, or the records it
created or removed — so that the desktop can undo it through ``services/history.py``.
Content changes need a draft; status of goals and evidence of requirements may also be
recorded on the agreed version (that is how the running plan is followed up, also while its
Fortschreibung is being drafted).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from fallmanager.domain.entity import Entity
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import (
    CataloguePhrase,
    EvidenceStatus,
    GoalLevel,
    GoalStatus,
    HelpPlanGoal,
    HelpPlanReview,
    HelpPlanVersion,
    LifeDomain,
    NeedAssessment,
    PhraseKind,
    ResidenceRequirement,
    TextTranslation,
    VersionStatus,
)
from fallmanager.domain.help_plan_catalogue import Catalogue, CatalogueEntry, seed_catalogue
from fallmanager.services.family_files import require_open_family
from fallmanager.services.history import Change
from fallmanager.services.ports import Records, UnitOfWork

# --- versions ---------------------------------------------------------------------------


def start_help_plan(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    drawn_up_on: date,
    participant_ids: tuple[uuid.UUID, ...] = (),
    participant_actor_ids: tuple[uuid.UUID, ...] = (),
    other_participants: tuple[str, ...] = (),
    family_language: str = "",
    review_on: date | None = None,
) -> HelpPlanVersion:
    """Begin the Erstplan of a family file as a draft."""
    version = HelpPlanVersion(
        family_id=family_id,
        number=1,
        drawn_up_on=drawn_up_on,
        participant_ids=participant_ids,
        participant_actor_ids=participant_actor_ids,
        other_participants=other_participants,
        family_language=family_language,
        review_on=review_on,
    )
    with uow:
        require_open_family(uow.records, family_id)
        if uow.records.find(HelpPlanVersion, family_id=family_id):
            raise DomainError(ErrorCode.HELP_PLAN_EXISTS, "family_id")
        uow.records.add(version)
        uow.commit()
    return version


def update_version(uow: UnitOfWork, *, version: HelpPlanVersion) -> Change:
    """Save the header of a draft (date, participants, review date, language, notes)."""
    with uow:
        before = uow.records.require(HelpPlanVersion, version.id)
        _require_draft(before)
        after = replace(
            version,
            family_id=before.family_id,
            number=before.number,
            previous_id=before.previous_id,
            status=before.status,
            agreed_on=before.agreed_on,
            signed_on=before.signed_on,
            signed_by_ids=before.signed_by_ids,
            signed_by_case_manager=before.signed_by_case_manager,
        )
        uow.records.update(after)
        uow.commit()
    return Change((before,), (after,))


def agree_version(uow: UnitOfWork, *, version_id: uuid.UUID, agreed_on: date) -> Change:
    """The family and the case manager agree on a draft; the version before it is superseded."""
    with uow:
        version = uow.records.require(HelpPlanVersion, version_id)
        _require_draft(version)
        agreed = replace(version, status=VersionStatus.AGREED, agreed_on=agreed_on)
        before: list[Entity] = [version]
        after: list[Entity] = [agreed]
        for other in uow.records.find(HelpPlanVersion, family_id=version.family_id):
            if other.id != version.id and other.status is VersionStatus.AGREED:
                before.append(other)
                after.append(replace(other, status=VersionStatus.SUPERSEDED))
        for record in after:
            uow.records.update(record)
        uow.commit()
    return Change(tuple(before), tuple(after))


def record_signatures(
    uow: UnitOfWork,
    *,
    version_id: uuid.UUID,
    signed_on: date,
    signed_by_ids: tuple[uuid.UUID, ...],
    signed_by_case_manager: bool,
) -> Change:
    """Record that (and when) the printed plan was signed, and by whom."""
    with uow:
        version = uow.records.require(HelpPlanVersion, version_id)
        if version.status is VersionStatus.DRAFT:
            raise DomainError(ErrorCode.HELP_PLAN_NOT_AGREED, "signed_on")
        signed = replace(
            version,
            signed_on=signed_on,
            signed_by_ids=signed_by_ids,
            signed_by_case_manager=signed_by_case_manager,
        )
        uow.records.update(signed)
        uow.commit()
    return Change((version,), (signed,))


def start_update(
    uow: UnitOfWork, *, family_id: uuid.UUID, drawn_up_on: date, review_on: date | None = None
) -> Change:
    """Begin a Fortschreibung: a new draft that starts as a copy of the newest version.

    Finished goals are carried over as they are (the history stays readable); the copy's
    items point at their originals, which is how two versions are compared.
    """
    with uow:
        require_open_family(uow.records, family_id)
        created = copy_latest_version(uow.records, family_id, drawn_up_on, review_on)
        uow.records.add_many(created)
        uow.commit()
    return Change((), tuple(created))


def copy_latest_version(
    records: Records, family_id: uuid.UUID, drawn_up_on: date, review_on: date | None
) -> list[Entity]:
    """Inside a running unit of work: a new draft version (first) copied from the newest one,
    with copies of its goals, needs and requirements — not yet added."""
    versions = records.find(HelpPlanVersion, family_id=family_id, order_by=("number",))
    if not versions:
        raise DomainError(ErrorCode.NOT_FOUND, "family_id")
    latest = versions[-1]
    if latest.status is VersionStatus.DRAFT:
        raise DomainError(ErrorCode.HELP_PLAN_DRAFT_OPEN, "family_id")
    version = HelpPlanVersion(
        family_id=family_id,
        number=latest.number + 1,
        previous_id=latest.id,
        drawn_up_on=max(drawn_up_on, latest.drawn_up_on),
        participant_ids=latest.participant_ids,
        participant_actor_ids=latest.participant_actor_ids,
        other_participants=latest.other_participants,
        review_on=review_on,
        family_language=latest.family_language,
        notes=latest.notes,
    )
    created: list[Entity] = [version]
    copies: dict[uuid.UUID, uuid.UUID] = {}
    goals = records.find(HelpPlanGoal, version_id=latest.id)
    # Parents before children, so that every copy can point at its parent's copy.
    by_level = sorted(goals, key=lambda g: list(GoalLevel).index(g.level))
    for goal in by_level:
        copy = replace(
            goal,
            id=uuid.uuid4(),
            version_id=version.id,
            parent_id=copies[goal.parent_id] if goal.parent_id else None,
            origin_id=goal.id,
        )
        copies[goal.id] = copy.id
        created.append(copy)
    for need in records.find(NeedAssessment, version_id=latest.id):
        created.append(replace(need, id=uuid.uuid4(), version_id=version.id, origin_id=need.id))
    requirements = records.find(ResidenceRequirement, version_id=latest.id)
    for requirement in requirements:
        copy_req = replace(
            requirement, id=uuid.uuid4(), version_id=version.id, origin_id=requirement.id
        )
        copies[requirement.id] = copy_req.id
        created.append(copy_req)
    owners = list(copies)
    for translation in records.find(TextTranslation, owner_id=owners) if owners else []:
        created.append(replace(translation, id=uuid.uuid4(), owner_id=copies[translation.owner_id]))
    return created


def record_review(
    uow: UnitOfWork,
    *,
    version_id: uuid.UUID,
    held_on: date,
    achieved: str,
    participant_ids: tuple[uuid.UUID, ...] = (),
    notes: str = "",
    start_next: bool = True,
    next_review_on: date | None = None,
) -> Change:
    """Überprüfung: record what was achieved; by default begin the next version with it
    (unless a Fortschreibung is already being drafted)."""
    review = HelpPlanReview(
        version_id=version_id,
        held_on=held_on,
        achieved=achieved,
        participant_ids=participant_ids,
        notes=notes,
    )
    with uow:
        version = uow.records.require(HelpPlanVersion, version_id)
        if version.status is VersionStatus.DRAFT:
            raise DomainError(ErrorCode.HELP_PLAN_NOT_AGREED, "version_id")
        created: list[Entity] = [review]
        uow.records.add(review)
        drafts = [
            v
            for v in uow.records.find(HelpPlanVersion, family_id=version.family_id)
            if v.status is VersionStatus.DRAFT
        ]
        if start_next and not drafts:  # a Fortschreibung already begun is continued
            require_open_family(uow.records, version.family_id)
            copies = copy_latest_version(uow.records, version.family_id, held_on, next_review_on)
            uow.records.add_many(copies)
            created += copies
        uow.commit()
    return Change((), tuple(created))


# --- goals ------------------------------------------------------------------------------


def add_goal(
    uow: UnitOfWork,
    *,
    version_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    level: GoalLevel,
    wording: str,
    catalogue_id: str = "",
    person_ids: tuple[uuid.UUID, ...] = (),
    domains: tuple[LifeDomain, ...] = (),
    responsible_actor_id: uuid.UUID | None = None,
    responsible_is_family: bool = False,
    due_on: date | None = None,
    notes: str = "",
) -> HelpPlanGoal:
    """Add a goal at the end of its parent's goals."""
    with uow:
        _editable(uow.records, version_id)
        goal = HelpPlanGoal(
            version_id=version_id,
            parent_id=parent_id,
            level=level,
            position=_next_position(uow.records, version_id, parent_id),
            wording=wording.strip(),
            catalogue_id=catalogue_id,
            person_ids=person_ids,
            domains=tuple(d.value for d in domains),
            responsible_actor_id=responsible_actor_id,
            responsible_is_family=responsible_is_family,
            due_on=due_on,
            notes=notes,
        )
        _check_parent(uow.records, goal)
        uow.records.add(goal)
        uow.commit()
    return goal


def add_goals_from_catalogue(
    uow: UnitOfWork,
    *,
    version_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    entry_ids: Sequence[str],
    catalogue: Catalogue | None = None,
) -> tuple[HelpPlanGoal, ...]:
    """Take catalogue entries into the plan; a goal of the report brings the goals and
    activities below it. Each entry goes where its level belongs: under ``parent_id`` if
    that fits, else as a new framework goal for a framework entry."""
    catalogue = catalogue or seed_catalogue()
    created: list[HelpPlanGoal] = []
    with uow:
        _editable(uow.records, version_id)
        parent = uow.records.require(HelpPlanGoal, parent_id) if parent_id else None
        for entry_id in entry_ids:
            entry = catalogue.entry(entry_id)
            if entry is None or entry.level is None:
                raise DomainError(ErrorCode.NOT_FOUND, "entry_ids", value=entry_id)
            under = parent.id if parent is not None else None
            expected = entry.level.parent_level
            if (parent.level if parent is not None else None) is not expected:
                raise DomainError(ErrorCode.GOAL_LEVEL_MISMATCH, "parent_id")
            position = _next_position(uow.records, version_id, under) + len(
                [g for g in created if g.parent_id == under]
            )
            created += _from_entry(catalogue, entry, version_id, under, position)
        uow.records.add_many(created)
        uow.commit()
    return tuple(created)


def _from_entry(
    catalogue: Catalogue,
    entry: CatalogueEntry,
    version_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    position: int,
) -> list[HelpPlanGoal]:
    assert entry.level is not None  # noqa: S101 - checked by the caller
    goal = HelpPlanGoal(
        version_id=version_id,
        parent_id=parent_id,
        level=entry.level,
        position=position,
        wording=entry.german,
        catalogue_id=entry.id,
        domains=(entry.domain.value,) if entry.domain else (),
    )
    goals = [goal]
    for index, child in enumerate(catalogue.children(entry.id)):
        goals += _from_entry(catalogue, child, version_id, goal.id, index)
    return goals


def update_goal(uow: UnitOfWork, *, goal: HelpPlanGoal) -> Change:
    """Save a goal edited in the goal dialog (its place in the tree stays)."""
    with uow:
        before = uow.records.require(HelpPlanGoal, goal.id)
        _editable(uow.records, before.version_id)
        after = replace(
            goal,
            version_id=before.version_id,
            parent_id=before.parent_id,
            level=before.level,
            position=before.position,
            origin_id=before.origin_id,
            wording=goal.wording.strip(),
        )
        uow.records.update(after)
        uow.commit()
    return Change((before,), (after,))


def set_goal_status(
    uow: UnitOfWork, *, goal_id: uuid.UUID, status: GoalStatus, drop_reason: str = ""
) -> Change:
    """Record the progress of a goal (also on the current agreed version)."""
    with uow:
        before = uow.records.require(HelpPlanGoal, goal_id)
        _trackable(uow.records, before.version_id)
        after = replace(
            before,
            status=status,
            drop_reason=drop_reason.strip() if status is GoalStatus.DROPPED else "",
        )
        uow.records.update(after)
        uow.commit()
    return Change((before,), (after,))


def move_goal(
    uow: UnitOfWork, *, goal_id: uuid.UUID, parent_id: uuid.UUID | None, position: int
) -> Change:
    """Move a goal to ``position`` among the goals under ``parent_id`` (drag and drop)."""
    with uow:
        goal = uow.records.require(HelpPlanGoal, goal_id)
        _editable(uow.records, goal.version_id)
        moved = replace(goal, parent_id=parent_id)
        _check_parent(uow.records, moved)
        siblings = [
            g
            for g in uow.records.find(HelpPlanGoal, version_id=goal.version_id)
            if g.parent_id == parent_id and g.id != goal.id
        ]
        siblings.sort(key=lambda g: (g.position, str(g.id)))
        position = max(0, min(position, len(siblings)))
        order = [*siblings[:position], moved, *siblings[position:]]
        before: list[Entity] = []
        after: list[Entity] = []
        for index, item in enumerate(order):
            original = goal if item.id == goal.id else item
            changed = replace(item, position=index)
            if changed != original:
                before.append(original)
                after.append(changed)
                uow.records.update(changed)
        if goal.parent_id != parent_id:  # close the gap the goal left behind
            old = [
                g
                for g in uow.records.find(HelpPlanGoal, version_id=goal.version_id)
                if g.parent_id == goal.parent_id and g.id != goal.id
            ]
            old.sort(key=lambda g: (g.position, str(g.id)))
            for index, item in enumerate(old):
                if item.position != index:
                    before.append(item)
                    after.append(replace(item, position=index))
                    uow.records.update(after[-1])
        uow.commit()
    return Change(tuple(before), tuple(after))


def remove_goal(uow: UnitOfWork, *, goal_id: uuid.UUID) -> Change:
    """Remove a goal with everything below it (and their translations)."""
    with uow:
        goal = uow.records.require(HelpPlanGoal, goal_id)
        _editable(uow.records, goal.version_id)
        all_goals = uow.records.find(HelpPlanGoal, version_id=goal.version_id)
        removed: list[Entity] = []
        frontier = [goal]
        while frontier:
            current = frontier.pop()
            removed.append(current)
            frontier += [g for g in all_goals if g.parent_id == current.id]
        goal_ids = [g.id for g in removed]
        removed += uow.records.find(TextTranslation, owner_id=goal_ids)
        for record in reversed(removed):
            uow.records.delete(type(record), record.id)
        uow.commit()
    return Change(tuple(removed), ())


# --- needs, requirements, translations ------------------------------------------------------


def save_need(uow: UnitOfWork, *, need: NeedAssessment) -> Change:
    """Add or update the resources and needs of a person in a life domain."""
    return _save(uow, need)


def remove_need(uow: UnitOfWork, *, need_id: uuid.UUID) -> Change:
    return _remove(uow, NeedAssessment, need_id)


def save_requirement(uow: UnitOfWork, *, requirement: ResidenceRequirement) -> Change:
    """Add or update a residence requirement (Anforderung der Ausländerbehörde)."""
    with uow:
        existing = uow.records.get(ResidenceRequirement, requirement.id)
        if existing is None:
            requirement = replace(
                requirement,
                position=len(
                    uow.records.find(ResidenceRequirement, version_id=requirement.version_id)
                ),
            )
    return _save(uow, requirement)


def set_evidence(uow: UnitOfWork, *, requirement_id: uuid.UUID, evidence: EvidenceStatus) -> Change:
    """Record where the evidence for a requirement stands (also on the agreed version)."""
    with uow:
        before = uow.records.require(ResidenceRequirement, requirement_id)
        _trackable(uow.records, before.version_id)
        after = replace(before, evidence=evidence)
        uow.records.update(after)
        uow.commit()
    return Change((before,), (after,))


def remove_requirement(uow: UnitOfWork, *, requirement_id: uuid.UUID) -> Change:
    return _remove(uow, ResidenceRequirement, requirement_id)


def set_translation(
    uow: UnitOfWork,
    *,
    owner_id: uuid.UUID,
    language: str,
    wording: str,
    needs_review: bool = True,
) -> Change:
    """Set (or, with an empty ``wording``, remove) the translation of a goal's or a
    requirement's text into ``language``."""
    with uow:
        owner: HelpPlanGoal | ResidenceRequirement | None = uow.records.get(
            HelpPlanGoal, owner_id
        ) or uow.records.get(ResidenceRequirement, owner_id)
        if owner is None:
            raise DomainError(ErrorCode.NOT_FOUND, "owner_id")
        _editable(uow.records, owner.version_id)
        change = write_translation(
            uow.records,
            owner_id=owner_id,
            language=language,
            wording=wording,
            needs_review=needs_review,
        )
        uow.commit()
    return change


def write_translation(
    records: Records, *, owner_id: uuid.UUID, language: str, wording: str, needs_review: bool
) -> Change:
    """Inside a running unit of work: set or (empty ``wording``) remove a translation."""
    existing = [
        t for t in records.find(TextTranslation, owner_id=owner_id) if t.language == language
    ]
    after: tuple[Entity, ...] = ()
    if wording.strip():
        if existing:
            translation = replace(existing[0], wording=wording.strip(), needs_review=needs_review)
            records.update(translation)
        else:
            translation = TextTranslation(
                owner_id=owner_id,
                language=language,
                wording=wording.strip(),
                needs_review=needs_review,
            )
            records.add(translation)
        after = (translation,)
    else:
        for translation in existing:
            records.delete(TextTranslation, translation.id)
    return Change(tuple(existing), after)


# --- catalogue --------------------------------------------------------------------------


def catalogue(uow: UnitOfWork) -> Catalogue:
    """The shipped catalogue plus the phrases the case managers added."""
    with uow:
        own = tuple(uow.records.all(CataloguePhrase))
    return seed_catalogue().with_own(own)


def add_catalogue_phrase(
    uow: UnitOfWork, *, kind: PhraseKind, wording: str, domain: LifeDomain | None = None
) -> CataloguePhrase:
    phrase = CataloguePhrase(kind=kind, wording=wording.strip(), domain=domain)
    with uow:
        uow.records.add(phrase)
        uow.commit()
    return phrase


# --- helpers ----------------------------------------------------------------------------


def _require_draft(version: HelpPlanVersion) -> None:
    if not version.is_editable:
        raise DomainError(ErrorCode.HELP_PLAN_NOT_EDITABLE, "version_id")


def _editable(records: Records, version_id: uuid.UUID) -> HelpPlanVersion:
    version = records.require(HelpPlanVersion, version_id)
    _require_draft(version)
    require_open_family(records, version.family_id)
    return version


def _trackable(records: Records, version_id: uuid.UUID) -> HelpPlanVersion:
    """A draft, or the agreed version: the running plan is followed up until a later
    version is agreed, also while a Fortschreibung is being drafted."""
    version = records.require(HelpPlanVersion, version_id)
    if version.status is VersionStatus.SUPERSEDED:
        raise DomainError(ErrorCode.HELP_PLAN_NOT_EDITABLE, "version_id")
    return version


def _next_position(records: Records, version_id: uuid.UUID, parent_id: uuid.UUID | None) -> int:
    siblings = [
        g for g in records.find(HelpPlanGoal, version_id=version_id) if g.parent_id == parent_id
    ]
    return max((g.position for g in siblings), default=-1) + 1


def _check_parent(records: Records, goal: HelpPlanGoal) -> None:
    """A goal hangs from a goal of the level above, in the same version."""
    if goal.parent_id is None:
        if goal.level.parent_level is not None:
            raise DomainError(ErrorCode.GOAL_LEVEL_MISMATCH, "parent_id")
        return
    parent = records.require(HelpPlanGoal, goal.parent_id)
    if parent.version_id != goal.version_id or parent.level is not goal.level.parent_level:
        raise DomainError(ErrorCode.GOAL_LEVEL_MISMATCH, "parent_id")


def _save(uow: UnitOfWork, record: NeedAssessment | ResidenceRequirement) -> Change:
    with uow:
        _editable(uow.records, record.version_id)
        existing = uow.records.get(type(record), record.id)
        if existing is None:
            uow.records.add(record)
        else:
            if existing.version_id != record.version_id:
                raise DomainError(ErrorCode.REFERENCE_MISMATCH, "version_id")
            uow.records.update(record)
        uow.commit()
    return Change((existing,) if existing is not None else (), (record,))


def _remove(
    uow: UnitOfWork, cls: type[NeedAssessment] | type[ResidenceRequirement], record_id: uuid.UUID
) -> Change:
    with uow:
        record = uow.records.require(cls, record_id)
        _editable(uow.records, record.version_id)
        removed: list[Entity] = [record]
        removed += uow.records.find(TextTranslation, owner_id=record_id)
        for item in removed:
            uow.records.delete(type(item), item.id)
        uow.commit()
    return Change(tuple(removed), ())
