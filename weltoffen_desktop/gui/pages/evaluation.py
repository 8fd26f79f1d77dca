"""Auswertung: score, stage, spread and consensus per Handlungsfeld, the change since before,
the charts of the round, and the presentation of it all on the projector.

A round is read once and kept until the workspace changes: the table, every chart kind and
the presentation share that one read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from weltoffen_desktop.gui.chart_view import ChartView
from weltoffen_desktop.gui.consensus_dialog import ConsensusDialog
from weltoffen_desktop.gui.generated.ui_evaluation_page import Ui_EvaluationPage
from weltoffen_desktop.gui.i18n import catalogue_language, shown_number
from weltoffen_desktop.gui.pages.base import Page, fill_round_chooser

if TYPE_CHECKING:
    from weltoffen_desktop.domain.scoring import FieldChange
    from weltoffen_desktop.gui.presentation import PresentationWindow
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations.chart_data import ChartData
    from weltoffen_desktop.operations.results import RoundReport
    from weltoffen_desktop.operations.rounds import RoundInfo
    from weltoffen_desktop.storage.database import Workspace

FIELD, SCORE, STAGE, RESPONDENTS, SKIPPED, SPREAD, CONSENSUS, CHANGE = range(8)
DISAGREEMENT = QColor("#fde2b8")  # amber, with a text marker too (not colour alone)
NUMERIC = (SCORE, RESPONDENTS, SKIPPED, SPREAD)


class EvaluationPage(Page):
    page_id = "evaluation"

    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__(session)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        self.ui.title.setProperty("role", "pageTitle")
        self.ui.overall.setProperty("role", "overall")
        self.ui.legend.setProperty("role", "muted")
        header = self.ui.fieldTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (FIELD, STAGE, CONSENSUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        self.ui.compareCombo.currentIndexChanged.connect(self._compare_chosen)
        self.ui.consensusButton.clicked.connect(self.edit_consensus)
        self.ui.fieldTable.itemSelectionChanged.connect(self._update_button)
        self.ui.fieldTable.installEventFilter(self)
        self.chart = ChartView()
        self.ui.chartLayout.addWidget(self.chart, 1)
        self.kind_buttons = {
            "radar": self.ui.radarButton,
            "ladder": self.ui.ladderButton,
            "distribution": self.ui.distributionButton,
            "spread": self.ui.spreadButton,
            "compare": self.ui.compareButton,
        }
        for button in self.kind_buttons.values():
            button.setProperty("role", "chartKind")
            button.toggled.connect(self._show_chart)
        self.ui.presentButton.clicked.connect(self.toggle_presentation)
        self._rounds: list[RoundInfo] = []
        self._round_id: int | None = None
        self._compare_id: int | None = None
        self._reports: dict[str, RoundReport] = {}  # round name -> its one read
        self.report: RoundReport | None = None
        self.chart_data: ChartData | None = None
        self.presentation: PresentationWindow | None = None

    def title(self) -> str:
        return self.tr("Auswertung")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def invalidate(self) -> None:
        """The workspace changed: forget the rounds read; refresh an open presentation too."""
        self._reports.clear()
        super().invalidate()
        if self._stale and self.presentation is not None:
            self.refresh_now()

    # --- choosing ----------------------------------------------------------

    def _round_chosen(self, index: int) -> None:
        self._round_id = self.ui.roundCombo.itemData(index)
        self.refresh()

    def _compare_chosen(self, index: int) -> None:
        self._compare_id = self.ui.compareCombo.itemData(index)
        self.refresh()

    def _fill_choosers(self) -> None:
        self._round_id = fill_round_chooser(self.ui.roundCombo, self._rounds, self._round_id)
        self._compare_id = fill_round_chooser(
            self.ui.compareCombo,
            self._rounds,
            self._compare_id,
            blank=self.tr("(kein Vergleich)"),
            leave_out=self._round_id,
        )

    # --- showing -------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.session.workspace
        from weltoffen_desktop.operations.rounds import rounds

        self._rounds = rounds(ws) if ws is not None else []
        self._fill_choosers()
        names = {r.id: r.name for r in self._rounds}
        self.ui.roundCombo.setEnabled(bool(self._rounds))
        self.ui.compareCombo.setEnabled(len(self._rounds) > 1)
        if ws is None or self._round_id is None:
            self.report = self.chart_data = None
            self.chart.clear()
            if self.presentation is not None:
                self.presentation.close()
            self.ui.hint.setText(
                self.tr(
                    "Legen Sie im Selbstcheck eine Runde an und erfassen Sie Antworten; "
                    "hier erscheint dann die Auswertung."
                )
            )
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            return
        from weltoffen_desktop.operations.chart_data import ChartData

        self.report = self._report(ws, names[self._round_id])
        earlier = None if self._compare_id is None else self._report(ws, names[self._compare_id])
        changes: dict[str, FieldChange] = {}
        if earlier is not None:
            from weltoffen_desktop.domain.scoring import compare

            changes = {c.field_id: c for c in compare(earlier.result, self.report.result)}
        compare_name = None if earlier is None else earlier.round_name
        data = self.chart_data
        # The same reads as before keep their ChartData: the charts drawn of it stay valid.
        if data is None or data.report is not self.report or data.compare_name != compare_name:
            self.chart_data = ChartData(
                self.report, compare_name, None if earlier is None else earlier.result
            )
        self.ui.states.setCurrentWidget(self.ui.resultPanel)
        self._show_overall()
        row = self.ui.fieldTable.currentRow()
        self._fill_table(changes)
        self.ui.fieldTable.selectRow(max(row, 0))
        self.ui.legend.setText(
            self.tr(
                "Uneinigkeit: Streuung ab {threshold} Punkten – darüber sollte die Gruppe "
                "sprechen. Konsens: Eingabetaste oder „Konsens festlegen …“."
            ).format(
                threshold=QLocale().toString(self.report.catalogue.disagreement_threshold, "f", 0)
            )
        )
        self._update_button()
        self.ui.compareButton.setEnabled(earlier is not None)
        self.chart.ahead = tuple(k for k, b in self.kind_buttons.items() if b.isEnabled())
        if earlier is None and self.ui.compareButton.isChecked():
            self.ui.radarButton.setChecked(True)  # shows the chart
        else:
            self._show_chart()
        if self.presentation is not None:
            self.presentation.show_data(self.chart_data)

    def _report(self, ws: Workspace, name: str) -> RoundReport:
        if name not in self._reports:
            from weltoffen_desktop.operations.results import round_report

            self._reports[name] = round_report(ws, name)
        return self._reports[name]

    # --- charts and presentation ------------------------------------------------

    def chart_kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def _show_chart(self, checked: bool = True) -> None:
        if checked and self.chart_data is not None:
            self.chart.show_chart(self.chart_kind(), self.chart_data, catalogue_language())

    def toggle_presentation(self) -> None:
        """Open the full-screen presentation of the chosen round, or close it."""
        if self.presentation is not None:
            self.presentation.close()
            return
        if self._stale:
            self.refresh_now()
        if self.chart_data is None:
            self.session.failed.emit(
                self.tr(
                    "Für die Präsentation braucht es eine Runde: legen Sie im Selbstcheck eine an."
                )
            )
            return
        from weltoffen_desktop.gui.presentation import PresentationWindow
        from weltoffen_desktop.operations.summary import summarize

        municipality = summarize(self.session.workspace).municipality  # type: ignore[arg-type]
        self.presentation = PresentationWindow(municipality, self.chart_data, self.window())
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.present()

    def _presentation_closed(self) -> None:
        self.presentation = None

    def _stage_text(self, stage: int | None) -> str:
        if stage is None or self.report is None:
            return "–"
        name = self.report.catalogue.stage_name(stage, catalogue_language())
        return self.tr("{stage} – {name}").format(stage=stage, name=name)

    def _show_overall(self) -> None:
        assert self.report is not None
        result = self.report.result
        if result.overall_score is None:
            self.ui.overall.setText(self.tr("Noch keine Antworten in dieser Runde."))
            return
        self.ui.overall.setText(
            self.tr("Gesamt: {score} Punkte · Stufe {stage}").format(
                score=shown_number(result.overall_score, self.report.catalogue.thresholds),
                stage=self._stage_text(result.overall_stage),
            )
        )

    def _fill_table(self, changes: dict[str, FieldChange]) -> None:
        assert self.report is not None
        locale, language = QLocale(), catalogue_language()
        catalogue = self.report.catalogue
        table = self.ui.fieldTable
        table.setRowCount(len(self.report.catalogue.fields))
        for row, (field, result) in enumerate(
            zip(self.report.catalogue.fields, self.report.result.fields, strict=True)
        ):
            spread = (
                "–"
                if result.spread is None
                else shown_number(result.spread, [catalogue.disagreement_threshold])
            )
            if result.disagreement:
                spread = self.tr("{spread} · uneinig").format(spread=spread)
            agreed = self.report.consensus.get(field.id)
            cells = {
                FIELD: field.name.get(language),
                SCORE: "–"
                if result.score is None
                else shown_number(result.score, catalogue.thresholds),
                STAGE: self._stage_text(result.stage),
                RESPONDENTS: locale.toString(result.respondents),
                SKIPPED: locale.toString(result.skipped_share * 100, "f", 1) + " %",
                SPREAD: spread,
                CONSENSUS: "" if agreed is None else self._stage_text(agreed.stage),
                CHANGE: self._change_text(changes.get(field.id)),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column in NUMERIC:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if result.disagreement:
                    item.setBackground(QBrush(DISAGREEMENT))
                table.setItem(row, column, item)
            table.item(row, FIELD).setToolTip(field.description.get(language))
            if agreed is not None:
                table.item(row, CONSENSUS).setToolTip(agreed.reason)
        table.setColumnHidden(CHANGE, not changes)
        table.resizeRowsToContents()

    def _change_text(self, change: FieldChange | None) -> str:
        if change is None or change.score_delta is None:
            return ""
        text = QLocale().toString(change.score_delta, "f", 1)
        text = text if change.score_delta < 0 else f"+{text}"
        if change.stage_delta:
            text += self.tr(" (Stufe {delta:+d})").format(delta=change.stage_delta)
        return text

    # --- consensus -------------------------------------------------------------

    def _update_button(self) -> None:
        self.ui.consensusButton.setEnabled(self.ui.fieldTable.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.fieldTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_consensus()
            return True
        return super().eventFilter(watched, event)

    def edit_consensus(self, dialog: ConsensusDialog | None = None) -> bool:
        """Ask for the agreed score or stage of the chosen field and store it."""
        ws, report, row = self.session.workspace, self.report, self.ui.fieldTable.currentRow()
        if ws is None or report is None or row < 0:
            return False
        field = report.catalogue.fields[row]
        dialog = dialog or ConsensusDialog(
            report.catalogue, field, report.result.fields[row], report.consensus.get(field.id), self
        )
        outcome = dialog.exec()
        from weltoffen_desktop.operations.results import clear_consensus, set_consensus

        name = report.round_name
        if outcome == ConsensusDialog.REMOVE:
            return self.session.run(lambda: clear_consensus(ws, name, field.id))
        if outcome != QDialog.DialogCode.Accepted:
            return False
        score, stage = dialog.agreed()
        reason = dialog.reason()
        return self.session.run(
            lambda: set_consensus(ws, name, field.id, score=score, stage=stage, reason=reason)
        )
