"""Tab "Aufgaben": the family's tasks and follow-ups (Wiedervorlagen).

Open tasks are shown first, overdue ones in red and bold. A task is completed or reopened
by ticking its check box (or with "Erledigt" / "Wieder öffnen"). Every action is one undo
command: creating a task withdraws it on undo; completing and reopening write the task as
it was before back.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.tasks import Task
from fallmanager.services.tasks import complete_task, reopen_task
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.task_dialog import TaskDialog
from fallmanager.ui.family_file.task_models import TaskFilterProxy, TaskTableModel
from fallmanager.ui.family_file.undo import CreateRecordsCommand, EditRecordsCommand
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.tables import RECORD_ROLE, make_table, selected_record

_KINDS = ("task",)


class TasksTab(FamilyFileTab):
    """Aufgaben: table with check boxes, filter open/all, create/complete/reopen."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The dialog opened last, while it is open.
        self.dialog: TaskDialog | None = None
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTaskButton")
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggleTaskButton")
        self.filter = QComboBox()
        self.filter.setObjectName("taskFilter")
        self.filter.addItem("", False)
        self.filter.addItem("", True)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.summary = QLabel()
        self.summary.setObjectName("taskSummary")

        self.model = TaskTableModel(context.today, self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("taskTable")
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.add_button.clicked.connect(self.add_task)
        self.toggle_button.clicked.connect(self._toggle_selected)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.model.done_toggled.connect(self.set_done)

        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.toggle_button)
        bar.addStretch(1)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._update_buttons()
        self.retranslate_ui()

    # -- texts -------------------------------------------------------------------------------

    def _dialog_closed(self) -> None:
        """Forget the dialog once it is closed (it deletes itself)."""
        self.dialog = None

    def title(self) -> str:
        return self.tr("Aufgaben")

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Aufgabe &anlegen …"))
        self.filter_label.setText(self.tr("&Zeigen:"))
        self.filter.setItemText(0, self.tr("offene Aufgaben"))
        self.filter.setItemText(1, self.tr("alle Aufgaben"))
        self.filter.setAccessibleName(self.tr("Aufgaben zeigen"))
        self.table.setAccessibleName(self.tr("Aufgaben"))
        self._update_buttons()
        self._update_summary()
        self.model.retranslate()

    # -- snapshot ----------------------------------------------------------------------------

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        selected = self.selected_task()
        self.model.show_detail(detail)
        if selected is not None:
            self._select(selected)
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self._update_summary()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self._update_buttons()
        self._update_summary()

    def selected_task(self) -> Task | None:
        record = selected_record(self.table)
        return record if isinstance(record, Task) else None

    def _select(self, task: Task) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(RECORD_ROLE)
            if isinstance(record, Task) and record.id == task.id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()

    def _filter_changed(self, _index: int) -> None:
        self.proxy.set_show_done(bool(self.filter.currentData()))

    def _update_buttons(self) -> None:
        loaded = self.detail is not None
        self.add_button.setEnabled(loaded)
        task = self.selected_task()
        self.toggle_button.setEnabled(loaded and task is not None)
        if task is not None and task.done:
            self.toggle_button.setText(self.tr("&Wieder öffnen"))
        else:
            self.toggle_button.setText(self.tr("&Erledigt"))

    def _update_summary(self) -> None:
        if self.detail is None:
            self.summary.clear()
            return
        open_tasks = [t for t in self.detail.tasks if not t.done]
        overdue = [t for t in open_tasks if self.model.is_overdue(t)]
        text = self.tr("%n offene Aufgabe(n)", "", len(open_tasks))
        if overdue:
            text += " · " + self.tr("%n überfällig", "", len(overdue))
        self.summary.setText(text)

    # -- actions -----------------------------------------------------------------------------

    def add_task(self) -> TaskDialog | None:
        if self.detail is None:
            return None
        dialog = TaskDialog(self.context, self.detail, self)
        dialog.created.connect(self._task_created)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _task_created(self, task: Task) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Aufgabe „{title}“ anlegen").format(title=task.title),
                family_id=self.context.family_id,
                created=[task],
                kinds=_KINDS,
                parent_widget=self,
            )
        )

    def _toggle_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.set_done(task, not task.done)

    def set_done(self, task: Task, done: bool) -> None:
        """Complete or reopen ``task`` (one undoable step)."""
        if task.done == done:
            return
        today = self.context.today()
        if done:
            text = self.tr("Aufgabe „{title}“ erledigt").format(title=task.title)

            def save(ctx: OpContext) -> Task:
                return complete_task(ctx.uow(), task_id=task.id, done_on=today)

        else:
            text = self.tr("Aufgabe „{title}“ wieder öffnen").format(title=task.title)

            def save(ctx: OpContext) -> Task:
                return reopen_task(ctx.uow(), task_id=task.id)

        def saved(after: Task) -> None:
            self.context.push(
                EditRecordsCommand(
                    self.context.session,
                    text,
                    family_id=self.context.family_id,
                    before=[task],
                    after=[after],
                    kinds=_KINDS,
                    parent_widget=self,
                )
            )

        run_op(
            self,
            self.context.session,
            save,
            changes=Changes.of("task", family_id=self.context.family_id),
        ).success(saved)
