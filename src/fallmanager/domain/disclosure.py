"""The disclosure log (Offenlegungsprotokoll): every document that left the application.

Agendas, invitations, minutes, results sheets, consent forms, help plans and genogram
exports are recorded with what was disclosed, to whom, when and under which consents. The
log is append-only and is part of a data-subject access report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.consent import DATA_CATEGORY_PATTERN, DataCategory
from fallmanager.domain.entity import LINE, SHORT, Entity, codes, optional_ref, ref, refs, text
from fallmanager.domain.errors import DomainError, ErrorCode


class DocumentKind(StrEnum):
    CONSENT_FORM = "consent_form"  # Einwilligungserklärung
    AGENDA = "agenda"  # Tagesordnung
    INVITATION = "invitation"  # Kalendereinladung (.ics)
    MINUTES = "minutes"  # Protokoll
    RESULTS_SHEET = "results_sheet"  # Ergebnisblatt für die Familie
    HELP_PLAN_FAMILY = "help_plan_family"  # Hilfeplan, Fassung für die Familie
    HELP_PLAN_OFFICE = "help_plan_office"  # Hilfeplan, Fassung für die Akte
    GENOGRAM = "genogram"  # Genogramm
    DISCLOSURE_LOG = "disclosure_log"  # this log itself, for an access request


class RecipientKind(StrEnum):
    FAMILY = "family"  # die Familie
    ACTOR = "actor"  # eine Stelle des Netzwerks
    FILE = "file"  # die eigene Akte / das Amt


class DisclosureChannel(StrEnum):
    PRINT = "print"  # gedruckt
    FILE = "file"  # als Datei gespeichert


@dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure(Entity):
    """One document that left the application, for one recipient."""

    entity_name: ClassVar[str] = "disclosure"
    collection: ClassVar[str] = "disclosures"

    family_id: uuid.UUID = ref("family_file")
    disclosed_at: datetime
    document: DocumentKind
    #: A short description ("Hilfeplan Fortschreibung 2", "Tagesordnung 12.03.2027").
    title: str = text(LINE, required=True)
    recipient_kind: RecipientKind
    recipient_actor_id: uuid.UUID | None = optional_ref("actor")
    #: The categories of personal data the document holds, and whose data it is.
    categories: tuple[str, ...] = codes(DATA_CATEGORY_PATTERN, max_items=len(DataCategory))
    person_ids: tuple[uuid.UUID, ...] = refs("person")
    #: The consents it was disclosed under (none for the family itself, the file, or an
    #: anonymised document).
    consent_ids: tuple[uuid.UUID, ...] = refs("consent")
    conference_id: uuid.UUID | None = optional_ref("case_conference")
    anonymised: bool = False
    channel: DisclosureChannel = DisclosureChannel.FILE
    language: str = text(12)  # the second language of a bilingual document
    note: str = text(SHORT)

    def check(self) -> None:
        if (self.recipient_kind is RecipientKind.ACTOR) != (self.recipient_actor_id is not None):
            raise DomainError(ErrorCode.INVALID_VALUE, "recipient_actor_id")
