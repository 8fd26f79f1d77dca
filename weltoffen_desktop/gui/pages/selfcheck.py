"""Selbstcheck: rounds, respondents, and fast keyboard entry of paper questionnaires."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTreeWidgetItem,
)

from weltoffen_desktop.gui.answer_table import AnswerModel
from weltoffen_desktop.gui.generated.ui_selfcheck_page import Ui_SelfcheckPage
from weltoffen_desktop.gui.i18n import catalogue_language
from weltoffen_desktop.gui.import_dialog import ImportDialog
from weltoffen_desktop.gui.pages.base import Page, fill_round_chooser, signals_blocked

if TYPE_CHECKING:
    from weltoffen_desktop.domain.catalogue import Catalogue
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations.rounds import RespondentInfo, RoundInfo
    from weltoffen_desktop.storage.database import Workspace

CODE, PERSON, COUNT = range(3)  # columns of the respondent list
RESPONDENT_ID = Qt.ItemDataRole.UserRole


def person_line(person: RespondentInfo) -> str:
    """``Hauptamt · Amtsleitung``; either part may be missing."""
    return " · ".join(part for part in (person.department, person.role) if part)


class SelfcheckPage(Page):
    """Choose a round, add respondents and type in their paper forms by keys alone."""

    page_id = "selfcheck"

    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__(session)
        self.ui = Ui_SelfcheckPage()
        self.ui.setupUi(self)
        self.ui.title.setProperty("role", "pageTitle")
        self.ui.keysHint.setProperty("role", "muted")
        self.model = AnswerModel(self)
        self.ui.answerTable.setModel(self.model)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([350, 1000])
        header = self.ui.respondentList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)

        self._path: Path | None = None  # the workspace the choices below belong to
        self._rounds: list[RoundInfo] = []
        self._round_id: int | None = None
        self._people: dict[int, RespondentInfo] = {}
        self._respondent_id: int | None = None
        self._shown_id: int | None = None  # whose answers the table shows
        self._progress: list[QProgressBar] = []
        self._progress_of: tuple[Catalogue, str] | None = None
        self._writing_answer = False

        self.ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        self.ui.newRoundButton.clicked.connect(self.ask_new_round)
        self.ui.importButton.clicked.connect(self.ask_import)
        self.ui.exportButton.clicked.connect(self.ask_export)
        self.ui.respondentList.currentItemChanged.connect(self._respondent_chosen)
        self.ui.respondentList.itemActivated.connect(lambda: self.ui.answerTable.setFocus())
        for edit in (self.ui.codeEdit, self.ui.departmentEdit, self.ui.roleEdit):
            edit.returnPressed.connect(self.add_respondent)
        self.ui.addButton.clicked.connect(self.add_respondent)
        self.ui.answerTable.answer_entered.connect(self._enter_answer)
        self.ui.answerTable.clear_requested.connect(self._clear_answer)
        self.ui.answerTable.comment_refused.connect(self._refuse_comment)
        self.model.comment_edited.connect(self._save_comment)

    def title(self) -> str:
        return self.tr("Selbstcheck")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()

    def invalidate(self) -> None:
        """As for every page, except after this page's own answer writes.

        Those update just the answers, counts and progress they changed
        (see ``_write_answer``), so fast typing never re-reads the whole round.
        """
        if not self._writing_answer:
            super().invalidate()

    # --- showing the workspace -------------------------------------------

    def refresh(self) -> None:
        ws = self.session.workspace
        if ws is None or ws.path != self._path:
            self._path = ws.path if ws is not None else None
            self._round_id = self._respondent_id = self._shown_id = None
        from weltoffen_desktop.operations.rounds import rounds

        self._rounds = rounds(ws) if ws is not None else []
        self._round_id = fill_round_chooser(self.ui.roundCombo, self._rounds, self._round_id)
        round_ = next((r for r in self._rounds if r.id == self._round_id), None)
        self.ui.newRoundButton.setEnabled(ws is not None)
        self.ui.importButton.setEnabled(ws is not None)
        self.ui.exportButton.setEnabled(round_ is not None)
        self.ui.roundCombo.setEnabled(round_ is not None)
        if ws is None or round_ is None:
            self.model.set_catalogue(None)
            self.ui.hint.setText(
                self.tr("Öffnen Sie zuerst einen Arbeitsbereich.")
                if ws is None
                else self.tr(
                    "Legen Sie zuerst eine Runde an: mit „Neue Runde …“ oben rechts. "
                    "Danach erfassen Sie hier die Befragten und ihre Antwortbögen."
                )
            )
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            return
        self.ui.states.setCurrentWidget(self.ui.entryPanel)
        self.model.set_catalogue(round_.catalogue)
        self._build_progress(round_.catalogue)
        self.ui.keysHint.setText(
            self.tr(
                "Tasten: 0–{max} Antwort · X weiß nicht · ← oder Rücktaste zurück · "
                "Entf löschen · F2 Kommentar"
            ).format(max=round_.catalogue.scale.max)
        )
        self._fill_respondents(ws, round_)
        self._show_respondent()

    def _fill_respondents(self, ws: Workspace, round_: RoundInfo) -> None:
        from weltoffen_desktop.operations.rounds import answer_counts, respondents

        self._people = {p.id: p for p in respondents(ws, round_.id)}
        counts = answer_counts(ws, round_.id)
        if self._respondent_id not in self._people:
            self._respondent_id = next(iter(self._people), None)
        total = len(round_.catalogue.questions)
        tree = self.ui.respondentList
        with signals_blocked(tree):
            tree.clear()
            for person in self._people.values():
                answered = counts.get(person.id, 0)
                item = QTreeWidgetItem(tree, [person.code, person_line(person), ""])
                item.setData(CODE, RESPONDENT_ID, person.id)
                item.setToolTip(PERSON, person_line(person))
                item.setTextAlignment(COUNT, Qt.AlignmentFlag.AlignRight)
                self._set_count(item, answered, total)
                if person.id == self._respondent_id:
                    tree.setCurrentItem(item)

    def _set_count(self, item: QTreeWidgetItem, answered: int, total: int) -> None:
        item.setText(COUNT, f"{answered}/{total}")
        item.setToolTip(
            COUNT,
            self.tr("{answered} von {total} Fragen beantwortet").format(
                answered=answered, total=total
            ),
        )

    def _build_progress(self, catalogue: Catalogue) -> None:
        """One small bar per field of the catalogue, labelled with the field's id."""
        if self._progress_of == (catalogue, catalogue_language()):
            return
        self._progress_of = (catalogue, catalogue_language())
        layout = self.ui.fieldProgressLayout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._progress = []
        for field in catalogue.fields:
            name = field.name.get(catalogue_language())
            label = QLabel(field.id)
            label.setToolTip(name)
            bar = QProgressBar()
            bar.setRange(0, len(field.questions))
            bar.setFormat("%v/%m")
            bar.setToolTip(name)
            bar.setAccessibleName(name)
            bar.setMaximumHeight(label.sizeHint().height() + 2)
            full = f"{len(field.questions)}/{len(field.questions)}"
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance(full) + 16)
            layout.addWidget(label)
            layout.addWidget(bar, 1)
            self._progress.append(bar)

    def _show_respondent(self) -> None:
        person = None if self._respondent_id is None else self._people.get(self._respondent_id)
        self.ui.answerTable.setEnabled(person is not None)
        if person is None:
            self.ui.respondentTitle.setText(
                self.tr("Noch keine Befragten – fügen Sie links die erste Person hinzu.")
            )
            self.model.set_answers({})
            self._show_progress()
            return
        line = person_line(person)
        self.ui.respondentTitle.setText(f"{person.code} – {line}" if line else person.code)
        self._show_answers()
        if self._shown_id != person.id:
            self._shown_id = person.id
            self.ui.answerTable.go_to_row(self.model.first_open_row())

    def _show_answers(self) -> None:
        """Re-read the shown respondent's answers; update table, counts and progress."""
        ws = self.session.workspace
        if ws is None or self._respondent_id is None:
            return
        from weltoffen_desktop.operations.rounds import answers_of

        self.model.set_answers(answers_of(ws, self._respondent_id))
        item = self.ui.respondentList.currentItem()
        if item is not None:
            self._set_count(item, self.model.answered(), self.model.rowCount())
        self._show_progress()

    def _show_progress(self) -> None:
        for bar, (_field, answered) in zip(
            self._progress, self.model.field_progress(), strict=True
        ):
            bar.setValue(answered)
        answered, total = self.model.answered(), self.model.rowCount()
        if self._respondent_id is None:
            self.ui.statusLabel.clear()
        elif answered == total:
            self.ui.statusLabel.setText(
                self.tr("Bogen vollständig: alle {total} Fragen beantwortet").format(total=total)
            )
        else:
            self.ui.statusLabel.setText(
                self.tr("{answered} von {total} Fragen beantwortet").format(
                    answered=answered, total=total
                )
            )

    # --- choices -----------------------------------------------------------

    def _round_chosen(self, index: int) -> None:
        self._round_id = self.ui.roundCombo.itemData(index)
        self._respondent_id = None
        self.refresh()

    def _respondent_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self._respondent_id = item.data(CODE, RESPONDENT_ID)
            self._show_respondent()

    def ask_new_round(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Neue Runde"), self.tr("Name der Runde:"), QLineEdit.EchoMode.Normal
        )
        if ok:
            self.create_round(name)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Antworten importieren"),
            "",
            self.tr("Antwortdateien (*.csv *.xlsx);;Alle Dateien (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, *, dialog: ImportDialog | None = None) -> bool:
        """Preview an answers file; import it (all or nothing) if the user agrees."""
        ws = self.session.workspace
        if ws is None:
            return False
        current = self.ui.roundCombo.currentText()
        names = [r.name for r in self._rounds]
        dialog = dialog or ImportDialog(ws, path, names, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        from weltoffen_desktop.operations.answers_import import import_answers
        from weltoffen_desktop.operations.rounds import rounds

        name = dialog.round_name()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self.session.result_of(lambda: import_answers(ws, name, path))
        finally:
            QApplication.restoreOverrideCursor()
        if plan is None:
            return False
        self._round_id = next((r.id for r in rounds(ws) if r.name == name), None)
        self.refresh()
        return True

    def ask_export(self) -> None:
        ws = self.session.workspace
        name = self.ui.roundCombo.currentText()
        if ws is None or not name:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Antworten exportieren"),
            f"{name}.xlsx",
            self.tr("Excel-Datei (*.xlsx);;CSV-Datei (*.csv)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        from weltoffen_desktop.operations.answers_import import export_answers

        self.session.result_of(lambda: export_answers(ws, name, Path(path)))

    def create_round(self, name: str) -> bool:
        """Create a round and show it; a refused name becomes a message."""
        ws = self.session.workspace
        if ws is None:
            return False
        from weltoffen_desktop.operations.rounds import create_round

        round_id = self.session.result_of(lambda: create_round(ws, name))
        if round_id is None:
            return False
        self._round_id, self._respondent_id = round_id, None
        self.refresh()
        self.ui.codeEdit.setFocus()
        return True

    def add_respondent(self) -> bool:
        """Add the respondent typed in below the list, select them and start their form."""
        ws = self.session.workspace
        if ws is None or self._round_id is None:
            return False
        from weltoffen_desktop.operations.rounds import add_respondent

        edits = (self.ui.codeEdit, self.ui.departmentEdit, self.ui.roleEdit)
        code, department, role = (edit.text() for edit in edits)
        round_id = self._round_id
        respondent_id = self.session.result_of(
            lambda: add_respondent(ws, round_id, code, department, role)
        )
        if respondent_id is None:
            return False
        for edit in edits:
            edit.clear()
        tree = self.ui.respondentList
        for row in range(tree.topLevelItemCount()):
            if tree.topLevelItem(row).data(CODE, RESPONDENT_ID) == respondent_id:
                tree.setCurrentItem(tree.topLevelItem(row))
        self.ui.answerTable.setFocus()
        return True

    # --- answers -----------------------------------------------------------

    def _write_answer(self, write: Callable[[Workspace, int], None]) -> bool:
        """Save one answer change of the shown respondent at once, then show what is stored."""
        ws, respondent_id = self.session.workspace, self._respondent_id
        if ws is None or respondent_id is None:
            return False
        self._writing_answer = True
        try:
            ok = self.session.run(lambda: write(ws, respondent_id))
        finally:
            self._writing_answer = False
        self._show_answers()
        return ok

    def _enter_answer(self, row: int, value: int | None) -> None:
        from weltoffen_desktop.operations.rounds import set_answer

        question = self.model.questions[row].id
        stored = self.model.answer(row)
        comment = stored.comment if stored is not None else ""
        if self._write_answer(lambda ws, rid: set_answer(ws, rid, question, value, comment)):
            self.ui.answerTable.go_to_row(row + 1)

    def _clear_answer(self, row: int) -> None:
        from weltoffen_desktop.operations.rounds import clear_answer

        question = self.model.questions[row].id
        if self.model.answer(row) is not None:
            self._write_answer(lambda ws, rid: clear_answer(ws, rid, question))

    def _save_comment(self, row: int, text: str) -> None:
        from weltoffen_desktop.operations.rounds import set_answer

        question = self.model.questions[row].id
        stored = self.model.answer(row)
        if stored is None:
            self._refuse_comment()
        elif text.strip() != stored.comment:
            self._write_answer(lambda ws, rid: set_answer(ws, rid, question, stored.value, text))

    def _refuse_comment(self) -> None:
        self.session.failed.emit(
            self.tr(
                "Ein Kommentar gehört zu einer Antwort: Geben Sie zuerst eine Zahl ein "
                "oder X für „weiß nicht“, dann F2 für den Kommentar."
            )
        )
