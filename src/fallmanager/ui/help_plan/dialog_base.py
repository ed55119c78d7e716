"""What the help plan's dialogs share: a form with errors below the fields, OK runs exactly
one operation on the database worker and closes only when it succeeded."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import read_full_date
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.dates import PartialDateEdit
from fallmanager.ui.widgets.forms import FieldErrors

Operation = Callable[[OpContext], object]

#: Item data role holding the id (as text) of a checklist entry.
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Checklist(QListWidget):
    """Entries with a check box each (family members, actors); scales to large families."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._fit_height()

    def set_entries(self, entries: Iterable[tuple[uuid.UUID, str]]) -> None:
        self.clear()
        for entry_id, text in entries:
            item = QListWidgetItem(text, self)
            item.setData(ID_ROLE, str(entry_id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its entries (two to six rows); longer lists scroll."""
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        rows = min(max(self.count(), 2), 6)
        self.setFixedHeight(rows * row + 2 * self.frameWidth() + 2)

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        wanted = {str(i) for i in ids}
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            uuid.UUID(self.item(row).data(ID_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def check(self, entry_id: uuid.UUID, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == str(entry_id):
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)


class PlanDialog(QDialog):
    """Subclasses add rows with :meth:`add_row`, set texts in ``retranslate_ui`` and return
    the operation from :meth:`operation` (``None`` after showing an error)."""

    #: The operation's result, after it succeeded (the dialog then closes).
    saved = Signal(object)

    #: The change kinds announced after saving (other views refresh on them).
    kinds: tuple[str, ...] = ("help_plan",)
    #: The field a domain error without a field of its own is shown at.
    fallback_field: str | None = None

    def __init__(self, context: FamilyFileContext, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self._saving = False
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName(f"{name}Ok")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._rows: list[tuple[QLabel, str]] = []
        self.setMinimumWidth(500)

    def add_row(self, name: str, widget: QWidget, buddy: QWidget | None = None) -> QLabel:
        """A labelled row with an error line below it; its text comes from :meth:`set_labels`.

        ``buddy`` is the field the label's mnemonic focuses when ``widget`` only holds it.
        """
        row_label = self.errors.add_row(self.form, "", name, widget)
        if buddy is not None:
            row_label.setBuddy(buddy)
        self._rows.append((row_label, name))
        return row_label

    def set_labels(self, texts: Sequence[str]) -> None:
        """Row labels in the order the rows were added (with their mnemonics)."""
        for (row_label, _name), text in zip(self._rows, texts, strict=True):
            row_label.setText(text)
            buddy = row_label.buddy()
            if not isinstance(buddy, QAbstractButton):  # a check box keeps its own text
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- reading fields ----------------------------------------------------------------------

    def read_date(self, edit: PartialDateEdit, name: str, *, required: bool = False) -> date | None:
        """The date in ``edit`` (``None`` when empty); shows an error and returns ``None``
        for text that is no full date, or when a required date is missing."""
        try:
            value = read_full_date(edit, name)
        except DomainError as exc:
            self.errors.show_domain_error(DomainError(exc.code, name))
            return None
        if value is None and required:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, name))
        return value

    # -- saving ------------------------------------------------------------------------------

    def operation(self) -> Operation | None:
        raise NotImplementedError

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        operation = self.operation()
        if operation is None or self.errors.has_errors():
            self.errors.focus_first_error()
            return
        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            operation,
            changes=Changes.of(*self.kinds, family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def _saved(self, result: object) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.show_error(exc):
            return None
        return False

    def show_error(self, exc: DomainError) -> bool:
        """Show a domain error next to its field; whether there was a place for it."""
        return self.errors.show_domain_error(exc, self.fallback_field)
