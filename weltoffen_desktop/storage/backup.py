"""Verified backups of workspace files, their rotation, and restoring one.

A backup is taken with SQLite's online backup API, so it is consistent even
while the workspace is open and being written. The copy is checked with
``PRAGMA integrity_check`` before it is renamed into place, and it is a
self-contained file (rollback journal, no ``-wal`` beside it).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.storage.database import (
    Problem,
    WorkspaceError,
    check_workspace_file,
    read_only_uri,
)
from weltoffen_desktop.storage.lock import ensure_readable_here, locked

SUFFIX = ".weltoffen"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_NEWEST = 10
KEEP_DAYS = 30


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int


def _check_source(path: Path) -> None:
    """Check that ``path`` is a workspace; reading it from a read-only location is fine."""
    ensure_readable_here(path)
    try:
        check_workspace_file(path)
    except WorkspaceError as exc:
        if exc.problem is not Problem.READ_ONLY:
            raise


def _copy_verified(source: Path, copy: Path) -> None:
    """Copy ``source`` into the file ``copy`` page by page and verify the copy."""
    try:
        with (
            contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as src,
            contextlib.closing(sqlite3.connect(copy)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            (check,) = dst.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as exc:
        # The source passed its checks, so this is about writing the copy (e.g. disk full).
        raise OSError(errno.EIO, str(exc), str(copy)) from exc
    if check != "ok":
        raise WorkspaceError(Problem.DAMAGED, source, check)


def make_backup(source: Path, target: Path) -> Path:
    """Write a verified, self-contained copy of the workspace ``source`` to ``target``."""
    source, target = Path(source), Path(target)
    _check_source(source)
    with atomic_target(target) as tmp:
        _copy_verified(source, tmp)
    return target


def backup_folder(data_dir: Path, workspace: Path) -> Path:
    """The folder of a workspace's automatic backups, unique per file location."""
    location = str(Path(workspace).expanduser().resolve())
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:10]
    return data_dir / "backups" / f"{Path(workspace).stem}-{digest}"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first, dated by their file names."""
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            created = datetime.strptime(path.stem, STAMP_FORMAT)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        infos.append(BackupInfo(path, created, size))
    return sorted(infos, key=lambda info: info.created, reverse=True)


def to_delete(infos: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Which backups rotation removes.

    Kept are the newest ``KEEP_NEWEST`` and the newest one of each calendar day
    of the last ``KEEP_DAYS`` days (today included); everything else goes.
    """
    newest_first = sorted(infos, key=lambda info: info.created, reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    first_day = now.date() - timedelta(days=KEEP_DAYS - 1)
    days_seen = set()
    for info in newest_first:
        day = info.created.date()
        if day >= first_day and day not in days_seen:
            days_seen.add(day)
            keep.add(info)
    return [info for info in newest_first if info not in keep]


def rotate(folder: Path, now: datetime) -> list[BackupInfo]:
    """Delete the backups in ``folder`` that rotation does not keep; return them."""
    doomed = to_delete(list_backups(folder), now)
    for info in doomed:
        info.path.unlink(missing_ok=True)
    return doomed


def backup_now(workspace_path: Path, data_dir: Path, now: datetime | None = None) -> BackupInfo:
    """Back up a workspace into its automatic backups folder, then rotate that folder."""
    now = (now or datetime.now()).replace(microsecond=0)
    folder = backup_folder(data_dir, workspace_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = make_backup(workspace_path, folder / f"{now:{STAMP_FORMAT}}{SUFFIX}")
    info = BackupInfo(path, now, path.stat().st_size)
    rotate(folder, now)
    return info


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def restore(backup: Path, target: Path, *, take_over: bool = False) -> Path | None:
    """Put a verified copy of ``backup`` in place of ``target``.

    An existing ``target`` is first renamed to ``<name>.before-restore-<time>.weltoffen``
    (with its ``-wal``/``-shm`` files), and that path is returned. A backup that fails
    its checks raises ``WorkspaceError`` and leaves ``target`` untouched. A ``target``
    that is open is refused (its lock is held; ``take_over`` takes a stale one).
    """
    backup, target = Path(backup), Path(target)
    _check_source(backup)
    aside = None
    with locked(target, take_over=take_over), atomic_target(target) as tmp:
        _copy_verified(backup, tmp)
        if target.exists():
            stamp = f"{datetime.now():{STAMP_FORMAT}}"
            aside = target.with_name(f"{target.stem}.before-restore-{stamp}{SUFFIX}")
            if aside.exists():
                raise WorkspaceError(Problem.EXISTS, aside)
            os.replace(target, aside)
            for sidecar, moved in zip(_sidecars(target), _sidecars(aside), strict=True):
                if sidecar.exists():
                    os.replace(sidecar, moved)
    return aside
