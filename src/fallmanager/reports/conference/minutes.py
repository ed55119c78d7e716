"""The minutes of a case conference (Protokoll), in German.

Per topic the result and the agreed steps: what, for whom, who, until when. An
organisation's copy holds only the topics it was allowed to see (numbered without gaps, like
its agenda) and of those only the steps whose persons it may hear about. The file's copy
holds everything, with the internal notes and, per participant, the topics it was not
allowed to see and why.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from fallmanager.domain.case_conference import AgreedStep, ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.consent_gate import GateProblem, GateReason
from fallmanager.domain.network import Actor
from fallmanager.reports.conference.common import ConferencePdf
from fallmanager.reports.conference.texts import GERMAN
from fallmanager.reports.documents import german_date
from fallmanager.reports.help_plan.common import PrintOptions, optional_date

#: Why a topic was withheld, for the file's copy ("{on}" is the date behind the reason).
_REASONS: dict[GateReason, str] = {
    GateReason.NO_CONSENT: "keine Einwilligung",
    GateReason.NOT_GIVEN: "Einwilligung nur vorbereitet, noch nicht erteilt",
    GateReason.GIVEN_LATER: "Einwilligung erst am {on} erteilt",
    GateReason.NO_CUSTODY_HOLDER: "keine personensorgeberechtigte Person erfasst",
    GateReason.CUSTODY_HOLDER_MISSING: "nicht von allen Personensorgeberechtigten erteilt",
    GateReason.NOT_GIVEN_BY_PERSON: "nicht von der Person selbst erteilt",
    GateReason.PURPOSE_NOT_COVERED: "Zweck Fallkonferenz nicht umfasst",
    GateReason.RECIPIENT_NOT_COVERED: "diese Stelle nicht umfasst",
    GateReason.CATEGORY_NOT_COVERED: "Datenkategorie nicht umfasst",
    GateReason.WITHDRAWN: "widerrufen am {on}",
    GateReason.EXPIRED: "abgelaufen am {on}",
}


class MinutesPdf(ConferencePdf):
    """Protokoll einer Fallkonferenz for one participant or (``None``) the file."""

    def __init__(
        self,
        snapshot: ConferenceSnapshot,
        recipient_actor_id: uuid.UUID | None,
        options: PrintOptions,
    ) -> None:
        super().__init__(
            snapshot,
            options,
            recipient_actor_id=recipient_actor_id,
            language="",
            large_print=False,
        )

    def title(self) -> str:
        suffix = "" if self.for_actor else " (Aktenexemplar)"
        return f"Protokoll – {self.case_title()}{suffix}"

    def story(self) -> list[Flowable]:
        return [
            *self._title(),
            *self.cancelled_note(),
            *self._header(),
            *self._topics(),
            *self._internal(),
        ]

    # -- header ------------------------------------------------------------------------

    def _title(self) -> list[Flowable]:
        if self.recipient_actor_id is not None:
            subtitle = f"Exemplar für: {self.actor_name(self.recipient_actor_id)}"
        else:
            subtitle = "Aktenexemplar – vollständig, mit internen Angaben. Nicht zur Weitergabe."
        return [
            self.para("Protokoll der Fallkonferenz", "title"),
            self.para(subtitle, "subtitle"),
        ]

    def _header(self) -> list[Flowable]:
        pairs = self.header_pairs(self.german)
        pairs.append(("Status", GERMAN.conference_status(self.conference.status)))
        if not self.for_actor:
            if not self.anonymised:
                pairs.insert(0, ("Aktenzeichen", self.snapshot.detail.family.case_number))
            members = [
                self.person_label(p, self.german) for p in self.conference.participant_person_ids
            ]
            pairs.append(("Teilnehmende (Familie)", ", ".join(m for m in members if m)))
            if self.anonymised:
                pairs.append(("Form", "anonymisierte Fallbesprechung"))
        pairs.append(("Protokoll", self.case_management(self.german)))
        return [self.key_values(pairs), Spacer(1, 2 * mm)]

    # -- topics --------------------------------------------------------------------------

    def _topics(self) -> list[Flowable]:
        topics = self.topics()
        story: list[Flowable] = [self.para("Ergebnisse und vereinbarte Schritte", "heading1")]
        if not topics:
            return [*story, self.para("Es gab keine Tagesordnungspunkte.", "body")]
        for number, topic in enumerate(topics, start=1):
            story += self._topic(number, topic)
        return story

    def _topic(self, number: int, topic: ConferenceTopic) -> list[Flowable]:
        side = self.german
        details = " · ".join(
            [
                f"Federführung: {self.lead(topic, side)}",
                f"Betrifft: {self.persons_label(topic.person_ids, side)}",
                f"Daten: {self.categories(topic, side)}",
            ]
        )
        head: list[Flowable] = [
            self.para(f"{number}. {topic.title}", "heading2"),
            self.para(details, "small"),
            Spacer(1, 1.5 * mm),
            self.para(
                topic.result or "Kein Ergebnis festgehalten.", "body", bold_prefix="Ergebnis:"
            ),
        ]
        steps = self.steps(topic)
        if not steps:
            return [CondPageBreak(30 * mm), KeepTogether(head)]
        return [CondPageBreak(30 * mm), KeepTogether([*head, self._steps_table(steps)])]

    def _steps_table(self, steps: Sequence[AgreedStep]) -> Flowable:
        side = self.german
        file_copy = not self.for_actor
        rows: list[list[str | Flowable | list[Flowable]]] = []
        for step in steps:
            row: list[str | Flowable | list[Flowable]] = [
                step.wording,
                self.persons_label(step.person_ids, side),
                self.responsible(step, side, ("header", "family")),
                optional_date(step.due_on),
            ]
            if file_copy:
                row.append("übernommen" if step.taken_into_help_plan else "–")
            rows.append(row)
        head = ["Was", "Für wen", "Wer", "Bis wann"]
        if file_copy:
            return self.grid([*head, "Hilfeplan"], rows, (0.33, 0.18, 0.2, 0.14, 0.15))
        return self.grid(head, rows, (0.4, 0.2, 0.26, 0.14))

    # -- internal (the file's copy only) -----------------------------------------------

    def _internal(self) -> list[Flowable]:
        if self.for_actor:
            return []
        story: list[Flowable] = [CondPageBreak(40 * mm), self.para("Intern", "heading1")]
        if self.conference.notes:
            story.append(self.para(self.conference.notes, "body", bold_prefix="Interne Notizen:"))
        story.append(self.para("Nicht freigegebene Tagesordnungspunkte", "heading2"))
        if self.anonymised:
            story.append(
                self.para(
                    "Anonymisierte Fallbesprechung: alle Tagesordnungspunkte gingen an alle "
                    "Teilnehmenden, ohne Namen; keine Einwilligung nötig.",
                    "body",
                )
            )
            return story
        story.append(
            self.para(
                "Diese Punkte fehlten in der Tagesordnung und im Protokoll der jeweiligen "
                "Stelle, weil keine gültige Einwilligung sie abdeckte.",
                "body",
            )
        )
        numbers = {topic.id: n for n, topic in enumerate(self.snapshot.topics, start=1)}
        for actor in self.snapshot.participants:
            story += self._withheld(actor, numbers)
        return story

    def _withheld(self, actor: Actor, numbers: dict[uuid.UUID, int]) -> list[Flowable]:
        blocked = self.snapshot.gate.blocked_topics(actor.id)
        heading = self.para(actor.name, "heading3")
        if not blocked:
            return [KeepTogether([heading, self.para("Alle Punkte freigegeben.", "body")])]
        rows: list[list[str | Flowable | list[Flowable]]] = [
            [
                str(numbers[topic.id]),
                topic.title,
                "\n".join(
                    self._problem_text(p)
                    for p in self.snapshot.gate.verdict(actor.id, topic.id).problems
                ),
            ]
            for topic in blocked
        ]
        table = self.grid(["Nr.", "Tagesordnungspunkt", "Grund"], rows, (0.07, 0.35, 0.58))
        return [KeepTogether([heading, table]), Spacer(1, 2 * mm)]

    def _problem_text(self, problem: GateProblem) -> str:
        """ "Arben Krasniqi, Gesundheit: abgelaufen am 01.03.2027" """
        side = self.german
        reason = _REASONS[problem.reason].format(
            on=german_date(problem.on) if problem.on is not None else "–"
        )
        if problem.missing_ids:
            missing = ", ".join(self.person_label(p, side) for p in problem.missing_ids)
            reason = f"{reason} (fehlt: {missing})"
        who = self.person_label(problem.person_id, side)
        return f"{who}, {GERMAN.category(problem.category)}: {reason}"


def minutes_pdf(
    snapshot: ConferenceSnapshot, recipient_actor_id: uuid.UUID | None, options: PrintOptions
) -> bytes:
    """The minutes for the participating organisation ``recipient_actor_id`` — its permitted
    topics only — or, for ``None``, the file's complete copy with the internal parts."""
    return MinutesPdf(snapshot, recipient_actor_id, options).render()
