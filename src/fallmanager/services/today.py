"""The "Heute" screen's use case: what needs attention today, in one read."""

from __future__ import annotations

from datetime import date, timedelta

from fallmanager.domain.today import (
    CONSENT_EXPIRY_WINDOW_DAYS,
    DEFAULT_EXPIRING_WITHIN_DAYS,
    DEFAULT_RECENT_VISITS,
    SECTION_LIMIT,
    TodayOverview,
)
from fallmanager.services.ports import UnitOfWork


def today_overview(
    uow: UnitOfWork,
    *,
    today: date,
    not_visited_days: int,
    expiring_within_days: int = DEFAULT_EXPIRING_WITHIN_DAYS,
    recent_visits: int = DEFAULT_RECENT_VISITS,
    limit: int = SECTION_LIMIT,
) -> TodayOverview:
    """Tasks due today or overdue, residence documents expiring within
    ``expiring_within_days`` (or expired and not replaced), open family files not visited
    for more than ``not_visited_days`` days, the latest ``recent_visits`` visits, of
    the running help plans the reviews whose date has come and the activities due, and the
    consents running out (or run out lately) that are not withdrawn.

    Closed and deleted family files are left out, except that the latest visits include
    those of files closed since (they happened). Each list holds the ``limit`` most urgent
    entries; the overview also carries how many there are in all."""
    with uow:
        queries = uow.queries
        due, due_total = queries.due_tasks(today, limit)
        until = today + timedelta(days=expiring_within_days)
        expiring, expiring_total = queries.expiring_residence(today, until, limit)
        not_visited, not_visited_total = queries.not_visited_families(
            today, max(not_visited_days, 0), limit
        )
        reviews, reviews_total = queries.reviews_due(today, limit)
        activities, activities_total = queries.activities_due(today, limit)
        consents, consents_total = queries.expiring_consents(
            today, CONSENT_EXPIRY_WINDOW_DAYS, limit
        )
        return TodayOverview(
            today=today,
            due_tasks=tuple(due),
            expiring_residence=tuple(expiring),
            not_visited=tuple(not_visited),
            recent_visits=tuple(queries.recent_visits(today, max(recent_visits, 0))),
            due_tasks_total=due_total,
            expiring_residence_total=expiring_total,
            not_visited_total=not_visited_total,
            reviews_due=tuple(reviews),
            activities_due=tuple(activities),
            reviews_due_total=reviews_total,
            activities_due_total=activities_total,
            expiring_consents=tuple(consents),
            expiring_consents_total=consents_total,
        )
