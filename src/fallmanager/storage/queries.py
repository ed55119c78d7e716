"""Read-model queries over the vault: lists, search results, duplicate candidates."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, and_, func, select, text

from fallmanager.domain.consent import Consent, ConsentWithdrawal
from fallmanager.domain.family import CaseStatus, FamilyFile, FamilyMembership
from fallmanager.domain.help_plan import HelpPlanGoal, HelpPlanReview, HelpPlanVersion
from fallmanager.domain.housing import Accommodation, Household
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person
from fallmanager.domain.residence import ResidenceKind, ResidenceStatus
from fallmanager.domain.search_text import name_key
from fallmanager.domain.tasks import Task
from fallmanager.domain.today import (
    DueActivity,
    DueReview,
    DueTask,
    ExpiringConsent,
    ExpiringResidence,
    NotVisitedFamily,
    RecentVisit,
)
from fallmanager.domain.views import FamilyRef, FamilySummary, HitKind, SearchResult
from fallmanager.domain.visits import Visit, VisitKind
from fallmanager.storage import search_index
from fallmanager.storage.schema import record_tables

_PERSON = record_tables[Person]
_FAMILY = record_tables[FamilyFile]
_MEMBERSHIP = record_tables[FamilyMembership]
_HOUSEHOLD = record_tables[Household]
_ACCOMMODATION = record_tables[Accommodation]
_VISIT = record_tables[Visit]
_TASK = record_tables[Task]
_RESIDENCE = record_tables[ResidenceStatus]
_PLAN_VERSION = record_tables[HelpPlanVersion]
_PLAN_GOAL = record_tables[HelpPlanGoal]
_PLAN_REVIEW = record_tables[HelpPlanReview]
_CONSENT = record_tables[Consent]
_CONSENT_WITHDRAWAL = record_tables[ConsentWithdrawal]
_ACTOR = record_tables[Actor]

# The "Heute" queries are written in SQL: they need correlated subqueries and a fixed join
# order that the expression language would only obscure. Table names come from the schema.
_DUE_TASKS_SQL = f"""
SELECT t.id, t.family_id, f.case_number, t.title, t.due_on, t.responsible,
       p.given_names, p.family_name, count(*) OVER () AS total
FROM {_TASK.name} AS t
JOIN {_FAMILY.name} AS f ON f.id = t.family_id AND f.deleted = 0 AND f.status = 'open'
LEFT JOIN {_PERSON.name} AS p ON p.id = t.person_id AND p.deleted = 0
WHERE t.deleted = 0 AND t.done = 0 AND t.due_on IS NOT NULL AND t.due_on <= :today
ORDER BY t.due_on, f.case_number, t.title
LIMIT :limit
"""

# The running plan of a family is its agreed version (agreeing a later version supersedes
# it); a Fortschreibung still in draft does not replace it.
_RUNNING_PLAN = "v.deleted = 0 AND v.status = 'agreed'"

_REVIEWS_DUE_SQL = f"""
SELECT v.id, v.family_id, f.case_number, v.number, v.review_on, count(*) OVER () AS total
FROM {_PLAN_VERSION.name} AS v
JOIN {_FAMILY.name} AS f ON f.id = v.family_id AND f.deleted = 0 AND f.status = 'open'
WHERE {_RUNNING_PLAN} AND v.review_on IS NOT NULL AND v.review_on <= :today
  AND NOT EXISTS (
    SELECT 1 FROM {_PLAN_REVIEW.name} AS r WHERE r.version_id = v.id AND r.deleted = 0
  )
ORDER BY v.review_on, f.case_number
LIMIT :limit
"""

_EXPIRING_CONSENTS_SQL = f"""
SELECT c.id, c.family_id, f.case_number, c.expires_on, c.recipient_actor_ids,
       count(*) OVER () AS total
