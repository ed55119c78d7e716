"""Helpers shared by the case-work tabs (Besuche, Schule & Arbeit, Netzwerk, Aufgaben).

Entry of optional full dates, person pick lists, and the formatting of periods and names
(the table-model base lives in ``ui/widgets/tables.py``). Everything here is presentation;
nothing touches storage.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import QComboBox

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import Person
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.dates import PartialDateEdit, format_date


def person_label(person: Person | None) -> str:
    """:func:`person_name`, or nothing when there is no person."""
    return person_name(person) if person is not None else ""


def persons_text(detail: FamilyFileDetail | None, person_ids: Iterable[uuid.UUID]) -> str:
    if detail is None:
        return ""
    return ", ".join(person_label(detail.person(pid)) for pid in person_ids)


def sorted_members(detail: FamilyFileDetail) -> list[Person]:
    """The family's persons, the living first, by name (locale-aware)."""
    by_name = sorted_by(detail.persons, lambda p: (p.family_name, p.given_names))
    return sorted(by_name, key=lambda p: p.deceased)  # stable: names stay in order


def fill_person_combo(
    combo: QComboBox, persons: Sequence[Person], *, none_text: str | None = None
) -> None:
    """Persons as items (data: the id as text); an optional first item without a person."""
    current = combo.currentData()
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, "")
    for person in persons:
        combo.addItem(person_label(person), str(person.id))
    index = combo.findData(current)
    if current and index >= 0:
        combo.setCurrentIndex(index)


def combo_id(combo: QComboBox) -> uuid.UUID | None:
    """The id stored (as text) with the combo box's current item; ``None`` for none."""
    value = combo.currentData()
    return uuid.UUID(value) if value else None


def select_id(combo: QComboBox, value: uuid.UUID | None) -> None:
    index = combo.findData(str(value) if value is not None else "")
    if index >= 0:
        combo.setCurrentIndex(index)


def period_text(start: date | None, end: date | None) -> str:
    """ "seit 01.09.2025", "01.09.2025 – 31.07.2026", "bis 31.07.2026" or empty."""
    if start is None and end is None:
        return ""
    if end is None:
        return QCoreApplication.translate("CaseWork", "seit {start}").format(
            start=format_date(start)
        )
    if start is None:
        return QCoreApplication.translate("CaseWork", "bis {end}").format(end=format_date(end))
    return f"{format_date(start)} – {format_date(end)}"


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CaseWork", "ja")
        if value
        else QCoreApplication.translate("CaseWork", "nein")
    )


def first_line(value: str, limit: int = 120) -> str:
    line = next((part.strip() for part in value.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def read_full_date(edit: PartialDateEdit, field: str) -> date | None:
    """The day entered in ``edit`` (empty gives ``None``); a year or month alone is refused."""
    value = edit.value()  # raises INVALID_DATE for text that is no date
    if value is None:
        return None
    if value.month is None or value.day is None:
        raise DomainError(ErrorCode.INVALID_DATE, field, value=edit.text()[:40])
    return date(value.year, value.month, value.day)


def set_full_date(edit: PartialDateEdit, value: date | None) -> None:
    edit.setText(format_date(value))


def make_date_edit(name: str) -> PartialDateEdit:
    """A date field; its owner calls :func:`retranslate_date_edit` in ``retranslate_ui``."""
    edit = PartialDateEdit()
    edit.setObjectName(name)
    retranslate_date_edit(edit)
    return edit


def retranslate_date_edit(edit: PartialDateEdit) -> None:
    edit.setPlaceholderText(QCoreApplication.translate("CaseWork", "TT.MM.JJJJ"))
