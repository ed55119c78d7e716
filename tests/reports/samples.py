"""A hand-built genogram layout with every notation element (synthetic persons only)."""

from __future__ import annotations

import uuid
from datetime import date

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.genogram.model import (
    Connector,
    ConnectorKind,
    GenogramEmotion,
    GenogramInput,
    GenogramLayout,
    GenogramParentLink,
    GenogramPartnership,
    GenogramPerson,
    GenogramTwins,
    HouseholdBoundary,
    LineStyle,
    PartnershipState,
    PlacedPerson,
)
from fallmanager.domain.genogram_records import EmotionalRelationKind as E
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

ON = date(2026, 11, 25)


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def _p(
    n: int,
    sex: Sex,
    given: str,
    family: str,
    born: int | None,
    *,
    died: int | None = None,
    badge: str = "",
    household: bool = False,
) -> GenogramPerson:
    end = died or ON.year
    return GenogramPerson(
        id=_id(n),
        sex=sex,
        given_names=given,
        family_name=family,
        birth=PartialDate(born) if born else None,
        death=PartialDate(died) if died else None,
        deceased=died is not None,
        age=(end - born) if born else None,
        badge=badge,
        in_household=household,
    )


GRANDFATHER = _p(1, Sex.MALE, "Dragan", "Đorđević", 1940, died=2015)
GRANDMOTHER = _p(2, Sex.FEMALE, "Milica", "Đorđević", 1943)
FATHER = _p(3, Sex.MALE, "Marko", "Đorđević", 1965, badge="D", household=True)
MOTHER = _p(4, Sex.FEMALE, "Јелена", "Петровић", 1968, badge="AE 25b", household=True)
EX = _p(5, Sex.MALE, "Bogdan Aleksandar", "Nikolić-Stanković", 1960, badge="NE")
TWIN_A = _p(6, Sex.FEMALE, "Sara", "Đorđević", 2008, household=True)
TWIN_B = _p(7, Sex.FEMALE, "Lena", "Đorđević", 2008, household=True)
INDEX = _p(8, Sex.MALE, "Luka", "Đorđević", 2012, badge="D", household=True)
HALF = _p(9, Sex.FEMALE, "Mila", "Nikolić", 1998)
DIVERSE = _p(10, Sex.DIVERSE, "Alex", "Kovač", 1956)
UNKNOWN = _p(11, Sex.UNKNOWN, "Kim", "Horvat", None)

PERSONS = (
    GRANDFATHER,
    GRANDMOTHER,
    FATHER,
    MOTHER,
    EX,
    TWIN_A,
    TWIN_B,
    INDEX,
    HALF,
    DIVERSE,
    UNKNOWN,
)
GIVEN_AND_FAMILY_NAMES = sorted(
    {part for p in PERSONS for part in f"{p.given_names} {p.family_name}".split()}
)

ROW0, ROW1, ROW2 = 25.0, 81.0, 137.0


def _placed(person: GenogramPerson, x: float, y: float, generation: int) -> PlacedPerson:
    return PlacedPerson(person, x, y, generation, x, y, is_index=person is INDEX)


