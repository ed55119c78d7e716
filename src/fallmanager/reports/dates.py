"""Dates as the printed documents write them: 25.11.2026, whatever the document's language."""

from __future__ import annotations

from datetime import date


def german_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"
