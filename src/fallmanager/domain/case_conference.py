"""Inter-agency case conferences (Fallkonferenzen) about one family.

A conference brings the actors of a family's helper system together. Any actor may initiate
it; the case manager usually invites. Its topics (Tagesordnungspunkte) are tied to data
categories and, where useful, to family members and help-plan goals; per topic one actor
leads (Federführung). Data is shared only with the family's consent — see
:mod:`fallmanager.domain.consent_gate` — or the conference is held as an anonymised case
discussion under a pseudonymous case label. The minutes record per topic the result and the
agreed next steps, which can become activities of the help plan and tasks.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.consent import DATA_CATEGORY_PATTERN, DataCategory
from fallmanager.domain.entity import (
    LINE,
    SHORT,
    TEXT,
    Entity,
    codes,
    optional_ref,
    ref,
    refs,
    text,
)
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.search_text import tokens

#: A conference lasts between a quarter of an hour and a working day.
MIN_DURATION_MINUTES = 15
MAX_DURATION_MINUTES = 600


class ConferenceStatus(StrEnum):
    PLANNED = "planned"  # geplant
    HELD = "held"  # durchgeführt (minutes may be written)
    CANCELLED = "cancelled"  # abgesagt


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseConference(Entity):
    """One case conference of a family file (Fallkonferenz)."""

    entity_name: ClassVar[str] = "case_conference"
    collection: ClassVar[str] = "case_conferences"

    family_id: uuid.UUID = ref("family_file")
    starts_at: datetime
    duration_minutes: int = 90
    place: str = text(SHORT)
    video_link: str = text(LINE)
    #: Who initiated it: an actor of the network, or (None) the case manager.
    initiator_actor_id: uuid.UUID | None = optional_ref("actor")
    participant_actor_ids: tuple[uuid.UUID, ...] = refs("actor")
    #: Family members taking part (optional).
    participant_person_ids: tuple[uuid.UUID, ...] = refs("person")
    #: Held as an anonymised case discussion: no names, no consent needed.
    anonymised: bool = False
    #: The pseudonymous label under which the case appears in invitations ("FK-7Q3K").
    case_label: str = text(40, required=True)
    status: ConferenceStatus = ConferenceStatus.PLANNED
    notes: str = text(TEXT, multiline=True)  # internal

    def check(self) -> None:
        if not MIN_DURATION_MINUTES <= self.duration_minutes <= MAX_DURATION_MINUTES:
            raise DomainError(ErrorCode.INVALID_VALUE, "duration_minutes")
        if len(set(self.participant_actor_ids)) != len(self.participant_actor_ids):
            raise DomainError(ErrorCode.INVALID_VALUE, "participant_actor_ids")

    @property
    def held_on(self) -> date:
        return self.starts_at.date()


@dataclass(frozen=True, slots=True, kw_only=True)
class ConferenceTopic(Entity):
    """A topic on a conference's agenda (Tagesordnungspunkt) and, afterwards, its result.

    ``categories`` name the kinds of personal data the topic touches (none: it touches no
    personal data and every participant may see it); ``person_ids`` the members it is about
    (none: the family as a whole, i.e. all its members).
    """

    entity_name: ClassVar[str] = "conference_topic"
    collection: ClassVar[str] = "conference_topics"

    conference_id: uuid.UUID = ref("case_conference")
    position: int = 0
    title: str = text(LINE, required=True)
    categories: tuple[str, ...] = codes(DATA_CATEGORY_PATTERN, max_items=len(DataCategory))
    person_ids: tuple[uuid.UUID, ...] = refs("person")
    goal_ids: tuple[uuid.UUID, ...] = refs("help_plan_goal")
    #: Federführung: the actor leading the topic, or (None) the case manager.
    lead_actor_id: uuid.UUID | None = optional_ref("actor")
    result: str = text(TEXT, multiline=True)  # Ergebnis, written into the minutes

    def check(self) -> None:
        if self.position < 0:
            raise DomainError(ErrorCode.INVALID_VALUE, "position")

    @property
    def data_categories(self) -> tuple[DataCategory, ...]:
        return tuple(DataCategory(c) for c in self.categories)


@dataclass(frozen=True, slots=True, kw_only=True)
class AgreedStep(Entity):
    """A next step agreed on a topic: who does what by when (vereinbarter Schritt).

    ``outcome_goal_id`` is the help-plan Ergebnisziel the step belongs under; once taken
    into the help plan, ``activity_id`` and ``task_id`` name what it became.
    """

    entity_name: ClassVar[str] = "agreed_step"
    collection: ClassVar[str] = "agreed_steps"

    topic_id: uuid.UUID = ref("conference_topic")
    position: int = 0
    wording: str = text(LINE, required=True)
    person_ids: tuple[uuid.UUID, ...] = refs("person")
    responsible_actor_id: uuid.UUID | None = optional_ref("actor")
    responsible_is_family: bool = False
    due_on: date | None = None
    outcome_goal_id: uuid.UUID | None = optional_ref("help_plan_goal")
    activity_id: uuid.UUID | None = optional_ref("help_plan_goal")
    task_id: uuid.UUID | None = optional_ref("task")

    def check(self) -> None:
        if self.position < 0:
            raise DomainError(ErrorCode.INVALID_VALUE, "position")

    @property
    def taken_into_help_plan(self) -> bool:
        return self.activity_id is not None or self.task_id is not None


#: Letters and digits of a pseudonymous case label: none that is easily misread (0/O, 1/I/L…).
CASE_LABEL_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"


def names_in(text_value: str, names: Iterable[str]) -> tuple[str, ...]:
    """The names (any spelling, any script) that occur as words in ``text_value``.

    An anonymised case discussion must not carry a family member's name; names of two letters
    or fewer are ignored (they are too common as words).
    """
    words = set(tokens(text_value))
    return tuple(
        sorted({name for name in names for part in tokens(name) if len(part) > 2 and part in words})
    )
