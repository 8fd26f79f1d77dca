"""Screenshots of every page of the main window on the demo workspace, of every view of
the Workshop page, of every chart on the Auswertung page and of every slide of the
presentation.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python build_scripts/screenshots.py OUT_DIR
    … screenshots.py OUT_DIR --size 1920x1080 --font-size 14   # a projector

Writes OUT_DIR/<language>-<page>.png, <language>-workshop-<number>.png,
<language>-chart-<kind>.png and <language>-slide-<number>.png for German and English;
with --readme it also refreshes the pictures in the README.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from weltoffen_desktop.gui.chart_view import ChartView
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.pages.evaluation import EvaluationPage
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.style import apply_style
from weltoffen_desktop.gui.workshop.page import WorkshopPage
from weltoffen_desktop.paths import AppDirs

ROOT = Path(__file__).resolve().parent.parent
README_PICTURE = ROOT / "resources" / "screenshots" / "main-window.png"
README_CHARTS = ROOT / "resources" / "screenshots" / "evaluation-charts.png"
README_SLIDE = ROOT / "resources" / "screenshots" / "presentation.png"
CHART_WAIT_MS = 60_000


def wait_for_chart(view: ChartView) -> None:
    """Until ``view`` shows the chart asked for (charts are drawn in the background)."""
    if view.is_current():
        return
    loop = QEventLoop()
    view.shown.connect(loop.quit)
    QTimer.singleShot(CHART_WAIT_MS, loop.quit)
    loop.exec()
    view.shown.disconnect(loop.quit)


def charts_and_slides(app: QApplication, window: MainWindow, out: Path, language: str) -> None:
    """Every chart kind on the Auswertung page (compared with the first round), then every
    slide of the presentation."""
    page = next(p for p in window.pages if isinstance(p, EvaluationPage))
    window.ui.navigation.setCurrentRow(window.pages.index(page))
    page.ui.compareCombo.setCurrentIndex(1)
    page.ui.views.setCurrentWidget(page.ui.chartTab)
    for kind, button in page.kind_buttons.items():
        button.click()
        wait_for_chart(page.chart)
        window.grab().save(str(out / f"{language}-chart-{kind}.png"))
    page.toggle_presentation()
    presentation = page.presentation
    assert presentation is not None
    for number, slide in enumerate(presentation.slides, start=1):
        presentation.go_to(number - 1)
        if slide.kind == "chart":
            wait_for_chart(presentation.chart)
        app.processEvents()
        presentation.grab().save(str(out / f"{language}-slide-{number:02d}.png"))
    presentation.close()
    page.ui.views.setCurrentWidget(page.ui.tableTab)
    page.ui.compareCombo.setCurrentIndex(0)


def workshop_views(app: QApplication, window: MainWindow, out: Path, language: str) -> None:
    """Each tab of the Workshop page, numbered as its Alt+digit shortcut."""
    row, page = next((r, p) for r, p in enumerate(window.pages) if isinstance(p, WorkshopPage))
    window.ui.navigation.setCurrentRow(row)
    for index in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(index)
        app.processEvents()
        window.grab().save(str(out / f"{language}-workshop-{index + 1}.png"))
    page.ui.tabs.setCurrentIndex(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--font-size", type=float, help="the interface font in points")
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args()
    width, height = map(int, args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_style(app)
    if args.font_size:
        font = app.font()
        font.setPointSizeF(args.font_size)
        app.setFont(font)
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
            workshop_views(app, window, args.out, language)
            charts_and_slides(app, window, args.out, language)
        window.ui.navigation.setCurrentRow(0)
        install_language(app, "de")
        app.processEvents()
        if args.readme:
            README_PICTURE.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(README_PICTURE))
            shutil.copyfile(args.out / "de-chart-radar.png", README_CHARTS)
            shutil.copyfile(args.out / "de-slide-09.png", README_SLIDE)
        window.close()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
