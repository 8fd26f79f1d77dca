"""Maßnahmenplan: Hauptziele, Handlungsziele and Maßnahmen with who, by when and how far.

Keyboard paths (Alt + the letter):

- **A new measure**: Alt+N, type its title, Enter. It goes into the goal chosen under
  "in" (Alt+I; it follows the row chosen in the plan), is chosen in the plan, and the
  focus moves to its responsible person. Tab then runs through its fields, each saved
  when it is left: Verantwortlich (a participant's name — the list completes it — or
  any other name), Partner, Fällig am (``30.06.2027``, ``30.6.27``; F4 opens a
  calendar; empty: no date), Ressourcen, Indikator, Status (Up/Down), Handlungsfeld,
  Aus Karte, the milestone list, and a new milestone's title and date (Enter adds it).
  Alt+N again for the next measure.
- **Goals**: Alt+E chooses the level (Maßnahme, Handlungsziel, Hauptziel), then Alt+N,
  the title, Enter. A Handlungsziel goes into the Hauptziel chosen under "in".
- **The plan**: Up/Down/Left/Right move through the tree; Delete removes the chosen goal
  or measure (Ctrl+Z brings it back). In the milestone list Space marks a milestone
  done, F2 edits its title or date, Delete removes it.
- **Sorting and filters**: Alt+O sorts the measures within each goal (by due date,
  status, responsible person, field or title); Alt+F and Tab go through the filters
  for status (also "überfällig"), field and person; Ctrl+F searches every text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cmp_to_key
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QTreeWidgetItem,
)

from weltoffen_desktop.domain.workshop import (
    GoalData,
    MeasureData,
    MeasureStatus,
    MilestoneData,
    WorkshopData,
)
from weltoffen_desktop.gui.generated.ui_plan_view import Ui_PlanView
from weltoffen_desktop.gui.pages.base import signals_blocked
from weltoffen_desktop.gui.workshop.common import (
    UID_ROLE,
    WorkshopView,
    brief,
    card_kind_text,
    collator,
    field_names,
    undo_passes_through,
)
from weltoffen_desktop.gui.workshop.date_field import EXAMPLE, date_text, parse_date
from weltoffen_desktop.gui.workshop.plan_tree import (
    DUE,
    FIELD,
    MILESTONES,
    OVERDUE,
    RESPONSIBLE,
    STATUS,
    STATUS_ORDER,
    TITLE,
    PlanFilter,
    fill_plan,
    status_text,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

NEW_MEASURE, NEW_SUB, NEW_MAIN = "measure", "sub", "main"  # levels of the quick entry
NONE = ""  # "no goal / no field / nobody" in filters and choices
COMBO_TEXT = 90  # characters of a card or goal in a choice list
ORDER = -1  # sort column: the recorded order


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], chosen: Any) -> None:
    """Put ``items`` (text, data) into ``combo`` unless they are there already; choose
    ``chosen``. Signals are blocked; an editable combo keeps what is typed in it."""
    listed = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    with signals_blocked(combo):
        if listed != list(items):
            typed = combo.currentText()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            if combo.isEditable():
                combo.setEditText(typed)
        if not combo.isEditable():
            combo.setCurrentIndex(max(0, combo.findData(chosen)))


class PlanView(WorkshopView):
    """The measures plan of the workshop being edited."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PlanView()
        self.ui.setupUi(self)
        self.ui.keysHint.setProperty("role", "muted")
        self.ui.noEditorHint.setProperty("role", "muted")
        self.model = QStandardItemModel(0, MILESTONES + 1, self)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        tree = self.ui.tree
        tree.setModel(self.proxy)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        tree.installEventFilter(self)
        header.setSortIndicatorClearable(True)  # a third click returns to the recorded order
        header.setSortIndicator(ORDER, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sorted_by_header)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setSizes([760, 360])
        self.ui.milestoneList.header().setStretchLastSection(False)
        self.ui.milestoneList.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.milestoneList.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        completer = self.ui.responsibleCombo.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        QApplication.instance().focusChanged.connect(self._focus_moved)

        self._data: WorkshopData | None = None
        self._fields: dict[str, str] = {}
        self._chosen: str | None = None  # uid of the goal or measure in the editor
        self._gone: str | None = None  # the chosen one, while an undo or removal took it away
        self._collapsed: set[str] = set()  # goals the user folded
        self._filling = False
        self._fields_of: tuple | None = None  # what the field names were read for
        self._choices_of: tuple | None = None  # what the lists to choose from show

        self._add_action(tree, QKeySequence.StandardKey.Delete, self.remove_chosen)
        self._add_action(
            self.ui.milestoneList, QKeySequence.StandardKey.Delete, self.remove_milestone
        )
        search = self._add_action(self, QKeySequence.StandardKey.Find, self._search)
        search.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for edit in (
            self.ui.newTitleEdit,
            self.ui.goalTitleEdit,
            self.ui.measureTitleEdit,
            self.ui.partnersEdit,
            self.ui.resourcesEdit,
            self.ui.indicatorEdit,
            self.ui.milestoneTitleEdit,
            self.ui.searchEdit,
            self.ui.responsibleCombo.lineEdit(),
            self.ui.dueField.edit,
            self.ui.milestoneDueField.edit,
        ):
            undo_passes_through(edit)

        tree.selectionModel().currentChanged.connect(self._row_chosen)
        tree.collapsed.connect(lambda index: self._folded(index, True))
        tree.expanded.connect(lambda index: self._folded(index, False))
        self.ui.levelCombo.currentIndexChanged.connect(self._level_chosen)
        self.ui.newTitleEdit.returnPressed.connect(self.add_entered)
        self.ui.addButton.clicked.connect(self.add_entered)
        for combo in (self.ui.statusFilter, self.ui.fieldFilter, self.ui.responsibleFilter):
            combo.currentIndexChanged.connect(self._filter)
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.sortCombo.activated.connect(self._sort_chosen)

        self.ui.goalTitleEdit.editingFinished.connect(
            lambda: self._edit_goal(title=self.ui.goalTitleEdit.text())
        )
        self.ui.goalParentCombo.activated.connect(
            lambda: self._edit_goal(parent=self.ui.goalParentCombo.currentData() or None)
        )
        self.ui.goalFieldCombo.activated.connect(
            lambda: self._edit_goal(field_id=self.ui.goalFieldCombo.currentData() or None)
        )
        self.ui.measureTitleEdit.editingFinished.connect(
            lambda: self._edit_measure(title=self.ui.measureTitleEdit.text())
        )
        self.ui.goalCombo.activated.connect(
            lambda: self._edit_measure(goal=self.ui.goalCombo.currentData() or None)
        )
        self.ui.responsibleCombo.activated.connect(self._responsible_edited)
        for edit, name in (
            (self.ui.partnersEdit, "partners"),
            (self.ui.resourcesEdit, "resources"),
            (self.ui.indicatorEdit, "indicator"),
        ):
            edit.editingFinished.connect(lambda e=edit, n=name: self._edit_measure(**{n: e.text()}))
        self.ui.dueField.edited.connect(
            lambda: self._edit_measure(due_date=self.ui.dueField.date())
        )
        self.ui.statusCombo.activated.connect(
            lambda: self._edit_measure(status=MeasureStatus(self.ui.statusCombo.currentData()))
        )
        self.ui.fieldCombo.activated.connect(
            lambda: self._edit_measure(field_id=self.ui.fieldCombo.currentData() or None)
        )
        self.ui.cardCombo.activated.connect(
            lambda: self._edit_measure(card=self.ui.cardCombo.currentData() or None)
        )
        for field in (self.ui.dueField, self.ui.milestoneDueField):
            field.refused.connect(self._date_refused)
        self.ui.milestoneTitleEdit.returnPressed.connect(self.add_milestone)
        self.ui.milestoneDueField.edit.returnPressed.connect(self.add_milestone)
        self.ui.addMilestoneButton.clicked.connect(self.add_milestone)
        self.ui.milestoneList.itemChanged.connect(self._milestone_changed)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tree and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the responsible person saves it. (Its list of names, a popup, swallows
        the FocusOut that would end the editing, so the focus is followed instead.)"""
        combo = self.ui.responsibleCombo
        mine = (combo, combo.lineEdit())
        if old in mine and new not in mine and (new is None or new.window() is self.window()):
            self._responsible_edited()

    def _fit_columns(self) -> None:
        """The columns beside the title share at most 55 % of the width, each its own part."""
        header = self.ui.tree.header()
        width = self.fontMetrics().averageCharWidth()
        room = self.ui.tree.width() * 0.55
        wanted = {RESPONSIBLE: 17, DUE: 15, STATUS: 11, FIELD: 20, MILESTONES: 9}
        scale = min(1.0, room / (width * sum(wanted.values())))
        for column, characters in wanted.items():
            header.resizeSection(column, int(width * characters * scale))

    def _add_action(self, widget: QWidget, keys: Any, slot: Any) -> QAction:
        action = QAction(widget)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fields_of = self._choices_of = None  # named anew in the new language
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Ziel / Maßnahme"),
                self.tr("Verantwortlich"),
                self.tr("Fällig"),
                self.tr("Status"),
                self.tr("Handlungsfeld"),
                self.tr("Meilensteine"),
            ]
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Suchen (Strg+F)"))
        self.ui.newTitleEdit.setPlaceholderText(self.tr("Titel – Eingabetaste legt an"))
        self.ui.milestoneTitleEdit.setPlaceholderText(self.tr("Neuer Meilenstein"))
        self.ui.noEditorHint.setText(
            self.tr(
                "Wählen Sie links ein Ziel oder eine Maßnahme, um es zu bearbeiten. "
                "Neue Einträge legen Sie oben bei „Neu“ an."
            )
        )
        self.ui.keysHint.setText(
            self.tr(
                "Alt+N: neue Maßnahme · Tab: nächstes Feld (jedes wird beim Verlassen "
                "gespeichert) · Entf: entfernen · Strg+F: suchen · Strg+Z: rückgängig"
            )
        )
        fill_combo(
            self.ui.levelCombo,
            [
                (self.tr("Maßnahme"), NEW_MEASURE),
                (self.tr("Handlungsziel"), NEW_SUB),
                (self.tr("Hauptziel"), NEW_MAIN),
            ],
            self.ui.levelCombo.currentData() or NEW_MEASURE,
        )
        fill_combo(
            self.ui.statusCombo,
            [(status_text(s), s.value) for s in STATUS_ORDER],
            self.ui.statusCombo.currentData(),
        )
        fill_combo(
            self.ui.sortCombo,
            [
                (self.tr("wie erfasst"), ORDER),
                (self.tr("Fälligkeit"), DUE),
                (self.tr("Status"), STATUS),
                (self.tr("Verantwortlich"), RESPONSIBLE),
                (self.tr("Handlungsfeld"), FIELD),
                (self.tr("Titel"), TITLE),
            ],
            self.ui.sortCombo.currentData(),
        )

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._data = data = self.context.data()
        self.setEnabled(data is not None)
        fields_of = (self.context.workshop, data.round_name if data else None, QLocale().name())
        if fields_of != self._fields_of:  # a read of the catalogue, not needed for every edit
            self._fields_of = fields_of
            self._fields = field_names(self.context) if data is not None else {}
        tree = self.ui.tree
        scrolled = tree.verticalScrollBar().value()
        self._filling = True
        try:
            if data is None:
                self.model.removeRows(0, self.model.rowCount())
            else:
                fill_plan(self.model, data, self._fields, dt.date.today())
            self._expand(QModelIndex())
        finally:
            self._filling = False
        if self._record(self._chosen) is None:
            self._gone, self._chosen = self._chosen or self._gone, None
        if self._chosen is None and self._record(self._gone) is not None:
            self._chosen, self._gone = self._gone, None  # back by undo or redo: chosen again
        choices_of = (fields_of, data.goals, data.participants, data.cards) if data else None
        if choices_of != self._choices_of or data is None:  # the lists change seldom
            self._choices_of = choices_of
            self._fill_choices()
        self._fill_responsible_filter()
        index = self._proxy_index(self._chosen)
        if index.isValid():
            tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        tree.verticalScrollBar().setValue(scrolled)
        self._load_editor()

    def _expand(self, parent: QModelIndex) -> None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, TITLE, parent)
            if self.proxy.hasChildren(index):
                self.ui.tree.setExpanded(index, index.data(UID_ROLE) not in self._collapsed)
                self._expand(index)

    def _folded(self, index: QModelIndex, folded: bool) -> None:
        uid = index.data(UID_ROLE)
        if uid is not None and not self._filling:
            (self._collapsed.add if folded else self._collapsed.discard)(uid)

    def _proxy_index(self, uid: str | None) -> QModelIndex:
        if uid is None:
            return QModelIndex()
        found = self.model.match(
            self.model.index(0, TITLE),
            UID_ROLE,
            uid,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchWrap,
        )
        return self.proxy.mapFromSource(found[0]) if found else QModelIndex()

    def _record(self, uid: str | None) -> GoalData | MeasureData | None:
        if uid is None or self._data is None:
            return None
        found = [g for g in self._data.goals if g.uid == uid]
        found += [m for m in self._data.measures if m.uid == uid]
        return found[0] if found else None

    def _goal_choices(self, *, only_main: bool = False) -> list[tuple[str, Any]]:
        """Hauptziele, each followed by its Handlungsziele (indented)."""
        goals = self._data.goals if self._data is not None else ()
        listed = []
        for main in (g for g in goals if g.parent is None):
            listed.append((brief(main.title, COMBO_TEXT), main.uid))
            if not only_main:
                listed += [
                    ("    ↳ " + brief(g.title, COMBO_TEXT), g.uid)
                    for g in goals
                    if g.parent == main.uid
                ]
        return listed

    def _fill_choices(self) -> None:
        """Every list to choose from, as the workshop now has them."""
        data = self._data
        fields = [(name, field_id) for field_id, name in self._fields.items()]
        fill_combo(
            self.ui.statusFilter,
            [(self.tr("Alle Status"), None)]
            + [(status_text(s), s.value) for s in STATUS_ORDER]
            + [(self.tr("Überfällig"), OVERDUE)],
            self.ui.statusFilter.currentData(),
        )
        fill_combo(
            self.ui.fieldFilter,
            [
                (self.tr("Alle Handlungsfelder"), None),
                *fields,
                (self.tr("Ohne Handlungsfeld"), NONE),
            ],
            self.ui.fieldFilter.currentData(),
        )
        self._fill_parent_choices()
        fill_combo(
            self.ui.goalCombo,
            [(self.tr("– ohne Ziel –"), NONE), *self._goal_choices()],
            self.ui.goalCombo.currentData(),
        )
        fill_combo(
            self.ui.goalParentCombo,
            [(self.tr("– keins: ein Hauptziel –"), NONE), *self._goal_choices(only_main=True)],
            self.ui.goalParentCombo.currentData(),
        )
        no_field = [(self.tr("– kein Handlungsfeld –"), NONE), *fields]
        fill_combo(self.ui.fieldCombo, no_field, self.ui.fieldCombo.currentData())
        fill_combo(self.ui.goalFieldCombo, no_field, self.ui.goalFieldCombo.currentData())
        fill_combo(
            self.ui.responsibleCombo,
            [(p.name, p.uid) for p in (data.participants if data else ())],
            None,
        )
        fill_combo(
            self.ui.cardCombo,
            [(self.tr("– keine –"), NONE)]
            + [
                (f"{card_kind_text(c.kind)}: {brief(c.text, COMBO_TEXT)}", c.uid)
                for c in (data.cards if data else ())
            ],
            self.ui.cardCombo.currentData(),
        )

    def _level_chosen(self) -> None:
        self._fill_parent_choices()
        self._follow_chosen()

    def _fill_responsible_filter(self) -> None:
        """Everyone named as responsible, in the alphabet of the interface language."""
        data = self._data
        people = {m.responsible for m in data.measures if m.responsible} if data else set()
        fill_combo(
            self.ui.responsibleFilter,
            [
                (self.tr("Alle Verantwortlichen"), None),
                *((name, name) for name in sorted(people, key=cmp_to_key(collator().compare))),
                (self.tr("Ohne Verantwortliche"), NONE),
            ],
            self.ui.responsibleFilter.currentData(),
        )

    def _fill_parent_choices(self) -> None:
        """Where the quick entry puts a new record: the goals its level allows."""
        level = self.ui.levelCombo.currentData()
        if level == NEW_MEASURE:
            choices = [(self.tr("– ohne Ziel –"), NONE), *self._goal_choices()]
        elif level == NEW_SUB:
            choices = self._goal_choices(only_main=True)
        else:
            choices = [(self.tr("– oberste Ebene –"), NONE)]
        fill_combo(self.ui.parentCombo, choices, self.ui.parentCombo.currentData())
        self.ui.parentCombo.setEnabled(level != NEW_MAIN and bool(choices))

    def _load_editor(self) -> None:
        """The chosen record's values into its editor; what is being typed stays."""
        record = self._record(self._chosen)
        if isinstance(record, MeasureData):
            self._load_measure(record)
            self.ui.editors.setCurrentWidget(self.ui.measureEditor)
        elif isinstance(record, GoalData):
            self._load_goal(record)
            self.ui.editors.setCurrentWidget(self.ui.goalEditor)
        else:
            self.ui.editors.setCurrentWidget(self.ui.noEditor)

    @staticmethod
    def _put(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
            if not edit.hasFocus():
                edit.setCursorPosition(0)  # the start of a long text shows

    @staticmethod
    def _choose(combo: QComboBox, data: Any) -> None:
        with signals_blocked(combo):
            combo.setCurrentIndex(max(0, combo.findData(data)))

    def _load_goal(self, goal: GoalData) -> None:
        self.ui.goalEditor.setTitle(
            self.tr("Hauptziel") if goal.parent is None else self.tr("Handlungsziel")
        )
        self._put(self.ui.goalTitleEdit, goal.title)
        self._choose(self.ui.goalParentCombo, goal.parent or NONE)
        has_subs = any(g.parent == goal.uid for g in self._data.goals) if self._data else False
        self.ui.goalParentCombo.setEnabled(not has_subs)  # two levels only
        choices = self.ui.goalParentCombo.model()
        assert isinstance(choices, QStandardItemModel)
        for row in range(choices.rowCount()):  # a goal is not its own Hauptziel
            choices.item(row).setEnabled(choices.item(row).data(UID_ROLE) != goal.uid)
        self._choose(self.ui.goalFieldCombo, goal.field_id or NONE)

    def _load_measure(self, measure: MeasureData) -> None:
        self.ui.measureEditor.setTitle(self.tr("Maßnahme"))
        self._put(self.ui.measureTitleEdit, measure.title)
        self._choose(self.ui.goalCombo, measure.goal or NONE)
        combo = self.ui.responsibleCombo
        with signals_blocked(combo):
            if measure.responsible_participant is not None:
                combo.setCurrentIndex(combo.findData(measure.responsible_participant))
            elif combo.currentText() != measure.responsible:
                combo.setCurrentIndex(-1)
                combo.setEditText(measure.responsible)
        self._put(self.ui.partnersEdit, measure.partners)
        self.ui.dueField.set_date(measure.due_date)
        self._put(self.ui.resourcesEdit, measure.resources)
        self._put(self.ui.indicatorEdit, measure.indicator)
        self._choose(self.ui.statusCombo, measure.status.value)
        self._choose(self.ui.fieldCombo, measure.field_id or NONE)
        self._choose(self.ui.cardCombo, measure.card or NONE)
        self._show_milestones(measure.milestones)

    def _show_milestones(self, milestones: tuple[MilestoneData, ...]) -> None:
        """The measure's milestones. The same ones are updated in place: a milestone ticked
        with Space is saved while its item is still handling that key."""
        listing = self.ui.milestoneList
        listed = [listing.topLevelItem(i) for i in range(listing.topLevelItemCount())]
        with signals_blocked(listing):
            if [item.data(0, UID_ROLE) for item in listed] != [m.uid for m in milestones]:
                row = listing.indexOfTopLevelItem(listing.currentItem())
                listing.clear()
                listed = [QTreeWidgetItem() for _ in milestones]
                for item, milestone in zip(listed, milestones, strict=True):
                    item.setData(0, UID_ROLE, milestone.uid)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsEditable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    listing.addTopLevelItem(item)
                if listed:
                    listing.setCurrentItem(listed[max(0, min(row, len(listed) - 1))])
            for item, milestone in zip(listed, milestones, strict=True):
                item.setText(0, milestone.title)
                item.setText(1, date_text(milestone.due_date))
                item.setCheckState(
                    0, Qt.CheckState.Checked if milestone.done else Qt.CheckState.Unchecked
                )
                item.setToolTip(0, self.tr("erledigt") if milestone.done else self.tr("noch offen"))

    # --- choosing, sorting, filtering ----------------------------------------------------------

    def _row_chosen(self, current: QModelIndex) -> None:
        if self._filling:
            return
        head = current.siblingAtColumn(TITLE) if current.isValid() else QModelIndex()
        before, self._chosen = self._chosen, head.data(UID_ROLE) if head.isValid() else None
        if self._chosen != before:
            self._follow_chosen()
        self._load_editor()

    def _follow_chosen(self) -> None:
        """The quick entry puts new records beside the chosen one: into its goal."""
        record = self._record(self._chosen)
        if isinstance(record, MeasureData):
            target = record.goal
        elif isinstance(record, GoalData):
            target = record.parent if record.parent and self._level() == NEW_SUB else record.uid
        else:
            return
        if self.ui.parentCombo.findData(target) >= 0:
            self._choose(self.ui.parentCombo, target)

    def _level(self) -> str:
        return self.ui.levelCombo.currentData()

    def _filter(self) -> None:
        status = self.ui.statusFilter.currentData()
        self.proxy.set_filters(
            OVERDUE if status == OVERDUE else (MeasureStatus(status) if status else None),
            self.ui.fieldFilter.currentData(),
            self.ui.responsibleFilter.currentData(),
            self.ui.searchEdit.text(),
        )
        self._expand(QModelIndex())

    def _sort_chosen(self) -> None:
        column = self.ui.sortCombo.currentData()
        self.ui.tree.header().setSortIndicator(column, Qt.SortOrder.AscendingOrder)

    def _sorted_by_header(self, column: int) -> None:
        listed = self.ui.sortCombo.findData(column) >= 0
        self._choose(self.ui.sortCombo, column if listed else ORDER)

    def _search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # --- edits ---------------------------------------------------------------------------------

    def add_entered(self) -> None:
        """Add the goal or measure typed in the quick entry; a measure's fields come next."""
        workshop = self.context.workshop
        title = self.ui.newTitleEdit.text()
        if workshop is None:
            return
        level, parent = self._level(), self.ui.parentCombo.currentData() or None
        if level == NEW_MEASURE:
            uid = self.context.add(
                self.tr("Maßnahme „{title}“ anlegen").format(title=brief(title)),
                "measure",
                workshop,
                title=title,
                goal=parent,
            )
        else:
            uid = self.context.add(
                self.tr("Ziel „{title}“ anlegen").format(title=brief(title)),
                "goal",
                workshop,
                title=title,
                parent=parent if level == NEW_SUB else None,
            )
        if uid is None:
            return
        self.ui.newTitleEdit.setText("")
        self._chosen = uid
        self.refresh()
        index = self._proxy_index(uid)
        if index.isValid():
            self.ui.tree.scrollTo(index)
        if level == NEW_MEASURE:
            self.ui.responsibleCombo.setFocus(Qt.FocusReason.TabFocusReason)
            self.ui.responsibleCombo.lineEdit().selectAll()

    def remove_chosen(self) -> None:
        record = self._record(self._chosen)
        if isinstance(record, MeasureData):
            self.context.remove(
                self.tr("Maßnahme „{title}“ entfernen").format(title=brief(record.title)),
                "measure",
                record.uid,
            )
        elif isinstance(record, GoalData):
            self.context.remove(
                self.tr("Ziel „{title}“ entfernen").format(title=brief(record.title)),
                "goal",
                record.uid,
            )

    def _edit_goal(self, **changes: Any) -> None:
        record = self._record(self._chosen)
        if not isinstance(record, GoalData):
            return
        changed = {
            name: value
            for name, value in changes.items()
            if (value.strip() if isinstance(value, str) else value) != getattr(record, name)
        }
        if changed and not self.context.update(
            self.tr("Ziel „{title}“ ändern").format(title=brief(record.title)),
            "goal",
            record.uid,
            **changed,
        ):
            self._load_editor()  # refused: show what is stored

    def _edit_measure(self, **changes: Any) -> None:
        record = self._record(self._chosen)
        if not isinstance(record, MeasureData):
            return
        stored = {
            "title": record.title,
            "goal": record.goal,
            "responsible": record.responsible_participant,
            "responsible_name": record.responsible
            if record.responsible_participant is None
            else "",
            "partners": record.partners,
            "due_date": record.due_date,
            "resources": record.resources,
            "indicator": record.indicator,
            "status": record.status,
            "field_id": record.field_id,
            "card": record.card,
        }
        changed = {
            name: value
            for name, value in changes.items()
            if (value.strip() if isinstance(value, str) else value) != stored[name]
        }
        if changed and not self.context.update(
            self.tr("Maßnahme „{title}“ ändern").format(title=brief(record.title)),
            "measure",
            record.uid,
            **changed,
        ):
            self._load_editor()

    def _responsible_edited(self) -> None:
        """A participant's name links the person; any other name is kept as typed."""
        combo = self.ui.responsibleCombo
        name = combo.currentText().strip()
        named = [p.uid for p in (self._data.participants if self._data else ()) if p.name == name]
        # of several people with this name, the one picked from the list
        person = combo.currentData() if combo.currentData() in named else next(iter(named), None)
        if person is not None:
            self._edit_measure(responsible=person, responsible_name="")
        else:
            self._edit_measure(responsible=None, responsible_name=name)

    def _date_refused(self, text: str) -> None:
        self.context.session.failed.emit(
            self.tr(
                "„{text}“ ist kein Datum. Bitte geben Sie es so ein wie {example} "
                "oder wählen Sie es mit F4 im Kalender."
            ).format(text=text, example=date_text(EXAMPLE))
        )

    def add_milestone(self) -> None:
        record = self._record(self._chosen)
        title = self.ui.milestoneTitleEdit.text()
        if not isinstance(record, MeasureData) or not self.ui.milestoneDueField.commit():
            return
        if self.context.add(
            self.tr("Meilenstein „{title}“ hinzufügen").format(title=brief(title)),
            "milestone",
            record.uid,
            title=title,
            due_date=self.ui.milestoneDueField.date(),
        ):
            self.ui.milestoneTitleEdit.setText("")
            self.ui.milestoneDueField.set_date(None)
            self.ui.milestoneTitleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _milestone(self, item: QTreeWidgetItem | None) -> MilestoneData | None:
        record = self._record(self._chosen)
        if item is None or not isinstance(record, MeasureData):
            return None
        uid = item.data(0, UID_ROLE)
        return next((m for m in record.milestones if m.uid == uid), None)

    def _milestone_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A title edited (F2), a date edited, or done ticked (Space)."""
        milestone = self._milestone(item)
        if milestone is None:
            return
        changes: dict[str, Any] = {}
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != milestone.done:
            changes["done"] = done
        if column == 0 and item.text(0).strip() != milestone.title:
            changes["title"] = item.text(0)
        if column == 1 and item.text(1).strip() != date_text(milestone.due_date):
            text = item.text(1).strip()
            due = parse_date(text) if text else None
            if text and due is None:
                self._date_refused(text)
                self._load_editor()
                return
            changes["due_date"] = due
        if changes and not self.context.update(
            self.tr("Meilenstein „{title}“ ändern").format(title=brief(milestone.title)),
            "milestone",
            milestone.uid,
            **changes,
        ):
            self._load_editor()

    def remove_milestone(self) -> None:
        milestone = self._milestone(self.ui.milestoneList.currentItem())
        if milestone is not None:
            self.context.remove(
                self.tr("Meilenstein „{title}“ entfernen").format(title=brief(milestone.title)),
                "milestone",
                milestone.uid,
            )
