"""The look of the minutes: page geometry, colours, paragraph and table styles.

A sober layout for filing: A4 portrait, a wide left margin for punching, one sans-serif
family, dark text, headings in a dark blue, tables with light rules and no fills except
a pale header row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from weltoffen_desktop.minutes import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 25 * mm  # room for a hole punch
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 24 * mm  # below the running header
BOTTOM_MARGIN = 20 * mm  # above the page number
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3F66")  # headings, the dot-vote bars
MUTED_HEX = "#5F5F5F"  # notes, captions, the running header, authors of cards
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#BDBDBD")  # table rules
HEADER_FILL = colors.HexColor("#EEF2F7")  # table header rows
GROUP_FILL = colors.HexColor("#F6F8FB")  # goal rows of the measures plan
BAR_TRACK = colors.HexColor("#E4E9F0")  # the empty part of a dot-vote bar

BODY_SIZE = 9.5
SMALL_SIZE = 8.2


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_note: ParagraphStyle
    fact_label: ParagraphStyle
    cover_municipality: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    minor_heading: ParagraphStyle
    caption: ParagraphStyle
    wording: ParagraphStyle
    decision_title: ParagraphStyle
    signature_name: ParagraphStyle
    bullet: ParagraphStyle
    sub_bullet: ParagraphStyle
    numbered: ParagraphStyle
    milestone: ParagraphStyle


def make_styles() -> Styles:
    fonts.register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.42,
        textColor=INK,
        spaceAfter=4,
        bulletFontName=fonts.REGULAR,
    )
    small = ParagraphStyle("small", body, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.35)
    cell = ParagraphStyle("cell", small, spaceAfter=0)
    heading = ParagraphStyle(
        "heading",
        body,
        fontName=fonts.BOLD,
        fontSize=13.5,
        leading=17,
        textColor=ACCENT,
        spaceBefore=14,
        spaceAfter=7,
    )
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", small, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", cell, fontName=fonts.BOLD),
        cell_note=ParagraphStyle("cell_note", cell, textColor=MUTED, spaceBefore=1.5),
        fact_label=ParagraphStyle("fact_label", body, fontName=fonts.BOLD, spaceAfter=0),
        cover_municipality=ParagraphStyle(
            "cover_municipality", body, fontName=fonts.BOLD, fontSize=13, leading=17
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            body,
            fontName=fonts.BOLD,
            fontSize=24,
            leading=30,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", body, fontSize=14, leading=19, spaceAfter=18
        ),
        heading=heading,
        subheading=ParagraphStyle(
            "subheading",
            heading,
            fontSize=11,
            leading=14,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
        ),
        minor_heading=ParagraphStyle(
            "minor_heading",
            heading,
            fontSize=BODY_SIZE,
            leading=BODY_SIZE * 1.4,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=2,
        ),
        caption=ParagraphStyle(
            "caption", small, textColor=MUTED, alignment=TA_CENTER, spaceBefore=2, spaceAfter=10
        ),
        wording=ParagraphStyle("wording", body, spaceAfter=2),
        decision_title=ParagraphStyle(
            "decision_title", body, fontName=fonts.BOLD, spaceBefore=4, spaceAfter=3
        ),
        signature_name=ParagraphStyle("signature_name", small, fontName=fonts.BOLD),
        bullet=ParagraphStyle("bullet", body, leftIndent=14, bulletIndent=3, spaceAfter=3),
        sub_bullet=ParagraphStyle("sub_bullet", body, leftIndent=28, bulletIndent=17, spaceAfter=2),
        numbered=ParagraphStyle("numbered", body, leftIndent=18, bulletIndent=0, spaceAfter=6),
        milestone=ParagraphStyle(
            "milestone", small, textColor=MUTED, leftIndent=11, bulletIndent=0, spaceAfter=0
        ),
    )


def layout_style(*extra: tuple[Any, ...]) -> TableStyle:
    """A table used only to place things side by side: no rules, no padding.

    Every table names the font, even for empty cells: reportlab sets the cell font before
    drawing a cell, and its default is an unembedded Helvetica.
    """
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *extra,
        ]
    )


def table_style(*extra: tuple[Any, ...], header: bool = True) -> TableStyle:
    """Light horizontal rules, a pale header row, cells padded for reading."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), SMALL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    return TableStyle([*commands, *extra])
