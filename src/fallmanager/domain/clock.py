"""Hybrid logical clock: orders changes across devices even when a laptop's clock is wrong.

A timestamp is (wall time in ms, counter, device id). It never runs backwards on one device,
and after seeing a remote timestamp it is always ahead of it, so causally later changes carry
later timestamps regardless of clock skew.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ENCODED_RE = re.compile(r"^([0-9]{15})-([0-9]{6})-([0-9a-f-]{1,36})$")
MAX_COUNTER = 999_999


@dataclass(frozen=True, slots=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        """A string whose lexicographic order is the timestamp order."""
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.device_id}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        match = _ENCODED_RE.fullmatch(text)
        if not match:
            raise ValueError("not a hybrid logical clock timestamp")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


class HybridLogicalClock:
    """The clock of one device. ``physical_ms`` returns the wall clock in milliseconds."""

    def __init__(
        self,
        device_id: str,
        physical_ms: Callable[[], int],
        last: HlcTimestamp | None = None,
    ) -> None:
        self.device_id = device_id
        self._physical_ms = physical_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> HlcTimestamp:
        return HlcTimestamp(self._wall, self._counter, self.device_id)

    def tick(self) -> HlcTimestamp:
        """Timestamp for a local change."""
        physical = self._physical_ms()
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._advance_counter()
        return self.last

    def observe(self, remote: HlcTimestamp) -> HlcTimestamp:
        """Merge a timestamp received from another device; the result is after both."""
        physical = self._physical_ms()
        wall = max(self._wall, remote.wall_ms, physical)
        if wall == self._wall == remote.wall_ms:
            self._counter = max(self._counter, remote.counter)
            self._advance_counter()
        elif wall == self._wall:
            self._advance_counter()
        elif wall == remote.wall_ms:
            self._wall, self._counter = wall, remote.counter
            self._advance_counter()
        else:
            self._wall, self._counter = wall, 0
        return self.last

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:
            # The counter is exhausted within one millisecond: move the logical wall on.
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
