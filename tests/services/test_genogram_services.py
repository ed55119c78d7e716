"""Genogram use cases against a real temporary vault: reading, nudging, adding relatives."""

from __future__ import annotations

from datetime import date

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.genogram.model import PartnershipState
from fallmanager.domain.genogram_records import (
    MAX_NUDGE_Y_MM,
    EmotionalRelationKind,
    GenogramNudge,
)
from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.relationships import (
    ParentChildLink,
    PartnershipEventKind,
    PartnershipKind,
)
from fallmanager.domain.residence import ResidenceKind
from fallmanager.services import family_files, genogram, housing, persons, relationships, residence
from fallmanager.services.genogram import RelativeKind
from fallmanager.services.history import withdraw_records
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


@pytest.fixture
def family(uow: SqlUnitOfWork) -> FamilyFile:
    return family_files.open_family_file(uow, opened_on=date(2026, 2, 1))


def _add(
    uow: SqlUnitOfWork, family: FamilyFile, given: str, born: str, sex: Sex = Sex.FEMALE
) -> Person:
    return persons.add_person(
        uow,
        family_id=family.id,
        given_names=given,
        family_name="Krasniqi",
        sex=sex,
        birth_date=PartialDate.parse(born),
        confirmed_not_duplicate=True,
        today=TODAY,
    ).person


