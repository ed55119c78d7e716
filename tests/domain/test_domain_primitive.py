"""Conversion of records to and from JSON-compatible primitives."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallmanager.domain.case_conference import (
    AgreedStep,
    CaseConference,
    ConferenceStatus,
    ConferenceTopic,
)
from fallmanager.domain.consent import Consent, ConsentForm, ConsentStatus, ConsentWithdrawal
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.education_work import (
    AttendanceConcern,
    BenefitKind,
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.entity import Entity, field_specs
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import CaseStatus, FamilyFile, FamilyMembership, MembershipRole
from fallmanager.domain.genogram_records import (
    EmotionalRelation,
    EmotionalRelationKind,
    GenogramNudge,
    TwinBond,
)
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
    NeedLevel,
    PhraseKind,
    ResidenceRequirement,
    TextTranslation,
    VersionStatus,
)
from fallmanager.domain.housing import Accommodation, AccommodationKind, Household, HouseholdMember
from fallmanager.domain.model import APPEND_ONLY, ENTITY_BY_NAME, ENTITY_TYPES
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.domain.people import NameVariant, NameVariantKind, PassportStatus, Person, Sex
from fallmanager.domain.primitive import (
    from_primitive,
    parse_local_datetime,
    parse_uuid,
    to_primitive,
)
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
    PartnershipEvent,
    PartnershipEventKind,
    PartnershipKind,
)
from fallmanager.domain.residence import (
    MigrationEvent,
    MigrationEventKind,
    ResidenceKind,
    ResidenceStatus,
)
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote, Visit, VisitKind


def uid(n: int) -> uuid.UUID:
    return uuid.UUID(int=n, version=4)


LETTERED = uuid.UUID("6f1c2a3b-9d4e-4f5a-8b6c-7d8e9fa0b1c2")
D1, D2 = date(2023, 3, 14), date(2024, 11, 30)
T1 = datetime(2024, 5, 1, 14, 5, 9)


def samples() -> dict[type[Entity], Entity]:
    """One record per kind with a value different from the default in every field."""
    records: list[Entity] = [
        Actor(
            id=uid(1),
            name="Ausländerbehörde Münster",
            kind=ActorKind.IMMIGRATION_OFFICE,
            department="Abteilung 2",
            street="Ludgeriplatz 4",
            postcode="48151",
            city="Münster",
            phone="+49 251 492-0",
            email="abh@example.org",
            notes="Sprechzeiten\nDi, Do",
        ),
        ContactPerson(
            id=uid(2),
            actor_id=uid(1),
            name="Frau Đorđević",
            function="Sachbearbeitung",
            phone="0251 1",
            email="d@example.org",
        ),
        Accommodation(
            id=uid(3),
            kind=AccommodationKind.MUNICIPAL_REFUGEE,
            name="Unterkunft Hafenweg",
            street="Hafenweg 3",
            postcode="48155",
            city="Münster",
            notes="Hausmeister\nvor Ort",
        ),
        Person(
            id=uid(4),
            given_names="Ëmine",
            family_name="Šabani",
            sex=Sex.FEMALE,
            birth_date=PartialDate(1990, 5),
            birth_date_fictitious=True,
            deceased=True,
            death_date=PartialDate(2023),
            birth_place="Prizren",
            birth_country="XK",
            nationalities=("XK", "RS"),
            languages=("sq", "sr-Cyrl"),
            needs_interpreter=True,
            interpreter_language="sq",
            passport=PassportStatus.PROCUREMENT_IN_PROGRESS,
            identity_clarified=False,
            other_documents="Geburtsurkunde",
            notes="Notiz\nzweite Zeile",
        ),
        NameVariant(
            id=uid(5),
            person_id=uid(4),
            kind=NameVariantKind.PASSPORT,
            given_names="Emine",
            family_name="Shabani",
            note="laut Pass",
        ),
        FamilyFile(
            id=uid(6),
            case_number="2026-0042",
            status=CaseStatus.CLOSED,
            opened_on=D1,
            closed_on=D2,
            responsible="M. Muster",
            first_contact_on=date(2023, 3, 15),
            mandate_clarified_on=date(2023, 4, 1),
            short_description="Familie mit drei Kindern",
            warnings=("Hund im Haushalt",),
            index_person_id=uid(4),
        ),
        FamilyMembership(
            id=uid(7),
            family_id=uid(6),
            person_id=uid(4),
            role=MembershipRole.RELATIVE,
            since=D1,
            until=D2,
        ),
        ParentChildLink(
            id=uid(8),
            parent_id=uid(4),
            child_id=uid(40),
            kind=ParentChildKind.ADOPTIVE,
            has_custody=False,
            since=D1,
            until=D2,
            note="Sorgerecht beim Jugendamt",
        ),
        Partnership(
            id=uid(9),
            person_a_id=uid(4),
            person_b_id=uid(41),
            kind=PartnershipKind.UNMARRIED,
            note="religiös verheiratet",
        ),
        PartnershipEvent(
            id=uid(10),
            partnership_id=uid(9),
            kind=PartnershipEventKind.SEPARATED,
            date=PartialDate(2021, 7, 1),
            note="getrennt",
        ),
        ResidenceStatus(
            id=uid(11),
            person_id=uid(4),
            kind=ResidenceKind.RESIDENCE_PERMIT,
            legal_basis="§ 25b AufenthG",
            valid_from=D1,
            valid_until=D2,
            issuing_office="ABH Münster",
            conditions="Wohnsitzauflage",
            notes="verlängert",
        ),
        MigrationEvent(
            id=uid(12),
            person_id=uid(4),
            kind=MigrationEventKind.RE_ENTRY,
            date=PartialDate(2015, 9),
            country="RS",
            note="über Ungarn",
        ),
        Household(
            id=uid(13),
            family_id=uid(6),
            accommodation_id=uid(3),
            unit="Zimmer 12",
            moved_in=D1,
            moved_out=D2,
            notes="3 Zimmer",
        ),
        HouseholdMember(id=uid(14), household_id=uid(13), person_id=uid(4), since=D1, until=D2),
        SchoolAttendance(
            id=uid(15),
            person_id=uid(40),
            school_id=uid(1),
            class_name="5b",
            from_date=D1,
            until_date=D2,
            concern=AttendanceConcern.ABSENTEEISM,
            notes="Fehlzeiten",
        ),
        VocationalTraining(
            id=uid(16),
            person_id=uid(4),
            occupation="Bäckerin",
            provider_id=uid(1),
            employer="Bäckerei Krume",
            qualified=False,
            from_date=D1,
            until_date=D2,
            notes="Berufskolleg",
        ),
        Employment(
            id=uid(17),
            person_id=uid(4),
            employer="Reinigung Glanz",
            occupation="Reinigungskraft",
            hours_per_week=19.5,
            secures_livelihood=True,
            from_date=D1,
            until_date=D2,
            notes="Minijob",
        ),
        BenefitPeriod(
            id=uid(18),
            family_id=uid(6),
            person_id=uid(4),
            kind=BenefitKind.ASYLBLG,
            from_date=D1,
            until_date=D2,
            notes="§ 3 AsylbLG",
        ),
        Involvement(
            id=uid(19),
            family_id=uid(6),
            actor_id=uid(1),
            role="zuständig",
            contact_person_id=uid(2),
            since=D1,
            until=D2,
            notes="monatlich",
        ),
        Visit(
            id=uid(20),
            family_id=uid(6),
            occurred_at=T1,
            kind=VisitKind.ACCOMPANIMENT,
            place="Ausländerbehörde",
            duration_minutes=95,
            present_person_ids=(uid(4), uid(40)),
            others_present="Nachbarin",
            interpreter_present=True,
            interpreter_name="Herr Krasniqi",
            language="sq",
            topics=("Pass", "Schule"),
        ),
        CaseNote(
            id=uid(21),
            family_id=uid(6),
            visit_id=uid(20),
            written_at=T1,
            author="M. Muster",
            text="Gespräch geführt.\nNächster Termin folgt.",
            corrects_note_id=uid(99),
        ),
        Task(
            id=uid(22),
            family_id=uid(6),
            person_id=uid(4),
            title="Passbeschaffung",
            due_on=D1,
            responsible="M. Muster",
            done=True,
            done_on=D2,
            notes="Botschaft anrufen",
        ),
        TwinBond(person_a_id=uid(4), person_b_id=uid(5), identical=True),
        EmotionalRelation(
            person_a_id=uid(4),
            person_b_id=uid(5),
            kind=EmotionalRelationKind.CONFLICTUAL,
            note="Streit seit dem Umzug",
        ),
        GenogramNudge(family_id=uid(6), person_id=uid(4), dx_mm=-12.5, dy_mm=3.0),
        HelpPlanVersion(
            id=uid(20),
            family_id=uid(6),
            number=2,
            previous_id=uid(19),
            status=VersionStatus.AGREED,
            drawn_up_on=D1,
            participant_ids=(uid(4),),
            participant_actor_ids=(uid(1),),
            other_participants=("Dolmetscherin Frau K.",),
            agreed_on=D2,
            review_on=D2,
            family_language="sr-Cyrl",
            signed_on=D2,
            signed_by_ids=(uid(4),),
            signed_by_case_manager=True,
            notes="intern",
        ),
        NeedAssessment(
            version_id=uid(20),
            person_id=uid(4),
            domain=LifeDomain.LANGUAGE,
            resources="spricht Serbisch und etwas Deutsch",
            needs="Sprachkurs B1",
            level=NeedLevel.MEDIUM,
            origin_id=uid(24),
        ),
        HelpPlanGoal(
            id=uid(21),
            version_id=uid(20),
            parent_id=uid(22),
            level=GoalLevel.ACTIVITY,
            position=3,
            wording="Anmeldung zum Integrationskurs",
            catalogue_id="phrase.activity.integration_course",
            person_ids=(uid(4),),
            domains=("language", "training_work"),
            responsible_actor_id=uid(1),
            responsible_is_family=True,
            due_on=D2,
            status=GoalStatus.DROPPED,
            drop_reason="Kurs abgesagt",
            notes="Träger wechselt",
            origin_id=uid(23),
        ),
        ResidenceRequirement(
            version_id=uid(20),
            person_id=uid(4),
            wording="Pass vorlegen",
            catalogue_id="phrase.requirement.passport",
            evidence=EvidenceStatus.REQUESTED,
            due_on=D2,
            notes="Botschaftstermin",
            position=2,
            origin_id=uid(25),
        ),
        HelpPlanReview(
            version_id=uid(20),
            held_on=D2,
            achieved="Kurs begonnen",
            participant_ids=(uid(4),),
            notes="mit Dolmetscherin",
        ),
        TextTranslation(
            owner_id=uid(21), language="sr-Cyrl", wording="Пријава за курс", needs_review=False
        ),
        CataloguePhrase(
            kind=PhraseKind.ACTIVITY,
            domain=LifeDomain.SCHOOL_CHILDCARE,
            wording="Kita-Platz suchen",
        ),
        Consent(
            id=uid(30),
            family_id=uid(6),
            subject_ids=(uid(4),),
            given_by_ids=(uid(3),),
            recipient_actor_ids=(uid(1),),
            categories=("school", "health"),
            purposes=("case_conference",),
            status=ConsentStatus.GIVEN,
            form=ConsentForm.VERBAL,
            witness="Frau Beispiel, Sozialdienst",
            language="sq",
            interpreter_present=True,
            prepared_on=D1,
            given_on=D1,
            expires_on=D2,
            notes="Telefonisch bestätigt",
        ),
        ConsentWithdrawal(
            consent_id=uid(30),
            withdrawn_on=D2,
            full=False,
            recipient_actor_ids=(uid(1),),
            categories=("health",),
            purposes=("referral",),
            declared_by_ids=(uid(3),),
            notes="Beim Hausbesuch erklärt",
        ),
        CaseConference(
            id=uid(31),
            family_id=uid(6),
            starts_at=T1,
            duration_minutes=60,
            place="Rathaus, Raum 3",
            video_link="https://video.example/fk",
            initiator_actor_id=uid(1),
            participant_actor_ids=(uid(1),),
            participant_person_ids=(uid(3),),
            anonymised=True,
            case_label="FK-7Q3K",
            status=ConferenceStatus.HELD,
            notes="Raum reserviert",
        ),
        ConferenceTopic(
            id=uid(32),
            conference_id=uid(31),
            position=2,
            title="Schulbesuch",
            categories=("school",),
            person_ids=(uid(4),),
            goal_ids=(uid(21),),
            lead_actor_id=uid(1),
            result="Schule meldet Fehlzeiten wöchentlich",
        ),
        AgreedStep(
            topic_id=uid(32),
            position=1,
            wording="Fehlzeiten wöchentlich melden",
            person_ids=(uid(4),),
            responsible_actor_id=uid(1),
            responsible_is_family=True,
            due_on=D2,
            outcome_goal_id=uid(22),
            activity_id=uid(21),
            task_id=uid(9),
        ),
        Disclosure(
            family_id=uid(6),
            disclosed_at=T1,
            document=DocumentKind.AGENDA,
            title="Tagesordnung",
            recipient_kind=RecipientKind.ACTOR,
            recipient_actor_id=uid(1),
            categories=("school",),
            person_ids=(uid(4),),
            consent_ids=(uid(30),),
            conference_id=uid(31),
            anonymised=True,
            channel=DisclosureChannel.PRINT,
            language="sq",
            note="per Post",
        ),
    ]
    return {type(r): r for r in records}


SAMPLES = samples()


def test_there_is_a_sample_for_every_kind() -> None:
    assert set(SAMPLES) == set(ENTITY_TYPES)


@pytest.mark.parametrize("cls", ENTITY_TYPES, ids=lambda c: c.entity_name)
def test_samples_set_every_field_to_a_non_default_value(cls: type[Entity]) -> None:
    record = SAMPLES[cls]
    for f in dataclasses.fields(cls):
        value = getattr(record, f.name)
        if f.default is not dataclasses.MISSING:
            assert value != f.default, f"{cls.__name__}.{f.name}"
        assert value is not None, f"{cls.__name__}.{f.name}"
        if isinstance(value, tuple | str):
            assert value, f"{cls.__name__}.{f.name}"


@pytest.mark.parametrize("cls", ENTITY_TYPES, ids=lambda c: c.entity_name)
def test_round_trip_through_json(cls: type[Entity]) -> None:
    record = SAMPLES[cls]
    primitive = to_primitive(record)
    assert list(primitive) == [spec.name for spec in field_specs(cls)]
    restored = from_primitive(cls, json.loads(json.dumps(primitive)))
    assert restored == record
    assert to_primitive(restored) == primitive


@pytest.mark.parametrize("cls", ENTITY_TYPES, ids=lambda c: c.entity_name)
def test_primitive_values_are_json_scalars_or_lists(cls: type[Entity]) -> None:
    for name, value in to_primitive(SAMPLES[cls]).items():
        assert isinstance(value, str | int | float | bool | list), name
        if isinstance(value, list):
            assert all(isinstance(item, str) for item in value), name


def test_primitive_representation_of_person() -> None:
    primitive = to_primitive(SAMPLES[Person])
    assert primitive["id"] == str(uid(4))
    assert primitive["sex"] == "female"
    assert primitive["birth_date"] == "1990-05"
    assert primitive["death_date"] == "2023"
    assert primitive["nationalities"] == ["XK", "RS"]
    assert primitive["identity_clarified"] is False


def test_primitive_representation_of_dates_and_times() -> None:
    visit = to_primitive(SAMPLES[Visit])
    assert visit["occurred_at"] == "2024-05-01T14:05:09"
    assert visit["present_person_ids"] == [str(uid(4)), str(uid(40))]
    assert to_primitive(SAMPLES[Task])["due_on"] == "2023-03-14"
    assert to_primitive(SAMPLES[Employment])["hours_per_week"] == 19.5
    midnight = Visit(family_id=uid(6), occurred_at=datetime(2024, 5, 1))
    assert to_primitive(midnight)["occurred_at"] == "2024-05-01T00:00:00"


def test_defaults_are_filled_in_for_missing_optional_fields() -> None:
    actor = from_primitive(Actor, {"name": "Caritas"})
    assert actor.name == "Caritas"
    assert actor.kind is ActorKind.OTHER
    assert actor.notes == ""
    assert isinstance(actor.id, uuid.UUID)


def test_int_is_accepted_for_a_float_field() -> None:
    data = to_primitive(SAMPLES[Employment]) | {"hours_per_week": 20}
    employment = from_primitive(Employment, data)
    assert employment.hours_per_week == 20.0
    assert isinstance(employment.hours_per_week, float)


# -- hypothesis round trips -----------------------------------------------------------------

_single_line = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda s: s.strip())
_multi_line = st.text(
    st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\t\n\r"), max_size=80
)
_partial_dates = st.dates(min_value=date(1850, 1, 1), max_value=date(2200, 12, 31)).flatmap(
    lambda d: st.sampled_from(
        [PartialDate(d.year), PartialDate(d.year, d.month), PartialDate.from_date(d)]
    )
)


@given(
    given_names=_single_line,
    family_name=_single_line,
    birth=st.none() | _partial_dates,
    sex=st.sampled_from(Sex),
    nationalities=st.lists(st.sampled_from(["DE", "XK", "UNCLEAR", "STATELESS"]), max_size=5),
    identity=st.sampled_from([None, True, False]),
    notes=_multi_line,
)
def test_person_round_trip(
    *,
    given_names: str,
    family_name: str,
    birth: PartialDate | None,
    sex: Sex,
    nationalities: list[str],
    identity: bool | None,
    notes: str,
) -> None:
    person = Person(
        given_names=given_names,
        family_name=family_name,
        birth_date=birth,
        sex=sex,
        nationalities=tuple(nationalities),
        identity_clarified=identity,
        notes=notes,
    )
    assert from_primitive(Person, json.loads(json.dumps(to_primitive(person)))) == person


@given(
    occurred_at=st.datetimes(
        min_value=datetime(1850, 1, 1), max_value=datetime(2200, 12, 31, 23, 59, 59)
    ).map(lambda d: d.replace(microsecond=0)),
    duration=st.none() | st.integers(1, 24 * 60),
    present=st.lists(st.uuids(version=4), unique=True, max_size=5),
    topics=st.lists(_single_line, max_size=5),
)
def test_visit_round_trip(
    occurred_at: datetime, duration: int | None, present: list[uuid.UUID], topics: list[str]
) -> None:
    visit = Visit(
        family_id=uid(6),
        occurred_at=occurred_at,
        duration_minutes=duration,
        present_person_ids=tuple(present),
        topics=tuple(topics),
    )
    assert from_primitive(Visit, json.loads(json.dumps(to_primitive(visit)))) == visit


@given(st.floats(min_value=0.01, max_value=80, allow_nan=False))
def test_employment_hours_round_trip(hours: float) -> None:
    employment = Employment(person_id=uid(4), employer="E", hours_per_week=hours)
    restored = from_primitive(Employment, json.loads(json.dumps(to_primitive(employment))))
    assert restored.hours_per_week == hours


# -- errors ---------------------------------------------------------------------------------


@contextmanager
def domain_error(code: ErrorCode, field: str | None) -> Iterator[None]:
    with pytest.raises(DomainError) as info:
        yield
    assert info.value.code is code, info.value
    assert info.value.field == field, info.value


def with_(cls: type[Entity], **changes: Any) -> dict[str, Any]:
    return to_primitive(SAMPLES[cls]) | changes


def without(cls: type[Entity], name: str) -> dict[str, Any]:
    data = to_primitive(SAMPLES[cls])
    del data[name]
    return data


def test_unknown_field() -> None:
    with domain_error(ErrorCode.UNKNOWN_FIELD, "nickname"):
        from_primitive(Person, with_(Person, nickname="Mini"))


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (Visit, "family_id"),
        (Visit, "occurred_at"),
        (FamilyFile, "case_number"),
        (FamilyFile, "opened_on"),
        (ResidenceStatus, "kind"),
        (ParentChildLink, "child_id"),
        (CaseNote, "written_at"),
    ],
)
def test_missing_required_field(cls: type[Entity], name: str) -> None:
    with domain_error(ErrorCode.REQUIRED, name):
        from_primitive(cls, without(cls, name))


def test_null_in_a_non_optional_field() -> None:
    with domain_error(ErrorCode.REQUIRED, "family_name"):
        from_primitive(Person, with_(Person, family_name=None))
    with domain_error(ErrorCode.REQUIRED, "nationalities"):
        from_primitive(Person, with_(Person, nationalities=None))


def test_null_in_an_optional_field_is_none() -> None:
    person = from_primitive(Person, with_(Person, identity_clarified=None, death_date=None))
    assert person.identity_clarified is None
    assert person.death_date is None


@pytest.mark.parametrize(
    ("cls", "name", "value"),
    [
        (Visit, "duration_minutes", True),  # bool for int
        (Visit, "duration_minutes", 95.0),
        (Visit, "duration_minutes", "95"),
        (Visit, "duration_minutes", 2**60),
        (Person, "deceased", 1),  # int for bool
        (Person, "deceased", "true"),
        (Person, "identity_clarified", 0),
        (Person, "family_name", 42),  # number for string
        (Person, "family_name", ["Šabani"]),
        (Person, "nationalities", "XK"),  # string for list
        (Person, "nationalities", {"XK": 1}),
        (Person, "nationalities", [1]),
        (Person, "sex", 1),
        (Person, "birth_date", 1990),
        (Person, "id", 4),
        (Employment, "hours_per_week", True),
        (Employment, "hours_per_week", "19.5"),
        (Employment, "hours_per_week", 1e12),
        (Visit, "occurred_at", 1714572309),
        (Visit, "present_person_ids", [4]),
        (Task, "due_on", 20230314),
    ],
)
def test_wrong_types(cls: type[Entity], name: str, value: object) -> None:
    with domain_error(ErrorCode.WRONG_TYPE, name):
        from_primitive(cls, with_(cls, **{name: value}))


@pytest.mark.parametrize(
    ("cls", "name", "value"),
    [
        (Person, "sex", "FEMALE"),
        (Person, "sex", "weiblich"),
        (Person, "passport", ""),
        (FamilyFile, "status", "archived"),
        (ResidenceStatus, "kind", "duldung"),
    ],
)
def test_bad_enum_values(cls: type[Entity], name: str, value: str) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, name):
        from_primitive(cls, with_(cls, **{name: value}))


@pytest.mark.parametrize(
    ("cls", "name", "value"),
    [
        (Person, "birth_date", "1990-13"),
        (Person, "birth_date", "1990-02-30"),
        (Person, "birth_date", "90"),
        (Person, "birth_date", ""),
        (FamilyFile, "opened_on", "2023-02-29"),
        (FamilyFile, "opened_on", "2023-3-14"),
        (FamilyFile, "opened_on", "14.03.2023"),
        (FamilyFile, "opened_on", "2023-03"),
        (FamilyFile, "opened_on", "1700-01-01"),
        (Task, "due_on", "2023-03-14T00:00:00"),
        (Visit, "occurred_at", "2024-05-01 14:05:09"),  # no "T"
        (Visit, "occurred_at", "2024-05-01"),
        (Visit, "occurred_at", "2024-02-30T10:00:00"),
        (Visit, "occurred_at", "2024-05-01T25:00:00"),
        (Visit, "occurred_at", "1700-05-01T10:00:00"),
        (Visit, "occurred_at", "2024-05-01T14:05:09.123456"),
        (Visit, "occurred_at", "gestern"),
    ],
)
def test_bad_dates(cls: type[Entity], name: str, value: str) -> None:
    with domain_error(ErrorCode.INVALID_DATE, name):
        from_primitive(cls, with_(cls, **{name: value}))


@pytest.mark.parametrize(
    "value",
    ["2024-05-01T14:05:09+02:00", "2024-05-01T14:05:09Z", "2024-05-01T12:05:09+00:00"],
)
def test_datetime_with_timezone_is_an_invalid_date(value: str) -> None:
    with domain_error(ErrorCode.INVALID_DATE, "occurred_at"):
        from_primitive(Visit, with_(Visit, occurred_at=value))


@pytest.mark.parametrize(
    "value",
    [
        "2024-05-01T14",  # hours only
        "2024-05-01T1405",  # basic time format
        "2024-05-01T14:05:09.000",  # a fraction, even if zero
    ],
)
def test_local_datetime_accepts_only_the_documented_forms(value: str) -> None:
    """``parse_local_datetime`` documents ``YYYY-MM-DDTHH:MM[:SS]``."""
    with domain_error(ErrorCode.INVALID_DATE, "occurred_at"):
        parse_local_datetime(value, "occurred_at")


def test_local_datetime_accepts_minutes_and_seconds() -> None:
    assert parse_local_datetime("2024-05-01T14:05", "x") == datetime(2024, 5, 1, 14, 5)
    assert parse_local_datetime("2024-05-01T14:05:09", "x") == datetime(2024, 5, 1, 14, 5, 9)


@pytest.mark.parametrize(
    "value",
    [
        str(LETTERED).upper(),
        "6F1c2a3b-9d4e-4f5a-8b6c-7d8e9fa0b1c2",
        str(LETTERED).replace("-", ""),
        "{" + str(LETTERED) + "}",
        "urn:uuid:" + str(LETTERED),
        "not-a-uuid",
        "",
    ],
)
def test_non_canonical_uuid_is_invalid(value: str) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "person_id"):
        from_primitive(NameVariant, with_(NameVariant, person_id=value))
    with domain_error(ErrorCode.INVALID_VALUE, "id"):
        parse_uuid(value)


def test_non_canonical_uuid_in_a_list_names_the_list() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "present_person_ids"):
        from_primitive(Visit, with_(Visit, present_person_ids=[str(LETTERED).upper()]))


def test_parse_uuid_accepts_the_canonical_form() -> None:
    assert parse_uuid(str(uid(4)), "person_id") == uid(4)
    assert parse_uuid(str(LETTERED), "person_id") == LETTERED


def test_too_long_text_is_rejected_before_construction() -> None:
    with domain_error(ErrorCode.TOO_LONG, "family_name"):
        from_primitive(Person, with_(Person, family_name="x" * 201))
    with domain_error(ErrorCode.TOO_LONG, "birth_date"):
        from_primitive(Person, with_(Person, birth_date="1" * 65))


def test_too_many_items_are_rejected() -> None:
    with domain_error(ErrorCode.TOO_LONG, "nationalities"):
        from_primitive(Person, with_(Person, nationalities=["DE"] * 6))


def test_record_rules_apply_after_conversion() -> None:
    with domain_error(ErrorCode.INVALID_CODE, "nationalities"):
        from_primitive(Person, with_(Person, nationalities=["DEU"]))
    with domain_error(ErrorCode.DEATH_BEFORE_BIRTH, "death_date"):
        from_primitive(Person, with_(Person, death_date="1989"))
    with domain_error(ErrorCode.INVALID_VALUE, "hours_per_week"):
        from_primitive(Employment, with_(Employment, hours_per_week=0))


# -- the registry ---------------------------------------------------------------------------


def test_registry_names_are_unique() -> None:
    assert len(ENTITY_BY_NAME) == len(ENTITY_TYPES)
    assert len({cls.collection for cls in ENTITY_TYPES}) == len(ENTITY_TYPES)
    assert all(cls.entity_name and cls.collection for cls in ENTITY_TYPES)
    assert ENTITY_BY_NAME["person"] is Person
    assert frozenset({CaseNote, ConsentWithdrawal, Disclosure}) == APPEND_ONLY


def test_references_point_backwards_or_to_the_same_kind() -> None:
    position = {cls.entity_name: i for i, cls in enumerate(ENTITY_TYPES)}
    for i, cls in enumerate(ENTITY_TYPES):
        for spec in field_specs(cls):
            if spec.ref is None:
                continue
            assert spec.ref in ENTITY_BY_NAME, (cls.entity_name, spec.name)
            assert position[spec.ref] <= i, (cls.entity_name, spec.name)
            if position[spec.ref] == i:
                assert spec.optional, (cls.entity_name, spec.name)
