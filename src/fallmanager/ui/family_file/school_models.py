"""Tables of the tab "Schule & Arbeit": school, vocational training, employment, benefits."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QObject,
    QSortFilterProxyModel,
)

from fallmanager.domain.education_work import (
    BenefitPeriod,
    Employment,
    SchoolAttendance,
    VocationalTraining,
)
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor
from fallmanager.ui.family_file.work_common import iso, period_text, person_label, yes_no
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.tables import RECORD_ROLE, AnyIndex, RecordTableModel


class PersonRecordModel(RecordTableModel):
    """Rows of one kind of record; the first column names the person."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detail: FamilyFileDetail | None = None
        self._actors: dict[uuid.UUID, Actor] = {}

    def show_detail(self, detail: FamilyFileDetail) -> None:
        self._detail = detail
        self._actors = {a.id: a for a in detail.actors}
        self.set_rows(self.records_of(detail))

    def clear(self) -> None:
        self._detail = None
        self._actors = {}
        super().clear()

    def records_of(self, detail: FamilyFileDetail) -> list[Any]:
        raise NotImplementedError

    def person_name(self, person_id: uuid.UUID | None) -> str:
        if person_id is None or self._detail is None:
            return ""
        return person_label(self._detail.person(person_id))

    def actor_name(self, actor_id: uuid.UUID | None) -> str:
        actor = self._actors.get(actor_id) if actor_id is not None else None
        return actor.name if actor is not None else ""

    def sort_value(self, row: Any, column: int) -> str:
        if column == self.columnCount() - 1:  # the period: by its start
            return iso(getattr(row, "from_date", None))
        return self.cell(row, column)


class SchoolAttendanceModel(PersonRecordModel):
    """Person, Schule/Kita, Klasse, Schulbesuch, Zeitraum."""

    def records_of(self, detail: FamilyFileDetail) -> list[Any]:
        return list(detail.school_attendances)

    def headers(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Schule / Kita"),
            self.tr("Klasse"),
            self.tr("Schulbesuch"),
            self.tr("Zeitraum"),
        ]

    def cell(self, row: Any, column: int) -> str:
        record: SchoolAttendance = row
        values = [
            self.person_name(record.person_id),
            self.actor_name(record.school_id),
            record.class_name,
            label(record.concern),
            period_text(record.from_date, record.until_date),
        ]
        return values[column] if 0 <= column < len(values) else ""


class TrainingModel(PersonRecordModel):
    """Person, Beruf, Berufskolleg / Träger, Betrieb, qualifiziert, Zeitraum."""

    def records_of(self, detail: FamilyFileDetail) -> list[Any]:
        return list(detail.vocational_trainings)

    def headers(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Beruf"),
            self.tr("Berufskolleg / Träger"),
            self.tr("Betrieb"),
            self.tr("Qualifiziert"),
            self.tr("Zeitraum"),
        ]

    def cell(self, row: Any, column: int) -> str:
        record: VocationalTraining = row
        values = [
            self.person_name(record.person_id),
            record.occupation,
            self.actor_name(record.provider_id),
            record.employer,
            yes_no(record.qualified),
            period_text(record.from_date, record.until_date),
        ]
        return values[column] if 0 <= column < len(values) else ""


class EmploymentModel(PersonRecordModel):
    """Person, Arbeitgeber, Tätigkeit, Stunden/Woche, sichert Lebensunterhalt, Zeitraum."""

    def records_of(self, detail: FamilyFileDetail) -> list[Any]:
        return list(detail.employments)

    def headers(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Arbeitgeber"),
            self.tr("Tätigkeit"),
            self.tr("Std./Woche"),
            self.tr("Sichert Lebensunterhalt"),
            self.tr("Zeitraum"),
        ]

    def cell(self, row: Any, column: int) -> str:
        record: Employment = row
        hours = (
            QLocale().toString(record.hours_per_week, "g", 4)
            if record.hours_per_week is not None
            else ""
        )
        values = [
            self.person_name(record.person_id),
            record.employer,
            record.occupation,
            hours,
            yes_no(record.secures_livelihood),
            period_text(record.from_date, record.until_date),
        ]
        return values[column] if 0 <= column < len(values) else ""


class BenefitModel(PersonRecordModel):
    """Person (or the whole family), Leistung, Zeitraum."""

    def records_of(self, detail: FamilyFileDetail) -> list[Any]:
        return list(detail.benefit_periods)

    def headers(self) -> list[str]:
        return [self.tr("Person"), self.tr("Leistung"), self.tr("Zeitraum")]

    def cell(self, row: Any, column: int) -> str:
        record: BenefitPeriod = row
        person = (
            self.person_name(record.person_id)
            if record.person_id is not None
            else self.tr("ganze Familie")
        )
        values = [person, label(record.kind), period_text(record.from_date, record.until_date)]
        return values[column] if 0 <= column < len(values) else ""


class PersonFilterProxy(QSortFilterProxyModel):
    """Only the records of one person (family-wide records always); ``None`` shows all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person_id: uuid.UUID | None = None

    def set_person(self, person_id: uuid.UUID | None) -> None:
        if person_id != self._person_id:
            self.beginFilterChange()
            self._person_id = person_id
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._person_id is None:
            return True
        record = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        person_id = getattr(record, "person_id", None)
        return person_id is None or person_id == self._person_id
