"""User text made safe for reportlab's Paragraph markup, exactly as it was typed.

Paragraph reads a small XML dialect: an unescaped ``<`` or ``&`` in a card would raise or
be taken as markup (``<b>`` would turn bold). Every user text goes through ``text`` before
it reaches a Paragraph; the minutes' own markup is written around the escaped result.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from weltoffen_desktop.minutes.fonts import covers

TAB = "\u00a0" * 4  # a tab stays visible as a wide gap
MISSING = "\ufffd"  # shown for a character the font has no glyph for (CJK, most emoji)
# C0/C1 controls other than tab and newline have no glyph and are not valid in XML.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _glyphs_only(value: str) -> str:
    if covers(value.replace("\n", "").replace("\t", "")):
        return value
    return "".join(char if char in "\n\t" or covers(char) else MISSING for char in value)


def _cleaned(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _glyphs_only(_CONTROLS.sub(" ", value))


def text(value: str) -> str:
    """``value`` as Paragraph markup that shows it literally: escaped, line breaks kept."""
    return escape(_cleaned(value)).replace("\t", TAB).replace("\n", "<br/>")


def plain(value: str) -> str:
    """``value`` on one line for text drawn directly (header, bookmarks, metadata)."""
    return " ".join(_cleaned(value).split())
