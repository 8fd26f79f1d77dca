"""The charts of a round, one function per kind, each returning a matplotlib ``Figure``.

Only matplotlib's object-oriented API is used (no pyplot): no global state, no GUI
backend, safe to call from any thread. matplotlib is imported when a chart is built.
"""

from __future__ import annotations

import functools
import math
import textwrap
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from weltoffen_desktop.charts import style
from weltoffen_desktop.domain.rounding import rounded_within
from weltoffen_desktop.domain.scoring import compare as compare_rounds
from weltoffen_desktop.operations.errors import InvalidInput

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from weltoffen_desktop.charts.screen import Frame
    from weltoffen_desktop.domain.catalogue import Catalogue
    from weltoffen_desktop.domain.scoring import FieldResult
    from weltoffen_desktop.operations.chart_data import ChartData


class ChartFunction(Protocol):
    """Draws one kind of chart; with a ``frame``, sized to fill it (see charts.screen)."""

    def __call__(
        self, data: ChartData, language: str = "de", frame: Frame | None = None
    ) -> Figure: ...


_TEXTS = {
    "de": {
        "radar": "Punktzahl je Handlungsfeld",
        "ladder": "Stufe je Handlungsfeld",
        "distribution": "Antworten je Handlungsfeld",
        "spread": "Streuung der Einschätzungen",
        "compare": "Veränderung je Handlungsfeld",
        "no_answers": "keine Antworten",
        "score": "Punktzahl (0–100)",
        "stage": "Stufe",
        "overall": "Gesamt",
        "consensus": "Konsens der Gruppe",
        "share": "Anteil der Antworten",
        "spread_axis": "Streuung (Standardabweichung in Punkten)",
        "threshold": "Schwelle für Uneinigkeit",
        "disagreement": "Uneinigkeit",
    },
    "en": {
        "radar": "Score per field",
        "ladder": "Stage per field",
        "distribution": "Answers per field",
        "spread": "Spread of the ratings",
        "compare": "Change per field",
        "no_answers": "no answers",
        "score": "Score (0–100)",
        "stage": "Stage",
        "overall": "Overall",
        "consensus": "Group consensus",
        "share": "Share of answers",
        "spread_axis": "Spread (standard deviation in points)",
        "threshold": "Disagreement threshold",
        "disagreement": "disagreement",
    },
}

_LABEL_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}
LABEL_WIDTH = 26  # characters per line of a field name beside a row
ROW_HEIGHT = 0.62  # bar thickness in row units


def _text(language: str, key: str) -> str:
    return _TEXTS.get(language, _TEXTS["de"])[key]


def _styled(build: Callable[[ChartData, str], Figure]) -> ChartFunction:
    """Build the chart inside the house style, fit it to the frame, and lay it out once.

    The constrained layout is computed here, not attached to the figure as a layout engine:
    with an engine, every save draws the figure twice (once only to lay it out).
    """

    @functools.wraps(build)
    def styled(data: ChartData, language: str = "de", frame: Frame | None = None) -> Figure:
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        with style.house_style():
            figure = build(data, language)
            if frame is not None:
                frame.fit(figure)
            ConstrainedLayoutEngine(h_pad=0.15, w_pad=0.2).execute(figure)
        return figure

    return styled


def _figure(width: float, height: float, title: str) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height))
    figure.suptitle(title, x=0.01, ha="left")
    return figure


def _decimal(value: float, places: int, language: str) -> str:
    text = f"{value:.{places}f}".replace("-", "−")
    return text.replace(".", ",") if language == "de" else text


def _mark(value: float, language: str) -> str:
    """A threshold or axis mark: without decimals when it is whole."""
    return _decimal(value, 0 if value == round(value) else 1, language)


def _within(value: float, thresholds: Sequence[float], language: str) -> str:
    """A score or spread, rounded so that it stays on its side of every threshold."""
    return _decimal(*rounded_within(value, thresholds), language)


def _signed(value: float, language: str) -> str:
    """A change with its sign: "+1,3", "−0,4", "±0,0"."""
    value = round(value, 1)
    sign = "±" if value == 0 else ("+" if value > 0 else "")
    return sign + _decimal(abs(value) if value == 0 else value, 1, language)


def _percent(value: float, language: str) -> str:
    return f"{value:.0f}%" if language == "en" else f"{value:.0f} %"


def _field_names(data: ChartData, language: str, width: int = LABEL_WIDTH) -> dict[str, str]:
    return {
        f.id: textwrap.fill(f.name.get(language), width, break_on_hyphens=False)
        for f in data.report.catalogue.fields
    }


def _rows(axes: Axes, labels: Sequence[str], bold_last: bool = False) -> None:
    """One row per label from top to bottom, labels on the left, no y axis line."""
    axes.set_yticks(range(len(labels)), labels=labels)
    axes.set_ylim(len(labels) - 0.5, -0.5)
    axes.tick_params(axis="y", length=0, pad=10)
    axes.spines["left"].set_visible(False)
    if bold_last:
        axes.get_yticklabels()[-1].set_fontweight("bold")


