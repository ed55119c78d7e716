"""Country and language codes as the records use them."""

from __future__ import annotations

import re

#: ISO 3166-1 alpha-2 (including user-assigned codes such as XK for Kosovo), or the two
#: states an identity often has in this work: unclear (ungeklärt) and stateless (staatenlos).
COUNTRY_PATTERN = r"[A-Z]{2}|UNCLEAR|STATELESS"
#: ISO 639 language code, optionally with a script subtag (``sr-Cyrl``).
LANGUAGE_PATTERN = r"[a-z]{2,3}(-[A-Z][a-z]{3})?"

_COUNTRY_RE = re.compile(COUNTRY_PATTERN)
_LANGUAGE_RE = re.compile(LANGUAGE_PATTERN)


def is_country_code(value: str) -> bool:
    return _COUNTRY_RE.fullmatch(value) is not None


def is_language_code(value: str) -> bool:
    return _LANGUAGE_RE.fullmatch(value) is not None
