"""The empty signature fields of the minutes, placed where the signature blocks were drawn.

Signing later fills a field with a visible signature; the fields are added with pyHanko
as an incremental update of the PDF reportlab wrote, before the file is written out.
"""

from __future__ import annotations

import io

from weltoffen_desktop.minutes.document import Box


def add_signature_fields(pdf: bytes, places: dict[str, tuple[int, Box]]) -> bytes:
    """``pdf`` with an empty signature field per name, on its page (1-based) and box."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for name, (page, box) in places.items():
        rounded = tuple(round(value, 2) for value in box)
        append_signature_field(
            writer, SigFieldSpec(sig_field_name=name, on_page=page - 1, box=rounded)
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
