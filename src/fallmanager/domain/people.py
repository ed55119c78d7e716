"""Persons, their names and name variants."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.codes import (
    COUNTRY_PATTERN,
    LANGUAGE_PATTERN,
    is_country_code,
    is_language_code,
)
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.entity import LINE, SHORT, TEXT, Entity, codes, ref, text
from fallmanager.domain.errors import DomainError, ErrorCode


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class PassportStatus(StrEnum):
    """Whether a passport is held; procuring one (Passbeschaffung) is a frequent requirement."""

    UNKNOWN = "unknown"
    NONE = "none"
    HELD = "held"
    EXPIRED = "expired"
    PROCUREMENT_IN_PROGRESS = "procurement_in_progress"


@dataclass(frozen=True, slots=True, kw_only=True)
class Person(Entity):
    """One human being (Person / Familienmitglied)."""

    entity_name: ClassVar[str] = "person"
    collection: ClassVar[str] = "persons"

    given_names: str = text(SHORT)
    family_name: str = text(SHORT)
    sex: Sex = Sex.UNKNOWN
    birth_date: PartialDate | None = None
    #: "01.01.YYYY" in documents is frequently a fictitious date set by an authority.
    birth_date_fictitious: bool = False
    deceased: bool = False
    death_date: PartialDate | None = None
    birth_place: str = text(SHORT)
    birth_country: str = text(12)
    nationalities: tuple[str, ...] = codes(COUNTRY_PATTERN, max_items=5)
    languages: tuple[str, ...] = codes(LANGUAGE_PATTERN, max_items=12)
    needs_interpreter: bool = False
    interpreter_language: str = text(12)
    passport: PassportStatus = PassportStatus.UNKNOWN
    identity_clarified: bool | None = None
    other_documents: str = text(LINE, multiline=True)
    notes: str = text(TEXT, multiline=True)

    def check(self) -> None:
        if not (self.given_names.strip() or self.family_name.strip()):
            raise DomainError(ErrorCode.REQUIRED, "family_name")
        if self.birth_country and not is_country_code(self.birth_country):
            raise DomainError(ErrorCode.INVALID_CODE, "birth_country", value=self.birth_country)
        if self.interpreter_language and not is_language_code(self.interpreter_language):
            raise DomainError(
                ErrorCode.INVALID_CODE, "interpreter_language", value=self.interpreter_language
            )
        if self.death_date is not None:
            if not self.deceased:
                raise DomainError(ErrorCode.INVALID_VALUE, "deceased")
            if self.birth_date is not None and self.death_date.definitely_before(self.birth_date):
                raise DomainError(ErrorCode.DEATH_BEFORE_BIRTH, "death_date")
        if self.birth_date_fictitious and self.birth_date is None:
            raise DomainError(ErrorCode.INVALID_VALUE, "birth_date_fictitious")

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_names.strip(), self.family_name.strip()) if p)

    def age_on(self, day: date) -> int | None:
        """Age in full years on ``day``; ``None`` if unknown or not exactly determinable."""
        if self.birth_date is None:
            return None
        low, high = self.birth_date.age_on(day)
        return low if low == high else None

    def check_dates_against(self, today: date) -> None:
        """Dates of birth and death cannot lie in the future."""
        if self.birth_date is not None and self.birth_date.earliest() > today:
            raise DomainError(ErrorCode.DATE_IN_FUTURE, "birth_date")
        if self.death_date is not None and self.death_date.earliest() > today:
            raise DomainError(ErrorCode.DATE_IN_FUTURE, "death_date")


class NameVariantKind(StrEnum):
    """Where a spelling of a person's name comes from."""

    PASSPORT = "passport"
    TOLERATION_PAPER = "toleration_paper"  # Duldungsbescheinigung
    SCHOOL_REGISTER = "school_register"
    TRANSLITERATION = "transliteration"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class NameVariant(Entity):
    """Namensvariante: "Đorđević" may also appear as "Djordjevic" or "Ђорђевић"."""

    entity_name: ClassVar[str] = "name_variant"
    collection: ClassVar[str] = "name_variants"

    person_id: uuid.UUID = ref("person")
    kind: NameVariantKind = NameVariantKind.OTHER
    given_names: str = text(SHORT)
    family_name: str = text(SHORT)
    note: str = text(LINE)

    def check(self) -> None:
        if not (self.given_names.strip() or self.family_name.strip()):
            raise DomainError(ErrorCode.REQUIRED, "family_name")
