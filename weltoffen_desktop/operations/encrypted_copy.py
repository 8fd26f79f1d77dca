"""Encrypted copies of workspaces (or backups), for the GUI and the command line.

Exporting seals a consistent copy (SQLite's backup API, checked) with a
passphrase. Importing decrypts into a private folder beside the target, checks
the result is a sound workspace, and only then puts it in place the way a
restore does: an existing file is kept aside, never overwritten. A wrong
passphrase, a changed or cut-off file, or anything else that fails leaves no
file behind.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.fileformats.encrypted import (
    DEFAULT_SCRYPT,
    EncryptedFileError,
    ScryptParams,
    decrypt,
    encrypt,
)
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.storage.backup import make_backup, restore
from weltoffen_desktop.storage.database import Problem, WorkspaceError

SUFFIX = ".weltoffen-enc"
MIN_PASSPHRASE = 12

Fraction = Callable[[float], None]  # share of the work done, 0.0 to 1.0


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            "passphrase_too_short",
            f"The passphrase must be at least {MIN_PASSPHRASE} characters long.",
            {"limit": MIN_PASSPHRASE},
        )


def _reporter(total: int, fraction: Fraction | None) -> Callable[[int], None] | None:
    if fraction is None:
        return None
    return lambda done: fraction(done / total if total else 1.0)


def export_encrypted(
    workspace: Path,
    out: Path,
    passphrase: str,
    *,
    overwrite: bool = False,
    params: ScryptParams = DEFAULT_SCRYPT,
    fraction: Fraction | None = None,
) -> Path:
    """Write an encrypted copy of the workspace (or backup) ``workspace`` to ``out``."""
    workspace, out = Path(workspace), Path(out)
    check_new_passphrase(passphrase)
    if out.exists() and not overwrite:
        raise WorkspaceError(Problem.EXISTS, out)
    # The plain copy lives in a private temporary folder only while it is sealed.
    with tempfile.TemporaryDirectory(prefix="weltoffen-export-") as folder:
        plain = make_backup(workspace, Path(folder) / workspace.name)
        report = _reporter(plain.stat().st_size, fraction)
        with (
            plain.open("rb") as source,
            atomic_target(out) as sealed,
            sealed.open("wb") as target,
        ):
            encrypt(source, target, passphrase, params=params, progress=report)
    return out


def import_encrypted(
    sealed: Path,
    out: Path,
    passphrase: str,
    *,
    overwrite: bool = False,
    take_over: bool = False,
    fraction: Fraction | None = None,
) -> Path | None:
    """Decrypt ``sealed`` into the workspace ``out``.

    An existing ``out`` needs ``overwrite``; it is then kept aside as after a
    restore, and that path is returned.
    """
    sealed, out = Path(sealed), Path(out)
    if not sealed.is_file():
        raise WorkspaceError(Problem.NOT_FOUND, sealed)
    if out.exists() and not overwrite:
        raise WorkspaceError(Problem.EXISTS, out)
    if not out.parent.is_dir():
        raise WorkspaceError(Problem.NO_FOLDER, out.parent)
    report = _reporter(sealed.stat().st_size, fraction)
    with tempfile.TemporaryDirectory(prefix=".weltoffen-import-", dir=out.parent) as folder:
        plain = Path(folder) / out.name
        try:
            with sealed.open("rb") as source, plain.open("wb") as target:
                decrypt(source, target, passphrase, progress=report)
        except EncryptedFileError as exc:
            raise InvalidInput(exc.code, str(exc)) from exc
        try:
            return restore(plain, out, take_over=take_over)
        except WorkspaceError as exc:
            if exc.path != plain:
                raise
            if exc.problem is Problem.NEWER_VERSION:
                raise WorkspaceError(Problem.NEWER_VERSION, sealed, exc.detail) from exc
            # Sealed intact but not a workspace: not made by this app.
            raise InvalidInput(
                "encrypted_not_workspace", "The encrypted copy does not hold a workspace."
            ) from exc
