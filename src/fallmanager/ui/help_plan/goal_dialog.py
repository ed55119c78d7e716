"""Ziel bearbeiten: one goal or activity of a help plan draft, with its translation.

OK saves on the database worker (``add_goal`` or ``update_goal``; ``set_goal_status`` for a
new goal that is not open; ``set_translation`` when the translation changed) and closes
only when that succeeded; Cancel changes nothing. Domain errors appear next to their field.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import GoalLevel, GoalStatus, HelpPlanGoal, LifeDomain
from fallmanager.domain.help_plan_catalogue import CatalogueEntry
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.services.help_plan import (
    add_goal,
    set_goal_status,
    set_translation,
    update_goal,
)
from fallmanager.services.history import Change
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    first_line,
    make_date_edit,
    read_full_date,
    retranslate_date_edit,
    set_full_date,
)
from fallmanager.ui.help_plan import KINDS
from fallmanager.ui.help_plan.plan_format import language_name
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import QT_TRANSLATE_NOOP, label
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.forms import FieldErrors

#: Who is responsible: nobody named yet, the family, or an actor (by id).
_NOBODY = ""
_FAMILY = "family"


def short_wording(goal: HelpPlanGoal) -> str:
    """A goal's wording as undo texts and questions quote it (one line, not too long)."""
    return first_line(goal.wording, 60)


