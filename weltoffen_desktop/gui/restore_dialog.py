"""Choosing one of a workspace's automatic backups to restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from weltoffen_desktop.gui.generated.ui_restore_dialog import Ui_RestoreDialog

if TYPE_CHECKING:
    from pathlib import Path

    from weltoffen_desktop.operations.backups import BackupInfo


class RestoreDialog(QDialog):
    """The backups, newest first and chosen; Enter or a double click takes the chosen one."""

    def __init__(
        self, workspace: Path, folder: Path, backups: list[BackupInfo], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Wiederherstellen …"))
        locale = QLocale()
        if backups:
            self.ui.intro.setText(
                self.tr(
                    "Wählen Sie den Stand von „{name}“, zu dem Sie zurückkehren möchten. "
                    "Der jetzige Stand wird dabei nicht gelöscht, sondern neben der Datei "
                    "aufbewahrt."
                ).format(name=workspace.name)
            )
        else:
            self.ui.intro.setText(
                self.tr("Für „{name}“ gibt es noch keine Sicherungen.").format(name=workspace.name)
            )
        self.ui.folder.setText(self.tr("Ordner der Sicherungen: {folder}").format(folder=folder))
        for info in backups:
            size = locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            item = QTreeWidgetItem(
                self.ui.backups,
                [
                    locale.toString(info.created.date(), QLocale.FormatType.LongFormat),
                    locale.toString(info.created.time(), "HH:mm:ss"),
                    size,
                ],
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.ui.backups.columnCount()):
            self.ui.backups.resizeColumnToContents(column)
        if backups:
            self.ui.backups.setCurrentItem(self.ui.backups.topLevelItem(0))
        self.ok_button.setEnabled(bool(backups))
        self.ui.backups.setFocus()
        self.ui.backups.itemDoubleClicked.connect(self.accept)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def chosen(self) -> BackupInfo | None:
        row = self.ui.backups.indexOfTopLevelItem(self.ui.backups.currentItem())
        return self.backups[row] if 0 <= row < len(self.backups) else None
