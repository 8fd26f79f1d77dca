"""Datei › Zusammenführen…: bring in another laptop's workspace, conflict by conflict.

Choose the file → a preview of new, identical and conflicting records per kind → the
conflicts, each kept as here or taken from the other file → the result. Reading the
other file and merging run on a worker thread behind a busy bar; the merge itself is
in operations/merge.py, which backs the workspace up first and changes all or nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus
from weltoffen_desktop.gui.generated.ui_merge_wizard import Ui_MergeWizard
from weltoffen_desktop.gui.worker import Worker
from weltoffen_desktop.operations.errors import InvalidInput, Refused
from weltoffen_desktop.operations.merge import (
    KINDS,
    MINE,
    THEIRS,
    Conflict,
    MergePlan,
    MergeResult,
    Snapshot,
    merge,
    plan_merge,
    read_other,
)

if TYPE_CHECKING:
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession

_SHOWN_PROBLEMS = 10


def kind_names() -> dict[str, tuple[str, str]]:
    """Each kind of record: (one, several), in the interface language."""
    return {
        "round": (
            QCoreApplication.translate("MergeWizard", "Runde"),
            QCoreApplication.translate("MergeWizard", "Runden"),
        ),
        "respondent": (
            QCoreApplication.translate("MergeWizard", "Befragte Person"),
            QCoreApplication.translate("MergeWizard", "Befragte"),
        ),
        "answer": (
            QCoreApplication.translate("MergeWizard", "Antwort"),
            QCoreApplication.translate("MergeWizard", "Antworten"),
        ),
        "consensus": (
            QCoreApplication.translate("MergeWizard", "Konsens"),
            QCoreApplication.translate("MergeWizard", "Konsens je Feld"),
        ),
        "workshop": (
            QCoreApplication.translate("MergeWizard", "Workshop"),
            QCoreApplication.translate("MergeWizard", "Workshops"),
        ),
        "participant": (
            QCoreApplication.translate("MergeWizard", "Teilnehmende Person"),
            QCoreApplication.translate("MergeWizard", "Teilnehmende"),
        ),
        "agenda_item": (
            QCoreApplication.translate("MergeWizard", "Tagesordnungspunkt"),
            QCoreApplication.translate("MergeWizard", "Tagesordnungspunkte"),
        ),
        "cluster": (
            QCoreApplication.translate("MergeWizard", "Cluster"),
            QCoreApplication.translate("MergeWizard", "Cluster"),
        ),
        "card": (
            QCoreApplication.translate("MergeWizard", "Karte"),
            QCoreApplication.translate("MergeWizard", "Karten"),
        ),
        "dot_vote": (
            QCoreApplication.translate("MergeWizard", "Punktabfrage"),
            QCoreApplication.translate("MergeWizard", "Punktabfragen"),
        ),
        "vote_option": (
            QCoreApplication.translate("MergeWizard", "Abstimmungsoption"),
            QCoreApplication.translate("MergeWizard", "Abstimmungsoptionen"),
        ),
        "dots": (
            QCoreApplication.translate("MergeWizard", "Punkte einer Person"),
            QCoreApplication.translate("MergeWizard", "Punkte"),
        ),
        "recommendation": (
            QCoreApplication.translate("MergeWizard", "Handlungsempfehlung"),
            QCoreApplication.translate("MergeWizard", "Handlungsempfehlungen"),
        ),
        "decision": (
            QCoreApplication.translate("MergeWizard", "Beschluss"),
            QCoreApplication.translate("MergeWizard", "Beschlüsse"),
        ),
        "goal": (
            QCoreApplication.translate("MergeWizard", "Ziel"),
            QCoreApplication.translate("MergeWizard", "Ziele"),
        ),
        "measure": (
            QCoreApplication.translate("MergeWizard", "Maßnahme"),
            QCoreApplication.translate("MergeWizard", "Maßnahmen"),
        ),
        "milestone": (
            QCoreApplication.translate("MergeWizard", "Meilenstein"),
            QCoreApplication.translate("MergeWizard", "Meilensteine"),
        ),
    }


def value_names() -> dict[str, str]:
    """The values a conflict can be about, in the interface language."""
    return {
        "name": QCoreApplication.translate("MergeWizard", "Name"),
        "code": QCoreApplication.translate("MergeWizard", "Kennung"),
        "department": QCoreApplication.translate("MergeWizard", "Bereich"),
        "role": QCoreApplication.translate("MergeWizard", "Funktion"),
        "value": QCoreApplication.translate("MergeWizard", "Antwort"),
        "comment": QCoreApplication.translate("MergeWizard", "Kommentar"),
        "score": QCoreApplication.translate("MergeWizard", "Punktwert"),
        "stage": QCoreApplication.translate("MergeWizard", "Stufe"),
        "reason": QCoreApplication.translate("MergeWizard", "Begründung"),
        "title": QCoreApplication.translate("MergeWizard", "Titel"),
        "date": QCoreApplication.translate("MergeWizard", "Datum"),
        "place": QCoreApplication.translate("MergeWizard", "Ort"),
        "start_time": QCoreApplication.translate("MergeWizard", "Beginn"),
        "end_time": QCoreApplication.translate("MergeWizard", "Ende"),
        "moderator": QCoreApplication.translate("MergeWizard", "Moderation"),
        "minute_taker": QCoreApplication.translate("MergeWizard", "Protokoll"),
        "chair": QCoreApplication.translate("MergeWizard", "Vorsitz"),
        "round": QCoreApplication.translate("MergeWizard", "Runde"),
        "organisation": QCoreApplication.translate("MergeWizard", "Organisation"),
        "function": QCoreApplication.translate("MergeWizard", "Funktion"),
        "attendance": QCoreApplication.translate("MergeWizard", "Anwesenheit"),
        "planned_minutes": QCoreApplication.translate("MergeWizard", "Geplante Minuten"),
        "notes": QCoreApplication.translate("MergeWizard", "Notizen"),
        "kind": QCoreApplication.translate("MergeWizard", "Art"),
        "text": QCoreApplication.translate("MergeWizard", "Text"),
        "author": QCoreApplication.translate("MergeWizard", "Verfasst von"),
        "field_id": QCoreApplication.translate("MergeWizard", "Handlungsfeld"),
        "agenda_item": QCoreApplication.translate("MergeWizard", "Tagesordnungspunkt"),
        "cluster": QCoreApplication.translate("MergeWizard", "Cluster"),
        "dots_per_person": QCoreApplication.translate("MergeWizard", "Punkte je Person"),
        "by_participant": QCoreApplication.translate("MergeWizard", "Je Person erfasst"),
        "revealed": QCoreApplication.translate("MergeWizard", "Aufgedeckt"),
        "card": QCoreApplication.translate("MergeWizard", "Karte"),
        "total": QCoreApplication.translate("MergeWizard", "Summe"),
        "dots": QCoreApplication.translate("MergeWizard", "Punkte"),
        "wording": QCoreApplication.translate("MergeWizard", "Wortlaut"),
        "votes_yes": QCoreApplication.translate("MergeWizard", "Ja-Stimmen"),
        "votes_no": QCoreApplication.translate("MergeWizard", "Nein-Stimmen"),
        "votes_abstain": QCoreApplication.translate("MergeWizard", "Enthaltungen"),
        "parent": QCoreApplication.translate("MergeWizard", "Hauptziel"),
        "goal": QCoreApplication.translate("MergeWizard", "Ziel"),
        "responsible": QCoreApplication.translate("MergeWizard", "Verantwortlich"),
        "responsible_name": QCoreApplication.translate("MergeWizard", "Verantwortlich"),
        "partners": QCoreApplication.translate("MergeWizard", "Beteiligte"),
        "due_date": QCoreApplication.translate("MergeWizard", "Fällig"),
        "resources": QCoreApplication.translate("MergeWizard", "Ressourcen"),
        "indicator": QCoreApplication.translate("MergeWizard", "Indikator"),
        "status": QCoreApplication.translate("MergeWizard", "Status"),
        "done": QCoreApplication.translate("MergeWizard", "Erledigt"),
    }


def value_text(value: Any) -> str:
    """A value of a record as people read it."""
    from weltoffen_desktop.gui.workshop.common import attendance_text, brief, card_kind_text
    from weltoffen_desktop.gui.workshop.plan_tree import status_text

    locale = QLocale()
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeWizard", "ja")
            if value
            else QCoreApplication.translate("MergeWizard", "nein")
        )
    if isinstance(value, CardKind):
        return card_kind_text(value)
    if isinstance(value, Attendance):
        return attendance_text(value)
    if isinstance(value, MeasureStatus):
        return status_text(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return locale.toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    if isinstance(value, tuple):
        return " ".join(map(str, value))
    return brief(str(value), 60)


class MergeWizard(QWizard):
    """``outcome``: what the merge did, once it is done."""

    def __init__(
        self,
        session: WorkspaceSession,
        backups_dir: Path,
        start_folder: str,
        file_filter: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert session.workspace is not None
        self.workspace = session.workspace
        self.backups_dir = backups_dir
        self.start_folder = start_folder
        self.file_filter = file_filter
        self.ui = Ui_MergeWizard()
        self.ui.setupUi(self)
        self.theirs: Snapshot | None = None
        self.plan: MergePlan | None = None
        self.force = False
        self.outcome: MergeResult | None = None
        self._passed = False  # the job of the current page is done: let it pass
        self.reading = Worker(self.ui.readBusy, self)
        self.merging = Worker(self.ui.mergeBusy, self)
        self.ui.conflictsPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Zusammenführen"))
        for table in (self.ui.counts, self.ui.conflicts):
            table.verticalHeader().hide()
        self.ui.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.browse.clicked.connect(self._browse)
        self.ui.path.textChanged.connect(lambda: self.ui.fileProblem.clear())
        self.ui.allMine.clicked.connect(lambda: self._choose_all(MINE))
        self.ui.allTheirs.clicked.connect(lambda: self._choose_all(THEIRS))
        self.currentIdChanged.connect(self._entered)

    # --- the pages -------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self._passed:
            self._passed = False
            return True
        page = self.currentPage()
        if page is self.ui.filePage:
            return self._read()
        if page is self.ui.conflictsPage:
            self._merge()
            return False
        return super().validateCurrentPage()

    def _entered(self, _id: int) -> None:
        page = self.currentPage()
        if page is self.ui.previewPage:
            self._show_preview()
        elif page is self.ui.conflictsPage:
            self._show_conflicts()
        elif page is self.ui.resultPage:
            self._show_result()

    def _passes(self) -> None:
        self._passed = True
        self.next()

    def _locked(self) -> list[QWidget]:
        buttons = (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.CancelButton,
        )
        return [self.button(b) for b in buttons] + [self.ui.path, self.ui.browse]

    # --- choosing and reading the other file ------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Anderen Arbeitsbereich wählen"), self.start_folder, self.file_filter
        )
        if path:
            self.ui.path.setText(path)

    def _read(self) -> bool:
        text = self.ui.path.text().strip()
        if not text:
            self.ui.fileProblem.setText(self.tr("Bitte wählen Sie die Datei des anderen Laptops."))
            return False
        path, here = Path(text), self.workspace

        def work() -> tuple[Snapshot, MergePlan | None]:
            theirs = read_other(path, here.path)
            try:
                return theirs, plan_merge(here, theirs)
            except InvalidInput as exc:
                if exc.code != "merge_other_municipality":
                    raise
                return theirs, None

        self.ui.fileProblem.clear()
        self.reading.start(work, self._read_done, self._failed_on_file, self._locked())
        return False

    def _read_done(self, found: tuple[Snapshot, MergePlan | None]) -> None:
        self.theirs, self.plan = found
        self.force = False
        if self.plan is None:
            if not self._other_municipality_accepted():
                return
            self.force = True
            self.plan = plan_merge(self.workspace, self.theirs, force=True)
        self._passes()

    def _other_municipality_accepted(self) -> bool:
        assert self.theirs is not None
        answer = QMessageBox.question(
            self,
            self.tr("Andere Kommune"),
            self.tr(
                "Die andere Datei gehört zu „{theirs}“, dieser Arbeitsbereich zu „{mine}“. "
                "Zusammengeführt werden sollten nur Arbeitsbereiche derselben Kommune.\n\n"
                "Trotzdem zusammenführen?"
            ).format(theirs=self.theirs.municipality, mine=self._municipality()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _municipality(self) -> str:
        from weltoffen_desktop.operations.summary import summarize

        return summarize(self.workspace).municipality

    def _failed_on_file(self, error: BaseException, message: str) -> None:
        self.ui.fileProblem.setText(self._problem_text(error, message))

    def _problem_text(self, error: BaseException, message: str) -> str:
        """The message, and for a refused merge the problems it found (as the core says)."""
        if not isinstance(error, Refused):
            return message
        lines = error.problems[:_SHOWN_PROBLEMS]
        rest = len(error.problems) - len(lines)
        if rest:
            lines.append(self.tr("… und {count} weitere").format(count=rest))
        return "\n".join([message, *lines])

    # --- the preview and the conflicts -------------------------------------------------

    def _show_preview(self) -> None:
        plan = self.plan
        assert plan is not None
        names = kind_names()
        table = self.ui.counts
        shown = [(kind, plan.counts[kind]) for kind in KINDS]
        shown = [(k, c) for k, c in shown if c.new or c.identical or c.conflicting]
        table.setRowCount(len(shown))
        for row, (kind, counts) in enumerate(shown):
            table.setItem(row, 0, QTableWidgetItem(names[kind][1]))
            for column, number in enumerate(
                (counts.new, counts.identical, counts.conflicting), start=1
            ):
                item = QTableWidgetItem(QLocale().toString(number))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        new = sum(c.new for c in plan.counts.values())
        path = Path(self.ui.path.text().strip())
        if not plan.changes_anything:
            summary = self.tr("Alles aus dieser Datei ist hier schon vorhanden.")
        else:
            summary = self.tr(
                "{new} neue Einträge kommen hinzu; {conflicts} Einträge wurden auf beiden "
                "Laptops verschieden geändert."
            ).format(new=QLocale().toString(new), conflicts=len(plan.conflicts))
        self.ui.previewIntro.setText(
            self.tr("Aus „{file}“ ({municipality}): {summary}").format(
                file=path.name, municipality=plan.municipality, summary=summary
            )
        )

    def _show_conflicts(self) -> None:
        plan = self.plan
        assert plan is not None
        self.ui.mergeProblem.clear()
        if plan.conflicts:
            self.ui.conflictsIntro.setText(
                self.tr(
                    "Diese Einträge wurden hier und in der anderen Datei verschieden geändert. "
                    "Wählen Sie je Eintrag, welche Fassung gilt. Vor dem Zusammenführen wird "
                    "automatisch eine Sicherung angelegt."
                )
            )
        else:
            self.ui.conflictsIntro.setText(
                self.tr(
                    "Keine Abweichungen: nichts zu entscheiden. Vor dem Zusammenführen wird "
                    "automatisch eine Sicherung angelegt."
                )
            )
        for widget in (self.ui.conflicts, self.ui.allMine, self.ui.allTheirs):
            widget.setVisible(bool(plan.conflicts))
        table = self.ui.conflicts
        table.setRowCount(len(plan.conflicts))
        kinds, values = kind_names(), value_names()
        for row, conflict in enumerate(plan.conflicts):
            table.setItem(row, 0, QTableWidgetItem(kinds[conflict.kind][0]))
            table.setItem(row, 1, QTableWidgetItem(conflict.label))
            for column, side in ((2, conflict.mine), (3, conflict.theirs)):
                text = "\n".join(
                    f"{values.get(name, name)}: {value_text(value)}" for name, value in side.items()
                )
                table.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.addItem(self.tr("hier behalten"), MINE)
            choice.addItem(self.tr("aus der anderen Datei"), THEIRS)
            choice.setAccessibleName(self.tr("Es gilt für {entry}").format(entry=conflict.label))
            table.setCellWidget(row, 4, choice)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    def _choose_all(self, side: str) -> None:
        for row in range(self.ui.conflicts.rowCount()):
            choice = self.ui.conflicts.cellWidget(row, 4)
            choice.setCurrentIndex(choice.findData(side))  # type: ignore[attr-defined]

    def choices(self) -> dict[str, str]:
        """The side chosen for each conflict, by its id."""
        assert self.plan is not None
        return {
            conflict.id: self.ui.conflicts.cellWidget(row, 4).currentData()  # type: ignore[attr-defined]
            for row, conflict in enumerate(self.plan.conflicts)
        }

    def choose(self, conflict: Conflict, side: str) -> None:
        """Set the side of one conflict, as a click in its row would."""
        assert self.plan is not None
        row = self.plan.conflicts.index(conflict)
        choice = self.ui.conflicts.cellWidget(row, 4)
        choice.setCurrentIndex(choice.findData(side))  # type: ignore[attr-defined]

    # --- merging ---------------------------------------------------------------------

    def _merge(self) -> None:
        assert self.theirs is not None
        theirs, choices, force, here = self.theirs, self.choices(), self.force, self.workspace
        backups = self.backups_dir

        def work() -> MergeResult:
            return merge(here, theirs, choices=choices, force=force, backups_dir=backups)

        self.ui.mergeProblem.clear()
        locked = [*self._locked(), self.ui.conflicts, self.ui.allMine, self.ui.allTheirs]
        self.merging.start(work, self._merge_done, self._failed_on_merge, locked)

    def _merge_done(self, outcome: MergeResult) -> None:
        self.outcome = outcome
        self._passes()

    def _failed_on_merge(self, error: BaseException, message: str) -> None:
        self.ui.mergeProblem.setText(self._problem_text(error, message))

    def _show_result(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        if outcome.backup is None:
            self.ui.result.setText(self.tr("Nichts zusammenzuführen: alles ist schon hier."))
            return
        self.ui.result.setText(
            self.tr(
                "{added} Einträge hinzugefügt, {replaced} aus der anderen Datei übernommen, "
                "{kept} hier behalten.\n\nDer Stand vor dem Zusammenführen ist gesichert:\n"
                "{backup}"
            ).format(
                added=QLocale().toString(outcome.added),
                replaced=outcome.replaced,
                kept=outcome.kept,
                backup=outcome.backup,
            )
        )
