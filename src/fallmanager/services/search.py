"""Finding persons and family files as the user types."""

from __future__ import annotations

from fallmanager.domain.views import SearchResult
from fallmanager.services.ports import UnitOfWork

MAX_RESULTS = 200


def search(uow: UnitOfWork, *, text: str, limit: int = 50) -> list[SearchResult]:
    """Persons and family files matching every word of ``text`` as a prefix of a name part,
    a name variant, the case number or the birth year — insensitive to case, diacritics,
    Cyrillic and transliteration. Ranked: whole-word matches first, then relevance."""
    with uow:
        return uow.queries.search(text[:200], min(max(limit, 1), MAX_RESULTS))
