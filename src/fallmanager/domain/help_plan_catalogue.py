"""The catalogue of goals and phrases (Zielkatalog, Textbausteine) help plans are built from.

Preloaded from the city's project report: four framework goals (Rahmenziele), their outcome
goals (Ergebnisziele) and the activities the report numbers 1.1–4.4, with the German wording
of the report, plus reusable phrases for individual goals, activities and residence
requirements. Every entry carries translations for the family's printout; ``needs_review``
lists the languages a professional translator has not checked yet. The data lives in
``fallmanager/resources/help_plan/catalogue.json``; case managers add their own phrases as
``CataloguePhrase`` records in the vault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from fallmanager.domain.help_plan import CataloguePhrase, GoalLevel, LifeDomain, PhraseKind

#: Where the catalogue's kinds put an entry in a plan.
_LEVEL_OF_PHRASE = {
    PhraseKind.OUTCOME_GOAL: GoalLevel.OUTCOME,
    PhraseKind.ACTIVITY: GoalLevel.ACTIVITY,
    PhraseKind.REQUIREMENT: None,
}


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One entry: a goal of the report's hierarchy or a phrase.

    ``wording`` maps language codes ("de", "en", "sq", "sr-Latn", "sr-Cyrl", "bs", "mk") to
    the text; German is always present. ``level`` is None for a residence requirement.
    """

    id: str
    kind: PhraseKind | None  # None: part of the report's goal hierarchy
    level: GoalLevel | None
    wording: Mapping[str, str]
    parent_id: str | None = None
    domain: LifeDomain | None = None
    report_no: str = ""
    lead: str = ""  # Federführung named by the report
    needs_review: tuple[str, ...] = ()
    own: bool = False  # added by the case managers

    @property
    def german(self) -> str:
        return self.wording["de"]

    def in_language(self, language: str) -> str | None:
        """The wording in ``language``, or None where there is no translation."""
        text = self.wording.get(language, "")
        return text or None


@dataclass(frozen=True, slots=True)
class Catalogue:
    entries: tuple[CatalogueEntry, ...]

    def entry(self, entry_id: str) -> CatalogueEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def children(self, entry_id: str | None) -> tuple[CatalogueEntry, ...]:
        """The report's goals under ``entry_id`` (top level for None), in the report's order."""
        return tuple(e for e in self.entries if e.kind is None and e.parent_id == entry_id)

    def phrases(self, kind: PhraseKind | None = None) -> tuple[CatalogueEntry, ...]:
        return tuple(e for e in self.entries if e.kind is not None and kind in (None, e.kind))

    def with_own(self, phrases: tuple[CataloguePhrase, ...]) -> Catalogue:
        """This catalogue plus the phrases the case managers added themselves."""
        own = tuple(
            CatalogueEntry(
                id=f"own:{phrase.id}",
                kind=phrase.kind,
                level=_LEVEL_OF_PHRASE[phrase.kind],
                wording={"de": phrase.wording},
                domain=phrase.domain,
                own=True,
            )
            for phrase in phrases
        )
        return Catalogue(self.entries + own)


@cache
def seed_catalogue() -> Catalogue:
    """The catalogue shipped with the application (read once)."""
    raw = json.loads(
        resources.files("fallmanager")
        .joinpath("resources/help_plan/catalogue.json")
        .read_text(encoding="utf-8")
    )
    return Catalogue(tuple(_entries(raw)))


def _entries(raw: Mapping[str, Any]) -> list[CatalogueEntry]:
    review: Mapping[str, list[str]] = raw.get("review", {})
    entries: list[CatalogueEntry] = []

    def add(item: Mapping[str, Any], **kwargs: Any) -> None:
        entries.append(
            CatalogueEntry(
                id=item["id"],
                wording=dict(item["text"] if "text" in item else item["title"]),
                needs_review=tuple(review.get(item["id"], ())),
                **kwargs,
            )
        )

    for framework in raw["framework_goals"]:
        add(framework, kind=None, level=GoalLevel.FRAMEWORK)
        for outcome in framework["outcome_goals"]:
            add(outcome, kind=None, level=GoalLevel.OUTCOME, parent_id=framework["id"])
            for activity in outcome["activities"]:
                actors = activity.get("actors") or {}
                add(
                    activity,
                    kind=None,
                    level=GoalLevel.ACTIVITY,
                    parent_id=outcome["id"],
                    report_no=activity.get("report_no", ""),
                    lead=actors.get("de", ""),
                )
    for phrase in raw["phrases"]:
        kind = PhraseKind(phrase["kind"])
        add(
            phrase,
            kind=kind,
            level=_LEVEL_OF_PHRASE[kind],
            domain=LifeDomain(phrase["domain"]) if phrase.get("domain") else None,
        )
    return entries
