"""Adding a case note (Notiz hinzufügen) or correcting one (Korrektur).

Case notes are append-only: a correction never overwrites the note, it is a new note that
references it (``correct_case_note``). Neither action pushes an undo command — a note that
was written stays in the record; a wrong note is fixed with a further correction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.visits import CaseNote, Visit
from fallmanager.services.visits import add_case_note, correct_case_note
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.visit_models import note_title
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_datetime
from fallmanager.ui.widgets.forms import FieldErrors


class CaseNoteDialog(QDialog):
    """Without ``notes``: a new note (to a visit or general). With ``notes``: a correction."""

    saved = Signal(object)  # CaseNote

    def __init__(
        self,
        context: FamilyFileContext,
        *,
        visits: Sequence[Visit] = (),
        visit_id: uuid.UUID | None = None,
        notes: Sequence[CaseNote] = (),
        note_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.correcting = bool(notes)
        self.setObjectName("noteCorrectionDialog" if self.correcting else "noteDialog")
        self._saving = False
        self._notes = {n.id: n for n in notes}
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.reference = QComboBox()
        self.reference.setObjectName("noteReference")
        if self.correcting:
            for note in notes:
                self.reference.addItem(note_title(note), note.id)
            chosen = note_id if note_id in self._notes else notes[-1].id
            self.reference.setCurrentIndex(self.reference.findData(chosen))
        else:
            self.reference.addItem("", None)
            for visit in sorted(visits, key=lambda v: v.occurred_at, reverse=True):
                text = f"{format_datetime(visit.occurred_at)} – {label(visit.kind)}"
                self.reference.addItem(text, visit.id)
            index = self.reference.findData(visit_id)
            self.reference.setCurrentIndex(max(index, 0))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        self._reference_label = self.errors.add_row(self.form, "", "reference", self.reference)
        self._text_label = self.errors.add_row(self.form, "", "text", self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("noteOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if self.correcting:
            self.reference.currentIndexChanged.connect(self._prefill)
            self._prefill()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.correcting:
            self.setWindowTitle(self.tr("Notiz korrigieren"))
            self._reference_label.setText(self.tr("&Korrigierte Notiz"))
            self._text_label.setText(self.tr("&Richtiger Text"))
        else:
            self.setWindowTitle(self.tr("Notiz hinzufügen"))
            self._reference_label.setText(self.tr("&Bezug"))
            self._text_label.setText(self.tr("&Notiz"))
            self.reference.setItemText(0, self.tr("allgemeine Notiz (ohne Besuch)"))
        for row_label in (self._reference_label, self._text_label):
            row_label.buddy().setAccessibleName(row_label.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _prefill(self) -> None:
        note = self._notes.get(self.reference.currentData())
        self.text.setPlainText(note.text if note is not None else "")

    def validate(self) -> bool:
        self.errors.clear()
        text = self.text.toPlainText()
        if not text.strip():
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "text"))
        elif self.correcting:
            original = self._notes.get(self.reference.currentData())
            if original is not None and original.text == text:
                self.errors.show("text", self.tr("Der Text ist unverändert."))
        self.errors.focus_first_error()
        return not self.errors.has_errors()

    def submit(self) -> None:
        if self._saving or not self.validate():
            return
        text = self.text.toPlainText()
        reference = self.reference.currentData()
        family_id = self.context.family_id
        if self.correcting:

            def save(ctx: OpContext) -> CaseNote:
                return correct_case_note(ctx.uow(), note_id=reference, text=text)

        else:

            def save(ctx: OpContext) -> CaseNote:
                return add_case_note(ctx.uow(), family_id=family_id, text=text, visit_id=reference)

        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            save,
            changes=Changes.of("visit", family_id=family_id),
        ).success(self._saved).failure(self._failed)

    def _saved(self, note: CaseNote) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.saved.emit(note)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc, "text"):
            return None
        return False