FROM {_CONSENT.name} AS c
JOIN {_FAMILY.name} AS f ON f.id = c.family_id AND f.deleted = 0 AND f.status = 'open'
WHERE c.status = 'given' AND c.expires_on >= :since AND c.expires_on <= :until
  AND c.deleted = 0
  AND NOT EXISTS (
    SELECT 1 FROM {_CONSENT_WITHDRAWAL.name} AS w
    WHERE w.consent_id = c.id AND w.deleted = 0 AND w."full" = 1 AND w.withdrawn_on <= :today
  )
ORDER BY c.expires_on, f.case_number
LIMIT :limit
"""

# First from indexes only (which activities, in which order, how many), then the texts of
# the few shown: an office-wide vault has tens of thousands of due goals in old versions.
_ACTIVITIES_DUE_SQL = f"""
WITH due AS MATERIALIZED (
    SELECT g.rowid AS goal_rowid, g.due_on, g.position, v.family_id, f.case_number
    FROM {_PLAN_GOAL.name} AS g
    JOIN {_PLAN_VERSION.name} AS v ON v.id = g.version_id
    JOIN {_FAMILY.name} AS f ON f.id = v.family_id AND f.deleted = 0 AND f.status = 'open'
    WHERE g.deleted = 0 AND g.level = 'activity' AND g.status IN ('open', 'in_progress')
      AND g.due_on IS NOT NULL AND g.due_on <= :today AND {_RUNNING_PLAN}
)
SELECT g.id, d.family_id, d.case_number, g.wording, d.due_on,
       (SELECT count(*) FROM due) AS total
FROM (SELECT * FROM due ORDER BY due_on, case_number, position LIMIT :limit) AS d
JOIN {_PLAN_GOAL.name} AS g ON g.rowid = d.goal_rowid
ORDER BY d.due_on, d.case_number, d.position
"""

# A status is "current" when no other status of the person begins at the same time or later
# and ends later (or never). Renewals thus replace the expiring document, while an old
# open-ended status (an asylum permission nobody closed) does not hide a newer toleration.
# Only the status's rowid is computed in the scan; the rows are read for the hits only.
_EXPIRING_RESIDENCE_SQL = f"""
WITH current_status AS MATERIALIZED (
    SELECT rs.rowid AS rid
    FROM {_RESIDENCE.name} AS rs
    WHERE rs.deleted = 0 AND rs.valid_until IS NOT NULL AND rs.valid_until <= :until
      AND NOT EXISTS (
        SELECT 1 FROM {_RESIDENCE.name} AS later
        WHERE later.person_id = rs.person_id AND later.deleted = 0
          AND later.rowid != rs.rowid
          AND (later.valid_until IS NULL OR later.valid_until > rs.valid_until)
          AND (later.valid_from IS NULL OR rs.valid_from IS NULL
               OR later.valid_from >= rs.valid_from)
      )
)
SELECT rs.id, rs.person_id, rs.kind, rs.legal_basis, rs.valid_until,
       p.given_names, p.family_name, f.id AS family_id, f.case_number,
       count(*) OVER () AS total
FROM current_status AS c
CROSS JOIN {_RESIDENCE.name} AS rs ON rs.rowid = c.rid
CROSS JOIN {_PERSON.name} AS p ON p.id = rs.person_id AND p.deleted = 0 AND p.deceased = 0
CROSS JOIN {_MEMBERSHIP.name} AS m ON m.person_id = rs.person_id AND m.deleted = 0
    AND (m.until IS NULL OR m.until >= :today)
