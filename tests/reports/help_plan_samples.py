"""Synthetic families with a help plan, built from domain records (no real person)."""

from __future__ import annotations

import uuid
from datetime import date

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import (
    EvidenceStatus,
    GoalLevel,
    GoalStatus,
    HelpPlanGoal,
    HelpPlanReview,
    HelpPlanVersion,
    LifeDomain,
    NeedAssessment,
    NeedLevel,
    ResidenceRequirement,
    TextTranslation,
    VersionStatus,
)
from fallmanager.domain.help_plan_catalogue import seed_catalogue
from fallmanager.domain.help_plan_view import HelpPlanSnapshot, help_plan_snapshot
from fallmanager.domain.network import Actor, ActorKind
from fallmanager.domain.people import Person, Sex

PRINTED_ON = date(2026, 11, 25)

#: Texts only the office version may show.
INTERNAL_NOTE = "Vater wirkt bei Terminen angespannt; Rücksprache mit KSD"
VERSION_NOTE = "Interne Einschätzung: Mitwirkung schwankend"
NEED_TEXT = "Unterstützung bei Terminen mit der Ausländerbehörde nötig"
DROP_REASON = "Schule hat Angebot eingestellt"
OWN_GOAL = "Đorđe lernt Fahrradfahren mit Onkel Željko"
OWN_GOAL_SQ = "Đorđe mëson të ngasë biçikletën me xhaxhanë Željko"


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def _catalogue_goal(
    entry_id: str, level: GoalLevel, parent: HelpPlanGoal | None, **kwargs: object
) -> HelpPlanGoal:
    entry = seed_catalogue().entry(entry_id)
    assert entry is not None, entry_id
    return HelpPlanGoal(
        version_id=kwargs.pop("version_id"),  # type: ignore[arg-type]
        parent_id=parent.id if parent else None,
        level=level,
        wording=entry.german,
        catalogue_id=entry.id,
        **kwargs,  # type: ignore[arg-type]
    )


