"""The individual help plan (individueller Hilfeplan) and its versions.

A family file has one help plan made of versions: the first plan (Erstplan), then updates
(Fortschreibungen), each drawn up with the family on a date. A version holds the resources
and needs per family member and life domain, the goals in the hierarchy Rahmenziel →
Ergebnisziel → Aktivität, and the requirements the immigration office names for a secure
residence right. Once agreed, a version's content is kept as it was; what is tracked while it
runs — the status of goals and activities, the evidence for a requirement — may still be
recorded. A review (Überprüfung) records what was achieved and leads to the next version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.entity import (
    LINE,
    TEXT,
    Entity,
    codes,
    labels,
    optional_ref,
    ref,
    refs,
    text,
)
from fallmanager.domain.errors import DomainError, ErrorCode


class LifeDomain(StrEnum):
    """Life domains (Lebensbereiche) resources, needs and goals are recorded for."""

    HOUSING = "housing"  # Wohnen
    HEALTH = "health"  # Gesundheit
    SCHOOL_CHILDCARE = "school_childcare"  # Schule / Kinderbetreuung
    TRAINING_WORK = "training_work"  # Ausbildung / Arbeit
    LANGUAGE = "language"  # Sprache
    LIVELIHOOD = "livelihood"  # Lebensunterhalt / Finanzen
    RESIDENCE = "residence"  # Aufenthalt
    FAMILY_PARENTING = "family_parenting"  # Familie / Erziehung
    SOCIAL_LIFE = "social_life"  # soziales Leben


LIFE_DOMAIN_PATTERN = "|".join(d.value for d in LifeDomain)


class VersionStatus(StrEnum):
    DRAFT = "draft"  # Entwurf: still being worked out
    AGREED = "agreed"  # vereinbart: the current plan, content kept unchanged
    SUPERSEDED = "superseded"  # abgelöst by a later agreed version


class NeedLevel(StrEnum):
    """A short rating of the need in a life domain."""

    NONE = "none"  # kein Bedarf
    LOW = "low"  # geringer Bedarf
    MEDIUM = "medium"  # mittlerer Bedarf
    HIGH = "high"  # hoher Bedarf


class GoalLevel(StrEnum):
    FRAMEWORK = "framework"  # Rahmenziel
    OUTCOME = "outcome"  # Ergebnisziel
    ACTIVITY = "activity"  # Aktivität

    @property
    def parent_level(self) -> GoalLevel | None:
        """The level a goal of this level hangs from (None: top level)."""
        return {
            GoalLevel.FRAMEWORK: None,
            GoalLevel.OUTCOME: GoalLevel.FRAMEWORK,
            GoalLevel.ACTIVITY: GoalLevel.OUTCOME,
        }[self]


class GoalStatus(StrEnum):
    OPEN = "open"  # offen
    IN_PROGRESS = "in_progress"  # in Arbeit
    DONE = "done"  # erledigt
    DROPPED = "dropped"  # entfällt (with a reason)

    @property
    def is_finished(self) -> bool:
        return self in (GoalStatus.DONE, GoalStatus.DROPPED)


class EvidenceStatus(StrEnum):
    """Where the proof for a residence requirement stands."""

    MISSING = "missing"  # fehlt
    REQUESTED = "requested"  # beantragt / angefordert
    PRESENT = "present"  # liegt vor


@dataclass(frozen=True, slots=True, kw_only=True)
class HelpPlanVersion(Entity):
    """One version of a family's help plan: the Erstplan (number 1) or a Fortschreibung."""

    entity_name: ClassVar[str] = "help_plan_version"
    collection: ClassVar[str] = "help_plan_versions"

    family_id: uuid.UUID = ref("family_file")
    number: int = 1
    previous_id: uuid.UUID | None = optional_ref("help_plan_version")
    status: VersionStatus = VersionStatus.DRAFT
    drawn_up_on: date
    #: Family members and network actors who took part in drawing it up.
    participant_ids: tuple[uuid.UUID, ...] = refs("person")
    participant_actor_ids: tuple[uuid.UUID, ...] = refs("actor")
    other_participants: tuple[str, ...] = labels(max_items=20)
    agreed_on: date | None = None
    review_on: date | None = None  # Überprüfung
    #: The family's language for the printed family version ("" = German only).
    family_language: str = text(12)
    #: Signatures on the printed plan: the adult members who signed, and the case manager.
    signed_on: date | None = None
    signed_by_ids: tuple[uuid.UUID, ...] = refs("person")
    signed_by_case_manager: bool = False
    notes: str = text(TEXT, multiline=True)  # internal, office version only

    def check(self) -> None:
        if self.number < 1:
            raise DomainError(ErrorCode.INVALID_VALUE, "number")
        if self.status is VersionStatus.DRAFT and self.agreed_on is not None:
            raise DomainError(ErrorCode.INVALID_VALUE, "agreed_on")
        if self.status is not VersionStatus.DRAFT and self.agreed_on is None:
            raise DomainError(ErrorCode.REQUIRED, "agreed_on")
        if self.agreed_on is not None and self.agreed_on < self.drawn_up_on:
            raise DomainError(ErrorCode.END_BEFORE_START, "agreed_on")
        if self.signed_on is not None:
            if self.status is VersionStatus.DRAFT:
                raise DomainError(ErrorCode.HELP_PLAN_NOT_AGREED, "signed_on")
            if self.agreed_on is not None and self.signed_on < self.agreed_on:
                raise DomainError(ErrorCode.END_BEFORE_START, "signed_on")
        if self.review_on is not None and self.review_on < self.drawn_up_on:
            raise DomainError(ErrorCode.END_BEFORE_START, "review_on")

    @property
    def is_editable(self) -> bool:
        """Only a draft's content may change."""
        return self.status is VersionStatus.DRAFT

    @property
    def is_initial(self) -> bool:
        """Erstplan, as opposed to a Fortschreibung."""
        return self.number == 1


