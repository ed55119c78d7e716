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
from fallmanager.reports.help_plan.texts import FixedTexts

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


class HelpPlanDocument(PdfDocument):
    """A printout of one help plan version."""

    def __init__(
        self,
        snapshot: HelpPlanSnapshot,
        options: PrintOptions,
        *,
        languages: Sequence[str],
        large_print: bool,
    ) -> None:
        self.snapshot = snapshot
        self.options = options
        self.texts = tuple(FixedTexts(language) for language in languages)
        super().__init__(
            letterhead=options.letterhead,
            printed_on=options.printed_on,
            languages=languages,
            version_label=self._joined("titles", "version", f" {snapshot.version.number}"),
            large_print=large_print,
        )

    @property
    def version(self) -> HelpPlanVersion:
        return self.snapshot.version

    def title(self) -> str:
        return f"{self.texts[0].get('titles', 'help_plan')} – " + self.version_label

    def page_label(self, page: int, pages: int) -> str:
        labels = (t.fill("titles", "page_of", page=str(page), pages=str(pages)) for t in self.texts)
        return " / ".join(dict.fromkeys(labels))

    def date_label(self) -> str:
        return self._joined("titles", "as_of", f": {german_date(self.printed_on)}")

    def _joined(self, group: str, key: str, suffix: str = "") -> str:
        """A fixed text in every language of the document, once where they read the same."""
        labels = dict.fromkeys(t.get(group, key) for t in self.texts)
        return " / ".join(labels) + suffix

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


def optional_date(day: date | None) -> str:
    return german_date(day) if day is not None else "–"
