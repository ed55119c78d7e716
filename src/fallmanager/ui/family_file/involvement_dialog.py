"""Akteur beteiligen / Beteiligung beenden.

"Akteur beteiligen" chooses an actor of the network directory or creates a new one in the
same dialog, optionally names a contact person there, and records the involvement. OK runs
one operation: ``add_actor`` (only for a new actor), ``add_contact_person`` (only when a
name is given) and ``involve_actor``. Should the involvement fail after the actor was
created, the dialog switches to that actor, so a second OK does not create it twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.entity import Entity
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.network import Actor, ActorKind, ContactPerson, Involvement
from fallmanager.services.network import (
    add_actor,
    add_contact_person,
    end_involvement,
    involve_actor,
    list_actors,
)
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    make_date_edit,
    read_full_date,
    retranslate_date_edit,
    set_full_date,
)
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.forms import FieldErrors


@dataclass(frozen=True, slots=True)
class InvolvedActor:
    """What "Akteur beteiligen" created, in creation order (for undo)."""

    involvement: Involvement
    created: tuple[Entity, ...]


def _changes(context: FamilyFileContext) -> Changes:
    return Changes.of("involvement", "actor", family_id=context.family_id)


class InvolvementDialog(QDialog):
    """Choose or create an actor, role, contact person, since when."""

    involved = Signal(object)  # InvolvedActor

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("involvementDialog")
        self.context = context
        self._saving = False
        self._created_actor: Actor | None = None
        self._actor_names: dict[str, str] = {}
        self.errors = FieldErrors()

        self.existing = QRadioButton()
        self.existing.setObjectName("existingActor")
        self.new = QRadioButton()
        self.new.setObjectName("newActor")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.existing)
        self.choice.addButton(self.new)
        choice_row = QWidget()
        row = QHBoxLayout(choice_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.existing)
        row.addWidget(self.new)
        row.addStretch(1)
        self.actor = QComboBox()
        self.actor.setObjectName("actorChoice")
        self.actor.setEnabled(False)  # until the directory is loaded
        self.name = QLineEdit()
        self.name.setObjectName("actorName")
        self.kind = QComboBox()
        self.kind.setObjectName("actorKind")
        for kind in ActorKind:
            self.kind.addItem(label(kind), kind.value)
        self.role = QLineEdit()
        self.role.setObjectName("involvementRole")
        self.contact = QLineEdit()
        self.contact.setObjectName("contactName")
        self.contact_function = QLineEdit()
        self.contact_function.setObjectName("contactFunction")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contactPhone")
        self.since = make_date_edit("involvementSince")
        set_full_date(self.since, context.today())
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("involvementNotes")
        self.notes.setTabChangesFocus(True)

        form = QFormLayout()
        self._labels = [
            self.errors.add_row(form, "", "choice", choice_row),
            self.errors.add_row(form, "", "actor_id", self.actor),
            self.errors.add_row(form, "", "name", self.name),
            self.errors.add_row(form, "", "kind", self.kind),
            self.errors.add_row(form, "", "role", self.role),
            self.errors.add_row(form, "", "contact_name", self.contact),
            self.errors.add_row(form, "", "function", self.contact_function),
            self.errors.add_row(form, "", "phone", self.contact_phone),
            self.errors.add_row(form, "", "since", self.since),
            self.errors.add_row(form, "", "notes", self.notes),
        ]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("involvementOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.existing.toggled.connect(self._mode_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.new.setChecked(True)
        self._mode_changed()
        self.retranslate_ui()
        self.loaded = False
        run_op(self, context.session, lambda ctx: list_actors(ctx.uow())).success(self._fill)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Akteur beteiligen"))
        texts = [
            self.tr("Akteur"),
            self.tr("&Vorhandener Akteur"),
            self.tr("&Name"),
            self.tr("&Art"),
            self.tr("&Rolle"),
            self.tr("Ansprech&person"),
            self.tr("&Funktion"),
            self.tr("&Telefon"),
            self.tr("&Seit"),
            self.tr("N&otizen"),
        ]
        for row_label, text in zip(self._labels, texts, strict=True):
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", ""))
        self.existing.setText(self.tr("aus dem &Netzwerk wählen"))
        self.new.setText(self.tr("neu an&legen"))
        self.role.setPlaceholderText(self.tr("z. B. Schulsozialarbeit, Migrationsberatung"))
        self.contact.setPlaceholderText(self.tr("optional"))
        retranslate_date_edit(self.since)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, actors: list[Actor]) -> None:
        self.actor.clear()
        for actor in sorted_by(actors, lambda a: a.name):
            text = " – ".join(p for p in (actor.name, actor.department) if p)
            self.actor.addItem(f"{text} ({label(actor.kind)})", str(actor.id))
            self._actor_names[str(actor.id)] = actor.name
        self.loaded = True
        has_actors = self.actor.count() > 0
        self.existing.setEnabled(has_actors)
        if has_actors and self._created_actor is None:
            self.existing.setChecked(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        existing = self.existing.isChecked()
        self.actor.setEnabled(existing and self.actor.count() > 0)
        self.name.setEnabled(not existing)
        self.kind.setEnabled(not existing)

    def select_actor(self, actor_id: uuid.UUID) -> None:
        self.existing.setChecked(True)
        self.actor.setCurrentIndex(self.actor.findData(str(actor_id)))

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        existing = self.existing.isChecked()
        if existing and not self.actor.currentData():
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "actor_id"))
        if not existing and not self.name.text().strip():
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "name"))
        since = None
        try:
            since = read_full_date(self.since, "since")
        except DomainError as exc:
            self.errors.show_domain_error(DomainError(exc.code, "since"))
        if self.errors.has_errors():
            self.errors.focus_first_error()
            return
        actor_id = uuid.UUID(self.actor.currentData()) if existing else None
        new_name, new_kind = self.name.text(), ActorKind(self.kind.currentData())
        contact = {
            "name": self.contact.text(),
            "function": self.contact_function.text(),
            "phone": self.contact_phone.text(),
        }
        family_id = self.context.family_id
        role, notes = self.role.text(), self.notes.toPlainText()
        progress: dict[str, Any] = {}

        def save(ctx: OpContext) -> InvolvedActor:
            created: list[Entity] = []
            if actor_id is None:
                actor = add_actor(ctx.uow(), name=new_name, kind=new_kind)
                progress["actor"] = actor
                created.append(actor)
                chosen = actor.id
            else:
                chosen = actor_id
            contact_id = None
            if contact["name"].strip():
                person: ContactPerson = add_contact_person(ctx.uow(), actor_id=chosen, **contact)
                created.append(person)
                contact_id = person.id
            involvement = involve_actor(
                ctx.uow(),
                family_id=family_id,
                actor_id=chosen,
                role=role,
                contact_person_id=contact_id,
                since=since,
                notes=notes,
            )
            created.append(involvement)
            return InvolvedActor(involvement=involvement, created=tuple(created))

        def failed(exc: BaseException) -> bool | None:
            self._saving = False
            self.ok_button.setEnabled(True)
            actor = progress.get("actor")
            if isinstance(actor, Actor):  # keep it: the next OK must not create it again
                self._created_actor = actor
                self.actor.addItem(actor.name, str(actor.id))
                self._actor_names[str(actor.id)] = actor.name
                self.existing.setEnabled(True)
                self.select_actor(actor.id)
            if isinstance(exc, DomainError):
                name = "contact_name" if exc.field == "name" and actor_id is not None else None
                if self.errors.show_domain_error(exc, name):
                    return None
            return False

        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(self, self.context.session, save, changes=_changes(self.context)).success(
            self._saved
        ).failure(failed)

    def actor_name(self) -> str:
        if self.existing.isChecked():
            return self._actor_names.get(self.actor.currentData(), self.actor.currentText())
        return self.name.text().strip()

    def _saved(self, result: InvolvedActor) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.involved.emit(result)
        self.accept()


class EndInvolvementDialog(QDialog):
    """Beteiligung beenden: the last day of the involvement (default today)."""

    ended = Signal(object, object)  # before, after (Involvement)

    def __init__(
        self,
        context: FamilyFileContext,
        involvement: Involvement,
        actor_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endInvolvementDialog")
        self.context = context
        self.involvement = involvement
        self.actor_name = actor_name
        self._saving = False
        self.errors = FieldErrors()
        self.until = make_date_edit("involvementUntil")
        set_full_date(self.until, context.today())
        form = QFormLayout()
        self._until_label = self.errors.add_row(form, "", "until", self.until)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("endInvolvementOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Beteiligung von „{name}“ beenden").format(name=self.actor_name)
        )
        self._until_label.setText(self.tr("&Beendet am"))
        self.until.setAccessibleName(self.tr("Beendet am"))
        retranslate_date_edit(self.until)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        until: date | None = None
        try:
            until = read_full_date(self.until, "until")
            if until is None:
                raise DomainError(ErrorCode.REQUIRED, "until")
            if self.involvement.since is not None and until < self.involvement.since:
                raise DomainError(ErrorCode.END_BEFORE_START, "until")
        except DomainError as exc:
            self.errors.show_domain_error(DomainError(exc.code, "until"))
            return
        involvement_id = self.involvement.id
        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            lambda ctx: end_involvement(ctx.uow(), involvement_id=involvement_id, until=until),
            changes=_changes(self.context),
        ).success(self._saved).failure(self._failed)

    def _saved(self, after: Involvement) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.ended.emit(self.involvement, after)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc, "until"):
            return None
        return False
