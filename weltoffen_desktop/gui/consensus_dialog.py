"""The group's agreed score or stage for one field, with its required reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from weltoffen_desktop.gui.generated.ui_consensus_dialog import Ui_ConsensusDialog
from weltoffen_desktop.gui.i18n import catalogue_language

if TYPE_CHECKING:
    from weltoffen_desktop.domain.catalogue import Catalogue, Field
    from weltoffen_desktop.domain.scoring import FieldResult
    from weltoffen_desktop.operations.results import ConsensusInfo


class ConsensusDialog(QDialog):
    """OK stores the consensus; "Konsens entfernen" asks to delete an existing one."""

    REMOVE = 2  # dialog result besides Accepted (1) and Rejected (0)

    def __init__(
        self,
        catalogue: Catalogue,
        field: Field,
        computed: FieldResult,
        existing: ConsensusInfo | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsensusDialog()
        self.ui.setupUi(self)
        language = catalogue_language()
        self.setWindowTitle(self.tr("Konsens: {field}").format(field=field.name.get(language)))
        for number, name in enumerate(catalogue.stages, start=1):
            self.ui.stage.addItem(f"{number} – {name.get(language)}", number)
        locale = QLocale()
        if computed.score is None:
            self.ui.computed.setText(self.tr("Für dieses Feld gibt es noch keine Antworten."))
        else:
            self.ui.computed.setText(
                self.tr("Berechnet: {score} Punkte, Stufe {stage}, Streuung {spread}.").format(
                    score=locale.toString(computed.score, "f", 1),
                    stage=computed.stage,
                    spread=locale.toString(computed.spread or 0.0, "f", 1),
                )
            )
            self.ui.score.setValue(round(computed.score, 1))
            self.ui.stage.setCurrentIndex((computed.stage or 1) - 1)
        if existing is not None:
            self.ui.byStage.setChecked(existing.score is None)
            if existing.score is not None:
                self.ui.score.setValue(existing.score)
            self.ui.stage.setCurrentIndex(existing.stage - 1)
            self.ui.reason.setPlainText(existing.reason)
            remove = QPushButton(self.tr("Konsens &entfernen"))
            self.ui.buttons.addButton(remove, QDialogButtonBox.ButtonRole.DestructiveRole)
            remove.clicked.connect(lambda: self.done(self.REMOVE))
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.byScore.toggled.connect(self._update)
        self.ui.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ui.score.setEnabled(self.ui.byScore.isChecked())
        self.ui.stage.setEnabled(not self.ui.byScore.isChecked())
        self.ok_button.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    def agreed(self) -> tuple[float | None, int | None]:
        """(score, None) or (None, stage), as chosen."""
        if self.ui.byScore.isChecked():
            return self.ui.score.value(), None
        return None, self.ui.stage.currentData()
