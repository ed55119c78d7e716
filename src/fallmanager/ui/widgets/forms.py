"""Form helpers: errors shown next to the field, and mapping domain errors to fields.

Dialogs validate before accepting: each field gets an error label directly below it, the
first field in error gets the focus, and nothing is saved while any error is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fallmanager.domain.errors import DomainError
from fallmanager.ui.texts import error_text


class FieldErrors:
    """Error labels for the fields of one form, keyed by the domain's field names."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> QLabel:
        """Add ``widget`` to ``form`` with an error label below it; return the row's label."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        error.hide()
        column.addWidget(error)
        row_label = QLabel(label)
        row_label.setBuddy(widget)
        form.addRow(row_label, holder)
        self._fields[name] = (widget, error)
        widget.setAccessibleName(label.replace("&", ""))
        return row_label

    def register(self, name: str, widget: QWidget, error: QLabel) -> None:
        self._fields[name] = (widget, error)

    def clear(self) -> None:
        for _widget, error in self._fields.values():
            error.clear()
            error.hide()

    def show(self, name: str, message: str) -> bool:
        """Show ``message`` below field ``name``; return whether such a field exists."""
        entry = self._fields.get(name)
        if entry is None:
            return False
        widget, error = entry
        error.setText(message)
        error.show()
        widget.setAccessibleDescription(message)
        return True

    def show_domain_error(self, exc: DomainError, fallback: str | None = None) -> bool:
        """Show a domain error next to its field (or ``fallback``); focus that field."""
        name = exc.field if exc.field in self._fields else fallback
        if name is None or not self.show(name, error_text(exc)):
            return False
        self._fields[name][0].setFocus()
        return True

    def error_message(self, name: str) -> str:
        entry = self._fields.get(name)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def has_errors(self) -> bool:
        return any(not error.isHidden() for _w, error in self._fields.values())

    def focus_first_error(self) -> None:
        for widget, error in self._fields.values():
            if not error.isHidden():
                widget.setFocus()
                return
