"""The dense answer table of one paper questionnaire: its model, and a view driven by keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from weltoffen_desktop.gui.i18n import catalogue_language

if TYPE_CHECKING:
    from weltoffen_desktop.domain.catalogue import Catalogue, Field, Question
    from weltoffen_desktop.operations.rounds import StoredAnswer

NUMBER, QUESTION, ANSWER, COMMENT = range(4)
SKIP_KEYS = ("x", "X", "-")
MUTED = QColor("#5b6b7f")
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
Index = QModelIndex | QPersistentModelIndex


class AnswerModel(QAbstractTableModel):
    """One row per question of a catalogue, showing one respondent's stored answers."""

    comment_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue: Catalogue | None = None
        self._answers: dict[str, StoredAnswer] = {}
        self._language = catalogue_language()

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """Show the questions of ``catalogue`` (none for ``None``), without answers."""
        if catalogue is self.catalogue:
            return
        self.beginResetModel()
        self.catalogue = catalogue
        self._answers = {}
        self.endResetModel()

    def set_answers(self, answers: dict[str, StoredAnswer]) -> None:
        self._answers = dict(answers)
        self._all_changed()

    def retranslate(self) -> None:
        self._language = catalogue_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, NUMBER, COMMENT)
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COMMENT))

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.catalogue.questions if self.catalogue is not None else ()

    def answer(self, row: int) -> StoredAnswer | None:
        return self._answers.get(self.questions[row].id)

    def answered(self) -> int:
        return len(self._answers)

    def first_open_row(self) -> int:
        """The first question without an answer; the first one if all are answered."""
        return next((r for r, q in enumerate(self.questions) if q.id not in self._answers), 0)

    def field_progress(self) -> list[tuple[Field, int]]:
        """Each field of the catalogue with the number of its questions answered."""
        if self.catalogue is None:
            return []
        return [
            (field, sum(q.id in self._answers for q in field.questions))
            for field in self.catalogue.fields
        ]

    def answer_text(self, value: int | None) -> str:
        """``2 – trifft eher zu``, or the catalogue's wording for a skipped question."""
        assert self.catalogue is not None
        scale = self.catalogue.scale
        if value is None:
            return scale.skip.get(self._language)
        label = next((s.label.get(self._language) for s in scale.labels if s.value == value), "")
        return f"{value} – {label}" if label else str(value)

    def answer_texts(self) -> list[str]:
        """Every text the answer column can show."""
        if self.catalogue is None:
            return []
        return [self.answer_text(v) for v in (*range(self.catalogue.scale.max + 1), None)]

    # --- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COMMENT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Nr."), self.tr("Frage"), self.tr("Antwort"), self.tr("Kommentar"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        answer = self._answers.get(question.id)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NUMBER:
                return question.id
            if column == QUESTION:
                return question.text.get(self._language)
            if answer is None:
                return ""
            return self.answer_text(answer.value) if column == ANSWER else answer.comment
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == QUESTION:
                text, help_ = question.text.get(self._language), question.help.get(self._language)
                return f"{text}\n\n{help_}" if help_ else text
            if column == COMMENT and answer is not None and answer.comment:
                return answer.comment
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == ANSWER
            and answer is not None
            and answer.value is None
        ):
            return MUTED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COMMENT and self.answer(index.row()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A finished comment edit: announced for saving; the saved state comes back later."""
        if index.column() != COMMENT or role != Qt.ItemDataRole.EditRole:
            return False
        self.comment_edited.emit(index.row(), str(value))
        return True


class AnswerTableView(QTableView):
    """Enter a paper form by keys: digits answer, X skips, Delete clears, F2 comments."""

    answer_entered = Signal(int, object)  # row, value (None: skipped)
    clear_requested = Signal(int)
    comment_refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setHighlightSections(False)

    def answer_model(self) -> AnswerModel:
        model = self.model()
        assert isinstance(model, AnswerModel)
        return model

    def setModel(self, model: AnswerModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Answer column as wide as its longest text; room for a short comment."""
        metrics = self.fontMetrics()
        texts = [
            *self.answer_model().answer_texts(),
            self.model().headerData(ANSWER, Qt.Orientation.Horizontal),
        ]
        header = self.horizontalHeader()
        header.resizeSection(ANSWER, max(map(metrics.horizontalAdvance, texts)) + 24)
        header.resizeSection(COMMENT, metrics.averageCharWidth() * 24)

    def go_to_row(self, row: int) -> None:
        """Make ``row`` (kept within the table) the current one."""
        last = self.model().rowCount() - 1
        if last >= 0:
            self.setCurrentIndex(self.model().index(max(0, min(row, last)), ANSWER))

    def edit_comment(self, row: int) -> None:
        index = self.model().index(row, COMMENT)
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.comment_refused.emit()
            return
        self.setCurrentIndex(index)
        self.edit(index)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Rows are what moves: Left/Right step back/on, Home/End go to the first/last."""
        row = self.currentIndex().row()
        move = QAbstractItemView.CursorAction
        rows = {
            move.MoveLeft: row - 1,
            move.MoveRight: row + 1,
            move.MoveHome: 0,
            move.MoveEnd: self.model().rowCount() - 1,
        }
        if action in rows:
            target = max(0, min(rows[action], self.model().rowCount() - 1))
            return self.model().index(target, ANSWER)
        index = super().moveCursor(action, modifiers)
        return index.siblingAtColumn(ANSWER) if index.isValid() else index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (
            self.state() == QAbstractItemView.State.EditingState
            or not current.isValid()
            or event.modifiers() & COMMAND_MODIFIERS
        ):
            super().keyPressEvent(event)
            return
        catalogue = self.answer_model().catalogue
        assert catalogue is not None  # a current row means there are questions
        row, text, key = current.row(), event.text(), event.key()
        if len(text) == 1 and "0" <= text <= "9":
            if int(text) <= catalogue.scale.max:
                self.answer_entered.emit(row, int(text))
            else:
                QApplication.beep()
        elif text in SKIP_KEYS:
            self.answer_entered.emit(row, None)
        elif key == Qt.Key.Key_Backspace:
            self.go_to_row(row - 1)
        elif key == Qt.Key.Key_Delete:
            self.clear_requested.emit(row)
        elif key == Qt.Key.Key_F2 or (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.column() == COMMENT
        ):
            self.edit_comment(row)
        elif text.strip() and text.isprintable():
            QApplication.beep()  # no jumping to rows by typed letters: a slip must stay visible
        else:
            super().keyPressEvent(event)
            return
        event.accept()
