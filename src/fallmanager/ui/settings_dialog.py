"""Einstellungen: auto-lock minutes, language, "not visited" period, how long a consent runs,
how often to synchronise with the office server, vault location, and the letterhead of
printouts (the office's name and contact, the case manager's name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fallmanager.reports.conference.invitation import is_plausible_email
from fallmanager.ui.settings import MAX_SYNC_AUTO_MINUTES, AppSettings


class SettingsDialog(QDialog):
    """OK stores all values at once and announces what the running app must apply."""

    language_changed = Signal(str)
    auto_lock_changed = Signal(int)
    #: Minutes between automatic synchronisations (0 = off), when changed.
    sync_interval_changed = Signal(int)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.not_visited = QSpinBox()
        self.not_visited.setObjectName("notVisitedDays")
        self.not_visited.setRange(7, 365)
        self.not_visited.setValue(settings.not_visited_days)
        self.consent_validity = QSpinBox()
        self.consent_validity.setObjectName("consentValidityMonths")
        self.consent_validity.setRange(1, 60)
        self.consent_validity.setValue(settings.consent_validity_months)
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setObjectName("syncAutoMinutes")
        self.sync_minutes.setRange(0, MAX_SYNC_AUTO_MINUTES)
        self.sync_minutes.setValue(settings.sync_auto_minutes)
        self.sync_label = QLabel()
        self.sync_label.setBuddy(self.sync_minutes)
        self.vault_path = QLineEdit(str(settings.vault_path or ""))
        self.vault_path.setObjectName("vaultPath")
        self.browse = QPushButton()
        path_row = QHBoxLayout()
        path_row.addWidget(self.vault_path, 1)
        path_row.addWidget(self.browse)
        self.path_note = QLabel()
        self.path_note.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            (
                self.auto_lock,
                self.language,
                self.not_visited,
                self.vault_path,
                self.consent_validity,
            ),
            strict=True,
        ):
            label.setBuddy(field)
        self.form.addRow(self.labels[0], self.auto_lock)
        self.form.addRow(self.labels[1], self.language)
        self.form.addRow(self.labels[2], self.not_visited)
        self.form.addRow(self.labels[4], self.consent_validity)
        self.form.addRow(self.sync_label, self.sync_minutes)
        self.form.addRow(self.labels[3], path_row)
        self.form.addRow("", self.path_note)
        self.office_name = QLineEdit(settings.office_name)
        self.office_name.setObjectName("officeName")
        self.office_name.setMaxLength(200)
        self.office_contact = QPlainTextEdit(settings.office_contact)
        self.office_contact.setObjectName("officeContact")
        self.office_contact.setTabChangesFocus(True)
        self.office_contact.setMaximumHeight(80)
        self.case_manager_name = QLineEdit(settings.case_manager_name)
        self.case_manager_name.setObjectName("caseManagerName")
        self.case_manager_name.setMaxLength(200)
        self.organiser_email = QLineEdit(settings.organiser_email)
        self.organiser_email.setObjectName("organiserEmail")
        self.organiser_email.setMaxLength(254)
        self.organiser_email_error = QLabel()
        self.organiser_email_error.setObjectName("organiserEmailError")
        self.organiser_email_error.setStyleSheet("color: #b00020")
        self.organiser_email_error.hide()
        self.letterhead = QGroupBox()
        self.letterhead.setObjectName("letterhead")
        letterhead_form = QFormLayout(self.letterhead)
        self.letterhead_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.letterhead_labels,
            (self.office_name, self.office_contact, self.case_manager_name, self.organiser_email),
            strict=True,
        ):
            label.setBuddy(field)
            letterhead_form.addRow(label, field)
        letterhead_form.addRow("", self.organiser_email_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.letterhead)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Einstellungen"))
        self.labels[0].setText(self.tr("Automatisch &sperren nach:"))
        self.labels[1].setText(self.tr("Sp&rache:"))
        self.labels[2].setText(self.tr("Als „nicht besucht“ zeigen nach:"))
        self.labels[3].setText(self.tr("&Tresor-Ordner:"))
        self.labels[4].setText(self.tr("&Einwilligungen gelten:"))
        self.consent_validity.setSuffix(self.tr(" Monate"))
        self.consent_validity.setToolTip(
            self.tr(
                "Vorschlag für „gültig bis“, wenn eine Einwilligung erteilt wird; im Dialog "
                "änderbar."
            )
        )
        self.auto_lock.setSuffix(self.tr(" Minuten"))
        self.sync_label.setText(self.tr("Automatisch s&ynchronisieren alle:"))
        self.sync_minutes.setSuffix(self.tr(" Minuten"))
        self.sync_minutes.setSpecialValueText(self.tr("nie"))
        self.sync_minutes.setToolTip(
            self.tr(
                "Wenn der Laptop am Büroserver angemeldet ist, werden Änderungen in diesem "
                "Abstand und kurz nach dem Entsperren synchronisiert; 0 schaltet das ab."
            )
        )
        self.not_visited.setSuffix(self.tr(" Tagen"))
        self.vault_path.setPlaceholderText(self.tr("Standardort"))
        self.browse.setText(self.tr("&Auswählen …"))
        self.path_note.setText(self.tr("Ein anderer Tresor-Ordner gilt ab dem nächsten Start."))
        self.letterhead.setTitle(self.tr("Briefkopf für Ausdrucke"))
        letterhead_texts = (
            self.tr("&Name des Büros:"),
            self.tr("&Kontakt:"),
            self.tr("Name für die &Unterschrift:"),
            self.tr("E-&Mail für Einladungen:"),
        )
        for label, text in zip(self.letterhead_labels, letterhead_texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.office_name.setPlaceholderText(self.tr("z. B. Stadt Musterstadt – Fallmanagement"))
        self.office_contact.setPlaceholderText(
            self.tr("Adresse, Telefon, E-Mail – eine Angabe pro Zeile")
        )
        self.case_manager_name.setPlaceholderText(self.tr("Ihr Name, wie er unterschreibt"))
        self.organiser_email.setPlaceholderText(
            self.tr("Absender der Kalendereinladungen zu Fallkonferenzen")
        )
        self.organiser_email_error.setText(self.tr("Bitte eine gültige E-Mail-Adresse eingeben."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Tresor-Ordner wählen"))
        if folder:
            self.vault_path.setText(folder)

    def accept(self) -> None:
        email = self.organiser_email.text().strip()
        if email and not is_plausible_email(email):
            self.organiser_email_error.show()
            self.organiser_email.setFocus()
            return
        settings = self._settings
        old_language, old_minutes = settings.language, settings.auto_lock_minutes
        old_sync_minutes = settings.sync_auto_minutes
        settings.auto_lock_minutes = self.auto_lock.value()
        settings.sync_auto_minutes = self.sync_minutes.value()
        settings.language = str(self.language.currentData())
        settings.not_visited_days = self.not_visited.value()
        settings.consent_validity_months = self.consent_validity.value()
        text = self.vault_path.text().strip()
        settings.vault_path = Path(text) if text else None
        settings.office_name = self.office_name.text()
        settings.office_contact = self.office_contact.toPlainText()
        settings.case_manager_name = self.case_manager_name.text()
        settings.organiser_email = email
        settings.sync()
        super().accept()
        if settings.auto_lock_minutes != old_minutes:
            self.auto_lock_changed.emit(settings.auto_lock_minutes)
        if settings.sync_auto_minutes != old_sync_minutes:
            self.sync_interval_changed.emit(settings.sync_auto_minutes)
        if settings.language != old_language:
            self.language_changed.emit(settings.language)
