"""DejaVu Sans, embedded: the font family every text of the minutes is set in.

The TrueType files ship inside matplotlib's package data; they are read by path, without
importing matplotlib. DejaVu Sans covers Latin with every diacritic, Greek and Cyrillic.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR  # the family name Paragraph markup (<b>, <i>) resolves through

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()


def font_folder() -> Path:
    """matplotlib's folder of bundled TrueType fonts."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("matplotlib is not installed; its DejaVu fonts are needed")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


def register_fonts() -> None:
    """Register the four faces and the family with reportlab (once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        folder = font_folder()
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )


def covers(text: str) -> bool:
    """Whether the regular face has a glyph for every character of ``text``."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    char_to_glyph = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return all(ord(char) in char_to_glyph for char in text)
