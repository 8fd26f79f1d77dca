"""Screenshots of every page of the main window on the demo workspace.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python build_scripts/screenshots.py OUT_DIR

Writes OUT_DIR/<language>-<page>.png for German and English; with --readme
it also refreshes the picture in the README.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.style import apply_style
from weltoffen_desktop.paths import AppDirs

ROOT = Path(__file__).resolve().parent.parent
README_PICTURE = ROOT / "resources" / "screenshots" / "main-window.png"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args()
    width, height = map(int, args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_style(app)
    with tempfile.TemporaryDirectory() as base:
        dirs = AppDirs.below(Path(base)).ensure()
        window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=False)
        window.resize(width, height)
        window.show()
        window.build_pages()
        for language in ("de", "en"):
            install_language(app, language)
            window.session.close()
            app.processEvents()
            window.grab().save(str(args.out / f"{language}-welcome.png"))
            window.open_demo()
            for row, page in enumerate(window.pages):
                window.ui.navigation.setCurrentRow(row)
                app.processEvents()
                window.grab().save(str(args.out / f"{language}-{page.page_id}.png"))
        window.ui.navigation.setCurrentRow(0)
        install_language(app, "de")
        app.processEvents()
        if args.readme:
            README_PICTURE.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(README_PICTURE))
        window.close()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
