"""Typed preferences over ``QSettings`` (Einstellungen). Nothing personal is stored here:
the settings file is not encrypted. The letterhead of printouts (the office's name and
contact, the case manager's name for the signature line) is about the office, not about a
family."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

DEFAULT_AUTO_LOCK_MINUTES = 5
DEFAULT_NOT_VISITED_DAYS = 42
#: A consent runs this many months from the day it is given, unless changed in the dialog.
DEFAULT_CONSENT_VALIDITY_MONTHS = 12
#: Minutes between automatic synchronisations with the office server; 0 switches them off.
DEFAULT_SYNC_AUTO_MINUTES = 10
MAX_SYNC_AUTO_MINUTES = 240
LANGUAGES = ("de", "en")
#: Optional layers of the genogram that the user can hide (all shown by default).
GENOGRAM_LAYERS = ("emotions", "badges", "household")


class AppSettings:
    """One typed view on the settings file; create one in the composition root and pass it on."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def at(cls, path: Path) -> AppSettings:
        """Settings in an INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_user(cls) -> AppSettings:
        return cls(
            QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "Fallmanager",
                "fallmanager",
            )
        )

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        raw = self._store.value(key, default)
        try:
            value = int(str(raw))
        except ValueError:
            return default
        return value if low <= value <= high else default

    @property
    def auto_lock_minutes(self) -> int:
        """Idle minutes before the vault locks itself (1–120)."""
        return self._int("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES, 1, 120)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._store.setValue("security/auto_lock_minutes", int(value))

    @property
    def language(self) -> str:
        raw = str(self._store.value("ui/language", "de"))
        return raw if raw in LANGUAGES else "de"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "de")

    @property
    def not_visited_days(self) -> int:
        """A family counts as "not visited" after this many days without a visit (7–365)."""
        return self._int("today/not_visited_days", DEFAULT_NOT_VISITED_DAYS, 7, 365)

    @not_visited_days.setter
    def not_visited_days(self, value: int) -> None:
        self._store.setValue("today/not_visited_days", int(value))

    @property
    def consent_validity_months(self) -> int:
        """How long a consent runs from the day it is given, in months (1–60)."""
        return self._int("consent/validity_months", DEFAULT_CONSENT_VALIDITY_MONTHS, 1, 60)

    @consent_validity_months.setter
    def consent_validity_months(self, value: int) -> None:
        self._store.setValue("consent/validity_months", int(value))

    @property
    def sync_auto_minutes(self) -> int:
        """Minutes between automatic synchronisations with the office server (0 = off)."""
        return self._int("sync/auto_minutes", DEFAULT_SYNC_AUTO_MINUTES, 0, MAX_SYNC_AUTO_MINUTES)

    @sync_auto_minutes.setter
    def sync_auto_minutes(self, value: int) -> None:
        self._store.setValue("sync/auto_minutes", int(value))

    @property
    def vault_path(self) -> Path | None:
        """The vault folder if the user chose one; ``None`` means the default location."""
        raw = str(self._store.value("vault/path", "") or "")
        return Path(raw) if raw else None

    @vault_path.setter
    def vault_path(self, value: Path | None) -> None:
        self._store.setValue("vault/path", str(value) if value else "")

    @property
    def window_geometry(self) -> bytes:
        value = self._store.value("ui/window_geometry", b"")
        return bytes(value) if isinstance(value, bytes | bytearray) else b""

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._store.setValue("ui/window_geometry", value)

    def _text(self, key: str, limit: int) -> str:
        raw = self._store.value(key, "")
        return str(raw or "")[:limit]

    @property
    def office_name(self) -> str:
        """The office's name at the top of printouts (Briefkopf), e.g. "Stadt Musterstadt –
        Fallmanagement"."""
        return self._text("printing/office_name", 200)

    @office_name.setter
    def office_name(self, value: str) -> None:
        self._store.setValue("printing/office_name", value.strip()[:200])

    @property
    def office_contact(self) -> str:
        """The office's contact below its name: address, phone, e-mail (one per line)."""
        return self._text("printing/office_contact", 1000)

    @office_contact.setter
    def office_contact(self, value: str) -> None:
        lines = (line.strip() for line in value.replace("\r\n", "\n").split("\n"))
        text = "\n".join(line for line in lines if line)
        self._store.setValue("printing/office_contact", text[:1000])

    @property
    def case_manager_name(self) -> str:
        """The case manager's name under the signature line of a printed help plan (the
        user's own name, not a family's)."""
        return self._text("printing/case_manager_name", 200)

    @case_manager_name.setter
    def case_manager_name(self, value: str) -> None:
        self._store.setValue("printing/case_manager_name", value.strip()[:200])

    @property
    def organiser_email(self) -> str:
        """The office's e-mail address as organiser of case conference invitations (.ics)."""
        return self._text("printing/organiser_email", 254)

    @organiser_email.setter
    def organiser_email(self, value: str) -> None:
        self._store.setValue("printing/organiser_email", value.strip()[:254])

    def genogram_shows(self, layer: str) -> bool:
        """Whether an optional genogram layer (see ``GENOGRAM_LAYERS``) is shown."""
        raw = self._store.value(f"genogram/show_{layer}", True)
        return str(raw).lower() not in ("false", "0", "no")

    def set_genogram_shows(self, layer: str, shown: bool) -> None:
        if layer not in GENOGRAM_LAYERS:
            raise ValueError(layer)
        self._store.setValue(f"genogram/show_{layer}", bool(shown))

    def sync(self) -> None:
        self._store.sync()