JOIN {_FAMILY.name} AS f ON f.id = m.family_id AND f.deleted = 0 AND f.status = 'open'
ORDER BY rs.valid_until, f.case_number, p.family_name, p.given_names
LIMIT :limit
"""

_NOT_VISITED_SQL = f"""
SELECT id, case_number, responsible, opened_on, last_visit, count(*) OVER () AS total FROM (
    SELECT f.id, f.case_number, f.responsible, f.opened_on,
           (SELECT max(v.occurred_at) FROM {_VISIT.name} AS v
            WHERE v.family_id = f.id AND v.deleted = 0 AND v.occurred_at < :tomorrow)
           AS last_visit
    FROM {_FAMILY.name} AS f
    WHERE f.deleted = 0 AND f.status = 'open'
)
WHERE coalesce(substr(last_visit, 1, 10), opened_on) < :cutoff
ORDER BY coalesce(substr(last_visit, 1, 10), opened_on), case_number
LIMIT :limit
"""

_RECENT_VISITS_SQL = f"""
SELECT v.id, v.family_id, f.case_number, v.occurred_at, v.kind, v.place
FROM {_VISIT.name} AS v
JOIN {_FAMILY.name} AS f ON f.id = v.family_id AND f.deleted = 0
WHERE v.deleted = 0 AND v.occurred_at < :tomorrow
ORDER BY v.occurred_at DESC, v.rowid DESC
LIMIT :limit
"""


class Queries:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def case_number_taken(self, case_number: str, except_id: uuid.UUID | None = None) -> bool:
        """Whether a case number is used by another family file (tombstoned ones count)."""
        query = select(_FAMILY.c.id).where(_FAMILY.c.case_number == case_number)
        if except_id is not None:
            query = query.where(_FAMILY.c.id != str(except_id))
        return self._conn.execute(query).first() is not None

    def case_numbers(self) -> dict[str, uuid.UUID]:
        """Every case number in use, including those of deleted family files."""
        rows = self._conn.execute(select(_FAMILY.c.case_number, _FAMILY.c.id))
        return {number: uuid.UUID(family_id) for number, family_id in rows}

    def highest_case_sequence(self, year: int) -> int:
        prefix = f"{year:04d}-"
        rows = self._conn.execute(
            select(_FAMILY.c.case_number).where(_FAMILY.c.case_number.like(f"{prefix}%"))
        )
        return max((int(r[0][len(prefix) :]) for r in rows), default=0)

    def family_ids_of_person(self, person_id: uuid.UUID) -> list[uuid.UUID]:
        rows = self._conn.execute(
            select(_MEMBERSHIP.c.family_id).where(
                _MEMBERSHIP.c.person_id == str(person_id), _MEMBERSHIP.c.deleted.is_(False)
            )
        )
        return [uuid.UUID(r[0]) for r in rows]

    def possible_duplicates(
        self, given_names: str, family_name: str, birth_year: int | None
    ) -> list[uuid.UUID]:
        return search_index.persons_with_name_key(
            self._conn, name_key(given_names, family_name), birth_year
        )

    def search(self, text: str, limit: int = 50) -> list[SearchResult]:
        hits = search_index.search(self._conn, text, limit)
        person_ids = [str(h.entity_id) for h in hits if h.kind == HitKind.PERSON]
        family_ids = [str(h.entity_id) for h in hits if h.kind == HitKind.FAMILY_FILE]
        persons = {
            row.id: row
            for row in self._conn.execute(
                select(
                    _PERSON.c.id, _PERSON.c.given_names, _PERSON.c.family_name, _PERSON.c.birth_date
                ).where(_PERSON.c.id.in_(person_ids))
            )
        }
        person_families: dict[str, list[FamilyRef]] = defaultdict(list)
        for person_id, family_id, case_number, status in self._conn.execute(
            select(_MEMBERSHIP.c.person_id, _FAMILY.c.id, _FAMILY.c.case_number, _FAMILY.c.status)
            .join(_FAMILY, _FAMILY.c.id == _MEMBERSHIP.c.family_id)
            .where(
                _MEMBERSHIP.c.person_id.in_(person_ids),
                _MEMBERSHIP.c.deleted.is_(False),
                _FAMILY.c.deleted.is_(False),
            )
            .order_by(_FAMILY.c.case_number)
        ):
            person_families[person_id].append(
                FamilyRef(uuid.UUID(family_id), case_number, CaseStatus(status))
            )
        families = {
            row.id: row
            for row in self._conn.execute(
                select(_FAMILY.c.id, _FAMILY.c.case_number, _FAMILY.c.status).where(
                    _FAMILY.c.id.in_(family_ids)
                )
            )
        }
        names = self._family_names(family_ids)
        results = []
        for hit in hits:
            key = str(hit.entity_id)
            if hit.kind == HitKind.PERSON and key in persons:
                row = persons[key]
                label = " ".join(p for p in (row.given_names, row.family_name) if p)
                year = int(row.birth_date[:4]) if row.birth_date else None
                refs = tuple(person_families.get(key, ()))
                results.append(
                    SearchResult(HitKind.PERSON, hit.entity_id, label, year, refs, hit.exact)
                )
            elif hit.kind == HitKind.FAMILY_FILE and key in families:
                family_row = families[key]
                ref = FamilyRef(
                    hit.entity_id, family_row.case_number, CaseStatus(family_row.status)
                )
                label = ", ".join(names.get(key, ()))
                results.append(
                    SearchResult(HitKind.FAMILY_FILE, hit.entity_id, label, None, (ref,), hit.exact)
                )
        return results

    def _family_names(self, family_ids: list[str]) -> dict[str, tuple[str, ...]]:
        names: dict[str, dict[str, None]] = defaultdict(dict)
        for family_id, family_name in self._conn.execute(
            select(_MEMBERSHIP.c.family_id, _PERSON.c.family_name)
            .join(_PERSON, _PERSON.c.id == _MEMBERSHIP.c.person_id)
            .where(
                _MEMBERSHIP.c.family_id.in_(family_ids),
                _MEMBERSHIP.c.deleted.is_(False),
                _PERSON.c.deleted.is_(False),
            )
            .order_by(_PERSON.c.birth_date, _PERSON.c.id)
        ):
            if family_name:
                names[family_id][family_name] = None
        return {k: tuple(v) for k, v in names.items()}

    def family_summaries(
        self, today: date, status: CaseStatus | None = None
    ) -> list[FamilySummary]:
        """All family files with the figures the family list shows."""
        query = select(
            _FAMILY.c.id,
            _FAMILY.c.case_number,
            _FAMILY.c.status,
            _FAMILY.c.responsible,
            _FAMILY.c.opened_on,
        ).where(_FAMILY.c.deleted.is_(False))
        if status is not None:
            query = query.where(_FAMILY.c.status == status.value)
        families = self._conn.execute(query.order_by(_FAMILY.c.case_number)).all()
        ids = [row.id for row in families]
        names = self._family_names(ids)
        members: dict[str, int] = dict(
            self._conn.execute(
                select(_MEMBERSHIP.c.family_id, func.count())
                .where(_MEMBERSHIP.c.deleted.is_(False))
                .group_by(_MEMBERSHIP.c.family_id)
            ).all()
        )
        last_visits: dict[str, str] = dict(
            self._conn.execute(
                select(_VISIT.c.family_id, func.max(_VISIT.c.occurred_at))
                .where(_VISIT.c.deleted.is_(False))
                .group_by(_VISIT.c.family_id)
            ).all()
        )
        open_tasks: dict[str, int] = dict(
            self._conn.execute(
                select(_TASK.c.family_id, func.count())
                .where(_TASK.c.deleted.is_(False), _TASK.c.done.is_(False))
                .group_by(_TASK.c.family_id)
            ).all()
        )
        today_iso = today.isoformat()
        accommodation: dict[str, str] = {}
        for family_id, name, street, unit in self._conn.execute(
            select(
                _HOUSEHOLD.c.family_id,
                _ACCOMMODATION.c.name,
                _ACCOMMODATION.c.street,
                _HOUSEHOLD.c.unit,
            )
            .join(_ACCOMMODATION, _ACCOMMODATION.c.id == _HOUSEHOLD.c.accommodation_id)
            .where(
                _HOUSEHOLD.c.deleted.is_(False),
                and_(
                    (_HOUSEHOLD.c.moved_in.is_(None)) | (_HOUSEHOLD.c.moved_in <= today_iso),
                    (_HOUSEHOLD.c.moved_out.is_(None)) | (_HOUSEHOLD.c.moved_out >= today_iso),
                ),
            )
            .order_by(_HOUSEHOLD.c.moved_in)
        ):
            label = name or street
            accommodation[family_id] = f"{label}, {unit}" if unit else label
        return [
            FamilySummary(
                family_id=uuid.UUID(row.id),
                case_number=row.case_number,
                status=CaseStatus(row.status),
                family_names=names.get(row.id, ()),
                member_count=int(members.get(row.id, 0)),
                accommodation=accommodation.get(row.id, ""),
                responsible=row.responsible,
                last_visit=datetime.fromisoformat(last_visits[row.id])
                if row.id in last_visits
                else None,
                open_tasks=int(open_tasks.get(row.id, 0)),
                opened_on=date.fromisoformat(row.opened_on),
            )
            for row in families
        ]

    # -- "Heute" ---------------------------------------------------------------------------

    def due_tasks(self, today: date, limit: int) -> tuple[list[DueTask], int]:
        """Open tasks of open family files due ``today`` or earlier, oldest first: the
        first ``limit`` and how many there are in all."""
        rows = self._conn.execute(
            text(_DUE_TASKS_SQL), {"today": today.isoformat(), "limit": limit}
        ).all()
        names = self._family_names(sorted({row.family_id for row in rows}))
        result = []
        for row in rows:
            due_on = date.fromisoformat(row.due_on)
            person = " ".join(n for n in (row.given_names, row.family_name) if n)
            result.append(
                DueTask(
                    task_id=uuid.UUID(row.id),
                    family_id=uuid.UUID(row.family_id),
                    case_number=row.case_number,
                    family_names=names.get(row.family_id, ()),
                    title=row.title,
                    person_name=person,
                    due_on=due_on,
                    responsible=row.responsible,
                    overdue=due_on < today,
                )
            )
        return result, (rows[0].total if rows else 0)

    def expiring_residence(
        self, today: date, until: date, limit: int
    ) -> tuple[list[ExpiringResidence], int]:
        """Current residence documents of members of open family files that end by ``until``.

        Expired ones are included as long as no later status replaces them; a person in
        several open family files appears once per file.
        """
        rows = self._conn.execute(
            text(_EXPIRING_RESIDENCE_SQL),
            {"today": today.isoformat(), "until": until.isoformat(), "limit": limit},
        ).all()
        result = []
        for row in rows:
            valid_until = date.fromisoformat(row.valid_until)
            result.append(
                ExpiringResidence(
                    status_id=uuid.UUID(row.id),
                    person_id=uuid.UUID(row.person_id),
                    person_name=" ".join(n for n in (row.given_names, row.family_name) if n),
                    family_id=uuid.UUID(row.family_id),
                    case_number=row.case_number,
                    kind=ResidenceKind(row.kind),
                    legal_basis=row.legal_basis,
                    valid_until=valid_until,
                    expired=valid_until < today,
                )
            )
        return result, (rows[0].total if rows else 0)

    def not_visited_families(
        self, today: date, days: int, limit: int
    ) -> tuple[list[NotVisitedFamily], int]:
        """Open family files whose last visit (or, never visited, opening) lies more than
        ``days`` days back; the longest unvisited first."""
        cutoff = today - timedelta(days=days)
        rows = self._conn.execute(
            text(_NOT_VISITED_SQL),
            {
                "cutoff": cutoff.isoformat(),
                "tomorrow": (today + timedelta(days=1)).isoformat(),
                "limit": limit,
            },
        ).all()
        names = self._family_names([row.id for row in rows])
        result = []
        for row in rows:
            last = datetime.fromisoformat(row.last_visit) if row.last_visit else None
            opened_on = date.fromisoformat(row.opened_on)
            since = last.date() if last is not None else opened_on
            result.append(
                NotVisitedFamily(
                    family_id=uuid.UUID(row.id),
                    case_number=row.case_number,
                    family_names=names.get(row.id, ()),
                    responsible=row.responsible,
                    last_visit=last,
                    opened_on=opened_on,
                    days=(today - since).days,
                )
            )
        return result, (rows[0].total if rows else 0)

    def reviews_due(self, today: date, limit: int) -> tuple[list[DueReview], int]:
        """Running help plans whose review date has been reached and not yet held."""
        rows = self._conn.execute(
            text(_REVIEWS_DUE_SQL), {"today": today.isoformat(), "limit": limit}
        ).all()
        names = self._family_names(sorted({row.family_id for row in rows}))
        result = []
        for row in rows:
            review_on = date.fromisoformat(row.review_on)
            result.append(
                DueReview(
                    version_id=uuid.UUID(row.id),
                    family_id=uuid.UUID(row.family_id),
                    case_number=row.case_number,
                    family_names=names.get(row.family_id, ()),
                    number=row.number,
                    review_on=review_on,
                    overdue=review_on < today,
                )
            )
        return result, (rows[0].total if rows else 0)

    def activities_due(self, today: date, limit: int) -> tuple[list[DueActivity], int]:
        """Open activities of running help plans due ``today`` or earlier, oldest first."""
        rows = self._conn.execute(
            text(_ACTIVITIES_DUE_SQL), {"today": today.isoformat(), "limit": limit}
        ).all()
        names = self._family_names(sorted({row.family_id for row in rows}))
        result = []
        for row in rows:
            due_on = date.fromisoformat(row.due_on)
            result.append(
                DueActivity(
                    goal_id=uuid.UUID(row.id),
                    family_id=uuid.UUID(row.family_id),
                    case_number=row.case_number,
                    family_names=names.get(row.family_id, ()),
                    wording=row.wording,
                    due_on=due_on,
                    overdue=due_on < today,
                )
            )
        return result, (rows[0].total if rows else 0)

    def expiring_consents(
        self, today: date, window_days: int, limit: int
    ) -> tuple[list[ExpiringConsent], int]:
        """Given consents expiring within ``window_days`` or expired as recently, not fully
        withdrawn, of open family files; soonest first."""
        rows = self._conn.execute(
            text(_EXPIRING_CONSENTS_SQL),
            {
                "today": today.isoformat(),
                "since": (today - timedelta(days=window_days)).isoformat(),
                "until": (today + timedelta(days=window_days)).isoformat(),
                "limit": limit,
            },
        ).all()
        names = self._family_names(sorted({row.family_id for row in rows}))
        recipients = {
            row.recipient_actor_ids: [str(a) for a in json.loads(row.recipient_actor_ids)]
            for row in rows
        }
        actor_ids = sorted({a for ids in recipients.values() for a in ids})
        actor_names = dict(
            self._conn.execute(
                select(_ACTOR.c.id, _ACTOR.c.name).where(_ACTOR.c.id.in_(actor_ids))
            ).all()
        )
        result = []
        for row in rows:
            expires_on = date.fromisoformat(row.expires_on)
            result.append(
                ExpiringConsent(
                    consent_id=uuid.UUID(row.id),
                    family_id=uuid.UUID(row.family_id),
                    case_number=row.case_number,
                    family_names=names.get(row.family_id, ()),
                    recipient_names=tuple(
                        sorted(
                            actor_names[a]
                            for a in recipients[row.recipient_actor_ids]
                            if a in actor_names
                        )
                    ),
                    expires_on=expires_on,
                    expired=expires_on < today,
                )
            )
        return result, (rows[0].total if rows else 0)

    def recent_visits(self, today: date, limit: int) -> list[RecentVisit]:
        """The latest ``limit`` visits up to the end of ``today``, newest first."""
        rows = self._conn.execute(
            text(_RECENT_VISITS_SQL),
            {"tomorrow": (today + timedelta(days=1)).isoformat(), "limit": limit},
        ).all()
        names = self._family_names(sorted({row.family_id for row in rows}))
        return [
            RecentVisit(
                visit_id=uuid.UUID(row.id),
                family_id=uuid.UUID(row.family_id),
                case_number=row.case_number,
                family_names=names.get(row.family_id, ()),
                occurred_at=datetime.fromisoformat(row.occurred_at),
                kind=VisitKind(row.kind),
                place=row.place,
            )
            for row in rows
        ]
