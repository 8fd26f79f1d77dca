"""A damaged workspace: the user is told, and offered the newest backup; nothing is lost."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.operations.backups import backup_now
from weltoffen_desktop.operations.summary import summarize
from weltoffen_desktop.paths import AppDirs

pytestmark = pytest.mark.gui


def answering(replies: list[QMessageBox.StandardButton], seen: list[str]) -> QTimer:
    """Answer each message box that comes up with the next reply, noting its text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and replies:
            seen.append(box.text())
            box.button(replies.pop(0)).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    return timer


@pytest.fixture
def window(qtbot, base_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    dirs = AppDirs.below(base_dir).ensure()
    window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=True)
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    return window


def damage(path: Path) -> bytes:
    broken = b"\x00" * path.stat().st_size
    path.write_bytes(broken)
    return broken


def test_the_newest_backup_is_restored_and_the_damaged_file_kept(
    window: MainWindow, demo_path: Path
) -> None:
    backup_now(demo_path, window.dirs.data)
    broken = damage(demo_path)
    seen: list[str] = []
    timer = answering([QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes], seen)
    assert window.open_path(demo_path)
    timer.stop()
    assert "beschädigt" in seen[0]
    assert "automatische Sicherung vom" in seen[1]
    ws = window.session.workspace
    assert ws is not None and summarize(ws).municipality == "Musterstadt"
    (kept,) = demo_path.parent.glob("Musterstadt.before-restore-*.weltoffen")
    assert kept.read_bytes() == broken


def test_declining_leaves_everything_as_it_was(window: MainWindow, demo_path: Path) -> None:
    backup_now(demo_path, window.dirs.data)
    broken = damage(demo_path)
    seen: list[str] = []
    timer = answering([QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No], seen)
    assert not window.open_path(demo_path)
    timer.stop()
    assert len(seen) == 2
    assert demo_path.read_bytes() == broken
    assert window.session.workspace is None
    assert not list(demo_path.parent.glob("*.before-restore-*"))


def test_without_a_backup_there_is_only_the_message(window: MainWindow, demo_path: Path) -> None:
    damage(demo_path)
    seen: list[str] = []
    timer = answering([QMessageBox.StandardButton.Ok], seen)
    assert not window.open_path(demo_path)
    timer.stop()
    assert len(seen) == 1 and "beschädigt" in seen[0]


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:8192])


def zeroed(path: Path) -> None:
    damage(path)


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def newer_schema(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
        conn.commit()


def foreign_sqlite(path: Path) -> None:
    path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (text)")
        conn.commit()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (truncated, "Der Arbeitsbereich ist beschädigt und kann nicht geöffnet werden:"),
        (zeroed, "Der Arbeitsbereich ist beschädigt und kann nicht geöffnet werden:"),
        (random_bytes, "Der Arbeitsbereich ist beschädigt und kann nicht geöffnet werden:"),
        (newer_schema, "mit einer neueren Version von Weltoffen Desktop gespeichert:"),
        (foreign_sqlite, "Diese Datei ist kein Weltoffen-Arbeitsbereich:"),
    ],
    ids=["truncated", "zeroed", "random", "newer-schema", "foreign-sqlite"],
)
def test_every_damaged_or_foreign_file_has_its_message(
    window: MainWindow, demo_path: Path, spoil: Callable[[Path], None], message: str
) -> None:
    spoil(demo_path)
    before = demo_path.read_bytes()
    seen: list[str] = []
    timer = answering([QMessageBox.StandardButton.Ok], seen)
    assert not window.open_path(demo_path)
    timer.stop()
    assert len(seen) == 1 and message in seen[0] and str(demo_path) in seen[0]
    assert demo_path.read_bytes() == before
    assert window.session.workspace is None
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]
