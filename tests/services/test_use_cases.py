"""Use cases as the desktop and command line call them, against a real temporary vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode, NotFoundError, WarningCode
from fallmanager.domain.family import CaseStatus, FamilyFile
from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.network import ActorKind
from fallmanager.domain.people import NameVariantKind, Person, Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipEventKind
from fallmanager.domain.residence import ResidenceKind
from fallmanager.domain.visits import CaseNote
from fallmanager.services import (
    education_work,
    family_files,
    housing,
    network,
    persons,
    relationships,
    residence,
    tasks,
    visits,
)
from fallmanager.services.persons import PossibleDuplicateError
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


@pytest.fixture
def family(uow: SqlUnitOfWork) -> FamilyFile:
    return family_files.open_family_file(
        uow,
        opened_on=date(2026, 2, 1),
        responsible="Frau Brinkmann",
        warnings=("nur mit Sprachmittlung",),
    )


def _add(
    uow: SqlUnitOfWork, family: FamilyFile, given: str, name: str, born: str, sex: Sex = Sex.FEMALE
) -> Person:
    return persons.add_person(
        uow,
        family_id=family.id,
        given_names=given,
        family_name=name,
        sex=sex,
        birth_date=PartialDate.parse(born),
        today=TODAY,
    ).person


def test_case_numbers_are_assigned_per_year_and_unique(uow: SqlUnitOfWork) -> None:
    first = family_files.open_family_file(uow, opened_on=date(2026, 1, 3))
    second = family_files.open_family_file(uow, opened_on=date(2026, 5, 3))
    other_year = family_files.open_family_file(uow, opened_on=date(2025, 5, 3))
    assert (first.case_number, second.case_number, other_year.case_number) == (
        "2026-0001",
        "2026-0002",
        "2025-0001",
    )
    with pytest.raises(DomainError) as error:
        family_files.open_family_file(uow, opened_on=date(2026, 1, 3), case_number="2026-0002")
    assert error.value.code is ErrorCode.DUPLICATE_CASE_NUMBER
    with pytest.raises(DomainError) as error:
        family_files.update_family_file(uow, family_id=first.id, case_number="2026-0002")
    assert error.value.code is ErrorCode.DUPLICATE_CASE_NUMBER


def test_close_and_reopen_family_file(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    with pytest.raises(DomainError) as error:
        family_files.close_family_file(uow, family_id=family.id, closed_on=date(2025, 1, 1))
    assert error.value.code is ErrorCode.END_BEFORE_START
    closed = family_files.close_family_file(uow, family_id=family.id, closed_on=date(2026, 11, 1))
    assert closed.status is CaseStatus.CLOSED
    with pytest.raises(DomainError) as error:
        visits.record_visit(uow, family_id=family.id, occurred_at=datetime(2026, 11, 2, 10))
    assert error.value.code is ErrorCode.FAMILY_FILE_CLOSED
    reopened = family_files.reopen_family_file(uow, family_id=family.id)
    assert reopened.status is CaseStatus.OPEN and reopened.closed_on is None


def test_possible_duplicates_are_shown_before_creation(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    original = _add(uow, family, "Đorđe", "Đorđević", "1979-04-02", Sex.MALE)
    candidates = persons.find_possible_duplicates(
        uow, given_names="Djordje", family_name="Djordjevic", birth_date=PartialDate(1979)
    )
    assert [p.id for p in candidates] == [original.id]
    swapped = persons.find_possible_duplicates(
        uow, given_names="Đorđević", family_name="Đorđe", birth_date=None
    )
    assert [p.id for p in swapped] == [original.id]
    assert (
        persons.find_possible_duplicates(
            uow, given_names="Djordje", family_name="Djordjevic", birth_date=PartialDate(1990)
        )
        == []
    )
    with pytest.raises(PossibleDuplicateError) as error:
        persons.add_person(
            uow,
            given_names="Djordje",
            family_name="Djordjevic",
            birth_date=PartialDate(1979),
            today=TODAY,
        )
    assert [p.id for p in error.value.candidates] == [original.id]
    added = persons.add_person(
        uow,
        given_names="Djordje",
        family_name="Djordjevic",
        birth_date=PartialDate(1979),
        confirmed_not_duplicate=True,
        today=TODAY,
    )
    assert added.person.id != original.id


def test_duplicates_also_match_name_variants(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    person = _add(uow, family, "Shpresa", "Gashi", "1988")
    persons.add_name_variant(
        uow,
        person_id=person.id,
        given_names="Spresa",
        family_name="Gasi-Hoxha",
        kind=NameVariantKind.TOLERATION_PAPER,
    )
    found = persons.find_possible_duplicates(
        uow, given_names="Spresa", family_name="Gasi Hoxha", birth_date=PartialDate(1988, 6)
    )
    assert [p.id for p in found] == [person.id]


def test_births_in_the_future_are_refused(uow: SqlUnitOfWork) -> None:
    with pytest.raises(DomainError) as error:
        persons.add_person(
            uow, given_names="A", family_name="B", birth_date=PartialDate(2027), today=TODAY
        )
    assert error.value.code is ErrorCode.DATE_IN_FUTURE


def test_relationships_enforce_genealogy_rules(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    grandma = _add(uow, family, "Fatime", "Berisha", "1950")
    mother = _add(uow, family, "Drita", "Berisha", "1975-02-01")
    father = _add(uow, family, "Arben", "Krasniqi", "1972", Sex.MALE)
    child = _add(uow, family, "Ëmine", "Krasniqi", "2001-03-01")
    relationships.record_parent_child(uow, parent_id=grandma.id, child_id=mother.id)
    relationships.record_parent_child(uow, parent_id=mother.id, child_id=child.id)
    with pytest.raises(DomainError) as error:
        relationships.record_parent_child(uow, parent_id=child.id, child_id=grandma.id)
    assert error.value.code is ErrorCode.OWN_ANCESTOR
    recorded = relationships.record_parent_child(uow, parent_id=father.id, child_id=child.id)
    assert recorded.warnings == ()
    step = _add(uow, family, "Senad", "Hodžić", "1970", Sex.MALE)
    with pytest.raises(DomainError) as error:
        relationships.record_parent_child(uow, parent_id=step.id, child_id=child.id)
    assert error.value.code is ErrorCode.TOO_MANY_BIOLOGICAL_PARENTS
    relationships.record_parent_child(
        uow, parent_id=step.id, child_id=child.id, kind=ParentChildKind.STEP
    )
    with pytest.raises(DomainError) as error:
        relationships.record_parent_child(uow, parent_id=grandma.id, child_id=mother.id)
    assert error.value.code is ErrorCode.DUPLICATE_RELATIONSHIP


def test_very_young_parent_is_a_warning_not_an_error(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    parent = _add(uow, family, "Valbona", "Shala", "2000-05-01")
    child = _add(uow, family, "Blerim", "Shala", "2011-03-01", Sex.MALE)
    recorded = relationships.record_parent_child(uow, parent_id=parent.id, child_id=child.id)
    assert [w.code for w in recorded.warnings] == [WarningCode.PARENT_VERY_YOUNG]


def test_partnerships_with_events(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    a = _add(uow, family, "Jelena", "Petrović", "1980")
    b = _add(uow, family, "Miloš", "Petrović", "1978", Sex.MALE)
    partnership = relationships.record_partnership(
        uow,
        person_a_id=a.id,
        person_b_id=b.id,
        events=(
            (PartnershipEventKind.MARRIED, PartialDate(2001)),
            (PartnershipEventKind.DIVORCED, PartialDate(2015, 6)),
        ),
    )
    detail = family_files.get_family_file(uow, family_id=family.id)
    assert [p.id for p in detail.partnerships] == [partnership.id]
    assert [e.kind for e in detail.partnership_events] == [
        PartnershipEventKind.MARRIED,
        PartnershipEventKind.DIVORCED,
    ]
    with pytest.raises(DomainError) as error:
        relationships.record_partnership(uow, person_a_id=b.id, person_b_id=a.id)
    assert error.value.code is ErrorCode.DUPLICATE_RELATIONSHIP


def test_a_full_family_file(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    mother = _add(uow, family, "Amra", "Mehmedović", "1985-07-12")
    son = _add(uow, family, "Emir", "Mehmedović", "2012-09-01", Sex.MALE)
    relationships.record_parent_child(uow, parent_id=mother.id, child_id=son.id, has_custody=True)
    status = residence.record_residence_status(
        uow,
        person_id=mother.id,
        kind=ResidenceKind.TOLERATION,
        valid_from=date(2026, 9, 1),
        valid_until=date(2026, 12, 31),
    )
    assert status.legal_basis == "§ 60a AufenthG"
    with pytest.raises(DomainError) as error:
        residence.record_residence_status(
            uow, person_id=son.id, kind=ResidenceKind.RESIDENCE_PERMIT
        )
    assert error.value.code is ErrorCode.LEGAL_BASIS_REQUIRED
    residence.record_residence_status(
        uow, person_id=son.id, kind=ResidenceKind.RESIDENCE_PERMIT, legal_basis="§ 25a AufenthG"
    )
    school = network.add_actor(uow, name="Hauptschule Coerde", kind=ActorKind.SCHOOL)
    contact = network.add_contact_person(
        uow, actor_id=school.id, name="Herr Vogt", function="Schulsozialarbeit"
    )
    network.involve_actor(
        uow,
        family_id=family.id,
        actor_id=school.id,
        role="Schulsozialarbeit",
        contact_person_id=contact.id,
    )
    other = network.add_actor(uow, name="Jobcenter", kind=ActorKind.JOBCENTER)
    with pytest.raises(DomainError) as error:
        network.involve_actor(
            uow, family_id=family.id, actor_id=other.id, contact_person_id=contact.id
        )
    assert error.value.code is ErrorCode.REFERENCE_MISMATCH
    education_work.record_school_attendance(
        uow, person_id=son.id, school_id=school.id, class_name="8b"
    )
    place = housing.register_accommodation(
        uow, kind=AccommodationKind.MUNICIPAL_REFUGEE, name="Unterkunft Am Kanal", city="Münster"
    )
    housing.record_household(
        uow,
        family_id=family.id,
        member_ids=(mother.id, son.id),
        accommodation_id=place.id,
        unit="Whg. 3",
        moved_in=date(2019, 4, 1),
    )
    recorded = visits.record_visit(
        uow,
        family_id=family.id,
        occurred_at=datetime(2026, 11, 20, 10, 30),
        present_person_ids=(mother.id,),
        interpreter_present=True,
        language="bs",
        topics=("Schulbesuch", "Passbeschaffung"),
        note="Mutter berichtet von Fehlzeiten.",
    )
    assert recorded.note is not None
    correction = visits.correct_case_note(
        uow, note_id=recorded.note.id, text="Fehlzeiten nur im Oktober."
    )
    task = tasks.add_task(
        uow,
        family_id=family.id,
        title="Schulbescheinigung anfordern",
        due_on=date(2026, 12, 1),
        person_id=son.id,
    )
    tasks.complete_task(uow, task_id=task.id, done_on=date(2026, 11, 24))
    with pytest.raises(DomainError):
        tasks.complete_task(uow, task_id=task.id)

    detail = family_files.get_family_file(uow, family_id=family.id)
    assert {p.id for p in detail.persons} == {mother.id, son.id}
    assert len(detail.residence_statuses) == 2
    assert detail.current_residence(mother.id, date(2026, 11, 25)) == status
    assert [a.name for a in detail.actors] == ["Hauptschule Coerde"]
    assert [c.name for c in detail.contact_persons] == ["Herr Vogt"]
    assert [a.label for a in detail.accommodations] == ["Unterkunft Am Kanal"]
    assert [n.text for n in detail.case_notes] == [
        "Mutter berichtet von Fehlzeiten.",
        "Fehlzeiten nur im Oktober.",
    ]
    assert detail.case_notes[1].corrects_note_id == recorded.note.id
    assert detail.case_notes[1].id == correction.id
    assert detail.tasks[0].done

    summaries = family_files.list_family_files(uow, today=TODAY)
    assert len(summaries) == 1
    summary = summaries[0]
    assert summary.member_count == 2
    assert summary.family_names == ("Mehmedović",)
    assert summary.accommodation == "Unterkunft Am Kanal, Whg. 3"
    assert summary.last_visit == datetime(2026, 11, 20, 10, 30)
    assert summary.open_tasks == 0


def test_visit_presence_must_be_family_members(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    stranger = persons.add_person(
        uow, given_names="Nikola", family_name="Jovanović", today=TODAY
    ).person
    with pytest.raises(DomainError) as error:
        visits.record_visit(uow, family_id=family.id, present_person_ids=(stranger.id,))
    assert error.value.code is ErrorCode.NOT_A_MEMBER
    with uow:
        assert uow.records.all(CaseNote) == []


def test_unknown_records_are_not_found(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    import uuid

    with pytest.raises(NotFoundError):
        residence.record_residence_status(
            uow, person_id=uuid.uuid4(), kind=ResidenceKind.TOLERATION
        )
    with pytest.raises(NotFoundError):
        family_files.get_family_file(uow, family_id=uuid.uuid4())
