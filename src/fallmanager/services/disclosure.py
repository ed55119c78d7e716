"""Use cases of the disclosure log (Offenlegungsprotokoll).

Every document that leaves the application is recorded here: what, for whom, when and under
which consents. Sending data to an organisation of the network passes the consent gate first;
an anonymised document, the family's own copy and the office's file copy need no consent.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from fallmanager.domain.conference_view import consent_facts, member_ids_on
from fallmanager.domain.consent import ConsentPurpose, DataCategory
from fallmanager.domain.consent_gate import GateVerdict, check_disclosure
from fallmanager.domain.disclosure import Disclosure, RecipientKind
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.services.family_files import collect_family_file
from fallmanager.services.ports import UnitOfWork


def record_disclosures(uow: UnitOfWork, *, disclosures: Sequence[Disclosure]) -> None:
    """Log documents that left the application (also for a closed family file)."""
    if not disclosures:
        return
    with uow:
        records = uow.records
        for family_id in {d.family_id for d in disclosures}:
            records.require(FamilyFile, family_id)
        records.add_many(disclosures)
        uow.commit()


def disclosure_log(uow: UnitOfWork, *, family_id: uuid.UUID) -> tuple[Disclosure, ...]:
    """A family's disclosures, oldest first."""
    with uow:
        uow.records.require(FamilyFile, family_id)
        return tuple(uow.records.find(Disclosure, family_id=family_id, order_by=("disclosed_at",)))


def document_gate(
    detail: FamilyFileDetail,
    *,
    recipient_actor_id: uuid.UUID,
    categories: Sequence[DataCategory],
    purpose: ConsentPurpose,
    on: date,
    person_ids: Sequence[uuid.UUID] = (),
) -> GateVerdict:
    """May a document with these categories (about these persons, else the whole family) go
    to this organisation for this purpose?"""
    return check_disclosure(
        consent_facts(detail),
        recipient_actor_id=recipient_actor_id,
        person_ids=tuple(person_ids) or member_ids_on(detail, on),
        categories=categories,
        purpose=purpose,
        on=on,
    )


def require_permitted(
    uow: UnitOfWork,
    *,
    disclosure: Disclosure,
    purpose: ConsentPurpose,
    on: date,
) -> Disclosure:
    """Check a document bound for an organisation against the gate and log it with the
    consents it rests on; raise when the gate refuses (there is no override)."""
    if disclosure.recipient_kind is RecipientKind.ACTOR and not disclosure.anonymised:
        assert disclosure.recipient_actor_id is not None  # noqa: S101 - Disclosure.check
        with uow:
            detail = collect_family_file(uow.records, disclosure.family_id)
        verdict = document_gate(
            detail,
            recipient_actor_id=disclosure.recipient_actor_id,
            categories=[DataCategory(c) for c in disclosure.categories],
            purpose=purpose,
            on=on,
            person_ids=disclosure.person_ids,
        )
        if not verdict.allowed:
            raise DomainError(
                ErrorCode.DISCLOSURE_NOT_PERMITTED,
                "recipient_actor_id",
                problems=len(verdict.problems),
            )
        disclosure = replace(disclosure, consent_ids=verdict.consent_ids)
    record_disclosures(uow, disclosures=[disclosure])
    return disclosure
