"""Ressourcen und Bedarfe: what each family member (or the family as a whole) brings and
needs in each life domain, with a short rating.

The table lists the entries of the shown version; the overview arranges the ratings as
persons × life domains. Entries are added, changed and removed only on a draft; each edit
is one undo command.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.help_plan import LifeDomain, NeedAssessment, NeedLevel
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.domain.people import Person
from fallmanager.services.help_plan import remove_need, save_need
from fallmanager.services.history import Change
from fallmanager.ui.family_file.person_format import person_name, sorted_persons
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import first_line
from fallmanager.ui.help_plan.dialog_base import Operation, PlanDialog
from fallmanager.ui.help_plan.plan_format import family_person
from fallmanager.ui.help_plan.record_panel import RecordPanel
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.tables import (
    RECORD_ROLE,
    RecordTableModel,
    make_table,
    selected_record,
)

#: Columns of the table.
PERSON, DOMAIN, LEVEL, RESOURCES, NEEDS = range(5)

_DOMAINS = tuple(LifeDomain)
_LEVEL_COLOURS = {
    NeedLevel.NONE: QColor("#e4f2e4"),
    NeedLevel.LOW: QColor("#eef5d9"),
    NeedLevel.MEDIUM: QColor("#fbefd2"),
    NeedLevel.HIGH: QColor("#f8dada"),
}


def need_order(snapshot: HelpPlanSnapshot) -> dict[uuid.UUID | None, int]:
    """Rank of each person in lists: the family as a whole first, then by name."""
    order: dict[uuid.UUID | None, int] = {None: 0}
    for rank, person in enumerate(sorted_persons(snapshot.persons), start=1):
        order[person.id] = rank
    return order


def need_title(snapshot: HelpPlanSnapshot | None, need: NeedAssessment) -> str:
    """ "Arbër Krasniqi – Sprache" (for undo texts and tool tips)."""
    person = snapshot.person(need.person_id) if snapshot is not None else None
    return f"{family_person(person)} – {label(need.domain)}"


class NeedTableModel(RecordTableModel):
    """The entries of one version, the family first, then each person by life domain."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: HelpPlanSnapshot | None = None

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        self.snapshot = snapshot
        if snapshot is None:
            self.set_rows(())
            return
        order = need_order(snapshot)
        self.set_rows(
            sorted(
                snapshot.needs,
                key=lambda n: (order.get(n.person_id, len(order)), _DOMAINS.index(n.domain)),
            )
        )

    def headers(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Lebensbereich"),
            self.tr("Einschätzung"),
            self.tr("Ressourcen"),
            self.tr("Bedarfe"),
        ]

    def cell(self, row: Any, column: int) -> str:
        need: NeedAssessment = row
        if column == PERSON:
            person = self.snapshot.person(need.person_id) if self.snapshot else None
            return family_person(person)
        if column == DOMAIN:
            return label(need.domain)
        if column == RESOURCES:
            return first_line(need.resources)
        if column == NEEDS:
            return first_line(need.needs)
        if column == LEVEL:
            return label(need.level) if need.level is not None else ""
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        need: NeedAssessment = row
        if column == DOMAIN:
            return f"{_DOMAINS.index(need.domain):02d}"
        if column == LEVEL:
            return str(list(NeedLevel).index(need.level)) if need.level is not None else ""
        return self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        need: NeedAssessment = row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == RESOURCES and need.resources:
                return need.resources
            if column == NEEDS and need.needs:
                return need.needs
        if role == Qt.ItemDataRole.BackgroundRole and column == LEVEL and need.level is not None:
            return QBrush(_LEVEL_COLOURS[need.level])
        return None


