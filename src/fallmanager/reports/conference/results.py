"""The results sheet for the family (Ergebnisblatt): what was agreed, what happens next.

Large print, plain sentences, German and the family's language side by side or
alternating, like the family's help plan. The case manager's texts — a topic's result and
the wording of each agreed step — appear in the family's language where a translation was
entered for them; otherwise the German text stands there with a note that it is not yet
translated. Nothing internal is printed, and nothing is to be signed.
"""

from __future__ import annotations

import uuid
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from fallmanager.domain.case_conference import AgreedStep, ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.reports.bilingual import Maker, Side
from fallmanager.reports.conference.common import ConferencePdf
from fallmanager.reports.conference.texts import ConferenceTexts
from fallmanager.reports.help_plan.common import PrintOptions, optional_date


class ResultsSheetPdf(ConferencePdf):
    """Ergebnisse der Fallkonferenz, the family's sheet."""

    def __init__(self, snapshot: ConferenceSnapshot, options: PrintOptions) -> None:
        super().__init__(
            snapshot,
            options,
            recipient_actor_id=None,
            language=options.language,
            large_print=True,
        )

    def title(self) -> str:
        return f"{self.texts[0].get('titles', 'results_sheet')} – {self.conference.case_label}"

    def story(self) -> list[Flowable]:
        story = self.rows([self._title])
        intro: list[Maker[ConferenceTexts]] = [self._intro]
        if self.bilingual:
            intro.append(self.sentence("sentences", "translation_notice"))
        story += self.rows(intro)
        for topic in self.topics():
            story += self._topic(topic)
        story += self._closing()
        return story

    def _title(self, side: Side[ConferenceTexts]) -> list[Flowable]:
        t = side.texts
        return [
            self.para(t.get("titles", "results_sheet"), side.style("title")),
            self.para(t.long_date(self.conference.held_on), "subtitle"),
        ]

    def _intro(self, side: Side[ConferenceTexts]) -> list[Flowable]:
        day = side.texts.long_date(self.conference.held_on)
        sentence = side.texts.fill("sentences", "results_intro", date=day)
        return [self.para(sentence, side.style("body"))]

    # -- topics --------------------------------------------------------------------------

    def _topic(self, topic: ConferenceTopic) -> list[Flowable]:
        story: list[Flowable] = [CondPageBreak(50 * mm)]

        def heading(side: Side[ConferenceTexts]) -> list[Flowable]:
            return [self.para(topic.title, side.style("heading1"))]

        story += self.rows([heading], heading=True)
        result = self.rows([partial(self._result, topic)])
        steps = self.snapshot.steps_of(topic.id)
        if steps:  # the result stays with the first step below it
            for flowable in result:
                flowable.keepWithNext = True
        story += result
        if steps:
            heads = [("results", "next_steps"), ("results", "who_helps"), ("results", "until_when")]
            story += self.table(heads, steps, self._step_cells, widths=(0.52, 0.28, 0.2))
        return story

    def _result(self, topic: ConferenceTopic, side: Side[ConferenceTexts]) -> list[Flowable]:
        t = side.texts
        items: list[Flowable] = []
        if topic.person_ids:
            persons = self.persons_label(topic.person_ids, side)
            items.append(self.labelled(side, t.get("agenda", "persons"), persons))
        items.append(self.para(t.get("results", "agreed"), side.style("heading3")))
        if topic.result.strip():
            items.append(
                self.para(self._translated(topic.id, topic.result, side), side.style("body"))
            )
        else:
            items.append(self.para(t.get("results", "no_result"), side.style("body")))
        items.append(Spacer(1, 1 * mm))
        return items

    def _step_cells(self, side: Side[ConferenceTexts], step: AgreedStep) -> list[str]:
        what = self._translated(step.id, step.wording, side)
        if step.person_ids:
            what = f"{self.persons_label(step.person_ids, side)}: {what}"
        who = self.responsible(step, side, ("results", "your_family"))
        return [what, who, optional_date(step.due_on)]

    def _translated(self, owner_id: uuid.UUID, german: str, side: Side[ConferenceTexts]) -> str:
        """The case manager's text in the side's language: their translation, else the
        German text marked as not yet translated."""
        if not side.translated:
            return german
        for translation in self.snapshot.detail.text_translations:
            if translation.owner_id == owner_id and translation.language == side.language:
                return translation.wording
        return f"{german} {side.texts.get('results', 'not_yet_translated')}"

    # -- closing -----------------------------------------------------------------------

    def _closing(self) -> list[Flowable]:
        makers: list[Maker[ConferenceTexts]] = [
            self.sentence("sentences", "ask_if_unclear"),
            self.sentence("sentences", "keep_sheet"),
        ]
        name = self.options.case_manager_name.strip()
        if name:
            makers.append(self.sentence("sentences", "contact", name=name))
        return [Spacer(1, 6 * mm), *self.rows(makers)]


def results_sheet_pdf(snapshot: ConferenceSnapshot, options: PrintOptions) -> bytes:
    """The family's results sheet in German and ``options.language``."""
    return ResultsSheetPdf(snapshot, options).render()
