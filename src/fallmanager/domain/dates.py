"""Partial dates: often only the year, or year and month, of a birth is known."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from fallmanager.domain.errors import DomainError, ErrorCode

_PARTIAL_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
MIN_YEAR = 1850
MAX_YEAR = 2200


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date of which only the year, or year and month, may be known (``teilweise unbekannt``).

    Written as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Ordering compares the known parts,
    an unknown part sorting before any known one.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DomainError(ErrorCode.INVALID_DATE, value=self.iso_unchecked())
        if self.month is None:
            if self.day is not None:
                raise DomainError(ErrorCode.INVALID_DATE, value=self.iso_unchecked())
            return
        if not 1 <= self.month <= 12:
            raise DomainError(ErrorCode.INVALID_DATE, value=self.iso_unchecked())
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DomainError(ErrorCode.INVALID_DATE, value=self.iso_unchecked())

    def sort_key(self) -> tuple[int, int, int]:
        """Unknown parts sort before known ones: 1990 < 1990-01 < 1990-01-01."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``DomainError`` otherwise."""
        match = _PARTIAL_RE.fullmatch(text) if isinstance(text, str) else None
        if not match:
            raise DomainError(ErrorCode.INVALID_DATE, value=str(text)[:40])
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        return self.day is not None

    def earliest(self) -> date:
        """The first day the partial date may stand for."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The last day the partial date may stand for."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def definitely_before(self, other: PartialDate) -> bool:
        """True if every day this date may stand for lies before every day of ``other``."""
        return self.latest() < other.earliest()

    def age_on(self, day: date) -> tuple[int, int]:
        """Smallest and largest possible age in full years on ``day``."""
        return _full_years(self.latest(), day), _full_years(self.earliest(), day)

    def iso(self) -> str:
        return self.iso_unchecked()

    def iso_unchecked(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.iso()


def _full_years(born: date, on: date) -> int:
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return max(years, 0)


def parse_iso_date(text: str) -> date:
    """Parse a full ISO date (``YYYY-MM-DD``) strictly, raising ``DomainError``."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise DomainError(ErrorCode.INVALID_DATE, value=str(text)[:40])
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise DomainError(ErrorCode.INVALID_DATE, value=text) from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise DomainError(ErrorCode.INVALID_DATE, value=text)
    return value
