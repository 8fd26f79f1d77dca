"""Preview of an answers import: what would change, or every problem, before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from weltoffen_desktop.gui.generated.ui_import_dialog import Ui_ImportDialog
from weltoffen_desktop.gui.messages import row_problem_text

if TYPE_CHECKING:
    from weltoffen_desktop.operations.answers_import import ImportPlan
    from weltoffen_desktop.storage.database import Workspace

PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    """Shows the plan for the chosen round; OK is possible only without problems."""

    def __init__(
        self, ws: Workspace, path: Path, round_names: list[str], chosen: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.path = path
        self.plan: ImportPlan | None = None
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.ui.filePath.setText(str(path))
        self.ui.roundCombo.addItems(round_names)
        self.ui.roundCombo.setCurrentText(chosen)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Importieren"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.roundCombo.currentTextChanged.connect(self.update_plan)
        self.update_plan()

    def round_name(self) -> str:
        return self.ui.roundCombo.currentText().strip()

    def update_plan(self) -> None:
        from weltoffen_desktop.operations.answers_import import plan_import

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_import(self.ws, self.round_name(), self.path)
        finally:
            QApplication.restoreOverrideCursor()
        problems = [row_problem_text(problem) for problem in self.plan.problems]
        if not self.round_name():
            problems.insert(0, self.tr("Bitte geben Sie den Namen der Runde an."))
        self.ui.problemList.clear()
        self.ui.problemList.addItems(problems)
        for label in (self.ui.problemsLabel, self.ui.problemList):
            label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        self._fill_preview()
        self.ui.summary.setText(self._summary(problems))

    def _summary(self, problems: list[str]) -> str:
        plan = self.plan
        assert plan is not None
        locale = QLocale()
        if problems:
            return self.tr("Die Datei hat {count} Problem(e). Es wird nichts importiert.").format(
                count=locale.toString(len(problems))
            )
        respondents = len({row.respondent for row in plan.rows})
        parts = [
            self.tr("{answers} Antworten von {people} Befragten").format(
                answers=locale.toString(len(plan.rows)), people=locale.toString(respondents)
            ),
            self.tr("{new} davon neu").format(new=locale.toString(len(plan.new_respondents))),
            self.tr("{replaced} vorhandene Antworten werden ersetzt").format(
                replaced=locale.toString(plan.replaced_answers)
            ),
        ]
        if plan.new_round:
            parts.append(self.tr("die Runde wird neu angelegt"))
        return "; ".join(parts) + "."

    def _fill_preview(self) -> None:
        assert self.plan is not None
        rows = self.plan.rows[:PREVIEW_ROWS]
        table = self.ui.preview
        table.setRowCount(len(rows))
        skip = self.tr("weiß nicht")
        for index, row in enumerate(rows):
            value = skip if row.value is None else str(row.value)
            cells = (
                str(row.line),
                row.respondent,
                row.department,
                row.role,
                row.question_id,
                value,
                row.comment,
            )
            for column, text in enumerate(cells):
                table.setItem(index, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
