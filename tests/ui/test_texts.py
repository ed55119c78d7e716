"""Every code and enum the domain returns has a translated text."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil

import pytest

from fallmanager import domain
from fallmanager.domain.errors import DomainError, DomainWarning, ErrorCode, WarningCode
from fallmanager.domain.people import PassportStatus, Sex
from fallmanager.domain.sync import OpKind, Outcome, RejectReason
from fallmanager.ui import texts
from fallmanager.ui.i18n import LanguageSwitcher

#: Enums shown through other tables (error texts) or never shown as a label.
# Codes of the sync protocol: the desktop shows sentences for outcomes, never these codes.
_NOT_LABELS = {
    ErrorCode,
    WarningCode,
    domain.views.HitKind,
    OpKind,
    Outcome,
    RejectReason,
}


def _domain_enums() -> list[type[enum.Enum]]:
    found = []
    for module_info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"fallmanager.domain.{module_info.name}")
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, enum.Enum)
                and value.__module__ == module.__name__
                and value not in _NOT_LABELS
            ):
                found.append(value)
    return found


@pytest.mark.parametrize("kind", _domain_enums(), ids=lambda k: k.__name__)
def test_every_enum_value_has_a_label(kind: type[enum.Enum]) -> None:
    assert [m for m in kind if not texts.has_label(m)] == []


def test_equal_string_values_of_different_enums_keep_their_own_label(qapp: object) -> None:
    assert Sex.UNKNOWN == PassportStatus.UNKNOWN  # StrEnum: equal as strings …
    assert texts.label(Sex.UNKNOWN) == "unbekannt"
    assert texts.label(PassportStatus.UNKNOWN) == "unbekannt"
    assert texts.label(PassportStatus.NONE) == "kein Pass"  # … but looked up per type


def test_every_error_and_warning_code_has_a_sentence(qapp: object) -> None:
    generic = texts.error_text(DomainError(ErrorCode.REQUIRED, None))
    for code in ErrorCode:
        text = texts.error_text(DomainError(code, None))
        assert text and (text != generic or code is ErrorCode.REQUIRED)
    for code in WarningCode:
        assert texts.warning_text(DomainWarning(code)) != code.value


def test_labels_follow_the_language(qapp: object) -> None:
    switcher = LanguageSwitcher(qapp)  # type: ignore[arg-type]
    try:
        switcher.apply("en")
        assert texts.label(Sex.FEMALE) == "female"
        assert texts.error_text(DomainError(ErrorCode.OWN_ANCESTOR, None)).startswith("This would")
    finally:
        switcher.apply("de")
    try:
        assert texts.label(Sex.FEMALE) == "weiblich"
    finally:
        switcher.uninstall()  # leave no translator behind for other tests
