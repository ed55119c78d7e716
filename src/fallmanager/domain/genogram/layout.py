"""Automatic genogram layout: persons in rows, connectors as orthogonal polylines (mm).

The layout is a small Sugiyama-style pipeline over the family graph. Every step sorts by
``str(id)`` where the input gives no order, so the same family always gives the same
drawing, whatever order its records arrive in.

1. **Clean the data** (``_clean``). Links, partnerships, twins and emotions naming nobody
   of the input are skipped (``UNKNOWN_PERSON``); repeated links and partnerships are kept
   once (``DUPLICATE_LINK``); relations to persons of another family are only reported
   (``OUTSIDE_FAMILY``). A child hangs from at most two parents: biological parents first,
   then adoptive, then foster ones; further parents are left out (``TOO_MANY_PARENTS``).
   Step links place a child only when it has no other parent (step relations otherwise
   follow from the partnerships). A link that makes someone their own ancestor is dropped
   (``CYCLE``, naming everyone on the cycle).
2. **Rows** (generations). Partners are merged into one group unless one is an ancestor of
   the other (then ``PARTNER_GENERATIONS`` and they stay on their own rows). Groups get the
   longest-path row from the top; groups without parents move down to just above their
   highest child. Persons without any relation stand in the index person's row (or row 0),
   right of everything else. Two parents of one child without a recorded partnership are
   treated as a couple and joined by a dotted couple line.
3. **Order within the rows.** Partners form one contiguous block per row: a person's first
   partner (by ``began``; unknown dates last, then by id) stands on the left, later
   partners follow on the right in chronological order. Descent lines that skip a row get a
   channel (a dummy node) in every row in between. Blocks are ordered by barycentre sweeps
   (down and up, the best of several sweeps by crossing count is kept); children of one
   sibship share one key, so a sibship stays contiguous. Finally siblings are put in birth
   order on the places they occupy (undated siblings after the dated ones, in input order;
   twins with equal birth dates next to each other).
4. **Coordinates.** Each row is a sequence with minimum distances (``SLOT_MM`` between
   persons, less next to channels); positions are pulled towards the centre of a family's
   children, towards the parents' centre, and partners towards each other, and each row is
   solved exactly as an isotonic regression (pool adjacent violators). Row ``r`` has its
   symbol centres at ``MARGIN_MM + TOP_TEXT_MM + SYMBOL_MM / 2 + r * ROW_MM``.
5. **Nudges** are added (``dy`` clamped to ``±MAX_NUDGE_Y_MM``); neighbours in the row are
   pushed aside so that the order is kept and centres stay ``SLOT_MM`` apart. ``base_x`` /
   ``base_y`` are the positions before nudging.
6. **Connectors** are routed from the final positions:

   * Couple line (``PARTNERSHIP``): legs from both partners' bottom centres down to a lane
     just below the lowest symbol of the row, horizontal between. Couple lines of one row
     that overlap horizontally get different lanes (shorter ones nearer the symbols).
     Marriage solid, unmarried partnership dashed, co-parents without a recorded
     partnership dotted. Separated: one slash, divorced: two slashes, at ``mark_at`` on the
     horizontal part, with the year the partnership ended as ``label``.
   * ``DESCENT``: from the couple line at a gap between two slots (never through a
     person's text slot), or from a single parent's bottom along a lane to the edge of its
     slot, down to the corridor above the children's row; through the channels of skipped
     rows with horizontal jogs in the corridors.
   * ``SIBSHIP``: the horizontal line in the corridor just above the children's years;
     several horizontal lines in one corridor get different tracks.
   * ``CHILD``: vertical from the sibship line to the child's top centre (years are written
     left and right of the top centre, so the line crosses no text). Twins standing next to
     each other hang from one apex point with diagonal lines; identical twins get a
     ``TWIN_BAR`` half way down between their lines. Biological: solid, adoptive: dashed,
     foster and step: dotted; a child with parents of different kinds gets the style of
     the least close kind, so an adoption or foster placement is never hidden.
   * Partners who could not share a row: from the upper partner's bottom along a lane to a
     gap, down through channels, then beside the lower partner into the side of its symbol.
   * ``EMOTION``: one straight line between the two symbol centres, drawn on top (the only
     connector that may cross symbols).

7. **Household boundary**: one rectangle per run of neighbouring household members in a
   row (symbol and texts), joined through the corridors (and through gaps of rows in
   between) into one orthogonal polygon, the outline of the union.

Text room around a symbol (renderers follow it): years above the symbol, left and right of
the top centre; the couple lanes right below the symbol; the name below the lanes
(``NAME_TOP_MM`` below the centre leaves room for three lanes).
"""

from __future__ import annotations

import itertools
import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from fallmanager.domain.genogram.model import (
    LANE_FIRST_MM,
    LANE_STEP_MM,
    MARGIN_MM,
    NAME_TOP_MM,
    ROW_MM,
    SLOT_MM,
    SYMBOL_MM,
    YEAR_TEXT_MM,
    Connector,
    ConnectorKind,
    GenogramInput,
    GenogramLayout,
    GenogramPartnership,
    GenogramPerson,
    HouseholdBoundary,
    LayoutWarning,
    LayoutWarningCode,
    LineStyle,
    PartnershipState,
    PlacedPerson,
    Point,
)
from fallmanager.domain.genogram_records import MAX_NUDGE_X_MM, MAX_NUDGE_Y_MM
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

UUID = uuid.UUID
HALF = SYMBOL_MM / 2
#: Room above a symbol for the years.
TOP_TEXT_MM = YEAR_TEXT_MM + 1.5
#: Lowest sibship track above the years of the children's row, and the distance of tracks.
TRACK_FIRST_MM = 2.0
TRACK_STEP_MM = 2.0
#: Room for name and age below the symbol centre.
TEXT_BOTTOM_MM = NAME_TOP_MM + 9.0
#: Half width of a channel for a line crossing a row.
CHANNEL_HALF_MM = 2.0
#: Extra room between unrelated parts of the family.
COMPONENT_GAP_MM = SLOT_MM / 2
#: Spread of several descent lines leaving through one gap.
DESCENT_SPREAD_MM = 2.5

_KIND_RANK = {
    ParentChildKind.BIOLOGICAL: 0,
    ParentChildKind.ADOPTIVE: 1,
    ParentChildKind.FOSTER: 2,
    ParentChildKind.STEP: 3,
}
_KIND_STYLE = {
    ParentChildKind.BIOLOGICAL: LineStyle.SOLID,
    ParentChildKind.ADOPTIVE: LineStyle.DASHED,
    ParentChildKind.FOSTER: LineStyle.DOTTED,
    ParentChildKind.STEP: LineStyle.DOTTED,
}
_SWEEPS = 4
_COORDINATE_PASSES = 12


def row_y(row: int) -> float:
    """Centre of the symbols of row ``row`` before nudging."""
    return MARGIN_MM + TOP_TEXT_MM + HALF + row * ROW_MM


def _sid(person_id: UUID) -> str:
    return str(person_id)


# --- 1. cleaning ------------------------------------------------------------------------


@dataclass(slots=True)
class _Couple:
    """Two persons drawn as a couple: a recorded partnership or two parents of one child."""

    a: UUID
    b: UUID
    partnership: GenogramPartnership | None

    @property
    def key(self) -> tuple[str, str]:
        return tuple(sorted((_sid(self.a), _sid(self.b))))  # type: ignore[return-value]


@dataclass(slots=True)
class _Family:
    """The children of one parent set (one or two parents)."""

    parents: tuple[UUID, ...]
    children: list[UUID] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(_sid(p) for p in self.parents)


@dataclass(slots=True)
class _Clean:
    persons: dict[UUID, GenogramPerson]
    input_index: dict[UUID, int]
    #: child -> (parent, kind) of the links that place and draw it.
    parents: dict[UUID, list[tuple[UUID, ParentChildKind]]]
    couples: list[_Couple]
    twins: list[tuple[UUID, UUID, bool]]
    emotions: list[tuple[UUID, UUID, object]]
    warnings: set[tuple[LayoutWarningCode, tuple[UUID, ...]]]


