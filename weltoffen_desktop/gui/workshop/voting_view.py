"""Punktabfrage: choose the options, enter the dots, reveal the ranked result.

Keyboard paths (each mnemonic is Alt + the letter; none clashes with the page around
the view or the menu bar):

- **New vote**: Alt+N, type the title, Enter. The vote is created and chosen, and the
  focus moves to the list of options.
- **Options**: Alt+O focuses the list of cards and clusters; Up/Down move, Space puts
  the current one to the vote (or takes it back). While the dots per person still
  follow the rule (options/2+1), they change with the number of options.
- **Settings**: Alt+T title, Alt+J dots per person (type the number, Enter),
  Alt+E how votes are entered (per person or totals).
- **Dots per person** (Alt+S goes to the grid, where the cursor was): a digit sets the
  dots of the current person on the current option and moves on, after the last option
  to the next person's first; Tab/Shift+Tab and the arrow keys move without changing;
  Delete clears a cell; Backspace goes back one cell; Enter opens the cell for numbers
  above 9. Tab after the last cell leaves the grid. More dots than a person has are
  refused with a message, and the cursor stays.
- **Totals** (Alt+S): type the number of dots of the current option, Enter stores it and
  goes to the next option; Delete clears.
- **Absent people**: Alt+W also lists the participants who are not present.
- **Reveal**: Alt+G shows (and hides again) the result: ranked list and bar chart.
  Until then every entered number shows as "•", for the projector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem

from weltoffen_desktop.domain.workshop import (
    Attendance,
    CardKind,
    DotVoteData,
    WorkshopData,
    default_dots,
)
from weltoffen_desktop.gui.generated.ui_voting_view import Ui_VotingView
from weltoffen_desktop.gui.pages.base import signals_blocked
from weltoffen_desktop.gui.workshop.common import (
    WorkshopView,
    brief,
    card_kind_icon,
    card_kind_text,
    field_names,
    grouped,
    ready_for_next,
    undo_passes_through,
)
from weltoffen_desktop.gui.workshop.vote_grid import DotGridModel, Option, TotalsModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

TARGET = Qt.ItemDataRole.UserRole  # ("card" | "cluster", uid) of an option list item
GRID, TOTALS = range(2)  # pages of the entry stack
HIDDEN, SHOWN = range(2)  # pages of the result stack
ALL, CHOSEN, CLUSTERS = "all", "chosen", "cluster"  # kind filters besides the card kinds
NO_FIELD = ""  # field filter: cards without a Handlungsfeld
LABEL_LIMIT = 200  # characters of a card's text in an option's label
NOTICE_SCALE = 1.6  # "Ergebnis verdeckt" against the interface font


def places(counts: list[int]) -> list[int]:
    """Places of ranked counts; equal counts share a place (1, 2, 2, 4)."""
    found: list[int] = []
    for i, count in enumerate(counts):
        found.append(found[-1] if i and count == counts[i - 1] else i + 1)
    return found


class VotingView(WorkshopView):
    """The dot votes of the workshop being edited."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_VotingView()
        self.ui.setupUi(self)
        for label in (self.ui.keysHint, self.ui.dotsHint, self.ui.optionCount, self.ui.entryState):
            label.setProperty("role", "muted")
        self.grid_model = DotGridModel(self)
        self.ui.gridTable.setModel(self.grid_model)
        self.totals_model = TotalsModel(self)
        self.ui.totalsTable.setModel(self.totals_model)
        ranking = self.ui.rankingList.header()
        ranking.setStretchLastSection(False)
        ranking.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ranking.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ranking.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([340, 800])
        self.ui.entrySplitter.setSizes([300, 260])
        self.ui.resultSplitter.setSizes([380, 420])
        self._fill_choices()

        self._vote_uid: str | None = None
        self._data: WorkshopData | None = None
        self._labels: dict[str, str] = {}  # option uid -> label
        self._filter_keys: dict[str, tuple[str, set[str | None]]] = {}  # uid -> (kind, fields)
        self._listed: tuple | None = None  # what the option list was built from

        self.ui.voteCombo.currentIndexChanged.connect(self._vote_chosen)
        self.ui.newVoteEdit.returnPressed.connect(self.add_vote)
        self.ui.newVoteButton.clicked.connect(self.add_vote)
        undo_passes_through(self.ui.newVoteEdit)
        undo_passes_through(self.ui.titleEdit)
        self.ui.removeVoteButton.clicked.connect(self.remove_vote)
        self.ui.titleEdit.editingFinished.connect(self._title_edited)
        self.ui.dotsSpin.valueChanged.connect(self._dots_edited)
        self.ui.modeCombo.activated.connect(self._mode_chosen)
        self.ui.kindFilter.currentIndexChanged.connect(self._apply_filter)
        self.ui.fieldFilter.currentIndexChanged.connect(self._apply_filter)
        self.ui.optionList.itemChanged.connect(self._option_toggled)
        self.ui.showAbsentCheck.toggled.connect(self.refresh)
        self.ui.revealButton.clicked.connect(self._reveal)
        self.ui.gridTable.dots_entered.connect(self._dots_entered)
        self.ui.totalsTable.total_entered.connect(self._total_entered)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._listed = None  # the kinds of cards are named anew

    def _fill_choices(self) -> None:
        """The texts of the mode and kind choices (the field choices follow the catalogue)."""
        with signals_blocked(self.ui.modeCombo):
            self.ui.modeCombo.clear()
            self.ui.modeCombo.addItem(self.tr("Punkte je Person"), True)
            self.ui.modeCombo.addItem(self.tr("Summe je Option"), False)
        kind = self.ui.kindFilter.currentData()
        with signals_blocked(self.ui.kindFilter):
            self.ui.kindFilter.clear()
            self.ui.kindFilter.addItem(self.tr("Alle Karten und Cluster"), ALL)
            self.ui.kindFilter.addItem(self.tr("Nur gewählte"), CHOSEN)
            self.ui.kindFilter.addItem(self.tr("Cluster"), CLUSTERS)
            for card_kind in CardKind:
                self.ui.kindFilter.addItem(
                    card_kind_icon(card_kind), card_kind_text(card_kind), card_kind.value
                )
            self.ui.kindFilter.setCurrentIndex(max(0, self.ui.kindFilter.findData(kind)))

    # --- showing -------------------------------------------------------------------------------

    def vote(self) -> DotVoteData | None:
        """The vote shown."""
        if self._data is None:
            return None
        return next((v for v in self._data.votes if v.uid == self._vote_uid), None)

    def refresh(self) -> None:
        self._data = data = self.context.data()
        self.ui.newVoteEdit.setEnabled(data is not None)
        self.ui.newVoteButton.setEnabled(data is not None)
        votes = data.votes if data is not None else ()
        if self._vote_uid not in [v.uid for v in votes]:
            self._vote_uid = votes[0].uid if votes else None
        with signals_blocked(self.ui.voteCombo):
            self.ui.voteCombo.clear()
            for vote in votes:
                self.ui.voteCombo.addItem(vote.title, vote.uid)
            self.ui.voteCombo.setCurrentIndex(self.ui.voteCombo.findData(self._vote_uid))
        self.ui.voteCombo.setEnabled(bool(votes))
        self.ui.removeVoteButton.setEnabled(bool(votes))
        vote = self.vote()
        if data is None or vote is None:
            self.ui.hint.setText(
                self.tr("Wählen Sie zuerst einen Workshop.")
                if data is None
                else self.tr(
                    "Noch keine Punktabfrage. Geben Sie oben bei „Neu“ einen Titel ein und "
                    "drücken Sie die Eingabetaste; dann wählen Sie die Karten oder Cluster, "
                    "über die abgestimmt wird."
                )
            )
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            return
        self.ui.states.setCurrentWidget(self.ui.votePanel)
        self._labels = self._option_labels(data, vote)
        self._show_settings(vote)
        self._show_option_list(data, vote)
        self._show_entry(data, vote)
        self._show_result(vote)

    def _option_labels(self, data: WorkshopData, vote: DotVoteData) -> dict[str, str]:
        cards = {c.uid: c for c in data.cards}
        clusters = {c.uid: c for c in data.clusters}
        labels = {}
        for option in vote.options:
            if option.card is not None:
                labels[option.uid] = brief(cards[option.card].text, LABEL_LIMIT)
            else:
                assert option.cluster is not None
                labels[option.uid] = self.tr("Cluster „{name}“").format(
                    name=clusters[option.cluster].name
                )
        return labels

    def _numbered(self, vote: DotVoteData) -> list[Option]:
        return [Option(o.uid, i, self._labels[o.uid]) for i, o in enumerate(vote.options, 1)]

    def _show_settings(self, vote: DotVoteData) -> None:
        if self.ui.titleEdit.text() != vote.title:
            self.ui.titleEdit.setText(vote.title)
        with signals_blocked(self.ui.dotsSpin):
            self.ui.dotsSpin.setValue(vote.dots_per_person)
        suggested = default_dots(len(vote.options))
        self.ui.dotsHint.setText(
            self.tr("Vorschlag bei {options} Optionen: {dots}").format(
                options=len(vote.options), dots=suggested
            )
        )
        self.ui.modeCombo.setCurrentIndex(self.ui.modeCombo.findData(vote.by_participant))

    def _show_option_list(self, data: WorkshopData, vote: DotVoteData) -> None:
        """Every cluster and card, the chosen ones checked and numbered as in the grid.

        Built again only when one of them changed: not for every dot typed."""
        self.ui.optionCount.setText(
            self.tr("{count} Optionen gewählt · {dots} Punkte je Person").format(
                count=len(vote.options), dots=vote.dots_per_person
            )
        )
        numbers = {(o.card or o.cluster): i for i, o in enumerate(vote.options, 1)}
        shown = (data.uid, data.round_name, data.clusters, data.cards, numbers)
        if shown == self._listed:
            return
        self._listed = shown
        fields = field_names(self.context)
        self._fill_field_filter(fields)
        icons = {kind: card_kind_icon(kind) for kind in CardKind}
        in_cluster: dict[str, list[str | None]] = {}
        for card in data.cards:
            if card.cluster is not None:
                in_cluster.setdefault(card.cluster, []).append(card.field_id)
        entries = []  # (target, text, tooltip, icon)
        for cluster in data.clusters:
            members = in_cluster.get(cluster.uid, [])
            self._filter_keys[cluster.uid] = (CLUSTERS, set(members))
            text = self.tr("Cluster „{name}“ ({count} Karten)").format(
                name=cluster.name, count=len(members)
            )
            entries.append(((CLUSTERS, cluster.uid), text, text, None))
        for card in data.cards:
            self._filter_keys[card.uid] = (card.kind.value, {card.field_id})
            field = fields.get(card.field_id or "")
            entries.append(
                (
                    ("card", card.uid),
                    f"{card_kind_text(card.kind)}: {brief(card.text, LABEL_LIMIT)}",
                    f"{field}\n\n{card.text}" if field else card.text,
                    icons[card.kind],
                )
            )
        listing = self.ui.optionList
        with signals_blocked(listing):
            listed = [listing.item(row) for row in range(listing.count())]
            if [tuple(item.data(TARGET)) for item in listed] != [e[0] for e in entries]:
                # a changed set of cards: built anew (never while an item is being ticked)
                row, scrolled = listing.currentRow(), listing.verticalScrollBar().value()
                listing.clear()
                listed = []
                for target, *_ in entries:
                    item = QListWidgetItem()
                    item.setData(TARGET, target)
                    flag = Qt.ItemFlag
                    item.setFlags(
                        flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemIsUserCheckable
                    )
                    listing.addItem(item)
                    listed.append(item)
                listing.setCurrentRow(min(row, listing.count() - 1) if row >= 0 else -1)
                listing.verticalScrollBar().setValue(scrolled)
            for item, (target, text, tooltip, icon) in zip(listed, entries, strict=True):
                number = numbers.get(target[1])
                item.setText(f"{number} · {text}" if number is not None else text)
                item.setCheckState(Qt.CheckState.Checked if number else Qt.CheckState.Unchecked)
                item.setToolTip(tooltip)
                if icon is not None:
                    item.setIcon(icon)
            self._apply_filter()

    def _fill_field_filter(self, fields: dict[str, str]) -> None:
        combo = self.ui.fieldFilter
        chosen = combo.currentData()
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(self.tr("Alle Handlungsfelder"), None)
            for field_id, name in fields.items():
                combo.addItem(name, field_id)
            combo.addItem(self.tr("Ohne Handlungsfeld"), NO_FIELD)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _apply_filter(self) -> None:
        kind, field = self.ui.kindFilter.currentData(), self.ui.fieldFilter.currentData()
        listing = self.ui.optionList
        for row in range(listing.count()):
            item = listing.item(row)
            item_kind, item_fields = self._filter_keys[item.data(TARGET)[1]]
            chosen = item.checkState() == Qt.CheckState.Checked
            shown = kind in (ALL, item_kind) or (kind == CHOSEN and chosen)
            if field is not None:
                shown = shown and (field if field != NO_FIELD else None) in item_fields
            item.setHidden(not shown)

    def _show_entry(self, data: WorkshopData, vote: DotVoteData) -> None:
        options = self._numbered(vote)
        if vote.by_participant:
            dotted = {uid for o in vote.options for uid, dots in o.dots.items() if dots}
            everyone = self.ui.showAbsentCheck.isChecked()
            people = [
                p
                for p in data.participants
                if everyone or p.attendance == Attendance.PRESENT or p.uid in dotted
            ]
            grid = self.ui.gridTable
            keep = self.grid_model.cell(grid.currentIndex())
            self.grid_model.show(vote, people, options)
            if not grid.currentIndex().isValid() and self.grid_model.rowCount() and options:
                kept = grid.cell_at(*keep) if keep is not None else None
                grid.setCurrentIndex(kept if kept else self.grid_model.index(0, 0))
            self.ui.entryStack.setCurrentIndex(GRID)
            self.ui.entryLabel.setBuddy(self.ui.gridTable)
            self.ui.keysHint.setText(
                self.tr(
                    "Ziffer: Punkte eintragen und weiter · Tab, Pfeiltasten: bewegen · "
                    "Entf: löschen · Eingabetaste: Zahl über 9"
                )
            )
        else:
            totals = self.ui.totalsTable
            row = totals.currentIndex().row()
            keep = self.totals_model.options[row].uid if row >= 0 else None
            self.totals_model.show(vote, options)
            if not totals.currentIndex().isValid():
                uids = [o.uid for o in options]
                totals.go_to_row(uids.index(keep) if keep in uids else 0)
            self.ui.entryStack.setCurrentIndex(TOTALS)
            self.ui.entryLabel.setBuddy(self.ui.totalsTable)
            self.ui.keysHint.setText(
                self.tr(
                    "Punkte der Option tippen, Eingabetaste: speichern und nächste Option · "
                    "Entf: löschen"
                )
            )
        self.ui.entryState.setText(
            self.tr("Verdeckt: Eingetragene Punkte erscheinen als ●.") if not vote.revealed else ""
        )

    def _show_result(self, vote: DotVoteData) -> None:
        with signals_blocked(self.ui.revealButton):
            self.ui.revealButton.setChecked(vote.revealed)
        self.ui.revealButton.setText(
            self.tr("Er&gebnis verdecken") if vote.revealed else self.tr("Er&gebnis aufdecken")
        )
        if not vote.revealed:
            notice = QFont(self.font())  # large, and larger with a projector's font
            notice.setPointSizeF(notice.pointSizeF() * NOTICE_SCALE)
            if self.ui.hiddenLabel.font() != notice:  # (set here: the page's font comes late)
                self.ui.hiddenLabel.setFont(notice)
            self.ui.hiddenLabel.setText(
                self.tr("Ergebnis verdeckt\n\nMit „Ergebnis aufdecken“ zeigen Sie es allen.")
            )
            self.ui.resultStack.setCurrentIndex(HIDDEN)
            return
        ranked = vote.ranking()
        ranks = places([count for _, count in ranked])
        self.ui.rankingList.clear()
        bars = []
        for place, (option, count) in zip(ranks, ranked, strict=True):
            label = self._labels[option.uid]
            item = QTreeWidgetItem([self.tr("{place}.").format(place=place), label, str(count)])
            item.setToolTip(1, label)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.ui.rankingList.addTopLevelItem(item)
            bars.append((self.tr("{place}.").format(place=place), label, count))
        self.ui.chart.set_bars(bars, self.tr("Noch keine Optionen gewählt."))
        self.ui.resultStack.setCurrentIndex(SHOWN)

    # --- edits ---------------------------------------------------------------------------------

    def _vote_chosen(self) -> None:
        self._vote_uid = self.ui.voteCombo.currentData()
        self.refresh()

    def add_vote(self) -> None:
        """Create a vote titled as typed; it is shown, and the options come next."""
        title = self.ui.newVoteEdit.text()
        if self.context.workshop is None:
            return
        uid = self.context.add(
            self.tr("Punktabfrage „{title}“ anlegen").format(title=title.strip()),
            "dot_vote",
            self.context.workshop,
            title=title,
            dots_per_person=default_dots(0),
        )
        if uid is None:
            return
        ready_for_next([self.ui.newVoteEdit])
        self._vote_uid = uid
        self.refresh()
        self.ui.optionList.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.ui.optionList.currentRow() < 0 and self.ui.optionList.count():
            self.ui.optionList.setCurrentRow(0)

    def remove_vote(self) -> None:
        vote = self.vote()
        if vote is not None:
            self.context.remove(
                self.tr("Punktabfrage „{title}“ löschen").format(title=vote.title),
                "dot_vote",
                vote.uid,
            )

    def _update_vote(self, text: str, **changes: object) -> None:
        vote = self.vote()
        if vote is not None and not self.context.update(text, "dot_vote", vote.uid, **changes):
            self.refresh()  # refused: show what is stored again

    def _title_edited(self) -> None:
        vote = self.vote()
        if vote is not None and self.ui.titleEdit.text().strip() != vote.title:
            text = self.tr("Titel der Punktabfrage ändern")
            self._update_vote(text, title=self.ui.titleEdit.text())

    def _dots_edited(self, dots: int) -> None:
        vote = self.vote()
        if vote is not None and dots != vote.dots_per_person:
            self._update_vote(self.tr("Punkte je Person ändern"), dots_per_person=dots)

    def _mode_chosen(self) -> None:
        vote = self.vote()
        by_participant = bool(self.ui.modeCombo.currentData())
        if vote is not None and by_participant != vote.by_participant:
            self._update_vote(self.tr("Eingabeart ändern"), by_participant=by_participant)

    def _reveal(self, revealed: bool) -> None:
        self._update_vote(
            self.tr("Ergebnis aufdecken") if revealed else self.tr("Ergebnis verdecken"),
            revealed=revealed,
        )

    def _option_toggled(self, item: QListWidgetItem) -> None:
        """Put a card or cluster to the vote, or take it back (its dots go with it)."""
        vote = self.vote()
        if vote is None:
            return
        kind, uid = item.data(TARGET)
        kind = "cluster" if kind == CLUSTERS else "card"
        before = len(vote.options)
        follows_rule = vote.dots_per_person == default_dots(before)
        option = next((o for o in vote.options if uid in (o.card, o.cluster)), None)
        if item.checkState() == Qt.CheckState.Checked and option is None:
            text, after = self.tr("Option zur Abstimmung stellen"), before + 1
        elif item.checkState() != Qt.CheckState.Checked and option is not None:
            text, after = self.tr("Option aus der Abstimmung nehmen"), before - 1
        else:
            return
        with grouped(self.context, text):
            if option is None:
                done = self.context.add(text, "vote_option", vote.uid, **{kind: uid}) is not None
            else:
                done = self.context.remove(text, "vote_option", option.uid)
            if done and follows_rule and default_dots(after) != vote.dots_per_person:
                self.context.update(
                    self.tr("Punkte je Person ändern"),
                    "dot_vote",
                    vote.uid,
                    dots_per_person=default_dots(after),
                )
        if not done:
            self.refresh()

    def _dots_entered(self, participant: str, option: str, dots: int) -> None:
        vote = self.vote()
        if vote is None:
            return
        stored = next(o for o in vote.options if o.uid == option).dots.get(participant, 0)
        if dots != stored:
            self.context.set_dots(self.tr("Punkte eintragen"), option, participant, dots)

    def _total_entered(self, option: str, total: int) -> None:
        vote = self.vote()
        if vote is None:
            return
        if total != next(o for o in vote.options if o.uid == option).total:
            self.context.update(self.tr("Summe eintragen"), "vote_option", option, total=total)
