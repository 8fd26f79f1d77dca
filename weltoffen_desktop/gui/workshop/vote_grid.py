"""Entering the dots of a Punktabfrage: a grid of participants × options, or totals.

Both tables show a ``DotVoteData``; neither writes anything. They announce what
was typed (``dots_entered``, ``total_entered``) and the voting view turns that
into an undoable edit. While a vote is hidden, entered numbers show as "•".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from weltoffen_desktop.charts.style import VERMILLION
from weltoffen_desktop.domain.workshop import DotVoteData, ParticipantData

Index = QModelIndex | QPersistentModelIndex
MASK = "●"
MAX_DOTS = 100  # per participant and option, as the operations allow
MAX_TOTAL = 100_000
MUTED = QColor("#5b6b7f")
WARNING = QColor(VERMILLION)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class Option:
    """An option as the tables show it: its UUID, number and label."""

    uid: str
    number: int
    label: str


class DotGridModel(QAbstractTableModel):
    """Rows: participants; columns: the options, then the dots each person has left."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vote: DotVoteData | None = None
        self.people: list[ParticipantData] = []
        self.options: list[Option] = []

    def show(self, vote: DotVoteData, people: list[ParticipantData], options: list[Option]) -> None:
        """Show ``vote``. With the same rows and columns only what changed is announced, so
        the view keeps its cursor and scroll position and draws just the changed rows."""
        same_shape = [p.uid for p in people] == [p.uid for p in self.people] and [
            o.uid for o in options
        ] == [o.uid for o in self.options]
        if not same_shape or self.vote is None:
            self.beginResetModel()
            self.vote, self.people, self.options = vote, list(people), list(options)
            self.endResetModel()
            return
        before = self.vote
        changed_rows = [
            row
            for row, person in enumerate(people)
            if before.revealed != vote.revealed
            or before.dots_per_person != vote.dots_per_person
            or [o.dots.get(person.uid) for o in before.options]
            != [o.dots.get(person.uid) for o in vote.options]
        ]
        headers = (
            before.dots_per_person != vote.dots_per_person or options != self.options,
            [p.name for p in people] != [p.name for p in self.people],
        )
        self.vote, self.people, self.options = vote, list(people), list(options)
        for row in changed_rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if headers[0]:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if headers[1]:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    @property
    def left_column(self) -> int:
        return len(self.options)

    def cell(self, index: Index) -> tuple[str, str] | None:
        """(participant uid, option uid) of a dot cell; None for the "left" column."""
        if not index.isValid() or index.column() >= self.left_column:
            return None
        return self.people[index.row()].uid, self.options[index.column()].uid

    def dots(self, row: int, column: int) -> int:
        assert self.vote is not None
        return self.vote.options[column].dots.get(self.people[row].uid, 0)

    def left(self, row: int) -> int:
        assert self.vote is not None
        return self.vote.dots_per_person - self.vote.dots_used(self.people[row].uid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.vote is None else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.vote is None else len(self.options) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.vote is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.people[section].name
            return None
        if section == self.left_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Übrig (von {dots})").format(dots=self.vote.dots_per_person)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Wie viele ihrer Punkte die Person noch nicht vergeben hat")
            return None
        option = self.options[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{option.number} · {option.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{option.number}. {option.label}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.vote is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if column == self.left_column:
            left = self.left(row)
            if role == Qt.ItemDataRole.DisplayRole:
                if left < 0:
                    return self.tr("{count} zu viel").format(count=-left)
                return str(left)
            if role == Qt.ItemDataRole.ForegroundRole:
                return WARNING if left < 0 else MUTED
            if role == Qt.ItemDataRole.FontRole and left < 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        dots = self.dots(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if not dots:
                return ""
            return str(dots) if self.vote.revealed else MASK
        if role == Qt.ItemDataRole.EditRole:
            return dots
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.people[row].name} – {self.options[column].number}. " + (
                self.options[column].label
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < self.left_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class TotalsModel(QAbstractTableModel):
    """One row per option with its dots counted on the pin board."""

    NUMBER, LABEL, TOTAL = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vote: DotVoteData | None = None
        self.options: list[Option] = []

    def show(self, vote: DotVoteData, options: list[Option]) -> None:
        same_shape = [o.uid for o in options] == [o.uid for o in self.options]
        if not same_shape:
            self.beginResetModel()
        self.vote, self.options = vote, list(options)
        if not same_shape:
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.TOTAL))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.TOTAL)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.vote is None else len(self.options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Nr."), self.tr("Option"), self.tr("Punkte"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.vote is None:
            return None
        option, column = self.options[index.row()], index.column()
        total = self.vote.options[index.row()].total
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(option.number)
            if column == self.LABEL:
                return option.label
            if not total:
                return ""
            return str(total) if self.vote.revealed else MASK
        if role == Qt.ItemDataRole.EditRole and column == self.TOTAL:
            return total
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LABEL:
            return option.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class _CountDelegate(QStyledItemDelegate):
    """A spin box for a count, limited to what the operations accept; the number typed goes
    to ``commit`` (the models are read-only: what is stored comes back through a reload)."""

    def __init__(
        self, maximum: int, commit: Callable[[QModelIndex, int], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._maximum = maximum
        self._commit = commit

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, self._maximum)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter stores the number at once (Qt's own handling waits for the event loop)."""
        if (
            isinstance(editor, QSpinBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        self._commit(QModelIndex(index), editor.value())


class DotGridView(QTableView):
    """Type the dots: a digit sets the cell and moves on; Tab and arrows move; Delete clears."""

    dots_entered = Signal(str, str, int)  # participant uid, option uid, dots

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)
        self._delegate = _CountDelegate(MAX_DOTS, self._enter, self)
        self.setItemDelegate(self._delegate)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setHighlightSections(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)

    def grid(self) -> DotGridModel:
        model = self.model()
        assert isinstance(model, DotGridModel)
        return model

    def setModel(self, model: DotGridModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """The option columns share the width (none narrower than a short label)."""
        model, header = self.grid(), self.horizontalHeader()
        if model.columnCount() == 0:
            return
        left = model.left_column
        header.resizeSection(left, header.sectionSizeFromContents(left).width() + 12)
        if left:
            room = self.viewport().width() - header.sectionSize(left)
            if not self.verticalScrollBar().isVisible():  # it may come with the next rows
                room -= self.verticalScrollBar().sizeHint().width()
            narrowest = self.fontMetrics().averageCharWidth() * 8
            for column in range(left):
                header.resizeSection(column, max(narrowest, room // left))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def cell_at(self, participant: str, option: str) -> QModelIndex:
        model = self.grid()
        rows = [p.uid for p in model.people]
        columns = [o.uid for o in model.options]
        if participant in rows and option in columns:
            return model.index(rows.index(participant), columns.index(option))
        return QModelIndex()

    def _enter(self, index: QModelIndex, dots: int) -> None:
        cell = self.grid().cell(index)
        if cell is not None:
            self.dots_entered.emit(*cell, dots)

    def _step(self, index: QModelIndex, steps: int) -> QModelIndex:
        model = self.grid()
        width = model.left_column
        if not index.isValid() or width == 0 or model.rowCount() == 0:
            return index
        position = index.row() * width + min(index.column(), width - 1) + steps
        position = max(0, min(position, model.rowCount() * width - 1))
        return model.index(position // width, position % width)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab runs through the dot cells row by row; nothing lands on the "left" column."""
        current, move = self.currentIndex(), QAbstractItemView.CursorAction
        if action == move.MoveNext:
            return self._step(current, 1)
        if action == move.MovePrevious:
            return self._step(current, -1)
        index = super().moveCursor(action, modifiers)
        last = self.grid().left_column - 1
        if index.isValid() and index.column() > last >= 0:
            return index.siblingAtColumn(last)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        cell = self.grid().cell(current)
        if (
            self.state() == QAbstractItemView.State.EditingState
            or cell is None
            or event.modifiers() & COMMAND_MODIFIERS
        ):
            super().keyPressEvent(event)
            return
        text, key = event.text(), event.key()
        at_end = current == self._step(current, 10**9)
        at_start = current == self._step(current, -(10**9))
        if (key == Qt.Key.Key_Tab and at_end) or (key == Qt.Key.Key_Backtab and at_start):
            QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab)  # leave the grid
        elif len(text) == 1 and "0" <= text <= "9":
            self._enter(current, int(text))
            # stored (the model shows it again after the edit): on to the next cell
            if self.grid().dots(current.row(), current.column()) == int(text):
                self.setCurrentIndex(self._step(current, 1))
        elif key == Qt.Key.Key_Delete:
            self._enter(current, 0)
        elif key == Qt.Key.Key_Backspace:
            self.setCurrentIndex(self._step(current, -1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit(current)
        elif text.strip() and text.isprintable():
            QApplication.beep()  # a slip must not jump anywhere
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TotalsView(QTableView):
    """Type each option's total; Enter stores it and goes to the next option."""

    total_entered = Signal(str, int)  # option uid, total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(False)
        self._delegate = _CountDelegate(MAX_TOTAL, self._enter, self)
        self.setItemDelegateForColumn(TotalsModel.TOTAL, self._delegate)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def totals(self) -> TotalsModel:
        model = self.model()
        assert isinstance(model, TotalsModel)
        return model

    def setModel(self, model: TotalsModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TotalsModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TotalsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TotalsModel.TOTAL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TotalsModel.TOTAL, self.fontMetrics().averageCharWidth() * 12)

    def _enter(self, index: QModelIndex, total: int) -> None:
        if index.isValid():
            self.total_entered.emit(self.totals().options[index.row()].uid, total)

    def go_to_row(self, row: int) -> None:
        last = self.totals().rowCount() - 1
        if last >= 0:
            self.setCurrentIndex(self.totals().index(max(0, min(row, last)), TotalsModel.TOTAL))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The cursor stays in the column that is typed into."""
        super().currentChanged(current, previous)
        if current.isValid() and current.column() != TotalsModel.TOTAL:
            self.setCurrentIndex(current.siblingAtColumn(TotalsModel.TOTAL))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.go_to_row(self.currentIndex().row() + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (
            self.state() != QAbstractItemView.State.EditingState
            and current.isValid()
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers() & COMMAND_MODIFIERS
        ):
            self._enter(current, 0)
            event.accept()
            return
        super().keyPressEvent(event)
