"""Use cases of consents (Einwilligungen) and their withdrawal (Widerruf).

A consent is prepared (its form printed), then given; once given, its content stays as it
was. A withdrawal is a new, append-only record that takes effect on its date.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from fallmanager.domain.consent import Consent, ConsentForm, ConsentStatus, ConsentWithdrawal
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.network import Actor
from fallmanager.services.family_files import require_members, require_open_family
from fallmanager.services.history import Change
from fallmanager.services.ports import Records, UnitOfWork


def save_consent(uow: UnitOfWork, *, consent: Consent, today: date) -> Change:
    """Record a new consent (prepared, or given right away) or change a prepared one."""
    with uow:
        records = uow.records
        require_open_family(records, consent.family_id)
        existing = records.get(Consent, consent.id)
        if existing is not None:
            if existing.family_id != consent.family_id:
                raise DomainError(ErrorCode.REFERENCE_MISMATCH, "family_id")
            if existing.is_given:
                raise DomainError(ErrorCode.CONSENT_NOT_EDITABLE, None)
        _check_scope(records, consent, today)
        if existing is None:
            records.add(consent)
        else:
            records.update(consent)
        uow.commit()
    return Change((existing,) if existing is not None else (), (consent,))


def give_consent(
    uow: UnitOfWork,
    *,
    consent_id: uuid.UUID,
    given_on: date,
    given_by_ids: tuple[uuid.UUID, ...],
    form: ConsentForm,
    expires_on: date,
    witness: str = "",
    interpreter_present: bool | None = None,
    today: date,
) -> Change:
    """Record that a prepared consent was signed (or given verbally before a witness)."""
    with uow:
        records = uow.records
        before = records.require(Consent, consent_id)
        require_open_family(records, before.family_id)
        if before.is_given:
            raise DomainError(ErrorCode.CONSENT_NOT_EDITABLE, None)
        after = replace(
            before,
            status=ConsentStatus.GIVEN,
            given_on=given_on,
            given_by_ids=given_by_ids,
            form=form,
            witness=witness.strip(),
            expires_on=expires_on,
            interpreter_present=(
                before.interpreter_present if interpreter_present is None else interpreter_present
            ),
        )
        _check_scope(records, after, today)
        records.update(after)
        uow.commit()
    return Change((before,), (after,))


def remove_consent(uow: UnitOfWork, *, consent_id: uuid.UUID) -> Change:
    """Discard a prepared consent that was never given (a given one is withdrawn instead)."""
    with uow:
        consent = uow.records.require(Consent, consent_id)
        if consent.is_given:
            raise DomainError(ErrorCode.CONSENT_NOT_EDITABLE, None)
        uow.records.delete(Consent, consent_id)
        uow.commit()
    return Change((consent,), ())


def withdraw_consent(
    uow: UnitOfWork, *, withdrawal: ConsentWithdrawal, today: date
) -> ConsentWithdrawal:
    """Record a Widerruf; it takes effect on its date, for the future, and is never undone."""
    with uow:
        records = uow.records
        consent = records.require(Consent, withdrawal.consent_id)
        if not consent.is_given or consent.given_on is None:
            raise DomainError(ErrorCode.CONSENT_NOT_GIVEN, "consent_id")
        if withdrawal.withdrawn_on > today:
            raise DomainError(ErrorCode.DATE_IN_FUTURE, "withdrawn_on")
        if withdrawal.withdrawn_on < consent.given_on:
            raise DomainError(ErrorCode.END_BEFORE_START, "withdrawn_on")
        earlier = records.find(ConsentWithdrawal, consent_id=consent.id)
        if any(w.full for w in earlier):
            raise DomainError(ErrorCode.CONSENT_WITHDRAWN, "consent_id")
        if not set(withdrawal.recipient_actor_ids) <= set(consent.recipient_actor_ids):
            raise DomainError(ErrorCode.REFERENCE_MISMATCH, "recipient_actor_ids")
        if not set(withdrawal.categories) <= set(consent.categories):
            raise DomainError(ErrorCode.INVALID_VALUE, "categories")
        if not set(withdrawal.purposes) <= set(consent.purposes):
            raise DomainError(ErrorCode.INVALID_VALUE, "purposes")
        require_members(records, consent.family_id, withdrawal.declared_by_ids, "declared_by_ids")
        records.add(withdrawal)
        uow.commit()
    return withdrawal


def _check_scope(records: Records, consent: Consent, today: date) -> None:
    if consent.given_on is not None and consent.given_on > today:
        raise DomainError(ErrorCode.DATE_IN_FUTURE, "given_on")
    require_members(records, consent.family_id, consent.subject_ids, "subject_ids")
    require_members(records, consent.family_id, consent.given_by_ids, "given_by_ids")
    found = {a.id for a in records.find(Actor, id=list(consent.recipient_actor_ids))}
    if len(found) != len(set(consent.recipient_actor_ids)):
        raise DomainError(ErrorCode.NOT_FOUND, "recipient_actor_ids")
