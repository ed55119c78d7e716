"""Name variants of a person (Namensvarianten): "Đorđević" as "Djordjevic" in the passport."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError
from fallmanager.domain.people import NameVariant, NameVariantKind, Person
from fallmanager.services.persons import add_name_variant, remove_name_variant
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.forms import FieldErrors
from fallmanager.ui.widgets.tables import RecordTableModel


class NameVariantsModel(RecordTableModel):
    """Given names, family name, source (kind) and note of each variant."""

    def headers(self) -> list[str]:
        return [self.tr("Vornamen"), self.tr("Familienname"), self.tr("Quelle"), self.tr("Notiz")]

    def cell(self, row: Any, column: int) -> str:
        variant: NameVariant = row
        return (variant.given_names, variant.family_name, label(variant.kind), variant.note)[column]

    def set_variants(self, variants: list[NameVariant]) -> None:
        self.set_rows(variants)

    def variant(self, row: int) -> NameVariant:
        return self._rows[row]  # type: ignore[no-any-return]

    def variants(self) -> list[NameVariant]:
        return self.rows()


class NameVariantsDialog(QDialog):
    """Lists a person's name variants; adds and removes them (each one undoable step).

    Emits ``variant_added(Person, NameVariant)`` and ``variant_removed(Person, NameVariant)``.
    """

    variant_added = Signal(object, object)
    variant_removed = Signal(object, object)

    def __init__(
        self,
        context: FamilyFileContext,
        person: Person,
        variants: list[NameVariant],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nameVariantsDialog")
        self._context = context
        self._person = person
        self._busy = False
        self.errors = FieldErrors()
        self.model = NameVariantsModel(self)
        self.model.set_variants(variants)
        self.view = QTableView()
        self.view.setObjectName("nameVariants")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeNameVariant")

        self.new_box = QGroupBox()
        self.given_names = QLineEdit()
        self.given_names.setObjectName("variantGivenNames")
        self.family_name = QLineEdit()
        self.family_name.setObjectName("variantFamilyName")
        self.kind = QComboBox()
        self.kind.setObjectName("variantKind")
        self.note = QLineEdit()
        self.note.setObjectName("variantNote")
        form = QFormLayout(self.new_box)
        self.labels = {
            "given_names": self.errors.add_row(form, "", "given_names", self.given_names),
            "family_name": self.errors.add_row(form, "", "family_name", self.family_name),
            "kind": self.errors.add_row(form, "", "kind", self.kind),
            "note": self.errors.add_row(form, "", "note", self.note),
        }
        self.add_button = QPushButton()
        self.add_button.setObjectName("addNameVariant")
        form.addRow(self.add_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(remove_row)
        layout.addWidget(self.new_box)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Namensvarianten von {name}").format(name=person_name(self._person))
        )
        self.model.retranslate()
        self.remove_button.setText(self.tr("Variante &entfernen"))
        self.new_box.setTitle(self.tr("Neue Namensvariante"))
        texts = {
            "given_names": self.tr("&Vornamen:"),
            "family_name": self.tr("&Familienname:"),
            "kind": self.tr("&Quelle:"),
            "note": self.tr("&Notiz:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            buddy = self.labels[name].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        current = self.kind.currentIndex()
        self.kind.clear()
        for kind in NameVariantKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(max(current, 0))
        self.add_button.setText(self.tr("Variante &hinzufügen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_enabled(self) -> None:
        selected = bool(self.view.selectionModel().selectedRows())
        self.remove_button.setEnabled(selected and not self._busy)
        self.add_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def _add(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            variant = NameVariant(
                person_id=self._person.id,
                kind=NameVariantKind(self.kind.currentData()),
                given_names=self.given_names.text().strip(),
                family_name=self.family_name.text().strip(),
                note=self.note.text().strip(),
            )
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="family_name")
            return
        context = self._context

        def add(ctx: OpContext) -> NameVariant:
            return add_name_variant(
                ctx.uow(),
                person_id=variant.person_id,
                given_names=variant.given_names,
                family_name=variant.family_name,
                kind=variant.kind,
                note=variant.note,
            )

        def added(saved: NameVariant) -> None:
            self._set_busy(False)
            self.model.set_variants([*self.model.variants(), saved])
            for edit in (self.given_names, self.family_name, self.note):
                edit.clear()
            self.variant_added.emit(self._person, saved)

        self._set_busy(True)
        run_op(self, context.session, add, changes=self._changes()).success(added).failure(
            self._failed
        )

    def _remove(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self._busy:
            return
        variant = self.model.variant(rows[0].row())

        def remove(ctx: OpContext) -> None:
            remove_name_variant(ctx.uow(), variant_id=variant.id)

        def removed(_result: None) -> None:
            self._set_busy(False)
            self.model.set_variants([v for v in self.model.variants() if v.id != variant.id])
            self._update_enabled()
            self.variant_removed.emit(self._person, variant)

        self._set_busy(True)
        run_op(self, self._context.session, remove, changes=self._changes()).success(
            removed
        ).failure(self._failed)

    def _changes(self) -> Changes:
        return Changes.of("person", family_id=self._context.family_id)

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc):
            return None
        return False