def serbian_family() -> FamilyFileDetail:
    """The Đorđević family: two adults, a 19-year-old, two children, a late grandfather."""
    family = FamilyFile(id=_id(1), case_number="2026-0042", opened_on=date(2026, 3, 2))
    father = Person(
        id=_id(11),
        given_names="Željko",
        family_name="Đorđević",
        sex=Sex.MALE,
        birth_date=PartialDate(1979, 4, 12),
    )
    mother = Person(
        id=_id(12),
        given_names="Ђурђица",
        family_name="Ђорђевић",
        sex=Sex.FEMALE,
        birth_date=PartialDate(1983, 9, 1),
    )
    son = Person(
        id=_id(13),
        given_names="Đorđe",
        family_name="Đorđević",
        sex=Sex.MALE,
        birth_date=PartialDate(2007, 5, 30),
    )
    daughter = Person(
        id=_id(14),
        given_names="Šejla Božana",
        family_name="Đorđević",
        sex=Sex.FEMALE,
        birth_date=PartialDate(2012, 1, 7),
    )
    baby = Person(
        id=_id(15),
        given_names="Žarko",
        family_name="Đorđević",
        sex=Sex.MALE,
        birth_date=PartialDate(2022, 11, 26),
    )
    grandfather = Person(
        id=_id(16),
        given_names="Ćiril",
        family_name="Đorđević",
        sex=Sex.MALE,
        birth_date=PartialDate(1941),
        deceased=True,
    )
    persons = (father, mother, son, daughter, baby, grandfather)
    abh = Actor(id=_id(21), name="Ausländerbehörde Musterstadt", kind=ActorKind.IMMIGRATION_OFFICE)
    school = Actor(id=_id(22), name="Gesamtschule Am Lindenplatz", kind=ActorKind.SCHOOL)
    jobcenter = Actor(id=_id(23), name="Jobcenter Musterstadt", kind=ActorKind.JOBCENTER)
    actors = (abh, school, jobcenter)

    first = HelpPlanVersion(
        id=_id(100),
        family_id=family.id,
        number=1,
        status=VersionStatus.SUPERSEDED,
        drawn_up_on=date(2026, 4, 1),
        agreed_on=date(2026, 4, 8),
        review_on=date(2026, 10, 1),
        participant_ids=(father.id, mother.id),
        family_language="sr-Cyrl",
        signed_on=date(2026, 4, 8),
        signed_by_ids=(father.id, mother.id),
        signed_by_case_manager=True,
    )
    v = HelpPlanVersion(
        id=_id(101),
        family_id=family.id,
        number=2,
        previous_id=first.id,
        status=VersionStatus.AGREED,
        drawn_up_on=date(2026, 10, 6),
        agreed_on=date(2026, 10, 8),
        review_on=date(2027, 3, 15),
        participant_ids=(father.id, mother.id, son.id),
        participant_actor_ids=(school.id,),
        other_participants=("Dolmetscherin Frau Ilić-Božić",),
        family_language="sr-Cyrl",
        signed_on=date(2026, 10, 8),
        signed_by_ids=(father.id, mother.id),
        signed_by_case_manager=True,
        notes=VERSION_NOTE,
    )
    vid = v.id
    school_goal = _catalogue_goal("1", GoalLevel.FRAMEWORK, None, version_id=vid, position=0)
    parents = _catalogue_goal("1.1", GoalLevel.OUTCOME, school_goal, version_id=vid)
    attendance = _catalogue_goal(
        "phrase.goal.regular_school_attendance",
        GoalLevel.OUTCOME,
        school_goal,
        version_id=vid,
        position=1,
        person_ids=(daughter.id,),
        status=GoalStatus.IN_PROGRESS,
    )
    residence_goal = HelpPlanGoal(
        id=_id(300),
        version_id=vid,
        level=GoalLevel.FRAMEWORK,
        position=1,
        wording="Sicherer Aufenthalt der Familie",
        domains=(LifeDomain.RESIDENCE.value,),
    )
    passport_goal = _catalogue_goal(
        "phrase.goal.valid_passport",
        GoalLevel.OUTCOME,
        residence_goal,
        version_id=vid,
    )
    leisure_goal = HelpPlanGoal(
        id=_id(301),
        version_id=vid,
        parent_id=residence_goal.id,
        level=GoalLevel.OUTCOME,
        position=1,
        wording=OWN_GOAL,
        person_ids=(son.id,),
        status=GoalStatus.DONE,
    )
    activities = (
        _catalogue_goal(
            "phrase.activity.parent_meetings",
            GoalLevel.ACTIVITY,
            parents,
            version_id=vid,
            person_ids=(father.id, mother.id),
            responsible_is_family=True,
            due_on=date(2026, 12, 10),
            domains=(LifeDomain.SCHOOL_CHILDCARE.value,),
            notes=INTERNAL_NOTE,
        ),
        _catalogue_goal(
            "phrase.activity.school_certificate",
            GoalLevel.ACTIVITY,
            attendance,
            version_id=vid,
            person_ids=(daughter.id,),
            responsible_actor_id=school.id,
            due_on=date(2026, 12, 1),
            status=GoalStatus.IN_PROGRESS,
        ),
        _catalogue_goal(
            "1.1.b",
            GoalLevel.ACTIVITY,
            parents,
            version_id=vid,
            position=2,
            responsible_actor_id=school.id,
            status=GoalStatus.DROPPED,
            drop_reason=DROP_REASON,
        ),
        _catalogue_goal(
            "phrase.activity.passport_application",
            GoalLevel.ACTIVITY,
            passport_goal,
            version_id=vid,
            person_ids=(father.id, mother.id, son.id, daughter.id, baby.id),
            responsible_is_family=True,
            responsible_actor_id=abh.id,
            due_on=date(2027, 1, 31),
        ),
        _catalogue_goal(
            "phrase.activity.register_agency_jobcenter",
            GoalLevel.ACTIVITY,
            passport_goal,
            version_id=vid,
            position=1,
            person_ids=(son.id,),
            responsible_actor_id=jobcenter.id,
            due_on=date(2027, 2, 15),
        ),
        HelpPlanGoal(
            id=_id(310),
            version_id=vid,
            parent_id=passport_goal.id,
            level=GoalLevel.ACTIVITY,
            position=2,
            wording="Familienstammbuch aus Niš besorgen (Standesamt Medijana)",
            responsible_is_family=True,
            due_on=date(2027, 2, 28),
        ),
    )
    goals = (
        school_goal,
        parents,
        attendance,
        residence_goal,
        passport_goal,
        leisure_goal,
        *activities,
    )
    requirements = (
        ResidenceRequirement(
            id=_id(400),
            version_id=vid,
            wording=seed_catalogue().entry("phrase.requirement.valid_passport").german,  # type: ignore[union-attr]
            catalogue_id="phrase.requirement.valid_passport",
            evidence=EvidenceStatus.REQUESTED,
            due_on=date(2027, 1, 31),
            person_id=father.id,
            notes="ABH-Sachbearbeiterin Frau Č.",
        ),
        ResidenceRequirement(
            id=_id(401),
            version_id=vid,
            wording="Nachweis über regelmäßigen Schulbesuch",
            evidence=EvidenceStatus.PRESENT,
            due_on=date(2026, 12, 31),
            person_id=daughter.id,
            position=1,
        ),
        ResidenceRequirement(
            id=_id(402),
            version_id=vid,
            wording="Nachweis der Lebensunterhaltssicherung",
            evidence=EvidenceStatus.MISSING,
            due_on=date(2027, 3, 1),
            position=2,
        ),
    )
    needs = (
        NeedAssessment(
            version_id=vid,
            person_id=father.id,
            domain=LifeDomain.RESIDENCE,
            resources="Spricht gut Deutsch (B1)",
            needs=NEED_TEXT,
            level=NeedLevel.HIGH,
        ),
        NeedAssessment(
            version_id=vid,
            person_id=daughter.id,
            domain=LifeDomain.SCHOOL_CHILDCARE,
            resources="Motiviert, gute Noten in Mathematik",
            needs="Fehlzeiten im Winter",
            level=NeedLevel.MEDIUM,
        ),
        NeedAssessment(
            version_id=vid,
            person_id=None,
            domain=LifeDomain.HOUSING,
            resources="Stabile Unterkunft",
            needs="",
            level=NeedLevel.LOW,
        ),
    )
    translations = (
        TextTranslation(owner_id=leisure_goal.id, language="sq", wording=OWN_GOAL_SQ),
        TextTranslation(
            owner_id=_id(401),
            language="sr-Cyrl",
            wording="Доказ о редовном похађању школе",
            needs_review=False,
        ),
        TextTranslation(
            owner_id=_id(310),
            language="sr-Cyrl",
            wording="Набавити породичну књигу из Ниша (матична служба Медијана)",
        ),
    )
    reviews = (
        HelpPlanReview(
            version_id=vid,
            held_on=date(2026, 11, 20),
            achieved="Schulbescheinigung liegt vor",
            participant_ids=(father.id, mother.id),
            notes="Nächste Überprüfung vorgezogen",
        ),
    )
    return _detail(
        family,
        persons,
        actors,
        versions=(first, v),
        goals=goals,
        requirements=requirements,
        needs=needs,
        translations=translations,
        reviews=reviews,
    )


