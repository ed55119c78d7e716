"""Synthetic consents, case conferences and the disclosure log of a family.

Runs last for a family (after its help plan), so its random draws leave every other record
of the family as it was. Most families with a network get a consent for case conferences,
given by the adults for themselves and by both parents for the children; now and then a
consent is withdrawn in part, a second one is only prepared, and a participant is invited
whom the consent does not cover (so that the consent gate has something to refuse).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time

from fallmanager.domain.case_conference import (
    CASE_LABEL_ALPHABET,
    AgreedStep,
    CaseConference,
    ConferenceStatus,
    ConferenceTopic,
)
from fallmanager.domain.consent import (
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    ConsentWithdrawal,
    DataCategory,
    default_expiry,
)
from fallmanager.domain.disclosure import Disclosure, DisclosureChannel, DocumentKind, RecipientKind
from fallmanager.domain.entity import Entity
from fallmanager.domain.help_plan import GoalLevel, HelpPlanGoal, HelpPlanVersion, VersionStatus
from fallmanager.synthetic.state import Draft, FamilyState
from fallmanager.synthetic.timeline import age, days

_PRINT_LANGUAGE = {"sq": "sq", "sr": "sr-Latn", "bs": "bs", "mk": "mk"}

#: Agenda topics a case manager would set, with the data they touch and whom they concern.
_TOPICS: tuple[tuple[str, tuple[DataCategory, ...], str], ...] = (
    ("Regelmäßiger Schulbesuch und Fehlzeiten", (DataCategory.SCHOOL,), "pupils"),
    ("Übergang Schule–Beruf: Praktikum und Ausbildungsplatz", (DataCategory.SCHOOL,), "youth"),
    ("Arbeitsaufnahme und Sicherung des Lebensunterhalts", (DataCategory.WORK_BENEFITS,), "adults"),
    ("Passbeschaffung und Aufenthaltsperspektive", (DataCategory.RESIDENCE,), "adults"),
    ("Stand des Hilfeplans", (DataCategory.HELP_PLAN,), "family"),
    ("Wohnsituation in der Unterkunft", (DataCategory.FAMILY_SITUATION,), "family"),
    ("Begrüßung und Ablauf", (), "family"),
)

_RESULTS = (
    "Die Beteiligten stimmen ihre Termine ab; die Familie wird über jeden Schritt informiert.",
    "Die Schule meldet Fehlzeiten wöchentlich an das Fallmanagement.",
    "Das Jobcenter prüft eine Fördermaßnahme; Rückmeldung bis zum nächsten Termin.",
)

_STEPS = (
    "Bescheinigung über den Schulbesuch vorlegen",
    "Beratungstermin bei der Agentur für Arbeit vereinbaren",
    "Unterlagen für die Passbeschaffung zusammenstellen",
    "Anmeldung zum Sprachkurs begleiten",
)


class ConferenceWriter(FamilyState):
    """Writes consents, withdrawals, conferences with minutes, and the disclosure log."""

    def emit_consents_and_conferences(self) -> None:
        rng, today = self.rng, self.today
        actors = list(self.involved_actor_ids)
        if not actors or self.opened > today - days(60) or not self.chance(0.6):
            return
        members = [p for p in self.persons if p.lives_with_family and p.died is None]
        if not members:
            return
        prepared_on = self.between(self.opened + days(20), today - days(30))
        recipients = tuple(rng.sample(actors, min(len(actors), rng.randint(1, 3))))
        givers = self._givers(members, prepared_on)
        categories = rng.sample(list(DataCategory), rng.randint(2, len(DataCategory)))
        purposes = [ConsentPurpose.CASE_CONFERENCE]
        if self.chance(0.4):
            purposes.append(ConsentPurpose.IMMIGRATION_OFFICE)
        language = _PRINT_LANGUAGE.get(self.index.interpreter_language, "")
        given = self.chance(0.85)
        verbal = given and self.chance(0.2)
        given_on = min(prepared_on + days(rng.randint(0, 10)), today) if given else None
        consent = Consent(
            id=self.new_id(),
            family_id=self.family_id,
            subject_ids=tuple(p.id for p in members),
            given_by_ids=tuple(p.id for p in givers) if given else (),
            recipient_actor_ids=recipients,
            categories=tuple(c.value for c in categories),
            purposes=tuple(p.value for p in purposes),
            status=ConsentStatus.GIVEN if given else ConsentStatus.PREPARED,
            form=ConsentForm.VERBAL if verbal else ConsentForm.WRITTEN,
            witness="Kollegin des Sozialdienstes" if verbal else "",
            language=language,
            interpreter_present=self.index.needs_interpreter,
            prepared_on=prepared_on,
            given_on=given_on,
            expires_on=default_expiry(given_on) if given_on else None,
        )
        records: list[Entity] = [consent, self._form_printed(consent)]
        if given_on is not None and given_on < today - days(5) and self.chance(0.15):
            withdrawn = self.between(given_on + days(1), today)
            records.append(
                ConsentWithdrawal(
                    id=self.new_id(),
                    consent_id=consent.id,
                    withdrawn_on=withdrawn,
                    full=False,
                    categories=(categories[0].value,),
                    declared_by_ids=(givers[0].id,),
                    notes="Beim Hausbesuch mündlich erklärt.",
                )
            )
        if given_on is not None and self.chance(0.6):
            records += self._conference(consent, members, actors)
        records += self._renewal(consent)
        for record in records:
            self.add(record)

    def _renewal(self, consent: Consent) -> list[Entity]:
        """A consent that ran out while the file is open is mostly renewed (a new consent)."""
        today = self.today
        if consent.expires_on is None or consent.expires_on >= today or self.closed:
            return []
        if not self.chance(0.7):
            return []
        low = max(consent.expires_on - days(30), today - days(360))
        given_on = self.between(low, today - days(5))
        renewed = replace(
            consent,
            id=self.new_id(),
            prepared_on=given_on - days(self.rng.randint(0, 7)),
            given_on=given_on,
            expires_on=default_expiry(given_on),
        )
        return [renewed, self._form_printed(renewed)]

    def _givers(self, members: list[Draft], on: date) -> list[Draft]:
        """The adults for themselves; for the children both parents (who hold custody)."""
        givers = [p for p in members if age(p.born, on) >= 18]
        for child in (p for p in members if age(p.born, on) < 18):
            for parent in (child.mother, child.father):
                if parent is not None and parent.died is None and parent not in givers:
                    givers.append(parent)
        return givers or [self.index]

    def _form_printed(self, consent: Consent) -> Disclosure:
        return Disclosure(
            id=self.new_id(),
            family_id=self.family_id,
            disclosed_at=datetime.combine(consent.prepared_on, time(9, 30)),
            document=DocumentKind.CONSENT_FORM,
            title=f"Einwilligungserklärung vom {consent.prepared_on:%d.%m.%Y}",
            recipient_kind=RecipientKind.FAMILY,
            person_ids=consent.subject_ids,
            channel=DisclosureChannel.PRINT,
            language=consent.language,
        )

    def _conference(
        self, consent: Consent, members: list[Draft], actors: list[uuid.UUID]
    ) -> list[Entity]:
        rng, today = self.rng, self.today
        assert consent.given_on is not None  # noqa: S101 - only for given consents
        day = consent.given_on + days(rng.randint(14, 150))
        starts_at = datetime.combine(day, time(rng.choice((9, 10, 14)), rng.choice((0, 30))))
        held = day < today
        anonymised = self.chance(0.1)
        participants = list(consent.recipient_actor_ids)
        others = [a for a in actors if a not in participants]
        if others and self.chance(0.5):
            participants.append(rng.choice(others))  # not covered: the gate refuses it
        conference = CaseConference(
            id=self.new_id(),
            family_id=self.family_id,
            starts_at=starts_at,
            duration_minutes=rng.choice((60, 90, 120)),
            place=rng.choice(("Sozialamt, Besprechungsraum 2", "Stadthaus 1, Raum 114")),
            video_link="https://video.example.org/fk" if self.chance(0.2) else "",
            initiator_actor_id=rng.choice(participants) if self.chance(0.3) else None,
            participant_actor_ids=tuple(participants),
            participant_person_ids=(
                () if anonymised else tuple(p.id for p in members if age(p.born, day) >= 18)[:2]
            ),
            anonymised=anonymised,
            case_label="FK-" + "".join(rng.choice(CASE_LABEL_ALPHABET) for _ in range(5)),
            status=ConferenceStatus.HELD if held else ConferenceStatus.PLANNED,
        )
        goals = self._outcome_goals()
        records: list[Entity] = [conference]
        chosen = rng.sample(_TOPICS, rng.randint(2, 4))
        for position, (title, categories, whom) in enumerate(chosen):
            concerned = self._concerned(members, whom, day)
            topic = ConferenceTopic(
                id=self.new_id(),
                conference_id=conference.id,
                position=position,
                title=title,
                categories=tuple(c.value for c in categories),
                person_ids=tuple(p.id for p in concerned),
                goal_ids=(goals[position % len(goals)].id,) if goals else (),
                lead_actor_id=rng.choice(participants) if self.chance(0.5) else None,
                result=rng.choice(_RESULTS) if held else "",
            )
            records.append(topic)
            if held and categories:
                records.append(
                    AgreedStep(
                        id=self.new_id(),
                        topic_id=topic.id,
                        wording=rng.choice(_STEPS),
                        person_ids=topic.person_ids[:1],
                        responsible_actor_id=rng.choice(participants),
                        responsible_is_family=self.chance(0.3),
                        due_on=day + days(rng.randint(14, 60)),
                        outcome_goal_id=goals[0].id if goals else None,
                    )
                )
        records += self._agendas(conference, consent, day)
        return records

    def _concerned(self, members: list[Draft], whom: str, day: date) -> list[Draft]:
        if whom == "pupils":
            found = [p for p in members if 6 <= age(p.born, day) < 18]
        elif whom == "youth":
            found = [p for p in members if 14 <= age(p.born, day) <= 25]
        elif whom == "adults":
            found = [p for p in members if age(p.born, day) >= 18]
        else:
            return []
        return found[:2]

    def _outcome_goals(self) -> list[HelpPlanGoal]:
        """The Ergebnisziele of the family's running (or drafted first) help plan."""
        versions = [r for r in self.help_plan_records if isinstance(r, HelpPlanVersion)]
        running = [v for v in versions if v.status is not VersionStatus.SUPERSEDED]
        first = min(running, key=lambda v: v.number, default=None)
        return [
            r
            for r in self.help_plan_records
            if isinstance(r, HelpPlanGoal)
            and r.level is GoalLevel.OUTCOME
            and first is not None
            and r.version_id == first.id
        ]

    def _agendas(self, conference: CaseConference, consent: Consent, day: date) -> list[Entity]:
        """The agendas sent ten days before, to the participants the consent covers."""
        sent = datetime.combine(min(day - days(10), self.today), time(11, 0))
        if sent.date() < (consent.given_on or day):
            return []
        return [
            Disclosure(
                id=self.new_id(),
                family_id=self.family_id,
                disclosed_at=sent,
                document=DocumentKind.AGENDA,
                title=f"Tagesordnung Fallkonferenz {day:%d.%m.%Y}",
                recipient_kind=RecipientKind.ACTOR,
                recipient_actor_id=actor_id,
                categories=consent.categories[:2],
                person_ids=() if conference.anonymised else consent.subject_ids,
                consent_ids=() if conference.anonymised else (consent.id,),
                conference_id=conference.id,
                anonymised=conference.anonymised,
            )
            for actor_id in conference.participant_actor_ids
            if actor_id in consent.recipient_actor_ids
        ]
