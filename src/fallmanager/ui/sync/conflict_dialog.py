"""Konflikte prüfen: decide what two laptops wrote into the same sensitive field.

A conflict arises when two case managers changed a residence status, a case status, a
custody flag, a consent or the responsible person without seeing each other's change, or
when one changed a record the other deleted. Nothing is lost meanwhile: the family file
shows the latest value, every candidate is kept, and a person decides here. The decision
applies on this laptop at once and reaches the office server with the next sync.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fallmanager.services.sync import ConflictCandidateView, ConflictDecidedError, ConflictView
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.sync.api import SyncApi
from fallmanager.ui.sync.marks import candidate_author, candidate_value
from fallmanager.ui.sync.texts import field_text, format_moment, record_text
from fallmanager.ui.widgets.tables import RecordTableModel, make_table

_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Aktenzeichen"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Datensatz"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Feld"),
    )
)


class ConflictTableModel(RecordTableModel):
    """Open conflicts: family case number, record, field."""

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ConflictTableModel", c) for c in _COLUMNS]

    def cell(self, row: Any, column: int) -> str:
        conflict: ConflictView = row
        return (
            conflict.case_number,
            record_text(conflict.entity, conflict.subject),
            field_text(conflict.field),
        )[column]

    def conflict(self, row: int) -> ConflictView | None:
        record = self.record(row)
        return record if isinstance(record, ConflictView) else None

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.conflict_id == conflict_id), -1)


def is_text_conflict(conflict: ConflictView) -> bool:
    """A field conflict between texts: a merged text may be typed in."""
    values = [c.value for c in conflict.candidates if not c.deleted]
    return conflict.field is not None and bool(values) and all(isinstance(v, str) for v in values)


def mine_and_theirs(
    conflict: ConflictView,
) -> tuple[ConflictCandidateView, ConflictCandidateView] | None:
    """This laptop's value and the other one, for a field conflict of exactly two."""
    if conflict.field is None or len(conflict.candidates) != 2:
        return None
    mine = [c for c in conflict.candidates if c.is_mine]
    theirs = [c for c in conflict.candidates if not c.is_mine]
    if len(mine) != 1 or len(theirs) != 1:
        return None
    return mine[0], theirs[0]


