"""Dialogs of the tab "Schule & Arbeit": each records one period for a person.

All four share the person, the period (von/bis), the notes and the saving: one service call
on OK, errors below their fields (``END_BEFORE_START`` below "bis"), closing only when
saved. Schools and training providers are chosen from the network directory.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.education_work import AttendanceConcern, BenefitKind
from fallmanager.domain.entity import Entity, check_period
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor, ActorKind
from fallmanager.services.education_work import (
    record_benefit_period,
    record_employment,
    record_school_attendance,
    record_training,
)
from fallmanager.services.network import list_actors
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    combo_id,
    fill_person_combo,
    make_date_edit,
    read_full_date,
    retranslate_date_edit,
    select_id,
    sorted_members,
)
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.forms import FieldErrors

Save = Callable[[OpContext], Entity]


def required_person(person_id: uuid.UUID | None) -> uuid.UUID:
    """The person of a record that needs one (the form has checked that one is chosen)."""
    if person_id is None:
        raise DomainError(ErrorCode.REQUIRED, "person_id")
    return person_id


class PeriodRecordDialog(QDialog):
    """Base: person, specific fields (subclass), von, bis, notes; one service call."""

    saved = Signal(object)  # the created record

    #: Whether the person may be left out (benefits of the whole family).
    person_optional = False
    #: Actor kinds offered in ``actor`` (empty: no actor field).
    actor_kinds: tuple[ActorKind, ...] = ()
    actor_field = ""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        person_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._saving = False
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self._rows: list[tuple[QLabel, str]] = []
        self.person = QComboBox()
        self.person.setObjectName("recordPerson")
        members = [p for p in sorted_members(detail) if not p.deceased]
        fill_person_combo(self.person, members, none_text="" if self.person_optional else None)
        if person_id is not None:
            select_id(self.person, person_id)
        self.add_row("person_id", self.person)
        self.actor: QComboBox | None = None
        if self.actor_kinds:
            self.actor = QComboBox()
            self.actor.setObjectName("recordActor")
            self.actor.addItem("", "")
            self.add_row(self.actor_field, self.actor)
        self.build_fields()
        self.from_date = make_date_edit("recordFrom")
        self.until_date = make_date_edit("recordUntil")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("recordNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 5)
        self.add_row("from_date", self.from_date)
        self.add_row("until_date", self.until_date)
        self.add_row("notes", self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("recordOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        if self.actor_kinds:
            run_op(self, context.session, lambda ctx: list_actors(ctx.uow())).success(
                self._fill_actors
            )

    def add_row(self, name: str, widget: QWidget) -> None:
        row_label = self.errors.add_row(self.form, "", name, widget)
        self._rows.append((row_label, name))

    # -- to implement ------------------------------------------------------------------------

    def build_fields(self) -> None:
        """Add the record's own fields with :meth:`add_row`."""

    def field_labels(self) -> dict[str, str]:
        """Translated row labels by field name (with mnemonics)."""
        raise NotImplementedError

    def window_title(self) -> str:
        raise NotImplementedError

    def check(self) -> None:
        """Raise ``DomainError`` for what the form can check itself."""

    def make_save(self, person_id: uuid.UUID | None, start: date | None, end: date | None) -> Save:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.window_title())
        # Translated in this class's context also for subclasses (as lupdate extracts them).
        labels = {
            "person_id": QCoreApplication.translate("PeriodRecordDialog", "&Person"),
            "from_date": QCoreApplication.translate("PeriodRecordDialog", "&Von"),
            "until_date": QCoreApplication.translate("PeriodRecordDialog", "&Bis"),
            "notes": QCoreApplication.translate("PeriodRecordDialog", "&Notizen"),
            **self.field_labels(),
        }
        for row_label, name in self._rows:
            text = labels.get(name, name)
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", ""))
        retranslate_date_edit(self.from_date)
        retranslate_date_edit(self.until_date)
        if self.person_optional:
            self.person.setItemText(
                0, QCoreApplication.translate("PeriodRecordDialog", "ganze Familie")
            )
        if self.actor is not None:
            self.actor.setItemText(
                0, QCoreApplication.translate("PeriodRecordDialog", "keine Angabe")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_actors(self, actors: list[Actor]) -> None:
        if self.actor is None:
            return
        chosen = [a for a in actors if a.kind in self.actor_kinds]
        for actor in sorted_by(chosen, lambda a: a.name):
            self.actor.addItem(actor.name, str(actor.id))

    def actor_id(self) -> uuid.UUID | None:
        return combo_id(self.actor) if self.actor is not None else None

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        start = end = None
        for name, edit in (("from_date", self.from_date), ("until_date", self.until_date)):
            try:
                value = read_full_date(edit, name)
            except DomainError as exc:
                self.errors.show_domain_error(DomainError(exc.code, name))
                continue
            if name == "from_date":
                start = value
            else:
                end = value
        person_id = combo_id(self.person)
        if person_id is None and not self.person_optional:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "person_id"))
        try:
            self.check()
            if not self.errors.has_errors():
                check_period(start, end, "until_date")
        except DomainError as exc:
            self.errors.show_domain_error(exc)
        if self.errors.has_errors():
            self.errors.focus_first_error()
            return
        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            self.make_save(person_id, start, end),
            changes=Changes.of("school_work", family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def _saved(self, record: Entity) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc):
            return None
        return False


