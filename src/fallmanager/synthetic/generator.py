"""Deterministic synthetic case files (Fallakten) for demonstrations, tests and load tests.

``generate(families, seed=…, today=…)`` builds the helper network of the city once and then,
family by family, a case file with one to four generations of people, their name variants,
partnerships and parent–child links, residence and migration history, housing, school, work,
benefits, involvements of the network, visits, case notes and tasks.

The same arguments always give the same records, ids included: all randomness comes from
``random.Random(seed)``. Each family draws from its own generator, seeded by the main one, so
the families of a smaller run are the first families of a larger run with the same seed.
Every record passes the domain's validation, and the family graphs pass its rules: no one is
their own ancestor, no child has more than two biological parents, parents were at least 16
at a child's birth and did not die long before it.
"""

from __future__ import annotations

import gc
import random
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar, cast

from fallmanager.domain.entity import Entity
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.people import Person
from fallmanager.synthetic.family import FamilyBuilder
from fallmanager.synthetic.help_plans import emit_own_phrases
from fallmanager.synthetic.network import build_network

E = TypeVar("E", bound=Entity)

DEFAULT_TODAY = date(2026, 11, 25)
#: The earliest ``today`` supported: the families entered Germany between 2008 and 2018.
EARLIEST_TODAY = date(2019, 1, 1)


@dataclass(frozen=True)
class SyntheticData:
    """The generated records, grouped by kind in the order of ``ENTITY_TYPES``."""

    records: tuple[Entity, ...]
    family_count: int
    person_count: int
    _by_kind: dict[type[Entity], tuple[Entity, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        grouped: dict[type[Entity], list[Entity]] = {}
        for record in self.records:
            grouped.setdefault(type(record), []).append(record)
        object.__setattr__(self, "_by_kind", {k: tuple(v) for k, v in grouped.items()})

    def of(self, cls: type[E]) -> tuple[E, ...]:
        """The records of one kind, in the order they were generated."""
        return cast("tuple[E, ...]", self._by_kind.get(cls, ()))


def generate(families: int, *, seed: int = 1, today: date = DEFAULT_TODAY) -> SyntheticData:
    """Generate the network and ``families`` case files (about five persons each)."""
    if families < 0:
        raise ValueError("families must not be negative")
    if today < EARLIEST_TODAY:
        raise ValueError(f"today must not lie before {EARLIEST_TODAY.isoformat()}")
    rng = random.Random(seed)
    out: dict[type[Entity], list[Entity]] = {cls: [] for cls in ENTITY_TYPES}

    def add(record: Entity) -> None:
        out[type(record)].append(record)

    def new_id() -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    # Hundreds of thousands of records without reference cycles: the cyclic garbage collector
    # would only rescan them again and again (a third of the run time at 10,000 families).
    collecting = gc.isenabled()
    gc.disable()
    try:
        network = build_network(rng, new_id, add)
        sequences: dict[int, int] = {}
        for _ in range(families):
            family_rng = random.Random(rng.getrandbits(64))
            FamilyBuilder(family_rng, today, network, add, sequences).build()
        # After the families, so that a smaller run's families stay the larger run's first.
        if families:
            emit_own_phrases(new_id, add)
    finally:
        if collecting:
            gc.enable()
    return SyntheticData(
        records=tuple(record for cls in ENTITY_TYPES for record in out[cls]),
        family_count=families,
        person_count=len(out[Person]),
    )
