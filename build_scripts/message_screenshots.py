"""Screenshots of the data-safety messages and dialogs, as a user meets them.

    xvfb-run -a .venv/bin/python build_scripts/message_screenshots.py OUT_DIR [--language de|en]

Writes OUT_DIR/<language>-<case>.png: each damaged or foreign file's message
(truncated, zeroed, random bytes, newer schema, another SQLite database), the
message for a workspace open in another process, the question for a silent
lock, the restore dialog and its confirmation, the passphrase dialogs, and the
message for a damaged encrypted copy. The window is driven through its real
code paths; every dialog is grabbed when it comes up, then dismissed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.passphrase_dialog import PassphraseDialog
from weltoffen_desktop.gui.restore_dialog import RestoreDialog
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.style import apply_style
from weltoffen_desktop.operations.demo import create_demo
from weltoffen_desktop.operations.encrypted_copy import export_encrypted
from weltoffen_desktop.operations.workspace import set_municipality_name
from weltoffen_desktop.paths import AppDirs
from weltoffen_desktop.storage.backup import backup_now
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.lock import lock_path

ROOT = Path(__file__).resolve().parent.parent
_HOLD = (
    "import sys; from pathlib import Path; from weltoffen_desktop.storage.database import "
    "Workspace; ws = Workspace.open(Path(sys.argv[1])); print('open', flush=True); "
    "sys.stdin.read(); ws.close()"
)


@contextlib.contextmanager
def grabbing(out: Path, names: list[str]) -> Iterator[None]:
    """Grab each modal dialog that comes up as the next of ``names``, then dismiss it."""
    queue = list(names)

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not queue or widget is None or widget.property("grabbed") or not widget.isVisible():
            return
        widget.setProperty("grabbed", True)
        widget.grab().save(str(out / f"{queue.pop(0)}.png"))
        dismiss(widget)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    try:
        yield
    finally:
        timer.stop()
        if queue:
            raise SystemExit(f"message_screenshots: never shown: {queue}")


def dismiss(widget: QWidget) -> None:
    """Answer so the flow goes on: Yes to questions, OK to messages and the restore dialog,
    Cancel to the passphrase dialogs."""
    if isinstance(widget, QMessageBox):
        yes = widget.button(QMessageBox.StandardButton.Yes)
        (yes or widget.buttons()[0]).click()
    elif isinstance(widget, RestoreDialog):
        widget.accept()
    elif isinstance(widget, QDialog):
        widget.reject()


def broken_files(folder: Path, template: Path) -> dict[str, Path]:
    """One file per damaged or foreign case."""
    cases = {}
    truncated = folder / "truncated.weltoffen"
    truncated.write_bytes(template.read_bytes()[:8192])
    cases["damaged-truncated"] = truncated
    zeroed = folder / "zeroed.weltoffen"
    zeroed.write_bytes(b"\x00" * template.stat().st_size)
    cases["damaged-zeroed"] = zeroed
    random_bytes = folder / "random.weltoffen"
    random_bytes.write_bytes(os.urandom(template.stat().st_size))
    cases["damaged-random"] = random_bytes
    newer = folder / "newer.weltoffen"
    newer.write_bytes(template.read_bytes())
    with contextlib.closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
        conn.commit()
    cases["damaged-newer-version"] = newer
    foreign = folder / "notes.weltoffen"
    with contextlib.closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE notes (text)")
        conn.commit()
    cases["damaged-foreign-sqlite"] = foreign
    return cases


def silent_lock(workspace: Path) -> None:
    then = datetime.now(UTC) - timedelta(minutes=12)
    fields = {
        "format": 1,
        "user": "anna",
        "host": "laptop-anna",
        "machine": "another-computer",
        "pid": 4242,
        "app_version": "0.1.0",
        "opened_at": (then - timedelta(hours=2)).isoformat(),
        "heartbeat": then.isoformat(),
        "token": "theirs",
    }
    lock = lock_path(workspace)
    lock.write_text(json.dumps(fields), encoding="utf-8")
    os.utime(lock, (then.timestamp(), then.timestamp()))


def shoot(out: Path, names: list[str], action: Callable[[], object]) -> None:
    with grabbing(out, names):
        action()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=("de", "en"), default="de")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_style(app)
    install_language(app, args.language)
    prefix = f"{args.language}-"
    with tempfile.TemporaryDirectory() as base:
        folder = Path(base)
        dirs = AppDirs.below(folder / "app").ensure()
        window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=True)
        window.resize(1100, 720)
        window.show()
        window.build_pages()
        template = folder / "Musterstadt.weltoffen"
        create_demo(template).close()

        for case, path in broken_files(folder, template).items():
            shoot(out, [prefix + case], lambda p=path: window.open_path(p))

        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLD, str(template)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdin is not None
        holder.stdout.readline()
        shoot(out, [prefix + "locked"], lambda: window.open_path(template))
        holder.stdin.close()
        holder.wait()
        holder.stdout.close()

        silent_lock(template)
        shoot(out, [prefix + "lock-silent"], lambda: window.open_path(template))
        assert window.session.workspace is not None

        window.session.close()
        for hour, name in ((9, "Musterstadt (Montag)"), (16, "Musterstadt (Dienstag)")):
            ws = Workspace.open(template)
            set_municipality_name(ws, name)
            ws.close()
            backup_now(template, dirs.data, datetime.now().replace(hour=hour) - timedelta(days=1))
        window.open_path(template)
        names = [prefix + "restore-dialog", prefix + "restore-confirm"]
        shoot(out, names, window.ui.actionRestoreBackup.trigger)

        with grabbing(out, [prefix + "passphrase-new"]):
            dialog = PassphraseDialog(window, template.name, new=True)
            dialog.ui.passphrase.setText("Kaffee am Markt")
            dialog.ui.repeat.setText("Kaffee")
            dialog.exec()
        for retry, name in ((False, "passphrase-open"), (True, "passphrase-retry")):
            with grabbing(out, [prefix + name]):
                PassphraseDialog(window, "Musterstadt.weltoffen-enc", new=False, retry=retry).exec()

        sealed = export_encrypted(template, folder / "cut.weltoffen-enc", "Kaffee am Marktplatz")
        sealed.write_bytes(sealed.read_bytes()[:-100])
        window.session.close()

        def open_cut_copy() -> None:
            from weltoffen_desktop.operations.encrypted_copy import import_encrypted

            window.session.run(
                lambda: import_encrypted(sealed, folder / "cut.weltoffen", "Kaffee am Marktplatz")
            )

        shoot(out, [prefix + "encrypted-damaged"], open_cut_copy)
        window.close()
    for png in sorted(out.glob(f"{prefix}*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
