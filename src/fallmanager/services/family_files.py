"""Opening, changing, closing and reading family files (Fallakten)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
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
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import (
    CaseStatus,
    FamilyFile,
    FamilyMembership,
    check_case_number,
    format_case_number,
)
from fallmanager.domain.family_file_detail import FamilyFileDetail
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
from fallmanager.domain.views import FamilySummary
from fallmanager.domain.visits import CaseNote, Visit
from fallmanager.services.ports import Records, UnitOfWork

#: Fields of a family file that :func:`update_family_file` may change. Status and closing
#: date change only through :func:`close_family_file` and :func:`reopen_family_file`.
EDITABLE_FIELDS = frozenset(
    {
        "case_number",
        "opened_on",
        "responsible",
        "first_contact_on",
        "mandate_clarified_on",
        "short_description",
        "warnings",
        "index_person_id",
    }
)


def open_family_file(
    uow: UnitOfWork,
    *,
    opened_on: date,
    responsible: str = "",
    case_number: str | None = None,
    short_description: str = "",
    first_contact_on: date | None = None,
    mandate_clarified_on: date | None = None,
    warnings: tuple[str, ...] = (),
) -> FamilyFile:
    """Open a new family file; without a case number the next free one of the year is used."""
    with uow:
        family = new_family_file(
            uow,
            opened_on=opened_on,
            responsible=responsible,
            case_number=case_number,
            short_description=short_description,
            first_contact_on=first_contact_on,
            mandate_clarified_on=mandate_clarified_on,
            warnings=tuple(w.strip() for w in warnings),
        )
        uow.commit()
        return family


def update_family_file(uow: UnitOfWork, *, family_id: uuid.UUID, **changes: object) -> FamilyFile:
    """Change editable fields of a family file (case number, responsible, warnings …)."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise DomainError(ErrorCode.UNKNOWN_FIELD, sorted(unknown)[0])
    with uow:
        family = uow.records.require(FamilyFile, family_id)
        updated = replace(family, **changes)  # type: ignore[arg-type]
        if updated.case_number != family.case_number and uow.queries.case_number_taken(
            updated.case_number, except_id=family.id
        ):
            raise DomainError(
                ErrorCode.DUPLICATE_CASE_NUMBER, "case_number", value=updated.case_number
            )
        if updated.index_person_id is not None:
            require_member(uow.records, family.id, updated.index_person_id)
        uow.records.update(updated)
        uow.commit()
        return updated


def close_family_file(uow: UnitOfWork, *, family_id: uuid.UUID, closed_on: date) -> FamilyFile:
    """Close a family file (the data stays; retention rules apply from the closing date)."""
    with uow:
        family = uow.records.require(FamilyFile, family_id)
        if not family.is_open:
            raise DomainError(ErrorCode.FAMILY_FILE_CLOSED, "status")
        closed = replace(family, status=CaseStatus.CLOSED, closed_on=closed_on)
        uow.records.update(closed)
        uow.commit()
        return closed


def reopen_family_file(uow: UnitOfWork, *, family_id: uuid.UUID) -> FamilyFile:
    with uow:
        family = uow.records.require(FamilyFile, family_id)
        reopened = replace(family, status=CaseStatus.OPEN, closed_on=None)
        uow.records.update(reopened)
        uow.commit()
        return reopened


def list_family_files(
    uow: UnitOfWork, *, today: date | None = None, status: CaseStatus | None = None
) -> list[FamilySummary]:
    with uow:
        return uow.queries.family_summaries(today or date.today(), status)


def find_family_by_case_number(uow: UnitOfWork, *, case_number: str) -> FamilyFile:
    with uow:
        found = uow.records.find(FamilyFile, case_number=case_number)
        if not found:
            raise DomainError(ErrorCode.NOT_FOUND, "case_number", value=case_number)
        return found[0]


def get_family_file(uow: UnitOfWork, *, family_id: uuid.UUID) -> FamilyFileDetail:
    """The family file with everything recorded about it."""
    with uow:
        return collect_family_file(uow.records, family_id)


