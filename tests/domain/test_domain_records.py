"""Invariants of single records, with their error codes and field names."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.education_work import (
    BenefitKind,
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import (
    CaseStatus,
    FamilyFile,
    FamilyMembership,
    check_case_number,
    format_case_number,
)
from fallmanager.domain.housing import (
    Accommodation,
    AccommodationKind,
    Household,
    HouseholdMember,
)
from fallmanager.domain.network import Involvement
from fallmanager.domain.people import NameVariant, Person
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
)
from fallmanager.domain.residence import (
    DEFAULT_LEGAL_BASIS,
    MigrationEvent,
    MigrationEventKind,
    ResidenceKind,
    ResidenceStatus,
)
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote, Visit

A = uuid.UUID("00000000-0000-4000-8000-00000000000a")
B = uuid.UUID("00000000-0000-4000-8000-00000000000b")
C = uuid.UUID("00000000-0000-4000-8000-00000000000c")
FAMILY = uuid.UUID("00000000-0000-4000-8000-0000000000f1")
AT = datetime(2024, 5, 1, 10, 30)


@contextmanager
def domain_error(code: ErrorCode, field: str | None) -> Iterator[None]:
    with pytest.raises(DomainError) as info:
        yield
    assert info.value.code is code, info.value
    assert info.value.field == field, info.value


def pd(text: str) -> PartialDate:
    return PartialDate.parse(text)


# -- Person ---------------------------------------------------------------------------------


def test_person_needs_one_of_the_names() -> None:
    assert Person(given_names="Emine").display_name == "Emine"
    assert Person(family_name="Berisha").display_name == "Berisha"
    assert Person(given_names=" Emine ", family_name=" Berisha ").display_name == "Emine Berisha"
    with domain_error(ErrorCode.REQUIRED, "family_name"):
        Person()
    with domain_error(ErrorCode.REQUIRED, "family_name"):
        Person(given_names="  ", family_name=" ")


def test_name_variant_needs_one_of_the_names() -> None:
    NameVariant(person_id=A, family_name="Djordjevic")
    with domain_error(ErrorCode.REQUIRED, "family_name"):
        NameVariant(person_id=A, given_names=" ")


@pytest.mark.parametrize(
    ("birth", "death"),
    [("1990-05", "1989"), ("1990-05", "1990-04"), ("1990-05-10", "1990-05-09"), ("2000", "1999")],
)
def test_death_definitely_before_birth_is_rejected(birth: str, death: str) -> None:
    with domain_error(ErrorCode.DEATH_BEFORE_BIRTH, "death_date"):
        Person(family_name="B", birth_date=pd(birth), deceased=True, death_date=pd(death))


@pytest.mark.parametrize(
    ("birth", "death"),
    [
        ("1990-05", "1990"),  # the year of death may well be after May
        ("1990", "1990-01"),
        ("1990-05-10", "1990-05"),
        ("1990-05", "1990-05-01"),
        ("1990-05-10", "1990-05-10"),
        ("1990", "2020-03-04"),
    ],
)
def test_possibly_consistent_partial_dates_are_accepted(birth: str, death: str) -> None:
    person = Person(family_name="B", birth_date=pd(birth), deceased=True, death_date=pd(death))
    assert person.death_date == pd(death)


def test_death_date_requires_deceased() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "deceased"):
        Person(family_name="B", death_date=pd("2020"))
    assert Person(family_name="B", deceased=True).death_date is None


def test_fictitious_birth_date_requires_a_birth_date() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "birth_date_fictitious"):
        Person(family_name="B", birth_date_fictitious=True)
    person = Person(family_name="B", birth_date=pd("2001-01-01"), birth_date_fictitious=True)
    assert person.birth_date_fictitious


def test_person_birth_country_and_interpreter_language_codes() -> None:
    Person(family_name="B", birth_country="XK", interpreter_language="sr-Cyrl")
    with domain_error(ErrorCode.INVALID_CODE, "birth_country"):
        Person(family_name="B", birth_country="Kosovo")
    with domain_error(ErrorCode.INVALID_CODE, "interpreter_language"):
        Person(family_name="B", interpreter_language="Albanian")


def test_person_age_on() -> None:
    person = Person(family_name="B", birth_date=pd("2010-06-15"))
    assert person.age_on(date(2024, 6, 14)) == 13
    assert person.age_on(date(2024, 6, 15)) == 14
    year_only = Person(family_name="B", birth_date=pd("2010"))
    assert year_only.age_on(date(2024, 6, 1)) is None  # 13 or 14
    assert year_only.age_on(date(2024, 12, 31)) == 14
    assert Person(family_name="B").age_on(date(2024, 1, 1)) is None


def test_check_dates_against_today() -> None:
    today = date(2024, 6, 15)
    Person(family_name="B", birth_date=pd("2024-06-15")).check_dates_against(today)
    Person(family_name="B", birth_date=pd("2024")).check_dates_against(today)  # may be past
    Person(family_name="B", birth_date=pd("2024-06")).check_dates_against(today)
    with domain_error(ErrorCode.DATE_IN_FUTURE, "birth_date"):
        Person(family_name="B", birth_date=pd("2024-06-16")).check_dates_against(today)
    with domain_error(ErrorCode.DATE_IN_FUTURE, "birth_date"):
        Person(family_name="B", birth_date=pd("2024-07")).check_dates_against(today)
    with domain_error(ErrorCode.DATE_IN_FUTURE, "birth_date"):
        Person(family_name="B", birth_date=pd("2025")).check_dates_against(today)
    dead_tomorrow = Person(
        family_name="B", birth_date=pd("1950"), deceased=True, death_date=pd("2024-06-16")
    )
    with domain_error(ErrorCode.DATE_IN_FUTURE, "death_date"):
        dead_tomorrow.check_dates_against(today)
    Person(family_name="B", deceased=True, death_date=pd("2024")).check_dates_against(today)


# -- FamilyFile -----------------------------------------------------------------------------


def family(**changes: object) -> FamilyFile:
    values: dict[str, object] = {"case_number": "2026-0042", "opened_on": date(2026, 1, 10)}
    values.update(changes)
    return FamilyFile(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("number", ["2026-0042", "2026-000001", "1999-12345"])
def test_valid_case_numbers(number: str) -> None:
    assert family(case_number=number).case_number == number
    assert check_case_number(number) == number


@pytest.mark.parametrize(
    "number", ["26-42", "2026/0042", "2026-042", "2026-1234567", "", " 2026-0042", "20260042"]
)
def test_invalid_case_numbers(number: str) -> None:
    with domain_error(ErrorCode.INVALID_CASE_NUMBER, "case_number"):
        family(case_number=number)
    with domain_error(ErrorCode.INVALID_CASE_NUMBER, "case_number"):
        check_case_number(number)


@pytest.mark.parametrize("number", ["２０２６-００４２", "٢٠٢٦-٠٠٤٢"])
def test_case_numbers_use_ascii_digits_only(number: str) -> None:
    """A case number that merely looks like ``2026-0042`` would escape the uniqueness rule."""
    with domain_error(ErrorCode.INVALID_CASE_NUMBER, "case_number"):
        family(case_number=number)


def test_check_case_number_rejects_a_trailing_newline() -> None:
    with domain_error(ErrorCode.INVALID_CASE_NUMBER, "case_number"):
        check_case_number("2026-0042\n")


def test_family_file_rejects_a_trailing_newline_in_the_case_number() -> None:
    with pytest.raises(DomainError) as info:
        family(case_number="2026-0042\n")
    assert info.value.field == "case_number"


def test_format_case_number_pads() -> None:
    assert format_case_number(2026, 42) == "2026-0042"
    assert format_case_number(2026, 123456) == "2026-123456"
    assert check_case_number(format_case_number(2026, 1)) == "2026-0001"


def test_closed_family_file_needs_a_closing_date() -> None:
    with domain_error(ErrorCode.CLOSED_WITHOUT_DATE, "closed_on"):
        family(status=CaseStatus.CLOSED)
    closed = family(status=CaseStatus.CLOSED, closed_on=date(2026, 3, 1))
    assert not closed.is_open
    assert family().is_open


def test_open_family_file_has_no_closing_date() -> None:
    with domain_error(ErrorCode.OPEN_WITH_CLOSING_DATE, "closed_on"):
        family(closed_on=date(2026, 3, 1))


def test_closed_before_opened() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "closed_on"):
        family(status=CaseStatus.CLOSED, closed_on=date(2026, 1, 9))
    assert family(status=CaseStatus.CLOSED, closed_on=date(2026, 1, 10)).closed_on == date(
        2026, 1, 10
    )


def test_mandate_clarification_before_first_contact() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "mandate_clarified_on"):
        family(first_contact_on=date(2026, 2, 1), mandate_clarified_on=date(2026, 1, 31))
    family(first_contact_on=date(2026, 2, 1), mandate_clarified_on=date(2026, 2, 1))
    family(mandate_clarified_on=date(2025, 1, 1))  # no first contact recorded


def test_blank_warning_labels_are_rejected() -> None:
    with domain_error(ErrorCode.REQUIRED, "warnings"):
        family(warnings=("Hund im Haushalt", "  "))
    assert family(warnings=("Hund im Haushalt",)).warnings == ("Hund im Haushalt",)


def test_membership_period() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "until"):
        FamilyMembership(
            family_id=FAMILY, person_id=A, since=date(2024, 2, 1), until=date(2024, 1, 31)
        )


# -- residence ------------------------------------------------------------------------------


def test_residence_permit_needs_legal_basis() -> None:
    with domain_error(ErrorCode.LEGAL_BASIS_REQUIRED, "legal_basis"):
        ResidenceStatus(person_id=A, kind=ResidenceKind.RESIDENCE_PERMIT)
    with domain_error(ErrorCode.LEGAL_BASIS_REQUIRED, "legal_basis"):
        ResidenceStatus(person_id=A, kind=ResidenceKind.RESIDENCE_PERMIT, legal_basis="   ")
    permit = ResidenceStatus(
        person_id=A, kind=ResidenceKind.RESIDENCE_PERMIT, legal_basis="§ 25b AufenthG"
    )
    assert permit.legal_basis == "§ 25b AufenthG"


@pytest.mark.parametrize(
    "kind", [k for k in ResidenceKind if k is not ResidenceKind.RESIDENCE_PERMIT]
)
def test_other_kinds_need_no_legal_basis(kind: ResidenceKind) -> None:
    assert ResidenceStatus(person_id=A, kind=kind).legal_basis == ""


def test_residence_validity_period() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "valid_until"):
        ResidenceStatus(
            person_id=A,
            kind=ResidenceKind.TOLERATION,
            valid_from=date(2024, 3, 1),
            valid_until=date(2024, 2, 29),
        )
    status = ResidenceStatus(
        person_id=A,
        kind=ResidenceKind.TOLERATION,
        valid_from=date(2024, 3, 1),
        valid_until=date(2024, 5, 31),
    )
    assert not status.is_valid_on(date(2024, 2, 29))
    assert status.is_valid_on(date(2024, 3, 1))
    assert status.is_valid_on(date(2024, 5, 31))
    assert not status.is_valid_on(date(2024, 6, 1))


def test_open_ended_residence_validity() -> None:
    since = ResidenceStatus(
        person_id=A, kind=ResidenceKind.SETTLEMENT_PERMIT, valid_from=date(2020, 1, 1)
    )
    assert since.is_valid_on(date(2099, 1, 1))
    assert not since.is_valid_on(date(2019, 12, 31))
    until = ResidenceStatus(
        person_id=A, kind=ResidenceKind.TOLERATION, valid_until=date(2020, 1, 1)
    )
    assert until.is_valid_on(date(1990, 1, 1))
    assert not until.is_valid_on(date(2020, 1, 2))
    assert ResidenceStatus(person_id=A, kind=ResidenceKind.OTHER).is_valid_on(date(2024, 1, 1))


def test_residence_kind_classification() -> None:
    tolerations = {k for k in ResidenceKind if k.is_toleration}
    assert tolerations == {
        ResidenceKind.TOLERATION,
        ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY,
        ResidenceKind.TRAINING_TOLERATION,
        ResidenceKind.EMPLOYMENT_TOLERATION,
    }
    secure = {k for k in ResidenceKind if k.is_secure}
    assert secure == {
        ResidenceKind.RESIDENCE_PERMIT,
        ResidenceKind.SETTLEMENT_PERMIT,
        ResidenceKind.GERMAN_CITIZEN,
    }
    assert not tolerations & secure
    assert not ResidenceKind.ASYLUM_PERMISSION.is_secure
    assert not ResidenceKind.FICTION_CERTIFICATE.is_toleration


def test_default_legal_basis_of_tolerations() -> None:
    assert DEFAULT_LEGAL_BASIS[ResidenceKind.TOLERATION] == "§ 60a AufenthG"
    assert DEFAULT_LEGAL_BASIS[ResidenceKind.TRAINING_TOLERATION] == "§ 60c AufenthG"
    assert ResidenceKind.RESIDENCE_PERMIT not in DEFAULT_LEGAL_BASIS
    assert all(k.is_toleration for k in ResidenceKind if k.value.endswith("toleration"))


def test_migration_event_country_code() -> None:
    MigrationEvent(person_id=A, kind=MigrationEventKind.ENTRY, country="XK")
    with domain_error(ErrorCode.INVALID_CODE, "country"):
        MigrationEvent(person_id=A, kind=MigrationEventKind.ENTRY, country="Serbia")


# -- relationships --------------------------------------------------------------------------


def test_parent_child_link_to_self_is_rejected() -> None:
    with domain_error(ErrorCode.SELF_RELATIONSHIP, "child_id"):
        ParentChildLink(parent_id=A, child_id=A)


def test_parent_child_link_period() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "until"):
        ParentChildLink(
            parent_id=A,
            child_id=B,
            kind=ParentChildKind.FOSTER,
            since=date(2024, 1, 2),
            until=date(2024, 1, 1),
        )


def test_partnership_with_self_is_rejected() -> None:
    with domain_error(ErrorCode.SELF_RELATIONSHIP, "person_b_id"):
        Partnership(person_a_id=A, person_b_id=A)


def test_partnership_partner_of() -> None:
    couple = Partnership(person_a_id=A, person_b_id=B)
    assert couple.partner_of(A) == B
    assert couple.partner_of(B) == A
    assert couple.involves(A)
    assert couple.involves(B)
    assert not couple.involves(C)


# -- housing --------------------------------------------------------------------------------


def test_accommodation_needs_name_or_street() -> None:
    with domain_error(ErrorCode.REQUIRED, "name"):
        Accommodation(kind=AccommodationKind.OTHER, name=" ", street="")
    assert Accommodation(kind=AccommodationKind.OTHER, street="Hafenweg 3").label == "Hafenweg 3"
    assert (
        Accommodation(kind=AccommodationKind.OTHER, name=" ZUE ", street="Hafenweg 3").label
        == "ZUE"
    )


def test_accommodation_kind_is_municipal() -> None:
    assert AccommodationKind.MUNICIPAL_REFUGEE.is_municipal
    assert AccommodationKind.HOMELESS_SERVICES.is_municipal
    assert not AccommodationKind.PRIVATE_FLAT.is_municipal
    assert not AccommodationKind.OTHER.is_municipal


def test_household_period_and_is_current_on() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "moved_out"):
        Household(family_id=FAMILY, moved_in=date(2024, 5, 1), moved_out=date(2024, 4, 30))
    household = Household(family_id=FAMILY, moved_in=date(2024, 5, 1), moved_out=date(2024, 8, 31))
    assert not household.is_current_on(date(2024, 4, 30))
    assert household.is_current_on(date(2024, 5, 1))
    assert household.is_current_on(date(2024, 8, 31))
    assert not household.is_current_on(date(2024, 9, 1))
    assert Household(family_id=FAMILY).is_current_on(date(2024, 1, 1))
    same_day = Household(family_id=FAMILY, moved_in=date(2024, 5, 1), moved_out=date(2024, 5, 1))
    assert same_day.is_current_on(date(2024, 5, 1))


def test_household_member_period() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "until"):
        HouseholdMember(household_id=C, person_id=A, since=date(2024, 5, 2), until=date(2024, 5, 1))
    member = HouseholdMember(household_id=C, person_id=A, since=date(2024, 5, 1))
    assert member.until is None


# -- education and work ---------------------------------------------------------------------


@pytest.mark.parametrize("hours", [0.5, 1, 39.5, 80])
def test_employment_hours_in_range(hours: float) -> None:
    assert Employment(person_id=A, employer="Bäckerei", hours_per_week=hours).hours_per_week == (
        hours
    )


@pytest.mark.parametrize("hours", [0, -1, 80.01, 168])
def test_employment_hours_out_of_range(hours: float) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "hours_per_week"):
        Employment(person_id=A, employer="Bäckerei", hours_per_week=hours)


@pytest.mark.parametrize(
    ("cls", "extra"),
    [
        (Employment, {"person_id": A, "employer": "Bäckerei"}),
        (VocationalTraining, {"person_id": A, "occupation": "Bäcker"}),
        (SchoolAttendance, {"person_id": A}),
        (BenefitPeriod, {"family_id": FAMILY, "kind": BenefitKind.SGB_II}),
    ],
)
def test_education_and_work_periods(cls: type, extra: dict[str, object]) -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "until_date"):
        cls(**extra, from_date=date(2024, 2, 1), until_date=date(2024, 1, 31))
    record = cls(**extra, from_date=date(2024, 2, 1), until_date=date(2024, 2, 1))
    assert record.until_date == date(2024, 2, 1)


def test_vocational_training_needs_occupation() -> None:
    with domain_error(ErrorCode.REQUIRED, "occupation"):
        VocationalTraining(person_id=A, occupation=" ")


def test_involvement_period() -> None:
    with domain_error(ErrorCode.END_BEFORE_START, "until"):
        Involvement(family_id=FAMILY, actor_id=C, since=date(2024, 1, 2), until=date(2024, 1, 1))


# -- visits and notes -----------------------------------------------------------------------


def test_visit_rejects_duplicate_present_persons() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "present_person_ids"):
        Visit(family_id=FAMILY, occurred_at=AT, present_person_ids=(A, B, A))
    visit = Visit(family_id=FAMILY, occurred_at=AT, present_person_ids=(A, B))
    assert visit.present_person_ids == (A, B)


def test_visit_language_code() -> None:
    assert Visit(family_id=FAMILY, occurred_at=AT, language="rom").language == "rom"
    with domain_error(ErrorCode.INVALID_CODE, "language"):
        Visit(family_id=FAMILY, occurred_at=AT, language="Romanes")


@pytest.mark.parametrize("minutes", [1, 90, 24 * 60])
def test_visit_duration_in_range(minutes: int) -> None:
    assert Visit(family_id=FAMILY, occurred_at=AT, duration_minutes=minutes).duration_minutes == (
        minutes
    )


@pytest.mark.parametrize("minutes", [0, -5, 24 * 60 + 1])
def test_visit_duration_out_of_range(minutes: int) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "duration_minutes"):
        Visit(family_id=FAMILY, occurred_at=AT, duration_minutes=minutes)


def test_case_note_cannot_correct_itself() -> None:
    note_id = uuid.uuid4()
    with domain_error(ErrorCode.SELF_RELATIONSHIP, "corrects_note_id"):
        CaseNote(id=note_id, family_id=FAMILY, written_at=AT, text="x", corrects_note_id=note_id)
    correction = CaseNote(family_id=FAMILY, written_at=AT, text="Korrektur", corrects_note_id=A)
    assert correction.corrects_note_id == A


def test_case_note_text_is_required_and_multiline() -> None:
    with domain_error(ErrorCode.REQUIRED, "text"):
        CaseNote(family_id=FAMILY, written_at=AT, text=" \n ")
    assert "\n" in CaseNote(family_id=FAMILY, written_at=AT, text="a\nb").text


# -- tasks ----------------------------------------------------------------------------------


def test_task_done_on_requires_done() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "done_on"):
        Task(family_id=FAMILY, title="Pass beantragen", done_on=date(2024, 1, 1))
    done = Task(family_id=FAMILY, title="Pass beantragen", done=True, done_on=date(2024, 1, 1))
    assert done.done
    assert Task(family_id=FAMILY, title="Pass beantragen", done=True).done_on is None


def test_task_title_is_required() -> None:
    with domain_error(ErrorCode.REQUIRED, "title"):
        Task(family_id=FAMILY)


def test_task_is_overdue_on() -> None:
    task = Task(family_id=FAMILY, title="Wiedervorlage", due_on=date(2024, 6, 15))
    assert not task.is_overdue_on(date(2024, 6, 14))
    assert not task.is_overdue_on(date(2024, 6, 15))  # due today is not overdue
    assert task.is_overdue_on(date(2024, 6, 16))
    done = Task(family_id=FAMILY, title="Wiedervorlage", due_on=date(2024, 6, 15), done=True)
    assert not done.is_overdue_on(date(2024, 7, 1))
    assert not Task(family_id=FAMILY, title="Irgendwann").is_overdue_on(date(2099, 1, 1))