def _warn(
    warnings: set[tuple[LayoutWarningCode, tuple[UUID, ...]]],
    code: LayoutWarningCode,
    ids: Iterable[UUID],
    *,
    keep_order: bool = False,
) -> None:
    unique = list(dict.fromkeys(ids))
    if not keep_order:
        unique.sort(key=_sid)
    warnings.add((code, tuple(unique)))


def _began_key(p: GenogramPartnership) -> tuple[int, tuple[int, int, int], str]:
    if p.began is None:
        return (1, (0, 0, 0), _sid(p.id))
    return (0, p.began.sort_key(), _sid(p.id))


def _clean(data: GenogramInput) -> _Clean:
    warnings: set[tuple[LayoutWarningCode, tuple[UUID, ...]]] = set()
    persons: dict[UUID, GenogramPerson] = {}
    input_index: dict[UUID, int] = {}
    for i, person in enumerate(data.persons):
        if person.id not in persons:
            persons[person.id] = person
            input_index[person.id] = i

    for member, other in data.outside_relations:
        _warn(warnings, LayoutWarningCode.OUTSIDE_FAMILY, (member, other), keep_order=True)

    # parent links: unknown persons, self links, duplicates
    by_pair: dict[tuple[UUID, UUID], ParentChildKind] = {}
    for link in data.parent_links:
        if link.parent_id not in persons or link.child_id not in persons:
            _warn(warnings, LayoutWarningCode.UNKNOWN_PERSON, (link.parent_id, link.child_id))
            continue
        if link.parent_id == link.child_id:
            _warn(warnings, LayoutWarningCode.CYCLE, (link.child_id,))
            continue
        pair = (link.parent_id, link.child_id)
        if pair in by_pair:
            _warn(warnings, LayoutWarningCode.DUPLICATE_LINK, pair)
            if _KIND_RANK[link.kind] < _KIND_RANK[by_pair[pair]]:
                by_pair[pair] = link.kind
            continue
        by_pair[pair] = link.kind

    partnerships: dict[tuple[str, str], GenogramPartnership] = {}
    for p in data.partnerships:
        if p.person_a_id not in persons or p.person_b_id not in persons:
            _warn(warnings, LayoutWarningCode.UNKNOWN_PERSON, (p.person_a_id, p.person_b_id))
            continue
        if p.person_a_id == p.person_b_id:
            continue
        key = tuple(sorted((_sid(p.person_a_id), _sid(p.person_b_id))))
        previous = partnerships.get(key)  # type: ignore[arg-type]
        if previous is not None:
            _warn(warnings, LayoutWarningCode.DUPLICATE_LINK, (p.person_a_id, p.person_b_id))
            if _began_key(p) >= _began_key(previous):
                continue
        partnerships[key] = p  # type: ignore[index]
    partnered = set(partnerships)

    # choose at most two parents per child
    candidates: dict[UUID, list[tuple[UUID, ParentChildKind]]] = defaultdict(list)
    for (parent, child), kind in by_pair.items():
        candidates[child].append((parent, kind))
    parents: dict[UUID, list[tuple[UUID, ParentChildKind]]] = {}
    for child in sorted(candidates, key=_sid):
        links = sorted(candidates[child], key=lambda pk: (_KIND_RANK[pk[1]], _sid(pk[0])))
        non_step = [pk for pk in links if pk[1] is not ParentChildKind.STEP]
        usable = non_step or links
        chosen = usable[:2]
        biological = [pk for pk in usable if pk[1] is ParentChildKind.BIOLOGICAL]
        if len(biological) > 2:
            # prefer two biological parents who are partners
            partners = next(
                (
                    (x, y)
                    for i, x in enumerate(biological)
                    for y in biological[i + 1 :]
                    if tuple(sorted((_sid(x[0]), _sid(y[0])))) in partnered
                ),
                None,
            )
            chosen = list(partners) if partners else biological[:2]
        if len(usable) > 2:
            _warn(
                warnings,
                LayoutWarningCode.TOO_MANY_PARENTS,
                [child, *sorted((pk[0] for pk in usable), key=_sid)],
                keep_order=True,
            )
        parents[child] = sorted(chosen, key=lambda pk: _sid(pk[0]))

    _break_cycles(parents, warnings)

    couples: list[_Couple] = [
        _Couple(p.person_a_id, p.person_b_id, p)
        for _, p in sorted(partnerships.items(), key=lambda kv: _began_key(kv[1]))
    ]
    known = set(partnerships)
    for child in sorted(parents, key=_sid):
        ps = parents[child]
        if len(ps) == 2:
            key = tuple(sorted((_sid(ps[0][0]), _sid(ps[1][0]))))
            if key not in known:
                known.add(key)  # type: ignore[arg-type]
                couples.append(_Couple(ps[0][0], ps[1][0], None))

    twins: list[tuple[UUID, UUID, bool]] = []
    seen_twins: set[tuple[str, str]] = set()
    for group in data.twins:
        missing = [i for i in group.person_ids if i not in persons]
        if missing:
            _warn(warnings, LayoutWarningCode.UNKNOWN_PERSON, group.person_ids)
        members = sorted({i for i in group.person_ids if i in persons}, key=_sid)
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if (_sid(x), _sid(y)) not in seen_twins:
                    seen_twins.add((_sid(x), _sid(y)))
                    twins.append((x, y, group.identical))
                elif group.identical:
                    twins = [(a, b, ident or (a, b) == (x, y)) for a, b, ident in twins]
    twins.sort(key=lambda t: (_sid(t[0]), _sid(t[1])))

    emotions: list[tuple[UUID, UUID, object]] = []
    for e in data.emotions:
        if e.person_a_id not in persons or e.person_b_id not in persons:
            _warn(warnings, LayoutWarningCode.UNKNOWN_PERSON, (e.person_a_id, e.person_b_id))
            continue
        if e.person_a_id != e.person_b_id:
            emotions.append((e.person_a_id, e.person_b_id, e.kind))
    emotions.sort(key=lambda e: (_sid(e[0]), _sid(e[1]), str(e[2])))

    return _Clean(persons, input_index, parents, couples, twins, emotions, warnings)


def _break_cycles(
    parents: dict[UUID, list[tuple[UUID, ParentChildKind]]],
    warnings: set[tuple[LayoutWarningCode, tuple[UUID, ...]]],
) -> None:
    """Drop parent links until nobody is their own ancestor (deterministic DFS)."""
    children: dict[UUID, list[UUID]] = defaultdict(list)
    for child, ps in parents.items():
        for parent, _ in ps:
            children[parent].append(child)
    for lst in children.values():
        lst.sort(key=_sid)
    nodes = sorted(set(children) | set(parents), key=_sid)
    state: dict[UUID, int] = {}  # 1 on stack, 2 done
    removed: set[tuple[UUID, UUID]] = set()
    for root in nodes:
        if root in state:
            continue
        stack: list[tuple[UUID, int]] = [(root, 0)]
        path: list[UUID] = [root]
        state[root] = 1
        while stack:
            node, i = stack[-1]
            kids = children.get(node, [])
            if i >= len(kids):
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            stack[-1] = (node, i + 1)
            kid = kids[i]
            if (node, kid) in removed:
                continue
            s = state.get(kid)
            if s == 1:
                cycle = path[path.index(kid) :]
                _warn(warnings, LayoutWarningCode.CYCLE, cycle)
                removed.add((node, kid))
            elif s is None:
                state[kid] = 1
                stack.append((kid, 0))
                path.append(kid)
    for parent, child in removed:
        parents[child] = [pk for pk in parents[child] if pk[0] != parent]
        if not parents[child]:
            del parents[child]


# --- 2. rows -------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, items: Iterable[UUID]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: UUID) -> UUID:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: UUID, b: UUID) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if _sid(ra) < _sid(rb):
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb


