"""Einstellungen: interface language and the application's folders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from weltoffen_desktop.gui.generated.ui_settings_page import Ui_SettingsPage
from weltoffen_desktop.gui.i18n import LANGUAGES, install_language
from weltoffen_desktop.gui.pages.base import Page

if TYPE_CHECKING:
    from weltoffen_desktop.gui.settings import Settings
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.paths import AppDirs


class SettingsPage(Page):
    page_id = "settings"
    needs_workspace = False

    def __init__(self, session: WorkspaceSession, settings: Settings, dirs: AppDirs) -> None:
        super().__init__(session)
        self.settings = settings
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.title.setProperty("role", "pageTitle")
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(settings.language))
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.logFolder.setText(str(dirs.logs))
        self.ui.configFolder.setText(str(dirs.config))

    def title(self) -> str:
        return self.tr("Einstellungen")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def _language_chosen(self) -> None:
        language = self.ui.languageCombo.currentData()
        self.settings.language = language
        install_language(QApplication.instance(), language)