def test_family_genogram_carries_state_badges_household_and_outside_relations(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    mother = _add(uow, family, "Drita", "1985-03-02")
    father = _add(uow, family, "Arben", "1982", Sex.MALE)
    child = _add(uow, family, "Ardit", "2012-06-01", Sex.MALE)
    relationships.record_partnership(
        uow,
        person_a_id=mother.id,
        person_b_id=father.id,
        kind=PartnershipKind.MARRIAGE,
        events=(
            (PartnershipEventKind.MARRIED, PartialDate(2008)),
            (PartnershipEventKind.SEPARATED, PartialDate(2019)),
            (PartnershipEventKind.DIVORCED, PartialDate(2021, 4)),
        ),
    )
    for parent in (mother, father):
        relationships.record_parent_child(uow, parent_id=parent.id, child_id=child.id)
    residence.record_residence_status(
        uow,
        person_id=child.id,
        kind=ResidenceKind.RESIDENCE_PERMIT,
        legal_basis="§ 25a AufenthG",
        valid_from=date(2025, 1, 1),
        valid_until=date(2027, 1, 1),
    )
    residence.record_residence_status(
        uow, person_id=mother.id, kind=ResidenceKind.TOLERATION, valid_from=date(2026, 1, 1)
    )
    place = housing.register_accommodation(
        uow, kind=AccommodationKind.MUNICIPAL_REFUGEE, name="Unterkunft Am Kanal"
    )
    housing.record_household(
        uow,
        family_id=family.id,
        accommodation_id=place.id,
        moved_in=date(2024, 5, 1),
        member_ids=(mother.id, child.id),
    )
    # The grandmother is recorded in another family's file only.
    other = family_files.open_family_file(uow, opened_on=date(2026, 3, 1))
    grandmother = _add(uow, other, "Shpresa", "1960")
    relationships.record_parent_child(uow, parent_id=grandmother.id, child_id=mother.id)
    genogram.set_index_person(uow, family_id=family.id, person_id=child.id)

    result = genogram.family_genogram(uow, family_id=family.id, on=TODAY)

    assert result.case_number == family.case_number and result.family_open
    data = result.input
    assert {p.id for p in data.persons} == {mother.id, father.id, child.id}
    assert data.index_person_id == child.id
    by_id = {p.id: p for p in data.persons}
    assert by_id[child.id].badge == "AE 25a"
    assert by_id[mother.id].badge == "D"
    assert by_id[father.id].badge == ""
    assert by_id[child.id].age == 14
    assert by_id[father.id].age in (43, 44)
    assert {p.id for p in data.persons if p.in_household} == {mother.id, child.id}
    assert data.household_label == "Unterkunft Am Kanal"
    (couple,) = data.partnerships
    assert couple.state is PartnershipState.DIVORCED
    assert couple.began == PartialDate(2008) and couple.ended == PartialDate(2021, 4)
    assert len(data.parent_links) == 2
    assert data.outside_relations == ((mother.id, grandmother.id),)


def test_nudges_are_stored_updated_clamped_and_reset(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    person = _add(uow, family, "Drita", "1985")
    first = genogram.nudge_person(
        uow, family_id=family.id, person_id=person.id, dx_mm=12.345, dy_mm=50
    )
    assert first.before is None
    assert (first.after.dx_mm, first.after.dy_mm) == (12.35, MAX_NUDGE_Y_MM)
    second = genogram.nudge_person(
        uow, family_id=family.id, person_id=person.id, dx_mm=-4, dy_mm=-2
    )
    assert second.before == first.after and second.after.id == first.after.id
    data = genogram.family_genogram(uow, family_id=family.id, on=TODAY).input
    assert data.nudges == {person.id: (-4.0, -2.0)}
    removed = genogram.reset_layout(uow, family_id=family.id)
    assert [n.id for n in removed] == [first.after.id]
    assert genogram.family_genogram(uow, family_id=family.id, on=TODAY).input.nudges == {}


def test_nudging_someone_outside_the_family_is_refused(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    other = family_files.open_family_file(uow, opened_on=date(2026, 3, 1))
    stranger = _add(uow, other, "Vesna", "1990")
    with pytest.raises(DomainError) as error:
        genogram.nudge_person(uow, family_id=family.id, person_id=stranger.id, dx_mm=1, dy_mm=0)
    assert error.value.code is ErrorCode.NOT_A_MEMBER


def test_add_relative_links_partner_child_parent_and_sibling(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    mother = _add(uow, family, "Drita", "1985")
    partner = _add(uow, family, "Arben", "1982", Sex.MALE)
    (partnership,) = genogram.add_relative(
        uow,
        family_id=family.id,
        anchor_id=mother.id,
        person_id=partner.id,
        relation=RelativeKind.PARTNER,
        partnership_kind=PartnershipKind.UNMARRIED,
    )
    child = _add(uow, family, "Ardit", "2012", Sex.MALE)
    links = genogram.add_relative(
        uow,
        family_id=family.id,
        anchor_id=mother.id,
        person_id=child.id,
        relation=RelativeKind.CHILD,
        other_parent_id=partner.id,
    )
    assert {(link.parent_id, link.child_id) for link in links} == {  # type: ignore[attr-defined]
        (mother.id, child.id),
        (partner.id, child.id),
    }
    sibling = _add(uow, family, "Blerta", "2015")
    sibling_links = genogram.add_relative(
        uow,
        family_id=family.id,
        anchor_id=child.id,
        person_id=sibling.id,
        relation=RelativeKind.SIBLING,
    )
    assert {link.parent_id for link in sibling_links} == {mother.id, partner.id}  # type: ignore[attr-defined]
    grandmother = _add(uow, family, "Shpresa", "1960")
    (parent_link,) = genogram.add_relative(
        uow,
        family_id=family.id,
        anchor_id=mother.id,
        person_id=grandmother.id,
        relation=RelativeKind.PARENT,
    )
    assert isinstance(parent_link, ParentChildLink)
    assert (parent_link.parent_id, parent_link.child_id) == (grandmother.id, mother.id)
    data = genogram.family_genogram(uow, family_id=family.id, on=TODAY).input
    assert len(data.parent_links) == 5
    assert data.partnerships[0].kind is PartnershipKind.UNMARRIED
    assert partnership.id == data.partnerships[0].id
    # Undo of the whole action withdraws exactly what it created.
    withdraw_records(uow, records=[(type(r), r.id) for r in sibling_links])
    data = genogram.family_genogram(uow, family_id=family.id, on=TODAY).input
    assert not [link for link in data.parent_links if link.child_id == sibling.id]


def test_add_relative_refuses_what_the_rules_forbid(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    mother = _add(uow, family, "Drita", "1985")
    lonely = _add(uow, family, "Ardit", "2012", Sex.MALE)
    with pytest.raises(DomainError) as error:
        genogram.add_relative(
            uow,
            family_id=family.id,
            anchor_id=lonely.id,
            person_id=mother.id,
            relation=RelativeKind.SIBLING,
        )
    assert error.value.code is ErrorCode.NO_PARENTS_RECORDED
    genogram.add_relative(
        uow, family_id=family.id, anchor_id=mother.id, person_id=lonely.id,
        relation=RelativeKind.CHILD,
    )  # fmt: skip
    with pytest.raises(DomainError) as error:
        genogram.add_relative(
            uow,
            family_id=family.id,
            anchor_id=mother.id,
            person_id=lonely.id,
            relation=RelativeKind.PARENT,
        )
    assert error.value.code is ErrorCode.OWN_ANCESTOR
    with pytest.raises(DomainError) as error:
        genogram.add_relative(
            uow,
            family_id=family.id,
            anchor_id=mother.id,
            person_id=mother.id,
            relation=RelativeKind.PARTNER,
        )
    assert error.value.code is ErrorCode.SELF_RELATIONSHIP
    # Nothing half-done: the failed actions left no links behind.
    data = genogram.family_genogram(uow, family_id=family.id, on=TODAY).input
    assert len(data.parent_links) == 1 and not data.partnerships


def test_twins_emotions_and_index_person(uow: SqlUnitOfWork, family: FamilyFile) -> None:
    a = _add(uow, family, "Era", "2016-04-03")
    b = _add(uow, family, "Elira", "2016-04-03")
    c = _add(uow, family, "Drita", "1985")
    genogram.record_twins(uow, person_a_id=a.id, person_b_id=b.id, identical=True)
    with pytest.raises(DomainError) as error:
        genogram.record_twins(uow, person_a_id=b.id, person_b_id=a.id, identical=False)
    assert error.value.code is ErrorCode.DUPLICATE_RELATIONSHIP
    genogram.record_emotional_relation(
        uow, person_a_id=c.id, person_b_id=a.id, kind=EmotionalRelationKind.CLOSE
    )
    with pytest.raises(DomainError):
        genogram.record_emotional_relation(
            uow, person_a_id=a.id, person_b_id=c.id, kind=EmotionalRelationKind.DISTANT
        )
    before, after = genogram.set_index_person(uow, family_id=family.id, person_id=a.id)
    assert before.index_person_id is None and after.index_person_id == a.id
    other = family_files.open_family_file(uow, opened_on=date(2026, 3, 1))
    stranger = _add(uow, other, "Vesna", "1990")
    with pytest.raises(DomainError) as error:
        genogram.set_index_person(uow, family_id=family.id, person_id=stranger.id)
    assert error.value.code is ErrorCode.NOT_A_MEMBER
    data = genogram.family_genogram(uow, family_id=family.id, on=TODAY).input
    (twins,) = data.twins
    assert set(twins.person_ids) == {a.id, b.id} and twins.identical
    (emotion,) = data.emotions
    assert emotion.kind is EmotionalRelationKind.CLOSE
    assert data.index_person_id == a.id


def test_nudge_records_round_trip_through_the_family_file(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    person = _add(uow, family, "Drita", "1985")
    genogram.nudge_person(uow, family_id=family.id, person_id=person.id, dx_mm=3, dy_mm=1)
    detail = family_files.get_family_file(uow, family_id=family.id)
    assert [type(n) for n in detail.genogram_nudges] == [GenogramNudge]
    assert detail.genogram_nudges[0].person_id == person.id
