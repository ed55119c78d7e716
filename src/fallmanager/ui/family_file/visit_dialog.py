"""Recording a visit (Besuch erfassen) in under a minute.

Everything has a sensible default: the time is now (to the minute), the kind is a home
visit, the place is the family's current accommodation. The user ticks who was present,
types the note and presses OK. Choices made here:

* **Who was present** starts with *nobody* ticked. Presence is a statement the case manager
  makes; pre-ticked boxes would record absent people as present whenever the user forgets
  to untick someone.
* **Topics** are stored as the text the user sees when recording (the German label in a
  German UI, "School" in an English one), together with any free topics typed in the field
  below. ``Visit.topics`` is a list of free-text labels that is searched and exported as
  text; storing codes for some topics and typed text for others would make both ambiguous.
* **Not undoable.** A visit comes with its case note, and case notes are append-only
  (Verlaufsdokumentation), so no undo command is pushed; the dialog itself is the
  confirmation. Mistakes are fixed with a correction note.

The dialog is opened with ``open()`` and keeps what was typed while the application hides
it during an automatic lock.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.codes import is_language_code
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import Person
from fallmanager.domain.visits import VisitKind
from fallmanager.services.visits import RecordedVisit, record_visit
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import person_label, sorted_members
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import datetime_display_format
from fallmanager.ui.widgets.forms import FieldErrors

#: Common topics of a visit, offered as check boxes (stored as the label the user sees).
COMMON_TOPICS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("VisitTopics", "Schule")),
    str(QT_TRANSLATE_NOOP("VisitTopics", "Arbeit")),
    str(QT_TRANSLATE_NOOP("VisitTopics", "Aufenthalt")),
    str(QT_TRANSLATE_NOOP("VisitTopics", "Gesundheit")),
    str(QT_TRANSLATE_NOOP("VisitTopics", "Wohnen")),
    str(QT_TRANSLATE_NOOP("VisitTopics", "Finanzen")),
    str(QT_TRANSLATE_NOOP("VisitTopics", "Sprache")),
)

#: Domain field names that are shown on another row of this form.
_FIELD_ALIASES = {"interpreter_present": "interpreter_name"}


def topic_label(source: str) -> str:
    return QCoreApplication.translate("VisitTopics", source)


def current_place(detail: FamilyFileDetail, day: date) -> str:
    """Where the family lives on ``day`` (accommodation and unit), or empty."""
    current = [h for h in detail.households if h.is_current_on(day) and h.accommodation_id]
    if not current:
        return ""
    household = max(current, key=lambda h: (h.moved_in or date.min, str(h.id)))
    accommodation = next(
        (a for a in detail.accommodations if a.id == household.accommodation_id), None
    )
    if accommodation is None:
        return ""
    return ", ".join(p for p in (accommodation.label, household.unit.strip()) if p)


def minute_now(day: date) -> datetime:
    """``day`` at the current wall-clock time, to the minute (the domain refuses finer)."""
    now = datetime.now()
    return datetime.combine(day, now.time()).replace(second=0, microsecond=0)


class VisitDialog(QDialog):
    """Besuch erfassen: one ``record_visit`` call on OK; closes only when it succeeded."""

    recorded = Signal(object)  # RecordedVisit

    def __init__(
        self, context: FamilyFileContext, detail: FamilyFileDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.context = context
        self._today = context.today()
        self._saving = False
        self.errors = FieldErrors()

        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setObjectName("visitOccurredAt")
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat(datetime_display_format())
        moment = minute_now(self._today)
        self.occurred_at.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
        self.kind = QComboBox()
        self.kind.setObjectName("visitKind")
        for kind in VisitKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(VisitKind.HOME_VISIT.value))
        self.place = QLineEdit(current_place(detail, self._today))
        self.place.setObjectName("visitPlace")

        self.members = QWidget()
        self.members.setObjectName("visitPresent")
        grid = QGridLayout(self.members)
        grid.setContentsMargins(0, 0, 0, 0)
        self.member_boxes: dict[uuid.UUID, QCheckBox] = {}
        living = [p for p in sorted_members(detail) if not p.deceased]
        for position, person in enumerate(living):
            box = QCheckBox(person_label(person))
            box.setObjectName(f"present_{person.id}")
            self.member_boxes[person.id] = box
            grid.addWidget(box, position // 3, position % 3)
        self.others = QLineEdit()
        self.others.setObjectName("visitOthers")

        self.interpreter = QCheckBox()
        self.interpreter.setObjectName("visitInterpreter")
        self.interpreter_name = QLineEdit()
        self.interpreter_name.setObjectName("visitInterpreterName")
        self.language = QLineEdit(self._interpreter_language(living))
        self.language.setObjectName("visitLanguage")
        self.language.setMaxLength(12)
        interpreter_row = QWidget()
        row = QHBoxLayout(interpreter_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.interpreter)
        row.addWidget(self.interpreter_name, 3)
        row.addWidget(self.language, 1)

        self.topics = QWidget()
        self.topics.setObjectName("visitTopics")
        topic_grid = QGridLayout(self.topics)
        topic_grid.setContentsMargins(0, 0, 0, 0)
        self.topic_boxes: dict[str, QCheckBox] = {}
        for position, source in enumerate(COMMON_TOPICS):
            box = QCheckBox()
            box.setObjectName(f"topic_{position}")
            self.topic_boxes[source] = box
            topic_grid.addWidget(box, position // 4, position % 4)
        self.more_topics = QLineEdit()
        self.more_topics.setObjectName("visitMoreTopics")
        topic_grid.addWidget(self.more_topics, (len(COMMON_TOPICS) + 3) // 4, 0, 1, 4)

        self.duration = QSpinBox()
        self.duration.setObjectName("visitDuration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.note = QPlainTextEdit()
        self.note.setObjectName("visitNote")
        self.note.setTabChangesFocus(True)

        self.form = QFormLayout()
        self._labels = [
            self.errors.add_row(self.form, "", "occurred_at", self.occurred_at),
            self.errors.add_row(self.form, "", "kind", self.kind),
            self.errors.add_row(self.form, "", "place", self.place),
            self.errors.add_row(self.form, "", "present_person_ids", self.members),
            self.errors.add_row(self.form, "", "others_present", self.others),
            self.errors.add_row(self.form, "", "interpreter_name", interpreter_row),
            self.errors.add_row(self.form, "", "topics", self.topics),
            self.errors.add_row(self.form, "", "duration_minutes", self.duration),
            self.errors.add_row(self.form, "", "text", self.note),
        ]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("visitOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.interpreter.toggled.connect(self._interpreter_toggled)
        self._interpreter_toggled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Besuch erfassen"))
        texts = [
            self.tr("&Zeitpunkt"),
            self.tr("&Art"),
            self.tr("&Ort"),
            self.tr("Anwesend"),
            self.tr("&Weitere Anwesende"),
            self.tr("&Sprachmittlung"),
            self.tr("T&hemen"),
            self.tr("&Dauer"),
            self.tr("&Notiz"),
        ]
        for row_label, text in zip(self._labels, texts, strict=True):
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", ""))
        self.others.setPlaceholderText(self.tr("z. B. Schulsozialarbeiterin"))
        self.interpreter.setText(self.tr("anwesend"))
        self.interpreter.setAccessibleName(self.tr("Sprachmittlung anwesend"))
        self.interpreter_name.setPlaceholderText(self.tr("Name der Sprachmittlung"))
        self.interpreter_name.setAccessibleName(self.tr("Name der Sprachmittlung"))
        self.language.setPlaceholderText(self.tr("Sprache, z. B. sr"))
        self.language.setAccessibleName(self.tr("Sprache (Sprachcode)"))
        for source, box in self.topic_boxes.items():
            box.setText(topic_label(source))
        self.more_topics.setPlaceholderText(self.tr("weitere Themen, durch Komma getrennt"))
        self.more_topics.setAccessibleName(self.tr("Weitere Themen"))
        self.topics.setAccessibleName(self.tr("Themen"))
        self.duration.setSpecialValueText(self.tr("keine Angabe"))
        self.duration.setSuffix(self.tr(" Min."))
        self.duration.setAccessibleName(self.tr("Dauer in Minuten"))
        self.note.setAccessibleName(self.tr("Notiz"))
        self.note.setPlaceholderText(self.tr("Was wurde besprochen, was wurde vereinbart?"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values ------------------------------------------------------------------------------

    @staticmethod
    def _interpreter_language(persons: list[Person]) -> str:
        return next(
            (
                p.interpreter_language
                for p in persons
                if p.needs_interpreter and p.interpreter_language
            ),
            "",
        )

    def _interpreter_toggled(self, checked: bool) -> None:
        self.interpreter_name.setEnabled(checked)
        self.language.setEnabled(checked)

    def occurred(self) -> datetime:
        value = self.occurred_at.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def present_person_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(pid for pid, box in self.member_boxes.items() if box.isChecked())

    def chosen_topics(self) -> tuple[str, ...]:
        topics = [box.text() for box in self.topic_boxes.values() if box.isChecked()]
        for part in self.more_topics.text().replace(";", ",").split(","):
            if part.strip() and part.strip() not in topics:
                topics.append(part.strip())
        return tuple(topics)

    def validate(self) -> bool:
        """Check what the form can check itself; errors appear below their fields."""
        self.errors.clear()
        occurred = self.occurred()
        if occurred.date() > self._today + timedelta(days=1):
            self.errors.show_domain_error(DomainError(ErrorCode.DATE_IN_FUTURE, "occurred_at"))
        language = self.language.text().strip()
        if self.interpreter.isChecked() and language and not is_language_code(language):
            self.errors.show_domain_error(DomainError(ErrorCode.INVALID_CODE, "interpreter_name"))
        self.errors.focus_first_error()
        return not self.errors.has_errors()

    # -- saving ------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._saving or not self.validate():
            return
        interpreter = self.interpreter.isChecked()
        record = partial(
            record_visit,
            family_id=self.context.family_id,
            occurred_at=self.occurred(),
            kind=VisitKind(self.kind.currentData()),
            place=self.place.text(),
            duration_minutes=self.duration.value() or None,
            present_person_ids=self.present_person_ids(),
            others_present=self.others.text(),
            interpreter_present=interpreter,
            interpreter_name=self.interpreter_name.text() if interpreter else "",
            language=self.language.text().strip() if interpreter else "",
            topics=self.chosen_topics(),
            note=self.note.toPlainText(),
        )

        def save(ctx: OpContext) -> RecordedVisit:
            return record(ctx.uow())

        self._set_saving(True)
        run_op(
            self,
            self.context.session,
            save,
            label=self.tr("Besuch wird gespeichert …"),
            changes=Changes.of("visit", family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ok_button.setEnabled(not saving)

    def _saved(self, result: RecordedVisit) -> None:
        self._set_saving(False)
        self.recorded.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_saving(False)
        if isinstance(exc, DomainError):
            field = _FIELD_ALIASES.get(exc.field or "", exc.field)
            if field == "language":
                field = "interpreter_name"
            if self.errors.show_domain_error(DomainError(exc.code, field, **exc.params)):
                return None
        return False
