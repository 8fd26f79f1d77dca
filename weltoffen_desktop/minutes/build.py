"""Building the minutes PDF of a workshop in memory, signature fields included."""

from __future__ import annotations

from weltoffen_desktop.minutes.content import SIGNATURE_FIELDS, compose
from weltoffen_desktop.minutes.document import Layout, render
from weltoffen_desktop.minutes.fields import add_signature_fields
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.minutes import KINDS, MinutesSource


def build_minutes(source: MinutesSource, kind: str = "results", language: str = "de") -> bytes:
    """The complete PDF: ``kind`` is "results" or "course"."""
    if kind not in KINDS:
        raise InvalidInput("minutes_kind", f"Minutes are {' or '.join(KINDS)}, not {kind!r}.")
    layout = Layout()
    composed = compose(source, kind, language, layout)
    pdf = render(composed.story, composed.frame, composed.metadata, layout)
    missing = [name for name in SIGNATURE_FIELDS if name not in layout.signature_boxes]
    if missing:  # pragma: no cover - the signature blocks are always part of the story
        raise RuntimeError(f"signature blocks not drawn: {missing}")
    return add_signature_fields(pdf, layout.signature_boxes)
