"""Adding or editing a person (Person anlegen / bearbeiten), with the duplicate check.

OK validates the form with the domain's own rules (constructing :class:`Person` and
:meth:`Person.check_dates_against`), then makes one service call. When the vault holds a
person with the same name and birth year, the dialog lists them: the user either takes the
existing person into this family file or creates the new person anyway.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError
from fallmanager.domain.family import FamilyMembership, MembershipRole
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import PassportStatus, Person, Sex
from fallmanager.services.persons import (
    PossibleDuplicateError,
    SavedPerson,
    add_person,
    add_person_to_family,
    update_person,
)
from fallmanager.ui.family_file.person_format import (
    TRI_STATE,
    age_text,
    parse_codes,
    person_name,
    select_data,
    tri_state_key,
)
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import PartialDateEdit, format_partial_date
from fallmanager.ui.widgets.forms import FieldErrors
from fallmanager.ui.widgets.tables import RecordTableModel


class DuplicateCandidatesModel(RecordTableModel):
    """Persons that may be the one being added: name, birth date, age."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today: date | None = None

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Geburtsdatum"), self.tr("Alter")]

    def cell(self, row: Any, column: int) -> str:
        person: Person = row
        if column == 0:
            return person_name(person)
        if column == 1:
            return format_partial_date(person.birth_date)
        return age_text(person, self._today) if self._today else ""

    def set_candidates(self, persons: list[Person], today: date) -> None:
        self._today = today
        self.set_rows(persons)

    def person(self, row: int) -> Person:
        return self._rows[row]  # type: ignore[no-any-return]


