"""The network of actors (Netzwerk / Helfersystem) and their involvement with families."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from fallmanager.domain.entity import (
    LINE,
    SHORT,
    TEXT,
    Entity,
    check_period,
    optional_ref,
    ref,
    text,
)


class ActorKind(StrEnum):
    IMMIGRATION_OFFICE = "immigration_office"  # Ausländerbehörde
    SOCIAL_OFFICE = "social_office"  # Sozialamt
    YOUTH_OFFICE = "youth_office"  # Jugendamt / Kommunaler Sozialdienst
    SCHOOL_OFFICE = "school_office"  # Amt für Schule und Weiterbildung
    SCHOOL = "school"
    KITA = "kita"
    JOBCENTER = "jobcenter"
    EMPLOYMENT_AGENCY = "employment_agency"  # Agentur für Arbeit / Integration Point
    INTEGRATION_CENTRE = "integration_centre"  # Kommunales Integrationszentrum
    HEALTH_OFFICE = "health_office"
    DOCTOR = "doctor"
    NGO = "ngo"  # Caritas, GGUA, AWO …
    INTERPRETER_POOL = "interpreter_pool"
    TRAINING_PROVIDER = "training_provider"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Entity):
    """An organisation of the helper system (Akteur / Netzwerkpartner)."""

    entity_name: ClassVar[str] = "actor"
    collection: ClassVar[str] = "actors"

    name: str = text(SHORT, required=True)
    kind: ActorKind = ActorKind.OTHER
    department: str = text(SHORT)
    street: str = text(SHORT)
    postcode: str = text(12)
    city: str = text(SHORT)
    phone: str = text(60)
    email: str = text(SHORT)
    notes: str = text(TEXT, multiline=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactPerson(Entity):
    """A contact person at an actor (Ansprechpartner/in)."""

    entity_name: ClassVar[str] = "contact_person"
    collection: ClassVar[str] = "contact_persons"

    actor_id: uuid.UUID = ref("actor")
    name: str = text(SHORT, required=True)
    function: str = text(SHORT)
    phone: str = text(60)
    email: str = text(SHORT)


@dataclass(frozen=True, slots=True, kw_only=True)
class Involvement(Entity):
    """An actor's involvement with a family: role, since when, which contact person."""

    entity_name: ClassVar[str] = "involvement"
    collection: ClassVar[str] = "involvements"

    family_id: uuid.UUID = ref("family_file")
    actor_id: uuid.UUID = ref("actor")
    role: str = text(SHORT)
    contact_person_id: uuid.UUID | None = optional_ref("contact_person")
    since: date | None = None
    until: date | None = None
    notes: str = text(LINE, multiline=True)

    def check(self) -> None:
        check_period(self.since, self.until, "until")
