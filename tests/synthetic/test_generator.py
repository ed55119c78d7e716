"""The synthetic data generator: determinism, realism and validity of what it produces."""

from __future__ import annotations

import itertools
import re
import uuid
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.education_work import (
    AttendanceConcern,
    BenefitKind,
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.entity import Entity, field_specs
from fallmanager.domain.family import CASE_NUMBER_RE, FamilyFile, FamilyMembership, MembershipRole
from fallmanager.domain.genealogy import (
    check_no_cycles,
    check_parent_child_link,
    parent_age_warnings,
)
from fallmanager.domain.housing import (
    Accommodation,
    AccommodationKind,
    Household,
    HouseholdMember,
)
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.domain.people import NameVariant, NameVariantKind, PassportStatus, Person, Sex
from fallmanager.domain.primitive import from_primitive, to_primitive
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
    PartnershipEvent,
    PartnershipEventKind,
)
from fallmanager.domain.residence import (
    MigrationEvent,
    MigrationEventKind,
    ResidenceKind,
    ResidenceStatus,
)
from fallmanager.domain.search_text import fold
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote, Visit
from fallmanager.synthetic import DEFAULT_TODAY, SyntheticData, generate
from fallmanager.synthetic.names import (
    ORIGINS,
    macedonian_feminine,
    macedonian_passport_latin,
    macedonian_to_latin,
    serbian_to_cyrillic,
    to_ascii,
)

TODAY = DEFAULT_TODAY
FAMILIES = 300

#: Date fields that may lie after today: validity, plans and deadlines.
FUTURE_ALLOWED = {"valid_until", "until_date", "due_on", "until", "moved_out", "review_on",
                  "expires_on", "starts_at"}  # fmt: skip


@pytest.fixture(scope="module")
def data() -> SyntheticData:
    return generate(FAMILIES, seed=11)


