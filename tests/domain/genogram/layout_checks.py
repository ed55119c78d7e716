"""Checks of the guaranteed properties of a genogram layout, and a random family builder."""

from __future__ import annotations

import itertools
import random
import uuid
from collections import defaultdict

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.genogram.model import (
    SLOT_MM,
    SYMBOL_MM,
    ConnectorKind,
    GenogramEmotion,
    GenogramInput,
    GenogramLayout,
    GenogramParentLink,
    GenogramPartnership,
    GenogramPerson,
    GenogramTwins,
    PartnershipState,
    Point,
)
from fallmanager.domain.genogram_records import EmotionalRelationKind
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

EPS = 1e-6
HALF = SYMBOL_MM / 2


# --- geometry ----------------------------------------------------------------------------


def segment_hits_box(a: Point, b: Point, centre: Point, half: float = HALF) -> bool:
    """True if the segment a-b meets the open square around ``centre`` (Liang-Barsky)."""
    x0, y0 = a
    dx, dy = b[0] - a[0], b[1] - a[1]
    left, right = centre[0] - half + EPS, centre[0] + half - EPS
    top, bottom = centre[1] - half + EPS, centre[1] + half - EPS
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Proper crossing: the segments meet in one point inside both (not at an end)."""

    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    o1, o2 = orient(a, b, c), orient(a, b, d)
    o3, o4 = orient(c, d, a), orient(c, d, b)
    return (o1 * o2 < -EPS) and (o3 * o4 < -EPS)


def point_in_polygon(point: Point, polygon: tuple[Point, ...]) -> bool:
    x, y = point
    inside = False
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                inside = not inside
    return inside


def count_crossings(layout: GenogramLayout) -> int:
    """Proper crossings between segments of different drawn lines (emotions left out)."""
    segments = []
    for i, c in enumerate(layout.connectors):
        if c.kind is ConnectorKind.EMOTION:
            continue
        for a, b in zip(c.points, c.points[1:], strict=False):
            segments.append((i, a, b))
    total = 0
    for k, (i, a, b) in enumerate(segments):
        for j, c, d in segments[k + 1 :]:
            if i != j and segments_cross(a, b, c, d):
                total += 1
    return total


# --- the guaranteed properties -------------------------------------------------------------


def check_layout(data: GenogramInput, layout: GenogramLayout, *, valid: bool = True) -> None:
    """Assert every guaranteed property of an automatic (or nudged) layout.

    With ``valid=False`` (inconsistent data) only the geometric properties are checked.
    """
    ids = [p.id for p in data.persons]
    placed = {p.person.id: p for p in layout.persons}
    assert sorted(placed, key=str) == sorted(set(ids), key=str)

    # no overlap: centres at least one slot apart within a row, symbols never meet
    by_row: dict[int, list[float]] = defaultdict(list)
    for p in layout.persons:
        by_row[p.generation].append(p.x)
    for xs in by_row.values():
        xs.sort()
        for a, b in itertools.pairwise(xs):
            assert b - a >= SLOT_MM - EPS, (a, b)
    persons = list(layout.persons)
    for i, p in enumerate(persons):
        for q in persons[i + 1 :]:
            assert abs(p.x - q.x) >= SYMBOL_MM - EPS or abs(p.y - q.y) >= SYMBOL_MM - EPS

    # no line through a symbol (emotional lines are drawn on top and exempt)
    for c in layout.connectors:
        assert len(c.points) >= 2
        if c.kind is ConnectorKind.EMOTION:
            continue
        if c.kind not in (ConnectorKind.CHILD, ConnectorKind.TWIN_BAR):
            for a, b in zip(c.points, c.points[1:], strict=False):
                assert a[0] == b[0] or a[1] == b[1], ("not orthogonal", c)
        for a, b in zip(c.points, c.points[1:], strict=False):
            for p in persons:
                assert not segment_hits_box(a, b, (p.x, p.y)), (c, p.person.given_names)

    if valid:
        check_relations(data, layout)

    # everything inside the drawing
    for p in persons:
        assert SLOT_MM / 2 - EPS <= p.x <= layout.width - SLOT_MM / 2 + EPS
        assert 0 <= p.y - HALF <= layout.height
        assert p.base_x >= -EPS and p.base_y >= -EPS
    for c in layout.connectors:
        for x, y in (*c.points, *((c.mark_at,) if c.mark_at else ())):
            assert -EPS <= x <= layout.width + EPS and -EPS <= y <= layout.height + EPS

    # the household boundary encloses the household and nothing else
    members = {p.id for p in data.persons if p.in_household}
    if not members:
        assert layout.household is None
    else:
        h = layout.household
        assert h is not None
        assert set(h.person_ids) == members
        polygon = h.points
        for a, b in zip(polygon, (*polygon[1:], polygon[0]), strict=True):
            assert a[0] == b[0] or a[1] == b[1]
            for p in persons:
                assert not segment_hits_box(a, b, (p.x, p.y))
        for p in persons:
            inside = point_in_polygon((p.x, p.y), polygon)
            assert inside or p.person.id not in members, ("outside", p.person.given_names)
            assert not inside or p.person.id in members, ("inside", p.person.given_names)
        assert point_in_polygon(h.label_at, polygon)


def check_relations(data: GenogramInput, layout: GenogramLayout) -> None:
    """Children below parents, sibling order, every partnership and child drawn."""
    placed = {p.person.id: p for p in layout.persons}
    for link in data.parent_links:
        if link.parent_id in placed and link.child_id in placed:
            assert placed[link.child_id].y > placed[link.parent_id].y
            assert placed[link.child_id].generation > placed[link.parent_id].generation
    check_birth_order(data, layout)
    pairs = {
        frozenset(c.person_ids) for c in layout.connectors if c.kind is ConnectorKind.PARTNERSHIP
    }
    for p in data.partnerships:
        if p.person_a_id in placed and p.person_b_id in placed and p.person_a_id != p.person_b_id:
            assert frozenset((p.person_a_id, p.person_b_id)) in pairs
    drawn_children = {c.person_ids[0] for c in layout.connectors if c.kind is ConnectorKind.CHILD}
    assert {link.child_id for link in data.parent_links} <= drawn_children


def sibship_key(data: GenogramInput) -> dict[uuid.UUID, frozenset[uuid.UUID]]:
    """The parents a child hangs from: step parents only where no other parent is known
    (otherwise step relations follow from the partnerships)."""
    parents: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    step: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for link in data.parent_links:
        (step if link.kind is ParentChildKind.STEP else parents)[link.child_id].add(link.parent_id)
    children = set(parents) | set(step)
    return {child: frozenset(parents.get(child) or step[child]) for child in children}


def check_birth_order(data: GenogramInput, layout: GenogramLayout) -> None:
    index = {p.id: i for i, p in enumerate(data.persons)}
    sibships: dict[tuple[frozenset[uuid.UUID], int], list] = defaultdict(list)
    for child, ps in sibship_key(data).items():
        placed = layout.placed(child)
        assert placed is not None
        sibships[(ps, placed.generation)].append(placed)
    for kids in sibships.values():
        kids.sort(key=lambda p: p.x)
        keys = [
            (0, p.person.birth.sort_key(), 0)
            if p.person.birth is not None
            else (1, (0, 0, 0), index[p.person.id])
            for p in kids
        ]
        assert keys == sorted(keys), [p.person.given_names for p in kids]


# --- random families -----------------------------------------------------------------------


def random_family(seed: int, size: int, *, nudges: bool = False) -> GenogramInput:
    """A realistic random family forest of about ``size`` persons over up to four generations."""
    rnd = random.Random(seed)
    persons: list[GenogramPerson] = []
    links: list[GenogramParentLink] = []
    partnerships: list[GenogramPartnership] = []
    twins: list[GenogramTwins] = []
    generation: dict[uuid.UUID, int] = {}
    born: dict[uuid.UUID, int] = {}
    ancestors: dict[uuid.UUID, set[uuid.UUID]] = {}

    def new_id() -> uuid.UUID:
        return uuid.UUID(int=rnd.getrandbits(128))

    def person(gen: int, year: int, *, dated: bool = True) -> GenogramPerson:
        sex = rnd.choice([Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.DIVERSE])
        birth = None
        if dated and rnd.random() > 0.12:
            birth = rnd.choice(
                [PartialDate(year), PartialDate(year, rnd.randint(1, 12), rnd.randint(1, 28))]
            )
        p = GenogramPerson(
            id=new_id(),
            sex=sex,
            given_names=f"P{len(persons)}",
            family_name="Muster",
            birth=birth,
        )
        persons.append(p)
        generation[p.id] = gen
        born[p.id] = year
        ancestors[p.id] = set()
        return p

    def partnership(a: uuid.UUID, b: uuid.UUID, year: int) -> None:
        state = rnd.choice(list(PartnershipState))
        partnerships.append(
            GenogramPartnership(
                id=new_id(),
                person_a_id=a,
                person_b_id=b,
                kind=rnd.choice(list(PartnershipKind)),
                state=state,
                began=PartialDate(year) if rnd.random() < 0.8 else None,
                ended=PartialDate(year + 5) if rnd.random() < 0.7 else None,
            )
        )

    def children(parents: list[uuid.UUID], gen: int, year: int) -> None:
        count = rnd.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 14 if rnd.random() < 0.05 else 2])
        kind = rnd.choices(list(ParentChildKind)[:3], weights=[8, 1, 1])[0]
        y = year
        for _ in range(count):
            if len(persons) >= size:
                return
            y += rnd.randint(1, 3)
            kid = person(gen, y)
            for p in parents:
                links.append(GenogramParentLink(p, kid.id, kind))
                ancestors[kid.id] |= {p} | ancestors[p]
            if rnd.random() < 0.08 and len(persons) < size:
                twin = person(gen, y, dated=False)
                twin = GenogramPerson(**{**_fields(twin), "birth": kid.birth})
                persons[-1] = twin
                for p in parents:
                    links.append(GenogramParentLink(p, twin.id, kind))
                    ancestors[twin.id] |= {p} | ancestors[p]
                twins.append(GenogramTwins((kid.id, twin.id), identical=rnd.random() < 0.5))

    founders = rnd.randint(1, 3) + size // 60
    queue: list[GenogramPerson] = []
    for _ in range(founders):
        year = rnd.randint(1930, 1950)
        a = person(0, year)
        queue.append(a)
    while queue and len(persons) < size:
        p = queue.pop(0)
        gen = generation[p.id]
        if gen >= 3:
            continue
        for k in range(rnd.choice([1, 1, 1, 2, 3])):
            if len(persons) >= size:
                break
            year = born[p.id] + 20 + 5 * k
            roll = rnd.random()
            partner: uuid.UUID | None = None
            if roll < 0.1:
                partner = None  # a single parent
            else:
                same = [
                    q.id
                    for q in persons
                    if generation[q.id] == gen
                    and q.id != p.id
                    and not (ancestors[q.id] & ancestors[p.id])
                    and q.id not in ancestors[p.id]
                    and p.id not in ancestors[q.id]
                ]
                if roll < 0.2 and same:
                    partner = rnd.choice(same)
                else:
                    partner = person(gen, born[p.id] + rnd.randint(-5, 5)).id
                if not any({x.person_a_id, x.person_b_id} == {p.id, partner} for x in partnerships):
                    partnership(p.id, partner, year)
            before = len(persons)
            children([p.id] if partner is None else [p.id, partner], gen + 1, year)
            queue.extend(persons[before:])
    emotions = []
    for _ in range(rnd.randint(0, 3)):
        if len(persons) > 1:
            a, b = rnd.sample(persons, 2)
            emotions.append(GenogramEmotion(a.id, b.id, rnd.choice(list(EmotionalRelationKind))))
    # step links: a partner of a parent is now and then recorded as the child's step parent
    for x in list(partnerships):
        for a, b in ((x.person_a_id, x.person_b_id), (x.person_b_id, x.person_a_id)):
            for link in list(links):
                if (
                    link.parent_id == b
                    and link.kind is ParentChildKind.BIOLOGICAL
                    and link.child_id not in ancestors[a]
                    and not any(o.parent_id == a and o.child_id == link.child_id for o in links)
                    and rnd.random() < 0.15
                ):
                    links.append(GenogramParentLink(a, link.child_id, ParentChildKind.STEP))
    # the household: one couple (or single parent) with their children, sometimes more
    persons = [GenogramPerson(**{**_fields(p), "in_household": False}) for p in persons]
    with_kids = sorted({link.parent_id for link in links}, key=str)
    members: set[uuid.UUID] = set()
    if with_kids and rnd.random() < 0.8:
        parent = rnd.choice(with_kids)
        kids = {link.child_id for link in links if link.parent_id == parent}
        partners = {
            x.person_a_id if x.person_b_id == parent else x.person_b_id
            for x in partnerships
            if parent in (x.person_a_id, x.person_b_id)
        }
        members = {parent} | {k for k in kids if rnd.random() < 0.8}
        if partners and rnd.random() < 0.7:
            members.add(rnd.choice(sorted(partners, key=str)))
        if rnd.random() < 0.2:
            members.add(rnd.choice(persons).id)
    persons = [
        GenogramPerson(**{**_fields(p), "in_household": True}) if p.id in members else p
        for p in persons
    ]
    nudge_map: dict[uuid.UUID, Point] = {}
    if nudges:
        for p in rnd.sample(persons, min(len(persons), rnd.randint(0, 6))):
            nudge_map[p.id] = (rnd.uniform(-60, 60), rnd.uniform(-10, 10))
    return GenogramInput(
        persons=tuple(persons),
        parent_links=tuple(links),
        partnerships=tuple(partnerships),
        twins=tuple(twins),
        emotions=tuple(emotions),
        index_person_id=rnd.choice(persons).id if persons and rnd.random() < 0.8 else None,
        household_label="Unterkunft",
        nudges=nudge_map,
    )


def _fields(p: GenogramPerson) -> dict:
    return {name: getattr(p, name) for name in GenogramPerson.__slots__}  # type: ignore[attr-defined]
