"""PartialDate and strict ISO date parsing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallmanager.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, parse_iso_date
from fallmanager.domain.errors import DomainError, ErrorCode

# -- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", PartialDate(2019)),
        ("2019-02", PartialDate(2019, 2)),
        ("2019-02-28", PartialDate(2019, 2, 28)),
        ("2020-02-29", PartialDate(2020, 2, 29)),
        ("1850", PartialDate(1850)),
        ("2200-12-31", PartialDate(2200, 12, 31)),
    ],
)
def test_parse_accepts_the_three_precisions(text: str, expected: PartialDate) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert (parsed.year, parsed.month, parsed.day) == (
        expected.year,
        expected.month,
        expected.day,
    )


@pytest.mark.parametrize(
    "text",
    [
        "2019-02-30",
        "2019-02-29",  # not a leap year
        "2019-04-31",
        "2019-13",
        "2019-00",
        "2019-01-00",
        "2019-01-32",
        "19",
        "219",
        "20190",
        "2019-1-5",
        "2019-01-5",
        "2019-1",
        "",
        "   ",
        "1849",
        "2201",
        "0000",
        "9999-01-01",
        "2019/01/05",
        "05.01.2019",
        "2019-01-05T00:00",
        "2019-",
        "-2019",
        "+2019",
    ],
)
def test_parse_rejects_malformed_or_impossible_dates(text: str) -> None:
    with pytest.raises(DomainError) as info:
        PartialDate.parse(text)
    assert info.value.code is ErrorCode.INVALID_DATE


@pytest.mark.parametrize("value", [None, 2019, b"2019", date(2019, 1, 1)])
def test_parse_rejects_non_strings(value: object) -> None:
    with pytest.raises(DomainError) as info:
        PartialDate.parse(value)  # type: ignore[arg-type]
    assert info.value.code is ErrorCode.INVALID_DATE


@pytest.mark.parametrize("text", ["２０１９", "٢٠١٩-٠٥", "२०१९"])
def test_parse_rejects_non_ascii_digits(text: str) -> None:
    """``YYYY`` means four ASCII digits, as in the exchange format."""
    with pytest.raises(DomainError) as info:
        PartialDate.parse(text)
    assert info.value.code is ErrorCode.INVALID_DATE


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (MIN_YEAR - 1, None, None),
        (MAX_YEAR + 1, None, None),
        (2019, None, 5),  # a day without a month
        (2019, 0, None),
        (2019, 13, None),
        (2019, 2, 29),
        (2019, 6, 31),
        (2019, 6, 0),
    ],
)
def test_constructor_validates_like_parse(year: int, month: int | None, day: int | None) -> None:
    with pytest.raises(DomainError) as info:
        PartialDate(year, month, day)
    assert info.value.code is ErrorCode.INVALID_DATE


def test_from_date_is_complete() -> None:
    value = PartialDate.from_date(date(2001, 9, 11))
    assert value == PartialDate(2001, 9, 11)
    assert value.is_complete
    assert not PartialDate(2001, 9).is_complete
    assert not PartialDate(2001).is_complete


# -- ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("2019-02", date(2019, 2, 1), date(2019, 2, 28)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2019-04", date(2019, 4, 1), date(2019, 4, 30)),
        ("2019-12", date(2019, 12, 1), date(2019, 12, 31)),
        ("2019-07-14", date(2019, 7, 14), date(2019, 7, 14)),
    ],
)
def test_earliest_and_latest(text: str, earliest: date, latest: date) -> None:
    value = PartialDate.parse(text)
    assert value.earliest() == earliest
    assert value.latest() == latest


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("1989", "1990-05", True),
        ("1990-04", "1990-05", True),
        ("1990-04-30", "1990-05", True),
        ("1990", "1990-05", False),  # overlaps
        ("1990-05", "1990-05-31", False),
        ("1990-05-31", "1990-05", False),
        ("1990-05-01", "1990-05-01", False),
        ("1990-05-01", "1990-05-02", True),
        ("1991", "1990", False),
    ],
)
def test_definitely_before(first: str, second: str, expected: bool) -> None:
    assert PartialDate.parse(first).definitely_before(PartialDate.parse(second)) is expected


def test_definitely_before_is_never_mutual() -> None:
    a, b = PartialDate.parse("1990"), PartialDate.parse("1990-06")
    assert not a.definitely_before(b)
    assert not b.definitely_before(a)


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        ("2000-03-15", date(2010, 3, 14), (9, 9)),
        ("2000-03-15", date(2010, 3, 15), (10, 10)),
        ("2000", date(2010, 6, 15), (9, 10)),
        ("2000", date(2010, 12, 31), (10, 10)),
        ("2000", date(2011, 1, 1), (10, 11)),
        ("2000-06", date(2010, 6, 15), (9, 10)),
        ("2000-06", date(2010, 7, 1), (10, 10)),
        ("2000-06", date(2010, 5, 31), (9, 9)),
        ("2010", date(2005, 1, 1), (0, 0)),  # not yet born: never negative
    ],
)
def test_age_on_gives_a_range(birth: str, on: date, expected: tuple[int, int]) -> None:
    assert PartialDate.parse(birth).age_on(on) == expected


@given(
    st.dates(min_value=date(1850, 1, 1), max_value=date(2100, 12, 31)),
    st.dates(min_value=date(1850, 1, 1), max_value=date(2200, 12, 31)),
)
def test_age_range_contains_every_possible_exact_age(born: date, on: date) -> None:
    for partial in (
        PartialDate(born.year),
        PartialDate(born.year, born.month),
        PartialDate.from_date(born),
    ):
        low, high = partial.age_on(on)
        exact = PartialDate.from_date(born).age_on(on)
        assert exact[0] == exact[1]
        assert low <= exact[0] <= high
        assert 0 <= high - low <= 1


# -- ordering ------------------------------------------------------------------------------


def test_ordering_of_complete_dates_follows_the_calendar() -> None:
    values = [PartialDate(2019, 5, 2), PartialDate(2018, 12, 31), PartialDate(2019, 5, 1)]
    assert sorted(values) == [
        PartialDate(2018, 12, 31),
        PartialDate(2019, 5, 1),
        PartialDate(2019, 5, 2),
    ]
    assert PartialDate(2019, 1, 1) < PartialDate(2019, 1, 2)
    assert PartialDate(2019) < PartialDate(2020)
    assert PartialDate(2019, 2) > PartialDate(2019, 1)


def test_unknown_part_sorts_before_known_part() -> None:
    """Documented: "an unknown part sorting before any known one"."""
    assert PartialDate(2019) < PartialDate(2019, 1)
    assert PartialDate(2019, 5) < PartialDate(2019, 5, 1)
    assert not PartialDate(2019, 1) < PartialDate(2019)


def test_sorting_mixed_precisions() -> None:
    values = [
        PartialDate(2019, 5, 3),
        PartialDate(2019),
        PartialDate(2018, 7),
        PartialDate(2019, 5),
    ]
    assert sorted(values) == [
        PartialDate(2018, 7),
        PartialDate(2019),
        PartialDate(2019, 5),
        PartialDate(2019, 5, 3),
    ]


# -- text ----------------------------------------------------------------------------------


@given(st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31)))
def test_iso_round_trip_for_every_precision(day: date) -> None:
    for value in (
        PartialDate(day.year),
        PartialDate(day.year, day.month),
        PartialDate.from_date(day),
    ):
        text = value.iso()
        assert PartialDate.parse(text) == value
        assert str(value) == text
    assert PartialDate.from_date(day).iso() == day.isoformat()


def test_iso_pads_month_and_day() -> None:
    assert PartialDate(1999, 3).iso() == "1999-03"
    assert PartialDate(1999, 3, 7).iso() == "1999-03-07"


# -- parse_iso_date ------------------------------------------------------------------------


def test_parse_iso_date_accepts_a_full_date() -> None:
    assert parse_iso_date("2024-02-29") == date(2024, 2, 29)
    assert parse_iso_date("1850-01-01") == date(1850, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2024-02-30",
        "2023-02-29",
        "2024-2-1",
        "2024-02",
        "2024",
        "20240201",
        " 2024-02-01",
        "2024-02-01 ",
        "2024-02-01\n",
        "2024-02-01T00:00",
        "1849-12-31",
        "2201-01-01",
        "２０２４-０２-０１",
        "",
    ],
)
def test_parse_iso_date_is_strict(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_iso_date(text)
    assert info.value.code is ErrorCode.INVALID_DATE


@pytest.mark.parametrize("value", [None, 20240201, date(2024, 2, 1)])
def test_parse_iso_date_rejects_non_strings(value: object) -> None:
    with pytest.raises(DomainError) as info:
        parse_iso_date(value)  # type: ignore[arg-type]
    assert info.value.code is ErrorCode.INVALID_DATE
