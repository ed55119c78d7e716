"""What the family and the office version of the printed help plan share."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from fallmanager.domain.help_plan import GoalLevel, HelpPlanGoal, HelpPlanVersion
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.reports.documents import Letterhead, PdfDocument, german_date
from fallmanager.reports.help_plan.texts import GERMAN, FixedTexts

Layout = Literal["side_by_side", "alternating"]


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """How a help plan is printed.

    ``language`` is the family's language next to German ("" prints German only);
    ``layout`` puts the translation in a column beside the German text or below each German
    paragraph. The letterhead comes from the settings, the case manager's name signs the plan.
    """

    language: str = ""
    layout: Layout = "side_by_side"
    letterhead: Letterhead = field(default_factory=Letterhead)
    case_manager_name: str = ""
    printed_on: date = field(default_factory=date.today)


class HelpPlanContent:
    """What every printout of a help plan version reads from its snapshot: names, dates,
    who helps, the activities. Mixed into a :class:`~fallmanager.reports.documents.PdfDocument`
    that sets ``snapshot``, ``options``, ``texts`` and ``version_label``."""

    snapshot: HelpPlanSnapshot
    options: PrintOptions
    texts: tuple[FixedTexts, ...]
    version_label: str

    @property
    def version(self) -> HelpPlanVersion:
        return self.snapshot.version

    def title(self) -> str:
        return f"{self.texts[0].get('titles', 'help_plan')} – " + self.version_label

    # -- names and dates ---------------------------------------------------------------

    def person_name(self, person_id: uuid.UUID | None) -> str:
        person = self.snapshot.person(person_id)
        return person.display_name if person is not None else ""

    def person_names(self, person_ids: Sequence[uuid.UUID]) -> str:
        return ", ".join(n for n in (self.person_name(p) for p in person_ids) if n)

    def actor_name(self, actor_id: uuid.UUID | None) -> str:
        actor = self.snapshot.actor(actor_id)
        return actor.name if actor is not None else ""

    def kind_of_version(self, texts: FixedTexts) -> str:
        return texts.get("titles", "initial_plan" if self.version.is_initial else "plan_update")

    def responsible(self, goal: HelpPlanGoal, texts: FixedTexts) -> str:
        """Who helps with ``goal``: the actor, the family, or both."""
        names = [self.actor_name(goal.responsible_actor_id)]
        if goal.responsible_is_family:
            names.append(texts.get("sections", "your_family"))
        return ", ".join(n for n in names if n)

    def activities(self) -> list[HelpPlanGoal]:
        """Every activity of the plan in the order of the goal tree."""
        found: list[HelpPlanGoal] = []

        def walk(parent: uuid.UUID | None) -> None:
            for goal in self.snapshot.goals_under(parent):
                if goal.level is GoalLevel.ACTIVITY:
                    found.append(goal)
                walk(goal.id)

        walk(None)
        return found


class HelpPlanDocument(HelpPlanContent, PdfDocument):
    """A printout of one help plan version in German alone. (The family's copy, in German
    and their language, is a :class:`~fallmanager.reports.bilingual.BilingualDocument`.)"""

    def __init__(
        self, snapshot: HelpPlanSnapshot, options: PrintOptions, *, large_print: bool
    ) -> None:
        self.snapshot = snapshot
        self.options = options
        self.texts = (GERMAN,)
        super().__init__(
            letterhead=options.letterhead,
            printed_on=options.printed_on,
            version_label=version_label(self.texts, snapshot.version.number),
            large_print=large_print,
        )


def version_label(texts: Sequence[FixedTexts], number: int) -> str:
    """ "Version / Верзија 2": the footer's version in every language, once where the same."""
    return " / ".join(dict.fromkeys(t.get("titles", "version") for t in texts)) + f" {number}"


def optional_date(day: date | None) -> str:
    return german_date(day) if day is not None else "–"
