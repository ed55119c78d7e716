"""Dialogs to add or edit an actor (Akteur) and to add a contact person (Ansprechperson)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError
from fallmanager.domain.network import Actor, ActorKind, ContactPerson
from fallmanager.services.network import add_actor, add_contact_person, update_actor
from fallmanager.ui.network.models import kind_from_data, kind_label, sorted_kinds
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.widgets.forms import FieldErrors


def _looks_like_email(value: str) -> bool:
    local, at, domain = value.partition("@")
    return bool(local and at and domain) and " " not in value


class _FormDialog(QDialog):
    """A form with error labels, OK/Cancel, and one service call on OK."""

    def __init__(self, session: VaultSession, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._busy = False

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None  # noqa: S101 - created above
        return button

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)

    def _submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        self.validate()
        if self.errors.has_errors():
            self.errors.focus_first_error()
            return
        self._set_busy(True)
        self.save()

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc, fallback="name"):
            return None
        return False

    def validate(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ActorDialog(_FormDialog):
    """Add a new actor or edit one (Akteur anlegen / bearbeiten)."""

    saved = Signal(object)  # the saved Actor

    def __init__(
        self, session: VaultSession, actor: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("actorDialog")
        self.actor = actor
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        self.department_edit = QLineEdit()
        self.department_edit.setObjectName("department")
        self.street_edit = QLineEdit()
        self.street_edit.setObjectName("street")
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setObjectName("postcode")
        self.city_edit = QLineEdit()
        self.city_edit.setObjectName("city")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for name, widget in (
            ("name", self.name_edit),
            ("kind", self.kind_combo),
            ("department", self.department_edit),
            ("street", self.street_edit),
            ("postcode", self.postcode_edit),
            ("city", self.city_edit),
            ("phone", self.phone_edit),
            ("email", self.email_edit),
            ("notes", self.notes_edit),
        ):
            self._rows[name] = (self.errors.add_row(self.form, "", name, widget), widget)
        self._fill_kinds(actor.kind if actor else ActorKind.OTHER)
        if actor is not None:
            self.name_edit.setText(actor.name)
            self.department_edit.setText(actor.department)
            self.street_edit.setText(actor.street)
            self.postcode_edit.setText(actor.postcode)
            self.city_edit.setText(actor.city)
            self.phone_edit.setText(actor.phone)
            self.email_edit.setText(actor.email)
            self.notes_edit.setPlainText(actor.notes)
        self.retranslate_ui()
        self.name_edit.setFocus()

    def _fill_kinds(self, selected: ActorKind) -> None:
        self.kind_combo.clear()
        for kind in sorted_kinds():
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(selected.value)))

    def retranslate_ui(self) -> None:
        if self.actor is None:
            self.setWindowTitle(self.tr("Akteur anlegen"))
            self.intro.setText(self.tr("Eine Organisation des Helfersystems neu erfassen."))
        else:
            self.setWindowTitle(self.tr("Akteur bearbeiten"))
            self.intro.setText(self.tr("Angaben zu „{name}“ ändern.").format(name=self.actor.name))
        texts = {
            "name": self.tr("&Name:"),
            "kind": self.tr("&Art:"),
            "department": self.tr("A&bteilung:"),
            "street": self.tr("&Straße:"),
            "postcode": self.tr("&PLZ:"),
            "city": self.tr("&Ort:"),
            "phone": self.tr("&Telefon:"),
            "email": self.tr("&E-Mail:"),
            "notes": self.tr("Noti&zen:"),
        }
        for name, (row_label, widget) in self._rows.items():
            row_label.setText(texts[name])
            widget.setAccessibleName(texts[name].replace("&", "").rstrip(":"))
        self._fill_kinds(kind_from_data(self.kind_combo.currentData()) or ActorKind.OTHER)

    def _values(self) -> dict[str, object]:
        kind = kind_from_data(self.kind_combo.currentData())
        return {
            "name": self.name_edit.text().strip(),
            "kind": kind or ActorKind.OTHER,
            "department": self.department_edit.text().strip(),
            "street": self.street_edit.text().strip(),
            "postcode": self.postcode_edit.text().strip(),
            "city": self.city_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "notes": self.notes_edit.toPlainText(),
        }

    def _candidate(self) -> Actor:
        values = self._values()
        if self.actor is None:
            return Actor(**values)  # type: ignore[arg-type]
        return replace(self.actor, **values)  # type: ignore[arg-type]

    def validate(self) -> None:
        try:
            self._candidate()
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="name")
        email = self.email_edit.text().strip()
        if email and not _looks_like_email(email) and not self.errors.error_message("email"):
            self.errors.show(
                "email", self.tr("Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.")
            )

    def save(self) -> None:
        candidate = self._candidate()
        if self.actor is None:
            values = self._values()
            op = run_op(
                self,
                self.session,
                lambda ctx: add_actor(ctx.uow(), **values),  # type: ignore[arg-type]
                label=self.tr("Akteur wird gespeichert …"),
                changes=Changes.of("actor"),
            )
        else:
            op = run_op(
                self,
                self.session,
                lambda ctx: update_actor(ctx.uow(), actor=candidate),
                label=self.tr("Akteur wird gespeichert …"),
                changes=Changes.of("actor"),
            )
        op.success(self._saved).failure(self._failed)

    def _saved(self, actor: Actor) -> None:
        self._set_busy(False)
        self.saved.emit(actor)
        self.accept()


class ContactPersonDialog(_FormDialog):
    """Add a contact person at an actor (Ansprechperson hinzufügen)."""

    saved = Signal(object)  # the new ContactPerson

    def __init__(
        self,
        session: VaultSession,
        *,
        actor_id: uuid.UUID,
        actor_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("contactPersonDialog")
        self.actor_id = actor_id
        self.actor_name = actor_name
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.function_edit = QLineEdit()
        self.function_edit.setObjectName("function")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self._rows: dict[str, tuple[QLabel, QWidget]] = {
            name: (self.errors.add_row(self.form, "", name, widget), widget)
            for name, widget in (
                ("name", self.name_edit),
                ("function", self.function_edit),
                ("phone", self.phone_edit),
                ("email", self.email_edit),
            )
        }
        self.retranslate_ui()
        self.name_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ansprechperson hinzufügen"))
        self.intro.setText(
            self.tr("Neue Ansprechperson bei „{actor}“.").format(actor=self.actor_name)
        )
        texts = {
            "name": self.tr("&Name:"),
            "function": self.tr("&Funktion:"),
            "phone": self.tr("&Telefon:"),
            "email": self.tr("&E-Mail:"),
        }
        for name, (row_label, widget) in self._rows.items():
            row_label.setText(texts[name])
            widget.setAccessibleName(texts[name].replace("&", "").rstrip(":"))

    def _values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "function": self.function_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
        }

    def validate(self) -> None:
        try:
            values = self._values()
            ContactPerson(
                actor_id=self.actor_id,
                name=values["name"],
                function=values["function"],
                phone=values["phone"],
                email=values["email"],
            )
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="name")
        email = self.email_edit.text().strip()
        if email and not _looks_like_email(email) and not self.errors.error_message("email"):
            self.errors.show(
                "email", self.tr("Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.")
            )

    def save(self) -> None:
        values = self._values()
        actor_id = self.actor_id
        run_op(
            self,
            self.session,
            lambda ctx: add_contact_person(ctx.uow(), actor_id=actor_id, **values),
            label=self.tr("Ansprechperson wird gespeichert …"),
            changes=Changes.of("contact_person"),
        ).success(self._saved).failure(self._failed)

    def _saved(self, contact: ContactPerson) -> None:
        self._set_busy(False)
        self.saved.emit(contact)
        self.accept()
