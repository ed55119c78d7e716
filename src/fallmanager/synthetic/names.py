"""Invented names of the target group and the spellings they take in German paperwork.

The families come from Kosovo, Albania, Serbia, Bosnia and Herzegovina and North Macedonia,
many of them Roma. The pools of common given and family names, places, nationalities and
languages per group are in ``data/names.json``: Latin names with their diacritics (č ć đ š ž ë
ç), Serbian ones in Latin script and Macedonian ones in Cyrillic, from which the other script
is derived. The helpers below give the spellings that appear on a Duldung paper, in a
passport, in a school register or in Cyrillic. Every full name the generator builds is a random
combination of common names, never a real person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

# --- Transliteration ----------------------------------------------------------------------

_ASCII = str.maketrans(
    {
        "č": "c", "ć": "c", "đ": "dj", "š": "s", "ž": "z", "ë": "e", "ç": "c",
        "Č": "C", "Ć": "C", "Đ": "Dj", "Š": "S", "Ž": "Z", "Ë": "E", "Ç": "C",
    }
)  # fmt: skip


def to_ascii(name: str) -> str:
    """The spelling of an office that drops diacritics: "Đorđević" → "Djordjevic"."""
    return name.translate(_ASCII)


def drop_diacritics_bare(name: str) -> str:
    """A sloppier spelling that also reduces "đ" to "d": "Đorđević" → "Dordevic"."""
    return to_ascii(name.replace("đ", "d").replace("Đ", "D"))


def germanise_albanian(name: str) -> str:
    """Albanian "sh" as German "sch" (a frequent school register spelling): "Shala" → "Schala"."""
    return name.replace("Sh", "Sch").replace("sh", "sch")


_SR_DIGRAPHS = {"Lj": "Љ", "LJ": "Љ", "lj": "љ", "Nj": "Њ", "NJ": "Њ", "nj": "њ", "Dž": "Џ",
                "DŽ": "Џ", "dž": "џ"}  # fmt: skip
_SR_LETTERS = {
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж", "z": "з",
    "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
    "s": "с", "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш",
}  # fmt: skip


def serbian_to_cyrillic(name: str) -> str:
    """Serbian Latin to Serbian Cyrillic: "Đorđević" → "Ђорђевић", "Ljiljana" → "Љиљана".

    Raises ``ValueError`` for a letter outside the Serbian Latin alphabet.
    """
    out = []
    i = 0
    while i < len(name):
        pair = name[i : i + 2]
        if pair in _SR_DIGRAPHS:
            out.append(_SR_DIGRAPHS[pair])
            i += 2
            continue
        ch = name[i]
        lower = ch.lower()
        if lower in _SR_LETTERS:
            mapped = _SR_LETTERS[lower]
            out.append(mapped.upper() if ch.isupper() else mapped)
        elif ch.isalpha():
            raise ValueError(f"not a Serbian Latin letter: {ch!r} in {name!r}")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_MK_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ж": "ž", "з": "z",
    "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj", "у": "u", "ф": "f", "х": "h",
    "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
#: The official romanisation used in Macedonian passports (ж zh, ч ch, џ dj, ш sh).
_MK_PASSPORT = {**_MK_LATIN, "ж": "zh", "ч": "ch", "џ": "dj", "ш": "sh"}


def _macedonian_latin(name: str, table: dict[str, str]) -> str:
    out = []
    for ch in name:
        lower = ch.lower()
        if lower in table:
            mapped = table[lower]
            out.append(mapped[0].upper() + mapped[1:] if ch.isupper() else mapped)
        elif ch.isalpha():
            raise ValueError(f"not a Macedonian Cyrillic letter: {ch!r} in {name!r}")
        else:
            out.append(ch)
    return "".join(out)


def macedonian_to_latin(name: str) -> str:
    """Macedonian Cyrillic to Latin with diacritics: "Ѓорѓиевски" → "Gjorgjievski"."""
    return _macedonian_latin(name, _MK_LATIN)


def macedonian_passport_latin(name: str) -> str:
    """Macedonian Cyrillic as in a passport: "Петрушевски" → "Petrushevski"."""
    return _macedonian_latin(name, _MK_PASSPORT)


def macedonian_feminine(surname: str) -> str:
    """The female form of a Macedonian family name (Cyrillic): -ски → -ска, -ов/-ев → -ова/-ева."""
    if surname.endswith("ски"):
        return surname[:-1] + "а"
    if surname.endswith(("ов", "ев")):
        return surname + "а"
    return surname


# --- Name entries -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name in its primary Latin spelling, with its Cyrillic spelling where one exists."""

    latin: str
    cyrillic: str | None = None
    macedonian: bool = False  # the Cyrillic spelling is Macedonian (not Serbian)


