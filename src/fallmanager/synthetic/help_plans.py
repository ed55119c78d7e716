"""Synthetic help plans: an Erstplan built from the catalogue, now and then a Fortschreibung.

Runs after everything else of a family has been written, so its random draws leave the
other records of the family as they were.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from fallmanager.domain.entity import Entity
from fallmanager.domain.help_plan import (
    CataloguePhrase,
    EvidenceStatus,
    GoalLevel,
    GoalStatus,
    HelpPlanGoal,
    HelpPlanReview,
    HelpPlanVersion,
    LifeDomain,
    NeedAssessment,
    NeedLevel,
    PhraseKind,
    ResidenceRequirement,
    TextTranslation,
    VersionStatus,
)
from fallmanager.domain.help_plan_catalogue import CatalogueEntry, seed_catalogue
from fallmanager.synthetic.state import Draft, FamilyState
from fallmanager.synthetic.timeline import add_years, age, days

#: The family's language on the printout, from the interpreter language.
_PRINT_LANGUAGE = {"sq": "sq", "sr": "sr-Latn", "bs": "bs", "mk": "mk"}

#: Resources and needs per life domain, as a case manager would note them.
_NEEDS: dict[LifeDomain, tuple[tuple[str, str], ...]] = {
    LifeDomain.SCHOOL_CHILDCARE: (
        ("geht gern zur Schule, gute Noten in Mathematik", "Hausaufgabenhilfe, Deutschförderung"),
        ("Eltern nehmen an Elternabenden teil", "regelmäßiger Schulbesuch, Fehlzeiten abbauen"),
    ),
    LifeDomain.TRAINING_WORK: (
        ("Erfahrung im Lager und in der Gastronomie", "Anerkennung, Bewerbungsunterlagen"),
        ("möchte eine Ausbildung als Pflegehelferin beginnen", "Praktikumsplatz, Sprachkurs"),
    ),
    LifeDomain.LANGUAGE: (
        ("versteht Alltagsdeutsch gut", "Sprachkurs B1, Prüfungsvorbereitung"),
        ("spricht Romanes und Serbisch", "Alphabetisierungskurs"),
    ),
    LifeDomain.HEALTH: (
        ("regelmäßige Arztbesuche", "Facharzttermin, Begleitung mit Sprachmittlung"),
    ),
    LifeDomain.LIVELIHOOD: (
        ("Minijob seit einem Jahr", "Schulden bei der Stromversorgung, Schuldnerberatung"),
    ),
    LifeDomain.RESIDENCE: (("Geburtsurkunden liegen vor", "Passbeschaffung, Identitätsklärung"),),
    LifeDomain.HOUSING: (
        ("gute Nachbarschaft in der Unterkunft", "Wohnungssuche, zu wenig Platz"),
    ),
}


#: An activity in the case manager's own words, with the translations a colleague made.
OWN_ACTIVITY = {
    "de": "Die Kinder im Sportverein anmelden.",
    "en": "Register the children with the sports club.",
    "sq": "Regjistroni fëmijët në klubin sportiv.",
    "sr-Latn": "Prijaviti decu u sportski klub.",
    "sr-Cyrl": "Пријавити децу у спортски клуб.",
    "bs": "Prijaviti djecu u sportski klub.",
    "mk": "Пријавете ги децата во спортскиот клуб.",
}

#: Textbausteine the office's case managers added to the catalogue themselves.
OWN_PHRASES = (
    (
        PhraseKind.ACTIVITY,
        LifeDomain.SCHOOL_CHILDCARE,
        "Einen Kita-Platz über das Kita-Portal suchen.",
    ),
    (PhraseKind.ACTIVITY, LifeDomain.LIVELIHOOD, "Termin bei der Schuldnerberatung vereinbaren."),
    (
        PhraseKind.REQUIREMENT,
        LifeDomain.RESIDENCE,
        "Nachweis über die Vorsprache bei der Botschaft vorlegen.",
    ),
)


def emit_own_phrases(new_id: Callable[[], uuid.UUID], add: Callable[[Entity], None]) -> None:
    """The office's own catalogue phrases (once per vault)."""
    for kind, domain, wording in OWN_PHRASES:
        add(CataloguePhrase(id=new_id(), kind=kind, domain=domain, wording=wording))


