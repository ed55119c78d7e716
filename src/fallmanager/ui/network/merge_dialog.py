"""Merge two actors that are the same organisation (Dubletten zusammenführen)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError
from fallmanager.domain.network import Actor
from fallmanager.services.network import merge_actors
from fallmanager.ui.network.models import kind_label
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.forms import FieldErrors


class MergeActorsDialog(QDialog):
    """Pick the actor to keep and the duplicate; confirm; one service call merges them.

    The confirmation is a non-blocking message box (object name ``mergeConfirmBox``) that
    states exactly what happens before anything is changed.
    """

    merged = Signal(object)  # the kept Actor after the merge

    def __init__(
        self,
        session: VaultSession,
        actors: Sequence[Actor],
        *,
        keep_id: uuid.UUID | None = None,
        duplicate_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeActorsDialog")
        self.session = session
        self._actors = sorted_by(actors, lambda a: (a.name, str(a.id)))
        self._by_id = {a.id: a for a in self._actors}
        self.confirm_box: QMessageBox | None = None
        self._busy = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.keep_combo = QComboBox()
        self.keep_combo.setObjectName("keep")
        self.duplicate_combo = QComboBox()
        self.duplicate_combo.setObjectName("duplicate")
        self.keep_label = self.errors.add_row(form, "", "keep_id", self.keep_combo)
        self.duplicate_label = self.errors.add_row(form, "", "duplicate_id", self.duplicate_combo)
        self.swap_button = QPushButton()
        self.swap_button.setObjectName("swap")
        self.swap_button.clicked.connect(self.swap)
        form.addRow("", self.swap_button)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        # Room for the sentence before it is known, so the dialog need not grow later.
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 4)
        self.summary.setMinimumWidth(self.summary.fontMetrics().averageCharWidth() * 60)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        assert self.merge_button is not None  # noqa: S101 - created just now
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self._select(self.keep_combo, keep_id)
        self._select(self.duplicate_combo, duplicate_id)
        self.keep_combo.currentIndexChanged.connect(self._update_summary)
        self.duplicate_combo.currentIndexChanged.connect(self._update_summary)
        self._update_summary()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Akteure zusammenführen"))
        self.intro.setText(
            self.tr(
                "Zwei Einträge beschreiben dieselbe Organisation? Wählen Sie, welcher "
                "bleibt. Leere Angaben des bleibenden Eintrags werden aus der Dublette ergänzt."
            )
        )
        self.keep_label.setText(self.tr("&Behalten:"))
        self.keep_combo.setAccessibleName(self.tr("Behalten"))
        self.duplicate_label.setText(self.tr("&Dublette (wird entfernt):"))
        self.duplicate_combo.setAccessibleName(self.tr("Dublette (wird entfernt)"))
        self.swap_button.setText(self.tr("&Tauschen"))
        self.merge_button.setText(self.tr("&Zusammenführen …"))
        keep, duplicate = self.keep_id(), self.duplicate_id()
        self._fill(self.keep_combo, keep)
        self._fill(self.duplicate_combo, duplicate)
        self._update_summary()

    def _fill(self, combo: QComboBox, selected: uuid.UUID | None) -> None:
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("– bitte wählen –"), None)
        for actor in self._actors:
            place = actor.city or kind_label(actor.kind)
            combo.addItem(
                self.tr("{name} ({place})").format(name=actor.name, place=place), str(actor.id)
            )
        combo.blockSignals(blocked)
        self._select(combo, selected)

    @staticmethod
    def _select(combo: QComboBox, actor_id: uuid.UUID | None) -> None:
        # Ids travel as text: Qt compares Python objects in item data by identity.
        index = combo.findData(str(actor_id)) if actor_id is not None else 0
        combo.setCurrentIndex(max(0, index))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------------

    def keep_id(self) -> uuid.UUID | None:
        return self._id_of(self.keep_combo.currentData())

    def duplicate_id(self) -> uuid.UUID | None:
        return self._id_of(self.duplicate_combo.currentData())

    def _id_of(self, value: object) -> uuid.UUID | None:
        if not isinstance(value, str):
            return None
        actor_id = uuid.UUID(value)
        return actor_id if actor_id in self._by_id else None

    def swap(self) -> None:
        keep, duplicate = self.keep_id(), self.duplicate_id()
        self._select(self.keep_combo, duplicate)
        self._select(self.duplicate_combo, keep)

    def consequence(self) -> str:
        """The sentence that says what the merge does, or "" while the choice is incomplete."""
        keep, duplicate = self.keep_id(), self.duplicate_id()
        if keep is None or duplicate is None or keep == duplicate:
            return ""
        return self.tr(
            "Alle Beteiligungen und Ansprechpersonen von „{duplicate}“ gehen auf „{keep}“ "
            "über; „{duplicate}“ wird entfernt."
        ).format(duplicate=self._by_id[duplicate].name, keep=self._by_id[keep].name)

    def _update_summary(self) -> None:
        self.errors.clear()
        self.summary.setText(self.consequence())

    def _validate(self) -> None:
        self.errors.clear()
        keep, duplicate = self.keep_id(), self.duplicate_id()
        if keep is None:
            self.errors.show("keep_id", self.tr("Bitte den Eintrag wählen, der bleibt."))
        if duplicate is None:
            self.errors.show("duplicate_id", self.tr("Bitte die Dublette wählen."))
        elif duplicate == keep:
            self.errors.show(
                "duplicate_id",
                self.tr("Ein Akteur kann nicht mit sich selbst zusammengeführt werden."),
            )

    # -- confirm and merge -------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        self._validate()
        if self.errors.has_errors():
            self.errors.focus_first_error()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Akteure zusammenführen"),
            self.consequence(),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("mergeConfirmBox")
        box.setInformativeText(self.tr("Dieser Schritt lässt sich nicht rückgängig machen."))
        confirm = box.addButton(self.tr("Zusammenführen"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("mergeConfirmButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda button: self._confirmed(box, button, confirm))
        self.confirm_box = box
        box.open()

    def _confirmed(
        self, box: QMessageBox, button: QAbstractButton, confirm: QAbstractButton
    ) -> None:
        self.confirm_box = None
        box.deleteLater()
        if button is not confirm:
            return
        keep, duplicate = self.keep_id(), self.duplicate_id()
        if keep is None or duplicate is None:
            return
        self._busy = True
        self.merge_button.setEnabled(False)
        run_op(
            self,
            self.session,
            lambda ctx: merge_actors(ctx.uow(), keep_id=keep, duplicate_id=duplicate),
            label=self.tr("Akteure werden zusammengeführt …"),
            changes=Changes.all(),
        ).success(self._merged).failure(self._failed)

    def _merged(self, actor: Actor) -> None:
        self._busy = False
        self.merge_button.setEnabled(True)
        self.merged.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._busy = False
        self.merge_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(
            exc, fallback="duplicate_id"
        ):
            return None
        return False