def _no_answers(axes: Axes, row: float, x: float, language: str) -> None:
    axes.text(x, row, _text(language, "no_answers"), va="center", color=style.MUTED, style="italic")


def _stage_bounds(catalogue: Catalogue) -> list[tuple[float, float]]:
    return list(pairwise([0.0, *catalogue.thresholds, 100.0]))


def _stage_columns(axes: Axes, catalogue: Catalogue, language: str, *, names: bool) -> None:
    """The stages as coloured columns over the 0–100 score axis, headed by their number."""
    for stage, (low, high) in enumerate(_stage_bounds(catalogue), start=1):
        axes.axvspan(low, high, color=style.STAGE_COLOURS[stage - 1], lw=0, zorder=0)
        header = f"{_text(language, 'stage')} {stage}"
        if names:
            width = max(12, round((high - low) * 0.85))
            header += "\n" + textwrap.fill(catalogue.stage_name(stage, language), width)
        axes.text(
            (low + high) / 2,
            1.015,
            header,
            transform=axes.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=12,
            color=style.STAGE_TEXT,
            linespacing=1.25,
        )
    axes.set_xlim(0, 100)
    marks = [0.0, *catalogue.thresholds, 100.0]
    axes.set_xticks(marks, labels=[_mark(mark, language) for mark in marks])
    axes.set_xlabel(_text(language, "score"))


def _title(language: str, kind: str, round_name: str) -> str:
    return f"{_text(language, kind)} – {round_name}"


@_styled
def radar(data: ChartData, language: str = "de") -> Figure:
    """Field scores on a spider chart over the stage rings; an earlier round dashed."""
    catalogue = data.report.catalogue
    figure = _figure(11, 10.5, _title(language, "radar", data.report.round_name))
    axes = figure.add_subplot(projection="polar")
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    count = len(catalogue.fields)
    angles = [2 * math.pi * index / count for index in range(count)]
    circle = [2 * math.pi * step / 360 for step in range(361)]
    for stage, (low, high) in enumerate(_stage_bounds(catalogue), start=1):
        axes.fill_between(circle, low, high, color=style.RING_COLOURS[stage - 1], lw=0, zorder=0)
        axes.text(
            math.pi / count,
            (low + high) / 2,
            f"{_text(language, 'stage')} {stage}",
            ha="center",
            va="center",
            fontsize=11,
            color=style.STAGE_TEXT,
            zorder=5,
            bbox=_LABEL_BOX,
        )
    names = _field_names(data, language, width=18)
    axes.set_xticks(angles, labels=[])
    for angle, field in zip(angles, data.report.result.fields, strict=True):
        label = names[field.field_id]
        if field.score is None:
            label += f"\n({_text(language, 'no_answers')})"
        _radar_label(axes, angle, label)
    axes.set_ylim(0, 100)
    axes.set_yticks(catalogue.thresholds, labels=[_mark(t, language) for t in catalogue.thresholds])
    axes.tick_params(axis="y", labelsize=10, labelcolor=style.MUTED)
    axes.set_rlabel_position(math.degrees(-math.pi / count))
    axes.grid(color="white", linewidth=1.2)
    axes.spines["polar"].set_color(style.STAGE_COLOURS[-1])
    axes.spines["polar"].set_linewidth(1.5)
    if data.compare_result is not None:
        earlier = data.compare_result.fields
        _radar_line(axes, angles, earlier, data.compare_name, style.EARLIER, "--", None)
    scores = _radar_line(
        axes, angles, data.report.result.fields, data.report.round_name, style.CURRENT, "-", 0.18
    )
    for angle, score in zip(angles, scores, strict=True):
        if not math.isnan(score):  # the value just outside its point, away from the centre
            axes.annotate(
                _within(score, catalogue.thresholds, language),
                (angle, score),
                xytext=(8 * math.sin(angle), 8 * math.cos(angle)),
                textcoords="offset points",
                fontsize=13,
                fontweight="bold",
                color=style.CURRENT,
                zorder=5,
                bbox=_LABEL_BOX,
                **_away(angle),
            )
    if data.compare_result is not None:
        figure.legend(loc="outside lower center", ncol=2, handlelength=3)
    return figure


def _away(angle: float) -> dict[str, str]:
    """Text alignment that puts text at ``angle`` on the side away from the centre."""
    across, up = math.sin(angle), math.cos(angle)  # angle 0 is at the top, clockwise
    return {
        "ha": "center" if abs(across) < 0.3 else ("left" if across > 0 else "right"),
        "va": "center" if abs(up) < 0.3 else ("bottom" if up > 0 else "top"),
    }


