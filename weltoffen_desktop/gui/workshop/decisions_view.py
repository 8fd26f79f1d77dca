"""Handlungsempfehlungen per Handlungsfeld, and decisions in their exact wording.

Texts are kept as typed: line breaks, tabs, quotes, ``<``, ``&`` and every script stay
exactly so (only blank space at the very start and end is dropped).

Keyboard paths (Alt + the letter):

- **Recommendations**: Alt+E focuses the tree of fields and their recommendations;
  on a field, Alt+M (or Tab) goes to the text of a new recommendation for that field,
  Ctrl+Enter adds it and the text is ready for the next. Alt+F chooses the field.
  On a recommendation, its field and text are edited in place: a change is saved when
  the text is left (Tab) or with Ctrl+Enter. Alt+N starts a new one.
- **Decisions**: Alt+S focuses the list; Alt+T the agenda item, Alt+W the wording,
  Alt+J the yes votes, then Tab to no and abstentions (all three empty: no vote held;
  once one is filled, an empty one counts 0). Ctrl+Enter adds a new decision or saves
  the one chosen. Alt+R starts a new one.
- In both lists: Delete removes, Alt+Up/Alt+Down moves (recommendations within their
  field). Every change is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRegularExpression,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from weltoffen_desktop.domain.workshop import DecisionData, RecommendationData, WorkshopData
from weltoffen_desktop.gui.generated.ui_decisions_view import Ui_DecisionsView
from weltoffen_desktop.gui.pages.base import signals_blocked
from weltoffen_desktop.gui.workshop.common import (
    UID_ROLE,
    WorkshopView,
    brief,
    field_names,
    undo_passes_through,
)
from weltoffen_desktop.operations.workshop import MAX_COUNT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # a field heading's field id ("" for none)
NO_FIELD = ""
PREVIEW_LINES = 4
NUMBER, WORDING, AGENDA, RESULT = range(4)  # columns of the decision list
COUNT_PATTERN = QRegularExpression(rf"\d{{0,{len(str(MAX_COUNT)) - 1}}}")  # below MAX_COUNT


def preview(text: str, lines: int = PREVIEW_LINES) -> str:
    """The first ``lines`` lines of ``text``, with "…" if there are more (for a list)."""
    shown = text.expandtabs(4).split("\n")
    return "\n".join(shown[:lines]) + ("\n…" if len(shown) > lines else "")


class WrappedText(QStyledItemDelegate):
    """Rows as high as their text needs when wrapped to the column's width (Qt's own
    estimate for a tree takes no width and keeps each row one line high)."""

    def __init__(self, tree: QTreeWidget, *columns: int) -> None:
        super().__init__(tree)
        self._tree = tree
        self._columns = columns

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() not in self._columns:
            return hint
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.columnWidth(index.column()) - self._tree.indentation() * depth - 8
        text = str(index.data() or "")
        needed = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 1_000_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), needed.height() + 6))


@dataclass(frozen=True)
class RecommendationDraft:
    field_id: str | None
    text: str


@dataclass(frozen=True)
class DecisionDraft:
    agenda_item: str | None
    wording: str
    votes: tuple[int | None, int | None, int | None]


def _votes(edits: tuple[QLineEdit, QLineEdit, QLineEdit]) -> tuple[int | None, ...]:
    """Yes/no/abstain as typed: all empty is no vote; else an empty one counts 0."""
    typed = [int(e.text()) if e.text().strip() else None for e in edits]
    if all(v is None for v in typed):
        return (None, None, None)
    return tuple(v or 0 for v in typed)


class DecisionsView(WorkshopView):
    """Recommendations and decisions of the workshop being edited."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DecisionsView()
        self.ui.setupUi(self)
        self.ui.keysHint.setProperty("role", "muted")
        self.ui.votesHint.setProperty("role", "muted")
        self.vote_edits = (self.ui.yesEdit, self.ui.noEdit, self.ui.abstainEdit)
        for edit in self.vote_edits:
            # digits or nothing (no vote): empty must be acceptable, or leaving it would
            # not count as finishing the edit
            edit.setValidator(QRegularExpressionValidator(COUNT_PATTERN, edit))
            edit.setPlaceholderText("–")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            undo_passes_through(edit)
            edit.editingFinished.connect(self._votes_edited)
        header = self.ui.decisionTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AGENDA, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(AGENDA, self.fontMetrics().averageCharWidth() * 18)
        self.ui.splitter.setSizes([500, 600])
        for edit in (self.ui.recommendationEdit, self.ui.wordingEdit):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 7)
        self.ui.recommendationTree.setItemDelegate(WrappedText(self.ui.recommendationTree, 0))
        self.ui.decisionTree.setItemDelegate(WrappedText(self.ui.decisionTree, WORDING, AGENDA))
        for tree in (self.ui.recommendationTree, self.ui.decisionTree):
            # wrapped rows get their height again when a column's width changes
            tree.header().sectionResized.connect(tree.doItemsLayout)

        self._data: WorkshopData | None = None
        self._fields: dict[str, str] = {}
        self._recommendation: str | None = None  # uid in the editor; None: a new one
        self._decision: str | None = None
        self._shown_recommendation: RecommendationDraft | None = None  # as loaded from the file
        self._shown_decision: DecisionDraft | None = None
        self._recommendation_draft = RecommendationDraft(None, "")  # a new one, not yet added
        self._decision_draft = DecisionDraft(None, "", (None, None, None))
        self._shown: tuple = (None, None)  # what the two lists were built from

        self._shortcut(self.ui.recommendationBox, self.save_recommendation)
        self._shortcut(self.ui.decisionBox, self.save_decision)
        self._list_actions(self.ui.recommendationTree, self.remove_recommendation, self._move_rec)
        self._list_actions(self.ui.decisionTree, self.remove_decision, self._move_decision)
        self.ui.recommendationTree.currentItemChanged.connect(self._recommendation_chosen)
        self.ui.decisionTree.currentItemChanged.connect(self._decision_chosen)
        self.ui.saveRecommendationButton.clicked.connect(self.save_recommendation)
        self.ui.saveDecisionButton.clicked.connect(self.save_decision)
        self.ui.newRecommendationButton.clicked.connect(self.new_recommendation)
        self.ui.newDecisionButton.clicked.connect(self.new_decision)
        self.ui.removeRecommendationButton.clicked.connect(self.remove_recommendation)
        self.ui.removeDecisionButton.clicked.connect(self.remove_decision)
        self.ui.fieldCombo.activated.connect(self._field_chosen)
        self.ui.agendaCombo.activated.connect(self._agenda_chosen)
        for edit in (self.ui.recommendationEdit, self.ui.wordingEdit):
            edit.installEventFilter(self)
        self.retranslate()

    def _shortcut(self, box: QWidget, save: Callable[[], object]) -> None:
        action = QAction(box)
        action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(save)
        box.addAction(action)

    def _list_actions(
        self, tree: QTreeWidget, remove: Callable[[], object], move: Callable[[int], object]
    ) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, remove),
            ("Alt+Up", lambda: move(-1)),
            ("Alt+Down", lambda: move(1)),
        ):
            action = QAction(tree)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            tree.addAction(action)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._shown = (None, None)  # the lists are written anew in the new language
        self.ui.keysHint.setText(
            self.tr(
                "Strg+Eingabe: hinzufügen oder speichern · Entf: entfernen · "
                "Alt+↑/↓: verschieben · Tab: weiter"
            )
        )
        self.ui.votesHint.setText(self.tr("leer: keine Abstimmung"))

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        typed = (self._typed_recommendation(), self._typed_decision())
        if self._recommendation is None:
            self._recommendation_draft = typed[0]
        if self._decision is None:
            self._decision_draft = typed[1]
        self._data = data = self.context.data()
        self.setEnabled(data is not None)
        self._fields = field_names(self.context) if data is not None else {}
        self._fill_field_combo()
        self._fill_agenda_combo(data)
        recommendations = data.recommendations if data is not None else ()
        decisions = data.decisions if data is not None else ()
        if self._recommendation not in [r.uid for r in recommendations]:
            self._recommendation = None
        if self._decision not in [d.uid for d in decisions]:
            self._decision = None
        # the lists are built again only when what they show changed
        shown = ((recommendations, tuple(self._fields.items())), (decisions, self._agenda_items()))
        if shown[0] != self._shown[0]:
            self._show_recommendations(recommendations)
        else:
            self._choose_item(self.ui.recommendationTree, self._recommendation)
        if shown[1] != self._shown[1]:
            self._show_decisions(decisions)
        else:
            self._choose_item(self.ui.decisionTree, self._decision)
        self._shown = shown
        self._load_recommendation(typed[0])
        self._load_decision(typed[1])

    def _fill_field_combo(self) -> None:
        combo = self.ui.fieldCombo
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(self.tr("– ohne Handlungsfeld –"), NO_FIELD)
            for field_id, name in self._fields.items():
                combo.addItem(name, field_id)

    def _fill_agenda_combo(self, data: WorkshopData | None) -> None:
        combo = self.ui.agendaCombo
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(self.tr("– keiner –"), None)
            for number, item in enumerate(data.agenda if data is not None else (), 1):
                combo.addItem(self._agenda_text(number, item.title), item.uid)

    def _agenda_text(self, number: int, title: str) -> str:
        return self.tr("TOP {number}: {title}").format(number=number, title=brief(title, 80))

    def _show_recommendations(self, recommendations: tuple[RecommendationData, ...]) -> None:
        """One heading per field (in the catalogue's order, then "without field")."""
        tree = self.ui.recommendationTree
        current = tree.currentItem()
        keep_field = current.data(0, FIELD_ROLE) if current is not None else None
        scrolled = tree.verticalScrollBar().value()
        groups: dict[str, list[RecommendationData]] = {f: [] for f in self._fields}
        groups[NO_FIELD] = []
        for recommendation in recommendations:
            groups.setdefault(recommendation.field_id or NO_FIELD, []).append(recommendation)
        bold = QFont(tree.font())
        bold.setBold(True)
        with signals_blocked(tree):
            tree.clear()
            for field_id, members in groups.items():
                name = self._fields.get(field_id) or (
                    field_id if field_id else self.tr("Ohne Handlungsfeld")
                )
                heading = QTreeWidgetItem([f"{name} ({len(members)})"])
                heading.setFont(0, bold)
                heading.setData(0, FIELD_ROLE, field_id)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                tree.addTopLevelItem(heading)
                for recommendation in members:
                    item = QTreeWidgetItem([preview(recommendation.text)])
                    item.setData(0, UID_ROLE, recommendation.uid)
                    item.setData(0, FIELD_ROLE, field_id)
                    item.setToolTip(0, recommendation.text)
                    heading.addChild(item)
            tree.expandAll()
            chosen = self._item_of(tree, self._recommendation) if self._recommendation else None
            if chosen is None and keep_field is not None:
                chosen = next(
                    (
                        tree.topLevelItem(i)
                        for i in range(tree.topLevelItemCount())
                        if tree.topLevelItem(i).data(0, FIELD_ROLE) == keep_field
                    ),
                    None,
                )
            tree.setCurrentItem(chosen)
            tree.verticalScrollBar().setValue(scrolled)

    def _show_decisions(self, decisions: tuple[DecisionData, ...]) -> None:
        tree = self.ui.decisionTree
        scrolled = tree.verticalScrollBar().value()
        agenda = {item.uid: number for number, item in enumerate(self._agenda_items(), 1)}
        titles = {item.uid: item.title for item in self._agenda_items()}
        with signals_blocked(tree):
            tree.clear()
            for number, decision in enumerate(decisions, 1):
                where = (
                    self._agenda_text(agenda[decision.agenda_item], titles[decision.agenda_item])
                    if decision.agenda_item is not None
                    else ""
                )
                item = QTreeWidgetItem(
                    [str(number), preview(decision.wording), where, self._result_text(decision)]
                )
                item.setData(0, UID_ROLE, decision.uid)
                item.setToolTip(WORDING, decision.wording)
                item.setTextAlignment(
                    NUMBER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                )
                for column in (WORDING, AGENDA, RESULT):
                    item.setTextAlignment(
                        column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    )
                tree.addTopLevelItem(item)
            tree.setCurrentItem(self._item_of(tree, self._decision))
            tree.verticalScrollBar().setValue(scrolled)

    def _agenda_items(self) -> tuple:
        return self._data.agenda if self._data is not None else ()

    def _result_text(self, decision: DecisionData) -> str:
        if not decision.was_voted:
            return self.tr("ohne Abstimmung")
        return self.tr("Ja {yes} · Nein {no} · Enthaltung {abstain}").format(
            yes=decision.votes_yes or 0,
            no=decision.votes_no or 0,
            abstain=decision.votes_abstain or 0,
        )

    def _choose_item(self, tree: QTreeWidget, uid: str | None) -> None:
        """Make the item of ``uid`` current (when it is not); none for a new entry."""
        current = tree.currentItem()
        if uid is not None and (current is None or current.data(0, UID_ROLE) != uid):
            with signals_blocked(tree):
                tree.setCurrentItem(self._item_of(tree, uid))

    @staticmethod
    def _item_of(tree: QTreeWidget, uid: str | None) -> QTreeWidgetItem | None:
        if uid is None:
            return None
        found = [
            item
            for item in tree.findItems(
                "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
            )
            if item.data(0, UID_ROLE) == uid
        ]
        return found[0] if found else None

    def _recommendation_data(self) -> RecommendationData | None:
        if self._data is None or self._recommendation is None:
            return None
        return next(r for r in self._data.recommendations if r.uid == self._recommendation)

    def _decision_data(self) -> DecisionData | None:
        if self._data is None or self._decision is None:
            return None
        return next(d for d in self._data.decisions if d.uid == self._decision)

    def _load_recommendation(self, typed: RecommendationDraft | None = None) -> None:
        """Put the chosen recommendation (or the draft of a new one) into the editor.

        What is being typed (``typed``) stays, unless the stored value changed (an undo)."""
        stored = self._recommendation_data()
        from_file = RecommendationDraft(stored.field_id, stored.text) if stored else None
        if from_file is None:
            shown = self._recommendation_draft
        elif from_file != self._shown_recommendation or typed is None:
            shown = from_file
        else:
            shown = typed
        if self.ui.recommendationEdit.toPlainText() != shown.text:
            self.ui.recommendationEdit.setPlainText(shown.text)
        combo = self.ui.fieldCombo
        combo.setCurrentIndex(max(0, combo.findData(shown.field_id or NO_FIELD)))
        self._shown_recommendation = from_file
        self.ui.recommendationBox.setTitle(
            self.tr("Empfehlung bearbeiten") if stored else self.tr("Neue Empfehlung")
        )
        self.ui.saveRecommendationButton.setText(
            self.tr("Speichern") if stored else self.tr("Hinzufügen")
        )
        self.ui.removeRecommendationButton.setEnabled(stored is not None)

    def _load_decision(self, typed: DecisionDraft | None = None) -> None:
        stored = self._decision_data()
        from_file = (
            DecisionDraft(
                stored.agenda_item,
                stored.wording,
                (stored.votes_yes, stored.votes_no, stored.votes_abstain),
            )
            if stored
            else None
        )
        if from_file is None:
            shown = self._decision_draft
        elif from_file != self._shown_decision or typed is None:
            shown = from_file
        else:
            shown = typed
        if self.ui.wordingEdit.toPlainText() != shown.wording:
            self.ui.wordingEdit.setPlainText(shown.wording)
        combo = self.ui.agendaCombo
        combo.setCurrentIndex(max(0, combo.findData(shown.agenda_item)))
        for edit, votes in zip(self.vote_edits, shown.votes, strict=True):
            text = "" if votes is None else str(votes)
            if edit.text() != text:
                edit.setText(text)
        self._shown_decision = from_file
        self.ui.decisionBox.setTitle(
            self.tr("Beschluss bearbeiten") if stored else self.tr("Neuer Beschluss")
        )
        self.ui.saveDecisionButton.setText(
            self.tr("Speichern") if stored else self.tr("Hinzufügen")
        )
        self.ui.removeDecisionButton.setEnabled(stored is not None)

    # --- choosing ------------------------------------------------------------------------------

    def _typed_recommendation(self) -> RecommendationDraft:
        field = self.ui.fieldCombo.currentData()
        return RecommendationDraft(field or None, self.ui.recommendationEdit.toPlainText())

    def _typed_decision(self) -> DecisionDraft:
        return DecisionDraft(
            self.ui.agendaCombo.currentData(),
            self.ui.wordingEdit.toPlainText(),
            _votes(self.vote_edits),  # type: ignore[arg-type]
        )

    def _recommendation_chosen(self, item: QTreeWidgetItem | None) -> None:
        """A recommendation goes into the editor; a field heading starts a new one there."""
        if self._recommendation is None:
            self._recommendation_draft = self._typed_recommendation()
        self._recommendation = item.data(0, UID_ROLE) if item is not None else None
        if item is not None and self._recommendation is None:
            self._recommendation_draft = RecommendationDraft(
                item.data(0, FIELD_ROLE) or None, self._recommendation_draft.text
            )
        self._load_recommendation()

    def _decision_chosen(self, item: QTreeWidgetItem | None) -> None:
        if self._decision is None:
            self._decision_draft = self._typed_decision()
        self._decision = item.data(0, UID_ROLE) if item is not None else None
        self._load_decision()

    def new_recommendation(self) -> None:
        """Leave the chosen recommendation; the editor takes a new one for the same field."""
        self.save_recommendation()
        field = self.ui.fieldCombo.currentData() or None
        heading = self._heading(field)
        self._recommendation = None
        self._recommendation_draft = RecommendationDraft(field, self._recommendation_draft.text)
        with signals_blocked(self.ui.recommendationTree):
            self.ui.recommendationTree.setCurrentItem(heading)
        self._load_recommendation()
        self.ui.recommendationEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _heading(self, field: str | None) -> QTreeWidgetItem | None:
        tree = self.ui.recommendationTree
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).data(0, FIELD_ROLE) == (field or NO_FIELD):
                return tree.topLevelItem(i)
        return None

    def new_decision(self) -> None:
        self.save_decision()
        self._decision = None
        with signals_blocked(self.ui.decisionTree):
            self.ui.decisionTree.setCurrentItem(None)
        self._load_decision()
        self.ui.wordingEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- edits ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a text saves it, when it belongs to a recommendation or decision."""
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            if watched is self.ui.recommendationEdit and self._recommendation is not None:
                self.save_recommendation()
            elif watched is self.ui.wordingEdit and self._decision is not None:
                self.save_decision()
        return super().eventFilter(watched, event)

    def save_recommendation(self) -> bool:
        """Add the new recommendation, or store changes to the chosen one."""
        if self.context.workshop is None:
            return False
        typed = self._typed_recommendation()
        stored = self._recommendation_data()
        if stored is None:
            uid = self.context.add(
                self.tr("Empfehlung hinzufügen"),
                "recommendation",
                self.context.workshop,
                field_id=typed.field_id,
                text=typed.text,
            )
            if uid is None:
                return False
            self._recommendation_draft = RecommendationDraft(typed.field_id, "")
            self._load_recommendation()
            self.ui.recommendationTree.scrollToItem(self._item_of(self.ui.recommendationTree, uid))
            return True
        changes = {}
        if typed.text.strip() != stored.text:
            changes["text"] = typed.text
        if typed.field_id != stored.field_id:
            changes["field_id"] = typed.field_id
        if not changes:
            return True
        if not self.context.update(
            self.tr("Empfehlung ändern"), "recommendation", stored.uid, **changes
        ):
            self._load_recommendation()  # refused: show what is stored
            return False
        return True

    def save_decision(self) -> bool:
        if self.context.workshop is None:
            return False
        typed = self._typed_decision()
        yes, no, abstain = typed.votes
        stored = self._decision_data()
        if stored is None:
            uid = self.context.add(
                self.tr("Beschluss hinzufügen"),
                "decision",
                self.context.workshop,
                agenda_item=typed.agenda_item,
                wording=typed.wording,
                votes_yes=yes,
                votes_no=no,
                votes_abstain=abstain,
            )
            if uid is None:
                return False
            self._decision_draft = DecisionDraft(typed.agenda_item, "", (None, None, None))
            self._load_decision()
            self.ui.decisionTree.scrollToItem(self._item_of(self.ui.decisionTree, uid))
            return True
        changes: dict[str, object] = {}
        if typed.wording.strip() != stored.wording:
            changes["wording"] = typed.wording
        if typed.agenda_item != stored.agenda_item:
            changes["agenda_item"] = typed.agenda_item
        if typed.votes != (stored.votes_yes, stored.votes_no, stored.votes_abstain):
            changes.update(votes_yes=yes, votes_no=no, votes_abstain=abstain)
        if not changes:
            return True
        if not self.context.update(self.tr("Beschluss ändern"), "decision", stored.uid, **changes):
            self._load_decision()  # refused: show what is stored
            return False
        return True

    def _field_chosen(self) -> None:
        if self._recommendation is not None:
            self.save_recommendation()

    def _agenda_chosen(self) -> None:
        if self._decision is not None:
            self.save_decision()

    def _votes_edited(self) -> None:
        """Saved on Enter or when the three numbers are left (not between them, so that
        all three can be emptied: no vote held)."""
        now = QApplication.focusWidget()
        if self._decision is not None and (now not in self.vote_edits or now is self.sender()):
            self.save_decision()

    def remove_recommendation(self) -> None:
        stored = self._recommendation_data()
        if stored is not None:
            self.context.remove(self.tr("Empfehlung entfernen"), "recommendation", stored.uid)

    def remove_decision(self) -> None:
        stored = self._decision_data()
        if stored is not None:
            self.context.remove(self.tr("Beschluss entfernen"), "decision", stored.uid)

    def _move_rec(self, direction: int) -> None:
        """Move the chosen recommendation past its neighbour in the same field."""
        stored = self._recommendation_data()
        if stored is None or self._data is None:
            return
        order = list(self._data.recommendations)
        here = order.index(stored)
        same = [i for i, r in enumerate(order) if r.field_id == stored.field_id]
        at = same.index(here) + direction
        if 0 <= at < len(same):
            self.context.move(
                self.tr("Empfehlung verschieben"), "recommendation", stored.uid, same[at] - here
            )

    def _move_decision(self, direction: int) -> None:
        stored = self._decision_data()
        if stored is not None:
            self.context.move(self.tr("Beschluss verschieben"), "decision", stored.uid, direction)
