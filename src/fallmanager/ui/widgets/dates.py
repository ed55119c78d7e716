"""Entering and showing dates in the UI's locale, including partial dates (only year, or
month and year known — common for people whose documents were lost)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
_YEAR = re.compile(r"\d{4}")
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def parse_partial_date(text: str) -> PartialDate | None:
    """``14.03.2011``, ``14/03/2011``, ``03.2011``, ``2011`` or ISO; empty gives ``None``.

    Raises ``DomainError(INVALID_DATE)`` for anything else (including impossible dates).
    """
    text = text.strip()
    if not text:
        return None
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        return PartialDate(year, month, day)
    if match := _MONTH_YEAR.fullmatch(text):
        month, year = (int(g) for g in match.groups())
        return PartialDate(year, month)
    if _YEAR.fullmatch(text) or _ISO.fullmatch(text):
        return PartialDate.parse(text)
    raise DomainError(ErrorCode.INVALID_DATE, value=text[:40])


def format_partial_date(value: PartialDate | None) -> str:
    """The date as the user reads it in the UI's locale ("14.03.2011", "03.2011", "2011")."""
    if value is None:
        return ""
    if value.day is not None and value.month is not None:
        return format_date(date(value.year, value.month, value.day))
    separator = "/" if QLocale().language() == QLocale.Language.English else "."
    if value.month is not None:
        return f"{value.month:02d}{separator}{value.year}"
    return str(value.year)


def date_display_format() -> str:
    """Day, month, four-digit year in the UI's language (two-digit years are ambiguous)."""
    return "dd.MM.yyyy" if QLocale().language() == QLocale.Language.German else "dd/MM/yyyy"


def datetime_display_format() -> str:
    return f"{date_display_format()} HH:mm"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_display_format())


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return f"{format_date(value.date())} {QLocale().toString(moment.time(), 'HH:mm')}"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class PartialDateEdit(QLineEdit):
    """A line edit for a date that may be incomplete; validated by :func:`parse_partial_date`."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(10)
        self.textChanged.connect(self.value_changed)

    def value(self) -> PartialDate | None:
        """The entered date; raises ``DomainError`` when the text is not a date."""
        return parse_partial_date(self.text())

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(format_partial_date(value))
