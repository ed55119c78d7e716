"""Aufenthalt: Voraussetzungen — what the immigration office requires for a secure residence
right (passport procurement, proof of school attendance, proof of livelihood …), written
into the plan with the state of the evidence and a due date.

Requirements are added, changed and removed on a draft; the evidence is also recorded on
the current agreed version (inline in the table: double-click or F2 on "Nachweis"). A
requirement can be taken from the catalogue's phrases; its translations for the family's
printout then come from there.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import EvidenceStatus, PhraseKind, ResidenceRequirement
from fallmanager.domain.help_plan_catalogue import Catalogue, CatalogueEntry
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.services.help_plan import (
    catalogue,
    remove_requirement,
    save_requirement,
    set_evidence,
)
from fallmanager.services.history import Change
from fallmanager.ui.family_file.person_format import person_name, sorted_persons
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    first_line,
    iso,
    make_date_edit,
    retranslate_date_edit,
    set_full_date,
)
from fallmanager.ui.help_plan.dialog_base import Operation, PlanDialog
from fallmanager.ui.help_plan.plan_format import family_person
from fallmanager.ui.help_plan.record_panel import RecordPanel
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import (
    RECORD_ROLE,
    AnyIndex,
    RecordTableModel,
    make_table,
    selected_record,
)

#: Columns.
WORDING, PERSON, EVIDENCE, DUE, NOTES = range(5)

_OVERDUE = QColor("#b00020")
_EVIDENCE_COLOURS = {
    EvidenceStatus.MISSING: QColor("#f8dada"),
    EvidenceStatus.REQUESTED: QColor("#fbefd2"),
    EvidenceStatus.PRESENT: QColor("#e4f2e4"),
}


class RequirementTableModel(RecordTableModel):
    """The requirements of one version in their order; "Nachweis" is editable while the
    version tracks progress (the change is announced, never made here)."""

    #: (requirement, EvidenceStatus) — the user chose another evidence status.
    evidence_requested = Signal(object, object)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.snapshot: HelpPlanSnapshot | None = None

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        self.snapshot = snapshot
        self.set_rows(snapshot.requirements if snapshot is not None else ())

    @property
    def evidence_editable(self) -> bool:
        return self.snapshot is not None and self.snapshot.tracks_progress

    def is_overdue(self, requirement: ResidenceRequirement) -> bool:
        return (
            requirement.due_on is not None
            and requirement.due_on < self._today()
            and requirement.evidence is not EvidenceStatus.PRESENT
        )

    def headers(self) -> list[str]:
        return [
            self.tr("Voraussetzung"),
            self.tr("Person"),
            self.tr("Nachweis"),
            self.tr("Fällig bis"),
            self.tr("Notizen"),
        ]

    def cell(self, row: Any, column: int) -> str:
        requirement: ResidenceRequirement = row
        if column == WORDING:
            return requirement.wording
        if column == PERSON:
            person = self.snapshot.person(requirement.person_id) if self.snapshot else None
            return family_person(person)
        if column == EVIDENCE:
            return label(requirement.evidence)
        if column == DUE:
            return format_date(requirement.due_on)
        if column == NOTES:
            return first_line(requirement.notes)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        requirement: ResidenceRequirement = row
        if column == DUE:
            return iso(requirement.due_on)
        if column == EVIDENCE:
            return str(list(EvidenceStatus).index(requirement.evidence))
        return self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        requirement: ResidenceRequirement = row
        if role == Qt.ItemDataRole.EditRole and column == EVIDENCE:
            return requirement.evidence.value
        if role == Qt.ItemDataRole.BackgroundRole and column == EVIDENCE:
            return QBrush(_EVIDENCE_COLOURS[requirement.evidence])
        overdue = self.is_overdue(requirement)
        if overdue and column == DUE:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OVERDUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue and column == DUE:
                return self.tr("Überfällig seit {date}").format(
                    date=format_date(requirement.due_on)
                )
            if column == EVIDENCE and self.evidence_editable:
                return self.tr("Doppelklick oder F2: Nachweis ändern")
            if column == NOTES and requirement.notes:
                return requirement.notes
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == EVIDENCE and self.evidence_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Choosing a status does not change the row: it asks to save; the reload shows it."""
        if not index.isValid() or index.column() != EVIDENCE or role != Qt.ItemDataRole.EditRole:
            return False
        requirement = self.record(index.row())
        if not isinstance(requirement, ResidenceRequirement) or not self.evidence_editable:
            return False
        try:
            evidence = EvidenceStatus(str(value))
        except ValueError:
            return False
        if evidence is not requirement.evidence:
            self.evidence_requested.emit(requirement, evidence)
        return True


