"""Texts shared by the parts of the help plan tab: version names, languages, persons."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import PRINT_LANGUAGES, HelpPlanVersion, VersionStatus
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date

#: Each print language in its own name and script (never translated: the family reads it).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "sq": "Shqip",
    "sr-Latn": "Srpski (latinica)",
    "sr-Cyrl": "Српски (ћирилица)",
    "bs": "Bosanski",
    "mk": "Македонски",
}
assert set(LANGUAGE_NAMES) == set(PRINT_LANGUAGES)  # noqa: S101 - kept in step with the domain


def language_name(code: str) -> str:
    """The language's own name; "nur Deutsch" for the German-only printout."""
    if not code:
        return QCoreApplication.translate("HelpPlanFormat", "nur Deutsch")
    return LANGUAGE_NAMES.get(code, code)


def language_combo(name: str, chosen: str = "") -> QComboBox:
    """German alone (first entry) or German with one of the print languages; ``chosen`` is
    selected (German alone when it is not offered)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(language_name(""), "")
    for code in PRINT_LANGUAGES:
        combo.addItem(language_name(code), code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def version_kind(version: HelpPlanVersion) -> str:
    if version.is_initial:
        return QCoreApplication.translate("HelpPlanFormat", "Erstplan")
    return QCoreApplication.translate("HelpPlanFormat", "Fortschreibung")


def version_title(version: HelpPlanVersion) -> str:
    """ "Version 1: Erstplan vom 03.02.2026 – vereinbart" (the number the printout shows)."""
    return QCoreApplication.translate(
        "HelpPlanFormat", "Version {number}: {kind} vom {date} – {status}"
    ).format(
        number=version.number,
        kind=version_kind(version),
        date=format_date(version.drawn_up_on),
        status=label(version.status),
    )


def version_short(version: HelpPlanVersion) -> str:
    """ "Version 2 (Fortschreibung)" — for tables that list several versions."""
    return QCoreApplication.translate("HelpPlanFormat", "Version {number} ({kind})").format(
        number=version.number, kind=version_kind(version)
    )


def family_person(person: Person | None) -> str:
    """A person's name, or "ganze Familie" for entries about the family as a whole."""
    if person is None:
        return QCoreApplication.translate("HelpPlanFormat", "ganze Familie")
    return person_name(person)


def names_of(detail: FamilyFileDetail | None, person_ids: Iterable[uuid.UUID]) -> str:
    if detail is None:
        return ""
    names = []
    for person_id in person_ids:
        person = detail.person(person_id)
        if person is not None:
            names.append(person_name(person))
    return ", ".join(names)


def actor_names(actors: Iterable[Actor], actor_ids: Iterable[uuid.UUID]) -> str:
    by_id = {actor.id: actor for actor in actors}
    return ", ".join(by_id[a].name for a in actor_ids if a in by_id)


def participants_text(detail: FamilyFileDetail | None, version: HelpPlanVersion) -> str:
    """Everyone who took part: family members, actors of the network, others."""
    parts = [
        names_of(detail, version.participant_ids),
        actor_names(detail.actors if detail is not None else (), version.participant_actor_ids),
        ", ".join(version.other_participants),
    ]
    return ", ".join(part for part in parts if part)


def review_is_due(snapshot: HelpPlanSnapshot, today: date) -> bool:
    """The review date of the running plan (the newest version, agreed) is reached and no
    review of it was recorded yet — as the "Heute" screen counts it."""
    version = snapshot.version
    return (
        snapshot.is_current
        and version.status is VersionStatus.AGREED
        and version.review_on is not None
        and version.review_on <= today
        and not snapshot.reviews
    )
