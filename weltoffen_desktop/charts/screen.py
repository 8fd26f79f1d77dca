"""Charts for a screen: sized to fill a widget, drawn into an RGBA pixel buffer.

Each chart has a design size (the size it is exported at). On a screen it is scaled so
that its design size fits the widget, and the figure then grows along the other direction
to fill the widget: text keeps its size relative to the chart, the plot takes the room.
Everything runs without Qt and may be called from a worker thread (one at a time: the
house style is applied through matplotlib's global settings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from weltoffen_desktop.charts.style import house_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from weltoffen_desktop.operations.chart_data import ChartData

# Below this many pixels per inch, text would get too small to read: a smaller widget gets
# a tighter layout instead.
MIN_SCALE = 64.0


@dataclass(frozen=True)
class Frame:
    """Where a chart is shown: its size in device-independent pixels and the device pixel
    ratio of the screen (2 on a high-DPI screen or with QT_SCALE_FACTOR=2)."""

    width: int
    height: int
    pixel_ratio: float = 1.0
    zoom: float = 1.0  # text larger than the design proportions (for a projector)

    @property
    def pixels(self) -> tuple[int, int]:
        """The size of the drawn image in device pixels."""
        return round(self.width * self.pixel_ratio), round(self.height * self.pixel_ratio)

    def fit(self, figure: Figure) -> None:
        """Size ``figure`` (built at its design size) to fill the frame at its pixel ratio."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        design_width, design_height = figure.get_size_inches()
        scale = max(MIN_SCALE, min(self.width / design_width, self.height / design_height))
        scale *= self.zoom
        dpi = scale * self.pixel_ratio
        width, height = self.pixels
        # Agg truncates the size in pixels; a quarter pixel more keeps rounding errors out.
        figure.set_dpi(dpi)
        figure.set_size_inches((width + 0.25) / dpi, (height + 0.25) / dpi)
        # Laid out and drawn by the same renderer, text is measured once, not twice.
        FigureCanvasAgg(figure)


@dataclass(frozen=True)
class Picture:
    """A drawn chart: RGBA bytes, row by row, ``width`` × ``height`` device pixels."""

    rgba: bytes
    width: int
    height: int


def draw(kind: str, data: ChartData, language: str, frame: Frame) -> Picture:
    """Draw one chart kind (see ``figures.KINDS``) to fill ``frame``."""
    from weltoffen_desktop.charts.figures import KINDS

    figure = KINDS[kind](data, language, frame)
    with house_style():
        figure.canvas.draw()
    buffer = figure.canvas.buffer_rgba()  # type: ignore[attr-defined]
    height, width = buffer.shape[:2]
    return Picture(bytes(buffer), width, height)
