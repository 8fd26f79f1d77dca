"""What a visible signature shows: signer, role, date and time from this computer's clock.

The text is set in Noto Sans, shipped in ``resources/fonts`` (any name in Latin with
Vietnamese, Greek or Cyrillic renders); only the glyphs used are embedded.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import TextStampStyle

from weltoffen_desktop.resources import resource_path

FONT_FILE = ("fonts", "NotoSans-Regular.ttf")
FONT_SIZE = 9
# Shaping (kerning, accents) happens on the full font; the embedded subset needs no
# layout tables, and not parsing them saves ~0.4 s per signature.
_LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF")


@dataclass(frozen=True)
class StampTexts:
    signed_at: str  # strftime format of the signing time (signer's time zone), two lines
    clock_note: str


TEXTS = {
    "de": StampTexts(
        signed_at="Digital unterschrieben am\n%d.%m.%Y, %H:%M:%S (UTC%z)",
        clock_note="Zeit laut Uhr dieses Computers",
    ),
    "en": StampTexts(
        signed_at="Digitally signed on\n%Y-%m-%d, %H:%M:%S (UTC%z)",
        clock_note="Time from this computer's clock",
    ),
}


@functools.cache
def _font_bytes() -> bytes:
    return resource_path(*FONT_FILE).read_bytes()


class _StampFont(FontEngineFactory):
    """The shipped font at FONT_SIZE, read from memory (no file handle is left open)."""

    def create_font_engine(
        self, writer: BasePdfFileWriter, obj_stream: object = None
    ) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()
        engine = GlyphAccumulator(
            writer, io.BytesIO(_font_bytes()), FONT_SIZE, obj_stream=obj_stream
        )
        for tag in _LAYOUT_TABLES:
            if tag in engine.tt:
                del engine.tt[tag]
        return engine


def stamp_style(language: str, *, with_role: bool) -> TextStampStyle:
    """The appearance; fill it with ``stamp_params``."""
    lines = ["%(signer)s", "%(role)s", "%(ts)s", "%(clock_note)s"]
    if not with_role:
        lines.remove("%(role)s")
    return TextStampStyle(
        stamp_text="\n".join(lines),
        timestamp_format=TEXTS[language].signed_at,
        # The font engine and the text box must agree on the size (pyHanko issue #733).
        text_box_style=TextBoxStyle(
            font=_StampFont(),
            font_size=FONT_SIZE,
            leading=round(FONT_SIZE * 1.3),
            box_layout_rule=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN,
                y_align=AxisAlignment.ALIGN_MID,
                margins=Margins.uniform(0),
            ),
        ),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MID,
            margins=Margins.uniform(6),
            inner_content_scaling=InnerScaling.SHRINK_TO_FIT,
        ),
        border_width=1,
        border_color=(0.45, 0.45, 0.45),
    )


def stamp_params(signer: str, role: str, language: str) -> dict[str, str]:
    """The values for ``stamp_style``; user text is passed as values, never as template."""
    return {"signer": signer, "role": role, "clock_note": TEXTS[language].clock_note}
