"""The Workshop page: choose or create a workshop, its details, and one tab per view."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, QTime
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QCompleter, QInputDialog, QLabel, QLineEdit, QTimeEdit

from weltoffen_desktop.gui.generated.ui_workshop_page import Ui_WorkshopPage
from weltoffen_desktop.gui.i18n import catalogue_language
from weltoffen_desktop.gui.pages.base import Page, signals_blocked
from weltoffen_desktop.gui.workshop.agenda_view import AgendaView
from weltoffen_desktop.gui.workshop.cards_view import CardsView
from weltoffen_desktop.gui.workshop.decisions_view import DecisionsView
from weltoffen_desktop.gui.workshop.edits import WorkshopContext
from weltoffen_desktop.gui.workshop.participants_view import ParticipantsView
from weltoffen_desktop.gui.workshop.plan_view import PlanView
from weltoffen_desktop.gui.workshop.voting_view import VotingView

if TYPE_CHECKING:
    from weltoffen_desktop.domain.workshop import WorkshopData
    from weltoffen_desktop.gui.workshop.common import WorkshopView
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations.results import RoundReport
    from weltoffen_desktop.operations.workshop import WorkshopSummary
    from weltoffen_desktop.storage.database import Workspace

NO_DATE = QDate(2000, 1, 1)  # the date and time edits show "–" at their minimum: not set
NO_TIME = QTime(0, 0)
TEXT_DETAILS = ("title", "place", "moderator", "minute_taker", "chair")


class WorkshopPage(Page):
    page_id = "workshop"

    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__(session)
        self.ui = Ui_WorkshopPage()
        self.ui.setupUi(self)
        self.ui.title.setProperty("role", "pageTitle")
        self.ui.overallLabel.setProperty("role", "overall")
        self.ui.summaryLabel.setProperty("role", "muted")
        self.context = WorkshopContext(session, self)
        self._workspace: Workspace | None = None  # the workspace shown
        self._report: tuple[str | None, RoundReport | None] = (None, None)
        self._report_shown: RoundReport | None = None
        self._round_uids: dict[str, str] = {}  # round name -> uid
        self._summaries: list[WorkshopSummary] = []  # the workshops in the chooser

        self.views: list[WorkshopView] = [
            ParticipantsView(self.context),
            AgendaView(self.context),
            CardsView(self.context),
            VotingView(self.context),
            DecisionsView(self.context),
            PlanView(self.context),
        ]
        for view in self.views:
            self.ui.tabs.addTab(view, "")
        self.tab_actions = []
        for number in range(1, self.ui.tabs.count() + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key(Qt.Key.Key_0 + number)))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while the page is shown
            action.triggered.connect(lambda _=False, n=number: self.ui.tabs.setCurrentIndex(n - 1))
            self.addAction(action)
            self.tab_actions.append(action)

        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.context.stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts(
            _keys(QKeySequence.StandardKey.Redo, "Ctrl+Y", "Ctrl+Shift+Z")
        )
        self.redo_action.triggered.connect(self.context.stack.redo)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.ui.undoButton.setDefaultAction(self.undo_action)
        self.ui.redoButton.setDefaultAction(self.redo_action)
        stack = self.context.stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self._update_undo)
        for signal in (stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._update_undo)

        self._completer_names = QStringListModel(self)
        for edit in (self.ui.moderatorEdit, self.ui.minuteTakerEdit, self.ui.chairEdit):
            completer = QCompleter(self._completer_names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        for name in TEXT_DETAILS:
            self._detail_edit(name).editingFinished.connect(lambda n=name: self._text_edited(n))
        self.ui.dateEdit.setMinimumDate(NO_DATE)
        self.ui.startEdit.setMinimumTime(NO_TIME)
        self.ui.endEdit.setMinimumTime(NO_TIME)
        self.ui.dateEdit.dateChanged.connect(self._date_edited)
        self.ui.startEdit.timeChanged.connect(lambda: self._time_edited("start_time"))
        self.ui.endEdit.timeChanged.connect(lambda: self._time_edited("end_time"))
        self.ui.roundCombo.activated.connect(self._round_chosen)
        self.ui.workshopCombo.activated.connect(self._workshop_chosen)
        self.ui.newButton.clicked.connect(self.ask_new_workshop)
        self.context.changed.connect(self._show_workshop)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Workshop")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        locale = QLocale()
        self.ui.dateEdit.setDisplayFormat(
            locale.dateFormat(QLocale.FormatType.ShortFormat)
            .replace("yyyy", "yy")
            .replace("yy", "yyyy")
        )
        for edit in (self.ui.startEdit, self.ui.endEdit):
            edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self._report_shown = None  # the strip is written again in the new language
        titles = [
            self.tr("Teilnehmende"),
            self.tr("Tagesordnung"),
            self.tr("Karten"),
            self.tr("Punktabfrage"),
            self.tr("Empfehlungen und Beschlüsse"),
            self.tr("Maßnahmenplan"),
        ]
        for index, text in enumerate(titles[: len(self.views)], start=1):
            self.ui.tabs.setTabText(index, text)
        for index in range(self.ui.tabs.count()):
            self.ui.tabs.setTabToolTip(index, self.tr("Alt+{number}").format(number=index + 1))
        self._update_undo()

    # --- undo and redo -------------------------------------------------------------------------

    def _update_undo(self) -> None:
        """The actions name what they undo; they work only while this page is shown."""
        stack, shown = self.context.stack, self.isVisible()
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Rückgängig: {what}").format(what=undo) if undo else self.tr("&Rückgängig")
        )
        self.redo_action.setText(
            self.tr("&Wiederholen: {what}").format(what=redo) if redo else self.tr("&Wiederholen")
        )
        self.undo_action.setEnabled(shown and stack.canUndo())
        self.redo_action.setEnabled(shown and stack.canRedo())
        for button, action in (
            (self.ui.undoButton, self.undo_action),
            (self.ui.redoButton, self.redo_action),
        ):
            button.setText("↶" if action is self.undo_action else "↷")
            button.setToolTip(action.text().replace("&", "") + f" ({action.shortcut().toString()})")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_undo()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_undo()

    # --- the workshop shown --------------------------------------------------------------------

    def invalidate(self) -> None:
        """Saves while this page is shown are its own edits: the context reloads already."""
        if self.isVisible() and self.session.workspace is self._workspace:
            return
        super().invalidate()

    def refresh(self) -> None:
        ws = self._workspace = self.session.workspace
        if ws is None:
            self.context.choose(None)
            self.ui.hint.setText(self.tr("Öffnen Sie zuerst einen Arbeitsbereich."))
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            return
        from weltoffen_desktop.operations.workshop import round_uids, workshops

        self._round_uids = round_uids(ws)
        self._report = (None, None)  # answers may have changed
        self._summaries = []  # and so may the workshops
        summaries = workshops(ws)
        uids = [s.uid for s in summaries]
        chosen = self.context.workshop
        if chosen in uids:
            self.context.reload()
        else:
            self.context.choose(uids[0] if uids else None)

    def _show_workshop(self) -> None:
        """Show the chosen workshop's details (the views follow the context themselves)."""
        data = self.context.data()
        ws = self.session.workspace
        self._fill_workshops(ws, data)
        if data is None:
            self.ui.hint.setText(
                self.tr(
                    "Noch kein Workshop in diesem Arbeitsbereich. Legen Sie mit "
                    "„Neuer Workshop …“ oben rechts einen an."
                )
            )
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            return
        self.ui.states.setCurrentWidget(self.ui.tabs)
        for name in TEXT_DETAILS:
            edit = self._detail_edit(name)
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(getattr(data, name))
                edit.setModified(False)
        with signals_blocked(self.ui.dateEdit):
            self.ui.dateEdit.setDate(QDate(data.date) if data.date else NO_DATE)
        for edit, value in ((self.ui.startEdit, data.start_time), (self.ui.endEdit, data.end_time)):
            with signals_blocked(edit):
                edit.setTime(QTime(value) if value else NO_TIME)
        self._fill_rounds(data)
        self._completer_names.setStringList([p.name for p in data.participants])
        self._show_results(data)
        self.ui.summaryLabel.setText(
            self.tr(
                "{participants} Teilnehmende · {agenda} Tagesordnungspunkte · {cards} Karten · "
                "{votes} Punktabfragen · {measures} Maßnahmen"
            ).format(
                participants=len(data.participants),
                agenda=len(data.agenda),
                cards=len(data.cards),
                votes=len(data.votes),
                measures=len(data.measures),
            )
        )

    def _fill_workshops(self, ws: Workspace | None, data: WorkshopData | None) -> None:
        """The chooser; the list is read again only when the shown workshop is not in it
        as it is now (another one chosen or created, its title or date changed)."""
        from weltoffen_desktop.operations.workshop import WorkshopSummary, workshops

        shown = WorkshopSummary(data.uid, data.title, data.date) if data is not None else None
        if ws is None:
            self._summaries = []
        elif shown not in self._summaries:
            self._summaries = workshops(ws)
        combo = self.ui.workshopCombo
        with signals_blocked(combo):
            combo.clear()
            for summary in self._summaries:
                when = QLocale().toString(QDate(summary.date), QLocale.FormatType.ShortFormat)
                text = f"{summary.title} · {when}" if summary.date else summary.title
                combo.addItem(text, summary.uid)
            combo.setCurrentIndex(combo.findData(self.context.workshop))
        combo.setEnabled(combo.count() > 0)
        self.ui.newButton.setEnabled(ws is not None)

    def _fill_rounds(self, data: WorkshopData) -> None:
        combo = self.ui.roundCombo
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(self.tr("(keine)"), None)
            for name, uid in self._round_uids.items():
                combo.addItem(name, uid)
            combo.setCurrentIndex(max(0, combo.findData(self._round_uids.get(data.round_name))))

    def _show_results(self, data: WorkshopData) -> None:
        """The linked round's overall stage and the stage of each field, as a strip."""
        report = self._round_report(data.round_name)
        self.ui.resultsBox.setVisible(report is not None)
        if report is self._report_shown:
            return
        self._report_shown = report
        strip = self.ui.stageStrip
        while strip.count():
            strip.takeAt(0).widget().deleteLater()
        if report is None:
            return
        language = catalogue_language()
        result = report.result
        if result.overall_stage is None:
            self.ui.overallLabel.setText(
                self.tr("„{round}“: noch keine Antworten.").format(round=report.round_name)
            )
            return
        self.ui.overallLabel.setText(
            self.tr("„{round}“ – gesamt Stufe {stage}: {name}").format(
                round=report.round_name,
                stage=result.overall_stage,
                name=report.catalogue.stage_name(result.overall_stage, language),
            )
        )
        for field, field_result in zip(report.catalogue.fields, result.fields, strict=True):
            agreed = report.consensus.get(field.id)
            stage = agreed.stage if agreed is not None else field_result.stage
            chip = QLabel(self)
            chip.setProperty("role", "stageChip")
            chip.setProperty("stage", str(stage or 0))
            chip.setWordWrap(True)
            chip.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            stage_text = (
                self.tr("Stufe {stage}").format(stage=stage) if stage else self.tr("keine Angabe")
            )
            if agreed is not None:
                stage_text = self.tr("{stage} (Konsens)").format(stage=stage_text)
            chip.setText(f"{field.name.get(language)}\n{stage_text}")
            chip.setToolTip(
                report.catalogue.stage_name(stage, language) if stage else field.name.get(language)
            )
            strip.addWidget(chip, 1)

    def _round_report(self, round_name: str | None) -> RoundReport | None:
        if round_name is None:
            return None
        if self._report[0] != round_name:
            from weltoffen_desktop.operations.results import round_report

            ws = self.session.workspace
            report = self.session.result_of(lambda: round_report(ws, round_name))
            self._report = (round_name, report)
        return self._report[1]

    # --- edits of the details ------------------------------------------------------------------

    def _detail_edit(self, name: str) -> QLineEdit:
        return {
            "title": self.ui.titleEdit,
            "place": self.ui.placeEdit,
            "moderator": self.ui.moderatorEdit,
            "minute_taker": self.ui.minuteTakerEdit,
            "chair": self.ui.chairEdit,
        }[name]

    def _update_detail(self, name: str, value: object) -> None:
        data = self.context.data()
        if data is None:
            return
        stored = (
            self._round_uids.get(data.round_name or "") if name == "round" else getattr(data, name)
        )
        if stored == value:
            return
        texts = {
            "title": self.tr("Titel des Workshops ändern"),
            "date": self.tr("Datum des Workshops ändern"),
            "place": self.tr("Ort des Workshops ändern"),
            "start_time": self.tr("Beginn des Workshops ändern"),
            "end_time": self.tr("Ende des Workshops ändern"),
            "moderator": self.tr("Moderation ändern"),
            "minute_taker": self.tr("Protokollführung ändern"),
            "chair": self.tr("Sitzungsleitung ändern"),
            "round": self.tr("Selbstcheck-Runde des Workshops ändern"),
        }
        if not self.context.update(texts[name], "workshop", data.uid, **{name: value}):
            self._show_workshop()  # refused: show what is stored

    def _text_edited(self, name: str) -> None:
        edit = self._detail_edit(name)
        edit.setModified(False)
        self._update_detail(name, edit.text().strip())

    def _date_edited(self) -> None:
        date = self.ui.dateEdit.date()
        self._update_detail("date", None if date == NO_DATE else date.toPython())

    def _time_edited(self, name: str) -> None:
        edit: QTimeEdit = self.ui.startEdit if name == "start_time" else self.ui.endEdit
        time: dt.time | None = None if edit.time() == NO_TIME else edit.time().toPython()
        self._update_detail(name, time)

    def _round_chosen(self, index: int) -> None:
        self._update_detail("round", self.ui.roundCombo.itemData(index))

    # --- choosing and creating -----------------------------------------------------------------

    def _workshop_chosen(self, index: int) -> None:
        uid = self.ui.workshopCombo.itemData(index)
        if uid != self.context.workshop:
            self.context.choose(uid)

    def ask_new_workshop(self) -> str | None:
        title, ok = QInputDialog.getText(
            self,
            self.tr("Neuer Workshop"),
            self.tr("Titel des Workshops:"),
            QLineEdit.EchoMode.Normal,
            self.tr("Workshop Weltoffene Kommune {year}").format(year=dt.date.today().year),
        )
        return self.new_workshop(title) if ok else None

    def new_workshop(self, title: str) -> str | None:
        """Create a workshop and show it; its undo history starts empty."""
        uid = self.context.add(self.tr("Workshop anlegen"), "workshop", None, title=title)
        if uid is not None:
            self.context.choose(uid)
            self.ui.tabs.setCurrentIndex(0)
            self.ui.titleEdit.setFocus()
        return uid


def _keys(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The key sequences of ``keys`` (standard keys may have several), each once."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        found.extend(s for s in sequences if s not in found)
    return found
