"""The actor directory's use cases: summaries, details, duplicate suggestions and merging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.education_work import SchoolAttendance
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.domain.people import Person
from fallmanager.services import education_work, family_files, network, persons
from fallmanager.services.ports import Records
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


def _family(uow: SqlUnitOfWork, *names: tuple[str, str, str]) -> tuple[FamilyFile, list[Person]]:
    family = family_files.open_family_file(uow, opened_on=date(2026, 2, 1))
    members = [
        persons.add_person(
            uow,
            family_id=family.id,
            given_names=given,
            family_name=family_name,
            birth_date=PartialDate.parse(born),
            today=TODAY,
            confirmed_not_duplicate=True,
        ).person
        for given, family_name, born in names
    ]
    return family, members


def _read(uow: SqlUnitOfWork, fn: Callable[[Records], Any]) -> Any:
    with uow:
        return fn(uow.records)


def test_directory_counts_families_and_details_name_them(uow: SqlUnitOfWork) -> None:
    krasniqi, _ = _family(uow, ("Arta", "Krasniqi", "1985"), ("Blerim", "Gashi", "1983"))
    sahin, _ = _family(uow, ("Elif", "Şahin", "1990"))
    school = network.add_actor(uow, name="Hauptschule Coerde", kind=ActorKind.SCHOOL)
    idle = network.add_actor(uow, name="Zahnarztpraxis Ивановић", kind=ActorKind.DOCTOR)
    contact = network.add_contact_person(uow, actor_id=school.id, name="Herr Vogt")
    network.involve_actor(
        uow,
        family_id=krasniqi.id,
        actor_id=school.id,
        role="Schulsozialarbeit",
        contact_person_id=contact.id,
        since=date(2026, 3, 1),
    )
    network.involve_actor(uow, family_id=krasniqi.id, actor_id=school.id, role="Klassenleitung")
    network.involve_actor(uow, family_id=sahin.id, actor_id=school.id, role="Schulsozialarbeit")

    summaries = {s.actor.id: s for s in network.actor_directory(uow)}
    assert (summaries[school.id].family_count, summaries[school.id].involvement_count) == (2, 3)
    assert summaries[school.id].contact_count == 1
    assert (summaries[idle.id].family_count, summaries[idle.id].involvement_count) == (0, 0)

    details = network.actor_details(uow, actor_id=school.id)
    assert [c.name for c in details.contact_persons] == ["Herr Vogt"]
    by_case = {(row.case_number, row.involvement.role): row for row in details.involvements}
    row = by_case[(krasniqi.case_number, "Schulsozialarbeit")]
    assert row.family_names == ("Gashi", "Krasniqi")  # eldest member first
    assert row.contact_name == "Herr Vogt"
    assert by_case[(sahin.case_number, "Schulsozialarbeit")].family_names == ("Şahin",)
    assert by_case[(krasniqi.case_number, "Klassenleitung")].contact_name == ""


def test_merge_moves_involvements_contacts_and_references(uow: SqlUnitOfWork) -> None:
    family, (milica,) = _family(uow, ("Milica", "Đorđević", "2012-04-03"))
    keep = network.add_actor(uow, name="Caritas", notes="Träger")
    duplicate = network.add_actor(
        uow,
        name="Caritas Migrationsberatung",
        kind=ActorKind.NGO,
        street="Josefstraße 2",
        phone="0251 123",
        notes="Sprechstunde dienstags",
    )
    contact = network.add_contact_person(uow, actor_id=duplicate.id, name="Frau Jansen")
    moved = network.involve_actor(
        uow,
        family_id=family.id,
        actor_id=duplicate.id,
        role="Migrationsberatung",
        contact_person_id=contact.id,
    )
    school = education_work.record_school_attendance(
        uow, person_id=milica.id, school_id=duplicate.id, class_name="7b"
    )

    merged = network.merge_actors(uow, keep_id=keep.id, duplicate_id=duplicate.id)

    assert merged.id == keep.id
    assert merged.name == "Caritas"
    assert (merged.kind, merged.street, merged.phone) == (
        ActorKind.NGO,
        "Josefstraße 2",
        "0251 123",
    )
    assert merged.notes == "Träger\n\nSprechstunde dienstags"
    assert _read(uow, lambda r: r.require(Actor, keep.id)) == merged
    assert _read(uow, lambda r: r.get(Actor, duplicate.id)) is None
    assert _read(uow, lambda r: r.is_tombstoned(Actor, duplicate.id))
    assert _read(uow, lambda r: r.require(Involvement, moved.id)).actor_id == keep.id
    assert _read(uow, lambda r: r.require(ContactPerson, contact.id)).actor_id == keep.id
    assert _read(uow, lambda r: r.require(SchoolAttendance, school.id)).school_id == keep.id
    [summary] = network.actor_directory(uow)
    assert (summary.actor.name, summary.family_count, summary.contact_count) == ("Caritas", 1, 1)


def test_merge_refuses_merging_an_actor_with_itself(uow: SqlUnitOfWork) -> None:
    actor = network.add_actor(uow, name="Jobcenter", kind=ActorKind.JOBCENTER)
    with pytest.raises(DomainError) as error:
        network.merge_actors(uow, keep_id=actor.id, duplicate_id=actor.id)
    assert error.value.code is ErrorCode.INVALID_VALUE
    assert _read(uow, lambda r: r.require(Actor, actor.id)) == actor


def test_merge_collapses_identical_open_involvements(uow: SqlUnitOfWork) -> None:
    family, _ = _family(uow, ("Arta", "Krasniqi", "1985"))
    keep = network.add_actor(uow, name="Ausländerbehörde", kind=ActorKind.IMMIGRATION_OFFICE)
    duplicate = network.add_actor(uow, name="Auslanderbehorde")
    contact = network.add_contact_person(uow, actor_id=duplicate.id, name="Herr Şahin")
    later = network.involve_actor(
        uow, family_id=family.id, actor_id=keep.id, role="Sachbearbeitung", since=date(2026, 5, 1)
    )
    earlier = network.involve_actor(
        uow,
        family_id=family.id,
        actor_id=duplicate.id,
        role="sachbearbeitung ",
        contact_person_id=contact.id,
        since=date(2026, 3, 1),
    )
    ended = network.involve_actor(
        uow, family_id=family.id, actor_id=duplicate.id, role="Sachbearbeitung"
    )
    network.end_involvement(uow, involvement_id=ended.id, until=date(2026, 4, 1))
    other_role = network.involve_actor(
        uow, family_id=family.id, actor_id=duplicate.id, role="Passbeschaffung"
    )

    network.merge_actors(uow, keep_id=keep.id, duplicate_id=duplicate.id)

    live = _read(uow, lambda r: r.find(Involvement, family_id=family.id))
    assert {i.id for i in live} == {earlier.id, ended.id, other_role.id}
    assert all(i.actor_id == keep.id for i in live)
    assert _read(uow, lambda r: r.is_tombstoned(Involvement, later.id))
    kept = _read(uow, lambda r: r.require(Involvement, earlier.id))
    assert (kept.since, kept.until, kept.contact_person_id) == (date(2026, 3, 1), None, contact.id)


def test_find_duplicate_actors_by_folded_name_and_containment(uow: SqlUnitOfWork) -> None:
    a = network.add_actor(uow, name="Ausländerbehörde Münster")
    b = network.add_actor(uow, name="AUSLANDERBEHORDE münster")
    caritas = network.add_actor(uow, name="Caritas")
    caritas_mb = network.add_actor(uow, name="Caritas Migrationsberatung")
    network.add_actor(uow, name="Jobcenter")
    network.add_actor(uow, name="AWO")
    network.add_actor(uow, name="AWOL Stadtteilbüro")  # "awo" is not a whole word there
    office = network.add_actor(uow, name="Gesundheitsamt")
    spelt = network.add_actor(uow, name="Gesundheitsamt Münster (Kinder- und Jugendgesundheit)")
    jugendhilfe = network.add_actor(uow, name="Jugendhilfe Muenster")
    jugendhilfe_2 = network.add_actor(uow, name="Jugendhilfe Münster")

    pairs = network.find_duplicate_actors(uow)

    as_ids = {frozenset({x.id, y.id}) for x, y in pairs}
    assert as_ids == {
        frozenset({a.id, b.id}),
        frozenset({caritas.id, caritas_mb.id}),
        frozenset({office.id, spelt.id}),
        frozenset({jugendhilfe.id, jugendhilfe_2.id}),
    }
    assert (caritas, caritas_mb) in pairs  # shorter name first
