"""The "Genogramm" tab of a family file: items, context menu, dragging, toggles, export."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeyEvent, QPainter
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGraphicsScene, QMenu, QWidget

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.genogram.input import FamilyGenogram
from fallmanager.domain.genogram.model import ConnectorKind
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.relationships import PartnershipKind
from fallmanager.domain.residence import ResidenceKind
from fallmanager.services.family_files import open_family_file
from fallmanager.services.genogram import family_genogram, set_index_person
from fallmanager.services.persons import add_person
from fallmanager.services.relationships import record_parent_child, record_partnership
from fallmanager.services.residence import record_residence_status
from fallmanager.ui.family_file.person_dialog import PersonDialog
from fallmanager.ui.family_file.view import FamilyFileView
from fallmanager.ui.genogram.export_dialog import GenogramExportDialog
from fallmanager.ui.genogram.scene import PersonItem
from fallmanager.ui.genogram.tab import GenogramTab
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings
from tests.ui.conftest import TODAY, in_vault, wait_idle

LEFT = Qt.MouseButton.LeftButton

#: Views stay referenced until pytest-qt has closed and deleted them (see the persons tests).
_VIEWS: list[FamilyFileView] = []


@pytest.fixture(autouse=True)
def _keep_views(errors: Any) -> Iterator[None]:
    yield
    _VIEWS.clear()


@dataclass
class Family:
    id: uuid.UUID
    case_number: str
    father: Person
    mother: Person
    ana: Person
    marko: Person

    @property
    def ids(self) -> set[uuid.UUID]:
        return {self.father.id, self.mother.id, self.ana.id, self.marko.id}


def _member(
    qtbot: Any, session: VaultSession, family_id: uuid.UUID, given: str, sex: Sex, born: int
) -> Person:
    saved = in_vault(
        qtbot,
        session,
        lambda uow: add_person(
            uow,
            given_names=given,
            family_name="Đorđević",
            family_id=family_id,
            sex=sex,
            birth_date=PartialDate(born),
            confirmed_not_duplicate=True,
            today=TODAY,
        ),
    )
    return saved.person


@pytest.fixture
def family(qtbot: Any, session: VaultSession) -> Family:
    """Parents (married, the father with a Duldung) and two children; synthetic names."""
    file = in_vault(
        qtbot, session, lambda uow: open_family_file(uow, opened_on=TODAY, responsible="Frau B.")
    )
    father = _member(qtbot, session, file.id, "Đorđe", Sex.MALE, 1980)
    mother = _member(qtbot, session, file.id, "Jelena", Sex.FEMALE, 1984)
    ana = _member(qtbot, session, file.id, "Ana", Sex.FEMALE, 2012)
    marko = _member(qtbot, session, file.id, "Marko", Sex.MALE, 2015)

    def relate(uow: Any) -> None:
        record_partnership(
            uow, person_a_id=father.id, person_b_id=mother.id, kind=PartnershipKind.MARRIAGE
        )

    in_vault(qtbot, session, relate)
    for child in (ana, marko):
        for parent in (father, mother):
            in_vault(
                qtbot,
                session,
                lambda uow, p=parent, c=child: record_parent_child(
                    uow, parent_id=p.id, child_id=c.id
                ),
            )
    in_vault(
        qtbot,
        session,
        lambda uow: record_residence_status(
            uow, person_id=father.id, kind=ResidenceKind.TOLERATION, valid_from=TODAY
        ),
    )
    return Family(file.id, file.case_number, father, mother, ana, marko)


def genogram_data(qtbot: Any, session: VaultSession, family_id: uuid.UUID) -> FamilyGenogram:
    return in_vault(qtbot, session, lambda uow: family_genogram(uow, family_id=family_id, on=TODAY))


def open_genogram(
    qtbot: Any, session: VaultSession, settings: AppSettings, family_id: uuid.UUID
) -> FamilyFileView:
    view = FamilyFileView(session, settings, family_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    _VIEWS.append(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.genogram.genogram_loaded, timeout=10_000):
        view.tabs.setCurrentWidget(view.genogram)
    wait_idle(qtbot, session)
    return view


def menu_action(menu: QMenu, name: str, data: str | None = None) -> QAction:
    """An action of the (sub)menus by object name (and data), as the user would pick it."""
    found = [
        a
        for a in menu.findChildren(QAction)
        if a.objectName() == name and (data is None or a.data() == data)
    ]
    assert len(found) == 1, [a.objectName() for a in menu.findChildren(QAction)]
    return found[0]


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    QApplication.processEvents()


def ink(scene: QGraphicsScene, area: QRectF) -> int:
    """How many pixels of ``area`` (mm) are not white when the scene is drawn."""
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 100, 100), area)
    painter.end()
    white = QColor(Qt.GlobalColor.white).rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != white
    )


def settle(qtbot: Any, session: VaultSession, condition: Any) -> None:
    """Wait until ``condition()`` holds once the worker is idle (edits reload twice)."""

    def done() -> bool:
        return not session.worker.busy and bool(condition())

    qtbot.waitUntil(done, timeout=10_000)
    wait_idle(qtbot, session)


# -- (1) items ---------------------------------------------------------------------------------


def test_tab_shows_one_item_per_member_and_the_lines(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    assert view.tabs.isTabEnabled(view.tabs.indexOf(tab))
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Genogramm"
    scene = tab.scene
    assert set(scene.person_items) == family.ids
    kinds = {item.connector.kind for item in scene.connector_items}
    assert {ConnectorKind.PARTNERSHIP, ConnectorKind.CHILD} <= kinds
    # the children hang below their parents; the tooltip names the person
    items = scene.person_items
    assert items[family.ana.id].y() > items[family.father.id].y()
    assert items[family.ana.id].toolTip() == "Ana Đorđević (2012)"
    assert tab.notice.isHidden()
    # the father's Duldung badge is drawn beside his symbol
    assert tab.genogram is not None
    assert tab.genogram.input.person(family.father.id).badge == "D"  # type: ignore[union-attr]
    # zoom steps and fit change the view's scale
    before = tab.view.zoom
    tab.zoom_in_action.trigger()
    assert tab.view.zoom > before
    tab.fit_action.trigger()
    assert tab.view.transform().m11() > 0


# -- (2) adding a child through the context menu, then undo ----------------------------------


def test_add_child_through_the_context_menu_and_undo(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    menu = tab.person_menu(family.father.id)
    assert menu_action(menu, "genogramAddParent").isEnabled()
    assert not menu_action(menu, "genogramAddSibling").isEnabled()  # no parents recorded
    menu_action(menu, "genogramAddChildWithPartner", str(family.mother.id)).trigger()
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.family_name.text() == "Đorđević"  # prefilled for a child
    type_text(dialog.given_names, "Mila")
    type_text(dialog.birth_date, "2019")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    settle(qtbot, session, lambda: view.undo_stack.undoText() == "Kind „Mila Đorđević“ hinzufügen")
    assert view.undo_stack.count() == 1  # one step for person, membership and links
    data = genogram_data(qtbot, session, family.id)
    mila = next(p for p in data.input.persons if p.given_names == "Mila")
    parents = {link.parent_id for link in data.input.parent_links if link.child_id == mila.id}
    assert parents == {family.father.id, family.mother.id}
    settle(qtbot, session, lambda: mila.id in tab.scene.person_items)
    assert len(tab.scene.person_items) == 5

    view.undo_stack.undo()
    settle(qtbot, session, lambda: mila.id not in tab.scene.person_items)
    data = genogram_data(qtbot, session, family.id)
    assert mila.id not in {p.id for p in data.input.persons}
    assert not [link for link in data.input.parent_links if link.child_id == mila.id]
    assert set(tab.scene.person_items) == family.ids


# -- (3) dragging keeps the position in the vault --------------------------------------------


def test_dragged_person_keeps_the_position_after_reopening(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    item = tab.scene.person_items[family.marko.id]
    start = QPointF(item.pos())
    viewport = tab.view.viewport()
    press = tab.view.mapFromScene(start)
    scale = tab.view.transform().m11()
    target = press + QPoint(round(15 * scale), round(20 * scale))  # 15 mm right, 20 mm down
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, press)
    for step in (0.3, 0.6, 1.0):
        QTest.mouseMove(viewport, press + (target - press) * step)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, target)

    settle(
        qtbot, session, lambda: view.undo_stack.undoText() == "Position von „Marko Đorđević“ ändern"
    )
    data = genogram_data(qtbot, session, family.id)
    dx, dy = data.input.nudges[family.marko.id]
    assert dx == pytest.approx(15, abs=0.6)
    assert dy == pytest.approx(6)  # vertical nudges stay within ±6 mm of the row
    placed = tab.scene.person_items[family.marko.id].placed
    assert (placed.x - placed.base_x, placed.y - placed.base_y) == pytest.approx((dx, dy))

    view.close()
    reopened = open_genogram(qtbot, session, settings, family.id)
    again = reopened.genogram.scene.person_items[family.marko.id]
    assert again.pos().x() == pytest.approx(again.placed.base_x + dx)
    assert again.pos().y() == pytest.approx(again.placed.base_y + dy)
    assert reopened.genogram.reset_action.isEnabled()

    # Position zurücksetzen, undoable
    reset = menu_action(reopened.genogram.person_menu(family.marko.id), "genogramResetPosition")
    reset.trigger()
    settle(qtbot, session, lambda: not genogram_data(qtbot, session, family.id).input.nudges)
    reopened.undo_stack.undo()
    settle(qtbot, session, lambda: genogram_data(qtbot, session, family.id).input.nudges)


def test_connectors_follow_a_person_while_dragging(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    scene = view.genogram.scene
    item: PersonItem = scene.person_items[family.mother.id]
    lines = scene.connectors_of(family.mother.id)
    assert lines
    ends = [line.points for line in lines]
    item.setPos(item.pos() + QPointF(8.0, 0.0))
    assert [line.points for line in lines] != ends
    for line in lines:
        anchor = [i for i, pid in line.anchors.items() if pid == family.mother.id]
        for index in anchor:
            assert line.points[index][0] == pytest.approx(line.connector.points[index][0] + 8.0)
    item.setPos(item.pos() + QPointF(0.0, 30.0))  # clamped to the row
    assert item.pos().y() == pytest.approx(item.placed.base_y + 6.0)


# -- (4) index person ------------------------------------------------------------------------


def test_mark_index_person_and_undo(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    action = menu_action(tab.person_menu(family.ana.id), "genogramIndexPerson")
    assert not action.isChecked()
    action.trigger()
    settle(qtbot, session, lambda: tab.scene.person_items[family.ana.id].placed.is_index)
    assert genogram_data(qtbot, session, family.id).input.index_person_id == family.ana.id
    assert view.undo_stack.undoText() == "„Ana Đorđević“ als Indexperson markieren"
    assert menu_action(tab.person_menu(family.ana.id), "genogramIndexPerson").isChecked()

    view.undo_stack.undo()
    settle(qtbot, session, lambda: not tab.scene.person_items[family.ana.id].placed.is_index)
    assert genogram_data(qtbot, session, family.id).input.index_person_id is None


# -- (5) toggles -----------------------------------------------------------------------------


def test_toggles_hide_and_show_emotions_and_badges(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    menu = tab.person_menu(family.ana.id)
    menu_action(menu, "genogramEmotion_conflictual", str(family.father.id)).trigger()
    settle(qtbot, session, tab.scene.emotion_items)
    assert view.undo_stack.undoText().startswith("Emotionale Beziehung")
    emotions = tab.scene.emotion_items()
    assert all(item.isVisible() for item in emotions)

    tab.emotions_action.trigger()
    assert not tab.emotions_action.isChecked()
    assert not any(item.isVisible() for item in tab.scene.emotion_items())

    # the Duldung badge sits at the upper right of the father's symbol
    father = tab.scene.person_items[family.father.id].scenePos()
    badge_area = QRectF(father.x() + 5.5, father.y() - 5.5, 5.0, 5.0)
    assert ink(tab.scene, badge_area) > 0
    tab.badges_action.trigger()
    assert ink(tab.scene, badge_area) == 0
    tab.badges_action.trigger()
    assert ink(tab.scene, badge_area) > 0

    tab.emotions_action.trigger()
    assert all(item.isVisible() for item in tab.scene.emotion_items())
    # the toggles survive a rebuild of the scene
    tab.emotions_action.trigger()
    menu = tab.person_menu(family.marko.id)
    menu_action(menu, "genogramTwin", str(family.ana.id)).trigger()
    settle(qtbot, session, lambda: genogram_data(qtbot, session, family.id).input.twins)
    settle(qtbot, session, tab.scene.emotion_items)
    assert not any(item.isVisible() for item in tab.scene.emotion_items())
    # … and the choice is remembered for the next family opened
    assert settings.genogram_shows("emotions") is False
    assert settings.genogram_shows("badges") is True
    other = open_genogram(qtbot, session, settings, family.id)
    assert not other.genogram.emotions_action.isChecked()
    assert other.genogram.badges_action.isChecked()


# -- (6) export ------------------------------------------------------------------------------


def _export(qtbot: Any, session: VaultSession, tab: GenogramTab, **choices: Any) -> Path:
    tab.export_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, GenogramExportDialog) and dialog.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData(choices["format"]))
    if "language" in choices:
        dialog.language.setCurrentIndex(dialog.language.findData(choices["language"]))
    if choices.get("anonymised"):
        dialog.anonymised.setChecked(True)
        dialog.label_kind.setCurrentIndex(dialog.label_kind.findData("roles"))
        for person_id, text in choices.get("labels", {}).items():
            dialog.set_label(person_id, text)
    dialog.path.setText(str(choices["path"]))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, session)
    assert not dialog.isVisible()
    return Path(signal.args[0])


def test_export_svg_and_anonymised_pdf(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family, tmp_path: Path
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram

    svg = _export(qtbot, session, tab, format="svg", path=tmp_path / "genogramm")
    assert svg == tmp_path / "genogramm.svg"
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Jelena Đorđević" in text
    assert "Exportiert" in tab.message.text()

    pdf = _export(
        qtbot, session, tab, format="pdf", path=tmp_path / "konferenz.pdf", anonymised=True,
        labels={family.marko.id: "Sohn (11)"},
    )  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    content = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout  # fmt: skip
    assert "Sohn (11)" in content
    for secret in ("Đorđević", "Dordevic", "Jelena", "Marko", "Ana ", family.case_number, "1984"):
        assert secret not in content, secret


def test_export_in_english_has_an_english_legend_and_roles(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    in_vault(
        qtbot,
        session,
        lambda uow: set_index_person(uow, family_id=family.id, person_id=family.marko.id),
    )
    view = open_genogram(qtbot, session, settings, family.id)
    pdf = _export(
        qtbot, session, view.genogram, format="pdf", path=tmp_path / "en.pdf",
        anonymised=True, language="en",
    )  # fmt: skip
    content = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout  # fmt: skip
    assert "Genogram" in content and "Legend" in content and "male" in content
    assert "Legende" not in content and "männlich" not in content
    assert "Index person" in content and "Mother" in content and "Mutter" not in content


def test_export_needs_a_target_and_labels(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family, tmp_path: Path
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    tab.export_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, GenogramExportDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.anonymised.setChecked(True)
    dialog.set_label(family.ana.id, "")
    assert dialog.label_kind.currentData() == "custom"  # an edited label is the user's own
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "Bezeichnung" in dialog.error.text()
    dialog.reject()
    assert not (tmp_path / "x.pdf").exists()


# -- print preview ---------------------------------------------------------------------------


def test_print_preview_opens_without_blocking(
    qtbot: Any, session: VaultSession, settings: AppSettings, family: Family
) -> None:
    view = open_genogram(qtbot, session, settings, family.id)
    tab = view.genogram
    tab.print_action.trigger()
    preview = tab.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    pages = preview.findChild(QPrintPreviewWidget)
    assert pages is not None
    qtbot.waitUntil(lambda: pages.pageCount() == 1)
    preview.reject()
    assert not preview.isVisible()