class NeedOverviewModel(RecordTableModel):
    """Persons × life domains: each cell shows the rating of that person's entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: HelpPlanSnapshot | None = None
        self._cells: dict[tuple[uuid.UUID | None, LifeDomain], NeedAssessment] = {}

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        self.snapshot = snapshot
        self._cells = {}
        if snapshot is None:
            self.set_rows(())
            return
        self._cells = {(n.person_id, n.domain): n for n in snapshot.needs}
        living = [p for p in sorted_persons(snapshot.persons) if not p.deceased]
        rows: list[Person | None] = [None, *living]
        self.set_rows(rows)

    def need_at(self, row: int, column: int) -> NeedAssessment | None:
        if not 0 < column <= len(_DOMAINS):
            return None
        person = self.record(row)
        person_id = person.id if isinstance(person, Person) else None
        return self._cells.get((person_id, _DOMAINS[column - 1]))

    def person_at(self, row: int) -> uuid.UUID | None:
        person = self.record(row)
        return person.id if isinstance(person, Person) else None

    @staticmethod
    def domain_at(column: int) -> LifeDomain | None:
        return _DOMAINS[column - 1] if 0 < column <= len(_DOMAINS) else None

    def headers(self) -> list[str]:
        return [self.tr("Person"), *(label(d) for d in _DOMAINS)]

    def cell(self, row: Any, column: int) -> str:
        if column == 0:
            return family_person(row if isinstance(row, Person) else None)
        index = self._rows.index(row)
        need = self.need_at(index, column)
        if need is None:
            return ""
        if need.level is not None:
            return label(need.level)
        return "•"

    def role_data(self, row: Any, column: int, role: int) -> Any:
        need = self.need_at(self._rows.index(row), column)
        if need is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and need.level is not None:
            return QBrush(_LEVEL_COLOURS[need.level])
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = []
            if need.resources:
                parts.append(self.tr("Ressourcen: {text}").format(text=need.resources))
            if need.needs:
                parts.append(self.tr("Bedarfe: {text}").format(text=need.needs))
            return "\n".join(parts) or None
        return None


class NeedDialog(PlanDialog):
    """Ressourcen und Bedarfe of one person (or the family) in one life domain."""

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: HelpPlanSnapshot,
        need: NeedAssessment | None = None,
        *,
        person_id: uuid.UUID | None = None,
        domain: LifeDomain | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "needDialog", parent)
        self.snapshot = snapshot
        self.need = need
        self.person = QComboBox()
        self.person.setObjectName("needPerson")
        self.person.addItem("", "")
        for member in sorted_persons(snapshot.persons):
            if not member.deceased or (need is not None and need.person_id == member.id):
                self.person.addItem(person_name(member), str(member.id))
        self.domain = QComboBox()
        self.domain.setObjectName("needDomain")
        for value in _DOMAINS:
            self.domain.addItem("", value.value)
        self.resources = QPlainTextEdit()
        self.resources.setObjectName("needResources")
        self.resources.setTabChangesFocus(True)
        self.needs = QPlainTextEdit()
        self.needs.setObjectName("needNeeds")
        self.needs.setTabChangesFocus(True)
        self.level = QComboBox()
        self.level.setObjectName("needLevel")
        self.level.addItem("", "")
        for level in NeedLevel:
            self.level.addItem("", level.value)
        self.add_row("person_id", self.person)
        self.add_row("domain", self.domain)
        self.add_row("resources", self.resources)
        self.add_row("needs", self.needs)
        self.add_row("level", self.level)
        chosen_person = need.person_id if need is not None else person_id
        chosen_domain = need.domain if need is not None else domain
        self.person.setCurrentIndex(max(0, self.person.findData(str(chosen_person or ""))))
        if chosen_domain is not None:
            self.domain.setCurrentIndex(self.domain.findData(chosen_domain.value))
        if need is not None:
            self.resources.setPlainText(need.resources)
            self.needs.setPlainText(need.needs)
            self.level.setCurrentIndex(max(0, self.level.findData(need.level or "")))
        self.resize(520, 460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Ressourcen und Bedarfe ändern")
            if self.need is not None
            else self.tr("Ressourcen und Bedarfe erfassen")
        )
        self.set_labels(
            [
                self.tr("&Person:"),
                self.tr("&Lebensbereich:"),
                self.tr("&Ressourcen:"),
                self.tr("&Bedarfe:"),
                self.tr("&Einschätzung:"),
            ]
        )
        self.person.setItemText(0, family_person(None))
        for index, value in enumerate(_DOMAINS):
            self.domain.setItemText(index, label(value))
        self.level.setItemText(0, self.tr("nicht eingeschätzt"))
        for index, level in enumerate(NeedLevel, start=1):
            self.level.setItemText(index, label(level))
        self.resources.setPlaceholderText(self.tr("Was gelingt, wer unterstützt, was ist da?"))
        self.needs.setPlaceholderText(self.tr("Was fehlt, wobei braucht es Hilfe?"))

    def operation(self) -> Operation | None:
        person_text = str(self.person.currentData() or "")
        person_id = uuid.UUID(person_text) if person_text else None
        domain = LifeDomain(str(self.domain.currentData()))
        level_text = str(self.level.currentData() or "")
        level = NeedLevel(level_text) if level_text else None
        resources, needs = self.resources.toPlainText().strip(), self.needs.toPlainText().strip()
        if not (resources or needs or level):
            self.errors.show(
                "needs", self.tr("Bitte Ressourcen, Bedarfe oder eine Einschätzung eintragen.")
            )
            return None
        same = [
            n
            for n in self.snapshot.needs
            if n.person_id == person_id
            and n.domain is domain
            and (self.need is None or n.id != self.need.id)
        ]
        if same:
            self.errors.show(
                "domain",
                self.tr("Für diese Person und diesen Lebensbereich gibt es schon einen Eintrag."),
            )
            return None
        if self.need is None:
            need = NeedAssessment(
                version_id=self.snapshot.version.id,
                person_id=person_id,
                domain=domain,
                resources=resources,
                needs=needs,
                level=level,
            )
        else:
            need = replace(
                self.need,
                person_id=person_id,
                domain=domain,
                resources=resources,
                needs=needs,
                level=level,
            )
        return lambda ctx: save_need(ctx.uow(), need=need)


class NeedsPanel(RecordPanel):
    """Ressourcen und Bedarfe of one version: table or overview, add/change/remove."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview_toggle = QCheckBox()
        self.overview_toggle.setObjectName("needOverviewToggle")

        self.model = NeedTableModel(self)
        self.table = make_table("needTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.overview_model = NeedOverviewModel(self)
        self.overview = QTableView()
        self.overview.setObjectName("needOverview")
        self.overview.setModel(self.overview_model)
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overview.verticalHeader().hide()
        self.overview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.overview.activated.connect(self._overview_activated)
        self.overview.doubleClicked.connect(self._overview_activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.overview)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("needToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions("Need")
        self.overview_toggle.toggled.connect(self._toggle_overview)

        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addWidget(self.overview_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self._retranslate_actions()
        self.overview_toggle.setText(self.tr("Über&sicht Person × Lebensbereich"))
        self.table.setAccessibleName(self.tr("Ressourcen und Bedarfe"))
        self.overview.setAccessibleName(self.tr("Übersicht Person × Lebensbereich"))
        self.model.retranslate()
        self.overview_model.retranslate()

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        selected = self.selected_need()
        self.snapshot = snapshot
        self.model.show_plan(snapshot)
        self.overview_model.show_plan(snapshot)
        if selected is not None:
            self.select(selected.id)
        self.table.resizeColumnsToContents()
        for column in (RESOURCES, NEEDS):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self._update_buttons()

    def selected_need(self) -> NeedAssessment | None:
        if self.stack.currentWidget() is self.overview:
            index = self.overview.currentIndex()
            if index.isValid():
                return self.overview_model.need_at(index.row(), index.column())
            return None
        record = selected_record(self.table)
        return record if isinstance(record, NeedAssessment) else None

    def select(self, need_id: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            record = self.model.index(row, 0).data(RECORD_ROLE)
            if isinstance(record, NeedAssessment) and record.id == need_id:
                self.table.selectRow(row)
                return

    def _toggle_overview(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.overview if on else self.table)
        if on:
            self.overview.resizeColumnsToContents()
        self._update_buttons()

    def _overview_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == 0:
            return
        need = self.overview_model.need_at(index.row(), index.column())
        if need is not None:
            self.edit(need)
        elif self.editable:
            self.add_need(
                person_id=self.overview_model.person_at(index.row()),
                domain=self.overview_model.domain_at(index.column()),
            )

    # -- actions -----------------------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_need() is not None

    def add_clicked(self) -> None:
        self.add_need()

    def add_need(
        self, *, person_id: uuid.UUID | None = None, domain: LifeDomain | None = None
    ) -> NeedDialog | None:
        if self.snapshot is None or not self.editable:
            return None
        dialog = NeedDialog(
            self.context, self.snapshot, person_id=person_id, domain=domain, parent=self
        )
        dialog.saved.connect(self._created)
        return self._open(dialog)

    def edit_selected(self) -> NeedDialog | None:
        need = self.selected_need()
        return self.edit(need) if need is not None else None

    def edit(self, need: NeedAssessment) -> NeedDialog | None:
        if self.snapshot is None or not self.editable:
            return None
        dialog = NeedDialog(self.context, self.snapshot, need, parent=self)
        dialog.saved.connect(self._changed)
        return self._open(dialog)

    def _created(self, change: Change) -> None:
        need = change.after[0]
        assert isinstance(need, NeedAssessment)  # noqa: S101 - save_need's record
        self._push(
            self.tr("Ressourcen und Bedarfe „{title}“ erfassen").format(
                title=need_title(self.snapshot, need)
            ),
            change,
        )

    def _changed(self, change: Change) -> None:
        need = change.after[0]
        assert isinstance(need, NeedAssessment)  # noqa: S101 - save_need's record
        self._push(
            self.tr("Ressourcen und Bedarfe „{title}“ ändern").format(
                title=need_title(self.snapshot, need)
            ),
            change,
        )

    def remove_selected(self) -> None:
        need = self.selected_need()
        if need is None or not self.editable:
            return
        text = self.tr("Ressourcen und Bedarfe „{title}“ entfernen").format(
            title=need_title(self.snapshot, need)
        )
        run_op(
            self,
            self.context.session,
            lambda ctx: remove_need(ctx.uow(), need_id=need.id),
            changes=Changes.of("help_plan", family_id=self.context.family_id),
        ).success(lambda change: self._push(text, change))
