"""Input and output of the genogram layout, in millimetres with the y axis pointing down."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.genogram_records import EmotionalRelationKind
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind

Point = tuple[float, float]

# --- geometry (mm) shared by the layout and every renderer --------------------------------

#: Edge of a square / diameter of a circle.
SYMBOL_MM = 10.0
#: Horizontal room reserved per person; names are wrapped or shortened to fit.
SLOT_MM = 30.0
#: Vertical distance between the centres of two generations.
ROW_MM = 56.0
#: Space around the whole drawing.
MARGIN_MM = 12.0
#: Heights of the texts around a symbol: years above it, name and age lines below the lanes.
YEAR_TEXT_MM = 2.6
NAME_TEXT_MM = 2.8
#: Couple lines run in lanes below a row's symbols: the first this far below the symbol
#: bottom, the next ones this far apart.
LANE_FIRST_MM = 2.5
LANE_STEP_MM = 2.0
#: Top of the name text below a symbol centre, under room for three couple lanes.
NAME_TOP_MM = SYMBOL_MM / 2 + LANE_FIRST_MM + 2 * LANE_STEP_MM + 1.5


class PartnershipState(StrEnum):
    """Where a partnership stands on the genogram date, from its dated events."""

    TOGETHER = "together"
    SEPARATED = "separated"  # one slash
    DIVORCED = "divorced"  # two slashes
    WIDOWED = "widowed"


@dataclass(frozen=True, slots=True)
class GenogramPerson:
    """One person as the genogram sees them."""

    id: uuid.UUID
    sex: Sex
    given_names: str
    family_name: str
    birth: PartialDate | None = None
    death: PartialDate | None = None
    deceased: bool = False
    #: Age in full years on the genogram date (at death for the deceased); None if unknown.
    age: int | None = None
    #: Short residence-status badge ("D", "AE 25b", "NE"); "" when none is known.
    badge: str = ""
    #: Lives in the family's current household (inside the household boundary).
    in_household: bool = False

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_names.strip(), self.family_name.strip()) if p)


@dataclass(frozen=True, slots=True)
class GenogramParentLink:
    parent_id: uuid.UUID
    child_id: uuid.UUID
    kind: ParentChildKind = ParentChildKind.BIOLOGICAL


@dataclass(frozen=True, slots=True)
class GenogramPartnership:
    id: uuid.UUID
    person_a_id: uuid.UUID
    person_b_id: uuid.UUID
    kind: PartnershipKind = PartnershipKind.MARRIAGE
    state: PartnershipState = PartnershipState.TOGETHER
    #: When it began (marriage or start of the partnership), for ordering several partners.
    began: PartialDate | None = None
    #: The year written next to the separation / divorce slashes.
    ended: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class GenogramTwins:
    """Persons born together; ``identical`` adds the bar between their lines."""

    person_ids: tuple[uuid.UUID, ...]
    identical: bool = False


@dataclass(frozen=True, slots=True)
class GenogramEmotion:
    person_a_id: uuid.UUID
    person_b_id: uuid.UUID
    kind: EmotionalRelationKind


@dataclass(frozen=True, slots=True)
class GenogramInput:
    """A frozen picture of one family for the layout (built by ``input.genogram_input``)."""

    persons: tuple[GenogramPerson, ...]
    parent_links: tuple[GenogramParentLink, ...] = ()
    partnerships: tuple[GenogramPartnership, ...] = ()
    twins: tuple[GenogramTwins, ...] = ()
    emotions: tuple[GenogramEmotion, ...] = ()
    index_person_id: uuid.UUID | None = None
    #: Label of the household boundary, usually the accommodation's name.
    household_label: str = ""
    #: Manual offsets (dx, dy) in mm per person, from the vault.
    nudges: dict[uuid.UUID, Point] = field(default_factory=dict)
    #: Relationships recorded to persons outside this family: (member, other person).
    outside_relations: tuple[tuple[uuid.UUID, uuid.UUID], ...] = ()
    #: The day the genogram shows (ages, current household, partnership state).
    on: date = date(2000, 1, 1)

    def person(self, person_id: uuid.UUID) -> GenogramPerson | None:
        return next((p for p in self.persons if p.id == person_id), None)


# --- output -------------------------------------------------------------------------------


class LineStyle(StrEnum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"


class ConnectorKind(StrEnum):
    PARTNERSHIP = "partnership"  # the couple line, legs from both partners
    DESCENT = "descent"  # from a couple line (or a single parent) down to the sibship line
    SIBSHIP = "sibship"  # the horizontal line the children hang from
    CHILD = "child"  # from the sibship line (or a twin apex) down to one child
    TWIN_BAR = "twin_bar"  # the bar between identical twins' lines
    EMOTION = "emotion"  # optional emotional relation line


@dataclass(frozen=True, slots=True)
class Connector:
    """One polyline of the diagram.

    ``points`` is an orthogonal polyline for every kind but ``CHILD`` below twins (which run
    diagonally from one apex) and ``EMOTION`` (a straight line between two symbol centres,
    drawn on top). ``slashes`` is 1 (separated) or 2 (divorced) for partnership lines, drawn
    across the couple line at ``mark_at`` with ``label`` (e.g. the year) next to it.
    """

    kind: ConnectorKind
    points: tuple[Point, ...]
    style: LineStyle = LineStyle.SOLID
    person_ids: tuple[uuid.UUID, ...] = ()
    slashes: int = 0
    mark_at: Point | None = None
    label: str = ""
    emotion: EmotionalRelationKind | None = None


@dataclass(frozen=True, slots=True)
class PlacedPerson:
    """A person's symbol centre after layout (``x``, ``y``) and before nudging (``base_*``)."""

    person: GenogramPerson
    x: float
    y: float
    generation: int
    base_x: float
    base_y: float
    is_index: bool = False


@dataclass(frozen=True, slots=True)
class HouseholdBoundary:
    """Dotted outline around the persons living together now: an orthogonal polygon."""

    points: tuple[Point, ...]
    label: str
    label_at: Point
    person_ids: tuple[uuid.UUID, ...]


class LayoutWarningCode(StrEnum):
    """Why part of the data could not be drawn as recorded (each names the persons)."""

    CYCLE = "cycle"  # someone is their own ancestor; one link is left out
    TOO_MANY_PARENTS = "too_many_parents"  # more than two biological parents
    MISSING_BIRTH_DATE = "missing_birth_date"  # sibling order is a guess
    OUTSIDE_FAMILY = "outside_family"  # a relation to a person of another family
    UNKNOWN_PERSON = "unknown_person"  # a link or partnership names nobody of the input
    PARTNER_GENERATIONS = "partner_generations"  # partners could not share one row
    DUPLICATE_LINK = "duplicate_link"  # the same link or partnership twice


@dataclass(frozen=True, slots=True)
class LayoutWarning:
    code: LayoutWarningCode
    person_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, slots=True)
class GenogramLayout:
    persons: tuple[PlacedPerson, ...]
    connectors: tuple[Connector, ...]
    household: HouseholdBoundary | None
    width: float
    height: float
    warnings: tuple[LayoutWarning, ...] = ()

    def placed(self, person_id: uuid.UUID) -> PlacedPerson | None:
        return next((p for p in self.persons if p.person.id == person_id), None)
