"""Read models over a family file's consents, case conferences and disclosures.

Pure functions over :class:`~fallmanager.domain.family_file_detail.FamilyFileDetail`: the
desktop, the printouts and the use cases all see a conference, its gate and its minutes the
same way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from fallmanager.domain.case_conference import AgreedStep, CaseConference, ConferenceTopic
from fallmanager.domain.consent import Consent, ConsentWithdrawal
from fallmanager.domain.consent_gate import (
    ConferenceGate,
    ConsentFacts,
    ConsentGrant,
    conference_gate,
    consent_grants,
)
from fallmanager.domain.errors import NotFoundError
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person


def consent_facts(detail: FamilyFileDetail) -> ConsentFacts:
    """What the consent gate needs, taken from a family file."""
    return ConsentFacts(
        consents=detail.consents,
        withdrawals=detail.consent_withdrawals,
        persons=detail.persons,
        parent_child_links=detail.parent_child_links,
    )


def member_ids_on(detail: FamilyFileDetail, on: date) -> tuple[uuid.UUID, ...]:
    """The members of the family on ``on`` (a topic about "the family" concerns them all)."""
    return tuple(
        m.person_id
        for m in detail.memberships
        if (m.since is None or m.since <= on) and (m.until is None or on <= m.until)
    )


@dataclass(frozen=True, slots=True)
class ConferenceSnapshot:
    """One case conference with its agenda, minutes and the consent gate's verdicts."""

    detail: FamilyFileDetail
    conference: CaseConference
    topics: tuple[ConferenceTopic, ...]  # agenda order
    steps: tuple[AgreedStep, ...]  # by topic, then position
    gate: ConferenceGate

    def steps_of(self, topic_id: uuid.UUID) -> tuple[AgreedStep, ...]:
        return tuple(s for s in self.steps if s.topic_id == topic_id)

    def actor(self, actor_id: uuid.UUID | None) -> Actor | None:
        return next((a for a in self.detail.actors if a.id == actor_id), None)

    def person(self, person_id: uuid.UUID) -> Person | None:
        return self.detail.person(person_id)

    @property
    def participants(self) -> tuple[Actor, ...]:
        """The participating organisations in the order they were invited."""
        found = [self.actor(a) for a in self.conference.participant_actor_ids]
        return tuple(a for a in found if a is not None)


def conference_snapshot(detail: FamilyFileDetail, conference_id: uuid.UUID) -> ConferenceSnapshot:
    """The conference ``conference_id`` of a family file, with the gate evaluated."""
    conference = next((c for c in detail.case_conferences if c.id == conference_id), None)
    if conference is None:
        raise NotFoundError(CaseConference.entity_name, conference_id)
    topics = tuple(
        sorted(
            (t for t in detail.conference_topics if t.conference_id == conference_id),
            key=lambda t: (t.position, str(t.id)),
        )
    )
    order = {t.id: index for index, t in enumerate(topics)}
    steps = tuple(
        sorted(
            (s for s in detail.agreed_steps if s.topic_id in order),
            key=lambda s: (order[s.topic_id], s.position, str(s.id)),
        )
    )
    gate = conference_gate(
        conference, topics, consent_facts(detail), member_ids_on(detail, conference.held_on)
    )
    return ConferenceSnapshot(detail, conference, topics, steps, gate)


def consent_overview(detail: FamilyFileDetail, on: date) -> tuple[ConsentGrant, ...]:
    """Who may receive what until when, on ``on`` ("at a glance" in the family file)."""
    return consent_grants(consent_facts(detail), on)


def withdrawals_of(detail: FamilyFileDetail, consent: Consent) -> tuple[ConsentWithdrawal, ...]:
    return tuple(w for w in detail.consent_withdrawals if w.consent_id == consent.id)
