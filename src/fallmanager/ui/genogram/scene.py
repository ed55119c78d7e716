"""The genogram as a graphics scene: one item per person, connector and household outline.

Scene units are millimetres, the units of :class:`GenogramLayout`. Every item paints through
the shared painter (:mod:`fallmanager.reports.genogram.painter`) on a
:class:`QPainterSurface`, so the editor looks like the exported files. While a person is
dragged, the connectors touching them follow (like Qt's *diagramscene* example: the person
item tells the scene from ``itemChange``); the final routing comes from a new layout after
the nudge was saved.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPicture
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from fallmanager.domain.genogram.model import (
    NAME_TEXT_MM,
    SYMBOL_MM,
    YEAR_TEXT_MM,
    Connector,
    ConnectorKind,
    GenogramLayout,
    HouseholdBoundary,
    PlacedPerson,
    Point,
)
from fallmanager.domain.genogram_records import MAX_NUDGE_Y_MM
from fallmanager.reports.genogram.painter import (
    GenogramOptions,
    draw_connector,
    draw_household,
    draw_person,
)
from fallmanager.reports.genogram.qpainter import QPainterSurface

#: Stacking order: household outline, lines, persons, emotional lines on top.
Z_HOUSEHOLD = -1.0
Z_CONNECTOR = 0.0
Z_PERSON = 1.0
Z_EMOTION = 2.0

#: Room above a symbol centre for the years (the index outline adds a little).
_TOP_MM = SYMBOL_MM / 2 + 2 * YEAR_TEXT_MM + 3.0
#: How near an end of a connector must be to a symbol centre to belong to that person.
_ANCHOR_MM = SYMBOL_MM * 0.9


def person_tooltip(placed: PlacedPerson) -> str:
    """The name (and years) shown on hover and read by screen readers."""
    person = placed.person
    years = ""
    if person.birth is not None:
        years = str(person.birth.year)
        if person.death is not None:
            years += f"–{person.death.year}"
    elif person.death is not None:
        years = f"†{person.death.year}"
    name = person.display_name or "?"
    return f"{name} ({years})" if years else name


def _painted_rect(paint: Callable[[QPainterSurface], None]) -> QRectF:
    """Where ``paint`` draws (recorded, not guessed); texts count from their baseline."""
    picture = QPicture()
    painter = QPainter(picture)
    painter.scale(10.0, 10.0)  # QPicture keeps whole units: record in tenths of a millimetre
    paint(QPainterSurface(painter))
    painter.end()
    r = picture.boundingRect()
    return QRectF(r.x() / 10.0, r.y() / 10.0, r.width() / 10.0, r.height() / 10.0)


class PersonItem(QGraphicsItem):
    """One person's symbol with its texts; movable, selectable, highlighted on hover."""

    def __init__(self, placed: PlacedPerson, options: GenogramOptions) -> None:
        super().__init__()
        self.placed = placed
        self._options = options
        self._hover = False
        self._rect = self._measure()
        self.setPos(placed.x, placed.y)
        self.setZValue(Z_PERSON)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(person_tooltip(placed))

    @property
    def person_id(self) -> uuid.UUID:
        return self.placed.person.id

    @property
    def nudge(self) -> Point:
        """The offset from the automatic position that the item shows now (mm)."""
        return (self.pos().x() - self.placed.base_x, self.pos().y() - self.placed.base_y)

    @property
    def offset(self) -> Point:
        """How far the item was moved since the layout placed it (mm)."""
        return (self.pos().x() - self.placed.x, self.pos().y() - self.placed.y)

    def set_options(self, options: GenogramOptions) -> None:
        self._options = options
        self.prepareGeometryChange()
        self._rect = self._measure()
        self.update()

    # -- geometry and painting -----------------------------------------------------------

    def _measure(self) -> QRectF:
        # Texts are recorded at their baseline only: keep room for the years above.
        room = QRectF(-SYMBOL_MM, -_TOP_MM, 2 * SYMBOL_MM, _TOP_MM + SYMBOL_MM)
        placed = dataclasses.replace(self.placed, x=0.0, y=0.0)
        painted = _painted_rect(lambda surface: draw_person(surface, placed, self._options))
        return room.united(painted).adjusted(-1.0, -1.0, 1.0, 1.5)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        """The symbol (with a little room) catches the mouse, not the empty text area."""
        path = QPainterPath()
        grip = SYMBOL_MM / 2 + 1.5
        path.addRect(QRectF(-grip, -grip, 2 * grip, 2 * grip))
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.save()
        if self._hover or self.isSelected():
            palette = QApplication.palette()
            colour = QColor(palette.color(QPalette.ColorRole.Highlight))
            colour.setAlpha(60 if self._hover else 90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            half = SYMBOL_MM / 2 + 2.0
            painter.drawRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), 1.5, 1.5)
            if self.isSelected():
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 0.4)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), 1.5, 1.5)
        painter.translate(-self.placed.x, -self.placed.y)
        draw_person(QPainterSurface(painter), self.placed, self._options)
        painter.restore()

    # -- interaction ---------------------------------------------------------------------

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            # The vault keeps a symbol near its generation's row: clamp while dragging, so
            # what the user sees on release is what is saved.
            low = self.placed.base_y - MAX_NUDGE_Y_MM
            high = self.placed.base_y + MAX_NUDGE_Y_MM
            return QPointF(value.x(), min(max(value.y(), low), high))
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if isinstance(scene, GenogramScene):
                scene.person_moved(self)
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        scene = self.scene()
        if isinstance(scene, GenogramScene) and event.button() == Qt.MouseButton.LeftButton:
            scene.drag_started()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if isinstance(scene, GenogramScene) and event.button() == Qt.MouseButton.LeftButton:
            scene.drag_finished()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, GenogramScene):
            scene.person_activated.emit(self.person_id)
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        scene = self.scene()
        if isinstance(scene, GenogramScene):
            if not self.isSelected():
                scene.clearSelection()
                self.setSelected(True)
            scene.person_menu_requested.emit(self.person_id, event.screenPos())
        event.accept()


