"""The page frame of the minutes: cover and body pages, running header, "Seite x von y",
metadata, the document outline, and where the signature blocks landed.

Pages are held back until the document is complete (``PageCountingCanvas``), so each
can print the total page count; bookmarks are bound to their page when it is written out.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from weltoffen_desktop import APP_NAME, __version__
from weltoffen_desktop.minutes import fonts, styles
from weltoffen_desktop.minutes.markup import plain

Box = tuple[float, float, float, float]  # x1, y1, x2, y2 in points from the lower left


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say."""

    header_left: str
    header_right: str
    page_label: Callable[[int, int], str]  # (page, pages) -> "Seite 2 von 9"


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    language: str


@dataclass
class Layout:
    """Filled while the document is drawn: page count and signature field places."""

    pages: int = 0
    signature_boxes: dict[str, tuple[int, Box]] = field(default_factory=dict)  # name -> page


class PageCountingCanvas(Canvas):
    """A canvas that writes its pages out only on ``save``, numbered "x of total"."""

    def __init__(self, *args: Any, frame: PageFrame, layout: Layout, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame_texts = frame
        self._layout = layout
        self._held: list[dict[str, Any]] = []
        self._marks: list[tuple[int, str, tuple[Any, ...], dict[str, Any]]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    # Destinations point at the page being written, so they are bound at that moment.
    def bookmarkPage(self, key: str, **kw: Any) -> None:  # type: ignore[override]
        self._marks.append((self._pageNumber, "bookmarkPage", (key,), kw))

    def addOutlineEntry(self, *args: Any, **kw: Any) -> None:
        self._marks.append((self._pageNumber, "addOutlineEntry", args, kw))

    def save(self) -> None:
        total = len(self._held)
        self._layout.pages = total
        marks = self._marks
        for state in self._held:
            self.__dict__.update(state)
            self._draw_page_number(total)
            for page, method, args, kw in marks:
                if page == self._pageNumber:
                    getattr(Canvas, method)(self, *args, **kw)
            Canvas.showPage(self)
        if marks:
            self.showOutline()
        Canvas.save(self)

    def _draw_page_number(self, total: int) -> None:
        label = self._frame_texts.page_label(self._pageNumber, total)
        self.saveState()
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(styles.MUTED)
        self.drawRightString(
            styles.PAGE_WIDTH - styles.RIGHT_MARGIN, styles.BOTTOM_MARGIN - 9 * mm, label
        )
        self.restoreState()


def _fitted(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _running_header(frame: PageFrame) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        size = 7.5
        top = styles.PAGE_HEIGHT - 13 * mm
        right_text = plain(frame.header_right)
        right_width = stringWidth(right_text, fonts.REGULAR, size)
        left_text = _fitted(plain(frame.header_left), styles.FRAME_WIDTH - right_width - 12, size)
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, size)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(styles.LEFT_MARGIN, top, left_text)
        canvas.drawRightString(styles.PAGE_WIDTH - styles.RIGHT_MARGIN, top, right_text)
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(
            styles.LEFT_MARGIN,
            top - 2.5 * mm,
            styles.PAGE_WIDTH - styles.RIGHT_MARGIN,
            top - 2.5 * mm,
        )
        canvas.restoreState()

    return draw


class Heading(Paragraph):
    """A heading that is also an entry of the document outline."""

    def __init__(self, markup: str, style: Any, title: str, level: int, key: str) -> None:
        super().__init__(markup, style)
        self.outline = (plain(title), level, key)

    def draw(self) -> None:
        title, level, key = self.outline
        top = self.canv.absolutePosition(0, self.height)[1]
        self.canv.bookmarkHorizontalAbsolute(key, top + 6)
        self.canv.addOutlineEntry(title, key, level, closed=level > 0)
        super().draw()


class SignatureBox(Flowable):
    """An empty area for a signature; records where it was drawn as a field place."""

    def __init__(self, name: str, width: float, height: float, layout: Layout) -> None:
        super().__init__()
        self.name, self.width, self.height, self._layout = name, width, height, layout

    def draw(self) -> None:
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self.width, self.height)
        self._layout.signature_boxes[self.name] = (self.canv.getPageNumber(), (x1, y1, x2, y2))


def render(story: list[Flowable], frame: PageFrame, metadata: Metadata, layout: Layout) -> bytes:
    """Lay ``story`` out on A4 pages: the first is the cover (no running header)."""
    fonts.register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(styles.PAGE_WIDTH, styles.PAGE_HEIGHT),
        leftMargin=styles.LEFT_MARGIN,
        rightMargin=styles.RIGHT_MARGIN,
        topMargin=styles.TOP_MARGIN,
        bottomMargin=styles.BOTTOM_MARGIN,
        title=" ".join(metadata.title.split()),
        author=" ".join(metadata.author.split()),
        subject=" ".join(metadata.subject.split()),
        keywords=metadata.keywords,
        creator=f"{APP_NAME} {__version__}",
        lang=metadata.language,
        initialFontName=fonts.REGULAR,
    )

    def text_frame() -> Frame:
        return Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[text_frame()]),
            PageTemplate(id="body", frames=[text_frame()], onPage=_running_header(frame)),
        ]
    )

    def canvas(*args: Any, **kwargs: Any) -> PageCountingCanvas:
        return PageCountingCanvas(*args, frame=frame, layout=layout, **kwargs)

    doc.build(story, canvasmaker=canvas)
    return out.getvalue()
