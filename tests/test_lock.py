"""One writer per workspace: the lock file, other openers, crashed and silent holders."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.test_cli import assert_user_error, weltoffen
from weltoffen_desktop import __version__
from weltoffen_desktop.operations.demo import create_demo
from weltoffen_desktop.operations.summary import summarize
from weltoffen_desktop.operations.workspace import create_workspace, set_municipality_name
from weltoffen_desktop.storage.backup import make_backup, restore
from weltoffen_desktop.storage.database import Problem, Workspace, WorkspaceError
from weltoffen_desktop.storage.lock import STALE_SECONDS, WorkspaceLock, lock_path, read_lock

REPO_ROOT = Path(__file__).resolve().parents[1]
_HOLDER_CODE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from weltoffen_desktop.storage.database import Workspace\n"
    "ws = Workspace.open(Path(sys.argv[1]))\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
    "ws.close()\n"
)


@contextlib.contextmanager
def held_by_another_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process that has ``path`` open until the block ends (or it is killed)."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER_CODE, str(path)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        assert process.stdout.readline() == "open\n"
        yield process
    finally:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()  # the holder closes the workspace and ends
        process.wait(timeout=60)
        process.stdout.close()


def write_foreign_lock(path: Path, *, silent_for: timedelta, host: str = "laptop-anna") -> Path:
    """The lock another computer left, last refreshed ``silent_for`` ago."""
    then = datetime.now(UTC) - silent_for
    lock = lock_path(path)
    lock.write_text(
        json.dumps(
            {
                "format": 1,
                "user": "anna",
                "host": host,
                "machine": "another-computer",
                "pid": 4242,
                "app_version": "0.1.0",
                "opened_at": (then - timedelta(hours=1)).isoformat(),
                "heartbeat": then.isoformat(),
                "token": "theirs",
            }
        ),
        encoding="utf-8",
    )
    os.utime(lock, (then.timestamp(), then.timestamp()))
    return lock


def refusal(path: Path, **kwargs: bool) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(path, **kwargs)
    return refused.value


SILENT = timedelta(seconds=STALE_SECONDS + 60)


# --- in one process ---------------------------------------------------------------------------


def test_the_lock_file_says_who_has_it_open_and_goes_on_close(demo_path: Path) -> None:
    ws = Workspace.open(demo_path)
    lock = lock_path(demo_path)
    assert lock.name == "Musterstadt.weltoffen.lock"
    fields = json.loads(lock.read_text(encoding="utf-8"))
    assert fields["host"] == socket.gethostname()
    assert fields["pid"] == os.getpid()
    assert fields["app_version"] == __version__
    assert fields["user"]
    opened = datetime.fromisoformat(fields["opened_at"])
    assert abs(datetime.now(UTC) - opened) < timedelta(minutes=1)
    assert fields["heartbeat"] == fields["opened_at"]
    ws.close()
    assert not lock.exists()
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["Musterstadt.weltoffen"]


def test_a_second_open_in_the_same_process_is_refused(demo_path: Path) -> None:
    first = Workspace.open(demo_path)
    try:
        refused = refusal(demo_path, take_over=True)
        assert refused.problem is Problem.LOCKED
        assert refused.holder is not None and refused.holder.pid == os.getpid()
        assert f"is open by {refused.holder.user} on {socket.gethostname()} since" in str(refused)
        set_municipality_name(first, "Weiter")  # the holder goes on undisturbed
    finally:
        first.close()
    second = Workspace.open(demo_path)
    assert summarize(second).municipality == "Weiter"
    second.close()


def test_the_heartbeat_is_refreshed_while_open(tmp_path: Path) -> None:
    workspace = tmp_path / "a.weltoffen"
    lock = WorkspaceLock.acquire(workspace, heartbeat_seconds=0.05)
    try:
        first = lock.info.heartbeat
        deadline = time.monotonic() + 30
        while (found := read_lock(lock.path)) is not None and found.heartbeat == first:
            assert time.monotonic() < deadline, "no heartbeat"
            time.sleep(0.02)
        assert found is not None and found.heartbeat > first
        assert found.opened_at == lock.info.opened_at and found.token == lock.info.token
    finally:
        lock.release()
    assert not lock.path.exists()


def test_a_holder_whose_lock_was_taken_over_stops_writing(demo_path: Path) -> None:
    ws = Workspace.open(demo_path)
    try:
        # Say this laptop slept; another computer found the lock silent and took over.
        lock = write_foreign_lock(demo_path, silent_for=timedelta(0))
        foreign = lock.read_bytes()
        assert ws.lock is not None
        with pytest.raises(WorkspaceError) as lost:
            ws.lock.beat()
        assert lost.value.problem is Problem.LOCK_LOST
        assert "Another opener (anna on laptop-anna) took over" in str(lost.value)
        with pytest.raises(WorkspaceError) as refused:
            set_municipality_name(ws, "Nicht gespeichert")
        assert refused.value.problem is Problem.LOCK_LOST
    finally:
        ws.close()
    assert lock.read_bytes() == foreign, "closing must not remove the new holder's lock"
    lock.unlink()
    with contextlib.closing(sqlite3.connect(demo_path)) as conn:
        assert conn.execute("SELECT name FROM municipality").fetchone() == ("Musterstadt",)


def test_an_overdue_holder_checks_its_lock_before_writing(tmp_path: Path) -> None:
    lock = WorkspaceLock.acquire(tmp_path / "a.weltoffen", heartbeat_seconds=3600)
    try:
        lock.ensure_held()  # fresh: no need to look
        write_foreign_lock(tmp_path / "a.weltoffen", silent_for=timedelta(0))
        lock.ensure_held()  # still believed fresh: the next heartbeat will notice
        lock._last_beat -= 7300  # as after two hours of sleep
        with pytest.raises(WorkspaceError) as lost:
            lock.ensure_held()
        assert lost.value.problem is Problem.LOCK_LOST
    finally:
        lock.release()


# --- other holders ----------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_workspace_another_process_has_open_is_refused_and_can_be_read(
    demo_path: Path,
) -> None:
    with held_by_another_process(demo_path) as holder:
        before = lock_path(demo_path).read_bytes()
        refused = refusal(demo_path)
        assert refused.problem is Problem.LOCKED
        assert refused.holder is not None and refused.holder.pid == holder.pid
        assert refused.holder.on_this_computer()
        assert lock_path(demo_path).read_bytes() == before
        with pytest.raises(WorkspaceError):
            create_workspace(demo_path, "Ersatz", overwrite=True)
        with pytest.raises(WorkspaceError):
            restore(demo_path, demo_path)
        reader = Workspace.open_for_reading(demo_path)
        try:
            assert reader.lock is None
            assert summarize(reader).municipality == "Musterstadt"
        finally:
            reader.close()
    assert not lock_path(demo_path).exists()
    Workspace.open(demo_path).close()


@pytest.mark.e2e
def test_the_lock_of_a_killed_process_is_taken_over(demo_path: Path) -> None:
    with held_by_another_process(demo_path) as holder:
        holder.kill()
        holder.wait(timeout=60)
    left = read_lock(lock_path(demo_path))
    assert left is not None and left.pid == holder.pid, "a crash leaves its lock behind"

    ws = Workspace.open(demo_path)
    try:
        mine = read_lock(lock_path(demo_path))
        assert mine is not None and mine.pid == os.getpid()
        assert summarize(ws).municipality == "Musterstadt"
    finally:
        ws.close()


def test_a_silent_lock_of_another_computer_is_taken_over_only_when_asked(
    demo_path: Path,
) -> None:
    lock = write_foreign_lock(demo_path, silent_for=SILENT)
    refused = refusal(demo_path)
    assert refused.problem is Problem.LOCK_STALE
    assert "marked as open by anna on laptop-anna" in str(refused)
    assert "no sign of life from there for 4 minutes" in str(refused)
    assert "--take-over" in str(refused)
    assert json.loads(lock.read_text(encoding="utf-8"))["token"] == "theirs"

    ws = Workspace.open(demo_path, take_over=True)
    try:
        found = read_lock(lock)
        assert found is not None and found.pid == os.getpid() and found.token != "theirs"
    finally:
        ws.close()
    assert not lock.exists()


def test_a_live_lock_of_another_computer_is_never_taken_over(demo_path: Path) -> None:
    lock = write_foreign_lock(demo_path, silent_for=timedelta(seconds=20))
    before = lock.read_bytes()
    for take_over in (False, True):
        assert refusal(demo_path, take_over=take_over).problem is Problem.LOCKED
    with pytest.raises(WorkspaceError):
        Workspace.open_for_reading(demo_path)
    with pytest.raises(WorkspaceError):  # not even read for a backup: it could disturb them
        make_backup(demo_path, demo_path.with_name("copy.weltoffen"))
    assert lock.read_bytes() == before


def test_a_wrong_clock_there_does_not_make_a_live_lock_stale(demo_path: Path) -> None:
    lock = write_foreign_lock(demo_path, silent_for=timedelta(hours=3))
    os.utime(lock)  # the file server saw it written just now
    assert refusal(demo_path, take_over=True).problem is Problem.LOCKED


def test_a_computer_of_the_same_name_is_not_this_one(demo_path: Path) -> None:
    # Same host name, a process id that does not run here: still another computer.
    write_foreign_lock(demo_path, silent_for=timedelta(seconds=5), host=socket.gethostname())
    assert refusal(demo_path).problem is Problem.LOCKED


def test_an_unreadable_lock_names_an_unknown_holder(demo_path: Path) -> None:
    lock = lock_path(demo_path)
    lock.write_bytes(b"\x00\xff garbage")
    refused = refusal(demo_path)
    assert refused.problem is Problem.LOCKED
    assert "open by ? on ?" in str(refused)
    old = time.time() - STALE_SECONDS - 60
    os.utime(lock, (old, old))
    assert refusal(demo_path).problem is Problem.LOCK_STALE
    Workspace.open(demo_path, take_over=True).close()
    assert not lock.exists()


def test_without_hard_links_the_lock_is_created_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what vfat answers

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "usb.weltoffen"
    create_demo(path).close()
    ws = Workspace.open(path)
    try:
        found = read_lock(lock_path(path))
        assert found is not None and found.pid == os.getpid() and found.token
        assert refusal(path).problem is Problem.LOCKED
    finally:
        ws.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usb.weltoffen"]


def test_creating_over_a_crashed_workspace_ignores_its_leftover_wal(demo_path: Path) -> None:
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from weltoffen_desktop.storage.database import Workspace\n"
        "from weltoffen_desktop.operations.workspace import set_municipality_name\n"
        "ws = Workspace.open(Path(sys.argv[1]))\n"
        "for i in range(20):\n"
        "    set_municipality_name(ws, f'Vorher {i}')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(demo_path)], cwd=REPO_ROOT, check=True)
    assert Path(f"{demo_path}-wal").stat().st_size > 0

    create_workspace(demo_path, "Neu", overwrite=True).close()

    with contextlib.closing(sqlite3.connect(demo_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM municipality").fetchall() == [("Neu",)]


# --- the command line -------------------------------------------------------------------------


@pytest.mark.e2e
def test_commands_refuse_a_workspace_open_elsewhere_and_read_it_from_here(
    demo_path: Path,
) -> None:
    with held_by_another_process(demo_path):
        result = weltoffen(
            "consensus", demo_path, "--round", "Selbstcheck 2026", "--field", "MS", "--stage", "2"
        )
        assert_user_error(result, f"The workspace is open by {getpass.getuser()} on ")
        assert f"on {socket.gethostname()} since" in result.stderr
        info = weltoffen("info", demo_path, "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["municipality"] == "Musterstadt"


@pytest.mark.e2e
def test_commands_take_over_a_silent_lock_only_when_told(demo_path: Path) -> None:
    write_foreign_lock(demo_path, silent_for=SILENT)
    assert_user_error(weltoffen("info", demo_path), "repeat with --take-over")
    taken = weltoffen("info", demo_path, "--take-over")
    assert taken.returncode == 0, taken.stderr
    assert "Municipality: Musterstadt" in taken.stdout
    assert not lock_path(demo_path).exists()
