"""The workspace file on disk: creation, settings, and files that must be refused."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage import schema
from weltoffen_desktop.storage.database import Problem, Workspace, WorkspaceError


def _sql(path: Path, query: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


def test_new_workspace_is_a_wal_sqlite_file_with_our_id_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "Kommune.weltoffen"
    create_workspace(path, "Kommune").close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _sql(path, "PRAGMA journal_mode") == [("wal",)]
    assert _sql(path, "PRAGMA application_id") == [(0x57454C54,)]
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(schema.HEAD,)]
    assert _sql(path, "SELECT name FROM municipality") == [("Kommune",)]
    assert not list(tmp_path.glob(".Kommune.weltoffen.*")), "temporary build file left behind"


def test_connections_enforce_foreign_keys_and_full_sync(demo_workspace: Workspace) -> None:
    with demo_workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        with pytest.raises(Exception, match="FOREIGN KEY"):
            conn.exec_driver_sql(
                "INSERT INTO respondent (uid, round_id, code, department, role) "
                "VALUES ('x', 9999, 'A', '', '')"
            )


def test_create_refuses_to_replace_an_existing_file_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "a.weltoffen"
    path.write_bytes(b"precious")
    with pytest.raises(WorkspaceError) as info:
        create_workspace(path, "A")
    assert info.value.problem is Problem.EXISTS
    assert path.read_bytes() == b"precious"
    create_workspace(path, "A", overwrite=True).close()
    assert _sql(path, "SELECT name FROM municipality") == [("A",)]


def _refused(path: Path) -> Problem:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path)
    if before is not None:
        assert path.read_bytes() == before, "a refused file must stay unchanged"
        assert not Path(f"{path}-wal").exists()
    return info.value.problem


def test_missing_file(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nowhere.weltoffen") is Problem.NOT_FOUND
    assert not (tmp_path / "nowhere.weltoffen").exists()


def test_folder_and_text_file_are_not_workspaces(tmp_path: Path) -> None:
    assert _refused(tmp_path) is Problem.NOT_A_WORKSPACE
    text = tmp_path / "notes.txt"
    text.write_text("Protokoll vom Montag\n" * 20)
    assert _refused(text) is Problem.NOT_A_WORKSPACE


@pytest.mark.parametrize(
    "content",
    [b"\x00" * 8192, os.urandom(8192), b"SQLite format 3\x00"],
    ids=["zeroed", "random", "truncated"],
)
def test_broken_workspace_files_are_reported_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.weltoffen"
    path.write_bytes(content)
    assert _refused(path) is Problem.DAMAGED


def test_half_a_workspace_is_damaged(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    assert _refused(demo_path) is Problem.DAMAGED


def test_other_sqlite_database_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.weltoffen"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    assert _refused(path) is Problem.NOT_A_WORKSPACE


def test_workspace_from_a_newer_version(demo_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(demo_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    assert _refused(demo_path) is Problem.NEWER_VERSION


def test_read_only_file_and_read_only_folder(demo_path: Path, read_only) -> None:  # type: ignore[no-untyped-def]
    read_only(demo_path)
    assert _refused(demo_path) is Problem.READ_ONLY


def test_read_only_folder(tmp_path: Path, demo_template: Path, read_only) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "Musterstadt.weltoffen"
    path.write_bytes(demo_template.read_bytes())
    read_only(folder)
    assert _refused(path) is Problem.READ_ONLY
    with pytest.raises(WorkspaceError) as info:
        create_workspace(folder / "new.weltoffen", "Neu")
    assert info.value.problem is Problem.READ_ONLY


def test_every_write_is_on_disk_when_the_operation_returns(demo_workspace: Workspace) -> None:
    from weltoffen_desktop.operations.workspace import set_municipality_name

    saved: list[bool] = []
    demo_workspace.on_saved(lambda: saved.append(True))
    set_municipality_name(demo_workspace, "Neustadt an der Weide")
    # A separate connection (another process would see the same) reads the new name.
    assert _sql(demo_workspace.path, "SELECT name FROM municipality") == [
        ("Neustadt an der Weide",)
    ]
    assert saved == [True]
