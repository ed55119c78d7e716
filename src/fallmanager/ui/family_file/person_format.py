"""Small formatting helpers shared by the person, residence and overview tabs."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from fallmanager.domain.people import Person
from fallmanager.ui.widgets.collation import sorted_by


def person_name(person: Person) -> str:
    """The person's name as shown in lists (never empty)."""
    return person.display_name or "?"


def age_text(person: Person, today: date) -> str:
    """The age in full years; "ca. 37" when the birth date is partial; empty when unknown."""
    if person.birth_date is None:
        return ""
    exact = person.age_on(today)
    if exact is not None:
        return QLocale().toString(exact)
    low, _high = person.birth_date.age_on(today)
    return QCoreApplication.translate("PersonFormat", "ca. {age}").format(
        age=QLocale().toString(low)
    )


def age_sort_key(person: Person, today: date) -> int:
    if person.birth_date is None:
        return -1
    return person.birth_date.age_on(today)[0]


def codes_text(codes: Iterable[str]) -> str:
    return ", ".join(codes)


def parse_codes(text: str, *, upper: bool) -> tuple[str, ...]:
    """``"rs, xk"`` → ``("RS", "XK")`` (country codes upper case, language codes as typed)."""
    parts = [p.strip() for p in text.replace(";", ",").replace(" ", ",").split(",")]
    return tuple(p.upper() if upper else p for p in parts if p)


def sorted_persons(persons: Iterable[Person]) -> list[Person]:
    """Persons by family name, then given names, in the UI locale's collation (Đ, Ş, Ž …)."""
    return sorted_by(persons, lambda p: (p.family_name, p.given_names))


#: Item data of yes/no/unknown combo boxes (Qt item data holds strings only, never bools).
TRI_STATE: dict[str, bool | None] = {"unknown": None, "yes": True, "no": False}


def tri_state_key(value: bool | None) -> str:
    return next(key for key, known in TRI_STATE.items() if known is value)


def combo_uuid(combo: QComboBox) -> uuid.UUID | None:
    """The record id stored (as text) in the combo box's current item."""
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) and data else None


def select_data(combo: QComboBox, data: str) -> bool:
    """Make the item whose data is ``data`` current; return whether there is one."""
    for index in range(combo.count()):
        if combo.itemData(index) == data:
            combo.setCurrentIndex(index)
            return True
    return False
