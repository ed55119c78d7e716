"""The family's copy of the help plan: plain, short, large type, in German and their language.

Per family member: what happens next, who helps, until when — the open activities only.
Nothing internal is printed: no notes, no ratings, no reasons why something was dropped
(a dropped goal reads "entfällt"). Bilingual copies put the family's language beside the
German text (``side_by_side``) or below each German paragraph (``alternating``), in the
layout of :mod:`fallmanager.reports.bilingual`. Where a text has no translation, the German
wording stands in its place, without a mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from fallmanager.domain.help_plan import GoalStatus, HelpPlanGoal, ResidenceRequirement
from fallmanager.domain.help_plan_view import HelpPlanSnapshot, is_adult
from fallmanager.domain.people import Person
from fallmanager.reports.bilingual import BilingualDocument, Maker, Side, print_languages
from fallmanager.reports.documents import RULE_COLOUR, german_date, markup, table_style
from fallmanager.reports.help_plan.common import (
    HelpPlanContent,
    PrintOptions,
    optional_date,
    version_label,
)
from fallmanager.reports.help_plan.texts import FixedTexts

_OPEN = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)


class FamilyHelpPlanPdf(HelpPlanContent, BilingualDocument[FixedTexts]):
    """Hilfeplan für die Familie: the version handed to and signed by the family."""

    def __init__(self, snapshot: HelpPlanSnapshot, options: PrintOptions) -> None:
        self.snapshot = snapshot
        languages = print_languages(options.language)
        super().__init__(
            options,
            texts=FixedTexts,
            language=options.language,
            large_print=True,
            version_label=version_label(
                [FixedTexts(language) for language in languages], snapshot.version.number
            ),
        )

    # -- the story ---------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.rows([self._title])
        story += self.rows(self._intro())
        story += self._goals()
        story += self._next_steps()
        story += self._requirements()
        story += self._closing()
        story += self._signatures()
        return story

    def _title(self, side: Side[FixedTexts]) -> list[Flowable]:
        t = side.texts
        number = f"{t.get('titles', 'version')} {self.version.number}"
        date_text = f"{t.get('sections', 'date')}: {german_date(self.version.drawn_up_on)}"
        return [
            self.para(t.get("titles", "help_plan"), side.style("title")),
            self.para(f"{self.kind_of_version(t)} · {number} · {date_text}", "subtitle"),
        ]

    def _intro(self) -> list[Maker[FixedTexts]]:
        """One maker per sentence, so an alternating copy alternates sentence by sentence."""
        keys = ["discussed_together", "voluntary", "case_conference_consent"]
        if self.bilingual:
            keys.append("translation_notice")
        makers = [self.sentence("sentences", key) for key in keys]
        if self.options.case_manager_name:
            makers.append(self._case_manager)
        return makers

    def _case_manager(self, side: Side[FixedTexts]) -> list[Flowable]:
        label = side.texts.get("sections", "case_manager") + ":"
        name = self.options.case_manager_name
        return [self.para(name, side.style("body"), bold_prefix=label)]

    # -- goals -------------------------------------------------------------------------

    def _goals(self) -> list[Flowable]:
        frameworks = self.snapshot.goals_under(None)
        if not frameworks:
            return []
        story = self.heading("sections", "goals")
        for framework in frameworks:
            outcomes = self.snapshot.goals_under(framework.id)
            lead = self.rows([partial(self._framework, framework)])
            if outcomes:  # a framework goal stays with its first outcome goal
                for flowable in lead:
                    flowable.keepWithNext = True
            story += lead
            story += self.rows([partial(self._outcome, o) for o in outcomes])
        return story

    def _framework(self, framework: HelpPlanGoal, side: Side[FixedTexts]) -> list[Flowable]:
        return [self.para(self._wording(framework, side), side.style("heading3"))]

    def _outcome(self, outcome: HelpPlanGoal, side: Side[FixedTexts]) -> list[Flowable]:
        """An outcome goal as a bullet; finished ones say so (a dropped one: "entfällt")."""
        text = self._wording(outcome, side)
        if outcome.status in (GoalStatus.DONE, GoalStatus.DROPPED):
            text = f"{text} ({side.texts.status(outcome.status)})"
        return [Paragraph(markup(text), self.styles[side.style("body")], bulletText="•")]

    def _wording(self, goal: HelpPlanGoal, side: Side[FixedTexts]) -> str:
        if not side.translated:
            return goal.wording
        return self.snapshot.wording_in(goal, side.language) or goal.wording

    # -- what happens next, per person -------------------------------------------------

    def family_members(self) -> tuple[Person, ...]:
        """The living members of the family, in the order of the file."""
        return tuple(p for p in self.snapshot.persons if not p.deceased)

    def _next_steps(self) -> list[Flowable]:
        activities = [a for a in self.activities() if a.status in _OPEN]
        story: list[Flowable] = []
        for person in self.family_members():
            own = [a for a in activities if person.id in a.person_ids]
            if own:
                story += self._person_section(person.display_name, None, own)
        shared = [
            a
            for a in activities
            if not any(self.snapshot.person(p) is not None for p in a.person_ids)
        ]
        if shared:
            story += self._person_section("", ("sections", "whole_family"), shared)
        return story

    def _person_section(
        self, name: str, heading: tuple[str, str] | None, activities: Sequence[HelpPlanGoal]
    ) -> list[Flowable]:
        story: list[Flowable] = []
        if heading is not None:
            story += self.heading(*heading)
        else:
            story.append(self.para(name, "heading1"))
        if self.stacked:
            # Tables name the three questions in their head row; stacked rows need a heading.
            story += self.heading("sections", "next_steps", level="heading2")
        story += self._activity_table(activities)
        return [CondPageBreak(45 * mm), KeepTogether(story)]

    def _activity_table(self, activities: Sequence[HelpPlanGoal]) -> list[Flowable]:
        def cells(side: Side[FixedTexts], goal: HelpPlanGoal) -> list[str]:
            until = optional_date(goal.due_on)
            what = self._wording(goal, side)
            if goal.status is GoalStatus.IN_PROGRESS:
                what = f"{what} ({side.texts.status(goal.status)})"
            return [what, self.responsible(goal, side.texts) or "–", until]

        heads = [("sections", "next_steps"), ("sections", "who_helps"), ("sections", "until_when")]
        return self.table(heads, activities, cells, widths=(0.52, 0.28, 0.2))

    # -- residence requirements --------------------------------------------------------

    def _requirements(self) -> list[Flowable]:
        requirements = self.snapshot.requirements
        if not requirements:
            return []
        story: list[Flowable] = self.heading("sections", "residence_requirements")

        def cells(side: Side[FixedTexts], requirement: ResidenceRequirement) -> list[str]:
            whom = self.person_name(requirement.person_id) or side.texts.get(
                "sections", "whole_family"
            )
            return [
                self.snapshot.wording_in(requirement, side.language) or requirement.wording,
                whom,
                side.texts.evidence(requirement.evidence),
                optional_date(requirement.due_on),
            ]

        heads = [
            ("sections", "residence_requirements"),
            ("sections", "family_member"),
            ("sections", "evidence"),
            ("sections", "until_when"),
        ]
        story += self.table(heads, requirements, cells, widths=(0.38, 0.24, 0.18, 0.2))
        return [CondPageBreak(45 * mm), KeepTogether(story)]

    def stacked_field(self, side: Side[FixedTexts], head: tuple[str, str], value: str) -> Flowable:
        """ "Label: value"; a value that says who on its own ("Für die ganze Familie")
        stands alone."""
        if value == side.texts.get("sections", "whole_family"):
            return self.para(value, "text")
        return super().stacked_field(side, head, value)

    # -- closing and signatures --------------------------------------------------------

    def _closing(self) -> list[Flowable]:
        def make(side: Side[FixedTexts]) -> list[Flowable]:
            t = side.texts
            items: list[Flowable] = []
            if self.version.review_on is not None:
                review_on = german_date(self.version.review_on)
                sentence = t.fill("sentences", "next_review", date=review_on)
                items.append(self.para(sentence, side.style("heading3")))
            items += [
                self.para(t.get("sentences", "ask_if_unclear"), side.style("body")),
                self.para(t.get("sentences", "copy_received"), side.style("body")),
            ]
            return items

        return [Spacer(1, 4 * mm), *self.rows([make])]

    def adults(self) -> tuple[Person, ...]:
        """The family members who sign: 18 or older on the day of printing."""
        return tuple(p for p in self.family_members() if is_adult(p, self.printed_on))

    def _signatures(self) -> list[Flowable]:
        block: list[Flowable] = self.heading("sections", "signatures")
        place_date = " / ".join(
            dict.fromkeys(
                f"{t.get('sections', 'place')}, {t.get('sections', 'date')}" for t in self.texts
            )
        )
        signers = [(person.display_name, "signature_family_member") for person in self.adults()]
        signers.append((self.options.case_manager_name, "signature_case_manager"))
        for name, key in signers:
            caption = self.joined("sections", key)
            signature = markup(caption) + (f"<br/><b>{markup(name)}</b>" if name else "")
            table = Table(
                [
                    ["", "", ""],
                    [
                        Paragraph(markup(place_date), self.styles["signature"]),
                        "",
                        Paragraph(signature, self.styles["signature"]),
                    ],
                ],
                colWidths=[self.body_width * 0.34, self.body_width * 0.06, self.body_width * 0.6],
                rowHeights=[16 * mm, None],
            )
            table.setStyle(
                table_style(
                    [
                        ("LINEABOVE", (0, 1), (0, 1), 0.6, RULE_COLOUR),
                        ("LINEABOVE", (2, 1), (2, 1), 0.6, RULE_COLOUR),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            block.append(KeepTogether([table, Spacer(1, 2 * mm)]))
        return [CondPageBreak(70 * mm), KeepTogether(block)]
