"""Property-based tests of the genogram layout over random families."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.domain.genogram.layout_checks import check_layout, random_family

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.genogram.layout import layout_genogram
from fallmanager.domain.genogram.model import (
    GenogramEmotion,
    GenogramInput,
    GenogramParentLink,
    GenogramPartnership,
    GenogramPerson,
    GenogramTwins,
    LayoutWarningCode,
)
from fallmanager.domain.genogram_records import EmotionalRelationKind
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
seeds = st.integers(min_value=0, max_value=2**32 - 1)
sizes = st.integers(min_value=1, max_value=100)


@SETTINGS
@given(seed=seeds, size=sizes, nudges=st.booleans())
def test_random_families_keep_every_guaranteed_property(seed: int, size: int, nudges: bool) -> None:
    data = random_family(seed, size, nudges=nudges)
    layout = layout_genogram(data)
    check_layout(data, layout)
    assert layout_genogram(data) == layout


def _shuffled(items: tuple, rnd: random.Random) -> tuple:
    copy = list(items)
    rnd.shuffle(copy)
    return tuple(copy)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(seed=seeds, size=sizes, shuffle_seed=st.integers(0, 1000))
def test_the_order_of_the_records_does_not_change_the_layout(
    seed: int, size: int, shuffle_seed: int
) -> None:
    data = random_family(seed, size)
    rnd = random.Random(shuffle_seed)
    layout = layout_genogram(data)
    shuffled = replace(
        data,
        parent_links=_shuffled(data.parent_links, rnd),
        partnerships=_shuffled(data.partnerships, rnd),
        twins=_shuffled(data.twins, rnd),
        emotions=_shuffled(data.emotions, rnd),
    )
    assert layout_genogram(shuffled) == layout

    # persons in another order: only the guessed order of undated siblings may change
    if any(w.code is LayoutWarningCode.MISSING_BIRTH_DATE for w in layout.warnings):
        return
    other = layout_genogram(replace(data, persons=_shuffled(data.persons, rnd)))
    assert {p.person.id: (p.x, p.y) for p in other.persons} == {
        p.person.id: (p.x, p.y) for p in layout.persons
    }
    assert other.connectors == layout.connectors
    assert other.warnings == layout.warnings
    assert (other.household is None) == (layout.household is None)
    if other.household and layout.household:
        assert other.household.points == layout.household.points


@st.composite
def broken_families(draw: st.DrawFn) -> GenogramInput:
    """Arbitrary, mostly inconsistent relations between a few persons and some strangers."""
    rnd = random.Random(draw(seeds))
    count = draw(st.integers(0, 25))
    persons = tuple(
        GenogramPerson(
            id=uuid.UUID(int=rnd.getrandbits(128)),
            sex=rnd.choice(list(Sex)),
            given_names=f"P{i}",
            family_name="Muster",
            birth=PartialDate(rnd.randint(1950, 2020)) if rnd.random() < 0.6 else None,
            in_household=rnd.random() < 0.3,
        )
        for i in range(count)
    )
    strangers = [uuid.UUID(int=rnd.getrandbits(128)) for _ in range(3)]
    ids = [p.id for p in persons] + strangers

    def pick() -> uuid.UUID:
        if persons and rnd.random() < 0.9:
            return rnd.choice(persons).id
        return rnd.choice(ids)

    n = draw(st.integers(0, 40))
    links = tuple(
        GenogramParentLink(pick(), pick(), rnd.choice(list(ParentChildKind))) for _ in range(n)
    )
    partnerships = tuple(
        GenogramPartnership(
            uuid.UUID(int=rnd.getrandbits(128)),
            pick(),
            pick(),
            rnd.choice(list(PartnershipKind)),
            began=PartialDate(rnd.randint(1970, 2020)) if rnd.random() < 0.5 else None,
        )
        for _ in range(draw(st.integers(0, 12)))
    )
    twins = tuple(
        GenogramTwins((pick(), pick()), rnd.random() < 0.5) for _ in range(rnd.randint(0, 3))
    )
    emotions = tuple(
        GenogramEmotion(pick(), pick(), rnd.choice(list(EmotionalRelationKind)))
        for _ in range(rnd.randint(0, 3))
    )
    nudges = {pick(): (rnd.uniform(-3000, 3000), rnd.uniform(-50, 50)) for _ in range(3)}
    return GenogramInput(
        persons=persons,
        parent_links=links,
        partnerships=partnerships,
        twins=twins,
        emotions=emotions,
        index_person_id=pick() if ids else None,
        nudges=nudges,
        outside_relations=((pick(), strangers[0]),) if persons else (),
    )


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=broken_families())
def test_broken_data_never_raises_and_keeps_the_geometry(data: GenogramInput) -> None:
    layout = layout_genogram(data)
    check_layout(data, layout, valid=False)
    assert layout_genogram(data) == layout
