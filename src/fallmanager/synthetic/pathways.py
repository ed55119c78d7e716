"""Planning residence histories: Duldungen, permits and the paths between them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from fallmanager.domain.family import MembershipRole
from fallmanager.domain.people import PassportStatus
from fallmanager.domain.relationships import PartnershipKind
from fallmanager.domain.residence import ResidenceKind
from fallmanager.synthetic.state import FORMER_PARTNERS, Draft, FamilyState
from fallmanager.synthetic.timeline import (
    DAY,
    TOLERATIONS,
    Period,
    add_months,
    add_years,
    age,
    clip,
    days,
    period_on,
    replace_from,
    weighted,
    years,
)

#: Where a family can be in its residence history (see ``catalog.PATHWAYS``).
PATHWAYS = (("toleration", 50), ("104c", 15), ("25b", 12), ("25_5", 7), ("youth", 11),
            ("settlement", 5))  # fmt: skip
#: Weekly working hours of jobs.
HOURS = ((10.0, 3), (15.0, 2), (20.0, 3), (25.0, 2), (30.0, 3), (35.0, 2), (38.5, 3), (39.0, 2),
         (40.0, 3))  # fmt: skip
PASSPORTS_BORN_ABROAD = (
    (PassportStatus.HELD, 18), (PassportStatus.EXPIRED, 15), (PassportStatus.NONE, 25),
    (PassportStatus.PROCUREMENT_IN_PROGRESS, 32), (PassportStatus.UNKNOWN, 10),
)  # fmt: skip
PASSPORTS_BORN_HERE = (
    (PassportStatus.NONE, 40), (PassportStatus.PROCUREMENT_IN_PROGRESS, 35),
    (PassportStatus.HELD, 20), (PassportStatus.UNKNOWN, 5),
)  # fmt: skip
#: The Chancen-Aufenthaltsrecht (§ 104c) came into force on 31 December 2022.
CHANCEN_START = date(2023, 1, 1)
#: Duldungen issued under § 60b exist since 2020.
SECTION_60B = date(2020, 1, 1)
_AGGREGATED = "Mehrere Duldungen mit jeweils 3 bis 6 Monaten Gültigkeit (zusammengefasst)."


class ResidencePlanner(FamilyState):
    """The family's residence history and each member's own version of it."""

    def plan_residence(self) -> None:
        """The family's residence history from entry to today, by one of several pathways."""
        rng, today, entry = self.rng, self.today, self.entry
        periods: list[Period] = []
        t = entry
        if self.chance(0.6):
            end = entry + days(rng.randint(150, 800))
            if self.absence is not None:
                end = min(end, self.absence[0] - days(40))
            end = min(end, today - years(1))
            periods.append(Period(ResidenceKind.ASYLUM_PERMISSION, "§ 55 AsylG", entry, end))
            t = end + DAY
        if self.absence is not None:
            departure, back = self.absence
            if t < departure - days(30):
                periods += self.tolerations(t, departure - DAY, ongoing=False)
            t = back
            if self.chance(0.5):
                end = back + days(rng.randint(90, 360))
                periods.append(
                    Period(
                        ResidenceKind.ASYLUM_PERMISSION, "§ 55 AsylG", back, end, "Asylfolgeantrag"
                    )
                )
                t = end + DAY
        pathway = "german" if self.german_partner else weighted(rng, PATHWAYS)
        chancen_end = min(date(2024, 12, 31), today - days(60))
        if pathway == "104c" and not (
            entry <= date(2017, 10, 31) and t < CHANCEN_START < chancen_end
        ):
            pathway = "25b"
        if pathway == "settlement" and t + years(7) >= today:
            pathway = "25b"
        if pathway == "25b" and max(t + years(2), entry + years(5)) >= today - years(0.3):
            pathway = "toleration"
        if pathway == "25_5" and t + years(1.5) >= today:
            pathway = "toleration"
        self.pathway = pathway
        if pathway == "104c":
            periods += self.chancen_pathway(t, chancen_end)
        elif pathway == "25b":
            start = self.between(max(t + years(2), entry + years(5)), today - days(100))
            periods += self.tolerations(t, start - DAY, ongoing=False)
            periods += self.permits(start, "§ 25b AufenthG", (24, 30, 36))
            self.permit_start = start
        elif pathway == "25_5":
            start = self.between(max(t + years(1), today - years(6)), today - days(60))
            periods += self.tolerations(t, start - DAY, ongoing=False)
            periods += self.permits(start, "§ 25 Abs. 5 AufenthG", (12, 24, 36))
            self.permit_start = start
        elif pathway == "settlement":
            periods += self.settlement_pathway(t)
        else:
            periods += self.tolerations(t, self.final_end(), ongoing=True)
        self.base = periods
        for p in self.persons:  # former partners living apart have Duldungen of their own
            if p.tag in FORMER_PARTNERS and p.arrived is not None:
                gone = p.end()
                p.own_periods = self.tolerations(
                    p.arrived, gone or self.final_end(), ongoing=gone is None
                )
        if pathway == "youth":
            self.plan_youth_permits()
        elif pathway == "german":
            self.plan_family_reunion()

    def chancen_pathway(self, t: date, latest: date) -> list[Period]:
        """§ 104c for 18 months, then § 25b, a pending application or Duldung again."""
        start = self.between(CHANCEN_START, latest)
        end = add_months(start, 18) - DAY
        periods = self.tolerations(t, start - DAY, ongoing=False)
        periods.append(
            Period(
                ResidenceKind.RESIDENCE_PERMIT,
                "§ 104c AufenthG",
                start,
                end,
                "Chancen-Aufenthaltsrecht",
            )
        )
        self.permit_start = start
        if end >= self.today:
            return periods
        follow = weighted(self.rng, (("25b", 50), ("fiction", 25), ("toleration", 25)))
        if follow == "25b":
            periods += self.permits(end + DAY, "§ 25b AufenthG", (24, 30))
        elif follow == "fiction":
            until = self.today + days(self.rng.randint(10, 150))
            periods.append(
                Period(
                    ResidenceKind.FICTION_CERTIFICATE,
                    "§ 81 Abs. 4 AufenthG",
                    end + DAY,
                    until,
                    "Antrag auf Aufenthaltserlaubnis nach § 25b gestellt",
                )
            )
        else:
            periods += self.tolerations(end + DAY, self.final_end(), ongoing=True)
            self.pathway = "104c_failed"
        return periods

    def settlement_pathway(self, t: date) -> list[Period]:
        """§ 25b for about five years, then a settlement permit; later children are German."""
        start = self.between(t + years(1), self.today - years(6))
        settled = add_years(start, 5) + days(self.rng.randint(0, 300))
        settled = min(settled, self.today - days(30))
        periods = self.tolerations(t, start - DAY, ongoing=False)
        periods += self.permits(start, "§ 25b AufenthG", (24, 36), until=settled - DAY)
        basis = "§ 26 Abs. 4 AufenthG" if self.chance(0.5) else "§ 9 AufenthG"
        periods.append(Period(ResidenceKind.SETTLEMENT_PERMIT, basis, settled, None))
        self.permit_start = start
        for child in self.children():
            if not child.born_abroad and child.born > max(settled, add_years(self.entry, 8)):
                child.german, child.citizen_since = True, child.born
        return periods

    def plan_family_reunion(self) -> None:
        """§ 28: the mother of a German child, or the wife of a German, gets a permit."""
        german_births = sorted(c.born for c in self.children() if c.german)
        phase = self.phases[-1]
        start, basis = None, ""
        if german_births:
            start = german_births[0] + days(self.rng.randint(60, 400))
            basis = "§ 28 Abs. 1 Satz 1 Nr. 3 AufenthG"
        elif phase.kind is PartnershipKind.MARRIAGE:
            low = max(self.entry, phase.began) + days(180)
            start = self.between(low, low + years(3))
            basis = "§ 28 Abs. 1 Satz 1 Nr. 1 AufenthG"
        mother = self.mother
        if start is not None and start < self.today - days(30) and mother.in_germany_on(start):
            mother.overrides.append((start, self.permits(start, basis, (12, 36))))
            self.permit_start = start
        else:
            self.pathway = "german_tolerated"

    def final_end(self) -> date:
        """The end of the current Duldung: some expire within eight weeks, a few expired."""
        r = self.rng.random()
        if r < 0.3:
            return self.today + days(self.rng.randint(0, 56))
        if r < 0.36:
            return self.today - days(self.rng.randint(1, 40))
        return self.today + days(self.rng.randint(57, 200))

    def tolerations(self, start: date, end: date, *, ongoing: bool) -> list[Period]:
        """Consecutive Duldungen from ``start`` to ``end``: the recent ones as they were
        issued (3 to 12 months), the older ones aggregated into one to three periods."""
        rng, today = self.rng, self.today
        if end < start:
            return []
        recent: list[Period] = []
        cursor = end
        for i in range(rng.randint(2, 3) if ongoing else rng.randint(1, 2)):
            begin = add_months(cursor, -rng.choice((3, 3, 4, 6, 6, 6, 12))) + DAY
            if i == 0 and ongoing and begin > today:
                begin = today - days(rng.randint(0, 45))
            note = "Abgelaufen; Verlängerung beantragt." if i == 0 and end < today else ""
            if begin <= start + days(60):
                recent.append(self.toleration(start, cursor, note))
                return recent[::-1]
            recent.append(self.toleration(begin, cursor, note))
            cursor = begin - DAY
        span = (cursor - start).days
        pieces = max(1, min(3, span // 730, rng.randint(1, 3)))
        older = []
        low = start
        for i in range(1, pieces + 1):
            high = cursor
            if i < pieces:
                high = start + days(span * i // pieces + rng.randint(-60, 60))
            note = _AGGREGATED if (high - low).days >= 240 else ""
            older.append(Period(ResidenceKind.TOLERATION, "", low, high, note))
            low = high + DAY
        return older + recent[::-1]

    def toleration(self, start: date, end: date, note: str) -> Period:
        basis = "§ 60a Abs. 2 Satz 1 AufenthG" if self.chance(0.7) else ""
        return Period(ResidenceKind.TOLERATION, basis, start, end, note)

    def permits(
        self, start: date, basis: str, months: Sequence[int], *, until: date | None = None
    ) -> list[Period]:
        """Residence permits from ``start``, renewed until one covers today (or ``until``)."""
        periods = []
        stop = until or self.today
        cursor = start
        while True:
            end = add_months(cursor, self.rng.choice(months)) - DAY
            if until is not None:
                end = min(end, until)
            periods.append(Period(ResidenceKind.RESIDENCE_PERMIT, basis, cursor, end))
            if end >= stop:
                return periods
            cursor = end + DAY

    def plan_youth_permits(self) -> None:
        """§ 25a for well-integrated young people; sometimes § 25a Abs. 2 for the family."""
        today = self.today
        granted = []
        for child in self.children():
            if child.died is not None or child.arrived is None:
                continue
            low = max(add_years(child.born, 14), child.arrived + years(3), date(2015, 6, 1))
            high = min(add_years(child.born, 21), today - days(60))
            if low < high and child.in_germany_on(low, self.absence):
                start = self.between(low, high)
                child.overrides.append((start, self.permits(start, "§ 25a AufenthG", (24, 36))))
                granted.append(start)
        if not granted:
            self.pathway = "toleration"
            return
        start = min(granted) + days(self.rng.randint(90, 300))
        if not self.chance(0.5) or start >= today - days(30):
            return
        for p in self.persons:
            parent = p.tag in ("mother", "partner")
            minor_sibling = p.tag == "child" and not p.overrides and p.born > add_years(start, -18)
            if (parent or minor_sibling) and not p.german and p.in_germany_on(start, self.absence):
                p.overrides.append((start, self.permits(start, "§ 25a Abs. 2 AufenthG", (24, 36))))

    def plan_work_and_training(self) -> None:
        """Training for some young people, work for some adults (both change the status)."""
        rng, today = self.rng, self.today
        for p in self.persons:
            if p.role is not MembershipRole.MEMBER or p.arrived is None:
                continue
            if not p.in_germany_on(today):
                continue
            p_age = age(p.born, today)
            young = p.tag in ("child", "step_child", "child_partner", "foster")
            if young and 17 <= p_age <= 27 and self.chance(0.3):
                year = rng.randint(today.year - 2, today.year)
                start = date(year, 8, 1) if date(year, 8, 1) <= today else date(year - 1, 8, 1)
                if start >= p.arrived + years(1) and age(p.born, start) >= 16:
                    p.training = (start, add_years(start, 3) - DAY)
                    self.training_toleration(p, start, p.training[1])
                    continue
            if 20 <= p_age <= 62 and self.chance(0.22 if p.female else 0.45):
                low = max(p.arrived + days(180), add_years(p.born, 18))
                if low >= today - days(30):
                    continue
                start = self.between(low, today - days(30))
                until = self.between(start + days(60), today - DAY) if self.chance(0.25) else None
                hours = weighted(rng, HOURS)
                p.employment = (start, until, hours)
                switch = add_months(start, 18)
                lasting = until is None and hours >= 20
                if lasting and SECTION_60B <= switch < today - days(30) and self.chance(0.5):
                    self.employment_toleration(p, switch)

    def base_of(self, p: Draft) -> list[Period]:
        """The family's history as it applies to ``p`` (before personal changes)."""
        if p.tag in FORMER_PARTNERS:
            return p.own_periods
        if p.arrived is None:
            return []
        return clip(self.base, p.arrived, p.end())

    def training_toleration(self, p: Draft, start: date, end: date) -> None:
        """§ 60c: qualified training of a tolerated young person."""
        current = period_on(self.base_of(p), start)
        if p.overrides or start < SECTION_60B or current is None or current.kind not in TOLERATIONS:
            return
        period = Period(
            ResidenceKind.TRAINING_TOLERATION, "§ 60c AufenthG", start, end, "Ausbildungsduldung"
        )
        p.overrides.append((start, [period]))

    def employment_toleration(self, p: Draft, start: date) -> None:
        """§ 60d after 18 months of work; after 30 months of it, § 25b Abs. 6."""
        current = period_on(self.base_of(p), start)
        if p.overrides or current is None or current.kind not in TOLERATIONS:
            return
        end = add_months(start, 30) - DAY
        periods = [
            Period(
                ResidenceKind.EMPLOYMENT_TOLERATION,
                "§ 60d AufenthG",
                start,
                end,
                "Beschäftigungsduldung",
            )
        ]
        if end < self.today:
            periods += self.permits(end + DAY, "§ 25b Abs. 6 AufenthG", (24, 30))
        p.overrides.append((start, periods))

    def residence_of(self, p: Draft) -> list[Period]:
        """The person's own history: the family's, adapted to their age and their papers."""
        if p.arrived is None:
            return []
        if p.german:
            since = p.citizen_since or p.born
            note = "Geburt in Deutschland" if since == p.born else "Einbürgerung"
            return [Period(ResidenceKind.GERMAN_CITIZEN, "", since, p.died, note)]
        # Under § 25b the family members hold permits of their own kind: spouse and children
        # under Abs. 4, children born here afterwards under § 33.
        born_here_later = not p.born_abroad and p.born >= (self.permit_start or date.max)
        member_basis = "§ 33 AufenthG" if born_here_later else "§ 25b Abs. 4 AufenthG"
        periods = []
        for period in self.base_of(p):
            basis = period.basis
            if basis == "§ 25b AufenthG" and (born_here_later or p is not self.index):
                basis = member_basis
            periods.append(period._replace(basis=basis))
        for start, new in sorted(p.overrides, key=lambda override: override[0]):
            periods = replace_from(periods, start, new)
        return clip(periods, p.arrived, p.end())

    def finish_residence(self) -> None:
        """Each person's own history and papers; without a passport, an adult's newer
        Duldungen may be issued under § 60b."""
        for p in self.persons:
            p.periods = self.residence_of(p)
            p.passport = self.passport_for(p, p.periods[-1].kind if p.periods else None)
            if p.periods and self.identity_unclear(p):
                p.periods = [
                    period._replace(
                        kind=ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY,
                        basis="§ 60b AufenthG",
                        note="Duldung für Personen mit ungeklärter Identität",
                    )
                    if period.kind is ResidenceKind.TOLERATION and period.start >= SECTION_60B
                    else period
                    for period in p.periods
                ]

    def identity_unclear(self, p: Draft) -> bool:
        """Without a passport, an adult's newer Duldungen may be issued under § 60b."""
        return (
            p.tag not in FORMER_PARTNERS
            and p.periods[-1].kind is ResidenceKind.TOLERATION
            and p.passport is PassportStatus.NONE
            and age(p.born, self.today) >= 18
            and self.chance(0.4)
        )

    def passport_for(self, p: Draft, kind: ResidenceKind | None) -> PassportStatus:
        if p.german:
            return PassportStatus.HELD if self.chance(0.7) else PassportStatus.NONE
        if kind is not None and kind.is_secure:
            return PassportStatus.HELD if self.chance(0.85) else PassportStatus.EXPIRED
        if p.born_abroad:
            return weighted(self.rng, PASSPORTS_BORN_ABROAD)
        return weighted(self.rng, PASSPORTS_BORN_HERE)
