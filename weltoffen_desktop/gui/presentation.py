"""Presentation mode: the results of a round, full screen, for the projector.

F5 (Ansicht › Präsentation) opens it on the second screen if there is one. The slides: a
title, the overall result, every chart, and one slide per Handlungsfeld. →, ↓, Page Down,
Space and Enter go forward; ←, ↑, Page Up and Backspace go back; Home and End jump to the
first and last slide; Esc or F5 leaves. The window is not modal: the moderator keeps
working in the main window, and the slides follow the changes made there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from weltoffen_desktop.charts.figures import KINDS
from weltoffen_desktop.charts.style import EARLIER, STAGE_COLOURS, STAGE_TEXT
from weltoffen_desktop.domain.scoring import stage_for
from weltoffen_desktop.gui.chart_view import ChartView
from weltoffen_desktop.gui.i18n import catalogue_language, shown_number

if TYPE_CHECKING:
    from weltoffen_desktop.domain.catalogue import Catalogue
    from weltoffen_desktop.operations.chart_data import ChartData

S = TypeVar("S")

INK = "#0b1f33"  # text: near black on white, contrast above 15:1
MUTED = "#3f4e63"  # secondary text, still above 8:1 on white
ACCENT = "#1d3557"  # the app's navy
CURRENT = "#005a8c"  # the score, a darker Okabe–Ito blue for large text on white
ALERT = "#a33d00"  # disagreement: a dark vermillion, above 6:1 on white
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
NEXT_KEYS |= {Qt.Key.Key_Return, Qt.Key.Key_Enter}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
LEAVE_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F5}
FACTS = 5  # fact boxes on a slide at most
CHART_ZOOM = 1.3  # chart text a third larger than on the page: read from across the room


def presentation_screen(screens: Sequence[S], primary: S, moderator: S | None) -> S:
    """The screen to present on: one that the moderator's window is not on (the
    projector), rather one other than the primary; with a single screen, that one."""
    others = [screen for screen in screens if screen != moderator] or [primary]
    return next((screen for screen in others if screen != primary), others[0])


@dataclass(frozen=True)
class Slide:
    kind: str  # "title", "overall", "chart" or "field"
    chart: str = ""  # the chart kind of a "chart" slide
    field: int = -1  # the index of the Handlungsfeld of a "field" slide


def slides_of(data: ChartData) -> list[Slide]:
    charts = [kind for kind in KINDS if kind != "compare" or data.compare_result is not None]
    return [
        Slide("title"),
        Slide("overall"),
        *(Slide("chart", chart=kind) for kind in charts),
        *(Slide("field", field=index) for index in range(len(data.report.catalogue.fields))),
    ]


class StageBar(QWidget):
    """The four stages side by side over 0–100, the score marked on them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue: Catalogue | None = None
        self.score: float | None = None
        self.earlier: float | None = None
        self.setAccessibleName(self.tr("Stufen"))

    def show_score(self, catalogue: Catalogue, score: float | None, earlier: float | None) -> None:
        self.catalogue, self.score, self.earlier = catalogue, score, earlier
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.catalogue is None:
            return
        catalogue, height = self.catalogue, self.height()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = QRectF(0, height * 0.38, self.width(), height * 0.40)  # pins above, marks below
        bounds = [0.0, *catalogue.thresholds, 100.0]
        current = None if self.score is None else stage_for(self.score, catalogue.thresholds)

        def x(score: float) -> float:
            return band.left() + band.width() * score / 100

        font = QFont(self.font())
        for stage, (low, high) in enumerate(pairwise(bounds), start=1):
            segment = QRectF(x(low), band.top(), x(high) - x(low), band.height())
            painter.fillRect(segment, QColor(STAGE_COLOURS[stage - 1]))
            if stage == current:
                painter.setPen(QPen(QColor(ACCENT), max(2.0, height * 0.025)))
                painter.drawRect(segment.adjusted(1, 1, -1, -1))
            font.setPixelSize(max(10, round(band.height() * 0.42)))
            font.setBold(stage == current)
            painter.setFont(font)
            painter.setPen(QColor(STAGE_TEXT))
            painter.drawText(
                segment, Qt.AlignmentFlag.AlignCenter, self.tr("Stufe {n}").format(n=stage)
            )
        font.setBold(False)
        font.setPixelSize(max(9, round(height * 0.15)))
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        for mark in bounds:
            box = QRectF(0, band.bottom() + height * 0.03, 200, height * 0.2)
            box.moveCenter(QPointF(x(mark), box.center().y()))
            align = Qt.AlignmentFlag.AlignHCenter
            if mark == bounds[0]:
                box.moveLeft(x(mark))
                align = Qt.AlignmentFlag.AlignLeft
            elif mark == bounds[-1]:
                box.moveRight(x(mark))
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, QLocale().toString(mark))
        self._pins(painter, band, x)
        painter.end()

    def _pins(self, painter: QPainter, band: QRectF, x: Callable[[float], float]) -> None:
        """A triangle pointing at each score from above, its value over it; the earlier
        round's hollow and grey."""
        assert self.catalogue is not None
        height, size = self.height(), self.height() * 0.13
        font = QFont(self.font())
        font.setPixelSize(max(10, round(height * 0.18)))
        font.setBold(True)
        painter.setFont(font)
        earlier_label: QRectF | None = None
        for score, colour, filled in ((self.earlier, EARLIER, False), (self.score, CURRENT, True)):
            if score is None:
                continue
            tip = QPointF(x(score), band.top() - 2)
            triangle = QPolygonF(
                [
                    tip,
                    QPointF(tip.x() - size / 2, tip.y() - size),
                    QPointF(tip.x() + size / 2, tip.y() - size),
                ]
            )
            painter.setPen(QPen(QColor(colour), max(2.0, size * 0.15)))
            painter.setBrush(QColor(colour) if filled else QColor("white"))
            painter.drawPolygon(triangle)
            text = shown_number(score, self.catalogue.thresholds)
            box = QRectF(painter.fontMetrics().boundingRect(text)).adjusted(-6, 0, 6, 0)
            box.moveCenter(QPointF(tip.x(), tip.y() - size - box.height() / 2 - 2))
            if earlier_label is not None and box.intersects(earlier_label):
                # Close scores: this round's value goes beside the earlier one, not over it.
                if box.center().x() < earlier_label.center().x():
                    box.moveRight(earlier_label.left())
                else:
                    box.moveLeft(earlier_label.right())
            box.moveLeft(max(0.0, min(box.left(), self.width() - box.width())))
            if not filled:
                earlier_label = box
            painter.setPen(QColor(colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, and apply the style sheet again."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _Fact(QWidget):
    """A small caption above a value: "Befragte" / "24"."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel()
        self.caption.setProperty("slide", "caption")
        self.value = QLabel()
        self.value.setProperty("slide", "fact")
        self.value.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addStretch(1)

    def show_fact(self, caption: str, value: str, alert: bool = False) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        _restyle(self.value, "alert", alert)


class PresentationWindow(QWidget):
    """Full-screen slides of one round; follow the data with ``show_data``."""

    closed = Signal()

    def __init__(self, municipality: str, data: ChartData, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Präsentation"))
        self.municipality = municipality
        self.data = data
        self.slides = slides_of(data)
        self.current = 0

        self.eyebrow = self._label("eyebrow")
        self.heading = self._label("heading")
        self.value = self._label("value")
        self.stage_line = self._label("stage")
        self.bar = StageBar()
        self.facts = [_Fact() for _ in range(FACTS)]
        self.note = self._label("note")
        text_slide = QWidget()
        text_layout = QVBoxLayout(text_slide)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addStretch(0)  # the title slide sits in the middle, the others at the top
        for widget in (self.eyebrow, self.heading, self.value, self.stage_line, self.bar):
            text_layout.addWidget(widget)
        fact_row = QHBoxLayout()
        fact_row.setSpacing(0)
        for fact in self.facts:
            fact_row.addWidget(fact, 1)
        text_layout.addLayout(fact_row)
        text_layout.addWidget(self.note)
        text_layout.addStretch(1)
        self.chart = ChartView(zoom=CHART_ZOOM)
        self.body = QStackedWidget()
        self.body.addWidget(text_slide)
        self.body.addWidget(self.chart)

        self.footer = self._label("footer")
        self.counter = self._label("footer")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer_row = QHBoxLayout()
        footer_row.addWidget(self.footer, 1)
        footer_row.addWidget(self.counter)
        self.rule = QWidget()
        self.rule.setObjectName("rule")
        self.rule.setFixedHeight(3)
        self.rule.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.body, 1)
        self._outer.addWidget(self.rule)
        self._outer.addLayout(footer_row)
        self._apply_sizes()
        self._show_slide()

    def _label(self, role: str) -> QLabel:
        label = QLabel()
        label.setProperty("slide", role)
        label.setWordWrap(role != "footer")
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- showing ---------------------------------------------------------------------

    def present(self) -> None:
        """Show full screen on the projector (see ``presentation_screen``), keys here."""
        owner = self.parentWidget()
        screen = presentation_screen(
            QGuiApplication.screens(),
            QGuiApplication.primaryScreen(),
            owner.screen() if owner is not None else None,
        )
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()  # a new window: on top already
        self.activateWindow()

    def show_data(self, data: ChartData) -> None:
        """Follow a change of the round (a new consensus, say), staying on the same slide."""
        self.data = data
        slide = self.slides[self.current]
        self.slides = slides_of(data)
        if slide in self.slides:
            self.current = self.slides.index(slide)
        self.go_to(self.current)  # without a comparison its slide is gone: the one after

    def go_to(self, index: int) -> None:
        self.current = max(0, min(index, len(self.slides) - 1))
        self._show_slide()

    def _show_slide(self) -> None:
        report, language = self.data.report, catalogue_language()
        self.chart.ahead = tuple(slide.chart for slide in self.slides if slide.kind == "chart")
        slide = self.slides[self.current]
        self.footer.setText(f"{self.municipality} · {report.round_name}")
        self.counter.setText(f"{self.current + 1} / {len(self.slides)}")
        if slide.kind == "chart":
            self.chart.show_chart(slide.chart, self.data, language)
            self.body.setCurrentWidget(self.chart)
            return
        self.body.setCurrentIndex(0)
        for widget in (self.value, self.stage_line, self.bar, self.note, *self.facts):
            widget.hide()
        title = slide.kind == "title"
        self.body.widget(0).layout().setStretch(0, 1 if title else 0)
        _restyle(self.heading, "slide", "title" if title else "heading")
        if title:
            self._title_slide()
        elif slide.kind == "overall":
            self._overall_slide()
        else:
            self._field_slide(slide.field)

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _set_facts(self, facts: list[tuple[str, str, bool]]) -> None:
        for box, fact in zip(self.facts, facts, strict=False):
            box.show_fact(*fact)
            box.show()

    def _stage(self, stage: int | None) -> str:
        if stage is None:
            return ""
        catalogue = self.data.report.catalogue
        return self.tr("Stufe {stage} von {count}: {name}").format(
            stage=stage,
            count=len(catalogue.stages),
            name=catalogue.stage_name(stage, catalogue_language()),
        )

    def _points(self, score: float | None) -> str:
        if score is None:
            return self.tr("Keine Antworten")
        thresholds = self.data.report.catalogue.thresholds
        return self.tr("{score} Punkte").format(score=shown_number(score, thresholds))

    def _change(self, before: float | None, after: float | None) -> tuple[str, str, bool] | None:
        if self.data.compare_name is None or before is None or after is None:
            return None
        delta = round(after - before, 1)
        text = shown_number(delta)
        return (
            self.tr("Seit {round}").format(round=self.data.compare_name),
            self.tr("{delta} Punkte").format(delta=text if delta < 0 else f"+{text}"),
            False,
        )

    def _respondents(self) -> int:
        return len({rating.respondent for rating in self.data.report.ratings})

    def _title_slide(self) -> None:
        report, language = self.data.report, catalogue_language()
        self._set(self.eyebrow, report.catalogue.title.get(language))
        self._set(self.heading, self.municipality)
        self._set(
            self.stage_line,
            self.tr("Ergebnisse der Runde „{round}“").format(round=report.round_name),
        )
        facts = [
            (self.tr("Befragte"), str(self._respondents()), False),
            (self.tr("Handlungsfelder"), str(len(report.catalogue.fields)), False),
        ]
        if self.data.compare_name is not None:
            facts.append((self.tr("Im Vergleich mit"), self.data.compare_name, False))
        self._set_facts(facts)
        self._set(self.note, self.tr("Weiter mit → oder Leertaste · zurück mit ← · Esc beendet"))

    def _overall_slide(self) -> None:
        report = self.data.report
        result, earlier = report.result, self.data.compare_result
        self._set(self.eyebrow, self.tr("Gesamtergebnis"))
        self._set(
            self.heading, self._stage(result.overall_stage) or self.tr("Noch keine Antworten")
        )
        self._set(self.value, self._points(result.overall_score))
        self.bar.show_score(
            report.catalogue, result.overall_score, earlier.overall_score if earlier else None
        )
        self.bar.setVisible(result.overall_score is not None)
        disagreements = sum(1 for field in result.fields if field.disagreement)
        facts = [
            (self.tr("Befragte"), str(self._respondents()), False),
            (self.tr("Uneinig in"), self._of_fields(disagreements), disagreements > 0),
            (self.tr("Konsens festgelegt für"), self._of_fields(len(report.consensus)), False),
        ]
        change = self._change(earlier.overall_score if earlier else None, result.overall_score)
        if change is not None:
            facts.insert(1, change)
        self._set_facts(facts)

    def _of_fields(self, count: int) -> str:
        total = len(self.data.report.catalogue.fields)
        return self.tr("{count} von {total} Feldern").format(count=count, total=total)

    def _field_slide(self, index: int) -> None:
        report, language = self.data.report, catalogue_language()
        catalogue = report.catalogue
        field, result = catalogue.fields[index], report.result.fields[index]
        earlier = None
        if self.data.compare_result is not None:
            earlier = next(
                (f for f in self.data.compare_result.fields if f.field_id == field.id), None
            )
        self._set(
            self.eyebrow,
            self.tr("Handlungsfeld {number} von {count}").format(
                number=index + 1, count=len(catalogue.fields)
            ),
        )
        self._set(self.heading, field.name.get(language))
        self._set(self.value, self._points(result.score))
        self._set(self.stage_line, self._stage(result.stage))
        self.bar.show_score(catalogue, result.score, earlier.score if earlier else None)
        self.bar.setVisible(result.score is not None)
        spread = "–"
        if result.spread is not None:
            spread = shown_number(result.spread, [catalogue.disagreement_threshold])
            if result.disagreement:
                spread = self.tr("{spread} – uneinig").format(spread=spread)
        facts = [
            (self.tr("Befragte"), str(result.respondents), False),
            (
                self.tr("Weiß nicht"),
                shown_number(result.skipped_share * 100) + " %",
                False,
            ),
            (self.tr("Streuung"), spread, result.disagreement),
        ]
        change = self._change(earlier.score if earlier else None, result.score)
        if change is not None:
            facts.append(change)
        agreed = report.consensus.get(field.id)
        if agreed is not None:
            facts.append(
                (self.tr("Konsens der Gruppe"), self.tr("Stufe {n}").format(n=agreed.stage), False)
            )
            self._set(
                self.note,
                self.tr("Begründung des Konsenses: {reason}").format(reason=agreed.reason),
            )
        elif result.disagreement:
            self._set(
                self.note,
                self.tr(
                    "Die Einschätzungen gehen weit auseinander: darüber sollte die Gruppe sprechen."
                ),
            )
        self._set_facts(facts)

    # --- look ------------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        """Text sizes follow the window, so the slides read the same on every projector."""
        unit = max(0.45, min(self.width() / 1920, self.height() / 1080))

        def px(size: float) -> int:
            return max(10, round(size * unit))

        margin = px(72)
        self._outer.setContentsMargins(margin, px(56), margin, px(28))
        self._outer.setSpacing(px(16))
        self.body.widget(0).layout().setSpacing(px(18))
        self.bar.setFixedHeight(px(190))
        self.setStyleSheet(
            f"""
            #presentation {{ background: white; }}
            #rule {{ background: {ACCENT}; }}
            QLabel {{ color: {INK}; background: transparent; }}
            QLabel[slide="eyebrow"] {{ color: {MUTED}; font-size: {px(34)}px; font-weight: 600; }}
            QLabel[slide="heading"] {{ font-size: {px(66)}px; font-weight: 700; }}
            QLabel[slide="title"] {{ color: {ACCENT}; font-size: {px(104)}px; font-weight: 700; }}
            QLabel[slide="value"] {{ color: {CURRENT}; font-size: {px(112)}px; font-weight: 700; }}
            QLabel[slide="stage"] {{ font-size: {px(40)}px; }}
            QLabel[slide="caption"] {{ color: {MUTED}; font-size: {px(28)}px; }}
            QLabel[slide="fact"] {{ font-size: {px(40)}px; font-weight: 600; }}
            QLabel[slide="fact"][alert="true"] {{ color: {ALERT}; }}
            QLabel[slide="note"] {{ color: {MUTED}; font-size: {px(32)}px; }}
            QLabel[slide="footer"] {{ color: {MUTED}; font-size: {px(26)}px; }}
            """
        )

    # --- Qt events -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.go_to(self.current + 1)
        elif key in BACK_KEYS:
            self.go_to(self.current - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        elif key in LEAVE_KEYS:
            self.close()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Präsentation"))
            self._show_slide()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
