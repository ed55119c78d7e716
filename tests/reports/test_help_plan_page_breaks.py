"""Page breaks of the family's help plan in both bilingual layouts.

A goal heading (in German and the family's language) never ends a page while the goal it
heads starts the next one. A row taller than a page — two columns side by side, or a table
row and its translation alternating — breaks across pages instead of stopping the
printout, and none of its text is lost.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from fallmanager.domain.help_plan import GoalLevel, GoalStatus, HelpPlanGoal, TextTranslation
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.reports.help_plan import FamilyHelpPlanPdf, Layout, PrintOptions
from tests.reports.help_plan_samples import PRINTED_ON, serbian_snapshot

_OUTCOME_DE = "Die Familie hält die vereinbarten Termine ein und sagt rechtzeitig Bescheid."
_OUTCOME_SQ = "Familja i mban takimet e dakorduara dhe njofton me kohë."


def _ids(start: int) -> Iterator[uuid.UUID]:
    return (uuid.UUID(int=n) for n in itertools.count(start))


def _many_goals(snapshot: HelpPlanSnapshot, frameworks: int) -> HelpPlanSnapshot:
    """``snapshot`` with its goals replaced by ``frameworks`` framework goals, each with one to
    three outcome goals of different lengths, all translated into Albanian."""
    ids = _ids(9000)
    goals: list[HelpPlanGoal] = []
    translations: list[TextTranslation] = []
    vid = snapshot.version.id
    for n in range(1, frameworks + 1):
        framework = HelpPlanGoal(
            id=next(ids),
            version_id=vid,
            level=GoalLevel.FRAMEWORK,
            position=n,
            wording=f"Rahmenziel {n:02d}: Alltag gemeinsam gestalten",
        )
        goals.append(framework)
        translations.append(
            TextTranslation(
                owner_id=framework.id,
                language="sq",
                wording=f"Qëllimi {n:02d}: ta organizojmë së bashku jetën e përditshme",
            )
        )
        for k in range(1, n % 3 + 2):
            outcome = HelpPlanGoal(
                id=next(ids),
                version_id=vid,
                parent_id=framework.id,
                level=GoalLevel.OUTCOME,
                position=k,
                wording=f"Ergebnis {n:02d}.{k}: " + " ".join([_OUTCOME_DE] * (1 + (n + k) % 3)),
            )
            goals.append(outcome)
            translations.append(
                TextTranslation(
                    owner_id=outcome.id,
                    language="sq",
                    wording=f"Rezultati {n:02d}.{k}: "
                    + " ".join([_OUTCOME_SQ] * (1 + (n + k) % 3)),
                )
            )
    return dataclasses.replace(snapshot, goals=tuple(goals), translations=tuple(translations))


def _options(language: str, layout: Layout) -> PrintOptions:
    return PrintOptions(
        language=language,
        layout=layout,
        case_manager_name="Mirjana Kovačević",
        printed_on=PRINTED_ON,
    )


def _page_texts(pdf: bytes) -> list[str]:
    """The text of each page with runs of white space as one blank."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def _page_of(pages: list[str], text: str) -> int:
    found = [number for number, page in enumerate(pages, start=1) if text in page]
    assert len(found) == 1, (text, found)
    return found[0]


# -- goal headings stay with what they head ------------------------------------------------


@pytest.mark.parametrize("frameworks", range(14, 22))
@pytest.mark.parametrize("layout", ["alternating", "side_by_side"])
def test_goal_heading_never_ends_a_page_without_its_goal(layout: Layout, frameworks: int) -> None:
    snapshot = _many_goals(serbian_snapshot(), frameworks)
    pages = _page_texts(FamilyHelpPlanPdf(snapshot, _options("sq", layout)).render())
    assert _page_of(pages, f"Rahmenziel {frameworks:02d}:") > _page_of(pages, "Rahmenziel 01:")
    for n in range(1, frameworks + 1):
        german = _page_of(pages, f"Rahmenziel {n:02d}:")
        albanian = _page_of(pages, f"Qëllimi {n:02d}:")
        first_goal = _page_of(pages, f"Ergebnis {n:02d}.1:")
        assert german == albanian == first_goal, (n, german, albanian, first_goal)
    # The section's heading stays with the first framework goal, too.
    assert _page_of(pages, "Qëllimet") == _page_of(pages, "Rahmenziel 01:")


