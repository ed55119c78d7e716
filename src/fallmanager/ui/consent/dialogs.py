"""Dialogs of the Einwilligungen tab: prepare (or change) a consent, record it as given,
record an already given consent in one go, and withdraw one.

Each dialog checks its fields first and shows every problem below its field; OK then makes
exactly one service call on the database worker. Prepare, change and give return a
``Change`` that the tab pushes as one undo command; a withdrawal takes effect at once, is
confirmed first and cannot be undone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.conference_view import member_ids_on, withdrawals_of
from fallmanager.domain.consent import (
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    ConsentWithdrawal,
    DataCategory,
    default_expiry,
)
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan_view import current_version
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person
from fallmanager.services.consent import give_consent, save_consent, withdraw_consent
from fallmanager.services.network import list_actors
from fallmanager.ui import texts
from fallmanager.ui.consent import CONSENT_KIND
from fallmanager.ui.consent.consent_format import (
    expected_givers,
    giver_warnings,
    network_actors,
)
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    make_date_edit,
    retranslate_date_edit,
    set_full_date,
    sorted_members,
)
from fallmanager.ui.help_plan.dialog_base import ID_ROLE, Checklist, Operation, PlanDialog
from fallmanager.ui.help_plan.plan_format import language_combo, language_name
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.dates import PartialDateEdit, format_date

_WARNING_STYLE = (
    "QLabel { background: #fff6d6; border: 1px solid #e0c96b; border-radius: 3px;"
    " padding: 4px 8px; color: #3d3000; }"
)


def living_members(detail: FamilyFileDetail) -> list[Person]:
    return [p for p in sorted_members(detail) if not p.deceased]


class CodeChecks(QWidget):
    """A check box per enum value (data categories, purposes), two per row."""

    def __init__(self, name: str, values: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, value in enumerate(values):
            box = QCheckBox()
            box.setObjectName(f"{name}_{value}")
            self.boxes[value] = box
            grid.addWidget(box, index // 2, index % 2)
        if self.boxes:  # an error below the field focuses its first box
            self.setFocusProxy(next(iter(self.boxes.values())))

    def set_texts(self, texts_by_value: dict[str, str]) -> None:
        for value, box in self.boxes.items():
            box.setText(texts_by_value.get(value, value))

    def set_checked(self, values: Sequence[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)

    def checked_codes(self) -> tuple[str, ...]:
        return tuple(value for value, box in self.boxes.items() if box.isChecked())


def category_checks(name: str, values: Sequence[str] | None = None) -> CodeChecks:
    checks = CodeChecks(name, [c.value for c in DataCategory] if values is None else values)
    checks.set_texts({c.value: texts.label(c) for c in DataCategory})
    return checks


def purpose_checks(name: str, values: Sequence[str] | None = None) -> CodeChecks:
    checks = CodeChecks(name, [p.value for p in ConsentPurpose] if values is None else values)
    checks.set_texts({p.value: texts.label(p) for p in ConsentPurpose})
    return checks


class ConsentDialogBase(PlanDialog):
    """A plan dialog whose operation announces a consent change (the Heute screen listens)."""

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        operation = self.operation()
        if operation is None or self.errors.has_errors():
            self.errors.focus_first_error()
            return
        self.run(operation)

    def run(self, operation: Operation) -> None:
        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            operation,
            changes=Changes.of(CONSENT_KIND, family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def read_day(self, edit: PartialDateEdit, name: str, *, not_after: date) -> date | None:
        """A required full date that does not lie after ``not_after`` (today)."""
        value = self.read_date(edit, name, required=True)
        if value is not None and value > not_after:
            self.errors.show_domain_error(DomainError(ErrorCode.DATE_IN_FUTURE, name))
            return None
        return value

    def require(self, name: str, filled: bool) -> bool:
        if not filled:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, name))
        return filled


class GivingFields:
    """Given on, given by (with the custody warning), form, witness and expiry — shared by
    "Erteilung erfassen" and "Direkt erfassen"."""

    def __init__(
        self,
        dialog: ConsentDialogBase,
        detail: FamilyFileDetail,
        subjects: Callable[[], Sequence[uuid.UUID]],
        *,
        validity_months: int,
    ) -> None:
        self.dialog = dialog
        self.detail = detail
        self.subjects = subjects
        self.months = validity_months
        today = dialog.context.today()
        self.given_on = make_date_edit("consentGivenOn")
        set_full_date(self.given_on, today)
        self.givers = Checklist("consentGivenBy")
        self.givers.set_entries((p.id, person_name(p)) for p in living_members(detail))
        self.warning = QLabel()
        self.warning.setObjectName("consentGiverWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(_WARNING_STYLE)
        self.warning.hide()
        self.form = QComboBox()
        self.form.setObjectName("consentForm")
        for value in ConsentForm:
            self.form.addItem(texts.label(value), value.value)
        self.witness = QLineEdit()
        self.witness.setObjectName("consentWitness")
        self.expires_on = make_date_edit("consentExpiresOn")
        set_full_date(self.expires_on, default_expiry(today, validity_months))
        self._expiry_edited = False

        givers_box = QWidget()
        givers_column = QVBoxLayout(givers_box)
        givers_column.setContentsMargins(0, 0, 0, 0)
        givers_column.addWidget(self.givers)
        givers_column.addWidget(self.warning)
        dialog.add_row("given_on", self.given_on)
        dialog.add_row("given_by_ids", givers_box)
        dialog.add_row("form", self.form)
        dialog.add_row("witness", self.witness)
        dialog.add_row("expires_on", self.expires_on)

        self.given_on.textChanged.connect(self._given_on_changed)
        self.expires_on.textEdited.connect(self._expiry_typed)
        self.givers.itemChanged.connect(lambda _item: self.update_warning())
        self.form.currentIndexChanged.connect(lambda _i: self._form_changed())
        self.preselect_givers()
        self._form_changed()

    def labels(self) -> list[str]:
        return [
            QCoreApplication.translate("ConsentGiving", "Erteilt &am:"),
            QCoreApplication.translate("ConsentGiving", "Erteilt &von:"),
            QCoreApplication.translate("ConsentGiving", "F&orm:"),
            QCoreApplication.translate("ConsentGiving", "&Zeugin/Zeuge:"),
            QCoreApplication.translate("ConsentGiving", "&Gültig bis:"),
        ]

    def retranslate(self) -> None:
        for index, value in enumerate(ConsentForm):
            self.form.setItemText(index, texts.label(value))
        self.witness.setPlaceholderText(
            QCoreApplication.translate(
                "ConsentGiving", "bei mündlicher Einwilligung: wer war dabei"
            )
        )
        self.givers.setToolTip(
            QCoreApplication.translate(
                "ConsentGiving",
                "Volljährige willigen selbst ein, für Minderjährige alle Sorgeberechtigten.",
            )
        )
        self.expires_on.setToolTip(
            QCoreApplication.translate(
                "ConsentGiving",
                "Der letzte Tag, an dem die Einwilligung gilt (Vorschlag: {months} Monate).",
            ).format(months=self.months)
        )
        retranslate_date_edit(self.given_on)
        retranslate_date_edit(self.expires_on)
        self.update_warning()

    def day(self) -> date:
        """The day the givers are checked for (the entered day, else today)."""
        try:
            value = self.given_on.value()
        except DomainError:
            value = None
        if value is None or value.month is None or value.day is None:
            return self.dialog.context.today()
        return date(value.year, value.month, value.day)

    def preselect_givers(self) -> None:
        self.givers.set_checked(expected_givers(self.detail, self.subjects(), self.day()))
        self.update_warning()

    def update_warning(self) -> None:
        lines = giver_warnings(self.detail, self.subjects(), self.givers.checked_ids(), self.day())
        text = "\n".join(lines)
        if text == self.warning.text() and self.warning.isVisible() == bool(lines):
            return
        self.warning.setText(text)
        self.warning.setVisible(bool(lines))
        if self.dialog.isVisible():  # make room for the warning (or give it back)
            self.dialog.adjustSize()

    def _given_on_changed(self) -> None:
        if not self._expiry_edited:  # a suggestion until the user types their own
            set_full_date(self.expires_on, default_expiry(self.day(), self.months))
        self.update_warning()

    def _expiry_typed(self) -> None:
        self._expiry_edited = True

    def _form_changed(self) -> None:
        verbal = self.form.currentData() == ConsentForm.VERBAL.value
        self.witness.setEnabled(verbal)

    def read(self) -> tuple[date, tuple[uuid.UUID, ...], ConsentForm, str, date] | None:
        """The entered values, or ``None`` after showing what is missing."""
        dialog = self.dialog
        today = dialog.context.today()
        given_on = dialog.read_day(self.given_on, "given_on", not_after=today)
        givers = self.givers.checked_ids()
        dialog.require("given_by_ids", bool(givers))
        form = ConsentForm(str(self.form.currentData()))
        witness = self.witness.text().strip() if form is ConsentForm.VERBAL else ""
        dialog.require("witness", form is not ConsentForm.VERBAL or bool(witness))
        expires_on = dialog.read_date(self.expires_on, "expires_on", required=True)
        if given_on is not None and expires_on is not None and expires_on < given_on:
            dialog.errors.show_domain_error(DomainError(ErrorCode.END_BEFORE_START, "expires_on"))
        if given_on is None or expires_on is None or dialog.errors.has_errors():
            return None
        return given_on, givers, form, witness, expires_on


class ConsentDialog(ConsentDialogBase):
    """Einwilligung vorbereiten / bearbeiten, or — ``direct`` — record one already given."""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        consent: Consent | None = None,
        *,
        direct: bool = False,
        validity_months: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "consentDialog", parent)
        self.detail = detail
        self.consent = consent
        self.direct = direct
        today = context.today()
        members = living_members(detail)
        current = set(member_ids_on(detail, today))
        chosen_subjects = set(consent.subject_ids) if consent else current
        self.subjects = Checklist("consentSubjects")
        self.subjects.set_entries(
            (p.id, person_name(p)) for p in members if p.id in current or p.id in chosen_subjects
        )
        self.subjects.set_checked(chosen_subjects)

        self._actors: dict[uuid.UUID, Actor] = {a.id: a for a in detail.actors}
        shown = network_actors(detail, today)
        for actor_id in consent.recipient_actor_ids if consent else ():
            actor = self._actors.get(actor_id)
            if actor is not None and actor not in shown:
                shown.append(actor)
        self.recipients = Checklist("consentRecipients")
        self.recipients.set_entries((a.id, a.name) for a in shown)
        if consent:
            self.recipients.set_checked(consent.recipient_actor_ids)
        self.more_actors = QComboBox()
        self.more_actors.setObjectName("consentMoreActors")
        self.more_actors.setEditable(True)
        self.more_actors.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.more_actors.model(), self.more_actors)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.more_actors.setCompleter(completer)
        self.more_actors.activated.connect(self._more_actor_chosen)
        recipients_box = QWidget()
        column = QVBoxLayout(recipients_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.recipients)
        column.addWidget(self.more_actors)

        self.categories = category_checks("consentCategories")
        self.purposes = purpose_checks("consentPurposes")
        if consent:
            self.categories.set_checked(consent.categories)
            self.purposes.set_checked(consent.purposes)
        else:
            self.purposes.set_checked([ConsentPurpose.CASE_CONFERENCE.value])

        self.language = language_combo("consentLanguage")
        plan = current_version(detail)
        preset = consent.language if consent else (plan.family_language if plan else "")
        self.language.setCurrentIndex(max(0, self.language.findData(preset)))
        self.interpreter = QCheckBox()
        self.interpreter.setObjectName("consentInterpreter")
        self.interpreter.setChecked(consent.interpreter_present if consent else False)
        self.notes = QPlainTextEdit(consent.notes if consent else "")
        self.notes.setObjectName("consentNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        self.add_row("subject_ids", self.subjects)
        self.add_row("recipient_actor_ids", recipients_box)
        self.add_row("categories", self.categories)
        self.add_row("purposes", self.purposes)
        self.add_row("language", self.language)
        self.add_row("interpreter_present", self.interpreter)
        self.giving: GivingFields | None = None
        if direct:
            self.giving = GivingFields(
                self, detail, self.subjects.checked_ids, validity_months=validity_months
            )
            self.subjects.itemChanged.connect(lambda _item: self._subjects_changed())
        self.add_row("notes", self.notes)
        self.setMinimumWidth(620)
        self.retranslate_ui()
        self._load_directory()

    # -- the directory of organisations -----------------------------------------------------

    def _load_directory(self) -> None:
        run_op(self, self.context.session, lambda ctx: list_actors(ctx.uow())).success(
            self._directory_loaded
        )

    def _directory_loaded(self, actors: list[Actor]) -> None:
        self._actors.update({a.id: a for a in actors})
        listed = {
            uuid.UUID(self.recipients.item(row).data(ID_ROLE))
            for row in range(self.recipients.count())
        }
        others = sorted_by([a for a in actors if a.id not in listed], lambda a: (a.name,))
        self.more_actors.blockSignals(True)
        self.more_actors.clear()
        for actor in others:
            self.more_actors.addItem(actor.name, str(actor.id))
        self.more_actors.setCurrentIndex(-1)
        self.more_actors.blockSignals(False)
        self.more_actors.setEnabled(bool(others))

    def _more_actor_chosen(self, index: int) -> None:
        data = self.more_actors.itemData(index)
        if not data:
            return
        self.add_recipient(uuid.UUID(str(data)))

    def add_recipient(self, actor_id: uuid.UUID) -> None:
        """Put an organisation of the directory on the list of recipients, checked."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return
        checked = set(self.recipients.checked_ids()) | {actor_id}
        entries = [
            (
                uuid.UUID(self.recipients.item(row).data(ID_ROLE)),
                self.recipients.item(row).text(),
            )
            for row in range(self.recipients.count())
        ]
        if actor_id not in {e[0] for e in entries}:
            entries.append((actor_id, actor.name))
        self.recipients.set_entries(entries)
        self.recipients.set_checked(checked)
        index = self.more_actors.findData(str(actor_id))
        self.more_actors.blockSignals(True)
        if index >= 0:
            self.more_actors.removeItem(index)
        self.more_actors.setCurrentIndex(-1)
        self.more_actors.clearEditText()
        self.more_actors.blockSignals(False)
        self.more_actors.setEnabled(self.more_actors.count() > 0)

    def _subjects_changed(self) -> None:
        if self.giving is not None:
            self.giving.preselect_givers()

    # -- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.direct:
            self.setWindowTitle(self.tr("Erteilte Einwilligung erfassen"))
            self.set_intro(
                self.tr(
                    "Für eine Einwilligung, die schon unterschrieben oder mündlich vor "
                    "Zeugen erteilt wurde."
                )
            )
        elif self.consent is not None:
            self.setWindowTitle(self.tr("Einwilligung bearbeiten"))
        else:
            self.setWindowTitle(self.tr("Einwilligung vorbereiten"))
            self.set_intro(
                self.tr(
                    "Welche Stellen dürfen welche Daten über wen erhalten, und wofür? Danach "
                    "das Formular drucken und die Erteilung erfassen, sobald es "
                    "unterschrieben ist."
                )
            )
        # Mnemonics stay clear of those of the giving rows (a, v, o, z, g).
        labels = [
            self.tr("&Personen:"),
            self.tr("&Stellen:"),
            self.tr("Da&ten:"),
            self.tr("Zwec&ke:"),
            self.tr("Sprac&he des Formulars:"),
            self.tr("Dolmetsch&ung:"),
        ]
        if self.giving is not None:
            labels.extend(self.giving.labels())
        labels.append(self.tr("&Notizen:"))
        self.set_labels(labels)
        self.subjects.setToolTip(self.tr("Über wen Daten weitergegeben werden dürfen"))
        search = self.more_actors.lineEdit()
        if search is not None:
            search.setPlaceholderText(self.tr("Weitere Stelle suchen …"))
        self.more_actors.setAccessibleName(self.tr("Weitere Stelle aus dem Verzeichnis"))
        self.language.setItemText(0, language_name(""))
        self.interpreter.setText(self.tr("Eine Dolmetscherin/ein Dolmetscher war dabei"))
        self.categories.set_texts({c.value: texts.label(c) for c in DataCategory})
        self.purposes.set_texts({p.value: texts.label(p) for p in ConsentPurpose})
        if self.giving is not None:
            self.giving.retranslate()

    # -- saving -----------------------------------------------------------------------------

    def operation(self) -> Operation | None:
        subjects = self.subjects.checked_ids()
        recipients = self.recipients.checked_ids()
        categories = self.categories.checked_codes()
        purposes = self.purposes.checked_codes()
        self.require("subject_ids", bool(subjects))
        self.require("recipient_actor_ids", bool(recipients))
        self.require("categories", bool(categories))
        self.require("purposes", bool(purposes))
        given = self.giving.read() if self.giving is not None else None
        if self.errors.has_errors():
            return None
        today = self.context.today()
        base = self.consent
        fields: dict[str, object] = {
            "family_id": self.context.family_id,
            "subject_ids": subjects,
            "recipient_actor_ids": recipients,
            "categories": categories,
            "purposes": purposes,
            "language": str(self.language.currentData() or ""),
            "interpreter_present": self.interpreter.isChecked(),
            "notes": self.notes.toPlainText().strip(),
            "prepared_on": base.prepared_on if base is not None else today,
        }
        if base is not None:
            fields["id"] = base.id
        if given is not None:
            given_on, givers, form, witness, expires_on = given
            fields.update(
                status=ConsentStatus.GIVEN,
                given_on=given_on,
                given_by_ids=givers,
                form=form,
                witness=witness,
                expires_on=expires_on,
                prepared_on=min(given_on, today),
            )
        try:
            consent = Consent(**fields)  # type: ignore[arg-type]
        except DomainError as exc:
            if not self.errors.show_domain_error(exc):
                raise
            return None
        return lambda ctx: save_consent(ctx.uow(), consent=consent, today=today)