def _radar_label(axes: Axes, angle: float, label: str) -> None:
    """A field name outside the outer ring."""
    axes.text(angle, 108, label, fontsize=14, linespacing=1.2, **_away(angle))


def _radar_line(
    axes: Axes,
    angles: list[float],
    fields: Sequence[FieldResult],
    label: str | None,
    colour: str,
    linestyle: str,
    fill: float | None,
) -> list[float]:
    """Draw one round's closed score polygon; missing scores leave a gap. Returns the scores."""
    scores = [math.nan if f.score is None else f.score for f in fields]
    closed_angles, closed_scores = [*angles, angles[0]], [*scores, scores[0]]
    axes.plot(
        closed_angles,
        closed_scores,
        label=label,
        color=colour,
        ls=linestyle,
        marker="o",
        zorder=3,
    )
    if fill is not None and not any(math.isnan(s) for s in scores):
        axes.fill(closed_angles, closed_scores, color=colour, alpha=fill, zorder=2)
    return scores


@_styled
def ladder(data: ChartData, language: str = "de") -> Figure:
    """Each field (and the overall score) as a marker on the four stage columns."""
    from matplotlib.lines import Line2D

    catalogue, result = data.report.catalogue, data.report.result
    figure = _figure(14, 9, _title(language, "ladder", data.report.round_name))
    axes = figure.add_subplot()
    _stage_columns(axes, catalogue, language, names=True)
    names = _field_names(data, language)
    rows = [
        (names[f.field_id], f.score, data.report.consensus.get(f.field_id)) for f in result.fields
    ]
    rows.append((_text(language, "overall"), result.overall_score, None))
    overall_row = len(rows) - 1
    axes.axhline(overall_row - 0.5, color=style.MUTED, lw=1)
    for row, (_, score, agreed) in enumerate(rows):
        axes.axhline(row, color="white", lw=1, zorder=1)
        if agreed is not None:
            low, high = _stage_bounds(catalogue)[agreed.stage - 1]
            at = agreed.score if agreed.score is not None else (low + high) / 2
            axes.plot(at, row, marker="s", ms=16, mfc="none", mec=style.BLACK, mew=2, zorder=3)
        if score is None:
            _no_answers(axes, row, 2, language)
            continue
        overall = row == overall_row
        axes.plot(
            score,
            row,
            marker="D" if overall else "o",
            ms=17 if overall else 14,
            color=style.BLACK if overall else style.CURRENT,
            mec="white",
            mew=1.5,
            zorder=4,
        )
        axes.annotate(
            _within(score, catalogue.thresholds, language),
            (score, row),
            xytext=(14, 0),
            textcoords="offset points",
            va="center",
            fontsize=13,
            fontweight="bold",
        )
    _rows(axes, [label for label, _, _ in rows], bold_last=True)
    if data.report.consensus:
        marker = Line2D([], [], ls="", marker="s", ms=14, mfc="none", mec=style.BLACK, mew=2)
        figure.legend([marker], [_text(language, "consensus")], loc="outside lower right")
    return figure


def _scale_colours(count: int) -> list[str]:
    """``count`` colours from the lowest to the highest scale value."""
    from matplotlib.colors import LinearSegmentedColormap, to_hex

    ramp = LinearSegmentedColormap.from_list("scale", style.SCALE_RAMP)
    return [to_hex(ramp(index / (count - 1))) for index in range(count)]


