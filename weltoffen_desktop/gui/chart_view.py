"""A chart on screen, drawn in the background at the widget's size and pixel ratio.

matplotlib is imported by the first drawing, on the worker thread, so the app starts and
shows its pages without it. Drawing never blocks the window: one worker thread draws one
chart at a time into an image; a request that a newer one replaced before it started is
dropped. While a resized chart is redrawn, the previous image is shown scaled. The last
charts drawn are kept, so going back to one shows it at once; and while a chart is looked
at, the other kinds a view may be asked for next are drawn ahead, one by one. Drawing ahead
starts only after a moment of rest, so that quick clicks never wait behind it.
"""

from __future__ import annotations

import itertools
import logging
from collections import OrderedDict
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
KEPT = 12  # drawn charts a view keeps (about 2 MB each on a laptop screen)
AHEAD_DELAY_MS = 700  # drawing ahead starts once a chart has been on screen this long


@dataclass(frozen=True)
class Request:
    """One chart to draw: what, and for which frame. Equal requests draw the same image."""

    kind: str
    data: ChartData
    language: str
    frame: Frame
    view: int = field(compare=False)  # id() of the ChartView that asked
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

    def request(self, request: Request) -> None:
        self._wanted[request.view] = request.number
        self.pool.start(lambda: self._draw(request))

    def _draw(self, request: Request) -> None:
        if self._wanted.get(request.view) != request.number:
            return  # replaced by a newer request of its view before it started
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
        self.ahead: tuple[str, ...] = ()  # kinds to draw ahead, in this order
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._chart: tuple[str, ChartData, str] | None = None  # kind, data, language
        self._wanted: Request | None = None  # asked for, being drawn
        self._ahead: Request | None = None  # drawn ahead, not asked for yet
        self._drawn_for: Request | None = None  # what the pixmap shows
        self._pixmap: QPixmap | None = None
        self._kept: OrderedDict[Request, QPixmap | None] = OrderedDict()  # None: failed
        self._failed = False
        self._resized = QTimer(self, singleShot=True, interval=RESIZE_DELAY_MS)
        self._resized.timeout.connect(self._draw_if_needed)
        self._rested = QTimer(self, singleShot=True, interval=AHEAD_DELAY_MS)
        self._rested.timeout.connect(self._draw_ahead)
        renderer().drawn.connect(self._on_drawn)

    def show_chart(self, kind: str, data: ChartData, language: str) -> None:
        """Show ``kind`` of ``data``: now if it was drawn at this size before, else drawn
        in the background (as soon as the view is visible)."""
        self._chart = (kind, data, language)
        self._draw_if_needed()

    def clear(self) -> None:
        self._chart = self._wanted = self._ahead = self._drawn_for = self._pixmap = None
        self._kept.clear()
        self.update()

    @property
    def image_size(self) -> tuple[int, int] | None:
        """The size in device pixels of the chart on screen, if there is one."""
        return None if self._pixmap is None else (self._pixmap.width(), self._pixmap.height())

    def is_current(self) -> bool:
        """Whether the chart on screen is the one asked for, at the widget's size."""
        return self._drawn_for is not None and self._drawn_for == self._request()

    def _request(self) -> Request | None:
        if self._chart is None:
            return None
        from weltoffen_desktop.charts.screen import Frame

        frame = Frame(self.width(), self.height(), self.devicePixelRatioF(), self.zoom)
        return Request(*self._chart, frame, view=id(self))

    def _draw_if_needed(self) -> None:
        request = self._request()
        if request is None or not self.isVisible() or request == self._drawn_for:
            return
        if request in self._kept:
            self._kept.move_to_end(request)
            self._show(request, self._kept[request])
        elif request == self._ahead:  # being drawn ahead: shown when done
            self._wanted = request
        elif request != self._wanted:  # else it is being drawn already
            self._wanted, self._ahead = request, None  # the drawing ahead yields
            renderer().request(request)

    def _draw_ahead(self) -> None:
        """Draw the next kind of ``ahead`` not kept yet, while nothing is asked for; the
        kinds after the one on screen first (the next button, the next slide)."""
        request = self._request()
        busy = self._wanted is not None or self._ahead is not None
        if request is None or busy or not self.isVisible():
            return
        after = self.ahead.index(request.kind) + 1 if request.kind in self.ahead else 0
        for kind in self.ahead[after:] + self.ahead[:after]:
            ahead = Request(kind, request.data, request.language, request.frame, view=id(self))
            if ahead not in self._kept:
                self._ahead = ahead
                renderer().request(ahead)
                return

    def _on_drawn(self, request: Request, image: QImage | None) -> None:
        if request.view != id(self):
            return  # another view's chart
        if request == self._ahead:
            self._ahead = None
        pixmap = None if image is None else QPixmap.fromImage(image)
        self._kept[request] = pixmap
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        if request == self._wanted:
            self._show(request, pixmap)
        elif not self._rested.isActive():
            self._draw_ahead()  # the next one ahead

    def _show(self, request: Request, pixmap: QPixmap | None) -> None:
        """Show a drawn chart (``None``: drawing it failed); after a rest, draw ahead."""
        if request == self._wanted:
            self._wanted = None
        self._drawn_for, self._pixmap, self._failed = request, pixmap, pixmap is None
        self.update()
        if pixmap is not None:
            self.shown.emit()
        self._rested.start()

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
