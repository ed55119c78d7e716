"""Tab "Besuche": the visit log (Verlaufsdokumentation) of a family file.

Visits and free notes are listed newest first; selecting an entry shows its full notes with
their corrections. Recording a visit, adding a note and correcting a note are *not* undoable:
case notes are append-only (a visit is recorded together with its note), so no undo command
is pushed — the dialog is the confirmation, and a mistake is fixed with a correction note.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.visits import CaseNote
from fallmanager.services.visits import RecordedVisit
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.visit_dialog import VisitDialog
from fallmanager.ui.family_file.visit_models import LogEntry, VisitLogModel
from fallmanager.ui.family_file.visit_note_dialog import CaseNoteDialog
from fallmanager.ui.widgets.dates import format_datetime
from fallmanager.ui.widgets.tables import make_table

#: Shortcut of "Besuch erfassen …" while the tab is shown.
RECORD_VISIT_SHORTCUT = "Ctrl+Shift+B"


class VisitsTab(FamilyFileTab):
    """Besuche: log table, notes of the selected entry, record/add/correct actions."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._selected_key: uuid.UUID | None = None
        #: The dialog opened last, while it is open.
        self.dialog: QWidget | None = None

        self.record_button = QPushButton()
        self.record_button.setObjectName("recordVisitButton")
        self.note_button = QPushButton()
        self.note_button.setObjectName("addNoteButton")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correctNoteButton")
        self.record_action = QAction(self)
        self.record_action.setShortcut(QKeySequence(RECORD_VISIT_SHORTCUT))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.record_action.triggered.connect(lambda _checked=False: self.record_visit())
        self.addAction(self.record_action)
        self.record_button.clicked.connect(self.record_visit)
        self.note_button.clicked.connect(self.add_note)
        self.correct_button.clicked.connect(self.correct_note)

        self.model = VisitLogModel(self)
        self.table = make_table("visitLog")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.notes_caption = QLabel()
        self.notes_view = QTextBrowser()
        self.notes_view.setObjectName("visitNotes")
        self.notes_view.setOpenLinks(False)
        self.notes_caption.setBuddy(self.notes_view)
        self.table.doubleClicked.connect(lambda _index: self.notes_view.setFocus())
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_caption)
        notes_layout.addWidget(self.notes_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(notes_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()
        self.retranslate_ui()

    # -- texts -------------------------------------------------------------------------------

    def _dialog_closed(self) -> None:
        """Forget the dialog once it is closed (it deletes itself)."""
        self.dialog = None

    def title(self) -> str:
        return self.tr("Besuche")

    def retranslate_ui(self) -> None:
        shortcut = QKeySequence(RECORD_VISIT_SHORTCUT).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.record_button.setText(self.tr("Besuch &erfassen …"))
        self.record_button.setToolTip(
            self.tr("Besuch oder Kontakt erfassen ({shortcut})").format(shortcut=shortcut)
        )
        self.record_action.setText(self.tr("Besuch erfassen"))
        self.note_button.setText(self.tr("&Notiz hinzufügen …"))
        self.note_button.setToolTip(
            self.tr("Eine Notiz zum ausgewählten Besuch oder eine allgemeine Notiz schreiben")
        )
        self.correct_button.setText(self.tr("&Korrektur …"))
        self.correct_button.setToolTip(
            self.tr("Notizen werden nicht überschrieben: die Korrektur wird neu hinzugefügt")
        )
        self.table.setAccessibleName(self.tr("Besuche und Notizen"))
        self.notes_caption.setText(self.tr("Notizen des ausgewählten &Eintrags"))
        self.notes_view.setAccessibleName(self.tr("Notizen des ausgewählten Eintrags"))
        self.model.retranslate()
        self._show_notes()

    # -- snapshot ----------------------------------------------------------------------------

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        key = self._selected_key
        self.model.show_detail(detail)
        row = self.model.row_of(key) if key is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0  # the newest entry, so that its note is readable at once
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._selected_key = None
        self.table.resizeColumnsToContents()
        self._show_notes()
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self._selected_key = None
        self.model.clear()
        self.notes_view.clear()
        self._update_buttons()

    def selected_entry(self) -> LogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        entry = self.selected_entry()
        self._selected_key = entry.key if entry is not None else None
        self._show_notes()
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self.detail is not None
        self.record_button.setEnabled(loaded)
        self.record_action.setEnabled(loaded)
        self.note_button.setEnabled(loaded)
        entry = self.selected_entry()
        self.correct_button.setEnabled(loaded and entry is not None and bool(entry.notes))

    def _show_notes(self) -> None:
        self.notes_view.setHtml(self.notes_html(self.selected_entry()))

    def notes_html(self, entry: LogEntry | None) -> str:
        """The full notes of an entry with their corrections (escaped rich text)."""
        if entry is None:
            return ""
        if not entry.notes:
            text = self.tr("Zu diesem Besuch gibt es keine Notiz.")
            return f"<p><i>{html.escape(text)}</i></p>"
        by_id = {n.id: n for n in entry.notes}
        corrected_by = {n.corrects_note_id: n for n in entry.notes if n.corrects_note_id}
        parts = []
        for note in entry.notes:
            head = format_datetime(note.written_at)
            if note.author:
                head += " – " + note.author
            lines = [f"<p><b>{html.escape(head)}</b>"]
            original = by_id.get(note.corrects_note_id) if note.corrects_note_id else None
            if original is not None:
                remark = self.tr("Korrektur der Notiz vom {moment}").format(
                    moment=format_datetime(original.written_at)
                )
                lines.append(f"<br><i>{html.escape(remark)}</i>")
            successor = corrected_by.get(note.id)
            if successor is not None:
                remark = self.tr("korrigiert am {moment}").format(
                    moment=format_datetime(successor.written_at)
                )
                lines.append(f"<br><i>{html.escape(remark)}</i>")
            lines.append("</p>")
            body = "<br>".join(html.escape(line) for line in note.text.splitlines())
            style = ' style="color: #666666;"' if successor is not None else ""
            lines.append(f"<p{style}>{body}</p>")
            parts.append("".join(lines))
        return "<hr>".join(parts)

    # -- actions -----------------------------------------------------------------------------

    def record_visit(self) -> VisitDialog | None:
        """Open "Besuch erfassen" (non-blocking); the log reloads after it was saved."""
        if self.detail is None:
            return None
        dialog = VisitDialog(self.context, self.detail, self)
        dialog.recorded.connect(self._visit_recorded)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _visit_recorded(self, result: RecordedVisit) -> None:
        self._selected_key = result.visit.id

    def add_note(self) -> CaseNoteDialog | None:
        if self.detail is None:
            return None
        entry = self.selected_entry()
        dialog = CaseNoteDialog(
            self.context,
            visits=self.detail.visits,
            visit_id=entry.visit.id if entry is not None and entry.visit is not None else None,
            parent=self,
        )
        dialog.saved.connect(self._note_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def correct_note(self) -> CaseNoteDialog | None:
        entry = self.selected_entry()
        if self.detail is None or entry is None or not entry.notes:
            return None
        current = entry.current_notes()
        dialog = CaseNoteDialog(
            self.context,
            notes=entry.notes,
            note_id=current[-1].id if current else None,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _note_saved(self, note: CaseNote) -> None:
        if note.visit_id is not None:
            self._selected_key = note.visit_id
        elif note.corrects_note_id is None:
            self._selected_key = note.id
