"""Passphrase rules and the strength hint."""

from __future__ import annotations

import string

import pytest

from fallmanager.vault.errors import WeakPassphraseError
from fallmanager.vault.passphrase import MIN_LENGTH, Strength, estimate, require_acceptable


@pytest.mark.parametrize("passphrase", ["", "a", "Xy7!Xy7!", "kurz9!Ab#"])
def test_short_passphrases_are_too_short(passphrase: str) -> None:
    result = estimate(passphrase)
    assert result.strength is Strength.TOO_SHORT
    assert result.bits == 0.0


def test_length_limit_is_inclusive() -> None:
    assert MIN_LENGTH == 10
    assert estimate("x" * 9).strength is Strength.TOO_SHORT
    assert estimate("x" * 10).strength is not Strength.TOO_SHORT


def test_repeated_characters_are_weak() -> None:
    result = estimate("aaaaaaaaaaaaaaaaaaaa")
    assert result.strength is Strength.WEAK
    assert result.bits < estimate("abcdefghijklmnopqrst").bits


def test_common_word_halves_the_estimate() -> None:
    common = estimate("Passwort7391")
    uncommon = estimate("Pazzwort7391")  # same length, classes and distinct characters
    assert common.bits == pytest.approx(uncommon.bits / 2)
    assert common.strength < uncommon.strength


def _shifted(word: str) -> str:
    """A word of the same length, character classes and repetitions, but not a common one."""
    lower, upper, digits = string.ascii_lowercase, string.ascii_uppercase, string.digits
    table = str.maketrans(
        lower + upper + digits,
        lower[7:] + lower[:7] + upper[7:] + upper[:7] + digits[7:] + digits[:7],
    )
    return word.translate(table)


@pytest.mark.parametrize("word", ["passwort", "GEHEIM", "Fallmanager", "qwertz", "123456"])
def test_common_words_are_found_in_any_case(word: str) -> None:
    with_word = "Xq7!" + word + "Zr9?"
    without = "Xq7!" + _shifted(word) + "Zr9?"
    assert estimate(with_word).bits == pytest.approx(estimate(without).bits / 2)


def test_long_mixed_passphrase_is_strong() -> None:
    result = estimate("Tr0ub4dor&3-Kaffeemühle!Zebra")
    assert result.strength is Strength.STRONG
    assert result.bits >= 80


def test_more_character_classes_give_more_bits() -> None:
    lower = estimate("korrektpferdbatterie")
    mixed = estimate("KorrektPferdBatterie")
    digits = estimate("KorrektPferdBatterie7")
    assert lower.bits < mixed.bits < digits.bits


def test_strength_levels_are_ordered() -> None:
    assert Strength.TOO_SHORT < Strength.WEAK < Strength.FAIR < Strength.GOOD < Strength.STRONG


@pytest.mark.parametrize(
    ("passphrase", "strength"),
    [
        ("abcabcabca", Strength.WEAK),  # 3 distinct letters: 6 × log2(26) ≈ 28 bits
        ("abcdefghij", Strength.WEAK),  # 10 × 4.7 = 47 bits, but "abcdef" is common
        ("kqzmvwxbnt", Strength.FAIR),  # 10 × log2(26) ≈ 47 bits
        ("kqzmvwxbntpr", Strength.FAIR),  # 12 × 4.7 ≈ 56 bits
        ("Kqzmvwxbntpr", Strength.GOOD),  # 12 × log2(52) ≈ 68 bits
    ],
)
def test_strength_thresholds(passphrase: str, strength: Strength) -> None:
    assert estimate(passphrase).strength is strength


def test_require_acceptable() -> None:
    require_acceptable("x" * MIN_LENGTH)
    require_acceptable("eine lange Passphrase")
    with pytest.raises(WeakPassphraseError) as info:
        require_acceptable("x" * (MIN_LENGTH - 1))
    assert info.value.min_length == MIN_LENGTH
    assert info.value.code == "weak_passphrase"
    with pytest.raises(WeakPassphraseError):
        require_acceptable("")