def _assign_rows(
    clean: _Clean, index_id: UUID | None
) -> tuple[dict[UUID, int], set[tuple[str, str]]]:
    """Row per person, and the couples that could not share a row."""
    persons = sorted(clean.persons, key=_sid)
    uf = _UnionFind(persons)
    edges = [(p, c) for c, ps in clean.parents.items() for p, _ in ps]
    split: set[tuple[str, str]] = set()

    children_of: dict[UUID, list[UUID]] = defaultdict(list)
    for p, c in edges:
        children_of[p].append(c)
    group_members: dict[UUID, list[UUID]] = {p: [p] for p in persons}

    def reaches(src: UUID, dst: UUID) -> bool:
        # group-level reachability along parent -> child (partners share a group)
        seen = {src}
        todo = list(group_members[src])
        while todo:
            person = todo.pop()
            for child in children_of.get(person, ()):
                g = uf.find(child)
                if g == dst:
                    return True
                if g not in seen:
                    seen.add(g)
                    todo.extend(group_members[g])
        return False

    for couple in clean.couples:
        ga, gb = uf.find(couple.a), uf.find(couple.b)
        if ga == gb:
            continue
        if reaches(ga, gb) or reaches(gb, ga):
            split.add(couple.key)
            continue
        uf.union(couple.a, couple.b)
        root = uf.find(couple.a)
        merged = group_members.pop(ga) + group_members.pop(gb)
        group_members[root] = merged

    groups = sorted({uf.find(p) for p in persons}, key=_sid)
    down: dict[UUID, set[UUID]] = defaultdict(set)
    up: dict[UUID, set[UUID]] = defaultdict(set)
    for p, c in edges:
        gp, gc = uf.find(p), uf.find(c)
        if gp != gc:
            down[gp].add(gc)
            up[gc].add(gp)
    # topological order (Kahn, sorted for determinism)
    indeg = {g: len(up[g]) for g in groups}
    ready = sorted((g for g in groups if indeg[g] == 0), key=_sid)
    topo: list[UUID] = []
    while ready:
        g = ready.pop(0)
        topo.append(g)
        for n in sorted(down[g], key=_sid):
            indeg[n] -= 1
            if indeg[n] == 0:
                ready.append(n)
        ready.sort(key=_sid)
    for g in groups:  # unreachable only if a cycle survived (cannot happen); be safe
        if g not in topo:
            topo.append(g)
    row: dict[UUID, int] = {}
    for g in topo:
        row[g] = max((row[p] + 1 for p in up[g] if p in row), default=0)
    for g in reversed(topo):
        if not up[g] and down[g]:
            row[g] = min(row[c] for c in down[g]) - 1
    has_relation = {p for e in edges for p in e}
    for couple in clean.couples:
        has_relation.update((couple.a, couple.b))
    result = {p: row[uf.find(p)] for p in persons}
    if result:
        low = min(result[p] for p in persons if p in has_relation) if has_relation else 0
        result = {p: r - low for p, r in result.items()}
    lonely_row = 0
    if index_id is not None and index_id in has_relation:
        lonely_row = result[index_id]
    for p in persons:
        if p not in has_relation:
            result[p] = lonely_row
    return result, split


# --- 3. nodes and order ------------------------------------------------------------------


@dataclass(slots=True)
class _Node:
    index: int
    row: int
    person: UUID | None
    half: float
    component: int
    key: str
    x: float = 0.0


@dataclass(slots=True)
class _Bundle:
    """Upper nodes (one row) joined to lower nodes (next row): the ordering/coord edges."""

    upper: list[int]
    lower: list[int]


@dataclass(slots=True)
class _Segment:
    """The children of one family in one row, with the channel nodes above them."""

    family: _Family
    origin: list[UUID]  # the parent(s) the descent starts from
    row: int
    children: list[UUID]
    channels: list[int] = field(default_factory=list)  # node indices, top to bottom


@dataclass(slots=True)
class _CrossCouple:
    couple: _Couple
    upper: UUID
    lower: UUID
    channels: list[int] = field(default_factory=list)


def _birth_key(person: GenogramPerson, input_index: int) -> tuple[int, tuple[int, int, int], int]:
    if person.birth is None:
        return (1, (0, 0, 0), input_index)
    return (0, person.birth.sort_key(), 0)


