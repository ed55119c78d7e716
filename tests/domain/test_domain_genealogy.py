"""Rules over the family graph: ancestry, parents per child, plausible parent ages."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode, WarningCode
from fallmanager.domain.genealogy import (
    ancestors_of,
    check_no_cycles,
    check_parent_child_link,
    parent_age_warnings,
)
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import ParentChildKind, ParentChildLink


def uid(n: int) -> uuid.UUID:
    return uuid.UUID(int=n, version=4)


GRANDPA, GRANDMA, FATHER, MOTHER, CHILD, GRANDCHILD, STEPFATHER, OTHER = (
    uid(i) for i in range(1, 9)
)


def link(
    parent: uuid.UUID, child: uuid.UUID, kind: ParentChildKind = ParentChildKind.BIOLOGICAL
) -> ParentChildLink:
    return ParentChildLink(parent_id=parent, child_id=child, kind=kind)


FAMILY_TREE = [
    link(GRANDPA, FATHER),
    link(GRANDMA, FATHER),
    link(FATHER, CHILD),
    link(MOTHER, CHILD),
    link(CHILD, GRANDCHILD),
]


def person(pid: uuid.UUID, born: str | None = None, died: str | None = None) -> Person:
    return Person(
        id=pid,
        family_name="Berisha",
        birth_date=PartialDate.parse(born) if born else None,
        deceased=died is not None,
        death_date=PartialDate.parse(died) if died else None,
    )


# -- ancestors ------------------------------------------------------------------------------


def test_ancestors_across_generations() -> None:
    assert ancestors_of(GRANDCHILD, FAMILY_TREE) == {CHILD, FATHER, MOTHER, GRANDPA, GRANDMA}
    assert ancestors_of(CHILD, FAMILY_TREE) == {FATHER, MOTHER, GRANDPA, GRANDMA}
    assert ancestors_of(FATHER, FAMILY_TREE) == {GRANDPA, GRANDMA}
    assert ancestors_of(GRANDPA, FAMILY_TREE) == set()
    assert ancestors_of(OTHER, FAMILY_TREE) == set()


def test_ancestors_include_every_kind_of_parenthood() -> None:
    links = [link(STEPFATHER, CHILD, ParentChildKind.STEP), link(GRANDPA, STEPFATHER)]
    assert ancestors_of(CHILD, links) == {STEPFATHER, GRANDPA}


def test_ancestors_accept_a_one_shot_iterable() -> None:
    assert ancestors_of(GRANDCHILD, iter(FAMILY_TREE)) == {
        CHILD,
        FATHER,
        MOTHER,
        GRANDPA,
        GRANDMA,
    }


def test_ancestors_terminate_on_cycles() -> None:
    # Such data cannot be entered through check_parent_child_link, but may arrive damaged.
    cycle = [link(uid(1), uid(2)), link(uid(2), uid(3)), link(uid(3), uid(1))]
    assert ancestors_of(uid(1), cycle) == {uid(1), uid(2), uid(3)}
    assert ancestors_of(uid(3), cycle) == {uid(1), uid(2), uid(3)}


@given(st.lists(st.tuples(st.integers(1, 8), st.integers(1, 8)), max_size=30))
def test_ancestors_are_the_transitive_closure(edges: list[tuple[int, int]]) -> None:
    links = [link(uid(p), uid(c)) for p, c in edges if p != c]
    for n in range(1, 9):
        result = ancestors_of(uid(n), links)
        direct = {lk.parent_id for lk in links if lk.child_id == uid(n)}
        assert direct <= result
        for ancestor in result:
            assert ancestors_of(ancestor, links) <= result


# -- check_parent_child_link ----------------------------------------------------------------


def test_a_sound_link_passes_without_warnings() -> None:
    assert check_parent_child_link(link(CHILD, uid(20)), FAMILY_TREE, {}) == []


def test_grandchild_cannot_become_parent_of_grandparent() -> None:
    with pytest.raises(DomainError) as info:
        check_parent_child_link(link(GRANDCHILD, GRANDPA), FAMILY_TREE, {})
    assert info.value.code is ErrorCode.OWN_ANCESTOR
    assert info.value.field == "parent_id"
    assert info.value.params == {"person": str(GRANDCHILD)}


def test_child_cannot_become_parent_of_own_parent() -> None:
    with pytest.raises(DomainError) as info:
        check_parent_child_link(link(CHILD, FATHER, ParentChildKind.FOSTER), FAMILY_TREE, {})
    assert info.value.code is ErrorCode.OWN_ANCESTOR


def test_a_person_cannot_be_their_own_parent() -> None:
    with pytest.raises(DomainError) as info:
        ParentChildLink(parent_id=CHILD, child_id=CHILD)
    assert info.value.code is ErrorCode.SELF_RELATIONSHIP


def test_third_biological_parent_is_rejected() -> None:
    with pytest.raises(DomainError) as info:
        check_parent_child_link(link(STEPFATHER, CHILD), FAMILY_TREE, {})
    assert info.value.code is ErrorCode.TOO_MANY_BIOLOGICAL_PARENTS
    assert info.value.field == "parent_id"
    assert info.value.params == {"child": str(CHILD)}


@pytest.mark.parametrize(
    "kind", [ParentChildKind.STEP, ParentChildKind.FOSTER, ParentChildKind.ADOPTIVE]
)
def test_third_non_biological_parent_is_allowed(kind: ParentChildKind) -> None:
    assert check_parent_child_link(link(STEPFATHER, CHILD, kind), FAMILY_TREE, {}) == []


def test_second_biological_parent_is_allowed_next_to_a_step_parent() -> None:
    existing = [link(FATHER, CHILD), link(STEPFATHER, CHILD, ParentChildKind.STEP)]
    assert check_parent_child_link(link(MOTHER, CHILD), existing, {}) == []


def test_duplicate_link_is_rejected_whatever_its_kind() -> None:
    for kind in ParentChildKind:
        with pytest.raises(DomainError) as info:
            check_parent_child_link(link(FATHER, CHILD, kind), FAMILY_TREE, {})
        assert info.value.code is ErrorCode.DUPLICATE_RELATIONSHIP
        assert info.value.field == "parent_id"


def test_a_link_is_not_compared_with_itself_when_edited() -> None:
    original = FAMILY_TREE[2]  # FATHER -> CHILD
    edited = ParentChildLink(
        id=original.id,
        parent_id=FATHER,
        child_id=CHILD,
        kind=ParentChildKind.BIOLOGICAL,
        has_custody=True,
    )
    assert check_parent_child_link(edited, FAMILY_TREE, {}) == []


def test_editing_a_step_link_into_a_third_biological_one_is_rejected() -> None:
    step = link(STEPFATHER, CHILD, ParentChildKind.STEP)
    existing = [*FAMILY_TREE, step]
    edited = ParentChildLink(id=step.id, parent_id=STEPFATHER, child_id=CHILD)
    with pytest.raises(DomainError) as info:
        check_parent_child_link(edited, existing, {})
    assert info.value.code is ErrorCode.TOO_MANY_BIOLOGICAL_PARENTS


def test_check_returns_age_warnings() -> None:
    persons = {CHILD: person(CHILD, "2000-01-01"), uid(20): person(uid(20), "2008-06-01")}
    warnings = check_parent_child_link(link(CHILD, uid(20)), FAMILY_TREE, persons)
    assert [w.code for w in warnings] == [WarningCode.PARENT_VERY_YOUNG]


# -- parent ages ----------------------------------------------------------------------------


def warnings_for(parent: Person, child: Person, kind: ParentChildKind = ParentChildKind.BIOLOGICAL):
    persons = {parent.id: parent, child.id: child}
    return parent_age_warnings(link(parent.id, child.id, kind), persons)


def test_parent_certainly_younger_than_twelve() -> None:
    warnings = warnings_for(person(MOTHER, "2000-03-01"), person(CHILD, "2011-06-01"))
    assert len(warnings) == 1
    assert warnings[0].code is WarningCode.PARENT_VERY_YOUNG
    assert warnings[0].subject_ids == (str(MOTHER), str(CHILD))
    assert warnings[0].params == {"age": 11}


def test_parent_exactly_twelve_is_not_warned() -> None:
    assert warnings_for(person(MOTHER, "2000-03-01"), person(CHILD, "2012-03-01")) == []
    assert warnings_for(person(MOTHER, "2000-03-01"), person(CHILD, "2012-02-29"))[0].params == {
        "age": 11
    }


@pytest.mark.parametrize(
    ("parent_born", "child_born"),
    [
        ("2000", "2012"),  # born January 2000, child December 2012: twelve
        ("2000", "2012-06"),  # parent may be born in January 2000
        ("2000-12", "2012-12"),
        ("2000-12-31", "2012"),
    ],
)
def test_possibly_twelve_with_partial_dates_is_not_warned(
    parent_born: str, child_born: str
) -> None:
    assert warnings_for(person(MOTHER, parent_born), person(CHILD, child_born)) == []


@pytest.mark.parametrize(
    ("parent_born", "child_born", "age"),
    [
        ("2000", "2011-06", 11),
        ("2000-12", "2012-11", 11),
        ("2005", "2010", 5),
        ("2010", "2005", 0),  # parent born after the child
    ],
)
def test_certainly_younger_than_twelve_with_partial_dates(
    parent_born: str, child_born: str, age: int
) -> None:
    warnings = warnings_for(person(MOTHER, parent_born), person(CHILD, child_born))
    assert [(w.code, w.params["age"]) for w in warnings] == [(WarningCode.PARENT_VERY_YOUNG, age)]


@pytest.mark.parametrize(
    "kind", [ParentChildKind.STEP, ParentChildKind.FOSTER, ParentChildKind.ADOPTIVE]
)
def test_ages_of_non_biological_parents_are_not_checked(kind: ParentChildKind) -> None:
    assert warnings_for(person(MOTHER, "2005"), person(CHILD, "2010"), kind) == []


def test_no_warning_without_dates_or_persons() -> None:
    assert warnings_for(person(MOTHER), person(CHILD, "2010")) == []
    assert warnings_for(person(MOTHER, "2005"), person(CHILD)) == []
    assert parent_age_warnings(link(MOTHER, CHILD), {}) == []
    assert parent_age_warnings(link(MOTHER, CHILD), {MOTHER: person(MOTHER, "2005")}) == []


def test_parent_died_long_before_birth() -> None:
    warnings = warnings_for(person(FATHER, "1980", died="2010-01-01"), person(CHILD, "2011-06-01"))
    assert [w.code for w in warnings] == [WarningCode.PARENT_DIED_LONG_BEFORE_BIRTH]
    assert warnings[0].subject_ids == (str(FATHER), str(CHILD))


@pytest.mark.parametrize(
    ("died", "born"),
    [
        ("2010-12-01", "2011-06-01"),  # a father may die during the pregnancy
        ("2010", "2011"),  # possibly one day apart
        ("2010-06", "2011-04-26"),  # 300 days after the end of June
        ("2012", "2011"),
    ],
)
def test_death_shortly_before_or_after_birth_is_not_warned(died: str, born: str) -> None:
    assert warnings_for(person(FATHER, "1980", died=died), person(CHILD, born)) == []


def test_death_301_days_before_birth_is_warned() -> None:
    warnings = warnings_for(person(FATHER, "1980", died="2010-06"), person(CHILD, "2011-04-27"))
    assert [w.code for w in warnings] == [WarningCode.PARENT_DIED_LONG_BEFORE_BIRTH]


def test_both_warnings_together() -> None:
    warnings = warnings_for(
        person(FATHER, "2005-01-01", died="2008-01-01"), person(CHILD, "2010-01-01")
    )
    assert {w.code for w in warnings} == {
        WarningCode.PARENT_VERY_YOUNG,
        WarningCode.PARENT_DIED_LONG_BEFORE_BIRTH,
    }


# -- check_no_cycles ------------------------------------------------------------------------


def test_no_cycles_in_a_sound_tree() -> None:
    assert check_no_cycles(FAMILY_TREE) == []
    assert check_no_cycles([]) == []


def test_cycles_are_reported_sorted() -> None:
    cycle = [link(uid(3), uid(2)), link(uid(2), uid(3)), link(uid(5), uid(3))]
    assert check_no_cycles(iter(cycle)) == sorted([uid(2), uid(3)], key=str)


def test_long_cycle_reports_every_member() -> None:
    members = [uid(i) for i in range(10, 16)]
    links = [link(members[i], members[(i + 1) % len(members)]) for i in range(len(members))]
    assert check_no_cycles([*links, *FAMILY_TREE]) == sorted(members, key=str)


@given(st.lists(st.tuples(st.integers(1, 6), st.integers(1, 6)), max_size=20))
def test_links_accepted_one_by_one_never_form_a_cycle(edges: list[tuple[int, int]]) -> None:
    accepted: list[ParentChildLink] = []
    for p, c in edges:
        if p == c:
            continue
        candidate = link(uid(p), uid(c), ParentChildKind.FOSTER)
        rejected: ErrorCode | None = None
        try:
            check_parent_child_link(candidate, accepted, {})
        except DomainError as exc:
            rejected = exc.code
        if rejected is None:
            accepted.append(candidate)
        else:
            assert rejected in (ErrorCode.OWN_ANCESTOR, ErrorCode.DUPLICATE_RELATIONSHIP)
    assert check_no_cycles(accepted) == []
