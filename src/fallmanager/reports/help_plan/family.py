"""The family's copy of the help plan: plain, short, large type, in German and their language.

Per family member: what happens next, who helps, until when — the open activities only.
Nothing internal is printed: no notes, no ratings, no reasons why something was dropped
(a dropped goal reads "entfällt"). Bilingual copies put the family's language beside the
German text (``side_by_side``) or below each German paragraph (``alternating``). Where a
text has no translation, the German wording stands in its place, without a mark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from fallmanager.domain.help_plan import GoalStatus, HelpPlanGoal, ResidenceRequirement
from fallmanager.domain.help_plan_view import HelpPlanSnapshot, is_adult
from fallmanager.domain.people import Person
from fallmanager.reports.documents import (
    RULE_COLOUR,
    SHADE_COLOUR,
    german_date,
    markup,
    table_style,
)
from fallmanager.reports.help_plan.common import HelpPlanDocument, PrintOptions, optional_date
from fallmanager.reports.help_plan.texts import FixedTexts

_OPEN = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _Side:
    """One language of a bilingual row: German, or the family's language."""

    texts: FixedTexts
    translated: bool
    muted: bool  # the translation below the German text, in grey

    @property
    def language(self) -> str:
        return self.texts.language

    def style(self, name: str) -> str:
        return f"{name}_translation" if self.muted else name


Maker = Callable[[_Side], list[Flowable]]


