"""A growing delay after wrong passphrases; never an automatic wipe (unsynced work!)."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fallmanager.files import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` consecutive failures.

    Three attempts are free (typos happen); then 1, 2, 4, … seconds, at most one minute.
    """
    if failures < FREE_ATTEMPTS:
        return 0.0
    exponent = min(failures - FREE_ATTEMPTS, 16)  # 2**16 s is far above the cap already
    return min(2.0**exponent, MAX_DELAY_SECONDS)


@dataclass
class AttemptLog:
    """Consecutive failed unlock attempts, kept in the vault directory (not secret)."""

    path: Path
    now: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return int(data["failures"]), float(data["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def remaining_delay(self) -> float:
        """Seconds until the next attempt; never more than the policy's delay, even when
        the system clock was set back after the last failure."""
        failures, last = self._read()
        delay = delay_after(failures)
        return min(delay, max(0.0, last + delay - self.now()))

    def wait_turn(self) -> None:
        """Block until the next attempt is allowed."""
        remaining = self.remaining_delay()
        if remaining > 0:
            self.sleep(remaining)

    def record_failure(self) -> None:
        failures, _ = self._read()
        payload = {"failures": failures + 1, "last_failure": self.now()}
        # A read-only vault directory must not turn a wrong passphrase into a crash.
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(payload).encode())

    def record_success(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
