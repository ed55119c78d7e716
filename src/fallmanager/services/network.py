"""The actor directory (Netzwerk) and actors' involvement with families."""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

from fallmanager.domain.education_work import SchoolAttendance, VocationalTraining
from fallmanager.domain.entity import TEXT
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.domain.network_views import ActorDetails, ActorInvolvement, ActorSummary
from fallmanager.domain.people import Person
from fallmanager.domain.search_text import fold
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


# -- the directory (read side) -----------------------------------------------------------------


def actor_directory(uow: UnitOfWork) -> list[ActorSummary]:
    """Every actor with the number of (live) family files it is involved with.

    Involvements of deleted family files do not count.
    """
    with uow:
        actors = uow.records.find(Actor, order_by=("name",))
        live_families, _deleted = uow.records.id_sets(FamilyFile)
        families: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        involvements: Counter[uuid.UUID] = Counter()
        for involvement in uow.records.iterate(Involvement):
            if involvement.family_id in live_families:
                families[involvement.actor_id].add(involvement.family_id)
                involvements[involvement.actor_id] += 1
        contacts = Counter(c.actor_id for c in uow.records.iterate(ContactPerson))
        return [
            ActorSummary(
                actor=actor,
                family_count=len(families.get(actor.id, ())),
                involvement_count=involvements[actor.id],
                contact_count=contacts[actor.id],
            )
            for actor in actors
        ]


def actor_details(uow: UnitOfWork, *, actor_id: uuid.UUID) -> ActorDetails:
    """An actor's contact persons and its involvements with the family files' names."""
    with uow:
        actor = uow.records.require(Actor, actor_id)
        contacts = uow.records.find(ContactPerson, actor_id=actor_id, order_by=("name",))
        involvements = uow.records.find(Involvement, actor_id=actor_id, order_by=("since",))
        family_ids = sorted({i.family_id for i in involvements})
        families = {f.id: f for f in uow.records.find(FamilyFile, id=family_ids)}
        names = _family_names(uow, list(families))
        contact_names = {c.id: c.name for c in contacts}
        rows = tuple(
            ActorInvolvement(
                involvement=involvement,
                case_number=families[involvement.family_id].case_number,
                family_status=families[involvement.family_id].status,
                family_names=names.get(involvement.family_id, ()),
                contact_name=contact_names.get(involvement.contact_person_id, "")
                if involvement.contact_person_id is not None
                else "",
            )
            for involvement in involvements
            if involvement.family_id in families
        )
        return ActorDetails(actor=actor, contact_persons=tuple(contacts), involvements=rows)


