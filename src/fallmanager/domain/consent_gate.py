"""The consent gate: may this recipient receive this data about this person for this purpose?

The gate is hard. For every recipient, person and data category the data is shared only
under a consent that on the day in question

* covers the person (``subject_ids``) and was given by the right people — an adult by
  themselves, a minor by every person who has custody of them on that day;
* names the purpose, the recipient and the category, none of them withdrawn since;
* is given (not merely prepared), given on or before that day, and not yet expired.

When no consent passes, the gate reports the most specific reason from the consent that came
closest ("Jobcenter: keine Einwilligung für Schuldaten von Arben, abgelaufen am 01.03.2026").
Nothing here overrides the gate; the only way without consent is an anonymised case
discussion.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fallmanager.domain.case_conference import CaseConference, ConferenceTopic
from fallmanager.domain.consent import (
    Consent,
    ConsentPurpose,
    ConsentWithdrawal,
    DataCategory,
)
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import ParentChildLink


class GateReason(StrEnum):
    """Why a share is not covered, from the least to the most specific."""

    NO_CONSENT = "no_consent"  # no consent covers this person
    NOT_GIVEN = "not_given"  # only prepared, not given yet
    GIVEN_LATER = "given_later"  # given after the day in question
    NO_CUSTODY_HOLDER = "no_custody_holder"  # a minor without a recorded custody holder
    CUSTODY_HOLDER_MISSING = "custody_holder_missing"  # not given by every custody holder
    NOT_GIVEN_BY_PERSON = "not_given_by_person"  # an adult who did not consent themself
    PURPOSE_NOT_COVERED = "purpose_not_covered"
    RECIPIENT_NOT_COVERED = "recipient_not_covered"
    CATEGORY_NOT_COVERED = "category_not_covered"
    WITHDRAWN = "withdrawn"  # withdrawn (fully or for this part) on ``on``
    EXPIRED = "expired"  # expired on ``on``


@dataclass(frozen=True, slots=True)
class GateProblem:
    """One share the gate refuses, and why."""

    recipient_actor_id: uuid.UUID
    person_id: uuid.UUID
    category: DataCategory
    reason: GateReason
    #: The date behind the reason: expiry, withdrawal or the day the consent was given.
    on: date | None = None
    consent_id: uuid.UUID | None = None
    #: For CUSTODY_HOLDER_MISSING: the custody holders who did not consent.
    missing_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class GateVerdict:
    """The answer for one recipient and one set of shares (a topic, a document)."""

    recipient_actor_id: uuid.UUID
    problems: tuple[GateProblem, ...] = ()
    #: The consents the permitted shares rest on.
    consent_ids: tuple[uuid.UUID, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    """What the gate needs to know about one family."""

    consents: tuple[Consent, ...]
    withdrawals: tuple[ConsentWithdrawal, ...]
    persons: tuple[Person, ...]
    parent_child_links: tuple[ParentChildLink, ...]
    _withdrawals_by_consent: dict[uuid.UUID, list[ConsentWithdrawal]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for withdrawal in sorted(self.withdrawals, key=lambda w: w.withdrawn_on):
            self._withdrawals_by_consent.setdefault(withdrawal.consent_id, []).append(withdrawal)

    def withdrawals_of(self, consent_id: uuid.UUID) -> list[ConsentWithdrawal]:
        return self._withdrawals_by_consent.get(consent_id, [])

    def person(self, person_id: uuid.UUID) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)


class LegalAge(StrEnum):
    ADULT = "adult"
    MINOR = "minor"
    UNCERTAIN = "uncertain"  # birth date unknown or too vague to tell


def legal_age(person: Person | None, on: date) -> LegalAge:
    """Whether a person is of age (18) on ``on``; vague birth dates may leave it open."""
    if person is None or person.birth_date is None:
        return LegalAge.UNCERTAIN
    youngest, oldest = person.birth_date.age_on(on)
    if youngest >= 18:
        return LegalAge.ADULT
    if oldest < 18:
        return LegalAge.MINOR
    return LegalAge.UNCERTAIN


def custody_holders(
    links: Iterable[ParentChildLink], child_id: uuid.UUID, on: date
) -> tuple[uuid.UUID, ...]:
    """The persons with custody (Sorgerecht) of a child on ``on``, as recorded."""
    return tuple(
        sorted(
            {
                link.parent_id
                for link in links
                if link.child_id == child_id
                and link.has_custody
                and (link.since is None or link.since <= on)
                and (link.until is None or on <= link.until)
            },
            key=str,
        )
    )


@dataclass(frozen=True, slots=True)
class _Attempt:
    """How far one consent got for one share; ``reason`` None means it passed."""

    progress: int
    reason: GateReason | None
    on: date | None = None
    missing_ids: tuple[uuid.UUID, ...] = ()


def _givers_problem(
    consent: Consent, facts: ConsentFacts, person_id: uuid.UUID, on: date
) -> tuple[GateReason, tuple[uuid.UUID, ...]] | None:
    age = legal_age(facts.person(person_id), on)
    holders = custody_holders(facts.parent_child_links, person_id, on)
    missing = tuple(h for h in holders if h not in consent.given_by_ids)
    if age is LegalAge.ADULT:
        return None if person_id in consent.given_by_ids else (GateReason.NOT_GIVEN_BY_PERSON, ())
    if age is LegalAge.UNCERTAIN:
        # Age unknown: the person's own consent counts, as does that of every custody holder.
        if person_id in consent.given_by_ids or (holders and not missing):
            return None
        return (GateReason.NOT_GIVEN_BY_PERSON, ())
    if not holders:
        return (GateReason.NO_CUSTODY_HOLDER, ())
    return (GateReason.CUSTODY_HOLDER_MISSING, missing) if missing else None


def _attempt(
    consent: Consent,
    facts: ConsentFacts,
    *,
    recipient_actor_id: uuid.UUID,
    person_id: uuid.UUID,
    category: DataCategory,
    purpose: ConsentPurpose,
    on: date,
) -> _Attempt:
    if not consent.is_given or consent.given_on is None:
        return _Attempt(1, GateReason.NOT_GIVEN)
    if consent.given_on > on:
        return _Attempt(2, GateReason.GIVEN_LATER, consent.given_on)
    givers = _givers_problem(consent, facts, person_id, on)
    if givers is not None:
        return _Attempt(3, givers[0], None, givers[1])
    if purpose.value not in consent.purposes:
        return _Attempt(4, GateReason.PURPOSE_NOT_COVERED)
    if recipient_actor_id not in consent.recipient_actor_ids:
        return _Attempt(5, GateReason.RECIPIENT_NOT_COVERED)
    if category.value not in consent.categories:
        return _Attempt(6, GateReason.CATEGORY_NOT_COVERED)
    for withdrawal in facts.withdrawals_of(consent.id):
        if withdrawal.withdrawn_on > on:
            continue
        if (
            withdrawal.full
            or recipient_actor_id in withdrawal.recipient_actor_ids
            or category.value in withdrawal.categories
            or purpose.value in withdrawal.purposes
        ):
            return _Attempt(7, GateReason.WITHDRAWN, withdrawal.withdrawn_on)
    if consent.expires_on is not None and consent.expires_on < on:
        return _Attempt(8, GateReason.EXPIRED, consent.expires_on)
    return _Attempt(9, None)


def check_share(
    facts: ConsentFacts,
    *,
    recipient_actor_id: uuid.UUID,
    person_id: uuid.UUID,
    category: DataCategory,
    purpose: ConsentPurpose,
    on: date,
) -> tuple[GateProblem | None, uuid.UUID | None]:
    """Check one share; returns the problem (None: allowed) and the consent that decided."""
    best: tuple[_Attempt, Consent] | None = None
    for consent in facts.consents:
        if person_id not in consent.subject_ids:
            continue
        attempt = _attempt(
            consent,
            facts,
            recipient_actor_id=recipient_actor_id,
            person_id=person_id,
            category=category,
            purpose=purpose,
            on=on,
        )
        if attempt.reason is None:
            return None, consent.id
        key = (attempt.progress, consent.given_on or date.min, str(consent.id))
        if best is None or key > (best[0].progress, best[1].given_on or date.min, str(best[1].id)):
            best = (attempt, consent)
    if best is None:
        problem = GateProblem(recipient_actor_id, person_id, category, GateReason.NO_CONSENT)
        return problem, None
    attempt, consent = best
    assert attempt.reason is not None  # noqa: S101 - passing attempts returned above
    problem = GateProblem(
        recipient_actor_id,
        person_id,
        category,
        attempt.reason,
        attempt.on,
        consent.id,
        attempt.missing_ids,
    )
    return problem, consent.id


def check_disclosure(
    facts: ConsentFacts,
    *,
    recipient_actor_id: uuid.UUID,
    person_ids: Sequence[uuid.UUID],
    categories: Sequence[DataCategory],
    purpose: ConsentPurpose,
    on: date,
) -> GateVerdict:
    """May ``recipient_actor_id`` receive data of ``categories`` about ``person_ids``?"""
    problems: list[GateProblem] = []
    used: set[uuid.UUID] = set()
    for person_id in person_ids:
        for category in categories:
            problem, consent_id = check_share(
                facts,
                recipient_actor_id=recipient_actor_id,
                person_id=person_id,
                category=category,
                purpose=purpose,
                on=on,
            )
            if problem is not None:
                problems.append(problem)
            elif consent_id is not None:
                used.add(consent_id)
    return GateVerdict(recipient_actor_id, tuple(problems), tuple(sorted(used, key=str)))


def topic_person_ids(
    topic: ConferenceTopic, member_ids: Sequence[uuid.UUID]
) -> tuple[uuid.UUID, ...]:
    """The persons whose data a topic touches: those named, else the whole family."""
    return topic.person_ids or tuple(member_ids)


@dataclass(frozen=True, slots=True)
class ConferenceGate:
    """The gate's answer for a whole conference: a verdict per participant and topic."""

    conference: CaseConference
    topics: tuple[ConferenceTopic, ...]
    verdicts: dict[tuple[uuid.UUID, uuid.UUID], GateVerdict]

    def verdict(self, actor_id: uuid.UUID, topic_id: uuid.UUID) -> GateVerdict:
        return self.verdicts[(actor_id, topic_id)]

    def allowed_topics(self, actor_id: uuid.UUID) -> tuple[ConferenceTopic, ...]:
        """The topics a participant may see, in agenda order."""
        return tuple(t for t in self.topics if self.verdicts[(actor_id, t.id)].allowed)

    def blocked_topics(self, actor_id: uuid.UUID) -> tuple[ConferenceTopic, ...]:
        return tuple(t for t in self.topics if not self.verdicts[(actor_id, t.id)].allowed)

    def problems(self, actor_id: uuid.UUID | None = None) -> tuple[GateProblem, ...]:
        """Every refused share (of one participant, or of all), in agenda order."""
        actors = [actor_id] if actor_id is not None else list(self.conference.participant_actor_ids)
        return tuple(
            problem
            for actor in actors
            for topic in self.topics
            for problem in self.verdicts[(actor, topic.id)].problems
        )

    def consent_ids(self, actor_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
        """The consents a participant's agenda rests on."""
        found = {
            c for topic in self.allowed_topics(actor_id)
            for c in self.verdicts[(actor_id, topic.id)].consent_ids
        }  # fmt: skip
        return tuple(sorted(found, key=str))

    @property
    def fully_permitted(self) -> bool:
        return all(v.allowed for v in self.verdicts.values())


def conference_gate(
    conference: CaseConference,
    topics: Iterable[ConferenceTopic],
    facts: ConsentFacts,
    member_ids: Sequence[uuid.UUID],
) -> ConferenceGate:
    """Check every participant against every topic on the day of the conference.

    An anonymised case discussion shares no personal data: every topic is open to every
    participant, and no consent is used.
    """
    ordered = tuple(sorted(topics, key=lambda t: (t.position, str(t.id))))
    on = conference.held_on
    verdicts: dict[tuple[uuid.UUID, uuid.UUID], GateVerdict] = {}
    for actor_id in conference.participant_actor_ids:
        for topic in ordered:
            if conference.anonymised or not topic.categories:
                verdicts[(actor_id, topic.id)] = GateVerdict(actor_id)
                continue
            verdicts[(actor_id, topic.id)] = check_disclosure(
                facts,
                recipient_actor_id=actor_id,
                person_ids=topic_person_ids(topic, member_ids),
                categories=topic.data_categories,
                purpose=ConsentPurpose.CASE_CONFERENCE,
                on=on,
            )
    return ConferenceGate(conference, ordered, verdicts)


@dataclass(frozen=True, slots=True)
class ConsentGrant:
    """One line of "who may receive what until when" for the family file."""

    recipient_actor_id: uuid.UUID
    category: DataCategory
    purposes: tuple[ConsentPurpose, ...]
    person_ids: tuple[uuid.UUID, ...]
    until: date
    consent_id: uuid.UUID


def consent_grants(facts: ConsentFacts, on: date) -> tuple[ConsentGrant, ...]:
    """What each recipient may receive on ``on`` under the family's valid consents.

    One grant per consent, recipient and category, with the persons and purposes that pass
    the gate on that day (withdrawals and the signers' authority included).
    """
    grants: list[ConsentGrant] = []
    for consent in facts.consents:
        if not consent.is_given or consent.expires_on is None:
            continue
        for recipient in consent.recipient_actor_ids:
            for category in consent.data_categories:
                purposes: list[ConsentPurpose] = []
                persons: set[uuid.UUID] = set()
                for purpose in consent.consent_purposes:
                    for person_id in consent.subject_ids:
                        attempt = _attempt(
                            consent,
                            facts,
                            recipient_actor_id=recipient,
                            person_id=person_id,
                            category=category,
                            purpose=purpose,
                            on=on,
                        )
                        if attempt.reason is None:
                            persons.add(person_id)
                            if purpose not in purposes:
                                purposes.append(purpose)
                if persons:
                    grants.append(
                        ConsentGrant(
                            recipient,
                            category,
                            tuple(purposes),
                            tuple(p for p in consent.subject_ids if p in persons),
                            consent.expires_on,
                            consent.id,
                        )
                    )
    return tuple(sorted(grants, key=lambda g: (str(g.recipient_actor_id), g.category.value)))
