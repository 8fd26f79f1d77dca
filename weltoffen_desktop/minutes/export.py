"""Writing minutes into a folder atomically and recording each exported version."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from weltoffen_desktop.minutes.texts import Texts
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.minutes import MinutesExportInfo, MinutesSource, record_export
from weltoffen_desktop.signing.output import write_output
from weltoffen_desktop.storage.database import Workspace

if TYPE_CHECKING:
    from weltoffen_desktop.signing.certificates import SigningIdentity

MAX_STEM = 120  # characters of a suggested file name, without the suffix
# Not allowed in file names on Windows (a shared drive may be one), and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def suggested_name(source: MinutesSource, kind: str, language: str = "de") -> str:
    """A file name like "2026-03-14 Ergebnisprotokoll Workshop Weltoffene Kommune.pdf"."""
    w = source.workshop
    parts = [w.date.isoformat() if w.date else "", Texts(language)[kind], w.title]
    stem = " ".join(_UNSAFE.sub(" ", " ".join(p for p in parts if p)).split()).strip(" .")
    return f"{stem[:MAX_STEM].rstrip(' .') or 'Protokoll'}.pdf"


def free_path(folder: Path, name: str) -> Path:
    """``folder / name``, or with " (2)", " (3)", … before the suffix if that exists."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
        number += 1
    return path


def write_minutes(
    ws: Workspace, workshop_uid: str, pdf: bytes, path: Path, kind: str
) -> MinutesExportInfo:
    """Write ``pdf`` to ``path`` atomically, then record the export in the workspace.

    A folder that is missing (or vanishes meanwhile) or read-only is refused with
    InvalidInput; no partial file is left, and an existing file at ``path`` stays as it was.
    """
    try:
        write_output(path, pdf)
    except FileNotFoundError as exc:  # the folder went away between the check and the write
        raise InvalidInput(
            "folder_missing", f"The folder {str(path.parent)!r} does not exist."
        ) from exc
    digest = hashlib.sha256(pdf).hexdigest()
    return record_export(ws, workshop_uid, str(path.absolute()), kind, digest)


def sign_minutes(pdf: bytes, identity: SigningIdentity, field: str | None, language: str) -> bytes:
    """``pdf`` signed in ``field`` (default: the first empty one), as a new PDF in memory.

    Signing works on files; the unsigned PDF passes through a private temporary folder,
    so the target folder only ever sees the finished, signed file.
    """
    from weltoffen_desktop.signing.sign import sign_pdf

    with tempfile.TemporaryDirectory(prefix="weltoffen-minutes-") as folder:
        unsigned, signed = Path(folder) / "unsigned.pdf", Path(folder) / "signed.pdf"
        unsigned.write_bytes(pdf)
        sign_pdf(unsigned, identity, field=field, out=signed, language=language)
        return signed.read_bytes()
