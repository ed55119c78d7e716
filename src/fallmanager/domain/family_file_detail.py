"""Everything recorded about one family file, as one frozen snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date

from fallmanager.domain.case_conference import AgreedStep, CaseConference, ConferenceTopic
from fallmanager.domain.consent import Consent, ConsentWithdrawal
from fallmanager.domain.disclosure import Disclosure
from fallmanager.domain.education_work import (
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.entity import Entity
from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.genogram_records import EmotionalRelation, GenogramNudge, TwinBond
from fallmanager.domain.help_plan import (
    HelpPlanGoal,
    HelpPlanReview,
    HelpPlanVersion,
    NeedAssessment,
    ResidenceRequirement,
    TextTranslation,
)
from fallmanager.domain.housing import Accommodation, Household, HouseholdMember
from fallmanager.domain.network import Actor, ContactPerson, Involvement
from fallmanager.domain.people import NameVariant, Person
from fallmanager.domain.relationships import ParentChildLink, Partnership, PartnershipEvent
from fallmanager.domain.residence import MigrationEvent, ResidenceStatus
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote, Visit


@dataclass(frozen=True, slots=True)
class FamilyFileDetail:
    """A family file with its members and all records about them (Fallakte)."""

    family: FamilyFile
    memberships: tuple[FamilyMembership, ...]
    persons: tuple[Person, ...]
    name_variants: tuple[NameVariant, ...]
    parent_child_links: tuple[ParentChildLink, ...]
    partnerships: tuple[Partnership, ...]
    partnership_events: tuple[PartnershipEvent, ...]
    residence_statuses: tuple[ResidenceStatus, ...]
    migration_events: tuple[MigrationEvent, ...]
    households: tuple[Household, ...]
    household_members: tuple[HouseholdMember, ...]
    accommodations: tuple[Accommodation, ...]
    school_attendances: tuple[SchoolAttendance, ...]
    vocational_trainings: tuple[VocationalTraining, ...]
    employments: tuple[Employment, ...]
    benefit_periods: tuple[BenefitPeriod, ...]
    involvements: tuple[Involvement, ...]
    actors: tuple[Actor, ...]
    contact_persons: tuple[ContactPerson, ...]
    visits: tuple[Visit, ...]
    case_notes: tuple[CaseNote, ...]
    tasks: tuple[Task, ...]
    twin_bonds: tuple[TwinBond, ...] = ()
    emotional_relations: tuple[EmotionalRelation, ...] = ()
    genogram_nudges: tuple[GenogramNudge, ...] = ()
    help_plan_versions: tuple[HelpPlanVersion, ...] = ()
    need_assessments: tuple[NeedAssessment, ...] = ()
    help_plan_goals: tuple[HelpPlanGoal, ...] = ()
    residence_requirements: tuple[ResidenceRequirement, ...] = ()
    help_plan_reviews: tuple[HelpPlanReview, ...] = ()
    #: Translations of the texts of goals and requirements above.
    text_translations: tuple[TextTranslation, ...] = ()
    consents: tuple[Consent, ...] = ()
    consent_withdrawals: tuple[ConsentWithdrawal, ...] = ()
    case_conferences: tuple[CaseConference, ...] = ()
    conference_topics: tuple[ConferenceTopic, ...] = ()
    agreed_steps: tuple[AgreedStep, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()

    def records(self) -> Iterator[Entity]:
        """All records of the snapshot, the family file first."""
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                yield from value
            else:
                yield value

    def person(self, person_id: object) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def current_residence(self, person_id: object, day: date) -> ResidenceStatus | None:
        """The status valid on ``day``, else the most recent one."""
        statuses = [s for s in self.residence_statuses if s.person_id == person_id]
        valid = [s for s in statuses if s.is_valid_on(day)]
        pool = valid or statuses
        return max(pool, key=lambda s: (s.valid_from or date.min, str(s.id)), default=None)
