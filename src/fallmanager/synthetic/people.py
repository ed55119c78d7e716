"""Planning the people of a family: generations, partnerships, births, deaths, arrivals."""

from __future__ import annotations

from datetime import date

from fallmanager.domain.family import MembershipRole
from fallmanager.domain.people import Sex
from fallmanager.domain.relationships import PartnershipKind
from fallmanager.domain.residence import MigrationEventKind
from fallmanager.synthetic.names import MODERN_FEMALE, MODERN_MALE, Origin, Surname
from fallmanager.synthetic.state import (
    ELDERS,
    FORMER_PARTNERS,
    ORIGIN_WEIGHTS,
    Draft,
    FamilyState,
    Phase,
)
from fallmanager.synthetic.timeline import DAY, add_years, age, days, weighted, years

#: How many children a mother has (a very small share has eleven to fifteen).
CHILDREN = ((0, 90), (1, 280), (2, 310), (3, 170), (4, 70), (5, 35), (6, 18), (7, 10), (8, 6),
            (9, 5), (10, 6))  # fmt: skip


class PeoplePlanner(FamilyState):
    """Who belongs to the family, with their true dates."""

    def plan_entry(self) -> None:
        """The family's entry between 2008 and 2018; for some, years back in the home country."""
        today = self.today
        year = self.rng.randint(2008, min(2018, today.year - 3))
        self.entry = self.between(date(year, 1, 1), date(year, 12, 31))
        if not self.chance(0.12):
            return
        low = self.entry + years(1)
        high = min(self.entry + years(6), today - years(3.2))
        if low >= high:
            return
        departure = self.between(low, high)
        back = self.between(departure + days(120), min(departure + days(900), today - days(800)))
        if back > departure + days(60):
            self.absence = (departure, back)
            if self.chance(0.4):
                self.absence_kind = MigrationEventKind.DEPORTATION

    def person(
        self,
        *,
        female: bool,
        born: date,
        tag: str,
        origin: Origin | None = None,
        surname: Surname | None = None,
        modern: bool = False,
    ) -> Draft:
        rng = self.rng
        origin = origin or self.origin
        pool = origin.female if female else origin.male
        if modern and born.year >= 2012 and self.chance(0.3):
            pool = MODERN_FEMALE if female else MODERN_MALE
        given = rng.choice(pool)
        for _ in range(8):  # members of a family do not share a given name
            if given.latin not in self.given_names:
                break
            given = rng.choice(pool)
        self.given_names.add(given.latin)
        sex = Sex.FEMALE if female else Sex.MALE
        r = rng.random()
        if r < 0.006:
            sex = Sex.UNKNOWN
        elif r < 0.008:
            sex = Sex.DIVERSE
        draft = Draft(
            id=self.new_id(),
            origin=origin,
            female=female,
            sex=sex,
            born=born,
            given=given,
            surname=surname or rng.choice(origin.surnames),
            tag=tag,
        )
        self.persons.append(draft)
        return draft

    def partner_for(self, person: Draft, began: date, tag: str) -> Draft:
        """A partner of the other sex, mostly of the same origin, adult when ``began``."""
        rng = self.rng
        origin = self.origin if self.chance(0.88) else weighted(rng, ORIGIN_WEIGHTS)
        older = rng.uniform(-3, 10) if person.female else rng.uniform(-10, 3)
        latest = add_years(began, -18) - days(rng.randint(0, 900))
        born = min(person.born - years(older), latest)
        return self.person(female=not person.female, born=born, tag=tag, origin=origin)

    def child_of(self, mother: Draft | None, father: Draft | None, born: date, tag: str) -> Draft:
        """A child with the father's name (the mother's when the father is not known)."""
        named_after = father or mother or self.mother
        child = self.person(
            female=self.chance(0.49),
            born=born,
            tag=tag,
            origin=named_after.origin,
            surname=named_after.surname,
            modern=True,
        )
        child.mother, child.father = mother, father
        return child

    def plan_parents_and_children(self) -> None:
        """The mother, her partnerships over time and the children born in each."""
        rng = self.rng
        today = self.today
        target = weighted(rng, CHILDREN)
        if self.chance(0.006):
            target = rng.randint(11, 15)
        exes = weighted(rng, ((0, 80), (1, 17), (2, 3)))
        with_partner = self.chance(0.86)
        need = 19 + max(target - 1, 0) * (1.25 if target >= 8 else 1.9) + exes * 2.5
        low = min(int(need) + 1, 55)
        mother_age = int(rng.triangular(low, max(low + 1, 62), min(low + 10, 61)))
        mother = self.person(
            female=True, born=today - years(mother_age) - days(rng.randint(0, 364)), tag="mother"
        )
        self.mother = mother
        plan: list[tuple[int, bool]] = []  # (children, former partner)
        remaining = target
        for _ in range(exes):
            share = min(remaining, rng.randint(0, 3))
            remaining -= share
            plan.append((share, True))
        if with_partner or not plan:
            plan.append((remaining, False))
        else:
            plan[-1] = (plan[-1][0] + remaining, True)
        twins_at = rng.randrange(target) if target >= 2 and self.chance(0.09) else -1
        spacing = (300, 620) if target >= 8 else (330, 1250)
        cursor = mother.born + years(rng.uniform(16.8, 23))
        last_birth = add_years(mother.born, 44)
        born_count = 0
        for count, ex in plan:
            if cursor > today - days(40):
                break
            partner = None
            if ex or with_partner:
                partner = self.partner_for(mother, cursor, "ex" if ex else "partner")
            married = self.chance(0.6 if ex else 0.7)
            kind = PartnershipKind.MARRIAGE if married else PartnershipKind.UNMARRIED
            phase = Phase(partner, kind, ex, cursor)
            t = cursor + days(rng.randint(200, 900))
            while len(phase.children) < count and t <= min(today, last_birth):
                pair = born_count >= twins_at >= 0 and len(phase.children) + 2 <= count
                first = self.child_of(mother, partner, t, "child")
                phase.children.append(first)
                if pair:
                    second = self.child_of(mother, partner, t, "child")
                    second.twin_of = first
                    phase.children.append(second)
                    twins_at = -1
                born_count += 2 if pair else 1
                t += days(rng.randint(*spacing))
            if ex:
                last = phase.children[-1].born if phase.children else phase.began
                separated = last + days(rng.randint(100, 900))
                if separated > today - days(30):
                    separated = self.between(last + DAY, today - days(30))
                phase.separated = max(separated, last + DAY)
                cursor = phase.separated + days(rng.randint(60, 900))
            self.phases.append(phase)
        last_phase = self.phases[-1] if self.phases else None
        self.partner = last_phase.partner if last_phase and not last_phase.ex else None
        # A married woman often carries her (current or former) husband's name.
        husbands = [p.partner for p in self.phases if p.kind is PartnershipKind.MARRIAGE]
        husband = next((h for h in reversed(husbands) if h is not None), None)
        if husband is not None and self.chance(0.55 if husband is self.partner else 0.3):
            mother.married_name = husband.surname

    def plan_partners_earlier_children(self) -> None:
        """Some partners bring children from an earlier relationship (half-siblings)."""
        partner = self.partner
        if partner is None or not self.chance(0.06):
            return
        began = self.phases[-1].began
        low, high = add_years(partner.born, 19), began - days(200)
        if low >= high:
            return
        earlier_mother = None
        if self.chance(0.5):
            earlier_mother = self.person(
                female=True,
                born=low - years(self.rng.uniform(18, 26)),
                tag="partner_ex",
                origin=partner.origin,
            )
        t = self.between(low, high)
        kids = []
        for _ in range(self.rng.randint(1, 2)):
            if t > high:
                break
            kids.append(self.child_of(earlier_mother, partner, t, "step_child"))
            t += days(self.rng.randint(330, 900))
        if earlier_mother is not None:
            self.partner_ex = earlier_mother
            self.partner_ex_until = self.between(kids[-1].born + DAY, began - days(30))

    def plan_losses(self) -> None:
        """Deaths and departures in the parents' generation, and a child who died young."""
        today = self.today
        mother, partner = self.mother, self.partner
        births = [c.born for c in self.children()]
        if partner is not None:
            if self.chance(0.02):
                last = max([*births, self.phases[-1].began])
                if last < today - days(60):
                    partner.died = self.between(last + days(30), today - days(30))
            elif self.chance(0.04):
                low = max([*births, mother.born + years(18), self.entry]) + days(60)
                if low < today - days(60):
                    mother.left = self.between(low, today - days(60))
            elif self.chance(0.012):
                last = max([*births, mother.born + years(18)])
                if last < today - days(60):
                    mother.died = self.between(last + days(30), today - days(30))
        kids = [c for c in self.children() if c.born < today - days(400)]
        if kids and self.chance(0.012):
            child = self.rng.choice(kids)
            latest = min(child.born + days(1500), today - days(10))
            child.died = self.between(child.born + days(20), latest)

    def plan_foster_child(self) -> None:
        low, high = add_years(self.mother.born, 20), self.today - days(300)
        if self.chance(0.025) and low < high:
            self.foster = self.person(
                female=self.chance(0.5), born=self.between(low, high), tag="foster", modern=True
            )

    def plan_elders(self) -> None:
        """Grandparents (of the mother, the partner or both), rarely a great-grandparent."""
        sides = [self.mother] + ([self.partner] if self.partner is not None else [])
        if not self.chance(0.25):
            return
        chosen = sides if len(sides) == 2 and self.chance(0.25) else [self.rng.choice(sides)]
        for child in chosen:
            elders = self.parents_for(child, "grandparent", both=True)
            if self.chance(0.14):
                self.parents_for(self.rng.choice(elders), "great_grandparent", both=False)

    def parents_for(self, child: Draft, tag: str, *, both: bool) -> list[Draft]:
        """One or two parents of ``child``; the older they are, the likelier they died."""
        rng = self.rng
        today = self.today
        mother_born = child.born - years(rng.uniform(17.5, 38))
        father_born = min(mother_born - years(rng.uniform(0, 9)), child.born - years(18.5))
        sexes = [True, False] if both and self.chance(0.45) else [self.chance(0.6)]
        result = []
        for female in sexes:
            born = mother_born if female else father_born
            elder = self.person(
                female=female, born=born, tag=tag, origin=child.origin, surname=child.surname
            )
            elder_age = age(born, today)
            risk = 0.04 if elder_age < 50 else 0.12 if elder_age < 65 else 0.4
            if elder_age >= 80:
                risk = 0.75
            if tag == "great_grandparent":
                risk = 0.85
            if elder_age >= 92 or self.chance(risk):
                # After the child's birth, mostly at forty or older, before a hundred.
                low = max(child.born + years(1), born + years(40))
                high = min(today - days(10), born + years(98))
                elder.died = self.between(min(low, high), high)
            if female:
                child.mother = elder
            else:
                child.father = elder
            result.append(elder)
        return result

    def plan_grandchildren(self) -> None:
        """An adult child with a baby or two, mostly with a partner of their own (not in
        families with a great-grandparent: four generations at most)."""
        if any(p.tag == "great_grandparent" for p in self.persons):
            return
        today = self.today
        adults = [
            c
            for c in self.persons
            if c.tag == "child" and c.died is None and c.born <= add_years(today, -19)
        ]
        if not adults or not self.chance(0.25):
            return
        parent = self.rng.choice(adults)
        first = self.between(add_years(parent.born, 18) + days(60), today - days(10))
        other = None
        if self.chance(0.7):
            other = self.partner_for(parent, first - days(280), "child_partner")
            married = self.chance(0.5)
            kind = PartnershipKind.MARRIAGE if married else PartnershipKind.UNMARRIED
            low = max(add_years(parent.born, 17), add_years(other.born, 17))
            began = max(self.between(low, first - days(200)), low)
            self.young_couple = (parent, other, kind, began)
        births = [first]
        if self.chance(0.35) and first + days(330) < today:
            births.append(self.between(first + days(330), min(first + days(1100), today)))
        mother, father = (parent, other) if parent.female else (other, parent)
        for born in births:
            self.child_of(mother, father, born, "grandchild")

    def settle_arrivals(self) -> None:
        """Who came to Germany when, who stayed abroad and who left again."""
        entry, absence = self.entry, self.absence
        for p in self.persons:
            if p.tag in ELDERS:
                self.settle_elder(p)
            elif p.tag in FORMER_PARTNERS:
                self.settle_former_partner(p)
            elif p.born < entry:
                early = p.tag in ("mother", "partner") and self.chance(0.3)
                p.arrived = entry - days(self.rng.randint(0, 200) if early else 0)
                if p.arrived <= p.born:
                    p.arrived = entry
            elif absence is not None and absence[0] <= p.born < absence[1]:
                p.arrived = absence[1]
            else:
                p.born_abroad = False
                p.arrived = p.born
            if p.died is not None and p.arrived is not None and p.died <= p.arrived:
                p.arrived = None  # died before the family came
            if p.arrived is None:
                p.role = MembershipRole.RELATIVE
                p.lives_with_family = False
        if self.mother.left is not None:
            self.mother.role = MembershipRole.RELATIVE
            self.mother.lives_with_family = False

    def settle_elder(self, p: Draft) -> None:
        """Grandparents mostly live abroad; some came later, some died in Germany."""
        entry, absence, today = self.entry, self.absence, self.today
        if p.died is None and p.tag == "grandparent" and self.chance(0.4):
            p.arrived = self.between(entry, min(entry + years(5), today - years(1)))
            if absence is not None and absence[0] - days(60) <= p.arrived:
                p.arrived = max(p.arrived, absence[1])
        elif p.died is not None and p.died > entry and self.chance(0.2):
            p.arrived = entry

    def settle_former_partner(self, p: Draft) -> None:
        """A former partner stayed abroad, lives elsewhere in Germany or left again."""
        p.role = MembershipRole.RELATIVE
        p.lives_with_family = False
        together_until = self.together_until(p)
        if together_until is not None and together_until < self.entry and self.chance(0.7):
            return
        p.arrived = self.entry
        if self.chance(0.4):
            low = max(together_until or self.entry, self.entry) + days(30)
            if low < self.today - days(30):
                p.left = self.between(low, self.today - days(30))

    def together_until(self, p: Draft) -> date | None:
        for phase in self.phases:
            if phase.partner is p:
                return phase.separated
        return self.partner_ex_until if p is self.partner_ex else None

    def plan_german_partner(self) -> None:
        """A few partners came as children in the 1980s or 1990s and were naturalised."""
        partner = self.partner
        if partner is None or partner.died is not None or self.absence is not None:
            return
        if not self.chance(0.035):
            return
        came = self.between(partner.born + years(2), partner.born + years(12))
        naturalised = self.between(came + years(8), self.today - years(1))
        if came >= self.entry or naturalised >= self.today - years(1):
            return
        partner.german, partner.arrived, partner.citizen_since = True, came, naturalised
        self.german_partner = True
        for child in self.children():
            if child.father is partner and child.born >= naturalised:
                child.german, child.citizen_since = True, child.born

    def open_file(self) -> None:
        """Opening and closing dates, the responsible case manager, the index person."""
        today = self.today
        low = max(date(2017, 1, 15), self.entry + days(180))
        if self.absence is not None:
            low = max(low, self.absence[1] + days(30))
        self.opened = self.between(min(low, today - days(20)), today - days(20))
        if self.chance(0.12):
            close_low = max(self.opened + days(90), today - days(700))
            if close_low < today - days(3):
                self.closed = self.between(close_low, today - days(3))
        self.responsible = self.rng.choice(self.net.case_managers)
        living = [p for p in self.persons if p.role is MembershipRole.MEMBER and p.died is None]
        parents = [p for p in living if p.tag in ("mother", "partner")]
        candidates = parents or living or [self.mother]
        self.index = weighted(self.rng, [(p, 7 if p.tag == "mother" else 3) for p in candidates])
        self.index.role = MembershipRole.MEMBER

    def plan_interpreters(self) -> None:
        """Many who came as adults, and most relatives abroad, need an interpreter."""
        for p in self.persons:
            if p.german:
                continue
            if p.arrived is None:
                p.needs_interpreter = self.chance(0.8)
            else:
                grown_up = age(p.born, p.arrived) >= 16 and age(p.born, self.today) >= 18
                p.needs_interpreter = grown_up and self.chance(0.65)
            if p.needs_interpreter:
                p.interpreter_language = self.rng.choice(p.origin.interpreter_languages)
