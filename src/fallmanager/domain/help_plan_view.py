"""Read views of a help plan: one version with everything in it, and what changed between two.

Built from a ``FamilyFileDetail`` (the snapshot every tab of a family file works on), so the
editor, the printouts and the comparison all see the same data.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from fallmanager.domain.family import FamilyFile
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import (
    HelpPlanGoal,
    HelpPlanReview,
    HelpPlanVersion,
    NeedAssessment,
    ResidenceRequirement,
    TextTranslation,
    VersionStatus,
)
from fallmanager.domain.help_plan_catalogue import Catalogue, seed_catalogue
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person

Owner = HelpPlanGoal | ResidenceRequirement


@dataclass(frozen=True, slots=True)
class HelpPlanSnapshot:
    """One version of a family's help plan with the persons and actors it names."""

    family: FamilyFile
    version: HelpPlanVersion
    versions: tuple[HelpPlanVersion, ...]  # all versions, by number
    persons: tuple[Person, ...]
    actors: tuple[Actor, ...]
    needs: tuple[NeedAssessment, ...]
    goals: tuple[HelpPlanGoal, ...]
    requirements: tuple[ResidenceRequirement, ...]
    reviews: tuple[HelpPlanReview, ...]  # of this version
    translations: tuple[TextTranslation, ...]
    catalogue: Catalogue

    @property
    def is_current(self) -> bool:
        """The newest version: the one being worked on or run."""
        return self.version.id == self.versions[-1].id

    @property
    def tracks_progress(self) -> bool:
        """Status and evidence may be recorded: a draft, or the agreed (running) version."""
        return self.version.status is not VersionStatus.SUPERSEDED

    def goals_under(self, parent_id: uuid.UUID | None) -> tuple[HelpPlanGoal, ...]:
        """The goals under ``parent_id`` (the framework goals for None), in their order."""
        return tuple(
            sorted(
                (g for g in self.goals if g.parent_id == parent_id),
                key=lambda g: (g.position, str(g.id)),
            )
        )

    def goal(self, goal_id: uuid.UUID) -> HelpPlanGoal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def person(self, person_id: uuid.UUID | None) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def actor(self, actor_id: uuid.UUID | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def own_translation(self, owner_id: uuid.UUID, language: str) -> TextTranslation | None:
        return next(
            (t for t in self.translations if t.owner_id == owner_id and t.language == language),
            None,
        )

    def wording_in(self, owner: Owner, language: str) -> str | None:
        """The owner's text in ``language``: the case manager's own translation, else the
        catalogue's (when the text is still the catalogue's wording), else None."""
        if language in ("", "de"):
            return owner.wording
        own = self.own_translation(owner.id, language)
        if own is not None:
            return own.wording
        entry = self.catalogue.entry(owner.catalogue_id) if owner.catalogue_id else None
        if entry is not None and entry.german == owner.wording:
            return entry.in_language(language)
        return None

    def needs_review_in(self, owner: Owner, language: str) -> bool:
        """Whether the translation printed for ``owner`` still awaits a professional check."""
        own = self.own_translation(owner.id, language)
        if own is not None:
            return own.needs_review
        entry = self.catalogue.entry(owner.catalogue_id) if owner.catalogue_id else None
        return entry is not None and language in entry.needs_review


def plan_versions(detail: FamilyFileDetail) -> tuple[HelpPlanVersion, ...]:
    """The versions of the family's help plan, Erstplan first."""
    return tuple(sorted(detail.help_plan_versions, key=lambda v: v.number))


def current_version(detail: FamilyFileDetail) -> HelpPlanVersion | None:
    """The newest version of the family's help plan (None: no plan yet)."""
    return max(detail.help_plan_versions, key=lambda v: v.number, default=None)


def help_plan_snapshot(
    detail: FamilyFileDetail, version_id: uuid.UUID, catalogue: Catalogue | None = None
) -> HelpPlanSnapshot:
    """One version of the family's help plan; raises KeyError for an unknown version."""
    versions = plan_versions(detail)
    version = next((v for v in versions if v.id == version_id), None)
    if version is None:
        raise KeyError(version_id)
    goals = tuple(g for g in detail.help_plan_goals if g.version_id == version_id)
    requirements = tuple(
        sorted(
            (r for r in detail.residence_requirements if r.version_id == version_id),
            key=lambda r: (r.position, str(r.id)),
        )
    )
    owners = {g.id for g in goals} | {r.id for r in requirements}
    return HelpPlanSnapshot(
        family=detail.family,
        version=version,
        versions=versions,
        persons=detail.persons,
        actors=detail.actors,
        needs=tuple(n for n in detail.need_assessments if n.version_id == version_id),
        goals=goals,
        requirements=requirements,
        reviews=tuple(r for r in detail.help_plan_reviews if r.version_id == version_id),
        translations=tuple(t for t in detail.text_translations if t.owner_id in owners),
        catalogue=catalogue or seed_catalogue(),
    )


# --- comparing two versions -------------------------------------------------------------


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class ItemChange:
    """One goal, need or requirement that differs between two versions.

    ``fields`` names what changed (for CHANGED); ``old``/``new`` are the records (one of
    them None for ADDED/REMOVED).
    """

    kind: ChangeKind
    old: HelpPlanGoal | NeedAssessment | ResidenceRequirement | None
    new: HelpPlanGoal | NeedAssessment | ResidenceRequirement | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VersionDiff:
    old: HelpPlanVersion
    new: HelpPlanVersion
    goals: tuple[ItemChange, ...]
    needs: tuple[ItemChange, ...]
    requirements: tuple[ItemChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.goals or self.needs or self.requirements)


#: Fields that are bookkeeping of a version, not content, when comparing.
_IGNORED = {"id", "version_id", "origin_id", "parent_id", "position"}


def compare_versions(old: HelpPlanSnapshot, new: HelpPlanSnapshot) -> VersionDiff:
    """What changed from ``old`` to ``new``: items are matched through ``origin_id`` (a
    copy made for the next version points at its original)."""
    return VersionDiff(
        old=old.version,
        new=new.version,
        goals=_changes(old.goals, new.goals, _goal_place(old), _goal_place(new)),
        needs=_changes(old.needs, new.needs),
        requirements=_changes(old.requirements, new.requirements),
    )


def _goal_place(snapshot: HelpPlanSnapshot) -> dict[uuid.UUID, str]:
    """Where a goal stands, as the origin-resolved id of its parent (moves count as changes)."""
    return {g.id: str(g.parent_id) for g in snapshot.goals}


def _changes(
    old_items: Iterable[HelpPlanGoal | NeedAssessment | ResidenceRequirement],
    new_items: Iterable[HelpPlanGoal | NeedAssessment | ResidenceRequirement],
    old_place: dict[uuid.UUID, str] | None = None,
    new_place: dict[uuid.UUID, str] | None = None,
) -> tuple[ItemChange, ...]:
    olds = {item.id: item for item in old_items}
    news = list(new_items)
    matched: set[uuid.UUID] = set()
    changes: list[ItemChange] = []
    # A new item's parent is matched to the old parent through the parent's origin.
    new_origin = {item.id: item.origin_id for item in news}
    for item in news:
        original = olds.get(item.origin_id) if item.origin_id else None
        if original is None:
            changes.append(ItemChange(ChangeKind.ADDED, None, item))
            continue
        matched.add(original.id)
        changed = tuple(
            f.name
            for f in fields(item)
            if f.name not in _IGNORED and getattr(item, f.name) != getattr(original, f.name)
        )
        if old_place is not None and new_place is not None:
            new_parent = getattr(item, "parent_id", None)
            mapped = str(new_origin.get(new_parent)) if new_parent else "None"
            if mapped != old_place.get(original.id, "None"):
                changed += ("parent_id",)
        if changed:
            changes.append(ItemChange(ChangeKind.CHANGED, original, item, changed))
    for item in olds.values():
        if item.id not in matched:
            changes.append(ItemChange(ChangeKind.REMOVED, item, None))
    return tuple(changes)


def is_adult(person: Person, on: date) -> bool:
    """18 or older on ``on`` (unknown birth dates count as adult only when certain)."""
    if person.birth_date is None:
        return False
    youngest, _ = person.birth_date.age_on(on)
    return youngest >= 18