def collect_family_file(records: Records, family_id: uuid.UUID) -> FamilyFileDetail:
    """Gather a family file's records inside a running unit of work."""
    family = records.require(FamilyFile, family_id)
    memberships = records.find(FamilyMembership, family_id=family_id)
    person_ids = [m.person_id for m in memberships]
    persons = records.find(Person, id=person_ids, order_by=("birth_date",))
    ids = {p.id for p in persons}
    links = [
        link for link in records.find(ParentChildLink, child_id=person_ids) if link.parent_id in ids
    ]
    partnerships = [
        p for p in records.find(Partnership, person_a_id=person_ids) if p.person_b_id in ids
    ]
    households = records.find(Household, family_id=family_id, order_by=("moved_in",))
    involvements = records.find(Involvement, family_id=family_id, order_by=("since",))
    schools = records.find(SchoolAttendance, person_id=person_ids, order_by=("from_date",))
    trainings = records.find(VocationalTraining, person_id=person_ids, order_by=("from_date",))
    help_plan = _help_plan_records(records, family_id)
    actor_ids = {i.actor_id for i in involvements}
    for version in help_plan.get("help_plan_versions", ()):
        assert isinstance(version, HelpPlanVersion)  # noqa: S101 - built just above
        actor_ids |= set(version.participant_actor_ids)
    for goal in help_plan.get("help_plan_goals", ()):
        assert isinstance(goal, HelpPlanGoal)  # noqa: S101 - built just above
        if goal.responsible_actor_id:
            actor_ids.add(goal.responsible_actor_id)
    actor_ids |= {s.school_id for s in schools if s.school_id}
    sharing = _consent_and_conference_records(records, family_id)
    actor_ids |= _actors_named(sharing)
    # Translations of the minutes (a topic's result, a step's wording) for the results sheet.
    minutes_owners = [r.id for r in (*sharing["conference_topics"], *sharing["agreed_steps"])]
    if minutes_owners:
        help_plan["text_translations"] = (
            *help_plan.get("text_translations", ()),
            *records.find(TextTranslation, owner_id=minutes_owners),
        )
    actor_ids |= {t.provider_id for t in trainings if t.provider_id}
    contact_ids = {i.contact_person_id for i in involvements if i.contact_person_id}
    accommodation_ids = [h.accommodation_id for h in households if h.accommodation_id]
    return FamilyFileDetail(
        family=family,
        memberships=tuple(memberships),
        persons=tuple(persons),
        name_variants=tuple(records.find(NameVariant, person_id=person_ids)),
        parent_child_links=tuple(links),
        partnerships=tuple(partnerships),
        partnership_events=tuple(
            records.find(
                PartnershipEvent, partnership_id=[p.id for p in partnerships], order_by=("date",)
            )
        ),
        residence_statuses=tuple(
            records.find(ResidenceStatus, person_id=person_ids, order_by=("valid_from",))
        ),
        migration_events=tuple(
            records.find(MigrationEvent, person_id=person_ids, order_by=("date",))
        ),
        households=tuple(households),
        household_members=tuple(
            records.find(HouseholdMember, household_id=[h.id for h in households])
        ),
        accommodations=tuple(records.find(Accommodation, id=accommodation_ids)),
        school_attendances=tuple(schools),
        vocational_trainings=tuple(trainings),
        employments=tuple(records.find(Employment, person_id=person_ids, order_by=("from_date",))),
        benefit_periods=tuple(
            records.find(BenefitPeriod, family_id=family_id, order_by=("from_date",))
        ),
        involvements=tuple(involvements),
        actors=tuple(records.find(Actor, id=sorted(actor_ids, key=str))),
        contact_persons=tuple(records.find(ContactPerson, id=sorted(contact_ids, key=str))),
        visits=tuple(records.find(Visit, family_id=family_id, order_by=("occurred_at",))),
        case_notes=tuple(
            records.find(CaseNote, family_id=family_id, order_by=("written_at", "created_at"))
        ),
        tasks=tuple(records.find(Task, family_id=family_id, order_by=("due_on",))),
        twin_bonds=tuple(
            t for t in records.find(TwinBond, person_a_id=person_ids) if t.person_b_id in ids
        ),
        emotional_relations=tuple(
            e
            for e in records.find(EmotionalRelation, person_a_id=person_ids)
            if e.person_b_id in ids
        ),
        genogram_nudges=tuple(records.find(GenogramNudge, family_id=family_id)),
        **help_plan,  # type: ignore[arg-type]
        **sharing,  # type: ignore[arg-type]
    )


def _help_plan_records(records: Records, family_id: uuid.UUID) -> dict[str, tuple[Entity, ...]]:
    """The help plan's versions and everything in them."""
    versions = records.find(HelpPlanVersion, family_id=family_id, order_by=("number",))
    version_ids = [v.id for v in versions]
    if not version_ids:
        return {}
    goals = records.find(HelpPlanGoal, version_id=version_ids, order_by=("position",))
    requirements = records.find(
        ResidenceRequirement, version_id=version_ids, order_by=("position",)
    )
    owners = [g.id for g in goals] + [r.id for r in requirements]
    return {
        "help_plan_versions": tuple(versions),
        "need_assessments": tuple(records.find(NeedAssessment, version_id=version_ids)),
        "help_plan_goals": tuple(goals),
        "residence_requirements": tuple(requirements),
        "help_plan_reviews": tuple(
            records.find(HelpPlanReview, version_id=version_ids, order_by=("held_on",))
        ),
        "text_translations": tuple(
            records.find(TextTranslation, owner_id=owners) if owners else ()
        ),
    }


