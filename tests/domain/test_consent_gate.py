"""The consent gate: every way a share can be refused, and the precise reason it gives."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

import pytest

from fallmanager.domain.case_conference import CaseConference, ConferenceTopic, names_in
from fallmanager.domain.consent import (
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    ConsentWithdrawal,
    DataCategory,
    default_expiry,
)
from fallmanager.domain.consent_gate import (
    ConsentFacts,
    GateReason,
    LegalAge,
    check_disclosure,
    check_share,
    conference_gate,
    consent_grants,
    custody_holders,
    legal_age,
)
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import ParentChildLink

FAMILY = uuid.uuid4()
JOBCENTER, SCHOOL, IMMIGRATION = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
MOTHER = Person(given_names="Drita", family_name="Berisha", birth_date=PartialDate(1985, 4, 2))
FATHER = Person(given_names="Ilir", family_name="Berisha", birth_date=PartialDate(1982))
CHILD = Person(given_names="Arben", family_name="Berisha", birth_date=PartialDate(2013, 6, 1))
ADULT_SON = Person(given_names="Besnik", family_name="Berisha", birth_date=PartialDate(2004, 1, 9))
LINKS = (
    ParentChildLink(parent_id=MOTHER.id, child_id=CHILD.id, has_custody=True),
    ParentChildLink(parent_id=FATHER.id, child_id=CHILD.id, has_custody=True),
    ParentChildLink(parent_id=MOTHER.id, child_id=ADULT_SON.id, has_custody=None),
)
PERSONS = (MOTHER, FATHER, CHILD, ADULT_SON)
CONFERENCE_DAY = date(2026, 12, 10)


def consent(**changes: object) -> Consent:
    base = Consent(
        family_id=FAMILY,
        subject_ids=(MOTHER.id, FATHER.id, CHILD.id, ADULT_SON.id),
        given_by_ids=(MOTHER.id, FATHER.id, ADULT_SON.id),
        recipient_actor_ids=(JOBCENTER, SCHOOL),
        categories=("school", "work_benefits"),
        purposes=("case_conference",),
        status=ConsentStatus.GIVEN,
        prepared_on=date(2026, 1, 10),
        given_on=date(2026, 1, 12),
        expires_on=date(2027, 1, 11),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def facts(*consents: Consent, withdrawals: tuple[ConsentWithdrawal, ...] = ()) -> ConsentFacts:
    return ConsentFacts(consents, withdrawals, PERSONS, LINKS)


def share(
    the_facts: ConsentFacts,
    *,
    recipient: uuid.UUID = JOBCENTER,
    person: Person = CHILD,
    category: DataCategory = DataCategory.SCHOOL,
    purpose: ConsentPurpose = ConsentPurpose.CASE_CONFERENCE,
    on: date = CONFERENCE_DAY,
):
    problem, _ = check_share(
        the_facts,
        recipient_actor_id=recipient,
        person_id=person.id,
        category=category,
        purpose=purpose,
        on=on,
    )
    return problem


def test_a_consent_that_covers_everything_lets_the_share_through() -> None:
    assert share(facts(consent())) is None
    assert share(facts(consent()), person=ADULT_SON, category=DataCategory.WORK_BENEFITS) is None


def test_no_consent_at_all() -> None:
    problem = share(facts())
    assert problem is not None and problem.reason is GateReason.NO_CONSENT
    assert problem.recipient_actor_id == JOBCENTER and problem.person_id == CHILD.id


def test_a_consent_that_does_not_cover_the_person_is_no_consent_for_them() -> None:
    problem = share(facts(consent(subject_ids=(MOTHER.id,))))
    assert problem is not None and problem.reason is GateReason.NO_CONSENT


def test_expired_names_the_day() -> None:
    problem = share(facts(consent(expires_on=date(2026, 3, 1))))
    assert problem is not None
    assert (problem.reason, problem.on) == (GateReason.EXPIRED, date(2026, 3, 1))
    # The last day is still valid.
    assert share(facts(consent(expires_on=CONFERENCE_DAY))) is None


def test_full_withdrawal_takes_effect_on_its_day() -> None:
    given = consent()
    withdrawal = ConsentWithdrawal(consent_id=given.id, withdrawn_on=date(2026, 11, 20))
    problem = share(facts(given, withdrawals=(withdrawal,)))
    assert problem is not None
    assert (problem.reason, problem.on) == (GateReason.WITHDRAWN, date(2026, 11, 20))
    # Before that day the consent held: what was shared then stays lawful.
    assert share(facts(given, withdrawals=(withdrawal,)), on=date(2026, 11, 19)) is None


def test_partial_withdrawal_blocks_only_what_it_names() -> None:
    given = consent()
    withdrawal = ConsentWithdrawal(
        consent_id=given.id,
        withdrawn_on=date(2026, 11, 1),
        full=False,
        recipient_actor_ids=(SCHOOL,),
    )
    the_facts = facts(given, withdrawals=(withdrawal,))
    assert share(the_facts, recipient=JOBCENTER) is None
    problem = share(the_facts, recipient=SCHOOL)
    assert problem is not None and problem.reason is GateReason.WITHDRAWN
    by_category = ConsentWithdrawal(
        consent_id=given.id, withdrawn_on=date(2026, 11, 1), full=False, categories=("school",)
    )
    the_facts = facts(given, withdrawals=(by_category,))
    assert share(the_facts, category=DataCategory.WORK_BENEFITS, person=ADULT_SON) is None
    assert share(the_facts).reason is GateReason.WITHDRAWN


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"recipient_actor_ids": (SCHOOL,)}, GateReason.RECIPIENT_NOT_COVERED),
        ({"categories": ("work_benefits",)}, GateReason.CATEGORY_NOT_COVERED),
        ({"purposes": ("referral",)}, GateReason.PURPOSE_NOT_COVERED),
    ],
)
def test_scope_lacks_recipient_category_or_purpose(
    changes: dict[str, object], reason: GateReason
) -> None:
    problem = share(facts(consent(**changes)))
    assert problem is not None and problem.reason is reason


def test_a_minor_needs_every_custody_holder() -> None:
    only_mother = consent(given_by_ids=(MOTHER.id, ADULT_SON.id))
    problem = share(facts(only_mother))
    assert problem is not None
    assert problem.reason is GateReason.CUSTODY_HOLDER_MISSING
    assert problem.missing_ids == (FATHER.id,)
    # The child's own signature does not replace the parents'.
    problem = share(facts(consent(given_by_ids=(CHILD.id,))))
    assert problem is not None and problem.reason is GateReason.CUSTODY_HOLDER_MISSING


def test_a_minor_without_a_recorded_custody_holder_is_refused() -> None:
    problem, _ = check_share(
        ConsentFacts((consent(),), (), PERSONS, ()),
        recipient_actor_id=JOBCENTER,
        person_id=CHILD.id,
        category=DataCategory.SCHOOL,
        purpose=ConsentPurpose.CASE_CONFERENCE,
        on=CONFERENCE_DAY,
    )
    assert problem is not None and problem.reason is GateReason.NO_CUSTODY_HOLDER


def test_an_adult_must_consent_personally() -> None:
    problem = share(facts(consent(given_by_ids=(MOTHER.id, FATHER.id))), person=ADULT_SON)
    assert problem is not None and problem.reason is GateReason.NOT_GIVEN_BY_PERSON


def test_prepared_but_not_given_is_not_enough() -> None:
    prepared = consent(status=ConsentStatus.PREPARED, given_on=None, given_by_ids=())
    problem = share(facts(prepared))
    assert problem is not None and problem.reason is GateReason.NOT_GIVEN


def test_a_consent_given_after_the_day_does_not_reach_back() -> None:
    later = consent(given_on=date(2026, 12, 20), prepared_on=date(2026, 12, 20))
    problem = share(facts(later))
    assert problem is not None
    assert (problem.reason, problem.on) == (GateReason.GIVEN_LATER, date(2026, 12, 20))


def test_the_reason_comes_from_the_consent_that_came_closest() -> None:
    """An expired full consent tells more than a fresh one for another recipient."""
    expired = consent(expires_on=date(2026, 3, 1))
    other = consent(recipient_actor_ids=(IMMIGRATION,), given_on=date(2026, 6, 1))
    problem = share(facts(other, expired))
    assert problem is not None and problem.reason is GateReason.EXPIRED
    assert problem.consent_id == expired.id


def test_any_one_valid_consent_suffices() -> None:
    expired = consent(expires_on=date(2026, 3, 1))
    fresh = consent(given_on=date(2026, 6, 1), expires_on=date(2027, 6, 1))
    problem, used = check_share(
        facts(expired, fresh),
        recipient_actor_id=JOBCENTER,
        person_id=CHILD.id,
        category=DataCategory.SCHOOL,
        purpose=ConsentPurpose.CASE_CONFERENCE,
        on=CONFERENCE_DAY,
    )
    assert problem is None and used == fresh.id


def test_check_disclosure_lists_every_refused_share_and_the_consents_used() -> None:
    verdict = check_disclosure(
        facts(consent(categories=("school",))),
        recipient_actor_id=JOBCENTER,
        person_ids=(CHILD.id, ADULT_SON.id),
        categories=(DataCategory.SCHOOL, DataCategory.HEALTH),
        purpose=ConsentPurpose.CASE_CONFERENCE,
        on=CONFERENCE_DAY,
    )
    assert not verdict.allowed
    refused = {(p.person_id, p.category, p.reason) for p in verdict.problems}
    assert refused == {
        (CHILD.id, DataCategory.HEALTH, GateReason.CATEGORY_NOT_COVERED),
        (ADULT_SON.id, DataCategory.HEALTH, GateReason.CATEGORY_NOT_COVERED),
    }
    assert len(verdict.consent_ids) == 1


def _conference(**changes: object) -> tuple[CaseConference, tuple[ConferenceTopic, ...]]:
    conference = CaseConference(
        family_id=FAMILY,
        starts_at=datetime(2026, 12, 10, 10, 0),
        participant_actor_ids=(JOBCENTER, SCHOOL, IMMIGRATION),
        case_label="FK-7Q3KA",
    )
    conference = replace(conference, **changes)  # type: ignore[arg-type]
    topics = (
        ConferenceTopic(
            conference_id=conference.id, position=1, title="Schulbesuch",
            categories=("school",), person_ids=(CHILD.id,),
        ),
        ConferenceTopic(
            conference_id=conference.id, position=0, title="Begrüßung",
        ),
        ConferenceTopic(
            conference_id=conference.id, position=2, title="Lebensunterhalt",
            categories=("work_benefits",),
        ),
    )  # fmt: skip
    return conference, topics


def test_conference_gate_per_participant_and_topic() -> None:
    conference, topics = _conference()
    members = tuple(p.id for p in PERSONS)
    gate = conference_gate(conference, topics, facts(consent()), members)
    welcome, school, livelihood = sorted(topics, key=lambda t: t.position)
    assert [t.title for t in gate.topics] == ["Begrüßung", "Schulbesuch", "Lebensunterhalt"]
    assert gate.allowed_topics(JOBCENTER) == (welcome, school, livelihood)
    # The immigration office is not named in the consent: only the topic without data.
    assert gate.allowed_topics(IMMIGRATION) == (welcome,)
    assert gate.blocked_topics(IMMIGRATION) == (school, livelihood)
    reasons = {p.reason for p in gate.problems(IMMIGRATION)}
    assert reasons == {GateReason.RECIPIENT_NOT_COVERED}
    # A topic about the whole family concerns every member.
    assert {p.person_id for p in gate.verdict(IMMIGRATION, livelihood.id).problems} == set(members)
    assert not gate.fully_permitted
    assert gate.consent_ids(JOBCENTER) and not gate.consent_ids(IMMIGRATION)


def test_consent_given_after_planning_opens_the_gate() -> None:
    conference, topics = _conference()
    members = tuple(p.id for p in PERSONS)
    planned = conference_gate(conference, topics, facts(), members)
    assert planned.blocked_topics(SCHOOL)
    recorded_later = consent(given_on=date(2026, 12, 1), prepared_on=date(2026, 12, 1))
    assert not conference_gate(conference, topics, facts(recorded_later), members).blocked_topics(
        SCHOOL
    )


def test_an_anonymised_discussion_needs_no_consent() -> None:
    conference, topics = _conference(anonymised=True)
    gate = conference_gate(conference, topics, facts(), tuple(p.id for p in PERSONS))
    assert gate.fully_permitted
    assert gate.consent_ids(JOBCENTER) == ()


def test_who_may_receive_what_until_when() -> None:
    given = consent(categories=("school",))
    withdrawal = ConsentWithdrawal(
        consent_id=given.id,
        withdrawn_on=date(2026, 2, 1),
        full=False,
        recipient_actor_ids=(SCHOOL,),
    )
    grants = consent_grants(facts(given, withdrawals=(withdrawal,)), date(2026, 3, 1))
    assert [(g.recipient_actor_id, g.category) for g in grants] == [
        (JOBCENTER, DataCategory.SCHOOL)
    ]
    assert grants[0].until == date(2027, 1, 11)
    assert set(grants[0].person_ids) == {p.id for p in PERSONS}
    assert consent_grants(facts(given), date(2027, 2, 1)) == ()


def test_legal_age_and_custody() -> None:
    assert legal_age(CHILD, CONFERENCE_DAY) is LegalAge.MINOR
    assert legal_age(MOTHER, CONFERENCE_DAY) is LegalAge.ADULT
    vague = Person(given_names="X", birth_date=PartialDate(2008))
    assert legal_age(vague, date(2026, 6, 1)) is LegalAge.UNCERTAIN
    assert legal_age(None, CONFERENCE_DAY) is LegalAge.UNCERTAIN
    assert set(custody_holders(LINKS, CHILD.id, CONFERENCE_DAY)) == {MOTHER.id, FATHER.id}
    ended = replace(LINKS[1], until=date(2026, 1, 1))
    assert custody_holders((LINKS[0], ended), CHILD.id, CONFERENCE_DAY) == (MOTHER.id,)


def test_consent_record_rules() -> None:
    with pytest.raises(DomainError) as error:
        consent(form=ConsentForm.VERBAL, witness="")
    assert (error.value.code, error.value.field) == (ErrorCode.REQUIRED, "witness")
    with pytest.raises(DomainError) as error:
        consent(expires_on=date(2026, 1, 1))
    assert error.value.code is ErrorCode.END_BEFORE_START
    with pytest.raises(DomainError):
        consent(recipient_actor_ids=())
    with pytest.raises(DomainError):
        ConsentWithdrawal(consent_id=uuid.uuid4(), withdrawn_on=CONFERENCE_DAY, full=False)
    with pytest.raises(DomainError):
        ConsentWithdrawal(
            consent_id=uuid.uuid4(), withdrawn_on=CONFERENCE_DAY, categories=("school",)
        )


def test_default_expiry_keeps_the_calendar() -> None:
    assert default_expiry(date(2026, 1, 12)) == date(2027, 1, 12)
    assert default_expiry(date(2026, 3, 31), 1) == date(2026, 4, 30)
    assert default_expiry(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert default_expiry(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_names_in_finds_names_in_any_spelling() -> None:
    assert names_in("Schulbesuch von Arben", ["Arben", "Berisha"]) == ("Arben",)
    assert names_in("Familie Đorđević", ["Djordjevic"]) == ("Djordjevic",)
    assert names_in("Schulbesuch des Kindes", ["Arben", "Berisha"]) == ()
    assert names_in("Al kommt", ["Al"]) == ()  # too short to tell
