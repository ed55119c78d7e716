"""What the user sees while no vault is unlocked: first-run setup or the unlock form.

Nothing personal is shown here. The unlock form keeps the passphrase only in its line edit
and clears it after every attempt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fallmanager.ui.lock.recovery_key_dialog import RecoveryKeyDialog
from fallmanager.ui.session import VaultSession, VaultState
from fallmanager.ui.texts import error_text
from fallmanager.vault.errors import KeyringUnavailableError, WrongPassphraseError
from fallmanager.vault.passphrase import MIN_LENGTH, Strength, estimate


class _Card(QFrame):
    """A centred, width-limited panel (readable at 200 % scaling and on 1366×768)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockCard")
        self.setMaximumWidth(560)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 24, 24, 24)
        self.body.setSpacing(12)


def _centred(card: QWidget) -> QWidget:
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 4)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


class SetupPage(QWidget):
    """First start: choose a passphrase; the recovery key is shown once afterwards."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        card = _Card()
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("setupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("setupRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.strength.setWordWrap(True)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("keyringNote")
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.passphrase_only = QCheckBox()
        self.passphrase_only.setObjectName("passphraseOnly")
        self.passphrase_only.hide()  # offered only when this computer has no secure keyring
        self.create_button = QPushButton()
        self.create_button.setObjectName("createVaultButton")
        self.create_button.setDefault(True)
        self.form = QFormLayout()
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow("", self.strength)
        self.form.addRow(self.repeat_label, self.repeat)
        for widget in (self.heading, self.intro):
            card.body.addWidget(widget)
        card.body.addLayout(self.form)
        card.body.addWidget(self.keyring_note)
        card.body.addWidget(self.passphrase_only)
        card.body.addWidget(self.error)
        card.body.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(_centred(card))
        self.passphrase.textChanged.connect(self._update_strength)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.create_button.click)
        self.create_button.clicked.connect(self._create)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Willkommen bei Fallmanager"))
        self.intro.setText(
            self.tr(
                "Die Familienakten liegen verschlüsselt auf diesem Rechner. Wählen Sie eine "
                "Passphrase aus mindestens %n Zeichen, die Sie sich merken können.",
                "",
                MIN_LENGTH,
            )
        )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("Passphrase &wiederholen:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Passphrase wiederholen"))
        self.keyring_note.setText(
            self.tr(
                "Der Tresor wird zusätzlich an den Schlüsselbund dieses Rechners gebunden: "
                "Eine Kopie der Dateien lässt sich anderswo nicht allein mit der Passphrase öffnen."
            )
        )
        self.passphrase_only.setText(
            self.tr("Ohne Schlüsselbund anlegen (nur mit der Passphrase geschützt)")
        )
        self.create_button.setText(self.tr("Tresor &anlegen"))
        self._update_strength()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_strength(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.strength.setText(self.tr("Tipp: mehrere Wörter mit Zahlen oder Zeichen."))
            return
        hints = {
            Strength.TOO_SHORT: self.tr("Zu kurz (mindestens %n Zeichen).", "", MIN_LENGTH),
            Strength.WEAK: self.tr("Schwach – leicht zu erraten."),
            Strength.FAIR: self.tr("Mittel – ein weiteres Wort macht sie stärker."),
            Strength.GOOD: self.tr("Gut."),
            Strength.STRONG: self.tr("Sehr gut."),
        }
        self.strength.setText(hints[estimate(text).strength])

    def _create(self) -> None:
        self.error.clear()
        first, second = self.passphrase.text(), self.repeat.text()
        if estimate(first).strength < Strength.FAIR:
            self.error.setText(self.tr("Bitte eine stärkere Passphrase wählen."))
            self.passphrase.setFocus()
            return
        if first != second:
            self.error.setText(self.tr("Die beiden Eingaben stimmen nicht überein."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.create_button.setEnabled(False)
        self._session.create(
            self,
            first,
            passphrase_only=self.passphrase_only.isChecked(),
            label=self.tr("Tresor wird angelegt …"),
            on_created=self._created,
            on_failed=self._failed,
        )

    def _created(self, recovery_key: str) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.create_button.setEnabled(True)
        dialog = RecoveryKeyDialog(recovery_key, self.window())
        dialog.open()

    def _failed(self, exc: BaseException) -> bool | None:
        self.create_button.setEnabled(True)
        if isinstance(exc, KeyringUnavailableError):
            self.error.setText(
                self.tr(
                    "Dieser Rechner hat keinen sicheren Schlüsselbund. Sie können den Tresor "
                    "nur mit der Passphrase schützen: Haken setzen und erneut anlegen."
                )
            )
            self.passphrase_only.show()
            self.passphrase_only.setFocus()
            return None
        self.error.setText(error_text(exc))
        return None


class UnlockPage(QWidget):
    """Later starts and after locking: the passphrase, a calm message when it is wrong."""

    def __init__(
        self, session: VaultSession, demo_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._demo_hint = demo_hint
        card = _Card()
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setObjectName("unlockHeading")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("demoHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(demo_hint))
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        card.body.addWidget(self.heading)
        card.body.addLayout(form)
        card.body.addWidget(self.message)
        card.body.addWidget(self.hint)
        card.body.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(_centred(card))
        self.passphrase.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(self._unlock)
        session.unlocked.connect(self._unlocked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Fallmanager ist gesperrt"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Entsperren"))
        if self._demo_hint:
            self.hint.setText(
                self.tr("Demo-Tresor mit erfundenen Familien. Passphrase: {passphrase}").format(
                    passphrase=self._demo_hint
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus()

    def _unlocked(self) -> None:
        self.message.clear()
        self.unlock_button.setEnabled(True)

    def _unlock(self) -> None:
        if not self.passphrase.text():
            self.message.setText(self.tr("Bitte die Passphrase eingeben."))
            return
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Wird entsperrt …"))
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self._session.unlock(
            self, passphrase, label=self.tr("Tresor wird entsperrt …"), on_failed=self._failed
        )

    def _failed(self, exc: BaseException) -> bool | None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphraseError):
            self.message.setText(
                self.tr("Die Passphrase stimmt nicht. Bitte in Ruhe noch einmal versuchen.")
            )
        else:
            self.message.setText(error_text(exc))
        return None


class LockScreen(QStackedWidget):
    """Setup on first start, otherwise the unlock form."""

    setup_needed = Signal()

    def __init__(
        self, session: VaultSession, demo_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._session = session
        self.setup = SetupPage(session)
        self.unlock = UnlockPage(session, demo_hint)
        self.addWidget(self.setup)
        self.addWidget(self.unlock)
        self.show_current_state()

    def show_current_state(self) -> None:
        if self._session.state is VaultState.NO_VAULT:
            self.setCurrentWidget(self.setup)
            self.setup.passphrase.setFocus()
        else:
            self.setCurrentWidget(self.unlock)
            self.unlock.reset()
