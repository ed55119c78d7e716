"""The growing delay after wrong passphrases."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fallmanager.vault.throttle import (
    FREE_ATTEMPTS,
    MAX_DELAY_SECONDS,
    AttemptLog,
    delay_after,
)


class FakeTime:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.value = start
        self.slept: list[float] = []

    def now(self) -> float:
        return self.value

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.value += seconds


def log_at(path: Path, clock: FakeTime) -> AttemptLog:
    return AttemptLog(path, now=clock.now, sleep=clock.sleep)


# -- policy ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failures", "delay"),
    [
        (0, 0.0),
        (1, 0.0),
        (2, 0.0),
        (3, 1.0),
        (4, 2.0),
        (5, 4.0),
        (6, 8.0),
        (7, 16.0),
        (8, 32.0),
        (9, 60.0),  # 64 capped
        (10, 60.0),
        (50, 60.0),
    ],
)
def test_delay_policy(failures: int, delay: float) -> None:
    assert FREE_ATTEMPTS == 3
    assert delay_after(failures) == delay


@pytest.mark.parametrize("failures", [1_026, 1_027, 5_000, 10**9])
def test_delay_stays_capped_for_very_many_failures(failures: int) -> None:
    assert delay_after(failures) == MAX_DELAY_SECONDS


@given(st.integers(0, 2_000))
def test_delay_is_monotonic_and_bounded(failures: int) -> None:
    assert 0.0 <= delay_after(failures) <= delay_after(failures + 1) <= MAX_DELAY_SECONDS


# -- attempt log ----------------------------------------------------------------------------


def test_fresh_log_has_no_failures_and_no_delay(tmp_path: Path) -> None:
    clock = FakeTime()
    log = log_at(tmp_path / "attempts.json", clock)
    assert log.failures == 0
    assert log.remaining_delay() == 0.0
    log.wait_turn()
    assert clock.slept == []


def test_failures_persist_across_instances(tmp_path: Path) -> None:
    clock = FakeTime()
    path = tmp_path / "attempts.json"
    for _ in range(4):
        log_at(path, clock).record_failure()
    again = log_at(path, clock)
    assert again.failures == 4
    assert json.loads(path.read_text()) == {"failures": 4, "last_failure": clock.value}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attempts.json"]


def test_first_three_failures_cost_nothing(tmp_path: Path) -> None:
    clock = FakeTime()
    log = log_at(tmp_path / "attempts.json", clock)
    for _ in range(3):
        log.wait_turn()
        log.record_failure()
    assert log.remaining_delay() == 1.0
    assert clock.slept == []


def test_wait_turn_sleeps_exactly_the_remaining_delay(tmp_path: Path) -> None:
    clock = FakeTime()
    path = tmp_path / "attempts.json"
    log = log_at(path, clock)
    for _ in range(5):
        log.record_failure()  # 5 failures: 4 seconds
    clock.value += 1.5
    assert log.remaining_delay() == pytest.approx(2.5)
    log_at(path, clock).wait_turn()
    assert clock.slept == [pytest.approx(2.5)]
    assert log.remaining_delay() == 0.0


def test_wait_turn_does_not_sleep_once_the_delay_has_passed(tmp_path: Path) -> None:
    clock = FakeTime()
    log = log_at(tmp_path / "attempts.json", clock)
    for _ in range(6):
        log.record_failure()
    clock.value += 8.0
    log.wait_turn()
    assert clock.slept == []


def test_delays_double_with_each_failure(tmp_path: Path) -> None:
    clock = FakeTime()
    log = log_at(tmp_path / "attempts.json", clock)
    for _ in range(12):
        log.wait_turn()
        log.record_failure()
    assert clock.slept == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]


def test_record_success_resets(tmp_path: Path) -> None:
    clock = FakeTime()
    path = tmp_path / "attempts.json"
    log = log_at(path, clock)
    for _ in range(6):
        log.record_failure()
    log.record_success()
    assert not path.exists()
    assert log.failures == 0
    assert log_at(path, clock).remaining_delay() == 0.0
    log.record_success()  # nothing to reset: no error


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        "[]",
        "{}",
        '{"failures": "many", "last_failure": 1}',
        '{"failures": 5}',
        '{"failures": 5, "last_failure": null}',
    ],
)
def test_damaged_log_counts_as_no_failures(tmp_path: Path, content: str) -> None:
    path = tmp_path / "attempts.json"
    path.write_text(content)
    log = log_at(path, FakeTime())
    assert log.failures == 0
    assert log.remaining_delay() == 0.0
    log.record_failure()
    assert log.failures == 1


def test_read_only_directory_does_not_crash(tmp_path: Path) -> None:
    directory = tmp_path / "ro"
    directory.mkdir()
    directory.chmod(0o500)
    try:
        log = log_at(directory / "attempts.json", FakeTime())
        log.record_failure()  # must not raise
        log.record_success()
    finally:
        directory.chmod(0o700)


def test_remaining_delay_never_exceeds_the_maximum_after_the_clock_was_set_back(
    tmp_path: Path,
) -> None:
    """A wrong system clock at the last failure must not lock the user out for hours."""
    clock = FakeTime(start=1_700_000_000.0)
    log = log_at(tmp_path / "attempts.json", clock)
    for _ in range(4):
        log.record_failure()
    clock.value -= 3 * 3600  # the clock is corrected by three hours
    assert log.remaining_delay() <= delay_after(4)
    log.wait_turn()
    assert sum(clock.slept) <= MAX_DELAY_SECONDS
