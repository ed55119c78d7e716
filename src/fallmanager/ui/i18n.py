"""Loading and switching the UI language (German source texts, English translation)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_PACKAGE = "fallmanager.translations"


def qm_path(language: str) -> Path:
    return Path(str(resources.files(TRANSLATIONS_PACKAGE) / f"fallmanager_{language}.qm"))


class LanguageSwitcher:
    """Installs the translators for one language; switching emits ``LanguageChange`` events,
    on which every widget re-runs its ``retranslate_ui``."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "de"

    def uninstall(self) -> None:
        """Remove this switcher's translators from the application."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()

    def apply(self, language: str) -> None:
        self.uninstall()
        locale = QLocale(
            QLocale.Language.English if language == "en" else QLocale.Language.German,
            QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Germany,
        )
        QLocale.setDefault(locale)
        if language != "de":
            own = QTranslator(self._app)
            if own.load(str(qm_path(language))):
                self._app.installTranslator(own)
                self._translators.append(own)
        qt = QTranslator(self._app)
        if qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._app.installTranslator(qt)
            self._translators.append(qt)
        self.language = language