def _family_names(uow: UnitOfWork, family_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    """The distinct family names of each family file's members, eldest member first."""
    memberships = uow.records.find(FamilyMembership, family_id=family_ids)
    persons = {
        p.id: p
        for p in uow.records.find(
            Person, id=sorted({m.person_id for m in memberships}), order_by=("birth_date",)
        )
    }
    order = {person_id: index for index, person_id in enumerate(persons)}
    result: dict[uuid.UUID, dict[str, None]] = defaultdict(dict)
    for membership in sorted(
        (m for m in memberships if m.person_id in persons), key=lambda m: order[m.person_id]
    ):
        name = persons[membership.person_id].family_name
        if name:
            result[membership.family_id][name] = None
    return {family_id: tuple(names) for family_id, names in result.items()}


# -- duplicates and merging --------------------------------------------------------------------

#: A folded name shorter than this is too unspecific to suggest "contains" matches ("AWO").
_MIN_CONTAINED = 3
_NON_WORD = re.compile(r"[\W_]+")


_GERMAN_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _name_keys(name: str) -> tuple[str, ...]:
    """Folded word forms of a name: as written, and with umlauts spelt out (ä → ae)."""
    keys = []
    for variant in (name, name.translate(_GERMAN_SPELLING)):
        key = " ".join(t for t in _NON_WORD.split(fold(variant)) if t)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def _similar(keys_a: tuple[str, ...], keys_b: tuple[str, ...]) -> bool:
    for key_a in keys_a:
        for key_b in keys_b:
            short, long_ = sorted((key_a, key_b), key=len)
            if short == long_ or (len(short) >= _MIN_CONTAINED and f" {short} " in f" {long_} "):
                return True
    return False


def find_duplicate_actors(uow: UnitOfWork) -> list[tuple[Actor, Actor]]:
    """Pairs of actors that are probably the same organisation (mögliche Dubletten).

    Two actors pair up when their names are equal after folding case, diacritics and
    transliterations (also with umlauts spelt out: "Ausländerbehörde" and
    "Auslaenderbehoerde"), or when one folded name occurs as whole words in the other
    ("Caritas" and "Caritas Migrationsberatung"). Each pair is listed once, the shorter name
    first; the list is ordered by the first name's folded form.
    """
    keyed = [(_name_keys(a.name), a) for a in list_actors(uow)]
    keyed = [(keys, actor) for keys, actor in keyed if keys]
    pairs: list[tuple[str, Actor, Actor]] = []
    for index, (keys_a, actor_a) in enumerate(keyed):
        for keys_b, actor_b in keyed[index + 1 :]:
            if not _similar(keys_a, keys_b):
                continue
            if len(actor_b.name) < len(actor_a.name):
                pairs.append((keys_b[0], actor_b, actor_a))
            else:
                pairs.append((keys_a[0], actor_a, actor_b))
    pairs.sort(key=lambda p: (p[0], _name_keys(p[2].name)[0], str(p[1].id), str(p[2].id)))
    return [(first, second) for _key, first, second in pairs]


_FILLABLE = ("department", "street", "postcode", "city", "phone", "email")


def merge_actors(uow: UnitOfWork, *, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> Actor:
    """Merge a duplicate actor into the one to keep (Dubletten zusammenführen).

    In one unit of work:

    * every contact person and every involvement of the duplicate moves to the kept actor,
      and so do school attendances and vocational trainings that name it as school or
      provider, so that no record is left pointing at a removed actor;
    * empty fields of the kept actor (department, address, phone, e-mail, and the kind if
      it is "other") are filled from the duplicate; the duplicate's notes are appended to
      the kept actor's notes when both have different notes and the result fits;
    * the duplicate is tombstoned.

    Afterwards a family may hold two *open* involvements (no end date) of the kept actor in
    the same role (compared case- and diacritic-insensitively): the same fact recorded
    twice. Those are collapsed: the involvement that started first stays (an unknown start
    counts as earliest), it takes over a contact person and notes it lacks from the other,
    and the other one is tombstoned. Ending it instead would record that the actor
    stopped being involved on some date, which never happened. Ended involvements are
    history and are all kept.

    Raises ``DomainError(INVALID_VALUE, "duplicate_id")`` when both ids are the same actor.
    """
    if keep_id == duplicate_id:
        raise DomainError(ErrorCode.INVALID_VALUE, "duplicate_id")
    with uow:
        records = uow.records
        keep = records.require(Actor, keep_id)
        duplicate = records.require(Actor, duplicate_id)
        for contact in records.find(ContactPerson, actor_id=duplicate_id):
            records.update(replace(contact, actor_id=keep_id))
        for involvement in records.find(Involvement, actor_id=duplicate_id):
            records.update(replace(involvement, actor_id=keep_id))
        for school in records.find(SchoolAttendance, school_id=duplicate_id):
            records.update(replace(school, school_id=keep_id))
        for training in records.find(VocationalTraining, provider_id=duplicate_id):
            records.update(replace(training, provider_id=keep_id))
        _collapse_open_involvements(uow, keep_id)
        merged = _filled_from(keep, duplicate)
        records.update(merged)
        records.delete(Actor, duplicate_id)
        uow.commit()
    return merged


def _filled_from(keep: Actor, duplicate: Actor) -> Actor:
    changes: dict[str, object] = {
        name: getattr(duplicate, name)
        for name in _FILLABLE
        if not getattr(keep, name) and getattr(duplicate, name)
    }
    if keep.kind is ActorKind.OTHER and duplicate.kind is not ActorKind.OTHER:
        changes["kind"] = duplicate.kind
    extra = duplicate.notes.strip()
    if extra and extra not in keep.notes:
        notes = f"{keep.notes.rstrip()}\n\n{extra}" if keep.notes.strip() else extra
        if len(notes) <= TEXT:
            changes["notes"] = notes
    return replace(keep, **changes)  # type: ignore[arg-type]


def _collapse_open_involvements(uow: UnitOfWork, actor_id: uuid.UUID) -> None:
    groups: dict[tuple[uuid.UUID, str], list[Involvement]] = defaultdict(list)
    for involvement in uow.records.find(Involvement, actor_id=actor_id):
        if involvement.until is None:
            groups[(involvement.family_id, fold(involvement.role.strip()))].append(involvement)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda i: (i.since or date.min, str(i.id)))
        kept, *others = group
        contact = kept.contact_person_id
        notes = kept.notes
        for other in others:
            if contact is None:
                contact = other.contact_person_id
            if not notes.strip():
                notes = other.notes
            uow.records.delete(Involvement, other.id)
        uow.records.update(replace(kept, contact_person_id=contact, notes=notes))
