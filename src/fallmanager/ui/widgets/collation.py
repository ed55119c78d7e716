"""Sorting texts as people of the UI's language expect: Ä with A, Đ/Č/Ć with D/C, ß with ss.

Sort through :func:`sorted_by`; never build tuples of ``QCollatorSortKey`` objects: they
compare equal only by identity, so a tuple key falls through to its later elements wrongly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

T = TypeVar("T")


def ui_collator(*, numeric: bool = False, locale: QLocale | None = None) -> QCollator:
    """A case-insensitive collator for the UI's language (numeric: "2026-9999" < "…-10000")."""
    collator = QCollator(locale if locale is not None else QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(numeric)
    return collator


def sorted_by(
    items: Iterable[T],
    key: Callable[[T], str | tuple[str, ...]],
    *,
    numeric: bool = False,
    reverse: bool = False,
) -> list[T]:
    """``items`` sorted by the text(s) ``key`` returns, compared part by part."""
    collator = ui_collator(numeric=numeric)

    def compare(a: T, b: T) -> int:
        left, right = key(a), key(b)
        left_parts = (left,) if isinstance(left, str) else left
        right_parts = (right,) if isinstance(right, str) else right
        for x, y in zip(left_parts, right_parts, strict=False):
            result = collator.compare(x, y)
            if result:
                return result
        return len(left_parts) - len(right_parts)

    return sorted(items, key=cmp_to_key(compare), reverse=reverse)
