"""From a family file snapshot to the genogram input: states, twins, ages, badges."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.genogram.badges import badge_legend, badge_meaning, residence_badge
from fallmanager.domain.genogram.input import genogram_input
from fallmanager.domain.genogram.model import PartnershipState
from fallmanager.domain.genogram_records import TwinBond
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.relationships import Partnership, PartnershipEvent, PartnershipEventKind
from fallmanager.domain.residence import ResidenceKind, ResidenceStatus

ON = date(2026, 11, 25)


def _detail(**parts: Any) -> FamilyFileDetail:
    empty = {name: () for name in FamilyFileDetail.__dataclass_fields__ if name != "family"}
    family = FamilyFile(case_number="2026-0001", opened_on=date(2026, 1, 1))
    return FamilyFileDetail(family=family, **(empty | parts))


def _person(given: str, born: str | None = None, **extra: Any) -> Person:
    return Person(
        given_names=given,
        family_name="Petrović",
        sex=Sex.FEMALE,
        birth_date=PartialDate.parse(born) if born else None,
        **extra,
    )


E = PartnershipEventKind


@pytest.mark.parametrize(
    ("events", "state", "ended"),
    [
        ((), PartnershipState.TOGETHER, None),
        (((E.MARRIED, "2001"), (E.SEPARATED, "2010")), PartnershipState.SEPARATED, "2010"),
        (((E.SEPARATED, "2010"), (E.RECONCILED, "2012")), PartnershipState.TOGETHER, None),
        (((E.SEPARATED, "2010"), (E.DIVORCED, "2013-05")), PartnershipState.DIVORCED, "2013-05"),
        (((E.MARRIED, "2001"), (E.WIDOWED, "2020")), PartnershipState.WIDOWED, None),
        # An event after the genogram date has not happened yet.
        (((E.MARRIED, "2001"), (E.DIVORCED, "2027")), PartnershipState.TOGETHER, None),
        # Undated events count after the dated ones.
        (((E.SEPARATED, None), (E.MARRIED, "2001")), PartnershipState.SEPARATED, None),
    ],
)
def test_partnership_state_follows_the_dated_events(
    events: tuple[tuple[PartnershipEventKind, str | None], ...],
    state: PartnershipState,
    ended: str | None,
) -> None:
    a, b = _person("Ana", "1980"), _person("Marko", "1978")
    couple = Partnership(person_a_id=a.id, person_b_id=b.id)
    recorded = tuple(
        PartnershipEvent(
            partnership_id=couple.id, kind=kind, date=PartialDate.parse(day) if day else None
        )
        for kind, day in events
    )
    data = genogram_input(
        _detail(persons=(a, b), partnerships=(couple,), partnership_events=recorded), on=ON
    )
    (result,) = data.partnerships
    assert result.state is state
    assert result.ended == (PartialDate.parse(ended) if ended else None)


def test_twin_bonds_join_into_groups() -> None:
    a, b, c, d, e = (_person(name, "2016-04-03") for name in "ABCDE")
    bonds = (
        TwinBond(person_a_id=a.id, person_b_id=b.id, identical=True),
        TwinBond(person_a_id=b.id, person_b_id=c.id, identical=True),
        TwinBond(person_a_id=d.id, person_b_id=e.id, identical=False),
    )
    data = genogram_input(_detail(persons=(a, b, c, d, e), twin_bonds=bonds), on=ON)
    groups = {frozenset(t.person_ids): t.identical for t in data.twins}
    assert groups == {frozenset({a.id, b.id, c.id}): True, frozenset({d.id, e.id}): False}


def test_ages_for_the_living_and_at_death() -> None:
    living = _person("Ana", "2010-12-01")
    year_only = _person("Mira", "2000")
    dead = _person("Stana", "1940-02-01", deceased=True, death_date=PartialDate(2019, 3, 4))
    dead_undated = _person("Jela", "1938", deceased=True)
    data = genogram_input(_detail(persons=(living, year_only, dead, dead_undated)), on=ON)
    ages = {p.id: p.age for p in data.persons}
    assert ages == {living.id: 15, year_only.id: 25, dead.id: 79, dead_undated.id: None}


def test_residence_badges_and_their_legend() -> None:
    person_id = uuid.uuid4()

    def status(kind: ResidenceKind, basis: str = "") -> ResidenceStatus:
        return ResidenceStatus(person_id=person_id, kind=kind, legal_basis=basis)

    assert residence_badge(None) == ""
    assert residence_badge(status(ResidenceKind.TOLERATION)) == "D"
    assert residence_badge(status(ResidenceKind.RESIDENCE_PERMIT, "§ 25b AufenthG")) == "AE 25b"
    assert residence_badge(status(ResidenceKind.RESIDENCE_PERMIT, "§104c")) == "AE 104c"
    assert residence_badge(status(ResidenceKind.SETTLEMENT_PERMIT)) == "NE"
    assert badge_meaning("AE 25b") == "Aufenthaltserlaubnis (§ 25b AufenthG)"
    assert badge_meaning("AE 25b", "en") == "Residence permit (s. 25b AufenthG)"
    assert badge_meaning("D", "en").startswith("Toleration")
    assert badge_meaning("XYZ") == ""
    assert badge_legend(["NE", "D", "", "D"]) == [
        ("D", "Duldung (§ 60a AufenthG)"),
        ("NE", "Niederlassungserlaubnis"),
    ]