class PersonDialog(QDialog):
    """Person anlegen (``person`` is None) or bearbeiten.

    Emits exactly one of ``person_created(SavedPerson)``, ``person_updated(Person before,
    SavedPerson)`` or ``existing_person_added(Person, FamilyMembership)`` before it closes.
    """

    person_created = Signal(object)
    person_updated = Signal(object, object)
    existing_person_added = Signal(object, object)

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._context = context
        self._detail = detail
        self._person = person
        self._busy = False
        self.errors = FieldErrors()

        self.given_names = QLineEdit()
        self.given_names.setObjectName("givenNames")
        self.family_name = QLineEdit()
        self.family_name.setObjectName("familyName")
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.birth_date = PartialDateEdit()
        self.birth_date.setObjectName("birthDate")
        self.birth_date_fictitious = QCheckBox()
        self.birth_date_fictitious.setObjectName("birthDateFictitious")
        self.deceased = QCheckBox()
        self.deceased.setObjectName("deceased")
        self.death_date = PartialDateEdit()
        self.death_date.setObjectName("deathDate")
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.birth_place = QLineEdit()
        self.birth_place.setObjectName("birthPlace")
        self.birth_country = QLineEdit()
        self.birth_country.setObjectName("birthCountry")
        self.birth_country.setMaxLength(12)
        self.nationalities = QLineEdit()
        self.nationalities.setObjectName("nationalities")
        self.languages = QLineEdit()
        self.languages.setObjectName("languages")
        self.needs_interpreter = QCheckBox()
        self.needs_interpreter.setObjectName("needsInterpreter")
        self.interpreter_language = QLineEdit()
        self.interpreter_language.setObjectName("interpreterLanguage")
        self.interpreter_language.setMaxLength(12)
        self.passport = QComboBox()
        self.passport.setObjectName("passport")
        self.identity_clarified = QComboBox()
        self.identity_clarified.setObjectName("identityClarified")
        self.other_documents = QPlainTextEdit()
        self.other_documents.setObjectName("otherDocuments")
        self.other_documents.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        for edit in (self.other_documents, self.notes):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4)

        left = QFormLayout()
        right = QFormLayout()
        rows: list[tuple[QFormLayout, str, QWidget]] = [
            (left, "given_names", self.given_names),
            (left, "family_name", self.family_name),
            (left, "sex", self.sex),
            (left, "birth_date", self.birth_date),
            (left, "birth_date_fictitious", self.birth_date_fictitious),
            (left, "deceased", self.deceased),
            (left, "death_date", self.death_date),
            (right, "birth_place", self.birth_place),
            (right, "birth_country", self.birth_country),
            (right, "nationalities", self.nationalities),
            (right, "languages", self.languages),
            (right, "needs_interpreter", self.needs_interpreter),
            (right, "interpreter_language", self.interpreter_language),
            (right, "passport", self.passport),
            (right, "identity_clarified", self.identity_clarified),
            (right, "other_documents", self.other_documents),
            (left, "notes", self.notes),
        ]
        if person is None:
            rows.insert(7, (left, "role", self.role))
        self._row_labels: dict[str, QLabel] = {}
        for form, name, widget in rows:
            self._row_labels[name] = self.errors.add_row(form, "", name, widget)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.duplicates = QGroupBox()
        self.duplicates.setObjectName("duplicatesBox")
        self.duplicate_note = QLabel()
        self.duplicate_note.setWordWrap(True)
        self.duplicate_model = DuplicateCandidatesModel(self)
        self.duplicate_view = QTableView()
        self.duplicate_view.setObjectName("duplicateCandidates")
        self.duplicate_view.setModel(self.duplicate_model)
        self.duplicate_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicate_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicate_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicate_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.duplicate_view.horizontalHeader().setStretchLastSection(True)
        self.duplicate_view.verticalHeader().hide()
        self.duplicate_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.use_existing = QPushButton()
        self.use_existing.setObjectName("useExistingPerson")
        self.create_anyway = QPushButton()
        self.create_anyway.setObjectName("createAnyway")
        duplicate_buttons = QHBoxLayout()
        duplicate_buttons.addWidget(self.use_existing)
        duplicate_buttons.addWidget(self.create_anyway)
        duplicate_buttons.addStretch(1)
        box_layout = QVBoxLayout(self.duplicates)
        box_layout.addWidget(self.duplicate_note)
        box_layout.addWidget(self.duplicate_view)
        box_layout.addLayout(duplicate_buttons)
        self.duplicates.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("personDialogButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.deceased.toggled.connect(self._update_enabled)
        self.needs_interpreter.toggled.connect(self._update_enabled)
        self.use_existing.clicked.connect(self._use_existing)
        self.create_anyway.clicked.connect(self._create_anyway)
        self.duplicate_view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.retranslate_ui()
        if person is not None:
            self._fill(person)
        self._update_enabled()

    # -- texts --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Person hinzufügen") if self._person is None else self.tr("Person bearbeiten")
        )
        texts = {
            "given_names": self.tr("&Vornamen:"),
            "family_name": self.tr("&Familienname:"),
            "sex": self.tr("&Geschlecht:"),
            "birth_date": self.tr("Geburts&datum:"),
            "birth_date_fictitious": self.tr("Geburtsdatum fi&ktiv:"),
            "deceased": self.tr("Ver&storben:"),
            "death_date": self.tr("Sterbeda&tum:"),
            "role": self.tr("&Rolle in der Akte:"),
            "birth_place": self.tr("Geburts&ort:"),
            "birth_country": self.tr("Geburts&land (Code):"),
            "nationalities": self.tr("Staats&angehörigkeiten:"),
            "languages": self.tr("Sprache&n:"),
            "needs_interpreter": self.tr("Dolmets&chung nötig:"),
            "interpreter_language": self.tr("Dolmetsch-Sprac&he:"),
            "passport": self.tr("&Pass:"),
            "identity_clarified": self.tr("&Identität geklärt:"),
            "other_documents": self.tr("Weitere Dok&umente:"),
            "notes": self.tr("Noti&zen:"),
        }
        for name, text in texts.items():
            row_label = self._row_labels.get(name)
            if row_label is not None:
                row_label.setText(text)
                buddy = row_label.buddy()
                if buddy is not None:
                    buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.birth_date.setPlaceholderText(self.tr("TT.MM.JJJJ, MM.JJJJ oder JJJJ"))
        self.death_date.setPlaceholderText(self.tr("TT.MM.JJJJ, MM.JJJJ oder JJJJ"))
        self.birth_date_fictitious.setText(self.tr("von einer Behörde gesetzt"))
        self.nationalities.setPlaceholderText(self.tr("z. B. RS, XK, STATELESS"))
        self.languages.setPlaceholderText(self.tr("z. B. sr, de, rom"))
        self.birth_country.setPlaceholderText(self.tr("z. B. RS"))
        self.interpreter_language.setPlaceholderText(self.tr("z. B. sr"))
        self._fill_combo(self.sex, [(label(s), s.value) for s in Sex])
        self._fill_combo(self.role, [(label(r), r.value) for r in MembershipRole])
        self._fill_combo(self.passport, [(label(p), p.value) for p in PassportStatus])
        self._fill_combo(
            self.identity_clarified,
            [(self.tr("unbekannt"), "unknown"), (self.tr("ja"), "yes"), (self.tr("nein"), "no")],
        )
        self.duplicates.setTitle(self.tr("Mögliche Doppelerfassung"))
        self.duplicate_note.setText(
            self.tr(
                "Im Tresor gibt es schon Personen mit diesem Namen und Geburtsjahr. "
                "Ist es dieselbe Person, übernehmen Sie sie in diese Akte."
            )
        )
        self.use_existing.setText(self.tr("&Vorhandene Person übernehmen"))
        self.create_anyway.setText(self.tr("&Trotzdem neu anlegen"))
        self.duplicate_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentIndex()
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(current, 0))

    # -- form -------------------------------------------------------------------------

    def _fill(self, person: Person) -> None:
        self.given_names.setText(person.given_names)
        self.family_name.setText(person.family_name)
        select_data(self.sex, person.sex.value)
        self.birth_date.set_value(person.birth_date)
        self.birth_date_fictitious.setChecked(person.birth_date_fictitious)
        self.deceased.setChecked(person.deceased)
        self.death_date.set_value(person.death_date)
        self.birth_place.setText(person.birth_place)
        self.birth_country.setText(person.birth_country)
        self.nationalities.setText(", ".join(person.nationalities))
        self.languages.setText(", ".join(person.languages))
        self.needs_interpreter.setChecked(person.needs_interpreter)
        self.interpreter_language.setText(person.interpreter_language)
        select_data(self.passport, person.passport.value)
        select_data(self.identity_clarified, tri_state_key(person.identity_clarified))
        self.other_documents.setPlainText(person.other_documents)
        self.notes.setPlainText(person.notes)

    def _update_enabled(self) -> None:
        self.death_date.setEnabled(self.deceased.isChecked())
        self.interpreter_language.setEnabled(self.needs_interpreter.isChecked())
        selected = self.duplicate_view.selectionModel().selectedRows()
        can_take = bool(selected) and not self._busy
        if selected:
            candidate = self.duplicate_model.person(selected[0].row())
            members = {m.person_id for m in self._detail.memberships}
            can_take = can_take and candidate.id not in members
        self.use_existing.setEnabled(can_take)
        self.create_anyway.setEnabled(not self._busy)
        self.buttons.setEnabled(not self._busy)

    def _values(self) -> dict[str, Any] | None:
        """The entered fields as Person keyword arguments; shows parse errors and returns None."""
        values: dict[str, Any] = {
            "given_names": self.given_names.text().strip(),
            "family_name": self.family_name.text().strip(),
            "sex": Sex(self.sex.currentData()),
            "birth_date_fictitious": self.birth_date_fictitious.isChecked(),
            "deceased": self.deceased.isChecked(),
            "birth_place": self.birth_place.text().strip(),
            "birth_country": self.birth_country.text().strip().upper(),
            "nationalities": parse_codes(self.nationalities.text(), upper=True),
            "languages": parse_codes(self.languages.text(), upper=False),
            "needs_interpreter": self.needs_interpreter.isChecked(),
            "interpreter_language": (
                self.interpreter_language.text().strip()
                if self.needs_interpreter.isChecked()
                else ""
            ),
            "passport": PassportStatus(self.passport.currentData()),
            "identity_clarified": TRI_STATE[self.identity_clarified.currentData()],
            "other_documents": self.other_documents.toPlainText().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        ok = True
        for name, edit in (("birth_date", self.birth_date), ("death_date", self.death_date)):
            try:
                values[name] = edit.value() if edit.isEnabled() else None
            except DomainError as exc:
                self.errors.show_domain_error(exc, fallback=name)
                ok = False
        return values if ok else None

    def build_person(self) -> Person | None:
        """The person as entered, checked by the domain; errors go next to their fields."""
        self.errors.clear()
        values = self._values()
        if values is None:
            self.errors.focus_first_error()
            return None
        try:
            if self._person is None:
                person = Person(**values)
            else:
                person = dataclasses.replace(self._person, **values)
            person.check_dates_against(self._context.today())
        except DomainError as exc:
            if not self.errors.show_domain_error(exc, fallback="family_name"):
                raise
            return None
        return person

    # -- saving -----------------------------------------------------------------------

    def accept(self) -> None:
        if self._busy:
            return
        person = self.build_person()
        if person is None:
            return
        self._save(person, confirmed_not_duplicate=False)

    def _save(self, person: Person, *, confirmed_not_duplicate: bool) -> None:
        context = self._context
        today = context.today()
        before = self._person
        if before is None:
            details = {
                f.name: getattr(person, f.name)
                for f in dataclasses.fields(Person)
                if f.name not in {"id", "given_names", "family_name"}
            }
            role = MembershipRole(self.role.currentData())

            def create(ctx: OpContext) -> SavedPerson:
                return add_person(
                    ctx.uow(),
                    given_names=person.given_names,
                    family_name=person.family_name,
                    family_id=context.family_id,
                    role=role,
                    confirmed_not_duplicate=confirmed_not_duplicate,
                    today=today,
                    **details,
                )

            self._set_busy(True)
            run_op(self, context.session, create, changes=self._changes()).success(
                self._created
            ).failure(self._failed)
        else:

            def update(ctx: OpContext) -> SavedPerson:
                return update_person(ctx.uow(), person=person, today=today)

            self._set_busy(True)
            run_op(self, context.session, update, changes=self._changes()).success(
                lambda saved: self._updated(before, saved)
            ).failure(self._failed)

    def _changes(self) -> Changes:
        return Changes.of("person", family_id=self._context.family_id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def _created(self, saved: SavedPerson) -> None:
        self._set_busy(False)
        self.person_created.emit(saved)
        super().accept()

    def _updated(self, before: Person, saved: SavedPerson) -> None:
        self._set_busy(False)
        self.person_updated.emit(before, saved)
        super().accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, PossibleDuplicateError):
            self.show_duplicates(exc.candidates)
            return None
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc):
            return None
        return False

    def show_duplicates(self, candidates: list[Person]) -> None:
        self.duplicate_model.set_candidates(candidates, self._context.today())
        self.duplicates.show()
        if candidates:
            self.duplicate_view.selectRow(0)
        self._update_enabled()
        self.duplicate_view.setFocus()

    def _create_anyway(self) -> None:
        person = self.build_person()
        if person is not None:
            self._save(person, confirmed_not_duplicate=True)

    def _use_existing(self) -> None:
        selected = self.duplicate_view.selectionModel().selectedRows()
        if not selected or self._busy:
            return
        candidate = self.duplicate_model.person(selected[0].row())
        context = self._context
        role = MembershipRole(self.role.currentData())

        def take(ctx: OpContext) -> FamilyMembership:
            return add_person_to_family(
                ctx.uow(), family_id=context.family_id, person_id=candidate.id, role=role
            )

        def taken(membership: FamilyMembership) -> None:
            self._set_busy(False)
            self.existing_person_added.emit(candidate, membership)
            super(PersonDialog, self).accept()

        self._set_busy(True)
        run_op(self, context.session, take, changes=self._changes()).success(taken).failure(
            self._failed
        )