def macedonian_family() -> FamilyFileDetail:
    """The Стојановски family: Cyrillic names, one adult, two children."""
    family = FamilyFile(id=_id(2), case_number="2026-0043", opened_on=date(2026, 5, 4))
    mother = Person(
        id=_id(31),
        given_names="Ѓурѓа Љубица",
        family_name="Стојановска",
        sex=Sex.FEMALE,
        birth_date=PartialDate(1990, 2, 3),
    )
    son = Person(
        id=_id(32),
        given_names="Ќирил",
        family_name="Стојановски",
        sex=Sex.MALE,
        birth_date=PartialDate(2014, 6, 1),
    )
    daughter = Person(
        id=_id(33),
        given_names="Његослава Ѕвезда",
        family_name="Хаџи-Џамбазовска",
        sex=Sex.FEMALE,
        birth_date=PartialDate(2016, 8, 12),
    )
    kita = Actor(id=_id(41), name="Kita Sonnenblume", kind=ActorKind.KITA)
    v = HelpPlanVersion(
        id=_id(500),
        family_id=family.id,
        number=1,
        drawn_up_on=date(2026, 11, 2),
        review_on=date(2027, 5, 2),
        participant_ids=(mother.id,),
        family_language="mk",
    )
    framework = _catalogue_goal("4", GoalLevel.FRAMEWORK, None, version_id=v.id)
    outcome = _catalogue_goal(
        "phrase.goal.parents_support_learning",
        GoalLevel.OUTCOME,
        framework,
        version_id=v.id,
        person_ids=(mother.id,),
    )
    goals = (
        framework,
        outcome,
        _catalogue_goal(
            "phrase.activity.register_language_course",
            GoalLevel.ACTIVITY,
            outcome,
            version_id=v.id,
            person_ids=(mother.id,),
            due_on=date(2027, 1, 15),
            responsible_is_family=True,
        ),
        _catalogue_goal(
            "phrase.activity.leisure_club",
            GoalLevel.ACTIVITY,
            outcome,
            version_id=v.id,
            position=1,
            person_ids=(son.id, daughter.id),
            responsible_actor_id=kita.id,
            due_on=date(2027, 3, 1),
        ),
    )
    doctor = HelpPlanGoal(
        id=_id(510),
        version_id=v.id,
        parent_id=outcome.id,
        level=GoalLevel.ACTIVITY,
        position=2,
        wording="Beim Kinderarzt anrufen und einen Termin für Ќирил vereinbaren",
        person_ids=(son.id,),
        responsible_is_family=True,
        due_on=date(2026, 12, 4),
    )
    translation = TextTranslation(
        owner_id=doctor.id,
        language="mk",
        wording="Ѕвонете во ординацијата на педијатарот (ѕвонете наутро) и закажете термин",
    )
    return _detail(
        family,
        (mother, son, daughter),
        (kita,),
        versions=(v,),
        goals=(*goals, doctor),
        requirements=(),
        needs=(),
        translations=(translation,),
        reviews=(),
    )


