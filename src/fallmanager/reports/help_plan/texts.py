"""The fixed texts of the printed documents in each document's languages.

Each family of documents keeps its texts in ``resources/<resource>/fixed_texts.json``
(group → key → language → text): the help plan in ``help_plan``, the consent form and the
case conference's printouts in ``conference``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from fallmanager.domain.help_plan import EvidenceStatus, GoalStatus, LifeDomain

FixedTextTable = Mapping[str, Mapping[str, Mapping[str, str]]]

#: The name of each print language in that language (for the column heads).
LANGUAGE_NAMES: Mapping[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "sq": "Shqip",
    "sr-Latn": "Srpski",
    "sr-Cyrl": "Српски",
    "bs": "Bosanski",
    "mk": "Македонски",
}

#: The name of each family language in German (for the office's copy).
LANGUAGE_NAMES_IN_GERMAN: Mapping[str, str] = {
    "en": "Englisch",
    "sq": "Albanisch",
    "sr-Latn": "Serbisch (lateinisch)",
    "sr-Cyrl": "Serbisch (kyrillisch)",
    "bs": "Bosnisch",
    "mk": "Mazedonisch",
}

_STATUS_KEYS: Mapping[GoalStatus, str] = {
    GoalStatus.OPEN: "open",
    GoalStatus.IN_PROGRESS: "in_progress",
    GoalStatus.DONE: "done",
    GoalStatus.DROPPED: "not_applicable",
}

_EVIDENCE_KEYS: Mapping[EvidenceStatus, str] = {
    EvidenceStatus.MISSING: "missing",
    EvidenceStatus.REQUESTED: "requested",
    EvidenceStatus.PRESENT: "available",
}


@cache
def fixed_text_table(resource: str) -> FixedTextTable:
    """The fixed texts of ``resources/<resource>/fixed_texts.json``: group → key → language
    → text (read once, from the installed package)."""
    raw = json.loads(
        resources.files("fallmanager")
        .joinpath(f"resources/{resource}/fixed_texts.json")
        .read_text(encoding="utf-8")
    )
    texts: FixedTextTable = raw["texts"]
    return texts


@dataclass(frozen=True, slots=True)
class FixedTexts:
    """Looks up fixed texts in one language; German where a translation is missing.

    ``resource`` names the folder of the text file; documents other than the help plan
    subclass this with their own resource and look-ups.
    """

    language: str = "de"
    resource: str = "help_plan"

    def get(self, group: str, key: str) -> str:
        entry = fixed_text_table(self.resource)[group][key]
        return entry.get(self.language) or entry["de"]

    def status(self, status: GoalStatus) -> str:
        return self.get("status", _STATUS_KEYS[status])

    def evidence(self, evidence: EvidenceStatus) -> str:
        return self.get("evidence_status", _EVIDENCE_KEYS[evidence])

    def domain(self, domain: LifeDomain) -> str:
        return self.get("domains", domain.value)

    def fill(self, group: str, key: str, **values: str) -> str:
        return self.get(group, key).format(**values)


GERMAN = FixedTexts("de")
