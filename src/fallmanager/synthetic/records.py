"""Writing the people of a family: persons, names, relationships, residence, migration."""

from __future__ import annotations

import uuid
from datetime import date

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import MembershipRole
from fallmanager.domain.genogram_records import (
    EmotionalRelation,
    EmotionalRelationKind,
    GenogramNudge,
    TwinBond,
)
from fallmanager.domain.people import NameVariant, NameVariantKind, PassportStatus, Person
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
    PartnershipEvent,
    PartnershipEventKind,
    PartnershipKind,
)
from fallmanager.domain.residence import (
    MigrationEvent,
    MigrationEventKind,
    ResidenceKind,
    ResidenceStatus,
)
from fallmanager.synthetic import catalog
from fallmanager.synthetic.names import (
    drop_diacritics_bare,
    germanise_albanian,
    macedonian_passport_latin,
    to_ascii,
)
from fallmanager.synthetic.state import ELDERS, Draft, Events, FamilyState
from fallmanager.synthetic.timeline import DAY, TOLERATIONS, add_years, age, days, weighted, years

OFFICE = "Ausländerbehörde Münster"


class PersonWriter(FamilyState):
    """Records about the people themselves."""

    def emit_persons(self) -> None:
        for p in self.persons:
            p.record = self.person_record(p)
            self.add(p.record)
            for variant in self.variants(p):
                self.add(variant)

    def recorded_birth(self, p: Draft) -> tuple[PartialDate | None, bool]:
        """The birth date as the papers give it: full for births in Germany; for others
        sometimes only year and month, the year, or a fictitious 1 January."""
        if p.twin_of is not None:
            return p.twin_of.birth_record, p.twin_of.fictitious
        born = p.born
        if not p.born_abroad:
            return PartialDate.from_date(born), False
        r = self.rng.random()
        if p.tag == "great_grandparent" and r < 0.15:
            return None, False
        if p.tag in ELDERS:
            full, fictitious, month = 0.5, 0.1, 0.1
        elif age(born, p.arrived or self.today) >= 18:
            full, fictitious, month = 0.75, 0.09, 0.08
        else:
            full, fictitious, month = 0.88, 0.05, 0.04
        if r < full:
            return PartialDate.from_date(born), False
        if r < full + fictitious:
            return PartialDate(born.year, 1, 1), True
        if r < full + fictitious + month:
            return PartialDate(born.year, born.month), False
        return PartialDate(born.year), False

    def person_record(self, p: Draft) -> Person:
        rng = self.rng
        p.birth_record, p.fictitious = self.recorded_birth(p)
        if p.died is not None and rng.random() >= 0.05:
            full = 0.8 if p.lives_with_family else 0.35
            p.death_record = self.partial(p.died, full, (1 - full) / 2)
        twin = p.twin_of.record if p.twin_of is not None else None
        if twin is not None:
            place, country = twin.birth_place, twin.birth_country
        elif p.born_abroad:
            place = rng.choice(p.origin.birth_places) if rng.random() < 0.9 else ""
            country = p.origin.country if place or rng.random() < 0.5 else ""
        else:
            place = catalog.CITY if rng.random() < 0.85 else rng.choice(catalog.NEARBY_CITIES)
            country = "DE"
        passport = p.passport
        identity: bool | None = None
        if passport in (PassportStatus.HELD, PassportStatus.EXPIRED):
            identity = True
        elif passport is PassportStatus.NONE:
            identity = False if rng.random() < 0.7 else None
        elif passport is PassportStatus.PROCUREMENT_IN_PROGRESS:
            identity = False if rng.random() < 0.5 else None
        documents = ""
        if rng.random() < 0.3:
            documents = "\n".join(rng.sample(catalog.OTHER_DOCUMENTS, rng.randint(1, 2)))
        notes = rng.choice(catalog.PERSON_NOTES) if rng.random() < 0.05 else ""
        if p.tag == "foster":
            notes = "Pflegekind (Kind einer Schwester der Mutter)."
        return Person(
            id=p.id,
            given_names=p.given.latin,
            family_name=p.name_now.latin,
            sex=p.sex,
            birth_date=p.birth_record,
            birth_date_fictitious=p.fictitious,
            deceased=p.died is not None,
            death_date=p.death_record,
            birth_place=place,
            birth_country=country,
            nationalities=self.nationalities_of(p),
            languages=self.languages_of(p),
            needs_interpreter=p.needs_interpreter,
            interpreter_language=p.interpreter_language,
            passport=passport,
            identity_clarified=identity,
            other_documents=documents,
            notes=notes,
        )

    def nationalities_of(self, p: Draft) -> tuple[str, ...]:
        """Own nationality, mostly a parent's; children born here often have none clarified."""
        rng = self.rng
        own = weighted(rng, p.origin.nationalities)
        if p.german:
            second = own[0] if own[0] not in ("UNCLEAR", "STATELESS") else p.origin.country
            return ("DE", second) if p.born_abroad or rng.random() < 0.4 else ("DE",)
        parent = p.father or p.mother
        inherited: tuple[str, ...] = ()
        if parent is not None and parent.record is not None:
            inherited = tuple(n for n in parent.record.nationalities if n != "DE")
        if p.born_abroad:
            return inherited if inherited and rng.random() < 0.75 else own
        r = rng.random()
        if r < 0.65:
            return inherited or own
        return ("STATELESS",) if r >= 0.95 and p.origin.roma else ("UNCLEAR",)

    def languages_of(self, p: Draft) -> tuple[str, ...]:
        """The group's languages (first language first); German for those who grew up here."""
        rng = self.rng
        languages = list(rng.choice(p.origin.languages))
        if p.mother is not None and p.mother.origin is not p.origin:
            mothers = p.mother.origin.languages[0][0]
            if mothers not in languages:
                languages.insert(1, mothers)
        grew_up_here = p.arrived is not None and age(p.born, p.arrived) < 12
        if p.german or grew_up_here:
            if "de" in languages:
                languages.remove("de")
            if age(p.born, self.today) < 1:
                return tuple(languages[:1])
            languages.insert(0 if rng.random() < 0.5 else 1, "de")
        elif p.arrived is None and "de" in languages:
            languages.remove("de")
        if p.interpreter_language and p.interpreter_language not in languages:
            languages.append(p.interpreter_language)
        return tuple(languages)

    def variants(self, p: Draft) -> list[NameVariant]:
        """Spellings of the name in papers and registers that differ from the primary one."""
        rng = self.rng
        given, family = p.given, p.name_now
        plain_given, plain_family = to_ascii(given.latin), to_ascii(family.latin)
        candidates: list[tuple[NameVariantKind, str, str, str]] = []
        if rng.random() < 0.75:
            candidates.append(
                (
                    NameVariantKind.TOLERATION_PAPER,
                    plain_given,
                    plain_family,
                    "Schreibweise ohne diakritische Zeichen (Duldungsbescheinigung)",
                )
            )
        if given.cyrillic and family.cyrillic and rng.random() < 0.4:
            candidates.append(
                (
                    NameVariantKind.TRANSLITERATION,
                    given.cyrillic,
                    family.cyrillic,
                    "Kyrillische Schreibweise (Geburtsurkunde)",
                )
            )
        if given.macedonian and family.macedonian and rng.random() < 0.3:
            candidates.append(
                (
                    NameVariantKind.PASSPORT,
                    macedonian_passport_latin(given.cyrillic or "").upper(),
                    macedonian_passport_latin(family.cyrillic or "").upper(),
                    "Schreibweise im Reisepass",
                )
            )
        if p.origin.cyrillic and not p.origin.macedonian and rng.random() < 0.1:
            candidates.append(
                (
                    NameVariantKind.SCHOOL_REGISTER,
                    drop_diacritics_bare(given.latin),
                    drop_diacritics_bare(family.latin),
                    "Schreibweise im Schülerverzeichnis",
                )
            )
        if p.origin.albanian_spelling and rng.random() < 0.2:
            candidates.append(
                (
                    NameVariantKind.SCHOOL_REGISTER,
                    germanise_albanian(plain_given),
                    germanise_albanian(plain_family),
                    "Eingedeutschte Schreibweise",
                )
            )
        if rng.random() < 0.07:
            kind = NameVariantKind.PASSPORT
            if rng.random() < 0.5:
                kind = NameVariantKind.TOLERATION_PAPER
            candidates.append((kind, plain_family, plain_given, "Vor- und Familienname vertauscht"))
        if p.married_name is not None:
            maiden = p.surname.for_female(p.female).latin
            candidates.append((NameVariantKind.OTHER, given.latin, maiden, "Geburtsname"))
        seen = {(given.latin, family.latin)}
        result = []
        for kind, variant_given, variant_family, note in candidates:
            if (variant_given, variant_family) in seen:
                continue
            seen.add((variant_given, variant_family))
            result.append(
                NameVariant(
                    id=self.new_id(),
                    person_id=p.id,
                    kind=kind,
                    given_names=variant_given,
                    family_name=variant_family,
                    note=note,
                )
            )
        return result

    def emit_relationships(self) -> None:
        for p in self.persons:
            if p.tag != "foster":
                self.link(p.mother, p, ParentChildKind.BIOLOGICAL)
                self.link(p.father, p, ParentChildKind.BIOLOGICAL)
        mother, partner = self.mother, self.partner
        if partner is not None:
            began = self.phases[-1].began
            for child in self.children():
                since = max(began, child.born)
                if child.mother is mother and child.father is not partner and self.chance(0.5):
                    self.link(partner, child, ParentChildKind.STEP, since=since, custody=False)
                if child.father is partner and child.mother is not mother and self.chance(0.7):
                    self.link(mother, child, ParentChildKind.STEP, since=since, custody=False)
        foster = self.foster
        if foster is not None:
            since = self.between(max(foster.born + days(30), self.entry), self.today - days(30))
            for parent in (mother, partner):
                if parent is not None and parent.died is None:
                    self.link(
                        parent,
                        foster,
                        ParentChildKind.FOSTER,
                        since=since,
                        custody=False if self.chance(0.5) else None,
                        note="Pflegeverhältnis über das Jugendamt",
                    )
        for phase in self.phases:
            if phase.partner is not None:
                events = self.course(
                    phase.kind, phase.began, phase.separated, mother, phase.partner
                )
                self.partnership(mother, phase.partner, phase.kind, events)
        if partner is not None and self.partner_ex is not None:
            self.emit_partners_earlier_partnership(partner, self.partner_ex)
        if self.young_couple is not None:
            parent, other, kind, began = self.young_couple
            self.partnership(parent, other, kind, self.course(kind, began, None, parent, other))
        self.emit_elders_marriages()

    def emit_genogram_relations(self) -> None:
        """Twin bonds for the twins; now and then emotional relations and a moved symbol.

        Runs last, so the random draws here leave every other record of the family as it was.
        """
        for p in self.persons:
            if p.twin_of is not None:
                identical = p.sex is p.twin_of.sex and self.chance(0.3)
                self.add(
                    TwinBond(
                        id=self.new_id(),
                        person_a_id=p.twin_of.id,
                        person_b_id=p.id,
                        identical=identical,
                    )
                )
        if self.chance(0.1):  # someone dragged the index person's symbol aside
            self.add(
                GenogramNudge(
                    id=self.new_id(),
                    family_id=self.family_id,
                    person_id=self.index.id,
                    dx_mm=float(self.rng.choice((-12, -8, 8, 12))),
                    dy_mm=0.0,
                )
            )
        if not self.chance(0.4):
            return
        mother = self.mother
        children = [c for c in self.children() if c.mother is mother]
        pairs: list[tuple[Draft, Draft, EmotionalRelationKind]] = []
        if children:
            child = children[self.rng.randrange(len(children))]
            kind = (
                EmotionalRelationKind.CLOSE
                if self.chance(0.7)
                else EmotionalRelationKind.CONFLICTUAL
            )
            pairs.append((mother, child, kind))
        for phase in self.phases:
            if phase.ex and phase.partner is not None and self.chance(0.5):
                kind = (
                    EmotionalRelationKind.CUT_OFF
                    if self.chance(0.5)
                    else EmotionalRelationKind.CONFLICTUAL
                )
                pairs.append((mother, phase.partner, kind))
        elders = [p for p in self.persons if p.tag in ELDERS]
        if elders and self.chance(0.5):
            elder = elders[self.rng.randrange(len(elders))]
            kind = (
                EmotionalRelationKind.DISTANT if self.chance(0.5) else EmotionalRelationKind.CLOSE
            )
            pairs.append((elder, mother, kind))
        for a, b, kind in pairs:
            self.add(
                EmotionalRelation(id=self.new_id(), person_a_id=a.id, person_b_id=b.id, kind=kind)
            )

    def link(
        self,
        parent: Draft | None,
        child: Draft,
        kind: ParentChildKind,
        *,
        since: date | None = None,
        custody: bool | None = None,
        note: str = "",
    ) -> None:
        """A parent–child link; custody is recorded for minors only."""
        if parent is None:
            return
        minor = child.died is None and child.born > add_years(self.today, -18)
        if custody is None and minor and kind is ParentChildKind.BIOLOGICAL:
            custody = parent.died is None and (parent.left is None or self.chance(0.5))
        self.add(
            ParentChildLink(
                id=self.new_id(),
                parent_id=parent.id,
                child_id=child.id,
                kind=kind,
                has_custody=custody if minor else None,
                since=since,
                note=note,
            )
        )

    def emit_partners_earlier_partnership(self, partner: Draft, earlier: Draft) -> None:
        first_child = min(c.born for c in self.children() if c.mother is earlier)
        low = max(add_years(partner.born, 17), add_years(earlier.born, 17))
        began = self.between(low, first_child)
        kind = PartnershipKind.UNMARRIED if self.chance(0.6) else PartnershipKind.MARRIAGE
        events = self.course(kind, began, self.partner_ex_until, partner, earlier)
        self.partnership(partner, earlier, kind, events)

    def emit_elders_marriages(self) -> None:
        """Grandparents (and great-grandparents) who are a couple: married, perhaps widowed."""
        couples: dict[tuple[uuid.UUID, uuid.UUID], tuple[Draft, Draft, date]] = {}
        for child in self.persons:
            wife, husband = child.mother, child.father
            if wife is None or husband is None or husband.tag not in ELDERS:
                continue
            if wife.tag == husband.tag:
                couples.setdefault((husband.id, wife.id), (husband, wife, child.born))
        for husband, wife, first_child in couples.values():
            low = max(add_years(husband.born, 17), add_years(wife.born, 17))
            married = self.between(low, max(low, first_child - days(200)))
            events: Events = [(PartnershipEventKind.MARRIED, PartialDate(married.year))]
            dead = [e for e in (husband, wife) if e.died is not None]
            if dead:
                first = min(dead, key=lambda e: e.died or self.today)
                events.append((PartnershipEventKind.WIDOWED, first.death_record))
            self.partnership(husband, wife, PartnershipKind.MARRIAGE, events)

    def course(
        self, kind: PartnershipKind, began: date, separated: date | None, a: Draft, b: Draft
    ) -> Events:
        """The dated events of a partnership, from its beginning to separation or death."""
        rng, today = self.rng, self.today
        full, month = (0.2, 0.4) if began < self.entry else (0.5, 0.4)
        events: Events = []
        if kind is PartnershipKind.UNMARRIED or rng.random() < 0.25:
            events.append(
                (PartnershipEventKind.PARTNERSHIP_BEGAN, self.partial(began, full, month))
            )
        if kind is PartnershipKind.MARRIAGE:
            married = began
            if events:
                married = self.between(began + days(30), min(began + years(3), today))
                if separated is not None:
                    married = max(min(married, separated - DAY), began)
            events.append((PartnershipEventKind.MARRIED, self.partial(married, full, month)))
        end = separated or today
        if (end - began).days > 800 and rng.random() < 0.08:
            first = self.between(began + days(200), end - days(400))
            again = self.between(first + days(30), first + days(300))
            events.append((PartnershipEventKind.SEPARATED, self.partial(first, 0.5, 0.4)))
            events.append((PartnershipEventKind.RECONCILED, self.partial(again, 0.5, 0.4)))
        if separated is not None:
            events.append((PartnershipEventKind.SEPARATED, self.partial(separated, 0.5, 0.4)))
            divorced = separated + days(rng.randint(300, 900))
            if kind is PartnershipKind.MARRIAGE and rng.random() < 0.5 and divorced < today:
                events.append((PartnershipEventKind.DIVORCED, self.partial(divorced, 0.7, 0.2)))
            return events
        dead = [p for p in (a, b) if p.died is not None]
        left = [p.left for p in (a, b) if p.left is not None]
        if dead:
            first_dead = min(dead, key=lambda p: p.died or today)
            events.append((PartnershipEventKind.WIDOWED, first_dead.death_record))
        elif left:
            events.append((PartnershipEventKind.SEPARATED, self.partial(min(left), 0.5, 0.4)))
        return events

    def partnership(self, a: Draft, b: Draft, kind: PartnershipKind, events: Events) -> None:
        note = ""
        if kind is PartnershipKind.UNMARRIED and self.chance(0.3):
            note = "Nur religiös verheiratet"
        partnership = Partnership(
            id=self.new_id(), person_a_id=a.id, person_b_id=b.id, kind=kind, note=note
        )
        self.add(partnership)
        for event_kind, when in events:
            self.add(
                PartnershipEvent(
                    id=self.new_id(), partnership_id=partnership.id, kind=event_kind, date=when
                )
            )

    def emit_residence(self) -> None:
        rng = self.rng
        for p in self.persons:
            for period in p.periods:
                conditions = ""
                if period.kind in TOLERATIONS and rng.random() < 0.5:
                    conditions = "\n".join(rng.sample(catalog.CONDITIONS, rng.randint(1, 3)))
                german = period.kind is ResidenceKind.GERMAN_CITIZEN
                self.add(
                    ResidenceStatus(
                        id=self.new_id(),
                        person_id=p.id,
                        kind=period.kind,
                        legal_basis=period.basis,
                        valid_from=period.start,
                        valid_until=period.end,
                        issuing_office="" if german else OFFICE,
                        conditions=conditions,
                        notes=period.note,
                    )
                )
        for p in self.persons:
            for kind, when, country, note in self.migrations(p):
                self.add(
                    MigrationEvent(
                        id=self.new_id(),
                        person_id=p.id,
                        kind=kind,
                        date=when,
                        country=country,
                        note=note,
                    )
                )

    def migrations(self, p: Draft) -> list[tuple[MigrationEventKind, PartialDate, str, str]]:
        """Entries (from the country of origin), the family's departure and return, departures."""
        if p.arrived is None:
            return []
        country = self.origin.country
        result = []
        absence = self.absence
        if p.born_abroad:
            note = "Einreise als Kind mit den Eltern" if p.german else ""
            if absence is not None and absence[0] <= p.born < absence[1]:
                note = "Geboren während des Aufenthalts im Herkunftsland"
            from_country = p.origin.country if p.german else country
            result.append(
                (MigrationEventKind.ENTRY, self.partial(p.arrived, 0.55, 0.35), from_country, note)
            )
        if (
            absence is not None
            and p.role is MembershipRole.MEMBER
            and p.arrived < absence[0]
            and p.alive_on(absence[0])
            and (p.left is None or p.left > absence[0])
        ):
            deported = self.absence_kind is MigrationEventKind.DEPORTATION
            note = "Sammelabschiebung" if deported else "Freiwillige Ausreise mit Rückkehrförderung"
            result.append((self.absence_kind, self.partial(absence[0], 0.85, 0.1), country, note))
            result.append(
                (MigrationEventKind.RE_ENTRY, self.partial(absence[1], 0.6, 0.3), country, "")
            )
        if p.left is not None:
            kind = MigrationEventKind.DEPORTATION
            if self.chance(0.5):
                kind = MigrationEventKind.VOLUNTARY_DEPARTURE
            result.append((kind, self.partial(p.left, 0.8, 0.15), country, ""))
        return result
