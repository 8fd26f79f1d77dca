"""Über Weltoffen Desktop: the version, the licence, and every shipped component's licence.

Qt is under the LGPL: the dialog says where its libraries are and how to replace them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from weltoffen_desktop import APP_NAME, __version__
from weltoffen_desktop.gui.generated.ui_about_dialog import Ui_AboutDialog
from weltoffen_desktop.licences import Component, components


def library_folders() -> dict[str, Path]:
    """Where the Qt libraries this app loads are, and PySide6's and Shiboken6's own."""
    import shiboken6

    pyside = Path(PySide6.__file__).resolve().parent
    qt = pyside / "Qt" / "lib"  # on Windows, the Qt libraries sit in PySide6's folder
    return {
        "qt": qt if qt.is_dir() else pyside,
        "pyside": pyside,
        "shiboken": Path(shiboken6.__file__).resolve().parent,
    }


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.components = components()
        folders = library_folders()
        self.ui.heading.setText(f"<h2>{APP_NAME} {__version__}</h2>")
        self.ui.summary.setText(
            self.tr(
                "Selbstcheck Weltoffene Kommune und Workshop – offline. Freie Software unter "
                "der GNU General Public License, Version 3 oder später. © {year} Weltoffen "
                "Desktop"
            ).format(year=dt.date.today().year)
        )
        self.ui.qtNotice.setText(
            self.tr(
                "Die Oberfläche nutzt Qt {qt} über PySide6 und Shiboken6; sie stehen unter der "
                "GNU Lesser General Public License, Version 3 (LGPL). Sie dürfen sie durch "
                "eigene, binärkompatible Versionen ersetzen, etwa selbst aus dem Quelltext "
                "gebaute: Die Bibliotheken liegen als einzelne Dateien in den Ordnern {qt_folder} "
                "(Qt), {pyside_folder} (PySide6) und {shiboken_folder} (Shiboken6); tauschen Sie "
                "dort die gleichnamigen Dateien aus. Den Quelltext genau dieser Versionen "
                "veröffentlicht The Qt Company unter download.qt.io und code.qt.io."
            ).format(
                qt=qVersion(),
                qt_folder=folders["qt"],
                pyside_folder=folders["pyside"],
                shiboken_folder=folders["shiboken"],
            )
        )
        for component in self.components:
            QTreeWidgetItem(
                self.ui.components,
                [component.name, component.version, component.licence or self.tr("siehe Text")],
            )
        header = self.ui.components.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.components.currentItemChanged.connect(self._show_licence)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.components.setCurrentItem(self.ui.components.topLevelItem(0))

    def _show_licence(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        component = self.components[self.ui.components.indexOfTopLevelItem(item)]
        self.ui.licenceText.setPlainText(self._licence_text(component))

    def _licence_text(self, component: Component) -> str:
        if not component.texts:
            return self.tr("Für {name} ist auf diesem System kein Lizenztext vorhanden.").format(
                name=component.name
            )
        texts = [
            path.read_text(encoding="utf-8", errors="replace").strip() for path in component.texts
        ]
        if len(texts) == 1:
            return texts[0]
        return "\n\n".join(
            f"━━ {Path(*path.parts[-2:])} ━━\n\n{text}"
            for path, text in zip(component.texts, texts, strict=True)
        )
