"""Writing the case work of a family: housing, school and work, network, visits, tasks."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from fallmanager.domain.education_work import (
    AttendanceConcern,
    BenefitKind,
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.family import (
    CaseStatus,
    FamilyFile,
    FamilyMembership,
    MembershipRole,
    format_case_number,
)
from fallmanager.domain.housing import Accommodation, AccommodationKind, Household, HouseholdMember
from fallmanager.domain.network import Actor, Involvement
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import CaseNote, Visit, VisitKind
from fallmanager.synthetic import catalog
from fallmanager.synthetic.state import Draft, FamilyState
from fallmanager.synthetic.timeline import DAY, add_years, age, days, german_date, weighted

CONCERNS = (
    (AttendanceConcern.NONE, 55), (AttendanceConcern.OCCASIONAL_ABSENCES, 25),
    (AttendanceConcern.FREQUENT_ABSENCES, 13), (AttendanceConcern.ABSENTEEISM, 7),
)  # fmt: skip
VISIT_KINDS = (
    (VisitKind.HOME_VISIT, 45), (VisitKind.OFFICE, 22), (VisitKind.PHONE, 15),
    (VisitKind.ACCOMPANIMENT, 15), (VisitKind.OTHER, 3),
)  # fmt: skip


class CaseworkWriter(FamilyState):
    """Records about the family's situation and the work with it, and the file itself."""

    def emit_households(self) -> None:
        """The current household, sometimes an earlier one and one of a young couple."""
        rng, today = self.rng, self.today
        arrived = self.absence[1] if self.absence is not None else self.entry
        accommodation, unit = self.accommodation()
        self.accommodation_label = f"{accommodation.label}, {unit}"
        self.municipal = accommodation.kind.is_municipal
        households: list[tuple[Household, date | None]] = []
        if rng.random() < 0.4 and (today - arrived).days > 400:
            moved_in = self.between(arrived + days(120), today - days(60))
            previous = rng.choice([f for f in self.net.facilities if f is not accommodation])
            earlier = Household(
                id=self.new_id(),
                family_id=self.family_id,
                accommodation_id=previous.id,
                unit=f"Zimmer {rng.randint(1, 40)}",
                moved_in=arrived,
                moved_out=moved_in - DAY,
                notes="Umzug wegen Überbelegung" if rng.random() < 0.5 else "",
            )
            households.append((earlier, moved_in - DAY))
        else:
            moved_in = min(self.between(arrived, arrived + days(60)), today)
        current = Household(
            id=self.new_id(),
            family_id=self.family_id,
            accommodation_id=accommodation.id,
            unit=unit,
            moved_in=moved_in,
        )
        households.append((current, None))
        own_home = None
        if self.young_couple is not None and rng.random() < 0.5:
            parent, _, _, began = self.young_couple
            home_in = self.between(max(began, moved_in), today - days(10))
            own_unit = f"Zimmer {rng.randint(1, 40)}" if self.municipal else "Dachgeschoss"
            own_home = Household(
                id=self.new_id(),
                family_id=self.family_id,
                accommodation_id=accommodation.id,
                unit=own_unit,
                moved_in=home_in,
                notes="Eigener Haushalt des jungen Paares",
            )
            parent.moved_out = home_in - DAY
        for household, moved_out in households:
            self.add(household)
            for p in self.persons:
                if p.role is not MembershipRole.MEMBER or not p.lives_with_family:
                    continue
                if own_home is not None and p.tag in ("child_partner", "grandchild"):
                    continue
                self.household_member(household, p, household.moved_in or arrived, moved_out)
        if own_home is not None and self.young_couple is not None:
            self.add(own_home)
            for p in self.persons:
                if p.tag in ("grandchild", "child_partner") or p is self.young_couple[0]:
                    self.household_member(own_home, p, own_home.moved_in or today, None, own=True)

    def accommodation(self) -> tuple[Accommodation, str]:
        """A municipal facility (with room or flat) or a private flat of the family's own."""
        rng = self.rng
        if rng.random() < 0.6:
            unit = rng.choice(
                (
                    f"Zimmer {rng.randint(1, 40)}",
                    f"Whg. {rng.randint(1, 24)}",
                    f"Haus {rng.choice('ABCD')}, Whg. {rng.randint(1, 12)}",
                )
            )
            return rng.choice(self.net.facilities), unit
        flat = Accommodation(
            id=self.new_id(),
            kind=AccommodationKind.PRIVATE_FLAT,
            street=f"{rng.choice(catalog.STREETS)} {rng.randint(1, 120)}",
            postcode=rng.choice(catalog.POSTCODES),
            city=catalog.CITY,
            notes="Mietvertrag über die Familie" if rng.random() < 0.5 else "",
        )
        self.add(flat)
        unit = rng.choice(
            (
                "EG links",
                "EG rechts",
                "1. OG",
                "2. OG links",
                "3. OG rechts",
                f"Whg. {rng.randint(1, 12)}",
            )
        )
        return flat, unit

    def household_member(
        self, household: Household, p: Draft, start: date, end: date | None, *, own: bool = False
    ) -> None:
        """``p`` in the household from arrival or ``start`` until they died, left or moved."""
        if p.arrived is None:
            return
        since = max(start, p.arrived)
        until = end
        for stop in (p.died, p.left, None if own else p.moved_out):
            if stop is not None and (until is None or stop < until):
                until = stop
        if since > self.today or (until is not None and until < since):
            return
        self.add(
            HouseholdMember(
                id=self.new_id(),
                household_id=household.id,
                person_id=p.id,
                since=since,
                until=until,
            )
        )

    def emit_education_and_work(self) -> None:
        rng, today = self.rng, self.today
        actors = self.net.actors
        for p in self.persons:
            if p.role is not MembershipRole.MEMBER or not p.lives_with_family:
                continue
            if p.arrived is None or not p.in_germany_on(today):
                continue
            p_age = age(p.born, today)
            if 3 <= p_age <= 5:
                self.small_children.append(p)
                start = max(add_years(p.born, 3), p.arrived + days(30))
                if rng.random() < 0.6 and start < today:
                    self.add(
                        SchoolAttendance(
                            id=self.new_id(),
                            person_id=p.id,
                            school_id=rng.choice(actors["kita"]).id,
                            class_name=rng.choice(catalog.KITA_GROUPS),
                            from_date=self.between(start, min(start + days(200), today)),
                        )
                    )
            elif 6 <= p_age <= 18 and p.training is None and (p_age < 18 or rng.random() < 0.5):
                self.pupils.append(p)
                self.school_history(p, p.arrived, p_age)
            if p.training is not None:
                start, end = p.training
                self.add(
                    VocationalTraining(
                        id=self.new_id(),
                        person_id=p.id,
                        occupation=rng.choice(catalog.TRAININGS),
                        provider_id=rng.choice(actors["school_vocational"]).id,
                        employer=rng.choice(catalog.TRAINING_EMPLOYERS),
                        qualified=rng.random() < 0.92,
                        from_date=start,
                        until_date=end,
                        notes="Ausbildungsduldung beantragt" if rng.random() < 0.3 else "",
                    )
                )
            if p.employment is not None:
                start, until, hours = p.employment
                male, female = rng.choice(catalog.JOBS)
                self.add(
                    Employment(
                        id=self.new_id(),
                        person_id=p.id,
                        employer=rng.choice(catalog.EMPLOYERS),
                        occupation=female if p.female else male,
                        hours_per_week=hours,
                        secures_livelihood=hours >= 30 and rng.random() < 0.6,
                        from_date=start,
                        until_date=until,
                        notes="Minijob" if hours <= 10 else "",
                    )
                )

    def school_history(self, p: Draft, arrived: date, p_age: int) -> None:
        """The current school (by age) and sometimes the one before."""
        rng, today = self.rng, self.today
        actors = self.net.actors
        school_year = today.year if today.month >= 8 else today.year - 1
        letter = rng.choice("abcd")
        concern = weighted(rng, CONCERNS)
        notes = ""
        if concern in (AttendanceConcern.FREQUENT_ABSENCES, AttendanceConcern.ABSENTEEISM):
            self.concerns = True
            missed = rng.randint(8, 45)
            notes = f"Fehlzeiten im Halbjahr: {missed} Tage, davon {missed // 2} unentschuldigt."
        grade = max(1, min(p_age - 5, 10))
        class_name = f"{grade}{letter}"
        previous: str | None = "school_primary"
        if p_age <= 9:  # Grundschule, classes 1 to 4
            category, years_here, previous = "school_primary", grade, None
        elif p_age <= 15:  # classes 5 to 10
            category = "school_special" if rng.random() < 0.1 else "school_secondary"
            years_here = grade - 4
        elif rng.random() < 0.7:  # Berufskolleg
            category, class_name = "school_vocational", rng.choice(catalog.VOCATIONAL_CLASSES)
            years_here, previous = p_age - 15, "school_secondary"
        else:  # still in class 10
            category, years_here = "school_secondary", 6
        start = date(school_year - years_here + 1, 8, rng.randint(5, 25))
        start = min(max(start, arrived + days(rng.randint(14, 90))), today)
        if previous is not None and rng.random() < 0.5:
            earlier_start = max(date(start.year - 4, 8, 10), arrived + days(30))
            earlier_end = date(start.year, 7, 15)
            if earlier_start < earlier_end < start:
                last_class = "4" if previous == "school_primary" else "10"
                self.add(
                    SchoolAttendance(
                        id=self.new_id(),
                        person_id=p.id,
                        school_id=rng.choice(actors[previous]).id,
                        class_name=f"{last_class}{letter}" if rng.random() < 0.7 else "",
                        from_date=earlier_start,
                        until_date=earlier_end,
                        concern=AttendanceConcern.NONE
                        if rng.random() < 0.7
                        else AttendanceConcern.OCCASIONAL_ABSENCES,
                    )
                )
        school = rng.choice(actors[category])
        self.current_school[p.id] = school.id
        self.add(
            SchoolAttendance(
                id=self.new_id(),
                person_id=p.id,
                school_id=school.id,
                class_name=class_name,
                from_date=start,
                concern=concern,
                notes=notes,
            )
        )

    def emit_benefits(self) -> None:
        """AsylbLG until a permit, then SGB II; Kindergeld with a permit or a German child."""
        rng, today = self.rng, self.today
        entry = self.entry
        rows: list[tuple[BenefitKind, date, date | None, uuid.UUID | None, str]] = []
        if self.absence is not None:
            rows.append((BenefitKind.ASYLBLG, entry, self.absence[0] - DAY, None, ""))
            entry = self.absence[1]
        permit = self.permit_start
        child_benefit: date | None = None
        if permit is not None and self.pathway not in ("youth", "104c_failed"):
            rows.append((BenefitKind.ASYLBLG, entry, permit - DAY, None, ""))
            secured = any(
                p.employment is not None and p.employment[1] is None and p.employment[2] >= 38
                for p in self.persons
            )
            until = None
            if secured and rng.random() < 0.5:
                until = self.between(permit + days(90), today - DAY)
            note = "Lebensunterhalt inzwischen gesichert" if until else ""
            rows.append((BenefitKind.SGB_II, permit, until, None, note))
            if self.children():
                child_benefit = permit + days(rng.randint(30, 180))
        else:
            note = "Leistungen nach § 2 AsylbLG (Analogleistungen)" if self.chance(0.5) else ""
            rows.append((BenefitKind.ASYLBLG, entry, None, None, note))
        german_births = [c.born for c in self.children() if c.german]
        if german_births:
            first = min(german_births) + days(rng.randint(20, 120))
            child_benefit = min(child_benefit or first, first)
        if child_benefit is not None and child_benefit < today:
            rows.append((BenefitKind.CHILD_BENEFIT, child_benefit, None, self.index.id, ""))
        for kind, start, until, person_id, note in rows:
            if until is not None and until < start:
                continue
            self.benefit_kinds.add(kind)
            self.add(
                BenefitPeriod(
                    id=self.new_id(),
                    family_id=self.family_id,
                    person_id=person_id,
                    kind=kind,
                    from_date=start,
                    until_date=until,
                    notes=note,
                )
            )

    def emit_involvements(self) -> None:
        """Ausländerbehörde and a social service always; up to four more as the family needs."""
        rng, today = self.rng, self.today
        actors = self.net.actors
        chosen: list[tuple[Actor, str]] = [(actors["immigration"][0], "immigration")]
        if self.municipal:
            chosen.append((actors["social_service"][0], "social_service"))
        else:
            chosen.append((actors["caritas"][0], "caritas"))
        young_adults = any(15 <= age(p.born, today) <= 25 for p in self.children())
        optional: list[tuple[str, float]] = [
            ("ggua", 0.3),
            ("caritas", 0.25),
            ("awo", 0.2),
            ("ksd", 0.2),
            ("health", 0.12),
            ("benefits", 0.2),
            ("integration_council", 0.02),
            ("doctor_gp", 0.1),
        ]
        if self.pupils:
            optional += [("school_social_work", 0.6), ("school", 0.4), ("integration_centre", 0.15)]
        if self.concerns:
            optional.append(("school_refusal", 0.7))
        if self.small_children:
            optional += [("kita", 0.4), ("doctor_children", 0.25)]
        if young_adults:
            optional += [("transition", 0.4), ("youth_social_work", 0.2)]
        if BenefitKind.SGB_II in self.benefit_kinds:
            optional.append(("jobcenter", 0.8))
        else:
            optional += [("integration_point", 0.3), ("mamba", 0.25)]
        if any(p.needs_interpreter for p in self.persons if p.lives_with_family):
            optional.append(("interpreters", 0.35))
        if any(p.training for p in self.persons):
            optional.append(("training_provider", 0.3))
        rng.shuffle(optional)
        limit = rng.randint(2, 6)
        used = {actor.id for actor, _ in chosen}
        for category, probability in optional:
            if len(chosen) >= limit:
                break
            if rng.random() >= probability:
                continue
            if category == "school":
                school_id = self.current_school[rng.choice(self.pupils).id]
                actor, role = self.net.by_id[school_id], "school_secondary"
            else:
                actor, role = rng.choice(actors[category]), category
            if actor.id not in used:
                used.add(actor.id)
                chosen.append((actor, role))
        self.involved_actor_ids = [actor.id for actor, _ in chosen]
        low = max(self.absence[1] if self.absence else self.entry, date(2015, 1, 1))
        for number, (actor, category) in enumerate(chosen):
            since = self.between(low, today - days(30))
            until = None
            if number >= 2 and rng.random() < 0.15:  # the first two stay involved
                until = max(self.between(since + days(60), today - DAY), since)
            people = self.net.contacts[actor.id]
            contact = rng.choice(people).id if people and rng.random() < 0.6 else None
            self.add(
                Involvement(
                    id=self.new_id(),
                    family_id=self.family_id,
                    actor_id=actor.id,
                    role=rng.choice(catalog.ROLES[category]),
                    contact_person_id=contact,
                    since=since,
                    until=until,
                    notes="Schweigepflichtentbindung liegt vor" if rng.random() < 0.3 else "",
                )
            )

    def topics(self) -> list[str]:
        """The subjects of this family's visits and tasks (school ones count twice)."""
        topics = ["residence", "passport", "housing", "health", "money", "family", "language"]
        if self.pupils:
            topics += ["school", "school"]
        if self.small_children:
            topics.append("kita")
        if any(15 <= age(p.born, self.today) <= 25 for p in self.children()):
            topics.append("training")
        if any(p.employment for p in self.persons) or self.chance(0.5):
            topics.append("work")
        return topics

    def window(self) -> tuple[date, date]:
        """The period of visits: the last two years of the file."""
        high = self.closed or self.today
        low = max(self.opened, self.today - days(729))
        return min(low, high), high

    def emit_visits_and_notes(self) -> None:
        """3 to 12 visits, most with a note; some notes without a visit; rarely a correction."""
        rng = self.rng
        low, high = self.window()
        topics = self.topics()
        places = ["Ausländerbehörde", "Gesundheitsamt", "Botschaft", "Jobcenter"]
        if self.pupils:
            places.append("Schule")
        colleague = rng.choice(self.net.case_managers)
        notes: list[CaseNote] = []
        count = rng.randint(3, 6) if self.closed else rng.randint(3, 12)
        for drawn in sorted(self.between(low, high) for _ in range(count)):
            friday = drawn - days(drawn.weekday() - 4)  # weekend visits move to Friday
            day = friday if drawn.weekday() >= 5 and friday >= low else drawn
            visit, categories, present = self.visit(day, topics, places)
            self.add(visit)
            if rng.random() < 0.92:
                notes.append(self.visit_note(visit, categories, present, high, colleague))
        standalone = [n for n in catalog.STANDALONE_NOTES if self.pupils or "Schul" not in n]
        for _ in range(rng.randint(0, 3)):
            day = self.between(low, high)
            notes.append(
                CaseNote(
                    id=self.new_id(),
                    family_id=self.family_id,
                    written_at=datetime(
                        day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59)
                    ),
                    author=self.responsible,
                    text=rng.choice(standalone),
                )
            )
        notes.sort(key=lambda n: n.written_at)
        earlier = [n for n in notes if n.written_at.date() < high]
        if earlier and rng.random() < 0.1:
            notes.append(self.correction(rng.choice(earlier), high))
        for note in notes:
            self.add(note)

    def visit(
        self, day: date, topics: list[str], places: list[str]
    ) -> tuple[Visit, list[str], list[Draft]]:
        rng = self.rng
        kind = weighted(rng, VISIT_KINDS)
        present = self.present_on(day, kind)
        needing = [p for p in present if p.needs_interpreter]
        interpreter = bool(needing) and rng.random() < (0.3 if kind is VisitKind.PHONE else 0.85)
        language, interpreter_name = "de", ""
        if interpreter:
            language = needing[0].interpreter_language
            pool = self.net.interpreters.get(language) or self.net.interpreters["sq"]
            interpreter_name = f"{rng.choice(pool)} (Sprachmittlerpool)"
        elif rng.random() < 0.1:
            language = ""
        phone = kind is VisitKind.PHONE
        duration = rng.randrange(5, 35, 5) if phone else rng.randrange(30, 155, 5)
        categories = list(dict.fromkeys(rng.sample(topics, rng.randint(1, 3))))
        place = {
            VisitKind.HOME_VISIT: self.accommodation_label,
            VisitKind.OFFICE: "Büro Sozialamt",
            VisitKind.PHONE: "",
            VisitKind.ACCOMPANIMENT: rng.choice(places),
            VisitKind.OTHER: "Stadtteilbüro",
        }[kind]
        visit = Visit(
            id=self.new_id(),
            family_id=self.family_id,
            occurred_at=datetime(
                day.year, day.month, day.day, rng.randint(8, 17), rng.choice((0, 15, 30, 45))
            ),
            kind=kind,
            place=place,
            duration_minutes=duration,
            present_person_ids=tuple(p.id for p in present),
            others_present=rng.choice(catalog.OTHERS_PRESENT) if rng.random() < 0.15 else "",
            interpreter_present=interpreter,
            interpreter_name=interpreter_name,
            language=language,
            topics=tuple(dict.fromkeys(rng.choice(catalog.TOPICS[c]) for c in categories)),
        )
        return visit, categories, present

    def present_on(self, day: date, kind: VisitKind) -> list[Draft]:
        """Who took part: one adult on the phone, one or two elsewhere, any at home."""
        rng = self.rng
        here = [
            p
            for p in self.persons
            if p.role is MembershipRole.MEMBER
            and p.lives_with_family
            and p.in_germany_on(day, self.absence)
        ]
        if not here:
            return []
        adults = [p for p in here if age(p.born, day) >= 18] or here
        first = self.index if self.index in adults else adults[0]
        if kind is VisitKind.PHONE:
            return [first]
        if kind is VisitKind.HOME_VISIT:
            others = [p for p in here if p is not first]
            return [first, *rng.sample(others, rng.randint(0, len(others)))]
        return rng.sample(adults, min(len(adults), rng.randint(1, 2)))

    def visit_note(
        self,
        visit: Visit,
        categories: list[str],
        present: list[Draft],
        latest: date,
        colleague: str,
    ) -> CaseNote:
        """The note on a visit, written the same day or a few days later."""
        rng = self.rng
        at = visit.occurred_at
        end = at + timedelta(minutes=(visit.duration_minutes or 0))
        written = end + timedelta(minutes=rng.randint(10, 90))
        if rng.random() < 0.3 or written.hour >= 20:
            later = at.date() + days(rng.randint(1, 3))
            written = datetime(
                later.year, later.month, later.day, rng.randint(8, 16), rng.randint(0, 59)
            )
        if written.date() > latest:
            written = end + timedelta(minutes=15)
        return CaseNote(
            id=self.new_id(),
            family_id=self.family_id,
            visit_id=visit.id,
            written_at=written,
            author=self.responsible if rng.random() < 0.85 else colleague,
            text=self.note_text(visit, categories, present),
        )

    def note_text(self, visit: Visit, categories: list[str], present: list[Draft]) -> str:
        rng = self.rng
        adult = next((p for p in present if age(p.born, self.today) >= 18), self.index)
        kids = [p for p in present if age(p.born, self.today) < 18] or [
            p for p in self.children() if p.died is None
        ]
        child = rng.choice(kids).given.latin if kids else ""
        values = {"adult": self.salutation(adult), "child": child}
        if visit.kind is VisitKind.ACCOMPANIMENT:
            opener = catalog.ACCOMPANIMENTS[visit.place]
        else:
            unfit = "Wohnung" if self.municipal else "Unterkunft"
            opener = rng.choice([o for o in catalog.VISIT_OPENERS[visit.kind] if unfit not in o])
        parts = [opener.format(**values)]
        if visit.interpreter_present:
            language = catalog.LANGUAGE_NAMES.get(visit.language, visit.language)
            parts.append(catalog.INTERPRETER_SENTENCE.format(language=language))
        for category in categories:
            sentences = [
                s for s in catalog.TOPIC_SENTENCES[category] if child or "{child}" not in s
            ]
            if sentences:
                parts.append(rng.choice(sentences).format(**values))
        parts.append(rng.choice(catalog.CLOSINGS))
        return " ".join(part for part in parts if part)

    def correction(self, original: CaseNote, latest: date) -> CaseNote:
        """A later note that corrects ``original`` (notes are never changed)."""
        rng = self.rng
        written = original.written_at + timedelta(days=rng.randint(1, 14), hours=rng.randint(0, 5))
        if written.date() > latest:
            written = datetime(latest.year, latest.month, latest.day, 18, 0)
        other = original.written_at.date() + days(rng.randint(2, 20))
        text = rng.choice(catalog.CORRECTIONS).format(
            date=german_date(original.written_at.date()),
            other=german_date(other),
            adult=self.salutation(self.index),
        )
        return CaseNote(
            id=self.new_id(),
            family_id=self.family_id,
            visit_id=original.visit_id,
            written_at=written,
            author=original.author,
            text=text,
            corrects_note_id=original.id,
        )

    def salutation(self, p: Draft) -> str:
        return f"{'Frau' if p.female else 'Herr'} {p.name_now.latin}"

    def emit_tasks(self) -> None:
        """1 to 5 tasks; in open files some overdue and some done, in closed files all done."""
        rng, today = self.rng, self.today
        kids = [p for p in self.children() if p.died is None and age(p.born, today) < 18]
        adults = [
            p
            for p in self.persons
            if p.role is MembershipRole.MEMBER and p.died is None and age(p.born, today) >= 18
        ]
        categories = [c for c in self.topics() if c in catalog.TASKS]
        for _ in range(rng.randint(1, 2) if self.closed else rng.randint(1, 5)):
            category = rng.choice(categories)
            if category in ("school", "kita") and not kids:
                category = "residence"
            title = rng.choice(catalog.TASKS[category])
            person: Draft | None = None
            if "{child}" in title:
                person = rng.choice(kids)
            elif "{adult}" in title:
                person = rng.choice(adults or [self.index])
            elif rng.random() < 0.3:
                person = self.index
            if person is not None:
                title = title.format(
                    child=person.given.latin, adult=f"{person.given.latin} {person.name_now.latin}"
                )
            done_on = None
            if self.closed is not None:
                due = self.between(max(self.opened, self.closed - days(200)), self.closed)
                done_on = self.between(
                    max(self.opened, due - days(20)), min(due + days(30), self.closed)
                )
            else:
                due = self.between(today - days(90), today + days(120))
                if rng.random() < 0.35 and due < today + days(30):
                    low = max(self.opened, min(due, today) - days(30))
                    done_on = self.between(low, min(due + days(14), today))
            responsible = weighted(
                rng,
                (
                    (self.responsible, 70),
                    ("Familie", 15),
                    ("Schulsozialarbeit", 8),
                    ("GGUA Flüchtlingshilfe", 7),
                ),
            )
            self.add(
                Task(
                    id=self.new_id(),
                    family_id=self.family_id,
                    person_id=person.id if person else None,
                    title=title,
                    due_on=due,
                    responsible=responsible,
                    done=done_on is not None,
                    done_on=done_on,
                    notes="Unterlagen liegen teilweise vor" if rng.random() < 0.2 else "",
                )
            )

    def emit_family_file(self) -> None:
        """The file itself (with the next case number of its year) and the memberships."""
        rng = self.rng
        year = self.opened.year
        sequence = self.sequences.get(year, 0) + rng.randint(1, 3)
        self.sequences[year] = sequence
        first_contact = min(self.opened + days(rng.randint(0, 10)), self.today)
        mandate: date | None = first_contact + days(rng.randint(7, 60))
        if mandate is not None and mandate > (self.closed or self.today):
            mandate = None
        warnings: list[str] = []
        if self.index.needs_interpreter and rng.random() < 0.6:
            warnings.append(catalog.INTERPRETER_WARNING)
        if rng.random() < 0.25:
            warnings += rng.sample(catalog.CASE_WARNINGS, rng.randint(1, 2))
        self.add(
            FamilyFile(
                id=self.family_id,
                case_number=format_case_number(year, sequence),
                status=CaseStatus.CLOSED if self.closed else CaseStatus.OPEN,
                opened_on=self.opened,
                closed_on=self.closed,
                responsible=self.responsible,
                first_contact_on=first_contact,
                mandate_clarified_on=mandate,
                short_description=self.description(),
                warnings=tuple(warnings),
                index_person_id=self.index.id,
            )
        )
        for p in self.persons:
            since = max(self.opened, p.born) if p.role is MembershipRole.MEMBER else None
            self.add(
                FamilyMembership(
                    id=self.new_id(),
                    family_id=self.family_id,
                    person_id=p.id,
                    role=p.role,
                    since=since,
                )
            )

    def description(self) -> str:
        """A short German description of the family and its situation."""
        today = self.today
        names = list(
            dict.fromkeys(
                p.family_label
                for p in self.persons
                if p.role is MembershipRole.MEMBER and p.tag in ("mother", "partner", "child")
            )
        )
        text = f"Familie {' / '.join(names[:2]) or self.index.family_label} {self.origin.label}, "
        text += f"seit {self.entry.year} in Deutschland"
        if self.absence is not None:
            spells = sorted({self.absence[0].year, self.absence[1].year})
            text += f" (zwischenzeitlich {'–'.join(map(str, spells))} im Herkunftsland)"
        text += ". "
        kids = [p for p in self.children() if p.died is None]
        if kids:
            minors = [p for p in kids if age(p.born, today) < 18]
            details = []
            if minors:
                details.append(f"{len(minors)} minderjährig")
            pupils = [p for p in kids if p in self.pupils]
            if pupils:
                details.append(f"{len(pupils)} in der Schule")
            text += f"{len(kids)} Kind{'er' if len(kids) > 1 else ''}"
            text += (", davon " + " und ".join(details) if details else "") + ". "
        text += catalog.PATHWAYS.get(self.pathway, "") + " "
        focus = ["Passbeschaffung", "Bleiberecht"]
        if self.pupils:
            focus.insert(0, "Schulbesuch")
        if self.concerns:
            focus.insert(0, "Schulabsentismus")
        working = any(p.employment for p in self.persons)
        focus.append("Sicherung des Lebensunterhalts" if working else "Arbeitssuche")
        return text + "Schwerpunkte: " + ", ".join(focus[:4]) + "."
