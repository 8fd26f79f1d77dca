"""A chart on screen, drawn in the background at the widget's size and pixel ratio.

matplotlib is imported by the first drawing, on the worker thread, so the app starts and
shows its pages without it. Drawing never blocks the window: one worker thread draws one
chart at a time into an image; a request that a newer one replaced before it started is
dropped. While a resized chart is redrawn, the previous image is shown scaled.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from weltoffen_desktop.charts.screen import Frame
    from weltoffen_desktop.operations.chart_data import ChartData

log = logging.getLogger(__name__)

RESIZE_DELAY_MS = 120  # a resize redraws once the size has rested this long
MIN_WIDTH, MIN_HEIGHT = 480, 300  # smaller, the chart's text would not fit


@dataclass(frozen=True)
class Request:
    """One chart to draw: what, and for which frame. Equal requests draw the same image."""

    kind: str
    data: ChartData
    language: str
    frame: Frame
    number: int = field(default_factory=itertools.count().__next__, compare=False)


class _Renderer(QObject):
    """The application's chart worker: one thread, so charts are drawn one at a time
    (the house style sets matplotlib's global settings while a chart is drawn)."""

    drawn = Signal(object, object)  # the Request, a QImage (None: drawing failed)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # keep the thread: matplotlib caches fonts per thread
        self._wanted: dict[int, int] = {}  # id of a ChartView -> number of its latest request

    def request(self, view: ChartView, request: Request) -> None:
        self._wanted[id(view)] = request.number
        self.pool.start(lambda: self._draw(id(view), request))

    def _draw(self, view: int, request: Request) -> None:
        if self._wanted.get(view) != request.number:
            return  # replaced by a newer request before it started
        image: QImage | None = None
        try:
            from weltoffen_desktop.charts.screen import draw

            picture = draw(request.kind, request.data, request.language, request.frame)
            image = QImage(
                picture.rgba,
                picture.width,
                picture.height,
                picture.width * 4,
                QImage.Format.Format_RGBA8888,
            ).copy()
            image.setDevicePixelRatio(request.frame.pixel_ratio)
        except Exception:  # shown as a message in the view; the window goes on
            log.exception("Drawing the %s chart failed", request.kind)
        self.drawn.emit(request, image)


_renderer: _Renderer | None = None


def renderer() -> _Renderer:
    global _renderer
    if _renderer is None:
        app = QCoreApplication.instance()
        assert app is not None
        _renderer = _Renderer(app)
    return _renderer


class ChartView(QWidget):
    """Shows one chart kind of a round, filling the widget; redrawn when it is resized."""

    shown = Signal()  # a freshly drawn chart is on screen

    def __init__(self, parent: QWidget | None = None, zoom: float = 1.0) -> None:
        """``zoom``: text larger than the chart's design proportions, e.g. for a projector."""
        super().__init__(parent)
        self.zoom = zoom
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._chart: tuple[str, ChartData, str] | None = None  # kind, data, language
        self._pending: Request | None = None
        self._drawn_for: Request | None = None  # what the pixmap shows
        self._pixmap: QPixmap | None = None
        self._failed = False
        self._resized = QTimer(self, singleShot=True, interval=RESIZE_DELAY_MS)
        self._resized.timeout.connect(self._draw_if_needed)
        renderer().drawn.connect(self._on_drawn)

    def show_chart(self, kind: str, data: ChartData, language: str) -> None:
        """Draw ``kind`` of ``data`` now if visible, else as soon as the view is shown."""
        if self._chart != (kind, data, language):
            self._chart = (kind, data, language)
            self._drawn_for = None
            self._draw_if_needed()

    def clear(self) -> None:
        self._chart = self._drawn_for = self._pending = self._pixmap = None
        self.update()

    @property
    def image_size(self) -> tuple[int, int] | None:
        """The size in device pixels of the chart on screen, if there is one."""
        return None if self._pixmap is None else (self._pixmap.width(), self._pixmap.height())

    def is_current(self) -> bool:
        """Whether the chart on screen is the one asked for, at the widget's size."""
        return self._drawn_for is not None and self._drawn_for.frame == self._frame()

    def _frame(self) -> Frame:
        from weltoffen_desktop.charts.screen import Frame

        return Frame(self.width(), self.height(), self.devicePixelRatioF(), self.zoom)

    def _draw_if_needed(self) -> None:
        if self._chart is None or not self.isVisible() or self.is_current():
            return
        kind, data, language = self._chart
        request = Request(kind, data, language, self._frame())
        if request == self._pending:
            return  # the same chart is being drawn already
        self._pending = request
        renderer().request(self, request)

    def _on_drawn(self, request: Request, image: QImage | None) -> None:
        if request is not self._pending:
            return  # another view's chart, or one replaced since
        self._pending = None
        self._failed = image is None
        self._pixmap = None if image is None else QPixmap.fromImage(image)
        self._drawn_for = request
        self.update()
        if image is not None:
            self.shown.emit()

    # --- Qt events ----------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._draw_if_needed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized.start()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._draw_if_needed()
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            size = self._pixmap.deviceIndependentSize().toSize()
            size.scale(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.drawPixmap(target, self._pixmap)
            return
        painter.setPen(QColor("#5b6b7f"))
        painter.drawText(
            self.rect(),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Das Diagramm konnte nicht gezeichnet werden.")
            if self._failed
            else self.tr("Diagramm wird gezeichnet …"),
        )