@dataclass(frozen=True, slots=True, kw_only=True)
class NeedAssessment(Entity):
    """Ressourcen und Bedarfe of one family member (or the family) in one life domain."""

    entity_name: ClassVar[str] = "need_assessment"
    collection: ClassVar[str] = "need_assessments"

    version_id: uuid.UUID = ref("help_plan_version")
    person_id: uuid.UUID | None = optional_ref("person")  # None: the family as a whole
    domain: LifeDomain
    resources: str = text(TEXT, multiline=True)
    needs: str = text(TEXT, multiline=True)
    level: NeedLevel | None = None
    origin_id: uuid.UUID | None = optional_ref("need_assessment")

    def check(self) -> None:
        if not (self.resources.strip() or self.needs.strip() or self.level is not None):
            raise DomainError(ErrorCode.REQUIRED, "needs")


@dataclass(frozen=True, slots=True, kw_only=True)
class HelpPlanGoal(Entity):
    """A Rahmenziel, Ergebnisziel or Aktivität of a help plan version.

    ``position`` orders goals under the same parent. ``catalogue_id`` names the catalogue
    entry a goal was taken from (its translations come from there); ``origin_id`` is the goal
    of the previous version it continues, which is how two versions are compared.
    """

    entity_name: ClassVar[str] = "help_plan_goal"
    collection: ClassVar[str] = "help_plan_goals"

    version_id: uuid.UUID = ref("help_plan_version")
    parent_id: uuid.UUID | None = optional_ref("help_plan_goal")
    level: GoalLevel
    position: int = 0
    wording: str = text(LINE, required=True)
    catalogue_id: str = text(80)
    person_ids: tuple[uuid.UUID, ...] = refs("person")  # family members concerned
    domains: tuple[str, ...] = codes(LIFE_DOMAIN_PATTERN, max_items=9)
    #: Who is responsible: an actor of the family's network, or the family itself.
    responsible_actor_id: uuid.UUID | None = optional_ref("actor")
    responsible_is_family: bool = False
    due_on: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    drop_reason: str = text(LINE)
    notes: str = text(TEXT, multiline=True)  # internal, office version only
    origin_id: uuid.UUID | None = optional_ref("help_plan_goal")

    def check(self) -> None:
        if (self.level.parent_level is None) != (self.parent_id is None):
            raise DomainError(ErrorCode.GOAL_LEVEL_MISMATCH, "parent_id")
        if self.parent_id == self.id:
            raise DomainError(ErrorCode.SELF_RELATIONSHIP, "parent_id")
        if self.status is GoalStatus.DROPPED and not self.drop_reason.strip():
            raise DomainError(ErrorCode.REQUIRED, "drop_reason")
        if self.position < 0:
            raise DomainError(ErrorCode.INVALID_VALUE, "position")

    @property
    def life_domains(self) -> tuple[LifeDomain, ...]:
        return tuple(LifeDomain(d) for d in self.domains)


