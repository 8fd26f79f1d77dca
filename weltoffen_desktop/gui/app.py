"""Entry point of `weltoffen-desktop`.

Start-up is ordered for speed: Qt and the window first, then, after the
first paint, the workspace (SQLAlchemy) and everything else.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from weltoffen_desktop import APP_ID, APP_NAME, __version__
from weltoffen_desktop.paths import AppDirs

log = logging.getLogger("weltoffen")


def _seconds_since_process_start() -> float | None:
    """Time since the OS started this process (Linux), to measure start-up honestly."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


class StartClock:
    def __init__(self) -> None:
        since_start = _seconds_since_process_start()
        self._origin = time.perf_counter() - (since_start if since_start is not None else 0.0)

    def ms(self) -> int:
        return round((time.perf_counter() - self._origin) * 1000)


def _prefetch_core() -> None:
    """Import the storage stack while Qt paints the first frame (C++ work, GIL released)."""
    import weltoffen_desktop.operations.demo
    import weltoffen_desktop.operations.summary  # noqa: F401


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="weltoffen-desktop", description=f"{APP_NAME} {__version__}"
    )
    parser.add_argument("path", nargs="?", type=Path, help="a .weltoffen workspace to open")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh demo workspace in a temporary folder"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="show every page once, print timings as JSON and exit"
    )
    parser.add_argument(
        "--base-dir",
        type=Path,
        metavar="DIR",
        help="keep settings, logs and data below DIR (tests, automation)",
    )
    parser.add_argument("--language", choices=("de", "en"), help="interface language for this run")
    parser.add_argument("--log-json", action="store_true", help="write the log as JSON lines")
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="on an unexpected error, log it and exit instead of showing a dialog",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    clock = StartClock()
    args = parse_args(argv)
    dirs = AppDirs.resolve(args.base_dir).ensure()
    from weltoffen_desktop.applog import setup_logging

    log_path = setup_logging(dirs.logs, json_lines=args.log_json)
    log.info("Starting %s %s", APP_NAME, __version__)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from weltoffen_desktop.gui.crash import install_excepthook
    from weltoffen_desktop.gui.i18n import install_language
    from weltoffen_desktop.gui.main_window import MainWindow
    from weltoffen_desktop.gui.settings import Settings
    from weltoffen_desktop.gui.style import apply_style, apply_window_icon

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland and taskbars match windows to the desktop entry
    install_excepthook(log_path, dialog=not (args.smoke or args.no_crash_dialog))
    settings = Settings(dirs.config / "settings.ini")
    install_language(app, args.language or settings.language)
    apply_style(app)

    window = MainWindow(settings, dirs, dialogs=not args.smoke)
    timings: dict[str, int] = {}
    demo_dir: Path | None = None

    def load() -> None:
        nonlocal demo_dir
        timings["first_paint_ms"] = clock.ms()
        apply_window_icon(app)
        window.build_pages()
        if args.demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="weltoffen-demo-", dir=dirs.data))
            window.session.create_demo(demo_dir / "Musterstadt-Demo.weltoffen")
        elif args.path is not None:
            window.open_path(args.path)
        timings["ready_ms"] = clock.ms()
        log.info(
            "Ready after %d ms (first paint %d ms)", timings["ready_ms"], timings["first_paint_ms"]
        )
        if args.smoke:
            from weltoffen_desktop.gui.smoke import check_licences, visit_pages

            pages, pages_ok = visit_pages(window)
            report = {
                **timings,
                "pages": pages,
                "licences": check_licences(window),
                "window_icon": not window.windowIcon().pixmap(32, 32).isNull(),
            }
            print(json.dumps(report), flush=True)
            wanted = args.demo or args.path is not None
            loaded = window.session.workspace is not None or not wanted
            app.exit(0 if pages_ok and loaded else 1)

    window.first_painted.connect(lambda: QTimer.singleShot(0, load))
    window.show()
    if args.demo or args.path is not None:
        threading.Thread(target=_prefetch_core, name="prefetch", daemon=True).start()
    try:
        return app.exec()
    finally:
        window.session.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