# -- a row taller than a page --------------------------------------------------------------


def _word_list(word: str, count: int) -> list[str]:
    """Long words, each alone on a line of a half column: more lines than a page holds,
    while the goal stays within the 1000 characters of a wording."""
    return [f"{i:02d}.{word}" for i in range(1, count + 1)]


_DOCUMENTS = _word_list("Geburtsurkunde", 52)
_STEPS = _word_list("Passbeschaffung", 49)


def _oversized(snapshot: HelpPlanSnapshot) -> HelpPlanSnapshot:
    """``snapshot`` with one outcome goal and one open activity each taller than a page
    (side by side)."""
    ids = _ids(9500)
    vid = snapshot.version.id
    framework = HelpPlanGoal(
        id=next(ids),
        version_id=vid,
        level=GoalLevel.FRAMEWORK,
        position=5,
        wording="Gemeinsam die Unterlagen zusammentragen",
    )
    outcome = HelpPlanGoal(
        id=next(ids),
        version_id=vid,
        parent_id=framework.id,
        level=GoalLevel.OUTCOME,
        wording=", ".join(_DOCUMENTS),
    )
    activity = HelpPlanGoal(
        id=next(ids),
        version_id=vid,
        parent_id=outcome.id,
        level=GoalLevel.ACTIVITY,
        wording=", ".join(_STEPS),
        person_ids=(snapshot.persons[0].id,),
        responsible_is_family=True,
        status=GoalStatus.OPEN,
        due_on=date(2027, 1, 20),
    )
    return dataclasses.replace(snapshot, goals=(*snapshot.goals, framework, outcome, activity))


def test_the_oversized_rows_are_taller_than_a_page() -> None:
    document = FamilyHelpPlanPdf(_oversized(serbian_snapshot()), _options("sq", "side_by_side"))
    half = document.body_width / 2 - 3 * mm  # a column side by side
    what = document.body_width * 0.52 - 4 * mm  # the first column of an alternating table
    for words, style, width in (
        (_DOCUMENTS, "body", half),
        (_STEPS, "text_bold", half),
        (_STEPS, "text", what),
    ):
        paragraph = document.para(", ".join(words), style)
        _width, height = paragraph.wrap(width, 10 * document.page_height)
        assert height > document.page_height, (words[0], style)


@pytest.mark.parametrize(
    ("layout", "long_rows", "copies"),
    [
        # Side by side both columns show the German text (there is no translation).
        ("side_by_side", (_DOCUMENTS, _STEPS), {"Geburtsurkunde": 2, "Passbeschaffung": 2}),
        # Alternating, the goal is a paragraph across the page (once: the translation would
        # only repeat it); the activity is a table row and its translation a second one.
        ("alternating", (_STEPS,), {"Geburtsurkunde": 1, "Passbeschaffung": 2}),
    ],
)
def test_a_row_taller_than_a_page_breaks_across_pages(
    layout: Layout, long_rows: tuple[list[str], ...], copies: dict[str, int]
) -> None:
    pdf = FamilyHelpPlanPdf(_oversized(serbian_snapshot()), _options("sq", layout)).render()
    pages = _page_texts(pdf)
    text = " ".join(pages)
    for word in [*_DOCUMENTS, *_STEPS]:
        assert text.count(word) == copies[word[3:]], word
    for words in long_rows:  # each runs from one page onto the next
        first = min(n for n, page in enumerate(pages) if words[0] in page)
        last = max(n for n, page in enumerate(pages) if words[-1] in page)
        assert last > first, words[0]
    # Everything after the long rows is still printed.
    assert "Unterschriften" in pages[-1]