class GoalDialog(QDialog):
    """Wording, persons, life domains, responsible, due date, status, notes, translation.

    ``saved`` carries the undo text, the goal as saved and the changes made (for undo).
    """

    saved = Signal(str, object, object)  # text, HelpPlanGoal, tuple[Change, ...]

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: HelpPlanSnapshot,
        *,
        goal: HelpPlanGoal | None = None,
        level: GoalLevel | None = None,
        parent_id: uuid.UUID | None = None,
        entry: CatalogueEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.context = context
        self.snapshot = snapshot
        self.goal = goal
        self.level = goal.level if goal is not None else (level or GoalLevel.ACTIVITY)
        self.parent_id = goal.parent_id if goal is not None else parent_id
        self.entry = entry
        self.language = snapshot.version.family_language
        self._saving = False
        self.errors = FieldErrors()

        self.wording = QLineEdit()
        self.wording.setObjectName("goalWording")
        self.wording.setMaxLength(500)
        self.persons = QListWidget()
        self.persons.setObjectName("goalPersons")
        self.persons.setMaximumHeight(110)
        members = sorted_by(
            (p for p in snapshot.persons if not p.deceased),
            lambda p: (p.family_name, p.given_names),
        )
        for person in members:
            item = QListWidgetItem(person_name(person))
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.persons.addItem(item)
        self.domains: dict[LifeDomain, QCheckBox] = {}
        domain_box = QWidget()
        domain_box.setObjectName("goalDomains")
        grid = QGridLayout(domain_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, domain in enumerate(LifeDomain):
            box = QCheckBox()
            box.setObjectName(f"goalDomain_{domain.value}")
            self.domains[domain] = box
            grid.addWidget(box, number // 3, number % 3)
        self.responsible = QComboBox()
        self.responsible.setObjectName("goalResponsible")
        self.responsible.addItem("", _NOBODY)
        self.responsible.addItem("", _FAMILY)
        for actor in sorted_by(snapshot.actors, lambda a: a.name):
            self.responsible.addItem(actor.name, str(actor.id))
        self.due = make_date_edit("goalDue")
        self.status = QComboBox()
        self.status.setObjectName("goalStatus")
        for status in GoalStatus:
            self.status.addItem("", status.value)
        self.drop_reason = QLineEdit()
        self.drop_reason.setObjectName("goalDropReason")
        self.drop_reason.setMaxLength(200)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("goalNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.translation = QLineEdit()
        self.translation.setObjectName("goalTranslation")
        self.translation.setMaxLength(500)
        self.reviewed = QCheckBox()
        self.reviewed.setObjectName("goalTranslationReviewed")
        translation_box = QWidget()
        column = QVBoxLayout(translation_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.translation)
        column.addWidget(self.reviewed)

        form = QFormLayout()
        self._rows: list[tuple[QLabel, str]] = []

        def row(name: str, widget: QWidget, text: str) -> QLabel:
            row_label = self.errors.add_row(form, "", name, widget)
            self._rows.append((row_label, text))
            return row_label

        self.level_label = QLabel()
        self.level_label.setObjectName("goalLevel")
        form.addRow(self.level_label)
        row("wording", self.wording, QT_TRANSLATE_NOOP("GoalDialog", "&Formulierung"))
        self.translation_label = row(
            "translation", translation_box, QT_TRANSLATE_NOOP("GoalDialog", "Übersetzung")
        )
        row("person_ids", self.persons, QT_TRANSLATE_NOOP("GoalDialog", "&Personen"))
        row("domains", domain_box, QT_TRANSLATE_NOOP("GoalDialog", "&Lebensbereiche"))
        row(
            "responsible_actor_id",
            self.responsible,
            QT_TRANSLATE_NOOP("GoalDialog", "&Verantwortlich"),
        )
        row("due_on", self.due, QT_TRANSLATE_NOOP("GoalDialog", "&Bis"))
        row("status", self.status, QT_TRANSLATE_NOOP("GoalDialog", "&Status"))
        self.drop_reason_label = row(
            "drop_reason", self.drop_reason, QT_TRANSLATE_NOOP("GoalDialog", "&Grund")
        )
        row("notes", self.notes, QT_TRANSLATE_NOOP("GoalDialog", "&Interne Notizen"))
        if not self.language:
            form.setRowVisible(self.translation_label, False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("goalOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._fill()
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())

    # -- content ---------------------------------------------------------------------------

    def _fill(self) -> None:
        goal, entry = self.goal, self.entry
        if goal is not None:
            self.wording.setText(goal.wording)
            chosen = {str(pid) for pid in goal.person_ids}
            for index in range(self.persons.count()):
                item = self.persons.item(index)
                if item.data(Qt.ItemDataRole.UserRole) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)
            for domain in goal.life_domains:
                self.domains[domain].setChecked(True)
            if goal.responsible_actor_id is not None:
                index = self.responsible.findData(str(goal.responsible_actor_id))
                self.responsible.setCurrentIndex(max(0, index))
            elif goal.responsible_is_family:
                self.responsible.setCurrentIndex(1)
            set_full_date(self.due, goal.due_on)
            self.status.setCurrentIndex(self.status.findData(goal.status.value))
            self.drop_reason.setText(goal.drop_reason)
            self.notes.setPlainText(goal.notes)
            if self.language:
                own = self.snapshot.own_translation(goal.id, self.language)
                if own is not None:
                    self.translation.setText(own.wording)
                    self.reviewed.setChecked(not own.needs_review)
        elif entry is not None:
            self.wording.setText(entry.german)
            if entry.domain is not None:
                self.domains[entry.domain].setChecked(True)
        self._status_changed()

    def _status_changed(self) -> None:
        dropped = self.status.currentData() == GoalStatus.DROPPED.value
        self.drop_reason.setEnabled(dropped)

    def retranslate_ui(self) -> None:
        if self.goal is None:
            title = {
                GoalLevel.FRAMEWORK: self.tr("Rahmenziel hinzufügen"),
                GoalLevel.OUTCOME: self.tr("Ergebnisziel hinzufügen"),
                GoalLevel.ACTIVITY: self.tr("Aktivität hinzufügen"),
            }[self.level]
        else:
            title = self.tr("„{wording}“ bearbeiten").format(wording=short_wording(self.goal))
        self.setWindowTitle(title)
        parent = self.snapshot.goal(self.parent_id) if self.parent_id else None
        if parent is not None:
            self.level_label.setText(
                self.tr("{level} unter „{parent}“").format(
                    level=label(self.level), parent=short_wording(parent)
                )
            )
        else:
            self.level_label.setText(label(self.level))
        for row_label, source in self._rows:
            text = QCoreApplication.translate("GoalDialog", source)
            if row_label is self.translation_label:
                text = self.tr("Übe&rsetzung ({language})").format(
                    language=language_name(self.language)
                )
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", ""))
        self.translation.setAccessibleName(
            self.tr("Übersetzung ({language})").format(language=language_name(self.language))
        )
        self.reviewed.setText(self.tr("von Fachübersetzung geprüft"))
        self.responsible.setItemText(0, self.tr("nicht festgelegt"))
        self.responsible.setItemText(1, self.tr("Familie"))
        for index, status in enumerate(GoalStatus):
            self.status.setItemText(index, label(status))
        for domain, box in self.domains.items():
            box.setText(label(domain))
        retranslate_date_edit(self.due)
        catalogue_text = self._catalogue_translation()
        self.translation.setPlaceholderText(
            catalogue_text or self.tr("Übersetzung für den Ausdruck der Familie")
        )
        self.wording.setPlaceholderText(self.tr("z. B. Termin beim Konsulat wahrnehmen"))

    def _catalogue_translation(self) -> str:
        """The catalogue's translation of the (unchanged) catalogue wording, if any."""
        if not self.language:
            return ""
        entry = self.entry
        if entry is None and self.goal is not None and self.goal.catalogue_id:
            entry = self.snapshot.catalogue.entry(self.goal.catalogue_id)
        if entry is None:
            return ""
        return entry.in_language(self.language) or ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- reading ---------------------------------------------------------------------------

    def person_ids(self) -> tuple[uuid.UUID, ...]:
        ids = []
        for index in range(self.persons.count()):
            item = self.persons.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def life_domains(self) -> tuple[LifeDomain, ...]:
        return tuple(d for d, box in self.domains.items() if box.isChecked())

    def _responsible(self) -> tuple[uuid.UUID | None, bool]:
        value = self.responsible.currentData()
        if value == _FAMILY:
            return None, True
        return (uuid.UUID(value) if value else None), False

    def _read(self) -> HelpPlanGoal | None:
        """The goal as entered, or None when a field is in error (shown next to it)."""
        self.errors.clear()
        wording = self.wording.text().strip()
        if not wording:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "wording"))
        due_on: date | None = None
        try:
            due_on = read_full_date(self.due, "due_on")
        except DomainError as exc:
            self.errors.show_domain_error(DomainError(exc.code, "due_on"))
        status = GoalStatus(self.status.currentData())
        reason = self.drop_reason.text().strip() if status is GoalStatus.DROPPED else ""
        if status is GoalStatus.DROPPED and not reason:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "drop_reason"))
        if self.errors.has_errors():
            self.errors.focus_first_error()
            return None
        actor_id, family = self._responsible()
        base = self.goal or HelpPlanGoal(
            version_id=self.snapshot.version.id,
            parent_id=self.parent_id,
            level=self.level,
            wording=wording,
            catalogue_id=self.entry.id if self.entry is not None else "",
        )
        return replace(
            base,
            wording=wording,
            person_ids=self.person_ids(),
            domains=tuple(d.value for d in self.life_domains()),
            responsible_actor_id=actor_id,
            responsible_is_family=family,
            due_on=due_on,
            status=status,
            drop_reason=reason,
            notes=self.notes.toPlainText(),
        )

    def _translation_changed(self) -> bool:
        if not self.language:
            return False
        text = self.translation.text().strip()
        own = self.snapshot.own_translation(self.goal.id, self.language) if self.goal else None
        if own is None:
            return bool(text)
        return text != own.wording or own.needs_review == self.reviewed.isChecked()

    # -- saving ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self._saving:
            return
        goal = self._read()
        if goal is None:
            return
        is_new = self.goal is None
        translate = self._translation_changed()
        language = self.language
        translation = self.translation.text()
        needs_review = not self.reviewed.isChecked()

        def save(ctx: OpContext) -> tuple[HelpPlanGoal, tuple[Change, ...]]:
            changes: list[Change] = []
            if is_new:
                saved = add_goal(
                    ctx.uow(),
                    version_id=goal.version_id,
                    parent_id=goal.parent_id,
                    level=goal.level,
                    wording=goal.wording,
                    catalogue_id=goal.catalogue_id,
                    person_ids=goal.person_ids,
                    domains=goal.life_domains,
                    responsible_actor_id=goal.responsible_actor_id,
                    responsible_is_family=goal.responsible_is_family,
                    due_on=goal.due_on,
                    notes=goal.notes,
                )
                changes.append(Change((), (saved,)))
                if goal.status is not GoalStatus.OPEN:
                    change = set_goal_status(
                        ctx.uow(),
                        goal_id=saved.id,
                        status=goal.status,
                        drop_reason=goal.drop_reason,
                    )
                    changes.append(change)
                    saved = change.after[0]  # type: ignore[assignment]
            else:
                change = update_goal(ctx.uow(), goal=goal)
                changes.append(change)
                saved = change.after[0]  # type: ignore[assignment]
            if translate:
                changes.append(
                    set_translation(
                        ctx.uow(),
                        owner_id=saved.id,
                        language=language,
                        wording=translation,
                        needs_review=needs_review,
                    )
                )
            return saved, tuple(changes)

        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            save,
            changes=Changes.of(*KINDS, family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def _undo_text(self, goal: HelpPlanGoal) -> str:
        wording = short_wording(goal)
        if self.goal is not None:
            return self.tr("„{wording}“ bearbeiten").format(wording=wording)
        return {
            GoalLevel.FRAMEWORK: self.tr("Rahmenziel „{wording}“ hinzufügen"),
            GoalLevel.OUTCOME: self.tr("Ergebnisziel „{wording}“ hinzufügen"),
            GoalLevel.ACTIVITY: self.tr("Aktivität „{wording}“ hinzufügen"),
        }[goal.level].format(wording=wording)

    def _saved(self, result: tuple[HelpPlanGoal, tuple[Change, ...]]) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        goal, changes = result
        self.saved.emit(self._undo_text(goal), goal, changes)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc, "wording"):
            return None
        return False
