"""The Qt binding itself must be sound for a program that runs all day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    plain = Signal()


def test_emitting_signals_keeps_reference_counts_of_singletons(qapp: object) -> None:
    """PySide6 6.12.0 dropped a reference to ``True`` on every ``emit()``: after some
    thousand signals the interpreter aborted. This guards the pinned versions."""
    emitter = _Emitter()
    received = [0]

    def count(*_args: object) -> None:
        received[0] += 1

    emitter.value.connect(count)
    emitter.plain.connect(count)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(200):
        emitter.value.emit(None)
        emitter.plain.emit()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert received[0] == 400
    assert after == before