def _consent_and_conference_records(
    records: Records, family_id: uuid.UUID
) -> dict[str, tuple[Entity, ...]]:
    """Consents and their withdrawals, case conferences with topics and steps, disclosures."""
    consents = records.find(Consent, family_id=family_id, order_by=("prepared_on",))
    conferences = records.find(CaseConference, family_id=family_id, order_by=("starts_at",))
    topics = (
        records.find(
            ConferenceTopic, conference_id=[c.id for c in conferences], order_by=("position",)
        )
        if conferences
        else []
    )
    return {
        "consents": tuple(consents),
        "consent_withdrawals": tuple(
            records.find(
                ConsentWithdrawal, consent_id=[c.id for c in consents], order_by=("withdrawn_on",)
            )
            if consents
            else ()
        ),
        "case_conferences": tuple(conferences),
        "conference_topics": tuple(topics),
        "agreed_steps": tuple(
            records.find(AgreedStep, topic_id=[t.id for t in topics], order_by=("position",))
            if topics
            else ()
        ),
        "disclosures": tuple(
            records.find(Disclosure, family_id=family_id, order_by=("disclosed_at",))
        ),
    }


def _actors_named(sharing: dict[str, tuple[Entity, ...]]) -> set[uuid.UUID]:
    """Recipients, participants, leads and responsible actors — also those no longer involved."""
    found: set[uuid.UUID] = set()
    for record in (r for records in sharing.values() for r in records):
        for name in (
            "recipient_actor_ids",
            "participant_actor_ids",
        ):
            found |= set(getattr(record, name, ()))
        for name in (
            "initiator_actor_id",
            "lead_actor_id",
            "responsible_actor_id",
            "recipient_actor_id",
        ):
            value = getattr(record, name, None)
            if isinstance(value, uuid.UUID):
                found.add(value)
    return found


def require_open_family(records: Records, family_id: uuid.UUID) -> FamilyFile:
    family = records.require(FamilyFile, family_id)
    if not family.is_open:
        raise DomainError(ErrorCode.FAMILY_FILE_CLOSED, "family_id", case_number=family.case_number)
    return family


def require_member(records: Records, family_id: uuid.UUID, person_id: uuid.UUID) -> None:
    if not records.find(FamilyMembership, family_id=family_id, person_id=person_id):
        raise DomainError(ErrorCode.NOT_A_MEMBER, "person_id", person=str(person_id))


def require_members(
    records: Records, family_id: uuid.UUID, person_ids: Iterable[uuid.UUID], field: str
) -> None:
    """Raise NOT_A_MEMBER (at ``field``) unless every one of ``person_ids`` belongs to the
    family file."""
    wanted = set(person_ids)
    if not wanted:
        return
    members = {m.person_id for m in records.find(FamilyMembership, family_id=family_id)}
    if not wanted <= members:
        raise DomainError(ErrorCode.NOT_A_MEMBER, field)


def propose_case_number(uow: UnitOfWork, *, year: int) -> str:
    """The next free case number of ``year`` (what :func:`open_family_file` would assign)."""
    with uow:
        return format_case_number(year, uow.queries.highest_case_sequence(year) + 1)


def new_family_file(
    uow: UnitOfWork,
    *,
    opened_on: date,
    responsible: str,
    case_number: str | None,
    short_description: str = "",
    first_contact_on: date | None = None,
    mandate_clarified_on: date | None = None,
    warnings: tuple[str, ...] = (),
) -> FamilyFile:
    """Check the case number and add a new family file inside a running unit of work."""
    if case_number is None:
        case_number = format_case_number(
            opened_on.year, uow.queries.highest_case_sequence(opened_on.year) + 1
        )
    check_case_number(case_number)
    if uow.queries.case_number_taken(case_number):
        raise DomainError(ErrorCode.DUPLICATE_CASE_NUMBER, "case_number", value=case_number)
    family = FamilyFile(
        case_number=case_number,
        opened_on=opened_on,
        responsible=responsible.strip(),
        short_description=short_description,
        first_contact_on=first_contact_on,
        mandate_clarified_on=mandate_clarified_on,
        warnings=warnings,
    )
    uow.records.add(family)
    return family
