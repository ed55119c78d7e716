"""Aufgabe anlegen: one ``add_task`` call on OK; closes only when it succeeded."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.tasks import Task
from fallmanager.services.tasks import add_task
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    combo_id,
    fill_person_combo,
    make_date_edit,
    read_full_date,
    retranslate_date_edit,
    sorted_members,
)
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.forms import FieldErrors


class TaskDialog(QDialog):
    """Title, person (or the whole family), due date, who is responsible, notes."""

    created = Signal(object)  # Task

    def __init__(
        self, context: FamilyFileContext, detail: FamilyFileDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.context = context
        self._saving = False
        self.errors = FieldErrors()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("taskTitle")
        self.person = QComboBox()
        self.person.setObjectName("taskPerson")
        self._members = [p for p in sorted_members(detail) if not p.deceased]
        fill_person_combo(self.person, self._members, none_text="")
        self.due = make_date_edit("taskDue")
        self.responsible = QLineEdit(detail.family.responsible)
        self.responsible.setObjectName("taskResponsible")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("taskNotes")
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        self._labels = [
            self.errors.add_row(form, "", "title", self.title_edit),
            self.errors.add_row(form, "", "person_id", self.person),
            self.errors.add_row(form, "", "due_on", self.due),
            self.errors.add_row(form, "", "responsible", self.responsible),
            self.errors.add_row(form, "", "notes", self.notes),
        ]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("taskOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Aufgabe anlegen"))
        texts = [
            self.tr("&Aufgabe"),
            self.tr("&Person"),
            self.tr("&Fällig am"),
            self.tr("&Zuständig"),
            self.tr("&Notizen"),
        ]
        for row_label, text in zip(self._labels, texts, strict=True):
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", ""))
        self.person.setItemText(0, self.tr("ganze Familie"))
        retranslate_date_edit(self.due)
        self.title_edit.setPlaceholderText(self.tr("z. B. Schulanmeldung für Ana begleiten"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        if not self.title_edit.text().strip():
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "title"))
        due_on = None
        try:
            due_on = read_full_date(self.due, "due_on")
        except DomainError as exc:
            self.errors.show_domain_error(DomainError(exc.code, "due_on"))
        if self.errors.has_errors():
            self.errors.focus_first_error()
            return
        create = partial(
            add_task,
            family_id=self.context.family_id,
            title=self.title_edit.text(),
            due_on=due_on,
            person_id=combo_id(self.person),
            responsible=self.responsible.text(),
            notes=self.notes.toPlainText(),
        )

        def save(ctx: OpContext) -> Task:
            return create(ctx.uow())

        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            save,
            changes=Changes.of("task", family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def _saved(self, task: Task) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.created.emit(task)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc):
            return None
        return False
