"""What the workshop views share.

Note to whoever builds a workshop view (the voting, decisions and plan views too):
take these instead of writing your own, so the views look and behave alike.

- ``WorkshopView``: base class; follows ``context.changed`` and refreshes only while shown.
- ``RecordModel``: a table model over a tuple of records with ``uid``; keeps selections and
  open editors when only values changed. ``current_uid``/``select_uid`` for its views.
- ``grouped(context, text)``: several edits as one undo step (one Ctrl+Z); ``brief(text)``
  shortens a record's text for an undo text ("Karte „Mehrsprachige …“ löschen").
- ``quick_entry(...)``: line edits where Enter adds, then the line is ready for the next one.
- ``undo_passes_through(edit)``: Ctrl+Z in an untouched line edit undoes the last workshop
  edit instead of doing nothing.
- ``collator()``: compares names in any script (Ş, Đ, Cyrillic, Greek) in the UI language.
- ``card_kind_text``/``card_kind_colour``/``card_kind_icon``, ``attendance_text``: wording
  and colours (colour-blind safe, always with a text label) of the workshop vocabulary.
- ``field_names(context)``: the Handlungsfelder of the workshop's catalogue, id -> name.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from weltoffen_desktop.domain.workshop import Attendance, CardKind
from weltoffen_desktop.gui.i18n import catalogue_language

if TYPE_CHECKING:
    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole

# --- the workshop's vocabulary -----------------------------------------------------------------

# Okabe–Ito colours (distinguishable with every common colour-vision deficiency), each as
# (strong marker, light background for text in black).
_KIND_COLOURS = {
    CardKind.STRENGTH: ("#009E73", "#d5f0e7"),
    CardKind.NEEDS_WORK: ("#E69F00", "#fcebc8"),
    CardKind.IDEA: ("#56B4E9", "#dcf0fb"),
    CardKind.QUESTION: ("#CC79A7", "#f5e1ec"),
    CardKind.DECISION: ("#0072B2", "#d2e4f1"),
}


def card_kind_text(kind: CardKind) -> str:
    texts = {
        CardKind.STRENGTH: QCoreApplication.translate("Workshop", "Stärke"),
        CardKind.NEEDS_WORK: QCoreApplication.translate("Workshop", "Ausbaufähig"),
        CardKind.IDEA: QCoreApplication.translate("Workshop", "Idee"),
        CardKind.QUESTION: QCoreApplication.translate("Workshop", "Frage"),
        CardKind.DECISION: QCoreApplication.translate("Workshop", "Beschluss"),
    }
    return texts[kind]


def card_kind_colour(kind: CardKind, *, light: bool = False) -> QColor:
    return QColor(_KIND_COLOURS[kind][1 if light else 0])


def card_kind_icon(kind: CardKind, size: int = 16) -> QIcon:
    """A filled swatch in the kind's colour with its initial: readable without colour too.

    Drawn once per kind, size and language (views ask for it for every card they show)."""
    return _kind_icon(kind, size, card_kind_text(kind)[0])


@functools.cache
def _kind_icon(kind: CardKind, size: int, letter: str) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(card_kind_colour(kind))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 5, size / 5)
    font = painter.font()
    font.setPixelSize(int(size * 0.7))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff") if kind is CardKind.DECISION else QColor("#000000"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def attendance_text(attendance: Attendance) -> str:
    texts = {
        Attendance.PRESENT: QCoreApplication.translate("Workshop", "anwesend"),
        Attendance.EXCUSED: QCoreApplication.translate("Workshop", "entschuldigt"),
        Attendance.ABSENT: QCoreApplication.translate("Workshop", "abwesend"),
    }
    return texts[attendance]


def field_names(context: WorkshopContext) -> dict[str, str]:
    """The Handlungsfelder of the workshop's catalogue (its round's, else the current one)."""
    ws = context.session.workspace
    if ws is None or context.workshop is None:
        return {}
    from weltoffen_desktop.operations.workshop import workshop_catalogue

    catalogue = workshop_catalogue(ws, context.workshop)
    language = catalogue_language()
    return {field.id: field.name.get(language) for field in catalogue.fields}


_collators: dict[str, QCollator] = {}


def collator() -> QCollator:
    """ICU collation in the interface language: Ş sorts with S, Đ with D, Cyrillic and
    Greek after Latin, case ignored, numbers by value."""
    locale = QLocale()
    found = _collators.get(locale.name())
    if found is None:
        found = _collators[locale.name()] = QCollator(locale)
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        found.setNumericMode(True)
    return found


def brief(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…": for undo texts and menus."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# --- views -------------------------------------------------------------------------------------


class WorkshopView(QWidget):
    """A view of the workshop being edited; ``refresh`` re-reads ``context.data()``.

    Edits reload the whole workshop; a view that is not shown only notes that it is
    out of date and catches up when it is shown again.
    """

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.changed.connect(self._context_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text again after a language change (``refresh`` follows)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._context_changed()
        super().changeEvent(event)

    def _context_changed(self) -> None:
        self._stale = not self.isVisible()
        if not self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()


class RecordModel(QAbstractTableModel):
    """Rows of records that have a ``uid``; subclasses say what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: tuple[Any, ...] = ()

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def set_records(self, records: Sequence[Any]) -> None:
        """Show ``records``; when the same rows stay in the same order only values change,
        so the view keeps its current row, selection and any open editor."""
        records = tuple(records)
        same_rows = [r.uid for r in records] == [r.uid for r in self.records]
        if same_rows:
            self.records = records
            if records:
                last = self.index(len(records) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, uid: str | None) -> int:
        return next((row for row, r in enumerate(self.records) if r.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def current_uid(view: QAbstractItemView) -> str | None:
    """The uid of the view's current row (through any proxy models)."""
    index = view.currentIndex()
    return index.siblingAtColumn(0).data(UID_ROLE) if index.isValid() else None


def select_uid(view: QAbstractItemView, uid: str | None, column: int = 0) -> bool:
    """Make the row of ``uid`` current (in ``column``); False if it is not shown."""
    model = view.model()
    if uid is None or model is None:
        return False
    found = model.match(
        model.index(0, 0), UID_ROLE, uid, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchWrap
    )
    if not found:
        return False
    view.setCurrentIndex(found[0].siblingAtColumn(column))
    view.scrollTo(found[0])
    return True


# --- editing -----------------------------------------------------------------------------------


@contextlib.contextmanager
def grouped(context: WorkshopContext, text: str) -> Iterator[None]:
    """Edits made inside are undone and redone together (views reload once, at the end)."""
    context.stack.beginMacro(text)
    try:
        yield
    finally:
        context.stack.endMacro()


class _UndoPassThrough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit)
        ):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
            if undo or redo:
                event.ignore()  # not the line's: the window's Undo/Redo shortcut gets it
                return True
        return super().eventFilter(watched, event)


def undo_passes_through(edit: QLineEdit) -> None:
    """Ctrl+Z/Ctrl+Shift+Z in ``edit`` undo its typing first, then the workshop's edits."""
    edit.installEventFilter(_UndoPassThrough(edit))


def ready_for_next(edits: Sequence[QLineEdit]) -> None:
    """Empty ``edits`` without undo history (so Ctrl+Z goes to the workshop next)."""
    for edit in edits:
        edit.setText("")


def quick_entry(
    edits: Sequence[QLineEdit],
    add: Callable[[], bool],
    *,
    cleared: Sequence[QLineEdit] | None = None,
) -> Callable[[], None]:
    """Enter in any of ``edits`` calls ``add``; if it added, ``cleared`` (default: all
    ``edits``) are emptied and the first line gets the focus for the next entry.

    Returns the submit function, for an "add" button."""

    def submit() -> None:
        if add():
            ready_for_next(edits if cleared is None else cleared)
            edits[0].setFocus(Qt.FocusReason.OtherFocusReason)

    for edit in edits:
        edit.returnPressed.connect(submit)
        undo_passes_through(edit)
    return submit
