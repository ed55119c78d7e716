"""Laptop am Büroserver anmelden: enrol this laptop with the office server, or see and end
the current enrolment.

The administration hands out the server's address, a one-time code and the fingerprint of
the server's certificate (on paper, or by phone). "Verbinden" asks the server for its
identity; the laptop is enrolled only after the user has compared the fingerprint shown with
the one they were given. Without that step anyone on the network could pose as the server.
"""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fallmanager.services.sync import EnrolmentInfo, ServerIdentity
from fallmanager.sync.errors import (
    EnrolmentRefusedError,
    FingerprintMismatchError,
    ProtocolError,
    ServerUnreachableError,
    SyncError,
    UpdateRequiredError,
)
from fallmanager.ui.ops import OpContext, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.sync.controller import SyncController
from fallmanager.ui.sync.texts import (
    fingerprint_lines,
    format_moment,
    sync_error_text,
    update_required_text,
)

_CODE = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")
_ERROR_STYLE = "color: #b00020"
#: Longest device name the server keeps.
DEVICE_NAME_LENGTH = 60


def normalised_code(text: str) -> str | None:
    """``abcd-efgh-2345`` → ``ABCD-EFGH-2345``; spaces and missing dashes are forgiven.

    ``None`` when the text is not a code of three groups of four letters or digits."""
    compact = re.sub(r"[\s-]", "", text).upper()
    if len(compact) != 12:
        return None
    code = f"{compact[:4]}-{compact[4:8]}-{compact[8:]}"
    return code if _CODE.fullmatch(code) else None


def normalised_url(text: str) -> str | None:
    """``https://host[:port]`` without a trailing slash, or ``None`` when it is not one."""
    url = text.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        _port = parts.port  # raises for a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not parts.hostname:
        return None
    if parts.query or parts.fragment or parts.username or parts.password:
        return None
    return url


def default_device_name() -> str:
    return socket.gethostname().split(".")[0][:DEVICE_NAME_LENGTH]


