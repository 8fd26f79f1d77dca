"""Auswertung: score, stage, spread and consensus per Handlungsfeld, and the change since before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from weltoffen_desktop.gui.consensus_dialog import ConsensusDialog
from weltoffen_desktop.gui.generated.ui_evaluation_page import Ui_EvaluationPage
from weltoffen_desktop.gui.i18n import catalogue_language
from weltoffen_desktop.gui.pages.base import Page, fill_round_chooser

if TYPE_CHECKING:
    from weltoffen_desktop.domain.scoring import FieldChange
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations.results import RoundReport
    from weltoffen_desktop.operations.rounds import RoundInfo

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
        self._rounds: list[RoundInfo] = []
        self._round_id: int | None = None
        self._compare_id: int | None = None
        self.report: RoundReport | None = None

    def title(self) -> str:
        return self.tr("Auswertung")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

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
            self.report = None
            self.ui.hint.setText(
                self.tr(
                    "Legen Sie im Selbstcheck eine Runde an und erfassen Sie Antworten; "
                    "hier erscheint dann die Auswertung."
                )
            )
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            return
        from weltoffen_desktop.operations.results import round_report

        self.report = round_report(ws, names[self._round_id])
        changes: dict[str, FieldChange] = {}
        if self._compare_id is not None:
            from weltoffen_desktop.domain.scoring import compare

            earlier = round_report(ws, names[self._compare_id])
            changes = {c.field_id: c for c in compare(earlier.result, self.report.result)}
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
                score=QLocale().toString(result.overall_score, "f", 1),
                stage=self._stage_text(result.overall_stage),
            )
        )

    def _fill_table(self, changes: dict[str, FieldChange]) -> None:
        assert self.report is not None
        locale, language = QLocale(), catalogue_language()
        table = self.ui.fieldTable
        table.setRowCount(len(self.report.catalogue.fields))
        for row, (field, result) in enumerate(
            zip(self.report.catalogue.fields, self.report.result.fields, strict=True)
        ):
            spread = "–" if result.spread is None else locale.toString(result.spread, "f", 1)
            if result.disagreement:
                spread = self.tr("{spread} · uneinig").format(spread=spread)
            agreed = self.report.consensus.get(field.id)
            cells = {
                FIELD: field.name.get(language),
                SCORE: "–" if result.score is None else locale.toString(result.score, "f", 1),
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
