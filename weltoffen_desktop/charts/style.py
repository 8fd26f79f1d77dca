"""The house style every chart is drawn and saved in.

Applied with ``house_style()`` around building and saving a figure, never globally:
large fonts for the projector, the Okabe–Ito colour-blind-safe palette, DejaVu Sans
(ships with matplotlib and has every umlaut), no top/right spines, and SVG text as paths
so files look the same on every machine.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
OKABE_ITO = (BLACK, ORANGE, SKY_BLUE, GREEN, YELLOW, BLUE, VERMILLION, PURPLE)

# Stages 1..4 as a light-to-dark blue ramp (sequential, readable without colour vision).
STAGE_COLOURS = ("#F2F6FB", "#DCE8F4", "#C0D6EB", "#A0C3E3")
# The same stages as rings of the radar chart, lighter: the outer rings cover most of its area.
RING_COLOURS = ("#F8FAFD", "#EDF3F9", "#E0EBF6", "#CFE0F0")
STAGE_TEXT = "#08306B"  # stage names drawn on the stage colours

CURRENT = BLUE  # the round the chart is about
EARLIER = "#7F7F7F"  # the round it is compared with
HIGHLIGHT = VERMILLION  # what needs attention (disagreement)
MUTED = "#6E6E6E"  # secondary text ("keine Antworten", notes)
SKIPPED = "#BDBDBD"  # "weiß nicht"
# Scale values, lowest to highest: a diverging Okabe–Ito ramp.
SCALE_RAMP = (VERMILLION, ORANGE, SKY_BLUE, BLUE)

STYLE: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 14,
    "figure.titlesize": 20,
    "figure.titleweight": "bold",
    "axes.labelsize": 15,
    "axes.labelcolor": "#333333",
    "axes.edgecolor": "#555555",
    "axes.linewidth": 1.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "axes.axisbelow": True,
    "axes.prop_cycle": f"cycler('color', {list(OKABE_ITO)!r})",
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.8,
    "xtick.labelsize": 14,
    "ytick.labelsize": 14,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "legend.fontsize": 13,
    "legend.frameon": False,
    "lines.linewidth": 2.5,
    "lines.markersize": 10,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,  # embedded TrueType: text stays searchable and copyable
}


@contextlib.contextmanager
def house_style() -> Iterator[None]:
    """Build and save figures inside this block; global settings are restored after it."""
    import matplotlib as mpl

    with mpl.rc_context(STYLE):
        yield
