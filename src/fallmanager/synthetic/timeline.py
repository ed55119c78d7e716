"""Dates for the synthetic data: random days, ages, partial dates and residence periods."""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple, TypeVar

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.residence import ResidenceKind

T = TypeVar("T")

DAY = timedelta(days=1)


def days(count: int) -> timedelta:
    return timedelta(days=count)


def years(value: float) -> timedelta:
    """About ``value`` years, for distances where a day more or less does not matter."""
    return timedelta(days=round(value * 365.25))


def add_years(day: date, count: int) -> date:
    """The same calendar day ``count`` years later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + count)
    except ValueError:
        return day.replace(year=day.year + count, day=28)


def add_months(day: date, count: int) -> date:
    """The same day ``count`` months later, or the last day of a shorter month."""
    year, month = divmod(day.month - 1 + count, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age(born: date, on: date) -> int:
    """Age in full years."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def between(rng: random.Random, low: date, high: date) -> date:
    """A random day in ``[low, high]``; ``low`` when the range is empty."""
    span = (high - low).days
    if span <= 0:
        return low
    return low + timedelta(days=rng.randint(0, span))


def weighted(rng: random.Random, options: Sequence[tuple[T, float]]) -> T:
    """One of the values, chosen with the given weights."""
    pick = rng.random() * sum(weight for _, weight in options)
    for value, weight in options:
        pick -= weight
        if pick < 0:
            return value
    return options[-1][0]


def partial(rng: random.Random, day: date, full: float, month: float) -> PartialDate:
    """``day`` as recorded: complete with probability ``full``, else year and month with
    probability ``month``, else the year only."""
    r = rng.random()
    if r < full:
        return PartialDate(day.year, day.month, day.day)
    if r < full + month:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


def german_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


# --- Residence periods ---------------------------------------------------------------------


class Period(NamedTuple):
    """One period of a residence status before it becomes a record."""

    kind: ResidenceKind
    basis: str
    start: date
    end: date | None
    note: str = ""


TOLERATIONS = frozenset(kind for kind in ResidenceKind if kind.is_toleration)


def replace_from(periods: Iterable[Period], start: date, new: list[Period]) -> list[Period]:
    """The periods before ``start`` (the one running then cut short), followed by ``new``."""
    kept = []
    for period in periods:
        if period.start >= start:
            continue
        if period.end is None or period.end >= start:
            kept.append(period._replace(end=start - DAY))
        else:
            kept.append(period)
    return kept + new


def clip(periods: Iterable[Period], low: date, high: date | None) -> list[Period]:
    """The periods cut to ``[low, high]`` (``high`` ``None``: open-ended)."""
    result = []
    for period in periods:
        if period.end is not None and period.end < low:
            continue
        if high is not None and period.start > high:
            continue
        end = period.end
        if high is not None and (end is None or end > high):
            end = high
        result.append(period._replace(start=max(period.start, low), end=end))
    return result


def period_on(periods: Iterable[Period], day: date) -> Period | None:
    """The period that covers ``day``."""
    for period in periods:
        if period.start <= day and (period.end is None or day <= period.end):
            return period
    return None
