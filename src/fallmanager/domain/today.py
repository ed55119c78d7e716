"""Read models of the "Heute" screen: what needs the case manager's attention today.

Plain, frozen data assembled by :func:`fallmanager.services.today.today_overview`; every
entry names the family file it belongs to, so the screen can open it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from fallmanager.domain.residence import ResidenceKind
from fallmanager.domain.visits import VisitKind

#: Residence documents expiring within this many days appear on the screen (eight weeks).
DEFAULT_EXPIRING_WITHIN_DAYS = 56
#: How many of the latest visits the screen lists.
DEFAULT_RECENT_VISITS = 10
#: At most this many entries per list, the most urgent first; the totals are counted apart.
#: (An office-wide vault can have thousands; nobody reads past the first few hundred.)
SECTION_LIMIT = 300


@dataclass(frozen=True, slots=True)
class DueTask:
    """An open task (Aufgabe / Wiedervorlage) due today or overdue."""

    task_id: uuid.UUID
    family_id: uuid.UUID
    case_number: str
    family_names: tuple[str, ...]
    title: str
    person_name: str  # the member the task is about; empty for the whole family
    due_on: date
    responsible: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class ExpiringResidence:
    """A person's current residence document that expires soon or has expired."""

    status_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    family_id: uuid.UUID
    case_number: str
    kind: ResidenceKind
    legal_basis: str
    valid_until: date
    expired: bool


@dataclass(frozen=True, slots=True)
class NotVisitedFamily:
    """An open family file without a visit for longer than the configured number of days."""

    family_id: uuid.UUID
    case_number: str
    family_names: tuple[str, ...]
    responsible: str
    last_visit: datetime | None  # ``None``: never visited; counted from ``opened_on``
    opened_on: date
    days: int  # days since the last visit (or since the file was opened)


@dataclass(frozen=True, slots=True)
class RecentVisit:
    """One of the latest visits or contacts."""

    visit_id: uuid.UUID
    family_id: uuid.UUID
    case_number: str
    family_names: tuple[str, ...]
    occurred_at: datetime
    kind: VisitKind
    place: str


@dataclass(frozen=True, slots=True)
class DueReview:
    """The review date (Überprüfung) of a family's agreed help plan has been reached."""

    version_id: uuid.UUID
    family_id: uuid.UUID
    case_number: str
    family_names: tuple[str, ...]
    number: int  # 1: Erstplan, later: Fortschreibung
    review_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class DueActivity:
    """An open activity of a family's agreed help plan, due today or overdue."""

    goal_id: uuid.UUID
    family_id: uuid.UUID
    case_number: str
    family_names: tuple[str, ...]
    wording: str
    due_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class ExpiringConsent:
    """A given consent that runs out soon (or ran out lately) and is not withdrawn."""

    consent_id: uuid.UUID
    family_id: uuid.UUID
    case_number: str
    family_names: tuple[str, ...]
    recipient_names: tuple[str, ...]  # the organisations it lets receive data
    expires_on: date
    expired: bool


#: Consents expiring within this many days appear on the screen, and those expired as long ago.
CONSENT_EXPIRY_WINDOW_DAYS = 28


@dataclass(frozen=True, slots=True)
class TodayOverview:
    """Everything the "Heute" screen shows, as of ``today``."""

    today: date
    due_tasks: tuple[DueTask, ...]
    expiring_residence: tuple[ExpiringResidence, ...]
    not_visited: tuple[NotVisitedFamily, ...]
    recent_visits: tuple[RecentVisit, ...]
    #: How many there are in all (the tuples above hold at most ``SECTION_LIMIT``).
    due_tasks_total: int = 0
    expiring_residence_total: int = 0
    not_visited_total: int = 0
    reviews_due: tuple[DueReview, ...] = ()
    activities_due: tuple[DueActivity, ...] = ()
    reviews_due_total: int = 0
    activities_due_total: int = 0
    expiring_consents: tuple[ExpiringConsent, ...] = ()
    expiring_consents_total: int = 0
