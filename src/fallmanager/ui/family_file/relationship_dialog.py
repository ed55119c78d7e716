"""Recording a relationship between two members: parent and child, or a partnership.

The domain's rules (no one is their own ancestor, at most two biological parents, no
relationship with oneself) are shown next to the person they concern; soft findings such as a
very young parent come back as warnings with the saved link.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.relationships import (
    ParentChildKind,
    ParentChildLink,
    Partnership,
    PartnershipKind,
)
from fallmanager.services.relationships import (
    RecordedLink,
    record_parent_child,
    record_partnership,
)
from fallmanager.ui.family_file.person_format import (
    TRI_STATE,
    combo_uuid,
    person_name,
    select_data,
    sorted_persons,
)
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.forms import FieldErrors

PARENT_CHILD = "parent_child"
PARTNERSHIP = "partnership"


class RelationshipDialog(QDialog):
    """Beziehung erfassen. Emits ``link_recorded(RecordedLink)`` or
    ``partnership_recorded(Partnership)`` before it closes."""

    link_recorded = Signal(object)
    partnership_recorded = Signal(object)

    def __init__(
        self,
        context: FamilyFileContext,
        detail: FamilyFileDetail,
        person_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipDialog")
        self._context = context
        self._busy = False
        self.errors = FieldErrors()
        self._persons = sorted_persons(detail.persons)

        self.relation = QComboBox()
        self.relation.setObjectName("relationKind")
        self.first = QComboBox()
        self.first.setObjectName("firstPerson")
        self.second = QComboBox()
        self.second.setObjectName("secondPerson")
        for combo in (self.first, self.second):
            for person in self._persons:
                combo.addItem(person_name(person), str(person.id))
        if person_id is not None:
            select_data(self.first, str(person_id))
        self.second.setCurrentIndex(1 if self.second.count() > 1 else 0)
        self.parent_child_kind = QComboBox()
        self.parent_child_kind.setObjectName("parentChildKind")
        self.custody = QComboBox()
        self.custody.setObjectName("custody")
        self.partnership_kind = QComboBox()
        self.partnership_kind.setObjectName("partnershipKind")

        self.form = QFormLayout()
        self.relation_label = QLabel()
        self.relation_label.setBuddy(self.relation)
        self.form.addRow(self.relation_label, self.relation)
        self.first_label = self.errors.add_row(self.form, "", "parent_id", self.first)
        self.second_label = self.errors.add_row(self.form, "", "child_id", self.second)
        first_error = _holder(self.first).findChild(QLabel, "error_parent_id")
        second_error = _holder(self.second).findChild(QLabel, "error_child_id")
        assert isinstance(first_error, QLabel)  # noqa: S101 - add_row created it
        assert isinstance(second_error, QLabel)  # noqa: S101 - add_row created it
        # A partnership names its two persons differently; the errors land in the same place.
        self.errors.register("person_a_id", self.first, first_error)
        self.errors.register("person_b_id", self.second, second_error)
        self.kind_label = self.errors.add_row(self.form, "", "kind", self.parent_child_kind)
        self.custody_label = self.errors.add_row(self.form, "", "has_custody", self.custody)
        self.partnership_kind_label = self.errors.add_row(
            self.form, "", "partnership_kind", self.partnership_kind
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.relation.currentIndexChanged.connect(self._update_rows)
        self.retranslate_ui()
        self._update_rows()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Beziehung erfassen"))
        self.relation_label.setText(self.tr("&Beziehung:"))
        self.relation.setAccessibleName(self.tr("Beziehung"))
        _fill(
            self.relation,
            [
                (self.tr("Elternteil und Kind"), PARENT_CHILD),
                (self.tr("Partnerschaft"), PARTNERSHIP),
            ],
        )
        _fill(self.parent_child_kind, [(label(k), k.value) for k in ParentChildKind])
        _fill(
            self.custody,
            [
                (self.tr("unbekannt"), "unknown"),
                (self.tr("ja"), "yes"),
                (self.tr("nein"), "no"),
            ],
        )
        _fill(self.partnership_kind, [(label(k), k.value) for k in PartnershipKind])
        self.kind_label.setText(self.tr("&Art der Elternschaft:"))
        self.custody_label.setText(self.tr("&Sorgerecht:"))
        self.partnership_kind_label.setText(self.tr("&Art der Partnerschaft:"))
        for row_label in (self.kind_label, self.custody_label, self.partnership_kind_label):
            buddy = row_label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(row_label.text().replace("&", "").rstrip(":"))
        self._update_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def is_parent_child(self) -> bool:
        return bool(self.relation.currentData() != PARTNERSHIP)

    def _update_rows(self) -> None:
        parent_child = self.is_parent_child
        if parent_child:
            self.first_label.setText(self.tr("&Elternteil:"))
            self.second_label.setText(self.tr("&Kind:"))
        else:
            self.first_label.setText(self.tr("&Person:"))
            self.second_label.setText(self.tr("Partner/&in:"))
        self.first.setAccessibleName(self.first_label.text().replace("&", "").rstrip(":"))
        self.second.setAccessibleName(self.second_label.text().replace("&", "").rstrip(":"))
        self.form.setRowVisible(_holder(self.parent_child_kind), parent_child)
        self.form.setRowVisible(_holder(self.custody), parent_child)
        self.form.setRowVisible(_holder(self.partnership_kind), not parent_child)
        self.errors.clear()

    def accept(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        first, second = combo_uuid(self.first), combo_uuid(self.second)
        if first is None or second is None:
            self.errors.show("parent_id", self.tr("Bitte zwei Personen wählen."))
            return
        context = self._context
        try:
            if self.is_parent_child:
                link = ParentChildLink(
                    parent_id=first,
                    child_id=second,
                    kind=ParentChildKind(self.parent_child_kind.currentData()),
                    has_custody=TRI_STATE[self.custody.currentData()],
                )
            else:
                partnership = Partnership(
                    person_a_id=first,
                    person_b_id=second,
                    kind=PartnershipKind(self.partnership_kind.currentData()),
                )
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="child_id")
            return
        self._set_busy(True)
        if self.is_parent_child:

            def record_link(ctx: OpContext) -> RecordedLink:
                return record_parent_child(
                    ctx.uow(),
                    parent_id=link.parent_id,
                    child_id=link.child_id,
                    kind=link.kind,
                    has_custody=link.has_custody,
                )

            run_op(self, context.session, record_link, changes=self._changes()).success(
                self._linked
            ).failure(self._failed)
        else:

            def record_couple(ctx: OpContext) -> Partnership:
                return record_partnership(
                    ctx.uow(),
                    person_a_id=partnership.person_a_id,
                    person_b_id=partnership.person_b_id,
                    kind=partnership.kind,
                )

            run_op(self, context.session, record_couple, changes=self._changes()).success(
                self._partnered
            ).failure(self._failed)

    def _changes(self) -> Changes:
        return Changes.of("relationship", family_id=self._context.family_id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def _linked(self, recorded: RecordedLink) -> None:
        self._set_busy(False)
        self.link_recorded.emit(recorded)
        super().accept()

    def _partnered(self, partnership: Partnership) -> None:
        self._set_busy(False)
        self.partnership_recorded.emit(partnership)
        super().accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(
            exc, fallback="parent_id"
        ):
            return None
        return False


def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    current = combo.currentIndex()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(current, 0))
    combo.blockSignals(False)


def _holder(widget: QWidget) -> QWidget:
    """The row widget that :class:`FieldErrors` put around ``widget`` (with its error label)."""
    holder = widget.parentWidget()
    assert holder is not None  # noqa: S101 - add_row always wraps the field
    return holder