@dataclass(frozen=True, slots=True, kw_only=True)
class ResidenceRequirement(Entity):
    """What the immigration office requires for a secure residence right, put in writing.

    E.g. procuring a passport, proof of school attendance, proof of livelihood; each with
    the state of its evidence and a due date.
    """

    entity_name: ClassVar[str] = "residence_requirement"
    collection: ClassVar[str] = "residence_requirements"

    version_id: uuid.UUID = ref("help_plan_version")
    person_id: uuid.UUID | None = optional_ref("person")  # None: the whole family
    wording: str = text(LINE, required=True)
    catalogue_id: str = text(80)
    evidence: EvidenceStatus = EvidenceStatus.MISSING
    due_on: date | None = None
    notes: str = text(TEXT, multiline=True)
    position: int = 0
    origin_id: uuid.UUID | None = optional_ref("residence_requirement")


@dataclass(frozen=True, slots=True, kw_only=True)
class HelpPlanReview(Entity):
    """Überprüfung: what a version achieved, reviewed with the family on a date."""

    entity_name: ClassVar[str] = "help_plan_review"
    collection: ClassVar[str] = "help_plan_reviews"

    version_id: uuid.UUID = ref("help_plan_version")
    held_on: date
    achieved: str = text(TEXT, multiline=True)
    participant_ids: tuple[uuid.UUID, ...] = refs("person")
    notes: str = text(TEXT, multiline=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class TextTranslation(Entity):
    """The translation of a text the case manager wrote (a goal, a requirement, an own
    catalogue phrase) into one language, for the family's printout."""

    entity_name: ClassVar[str] = "text_translation"
    collection: ClassVar[str] = "text_translations"

    owner_id: uuid.UUID  # the goal, requirement or catalogue phrase translated
    language: str = text(12)
    wording: str = text(LINE, required=True)
    #: Still to be checked by a professional translator.
    needs_review: bool = True

    def check(self) -> None:
        if self.language not in PRINT_LANGUAGES:
            raise DomainError(ErrorCode.INVALID_CODE, "language", value=self.language)


class PhraseKind(StrEnum):
    """What a catalogue phrase (Textbaustein) can become in a plan."""

    OUTCOME_GOAL = "outcome_goal"
    ACTIVITY = "activity"
    REQUIREMENT = "requirement"


@dataclass(frozen=True, slots=True, kw_only=True)
class CataloguePhrase(Entity):
    """A Textbaustein the case managers added to the catalogue themselves."""

    entity_name: ClassVar[str] = "catalogue_phrase"
    collection: ClassVar[str] = "catalogue_phrases"

    kind: PhraseKind
    domain: LifeDomain | None = None
    wording: str = text(LINE, required=True)


#: Languages a family printout can be bilingual in (German is always there).
PRINT_LANGUAGES: tuple[str, ...] = ("en", "sq", "sr-Latn", "sr-Cyrl", "bs", "mk")
