"""Dialog "Neue Familie": opens a family file and, optionally, records its first member.

The case number is proposed (the next free one of the year) and may be changed; format and
duplicates are reported next to the field. If the first person looks like someone already
in the vault, the dialog lists the candidates and saves only after the user confirms that
this is a different person.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QEvent, QModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import check_case_number
from fallmanager.domain.people import Person
from fallmanager.services.family_files import propose_case_number
from fallmanager.services.persons import (
    NewFamily,
    PossibleDuplicateError,
    open_family_file_with_person,
)
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.texts import error_text
from fallmanager.ui.widgets.dates import (
    PartialDateEdit,
    date_display_format,
    format_partial_date,
    to_date,
    to_qdate,
)
from fallmanager.ui.widgets.forms import FieldErrors
from fallmanager.ui.widgets.tables import AnyIndex


class DuplicateListModel(QAbstractListModel):
    """Persons who may be the one being entered: name and birth date."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._persons: list[Person] = []

    def set_persons(self, persons: Sequence[Person]) -> None:
        self.beginResetModel()
        self._persons = list(persons)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._persons)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._persons):
            return None
        person = self._persons[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            born = format_partial_date(person.birth_date)
            return f"{person.display_name} ({born})" if born else person.display_name
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None


class NewFamilyDialog(QDialog):
    """Neue Familie anlegen. ``created`` carries the new family file's id."""

    created = QtSignal(object)

    def __init__(
        self,
        session: VaultSession,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newFamilyDialog")
        self._session = session
        self._today = today
        self._saving = False
        self._proposed = ""
        self.errors = FieldErrors()

        self.case_number = QLineEdit()
        self.case_number.setObjectName("caseNumberEdit")
        self.case_number.setMaxLength(11)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("responsibleEdit")
        self.responsible.setMaxLength(200)
        self.opened_on = QDateEdit()
        self.opened_on.setObjectName("openedOnEdit")
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat(date_display_format())
        self.opened_on.setDate(to_qdate(today()))
        self.opened_on.setMaximumDate(to_qdate(today()))

        self.given_names = QLineEdit()
        self.given_names.setObjectName("givenNamesEdit")
        self.given_names.setMaxLength(200)
        self.family_name = QLineEdit()
        self.family_name.setObjectName("familyNameEdit")
        self.family_name.setMaxLength(200)
        self.birth_date = PartialDateEdit()
        self.birth_date.setObjectName("birthDateEdit")

        self.duplicates_model = DuplicateListModel(self)
        self.duplicates_view = QListView()
        self.duplicates_view.setObjectName("duplicatesView")
        self.duplicates_view.setModel(self.duplicates_model)
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setBuddy(self.duplicates_view)
        self.confirm_new = QCheckBox()
        self.confirm_new.setObjectName("confirmNewPersonCheck")
        self.duplicates_box = QGroupBox()
        self.duplicates_box.setObjectName("duplicatesBox")
        box_layout = QVBoxLayout(self.duplicates_box)
        box_layout.addWidget(self.duplicates_label)
        box_layout.addWidget(self.duplicates_view)
        box_layout.addWidget(self.confirm_new)
        self.duplicates_box.hide()

        self.family_form = QFormLayout()
        self._case_label = self.errors.add_row(
            self.family_form, "", "case_number", self.case_number
        )
        self._responsible_label = self.errors.add_row(
            self.family_form, "", "responsible", self.responsible
        )
        self._opened_label = self.errors.add_row(self.family_form, "", "opened_on", self.opened_on)
        self.person_box = QGroupBox()
        self.person_form = QFormLayout(self.person_box)
        self._given_label = self.errors.add_row(
            self.person_form, "", "given_names", self.given_names
        )
        self._family_name_label = self.errors.add_row(
            self.person_form, "", "family_name", self.family_name
        )
        self._birth_label = self.errors.add_row(self.person_form, "", "birth_date", self.birth_date)
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.family_form)
        layout.addWidget(self.person_box)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        for widget in (self.given_names, self.family_name, self.birth_date):
            widget.textChanged.connect(self._person_edited)
        self.confirm_new.toggled.connect(self._update_ok_text)
        self.setTabOrder(self.case_number, self.responsible)
        self.setTabOrder(self.responsible, self.opened_on)
        self.setTabOrder(self.opened_on, self.given_names)
        self.setTabOrder(self.given_names, self.family_name)
        self.setTabOrder(self.family_name, self.birth_date)
        # Wide enough for long names at any scaling: measured in characters, not pixels.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.retranslate_ui()
        self._propose_case_number()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.opened_on.setDisplayFormat(date_display_format())
        self.setWindowTitle(self.tr("Neue Familie"))
        self._set_label(self._case_label, self.case_number, self.tr("&Aktenzeichen:"))
        self._set_label(self._responsible_label, self.responsible, self.tr("&Zuständig:"))
        self._set_label(self._opened_label, self.opened_on, self.tr("&Eröffnet am:"))
        self.case_number.setPlaceholderText(self.tr("z. B. 2026-0042"))
        self.person_box.setTitle(self.tr("Erste Person (optional)"))
        self._set_label(self._given_label, self.given_names, self.tr("&Vornamen:"))
        self._set_label(self._family_name_label, self.family_name, self.tr("&Familienname:"))
        self._set_label(self._birth_label, self.birth_date, self.tr("&Geburtsdatum:"))
        self.birth_date.setPlaceholderText(self.tr("TT.MM.JJJJ, MM.JJJJ oder JJJJ"))
        self.duplicates_box.setTitle(self.tr("Mögliche Doppelerfassung"))
        self.duplicates_label.setText(
            self.tr(
                "Diese Personen mit gleichem Namen und Geburtsjahr gibt es schon. Ist es "
                "eine von ihnen, bitte abbrechen und die Person über die Familienakte "
                "hinzufügen."
            )
        )
        self.duplicates_view.setAccessibleName(self.tr("Mögliche Doppelerfassungen"))
        self.confirm_new.setText(self.tr("Es ist eine andere Person: &trotzdem neu anlegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self._update_ok_text()

    @staticmethod
    def _set_label(row_label: QLabel, widget: QWidget, text: str) -> None:
        row_label.setText(text)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))

    def _update_ok_text(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Familie an&legen"))
        ok.setEnabled(
            not self._saving and (self.duplicates_box.isHidden() or self.confirm_new.isChecked())
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- case number proposal ----------------------------------------------------------------

    def _propose_case_number(self) -> None:
        year = self._today().year

        def proposed(number: str) -> None:
            # Only fill in if the user has not typed a number of their own meanwhile.
            if not self.case_number.text() or self.case_number.text() == self._proposed:
                self.case_number.setText(number)
            self._proposed = number

        run_op(self, self._session, lambda ctx: propose_case_number(ctx.uow(), year=year)).success(
            proposed
        )

    # -- saving ------------------------------------------------------------------------------

    def _person_edited(self) -> None:
        # Other name or date: earlier candidates and the confirmation no longer apply.
        if not self.duplicates_box.isHidden():
            self.duplicates_box.hide()
            self.confirm_new.setChecked(False)
            self.duplicates_model.set_persons([])
            self._update_ok_text()

    def _validate(self) -> PartialDate | None:
        self.errors.clear()
        self.general_error.hide()
        try:
            check_case_number(self.case_number.text().strip())
        except DomainError as exc:
            self.errors.show_domain_error(exc)
        birth: PartialDate | None = None
        try:
            birth = self.birth_date.value()
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="birth_date")
        if birth is not None and birth.earliest() > self._today():
            self.errors.show("birth_date", error_text(DomainError(ErrorCode.DATE_IN_FUTURE)))
        has_name = bool(self.given_names.text().strip() or self.family_name.text().strip())
        if birth is not None and not has_name:
            self.errors.show("family_name", error_text(DomainError(ErrorCode.REQUIRED)))
        self.errors.focus_first_error()
        return birth

    def save(self) -> None:
        """Validate, then open the family file (and its first person) in one operation."""
        if self._saving:
            return
        birth = self._validate()
        if self.errors.has_errors():
            return
        arguments: dict[str, Any] = {
            "opened_on": to_date(self.opened_on.date()),
            "responsible": self.responsible.text(),
            "case_number": self.case_number.text().strip(),
            "given_names": self.given_names.text(),
            "family_name": self.family_name.text(),
            "birth_date": birth,
            "confirmed_not_duplicate": self.confirm_new.isChecked()
            and not self.duplicates_box.isHidden(),
            "today": self._today(),
        }
        self._saving = True
        self._update_ok_text()
        run_op(
            self,
            self._session,
            lambda ctx: open_family_file_with_person(ctx.uow(), **arguments),
            label=self.tr("Familie wird angelegt …"),
            changes=lambda result: Changes.of("family_file", "person", family_id=result.family.id),
        ).success(self._saved).failure(self._failed)

    def _saved(self, result: NewFamily) -> None:
        self._saving = False
        family_id: uuid.UUID = result.family.id
        self.accept()
        self.created.emit(family_id)

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self._update_ok_text()
        if isinstance(exc, PossibleDuplicateError):
            self.duplicates_model.set_persons(exc.candidates)
            self.confirm_new.setChecked(False)
            self.duplicates_box.show()
            self._update_ok_text()
            self.confirm_new.setFocus()
            return None
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc):
            return None
        self.general_error.setText(error_text(exc))
        self.general_error.show()
        return None

    def set_opened_on(self, value: date) -> None:
        self.opened_on.setDate(QDate(value.year, value.month, value.day))
