"""Einwilligungen: who may receive what until when, and every consent of the family.

At the top the consents as the gate sees them today — one line per organisation, data
category and consent, with the persons and purposes it covers and its last day; lines that
run out within four weeks are highlighted. Below, every consent with its state (vorbereitet,
erteilt, läuft ab, abgelaufen, widerrufen, teilweise widerrufen) and, for the selected one,
its details and withdrawals.

A consent is prepared (and its form printed), then recorded as given; one already given can
be recorded directly. Preparing, changing, giving and removing are undo commands; a
withdrawal takes effect at once and is never undone.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.conference_view import consent_overview, withdrawals_of
from fallmanager.domain.consent import Consent, ConsentWithdrawal
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.services.consent import remove_consent
from fallmanager.services.history import Change
from fallmanager.ui import texts
from fallmanager.ui.consent import CONSENT_KIND
from fallmanager.ui.consent.consent_format import (
    ConsentState,
    actor_names,
    category_labels,
    giver_warnings,
    person_names,
    purpose_labels,
    state_text,
)
from fallmanager.ui.consent.dialogs import ConsentDialog, GiveConsentDialog, WithdrawDialog
from fallmanager.ui.consent.models import ConsentTableModel, GrantTableModel
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import ChangeCommand
from fallmanager.ui.help_plan.plan_format import language_name
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import make_table, selected_record

_ALERT = "#b00020"


def _bold(widget: QLabel) -> None:
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)


class ConsentsTab(FamilyFileTab):
    """Einwilligungen: the overview "wer darf was bis wann", the consents, their actions."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The dialog (or confirmation) opened last, while it is open.
        self.dialog: QDialog | None = None
        self._selected_id: uuid.UUID | None = None

        # -- who may receive what until when --------------------------------------------
        self.overview_heading = QLabel()
        self.overview_heading.setObjectName("consentOverviewHeading")
        _bold(self.overview_heading)
        self.grants = GrantTableModel(self)
        self.overview_table = make_table("consentOverviewTable")
        self.overview_table.setModel(self.grants)
        self.overview_heading.setBuddy(self.overview_table)
        self.overview_empty = QLabel()
        self.overview_empty.setObjectName("consentOverviewEmpty")
        self.overview_empty.setWordWrap(True)
        self.overview_empty.setEnabled(False)
        self.overview_stack = QStackedWidget()
        self.overview_stack.addWidget(self.overview_empty)
        self.overview_stack.addWidget(self.overview_table)

        # -- the consents ----------------------------------------------------------------
        self.consents_heading = QLabel()
        self.consents_heading.setObjectName("consentListHeading")
        _bold(self.consents_heading)
        self.prepare_button = self.make_button("prepareConsentButton", self.prepare_consent)
        self.edit_button = self.make_button("editConsentButton", self.edit_selected)
        self.print_button = self.make_button("printConsentFormButton", self.print_form)
        self.give_button = self.make_button("giveConsentButton", self.record_given)
        self.direct_button = self.make_button("directConsentButton", self.record_direct)
        self.withdraw_button = self.make_button("withdrawConsentButton", self.withdraw)
        self.remove_button = self.make_button("removeConsentButton", self.remove_selected)
        bar = QHBoxLayout()
        for button in self._buttons():
            bar.addWidget(button)
        bar.addStretch(1)

        self.model = ConsentTableModel(self)
        self.table = make_table("consentTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.consents_heading.setBuddy(self.table)
        self.details = QLabel()
        self.details.setObjectName("consentDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMargin(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(280)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("consentSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])

        layout = QVBoxLayout(self)
        layout.addWidget(self.overview_heading)
        layout.addWidget(self.overview_stack)
        layout.addSpacing(6)
        layout.addWidget(self.consents_heading)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()
        self._show_overview_page()
        self._update()

    def _buttons(self) -> list[QPushButton]:
        return [
            self.prepare_button,
            self.edit_button,
            self.print_button,
            self.give_button,
            self.direct_button,
            self.withdraw_button,
            self.remove_button,
        ]

    # -- texts -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Einwilligungen")

    # Mnemonics stay clear of the main window's menus (Datei, Bearbeiten, Ansicht, Extras,
    # Hilfe: d, b, a, x, h).

    def retranslate_ui(self) -> None:
        self.overview_heading.setText(self.tr("Wer darf was bis wa&nn erhalten"))
        self.overview_empty.setText(
            self.tr(
                "Zurzeit darf keine Stelle Daten dieser Familie erhalten: Es gibt keine "
                "gültige, erteilte Einwilligung."
            )
        )
        self.overview_table.setAccessibleName(self.tr("Wer darf was bis wann erhalten"))
        self.consents_heading.setText(self.tr("Einwilligungen der Fa&milie"))
        self.table.setAccessibleName(self.tr("Einwilligungen der Familie"))
        self.details.setAccessibleName(self.tr("Angaben zur gewählten Einwilligung"))
        self.prepare_button.setText(self.tr("Einwilligung &vorbereiten …"))
        self.edit_button.setText(self.tr("Bearbei&ten …"))
        self.print_button.setText(self.tr("Formular dr&ucken …"))
        self.give_button.setText(self.tr("&Erteilung erfassen …"))
        self.direct_button.setText(self.tr("Direkt e&rfassen …"))
        self.direct_button.setToolTip(
            self.tr("Eine schon erteilte Einwilligung in einem Schritt erfassen")
        )
        self.withdraw_button.setText(self.tr("&Widerrufen …"))
        self.remove_button.setText(self.tr("Ent&fernen"))
        self.remove_button.setToolTip(self.tr("Eine nur vorbereitete Einwilligung verwerfen"))
        self.grants.retranslate()
        self.model.retranslate()
        self._show_details()

    # -- snapshot ----------------------------------------------------------------------------

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        today = self.context.today()
        self.grants.show(detail, list(consent_overview(detail, today)), today)
        self.overview_table.resizeColumnsToContents()
        self._show_overview_page()
        keep = self._selected_id
        self.model.show(detail, today)
        self.table.resizeColumnsToContents()
        if keep is not None:
            self.select_consent(keep)
        self._update()

    def _show_overview_page(self) -> None:
        """The table, as tall as its lines (up to eight; more scroll), or the empty text."""
        table = self.overview_table
        if self.grants.rowCount():
            rows = min(self.grants.rowCount(), 8)
            height = (
                table.horizontalHeader().sizeHint().height()
                + rows * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth()
                + 2
            )
            table.setFixedHeight(height)
            self.overview_stack.setCurrentWidget(table)
        else:
            height = self.fontMetrics().lineSpacing() * 3 + 8
            self.overview_stack.setCurrentWidget(self.overview_empty)
        self.overview_stack.setMaximumHeight(height)

    def clear(self) -> None:
        super().clear()
        self._selected_id = None
        self.grants.show(None, [], self.context.today())
        self.model.show(None, self.context.today())
        self._show_overview_page()
        self._update()

    def select_consent(self, consent_id: uuid.UUID) -> bool:
        """Select the consent ``consent_id`` in the table; whether it is there."""
        for row, consent in enumerate(self.model.rows()):
            if consent.id == consent_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> Consent | None:
        record = selected_record(self.table)
        return record if isinstance(record, Consent) else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        consent = self.selected()
        if consent is not None:
            self._selected_id = consent.id
        self._update()

    def _state(self, consent: Consent) -> ConsentState:
        return self.model.state(consent)

    def _update(self) -> None:
        detail = self.detail
        is_open = detail is not None and detail.family.is_open
        consent = self.selected()
        state = self._state(consent) if consent is not None and detail is not None else None
        prepared = state is ConsentState.PREPARED
        self.prepare_button.setEnabled(is_open)
        self.direct_button.setEnabled(is_open)
        self.edit_button.setEnabled(is_open and prepared)
        self.give_button.setEnabled(is_open and prepared)
        self.remove_button.setEnabled(is_open and prepared)
        self.print_button.setEnabled(consent is not None)
        self.withdraw_button.setEnabled(
            is_open and state is not None and not prepared and state is not ConsentState.WITHDRAWN
        )
        self._show_details()

    # -- details -----------------------------------------------------------------------------

    def _show_details(self) -> None:
        detail, consent = self.detail, self.selected()
        if detail is None or consent is None:
            self.details.setText(
                escape(self.tr("Eine Einwilligung auswählen, um alle Angaben zu sehen."))
                if detail is not None and self.model.rowCount()
                else ""
            )
            return
        state = self._state(consent)
        lines: list[str] = []

        def row(label: str, value: str) -> None:
            lines.append(f"<b>{escape(label)}</b> {escape(value or '–')}")

        row(self.tr("Stand:"), state_text(state))
        row(self.tr("Vorbereitet am:"), format_date(consent.prepared_on))
        if consent.is_given:
            given = self.tr("{date} von {names} ({form})").format(
                date=format_date(consent.given_on),
                names=person_names(detail, consent.given_by_ids),
                form=texts.label(consent.form),
            )
            if consent.witness:
                given += " – " + self.tr("Zeugin/Zeuge: {name}").format(name=consent.witness)
            row(self.tr("Erteilt am:"), given)
            row(self.tr("Gültig bis:"), format_date(consent.expires_on))
        row(self.tr("Personen:"), person_names(detail, consent.subject_ids))
        row(self.tr("Stellen:"), actor_names(detail, consent.recipient_actor_ids))
        row(self.tr("Daten:"), category_labels(consent.categories))
        row(self.tr("Zwecke:"), purpose_labels(consent.purposes))
        row(self.tr("Sprache des Formulars:"), language_name(consent.language))
        row(
            self.tr("Dolmetschung:"),
            self.tr("war dabei") if consent.interpreter_present else self.tr("nein"),
        )
        if consent.notes:
            row(self.tr("Notizen:"), consent.notes)
        if consent.is_given and consent.given_on is not None:
            for warning in giver_warnings(
                detail, consent.subject_ids, consent.given_by_ids, consent.given_on
            ):
                lines.append(f'<span style="color:{_ALERT};">{escape(warning)}</span>')
        withdrawals = withdrawals_of(detail, consent)
        if withdrawals:
            lines.append(f"<br><b>{escape(self.tr('Widerrufe'))}</b>")
            for withdrawal in withdrawals:
                lines.append(escape(self._withdrawal_text(detail, withdrawal)))
            lines.append(
                escape(
                    self.tr(
                        "Was vor einem Widerruf weitergegeben wurde, steht weiter im "
                        "Offenlegungsprotokoll."
                    )
                )
            )
        if state is ConsentState.PREPARED:
            lines.append(
                "<br>"
                + escape(
                    self.tr(
                        "Noch nicht erteilt: Formular drucken, unterschreiben lassen und dann "
                        "„Erteilung erfassen …“."
                    )
                )
            )
        self.details.setText("<br>".join(lines))

    def _withdrawal_text(self, detail: FamilyFileDetail, withdrawal: ConsentWithdrawal) -> str:
        day = format_date(withdrawal.withdrawn_on)
        if withdrawal.full:
            text = self.tr("{date}: ganz widerrufen").format(date=day)
        else:
            parts = []
            if withdrawal.recipient_actor_ids:
                parts.append(
                    self.tr("Stellen: {names}").format(
                        names=actor_names(detail, withdrawal.recipient_actor_ids)
                    )
                )
            if withdrawal.categories:
                parts.append(
                    self.tr("Daten: {names}").format(names=category_labels(withdrawal.categories))
                )
            if withdrawal.purposes:
                parts.append(
                    self.tr("Zwecke: {names}").format(names=purpose_labels(withdrawal.purposes))
                )
            text = self.tr("{date}: teilweise widerrufen – {what}").format(
                date=day, what="; ".join(parts)
            )
        if withdrawal.declared_by_ids:
            text += " " + self.tr("(erklärt von {names})").format(
                names=person_names(detail, withdrawal.declared_by_ids)
            )
        return text

    # -- actions -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _push(self, text: str, change: Change) -> None:
        after = [e for e in change.after if isinstance(e, Consent)]
        if after:
            self._selected_id = after[0].id
        self.context.push(
            ChangeCommand(
                self.context.session,
                text,
                family_id=self.context.family_id,
                change=change,
                kinds=(CONSENT_KIND,),
                parent_widget=self,
            )
        )

    @property
    def _months(self) -> int:
        return self.context.settings.consent_validity_months

    def _open_selected(self) -> None:
        consent = self.selected()
        if consent is not None and not consent.is_given:
            self.edit_selected()

    def prepare_consent(self) -> QDialog | None:
        if self.detail is None or not self.prepare_button.isEnabled():
            return None
        dialog = ConsentDialog(self.context, self.detail, parent=self)
        dialog.saved.connect(lambda change: self._push(self.tr("Einwilligung vorbereiten"), change))
        return self._open(dialog)

    def record_direct(self) -> QDialog | None:
        if self.detail is None or not self.direct_button.isEnabled():
            return None
        dialog = ConsentDialog(
            self.context, self.detail, direct=True, validity_months=self._months, parent=self
        )
        dialog.saved.connect(
            lambda change: self._push(self.tr("Erteilte Einwilligung erfassen"), change)
        )
        return self._open(dialog)

    def edit_selected(self) -> QDialog | None:
        consent = self.selected()
        if self.detail is None or consent is None or not self.edit_button.isEnabled():
            return None
        dialog = ConsentDialog(self.context, self.detail, consent, parent=self)
        dialog.saved.connect(lambda change: self._push(self.tr("Einwilligung bearbeiten"), change))
        return self._open(dialog)

    def record_given(self) -> QDialog | None:
        consent = self.selected()
        if self.detail is None or consent is None or not self.give_button.isEnabled():
            return None
        dialog = GiveConsentDialog(
            self.context, self.detail, consent, validity_months=self._months, parent=self
        )
        dialog.saved.connect(
            lambda change: self._push(self.tr("Erteilung der Einwilligung erfassen"), change)
        )
        return self._open(dialog)

    def withdraw(self) -> QDialog | None:
        consent = self.selected()
        if self.detail is None or consent is None or not self.withdraw_button.isEnabled():
            return None
        return self._open(WithdrawDialog(self.context, self.detail, consent, self))

    def print_form(self) -> QDialog | None:
        consent = self.selected()
        if consent is None:
            return None
        from fallmanager.ui.consent.print_dialog import ConsentFormDialog  # noqa: PLC0415

        return self._open(
            ConsentFormDialog(self.context, consent, validity_months=self._months, parent=self)
        )

    def remove_selected(self) -> QMessageBox | None:
        """Ask, then discard the selected prepared consent (undoable)."""
        consent = self.selected()
        if consent is None or not self.remove_button.isEnabled():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Einwilligung entfernen"),
            self.tr(
                "Die vorbereitete Einwilligung vom {date} verwerfen? Sie wurde noch nicht "
                "erteilt. Das lässt sich rückgängig machen."
            ).format(date=format_date(consent.prepared_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeConsentConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        consent_id = consent.id
        box.buttonClicked.connect(lambda button: self._remove_answered(box, button, consent_id))
        self._open(box)
        return box

    def _remove_answered(
        self, box: QMessageBox, button: QAbstractButton, consent_id: uuid.UUID
    ) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return

        def work(ctx: OpContext) -> Change:
            return remove_consent(ctx.uow(), consent_id=consent_id)

        run_op(
            self,
            self.context.session,
            work,
            changes=Changes.of(CONSENT_KIND, family_id=self.context.family_id),
        ).success(lambda change: self._push(self.tr("Einwilligung entfernen"), change))