@dataclass(frozen=True, slots=True)
class Surname:
    """A family name in its male and female form (they differ in Macedonian)."""

    male: NameForm
    female: NameForm

    def for_female(self, female: bool) -> NameForm:
        return self.female if female else self.male


@dataclass(frozen=True, slots=True)
class Origin:
    """A group of the target population: names, places, documents and languages."""

    key: str
    label: str  # German, for descriptions: "aus dem Kosovo"
    roma: bool
    cyrillic: bool  # names have a Serbian or Macedonian Cyrillic spelling
    albanian_spelling: bool
    macedonian: bool
    surnames: tuple[Surname, ...]
    male: tuple[NameForm, ...]
    female: tuple[NameForm, ...]
    weight: int  # share of the families
    country: str  # country of birth of those born there
    birth_places: tuple[str, ...]
    nationalities: tuple[tuple[tuple[str, ...], int], ...]  # options with weights
    languages: tuple[tuple[str, ...], ...]  # first language first
    interpreter_languages: tuple[str, ...]


def _forms(names: list[str], script: str) -> tuple[NameForm, ...]:
    """Name forms from the data file: Latin names, Serbian Latin or Macedonian Cyrillic."""
    if script == "serbian":
        return tuple(NameForm(n, serbian_to_cyrillic(n)) for n in names)
    if script == "macedonian":
        return tuple(NameForm(macedonian_to_latin(n), n, macedonian=True) for n in names)
    return tuple(NameForm(n) for n in names)


def _surnames(names: list[str], script: str) -> tuple[Surname, ...]:
    if script != "macedonian":
        return tuple(Surname(form, form) for form in _forms(names, script))
    return tuple(
        Surname(male, female)
        for male, female in zip(
            _forms(names, script),
            _forms([macedonian_feminine(n) for n in names], script),
            strict=True,
        )
    )


def _origin(raw: dict[str, Any]) -> Origin:
    script = raw["script"]
    return Origin(
        key=raw["key"],
        label=raw["label"],
        roma=raw["roma"],
        cyrillic=script != "latin",
        albanian_spelling=raw["albanian_spelling"],
        macedonian=script == "macedonian",
        surnames=_surnames(raw["surnames"], script),
        male=_forms(raw["male"], script),
        female=_forms(raw["female"], script),
        weight=raw["weight"],
        country=raw["country"],
        birth_places=tuple(raw["birth_places"]),
        nationalities=tuple((tuple(n["codes"]), n["weight"]) for n in raw["nationalities"]),
        languages=tuple(tuple(languages) for languages in raw["languages"]),
        interpreter_languages=tuple(raw["interpreter_languages"]),
    )


_DATA = json.loads(
    resources.files("fallmanager.synthetic").joinpath("data/names.json").read_text("utf-8")
)

#: The groups of the target population, each with its share of the families.
ORIGINS: tuple[Origin, ...] = tuple(_origin(raw) for raw in _DATA["origins"])

#: Given names of children born in Germany in recent years, common to all groups.
MODERN_MALE = _forms(_DATA["modern_given_names"]["male"], "serbian")
MODERN_FEMALE = _forms(_DATA["modern_given_names"]["female"], "serbian")

#: German names for case managers and the staff of the network.
GERMAN_FEMALE: tuple[str, ...] = tuple(_DATA["german_names"]["female"])
GERMAN_MALE: tuple[str, ...] = tuple(_DATA["german_names"]["male"])
GERMAN_SURNAMES: tuple[str, ...] = tuple(_DATA["german_names"]["surnames"])
