"""Background operations: results arrive on the UI thread, progress shows, cancel rolls back."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.services.family_files import list_family_files, open_family_file
from fallmanager.ui.ops import PROGRESS_DELAY_MS, Changes, run_op
from tests.ui.conftest import TODAY, in_vault, wait_idle


def test_operations_run_off_the_ui_thread_and_report_back_on_it(session: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def work(ctx: Any) -> str:
        seen["worker"] = QThread.currentThread()
        return open_family_file(ctx.uow(), opened_on=TODAY, case_number="2026-0007").case_number

    changes: list[Changes] = []
    session.changed.connect(changes.append)
    run_op(None, session, work, changes=Changes.of("family_file")).success(
        lambda result: seen.update(result=result, ui=QThread.currentThread())
    )
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == "2026-0007"
    assert seen["worker"] is not QApplication.instance().thread()
    assert seen["ui"] is QApplication.instance().thread()
    assert changes == [Changes.of("family_file")]


def test_operations_run_in_submission_order(session: Any, qtbot: Any) -> None:
    order: list[int] = []
    for number in range(5):
        run_op(None, session, lambda _ctx, n=number: n).success(order.append)
    wait_idle(qtbot, session)
    assert order == [0, 1, 2, 3, 4]


def test_expected_errors_go_to_the_failure_callback(session: Any, qtbot: Any, errors: Any) -> None:
    failures: list[BaseException] = []

    def work(_ctx: Any) -> None:
        raise DomainError(ErrorCode.REQUIRED, "family_name")

    run_op(None, session, work).failure(lambda exc: failures.append(exc) and None)
    wait_idle(qtbot, session)
    assert [f.code for f in failures] == [ErrorCode.REQUIRED]  # type: ignore[attr-defined]
    assert errors.expected == []  # handled: no extra message box


def test_long_operations_show_progress_and_can_be_cancelled(
    session: Any, qtbot: Any, errors: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    succeeded: list[object] = []

    def work(ctx: Any) -> None:
        with ctx.uow() as uow:
            from fallmanager.domain.family import FamilyFile

            uow.records.add(FamilyFile(case_number="2026-0099", opened_on=TODAY))
            started.set()
            for step in range(200):
                time.sleep(0.02)
                ctx.progress(step, 200)
            uow.commit()

    op = run_op(parent, session, work, label="Import", cancellable=True).success(succeeded.append)
    qtbot.waitUntil(started.is_set)
    qtbot.wait(PROGRESS_DELAY_MS + 150)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value() > 0)
    op.cancel()
    wait_idle(qtbot, session)
    assert succeeded == [] and errors.expected == []
    assert parent.findChild(QProgressDialog) is None or not dialog.isVisible()
    assert in_vault(qtbot, session, list_family_files) == []  # rolled back
