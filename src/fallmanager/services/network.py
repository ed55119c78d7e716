"""The actor directory (Netzwerk) and actors' involvement with families."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.services.family_files import require_open_family
from fallmanager.services.ports import UnitOfWork


def add_actor(
    uow: UnitOfWork,
    *,
    name: str,
    kind: ActorKind = ActorKind.OTHER,
    department: str = "",
    street: str = "",
    postcode: str = "",
    city: str = "",
    phone: str = "",
    email: str = "",
    notes: str = "",
) -> Actor:
    actor = Actor(
        name=name.strip(),
        kind=kind,
        department=department.strip(),
        street=street.strip(),
        postcode=postcode.strip(),
        city=city.strip(),
        phone=phone.strip(),
        email=email.strip(),
        notes=notes,
    )
    with uow:
        uow.records.add(actor)
        uow.commit()
    return actor


def update_actor(uow: UnitOfWork, *, actor: Actor) -> Actor:
    with uow:
        uow.records.require(Actor, actor.id)
        uow.records.update(actor)
        uow.commit()
    return actor


def list_actors(uow: UnitOfWork) -> list[Actor]:
    with uow:
        return uow.records.find(Actor, order_by=("name",))


def add_contact_person(
    uow: UnitOfWork,
    *,
    actor_id: uuid.UUID,
    name: str,
    function: str = "",
    phone: str = "",
    email: str = "",
) -> ContactPerson:
    contact = ContactPerson(
        actor_id=actor_id,
        name=name.strip(),
        function=function.strip(),
        phone=phone.strip(),
        email=email.strip(),
    )
    with uow:
        uow.records.require(Actor, actor_id)
        uow.records.add(contact)
        uow.commit()
    return contact


def involve_actor(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    actor_id: uuid.UUID,
    role: str = "",
    contact_person_id: uuid.UUID | None = None,
    since: date | None = None,
    notes: str = "",
) -> Involvement:
    """Record that an actor is involved with a family, in which role, since when."""
    involvement = Involvement(
        family_id=family_id,
        actor_id=actor_id,
        role=role.strip(),
        contact_person_id=contact_person_id,
        since=since,
        notes=notes,
    )
    with uow:
        require_open_family(uow.records, family_id)
        uow.records.require(Actor, actor_id)
        if contact_person_id is not None:
            contact = uow.records.require(ContactPerson, contact_person_id)
            if contact.actor_id != actor_id:
                raise DomainError(ErrorCode.REFERENCE_MISMATCH, "contact_person_id")
        uow.records.add(involvement)
        uow.commit()
    return involvement


def end_involvement(uow: UnitOfWork, *, involvement_id: uuid.UUID, until: date) -> Involvement:
    with uow:
        involvement = uow.records.require(Involvement, involvement_id)
        ended = replace(involvement, until=until)
        uow.records.update(ended)
        uow.commit()
    return ended
