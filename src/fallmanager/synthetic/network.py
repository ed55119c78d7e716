"""The helper network shared by all families: actors, contact persons, facilities, staff."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from fallmanager.domain.entity import Entity
from fallmanager.domain.housing import Accommodation
from fallmanager.domain.network import Actor, ContactPerson
from fallmanager.synthetic import catalog
from fallmanager.synthetic.names import GERMAN_FEMALE, GERMAN_MALE, GERMAN_SURNAMES, ORIGINS

MAIL_DOMAIN = "muenster.example"

#: Interpreters of the pool: (language, origin of their names, how many).
_INTERPRETERS = (
    ("sq", "kosovo_albanian", 5),
    ("sr", "serbian", 3),
    ("bs", "bosnian", 2),
    ("mk", "macedonian", 2),
    ("rom", "roma_serbia", 2),
)


@dataclass(frozen=True)
class Network:
    """What every family file draws on."""

    actors: dict[str, list[Actor]]  # by category (see ``catalog.ACTORS``)
    by_id: dict[uuid.UUID, Actor]
    contacts: dict[uuid.UUID, list[ContactPerson]]  # by actor
    facilities: list[Accommodation]
    case_managers: tuple[str, ...]
    interpreters: dict[str, list[str]]  # by language


def german_name(rng: random.Random, female: bool) -> str:
    given = rng.choice(GERMAN_FEMALE if female else GERMAN_MALE)
    return f"{given} {rng.choice(GERMAN_SURNAMES)}"


def _phone(rng: random.Random) -> str:
    return f"0251 {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def _mail_part(text: str) -> str:
    value = text.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("–", "-"), (" ", ".")):
        value = value.replace(old, new)
    value = "".join(ch for ch in value if ch.isalnum() or ch in ".-")
    while ".." in value or "-." in value or ".-" in value:
        value = value.replace("..", ".").replace("-.", "-").replace(".-", "-")
    return value.strip(".-")


def build_network(
    rng: random.Random, new_id: Callable[[], uuid.UUID], add: Callable[[Entity], None]
) -> Network:
    """Create the actors with their contact persons and the municipal facilities."""
    actors: dict[str, list[Actor]] = {}
    contacts: dict[uuid.UUID, list[ContactPerson]] = {}
    for spec in catalog.ACTORS:
        actor = Actor(
            id=new_id(),
            name=spec.name,
            kind=spec.kind,
            department=spec.department,
            street=f"{rng.choice(catalog.STREETS)} {rng.randint(1, 80)}",
            postcode=rng.choice(catalog.POSTCODES),
            city=catalog.CITY,
            phone=_phone(rng),
            email=f"{_mail_part(spec.department or spec.name)}@{MAIL_DOMAIN}",
            notes=spec.notes,
        )
        add(actor)
        actors.setdefault(spec.category, []).append(actor)
        people = []
        for function in spec.functions[: rng.randint(1, 3)]:
            female = rng.random() < 0.65
            name = german_name(rng, female)
            title = "Frau" if female else "Herr"
            people.append(
                ContactPerson(
                    id=new_id(),
                    actor_id=actor.id,
                    name=f"{title} {name}" if rng.random() < 0.3 else name,
                    function=function,
                    phone=_phone(rng),
                    email=f"{_mail_part(name)}@{MAIL_DOMAIN}",
                )
            )
        contacts[actor.id] = people
    for people in contacts.values():
        for person in people:
            add(person)
    facilities = [
        Accommodation(
            id=new_id(),
            kind=kind,
            name=name,
            street=street,
            postcode=postcode,
            city=catalog.CITY,
            notes="Hausmeister werktags 8–12 Uhr vor Ort.",
        )
        for name, kind, street, postcode in catalog.FACILITIES
    ]
    for facility in facilities:
        add(facility)
    interpreters: dict[str, list[str]] = {}
    for language, origin_key, count in _INTERPRETERS:
        origin = next(o for o in ORIGINS if o.key == origin_key)
        for _ in range(count):
            female = rng.random() < 0.6
            given = rng.choice(origin.female if female else origin.male).latin
            surname = rng.choice(origin.surnames).for_female(female).latin
            interpreters.setdefault(language, []).append(f"{given} {surname}")
    return Network(
        actors=actors,
        by_id={actor.id: actor for group in actors.values() for actor in group},
        contacts=contacts,
        facilities=facilities,
        case_managers=tuple(german_name(rng, rng.random() < 0.7) for _ in range(8)),
        interpreters=interpreters,
    )
