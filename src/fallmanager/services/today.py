"""The "Heute" screen's use case: what needs attention today, in one read."""

from __future__ import annotations

from datetime import date, timedelta

from fallmanager.domain.today import (
    DEFAULT_EXPIRING_WITHIN_DAYS,
    DEFAULT_RECENT_VISITS,
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
) -> TodayOverview:
    """Tasks due today or overdue, residence documents expiring within
    ``expiring_within_days`` (or expired and not replaced), open family files not visited
    for more than ``not_visited_days`` days, and the latest ``recent_visits`` visits.

    Closed and deleted family files are left out, except that the latest visits include
    those of files closed since (they happened)."""
    with uow:
        queries = uow.queries
        return TodayOverview(
            today=today,
            due_tasks=tuple(queries.due_tasks(today)),
            expiring_residence=tuple(
                queries.expiring_residence(today, today + timedelta(days=expiring_within_days))
            ),
            not_visited=tuple(queries.not_visited_families(today, max(not_visited_days, 0))),
            recent_visits=tuple(queries.recent_visits(today, max(recent_visits, 0))),
        )
