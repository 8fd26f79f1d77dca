"""Pages whose features arrive with later versions; each says what it will hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from weltoffen_desktop.gui.generated.ui_placeholder_page import Ui_PlaceholderPage
from weltoffen_desktop.gui.pages.base import Page

if TYPE_CHECKING:
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession


class PlaceholderPage(Page):
    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__(session)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.ui.title.setProperty("role", "pageTitle")
        self.retranslate()

    def description(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.title.setText(self.title())
        self.ui.description.setText(self.description())


class MinutesPage(PlaceholderPage):
    page_id = "minutes"

    def title(self) -> str:
        return self.tr("Protokoll")

    def description(self) -> str:
        return self.tr(
            "Hier erstellen Sie das Protokoll als PDF, unterschreiben es digital und "
            "prüfen Unterschriften."
        )
