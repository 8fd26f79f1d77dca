"""The File menu's data safety in the window: a locked workspace, restoring a backup,
encrypted copies. Each modal dialog is answered as a user would, and grabbed."""

from __future__ import annotations

import contextlib
import getpass
import socket
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from tests.test_lock import SILENT, held_by_another_process, write_foreign_lock
from weltoffen_desktop.fileformats.encrypted import MAGIC
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.passphrase_dialog import PassphraseDialog
from weltoffen_desktop.gui.restore_dialog import RestoreDialog
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.operations.summary import summarize
from weltoffen_desktop.operations.workspace import set_municipality_name
from weltoffen_desktop.paths import AppDirs
from weltoffen_desktop.storage.backup import backup_now
from weltoffen_desktop.storage.database import Workspace, WorkspaceError
from weltoffen_desktop.storage.lock import lock_path, read_lock

pytestmark = pytest.mark.gui

PASSPHRASE = "Kaffee am Marktplatz 2026"


@dataclass
class Answers:
    """Answers modal dialogs in turn: each step waits for a dialog of its type."""

    steps: list[tuple[type[QWidget], Callable[[QWidget], None]]]
    error: BaseException | None = None

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(20)

    def _answer(self) -> None:
        if not self.steps:
            return
        kind, act = self.steps[0]
        # Any visible dialog of the awaited kind: the active modal widget can for a moment
        # be another (a closing progress dialog) and must not stall the answers.
        # Marked on the C++ object: a new dialog may get an answered one's address.
        waiting = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and w.isVisible() and not w.property("answered")
        ]
        if not waiting:
            return
        widget = waiting[0]
        self.steps.pop(0)
        widget.setProperty("answered", True)
        try:
            act(widget)
        except BaseException as exc:  # reported by done(); the dialog must not hang
            self.error = exc
            self.steps.clear()
            widget.close()

    def done(self) -> None:
        self.timer.stop()
        if self.error is not None:
            raise self.error
        assert not self.steps, f"dialogs that never came: {[k.__name__ for k, _ in self.steps]}"


@contextlib.contextmanager
def answering(*steps: tuple[type[QWidget], Callable[[QWidget], None]]) -> Iterator[Answers]:
    answers = Answers(list(steps))
    try:
        yield answers
    finally:
        answers.done()


def click(
    button: QMessageBox.StandardButton, texts: list[str] | None = None, shot: Path | None = None
) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        if texts is not None:
            texts.append(box.text())
        if shot is not None:
            assert box.grab().save(str(shot))
        box.button(button).click()

    return act


def choose_file(path: Path) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        # Typed, as a user would: selectFile() of an existing file depends on the
        # dialog's file list, which loads in the background and may not be there yet.
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    return act


def enter_passphrase(
    passphrase: str, *, shot: Path | None = None, intro: list[str] | None = None
) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        if intro is not None:
            intro.append(dialog.ui.intro.text())
        QTest.keyClicks(dialog.ui.passphrase, passphrase)
        if dialog.new:
            QTest.keyClicks(dialog.ui.repeat, passphrase)
        if shot is not None:
            assert dialog.grab().save(str(shot))
        dialog.ok_button.click()

    return act


@pytest.fixture(autouse=True)
def german(qapp: QApplication) -> None:
    install_language(qapp, "de")


