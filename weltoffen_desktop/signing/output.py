"""The files this package reads and writes: PDFs in, atomic writes out, clear refusals."""

from __future__ import annotations

from pathlib import Path

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.operations.errors import InvalidInput


def write_output(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; ``private`` files get mode 0600.

    A missing or read-only folder is refused with InvalidInput; either way no partial
    file is left behind, and an existing ``path`` stays as it was.
    """
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput("folder_missing", f"The folder {str(folder)!r} does not exist.")
    try:
        with atomic_target(path) as tmp:
            if private:
                tmp.chmod(0o600)  # before any byte is written
            tmp.write_bytes(data)
    except PermissionError as exc:
        raise InvalidInput(
            "not_writable",
            f"Cannot write {str(path)!r}: no permission (a read-only folder, "
            "or the file is open in another program).",
        ) from exc


def read_pdf(pdf: Path) -> bytes:
    """The bytes of ``pdf``; InvalidInput if it is missing or not a PDF at all."""
    try:
        data = pdf.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput("pdf_missing", f"The file {str(pdf)!r} does not exist.") from exc
    except IsADirectoryError as exc:
        raise InvalidInput("not_a_pdf", f"{pdf.name!r} is not a PDF file.") from exc
    if not data.startswith(b"%PDF-"):
        raise InvalidInput("not_a_pdf", f"{pdf.name!r} is not a PDF file.")
    return data
