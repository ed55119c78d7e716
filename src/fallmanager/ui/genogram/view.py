"""The view on the genogram scene: zoom, pan and fit to the window.

The scene is in millimetres; zoom 1.0 shows the drawing at its printed size on a screen of
the widget's logical DPI. Dragging on empty space pans (as do the scroll bars), Ctrl+wheel
zooms around the mouse pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from fallmanager.ui.genogram.scene import GenogramScene

MM_PER_INCH = 25.4
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25


class GenogramView(QGraphicsView):
    """Shows a :class:`GenogramScene`; ``zoom_changed(float)`` after every zoom step."""

    zoom_changed = Signal(float)
    #: Enter on a selected person (the keyboard's double-click).
    activate_requested = Signal()
    #: The menu key or Shift+F10 on a selected person.
    menu_requested = Signal()

    def __init__(self, scene: GenogramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("genogramView")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._zoom = 1.0
        self._apply_zoom()

    # -- zoom ----------------------------------------------------------------------------

    def px_per_mm(self) -> float:
        return self.logicalDpiX() / MM_PER_INCH

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        if abs(zoom - self._zoom) < 1e-9:
            return
        self._zoom = zoom
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        scale = self._zoom * self.px_per_mm()
        self.setTransform(QTransform.fromScale(scale, scale))
        self.zoom_changed.emit(self._zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_to_window(self) -> None:
        """Show the whole drawing (never enlarged beyond twice its printed size)."""
        rect = self.drawing_rect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        margin = 16
        sx = max(viewport.width() - 2 * margin, 10) / (rect.width() * self.px_per_mm())
        sy = max(viewport.height() - 2 * margin, 10) / (rect.height() * self.px_per_mm())
        self._zoom = min(max(min(sx, sy, 2.0), MIN_ZOOM), MAX_ZOOM)
        self._apply_zoom()
        self.centerOn(rect.center())

    def drawing_rect(self) -> QRectF:
        scene = self.scene()
        if isinstance(scene, GenogramScene) and scene.layout is not None:
            return QRectF(0.0, 0.0, scene.layout.width, scene.layout.height)
        return scene.itemsBoundingRect() if scene is not None else QRectF()

    # -- keeping the place across a rebuild ----------------------------------------------

    def centre(self) -> QPointF:
        """The scene point in the middle of the viewport."""
        return self.mapToScene(self.viewport().rect().center())

    # -- events --------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.scene()
        has_selection = isinstance(scene, GenogramScene) and bool(scene.selected_person_ids())
        key = event.key()
        if has_selection and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_requested.emit()
            event.accept()
            return
        if has_selection and (
            key == Qt.Key.Key_Menu
            or (key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ):
            self.menu_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
