"""The small residence-status badge next to a person's symbol (e.g. "D", "AE 25b", "NE")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from fallmanager.domain.residence import ResidenceKind, ResidenceStatus

#: Abbreviation per kind of status. A residence permit adds its paragraph ("AE 25b").
BADGE_BY_KIND: dict[ResidenceKind, str] = {
    ResidenceKind.TOLERATION: "D",
    ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY: "D 60b",
    ResidenceKind.TRAINING_TOLERATION: "AusbD",
    ResidenceKind.EMPLOYMENT_TOLERATION: "BeschD",
    ResidenceKind.ASYLUM_PERMISSION: "AG",
    ResidenceKind.RESIDENCE_PERMIT: "AE",
    ResidenceKind.FICTION_CERTIFICATE: "FB",
    ResidenceKind.SETTLEMENT_PERMIT: "NE",
    ResidenceKind.GERMAN_CITIZEN: "DE",
    ResidenceKind.OTHER: "So",
}

#: What each badge means, for the legend: (German, English).
_MEANINGS: dict[ResidenceKind, tuple[str, str]] = {
    ResidenceKind.TOLERATION: ("Duldung (§ 60a AufenthG)", "Toleration (s. 60a AufenthG)"),
    ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY: (
        "Duldung für Personen mit ungeklärter Identität (§ 60b AufenthG)",
        "Toleration, identity not clarified (s. 60b AufenthG)",
    ),
    ResidenceKind.TRAINING_TOLERATION: (
        "Ausbildungsduldung (§ 60c AufenthG)",
        "Training toleration (s. 60c AufenthG)",
    ),
    ResidenceKind.EMPLOYMENT_TOLERATION: (
        "Beschäftigungsduldung (§ 60d AufenthG)",
        "Employment toleration (s. 60d AufenthG)",
    ),
    ResidenceKind.ASYLUM_PERMISSION: (
        "Aufenthaltsgestattung (Asylverfahren)",
        "Permission to stay during the asylum procedure",
    ),
    ResidenceKind.RESIDENCE_PERMIT: ("Aufenthaltserlaubnis", "Residence permit"),
    ResidenceKind.FICTION_CERTIFICATE: ("Fiktionsbescheinigung", "Fictional certificate"),
    ResidenceKind.SETTLEMENT_PERMIT: ("Niederlassungserlaubnis", "Settlement permit"),
    ResidenceKind.GERMAN_CITIZEN: ("deutsche Staatsangehörigkeit", "German citizen"),
    ResidenceKind.OTHER: ("sonstiger Status", "other status"),
}

_PARAGRAPH_RE = re.compile(r"§+\s*([0-9]+[a-z]?)", re.IGNORECASE)


def residence_badge(status: ResidenceStatus | None) -> str:
    """The badge for a status; "" when none is known."""
    if status is None:
        return ""
    badge = BADGE_BY_KIND[status.kind]
    if status.kind is ResidenceKind.RESIDENCE_PERMIT:
        match = _PARAGRAPH_RE.search(status.legal_basis)
        if match:
            badge = f"{badge} {match.group(1).lower()}"
    return badge


def badge_meaning(badge: str, language: str = "de") -> str:
    """The legend text of a badge in German (``de``) or English; "" for an unknown badge."""
    head, _, paragraph = badge.partition(" ")
    index = 1 if language == "en" else 0
    for kind, abbreviation in BADGE_BY_KIND.items():
        if badge == abbreviation:
            return _MEANINGS[kind][index]
        if kind is ResidenceKind.RESIDENCE_PERMIT and head == abbreviation and paragraph:
            section = "s." if language == "en" else "§"
            return f"{_MEANINGS[kind][index]} ({section} {paragraph} AufenthG)"
    return ""


def badge_legend(badges: Iterable[str], language: str = "de") -> list[tuple[str, str]]:
    """(badge, meaning) for every distinct badge shown, in a stable order."""
    distinct = sorted({b for b in badges if b})
    return [(b, badge_meaning(b, language)) for b in distinct]