def _detail(
    family: FamilyFile,
    persons: tuple[Person, ...],
    actors: tuple[Actor, ...],
    **help_plan: tuple[object, ...],
) -> FamilyFileDetail:
    return FamilyFileDetail(
        family=family,
        memberships=(),
        persons=persons,
        name_variants=(),
        parent_child_links=(),
        partnerships=(),
        partnership_events=(),
        residence_statuses=(),
        migration_events=(),
        households=(),
        household_members=(),
        accommodations=(),
        school_attendances=(),
        vocational_trainings=(),
        employments=(),
        benefit_periods=(),
        involvements=(),
        actors=actors,
        contact_persons=(),
        visits=(),
        case_notes=(),
        tasks=(),
        help_plan_versions=help_plan["versions"],  # type: ignore[arg-type]
        need_assessments=help_plan["needs"],  # type: ignore[arg-type]
        help_plan_goals=help_plan["goals"],  # type: ignore[arg-type]
        residence_requirements=help_plan["requirements"],  # type: ignore[arg-type]
        help_plan_reviews=help_plan["reviews"],  # type: ignore[arg-type]
        text_translations=help_plan["translations"],  # type: ignore[arg-type]
    )


def serbian_snapshot() -> HelpPlanSnapshot:
    return help_plan_snapshot(serbian_family(), _id(101))


def macedonian_snapshot() -> HelpPlanSnapshot:
    return help_plan_snapshot(macedonian_family(), _id(500))
