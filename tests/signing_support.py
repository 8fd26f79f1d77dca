"""Real parts for the signature tests: PDFs like the minutes, and certificates."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

PASSPHRASE = "richtig-geheim"
NAMES = ("Đặng Thị Ễ", "Şükrü Öztürk", "Łucja Wąs", "Ἀλέξανδρος", "Юлия Ковалёва")
# Where the minutes put their signature blocks on the last page (points, A4).
FIELD_BOXES = {"chair": (60, 90, 280, 160), "minute_taker": (315, 90, 535, 160)}


def make_pdf(path: Path, *, pages: int = 1, fields: tuple[str, ...] = ("chair", "minute_taker")):
    """A reportlab PDF of ``pages`` pages; the last has empty signature ``fields``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle("Protokoll")
    for number in range(1, pages + 1):
        pdf.drawString(72, 770, f"Protokoll der Sitzung, Seite {number}")
        for line in range(40):
            pdf.drawString(72, 740 - 15 * line, f"Zeile {line}: Beschluss über Maßnahme {line}.")
        pdf.showPage()
    pdf.save()
    if fields:
        writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
        for name in fields:
            append_signature_field(
                writer, SigFieldSpec(sig_field_name=name, on_page=pages - 1, box=FIELD_BOXES[name])
            )
        buffer = io.BytesIO()
        writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def pdfsig(path: Path) -> str:
    return subprocess.run(
        [shutil.which("pdfsig") or "pdfsig", str(path)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
    )
