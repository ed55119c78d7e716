"""Table models of the actor directory (Netzwerk), fed from the network use cases."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from fallmanager.domain.family import CaseStatus
from fallmanager.domain.network import Actor, ActorKind, ContactPerson
from fallmanager.domain.network_views import ActorInvolvement, ActorSummary
from fallmanager.domain.search_text import fold
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import AnyIndex, RecordTableModel

#: The value proxies sort by: strings compare locale-aware, numbers and dates numerically.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The record id (uuid) of a row.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_label(kind: ActorKind) -> str:
    """The translated name of an actor kind."""
    return label(kind)


def sorted_kinds() -> list[ActorKind]:
    """Actor kinds by their translated name (locale-aware); "other" last."""
    kinds = sorted_by((k for k in ActorKind if k is not ActorKind.OTHER), kind_label)
    return [*kinds, ActorKind.OTHER]


def kind_from_data(value: object) -> ActorKind | None:
    """The actor kind stored as item data (Qt hands a str enum back as plain ``str``)."""
    if isinstance(value, str) and value in ActorKind._value2member_map_:
        return ActorKind(value)
    return None


def _address(actor: Actor) -> str:
    place = " ".join(part for part in (actor.postcode, actor.city) if part)
    return ", ".join(part for part in (actor.street, place) if part)


class ActorTableModel(RecordTableModel):
    """The organisations of the network, one per row."""

    NAME, KIND, DEPARTMENT, ADDRESS, PHONE, EMAIL, FAMILIES = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActorSummary] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Art"),
            self.tr("Abteilung"),
            self.tr("Anschrift"),
            self.tr("Telefon"),
            self.tr("E-Mail"),
            self.tr("Familien"),
        ]

    def summary(self, row: int) -> ActorSummary:
        return self._rows[row]

    def summaries(self) -> list[ActorSummary]:
        return list(self._rows)

    def row_of(self, actor_id: uuid.UUID) -> int:
        for row, summary in enumerate(self._rows):
            if summary.actor.id == actor_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        actor = summary.actor
        column = index.column()
        if role == ID_ROLE:
            return actor.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == self.FAMILIES:
                if role == SORT_ROLE:
                    return summary.family_count
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Beteiligt an %n Familienakte(n)", "", summary.family_count)
                return str(summary.family_count)
            values = {
                self.NAME: actor.name,
                self.KIND: kind_label(actor.kind),
                self.DEPARTMENT: actor.department,
                self.ADDRESS: _address(actor),
                self.PHONE: actor.phone,
                self.EMAIL: actor.email,
            }
            value = values.get(column)
            if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and actor.notes:
                return actor.notes
            return value if role != Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FAMILIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActorFilterProxy(QSortFilterProxyModel):
    """Filters actors by typed text (case, diacritics and transliteration folded) and kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._kind: ActorKind | None = None
        self._collator = QCollator()
        self.setSortRole(SORT_ROLE)
        self.update_collation()

    def update_collation(self) -> None:
        """Collate by the UI locale (``QLocale()``), e.g. after the language changed.

        ``setSortLocaleAware`` would follow the operating system's locale instead, which need
        not be the UI's; an explicit collator sorts Đ with D and Ä with A in either case.
        """
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.invalidate()

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return super().lessThan(left, right)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: ActorKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ActorTableModel) or source_parent.isValid():
            return False
        actor = model.summary(source_row).actor
        if self._kind is not None and actor.kind is not self._kind:
            return False
        if not self._terms:
            return True
        haystack = fold(
            " ".join(
                (
                    actor.name,
                    actor.department,
                    kind_label(actor.kind),
                    actor.street,
                    actor.postcode,
                    actor.city,
                    actor.email,
                )
            )
        )
        return all(term in haystack for term in self._terms)


class ContactPersonTableModel(RecordTableModel):
    """The contact persons (Ansprechpersonen) of one actor."""

    NAME, FUNCTION, PHONE, EMAIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactPerson] = []

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Funktion"), self.tr("Telefon"), self.tr("E-Mail")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role == ID_ROLE:
            return contact.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return (contact.name, contact.function, contact.phone, contact.email)[index.column()]
        return None


class ActorInvolvementTableModel(RecordTableModel):
    """The family files an actor is involved with: case number, names, role, period."""

    CASE_NUMBER, FAMILY, ROLE, CONTACT, SINCE, UNTIL = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActorInvolvement] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Aktenzeichen"),
            self.tr("Familie"),
            self.tr("Rolle"),
            self.tr("Ansprechperson"),
            self.tr("seit"),
            self.tr("bis"),
        ]

    def family_id(self, row: int) -> uuid.UUID:
        return self._rows[row].involvement.family_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        involvement = row.involvement
        column = index.column()
        if role == ID_ROLE:
            return involvement.family_id
        if role == SORT_ROLE and column in (self.SINCE, self.UNTIL):
            value = involvement.since if column == self.SINCE else involvement.until
            return value.toordinal() if value is not None else 0
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.CASE_NUMBER:
                return row.case_number
            if column == self.FAMILY:
                return ", ".join(row.family_names)
            if column == self.ROLE:
                return involvement.role
            if column == self.CONTACT:
                return row.contact_name
            if column == self.SINCE:
                return format_date(involvement.since)
            return format_date(involvement.until)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CASE_NUMBER:
            if row.family_status is CaseStatus.CLOSED:
                return self.tr("Akte abgeschlossen")
            return self.tr("Akte offen")
        if role == Qt.ItemDataRole.FontRole and row.family_status is CaseStatus.CLOSED:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class DuplicatePairModel(RecordTableModel):
    """Pairs of actors that are probably the same organisation (mögliche Dubletten)."""

    FIRST, SECOND = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Actor, Actor]] = []

    def headers(self) -> list[str]:
        return [self.tr("Akteur"), self.tr("mögliche Dublette")]

    def pair(self, row: int) -> tuple[Actor, Actor]:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        actor = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return actor.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_label(actor.kind)
        if role == ID_ROLE:
            return actor.id
        return None