@pytest.fixture(scope="module")
def members(data: SyntheticData) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Person ids by family id."""
    result: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for membership in data.of(FamilyMembership):
        result[membership.family_id].add(membership.person_id)
    return result


@pytest.fixture(scope="module")
def family_of(members: dict[uuid.UUID, set[uuid.UUID]]) -> dict[uuid.UUID, uuid.UUID]:
    """Family id by person id."""
    return {person: family for family, persons in members.items() for person in persons}


@pytest.fixture(scope="module")
def links(
    data: SyntheticData, family_of: dict[uuid.UUID, uuid.UUID]
) -> dict[uuid.UUID, list[ParentChildLink]]:
    """Parent–child links by family id."""
    result: dict[uuid.UUID, list[ParentChildLink]] = defaultdict(list)
    for link in data.of(ParentChildLink):
        result[family_of[link.child_id]].append(link)
    return result


@pytest.fixture(scope="module")
def persons(data: SyntheticData) -> dict[uuid.UUID, Person]:
    return {p.id: p for p in data.of(Person)}


def share(families: set[uuid.UUID]) -> float:
    return len(families) / FAMILIES


# --- Determinism and shape -----------------------------------------------------------------


def test_same_arguments_give_identical_records() -> None:
    first = generate(25, seed=3)
    second = generate(25, seed=3)
    assert first == second
    assert [r.id for r in first.records] == [r.id for r in second.records]


def test_different_seeds_differ() -> None:
    first = generate(10, seed=1)
    second = generate(10, seed=2)
    assert {p.id for p in first.of(Person)}.isdisjoint({p.id for p in second.of(Person)})
    assert [p.family_name for p in first.of(Person)] != [p.family_name for p in second.of(Person)]


def test_a_smaller_run_is_the_start_of_a_larger_one() -> None:
    small = generate(8, seed=5)
    large = generate(16, seed=5)
    assert large.of(Person)[: small.person_count] == small.of(Person)
    assert large.of(FamilyFile)[:8] == small.of(FamilyFile)


def test_today_moves_the_dates() -> None:
    later = generate(5, seed=1, today=date(2030, 6, 1))
    assert max(v.occurred_at for v in later.of(Visit)).year >= 2029
    assert max(f.opened_on for f in later.of(FamilyFile)) <= date(2030, 6, 1)


def test_invalid_arguments_are_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        generate(-1)
    with pytest.raises(ValueError, match="today"):
        generate(1, today=date(2015, 1, 1))


def test_no_families_still_give_the_network() -> None:
    empty = generate(0)
    assert empty.person_count == 0
    assert empty.of(FamilyFile) == ()
    assert len(empty.of(Actor)) > 20
    assert len(empty.of(ContactPerson)) >= len(empty.of(Actor))
    assert len(empty.of(Accommodation)) == 6


def test_records_are_grouped_by_kind_in_registry_order(data: SyntheticData) -> None:
    order = {cls: i for i, cls in enumerate(ENTITY_TYPES)}
    positions = [order[type(r)] for r in data.records]
    assert positions == sorted(positions)
    assert {type(r) for r in data.records} == set(ENTITY_TYPES)
    assert sum(len(data.of(cls)) for cls in ENTITY_TYPES) == len(data.records)


def test_counts(data: SyntheticData) -> None:
    assert data.family_count == FAMILIES == len(data.of(FamilyFile))
    assert data.person_count == len(data.of(Person))
    assert 4.5 <= data.person_count / FAMILIES <= 5.8
    assert 3 <= len(data.of(ResidenceStatus)) / data.person_count <= 8
    visits = Counter(v.family_id for v in data.of(Visit))
    tasks = Counter(t.family_id for t in data.of(Task))
    involvements = Counter(i.family_id for i in data.of(Involvement))
    for family in data.of(FamilyFile):
        assert 3 <= visits[family.id] <= 12
        assert 1 <= tasks[family.id] <= 5
        assert 2 <= involvements[family.id] <= 6


def test_ids_and_case_numbers_are_unique(data: SyntheticData) -> None:
    ids = [r.id for r in data.records]
    assert len(ids) == len(set(ids))
    assert all(i.version == 4 for i in ids)
    numbers = [f.case_number for f in data.of(FamilyFile)]
    assert len(numbers) == len(set(numbers))
    assert all(CASE_NUMBER_RE.match(n) for n in numbers)
    assert all(int(f.case_number[:4]) == f.opened_on.year for f in data.of(FamilyFile))
    assert {f.opened_on.year for f in data.of(FamilyFile)} <= set(range(2017, TODAY.year + 1))


def test_records_survive_the_primitive_round_trip(data: SyntheticData) -> None:
    for record in data.records[::41]:
        assert from_primitive(type(record), to_primitive(record)) == record


# --- References ----------------------------------------------------------------------------


def test_every_reference_points_to_a_generated_record(data: SyntheticData) -> None:
    ids = {cls.entity_name: {r.id for r in data.of(cls)} for cls in ENTITY_TYPES}
    for record in data.records:
        for spec in field_specs(type(record)):
            if spec.ref is None:
                continue
            value = getattr(record, spec.name)
            for target in value if isinstance(value, tuple) else (value,):
                if target is not None:
                    assert target in ids[spec.ref], (type(record).__name__, spec.name)


def test_references_stay_within_the_family(
    data: SyntheticData,
    members: dict[uuid.UUID, set[uuid.UUID]],
    family_of: dict[uuid.UUID, uuid.UUID],
) -> None:
    memberships = Counter(m.person_id for m in data.of(FamilyMembership))
    assert set(memberships.values()) == {1}
    assert set(memberships) == {p.id for p in data.of(Person)}
    for family in data.of(FamilyFile):
        assert family.index_person_id in members[family.id]
    for visit in data.of(Visit):
        assert set(visit.present_person_ids) <= members[visit.family_id]
    households = {h.id: h for h in data.of(Household)}
    for member in data.of(HouseholdMember):
        assert member.person_id in members[households[member.household_id].family_id]
    for task in data.of(Task):
        assert task.person_id is None or task.person_id in members[task.family_id]
    for benefit in data.of(BenefitPeriod):
        assert benefit.person_id is None or benefit.person_id in members[benefit.family_id]
    contacts = {c.id: c for c in data.of(ContactPerson)}
    for involvement in data.of(Involvement):
        if involvement.contact_person_id is not None:
            assert contacts[involvement.contact_person_id].actor_id == involvement.actor_id
    for link in data.of(ParentChildLink):
        assert family_of[link.parent_id] == family_of[link.child_id]
    for partnership in data.of(Partnership):
        assert family_of[partnership.person_a_id] == family_of[partnership.person_b_id]


def test_schools_and_kitas_are_actors_of_their_kind(data: SyntheticData) -> None:
    actors = {a.id: a for a in data.of(Actor)}
    kinds = {actors[s.school_id].kind for s in data.of(SchoolAttendance) if s.school_id}
    assert kinds == {ActorKind.SCHOOL, ActorKind.KITA}
    providers = {t.provider_id for t in data.of(VocationalTraining)}
    assert all(p is not None and actors[p].kind is ActorKind.SCHOOL for p in providers)


def test_corrections_refer_to_an_earlier_note_of_the_same_family(data: SyntheticData) -> None:
    notes = {n.id: n for n in data.of(CaseNote)}
    position = {n.id: i for i, n in enumerate(data.of(CaseNote))}
    corrections = [n for n in notes.values() if n.corrects_note_id is not None]
    assert corrections
    for note in corrections:
        assert note.corrects_note_id is not None
        original = notes[note.corrects_note_id]
        assert original.family_id == note.family_id
        assert original.written_at < note.written_at
        assert position[original.id] < position[note.id]


# --- The family graph ----------------------------------------------------------------------


def test_graph_rules_hold_in_every_family(
    data: SyntheticData,
    links: dict[uuid.UUID, list[ParentChildLink]],
    persons: dict[uuid.UUID, Person],
) -> None:
    for family_links in links.values():
        assert check_no_cycles(family_links) == []
        biological = Counter(
            link.child_id for link in family_links if link.kind is ParentChildKind.BIOLOGICAL
        )
        assert max(biological.values(), default=0) <= 2
        for i, link in enumerate(family_links):
            # Raises for a duplicate, a cycle or a third biological parent.
            assert check_parent_child_link(link, family_links[:i], persons) == []
            assert parent_age_warnings(link, persons) == []
            parent, child = persons[link.parent_id], persons[link.child_id]
            if link.kind is ParentChildKind.BIOLOGICAL and parent.birth_date and child.birth_date:
                _, oldest = parent.birth_date.age_on(child.birth_date.latest())
                assert oldest >= 16
    pairs = [frozenset((p.person_a_id, p.person_b_id)) for p in data.of(Partnership)]
    assert len(pairs) == len(set(pairs))


def generations(family_links: list[ParentChildLink]) -> int:
    """The number of generations along biological parenthood."""
    parents: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for link in family_links:
        if link.kind is ParentChildKind.BIOLOGICAL:
            parents[link.child_id].append(link.parent_id)
    depth: dict[uuid.UUID, int] = {}

    def of(person: uuid.UUID) -> int:
        if person not in depth:
            depth[person] = 1 + max((of(p) for p in parents.get(person, ())), default=0)
        return depth[person]

    return max((of(child) for child in parents), default=1)


def test_family_structures_are_varied(
    data: SyntheticData,
    links: dict[uuid.UUID, list[ParentChildLink]],
    persons: dict[uuid.UUID, Person],
    family_of: dict[uuid.UUID, uuid.UUID],
) -> None:
    depth = Counter(generations(links[f.id]) for f in data.of(FamilyFile))
    assert set(depth) == {1, 2, 3, 4}
    assert 0.15 < (depth[3] + depth[4]) / FAMILIES < 0.6
    assert depth[2] > depth[3] > depth[4] > 0
    partners: Counter[uuid.UUID] = Counter()
    for partnership in data.of(Partnership):
        partners.update((partnership.person_a_id, partnership.person_b_id))
    assert share({family_of[p] for p, n in partners.items() if n >= 2}) > 0.1
    half_siblings, twins = set(), set()
    for family, family_links in links.items():
        parents: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for link in family_links:
            if link.kind is ParentChildKind.BIOLOGICAL:
                parents[link.child_id].add(link.parent_id)
        for (a, of_a), (b, of_b) in itertools.combinations(parents.items(), 2):
            if of_a & of_b and of_a != of_b:
                half_siblings.add(family)
            same_birth = persons[a].birth_date == persons[b].birth_date
            if of_a == of_b and len(of_a) == 2 and same_birth:
                twins.add(family)
    assert share(half_siblings) > 0.05
    assert share(twins) > 0.02
    assert share({family_of[p.id] for p in persons.values() if p.deceased}) > 0.05
    kinds = Counter(link.kind for link in data.of(ParentChildLink))
    assert kinds[ParentChildKind.BIOLOGICAL] > 0.9 * sum(kinds.values())
    assert kinds[ParentChildKind.STEP] > 0
    assert kinds[ParentChildKind.FOSTER] > 0
    roles = Counter(m.role for m in data.of(FamilyMembership))
    assert roles[MembershipRole.MEMBER] > 3 * roles[MembershipRole.RELATIVE] > 0


def test_deaths_are_mostly_among_the_elders(
    data: SyntheticData, persons: dict[uuid.UUID, Person]
) -> None:
    deceased = [p for p in persons.values() if p.deceased]
    born_before_1970 = [p for p in deceased if p.birth_date and p.birth_date.year < 1970]
    assert len(born_before_1970) > len(deceased) / 2


def test_partnerships_have_a_course(data: SyntheticData) -> None:
    events = Counter(e.kind for e in data.of(PartnershipEvent))
    for kind in PartnershipEventKind:
        assert events[kind] > 0, kind


def test_custody_is_recorded_for_minors(
    data: SyntheticData, persons: dict[uuid.UUID, Person]
) -> None:
    for link in data.of(ParentChildLink):
        child = persons[link.child_id]
        if link.has_custody is not None:
            assert child.birth_date is not None
            assert child.birth_date.earliest() > date(TODAY.year - 19, 1, 1)
    assert any(link.has_custody for link in data.of(ParentChildLink))


def test_a_larger_run_has_a_few_very_large_families() -> None:
    large = generate(1200, seed=2)
    children = Counter(
        link.parent_id
        for link in large.of(ParentChildLink)
        if link.kind is ParentChildKind.BIOLOGICAL
    )
    assert max(children.values()) >= 12


# --- People and names ----------------------------------------------------------------------


def test_primary_names_carry_diacritics(data: SyntheticData) -> None:
    text = " ".join(f"{p.given_names} {p.family_name}" for p in data.of(Person)).lower()
    for letter in "čćđšžëç":
        assert letter in text, letter


def test_variants_cover_cyrillic_ascii_and_swapped_spellings(
    data: SyntheticData, persons: dict[uuid.UUID, Person]
) -> None:
    variants = data.of(NameVariant)
    cyrillic = " ".join(
        v.family_name for v in variants if re.search("[\u0400-\u04ff]", v.family_name)
    )
    assert cyrillic
    assert re.search("[ђћџљњ]", cyrillic.lower())
    assert re.search("[ѓќѕ]", cyrillic.lower())
    assert {v.kind for v in variants} == set(NameVariantKind)
    assert any("vertauscht" in v.note for v in variants)
    for variant in variants:
        person = persons[variant.person_id]
        spelled = (variant.given_names, variant.family_name)
        assert spelled != (person.given_names, person.family_name)
        if variant.kind is NameVariantKind.TRANSLITERATION or "diakritische" in variant.note:
            # Search folds every spelling of a name to the same key.
            assert fold(" ".join(spelled)) == fold(f"{person.given_names} {person.family_name}")
        if "diakritische" in variant.note:
            assert variant.given_names.isascii()
            assert variant.family_name.isascii()


def test_people_look_like_the_target_group(data: SyntheticData) -> None:
    people = data.of(Person)
    nationalities = Counter(n for p in people for n in p.nationalities)
    assert {"XK", "RS", "MK", "BA", "AL", "UNCLEAR", "STATELESS", "DE"} <= set(nationalities)
    languages = Counter(lang for p in people for lang in p.languages)
    assert {"sq", "sr", "bs", "mk", "rom", "de"} <= set(languages)
    sexes = Counter(p.sex for p in people)
    assert min(sexes[Sex.FEMALE], sexes[Sex.MALE]) > 0.4 * len(people)
    assert 0 < sexes[Sex.UNKNOWN] + sexes[Sex.DIVERSE] < 0.05 * len(people)
    interpreters = [p for p in people if p.needs_interpreter]
    assert len(interpreters) > 0.15 * len(people)
    assert all(p.interpreter_language in p.languages for p in interpreters)
    assert not any(p.interpreter_language for p in people if not p.needs_interpreter)
    passports = Counter(p.passport for p in people)
    assert passports[PassportStatus.PROCUREMENT_IN_PROGRESS] > 0.15 * len(people)
    assert passports[PassportStatus.NONE] > 0.15 * len(people)
    assert {p.birth_country for p in people} >= {"XK", "RS", "BA", "MK", "AL", "DE"}


def test_birth_dates_are_partly_unknown(data: SyntheticData) -> None:
    people = data.of(Person)
    precision = Counter(
        (p.birth_date.month is not None, p.birth_date.day is not None)
        for p in people
        if p.birth_date is not None
    )
    assert precision[(True, True)] > 0.8 * len(people)
    assert precision[(True, False)] > 0
    assert precision[(False, False)] > 0
    fictitious = [p for p in people if p.birth_date_fictitious]
    assert fictitious
    for person in fictitious:
        assert person.birth_date is not None
        assert (person.birth_date.month, person.birth_date.day) == (1, 1)
    deaths = [p for p in people if p.deceased]
    assert any(p.death_date is not None and not p.death_date.is_complete for p in deaths)


def test_transliteration() -> None:
    assert serbian_to_cyrillic("Đorđević") == "Ђорђевић"
    assert serbian_to_cyrillic("Ljiljana Njegoš Džunić") == "Љиљана Његош Џунић"
    assert serbian_to_cyrillic("Ćirić Čaušević Žarko") == "Ћирић Чаушевић Жарко"
    assert macedonian_to_latin("Ѓорѓиевски") == "Gjorgjievski"
    assert macedonian_to_latin("Ѕвездана Ќ Љупчо Џамбазовски") == "Dzvezdana Kj Ljupčo Džambazovski"
    assert macedonian_passport_latin("Петрушевски") == "Petrushevski"
    assert macedonian_feminine("Стојановски") == "Стојановска"
    assert macedonian_feminine("Шопов") == "Шопова"
    assert to_ascii("Šabani") == "Sabani"
    assert to_ascii("Ëmine Bytyçi") == "Emine Bytyci"
    assert to_ascii("Đorđević") == "Djordjevic"
    with pytest.raises(ValueError, match="Serbian"):
        serbian_to_cyrillic("Xhemajli")


def test_every_cyrillic_name_folds_to_its_latin_spelling() -> None:
    for origin in ORIGINS:
        forms = origin.male + origin.female + tuple(s.male for s in origin.surnames)
        for form in forms:
            if form.cyrillic is not None:
                assert fold(form.cyrillic) == fold(form.latin), form


# --- Dates ---------------------------------------------------------------------------------


def past_dates(record: Entity) -> list[tuple[str, date]]:
    """The dates of a record that describe the past."""
    values = []
    for spec in field_specs(type(record)):
        value = getattr(record, spec.name)
        if spec.name in FUTURE_ALLOWED:
            continue
        if isinstance(value, PartialDate):
            values.append((spec.name, value.earliest()))
        elif isinstance(value, datetime):
            values.append((spec.name, value.date()))
        elif isinstance(value, date):
            values.append((spec.name, value))
    return values


def test_nothing_lies_in_the_future(data: SyntheticData) -> None:
    for record in data.records:
        for name, value in past_dates(record):
            assert value <= TODAY, (type(record).__name__, name, value)
    for person in data.of(Person):
        person.check_dates_against(TODAY)


def test_visits_are_recent_local_times_with_people_alive_then(
    data: SyntheticData, persons: dict[uuid.UUID, Person]
) -> None:
    two_years_ago = TODAY - timedelta(days=731)
    families = {f.id: f for f in data.of(FamilyFile)}
    for visit in data.of(Visit):
        assert visit.occurred_at.second == 0
        assert visit.occurred_at.tzinfo is None
        assert two_years_ago <= visit.occurred_at.date() <= TODAY
        family = families[visit.family_id]
        assert family.opened_on <= visit.occurred_at.date() <= (family.closed_on or TODAY)
        day = visit.occurred_at.date()
        for person_id in visit.present_person_ids:
            birth, death = persons[person_id].birth_date, persons[person_id].death_date
            assert birth is None or birth.earliest() <= day
            assert death is None or death.latest() >= day
    for note in data.of(CaseNote):
        assert note.written_at.date() <= (families[note.family_id].closed_on or TODAY)


def test_death_never_precedes_birth(data: SyntheticData) -> None:
    for person in data.of(Person):
        if person.death_date is not None and person.birth_date is not None:
            assert not person.death_date.definitely_before(person.birth_date)


def test_family_files(data: SyntheticData) -> None:
    files = data.of(FamilyFile)
    closed = [f for f in files if f.closed_on is not None]
    assert 0 < len(closed) < 0.3 * len(files)
    assert any("nur mit Sprachmittlung" in f.warnings for f in files)
    assert any("Hund in der Wohnung" in f.warnings for f in files)
    assert all(f.short_description.startswith("Familie ") for f in files)
    assert len({f.responsible for f in files}) > 3
    assert all(f.first_contact_on is not None for f in files)
    tasks = data.of(Task)
    assert any(t.is_overdue_on(TODAY) for t in tasks)
    assert any(t.done_on is not None for t in tasks)
    assert any(t.due_on is not None and t.due_on > TODAY for t in tasks)


# --- Residence, housing, school, work ------------------------------------------------------


def test_residence_histories(data: SyntheticData) -> None:
    statuses = data.of(ResidenceStatus)
    kinds = Counter(s.kind for s in statuses)
    assert set(kinds) == set(ResidenceKind) - {ResidenceKind.OTHER}
    assert kinds[ResidenceKind.TOLERATION] > len(statuses) / 3
    bases = {s.legal_basis for s in statuses if s.kind is ResidenceKind.RESIDENCE_PERMIT}
    assert {"§ 25a AufenthG", "§ 25b AufenthG", "§ 25 Abs. 5 AufenthG", "§ 104c AufenthG"} <= bases
    soon = [
        s
        for s in statuses
        if s.valid_until is not None and TODAY <= s.valid_until <= TODAY + timedelta(weeks=8)
    ]
    assert len(soon) > 0.05 * data.person_count
    assert all(s.issuing_office for s in statuses if s.kind is not ResidenceKind.GERMAN_CITIZEN)
    histories: dict[uuid.UUID, list[ResidenceStatus]] = defaultdict(list)
    for status in statuses:
        histories[status.person_id].append(status)
    starts = []
    for history in histories.values():
        ordered = sorted(history, key=lambda s: s.valid_from or date.min)
        for earlier, later in itertools.pairwise(ordered):
            assert earlier.valid_until is not None
            assert later.valid_from is not None
            assert earlier.valid_until < later.valid_from
        if ordered[0].kind is not ResidenceKind.GERMAN_CITIZEN:
            starts.append(ordered[0].valid_from)
    assert min(s for s in starts if s) >= date(2007, 6, 1)


def test_migration_events(data: SyntheticData) -> None:
    kinds = Counter(e.kind for e in data.of(MigrationEvent))
    assert kinds[MigrationEventKind.ENTRY] > 0.5 * data.person_count
    assert kinds[MigrationEventKind.RE_ENTRY] > 0
    assert kinds[MigrationEventKind.DEPORTATION] > 0
    assert kinds[MigrationEventKind.VOLUNTARY_DEPARTURE] > 0


def test_everyday_life(data: SyntheticData) -> None:
    accommodations = Counter(a.kind for a in data.of(Accommodation))
    assert accommodations[AccommodationKind.MUNICIPAL_REFUGEE] == 4
    assert accommodations[AccommodationKind.HOMELESS_SERVICES] == 2
    assert accommodations[AccommodationKind.PRIVATE_FLAT] > 0.2 * FAMILIES
    households = data.of(Household)
    assert all(h.unit for h in households)
    assert any(h.moved_out is not None for h in households)
    schools = data.of(SchoolAttendance)
    assert len({s.concern for s in schools}) == len(AttendanceConcern)
    assert any(re.fullmatch(r"\d{1,2}[a-d]", s.class_name) for s in schools)
    assert data.of(VocationalTraining)
    employments = data.of(Employment)
    assert any(e.secures_livelihood for e in employments)
    assert all(e.hours_per_week is not None and 0 < e.hours_per_week <= 40 for e in employments)
    benefits = Counter(b.kind for b in data.of(BenefitPeriod))
    assert benefits[BenefitKind.ASYLBLG] > benefits[BenefitKind.SGB_II] > 0
    assert benefits[BenefitKind.CHILD_BENEFIT] > 0


def test_network(data: SyntheticData) -> None:
    actors = data.of(Actor)
    assert {a.kind for a in actors} == set(ActorKind)
    assert all(a.city == "Münster" and a.postcode.startswith("481") for a in actors)
    names = {a.name for a in actors}
    assert {"Hauptschule Coerde", "Uppenbergschule", "GGUA Flüchtlingshilfe"} <= names
    contacts = Counter(c.actor_id for c in data.of(ContactPerson))
    assert all(1 <= contacts[a.id] <= 3 for a in actors)
    assert all(
        m.role is MembershipRole.MEMBER or m.since is None for m in data.of(FamilyMembership)
    )
