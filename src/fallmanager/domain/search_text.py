"""Text folding for search: case, diacritics, Cyrillic and common transliterations.

The same person appears as "Đorđević", "Djordjevic", "Dordevic" and "Ђорђевић". Search folds
every name and every query to one canonical form, so that all of these meet:

1. Unicode compatibility normalisation and case folding;
2. Serbian / Macedonian Cyrillic to Latin (ђ → đ, џ → dž, ќ → ḱ …);
3. letters without a decomposition to their base (đ → d, ß → ss, ł → l …);
4. removal of all remaining diacritics (ë → e, č → c, ç → c);
5. digraphs that spell one sound to one letter: dj → d, sh → s, zh → z, ch → c,
   xh → dz (Albanian), gj → g, kj → k (Macedonian Latin), repeated until none is left.

Latin and Cyrillic text folds to ASCII letters; digits of any script become ASCII digits.
Letters of other scripts (Greek, Arabic …) are kept, lower-cased and without marks, so names
written in them remain searchable. Both sides pass through the same function, so a prefix
typed so far ("djor", "dor", "ђор") matches the folded name ("dordevic").
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
    # Macedonian
    "ѓ": "ǵ", "ќ": "ḱ", "ѕ": "dz",
    # Russian, Ukrainian, Bulgarian letters that occur in documents
    "й": "j", "ы": "y", "э": "e", "ю": "ju", "я": "ja", "ё": "e", "щ": "šč", "ъ": "",
    "ь": "", "є": "je", "і": "i", "ї": "ji", "ґ": "g",
}  # fmt: skip

_BASE_LETTERS = str.maketrans(
    {
        "đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t",
        "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ŋ": "n", "ĸ": "k",
        # modifier-letter apostrophes and primes (ŉ → ʼn) separate like an apostrophe
        "ʼ": "'", "ʻ": "'", "ʹ": "'", "ʺ": "'",
    }
)  # fmt: skip

_SPELLING_LETTERS = str.maketrans({"đ": "dj", "ð": "dj", "ł": "l", "ß": "ss", "ø": "o", "æ": "ae"})

_DIGRAPHS = re.compile(r"dj|sh|zh|ch|xh|gj|kj")
_DIGRAPH_MAP = {"dj": "d", "sh": "s", "zh": "z", "ch": "c", "xh": "dz", "gj": "g", "kj": "k"}
_TOKEN_SPLIT = re.compile(r"[\W_]+")


def _cyrillic_to_latin(value: str) -> str:
    return "".join(_CYRILLIC.get(ch, ch) for ch in value)


def _plain(ch: str) -> str:
    if ch.isdecimal() and not ch.isascii():
        return str(unicodedata.decimal(ch))
    return "" if unicodedata.combining(ch) else ch


def fold(text: str) -> str:
    """The canonical search form of ``text``; folding it again changes nothing."""
    value = _cyrillic_to_latin(unicodedata.normalize("NFKC", text).casefold())
    # Letters with a mark on a Cyrillic base (ѝ, ѐ, ў) decompose only now.
    value = _cyrillic_to_latin(unicodedata.normalize("NFKD", value)).translate(_BASE_LETTERS)
    value = "".join(_plain(ch) for ch in unicodedata.normalize("NFKD", value))
    while True:  # "ddjj" → "ddj" → "dd": a replacement can form a new digraph
        folded = _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group(0)], value)
        if folded == value:
            return folded
        value = folded


def spelling_tokens(text: str) -> list[str]:
    """Tokens that keep the spelling, short of case and marks: "Đorđević" → "djordjevic".

    Search matches on :func:`fold`, which also equates "dordevic"; ranking prefers hits whose
    spelling the query follows, so "djor" lists Đorđević before Dorentina.
    """
    value = _cyrillic_to_latin(unicodedata.normalize("NFKC", text).casefold())
    value = _cyrillic_to_latin(unicodedata.normalize("NFKD", value)).translate(_SPELLING_LETTERS)
    value = "".join(_plain(ch) for ch in unicodedata.normalize("NFKD", value))
    return [t for t in _TOKEN_SPLIT.split(value) if t]


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text``; hyphens and apostrophes split name parts."""
    return [t for t in _TOKEN_SPLIT.split(fold(text)) if t]


def name_key(given_names: str, family_name: str) -> str:
    """A key equal for the same name in any spelling and in either order of its parts.

    Authorities often swap given and family names; sorting the folded parts catches that.
    """
    return " ".join(sorted(tokens(f"{given_names} {family_name}")))
