"""Hybrid logical clock: monotonic per device, ahead of everything it has seen."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallmanager.domain.clock import MAX_COUNTER, HlcTimestamp, HybridLogicalClock

DEVICE = "0f0e0d0c-0b0a-4909-8807-060504030201"
REMOTE = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"


def clock_with(*values: int) -> HybridLogicalClock:
    """A clock whose wall clock reads ``values`` one after the other, then the last one."""
    readings = list(values)

    def read() -> int:
        return readings.pop(0) if len(readings) > 1 else readings[0]

    return HybridLogicalClock(DEVICE, read)


def test_tick_uses_the_physical_clock_when_it_advances() -> None:
    clock = clock_with(1_000, 2_000)
    assert clock.tick() == HlcTimestamp(1_000, 0, DEVICE)
    assert clock.tick() == HlcTimestamp(2_000, 0, DEVICE)


def test_counter_increments_while_the_clock_stands_still() -> None:
    clock = clock_with(5_000)
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == [HlcTimestamp(5_000, i, DEVICE) for i in range(4)]


def test_clock_going_backwards_never_moves_timestamps_back() -> None:
    clock = clock_with(10_000, 9_000, 3_000, 10_000, 10_001)
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == [
        HlcTimestamp(10_000, 0, DEVICE),
        HlcTimestamp(10_000, 1, DEVICE),
        HlcTimestamp(10_000, 2, DEVICE),
        HlcTimestamp(10_000, 3, DEVICE),
        HlcTimestamp(10_001, 0, DEVICE),
    ]


@given(st.lists(st.integers(0, 10**13), min_size=1, max_size=50))
def test_ticks_are_strictly_increasing_under_any_wall_clock(readings: list[int]) -> None:
    values = iter(readings)
    clock = HybridLogicalClock(DEVICE, lambda: next(values))
    stamps = [clock.tick() for _ in readings]
    assert all(a < b for a, b in pairwise(stamps))
    assert all(a.encode() < b.encode() for a, b in pairwise(stamps))
    assert stamps[-1].wall_ms >= max(readings)


def test_counter_overflow_moves_the_logical_wall_on() -> None:
    clock = HybridLogicalClock(DEVICE, lambda: 7_000, last=HlcTimestamp(7_000, MAX_COUNTER, DEVICE))
    stamp = clock.tick()
    assert stamp == HlcTimestamp(7_001, 0, DEVICE)
    assert clock.tick() == HlcTimestamp(7_001, 1, DEVICE)


def test_clock_resumes_after_the_last_persisted_timestamp() -> None:
    last = HlcTimestamp(50_000, 7, DEVICE)
    clock = HybridLogicalClock(DEVICE, lambda: 40_000, last=last)
    assert clock.last == last
    assert clock.tick() == HlcTimestamp(50_000, 8, DEVICE)


def test_observe_remote_from_the_future() -> None:
    clock = clock_with(1_000)
    clock.tick()
    remote = HlcTimestamp(9_000_000, 5, REMOTE)
    merged = clock.observe(remote)
    assert merged > remote
    assert merged == HlcTimestamp(9_000_000, 6, DEVICE)
    assert clock.tick() > merged  # local clock still at 1000 ms


def test_observe_remote_from_the_past_keeps_local_time() -> None:
    clock = clock_with(5_000)
    local = clock.tick()
    merged = clock.observe(HlcTimestamp(1_000, 99, REMOTE))
    assert merged == HlcTimestamp(5_000, 1, DEVICE)
    assert merged > local


def test_observe_with_equal_wall_time_takes_the_larger_counter() -> None:
    clock = clock_with(5_000)
    clock.tick()
    clock.tick()  # (5000, 1)
    assert clock.observe(HlcTimestamp(5_000, 40, REMOTE)) == HlcTimestamp(5_000, 41, DEVICE)
    clock2 = clock_with(5_000)
    for _ in range(10):
        clock2.tick()  # (5000, 9)
    assert clock2.observe(HlcTimestamp(5_000, 3, REMOTE)) == HlcTimestamp(5_000, 10, DEVICE)


def test_observe_when_the_physical_clock_is_ahead_of_both() -> None:
    clock = clock_with(1_000, 8_000)
    clock.tick()
    assert clock.observe(HlcTimestamp(2_000, 3, REMOTE)) == HlcTimestamp(8_000, 0, DEVICE)


def test_observe_remote_with_exhausted_counter() -> None:
    clock = clock_with(1_000)
    merged = clock.observe(HlcTimestamp(2_000, MAX_COUNTER, REMOTE))
    assert merged == HlcTimestamp(2_001, 0, DEVICE)
    assert merged.encode() > HlcTimestamp(2_000, MAX_COUNTER, REMOTE).encode()


_stamps = st.builds(
    HlcTimestamp,
    st.integers(0, 10**15 - 1),
    st.integers(0, MAX_COUNTER),
    st.from_regex(r"[0-9a-f-]{1,36}", fullmatch=True),
)


@given(st.lists(st.integers(0, 10**12), min_size=1, max_size=20), st.lists(_stamps, max_size=20))
def test_observe_is_after_the_remote_and_the_previous_local(
    readings: list[int], remotes: list[HlcTimestamp]
) -> None:
    values: Iterator[int] = iter(readings * 3)
    clock = HybridLogicalClock(DEVICE, lambda: next(values, readings[-1]))
    previous = clock.tick()
    for remote in remotes:
        merged = clock.observe(remote)
        assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
        assert merged > previous
        previous = clock.tick()
        assert previous > merged


# -- encoding -------------------------------------------------------------------------------


def test_encode_layout() -> None:
    assert HlcTimestamp(1_714_572_309_000, 42, "ab-12").encode() == "001714572309000-000042-ab-12"


@given(_stamps)
def test_encode_decode_round_trip(stamp: HlcTimestamp) -> None:
    text = stamp.encode()
    assert HlcTimestamp.decode(text) == stamp
    assert HlcTimestamp.decode(text).encode() == text


@given(_stamps, _stamps)
def test_lexicographic_order_of_encode_is_timestamp_order(a: HlcTimestamp, b: HlcTimestamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "1714572309000-000042-ab",  # wall time not padded
        "001714572309000-42-ab",  # counter not padded
        "001714572309000-000042-",  # no device
        "001714572309000-000042-AB",  # upper-case device id
        "001714572309000-000042-xyz",
        "001714572309000_000042_ab",
        "001714572309000-000042-" + "a" * 37,
        "-01714572309000-000042-ab",
        " 001714572309000-000042-ab",
        "001714572309000-000042-ab ",
        "001714572309000-000042-ab\n",
        "００１７１４５７２３０９０００-000042-ab",
    ],
)
def test_decode_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="hybrid logical clock"):
        HlcTimestamp.decode(text)
