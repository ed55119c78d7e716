"""Translated texts of the genogram editor for the codes the domain returns."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from fallmanager.domain.genogram.model import GenogramInput, LayoutWarning, LayoutWarningCode
from fallmanager.ui.texts import QT_TRANSLATE_NOOP

#: One sentence per warning; ``{names}`` are the persons it concerns.
_WARNINGS: dict[LayoutWarningCode, str] = {
    LayoutWarningCode.CYCLE: QT_TRANSLATE_NOOP(
        "GenogramTexts",
        "{names}: Die erfassten Eltern-Kind-Beziehungen bilden einen Kreis; eine davon wird "
        "nicht gezeichnet.",
    ),
    LayoutWarningCode.TOO_MANY_PARENTS: QT_TRANSLATE_NOOP(
        "GenogramTexts",
        "{names}: Mehr als zwei Elternteile erfasst; nur zwei werden gezeichnet.",
    ),
    LayoutWarningCode.MISSING_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "GenogramTexts",
        "{names}: Ohne Geburtsdatum ist die Reihenfolge der Geschwister geschätzt.",
    ),
    LayoutWarningCode.OUTSIDE_FAMILY: QT_TRANSLATE_NOOP(
        "GenogramTexts",
        "{names}: Beziehung zu einer Person einer anderen Familienakte; sie wird hier nicht "
        "gezeichnet.",
    ),
    LayoutWarningCode.UNKNOWN_PERSON: QT_TRANSLATE_NOOP(
        "GenogramTexts",
        "{names}: Eine Beziehung nennt eine Person, die nicht zu dieser Akte gehört; sie wird "
        "nicht gezeichnet.",
    ),
    LayoutWarningCode.PARTNER_GENERATIONS: QT_TRANSLATE_NOOP(
        "GenogramTexts",
        "{names}: Die Partner konnten nicht in derselben Generation gezeichnet werden.",
    ),
    LayoutWarningCode.DUPLICATE_LINK: QT_TRANSLATE_NOOP(
        "GenogramTexts", "{names}: Dieselbe Beziehung ist doppelt erfasst."
    ),
}


def person_names(data: GenogramInput, person_ids: Iterable[uuid.UUID]) -> str:
    """The names of the given persons, "unbekannte Person" for an id outside the input."""
    names: list[str] = []
    for person_id in person_ids:
        person = data.person(person_id)
        if person is not None and person.display_name:
            names.append(person.display_name)
        else:
            names.append(QCoreApplication.translate("GenogramTexts", "unbekannte Person"))
    unique = list(dict.fromkeys(names))
    return ", ".join(unique) if unique else "–"


def warning_text(warning: LayoutWarning, data: GenogramInput) -> str:
    source = _WARNINGS.get(warning.code)
    if source is None:
        source = QT_TRANSLATE_NOOP(
            "GenogramTexts", "{names}: Ein Teil der Daten konnte nicht gezeichnet werden."
        )
    return QCoreApplication.translate("GenogramTexts", source).format(
        names=person_names(data, warning.person_ids)
    )


def warnings_text(warnings: Iterable[LayoutWarning], data: GenogramInput) -> list[str]:
    """One sentence per distinct warning, in the order the layout reported them."""
    return list(dict.fromkeys(warning_text(w, data) for w in warnings))
