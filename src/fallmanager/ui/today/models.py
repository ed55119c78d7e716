"""Table models of the "Heute" sections, fed from :class:`TodayOverview`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fallmanager.domain.today import (
    DueActivity,
    DueReview,
    DueTask,
    ExpiringConsent,
    ExpiringResidence,
    NotVisitedFamily,
    RecentVisit,
)
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date, format_datetime
from fallmanager.ui.widgets.tables import AnyIndex

R = TypeVar(
    "R",
    DueTask,
    ExpiringResidence,
    NotVisitedFamily,
    RecentVisit,
    DueReview,
    DueActivity,
    ExpiringConsent,
)

#: The family file's id, on every cell.
FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Dark red text for overdue tasks and expired documents (readable on light backgrounds).
_ALERT = QColor("#b00020")


class SectionModel(QAbstractTableModel, Generic[R]):
    """A read-only table of one section; subclasses name their columns and cells."""

    context = "TodaySection"
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def entry(self, row: int) -> R:
        return self._rows[row]

    def family_id(self, row: int) -> uuid.UUID | None:
        return self._rows[row].family_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(self.context, self.headers[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(entry, index.column())
        if role == FAMILY_ID_ROLE:
            return entry.family_id
        if self.alert(entry):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_ALERT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def cell(self, entry: R, column: int) -> str:
        raise NotImplementedError

    def alert(self, entry: R) -> bool:
        return False


def _names(names: tuple[str, ...]) -> str:
    return " / ".join(names)


class DueTaskModel(SectionModel[DueTask]):
    """Aufgaben, die heute fällig oder überfällig sind."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Fällig am")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aufgabe")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Familie")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Person")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Zuständig")),
    )

    def cell(self, entry: DueTask, column: int) -> str:
        if column == 0:
            suffix = (
                " " + QCoreApplication.translate("TodaySection", "(überfällig)")
                if entry.overdue
                else ""
            )
            return format_date(entry.due_on) + suffix
        if column == 1:
            return entry.title
        if column == 2:
            return entry.case_number
        if column == 3:
            return _names(entry.family_names)
        if column == 4:
            return entry.person_name
        return entry.responsible

    def alert(self, entry: DueTask) -> bool:
        return entry.overdue


class ExpiringResidenceModel(SectionModel[ExpiringResidence]):
    """Aufenthaltspapiere, die bald ablaufen oder abgelaufen sind."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Gültig bis")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Person")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Status")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
    )

    def cell(self, entry: ExpiringResidence, column: int) -> str:
        if column == 0:
            suffix = (
                " " + QCoreApplication.translate("TodaySection", "(abgelaufen)")
                if entry.expired
                else ""
            )
            return format_date(entry.valid_until) + suffix
        if column == 1:
            return entry.person_name
        if column == 2:
            kind = label(entry.kind)
            return f"{kind}, {entry.legal_basis}" if entry.legal_basis else kind
        return entry.case_number

    def alert(self, entry: ExpiringResidence) -> bool:
        return entry.expired


class NotVisitedModel(SectionModel[NotVisitedFamily]):
    """Offene Familienakten ohne Besuch seit längerer Zeit."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Familie")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Letzter Besuch")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Tage")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Zuständig")),
    )

    def cell(self, entry: NotVisitedFamily, column: int) -> str:
        if column == 0:
            return entry.case_number
        if column == 1:
            return _names(entry.family_names)
        if column == 2:
            if entry.last_visit is None:
                return QCoreApplication.translate(
                    "TodaySection", "noch nie (eröffnet {date})"
                ).format(date=format_date(entry.opened_on))
            return format_datetime(entry.last_visit)
        if column == 3:
            return QLocale().toString(entry.days)
        return entry.responsible


class RecentVisitModel(SectionModel[RecentVisit]):
    """Die letzten Besuche und Kontakte."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Zeitpunkt")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Art")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Familie")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Ort")),
    )

    def cell(self, entry: RecentVisit, column: int) -> str:
        if column == 0:
            return format_datetime(entry.occurred_at)
        if column == 1:
            return label(entry.kind)
        if column == 2:
            return entry.case_number
        if column == 3:
            return _names(entry.family_names)
        return entry.place


def _due_text(day: date, overdue: bool) -> str:
    suffix = " " + QCoreApplication.translate("TodaySection", "(überfällig)") if overdue else ""
    return format_date(day) + suffix


class DueReviewModel(SectionModel[DueReview]):
    """Hilfepläne, deren Überprüfung erreicht ist."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Überprüfung am")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Familie")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Hilfeplan")),
    )

    def cell(self, entry: DueReview, column: int) -> str:
        if column == 0:
            return _due_text(entry.review_on, entry.overdue)
        if column == 1:
            return entry.case_number
        if column == 2:
            return _names(entry.family_names)
        if entry.number == 1:
            return QCoreApplication.translate("TodaySection", "Erstplan")
        return QCoreApplication.translate("TodaySection", "Version {number}").format(
            number=entry.number
        )

    def alert(self, entry: DueReview) -> bool:
        return entry.overdue


class DueActivityModel(SectionModel[DueActivity]):
    """Aktivitäten laufender Hilfepläne, die heute fällig oder überfällig sind."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Fällig am")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktivität")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Familie")),
    )

    def cell(self, entry: DueActivity, column: int) -> str:
        if column == 0:
            return _due_text(entry.due_on, entry.overdue)
        if column == 1:
            return entry.wording
        if column == 2:
            return entry.case_number
        return _names(entry.family_names)

    def alert(self, entry: DueActivity) -> bool:
        return entry.overdue


class ExpiringConsentModel(SectionModel[ExpiringConsent]):
    """Einwilligungen, die bald ablaufen oder vor Kurzem abgelaufen sind."""

    headers: tuple[str, ...] = (
        str(QT_TRANSLATE_NOOP("TodaySection", "Gültig bis")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Stellen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Aktenzeichen")),
        str(QT_TRANSLATE_NOOP("TodaySection", "Familie")),
    )

    def cell(self, entry: ExpiringConsent, column: int) -> str:
        if column == 0:
            suffix = (
                " " + QCoreApplication.translate("TodaySection", "(abgelaufen)")
                if entry.expired
                else ""
            )
            return format_date(entry.expires_on) + suffix
        if column == 1:
            return ", ".join(entry.recipient_names)
        if column == 2:
            return entry.case_number
        return _names(entry.family_names)

    def alert(self, entry: ExpiringConsent) -> bool:
        return entry.expired
