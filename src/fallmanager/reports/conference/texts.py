"""The fixed texts of the consent form and the case conference's printouts.

They live in ``resources/conference/fixed_texts.json`` in the same languages as the help
plan's (German, English, Albanian, Serbian in Latin and Cyrillic script, Bosnian,
Macedonian); every non-English translation is marked for a professional check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fallmanager.domain.case_conference import ConferenceStatus
from fallmanager.domain.consent import ConsentForm, ConsentPurpose, ConsentStatus, DataCategory
from fallmanager.reports.dates import german_date
from fallmanager.reports.help_plan.texts import FixedTexts

#: The legal basis of sharing under a consent, cited the same way in every language.
LEGAL_BASIS = "Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a DSGVO; § 67b SGB X"

#: Languages whose nouns after a number take three forms (one, few, many).
_SLAVIC = ("sr-Latn", "sr-Cyrl", "bs", "mk")


@dataclass(frozen=True, slots=True)
class ConferenceTexts(FixedTexts):
    """Fixed texts of the consent and conference documents in one language."""

    resource: str = "conference"

    def category(self, category: DataCategory) -> str:
        """The data category in plain words ("Schule und Ausbildung")."""
        return self.get("categories", category.value)

    def category_help(self, category: DataCategory) -> str:
        """What a data category covers, for the consent form."""
        return self.get("category_help", category.value)

    def categories(self, categories: tuple[DataCategory, ...]) -> str:
        return ", ".join(self.category(c) for c in categories)

    def purpose(self, purpose: ConsentPurpose) -> str:
        return self.get("purposes", purpose.value)

    def purpose_help(self, purpose: ConsentPurpose) -> str:
        return self.get("purpose_help", purpose.value)

    def consent_form(self, form: ConsentForm) -> str:
        return self.get("consent_form", form.value)

    def consent_status(self, status: ConsentStatus) -> str:
        return self.get("consent_status", status.value)

    def conference_status(self, status: ConferenceStatus) -> str:
        return self.get("conference_status", status.value)

    def weekday(self, day: date) -> str:
        return self.get("weekdays", str(day.weekday()))

    def long_date(self, day: date) -> str:
        """ "Freitag, 12.03.2027" — the date as every document prints it, with the weekday."""
        return f"{self.weekday(day)}, {german_date(day)}"

    def time_range(self, start: datetime, end: datetime) -> str:
        return self.fill("header", "time_range", start=f"{start:%H:%M}", end=f"{end:%H:%M}")

    def valid_for_months(self, months: int) -> str:
        """ "Die Einwilligung gilt 12 Monate ab dem Tag der Unterschrift." with the plural
        form the language needs after the number."""
        return self.fill("consent", _months_key(self.language, months), months=str(months))


def _months_key(language: str, months: int) -> str:
    if language in _SLAVIC:
        if months % 10 == 1 and months % 100 != 11:
            return "valid_months_one"
        if 2 <= months % 10 <= 4 and not 12 <= months % 100 <= 14:
            return "valid_months_few"
        return "valid_months"
    return "valid_months_one" if months == 1 else "valid_months"


GERMAN = ConferenceTexts("de")
