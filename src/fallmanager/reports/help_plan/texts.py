"""The fixed texts of the printed help plan in the document's languages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fallmanager.domain.help_plan import EvidenceStatus, GoalStatus, LifeDomain
from fallmanager.domain.help_plan_catalogue import fixed_texts

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


@dataclass(frozen=True, slots=True)
class FixedTexts:
    """Looks up fixed texts in one language; German where a translation is missing."""

    language: str = "de"

    def get(self, group: str, key: str) -> str:
        entry = fixed_texts()[group][key]
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
