"""Verified backups, their rotation, restoring, the commands and the automatic GUI backups."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.test_cli import assert_user_error, weltoffen
from weltoffen_desktop.operations.workspace import set_municipality_name
from weltoffen_desktop.storage.backup import (
    BackupInfo,
    backup_folder,
    backup_now,
    list_backups,
    make_backup,
    restore,
    rotate,
    to_delete,
)
from weltoffen_desktop.storage.database import (
    Problem,
    Workspace,
    WorkspaceError,
    check_workspace_file,
)

NOW = datetime(2026, 3, 31, 12, 0, 0)


# Read-write connections that only read: the last one to close removes -wal and -shm.
def dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def municipality(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT name FROM municipality").fetchone()[0])


def rename(path: Path, name: str) -> None:
    ws = Workspace.open(path)
    try:
        set_municipality_name(ws, name)
    finally:
        ws.close()


def crash_after_renaming(path: Path, name: str) -> None:
    """Commit a new name in another process that then dies, leaving the -wal file behind."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('UPDATE municipality SET name = ?', (sys.argv[2],))\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), name], check=True, timeout=60)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", "-wal", "-shm")))


# --- making a backup -------------------------------------------------------------------------


def test_backup_of_a_live_workspace_is_committed_state_only(
    demo_workspace: Workspace, demo_path: Path, tmp_path: Path
) -> None:
    set_municipality_name(demo_workspace, "Nachher")  # committed, still in the -wal file
    assert Path(f"{demo_path}-wal").stat().st_size > 0
    with contextlib.closing(sqlite3.connect(demo_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE municipality SET name = 'Unfertig'")

        copy = make_backup(demo_path, tmp_path / "copy.weltoffen")

        expected = dump(demo_path)  # a new reader sees only committed data
        writer.execute("ROLLBACK")

    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert dump(copy) == expected
    assert municipality(copy) == "Nachher"
    assert not Path(f"{copy}-wal").exists()
    assert leftovers(tmp_path) == ["Musterstadt.weltoffen-shm", "Musterstadt.weltoffen-wal"]


def test_backup_of_a_closed_workspace_in_a_read_only_folder_leaves_nothing_beside_it(
    demo_path: Path, tmp_path: Path, read_only: object
) -> None:
    stick = tmp_path / "stick"  # say a write-protected USB stick
    stick.mkdir()
    source = demo_path.rename(stick / demo_path.name)
    before = source.read_bytes()
    read_only(stick)  # type: ignore[operator]
    copy = make_backup(source, tmp_path / "copy.weltoffen")
    assert check_workspace_file(copy) and sorted(p.name for p in stick.iterdir()) == [source.name]
    assert source.read_bytes() == before


def test_backup_refuses_what_is_not_a_workspace(tmp_path: Path) -> None:
    source = tmp_path / "notes.weltoffen"
    with contextlib.closing(sqlite3.connect(source)) as conn:
        conn.execute("CREATE TABLE notes (text)")
    with pytest.raises(WorkspaceError) as refused:
        make_backup(source, tmp_path / "copy.weltoffen")
    assert refused.value.problem is Problem.NOT_A_WORKSPACE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.weltoffen"]


def test_backup_now_names_by_time_and_separates_workspaces(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / demo_path.name
    other.parent.mkdir()
    other.write_bytes(demo_path.read_bytes())
    data = tmp_path / "data"

    info = backup_now(demo_path, data, now=NOW)

    folder = backup_folder(data, demo_path)
    assert folder.parent == data / "backups"
    assert folder.name.startswith("Musterstadt-")
    assert backup_folder(data, other) != folder
    assert info == BackupInfo(folder / "20260331-120000.weltoffen", NOW, info.path.stat().st_size)
    assert list_backups(folder) == [info]
    assert check_workspace_file(info.path)


# --- rotation ----------------------------------------------------------------------------------


def infos_at(*times: datetime) -> list[BackupInfo]:
    return [BackupInfo(Path(f"{t:%Y%m%d-%H%M%S}.weltoffen"), t, 1) for t in times]


def test_rotation_keeps_ten_newest_and_one_per_day_for_thirty_days() -> None:
    today = [NOW.replace(hour=h) for h in range(12)]  # 00:00 … 11:00
    yesterday = [NOW.replace(day=30, hour=h) for h in (8, 9, 10)]
    last_day_in_window = [datetime(2026, 3, 2, 7), datetime(2026, 3, 2, 18)]
    too_old = [datetime(2026, 3, 1, 23, 59, 59), datetime(2025, 12, 24, 10)]
    infos = infos_at(*today, *yesterday, *last_day_in_window, *too_old)

    deleted = {info.created for info in to_delete(infos, NOW)}

    assert deleted == {
        NOW.replace(hour=0),
        NOW.replace(hour=1),  # today's newest is kept, and it is among the ten newest
        NOW.replace(day=30, hour=8),
        NOW.replace(day=30, hour=9),
        datetime(2026, 3, 2, 7),
        *too_old,
    }


def test_rotation_keeps_the_ten_newest_however_old() -> None:
    old = [NOW - timedelta(days=100, hours=h) for h in range(11)]
    assert [info.created for info in to_delete(infos_at(*old), NOW)] == [old[-1]]


def test_rotate_deletes_files_and_dates_by_name_not_mtime(tmp_path: Path) -> None:
    times = [NOW - timedelta(hours=h) for h in range(12)]
    for age, t in enumerate(times):
        path = tmp_path / f"{t:%Y%m%d-%H%M%S}.weltoffen"
        path.write_bytes(b"x" * (age + 1))
        os.utime(path, (1_000_000 + age, 1_000_000 + age))  # mtimes in the opposite order
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")

    assert [info.created for info in list_backups(tmp_path)] == times

    deleted = rotate(tmp_path, NOW)

    assert [info.created for info in deleted] == times[10:]
    assert [info.created for info in list_backups(tmp_path)] == times[:10]
    assert (tmp_path / "notes.txt").exists()


# --- restore -----------------------------------------------------------------------------------


def test_restore_replaces_the_target_and_keeps_the_old_file_aside(
    demo_path: Path, tmp_path: Path
) -> None:
    backup = make_backup(demo_path, tmp_path / "backup.weltoffen")
    crash_after_renaming(demo_path, "Vor dem Absturz")
    assert leftovers(tmp_path) == ["Musterstadt.weltoffen-shm", "Musterstadt.weltoffen-wal"]

    aside = restore(backup, demo_path)

    assert aside is not None
    assert leftovers(tmp_path) == [f"{aside.name}-shm", f"{aside.name}-wal"]
    assert aside.parent == demo_path.parent
    assert aside.name.startswith("Musterstadt.before-restore-")
    assert aside.suffix == ".weltoffen"
    assert municipality(aside) == "Vor dem Absturz"  # its -wal file moved along
    assert municipality(demo_path) == "Musterstadt"
    assert dump(demo_path) == dump(backup)
    check_workspace_file(demo_path)
    assert leftovers(tmp_path) == []


def test_restore_to_a_new_location_keeps_nothing_aside(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "Wiederhergestellt.weltoffen"
    assert restore(demo_path, target) is None
    assert dump(target) == dump(demo_path)


@pytest.mark.parametrize("damage", ["truncated", "zeroed"])
def test_restore_of_a_damaged_backup_leaves_the_target_untouched(
    damage: str, demo_path: Path, tmp_path: Path
) -> None:
    backup = make_backup(demo_path, tmp_path / "backup.weltoffen")
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2] if damage == "truncated" else bytes(len(data)))
    rename(demo_path, "Aktuell")
    before = demo_path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(WorkspaceError) as refused:
        restore(backup, demo_path)

    assert refused.value.problem is Problem.DAMAGED
    assert demo_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


# --- the commands ------------------------------------------------------------------------------


@pytest.mark.e2e
def test_cli_backup_backups_restore(demo_path: Path, base_dir: Path, tmp_path: Path) -> None:
    made = weltoffen("backup", demo_path)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == backup_folder(base_dir / "data", demo_path)
    check_workspace_file(backup)

    listed = weltoffen("backups", demo_path, "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert row["path"] == str(backup)
    assert row["size"] == backup.stat().st_size
    assert datetime.fromisoformat(row["created"]).strftime("%Y%m%d-%H%M%S") == backup.stem
    text = weltoffen("backups", demo_path)
    assert f"bytes  {backup}" in text.stdout

    rename(demo_path, "Später")
    restored = weltoffen("restore", backup, "--to", demo_path)
    assert restored.returncode == 0, restored.stderr
    assert municipality(demo_path) == "Musterstadt"
    [aside] = tmp_path.glob("Musterstadt.before-restore-*.weltoffen")
    assert municipality(aside) == "Später"
    assert str(aside) in restored.stdout


@pytest.mark.e2e
def test_cli_backup_out_and_its_refusals(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.weltoffen"
    assert weltoffen("backup", demo_path, "--out", out).stdout.strip() == str(out)
    assert dump(out) == dump(demo_path)
    assert_user_error(weltoffen("backup", demo_path, "--out", out), "exists already")
    assert weltoffen("backup", demo_path, "--out", out, "--force").returncode == 0

    out.write_bytes(bytes(out.stat().st_size))
    before = demo_path.read_bytes()
    assert_user_error(weltoffen("restore", out, "--to", demo_path), "damaged")
    assert demo_path.read_bytes() == before


# --- automatic backups in the GUI --------------------------------------------------------------


@pytest.mark.gui
def test_session_backs_up_on_open_and_then_at_most_every_ten_minutes(
    qapp: object, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weltoffen_desktop.gui import workspace_session
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession

    data = tmp_path / "data"
    folder = backup_folder(data, demo_path)
    session = WorkspaceSession(backups_dir=data)
    assert session.open(demo_path)
    ws = session.workspace
    assert ws is not None
    [first] = list_backups(folder)
    assert municipality(first.path) == "Musterstadt"

    assert session.run(lambda: set_municipality_name(ws, "Zwischenstand"))
    assert list_backups(folder) == [first]
    assert municipality(first.path) == "Musterstadt"

    later = time.monotonic() + workspace_session.BACKUP_INTERVAL
    monkeypatch.setattr(workspace_session, "time", SimpleNamespace(monotonic=lambda: later))
    assert session.run(lambda: set_municipality_name(ws, "Endstand"))
    assert municipality(list_backups(folder)[0].path) == "Endstand"
    session.close()


@pytest.mark.gui
def test_the_rebuildable_demo_is_not_backed_up(qapp: object, tmp_path: Path) -> None:
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession

    data = tmp_path / "data"
    session = WorkspaceSession(backups_dir=data)
    assert session.create_demo(tmp_path / "demo.weltoffen")
    session.close()
    assert not (data / "backups").exists()


@pytest.mark.gui
def test_session_without_backups_dir_makes_none(qapp: object, demo_path: Path) -> None:
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession

    session = WorkspaceSession()
    assert session.open(demo_path)
    session.close()
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]


@pytest.mark.gui
def test_failed_backup_is_shown_once_and_saving_goes_on(
    qapp: object, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weltoffen_desktop.gui import workspace_session
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession

    blocked = tmp_path / "data"
    blocked.write_text("a file where the backups folder should be", encoding="utf-8")
    session = WorkspaceSession(backups_dir=blocked)
    messages: list[str] = []
    saves: list[None] = []
    session.failed.connect(messages.append)
    session.saved.connect(lambda: saves.append(None))

    assert session.open(demo_path)
    ws = session.workspace
    assert ws is not None
    later = time.monotonic() + workspace_session.BACKUP_INTERVAL
    monkeypatch.setattr(workspace_session, "time", SimpleNamespace(monotonic=lambda: later))
    assert session.run(lambda: set_municipality_name(ws, "Trotzdem gespeichert"))
    session.close()

    assert len(messages) == 1
    assert "automatische Sicherung" in messages[0]
    assert len(saves) == 1
    assert municipality(demo_path) == "Trotzdem gespeichert"