@pytest.fixture
def window(qtbot, base_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window with its message boxes (``dialogs=True``), answered by ``answering``."""
    dirs = AppDirs.below(base_dir).ensure()
    window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=True)
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    return window


def municipality(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT name FROM municipality").fetchone()[0])


# --- one writer --------------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_workspace_open_elsewhere_says_who_where_and_since_when(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    texts: list[str] = []
    shot = tmp_path / "locked.png"
    with held_by_another_process(demo_path):
        with answering((QMessageBox, click(QMessageBox.StandardButton.Ok, texts, shot))):
            assert not window.open_path(demo_path)
        holder = read_lock(lock_path(demo_path))
    assert holder is not None
    since = holder.opened_at.astimezone()
    assert texts == [
        f"Der Arbeitsbereich ist geöffnet von {getpass.getuser()} auf diesem Computer "
        f"({socket.gethostname()}) seit {since:%d.%m.%Y, %H:%M} Uhr:\n{demo_path}\n\n"
        "Sie können ihn bearbeiten, sobald er dort geschlossen ist."
    ]
    assert window.session.workspace is None
    assert shot.stat().st_size > 0


def test_a_silent_lock_is_taken_over_only_when_the_user_agrees(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    lock = write_foreign_lock(demo_path, silent_for=SILENT)
    foreign = lock.read_bytes()
    texts: list[str] = []
    with answering((QMessageBox, click(QMessageBox.StandardButton.Cancel, texts))):
        assert not window.open_path(demo_path)
    assert lock.read_bytes() == foreign
    assert "noch als geöffnet markiert von anna auf laptop-anna" in texts[0]
    assert "seit 4 Minuten kein Lebenszeichen" in texts[0]

    with answering(
        (QMessageBox, click(QMessageBox.StandardButton.Yes, shot=tmp_path / "stale.png"))
    ):
        assert window.open_path(demo_path)
    mine = read_lock(lock)
    assert mine is not None and mine.on_this_computer() and mine.token != "theirs"


def test_a_workspace_taken_over_while_open_here_saves_nothing_more_and_closes(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    demo_path: Path,
) -> None:
    assert window.open_path(demo_path)
    ws = window.session.workspace
    assert ws is not None and ws.lock is not None
    write_foreign_lock(demo_path, silent_for=timedelta(0))  # as if this laptop had slept
    with pytest.raises(WorkspaceError):
        ws.lock.beat()  # what the heartbeat finds
    texts: list[str] = []
    with answering((QMessageBox, click(QMessageBox.StandardButton.Ok, texts))):
        assert not window.session.run(lambda: set_municipality_name(ws, "Zu spät"))
    assert "wurde von anna auf laptop-anna übernommen" in texts[0]
    qtbot.waitUntil(lambda: window.session.workspace is None)
    assert municipality(demo_path) == "Musterstadt"
    assert read_lock(lock_path(demo_path)).token == "theirs"  # type: ignore[union-attr]


# --- restoring a backup ------------------------------------------------------------------------


def test_a_backup_is_chosen_by_keyboard_restored_and_the_workspace_reopened(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    data = window.dirs.data
    for hour, name in ((9, "Erster Stand"), (10, "Zweiter Stand"), (11, "Dritter Stand")):
        ws = Workspace.open(demo_path)
        set_municipality_name(ws, name)
        ws.close()
        backup_now(demo_path, data, now=datetime(2026, 1, 10, hour, 0, 0))
    ws = Workspace.open(demo_path)
    set_municipality_name(ws, "Heute")
    ws.close()
    assert window.open_path(demo_path)  # and a backup of "Heute" is made

    rows: list[list[str]] = []

    def choose_second_oldest(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        tree = dialog.ui.backups
        rows.extend(
            [tree.topLevelItem(r).text(c) for c in range(3)]
            for r in range(tree.topLevelItemCount())
        )
        assert dialog.focusWidget() is tree  # the list takes the keys first
        for _ in range(2):
            QTest.keyClick(tree, Qt.Key.Key_Down)
        assert dialog.grab().save(str(tmp_path / "restore.png"))
        QTest.keyClick(tree, Qt.Key.Key_Return)

    texts: list[str] = []
    with answering(
        (RestoreDialog, choose_second_oldest),
        (QMessageBox, click(QMessageBox.StandardButton.Yes, texts, tmp_path / "confirm.png")),
    ):
        window.ui.actionRestoreBackup.trigger()

    assert [row[1] for row in rows[1:]] == ["11:00:00", "10:00:00", "09:00:00"]
    assert rows[1][0] == rows[2][0] == "Samstag, 10. Januar 2026"
    assert all(row[2].endswith((" kB", " MB")) for row in rows)
    assert "auf den Stand der Sicherung vom 10.01.2026, 10:00:00 Uhr" in texts[0]
    assert "Musterstadt.before-restore-" in texts[0]

    ws = window.session.workspace
    assert ws is not None and ws.path == demo_path
    assert summarize(ws).municipality == "Zweiter Stand"
    assert municipality(demo_path) == "Zweiter Stand"
    (kept,) = demo_path.parent.glob("Musterstadt.before-restore-*.weltoffen")
    assert municipality(kept) == "Heute"
    assert "wiederhergestellt" in window.statusBar().currentMessage()


def test_without_backups_nothing_can_be_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = RestoreDialog(tmp_path / "Neu.weltoffen", tmp_path / "backups", [], parent)
    assert "noch keine Sicherungen" in dialog.ui.intro.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.chosen() is None


# --- encrypted copies --------------------------------------------------------------------------


def test_a_new_passphrase_must_be_long_enough_and_typed_twice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PassphraseDialog(parent, "Musterstadt.weltoffen", new=True)
    dialog.show()
    ui = dialog.ui
    assert not dialog.ok_button.isEnabled()
    assert ui.passphrase.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClicks(ui.passphrase, "Kaffee")
    assert ui.status.text() == "Zu kurz: 6 von mindestens 12 Zeichen."
    QTest.keyClicks(ui.passphrase, " am Markt")
    QTest.keyClicks(ui.repeat, "Kaffee am Mark")
    assert ui.status.text() == "Bitte wiederholen Sie die Passphrase genau gleich."
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(ui.repeat, "t")
    assert ui.status.text() == "Die Passphrase ist lang genug und stimmt überein."
    assert dialog.ok_button.isEnabled()
    assert "Mindestens 12 Zeichen" in ui.intro.text()
    assert dialog.grab().save(str(tmp_path / "passphrase.png"))
    ui.show.setChecked(True)
    assert ui.repeat.echoMode() == QLineEdit.EchoMode.Normal


def test_an_encrypted_copy_is_written_and_opened_from_the_menu(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    assert window.open_path(demo_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    sealed = stick / "Musterstadt.weltoffen-enc"
    with answering(
        (QFileDialog, choose_file(sealed)),
        (PassphraseDialog, enter_passphrase(PASSPHRASE, shot=tmp_path / "export.png")),
    ):
        window.ui.actionExportEncrypted.trigger()
    assert sealed.read_bytes().startswith(MAGIC)
    assert sorted(p.name for p in stick.iterdir()) == [sealed.name]
    assert "Verschlüsselte Kopie gespeichert" in window.statusBar().currentMessage()

    window.session.close()
    home = tmp_path / "home"
    home.mkdir()
    out = home / "Zuhause.weltoffen"
    intros: list[str] = []
    with answering(
        (QFileDialog, choose_file(sealed)),
        (QFileDialog, choose_file(out)),
        (PassphraseDialog, enter_passphrase("Kaffee am Marktplatz 2025", intro=intros)),
        (PassphraseDialog, enter_passphrase(PASSPHRASE, intro=intros, shot=tmp_path / "open.png")),
    ):
        window.ui.actionOpenEncrypted.trigger()
    assert "Die Passphrase passt nicht zu „Musterstadt.weltoffen-enc“" in intros[1]
    ws = window.session.workspace
    assert ws is not None and ws.path == out
    assert summarize(ws).municipality == "Musterstadt"
    assert sorted(p.name for p in home.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "Zuhause.weltoffen",
        "Zuhause.weltoffen.lock",
    ], "nothing decrypted is left elsewhere in the folder"


def test_a_damaged_copy_is_refused_and_writes_nothing(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    from weltoffen_desktop.operations.encrypted_copy import export_encrypted

    sealed = export_encrypted(demo_path, tmp_path / "x.weltoffen-enc", PASSPHRASE)
    sealed.write_bytes(sealed.read_bytes()[:-100])
    out = tmp_path / "home" / "x.weltoffen"
    out.parent.mkdir()
    texts: list[str] = []
    with answering(
        (QFileDialog, choose_file(sealed)),
        (QFileDialog, choose_file(out)),
        (PassphraseDialog, enter_passphrase(PASSPHRASE)),
        (QMessageBox, click(QMessageBox.StandardButton.Ok, texts, tmp_path / "damaged-copy.png")),
    ):
        window.ui.actionOpenEncrypted.trigger()
    assert texts == [
        "Die verschlüsselte Kopie ist beschädigt oder unvollständig (zum Beispiel nicht ganz "
        "auf den USB-Stick geschrieben). Es wurde nichts gespeichert."
    ]
    assert list(out.parent.iterdir()) == []
    assert window.session.workspace is None
