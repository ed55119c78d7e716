"""The family's helper system (Helfersystem): involved actors as a table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor, ContactPerson, Involvement
from fallmanager.ui.family_file.work_common import iso
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import SORT_ROLE, RecordTableModel

#: Columns.
ACTOR, KIND, ROLE, CONTACT, SINCE, UNTIL = range(6)


class InvolvementTableModel(RecordTableModel):
    """Akteur, Art, Rolle, Ansprechperson, seit, bis; ended involvements are greyed."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._actors: dict[Any, Actor] = {}
        self._contacts: dict[Any, ContactPerson] = {}

    def show_detail(self, detail: FamilyFileDetail) -> None:
        self._actors = {a.id: a for a in detail.actors}
        self._contacts = {c.id: c for c in detail.contact_persons}
        self.set_rows(detail.involvements)

    def clear(self) -> None:
        self._actors, self._contacts = {}, {}
        super().clear()

    def actor(self, involvement: Involvement) -> Actor | None:
        return self._actors.get(involvement.actor_id)

    def is_ended(self, involvement: Involvement) -> bool:
        return involvement.until is not None and involvement.until <= self._today()

    def headers(self) -> list[str]:
        return [
            self.tr("Akteur"),
            self.tr("Art"),
            self.tr("Rolle"),
            self.tr("Ansprechperson"),
            self.tr("Seit"),
            self.tr("Bis"),
        ]

    def cell(self, row: Any, column: int) -> str:
        involvement: Involvement = row
        actor = self.actor(involvement)
        if column == ACTOR:
            if actor is None:
                return ""
            return " – ".join(p for p in (actor.name, actor.department) if p)
        if column == KIND:
            return label(actor.kind) if actor is not None else ""
        if column == ROLE:
            return involvement.role
        if column == CONTACT:
            contact = self._contacts.get(involvement.contact_person_id)
            if contact is None:
                return ""
            details = ", ".join(p for p in (contact.function, contact.phone) if p)
            return f"{contact.name} ({details})" if details else contact.name
        if column == SINCE:
            return format_date(involvement.since)
        if column == UNTIL:
            return format_date(involvement.until)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        involvement: Involvement = row
        if column == SINCE:
            return iso(involvement.since)
        if column == UNTIL:
            return iso(involvement.until) or "9999"
        return self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        involvement: Involvement = row
        ended = self.is_ended(involvement)
        if ended and role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if ended and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Beteiligung beendet am {date}").format(
                date=format_date(involvement.until)
            )
        if role == Qt.ItemDataRole.ToolTipRole and involvement.notes:
            return involvement.notes
        return None


class InvolvementSortProxy(QSortFilterProxyModel):
    """Sorted by actor name, locale-aware (Ž, Đ, Ş and umlauts in their place)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
