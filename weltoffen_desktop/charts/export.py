"""Writing a chart to SVG, PDF or PNG, and rendering it to PNG bytes for the screen."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.charts.style import house_style
from weltoffen_desktop.operations.errors import InvalidInput

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = {".svg": "svg", ".pdf": "pdf", ".png": "png"}
PNG_DPI = 200
# Leave out creation dates, so the same chart gives the same file.
_METADATA: dict[str, dict[str, str | None]] = {
    "svg": {"Date": None},
    "pdf": {"CreationDate": None},
    "png": {},
}


def chart_format(path: Path) -> str:
    """The file format for ``path``'s suffix; InvalidInput (a ValueError) for any other."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise InvalidInput(
            "chart_suffix",
            f"Cannot write a chart as {path.name!r}: use .svg, .pdf or .png.",
        )
    return found


def save_chart(figure: Figure, path: Path) -> None:
    """Write ``figure`` to ``path`` (format by suffix, PNG at PNG_DPI), atomically."""
    file_format = chart_format(path)
    with atomic_target(path) as tmp, house_style():
        figure.savefig(tmp, format=file_format, dpi=PNG_DPI, metadata=_METADATA[file_format])


def render_png(figure: Figure, dpi: float = PNG_DPI) -> bytes:
    """``figure`` as PNG bytes, e.g. to show it in a window."""
    buffer = io.BytesIO()
    with house_style():
        figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