class MergedValueDialog(QDialog):
    """One line for the merged text; OK hands it back (``value``)."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergedValueDialog")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.edit = QLineEdit(current)
        self.edit.setObjectName("mergedValueEdit")
        self.caption.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, 120)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Zusammengeführter Wert"))
        self.caption.setText(self.tr("&Wert, der für alle gelten soll:"))

    def value(self) -> str:
        return self.edit.text().strip()


class ConflictReviewDialog(QDialog):
    """Konflikte prüfen, for all families or one (``family_id``).

    Object names: ``conflictList`` (the table), ``conflictCandidates`` (the values side by
    side; each candidate a group ``candidate0``, ``candidate1`` … with ``candidateValue``,
    ``candidateAuthor``, ``candidateTime`` and, for more than two, ``takeCandidateButton``),
    ``keepMineButton``, ``takeTheirsButton``, ``mergeButton`` (then ``mergedValueDialog``
    with ``mergedValueEdit``), ``keepRecordButton``, ``confirmDeleteButton``,
    ``conflictNote``, ``noConflictsLabel``.
    """

    #: A conflict was decided (its id).
    resolved = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        api: SyncApi,
        family_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictReviewDialog")
        self.family_id = family_id
        self._session = session
        self._api = api
        self._busy = False
        self._loading = False
        self._stale = False
        self._selected_id: str | None = None
        self._candidate_buttons: dict[QPushButton, ConflictCandidateView] = {}
        self.merge_dialog: MergedValueDialog | None = None

        self.model = ConflictTableModel(self)
        self.conflict_list = make_table("conflictList")
        self.conflict_list.setModel(self.model)
        self.empty = QLabel()
        self.empty.setObjectName("noConflictsLabel")
        self.empty.hide()

        self.conflict_list.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.heading = QLabel()
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.candidates = QWidget()
        self.candidates.setObjectName("conflictCandidates")
        self.candidates_layout = QHBoxLayout(self.candidates)
        self.candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.keep_mine_button = QPushButton()
        self.keep_mine_button.setObjectName("keepMineButton")
        self.take_theirs_button = QPushButton()
        self.take_theirs_button.setObjectName("takeTheirsButton")
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeButton")
        self.keep_record_button = QPushButton()
        self.keep_record_button.setObjectName("keepRecordButton")
        self.confirm_delete_button = QPushButton()
        self.confirm_delete_button.setObjectName("confirmDeleteButton")
        decisions = QHBoxLayout()
        for button in (
            self.keep_mine_button,
            self.take_theirs_button,
            self.keep_record_button,
            self.confirm_delete_button,
            self.merge_button,
        ):
            decisions.addWidget(button)
        decisions.addStretch(1)
        self.note = QLabel()
        self.note.setObjectName("conflictNote")
        self.note.setWordWrap(True)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.candidates, 1)
        detail_layout.addLayout(decisions)
        detail_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.take_theirs_button.clicked.connect(self.take_theirs)
        self.merge_button.clicked.connect(self.enter_merged)
        self.keep_record_button.clicked.connect(self.keep_record)
        self.confirm_delete_button.clicked.connect(self.confirm_delete)
        self.conflict_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_empty)
        session.changed.connect(self._on_changed)
        self.resize(900, 600)
        self.retranslate_ui()
        self._show_conflict(None)
        self.reload()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Konflikte prüfen"))
        self.conflict_list.setAccessibleName(self.tr("Offene Konflikte"))
        self.empty.setText(self.tr("Keine offenen Konflikte."))
        self.keep_mine_button.setText(self.tr("&Meinen Wert behalten"))
        self.take_theirs_button.setText(self.tr("&Anderen Wert übernehmen"))
        self.merge_button.setText(self.tr("&Zusammengeführten Wert eingeben …"))
        self.keep_record_button.setText(self.tr("Datensatz &behalten"))
        self.confirm_delete_button.setText(self.tr("&Löschen bestätigen"))
        self.note.setText(
            self.tr(
                "Ihre Entscheidung gilt sofort auf diesem Laptop und wird mit der nächsten "
                "Synchronisation an den Büroserver gesendet."
            )
        )
        self.model.retranslate()
        self._show_conflict(self.selected_conflict())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        if self._loading:
            self._stale = True  # load again when the running load has answered
            return
        self._loading = True
        self._stale = False
        api, family_id = self._api, self.family_id

        def failed(_exc: BaseException) -> bool:
            self._loading = False
            return False

        run_op(self, self._session, lambda ctx: api.conflicts(ctx.uow(), family_id)).success(
            self._loaded
        ).failure(failed)

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        self._loading = False
        if self._stale:
            self.reload()
            return
        previous = self._selected_id
        previous_row = max(self.conflict_list.currentIndex().row(), 0)
        self.model.set_rows(conflicts)
        row = self.model.row_of(previous) if previous else -1
        if row < 0 and conflicts:
            row = min(previous_row, len(conflicts) - 1)
        if row >= 0:
            self.conflict_list.selectRow(row)
        else:
            self._show_conflict(None)

    def _on_changed(self, changes: Changes) -> None:
        # A sync that received something may have opened or closed conflicts.
        if changes.everything and self.isVisible():
            self.reload()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    # -- the selected conflict ---------------------------------------------------------------

    def selected_conflict(self) -> ConflictView | None:
        rows = self.conflict_list.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def select(self, conflict_id: str) -> bool:
        row = self.model.row_of(conflict_id)
        if row >= 0:
            self.conflict_list.selectRow(row)
        return row >= 0

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_conflict(self.selected_conflict())

    def _show_conflict(self, conflict: ConflictView | None) -> None:
        self._selected_id = conflict.conflict_id if conflict is not None else None
        while self.candidates_layout.count():
            item = self.candidates_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChildren at once
                widget.deleteLater()
        self._candidate_buttons.clear()
        if conflict is None:
            self.heading.setText("")
            for button in self._decision_buttons():
                button.hide()
            return
        self.heading.setText(
            self.tr("{record}: {field}").format(
                record=record_text(conflict.entity, conflict.subject),
                field=field_text(conflict.field),
            )
        )
        pair = mine_and_theirs(conflict)
        per_candidate = conflict.field is not None and pair is None
        for index, candidate in enumerate(conflict.candidates):
            self.candidates_layout.addWidget(
                self._candidate_box(index, candidate, conflict, with_button=per_candidate)
            )
        deletion = conflict.field is None
        self.keep_mine_button.setVisible(pair is not None)
        self.take_theirs_button.setVisible(pair is not None)
        self.merge_button.setVisible(is_text_conflict(conflict))
        self.keep_record_button.setVisible(deletion)
        self.confirm_delete_button.setVisible(deletion)
        self._update_enabled()

    def _decision_buttons(self) -> list[QPushButton]:
        return [
            self.keep_mine_button,
            self.take_theirs_button,
            self.merge_button,
            self.keep_record_button,
            self.confirm_delete_button,
        ]

    def _candidate_box(
        self,
        index: int,
        candidate: ConflictCandidateView,
        conflict: ConflictView,
        *,
        with_button: bool,
    ) -> QGroupBox:
        box = QGroupBox(
            self.tr("Mein Wert")
            if candidate.is_mine
            else self.tr("Wert von {user}").format(user=candidate_author(candidate))
        )
        box.setObjectName(f"candidate{index}")
        form = QFormLayout(box)
        value = QLabel(candidate_value(candidate, conflict))
        value.setObjectName("candidateValue")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = value.font()
        font.setBold(True)
        value.setFont(font)
        author = QLabel(candidate_author(candidate))
        author.setObjectName("candidateAuthor")
        when = QLabel(format_moment(candidate.changed_at) or self.tr("unbekannt"))
        when.setObjectName("candidateTime")
        form.addRow(self.tr("Wert:"), value)
        form.addRow(self.tr("Von:"), author)
        form.addRow(self.tr("Geändert am:"), when)
        if with_button:
            button = QPushButton(self.tr("Diesen Wert übernehmen"))
            button.setObjectName("takeCandidateButton")
            button.clicked.connect(self._take_candidate_clicked)
            self._candidate_buttons[button] = candidate
            form.addRow(button)
        return box

    def candidate_buttons(self) -> list[QPushButton]:
        """The "Diesen Wert übernehmen" buttons, in the order of the candidates."""
        return list(self._candidate_buttons)

    def _update_enabled(self) -> None:
        enabled = not self._busy and self._selected_id is not None
        for button in [*self._decision_buttons(), *self._candidate_buttons]:
            button.setEnabled(enabled)

    # -- decisions ---------------------------------------------------------------------------

    def keep_mine(self) -> None:
        conflict = self.selected_conflict()
        pair = mine_and_theirs(conflict) if conflict is not None else None
        if conflict is not None and pair is not None:
            self._resolve(conflict, value=pair[0].value)

    def take_theirs(self) -> None:
        conflict = self.selected_conflict()
        pair = mine_and_theirs(conflict) if conflict is not None else None
        if conflict is not None and pair is not None:
            self._resolve(conflict, value=pair[1].value)

    def _take_candidate_clicked(self) -> None:
        candidate = self._candidate_buttons.get(self.sender())  # type: ignore[call-overload]
        conflict = self.selected_conflict()
        if candidate is not None and conflict is not None:
            self._resolve(conflict, value=candidate.value)

    def enter_merged(self) -> None:
        conflict = self.selected_conflict()
        if conflict is None or not is_text_conflict(conflict):
            return
        if self.merge_dialog is not None:
            self.merge_dialog.deleteLater()
        current = conflict.current
        dialog = MergedValueDialog(current if isinstance(current, str) else "", self)
        dialog.accepted.connect(self._merged_entered)
        self.merge_dialog = dialog
        dialog.open()

    def _merged_entered(self) -> None:
        dialog, conflict = self.merge_dialog, self.selected_conflict()
        if dialog is not None and conflict is not None:
            self._resolve(conflict, value=dialog.value())

    def keep_record(self) -> None:
        conflict = self.selected_conflict()
        if conflict is not None and conflict.field is None:
            self._resolve(conflict, keep=True)

    def confirm_delete(self) -> None:
        conflict = self.selected_conflict()
        if conflict is not None and conflict.field is None:
            self._resolve(conflict, keep=False)

    def _resolve(
        self, conflict: ConflictView, *, value: Any = None, keep: bool | None = None
    ) -> None:
        if self._busy:
            return
        api, conflict_id = self._api, conflict.conflict_id

        def resolve(ctx: OpContext) -> None:
            api.resolve_conflict(ctx.uow(), conflict_id, value=value, keep=keep)

        family_ids = frozenset() if conflict.family_id is None else frozenset({conflict.family_id})
        changes = Changes(
            kinds=frozenset({"sync_conflict", conflict.entity}), family_ids=family_ids
        )
        self._busy = True
        self._update_enabled()
        run_op(self, self._session, resolve, changes=changes).success(
            lambda _result: self._resolved(conflict_id)
        ).failure(self._resolve_failed)

    def _resolved(self, conflict_id: str) -> None:
        self._busy = False
        self.resolved.emit(conflict_id)
        self.reload()

    def _resolve_failed(self, exc: BaseException) -> bool:
        self._busy = False
        self._update_enabled()
        self.reload()  # decided meanwhile, perhaps: show what is still open
        if isinstance(exc, ConflictDecidedError):
            self.note.setText(self.tr("Dieser Konflikt wurde inzwischen schon entschieden."))
            return True
        return False
