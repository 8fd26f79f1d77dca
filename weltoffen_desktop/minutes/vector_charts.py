"""The charts of a round as reportlab vector drawings, via matplotlib's SVG and svglib.

Text is kept as SVG text (not glyph outlines) and set in the embedded DejaVu Sans of the
minutes: svglib converts each glyph outline separately, which took ~0.7 s a chart, and
text stays searchable this way. matplotlib writes an artist's alpha as ``opacity``, which
svglib ignores; for the single shapes of a chart it equals fill and stroke opacity.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from weltoffen_desktop.charts.style import house_style
from weltoffen_desktop.minutes import fonts

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from reportlab.graphics.shapes import Drawing

_OPACITY = re.compile(rb"(?<![-\w])opacity:\s*([0-9.]+)")


class _DejaVuFaces:
    """svglib's font lookup: every chart text is DejaVu Sans (the charts' house font).

    Answering every family with a registered DejaVu face keeps svglib from asking
    fontconfig and from falling back to an unembedded Helvetica.
    """

    def find_font(
        self, _family: str, weight: str = "normal", style: str = "normal"
    ) -> tuple[str, bool]:
        bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
        italic = style in ("italic", "oblique")
        face = {
            (False, False): fonts.REGULAR,
            (True, False): fonts.BOLD,
            (False, True): fonts.ITALIC,
            (True, True): fonts.BOLD_ITALIC,
        }[(bold, italic)]
        return face, True


def drawing(figure: Figure, width: float) -> Drawing:
    """``figure`` as a drawing scaled to ``width`` points, its aspect ratio kept."""
    import matplotlib as mpl
    from svglib.svglib import svg2rlg

    svg = io.BytesIO()
    with house_style(), mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "minutes"}):
        figure.savefig(svg, format="svg", metadata={"Date": None})
    source = io.BytesIO(_OPACITY.sub(rb"fill-opacity: \1; stroke-opacity: \1", svg.getvalue()))
    fonts.register_fonts()
    result = svg2rlg(source, font_map=_DejaVuFaces())
    if result is None:  # pragma: no cover - matplotlib always writes a valid SVG
        raise RuntimeError("the chart could not be converted")
    result.initialFontName = fonts.REGULAR  # else reportlab starts each chart in Helvetica
    scale = width / result.width
    result.scale(scale, scale)
    result.width, result.height = width, result.height * scale
    return result