class HelpPlanWriter(FamilyState):
    """Writes the help plan of a synthetic family."""

    def emit_help_plan(self) -> None:
        rng, today = self.rng, self.today
        start = max(self.opened + days(rng.randint(20, 60)), self.opened)
        if start > today - days(10) or not self.chance(0.75):
            return
        members = [p for p in self.persons if p.lives_with_family and p.died is None]
        adults = [p for p in members if age(p.born, start) >= 18]
        kids = [p for p in members if age(p.born, start) < 18]
        agreed = self.chance(0.8)
        agreed_on = min(start + days(rng.randint(0, 14)), today) if agreed else None
        language = _PRINT_LANGUAGE.get(self.index.interpreter_language, "")
        version = HelpPlanVersion(
            id=self.new_id(),
            family_id=self.family_id,
            number=1,
            status=VersionStatus.AGREED if agreed else VersionStatus.DRAFT,
            drawn_up_on=start,
            participant_ids=tuple(p.id for p in adults[:2]),
            participant_actor_ids=tuple(self.involved_actor_ids[:1]),
            agreed_on=agreed_on,
            review_on=add_years(start, 1) if not agreed else (start + days(182)),
            family_language=language,
            signed_on=agreed_on if agreed and self.chance(0.7) else None,
            signed_by_ids=tuple(p.id for p in adults[:2]) if agreed else (),
            signed_by_case_manager=agreed,
        )
        version = replace(version, signed_by_ids=version.signed_by_ids if version.signed_on else ())
        records: list[Entity] = [version]
        records += self._goals(version, kids, adults, agreed_on)
        records += self._needs(version, kids, adults)
        records += self._requirements(version, agreed_on)
        records += self._own_activity(version, records, kids)
        due_for_review = version.review_on is not None and version.review_on < today - days(20)
        if agreed and due_for_review and self.chance(0.5):
            records += self._update(version, records)
        self.help_plan_records = records
        for record in records:
            self.add(record)

    def _goals(
        self,
        version: HelpPlanVersion,
        kids: list[Draft],
        adults: list[Draft],
        agreed_on: date | None,
    ) -> list[Entity]:
        rng, today = self.rng, self.today
        catalogue = seed_catalogue()
        frameworks: list[tuple[str, list[Draft], LifeDomain]] = []
        school_age = [k for k in kids if 6 <= age(k.born, today) < 18]
        if school_age:
            frameworks.append(("1", school_age, LifeDomain.SCHOOL_CHILDCARE))
        if any(15 <= age(p.born, today) <= 25 for p in self.persons):
            frameworks.append(("2", [p for p in self.persons if 15 <= age(p.born, today) <= 25],
                               LifeDomain.TRAINING_WORK))  # fmt: skip
        if adults:
            frameworks.append(("3", adults, LifeDomain.TRAINING_WORK))
        goals: list[Entity] = []
        used: set[str] = set()
        for position, (entry_id, people, domain) in enumerate(frameworks[:2]):
            framework = catalogue.entry(entry_id)
            assert framework is not None  # noqa: S101 - shipped with the application
            top = self._goal(version, framework, None, position)
            goals.append(top)
            outcomes = catalogue.children(entry_id)
            for index, outcome in enumerate(rng.sample(outcomes, min(len(outcomes), 2))):
                middle = self._goal(version, outcome, top.id, index)
                goals.append(middle)
                phrases = [
                    p
                    for p in catalogue.phrases(PhraseKind.ACTIVITY)
                    if p.domain in (domain, LifeDomain.RESIDENCE, LifeDomain.LANGUAGE)
                    and p.id not in used  # each phrase once per plan
                ]
                chosen = rng.sample(phrases, min(len(phrases), 2))
                used.update(p.id for p in chosen)
                for slot, phrase in enumerate(chosen):
                    due = (agreed_on or version.drawn_up_on) + days(rng.randint(20, 200))
                    status = GoalStatus.OPEN
                    if agreed_on and due < today:
                        status = rng.choice(
                            (
                                GoalStatus.DONE,
                                GoalStatus.DONE,
                                GoalStatus.IN_PROGRESS,
                                GoalStatus.OPEN,
                            )
                        )
                    goal = self._goal(version, phrase, middle.id, slot)
                    goals.append(
                        replace(
                            goal,
                            person_ids=(rng.choice(people).id,),
                            responsible_actor_id=(
                                rng.choice(self.involved_actor_ids)
                                if self.involved_actor_ids and self.chance(0.6)
                                else None
                            ),
                            responsible_is_family=self.chance(0.4),
                            due_on=due,
                            status=status,
                        )
                    )
        return goals

    def _goal(
        self,
        version: HelpPlanVersion,
        entry: CatalogueEntry,
        parent: uuid.UUID | None,
        position: int,
    ) -> HelpPlanGoal:
        level = entry.level or GoalLevel.ACTIVITY
        return HelpPlanGoal(
            id=self.new_id(),
            version_id=version.id,
            parent_id=parent,
            level=level,
            position=position,
            wording=entry.german,
            catalogue_id=entry.id,
            domains=(entry.domain.value,) if entry.domain else (),
        )

    def _own_activity(
        self, version: HelpPlanVersion, records: list[Entity], kids: list[Draft]
    ) -> list[Entity]:
        """Now and then an activity in the case manager's own words, with its translation."""
        parents = [
            r for r in records if isinstance(r, HelpPlanGoal) and r.level is GoalLevel.OUTCOME
        ]
        if not (parents and kids and version.family_language and self.chance(0.4)):
            return []
        siblings = [r for r in records if getattr(r, "parent_id", None) == parents[0].id]
        goal = HelpPlanGoal(
            id=self.new_id(),
            version_id=version.id,
            parent_id=parents[0].id,
            level=GoalLevel.ACTIVITY,
            position=len(siblings),
            wording=OWN_ACTIVITY["de"],
            person_ids=(kids[0].id,),
            domains=(LifeDomain.SOCIAL_LIFE.value,),
            responsible_is_family=True,
            due_on=version.drawn_up_on + days(90),
        )
        translation = TextTranslation(
            id=self.new_id(),
            owner_id=goal.id,
            language=version.family_language,
            wording=OWN_ACTIVITY[version.family_language],
            needs_review=self.chance(0.5),
        )
        return [goal, translation]

    def _needs(
        self, version: HelpPlanVersion, kids: list[Draft], adults: list[Draft]
    ) -> list[Entity]:
        rng = self.rng
        needs: list[Entity] = []
        for person in adults[:2] + kids[:2]:
            domains = [LifeDomain.SCHOOL_CHILDCARE] if person in kids else [
                LifeDomain.TRAINING_WORK, LifeDomain.LANGUAGE, LifeDomain.HEALTH,
                LifeDomain.LIVELIHOOD,
            ]  # fmt: skip
            for domain in rng.sample(domains, min(len(domains), 2)):
                resources, wants = rng.choice(_NEEDS[domain])
                needs.append(
                    NeedAssessment(
                        id=self.new_id(),
                        version_id=version.id,
                        person_id=person.id,
                        domain=domain,
                        resources=resources,
                        needs=wants,
                        level=rng.choice(list(NeedLevel)),
                    )
                )
        resources, wants = rng.choice(_NEEDS[LifeDomain.RESIDENCE])
        needs.append(
            NeedAssessment(
                id=self.new_id(), version_id=version.id, person_id=None,
                domain=LifeDomain.RESIDENCE, resources=resources, needs=wants,
                level=NeedLevel.HIGH,
            )
        )  # fmt: skip
        return needs

    def _requirements(self, version: HelpPlanVersion, agreed_on: date | None) -> list[Entity]:
        rng = self.rng
        phrases = seed_catalogue().phrases(PhraseKind.REQUIREMENT)
        chosen = rng.sample(phrases, min(len(phrases), rng.randint(2, 4)))
        return [
            ResidenceRequirement(
                id=self.new_id(),
                version_id=version.id,
                wording=phrase.german,
                catalogue_id=phrase.id,
                evidence=rng.choice(list(EvidenceStatus)) if agreed_on else EvidenceStatus.MISSING,
                due_on=(agreed_on or version.drawn_up_on) + days(rng.randint(60, 300)),
                position=position,
            )
            for position, phrase in enumerate(chosen)
        ]

    def _update(self, version: HelpPlanVersion, records: list[Entity]) -> list[Entity]:
        """A review of the Erstplan and the Fortschreibung it started (a draft)."""
        assert version.review_on is not None  # noqa: S101 - checked by the caller
        held_on = version.review_on + days(self.rng.randint(0, 14))
        review = HelpPlanReview(
            id=self.new_id(),
            version_id=version.id,
            held_on=held_on,
            achieved="Termine wurden eingehalten; Schulbescheinigungen liegen vor.",
        )
        update = HelpPlanVersion(
            id=self.new_id(),
            family_id=self.family_id,
            number=2,
            previous_id=version.id,
            drawn_up_on=held_on,
            participant_ids=version.participant_ids,
            family_language=version.family_language,
            review_on=held_on + days(182),
        )
        copies: dict[uuid.UUID, uuid.UUID] = {}
        out: list[Entity] = [review, update]
        for record in records:
            if isinstance(record, HelpPlanGoal):
                copy = replace(
                    record,
                    id=self.new_id(),
                    version_id=update.id,
                    parent_id=copies.get(record.parent_id) if record.parent_id else None,
                    origin_id=record.id,
                )
                copies[record.id] = copy.id
                out.append(copy)
            elif isinstance(record, NeedAssessment | ResidenceRequirement):
                out.append(
                    replace(record, id=self.new_id(), version_id=update.id, origin_id=record.id)
                )
        return out
