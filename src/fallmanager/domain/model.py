"""The registry of record kinds, in an order in which references always point backwards."""

from __future__ import annotations

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
    CataloguePhrase,
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

#: All record kinds. Apart from self-references (a note correcting a note) and the index
#: person of a family file, a kind only refers to kinds listed before it.
ENTITY_TYPES: tuple[type[Entity], ...] = (
    Actor,
    ContactPerson,
    Accommodation,
    Person,
    NameVariant,
    FamilyFile,
    FamilyMembership,
    ParentChildLink,
    Partnership,
    PartnershipEvent,
    ResidenceStatus,
    MigrationEvent,
    Household,
    HouseholdMember,
    SchoolAttendance,
    VocationalTraining,
    Employment,
    BenefitPeriod,
    Involvement,
    Visit,
    CaseNote,
    Task,
    TwinBond,
    EmotionalRelation,
    GenogramNudge,
    HelpPlanVersion,
    NeedAssessment,
    HelpPlanGoal,
    ResidenceRequirement,
    HelpPlanReview,
    TextTranslation,
    CataloguePhrase,
    Consent,
    ConsentWithdrawal,
    CaseConference,
    ConferenceTopic,
    AgreedStep,
    Disclosure,
)

ENTITY_BY_NAME: dict[str, type[Entity]] = {cls.entity_name: cls for cls in ENTITY_TYPES}

#: Append-only kinds: once written, a record never changes (corrections are new records).
APPEND_ONLY: frozenset[type[Entity]] = frozenset({CaseNote, ConsentWithdrawal, Disclosure})
