"""The result of a Punktabfrage as horizontal bars, drawn with QPainter (no matplotlib)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from weltoffen_desktop.charts.style import BLUE, MUTED

BAR = QColor(BLUE)
TEXT = QColor("#1f2933")
GRID = QColor("#d5dce5")


def fitted(metrics: QFontMetrics, text: str, width: int, lines: int) -> str:
    """``text`` broken at spaces into at most ``lines`` lines of ``width``; the last elided."""
    words, shown = text.split(), []
    while words and len(shown) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        shown.append(line)
    if words:
        shown.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(shown)


class VoteChart(QWidget):
    """One bar per option, most dots on top; each bar carries its count as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, str, int]] = []  # (place, label, dots)
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.setPalette(palette)

    def set_bars(self, bars: list[tuple[str, str, int]], empty_text: str) -> None:
        """``bars``: (place, label, dots) in ranked order; ``empty_text`` when there are none."""
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setAccessibleDescription(
            "\n".join(f"{place} {label}: {dots}" for place, label, dots in bars) or empty_text
        )
        self.update()

    def bars(self) -> list[tuple[str, str, int]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(12, 10, -12, -10)
        if not self._bars:
            painter.setPen(QColor(MUTED))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        # Rows share the height; text grows with them up to a projector-friendly size.
        row = area.height() / len(self._bars)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, min(14.0, row * 0.36)))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        most = max(dots for _, _, dots in self._bars) or 1
        count_width = metrics.horizontalAdvance(str(most)) + 10
        label_width = min(
            area.width() * 0.5,
            max(metrics.horizontalAdvance(f"{p} {label}") for p, label, _ in self._bars) + 12,
        )
        bar_left = area.left() + label_width
        bar_room = max(1.0, area.right() - bar_left - count_width)
        painter.setPen(GRID)
        painter.drawLine(int(bar_left), int(area.top()), int(bar_left), int(area.bottom()))
        for i, (place, label, dots) in enumerate(self._bars):
            top = area.top() + i * row
            text_rect = QRectF(area.left(), top, label_width - 12, row)
            lines = 2 if row >= metrics.lineSpacing() * 2.1 else 1
            shown = fitted(metrics, f"{place} {label}", int(text_rect.width()), lines)
            painter.setPen(TEXT)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown
            )
            bar_height = min(row * 0.62, metrics.height() * 1.6)
            width = bar_room * dots / most
            bar = QRectF(bar_left, top + (row - bar_height) / 2, width, bar_height)
            painter.fillRect(bar, BAR)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(bar.right() + 6, top, count_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(dots),
            )