class _Layout:
    """The state of one layout run."""

    def __init__(self, data: GenogramInput) -> None:
        self.data = data
        self.clean = _clean(data)
        self.warnings = self.clean.warnings
        self.rows, split = _assign_rows(self.clean, data.index_person_id)
        for couple in self.clean.couples:
            if couple.key in split:
                _warn(self.warnings, LayoutWarningCode.PARTNER_GENERATIONS, (couple.a, couple.b))

    # -- structure -------------------------------------------------------------------------

    def build(self) -> None:
        clean = self.clean
        persons = clean.persons
        # twins: union-find for groups, for sibling keys
        twin_uf = _UnionFind(persons)
        for a, b, _ in clean.twins:
            twin_uf.union(a, b)
        self.twin_root = {p: twin_uf.find(p) for p in persons}

        families: dict[tuple[str, ...], _Family] = {}
        self.child_style: dict[UUID, LineStyle] = {}
        for child in sorted(clean.parents, key=_sid):
            ps = clean.parents[child]
            parent_ids = tuple(p for p, _ in ps)
            fam = families.setdefault(tuple(_sid(p) for p in parent_ids), _Family(parent_ids))
            fam.children.append(child)
            worst = max((k for _, k in ps), key=lambda k: _KIND_RANK[k])
            self.child_style[child] = _KIND_STYLE[worst]
        for fam in families.values():
            fam.children.sort(key=self.sibling_key)
        self.families = [families[k] for k in sorted(families)]

        undated_warn: list[UUID] = []
        for fam in self.families:
            if len(fam.children) > 1:
                undated = [c for c in fam.children if persons[c].birth is None]
                if undated:
                    _warn(self.warnings, LayoutWarningCode.MISSING_BIRTH_DATE, undated)
                    undated_warn.extend(undated)

        # components
        comp_uf = _UnionFind(persons)
        for child, ps in clean.parents.items():
            for p, _ in ps:
                comp_uf.union(p, child)
        for couple in clean.couples:
            comp_uf.union(couple.a, couple.b)
        members: dict[UUID, list[UUID]] = defaultdict(list)
        for p in persons:
            members[comp_uf.find(p)].append(p)
        index_id = self.data.index_person_id
        index_root = comp_uf.find(index_id) if index_id in persons else None

        def comp_key(root: UUID) -> tuple[int, int, int, str]:
            size = len(members[root])
            return (
                size == 1,
                root != index_root,
                -size,
                min(_sid(p) for p in members[root]),
            )

        comp_order = sorted(members, key=comp_key)
        self.component = {p: i for i, root in enumerate(comp_order) for p in members[root]}

        # nodes
        self.nodes: list[_Node] = []
        self.node_of: dict[UUID, int] = {}
        for p in sorted(persons, key=_sid):
            self.node_of[p] = self._add_node(
                self.rows[p], p, SLOT_MM / 2, self.component[p], _sid(p)
            )
        self.bundles: list[_Bundle] = []
        self.segments: list[_Segment] = []
        for fam in self.families:
            by_row: dict[int, list[UUID]] = defaultdict(list)
            for c in fam.children:
                by_row[self.rows[c]].append(c)
            parent_rows = [self.rows[p] for p in fam.parents]
            if len(fam.parents) == 2 and parent_rows[0] == parent_rows[1]:
                origin = list(fam.parents)
            else:
                origin = [max(fam.parents, key=lambda p: (self.rows[p], _sid(p)))]
            origin_row = self.rows[origin[0]]
            for r in sorted(by_row):
                seg = _Segment(fam, origin, r, by_row[r])
                upper = [self.node_of[p] for p in origin]
                comp = self.component[origin[0]]
                for k in range(origin_row + 1, r):
                    d = self._add_node(k, None, CHANNEL_HALF_MM, comp, f"~{fam.key}{r}:{k}")
                    seg.channels.append(d)
                    self.bundles.append(_Bundle(upper, [d]))
                    upper = [d]
                self.bundles.append(_Bundle(upper, [self.node_of[c] for c in seg.children]))
                self.segments.append(seg)

        # couples: same-row partners and partners on different rows
        self.same_row: list[_Couple] = []
        self.cross: list[_CrossCouple] = []
        self.partners_of: dict[UUID, list[UUID]] = defaultdict(list)
        for couple in self.clean.couples:
            ra, rb = self.rows[couple.a], self.rows[couple.b]
            if ra == rb:
                self.same_row.append(couple)
                self.partners_of[couple.a].append(couple.b)
                self.partners_of[couple.b].append(couple.a)
                continue
            top, bottom = (couple.a, couple.b) if ra < rb else (couple.b, couple.a)
            cc = _CrossCouple(couple, top, bottom)
            prev = [self.node_of[top]]
            for k in range(self.rows[top] + 1, self.rows[bottom]):
                d = self._add_node(
                    k, None, CHANNEL_HALF_MM, self.component[top], f"~{couple.key}:{k}"
                )
                cc.channels.append(d)
                self.bundles.append(_Bundle(prev, [d]))
                prev = [d]
            self.bundles.append(_Bundle(prev, [self.node_of[bottom]]))
            self.cross.append(cc)

        self.n_rows = max((n.row for n in self.nodes), default=-1) + 1
        self.up: dict[int, list[_Bundle]] = defaultdict(list)
        self.down: dict[int, list[_Bundle]] = defaultdict(list)
        for bundle in self.bundles:
            for n in bundle.lower:
                self.up[n].append(bundle)
            for n in bundle.upper:
                self.down[n].append(bundle)
        # sibling rank of each child within its family
        self.sibling_rank: dict[UUID, int] = {}
        self.family_of: dict[UUID, _Family] = {}
        for fam in self.families:
            for i, c in enumerate(fam.children):
                self.sibling_rank[c] = i
                self.family_of[c] = fam

    def _add_node(self, row: int, person: UUID | None, half: float, comp: int, key: str) -> int:
        node = _Node(len(self.nodes), row, person, half, comp, key)
        self.nodes.append(node)
        return node.index

    def sibling_key(self, child: UUID) -> tuple[object, ...]:
        person = self.clean.persons[child]
        birth = _birth_key(person, self.clean.input_index[child])
        return (birth, _sid(self.twin_root[child]), _sid(child))

    # -- atoms (partner blocks) ------------------------------------------------------------

    def atoms(self) -> dict[int, list[list[int]]]:
        """Per row the blocks of partners, each a list of node indices in drawing order."""
        partnership_order: dict[UUID, list[UUID]] = {}
        begun = {
            c.key: (_began_key(c.partnership) if c.partnership else (2, (0, 0, 0), ""))
            for c in self.same_row
        }
        for p, partners in self.partners_of.items():
            partnership_order[p] = sorted(
                partners,
                key=lambda q: (begun[tuple(sorted((_sid(p), _sid(q))))], _sid(q)),  # type: ignore[index]
            )
        uf = _UnionFind(self.clean.persons)
        for c in self.same_row:
            uf.union(c.a, c.b)
        groups: dict[UUID, list[UUID]] = defaultdict(list)
        for p in sorted(self.clean.persons, key=_sid):
            groups[uf.find(p)].append(p)
        result: dict[int, list[list[int]]] = defaultdict(list)
        for root in sorted(groups, key=_sid):
            members = groups[root]
            order = self._linearise(members, partnership_order)
            result[self.rows[root]].append([self.node_of[p] for p in order])
        for node in self.nodes:
            if node.person is None:
                result[node.row].append([node.index])
        return result

    def _linearise(self, members: list[UUID], order_of: dict[UUID, list[UUID]]) -> list[UUID]:
        if len(members) == 1:
            return members
        persons = self.clean.persons
        if len(members) == 2:
            a, b = members
            if persons[a].sex is Sex.FEMALE and persons[b].sex is Sex.MALE:
                return [b, a]
            if persons[b].sex is Sex.FEMALE and persons[a].sex is Sex.MALE:
                return [a, b]
            return sorted(members, key=_sid)
        hub = min(members, key=lambda p: (-len(order_of.get(p, [])), _sid(p)))
        new = order_of.get(hub, [])
        order = [*new[:1], hub, *new[1:]]
        placed = set(order)
        side = {hub: 0}
        for q in new[:1]:
            side[q] = -1
        for q in new[1:]:
            side[q] = 1
        queue = list(order)
        while queue:
            p = queue.pop(0)
            fresh = [q for q in order_of.get(p, []) if q not in placed]
            if not fresh:
                continue
            i = order.index(p)
            s = side[p] or 1
            if s < 0:
                order[i:i] = fresh
            else:
                order[i + 1 : i + 1] = fresh
            for q in fresh:
                placed.add(q)
                side[q] = s
                queue.append(q)
        for p in sorted(members, key=_sid):  # not reachable via partners (cannot happen)
            if p not in placed:
                order.append(p)
        return order

    # -- ordering --------------------------------------------------------------------------

    def order(self) -> None:
        atoms = self.atoms()
        rows: list[list[list[int]]] = [
            sorted(
                atoms.get(r, []), key=lambda a: (self.nodes[a[0]].component, self.nodes[a[0]].key)
            )
            for r in range(self.n_rows)
        ]
        pos: dict[int, float] = {}

        def flatten(r: int) -> list[int]:
            return [n for atom in rows[r] for n in atom]

        def set_pos(r: int) -> None:
            flat = flatten(r)
            for i, n in enumerate(flat):
                pos[n] = (i + 0.5) / len(flat)

        for r in range(self.n_rows):
            set_pos(r)

        def mean(values: Sequence[float]) -> float:
            return sum(values) / len(values)

        def sweep(r: int, downward: bool) -> None:
            keyed = []
            for i, atom in enumerate(rows[r]):
                vals = []
                rank = 0
                for n in atom:
                    bundles = self.up[n] if downward else self.down[n]
                    for b in bundles:
                        other = b.upper if downward else b.lower
                        vals.append(mean([pos[o] for o in other]))
                    person = self.nodes[n].person
                    if downward and person is not None and person in self.sibling_rank:
                        rank = max(rank, self.sibling_rank[person])
                bc = mean(vals) if vals else mean([pos[n] for n in atom])
                keyed.append(((self.nodes[atom[0]].component, bc, rank, i), atom))
            keyed.sort(key=lambda ka: ka[0])
            rows[r] = [a for _, a in keyed]
            if downward:
                self._orient_pairs(rows[r], pos)
            set_pos(r)

        best: list[list[int]] | None = None
        best_crossings = -1
        for it in range(_SWEEPS * 2 + 1):
            downward = it % 2 == 0
            sequence = range(1, self.n_rows) if downward else range(self.n_rows - 2, -1, -1)
            if it == 0:
                sequence = range(self.n_rows)
            for r in sequence:
                sweep(r, downward)
            if downward:
                flat = [self._birth_order(flatten(r)) for r in range(self.n_rows)]
                crossings = self._crossings(flat)
                if best is None or crossings < best_crossings:
                    best, best_crossings = flat, crossings
                if crossings == 0:
                    break
        self.row_nodes: list[list[int]] = best or []

    def _orient_pairs(self, atoms: list[list[int]], pos: dict[int, float]) -> None:
        for atom in atoms:
            if len(atom) != 2:
                continue
            a, b = atom
            anchors = []
            for n in atom:
                vals = [sum(pos[o] for o in bd.upper) / len(bd.upper) for bd in self.up[n]]
                anchors.append(sum(vals) / len(vals) if vals else None)
            if anchors[0] is not None and anchors[1] is not None:
                if anchors[0] > anchors[1]:
                    atom.reverse()
            elif anchors[0] is not None or anchors[1] is not None:
                child = a if anchors[0] is not None else b
                person = self.nodes[child].person
                fam = self.family_of.get(person) if person else None
                if fam is None or len(fam.children) < 2:
                    continue
                early = self.sibling_rank[person] < (len(fam.children) - 1) / 2  # type: ignore[index]
                # the partner stands on the side away from the siblings
                want = (
                    [child, b if child == a else a]
                    if not early
                    else [b if child == a else a, child]
                )
                atom[:] = want

    def _birth_order(self, flat: list[int]) -> list[int]:
        flat = list(flat)
        index = {n: i for i, n in enumerate(flat)}
        for seg in self.segments:
            nodes = [self.node_of[c] for c in seg.children]
            nodes = [n for n in nodes if n in index]
            if len(nodes) < 2:
                continue
            slots = sorted(index[n] for n in nodes)
            ordered = sorted(nodes, key=lambda n: self.sibling_key(self.nodes[n].person))  # type: ignore[arg-type]
            for slot, n in zip(slots, ordered, strict=True):
                flat[slot] = n
                index[n] = slot
        return flat

    def _crossings(self, flat: list[list[int]]) -> int:
        position = {n: i for row in flat for i, n in enumerate(row)}
        total = 0
        by_row: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for b in self.bundles:
            for u in b.upper:
                for lo in b.lower:
                    by_row[self.nodes[u].row].append((position[u], position[lo]))
        for edges in by_row.values():
            edges.sort()
            total += _inversions([lo for _, lo in edges])
        return total

    # -- coordinates -----------------------------------------------------------------------

    def coordinates(self) -> None:
        nodes = self.nodes
        for row in self.row_nodes:
            x = 0.0
            prev: _Node | None = None
            for n in row:
                node = nodes[n]
                if prev is not None:
                    x += self._gap(prev, node)
                node.x = x
                prev = node
        partner_pairs: dict[int, list[int]] = defaultdict(list)
        for c in self.same_row:
            a, b = self.node_of[c.a], self.node_of[c.b]
            partner_pairs[a].append(b)
            partner_pairs[b].append(a)
        position = {n: i for row in self.row_nodes for i, n in enumerate(row)}

        def targets(n: int) -> float:
            node = nodes[n]
            total = 0.0
            weight = 0.0
            for b in self.up[n]:
                shift = _mean_x(nodes, b.upper) - _mean_x(nodes, b.lower)
                total += node.x + shift
                weight += 1.0
            for b in self.down[n]:
                shift = _mean_x(nodes, b.lower) - _mean_x(nodes, b.upper)
                total += node.x + shift
                weight += 1.0
            for other in partner_pairs.get(n, ()):
                side = -1.0 if position[n] < position[other] else 1.0
                total += nodes[other].x + side * SLOT_MM
                weight += 1.0
            if weight == 0:
                return node.x
            return total / weight

        for it in range(_COORDINATE_PASSES):
            order = range(len(self.row_nodes))
            if it % 2:
                order = range(len(self.row_nodes) - 1, -1, -1)
            for r in order:
                row = self.row_nodes[r]
                if not row:
                    continue
                desired = [targets(n) for n in row]
                gaps = [self._gap(nodes[a], nodes[b]) for a, b in itertools.pairwise(row)]
                weights = [1.0 if nodes[n].person is not None else 0.5 for n in row]
                solved = _isotonic(desired, weights, gaps)
                for n, x in zip(row, solved, strict=True):
                    nodes[n].x = x

    def _gap(self, left: _Node, right: _Node) -> float:
        gap = left.half + right.half
        if left.component != right.component:
            gap += COMPONENT_GAP_MM
        return gap

    # -- nudges ----------------------------------------------------------------------------

    def nudge(self) -> dict[UUID, tuple[float, float]]:
        """Apply the nudges; return the base positions (before nudging) per person."""
        nodes = self.nodes
        base: dict[UUID, tuple[float, float]] = {
            node.person: (node.x, row_y(node.row)) for node in nodes if node.person is not None
        }
        self.y: dict[int, float] = {n.index: row_y(n.row) for n in nodes}
        nudged: set[int] = set()
        for pid in sorted(self.data.nudges, key=_sid):
            if pid not in self.node_of:
                continue
            dx, dy = self.data.nudges[pid]
            dx = _finite(dx, MAX_NUDGE_X_MM)
            dy = _finite(dy, MAX_NUDGE_Y_MM)
            n = self.node_of[pid]
            if dx == 0 and dy == 0:
                continue
            nodes[n].x += dx
            self.y[n] += dy
            nudged.add(n)
        if nudged:
            for row in self.row_nodes:
                for i in range(len(row) - 2, -1, -1):
                    left, right = nodes[row[i]], nodes[row[i + 1]]
                    if row[i] not in nudged and left.x > right.x - self._gap(left, right):
                        left.x = right.x - self._gap(left, right)
                for i in range(1, len(row)):
                    left, right = nodes[row[i - 1]], nodes[row[i]]
                    right.x = max(right.x, left.x + self._gap(left, right))
        return base


