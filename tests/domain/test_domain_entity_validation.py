"""Field-level validation shared by every record (lengths, blanks, control characters …)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from fallmanager.domain.codes import is_country_code, is_language_code
from fallmanager.domain.education_work import Employment
from fallmanager.domain.entity import LINE, SHORT, field_specs, new_id
from fallmanager.domain.errors import DomainError, ErrorCode, NotFoundError
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person
from fallmanager.domain.visits import CaseNote, Visit

FAMILY = uuid.UUID("00000000-0000-4000-8000-000000000001")
PERSON = uuid.UUID("00000000-0000-4000-8000-000000000002")


@contextmanager
def domain_error(code: ErrorCode, field: str | None) -> Iterator[None]:
    with pytest.raises(DomainError) as info:
        yield
    assert info.value.code is code, info.value
    assert info.value.field == field, info.value


# -- DomainError ----------------------------------------------------------------------------


def test_domain_error_carries_code_field_and_params() -> None:
    error = DomainError(ErrorCode.TOO_LONG, "name", max_len=200)
    assert error.code is ErrorCode.TOO_LONG
    assert error.field == "name"
    assert error.params == {"max_len": 200}
    assert str(error) == "too_long [name] (max_len=200)"
    assert str(DomainError(ErrorCode.REQUIRED)) == "required"


def test_not_found_error_is_a_domain_error() -> None:
    some_id = uuid.uuid4()
    error = NotFoundError("person", some_id)
    assert isinstance(error, DomainError)
    assert error.code is ErrorCode.NOT_FOUND
    assert error.params == {"entity": "person", "id": str(some_id)}
    assert error.entity_id == some_id


def test_new_ids_are_random_v4() -> None:
    ids = {new_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(i.version == 4 for i in ids)
    assert Actor(name="A").id != Actor(name="A").id


# -- required and length --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", " ", "   ", "\u3000"])
def test_required_text_must_not_be_blank(name: str) -> None:
    with domain_error(ErrorCode.REQUIRED, "name"):
        Actor(name=name)


def test_required_text_without_value_is_required() -> None:
    with domain_error(ErrorCode.REQUIRED, "employer"):
        Employment(person_id=PERSON)


def test_max_length_is_inclusive() -> None:
    assert Actor(name="x" * SHORT).name == "x" * SHORT
    with pytest.raises(DomainError) as info:
        Actor(name="x" * (SHORT + 1))
    assert info.value.code is ErrorCode.TOO_LONG
    assert info.value.field == "name"
    assert info.value.params == {"max_len": SHORT}


def test_max_length_of_a_short_field() -> None:
    Actor(name="A", phone="1" * 60)
    with domain_error(ErrorCode.TOO_LONG, "phone"):
        Actor(name="A", phone="1" * 61)


def test_length_counts_characters_not_bytes() -> None:
    name = "Đ" * SHORT
    assert len(name.encode()) > SHORT
    assert Actor(name=name).name == name


def test_too_long_is_reported_before_blank() -> None:
    with domain_error(ErrorCode.TOO_LONG, "name"):
        Actor(name=" " * (SHORT + 1))


def test_none_in_a_non_optional_field_is_required() -> None:
    with domain_error(ErrorCode.REQUIRED, "kind"):
        Actor(name="A", kind=None)  # type: ignore[arg-type]


# -- control characters ----------------------------------------------------------------------


@pytest.mark.parametrize("ch", ["\n", "\r", "\t", "\x00", "\x07", "\x1b", "\x1f", "\x7f"])
def test_single_line_fields_reject_control_characters(ch: str) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "name"):
        Actor(name=f"Caritas{ch}Münster")


@pytest.mark.parametrize("ch", ["\x85", "\x9b"])
def test_single_line_fields_reject_c1_control_characters(ch: str) -> None:
    """NEL (a line break) and CSI (a terminal escape) are control characters too."""
    with domain_error(ErrorCode.INVALID_VALUE, "name"):
        Actor(name=f"Caritas{ch}Münster")


def test_multiline_fields_allow_newline_tab_and_carriage_return() -> None:
    notes = "Erste Zeile\nzweite Zeile\r\n\tEingerückt"
    assert Actor(name="A", notes=notes).notes == notes


@pytest.mark.parametrize("ch", ["\x00", "\x08", "\x0b", "\x0c", "\x1b", "\x7f"])
def test_multiline_fields_reject_other_control_characters(ch: str) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "notes"):
        Actor(name="A", notes=f"Zeile{ch}Zeile")


def test_labels_are_single_line_texts() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "topics"):
        Visit(family_id=FAMILY, occurred_at=datetime(2024, 5, 1, 10), topics=("a\nb",))


def test_label_length_is_checked_per_item() -> None:
    family = FamilyFile(case_number="2026-0001", opened_on=date(2026, 1, 1))
    FamilyFile(case_number="2026-0001", opened_on=date(2026, 1, 1), warnings=("x" * LINE,))
    assert family.warnings == ()
    with domain_error(ErrorCode.TOO_LONG, "warnings"):
        FamilyFile(
            case_number="2026-0001", opened_on=date(2026, 1, 1), warnings=("x" * (LINE + 1),)
        )


def test_unicode_text_is_accepted() -> None:
    actor = Actor(name="Ђорђевић – Šabani (Ëmine)", city="Münster")
    assert actor.name.startswith("Ђорђевић")


# -- datetimes and floats -------------------------------------------------------------------


@pytest.mark.parametrize("tz", [UTC, timezone(timedelta(hours=2))])
def test_datetime_with_timezone_is_rejected(tz: timezone) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "occurred_at"):
        Visit(family_id=FAMILY, occurred_at=datetime(2024, 5, 1, 10, 0, tzinfo=tz))


def test_datetime_with_microseconds_is_rejected() -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "written_at"):
        CaseNote(family_id=FAMILY, written_at=datetime(2024, 5, 1, 10, 0, 0, 1), text="x")


def test_naive_datetime_to_the_second_is_accepted() -> None:
    visit = Visit(family_id=FAMILY, occurred_at=datetime(2024, 5, 1, 10, 0, 59))
    assert visit.occurred_at.second == 59


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_floats_are_rejected(value: float) -> None:
    with domain_error(ErrorCode.INVALID_VALUE, "hours_per_week"):
        Employment(person_id=PERSON, employer="Bäckerei", hours_per_week=value)


# -- codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "codes", [("DE",), ("XK",), ("UNCLEAR",), ("STATELESS",), ("RS", "XK", "MK", "AL", "DE")]
)
def test_valid_nationalities(codes: tuple[str, ...]) -> None:
    assert Person(family_name="Berisha", nationalities=codes).nationalities == codes


@pytest.mark.parametrize(
    "code", ["xk", "DEU", "D", "", "Xk", "unclear", "STATELOS", "DE ", " DE", "D1", "DE\n"]
)
def test_invalid_nationalities(code: str) -> None:
    with pytest.raises(DomainError) as info:
        Person(family_name="Berisha", nationalities=(code,))
    assert info.value.field == "nationalities"
    # A newline is already caught as a control character; everything else as a code.
    expected = ErrorCode.INVALID_VALUE if "\n" in code else ErrorCode.INVALID_CODE
    assert info.value.code is expected


@pytest.mark.parametrize("codes", [("sq",), ("rom",), ("sr-Cyrl",), ("de", "sq", "mk")])
def test_valid_languages(codes: tuple[str, ...]) -> None:
    assert Person(family_name="Berisha", languages=codes).languages == codes


@pytest.mark.parametrize(
    "code", ["SQ", "s", "abcd", "sr-cyrl", "sr-CYRL", "sr-Cyr", "sr_Cyrl", "de-DE", "sq "]
)
def test_invalid_languages(code: str) -> None:
    with domain_error(ErrorCode.INVALID_CODE, "languages"):
        Person(family_name="Berisha", languages=(code,))


def test_code_helpers_agree_with_patterns() -> None:
    assert is_country_code("XK")
    assert is_country_code("STATELESS")
    assert not is_country_code("DEU")
    assert not is_country_code("UNCLEARX")
    assert is_language_code("sr-Cyrl")
    assert not is_language_code("sr-Cyrl-RS")


def test_tuple_max_items() -> None:
    five = ("DE", "RS", "XK", "MK", "AL")
    assert len(Person(family_name="B", nationalities=five).nationalities) == 5
    with pytest.raises(DomainError) as info:
        Person(family_name="B", nationalities=(*five, "TR"))
    assert info.value.code is ErrorCode.TOO_LONG
    assert info.value.field == "nationalities"
    assert info.value.params == {"max_items": 5}


def test_tuple_max_items_of_labels() -> None:
    topics = tuple(f"Thema {i}" for i in range(30))
    Visit(family_id=FAMILY, occurred_at=datetime(2024, 5, 1, 10), topics=topics)
    with domain_error(ErrorCode.TOO_LONG, "topics"):
        Visit(family_id=FAMILY, occurred_at=datetime(2024, 5, 1, 10), topics=(*topics, "x"))


# -- field specifications --------------------------------------------------------------------


def test_field_specs_describe_person() -> None:
    specs = {spec.name: spec for spec in field_specs(Person)}
    assert specs["id"].kind == "uuid"
    assert specs["birth_date"].kind == "partial_date"
    assert specs["birth_date"].optional
    assert specs["sex"].kind == "enum"
    assert specs["nationalities"].kind == "tuple"
    assert specs["nationalities"].item_kind == "str"
    assert specs["nationalities"].max_items == 5
    assert specs["notes"].multiline
    assert not specs["given_names"].multiline
    assert specs["given_names"].max_len == SHORT
    assert specs["identity_clarified"].kind == "bool"
    assert specs["identity_clarified"].optional


def test_field_specs_describe_references() -> None:
    specs = {spec.name: spec for spec in field_specs(Visit)}
    assert specs["family_id"].ref == "family_file"
    assert not specs["family_id"].has_default
    assert specs["present_person_ids"].item_kind == "uuid"
    assert specs["present_person_ids"].ref == "person"
    assert specs["occurred_at"].kind == "datetime"
    assert specs["duration_minutes"].kind == "int"


def test_every_record_starts_with_its_id() -> None:
    for cls in ENTITY_TYPES:
        specs = field_specs(cls)
        assert specs[0].name == "id", cls
        assert specs[0].has_default, cls
        assert len({s.name for s in specs}) == len(specs), cls


def test_records_are_frozen() -> None:
    actor = Actor(name="A")
    with pytest.raises(AttributeError):
        actor.name = "B"  # type: ignore[misc]
