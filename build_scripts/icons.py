"""Render the application icon (resources/icons/weltoffen-desktop.svg) for installers.

    python build_scripts/icons.py OUT_DIR

writes PNGs for the freedesktop icon theme (16 to 512 px), a Windows .ico and a
macOS .icns. The SVG is the only source; these files are build output.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bundle_contents import ROOT

from weltoffen_desktop import APP_ID

SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icons(out_dir: Path) -> dict[str, Path]:
    """PNG files named "<size>.png", "<APP_ID>.ico" and "<APP_ID>.icns" in ``out_dir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {SOURCE}")
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        files[f"{size}.png"] = out_dir / f"{size}.png"
        if not image.save(str(files[f"{size}.png"])):
            raise SystemExit(f"icons: cannot write {files[f'{size}.png']}")
    largest = Image.open(files[f"{PNG_SIZES[-1]}.png"])
    files["ico"] = out_dir / f"{APP_ID}.ico"
    largest.save(files["ico"], sizes=[(size, size) for size in ICO_SIZES])
    files["icns"] = out_dir / f"{APP_ID}.icns"
    largest.save(files["icns"])
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    for path in render_icons(parser.parse_args().out_dir).values():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
