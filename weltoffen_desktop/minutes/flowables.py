"""Small drawing pieces of the minutes: a dot-vote bar, a block with a rule on its left."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from weltoffen_desktop.minutes import styles


class DotBar(Flowable):
    """A horizontal bar: ``value`` of ``maximum`` dots."""

    def __init__(self, value: int, maximum: int, width: float) -> None:
        super().__init__()
        self.value, self.maximum = value, maximum
        self.width, self.height = width, 7

    def draw(self) -> None:
        self.canv.setFillColor(styles.BAR_TRACK)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.maximum and self.value:
            self.canv.setFillColor(styles.ACCENT)
            self.canv.rect(0, 0, self.width * self.value / self.maximum, self.height, 0, 1)


class RuledBlock(Flowable):
    """Flowables indented beside a vertical rule, splittable across pages like the first.

    Unlike a one-cell table, splitting costs no more than splitting the paragraphs
    themselves (a table re-measures its whole row for every try).
    """

    RULE_WIDTH = 2.0
    INDENT = 9.0

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content
        self._heights: list[float] = []
        self._wrapped_for: tuple[float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = available_width - self.INDENT
        self._heights = [f.wrapOn(self.canv, inner, available_height)[1] for f in self.content]
        self._wrapped_for = (available_width, available_height)
        self.width = available_width
        self.height = sum(self._heights) + sum(f.getSpaceAfter() for f in self.content[:-1])
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # The frame wraps before it splits; the measured lines are reused, not re-measured.
        if self._wrapped_for != (available_width, available_height):
            self.wrap(available_width, available_height)
        inner = available_width - self.INDENT
        used, first = 0.0, []
        for index, (flowable, height) in enumerate(zip(self.content, self._heights, strict=True)):
            if used + height <= available_height:
                first.append(flowable)
                used += height + flowable.getSpaceAfter()
                continue
            parts = flowable.splitOn(self.canv, inner, available_height - used)
            if parts:
                first.append(parts[0])
                rest = [*parts[1:], *self.content[index + 1 :]]
            else:
                rest = self.content[index:]
            if not first:
                return []
            return [RuledBlock(first), RuledBlock(rest)]
        return [self]

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.saveState()
        canvas.setStrokeColor(styles.ACCENT)
        canvas.setLineWidth(self.RULE_WIDTH)
        canvas.line(self.RULE_WIDTH / 2, 0, self.RULE_WIDTH / 2, self.height)
        canvas.restoreState()
        y = self.height
        for flowable, height in zip(self.content, self._heights, strict=True):
            y -= height
            flowable.drawOn(canvas, self.INDENT, y)
            y -= flowable.getSpaceAfter()


class HeadedBlock(Flowable):
    """Headings and the flowable after them: the headings never end a page alone.

    It always asks to be split; the split places the headings, then as much of the body
    as fits, or — if not even the beginning of the body fits — nothing, so that all of it
    starts on the next page.
    """

    def __init__(self, headings: list[Flowable], body: Flowable) -> None:
        super().__init__()
        self.headings, self.body = headings, body

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF  # too tall: the frame calls split

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used = 0.0
        for index, heading in enumerate(self.headings):
            if index:
                used += heading.getSpaceBefore()
            used += heading.wrapOn(self.canv, available_width, available_height)[1]
            used += heading.getSpaceAfter()
        room = available_height - used - self.body.getSpaceBefore()
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if room > 0:
            if self.body.wrapOn(self.canv, available_width, room)[1] <= room:
                return [*self.headings, self.body]
            parts = self.body.splitOn(self.canv, available_width, room)
            if parts:
                return [*self.headings, *parts]
        return [*self.headings, self.body] if at_top else []