def _ink(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return style.BLACK if 0.299 * red + 0.587 * green + 0.114 * blue > 0.55 else "white"


@_styled
def distribution(data: ChartData, language: str = "de") -> Figure:
    """Per field, the share of each scale value and of "weiß nicht" as a 100 % bar."""
    from matplotlib.patches import Patch

    scale = data.report.catalogue.scale
    labels = {item.value: item.label.get(language) for item in scale.labels}
    values: list[int | None] = [*range(scale.max + 1), None]
    colours = [*_scale_colours(scale.max + 1), style.SKIPPED]
    legend = [labels.get(value, str(value)) for value in values[:-1]] + [scale.skip.get(language)]
    figure = _figure(14, 9, _title(language, "distribution", data.report.round_name))
    axes = figure.add_subplot()
    names = _field_names(data, language)
    counts = list(data.distribution.values())
    totals = [sum(field_counts.values()) for field_counts in counts]
    rows = range(len(counts))
    lefts = [0.0] * len(counts)
    for value, colour in zip(values, colours, strict=True):
        shares = [100 * c[value] / t if t else 0.0 for c, t in zip(counts, totals, strict=True)]
        axes.barh(rows, shares, left=lefts, height=ROW_HEIGHT, color=colour, ec="white", lw=1)
        for row, share, left in zip(rows, shares, lefts, strict=True):
            if share >= 6:
                axes.text(
                    left + share / 2,
                    row,
                    _percent(share, language),
                    ha="center",
                    va="center",
                    fontsize=12,
                    color=_ink(colour),
                )
        lefts = [left + share for left, share in zip(lefts, shares, strict=True)]
    for row, total in zip(rows, totals, strict=True):
        if total:
            axes.text(101.5, row, f"n = {total}", va="center", fontsize=12, color=style.MUTED)
        else:
            _no_answers(axes, row, 1, language)
    _rows(axes, [names[field_id] for field_id in data.distribution])
    axes.set_xlim(0, 100)
    axes.set_xticks(range(0, 101, 25), labels=[_percent(x, language) for x in range(0, 101, 25)])
    axes.set_xlabel(_text(language, "share"))
    handles = [Patch(color=colour) for colour in colours]
    columns = len(values) if len(values) <= 5 else math.ceil(len(values) / 2)
    figure.legend(handles, legend, loc="outside lower center", ncol=columns)
    return figure


@_styled
def spread(data: ChartData, language: str = "de") -> Figure:
    """Spread of the respondents' scores per field; at or over the threshold highlighted."""
    threshold = data.report.catalogue.disagreement_threshold
    fields = data.report.result.fields
    figure = _figure(14, 8.5, _title(language, "spread", data.report.round_name))
    axes = figure.add_subplot()
    names = _field_names(data, language)
    spreads = [f.spread for f in fields if f.spread is not None]
    limit = max([threshold * 1.5, *(s * 1.25 for s in spreads)])
    for row, field in enumerate(fields):
        if field.spread is None:
            _no_answers(axes, row, limit * 0.01, language)
            continue
        colour = style.HIGHLIGHT if field.disagreement else style.SKY_BLUE
        axes.barh(row, field.spread, height=ROW_HEIGHT, color=colour)
        label = _within(field.spread, [threshold], language)
        if field.disagreement:
            label += f"  {_text(language, 'disagreement')}"
        axes.annotate(
            label,
            (field.spread, row),
            xytext=(8, 0),
            textcoords="offset points",
            va="center",
            fontsize=13,
            fontweight="bold" if field.disagreement else "normal",
            color=style.HIGHLIGHT if field.disagreement else style.BLACK,
        )
    _rows(axes, [names[f.field_id] for f in fields])
    axes.axvline(threshold, color=style.BLACK, ls="--", lw=2, zorder=3)
    axes.text(
        threshold,
        1.01,
        f"{_text(language, 'threshold')}: {_mark(threshold, language)}",
        transform=axes.get_xaxis_transform(),
        ha="center",
        va="bottom",
        fontsize=13,
    )
    axes.set_xlim(0, limit)
    axes.grid(axis="x")
    axes.set_xlabel(_text(language, "spread_axis"))
    return figure


@_styled
def compare(data: ChartData, language: str = "de") -> Figure:
    """Score per field in the earlier and in this round as a dumbbell over the stages."""
    from matplotlib.lines import Line2D

    before, after = data.compare_result, data.report.result
    if before is None:
        raise InvalidInput(
            "compare_round_missing", "The compare chart needs a second round (--compare-round)."
        )
    title = f"{_text(language, 'compare')} – {data.compare_name} → {data.report.round_name}"
    figure = _figure(14, 9, title)
    axes = figure.add_subplot()
    _stage_columns(axes, data.report.catalogue, language, names=False)
    names = _field_names(data, language)
    rows = [
        (names.get(c.field_id, c.field_id), c.score_before, c.score_after)
        for c in compare_rounds(before, after)
    ]
    rows.append((_text(language, "overall"), before.overall_score, after.overall_score))
    axes.axhline(len(rows) - 1.5, color=style.MUTED, lw=1)
    for row, (_, old, new) in enumerate(rows):
        if old is not None and new is not None:
            axes.plot([old, new], [row, row], color=style.MUTED, lw=3, zorder=2)
        for score, colour in ((old, style.EARLIER), (new, style.CURRENT)):
            if score is not None:
                axes.plot(score, row, "o", ms=14, color=colour, mec="white", mew=1.5, zorder=3)
        if old is None or new is None:
            _no_answers(axes, row, 101.5, language)
        else:
            axes.text(
                101.5,
                row,
                _signed(new - old, language),
                va="center",
                fontsize=13,
                fontweight="bold",
            )
    _rows(axes, [label for label, _, _ in rows], bold_last=True)
    handles = [
        Line2D([], [], ls="", marker="o", ms=14, color=colour)
        for colour in (style.EARLIER, style.CURRENT)
    ]
    figure.legend(
        handles, [data.compare_name, data.report.round_name], loc="outside lower center", ncol=2
    )
    return figure


KINDS: dict[str, ChartFunction] = {
    "radar": radar,
    "ladder": ladder,
    "distribution": distribution,
    "spread": spread,
    "compare": compare,
}
