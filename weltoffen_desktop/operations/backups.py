"""Backing up and restoring workspaces, for the GUI and the command line."""

from __future__ import annotations

from pathlib import Path

from weltoffen_desktop.storage.backup import (
    BackupInfo,
    backup_folder,
    backup_now,
    list_backups,
    make_backup,
    restore,
)
from weltoffen_desktop.storage.database import Problem, WorkspaceError

__all__ = ["BackupInfo", "back_up", "backup_now", "backups_of", "restore"]


def back_up(
    workspace: Path, data_dir: Path, out: Path | None = None, *, overwrite: bool = False
) -> Path:
    """Back up ``workspace`` to ``out``, or into its automatic backups folder below ``data_dir``."""
    if out is None:
        return backup_now(workspace, data_dir).path
    if out.exists() and not overwrite:
        raise WorkspaceError(Problem.EXISTS, out)
    return make_backup(workspace, out)


def backups_of(workspace: Path, data_dir: Path) -> list[BackupInfo]:
    """The automatic backups of ``workspace``, newest first (also when it no longer exists)."""
    return list_backups(backup_folder(data_dir, workspace))