class EvidenceDelegate(QStyledItemDelegate):
    """A combo box of the evidence states for the "Nachweis" column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("evidenceEditor")
        for value in EvidenceStatus:
            editor.addItem(label(value), value.value)
        editor.setAccessibleName(self.tr("Nachweis"))
        # Committed as soon as a state is chosen, like a check box.
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RequirementDialog(PlanDialog):
    """A residence requirement: from the catalogue's phrases or in the case manager's words."""

    #: After the catalogue's phrases were filled in (they load on the database worker).
    catalogue_loaded = Signal()

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: HelpPlanSnapshot,
        requirement: ResidenceRequirement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "requirementDialog", parent)
        self.snapshot = snapshot
        self.requirement = requirement
        self._catalogue_id = requirement.catalogue_id if requirement is not None else ""
        self._phrases: dict[str, CatalogueEntry] = {}
        self.phrase = QComboBox()
        self.phrase.setObjectName("requirementPhrase")
        self.phrase.addItem("", "")
        self.phrase.setEnabled(False)
        self.wording = QLineEdit()
        self.wording.setObjectName("requirementWording")
        self.person = QComboBox()
        self.person.setObjectName("requirementPerson")
        self.person.addItem("", "")
        for member in sorted_persons(snapshot.persons):
            if not member.deceased or (
                requirement is not None and requirement.person_id == member.id
            ):
                self.person.addItem(person_name(member), str(member.id))
        self.evidence = QComboBox()
        self.evidence.setObjectName("requirementEvidence")
        for value in EvidenceStatus:
            self.evidence.addItem("", value.value)
        self.due = make_date_edit("requirementDue")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("requirementNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.add_row("catalogue_id", self.phrase)
        self.add_row("wording", self.wording)
        self.add_row("person_id", self.person)
        self.add_row("evidence", self.evidence)
        self.add_row("due_on", self.due)
        self.add_row("notes", self.notes)
        if requirement is not None:
            self.wording.setText(requirement.wording)
            self.person.setCurrentIndex(
                max(0, self.person.findData(str(requirement.person_id or "")))
            )
            self.evidence.setCurrentIndex(self.evidence.findData(requirement.evidence.value))
            set_full_date(self.due, requirement.due_on)
            self.notes.setPlainText(requirement.notes)
        self.phrase.activated.connect(self._phrase_chosen)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        run_op(self, context.session, lambda ctx: catalogue(ctx.uow())).success(self._fill_phrases)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Voraussetzung ändern")
            if self.requirement is not None
            else self.tr("Voraussetzung hinzufügen")
        )
        self.set_labels(
            [
                self.tr("Aus &Katalog:"),
                self.tr("&Voraussetzung:"),
                self.tr("&Person:"),
                self.tr("&Nachweis:"),
                self.tr("&Fällig bis:"),
                self.tr("N&otizen:"),
            ]
        )
        self.phrase.setItemText(0, self.tr("– eigener Text –"))
        self.person.setItemText(0, family_person(None))
        for index, value in enumerate(EvidenceStatus):
            self.evidence.setItemText(index, label(value))
        self.wording.setPlaceholderText(self.tr("z. B. Nachweis über den regelmäßigen Schulbesuch"))
        retranslate_date_edit(self.due)

    def _fill_phrases(self, found: Catalogue) -> None:
        phrases = found.phrases(PhraseKind.REQUIREMENT)
        self._phrases = {entry.id: entry for entry in phrases}
        for entry in phrases:
            self.phrase.addItem(entry.german, entry.id)
            self.phrase.setItemData(
                self.phrase.count() - 1, entry.german, Qt.ItemDataRole.ToolTipRole
            )
        if self._catalogue_id:
            self.phrase.setCurrentIndex(max(0, self.phrase.findData(self._catalogue_id)))
        self.phrase.setEnabled(bool(phrases))
        self.catalogue_loaded.emit()

    def _phrase_chosen(self, index: int) -> None:
        entry = self._phrases.get(str(self.phrase.itemData(index) or ""))
        self._catalogue_id = entry.id if entry is not None else ""
        if entry is not None:
            self.wording.setText(entry.german)
            self.wording.setFocus()

    def choose_phrase(self, entry_id: str) -> None:
        """Take the catalogue phrase ``entry_id`` (as if chosen in the list)."""
        index = self.phrase.findData(entry_id)
        if index < 0:
            raise KeyError(entry_id)
        self.phrase.setCurrentIndex(index)
        self._phrase_chosen(index)

    def operation(self) -> Operation | None:
        wording = self.wording.text().strip()
        if not wording:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "wording"))
        due_on = self.read_date(self.due, "due_on")
        if self.errors.has_errors():
            return None
        person_text = str(self.person.currentData() or "")
        values: dict[str, Any] = {
            "person_id": uuid.UUID(person_text) if person_text else None,
            "wording": wording,
            "catalogue_id": self._catalogue_id,
            "evidence": EvidenceStatus(str(self.evidence.currentData())),
            "due_on": due_on,
            "notes": self.notes.toPlainText().strip(),
        }
        if self.requirement is None:
            requirement = ResidenceRequirement(version_id=self.snapshot.version.id, **values)
        else:
            requirement = replace(self.requirement, **values)
        return lambda ctx: save_requirement(ctx.uow(), requirement=requirement)


class RequirementsPanel(RecordPanel):
    """Aufenthalt: Voraussetzungen of one version, with add / change / remove."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RequirementTableModel(context.today, self)
        self.model.evidence_requested.connect(self.set_evidence)
        self.table = make_table("requirementTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(EVIDENCE, EvidenceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("requirementToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions("Requirement")
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self._retranslate_actions()
        self.table.setAccessibleName(self.tr("Voraussetzungen für den Aufenthalt"))
        self.model.retranslate()

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        selected = self.selected_requirement()
        self.snapshot = snapshot
        self.model.show_plan(snapshot)
        if selected is not None:
            self.select(selected.id, selected.origin_id)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(WORDING, min(self.table.columnWidth(WORDING), 420))
        self._update_buttons()

    def selected_requirement(self) -> ResidenceRequirement | None:
        record = selected_record(self.table)
        return record if isinstance(record, ResidenceRequirement) else None

    def select(self, requirement_id: uuid.UUID, origin_id: uuid.UUID | None = None) -> None:
        for row in range(self.model.rowCount()):
            record = self.model.index(row, 0).data(RECORD_ROLE)
            if isinstance(record, ResidenceRequirement) and requirement_id in (
                record.id,
                record.origin_id,
            ):
                self.table.selectRow(row)
                return

    def _double_clicked(self, index: AnyIndex) -> None:
        if index.column() != EVIDENCE or not self.model.evidence_editable:
            self.edit_selected()

    # -- actions -----------------------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_requirement() is not None

    def add_clicked(self) -> None:
        self.add_requirement()

    def add_requirement(self) -> RequirementDialog | None:
        if self.snapshot is None or not self.editable:
            return None
        dialog = RequirementDialog(self.context, self.snapshot, parent=self)
        dialog.saved.connect(self._created)
        return self._open(dialog)

    def edit_selected(self) -> RequirementDialog | None:
        requirement = self.selected_requirement()
        if requirement is None or self.snapshot is None or not self.editable:
            return None
        dialog = RequirementDialog(self.context, self.snapshot, requirement, parent=self)
        dialog.saved.connect(self._changed)
        return self._open(dialog)

    @staticmethod
    def _wording(change: Change) -> str:
        record = (change.after or change.before)[0]
        return record.wording if isinstance(record, ResidenceRequirement) else ""

    def _created(self, change: Change) -> None:
        text = self.tr("Voraussetzung „{wording}“ hinzufügen")
        self._push(text.format(wording=first_line(self._wording(change), 60)), change)

    def _changed(self, change: Change) -> None:
        text = self.tr("Voraussetzung „{wording}“ ändern")
        self._push(text.format(wording=first_line(self._wording(change), 60)), change)

    def remove_selected(self) -> None:
        requirement = self.selected_requirement()
        if requirement is None or not self.editable:
            return
        text = self.tr("Voraussetzung „{wording}“ entfernen").format(
            wording=first_line(requirement.wording, 60)
        )
        run_op(
            self,
            self.context.session,
            lambda ctx: remove_requirement(ctx.uow(), requirement_id=requirement.id),
            changes=Changes.of("help_plan", family_id=self.context.family_id),
        ).success(lambda change: self._push(text, change))

    def set_evidence(self, requirement: ResidenceRequirement, evidence: EvidenceStatus) -> None:
        """Record where the evidence stands (one undoable step)."""
        if requirement.evidence is evidence or not self.model.evidence_editable:
            return
        text = self.tr("Nachweis „{wording}“: {status}").format(
            wording=first_line(requirement.wording, 60), status=label(evidence)
        )
        run_op(
            self,
            self.context.session,
            lambda ctx: set_evidence(ctx.uow(), requirement_id=requirement.id, evidence=evidence),
            changes=Changes.of("help_plan", family_id=self.context.family_id),
        ).success(lambda change: self._push(text, change))
