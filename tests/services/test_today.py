"""The "Heute" overview against a real temporary vault: what is due, expiring, unvisited."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.people import Person
from fallmanager.domain.residence import ResidenceKind, ResidenceStatus
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import Visit, VisitKind
from fallmanager.services import family_files, persons, residence, tasks, visits
from fallmanager.services.today import today_overview
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


def _family(uow: SqlUnitOfWork, opened_on: date = date(2026, 1, 5), **kw: str) -> FamilyFile:
    return family_files.open_family_file(uow, opened_on=opened_on, **kw)


def _person(uow: SqlUnitOfWork, family: FamilyFile, given: str, name: str) -> Person:
    return persons.add_person(
        uow,
        family_id=family.id,
        given_names=given,
        family_name=name,
        birth_date=PartialDate(1990),
        confirmed_not_duplicate=True,
        today=TODAY,
    ).person


def _visit(uow: SqlUnitOfWork, family: FamilyFile, day: date, hour: int = 10) -> Visit:
    at = datetime(day.year, day.month, day.day, hour, 0)
    return visits.record_visit(uow, family_id=family.id, occurred_at=at).visit


def _overview(uow: SqlUnitOfWork, days: int = 42, **kw: int):  # type: ignore[no-untyped-def]
    return today_overview(uow, today=TODAY, not_visited_days=days, **kw)


def test_empty_vault_has_nothing_to_show(uow: SqlUnitOfWork) -> None:
    overview = _overview(uow)
    assert overview.today == TODAY
    assert overview.due_tasks == ()
    assert overview.expiring_residence == ()
    assert overview.not_visited == ()
    assert overview.recent_visits == ()


def test_due_and_overdue_tasks_of_open_families_only(uow: SqlUnitOfWork) -> None:
    family = _family(uow, responsible="Frau Brinkmann")
    amir = _person(uow, family, "Amir", "Đorđević")
    overdue = tasks.add_task(
        uow, family_id=family.id, title="Pass beantragen", due_on=TODAY - timedelta(days=3),
        person_id=amir.id, responsible="Frau Brinkmann",
    )  # fmt: skip
    due = tasks.add_task(uow, family_id=family.id, title="Schule anrufen", due_on=TODAY)
    tasks.add_task(uow, family_id=family.id, title="Morgen", due_on=TODAY + timedelta(days=1))
    tasks.add_task(uow, family_id=family.id, title="Ohne Datum")
    done = tasks.add_task(uow, family_id=family.id, title="Erledigt", due_on=TODAY)
    tasks.complete_task(uow, task_id=done.id, done_on=TODAY)
    deleted = tasks.add_task(uow, family_id=family.id, title="Gelöscht", due_on=TODAY)
    _delete(uow, Task, deleted.id)
    closed = _family(uow)
    tasks.add_task(uow, family_id=closed.id, title="Akte zu", due_on=TODAY - timedelta(days=1))
    family_files.close_family_file(uow, family_id=closed.id, closed_on=TODAY)

    result = _overview(uow).due_tasks
    assert [t.task_id for t in result] == [overdue.id, due.id]
    first, second = result
    assert first.overdue and not second.overdue
    assert first.person_name == "Amir Đorđević"
    assert first.case_number == family.case_number
    assert first.family_names == ("Đorđević",)
    assert first.family_id == family.id
    assert first.due_on == TODAY - timedelta(days=3)
    assert first.responsible == "Frau Brinkmann"
    assert second.person_name == ""


def _delete(uow: SqlUnitOfWork, cls: type, record_id: object) -> None:
    with uow:
        uow.records.delete(cls, record_id)  # type: ignore[arg-type]
        uow.commit()


def test_residence_expiring_within_eight_weeks_and_expired_current(uow: SqlUnitOfWork) -> None:
    family = _family(uow)
    edge = _person(uow, family, "Dorentina", "Krasniqi")
    later = _person(uow, family, "Emre", "Şahin")
    expired = _person(uow, family, "Milica", "Ивановић")
    renewed = _person(uow, family, "Jovan", "Đorđević")
    titled = _person(uow, family, "Ana", "Čolić")

    def status(person: Person, until: date | None, since: date | None = None,
               kind: ResidenceKind = ResidenceKind.TOLERATION) -> ResidenceStatus:  # fmt: skip
        return residence.record_residence_status(
            uow, person_id=person.id, kind=kind, valid_from=since, valid_until=until,
            legal_basis="§ 25b AufenthG" if kind is ResidenceKind.RESIDENCE_PERMIT else "",
        )  # fmt: skip

    on_edge = status(edge, TODAY + timedelta(days=56), TODAY - timedelta(days=100))
    status(later, TODAY + timedelta(days=57), TODAY - timedelta(days=100))
    gone = status(expired, TODAY - timedelta(days=10), TODAY - timedelta(days=200))
    # A renewal replaces the expiring toleration.
    status(renewed, TODAY + timedelta(days=5), TODAY - timedelta(days=180))
    status(renewed, TODAY + timedelta(days=180), TODAY + timedelta(days=6))
    # An old, never closed asylum permission does not hide a newer expiring toleration.
    status(titled, None, date(2016, 3, 1), ResidenceKind.ASYLUM_PERMISSION)
    current = status(titled, TODAY + timedelta(days=20), date(2026, 6, 1))
    # Tombstoned statuses count for nothing.
    dropped = status(later, TODAY + timedelta(days=300), TODAY - timedelta(days=10))
    _delete(uow, ResidenceStatus, dropped.id)

    result = _overview(uow).expiring_residence
    by_status = {r.status_id: r for r in result}
    assert set(by_status) == {on_edge.id, gone.id, current.id}
    assert [r.status_id for r in result] == [gone.id, current.id, on_edge.id]
    assert by_status[gone.id].expired
    assert not by_status[on_edge.id].expired
    assert by_status[gone.id].person_name == "Milica Ивановић"
    assert by_status[gone.id].family_id == family.id
    assert by_status[current.id].kind is ResidenceKind.TOLERATION

    # Eight weeks is the default; a shorter window drops the edge case.
    shorter = _overview(uow, expiring_within_days=55).expiring_residence
    assert on_edge.id not in {r.status_id for r in shorter}


def test_residence_of_closed_families_and_deleted_persons_is_left_out(
    uow: SqlUnitOfWork,
) -> None:
    closed = _family(uow)
    person = _person(uow, closed, "Amir", "Đorđević")
    residence.record_residence_status(
        uow, person_id=person.id, kind=ResidenceKind.TOLERATION, valid_until=TODAY
    )
    family_files.close_family_file(uow, family_id=closed.id, closed_on=TODAY)
    open_family = _family(uow)
    removed = _person(uow, open_family, "Emre", "Şahin")
    residence.record_residence_status(
        uow, person_id=removed.id, kind=ResidenceKind.TOLERATION, valid_until=TODAY
    )
    _delete(uow, Person, removed.id)
    assert _overview(uow).expiring_residence == ()


def test_not_visited_counts_days_exactly(uow: SqlUnitOfWork) -> None:
    exactly = _family(uow)
    _visit(uow, exactly, TODAY - timedelta(days=42))
    one_more = _family(uow)
    _visit(uow, one_more, TODAY - timedelta(days=43), hour=23)
    recent = _family(uow)
    _visit(uow, recent, TODAY - timedelta(days=100))
    _visit(uow, recent, TODAY - timedelta(days=2))
    never_old = _family(uow, opened_on=TODAY - timedelta(days=60))
    never_new = _family(uow, opened_on=TODAY - timedelta(days=42))
    deleted_visit = _family(uow)
    _visit(uow, deleted_visit, TODAY - timedelta(days=100))
    latest = _visit(uow, deleted_visit, TODAY - timedelta(days=1))
    _delete(uow, Visit, latest.id)
    closed = _family(uow)
    family_files.close_family_file(uow, family_id=closed.id, closed_on=TODAY)
    removed = _family(uow)
    _delete(uow, FamilyFile, removed.id)

    result = _overview(uow).not_visited
    assert [(r.family_id, r.days) for r in result] == [
        (deleted_visit.id, 100),
        (never_old.id, 60),
        (one_more.id, 43),
    ]
    never = next(r for r in result if r.family_id == never_old.id)
    assert never.last_visit is None and never.opened_on == TODAY - timedelta(days=60)
    hundred_days_ago = TODAY - timedelta(days=100)
    assert result[0].last_visit == datetime(
        hundred_days_ago.year, hundred_days_ago.month, hundred_days_ago.day, 10
    )
    assert exactly.id not in {r.family_id for r in result}
    assert never_new.id not in {r.family_id for r in result}

    # The threshold comes from the settings.
    assert [r.family_id for r in _overview(uow, days=59).not_visited] == [
        deleted_visit.id,
        never_old.id,
    ]


def test_recent_visits_newest_first_limited(uow: SqlUnitOfWork) -> None:
    family = _family(uow)
    _person(uow, family, "Emre", "Şahin")
    made = [_visit(uow, family, TODAY - timedelta(days=n)) for n in range(12)]
    _visit(uow, family, TODAY + timedelta(days=3))  # planned, not yet happened
    _delete(uow, Visit, made[0].id)
    other = _family(uow)
    phone = visits.record_visit(
        uow,
        family_id=other.id,
        occurred_at=datetime(2026, 11, 24, 15, 30),
        kind=VisitKind.PHONE,
        place="Büro",
    ).visit
    family_files.close_family_file(uow, family_id=other.id, closed_on=TODAY)

    result = _overview(uow).recent_visits
    assert len(result) == 10
    assert [r.visit_id for r in result[:3]] == [phone.id, made[1].id, made[2].id]
    assert result[0].kind is VisitKind.PHONE and result[0].place == "Büro"
    assert result[1].family_names == ("Şahin",)
    assert [r.visit_id for r in _overview(uow, recent_visits=2).recent_visits] == [
        phone.id,
        made[1].id,
    ]


def test_long_lists_keep_the_most_urgent_entries_and_count_all(uow: SqlUnitOfWork) -> None:
    families = [_family(uow, opened_on=date(2026, 1, day)) for day in range(1, 6)]
    for offset, family in enumerate(families):
        tasks.add_task(
            uow, family_id=family.id, title=f"Aufgabe {offset}",
            due_on=TODAY - timedelta(days=10 - offset),
        )  # fmt: skip
        person = _person(uow, family, f"Person{offset}", "Krasniqi")
        residence.record_residence_status(
            uow, person_id=person.id, kind=ResidenceKind.TOLERATION,
            valid_from=date(2026, 6, 1), valid_until=TODAY + timedelta(days=offset),
        )  # fmt: skip

    overview = _overview(uow, limit=2)
    assert [t.title for t in overview.due_tasks] == ["Aufgabe 0", "Aufgabe 1"]  # oldest first
    assert overview.due_tasks_total == 5
    assert [r.valid_until for r in overview.expiring_residence] == [TODAY, TODAY + timedelta(1)]
    assert overview.expiring_residence_total == 5
    assert len(overview.not_visited) == 2 and overview.not_visited_total == 5
    assert overview.not_visited[0].opened_on == date(2026, 1, 1)  # the longest unvisited

    complete = _overview(uow)
    assert len(complete.due_tasks) == complete.due_tasks_total == 5