class FamilyHelpPlanPdf(HelpPlanDocument):
    """Hilfeplan für die Familie: the version handed to and signed by the family."""

    def __init__(self, snapshot: HelpPlanSnapshot, options: PrintOptions) -> None:
        languages = ("de", options.language) if options.language not in ("", "de") else ("de",)
        super().__init__(snapshot, options, languages=languages, large_print=True)
        self.bilingual = len(languages) == 2
        german = FixedTexts("de")
        self.german = _Side(german, translated=False, muted=False)
        self.translation = (
            _Side(self.texts[1], translated=True, muted=options.layout == "alternating")
            if self.bilingual
            else None
        )

    # -- the story ---------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self._rows([self._title])
        story += self._rows(self._intro())
        story += self._goals()
        story += self._next_steps()
        story += self._requirements()
        story += self._closing()
        story += self._signatures()
        return story

    def _title(self, side: _Side) -> list[Flowable]:
        t = side.texts
        number = f"{t.get('titles', 'version')} {self.version.number}"
        date_text = f"{t.get('sections', 'date')}: {german_date(self.version.drawn_up_on)}"
        return [
            self.para(t.get("titles", "help_plan"), side.style("title")),
            self.para(f"{self.kind_of_version(t)} · {number} · {date_text}", "subtitle"),
        ]

    def _intro(self) -> list[Maker]:
        """One maker per sentence, so an alternating copy alternates sentence by sentence."""
        keys = ["discussed_together", "voluntary", "case_conference_consent"]
        if self.bilingual:
            keys.append("translation_notice")
        makers: list[Maker] = [partial(self._sentence, key) for key in keys]
        if self.options.case_manager_name:
            makers.append(self._case_manager)
        return makers

    def _sentence(self, key: str, side: _Side) -> list[Flowable]:
        return [self.para(side.texts.get("sentences", key), side.style("body"))]

    def _case_manager(self, side: _Side) -> list[Flowable]:
        label = side.texts.get("sections", "case_manager") + ":"
        name = self.options.case_manager_name
        return [self.para(name, side.style("body"), bold_prefix=label)]

    # -- goals -------------------------------------------------------------------------

    def _goals(self) -> list[Flowable]:
        frameworks = self.snapshot.goals_under(None)
        if not frameworks:
            return []
        story = self._heading("sections", "goals")
        makers: list[Maker] = []
        for framework in frameworks:
            makers.append(partial(self._framework, framework))
            makers += [partial(self._outcome, o) for o in self.snapshot.goals_under(framework.id)]
        story += self._rows(makers)
        return story

    def _framework(self, framework: HelpPlanGoal, side: _Side) -> list[Flowable]:
        return [self.para(self._wording(framework, side), side.style("heading3"))]

    def _outcome(self, outcome: HelpPlanGoal, side: _Side) -> list[Flowable]:
        """An outcome goal as a bullet; finished ones say so (a dropped one: "entfällt")."""
        text = self._wording(outcome, side)
        if outcome.status in (GoalStatus.DONE, GoalStatus.DROPPED):
            text = f"{text} ({side.texts.status(outcome.status)})"
        return [Paragraph(markup(text), self.styles[side.style("body")], bulletText="•")]

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
            story += self._heading(*heading)
        else:
            story.append(self.para(name, "heading1"))
        if self._stacked:
            # Tables name the three questions in their head row; stacked rows need a heading.
            story += self._heading("sections", "next_steps", level="heading2")
        story += self._activity_table(activities)
        return [CondPageBreak(45 * mm), KeepTogether(story)]

    def _activity_table(self, activities: Sequence[HelpPlanGoal]) -> list[Flowable]:
        def cells(side: _Side, goal: HelpPlanGoal) -> list[str]:
            until = optional_date(goal.due_on)
            what = self._wording(goal, side)
            if goal.status is GoalStatus.IN_PROGRESS:
                what = f"{what} ({side.texts.status(goal.status)})"
            return [what, self.responsible(goal, side.texts) or "–", until]

        heads = [("sections", "next_steps"), ("sections", "who_helps"), ("sections", "until_when")]
        return self._table(heads, activities, cells, widths=(0.52, 0.28, 0.2))

    # -- residence requirements --------------------------------------------------------

    def _requirements(self) -> list[Flowable]:
        requirements = self.snapshot.requirements
        if not requirements:
            return []
        story: list[Flowable] = self._heading("sections", "residence_requirements")

        def cells(side: _Side, requirement: ResidenceRequirement) -> list[str]:
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
        story += self._table(heads, requirements, cells, widths=(0.38, 0.24, 0.18, 0.2))
        return [CondPageBreak(45 * mm), KeepTogether(story)]

    # -- closing and signatures --------------------------------------------------------

    def _closing(self) -> list[Flowable]:
        def make(side: _Side) -> list[Flowable]:
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

        return [Spacer(1, 4 * mm), *self._rows([make])]

    def adults(self) -> tuple[Person, ...]:
        """The family members who sign: 18 or older on the day of printing."""
        return tuple(p for p in self.family_members() if is_adult(p, self.printed_on))

    def _signatures(self) -> list[Flowable]:
        block: list[Flowable] = self._heading("sections", "signatures")
        place_date = " / ".join(
            dict.fromkeys(
                f"{t.get('sections', 'place')}, {t.get('sections', 'date')}" for t in self.texts
            )
        )
        signers = [(person.display_name, "signature_family_member") for person in self.adults()]
        signers.append((self.options.case_manager_name, "signature_case_manager"))
        for name, key in signers:
            caption = " / ".join(dict.fromkeys(t.get("sections", key) for t in self.texts))
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

    # -- bilingual building blocks -----------------------------------------------------

    @property
    def _stacked(self) -> bool:
        """Side by side: table fields are stacked in each language's column."""
        return self.translation is not None and not self.translation.muted

    def _sides(self) -> tuple[_Side, ...]:
        return (self.german,) if self.translation is None else (self.german, self.translation)

    def _wording(self, goal: HelpPlanGoal, side: _Side) -> str:
        if not side.translated:
            return goal.wording
        return self.snapshot.wording_in(goal, side.language) or goal.wording

    def _heading(self, group: str, key: str, *, level: str = "heading1") -> list[Flowable]:
        def make(side: _Side) -> list[Flowable]:
            return [self.para(side.texts.get(group, key), side.style(level))]

        return self._rows([make], heading=True)

    def _rows(self, makers: Iterable[Maker], *, heading: bool = False) -> list[Flowable]:
        """Each maker's content in German and, for a bilingual copy, in the family's language."""
        story: list[Flowable] = []
        if self.translation is None:
            for make in makers:
                story += make(self.german)
            return story
        if self.translation.muted:
            for make in makers:
                german, translated = make(self.german), make(self.translation)
                pair = [*german, *self._unless_same(german, translated)]
                story.append(pair[0] if len(pair) == 1 else KeepTogether(pair))
            if heading and story:
                story[-1].keepWithNext = True
            return story
        half = self.body_width / 2
        rows = [[make(self.german), make(self.translation)] for make in makers]
        table = Table(rows, colWidths=[half, half])
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
            ("LEFTPADDING", (1, 0), (1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        if not heading:
            commands.append(("LINEAFTER", (0, 0), (0, -1), 0.4, RULE_COLOUR))
        table.setStyle(table_style(commands))
        if not heading:
            return [table]
        # A heading's space above is lost inside a table cell.
        table.keepWithNext = True
        space = Spacer(1, self.styles["heading1"].spaceBefore)
        space.keepWithNext = True
        return [space, table]

    @staticmethod
    def _unless_same(german: list[Flowable], translated: list[Flowable]) -> list[Flowable]:
        """The translated flowables, without those that only repeat the German text."""
        german_texts = {f.getPlainText() for f in german if isinstance(f, Paragraph)}
        return [
            f
            for f in translated
            if not (isinstance(f, Paragraph) and f.getPlainText() in german_texts)
        ]

    def _table(
        self,
        heads: Sequence[tuple[str, str]],
        items: Sequence[_T],
        cells: Callable[[_Side, _T], list[str]],
        *,
        widths: Sequence[float],
    ) -> list[Flowable]:
        """A table with one row per item; a bilingual copy repeats each row in the family's
        language (below it, or as a second column of stacked fields)."""
        if self._stacked:
            return self._stacked_table(heads, items, cells)
        sides = self._sides()
        col_widths = [self.body_width * w for w in widths]
        head_rows = [
            [self.para(side.texts.get(*h), side.style("text_bold")) for h in heads]
            for side in sides
        ]
        rows: list[list[Flowable]] = list(head_rows)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, len(head_rows) - 1), SHADE_COLOUR),
            ("LINEBELOW", (0, len(head_rows) - 1), (-1, len(head_rows) - 1), 0.6, RULE_COLOUR),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ]
        for item in items:
            start = len(rows)
            for side in sides:
                rows.append(
                    [
                        Paragraph(markup(text), self.styles[side.style("text")])
                        for text in cells(side, item)
                    ]
                )
            end = len(rows) - 1
            commands.append(("LINEBELOW", (0, end), (-1, end), 0.4, RULE_COLOUR))
            if end > start:
                commands.append(("NOSPLIT", (0, start), (-1, end)))
                commands.append(("TOPPADDING", (0, end), (-1, end), 0))
        table = Table(rows, colWidths=col_widths, repeatRows=len(head_rows))
        table.setStyle(table_style(commands))
        return [table]

    @staticmethod
    def _labelled(side: _Side, head: tuple[str, str], value: str) -> str:
        """ "Label: value" in markup; a value that says who on its own stands alone."""
        if value == side.texts.get("sections", "whole_family"):
            return markup(value)
        label = side.texts.get(*head)
        label = label if label.endswith("?") else f"{label}:"
        return f"<b>{markup(label)}</b> {markup(value)}"

    def _stacked_table(
        self,
        heads: Sequence[tuple[str, str]],
        items: Sequence[_T],
        cells: Callable[[_Side, _T], list[str]],
    ) -> list[Flowable]:
        """Side by side: each half of a row holds the fields one below the other."""

        def make_for(item: _T) -> Maker:
            def make(side: _Side) -> list[Flowable]:
                values = cells(side, item)
                first = Paragraph(markup(values[0]), self.styles["text_bold"])
                rest = [
                    Paragraph(self._labelled(side, head, value), self.styles["text"])
                    for head, value in zip(heads[1:], values[1:], strict=True)
                ]
                return [first, *rest, Spacer(1, 2 * mm)]

            return make

        rows = self._rows([make_for(item) for item in items])
        for table in rows:
            if isinstance(table, Table):
                table.setStyle(
                    table_style(
                        [
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                        ]
                    )
                )
        return rows