def _finite(value: float, limit: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return 0.0
    if math.isnan(v):
        return 0.0
    return max(-limit, min(limit, v))


def _mean_x(nodes: list[_Node], indices: list[int]) -> float:
    return sum(nodes[i].x for i in indices) / len(indices)


def _inversions(values: list[int]) -> int:
    """Number of pairs i < j with values[i] > values[j] (merge sort)."""
    if len(values) < 2:
        return 0
    mid = len(values) // 2
    left, right = values[:mid], values[mid:]
    count = _inversions(left) + _inversions(right)
    left.sort()
    right.sort()
    i = 0
    for v in right:
        while i < len(left) and left[i] <= v:
            i += 1
        count += len(left) - i
    return count


def _isotonic(desired: list[float], weights: list[float], gaps: list[float]) -> list[float]:
    """Positions closest to ``desired`` (weighted least squares) with x[i+1] - x[i] >= gaps[i]."""
    offsets = [0.0]
    for g in gaps:
        offsets.append(offsets[-1] + g)
    values = [d - o for d, o in zip(desired, offsets, strict=True)]
    # pool adjacent violators: blocks of (mean, weight, count)
    blocks: list[list[float]] = []
    for v, w in zip(values, weights, strict=True):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, c2 = blocks.pop()
            v1, w1, c1 = blocks[-1]
            wt = w1 + w2
            blocks[-1] = [(v1 * w1 + v2 * w2) / wt, wt, c1 + c2]
    result: list[float] = []
    for v, _, c in blocks:
        result.extend([v] * int(c))
    return [r + o for r, o in zip(result, offsets, strict=True)]


# --- 6. connectors ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Horizontal:
    """A horizontal line that needs a lane (below a row) or a track (in a corridor)."""

    left: float
    right: float
    order: tuple[object, ...]
    level: int = 0


def _assign_levels(items: list[_Horizontal]) -> None:
    """First fit: items that overlap horizontally get different levels."""
    taken: list[list[tuple[float, float]]] = []
    for item in sorted(items, key=lambda h: h.order):
        for level, spans in enumerate(taken):
            if all(item.left >= r - 1e-6 or item.right <= lo + 1e-6 for lo, r in spans):
                spans.append((item.left, item.right))
                item.level = level
                break
        else:
            taken.append([(item.left, item.right)])
            item.level = len(taken) - 1


def _span(xs: Iterable[float], key: tuple[object, ...]) -> _Horizontal:
    values = list(xs)
    return _Horizontal(min(values), max(values), key)


class _Router:
    """Connector geometry from the final node positions."""

    def __init__(self, lay: _Layout) -> None:
        self.lay = lay
        nodes = lay.nodes
        self.position = {n: i for row in lay.row_nodes for i, n in enumerate(row)}
        self.row_top: dict[int, float] = {}
        self.row_bottom: dict[int, float] = {}
        for r, row in enumerate(lay.row_nodes):
            ys = [lay.y[n] for n in row if nodes[n].person is not None]
            self.row_top[r] = min(ys, default=row_y(r)) - HALF
            self.row_bottom[r] = max(ys, default=row_y(r)) + HALF
        self.lanes: dict[int, list[_Horizontal]] = defaultdict(list)
        self.tracks: dict[int, list[_Horizontal]] = defaultdict(list)
        self.track_step: dict[int, float] = {}

    # geometry helpers
    def x(self, n: int) -> float:
        return self.lay.nodes[n].x

    def gap_centre(self, row: int, i: int) -> float:
        """Centre of the free room between node i and i + 1 of a row (-1: left of all)."""
        nodes = self.lay.nodes
        order = self.lay.row_nodes[row]
        if i < 0:
            first = nodes[order[0]]
            return first.x - first.half - 1.0
        if i >= len(order) - 1:
            last = nodes[order[-1]]
            return last.x + last.half + 1.0
        left, right = nodes[order[i]], nodes[order[i + 1]]
        return ((left.x + left.half) + (right.x - right.half)) / 2

    def lane_y(self, row: int, level: int) -> float:
        return self.row_bottom[row] + LANE_FIRST_MM + level * LANE_STEP_MM

    def track_y(self, row: int, level: int) -> float:
        step = self.track_step.get(row, TRACK_STEP_MM)
        return self.row_top[row] - TOP_TEXT_MM - TRACK_FIRST_MM - level * step

    def route(self) -> list[Connector]:
        lay = self.lay
        nodes = lay.nodes
        node_of = lay.node_of

        # -- descent gaps ------------------------------------------------------------------
        gap_users: dict[tuple[int, int], list[tuple[float, str, object]]] = defaultdict(list)
        seg_gap: dict[int, tuple[int, int]] = {}
        for s, seg in enumerate(lay.segments):
            origin = [node_of[p] for p in seg.origin]
            row = nodes[origin[0]].row
            target = (
                self.x(seg.channels[0])
                if seg.channels
                else _mean_x(nodes, [node_of[c] for c in seg.children])
            )
            gap = self._choose_gap(row, origin, target)
            seg_gap[s] = (row, gap)
            gap_users[(row, gap)].append((target, f"s{s:06d}", s))
        cross_gap: dict[int, tuple[int, int]] = {}
        for k, cc in enumerate(lay.cross):
            up = node_of[cc.upper]
            row = nodes[up].row
            target = self.x(cc.channels[0]) if cc.channels else self.x(node_of[cc.lower])
            gap = self._choose_gap(row, [up], target)
            cross_gap[k] = (row, gap)
            gap_users[(row, gap)].append((target, f"c{k:06d}", ("c", k)))
        gap_x: dict[object, float] = {}
        for (row, gap), users in gap_users.items():
            users.sort(key=lambda u: (u[0], u[1]))
            centre = self.gap_centre(row, gap)
            count = len(users)
            for j, (_, _, ident) in enumerate(users):
                offset = (j - (count - 1) / 2) * DESCENT_SPREAD_MM
                gap_x[ident] = centre + max(-9.0, min(9.0, offset))

        # -- lanes -------------------------------------------------------------------------
        couple_lane: dict[tuple[str, str], _Horizontal] = {}
        for c in lay.same_row:
            xa, xb = self.x(node_of[c.a]), self.x(node_of[c.b])
            h = _span((xa, xb), (abs(xa - xb), min(xa, xb), c.key))
            couple_lane[c.key] = h
            self.lanes[lay.rows[c.a]].append(h)
        stub_lane: dict[object, _Horizontal] = {}
        for s, seg in enumerate(lay.segments):
            if len(seg.origin) == 1:
                xp = self.x(node_of[seg.origin[0]])
                gx = gap_x[s]
                h = _span((xp, gx), (abs(xp - gx), min(xp, gx), f"s{s:06d}"))
                stub_lane[s] = h
                self.lanes[lay.rows[seg.origin[0]]].append(h)
        for k, cc in enumerate(lay.cross):
            xp = self.x(node_of[cc.upper])
            gx = gap_x[("c", k)]
            h = _span((xp, gx), (abs(xp - gx), min(xp, gx), f"c{k:06d}"))
            stub_lane[("c", k)] = h
            self.lanes[lay.rows[cc.upper]].append(h)
        for items in self.lanes.values():
            _assign_levels(items)

        # -- corridor tracks ---------------------------------------------------------------
        # jogs: (row of the corridor's lower row, from x, to x)
        seg_jogs: dict[int, list[_Horizontal]] = {}
        seg_line: dict[int, _Horizontal] = {}
        for s, seg in enumerate(lay.segments):
            jogs = []
            cur = gap_x[s]
            for d in seg.channels:
                h = _span((cur, self.x(d)), (1, abs(cur - self.x(d)), min(cur, self.x(d)), s))
                self.tracks[nodes[d].row].append(h)
                jogs.append(h)
                cur = self.x(d)
            seg_jogs[s] = jogs
            xs = [cur, *(self.x(node_of[c]) for c in seg.children)]
            xs.extend(ax for ax, _ in self._twin_runs(seg))
            h = _span(xs, (0, max(xs) - min(xs), min(xs), s))
            seg_line[s] = h
            self.tracks[seg.row].append(h)
        cross_jogs: dict[int, list[_Horizontal]] = {}
        cross_side: dict[int, float] = {}
        for k, cc in enumerate(lay.cross):
            jogs = []
            cur = gap_x[("c", k)]
            for d in cc.channels:
                h = _span((cur, self.x(d)), (1, abs(cur - self.x(d)), min(cur, self.x(d)), -k))
                self.tracks[nodes[d].row].append(h)
                jogs.append(h)
                cur = self.x(d)
            low = node_of[cc.lower]
            i = self.position[low]
            row = nodes[low].row
            left, right = self.gap_centre(row, i - 1), self.gap_centre(row, i)
            side = left if abs(left - cur) <= abs(right - cur) else right
            cross_side[k] = side
            h = _span((cur, side), (1, abs(cur - side), min(cur, side), -k))
            self.tracks[row].append(h)
            jogs.append(h)
            cross_jogs[k] = jogs
        for items in self.tracks.values():
            _assign_levels(items)
        for r, items in self.tracks.items():
            # squeeze the tracks of a crowded corridor between the lanes above and the row
            levels = max(h.level for h in items) + 1
            lanes = max((h.level + 1 for h in self.lanes.get(r - 1, ())), default=0)
            ceiling = self.lane_y(r - 1, lanes) + 0.5 if r > 0 else self.track_y(r, 0) - 40.0
            room = self.track_y(r, 0) - ceiling
            if levels > 1 and room < (levels - 1) * TRACK_STEP_MM:
                self.track_step[r] = max(room, 0.0) / (levels - 1)

        connectors: list[Connector] = []
        # -- couples -----------------------------------------------------------------------
        couple_gx: dict[tuple[str, str], float] = {}
        for s, seg in enumerate(lay.segments):
            if len(seg.origin) == 2:
                key = tuple(sorted(_sid(p) for p in seg.origin))
                couple_gx.setdefault(key, gap_x[s])  # type: ignore[arg-type]
        for c in lay.same_row:
            na, nb = node_of[c.a], node_of[c.b]
            (xl, yl), (xr, yr) = sorted(((self.x(na), lay.y[na]), (self.x(nb), lay.y[nb])))
            lane = self.lane_y(lay.rows[c.a], couple_lane[c.key].level)
            points = ((xl, yl + HALF), (xl, lane), (xr, lane), (xr, yr + HALF))
            descent_x = couple_gx.get(c.key)
            mark_x = (xl + descent_x) / 2 if descent_x is not None else (xl + xr) / 2
            connectors.append(self._partnership(c, points, (mark_x, lane)))
        for k, cc in enumerate(lay.cross):
            up, low = node_of[cc.upper], node_of[cc.lower]
            row_up = nodes[up].row
            lane = self.lane_y(row_up, stub_lane[("c", k)].level)
            xu = self.x(up)
            gx = gap_x[("c", k)]
            pts: list[Point] = [(xu, lay.y[up] + HALF), (xu, lane), (gx, lane)]
            cur = gx
            for d, jog in zip(cc.channels, cross_jogs[k], strict=False):
                ty = self.track_y(nodes[d].row, jog.level)
                pts += [(cur, ty), (self.x(d), ty)]
                cur = self.x(d)
            last = cross_jogs[k][-1]
            ty = self.track_y(nodes[low].row, last.level)
            side = cross_side[k]
            xl, yl = self.x(low), lay.y[low]
            edge = xl - HALF if side < xl else xl + HALF
            pts += [(cur, ty), (side, ty), (side, yl), (edge, yl)]
            connectors.append(self._partnership(cc.couple, _simplify(pts), ((xu + gx) / 2, lane)))

        # -- descent, sibship, children ------------------------------------------------------
        for s, seg in enumerate(lay.segments):
            gx = gap_x[s]
            origin = [node_of[p] for p in seg.origin]
            row0 = nodes[origin[0]].row
            if len(origin) == 2:
                key = tuple(sorted(_sid(p) for p in seg.origin))
                lane = self.lane_y(row0, couple_lane[key].level)  # type: ignore[index]
                pts = [(gx, lane)]
            else:
                lane = self.lane_y(row0, stub_lane[s].level)
                xp = self.x(origin[0])
                pts = [(xp, lay.y[origin[0]] + HALF), (xp, lane), (gx, lane)]
            cur = gx
            for d, jog in zip(seg.channels, seg_jogs[s], strict=True):
                ty = self.track_y(nodes[d].row, jog.level)
                pts += [(cur, ty), (self.x(d), ty)]
                cur = self.x(d)
            ty = self.track_y(seg.row, seg_line[s].level)
            pts.append((cur, ty))
            connectors.append(
                Connector(
                    ConnectorKind.DESCENT, _simplify(pts), person_ids=tuple(seg.family.parents)
                )
            )
            line = seg_line[s]
            if line.right - line.left > 1e-6:
                connectors.append(
                    Connector(
                        ConnectorKind.SIBSHIP,
                        ((line.left, ty), (line.right, ty)),
                        person_ids=tuple(seg.children),
                    )
                )
            in_runs: set[UUID] = set()
            for ax, run in self._twin_runs(seg):
                in_runs.update(run)
                ends: dict[UUID, Point] = {}
                for kid in run:
                    n = node_of[kid]
                    end = (self.x(n), lay.y[n] - HALF)
                    ends[kid] = end
                    connectors.append(
                        Connector(
                            ConnectorKind.CHILD,
                            ((ax, ty), end),
                            style=lay.child_style[kid],
                            person_ids=(kid,),
                        )
                    )
                for a, b, identical in lay.clean.twins:
                    if identical and a in ends and b in ends:
                        pa = _lerp((ax, ty), ends[a], 0.5)
                        pb = _lerp((ax, ty), ends[b], 0.5)
                        connectors.append(
                            Connector(ConnectorKind.TWIN_BAR, (pa, pb), person_ids=(a, b))
                        )
            for kid in seg.children:
                if kid in in_runs:
                    continue
                n = node_of[kid]
                connectors.append(
                    Connector(
                        ConnectorKind.CHILD,
                        ((self.x(n), ty), (self.x(n), lay.y[n] - HALF)),
                        style=lay.child_style[kid],
                        person_ids=(kid,),
                    )
                )

        # -- emotions ----------------------------------------------------------------------
        for a, b, kind in lay.clean.emotions:
            na, nb = node_of[a], node_of[b]
            connectors.append(
                Connector(
                    ConnectorKind.EMOTION,
                    ((self.x(na), lay.y[na]), (self.x(nb), lay.y[nb])),
                    person_ids=(a, b),
                    emotion=kind,  # type: ignore[arg-type]
                )
            )
        return connectors

    def _choose_gap(self, row: int, origin: list[int], target: float) -> int:
        positions = sorted(self.position[n] for n in origin)
        if len(positions) == 2:
            i, j = positions
            mid = (self.x(origin[0]) + self.x(origin[1])) / 2
            candidates = list(range(i, j))
            return min(candidates, key=lambda g: (abs(self.gap_centre(row, g) - mid), g))
        i = positions[0]
        left, right = self.gap_centre(row, i - 1), self.gap_centre(row, i)
        return i - 1 if abs(left - target) < abs(right - target) else i

    def _twin_runs(self, seg: _Segment) -> list[tuple[float, list[UUID]]]:
        """Twins of a sibship standing next to each other: (apex x, members)."""
        lay = self.lay
        roots = lay.twin_root
        kids = sorted(seg.children, key=lambda c: self.position[lay.node_of[c]])
        runs: list[tuple[float, list[UUID]]] = []
        i = 0
        while i < len(kids):
            j = i + 1
            while (
                j < len(kids)
                and roots[kids[j]] == roots[kids[i]]
                and self.position[lay.node_of[kids[j]]]
                == self.position[lay.node_of[kids[j - 1]]] + 1
            ):
                j += 1
            if j - i >= 2:
                run = kids[i:j]
                ax = sum(self.x(lay.node_of[c]) for c in run) / len(run)
                runs.append((ax, run))
            i = j
        return runs

    def _partnership(self, c: _Couple, points: Sequence[Point], mark: Point) -> Connector:
        p = c.partnership
        if p is None:
            return Connector(
                ConnectorKind.PARTNERSHIP, tuple(points), LineStyle.DOTTED, person_ids=(c.a, c.b)
            )
        style = LineStyle.SOLID if p.kind is PartnershipKind.MARRIAGE else LineStyle.DASHED
        slashes = {PartnershipState.SEPARATED: 1, PartnershipState.DIVORCED: 2}.get(p.state, 0)
        label = str(p.ended.year) if slashes and p.ended is not None else ""
        return Connector(
            ConnectorKind.PARTNERSHIP,
            tuple(points),
            style,
            person_ids=(p.person_a_id, p.person_b_id),
            slashes=slashes,
            mark_at=mark if slashes else None,
            label=label,
        )


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _simplify(points: Sequence[Point]) -> tuple[Point, ...]:
    """Drop repeated points and middle points of straight runs."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-9 and abs(out[-1][1] - p[1]) < 1e-9:
            continue
        out.append(p)
    i = 1
    while i < len(out) - 1:
        (x0, y0), (x1, y1), (x2, y2) = out[i - 1], out[i], out[i + 1]
        if (
            (
                (abs(x0 - x1) < 1e-9 and abs(x1 - x2) < 1e-9)
                or (abs(y0 - y1) < 1e-9 and abs(y1 - y2) < 1e-9)
            )
            and min(x0, x2) - 1e-9 <= x1 <= max(x0, x2) + 1e-9
            and (min(y0, y2) - 1e-9 <= y1 <= max(y0, y2) + 1e-9)
        ):
            del out[i]
            continue
        i += 1
    if len(out) == 1:
        out.append(out[0])
    return tuple(out)


# --- 7. household ----------------------------------------------------------------------------

Rect = tuple[float, float, float, float]  # left, top, right, bottom


def _household(lay: _Layout, router: _Router) -> HouseholdBoundary | None:
    members = {p for p, person in lay.clean.persons.items() if person.in_household}
    if not members:
        return None
    nodes = lay.nodes
    runs: list[tuple[int, Rect]] = []  # (row, rect)
    for r, row in enumerate(lay.row_nodes):
        current: list[int] = []
        for n in [*row, -1]:
            person = nodes[n].person if n >= 0 else None
            if n >= 0 and (person is None and current):
                current.append(n)
                continue
            if n >= 0 and person in members:
                current.append(n)
                continue
            while current and nodes[current[-1]].person is None:
                current.pop()
            if current:
                xs = [nodes[i].x for i in current]
                ys = [lay.y[i] for i in current if nodes[i].person is not None]
                runs.append(
                    (
                        r,
                        (
                            min(xs) - SLOT_MM / 2 + 1.0,
                            min(ys) - HALF - TOP_TEXT_MM - 4.0,
                            max(xs) + SLOT_MM / 2 - 1.0,
                            max(ys) + TEXT_BOTTOM_MM,
                        ),
                    )
                )
            current = []
    rects = [rect for _, rect in runs]
    by_row: dict[int, list[Rect]] = defaultdict(list)
    for r, rect in runs:
        by_row[r].append(rect)
    # runs of one row: joined just below their texts
    for row_rects in by_row.values():
        for a, b in itertools.pairwise(row_rects):
            rects.append((a[2] - 6.0, min(a[3], b[3]) - 1.0, b[0] + 6.0, max(a[3], b[3]) + 3.0))
    # consecutive rows with household members: the closest pair of runs, joined through the
    # middle of the corridors (and through gaps of rows without members)
    used_rows = sorted(by_row)
    for r1, r2 in itertools.pairwise(used_rows):
        a, b = min(
            ((a, b) for a in by_row[r1] for b in by_row[r2]),
            key=lambda ab: (max(ab[0][0] - ab[1][2], ab[1][0] - ab[0][2], 0.0), ab),
        )
        target = ((a[0] + a[2]) / 2 + (b[0] + b[2]) / 2) / 2
        pieces: list[Rect] = [a]
        for m in range(r1 + 1, r2):
            order = lay.row_nodes[m]
            gaps = [router.gap_centre(m, i) for i in range(-1, len(order))] if order else [target]
            gx = min(gaps, key=lambda g: (abs(g - target), g))
            ym = row_y(m)
            pieces.append(
                (
                    gx - 1.0,
                    ym - ROW_MM + _CORRIDOR_MID_MM - 1.5,
                    gx + 1.0,
                    ym + _CORRIDOR_MID_MM + 1.5,
                )
            )
        pieces.append(b)
        for upper, lower in itertools.pairwise(pieces):
            rects.extend(_corridor_join(upper, lower))
        rects.extend(pieces[1:-1])
    outline = _union_outline(rects)
    top_rect = runs[0][1]
    ids = tuple(sorted(members, key=lambda p: lay.clean.input_index[p]))
    return HouseholdBoundary(
        points=outline,
        label=lay.data.household_label,
        label_at=(top_rect[0] + 1.5, top_rect[1] + 3.0),
        person_ids=ids,
    )


#: The middle of the corridor below a row, from the row's symbol centres.
_CORRIDOR_MID_MM = (TEXT_BOTTOM_MM + ROW_MM - HALF - TOP_TEXT_MM - 4.0) / 2


def _corridor_join(upper: Rect, lower: Rect) -> list[Rect]:
    """Rectangles in the corridor between two pieces of a boundary, one above the other."""
    top, bottom = upper[3], lower[1]
    lo, hi = max(upper[0], lower[0]), min(upper[2], lower[2])
    if hi - lo >= 2.0:
        return [(lo, top - 0.5, hi, bottom + 0.5)]
    mid = (top + bottom) / 2
    if (lower[0] + lower[2]) / 2 >= (upper[0] + upper[2]) / 2:  # lower piece to the right
        up_x, low_x = upper[2] - 2.0, lower[0]
    else:
        up_x, low_x = upper[0], lower[2] - 2.0
    band = (min(up_x, low_x), mid - 1.5, max(up_x, low_x) + 2.0, mid + 1.5)
    result = [band]
    if mid + 1.5 > top - 0.5:
        result.append((up_x, top - 0.5, up_x + 2.0, mid + 1.5))
    if bottom + 0.5 > mid - 1.5:
        result.append((low_x, mid - 1.5, low_x + 2.0, bottom + 0.5))
    return result


def _union_outline(rects: list[Rect]) -> tuple[Point, ...]:
    """The outer outline of the union of rectangles (an orthogonal polygon, clockwise)."""
    xs = sorted({v for r in rects for v in (r[0], r[2])})
    ys = sorted({v for r in rects for v in (r[1], r[3])})
    nx, ny = len(xs) - 1, len(ys) - 1
    covered = [[False] * ny for _ in range(nx)]
    x_index = {v: i for i, v in enumerate(xs)}
    y_index = {v: i for i, v in enumerate(ys)}
    for left, top, right, bottom in rects:
        for i in range(x_index[left], x_index[right]):
            for j in range(y_index[top], y_index[bottom]):
                covered[i][j] = True

    def cov(i: int, j: int) -> bool:
        return 0 <= i < nx and 0 <= j < ny and covered[i][j]

    # directed boundary edges, interior on the right (clockwise on screen)
    out: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for i in range(nx):
        for j in range(ny):
            if not covered[i][j]:
                continue
            if not cov(i, j - 1):
                out[(i, j)].append((i + 1, j))
            if not cov(i + 1, j):
                out[(i + 1, j)].append((i + 1, j + 1))
            if not cov(i, j + 1):
                out[(i + 1, j + 1)].append((i, j + 1))
            if not cov(i - 1, j):
                out[(i, j + 1)].append((i, j))
    loops: list[list[tuple[int, int]]] = []
    while out:
        start = min(out)
        loop = [start]
        prev = start
        cur = out[start].pop(0)
        if not out[start]:
            del out[start]
        while cur != start:
            loop.append(cur)
            choices = out[cur]
            if len(choices) > 1:
                # at a pinch point turn right (towards the interior)
                step_x, step_y = cur[0] - prev[0], cur[1] - prev[1]
                turn = (cur[0] - step_y, cur[1] + step_x)
                nxt = turn if turn in choices else choices[0]
            else:
                nxt = choices[0]
            choices.remove(nxt)
            if not choices:
                del out[cur]
            prev, cur = cur, nxt
        loops.append(loop)

    def area(loop: list[tuple[int, int]]) -> float:
        pts = [(xs[i], ys[j]) for i, j in loop]
        return (
            sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True)) / 2
        )

    best = max(loops, key=lambda lp: (abs(area(lp)), lp))
    points = [(xs[i], ys[j]) for i, j in best]
    closed = _simplify([*points, points[0]])
    return closed[:-1] if len(closed) > 1 and closed[0] == closed[-1] else closed


# --- entry point -----------------------------------------------------------------------------


def layout_genogram(data: GenogramInput) -> GenogramLayout:
    """Lay out a family's genogram; never raises on inconsistent data (see the warnings)."""
    lay = _Layout(data)
    lay.build()
    lay.order()
    lay.coordinates()
    base = lay.nudge()
    router = _Router(lay)
    connectors = router.route()
    household = _household(lay, router)

    placed_raw = []
    for person in data.persons:
        n = lay.node_of.get(person.id)
        if n is None or lay.clean.persons[person.id] is not person:
            continue
        bx, by = base[person.id]
        placed_raw.append((person, lay.nodes[n].x, lay.y[n], lay.rows[person.id], bx, by))

    xs: list[float] = []
    ys: list[float] = []
    for _, x, y, _, _, _ in placed_raw:
        xs += [x - SLOT_MM / 2, x + SLOT_MM / 2]
        ys += [y - HALF - TOP_TEXT_MM, y + TEXT_BOTTOM_MM]
    for _, _, _, _, bx, by in placed_raw:
        xs.append(bx - SLOT_MM / 2)
        ys.append(by - HALF - TOP_TEXT_MM)
    for c in connectors:
        for px, py in c.points:
            xs.append(px)
            ys.append(py)
    if household is not None:
        for px, py in household.points:
            xs.append(px)
            ys.append(py)
    if not xs:
        return GenogramLayout(
            (), (), None, 2 * MARGIN_MM, 2 * MARGIN_MM, _sorted_warnings(lay.warnings)
        )
    dx = MARGIN_MM - min(xs)
    dy = MARGIN_MM - min(ys)

    def mv(p: Point) -> Point:
        return (p[0] + dx, p[1] + dy)

    index_id = data.index_person_id
    placed = tuple(
        PlacedPerson(
            person=person,
            x=x + dx,
            y=y + dy,
            generation=row,
            base_x=bx + dx,
            base_y=by + dy,
            is_index=person.id == index_id,
        )
        for person, x, y, row, bx, by in placed_raw
    )
    moved = tuple(
        Connector(
            c.kind,
            tuple(mv(p) for p in c.points),
            c.style,
            c.person_ids,
            c.slashes,
            mv(c.mark_at) if c.mark_at is not None else None,
            c.label,
            c.emotion,
        )
        for c in connectors
    )
    boundary = None
    if household is not None:
        boundary = HouseholdBoundary(
            tuple(mv(p) for p in household.points),
            household.label,
            mv(household.label_at),
            household.person_ids,
        )
    return GenogramLayout(
        persons=placed,
        connectors=moved,
        household=boundary,
        width=max(xs) - min(xs) + 2 * MARGIN_MM,
        height=max(ys) - min(ys) + 2 * MARGIN_MM,
        warnings=_sorted_warnings(lay.warnings),
    )


def _sorted_warnings(
    warnings: set[tuple[LayoutWarningCode, tuple[UUID, ...]]],
) -> tuple[LayoutWarning, ...]:
    return tuple(
        LayoutWarning(code, ids)
        for code, ids in sorted(warnings, key=lambda w: (w[0].value, [_sid(i) for i in w[1]]))
    )
