"""The state of a family while it is planned and written out: drafts of its people."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.education_work import BenefitKind
from fallmanager.domain.entity import Entity
from fallmanager.domain.family import MembershipRole
from fallmanager.domain.people import PassportStatus, Person, Sex
from fallmanager.domain.relationships import PartnershipEventKind, PartnershipKind
from fallmanager.domain.residence import MigrationEventKind
from fallmanager.synthetic.names import ORIGINS, NameForm, Origin, Surname
from fallmanager.synthetic.network import Network
from fallmanager.synthetic.timeline import Period, between, partial

#: The groups of origin with their share of the families.
ORIGIN_WEIGHTS = [(origin, origin.weight) for origin in ORIGINS]
ELDERS = ("grandparent", "great_grandparent")
FORMER_PARTNERS = ("ex", "partner_ex")

Events = list[tuple[PartnershipEventKind, PartialDate | None]]


@dataclass(eq=False, slots=True)
class Draft:
    """A person in the making, with the true dates behind the recorded ones."""

    id: uuid.UUID
    origin: Origin
    female: bool
    sex: Sex
    born: date
    given: NameForm
    surname: Surname  # the own family name (the father's)
    tag: str  # mother, partner, ex, child, step_child, grandparent, foster, grandchild …
    role: MembershipRole = MembershipRole.MEMBER
    married_name: Surname | None = None  # the husband's name, when she carries it
    mother: Draft | None = None
    father: Draft | None = None
    twin_of: Draft | None = None
    died: date | None = None
    arrived: date | None = None  # in Germany; None: never came
    left: date | None = None  # left Germany for good
    born_abroad: bool = True
    lives_with_family: bool = True
    moved_out: date | None = None  # into a household of their own
    german: bool = False
    citizen_since: date | None = None
    needs_interpreter: bool = False
    interpreter_language: str = ""
    own_periods: list[Period] = field(default_factory=list)  # of former partners
    overrides: list[tuple[date, list[Period]]] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    training: tuple[date, date] | None = None
    employment: tuple[date, date | None, float] | None = None
    passport: PassportStatus = PassportStatus.UNKNOWN
    birth_record: PartialDate | None = None
    fictitious: bool = False
    death_record: PartialDate | None = None
    record: Person | None = None

    @property
    def name_now(self) -> NameForm:
        """The family name in use."""
        return (self.married_name or self.surname).for_female(self.female)

    @property
    def family_label(self) -> str:
        """The family name a family is called by (the male form of Macedonian names)."""
        return (self.married_name or self.surname).male.latin

    def end(self) -> date | None:
        """When the person stopped living in Germany (death or departure)."""
        ends = [d for d in (self.died, self.left) if d is not None]
        return min(ends) if ends else None

    def in_germany_on(self, day: date, absence: tuple[date, date] | None = None) -> bool:
        """Whether the person lived in Germany on ``day`` (``absence``: the family's years
        back in the home country)."""
        if self.arrived is None or self.arrived > day:
            return False
        end = self.end()
        if end is not None and end <= day:
            return False
        away = absence is not None and absence[0] <= day < absence[1] and self.arrived < absence[0]
        return not away

    def alive_on(self, day: date) -> bool:
        return self.born <= day and (self.died is None or self.died > day)


@dataclass(slots=True)
class Phase:
    """A partnership of the mother and the children born in it."""

    partner: Draft | None  # None: the father is not known
    kind: PartnershipKind
    ex: bool
    began: date
    separated: date | None = None
    children: list[Draft] = field(default_factory=list)


class FamilyState:
    """What the planning and writing steps of one family share."""

    origin: Origin
    entry: date  # the family's first entry into Germany
    mother: Draft
    index: Draft  # the index person of the file
    opened: date
    responsible: str

    def __init__(
        self,
        rng: random.Random,
        today: date,
        network: Network,
        add: Callable[[Entity], None],
        sequences: dict[int, int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.net = network
        self.add = add
        self.sequences = sequences  # the last case number sequence per year
        self.family_id = self.new_id()
        self.persons: list[Draft] = []
        self.involved_actor_ids: list[uuid.UUID] = []
        #: The help plan's records, for the conferences that refer to its goals.
        self.help_plan_records: list[Entity] = []
        self.given_names: set[str] = set()
        self.phases: list[Phase] = []
        self.partner: Draft | None = None
        self.partner_ex: Draft | None = None
        self.partner_ex_until: date | None = None
        self.foster: Draft | None = None
        self.young_couple: tuple[Draft, Draft, PartnershipKind, date] | None = None
        self.absence: tuple[date, date] | None = None
        self.absence_kind = MigrationEventKind.VOLUNTARY_DEPARTURE
        self.german_partner = False
        self.pathway = "toleration"
        self.base: list[Period] = []
        self.permit_start: date | None = None
        self.closed: date | None = None
        self.accommodation_label = ""
        self.municipal = False
        self.pupils: list[Draft] = []
        self.small_children: list[Draft] = []
        self.current_school: dict[uuid.UUID, uuid.UUID] = {}
        self.benefit_kinds: set[BenefitKind] = set()
        self.concerns = False

    # -- basics ----------------------------------------------------------------------------

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def between(self, low: date, high: date) -> date:
        """A random day in ``[low, high]``; ``low`` when the range is empty."""
        return between(self.rng, low, high)

    def partial(self, day: date, full: float, month: float) -> PartialDate:
        """``day`` as recorded: complete, year and month, or the year only."""
        return partial(self.rng, day, full, month)

    def children(self) -> list[Draft]:
        """The children of the mother and of her current partner."""
        return [p for p in self.persons if p.tag in ("child", "step_child")]