class SchoolAttendanceDialog(PeriodRecordDialog):
    """Schulbesuch erfassen: school or Kita, class, how regular the attendance is."""

    actor_kinds = (ActorKind.SCHOOL, ActorKind.KITA)
    actor_field = "school_id"

    def build_fields(self) -> None:
        self.class_name = QLineEdit()
        self.class_name.setObjectName("className")
        self.class_name.setMaxLength(40)
        self.concern = QComboBox()
        self.concern.setObjectName("attendanceConcern")
        for concern in AttendanceConcern:
            self.concern.addItem(label(concern), concern.value)
        self.add_row("class_name", self.class_name)
        self.add_row("concern", self.concern)

    def window_title(self) -> str:
        return self.tr("Schulbesuch erfassen")

    def field_labels(self) -> dict[str, str]:
        return {
            "school_id": self.tr("&Schule / Kita"),
            "class_name": self.tr("&Klasse"),
            "concern": self.tr("Schul&besuch"),
        }

    def make_save(self, person_id: uuid.UUID | None, start: date | None, end: date | None) -> Save:
        save = partial(
            record_school_attendance,
            person_id=required_person(person_id),
            school_id=self.actor_id(),
            class_name=self.class_name.text(),
            from_date=start,
            until_date=end,
            concern=AttendanceConcern(self.concern.currentData()),
            notes=self.notes.toPlainText(),
        )
        return lambda ctx: save(ctx.uow())


class TrainingDialog(PeriodRecordDialog):
    """Ausbildung erfassen: occupation, Berufskolleg or provider, company, qualified."""

    actor_kinds = (ActorKind.TRAINING_PROVIDER, ActorKind.SCHOOL)
    actor_field = "provider_id"

    def build_fields(self) -> None:
        self.occupation = QLineEdit()
        self.occupation.setObjectName("trainingOccupation")
        self.employer = QLineEdit()
        self.employer.setObjectName("trainingEmployer")
        self.qualified = QCheckBox()
        self.qualified.setObjectName("trainingQualified")
        self.qualified.setChecked(True)
        self.add_row("occupation", self.occupation)
        self.add_row("employer", self.employer)
        self.add_row("qualified", self.qualified)

    def window_title(self) -> str:
        return self.tr("Ausbildung erfassen")

    def field_labels(self) -> dict[str, str]:
        return {
            "provider_id": self.tr("Berufskolleg / &Träger"),
            "occupation": self.tr("&Beruf"),
            "employer": self.tr("Ausbildungs&betrieb"),
            "qualified": self.tr("&Qualifizierte Ausbildung"),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.qualified.setText(self.tr("ja (Grundlage einer Ausbildungsduldung)"))

    def check(self) -> None:
        if not self.occupation.text().strip():
            raise DomainError(ErrorCode.REQUIRED, "occupation")

    def make_save(self, person_id: uuid.UUID | None, start: date | None, end: date | None) -> Save:
        save = partial(
            record_training,
            person_id=required_person(person_id),
            occupation=self.occupation.text(),
            provider_id=self.actor_id(),
            employer=self.employer.text(),
            qualified=self.qualified.isChecked(),
            from_date=start,
            until_date=end,
            notes=self.notes.toPlainText(),
        )
        return lambda ctx: save(ctx.uow())


class EmploymentDialog(PeriodRecordDialog):
    """Beschäftigung erfassen: employer, job, hours per week, whether it secures a living."""

    def build_fields(self) -> None:
        self.employer = QLineEdit()
        self.employer.setObjectName("employmentEmployer")
        self.occupation = QLineEdit()
        self.occupation.setObjectName("employmentOccupation")
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("employmentHours")
        self.hours.setRange(0, 80)
        self.hours.setDecimals(1)
        self.secures = QCheckBox()
        self.secures.setObjectName("employmentSecures")
        self.add_row("employer", self.employer)
        self.add_row("occupation", self.occupation)
        self.add_row("hours_per_week", self.hours)
        self.add_row("secures_livelihood", self.secures)

    def window_title(self) -> str:
        return self.tr("Beschäftigung erfassen")

    def field_labels(self) -> dict[str, str]:
        return {
            "employer": self.tr("&Arbeitgeber"),
            "occupation": self.tr("&Tätigkeit"),
            "hours_per_week": self.tr("&Stunden pro Woche"),
            "secures_livelihood": self.tr("&Lebensunterhalt"),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hours.setSpecialValueText(self.tr("keine Angabe"))
        self.secures.setText(self.tr("wird (überwiegend) gesichert"))

    def check(self) -> None:
        if not self.employer.text().strip():
            raise DomainError(ErrorCode.REQUIRED, "employer")

    def make_save(self, person_id: uuid.UUID | None, start: date | None, end: date | None) -> Save:
        save = partial(
            record_employment,
            person_id=required_person(person_id),
            employer=self.employer.text(),
            occupation=self.occupation.text(),
            hours_per_week=self.hours.value() or None,
            secures_livelihood=self.secures.isChecked(),
            from_date=start,
            until_date=end,
            notes=self.notes.toPlainText(),
        )
        return lambda ctx: save(ctx.uow())


class BenefitDialog(PeriodRecordDialog):
    """Leistungsbezug erfassen: which benefit, for the family or one member."""

    person_optional = True

    def build_fields(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("benefitKind")
        for kind in BenefitKind:
            self.kind.addItem(label(kind), kind.value)
        self.add_row("kind", self.kind)

    def window_title(self) -> str:
        return self.tr("Leistungsbezug erfassen")

    def field_labels(self) -> dict[str, str]:
        return {"kind": self.tr("&Leistung")}

    def make_save(self, person_id: uuid.UUID | None, start: date | None, end: date | None) -> Save:
        save = partial(
            record_benefit_period,
            family_id=self.context.family_id,
            kind=BenefitKind(self.kind.currentData()),
            person_id=person_id,
            from_date=start,
            until_date=end,
            notes=self.notes.toPlainText(),
        )
        return lambda ctx: save(ctx.uow())
