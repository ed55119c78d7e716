"""The genogram layout: notation elements, geometry and inconsistent data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

import pytest
from tests.domain.genogram.layout_checks import (
    check_layout,
    count_crossings,
    point_in_polygon,
    segments_cross,
)

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.genogram.layout import layout_genogram
from fallmanager.domain.genogram.model import (
    MARGIN_MM,
    ROW_MM,
    SLOT_MM,
    SYMBOL_MM,
    Connector,
    ConnectorKind,
    GenogramEmotion,
    GenogramInput,
    GenogramLayout,
    GenogramParentLink,
    GenogramPartnership,
    GenogramPerson,
    GenogramTwins,
    LayoutWarningCode,
    LineStyle,
    PartnershipState,
)
from fallmanager.domain.genogram_records import MAX_NUDGE_Y_MM, EmotionalRelationKind
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

HALF = SYMBOL_MM / 2


@dataclass
class Family:
    """A small builder of genogram input with synthetic names."""

    persons: list[GenogramPerson] = field(default_factory=list)
    links: list[GenogramParentLink] = field(default_factory=list)
    partnerships: list[GenogramPartnership] = field(default_factory=list)
    twins: list[GenogramTwins] = field(default_factory=list)
    emotions: list[GenogramEmotion] = field(default_factory=list)

    def person(
        self, name: str, sex: Sex = Sex.FEMALE, born: int | str | None = None, **kw: object
    ) -> uuid.UUID:
        birth = PartialDate.parse(str(born)) if born is not None else None
        p = GenogramPerson(
            uuid.uuid5(uuid.NAMESPACE_URL, name),
            sex,
            name,
            "Muster",
            birth,
            **kw,  # type: ignore[arg-type]
        )
        self.persons.append(p)
        return p.id

    def child(
        self,
        name: str,
        *parents: uuid.UUID,
        born: int | str | None = None,
        sex: Sex = Sex.MALE,
        kind: ParentChildKind = ParentChildKind.BIOLOGICAL,
        **kw: object,
    ) -> uuid.UUID:
        kid = self.person(name, sex, born, **kw)
        for parent in parents:
            self.links.append(GenogramParentLink(parent, kid, kind))
        return kid

    def couple(
        self,
        a: uuid.UUID,
        b: uuid.UUID,
        kind: PartnershipKind = PartnershipKind.MARRIAGE,
        state: PartnershipState = PartnershipState.TOGETHER,
        began: int | None = None,
        ended: int | None = None,
    ) -> uuid.UUID:
        pid = uuid.uuid5(uuid.NAMESPACE_URL, f"couple {a} {b}")
        self.partnerships.append(
            GenogramPartnership(
                pid,
                a,
                b,
                kind,
                state,
                PartialDate(began) if began else None,
                PartialDate(ended) if ended else None,
            )
        )
        return pid

    def input(self, **kw: object) -> GenogramInput:
        return GenogramInput(
            persons=tuple(self.persons),
            parent_links=tuple(self.links),
            partnerships=tuple(self.partnerships),
            twins=tuple(self.twins),
            emotions=tuple(self.emotions),
            **kw,  # type: ignore[arg-type]
        )


def laid_out(data: GenogramInput, *, valid: bool = True) -> GenogramLayout:
    layout = layout_genogram(data)
    check_layout(data, layout, valid=valid)
    return layout


def xy(layout: GenogramLayout, person_id: uuid.UUID) -> tuple[float, float]:
    placed = layout.placed(person_id)
    assert placed is not None
    return placed.x, placed.y


def connectors(layout: GenogramLayout, kind: ConnectorKind, *ids: uuid.UUID) -> list[Connector]:
    return [
        c
        for c in layout.connectors
        if c.kind is kind and (not ids or set(ids) <= set(c.person_ids))
    ]


def one(items: list[Connector]) -> Connector:
    assert len(items) == 1, items
    return items[0]


def codes(layout: GenogramLayout) -> dict[LayoutWarningCode, list[tuple[uuid.UUID, ...]]]:
    result: dict[LayoutWarningCode, list[tuple[uuid.UUID, ...]]] = {}
    for w in layout.warnings:
        result.setdefault(w.code, []).append(w.person_ids)
    return result


def parents_and_children(count: int = 2) -> tuple[Family, uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    f = Family()
    dad = f.person("Vater", Sex.MALE, 1970)
    mum = f.person("Mutter", Sex.FEMALE, 1972)
    f.couple(dad, mum, began=1995)
    kids = [f.child(f"Kind {i}", dad, mum, born=1996 + i) for i in range(count)]
    return f, dad, mum, kids


# --- rows and couples ----------------------------------------------------------------------


def test_partners_stand_side_by_side_and_children_one_row_below() -> None:
    f, dad, mum, kids = parents_and_children(3)
    layout = laid_out(f.input())
    (xd, yd), (xm, ym) = xy(layout, dad), xy(layout, mum)
    assert yd == ym == MARGIN_MM + 1.5 + 2.6 + HALF
    assert xm - xd == pytest.approx(SLOT_MM)  # husband left, wife right, next to each other
    for kid in kids:
        assert xy(layout, kid)[1] == pytest.approx(yd + ROW_MM)
        assert layout.placed(kid).generation == 1  # type: ignore[union-attr]
    # the children are centred below the couple
    xs = [xy(layout, k)[0] for k in kids]
    assert sum(xs) / 3 == pytest.approx((xd + xm) / 2, abs=0.5)
    assert count_crossings(layout) == 0


def test_marriage_is_solid_and_unmarried_partnership_dashed() -> None:
    f = Family()
    a, b = f.person("A", Sex.MALE), f.person("B")
    c, d = f.person("C", Sex.MALE), f.person("D")
    f.couple(a, b, PartnershipKind.MARRIAGE)
    f.couple(c, d, PartnershipKind.UNMARRIED)
    layout = laid_out(f.input())
    married = one(connectors(layout, ConnectorKind.PARTNERSHIP, a, b))
    unmarried = one(connectors(layout, ConnectorKind.PARTNERSHIP, c, d))
    assert married.style is LineStyle.SOLID
    assert unmarried.style is LineStyle.DASHED
    assert married.person_ids == (a, b)
    assert married.slashes == 0 and married.mark_at is None and married.label == ""
    # legs from both bottom centres down to a lane, horizontal between
    (xa, ya), (xb, yb) = xy(layout, a), xy(layout, b)
    p = married.points
    assert p[0] == (xa, ya + HALF) and p[-1] == (xb, yb + HALF)
    assert p[1][1] == p[2][1] > ya + HALF


@pytest.mark.parametrize(
    ("state", "slashes"), [(PartnershipState.SEPARATED, 1), (PartnershipState.DIVORCED, 2)]
)
def test_separation_and_divorce_carry_slashes_and_the_year(
    state: PartnershipState, slashes: int
) -> None:
    f = Family()
    a, b = f.person("A", Sex.MALE), f.person("B")
    f.couple(a, b, state=state, began=1990, ended=2004)
    f.child("K", a, b, born=1992)
    layout = laid_out(f.input())
    line = one(connectors(layout, ConnectorKind.PARTNERSHIP, a, b))
    assert line.slashes == slashes
    assert line.label == "2004"
    assert line.mark_at is not None
    lane_y = line.points[1][1]
    assert line.mark_at[1] == lane_y
    assert xy(layout, a)[0] < line.mark_at[0] < xy(layout, b)[0]
    # the slashes do not sit on the descent line
    descent = one(connectors(layout, ConnectorKind.DESCENT))
    assert descent.points[0][0] != pytest.approx(line.mark_at[0], abs=2)


def test_separation_without_known_end_has_no_year() -> None:
    f = Family()
    a, b = f.person("A", Sex.MALE), f.person("B")
    f.couple(a, b, state=PartnershipState.SEPARATED)
    line = one(connectors(laid_out(f.input()), ConnectorKind.PARTNERSHIP))
    assert (line.slashes, line.label) == (1, "")


def test_several_partners_stand_in_chronological_order_without_crossing() -> None:
    f = Family()
    x = f.person("X", Sex.FEMALE, 1960)
    p_late = f.person("Spät", Sex.MALE, 1958)
    p_first = f.person("Erst", Sex.MALE, 1955)
    p_unknown = f.person("Unbekannt", Sex.MALE, 1959)
    p_second = f.person("Zweit", Sex.MALE, 1957)
    f.couple(x, p_late, began=2010)
    f.couple(x, p_unknown)
    f.couple(x, p_first, began=1980, state=PartnershipState.DIVORCED, ended=1985)
    f.couple(x, p_second, began=1990, state=PartnershipState.SEPARATED)
    kids = {
        p: [f.child(f"K{p}{i}", x, p, born=1981 + 10 * n + i) for i in range(2)]
        for n, p in enumerate((p_first, p_second, p_late))
    }
    layout = laid_out(f.input())
    order = sorted((x, p_first, p_second, p_late, p_unknown), key=lambda i: xy(layout, i)[0])
    assert order == [p_first, x, p_second, p_late, p_unknown]
    lines = connectors(layout, ConnectorKind.PARTNERSHIP)
    assert len({c.points[1][1] for c in lines if c.person_ids[0] == x}) >= 3
    for i, c in enumerate(lines):
        for d in lines[i + 1 :]:
            for a, b in zip(c.points, c.points[1:], strict=False):
                for e, g in zip(d.points, d.points[1:], strict=False):
                    assert not segments_cross(a, b, e, g)
    # each pair of half-siblings hangs from its own parents' couple line
    for partner, children in kids.items():
        descent = one(connectors(layout, ConnectorKind.DESCENT, x, partner))
        lo, hi = sorted((xy(layout, x)[0], xy(layout, partner)[0]))
        assert lo < descent.points[0][0] < hi
        sibship = one(connectors(layout, ConnectorKind.SIBSHIP, *children))
        assert sibship.points[0][1] == descent.points[-1][1]
        for kid in children:
            child_line = one(connectors(layout, ConnectorKind.CHILD, kid))
            assert child_line.points[0][1] == descent.points[-1][1]


def test_half_siblings_hang_under_the_right_couple() -> None:
    f = Family()
    mum = f.person("Mutter", Sex.FEMALE, 1970)
    first = f.person("Erster", Sex.MALE, 1968)
    second = f.person("Zweiter", Sex.MALE, 1969)
    f.couple(mum, first, began=1990, state=PartnershipState.DIVORCED, ended=1996)
    f.couple(mum, second, began=1998)
    older = [f.child(f"Älter {i}", mum, first, born=1991 + i) for i in range(2)]
    younger = [f.child(f"Jünger {i}", mum, second, born=2000 + i) for i in range(2)]
    layout = laid_out(f.input())
    for dad, kids in ((first, older), (second, younger)):
        descent = one(connectors(layout, ConnectorKind.DESCENT, mum, dad))
        assert set(descent.person_ids) == {mum, dad}
        sibship = one(connectors(layout, ConnectorKind.SIBSHIP, *kids))
        assert set(sibship.person_ids) == set(kids)
        assert sibship.points[0][0] <= descent.points[-1][0] <= sibship.points[-1][0]
    assert max(xy(layout, k)[0] for k in older) < min(xy(layout, k)[0] for k in younger)
    assert count_crossings(layout) == 0


def test_fourteen_children_in_birth_order() -> None:
    f, dad, mum, _ = parents_and_children(0)
    births = [
        2001,
        1999,
        "2003-05",
        1998,
        2010,
        "2003-02-01",
        2005,
        2000,
        2012,
        2007,
        2004,
        2009,
        2011,
        2002,
    ]
    kids = [f.child(f"Kind {i}", dad, mum, born=b) for i, b in enumerate(births)]
    layout = laid_out(f.input())
    by_x = sorted(kids, key=lambda k: xy(layout, k)[0])
    by_birth = sorted(kids, key=lambda k: f.persons[[p.id for p in f.persons].index(k)].birth)
    assert by_x == by_birth
    assert {xy(layout, k)[1] for k in kids} == {xy(layout, dad)[1] + ROW_MM}
    sibship = one(connectors(layout, ConnectorKind.SIBSHIP))
    assert sibship.points[0][0] == min(xy(layout, k)[0] for k in kids)
    assert sibship.points[-1][0] == max(xy(layout, k)[0] for k in kids)
    assert not layout.warnings


def test_twins_hang_from_one_point_and_identical_twins_get_a_bar() -> None:
    f, dad, mum, kids = parents_and_children(1)
    t1 = f.child("Zwilling 1", dad, mum, born="2000-03-04")
    t2 = f.child("Zwilling 2", dad, mum, born="2000-03-04")
    t3 = f.child("Zwilling 3", dad, mum, born="2003-01-01")
    t4 = f.child("Zwilling 4", dad, mum, born="2003-01-01")
    f.twins.append(GenogramTwins((t1, t2), identical=True))
    f.twins.append(GenogramTwins((t3, t4), identical=False))
    layout = laid_out(f.input())
    for a, b in ((t1, t2), (t3, t4)):
        la = one(connectors(layout, ConnectorKind.CHILD, a))
        lb = one(connectors(layout, ConnectorKind.CHILD, b))
        assert la.points[0] == lb.points[0]  # one apex
        apex_x = la.points[0][0]
        assert xy(layout, a)[0] < apex_x < xy(layout, b)[0] or xy(layout, b)[0] < apex_x
        assert la.points[1] == (xy(layout, a)[0], xy(layout, a)[1] - HALF)
    bar = one(connectors(layout, ConnectorKind.TWIN_BAR))
    assert set(bar.person_ids) == {t1, t2}
    (bx1, by1), (bx2, by2) = bar.points
    assert by1 == pytest.approx(by2)
    line1 = one(connectors(layout, ConnectorKind.CHILD, t1))
    assert line1.points[0][1] < by1 < line1.points[1][1]
    assert abs(bx2 - bx1) < abs(xy(layout, t2)[0] - xy(layout, t1)[0])
    single = one(connectors(layout, ConnectorKind.CHILD, kids[0]))
    assert single.points[0][0] == single.points[1][0]  # a plain vertical line


@pytest.mark.parametrize(
    ("kind", "style"),
    [
        (ParentChildKind.BIOLOGICAL, LineStyle.SOLID),
        (ParentChildKind.ADOPTIVE, LineStyle.DASHED),
        (ParentChildKind.FOSTER, LineStyle.DOTTED),
        (ParentChildKind.STEP, LineStyle.DOTTED),
    ],
)
def test_child_lines_show_the_kind_of_parenthood(kind: ParentChildKind, style: LineStyle) -> None:
    f, dad, mum, kids = parents_and_children(1)
    other = f.child("Anders", dad, mum, born=2005, kind=kind)
    layout = laid_out(f.input())
    assert one(connectors(layout, ConnectorKind.CHILD, other)).style is style
    assert one(connectors(layout, ConnectorKind.CHILD, kids[0])).style is LineStyle.SOLID
    assert xy(layout, other)[1] > xy(layout, dad)[1]


def test_step_links_are_ignored_when_the_child_has_other_parents() -> None:
    f, dad, mum, _ = parents_and_children(0)
    stepdad = f.person("Stiefvater", Sex.MALE, 1965)
    f.couple(mum, stepdad, began=2010)
    kid = f.child("Kind", dad, mum, born=2000)
    f.links.append(GenogramParentLink(stepdad, kid, ParentChildKind.STEP))
    layout = laid_out(f.input())
    assert set(one(connectors(layout, ConnectorKind.DESCENT)).person_ids) == {dad, mum}
    assert not layout.warnings


def test_a_single_known_parent_has_a_descent_from_the_symbol() -> None:
    f = Family()
    mum = f.person("Mutter", Sex.FEMALE, 1980)
    kids = [f.child(f"Kind {i}", mum, born=2000 + i) for i in range(2)]
    layout = laid_out(f.input())
    descent = one(connectors(layout, ConnectorKind.DESCENT, mum))
    x, y = xy(layout, mum)
    assert descent.points[0] == (x, y + HALF)
    assert abs(descent.points[2][0] - x) >= SLOT_MM / 2  # leaves at the edge of the slot
    assert len(connectors(layout, ConnectorKind.CHILD)) == len(kids)


def test_parents_without_recorded_partnership_are_joined_by_a_dotted_line() -> None:
    f = Family()
    a, b = f.person("A", Sex.MALE, 1970), f.person("B", Sex.FEMALE, 1971)
    f.child("K", a, b, born=2000)
    layout = laid_out(f.input())
    line = one(connectors(layout, ConnectorKind.PARTNERSHIP, a, b))
    assert line.style is LineStyle.DOTTED
    assert abs(xy(layout, a)[0] - xy(layout, b)[0]) == pytest.approx(SLOT_MM)


def test_four_generations_with_a_long_descent_through_a_channel() -> None:
    f = Family()
    gg = [f.person("Urgroßvater", Sex.MALE, 1900), f.person("Urgroßmutter", Sex.FEMALE, 1902)]
    f.couple(*gg)
    g = f.child("Großvater", *gg, born=1925)
    gm = f.person("Großmutter", Sex.FEMALE, 1927)
    f.couple(g, gm)
    sibs = [f.child(f"Tante {i}", g, gm, born=1950 + i) for i in range(3)]
    p = f.child("Vater", g, gm, born=1949)
    m = f.person("Mutter", Sex.FEMALE, 1952)
    f.couple(p, m)
    for s in sibs:
        f.child(f"Cousin von {s}", s, born=1980)
    kids = [f.child(f"Enkel {i}", p, m, born=1975 + i) for i in range(3)]
    # a late child of the great-grandparents' daughter who married into the fourth row
    late = f.child("Spät", *gg, born=1940)
    f.couple(late, kids[0])
    layout = laid_out(f.input())
    assert {layout.placed(k).generation for k in kids} == {3}  # type: ignore[union-attr]
    assert layout.placed(late).generation == 3  # type: ignore[union-attr]
    # one descent per row the children stand in; the one to "late" passes two rows
    descents = connectors(layout, ConnectorKind.DESCENT, *gg)
    assert len(descents) == 2
    deep = max(descents, key=lambda c: c.points[-1][1])
    assert deep.points[-1][1] > xy(layout, g)[1] + ROW_MM
    assert deep.points[-1][1] < xy(layout, late)[1]


# --- household, index person, emotions ----------------------------------------------------


def test_household_boundary_encloses_exactly_the_household() -> None:
    f = Family()
    grandpa = f.person("Opa", Sex.MALE, 1940)
    grandma = f.person("Oma", Sex.FEMALE, 1942)
    f.couple(grandpa, grandma)
    dad = f.child("Vater", grandpa, grandma, born=1965, in_household=True)
    uncle = f.child("Onkel", grandpa, grandma, born=1968)
    mum = f.person("Mutter", Sex.FEMALE, 1970, in_household=True)
    f.couple(dad, mum)
    kids = [f.child(f"Kind {i}", dad, mum, born=1995 + i, in_household=True) for i in range(3)]
    away = f.child("Ausgezogen", dad, mum, born=1990)
    layout = laid_out(f.input(household_label="Wohnung Musterweg", index_person_id=kids[0]))
    h = layout.household
    assert h is not None
    assert h.label == "Wohnung Musterweg"
    assert set(h.person_ids) == {dad, mum, *kids}
    for pid in (dad, mum, *kids):
        assert point_in_polygon(xy(layout, pid), h.points)
    for pid in (grandpa, grandma, uncle, away):
        assert not point_in_polygon(xy(layout, pid), h.points)
    assert point_in_polygon(h.label_at, h.points)
    xs = [x for x, _ in h.points]
    assert h.label_at[0] < min(xs) + 5 or h.label_at[1] < min(y for _, y in h.points) + 5


def test_no_household_no_boundary() -> None:
    f, *_ = parents_and_children(1)
    assert laid_out(f.input()).household is None


def test_index_person_is_flagged() -> None:
    f, _dad, _mum, kids = parents_and_children(2)
    layout = laid_out(f.input(index_person_id=kids[1]))
    assert [p.person.id for p in layout.persons if p.is_index] == [kids[1]]


def test_emotional_relations_are_straight_lines_between_centres() -> None:
    f, dad, mum, kids = parents_and_children(2)
    f.emotions.append(GenogramEmotion(dad, kids[1], EmotionalRelationKind.CONFLICTUAL))
    f.emotions.append(GenogramEmotion(mum, kids[0], EmotionalRelationKind.CLOSE))
    layout = laid_out(f.input())
    lines = connectors(layout, ConnectorKind.EMOTION)
    assert len(lines) == 2
    conflict = one(connectors(layout, ConnectorKind.EMOTION, dad, kids[1]))
    assert conflict.emotion is EmotionalRelationKind.CONFLICTUAL
    assert conflict.points == (xy(layout, dad), xy(layout, kids[1]))


# --- nudges ---------------------------------------------------------------------------------


def test_nudges_move_a_person_and_push_the_neighbours() -> None:
    f, dad, _mum, kids = parents_and_children(4)
    plain = laid_out(f.input())
    nudged = laid_out(f.input(nudges={kids[1]: (25.0, 50.0)}))
    moved = nudged.placed(kids[1])
    before = plain.placed(kids[1])
    assert moved is not None and before is not None
    shift_x = nudged.placed(dad).base_x - plain.placed(dad).x  # type: ignore[union-attr]
    shift_y = nudged.placed(dad).base_y - plain.placed(dad).y  # type: ignore[union-attr]
    # base = the automatic position; the nudge is added, dy clamped
    assert (moved.base_x, moved.base_y) == pytest.approx((before.x + shift_x, before.y + shift_y))
    assert moved.x == pytest.approx(moved.base_x + 25.0)
    assert moved.y == pytest.approx(moved.base_y + MAX_NUDGE_Y_MM)
    # the right neighbour was pushed, the order is kept
    xs = [nudged.placed(k).x for k in kids]  # type: ignore[union-attr]
    assert xs == sorted(xs)
    assert xs[2] - xs[1] >= SLOT_MM - 1e-6
    assert xs[2] > plain.placed(kids[2]).x + shift_x  # type: ignore[union-attr]
    # the child line still ends at the moved symbol's top centre
    line = one(connectors(nudged, ConnectorKind.CHILD, kids[1]))
    assert line.points[-1] == (moved.x, moved.y - HALF)


def test_nudging_to_the_left_pushes_the_left_neighbours_left() -> None:
    f, _dad, _mum, kids = parents_and_children(3)
    layout = laid_out(f.input(nudges={kids[2]: (-80.0, 0.0)}))
    xs = [layout.placed(k).x for k in kids]  # type: ignore[union-attr]
    assert xs == sorted(xs)
    assert layout.placed(kids[2]).x == pytest.approx(layout.placed(kids[2]).base_x - 80.0)  # type: ignore[union-attr]


def test_without_nudges_base_and_position_agree() -> None:
    f, *_ = parents_and_children(3)
    for p in laid_out(f.input()).persons:
        assert (p.x, p.y) == (p.base_x, p.base_y)


# --- crossings ------------------------------------------------------------------------------


def test_two_intermarrying_families_are_drawn_without_crossings() -> None:
    f = Family()
    # written so that the first family in the input and by id order is the "wrong" side
    a1, b1 = (
        f.person("Familie 1 Vater", Sex.MALE, 1940),
        f.person("Familie 1 Mutter", Sex.FEMALE, 1942),
    )
    a2, b2 = (
        f.person("Familie 2 Vater", Sex.MALE, 1941),
        f.person("Familie 2 Mutter", Sex.FEMALE, 1943),
    )
    f.couple(a1, b1)
    f.couple(a2, b2)
    d1 = f.child("Tochter 1", a1, b1, born=1962, sex=Sex.FEMALE)
    c1 = f.child("Sohn 1", a1, b1, born=1965)
    d2 = f.child("Tochter 2", a2, b2, born=1963, sex=Sex.FEMALE)
    c2 = f.child("Sohn 2", a2, b2, born=1966)
    s1 = f.person("Schwiegersohn", Sex.MALE, 1960)
    s2 = f.person("Schwiegertochter", Sex.FEMALE, 1967)
    f.couple(s1, d1)
    f.couple(c2, s2)
    f.couple(c1, d2)  # the two families intermarry
    for parents, name in (((s1, d1), "E1"), ((c1, d2), "E2"), ((c2, s2), "E3")):
        for i in range(2):
            f.child(f"{name} {i}", *parents, born=1990 + i)
    for persons in (f.persons, list(reversed(f.persons))):
        data = replace(f.input(), persons=tuple(persons))
        layout = laid_out(data)
        assert count_crossings(layout) == 0
        assert abs(xy(layout, c1)[0] - xy(layout, d2)[0]) == pytest.approx(SLOT_MM)


# --- inconsistent data ----------------------------------------------------------------------


def test_empty_input() -> None:
    layout = layout_genogram(GenogramInput(persons=()))
    assert layout.persons == () and layout.connectors == () and layout.household is None
    assert (layout.width, layout.height) == (2 * MARGIN_MM, 2 * MARGIN_MM)


def test_persons_without_relations_stand_right_in_the_index_row() -> None:
    f, dad, mum, kids = parents_and_children(2)
    alone = f.person("Allein", Sex.DIVERSE)
    layout = laid_out(f.input(index_person_id=kids[0]))
    assert xy(layout, alone)[1] == xy(layout, kids[0])[1]
    assert xy(layout, alone)[0] > max(xy(layout, p)[0] for p in (dad, mum, *kids))


def test_a_cycle_drops_one_link_and_names_the_persons() -> None:
    f, dad, _mum, kids = parents_and_children(2)
    a = f.person("A", Sex.MALE, 1950)
    b = f.child("B", a, born=1970)
    c = f.child("C", b, born=1990)
    f.links.append(GenogramParentLink(c, a))
    layout = laid_out(f.input(), valid=False)
    assert codes(layout)[LayoutWarningCode.CYCLE] == [tuple(sorted((a, b, c), key=str))]
    ys = sorted(xy(layout, p)[1] for p in (a, b, c))
    assert ys[0] < ys[1] < ys[2]
    assert xy(layout, kids[0])[1] > xy(layout, dad)[1]


def test_someone_their_own_parent_is_a_cycle() -> None:
    f, *_ = parents_and_children(1)
    a = f.person("A")
    f.links.append(GenogramParentLink(a, a))
    layout = laid_out(f.input(), valid=False)
    assert codes(layout)[LayoutWarningCode.CYCLE] == [(a,)]


def test_more_than_two_biological_parents() -> None:
    f, dad, mum, _ = parents_and_children(0)
    third = f.person("Dritter", Sex.MALE, 1969)
    kid = f.child("Kind", dad, mum, third, born=2000)
    layout = laid_out(f.input(), valid=False)
    (ids,) = codes(layout)[LayoutWarningCode.TOO_MANY_PARENTS]
    assert ids[0] == kid and set(ids[1:]) == {dad, mum, third}
    # the partnered couple is kept
    assert set(one(connectors(layout, ConnectorKind.DESCENT)).person_ids) == {dad, mum}
    assert xy(layout, kid)[1] > xy(layout, third)[1] or xy(layout, third)[1] == xy(layout, dad)[1]


def test_relations_naming_unknown_persons_are_skipped() -> None:
    f, dad, mum, kids = parents_and_children(2)
    ghost = uuid.uuid5(uuid.NAMESPACE_URL, "nobody")
    f.links.append(GenogramParentLink(ghost, kids[0]))
    f.partnerships.append(GenogramPartnership(uuid.uuid4(), dad, ghost))
    f.twins.append(GenogramTwins((kids[0], ghost)))
    f.emotions.append(GenogramEmotion(ghost, mum, EmotionalRelationKind.DISTANT))
    layout = laid_out(f.input(), valid=False)
    unknown = codes(layout)[LayoutWarningCode.UNKNOWN_PERSON]
    # the same persons named twice (link and twins) are reported once
    assert len(unknown) == 3
    assert all(ghost in ids for ids in unknown)
    assert {kids[0], dad, mum} <= {i for ids in unknown for i in ids}
    assert len(layout.persons) == 4
    assert len(connectors(layout, ConnectorKind.PARTNERSHIP)) == 1


def test_duplicate_links_and_partnerships_are_drawn_once() -> None:
    f, dad, mum, kids = parents_and_children(1)
    f.links.append(GenogramParentLink(dad, kids[0]))
    f.couple(mum, dad, began=1990)
    layout = laid_out(f.input(), valid=False)
    dups = codes(layout)[LayoutWarningCode.DUPLICATE_LINK]
    assert sorted(map(set, dups), key=len) == [{dad, kids[0]}, {dad, mum}] or len(dups) == 2
    assert len(connectors(layout, ConnectorKind.PARTNERSHIP)) == 1
    assert len(connectors(layout, ConnectorKind.CHILD)) == 1


def test_relations_outside_the_family_are_only_reported() -> None:
    f, _dad, mum, _kids = parents_and_children(1)
    stranger = uuid.uuid5(uuid.NAMESPACE_URL, "other family")
    layout = laid_out(f.input(outside_relations=((mum, stranger),)))
    assert codes(layout)[LayoutWarningCode.OUTSIDE_FAMILY] == [(mum, stranger)]
    assert all(stranger not in c.person_ids for c in layout.connectors)


def test_missing_birth_dates_keep_the_input_order_after_the_dated() -> None:
    f, dad, mum, _ = parents_and_children(0)
    u1 = f.child("Ohne Datum 1", dad, mum)
    d1 = f.child("Datiert", dad, mum, born=2005)
    u2 = f.child("Ohne Datum 2", dad, mum)
    d0 = f.child("Datiert früher", dad, mum, born=2001)
    layout = laid_out(f.input())
    assert sorted((u1, d1, u2, d0), key=lambda k: xy(layout, k)[0]) == [d0, d1, u1, u2]
    assert codes(layout)[LayoutWarningCode.MISSING_BIRTH_DATE] == [tuple(sorted((u1, u2), key=str))]


def test_a_person_partnered_with_their_own_parent() -> None:
    f, _dad, mum, kids = parents_and_children(2)
    f.couple(mum, kids[1])
    grandkid = f.child("Enkel", mum, kids[1], born=2020)
    layout = laid_out(f.input(), valid=False)
    assert codes(layout)[LayoutWarningCode.PARTNER_GENERATIONS] == [
        tuple(sorted((mum, kids[1]), key=str))
    ]
    assert xy(layout, kids[1])[1] > xy(layout, mum)[1]
    assert xy(layout, grandkid)[1] > xy(layout, kids[1])[1]
    line = one(connectors(layout, ConnectorKind.PARTNERSHIP, mum, kids[1]))
    assert line.points[0] == (xy(layout, mum)[0], xy(layout, mum)[1] + HALF)
    assert line.points[-1][1] == xy(layout, kids[1])[1]  # enters the lower symbol's side


def test_self_partnerships_and_self_emotions_are_ignored() -> None:
    f, dad, mum, _kids = parents_and_children(1)
    f.partnerships.append(GenogramPartnership(uuid.uuid4(), dad, dad))
    f.emotions.append(GenogramEmotion(mum, mum, EmotionalRelationKind.CLOSE))
    layout = laid_out(f.input(), valid=False)
    assert len(connectors(layout, ConnectorKind.PARTNERSHIP)) == 1
    assert not connectors(layout, ConnectorKind.EMOTION)


# --- the checker itself -----------------------------------------------------------------------


def test_the_property_checker_catches_broken_layouts() -> None:
    f, _dad, _mum, kids = parents_and_children(2)
    data = f.input()
    layout = layout_genogram(data)
    check_layout(data, layout)
    first, second = layout.persons[0], layout.persons[1]
    overlapping = replace(
        layout, persons=(first, replace(second, x=first.x + 3, y=first.y), *layout.persons[2:])
    )
    with pytest.raises(AssertionError):
        check_layout(data, overlapping)
    through = Connector(ConnectorKind.SIBSHIP, ((first.x - 20, first.y), (first.x + 20, first.y)))
    with pytest.raises(AssertionError):
        check_layout(data, replace(layout, connectors=(*layout.connectors, through)))
    kid = layout.placed(kids[0])
    assert kid is not None
    above = replace(kid, y=first.y - ROW_MM)
    with pytest.raises(AssertionError):
        check_layout(
            data,
            replace(layout, persons=tuple(above if p is kid else p for p in layout.persons)),
        )
