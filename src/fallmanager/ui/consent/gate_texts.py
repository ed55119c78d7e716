"""Precise German sentences for what the consent gate refuses.

One sentence per :class:`~fallmanager.domain.consent_gate.GateProblem` ("Jobcenter: keine
Einwilligung für Schuldaten von Arben Krasniqi – abgelaufen am 01.03.2026"), and the same
sentences folded so that a refusal that repeats for many persons and data categories is
named once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from fallmanager.domain.consent import ConsentPurpose, DataCategory
from fallmanager.domain.consent_gate import GateProblem, GateReason
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.ui import texts
from fallmanager.ui.texts import QT_TRANSLATE_NOOP
from fallmanager.ui.widgets.dates import format_date

#: The data of a category as the object of "keine Einwilligung für …".
_CATEGORY_PHRASES: dict[DataCategory, str] = {
    DataCategory.RESIDENCE: QT_TRANSLATE_NOOP("GateTexts", "Aufenthaltsdaten"),
    DataCategory.SCHOOL: QT_TRANSLATE_NOOP("GateTexts", "Schuldaten"),
    DataCategory.HEALTH: QT_TRANSLATE_NOOP("GateTexts", "Gesundheitsdaten"),
    DataCategory.WORK_BENEFITS: QT_TRANSLATE_NOOP("GateTexts", "Daten zu Arbeit und Leistungen"),
    DataCategory.FAMILY_SITUATION: QT_TRANSLATE_NOOP("GateTexts", "Daten zur familiären Situation"),
    DataCategory.HELP_PLAN: QT_TRANSLATE_NOOP("GateTexts", "Daten des Hilfeplans"),
}

#: What follows the dash after "{actor}: keine Einwilligung für {data} von {persons}".
_REASONS: dict[GateReason, str] = {
    GateReason.NO_CONSENT: "",
    GateReason.NOT_GIVEN: QT_TRANSLATE_NOOP("GateTexts", "nur vorbereitet, noch nicht erteilt"),
    GateReason.GIVEN_LATER: QT_TRANSLATE_NOOP("GateTexts", "erst am {date} erteilt"),
    GateReason.NO_CUSTODY_HOLDER: QT_TRANSLATE_NOOP(
        "GateTexts", "für ein minderjähriges Kind ist keine sorgeberechtigte Person erfasst"
    ),
    GateReason.CUSTODY_HOLDER_MISSING: QT_TRANSLATE_NOOP(
        "GateTexts", "Einwilligung nicht von allen Sorgeberechtigten erteilt (fehlt: {names})"
    ),
    GateReason.NOT_GIVEN_BY_PERSON: QT_TRANSLATE_NOOP(
        "GateTexts", "Einwilligung nicht von der Person selbst erteilt"
    ),
    GateReason.PURPOSE_NOT_COVERED: QT_TRANSLATE_NOOP("GateTexts", "Zweck {purpose} nicht umfasst"),
    GateReason.RECIPIENT_NOT_COVERED: QT_TRANSLATE_NOOP(
        "GateTexts", "diese Stelle ist in der Einwilligung nicht genannt"
    ),
    GateReason.CATEGORY_NOT_COVERED: QT_TRANSLATE_NOOP(
        "GateTexts", "diese Daten sind von der Einwilligung nicht umfasst"
    ),
    GateReason.WITHDRAWN: QT_TRANSLATE_NOOP("GateTexts", "widerrufen am {date}"),
    GateReason.EXPIRED: QT_TRANSLATE_NOOP("GateTexts", "abgelaufen am {date}"),
}


def _tr(source: str) -> str:
    # Every source is marked with QT_TRANSLATE_NOOP("GateTexts", …) above.
    return QCoreApplication.translate("GateTexts", source)


def join_names(names: Sequence[str]) -> str:
    """ "A", "A und B", "A, B und C" (in the UI's language)."""
    unique = list(dict.fromkeys(names))
    if not unique:
        return "–"
    if len(unique) == 1:
        return unique[0]
    conjunction = QCoreApplication.translate("GateTexts", "und")
    return f"{', '.join(unique[:-1])} {conjunction} {unique[-1]}"


def actor_name(detail: FamilyFileDetail, actor_id: uuid.UUID | None) -> str:
    actor = next((a for a in detail.actors if a.id == actor_id), None)
    if actor is None or not actor.name.strip():
        return QCoreApplication.translate("GateTexts", "unbekannte Stelle")
    return actor.name


def person_name(detail: FamilyFileDetail, person_id: uuid.UUID) -> str:
    person = detail.person(person_id)
    if person is None or not person.display_name:
        return QCoreApplication.translate("GateTexts", "unbekannte Person")
    return person.display_name


def category_phrase(category: DataCategory) -> str:
    """The category's data as an object ("Schuldaten")."""
    return _tr(_CATEGORY_PHRASES[category])


@dataclass(frozen=True, slots=True)
class _Key:
    """What makes two refusals the same sentence apart from person and category."""

    actor_id: uuid.UUID
    reason: GateReason
    on: date | None
    missing_ids: tuple[uuid.UUID, ...]


def _sentence(
    detail: FamilyFileDetail,
    key: _Key,
    person_ids: Sequence[uuid.UUID],
    categories: Sequence[DataCategory],
    *,
    purpose: ConsentPurpose,
    include_actor: bool,
) -> str:
    data = join_names([category_phrase(c) for c in categories])
    persons = join_names([person_name(detail, p) for p in person_ids])
    if include_actor:
        sentence = QCoreApplication.translate(
            "GateTexts", "{actor}: keine Einwilligung für {data} von {persons}"
        ).format(actor=actor_name(detail, key.actor_id), data=data, persons=persons)
    else:
        sentence = QCoreApplication.translate(
            "GateTexts", "Keine Einwilligung für {data} von {persons}"
        ).format(data=data, persons=persons)
    source = _REASONS[key.reason]
    if not source:
        return sentence
    detail_text = _tr(source).format(
        date=format_date(key.on) if key.on else "?",
        names=join_names([person_name(detail, p) for p in key.missing_ids]),
        purpose=texts.label(purpose),
    )
    return f"{sentence} – {detail_text}"


def _key(problem: GateProblem) -> _Key:
    return _Key(problem.recipient_actor_id, problem.reason, problem.on, problem.missing_ids)


def describe_problem(
    problem: GateProblem,
    detail: FamilyFileDetail,
    *,
    purpose: ConsentPurpose = ConsentPurpose.CASE_CONFERENCE,
    include_actor: bool = True,
) -> str:
    """One German sentence for one refused share.

    ``purpose`` is the purpose the share was checked for (the gate of a conference checks
    "Fallkonferenz"); ``include_actor=False`` leaves out the recipient where it is already
    shown next to the sentence.
    """
    return _sentence(
        detail,
        _key(problem),
        [problem.person_id],
        [problem.category],
        purpose=purpose,
        include_actor=include_actor,
    )


def group_problems(
    problems: Iterable[GateProblem],
    detail: FamilyFileDetail,
    *,
    purpose: ConsentPurpose = ConsentPurpose.CASE_CONFERENCE,
    include_actor: bool = True,
) -> list[str]:
    """The refusals as few sentences: same recipient, reason and date make one line.

    Within one line every named person is refused every named category; persons refused
    different categories for the same reason get a line each. Recipients keep the order in
    which they first appear, persons the family file's order (oldest first), and repeated
    refusals (one per topic) are named once.
    """
    found = list(problems)
    # Persons in the family file's order (oldest first), whatever order the gate saw them.
    rank = {person.id: index for index, person in enumerate(detail.persons)}
    actors = list(dict.fromkeys(p.recipient_actor_id for p in found))
    found.sort(key=lambda p: (actors.index(p.recipient_actor_id), rank.get(p.person_id, len(rank))))
    per_key: dict[_Key, dict[uuid.UUID, list[DataCategory]]] = {}
    for problem in found:
        persons = per_key.setdefault(_key(problem), {})
        categories = persons.setdefault(problem.person_id, [])
        if problem.category not in categories:
            categories.append(problem.category)
    lines: list[str] = []
    for key, persons in per_key.items():
        by_categories: dict[tuple[DataCategory, ...], list[uuid.UUID]] = {}
        for person_id, categories in persons.items():
            ordered = tuple(c for c in DataCategory if c in categories)
            by_categories.setdefault(ordered, []).append(person_id)
        for categories_of_line, person_ids in by_categories.items():
            line = _sentence(
                detail,
                key,
                person_ids,
                categories_of_line,
                purpose=purpose,
                include_actor=include_actor,
            )
            if line not in lines:
                lines.append(line)
    return lines