class EnrolmentDialog(QDialog):
    """Anmeldung am Büroserver. Object names: ``serverUrl``, ``enrolmentCode``,
    ``deviceName``, ``connectButton``, ``fingerprintBox``, ``fingerprintLabel``,
    ``fingerprintMatches``, ``enrolButton``, ``enrolmentError``; when enrolled:
    ``enrolmentInfo``, ``unenrolButton`` and the confirmation ``confirmUnenrolBox``."""

    #: The laptop was enrolled (:class:`EnrolmentInfo`).
    enrolled = Signal(object)
    #: The laptop left the office server.
    unenrolled = Signal()

    def __init__(
        self, session: VaultSession, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentDialog")
        self._session = session
        self._controller = controller
        self._identity: ServerIdentity | None = None
        self._busy = False
        self.confirm_box: QMessageBox | None = None

        # -- enrol -------------------------------------------------------------------------
        self.enrol_page = QWidget()
        self.enrol_page.setObjectName("enrolPage")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.server_url = QLineEdit()
        self.server_url.setObjectName("serverUrl")
        self.server_url.setMaxLength(300)
        self.code = QLineEdit()
        self.code.setObjectName("enrolmentCode")
        self.code.setMaxLength(20)
        self.device_name = QLineEdit(default_device_name())
        self.device_name.setObjectName("deviceName")
        self.device_name.setMaxLength(DEVICE_NAME_LENGTH)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connectButton")
        self.form_labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for caption, field in zip(
            self.form_labels, (self.server_url, self.code, self.device_name), strict=True
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)
        connect_row = QHBoxLayout()
        connect_row.addStretch(1)
        connect_row.addWidget(self.connect_button)
        form.addRow(connect_row)

        self.fingerprint_box = QGroupBox()
        self.fingerprint_box.setObjectName("fingerprintBox")
        self.fingerprint_hint = QLabel()
        self.fingerprint_hint.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprintLabel")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_matches = QCheckBox()
        self.fingerprint_matches.setObjectName("fingerprintMatches")
        box_layout = QVBoxLayout(self.fingerprint_box)
        box_layout.addWidget(self.fingerprint_hint)
        box_layout.addWidget(self.fingerprint)
        box_layout.addWidget(self.fingerprint_matches)
        self.fingerprint_box.hide()

        self.error = QLabel()
        self.error.setObjectName("enrolmentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()

        enrol_layout = QVBoxLayout(self.enrol_page)
        enrol_layout.setContentsMargins(0, 0, 0, 0)
        enrol_layout.addWidget(self.intro)
        enrol_layout.addLayout(form)
        enrol_layout.addWidget(self.fingerprint_box)
        enrol_layout.addWidget(self.error)
        enrol_layout.addStretch(1)

        # -- enrolled ----------------------------------------------------------------------
        self.enrolled_page = QWidget()
        self.enrolled_page.setObjectName("enrolledPage")
        self.info = QLabel()
        self.info.setObjectName("enrolmentInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unenrol_button = QPushButton()
        self.unenrol_button.setObjectName("unenrolButton")
        self.unenrol_note = QLabel()
        self.unenrol_note.setWordWrap(True)
        enrolled_layout = QVBoxLayout(self.enrolled_page)
        enrolled_layout.setContentsMargins(0, 0, 0, 0)
        enrolled_layout.addWidget(self.info)
        enrolled_layout.addWidget(self.unenrol_note)
        unenrol_row = QHBoxLayout()
        unenrol_row.addWidget(self.unenrol_button)
        unenrol_row.addStretch(1)
        enrolled_layout.addLayout(unenrol_row)
        enrolled_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.enrol_page)
        self.pages.addWidget(self.enrolled_page)
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setObjectName("enrolButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("closeEnrolmentButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

        self.connect_button.clicked.connect(self.probe)
        self.enrol_button.clicked.connect(self.enrol)
        self.close_button.clicked.connect(self.reject)
        self.unenrol_button.clicked.connect(self.ask_to_unenrol)
        self.fingerprint_matches.toggled.connect(self._update_enabled)
        self.server_url.textEdited.connect(self._server_changed)
        for field in (self.code, self.device_name):
            field.textEdited.connect(self._hide_error)
        self.resize(560, 420)
        self.retranslate_ui()
        self.show_enrolment(controller.enrolment)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Laptop am Büroserver anmelden"))
        self.intro.setText(
            self.tr(
                "Die Verwaltung gibt Ihnen die Adresse des Büroservers, einen Anmeldecode "
                "(nur einmal gültig) und den Fingerabdruck des Servers."
            )
        )
        captions = (
            self.tr("&Adresse des Büroservers:"),
            self.tr("Anmelde&code:"),
            self.tr("&Name dieses Laptops:"),
        )
        for caption, text in zip(self.form_labels, captions, strict=True):
            caption.setText(text)
            caption.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.server_url.setPlaceholderText(self.tr("https://server.amt.example:8443"))
        self.code.setPlaceholderText(self.tr("XXXX-XXXX-XXXX"))
        self.connect_button.setText(self.tr("&Verbinden"))
        self.fingerprint_box.setTitle(self.tr("Fingerabdruck des Büroservers"))
        self.fingerprint_hint.setText(
            self.tr(
                "Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die Verwaltung gegeben "
                "hat. Stimmt auch nur ein Zeichen nicht, melden Sie den Laptop nicht an."
            )
        )
        self.fingerprint_matches.setText(self.tr("Fingerabdruck stimmt &überein"))
        self.enrol_button.setText(self.tr("A&nmelden"))
        self.unenrol_button.setText(self.tr("Ab&melden …"))
        self.unenrol_note.setText(
            self.tr(
                "Nach dem Abmelden synchronisiert dieser Laptop nicht mehr. Nicht gesendete "
                "Änderungen bleiben auf dem Laptop."
            )
        )
        if self._controller.enrolment is not None:
            self._fill_info(self._controller.enrolment)
        self._update_close_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_close_text(self) -> None:
        enrolled = self.pages.currentWidget() is self.enrolled_page
        self.close_button.setText(self.tr("Schließen") if enrolled else self.tr("Abbrechen"))

    # -- pages -------------------------------------------------------------------------------

    def show_enrolment(self, info: EnrolmentInfo | None) -> None:
        """The current enrolment, or the form to enrol."""
        if info is None:
            self.pages.setCurrentWidget(self.enrol_page)
            self.enrol_button.show()
            self.server_url.setFocus()
        else:
            self._fill_info(info)
            self.pages.setCurrentWidget(self.enrolled_page)
            self.enrol_button.hide()
        self._update_close_text()
        self._update_enabled()

    def _fill_info(self, info: EnrolmentInfo) -> None:
        user = f"{info.user_name} ({info.user_login})" if info.user_name else info.user_login
        last = format_moment(info.last_sync_at) if info.last_sync_at else self.tr("noch nie")
        lines = [
            self.tr("Dieser Laptop ist am Büroserver angemeldet."),
            "",
            self.tr("Server: {url}").format(url=info.server_url),
            self.tr("Angemeldet als: {user}").format(user=user),
            self.tr("Angemeldet seit: {date}").format(date=format_moment(info.enrolled_at)),
            self.tr("Zuletzt synchronisiert: {date}").format(date=last),
            self.tr("Fingerabdruck:"),
            *fingerprint_lines(info.fingerprint),
        ]
        self.info.setText("\n".join(lines))

    # -- enrolling ---------------------------------------------------------------------------

    def _server_changed(self) -> None:
        # Another address is another server: its fingerprint must be checked anew.
        self._identity = None
        self.fingerprint_box.hide()
        self.fingerprint_matches.setChecked(False)
        self._hide_error()
        self._update_enabled()

    def _hide_error(self) -> None:
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update_enabled(self) -> None:
        idle = not self._busy
        self.connect_button.setEnabled(idle)
        self.enrol_button.setEnabled(
            idle and self._identity is not None and self.fingerprint_matches.isChecked()
        )
        self.unenrol_button.setEnabled(idle)

    def _inputs(self) -> tuple[str, str, str] | None:
        """The address, code and name, or ``None`` after showing what is wrong."""
        url = normalised_url(self.server_url.text())
        if url is None:
            self.show_error(
                self.tr(
                    "Bitte die Adresse des Büroservers vollständig eingeben, z. B. "
                    "https://server.amt.example:8443."
                )
            )
            self.server_url.setFocus()
            return None
        code = normalised_code(self.code.text())
        if code is None:
            self.show_error(
                self.tr(
                    "Der Anmeldecode hat drei Gruppen aus je vier Buchstaben oder Ziffern, "
                    "z. B. K7QM-2XTA-9PLD."
                )
            )
            self.code.setFocus()
            return None
        name = " ".join(self.device_name.text().split())
        if not name:
            self.show_error(self.tr("Bitte einen Namen für diesen Laptop eingeben."))
            self.device_name.setFocus()
            return None
        return url, code, name

    def probe(self) -> None:
        """Verbinden: ask the server who it is and show its fingerprint."""
        inputs = self._inputs()
        if inputs is None or self._busy:
            return
        url = inputs[0]
        api = self._controller.api
        self._hide_error()
        self._set_busy(True)
        run_op(
            self,
            self._session,
            lambda _ctx: api.probe_server(url),
            label=self.tr("Verbindung zum Büroserver …"),
        ).success(self._probed).failure(self._probe_failed)

    def _probed(self, identity: ServerIdentity) -> None:
        self._set_busy(False)
        self._identity = identity
        self.fingerprint.setText("\n".join(fingerprint_lines(identity.fingerprint)))
        self.fingerprint_matches.setChecked(False)
        self.fingerprint_box.show()
        self.fingerprint_matches.setFocus()
        self._update_enabled()

    def _probe_failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        self._identity = None
        self.fingerprint_box.hide()
        self._update_enabled()
        if isinstance(exc, ServerUnreachableError):
            self.show_error(
                self.tr(
                    "Unter dieser Adresse ist kein Büroserver erreichbar. Bitte prüfen Sie die "
                    "Adresse und ob der Laptop im Netz des Amtes ist."
                )
            )
        elif isinstance(exc, ProtocolError):
            self.show_error(self.tr("Unter dieser Adresse antwortet kein Fallmanager-Büroserver."))
        else:
            self.show_error(_error_text(exc))
        return True

    def enrol(self) -> None:
        """Anmelden, once the fingerprint has been confirmed."""
        identity = self._identity
        if identity is None or not self.fingerprint_matches.isChecked() or self._busy:
            return
        inputs = self._inputs()
        if inputs is None:
            return
        url, code, name = inputs
        fingerprint = identity.fingerprint
        api = self._controller.api

        def enrol(ctx: OpContext) -> EnrolmentInfo:
            return api.enrol(ctx.uow(), url, code, name, fingerprint)

        self._hide_error()
        self._set_busy(True)
        run_op(self, self._session, enrol, label=self.tr("Laptop wird angemeldet …")).success(
            self._enrolled
        ).failure(self._enrol_failed)

    def _enrolled(self, info: EnrolmentInfo) -> None:
        self._set_busy(False)
        self._controller.set_enrolment(info)
        self.enrolled.emit(info)
        self.accept()

    def _enrol_failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        if isinstance(exc, EnrolmentRefusedError):
            self.show_error(sync_error_text(exc))
            self.code.setFocus()
            self.code.selectAll()
        elif isinstance(exc, FingerprintMismatchError):
            self._identity = None
            self.fingerprint_box.hide()
            self.fingerprint_matches.setChecked(False)
            self.show_error(
                self.tr(
                    "Achtung: Der Server weist sich jetzt mit einem anderen Fingerabdruck aus "
                    "als eben angezeigt. Der Laptop wurde nicht angemeldet. Bitte verständigen "
                    "Sie die Verwaltung."
                )
            )
        else:
            self.show_error(_error_text(exc))
        self._update_enabled()
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    # -- leaving the server ------------------------------------------------------------------

    def ask_to_unenrol(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Vom Büroserver abmelden"),
            self.tr(
                "Soll dieser Laptop vom Büroserver abgemeldet werden? Er synchronisiert dann "
                "nicht mehr. Nicht gesendete Änderungen bleiben auf dem Laptop."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmUnenrolBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._unenrol_answered)
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        self.confirm_box = box
        box.open()

    def _unenrol_answered(self, button: QAbstractButton) -> None:
        box = self.confirm_box
        if box is None or box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        api = self._controller.api
        self._set_busy(True)
        run_op(self, self._session, lambda ctx: api.forget_enrolment(ctx.uow())).success(
            self._unenrolled
        ).failure(self._unenrol_failed)

    def _unenrolled(self, _result: None) -> None:
        self._set_busy(False)
        self._controller.set_enrolment(None)
        self.unenrolled.emit()
        self.show_enrolment(None)

    def _unenrol_failed(self, _exc: BaseException) -> bool:
        self._set_busy(False)
        return False  # the standard message; the enrolment stays as it was


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, UpdateRequiredError):
        return update_required_text(None)
    if isinstance(exc, SyncError):
        return sync_error_text(exc)
    return QCoreApplication.translate(
        "EnrolmentDialog", "Die Verbindung ist fehlgeschlagen. Bitte versuchen Sie es erneut."
    )
