"""The yellow notice at the top of a family file while conflicts of it wait for a decision:
"2 Konflikte warten auf Ihre Entscheidung: Aufenthaltsstatus von …: Status"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fallmanager.services.sync import ConflictView
from fallmanager.ui.sync.marks import MARK
from fallmanager.ui.sync.texts import conflict_title

#: How many conflicts the notice names; "…" stands for the rest.
NAMED_CONFLICTS = 3


class ConflictBanner(QFrame):
    """Object names: ``conflictBanner``, ``conflictBannerText``, ``reviewConflictsButton``."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Yellow like a sticky note: it asks for something, it does not report an error.
        self.setStyleSheet(
            "#conflictBanner { background: #fff3bf; border: 1px solid #e0b400; }"
            " #conflictBanner QLabel { color: #3d3000; }"
        )
        self.text = QLabel()
        self.text.setObjectName("conflictBannerText")
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("reviewConflictsButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.review_requested)
        self._conflicts: list[ConflictView] = []
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Konflikte prüfen …"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        """Show the notice for ``conflicts``, or hide it when there are none."""
        self._conflicts = list(conflicts)
        self._fill()
        self.setVisible(bool(self._conflicts))

    def _fill(self) -> None:
        count = len(self._conflicts)
        if not count:
            self.text.clear()
            return
        named = "; ".join(
            conflict_title(c.entity, c.subject, c.field) for c in self._conflicts[:NAMED_CONFLICTS]
        )
        if count > NAMED_CONFLICTS:
            named += "; …"
        text = (
            self.tr("1 Konflikt wartet auf Ihre Entscheidung: {fields}")
            if count == 1
            else self.tr("{n} Konflikte warten auf Ihre Entscheidung: {fields}")
        )
        self.text.setText(f"{MARK} " + text.format(n=count, fields=named))
