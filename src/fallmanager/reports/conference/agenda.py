"""The agenda of a case conference (Tagesordnung), one copy per participant.

An organisation's copy lists only the topics the consent gate lets it see, numbered 1, 2, 3
without gaps; nothing in it hints that the agenda holds more, and no title or person of a
withheld topic appears. The family's copy holds every topic, says with whom each one is
discussed, and is printed in German and the family's language like the help plan.
"""

from __future__ import annotations

import uuid
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fallmanager.domain.case_conference import ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.reports.bilingual import Maker, Side
from fallmanager.reports.conference.common import ConferencePdf
from fallmanager.reports.conference.texts import ConferenceTexts
from fallmanager.reports.help_plan.common import PrintOptions


class AgendaPdf(ConferencePdf):
    """Tagesordnung einer Fallkonferenz for one participant or (``None``) the family."""

    def __init__(
        self,
        snapshot: ConferenceSnapshot,
        recipient_actor_id: uuid.UUID | None,
        options: PrintOptions,
    ) -> None:
        family_copy = recipient_actor_id is None
        super().__init__(
            snapshot,
            options,
            recipient_actor_id=recipient_actor_id,
            language=options.language if family_copy else "",
            large_print=family_copy,
        )

    def title(self) -> str:
        return f"{self.texts[0].get('titles', 'agenda')} – {self.case_title()}"

    def story(self) -> list[Flowable]:
        story = self.rows([self._title])
        story += self.cancelled_note()
        if not self.for_actor:
            intro: list[Maker[ConferenceTexts]] = [self.sentence("sentences", "agenda_intro")]
            if self.bilingual:
                intro.append(self.sentence("sentences", "translation_notice"))
            story += self.rows(intro)
        story += self.header_fields(self.header_pairs)
        story += self.heading("agenda", "items")
        topics = self.topics()
        if not topics:
            story += self.rows([self.sentence("agenda", "no_topics")])
        story += self.rows(
            [partial(self._topic, number, topic) for number, topic in enumerate(topics, 1)]
        )
        if not self.for_actor:
            story.append(Spacer(1, 4 * mm))
            story += self.rows([self.sentence("sentences", "ask_if_unclear")])
        return story

    def _title(self, side: Side[ConferenceTexts]) -> list[Flowable]:
        t = side.texts
        if self.recipient_actor_id is not None:
            copy_for = f"Exemplar für: {self.actor_name(self.recipient_actor_id)}"
        else:
            copy_for = t.get("titles", "family_copy")
        subtitle = f"{t.get('titles', 'case_conference')} {self.conference.case_label} · {copy_for}"
        return [
            self.para(t.get("titles", "agenda"), side.style("title")),
            self.para(subtitle, "subtitle"),
        ]

    def _topic(
        self, number: int, topic: ConferenceTopic, side: Side[ConferenceTexts]
    ) -> list[Flowable]:
        t = side.texts
        items: list[Flowable] = [
            self.para(f"{number}. {topic.title}", side.style("heading3")),
            self.labelled(side, t.get("agenda", "lead"), self.lead(topic, side), "text"),
            self.labelled(
                side, t.get("agenda", "persons"), self.persons_label(topic.person_ids, side), "text"
            ),
            self.labelled(
                side, t.get("agenda", "categories"), self.categories(topic, side), "text"
            ),
        ]
        if not self.for_actor:
            items.append(
                self.labelled(
                    side,
                    t.get("agenda", "discussed_with"),
                    self._discussed_with(topic, side),
                    "text",
                )
            )
        items.append(Spacer(1, 2.5 * mm))
        return items

    def _discussed_with(self, topic: ConferenceTopic, side: Side[ConferenceTexts]) -> str:
        """The organisations that may hear about ``topic`` (for the family's copy)."""
        gate = self.snapshot.gate
        names = [self.case_management(side)]
        names += [
            a.name for a in self.snapshot.participants if gate.verdict(a.id, topic.id).allowed
        ]
        return ", ".join(names)


def agenda_pdf(
    snapshot: ConferenceSnapshot, recipient_actor_id: uuid.UUID | None, options: PrintOptions
) -> bytes:
    """The agenda for the participating organisation ``recipient_actor_id`` — only the topics
    it may see — or, for ``None``, the family's bilingual copy with every topic."""
    return AgendaPdf(snapshot, recipient_actor_id, options).render()
