"""What the agenda, the minutes and the results sheet of a case conference share.

Every copy is made for one reader: a participating organisation (``recipient_actor_id``)
sees only the topics the consent gate allows it, numbered without gaps so that nothing
shows that other topics exist; the family and the file see every topic. An anonymised case
discussion names nobody: persons appear by their role relative to the index person
("Mutter", "Kind 1"), and no case number is printed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cached_property

from reportlab.platypus import Flowable

from fallmanager.domain.case_conference import (
    AgreedStep,
    CaseConference,
    ConferenceStatus,
    ConferenceTopic,
)
from fallmanager.domain.conference_view import ConferenceSnapshot, consent_facts, member_ids_on
from fallmanager.domain.consent import ConsentPurpose
from fallmanager.domain.consent_gate import check_disclosure, topic_person_ids
from fallmanager.domain.genogram.anonymise import role_labels
from fallmanager.domain.genogram.input import genogram_input
from fallmanager.reports.bilingual import BilingualDocument, Side
from fallmanager.reports.conference.texts import ConferenceTexts
from fallmanager.reports.documents import german_date
from fallmanager.reports.help_plan.common import PrintOptions


def end_of(conference: CaseConference) -> datetime:
    """When the conference ends (local wall-clock time)."""
    return conference.starts_at + timedelta(minutes=conference.duration_minutes)


class ConferencePdf(BilingualDocument[ConferenceTexts]):
    """A printout of one case conference for one reader.

    ``recipient_actor_id`` is the participating organisation the copy is for; None is the
    family's copy or the file's copy, which hold every topic.
    """

    def __init__(
        self,
        snapshot: ConferenceSnapshot,
        options: PrintOptions,
        *,
        recipient_actor_id: uuid.UUID | None,
        language: str,
        large_print: bool,
    ) -> None:
        if (
            recipient_actor_id is not None
            and recipient_actor_id not in snapshot.conference.participant_actor_ids
        ):
            raise ValueError("the recipient does not take part in the conference")
        self.snapshot = snapshot
        self.recipient_actor_id = recipient_actor_id
        label = snapshot.conference.case_label
        super().__init__(
            options,
            texts=ConferenceTexts,
            language=language,
            large_print=large_print,
            version_label=f"{german_date(snapshot.conference.held_on)} · {label}",
        )

    @property
    def conference(self) -> CaseConference:
        return self.snapshot.conference

    @property
    def anonymised(self) -> bool:
        return self.conference.anonymised

    @property
    def for_actor(self) -> bool:
        return self.recipient_actor_id is not None

    def case_title(self) -> str:
        """ "Fallkonferenz FK-7Q3K" — how the metadata titles name the conference."""
        case = self.texts[0].get("titles", "case_conference")
        return f"{case} {self.conference.case_label}"

    # -- which topics --------------------------------------------------------------------

    def topics(self) -> tuple[ConferenceTopic, ...]:
        """The topics of this copy in agenda order: all, or those the reader may see."""
        if self.recipient_actor_id is None:
            return self.snapshot.topics
        return self.snapshot.gate.allowed_topics(self.recipient_actor_id)

    @cached_property
    def _members(self) -> tuple[uuid.UUID, ...]:
        return member_ids_on(self.snapshot.detail, self.conference.held_on)

    def steps(self, topic: ConferenceTopic) -> tuple[AgreedStep, ...]:
        """The agreed steps of ``topic`` this copy may show.

        An organisation sees a step only if every person the step names is covered for it
        with the topic's data categories — a step may name someone the topic itself does
        not.
        """
        steps = self.snapshot.steps_of(topic.id)
        if self.recipient_actor_id is None or self.anonymised or not topic.categories:
            return steps
        covered = set(topic_person_ids(topic, self._members))
        facts = consent_facts(self.snapshot.detail)
        visible = []
        for step in steps:
            others = [p for p in step.person_ids if p not in covered]
            if (
                others
                and not check_disclosure(
                    facts,
                    recipient_actor_id=self.recipient_actor_id,
                    person_ids=others,
                    categories=topic.data_categories,
                    purpose=ConsentPurpose.CASE_CONFERENCE,
                    on=self.conference.held_on,
                ).allowed
            ):
                continue
            visible.append(step)
        return tuple(visible)

    # -- names ---------------------------------------------------------------------------

    @cached_property
    def _roles(self) -> dict[str, dict[uuid.UUID, str]]:
        """Role labels per role language (German, English), made on first use."""
        data = genogram_input(self.snapshot.detail, on=self.conference.held_on)
        return {language: role_labels(data, language) for language in ("de", "en")}

    def person_label(self, person_id: uuid.UUID, side: Side[ConferenceTexts]) -> str:
        """The person's name, or in an anonymised discussion their role."""
        if self.anonymised:
            roles = self._roles["en" if side.language == "en" else "de"]
            return roles.get(person_id, "")
        person = self.snapshot.person(person_id)
        return person.display_name if person is not None else ""

    def persons_label(self, person_ids: Sequence[uuid.UUID], side: Side[ConferenceTexts]) -> str:
        """The persons a topic or step is about; none named means the whole family."""
        names = [n for n in (self.person_label(p, side) for p in person_ids) if n]
        return ", ".join(names) or side.texts.get("agenda", "whole_family")

    def actor_name(self, actor_id: uuid.UUID | None) -> str:
        actor = self.snapshot.actor(actor_id)
        return actor.name if actor is not None else ""

    def case_management(self, side: Side[ConferenceTexts]) -> str:
        """The case manager as the documents name them: "Fallmanagement (Name)"."""
        label = side.texts.get("header", "case_management")
        name = self.options.case_manager_name.strip()
        return f"{label} ({name})" if name else label

    def lead(self, topic: ConferenceTopic, side: Side[ConferenceTexts]) -> str:
        return self.actor_name(topic.lead_actor_id) or self.case_management(side)

    def categories(self, topic: ConferenceTopic, side: Side[ConferenceTexts]) -> str:
        if not topic.categories:
            return side.texts.get("agenda", "no_personal_data")
        return side.texts.categories(topic.data_categories)

    def responsible(
        self, step: AgreedStep, side: Side[ConferenceTexts], family_word: tuple[str, str]
    ) -> str:
        """Who does a step: the organisation, the family (``family_word``), or both; the case
        manager when neither is named."""
        names = [self.actor_name(step.responsible_actor_id)]
        if step.responsible_is_family:
            names.append(side.texts.get(*family_word))
        found = ", ".join(n for n in names if n)
        return found or self.case_management(side)

    # -- the header ----------------------------------------------------------------------

    def participants(self, side: Side[ConferenceTexts]) -> str:
        """Case management, the organisations, and "Familie" (never the members' names)."""
        names = [self.case_management(side), *(a.name for a in self.snapshot.participants)]
        if self.conference.participant_person_ids:
            names.append(side.texts.get("header", "family"))
        return ", ".join(names)

    def header_pairs(self, side: Side[ConferenceTexts]) -> list[tuple[str, str]]:
        t = side.texts
        conference = self.conference
        initiator = self.actor_name(conference.initiator_actor_id) or self.case_management(side)
        return [
            (t.get("header", "date"), t.long_date(conference.held_on)),
            (t.get("header", "time"), t.time_range(conference.starts_at, end_of(conference))),
            (t.get("header", "place"), conference.place),
            (t.get("header", "video"), conference.video_link),
            (t.get("header", "case_label"), conference.case_label),
            (t.get("header", "initiator"), initiator),
            (t.get("header", "participants"), self.participants(side)),
        ]

    def cancelled_note(self) -> list[Flowable]:
        if self.conference.status is not ConferenceStatus.CANCELLED:
            return []
        return self.rows([self.sentence("sentences", "cancelled")])
