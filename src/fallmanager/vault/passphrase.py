"""Passphrase rules and a simple strength estimate for the hint shown while typing."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

from fallmanager.vault.errors import WeakPassphraseError

MIN_LENGTH = 10

_COMMON = {
    "passwort", "password", "geheim", "fallmanager", "sozialamt", "qwertz", "qwerty",
    "123456", "12345678", "1234567890", "abcdef", "hallo", "willkommen", "sommer", "winter",
}  # fmt: skip


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    strength: Strength
    bits: float


def estimate(passphrase: str) -> StrengthEstimate:
    """A rough entropy estimate: character pool × length, penalised for common words."""
    if len(passphrase) < MIN_LENGTH:
        return StrengthEstimate(Strength.TOO_SHORT, 0.0)
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 30
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        bits /= 2
    if bits < 40:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return StrengthEstimate(strength, bits)


def require_acceptable(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphraseError(MIN_LENGTH)
