"""Read models of the actor directory (Netzwerk): plain data the network use cases return."""

from __future__ import annotations

from dataclasses import dataclass

from fallmanager.domain.family import CaseStatus
from fallmanager.domain.network import Actor, ContactPerson, Involvement


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """A line of the actor directory: the actor and how many families it is involved with."""

    actor: Actor
    family_count: int
    involvement_count: int
    contact_count: int


@dataclass(frozen=True, slots=True)
class ActorInvolvement:
    """One involvement of an actor, with what identifies the family file to a reader."""

    involvement: Involvement
    case_number: str
    family_status: CaseStatus
    family_names: tuple[str, ...]
    contact_name: str


@dataclass(frozen=True, slots=True)
class ActorDetails:
    """Everything the directory shows about one actor."""

    actor: Actor
    contact_persons: tuple[ContactPerson, ...]
    involvements: tuple[ActorInvolvement, ...]
