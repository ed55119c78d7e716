"""Genogramm exportieren: SVG, PNG or PDF, optionally anonymised for a case conference.

An anonymised export is the picture on screen with every name, date and the accommodation
taken out (``anonymised_layout``), labelled with roles, initials or the user's own labels and
without the case number, so no name of the family can reach the file. The file is written on
the database worker.

The user also says whom the export is for — the office's file (the default), the family,
or an organisation of the family's network (then for which purpose). An organisation
receives a genogram with names only under a valid consent for the family situation, checked
live; the anonymised export needs none. Every export is logged in the disclosure log.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.consent import ConsentPurpose, DataCategory
from fallmanager.domain.disclosure import DisclosureChannel, DocumentKind, RecipientKind
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.genogram.anonymise import anonymised_layout, initials_labels, role_labels
from fallmanager.domain.genogram.input import FamilyGenogram
from fallmanager.domain.genogram.model import GenogramLayout
from fallmanager.reports.genogram.export import export_genogram
from fallmanager.reports.genogram.page import GenogramDocument
from fallmanager.reports.genogram.painter import GenogramOptions
from fallmanager.ui.disclosure.recipient import RecipientChoice, ensure_permitted, log_disclosure
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.texts import error_text

FORMATS = ("svg", "png", "pdf")
ROLES, INITIALS, CUSTOM = "roles", "initials", "custom"
#: Languages a genogram document can be written in, each named in itself.
DOCUMENT_LANGUAGES = (("de", "Deutsch"), ("en", "English"))


def document_info(
    genogram: FamilyGenogram,
    on: date,
    *,
    anonymised: bool,
    paper: str = "A4",
    landscape: bool = True,
) -> GenogramDocument:
    """Header data of a printed or exported genogram (no case number when anonymised)."""
    return GenogramDocument(
        case_number=None if anonymised else genogram.case_number,
        on=on,
        paper="A3" if paper == "A3" else "A4",
        landscape=landscape,
    )


class GenogramExportDialog(QDialog):
    """Genogramm exportieren; emits ``exported(str path)`` once the file is written."""

    exported = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        genogram: FamilyGenogram,
        genogram_layout: GenogramLayout,
        *,
        options: GenogramOptions,
        today: date,
        language: str = "de",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("genogramExportDialog")
        self._session = session
        self._genogram = genogram
        self._layout = genogram_layout
        self._today = today
        self._busy = False
        self._filling = False
        self.file_dialog: QFileDialog | None = None
        persons = sorted(genogram.input.persons, key=lambda p: p.display_name)
        self._person_ids: list[uuid.UUID] = [p.id for p in persons]

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for value in FORMATS:
            self.format.addItem(value.upper(), value)
        self.format.setCurrentIndex(FORMATS.index("pdf"))
        self.paper = QComboBox()
        self.paper.setObjectName("exportPaper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("A3", "A3")
        self.orientation = QComboBox()
        self.orientation.setObjectName("exportOrientation")
        # The document's language (legend, header, roles) is chosen per export, independent
        # of the language of the window: a document goes to whoever reads it.
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code, language_name in DOCUMENT_LANGUAGES:
            self.language.addItem(language_name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.dpi = QSpinBox()
        self.dpi.setObjectName("exportDpi")
        self.dpi.setRange(72, 600)
        self.dpi.setSingleStep(50)
        self.dpi.setValue(300)
        self.show_emotions = QCheckBox()
        self.show_emotions.setObjectName("exportEmotions")
        self.show_emotions.setChecked(options.show_emotions)
        self.show_badges = QCheckBox()
        self.show_badges.setObjectName("exportBadges")
        self.show_badges.setChecked(options.show_badges)
        self.show_household = QCheckBox()
        self.show_household.setObjectName("exportHousehold")
        self.show_household.setChecked(options.show_household)
        self.anonymised = QCheckBox()
        self.anonymised.setObjectName("exportAnonymised")
        self.label_kind = QComboBox()
        self.label_kind.setObjectName("exportLabelKind")
        self.labels = QTableWidget(len(persons), 2)
        self.labels.setObjectName("exportLabels")
        self.labels.verticalHeader().hide()
        self.labels.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.labels.horizontalHeader().setStretchLastSection(True)
        self.labels.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.labels.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        for row, person in enumerate(persons):
            name = QTableWidgetItem(person.display_name or "?")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.labels.setItem(row, 0, name)
            self.labels.setItem(row, 1, QTableWidgetItem(""))
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.browse = QPushButton()
        self.browse.setObjectName("exportBrowse")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.recipient_choice = RecipientChoice(
            session,
            genogram.family_id,
            today,
            categories=(DataCategory.FAMILY_SITUATION,),
            default_kind=RecipientKind.FILE,
            purpose=ConsentPurpose.CASE_CONFERENCE,
            parent=self,
        )
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        self.error.hide()

        form = QFormLayout()
        self._row_labels: dict[str, QLabel] = {}
        for key, field in (
            ("format", self.format),
            ("paper", self.paper),
            ("orientation", self.orientation),
            ("dpi", self.dpi),
            ("language", self.language),
            ("emotions", self.show_emotions),
            ("badges", self.show_badges),
            ("household", self.show_household),
            ("anonymised", self.anonymised),
            ("label_kind", self.label_kind),
            ("recipient", self.recipient_choice.recipient),
            ("purpose", self.recipient_choice.purpose),
        ):
            row_label = QLabel()
            row_label.setBuddy(field)
            self._row_labels[key] = row_label
            form.addRow(row_label, field)
        self.labels_caption = QLabel()
        self.labels_caption.setBuddy(self.labels)
        path_label = QLabel()
        path_label.setBuddy(self.path)
        self._row_labels["path"] = path_label

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("exportButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels_caption)
        layout.addWidget(self.labels)
        path_form = QFormLayout()
        path_form.addRow(path_label, path_row)
        layout.addLayout(path_form)
        layout.addWidget(self.recipient_choice.problems)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.anonymised.toggled.connect(self._update_enabled)
        self.anonymised.toggled.connect(self.recipient_choice.set_anonymised)
        self.recipient_choice.changed.connect(self._update_enabled)
        self.label_kind.currentIndexChanged.connect(self._fill_labels)
        self.language.currentIndexChanged.connect(self._fill_labels)
        self.labels.itemChanged.connect(self._label_edited)
        self.browse.clicked.connect(self._browse)
        self.retranslate_ui()
        self._fill_labels()
        self._update_enabled()

    # -- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Genogramm exportieren"))
        texts = {
            "format": self.tr("&Format:"),
            "paper": self.tr("&Papier:"),
            "orientation": self.tr("&Ausrichtung:"),
            "dpi": self.tr("Auf&lösung:"),
            "language": self.tr("Sprache des Do&kuments:"),
            "emotions": self.tr("Emotionale &Beziehungen:"),
            "badges": self.tr("Aufenthalts&status:"),
            "household": self.tr("&Haushalt:"),
            "anonymised": self.tr("A&nonymisiert:"),
            "label_kind": self.tr("Beze&ichnungen:"),
            "recipient": self.tr("E&mpfänger:"),
            "purpose": self.tr("&Zweck:"),
            "path": self.tr("&Datei:"),
        }
        for key, text in texts.items():
            row_label = self._row_labels[key]
            row_label.setText(text)
            buddy = row_label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self._set_items(
            self.orientation,
            [(self.tr("Querformat"), "landscape"), (self.tr("Hochformat"), "portrait")],
        )
        self._set_items(
            self.label_kind,
            [
                (self.tr("Rollen (z. B. „Mutter“)"), ROLES),
                (self.tr("Initialen"), INITIALS),
                (self.tr("Eigene Bezeichnungen"), CUSTOM),
            ],
        )
        self.dpi.setSuffix(self.tr(" dpi"))
        for box in (self.show_emotions, self.show_badges, self.show_household):
            box.setText(self.tr("zeigen"))
        self.anonymised.setText(
            self.tr("ohne Namen, Geburtsdaten und Aktenzeichen (für Fallkonferenzen)")
        )
        self.labels_caption.setText(self.tr("Bezeichnung je Pe&rson (anstelle des Namens):"))
        self.labels.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Bezeichnung")])
        self.labels.setAccessibleName(self.tr("Bezeichnungen der Personen"))
        self.browse.setText(self.tr("Durchs&uchen …"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exportieren"))
        self.recipient_choice.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    # -- form ---------------------------------------------------------------------------

    def file_format(self) -> str:
        return str(self.format.currentData())

    def document_language(self) -> str:
        return str(self.language.currentData())

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self.file_format())))
        self._update_enabled()

    def _update_enabled(self) -> None:
        fmt = self.file_format()
        free = not self._busy
        anonymous = self.anonymised.isChecked()
        self.format.setEnabled(free)
        self.paper.setEnabled(free and fmt == "pdf")
        self.orientation.setEnabled(free and fmt == "pdf")
        self.dpi.setEnabled(free and fmt == "png")
        self.language.setEnabled(free)
        self.label_kind.setEnabled(free and anonymous)
        self.labels.setEnabled(free and anonymous)
        self.labels_caption.setEnabled(anonymous)
        self.path.setEnabled(free)
        self.browse.setEnabled(free)
        self.buttons.setEnabled(free)
        self.recipient_choice.recipient.setEnabled(free)
        # No override: names go to an organisation only with its consent.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            free and self.recipient_choice.allowed()
        )

    def _fill_labels(self) -> None:
        kind = self.label_kind.currentData()
        if kind == CUSTOM:
            return  # the user's own labels stay as they are
        data = self._genogram.input
        language = self.document_language()
        labels = role_labels(data, language) if kind == ROLES else initials_labels(data)
        self._filling = True
        for row, person_id in enumerate(self._person_ids):
            item = self.labels.item(row, 1)
            if item is not None:
                item.setText(labels.get(person_id, ""))
        self._filling = False

    def _label_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        index = self.label_kind.findData(CUSTOM)
        self.label_kind.blockSignals(True)
        self.label_kind.setCurrentIndex(index)
        self.label_kind.blockSignals(False)

    def set_label(self, person_id: uuid.UUID, text: str) -> None:
        """Set one person's label as if typed into the table."""
        row = self._person_ids.index(person_id)
        item = self.labels.item(row, 1)
        if item is not None:
            item.setText(text)

    def chosen_labels(self) -> dict[uuid.UUID, str]:
        labels: dict[uuid.UUID, str] = {}
        for row, person_id in enumerate(self._person_ids):
            item = self.labels.item(row, 1)
            labels[person_id] = item.text().strip() if item is not None else ""
        return labels

    def _browse(self) -> None:
        fmt = self.file_format()
        dialog = QFileDialog(self, self.tr("Genogramm exportieren"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(fmt)
        dialog.setNameFilter(self.tr("{kind}-Dateien (*.{ext})").format(kind=fmt.upper(), ext=fmt))
        current = self.path.text().strip()
        suggested = (
            Path(current)
            if current
            else Path.home() / f"genogramm-{self._genogram.case_number}.{fmt}"
        )
        if self.anonymised.isChecked() and not current:
            suggested = Path.home() / f"genogramm-anonymisiert.{fmt}"
        dialog.setDirectory(str(suggested.parent))
        dialog.selectFile(suggested.name)
        dialog.fileSelected.connect(self.path.setText)
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = dialog
        dialog.open()

    # -- saving -------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = "." + self.file_format()
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def accept(self) -> None:
        if self._busy:
            return
        self.error.hide()
        path = self.target()
        if path is None:
            self._show_error(self.tr("Bitte eine Zieldatei angeben."))
            self.path.setFocus()
            return
        if not path.parent.is_dir():
            self._show_error(self.tr("Den Ordner der Zieldatei gibt es nicht."))
            self.path.setFocus()
            return
        anonymous = self.anonymised.isChecked()
        labels = self.chosen_labels() if anonymous else None
        if labels is not None and not all(labels.values()):
            self._show_error(self.tr("Bitte jeder Person eine Bezeichnung geben."))
            self.labels.setFocus()
            return
        options = GenogramOptions(
            show_emotions=self.show_emotions.isChecked(),
            show_badges=self.show_badges.isChecked(),
            show_household=self.show_household.isChecked(),
            labels=labels,
            show_dates=not anonymous,
            language=self.document_language(),
        )
        document = document_info(
            self._genogram,
            self._today,
            anonymised=anonymous,
            paper=str(self.paper.currentData()),
            landscape=self.orientation.currentData() == "landscape",
        )
        # The picture on screen, with names, dates and the accommodation taken out.
        layout = anonymised_layout(self._layout, labels) if anonymous else self._layout
        dpi = self.dpi.value()
        choice, today = self.recipient_choice, self._today
        entry = choice.disclosure(
            DocumentKind.GENOGRAM,
            "Genogramm (anonymisiert)" if anonymous else "Genogramm",
            datetime.combine(today, datetime.now().time()),
            channel=DisclosureChannel.FILE,
        )
        purpose = choice.chosen_purpose()

        def work(ctx: OpContext) -> Path:
            ensure_permitted(ctx.uow(), disclosure=entry, purpose=purpose, on=today)
            export_genogram(layout, path, options=options, document=document, dpi=dpi)
            log_disclosure(ctx.uow(), disclosure=entry, purpose=purpose, on=today)
            return path

        self._set_busy(True)
        run_op(
            self,
            self._session,
            work,
            label=self.tr("Genogramm wird exportiert …"),
            changes=Changes.of("disclosure", family_id=self._genogram.family_id),
        ).success(self._written).failure(self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def _written(self, path: Path) -> None:
        self._set_busy(False)
        self.exported.emit(str(path))
        super().accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        if isinstance(exc, DomainError) and exc.code is ErrorCode.DISCLOSURE_NOT_PERMITTED:
            self._show_error(error_text(exc))
        elif isinstance(exc, PermissionError):
            self._show_error(self.tr("Keine Berechtigung, in diesen Ordner zu schreiben."))
        elif isinstance(exc, OSError):
            self._show_error(self.tr("Die Datei konnte nicht geschrieben werden."))
        else:
            return False
        return None