def _vertical(a: Sequence[float], b: Sequence[float]) -> bool:
    return abs(a[0] - b[0]) < 1e-6


def _horizontal(a: Sequence[float], b: Sequence[float]) -> bool:
    return abs(a[1] - b[1]) < 1e-6


class ConnectorItem(QGraphicsItem):
    """One line of the diagram; its ends follow the persons they touch while dragging."""

    def __init__(
        self,
        connector: Connector,
        options: GenogramOptions,
        centres: Mapping[uuid.UUID, Point],
    ) -> None:
        super().__init__()
        self.connector = connector
        self._options = options
        self._points: list[list[float]] = [[x, y] for x, y in connector.points]
        self._mark_at = connector.mark_at
        self._rect = QRectF()
        self.anchors: dict[int, uuid.UUID] = self._find_anchors(connector, centres)
        self.setZValue(Z_EMOTION if connector.kind is ConnectorKind.EMOTION else Z_CONNECTOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._update_rect()

    @staticmethod
    def _find_anchors(
        connector: Connector, centres: Mapping[uuid.UUID, Point]
    ) -> dict[int, uuid.UUID]:
        """Which end (0 or last) sits on which person's symbol."""
        anchors: dict[int, uuid.UUID] = {}
        if not connector.points:
            return anchors
        candidates = [pid for pid in connector.person_ids if pid in centres] or list(centres)
        last = len(connector.points) - 1
        for index in {0, last}:
            x, y = connector.points[index]
            best: tuple[float, uuid.UUID] | None = None
            for pid in candidates:
                cx, cy = centres[pid]
                distance = max(abs(cx - x), abs(cy - y))
                if distance <= _ANCHOR_MM and (best is None or distance < best[0]):
                    best = (distance, pid)
            if best is not None:
                anchors[index] = best[1]
        return anchors

    @property
    def points(self) -> tuple[Point, ...]:
        return tuple((x, y) for x, y in self._points)

    def set_options(self, options: GenogramOptions) -> None:
        self._options = options
        self.update()

    def follow(self, offsets: Mapping[uuid.UUID, Point]) -> None:
        """Move the ends touching moved persons; orthogonal legs stay orthogonal."""
        original = [[x, y] for x, y in self.connector.points]
        points = [list(p) for p in original]
        straight = self.connector.kind is ConnectorKind.EMOTION
        last = len(points) - 1
        shifts: list[float] = []
        for index, person_id in self.anchors.items():
            dx, dy = offsets.get(person_id, (0.0, 0.0))
            if not dx and not dy:
                continue
            shifts.append(dx)
            points[index][0] += dx
            points[index][1] += dy
            neighbour = 1 if index == 0 else last - 1
            if straight or neighbour in self.anchors or not 0 <= neighbour <= last:
                continue
            if neighbour == index:
                continue
            if _vertical(original[index], original[neighbour]):
                points[neighbour][0] += dx
            elif _horizontal(original[index], original[neighbour]):
                points[neighbour][1] += dy
        if len(points) == 2 and not straight and len(self.anchors) == 1:
            points = self._elbow(original, points)
        mark = self.connector.mark_at
        if mark is not None and shifts:
            mark = (mark[0] + sum(shifts) / 2, mark[1])
        self.prepareGeometryChange()
        self._points = points
        self._mark_at = mark
        self._update_rect()
        self.update()

    def _elbow(self, original: list[list[float]], moved: list[list[float]]) -> list[list[float]]:
        """A vertical line whose lower end moved sideways: run along its upper end's level
        first (as if the sibship line were longer), then down to the person."""
        (index,) = self.anchors
        free = 1 - index
        if not _vertical(original[0], original[1]):
            return moved
        start = original[free]
        end = moved[index]
        elbow = [end[0], start[1]]
        path = [list(start), elbow, list(end)]
        return path if free == 0 else path[::-1]

    def _current(self) -> Connector:
        return dataclasses.replace(self.connector, points=self.points, mark_at=self._mark_at)

    def _update_rect(self) -> None:
        xs = [p[0] for p in self._points]
        ys = [p[1] for p in self._points]
        if self._mark_at is not None:
            xs.append(self._mark_at[0])
            ys.append(self._mark_at[1])
        if not xs:
            self._rect = QRectF()
            return
        margin = 3.0
        rect = QRectF(
            min(xs) - margin, min(ys) - margin, max(xs) - min(xs) + 2 * margin,
            max(ys) - min(ys) + 2 * margin,
        )  # fmt: skip
        if self.connector.label and self._mark_at is not None:
            # the year beside the slashes
            mx, my = self._mark_at
            rect = rect.united(QRectF(mx - 12.0, my - 8.0, 24.0, 16.0))
        self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.save()
        draw_connector(QPainterSurface(painter), self._current(), self._options)
        painter.restore()


class HouseholdItem(QGraphicsItem):
    """The dotted outline around the current household, with its label."""

    def __init__(self, household: HouseholdBoundary, options: GenogramOptions) -> None:
        super().__init__()
        self.household = household
        self._options = options
        self.setZValue(Z_HOUSEHOLD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = self._measure()

    def _measure(self) -> QRectF:
        shown = dataclasses.replace(self._options, show_household=True)
        painted = _painted_rect(lambda surface: draw_household(surface, self.household, shown))
        return painted.adjusted(-1.0, -2 * NAME_TEXT_MM - 1.0, 1.0, 1.0)

    def set_options(self, options: GenogramOptions) -> None:
        self._options = options
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.save()
        draw_household(QPainterSurface(painter), self.household, self._options)
        painter.restore()


class GenogramScene(QGraphicsScene):
    """The items of one :class:`GenogramLayout` (mm).

    ``person_activated(uuid)`` on double-click, ``person_menu_requested(uuid, QPoint)`` for
    the context menu, ``persons_dropped(list[(uuid, dx, dy)])`` with the new nudges (offsets
    from the automatic position) after a drag.
    """

    person_activated = Signal(object)
    person_menu_requested = Signal(object, object)
    persons_dropped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout: GenogramLayout | None = None
        self.options = GenogramOptions()
        self.person_items: dict[uuid.UUID, PersonItem] = {}
        self.connector_items: list[ConnectorItem] = []
        self.household_item: HouseholdItem | None = None
        self._by_person: dict[uuid.UUID, list[ConnectorItem]] = {}
        self._drag_from: dict[uuid.UUID, QPointF] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # -- building ------------------------------------------------------------------------

    def set_layout(self, layout: GenogramLayout, options: GenogramOptions | None = None) -> None:
        """Replace every item by those of ``layout``."""
        if options is not None:
            self.options = options
        self.clear()
        self.person_items = {}
        self.connector_items = []
        self.household_item = None
        self._by_person = {}
        self._drag_from = {}
        self.layout = layout
        centres = {p.person.id: (p.x, p.y) for p in layout.persons}
        if layout.household is not None:
            self.household_item = HouseholdItem(layout.household, self.options)
            self.addItem(self.household_item)
        for connector in layout.connectors:
            item = ConnectorItem(connector, self.options, centres)
            self.connector_items.append(item)
            self.addItem(item)
            for person_id in set(item.anchors.values()):
                self._by_person.setdefault(person_id, []).append(item)
        for placed in layout.persons:
            person = PersonItem(placed, self.options)
            self.person_items[placed.person.id] = person
            self.addItem(person)
        margin = 40.0
        self.setSceneRect(
            QRectF(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)
        )
        self._apply_visibility()

    def clear_all(self) -> None:
        """Drop every item (on lock)."""
        self.clear()
        self.layout = None
        self.person_items = {}
        self.connector_items = []
        self.household_item = None
        self._by_person = {}
        self._drag_from = {}

    def set_options(self, options: GenogramOptions) -> None:
        """Show or hide emotional lines, badges and the household outline."""
        self.options = options
        for item in self.items():
            if isinstance(item, PersonItem | ConnectorItem | HouseholdItem):
                item.set_options(options)
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        for item in self.connector_items:
            if item.connector.kind is ConnectorKind.EMOTION:
                item.setVisible(self.options.show_emotions)
        if self.household_item is not None:
            self.household_item.setVisible(self.options.show_household)

    def emotion_items(self) -> list[ConnectorItem]:
        return [i for i in self.connector_items if i.connector.kind is ConnectorKind.EMOTION]

    def connectors_of(self, person_id: uuid.UUID) -> list[ConnectorItem]:
        return list(self._by_person.get(person_id, ()))

    # -- dragging ------------------------------------------------------------------------

    def person_moved(self, item: PersonItem) -> None:
        """Called by a person item whose position changed: its connectors follow."""
        connectors = self._by_person.get(item.person_id)
        if not connectors:
            return
        offsets = {pid: it.offset for pid, it in self.person_items.items()}
        for connector in connectors:
            connector.follow(offsets)

    def drag_started(self) -> None:
        self._drag_from = {
            pid: item.pos()
            for pid, item in self.person_items.items()
            if item.isSelected() or item.isUnderMouse()
        }

    def drag_finished(self) -> None:
        """After the mouse is released: report every person that moved, with the new nudge."""
        moved: list[tuple[uuid.UUID, float, float]] = []
        for person_id, start in self._drag_from.items():
            item = self.person_items.get(person_id)
            if item is None or (item.pos() - start).manhattanLength() < 0.05:
                continue
            dx, dy = item.nudge
            moved.append((person_id, round(dx, 2), round(dy, 2)))
        self._drag_from = {}
        if moved:
            self.persons_dropped.emit(moved)

    def selected_person_ids(self) -> list[uuid.UUID]:
        return [pid for pid, item in self.person_items.items() if item.isSelected()]

    def items_bounding_rect(self, ids: Iterable[uuid.UUID] | None = None) -> QRectF:
        items = [self.person_items[i] for i in ids] if ids is not None else self.items()
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        return rect