class GiveConsentDialog(ConsentDialogBase):
    """Erteilung erfassen: a prepared consent was signed (or given verbally before a witness)."""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        consent: Consent,
        *,
        validity_months: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "giveConsentDialog", parent)
        self.detail = detail
        self.consent = consent
        self.giving = GivingFields(
            self, detail, lambda: consent.subject_ids, validity_months=validity_months
        )
        self.interpreter = QCheckBox()
        self.interpreter.setObjectName("giveInterpreter")
        self.interpreter.setChecked(consent.interpreter_present)
        self.add_row("interpreter_present", self.interpreter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erteilung erfassen"))
        self.set_intro(
            self.tr("Die vorbereitete Einwilligung vom {date} wurde erteilt.").format(
                date=format_date(self.consent.prepared_on)
            )
        )
        self.set_labels([*self.giving.labels(), self.tr("&Dolmetschung:")])
        self.interpreter.setText(self.tr("Eine Dolmetscherin/ein Dolmetscher war dabei"))
        self.giving.retranslate()

    def operation(self) -> Operation | None:
        given = self.giving.read()
        if given is None:
            return None
        given_on, givers, form, witness, expires_on = given
        if given_on < self.consent.prepared_on:
            self.errors.show(
                "given_on",
                self.tr(
                    "Erteilt werden kann sie erst ab dem Tag ihrer Vorbereitung ({date})."
                ).format(date=format_date(self.consent.prepared_on)),
            )
            return None
        consent_id = self.consent.id
        interpreter = self.interpreter.isChecked()
        today = self.context.today()
        return lambda ctx: give_consent(
            ctx.uow(),
            consent_id=consent_id,
            given_on=given_on,
            given_by_ids=givers,
            form=form,
            expires_on=expires_on,
            witness=witness,
            interpreter_present=interpreter,
            today=today,
        )


class WithdrawDialog(ConsentDialogBase):
    """Widerrufen: in full or for some recipients, data or purposes; asks before it saves."""

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        consent: Consent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "withdrawDialog", parent)
        self.detail = detail
        self.consent = consent
        #: The confirmation asked before saving, while it is open.
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QAbstractButton | None = None
        self._pending: Operation | None = None
        self._withdrawn_on = context.today()
        earlier = withdrawals_of(detail, consent)
        gone_recipients = {a for w in earlier for a in w.recipient_actor_ids}
        gone_categories = {c for w in earlier for c in w.categories}
        gone_purposes = {p for w in earlier for p in w.purposes}

        self.full = QRadioButton()
        self.full.setObjectName("withdrawFull")
        self.full.setChecked(True)
        self.partial = QRadioButton()
        self.partial.setObjectName("withdrawPartial")
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.full)
        self.scope.addButton(self.partial)
        scope_box = QWidget()
        scope_column = QVBoxLayout(scope_box)
        scope_column.setContentsMargins(0, 0, 0, 0)
        scope_column.addWidget(self.full)
        scope_column.addWidget(self.partial)

        actors = {a.id: a for a in detail.actors}
        self.recipients = Checklist("withdrawRecipients")
        self.recipients.set_entries(
            (a, actors[a].name if a in actors else "?")
            for a in consent.recipient_actor_ids
            if a not in gone_recipients
        )
        self.categories = category_checks(
            "withdrawCategories", [c for c in consent.categories if c not in gone_categories]
        )
        self.purposes = purpose_checks(
            "withdrawPurposes", [p for p in consent.purposes if p not in gone_purposes]
        )
        self.withdrawn_on = make_date_edit("withdrawnOn")
        set_full_date(self.withdrawn_on, context.today())
        self.declared_by = Checklist("withdrawDeclaredBy")
        self.declared_by.set_entries((p.id, person_name(p)) for p in living_members(detail))
        self.declared_by.set_checked(consent.given_by_ids)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("withdrawNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)

        self.add_row("full", scope_box)
        self.add_row("recipient_actor_ids", self.recipients)
        self.add_row("categories", self.categories)
        self.add_row("purposes", self.purposes)
        self.add_row("withdrawn_on", self.withdrawn_on)
        self.add_row("declared_by_ids", self.declared_by)
        self.add_row("notes", self.notes)
        self.full.toggled.connect(lambda _checked: self._scope_changed())
        self.ok_button.setObjectName("withdrawDialogOk")
        self.retranslate_ui()
        self._scope_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Einwilligung widerrufen"))
        self.set_intro(
            self.tr(
                "Ein Widerruf gilt ab seinem Datum für die Zukunft. Was vorher weitergegeben "
                "wurde, bleibt im Offenlegungsprotokoll verzeichnet."
            )
        )
        self.set_labels(
            [
                self.tr("&Umfang:"),
                self.tr("&Stellen:"),
                self.tr("&Daten:"),
                self.tr("&Zwecke:"),
                self.tr("Widerrufen &am:"),
                self.tr("Erklärt &von:"),
                self.tr("&Notizen:"),
            ]
        )
        self.full.setText(self.tr("ganz widerrufen"))
        self.partial.setText(self.tr("teilweise widerrufen – nur das Angekreuzte"))
        self.categories.set_texts({c.value: texts.label(c) for c in DataCategory})
        self.purposes.set_texts({p.value: texts.label(p) for p in ConsentPurpose})
        self.ok_button.setText(self.tr("&Widerrufen …"))
        retranslate_date_edit(self.withdrawn_on)

    def _scope_changed(self) -> None:
        partial = self.partial.isChecked()
        for widget in (self.recipients, self.categories, self.purposes):
            widget.setEnabled(partial)

    def operation(self) -> Operation | None:
        today = self.context.today()
        withdrawn_on = self.read_day(self.withdrawn_on, "withdrawn_on", not_after=today)
        given_on = self.consent.given_on
        if withdrawn_on is not None and given_on is not None and withdrawn_on < given_on:
            self.errors.show_domain_error(DomainError(ErrorCode.END_BEFORE_START, "withdrawn_on"))
        full = self.full.isChecked()
        recipients = () if full else self.recipients.checked_ids()
        categories = () if full else self.categories.checked_codes()
        purposes = () if full else self.purposes.checked_codes()
        if not full and not (recipients or categories or purposes):
            self.errors.show(
                "recipient_actor_ids",
                self.tr("Bitte ankreuzen, was widerrufen wird: Stellen, Daten oder Zwecke."),
            )
        if withdrawn_on is None or self.errors.has_errors():
            return None
        self._withdrawn_on = withdrawn_on
        try:
            withdrawal = ConsentWithdrawal(
                consent_id=self.consent.id,
                withdrawn_on=withdrawn_on,
                full=full,
                recipient_actor_ids=recipients,
                categories=categories,
                purposes=purposes,
                declared_by_ids=self.declared_by.checked_ids(),
                notes=self.notes.toPlainText().strip(),
            )
        except DomainError as exc:
            if not self.errors.show_domain_error(exc):
                raise
            return None
        return lambda ctx: withdraw_consent(ctx.uow(), withdrawal=withdrawal, today=today)

    def submit(self) -> None:
        """Check the fields, then ask: a withdrawal cannot be undone."""
        if self._saving or self.confirm_box is not None:
            return
        self.errors.clear()
        operation = self.operation()
        if operation is None or self.errors.has_errors():
            self.errors.focus_first_error()
            return
        self._pending = operation
        day = format_date(self._withdrawn_on)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Einwilligung widerrufen"),
            self.tr(
                "Der Widerruf gilt ab dem {date} und wirkt sofort: Ab dann wird nichts mehr "
                "in diesem Umfang weitergegeben.\n\nEr kann nicht rückgängig gemacht werden; "
                "für eine spätere Weitergabe braucht es eine neue Einwilligung. Bereits "
                "weitergegebene Unterlagen bleiben im Offenlegungsprotokoll verzeichnet."
            ).format(date=day),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("withdrawConfirm")
        self.confirm_button = box.addButton(
            self.tr("Jetzt widerrufen"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.confirm_button.setObjectName("withdrawConfirmYes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._answered)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _answered(self, button: QAbstractButton) -> None:
        self.confirm_box = None
        operation, self._pending = self._pending, None
        if button is self.confirm_button and operation is not None:
            self.run(operation)