def sample_layout() -> GenogramLayout:
    persons = (
        _placed(GRANDFATHER, 27, ROW0, 0),
        _placed(GRANDMOTHER, 57, ROW0, 0),
        _placed(DIVERSE, 117, ROW0, 0),
        _placed(UNKNOWN, 147, ROW0, 0),
        _placed(FATHER, 42, ROW1, 1),
        _placed(MOTHER, 72, ROW1, 1),
        _placed(EX, 102, ROW1, 1),
        _placed(TWIN_A, 27, ROW2, 2),
        _placed(TWIN_B, 57, ROW2, 2),
        _placed(INDEX, 87, ROW2, 2),
        _placed(HALF, 132, ROW2, 2),
    )
    c = Connector
    k = ConnectorKind
    connectors = (
        c(k.PARTNERSHIP, ((27, 30), (27, 32.5), (57, 32.5), (57, 30)), person_ids=(_id(1), _id(2))),
        c(k.DESCENT, ((42, 32.5), (42, 70))),
        c(k.CHILD, ((42, 70), (42, 76)), person_ids=(_id(3),)),
        c(
            k.PARTNERSHIP,
            ((42, 86), (42, 88.5), (72, 88.5), (72, 86)),
            LineStyle.DASHED,
            person_ids=(_id(3), _id(4)),
        ),
        c(
            k.PARTNERSHIP,
            ((72, 86), (72, 90.5), (102, 90.5), (102, 86)),
            person_ids=(_id(4), _id(5)),
            slashes=2,
            mark_at=(90, 90.5),
            label="2001",
        ),
        c(k.DESCENT, ((57, 88.5), (57, 120))),
        c(k.SIBSHIP, ((42, 120), (87, 120))),
        c(k.CHILD, ((42, 120), (27, 132)), person_ids=(_id(6),)),
        c(k.CHILD, ((42, 120), (57, 132)), person_ids=(_id(7),)),
        c(k.TWIN_BAR, ((34.5, 126), (49.5, 126)), person_ids=(_id(6), _id(7))),
        c(k.CHILD, ((87, 120), (87, 132)), person_ids=(_id(8),)),
        c(k.DESCENT, ((116, 90.5), (116, 112), (132, 112))),
        c(k.CHILD, ((132, 112), (132, 132)), LineStyle.DOTTED, person_ids=(_id(9),)),
        c(k.EMOTION, ((72, ROW1), (102, ROW1)), emotion=E.CONFLICTUAL, person_ids=(_id(4), _id(5))),
        c(k.EMOTION, ((42, ROW1), (27, ROW0)), emotion=E.CLOSE, person_ids=(_id(3), _id(1))),
        c(k.EMOTION, ((87, ROW2), (102, ROW1)), emotion=E.CUT_OFF, person_ids=(_id(8), _id(5))),
        c(k.EMOTION, ((117, ROW0), (147, ROW0)), emotion=E.DISTANT, person_ids=(_id(10), _id(11))),
    )
    household = HouseholdBoundary(
        points=((14, 66), (96, 66), (96, 160), (14, 160)),
        label="Unterkunft Lindenweg 7",
        label_at=(16, 64),
        person_ids=(_id(3), _id(4), _id(6), _id(7), _id(8)),
    )
    return GenogramLayout(persons, connectors, household, width=165.0, height=165.0)


def sample_input() -> GenogramInput:
    """The same family as input (for anonymisation and, once present, the real layout)."""
    return GenogramInput(
        persons=PERSONS,
        parent_links=(
            GenogramParentLink(_id(1), _id(3)),
            GenogramParentLink(_id(2), _id(3)),
            *(GenogramParentLink(parent, _id(n)) for parent in (_id(3), _id(4)) for n in (6, 7, 8)),
            GenogramParentLink(_id(4), _id(9), ParentChildKind.FOSTER),
            GenogramParentLink(_id(5), _id(9), ParentChildKind.FOSTER),
        ),
        partnerships=(
            GenogramPartnership(_id(101), _id(1), _id(2), state=PartnershipState.WIDOWED),
            GenogramPartnership(_id(102), _id(3), _id(4), kind=PartnershipKind.UNMARRIED),
            GenogramPartnership(
                _id(103),
                _id(4),
                _id(5),
                state=PartnershipState.DIVORCED,
                began=PartialDate(1995),
                ended=PartialDate(2001),
            ),
        ),
        twins=(GenogramTwins((_id(6), _id(7)), identical=True),),
        emotions=(
            GenogramEmotion(_id(4), _id(5), E.CONFLICTUAL),
            GenogramEmotion(_id(3), _id(1), E.CLOSE),
        ),
        index_person_id=_id(8),
        household_label="Unterkunft Lindenweg 7",
        on=ON,
    )
