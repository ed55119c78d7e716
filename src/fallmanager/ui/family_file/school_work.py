"""Tab "Schule & Arbeit": school attendance, vocational training, employment and benefits.

What a secure residence title often depends on (Schulbesuch, Ausbildung, Erwerbstätigkeit,
Lebensunterhalt), per person: the person filter at the top narrows all four tables to one
member (benefits of the whole family stay visible). Every recording is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.education_work import (
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.entity import Entity
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.ui.family_file.school_dialogs import (
    BenefitDialog,
    EmploymentDialog,
    PeriodRecordDialog,
    SchoolAttendanceDialog,
    TrainingDialog,
)
from fallmanager.ui.family_file.school_models import (
    BenefitModel,
    EmploymentModel,
    PersonFilterProxy,
    PersonRecordModel,
    SchoolAttendanceModel,
    TrainingModel,
)
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import CreateRecordsCommand
from fallmanager.ui.family_file.work_common import (
    combo_id,
    fill_person_combo,
    person_label,
    sorted_members,
)
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.tables import make_table

_KINDS = ("school_work",)


class _Section:
    """One group box: a table over a model behind the person filter, and its button."""

    def __init__(self, name: str, model: PersonRecordModel, parent: QWidget) -> None:
        self.model = model
        self.proxy = PersonFilterProxy(parent)
        self.proxy.setSourceModel(model)
        self.table: QTableView = make_table(f"{name}Table")
        self.table.setModel(self.proxy)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}Button")
        self.box = QGroupBox()
        self.box.setObjectName(f"{name}Box")
        layout = QVBoxLayout(self.box)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)


class SchoolWorkTab(FamilyFileTab):
    """Schule & Arbeit: four tables with a person filter and a button each."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The dialog opened last, while it is open.
        self.dialog: PeriodRecordDialog | None = None
        self.person_filter = QComboBox()
        self.person_filter.setObjectName("schoolWorkPerson")
        self.person_filter.addItem("", "")
        self.person_label = QLabel()
        self.person_label.setBuddy(self.person_filter)
        self.school = _Section("school", SchoolAttendanceModel(self), self)
        self.training = _Section("training", TrainingModel(self), self)
        self.employment = _Section("employment", EmploymentModel(self), self)
        self.benefits = _Section("benefit", BenefitModel(self), self)
        self.sections = (self.school, self.training, self.employment, self.benefits)
        self.school.button.clicked.connect(lambda: self.record(SchoolAttendanceDialog))
        self.training.button.clicked.connect(lambda: self.record(TrainingDialog))
        self.employment.button.clicked.connect(lambda: self.record(EmploymentDialog))
        self.benefits.button.clicked.connect(lambda: self.record(BenefitDialog))
        self.person_filter.currentIndexChanged.connect(self._filter_changed)

        top = QHBoxLayout()
        top.addWidget(self.person_label)
        top.addWidget(self.person_filter)
        top.addStretch(1)
        grid = QGridLayout()
        for position, section in enumerate(self.sections):
            grid.addWidget(section.box, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self._update_buttons()
        self.retranslate_ui()

    def _dialog_closed(self) -> None:
        """Forget the dialog once it is closed (it deletes itself)."""
        self.dialog = None

    def title(self) -> str:
        return self.tr("Schule && Arbeit")

    def retranslate_ui(self) -> None:
        self.person_label.setText(self.tr("&Person:"))
        self.person_filter.setItemText(0, self.tr("alle Personen"))
        self.person_filter.setAccessibleName(self.tr("Person"))
        texts = [
            (self.tr("Schulbesuch"), self.tr("&Schulbesuch erfassen …")),
            (self.tr("Ausbildung"), self.tr("&Ausbildung erfassen …")),
            (self.tr("Beschäftigung"), self.tr("B&eschäftigung erfassen …")),
            (self.tr("Leistungen"), self.tr("&Leistungsbezug erfassen …")),
        ]
        for section, (caption, button) in zip(self.sections, texts, strict=True):
            section.box.setTitle(caption)
            section.table.setAccessibleName(caption)
            section.button.setText(button)
            section.model.retranslate()

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        self.person_filter.blockSignals(True)
        fill_person_combo(self.person_filter, sorted_members(detail), none_text="")
        self.person_filter.setItemText(0, self.tr("alle Personen"))
        self.person_filter.blockSignals(False)
        self._filter_changed()
        for section in self.sections:
            section.model.show_detail(detail)
            section.table.resizeColumnsToContents()
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        for section in self.sections:
            section.model.clear()
        self.person_filter.blockSignals(True)
        while self.person_filter.count() > 1:
            self.person_filter.removeItem(1)
        self.person_filter.setCurrentIndex(0)
        self.person_filter.blockSignals(False)
        self._update_buttons()

    def _filter_changed(self, _index: int = 0) -> None:
        person_id = combo_id(self.person_filter)
        for section in self.sections:
            section.proxy.set_person(person_id)

    def _update_buttons(self) -> None:
        has_persons = self.detail is not None and bool(self.detail.persons)
        for section in self.sections:
            section.button.setEnabled(has_persons)

    def record(self, dialog_class: Callable[..., PeriodRecordDialog]) -> PeriodRecordDialog | None:
        """Open the dialog for one kind of record, for the person chosen in the filter."""
        if self.detail is None:
            return None
        dialog = dialog_class(self.context, self.detail, combo_id(self.person_filter), self)
        dialog.saved.connect(self._recorded)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _recorded(self, record: Entity) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self._undo_text(record),
                family_id=self.context.family_id,
                created=[record],
                kinds=_KINDS,
                parent_widget=self,
            )
        )

    def _undo_text(self, record: Entity) -> str:
        person_id = getattr(record, "person_id", None)
        name = person_label(self.detail.person(person_id)) if self.detail and person_id else ""
        if isinstance(record, SchoolAttendance):
            return self.tr("Schulbesuch von „{name}“ erfassen").format(name=name)
        if isinstance(record, VocationalTraining):
            return self.tr("Ausbildung von „{name}“ erfassen").format(name=name)
        if isinstance(record, Employment):
            return self.tr("Beschäftigung von „{name}“ erfassen").format(name=name)
        if isinstance(record, BenefitPeriod):
            return self.tr("Leistungsbezug „{kind}“ erfassen").format(kind=label(record.kind))
        return self.tr("Eintrag erfassen")
