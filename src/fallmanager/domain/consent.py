"""Consent to share a family's data (Einwilligung / Schweigepflichtentbindung).

A consent is given by family members — for a minor by the persons with custody — and has a
scope: which organisations of the network (recipients) may receive which categories of data
about which persons, for which purposes. It is drawn up (and its form printed) first, then
given in writing or verbally before a witness; it runs until it expires. A withdrawal
(Widerruf) takes effect from its date for the future, fully or for part of the scope; what
was shared before stays shared and listed in the disclosure log.

Once given, a consent's content is never changed: a wider or renewed consent is a new record.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.entity import SHORT, TEXT, Entity, codes, ref, refs, text
from fallmanager.domain.errors import DomainError, ErrorCode


class DataCategory(StrEnum):
    """Categories of personal data a consent covers and a conference topic touches."""

    RESIDENCE = "residence"  # Aufenthalt
    SCHOOL = "school"  # Schule / Ausbildung
    HEALTH = "health"  # Gesundheit
    WORK_BENEFITS = "work_benefits"  # Arbeit und Leistungen
    FAMILY_SITUATION = "family_situation"  # familiäre Situation
    HELP_PLAN = "help_plan"  # Hilfeplan


DATA_CATEGORY_PATTERN = "|".join(c.value for c in DataCategory)


class ConsentPurpose(StrEnum):
    """What the data may be shared for."""

    CASE_CONFERENCE = "case_conference"  # Fallkonferenz
    IMMIGRATION_OFFICE = "immigration_office"  # Zusammenarbeit mit der Ausländerbehörde
    REFERRAL = "referral"  # Vermittlung an eine Stelle / ein Angebot


CONSENT_PURPOSE_PATTERN = "|".join(p.value for p in ConsentPurpose)


class ConsentForm(StrEnum):
    WRITTEN = "written"  # schriftlich unterschrieben
    VERBAL = "verbal"  # mündlich erteilt und dokumentiert, mit Zeugin/Zeuge


class ConsentStatus(StrEnum):
    PREPARED = "prepared"  # vorbereitet: the form is drawn up, not yet given
    GIVEN = "given"  # erteilt


#: A consent runs this many months unless the office configures otherwise.
DEFAULT_VALIDITY_MONTHS = 12


def default_expiry(given_on: date, months: int = DEFAULT_VALIDITY_MONTHS) -> date:
    """The day a consent given on ``given_on`` expires after ``months`` (the last valid day)."""
    month_index = given_on.month - 1 + months
    year, month = given_on.year + month_index // 12, month_index % 12 + 1
    day = given_on.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:  # 31 March + 1 month: the last day of April
            day -= 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent(Entity):
    """One consent of a family with its scope, form and validity (Einwilligung)."""

    entity_name: ClassVar[str] = "consent"
    collection: ClassVar[str] = "consents"

    family_id: uuid.UUID = ref("family_file")
    #: The persons whose data the consent covers.
    subject_ids: tuple[uuid.UUID, ...] = refs("person")
    #: Who gave it: adults for themselves, the persons with custody for a minor.
    given_by_ids: tuple[uuid.UUID, ...] = refs("person")
    #: The organisations of the network that may receive the data.
    recipient_actor_ids: tuple[uuid.UUID, ...] = refs("actor")
    categories: tuple[str, ...] = codes(DATA_CATEGORY_PATTERN, max_items=len(DataCategory))
    purposes: tuple[str, ...] = codes(CONSENT_PURPOSE_PATTERN, max_items=len(ConsentPurpose))
    status: ConsentStatus = ConsentStatus.PREPARED
    form: ConsentForm = ConsentForm.WRITTEN
    witness: str = text(SHORT)  # for a verbal consent: who witnessed it
    #: The language of the text the family was shown besides German ("" = German only).
    language: str = text(12)
    interpreter_present: bool = False
    prepared_on: date
    given_on: date | None = None
    expires_on: date | None = None  # the last day it is valid
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        if not self.subject_ids:
            raise DomainError(ErrorCode.REQUIRED, "subject_ids")
        if not self.recipient_actor_ids:
            raise DomainError(ErrorCode.REQUIRED, "recipient_actor_ids")
        if not self.categories:
            raise DomainError(ErrorCode.REQUIRED, "categories")
        if not self.purposes:
            raise DomainError(ErrorCode.REQUIRED, "purposes")
        if self.status is ConsentStatus.PREPARED:
            if self.given_on is not None:
                raise DomainError(ErrorCode.INVALID_VALUE, "given_on")
            return
        if self.given_on is None:
            raise DomainError(ErrorCode.REQUIRED, "given_on")
        if not self.given_by_ids:
            raise DomainError(ErrorCode.REQUIRED, "given_by_ids")
        if self.form is ConsentForm.VERBAL and not self.witness.strip():
            raise DomainError(ErrorCode.REQUIRED, "witness")
        if self.expires_on is None:
            raise DomainError(ErrorCode.REQUIRED, "expires_on")
        if self.expires_on < self.given_on:
            raise DomainError(ErrorCode.END_BEFORE_START, "expires_on")
        if self.given_on < self.prepared_on:
            raise DomainError(ErrorCode.END_BEFORE_START, "given_on")

    @property
    def data_categories(self) -> tuple[DataCategory, ...]:
        return tuple(DataCategory(c) for c in self.categories)

    @property
    def consent_purposes(self) -> tuple[ConsentPurpose, ...]:
        return tuple(ConsentPurpose(p) for p in self.purposes)

    @property
    def is_given(self) -> bool:
        return self.status is ConsentStatus.GIVEN


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentWithdrawal(Entity):
    """Widerruf of a consent, in full or for some recipients, categories or purposes.

    It takes effect on ``withdrawn_on`` (inclusive) for the future; withdrawals are never
    changed or removed (a renewed consent is a new consent).
    """

    entity_name: ClassVar[str] = "consent_withdrawal"
    collection: ClassVar[str] = "consent_withdrawals"

    consent_id: uuid.UUID = ref("consent")
    withdrawn_on: date
    full: bool = True
    #: For a partial withdrawal: what is taken out of the scope.
    recipient_actor_ids: tuple[uuid.UUID, ...] = refs("actor")
    categories: tuple[str, ...] = codes(DATA_CATEGORY_PATTERN, max_items=len(DataCategory))
    purposes: tuple[str, ...] = codes(CONSENT_PURPOSE_PATTERN, max_items=len(ConsentPurpose))
    declared_by_ids: tuple[uuid.UUID, ...] = refs("person")
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        partial_scope = self.recipient_actor_ids or self.categories or self.purposes
        if self.full and partial_scope:
            raise DomainError(ErrorCode.INVALID_VALUE, "full")
        if not self.full and not partial_scope:
            raise DomainError(ErrorCode.REQUIRED, "recipient_actor_ids")
