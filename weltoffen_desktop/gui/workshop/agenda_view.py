"""Tagesordnung: ordered items, planned minutes, the course of discussion, a clock per item."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from weltoffen_desktop.domain.workshop import AgendaItemData
from weltoffen_desktop.gui.generated.ui_agenda_view import Ui_AgendaView
from weltoffen_desktop.gui.workshop.common import (
    UID_ROLE,
    RecordModel,
    WorkshopView,
    current_uid,
    quick_entry,
    select_uid,
)

if TYPE_CHECKING:
    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

NUMBER, TITLE, PLANNED, ELAPSED = range(4)
MAX_MINUTES = 24 * 60
NOTES_SAVE_DELAY_MS = 1500  # notes are saved after this pause in typing (and on leaving them)
TICK_MS = 500
CLOCK_SCALE = 2.2  # the clock's size against the interface font
OVER_TIME = QColor("#f6d0c9")  # with the text "+m:ss" beside it, not colour alone
CLOCK_TEXT, OVER_TEXT = QColor("#1d3557"), QColor("#b42318")
Index = QModelIndex | QPersistentModelIndex


def clock_text(seconds: int) -> str:
    """``7:05``, or ``1:02:03`` from an hour on."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@dataclass
class Clock:
    """How long one agenda item has been discussed; only shown, never stored."""

    elapsed: float = 0.0  # seconds before the current run
    started: float | None = None  # when the current run began, if running

    def seconds(self, now: float) -> int:
        running = now - self.started if self.started is not None else 0.0
        return int(self.elapsed + running)

    def over(self, planned_minutes: int | None, now: float) -> int | None:
        """Seconds beyond the planned time, or None while within it (or nothing planned)."""
        if not planned_minutes:
            return None
        beyond = self.seconds(now) - planned_minutes * 60
        return beyond if beyond > 0 else None


class AgendaModel(RecordModel):
    edit_requested = Signal(str, str, object)  # uid, value name, new value

    def __init__(self, clocks: dict[str, Clock], now: Callable[[], float], parent: QObject) -> None:
        super().__init__(parent)
        self.clocks = clocks
        self.now = now

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nr."), self.tr("Tagesordnungspunkt"), self.tr("Geplant"), self.tr("Zeit"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: AgendaItemData = self.records[index.row()]
        column = index.column()
        if role == UID_ROLE:
            return item.uid
        if role == Qt.ItemDataRole.EditRole:
            return item.title if column == TITLE else item.planned_minutes or 0
        clock = self.clocks.get(item.uid)
        beyond = clock.over(item.planned_minutes, self.now()) if clock else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return f"{index.row() + 1}."
            if column == TITLE:
                return item.title
            if column == PLANNED:
                return (
                    self.tr("{minutes} min").format(minutes=item.planned_minutes)
                    if (item.planned_minutes)
                    else ""
                )
            if clock is None:
                return ""
            shown = clock_text(clock.seconds(self.now()))
            return f"{shown} (+{clock_text(beyond)})" if beyond is not None else shown
        if role == Qt.ItemDataRole.BackgroundRole and column == ELAPSED and beyond is not None:
            return OVER_TIME
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in (TITLE, PLANNED) else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item: AgendaItemData = self.records[index.row()]
        if index.column() == TITLE and str(value).strip() != item.title:
            self.edit_requested.emit(item.uid, "title", str(value))
        elif index.column() == PLANNED and (int(value) or None) != item.planned_minutes:
            self.edit_requested.emit(item.uid, "planned_minutes", int(value) or None)
        return True

    def clock_changed(self, uid: str) -> None:
        row = self.row_of(uid)
        if row >= 0:
            self.dataChanged.emit(self.index(row, ELAPSED), self.index(row, ELAPSED))


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes: 0 to a day, empty ("–") for no plan."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setSpecialValueText(self.tr("– min"))
        return spin

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaView(WorkshopView):
    """The agenda of the workshop being edited, with notes and a clock for the moderator."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AgendaView()
        self.ui.setupUi(self)
        self.ui.keysHint.setProperty("role", "muted")
        self.ui.itemTitle.setProperty("role", "overall")
        self.ui.clockStatus.setProperty("role", "clockStatus")
        self.ui.timerFrame.setProperty("role", "clockFrame")
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.now: Callable[[], float] = time.monotonic  # the clocks' time source
        self.clocks: dict[str, Clock] = {}
        self.model = AgendaModel(self.clocks, lambda: self.now(), self)
        table = self.ui.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(PLANNED, MinutesDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.installEventFilter(self)
        table.activated.connect(lambda index: table.edit(index.siblingAtColumn(TITLE)))
        table.selectionModel().currentRowChanged.connect(self._item_chosen)

        self.remove_action = self._action(
            table, QKeySequence.StandardKey.Delete, self.remove_current
        )
        self.start_action = self._action(self, Qt.Key.Key_F9, self.start_or_pause)
        self.reset_action = self._action(self, Qt.Modifier.CTRL | Qt.Key.Key_F9, self.reset_clock)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.startButton.clicked.connect(self.start_or_pause)
        self.ui.resetButton.clicked.connect(self.reset_clock)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)

        self._notes_uid: str | None = None  # the item whose notes the editor holds
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.ui.notesEdit.textChanged.connect(self._notes_typed)
        self.ui.notesEdit.installEventFilter(self)

        minutes_line = self.ui.minutesSpin.findChild(QLineEdit)
        submit = quick_entry([self.ui.titleEdit, minutes_line], self.add_entered)
        self.ui.addButton.clicked.connect(submit)
        self.model.edit_requested.connect(self._edit)
        self.retranslate()

    def _action(self, owner: QWidget, key: Any, slot: Callable[[], object]) -> QAction:
        action = QAction(owner)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if owner is self.ui.table
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.remove_action.setText(self.tr("Entfernen"))
        self.ui.resetButton.setText(self.tr("Zurücksetzen"))
        self.model.retranslate()
        self._show_clock()

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        data = self.context.data()
        items = data.agenda if data is not None else ()
        keep = current_uid(self.ui.table)
        self.model.set_records(items)
        if current_uid(self.ui.table) != keep and not select_uid(self.ui.table, keep, TITLE):
            if items and keep is None:  # the first item is ready for the moderator
                self.ui.table.setCurrentIndex(self.model.index(0, TITLE))
            self._item_chosen()
        self._show_item()

    def current_item(self) -> AgendaItemData | None:
        row = self.model.row_of(current_uid(self.ui.table))
        return self.model.record(row) if row >= 0 else None

    def _item_chosen(self) -> None:
        if self._notes_uid != current_uid(self.ui.table):
            self.save_notes()
        self._show_item()

    def _show_item(self) -> None:
        item = self.current_item()
        self.ui.itemPanel.setEnabled(item is not None)
        if item is not None:
            self.ui.itemTitle.setText(item.title)
        elif self.model.rowCount():
            self.ui.itemTitle.setText(self.tr("Wählen Sie links einen Punkt."))
        else:
            self.ui.itemTitle.setText(self.tr("Legen Sie links den ersten Tagesordnungspunkt an."))
        notes = self.ui.notesEdit
        stored = item.notes if item is not None else ""
        switched = (item.uid if item else None) != self._notes_uid
        if switched or (
            not notes.document().isModified() and notes.toPlainText().strip() != stored
        ):
            position = notes.textCursor().position()
            notes.blockSignals(True)
            notes.setPlainText(stored)
            notes.blockSignals(False)
            if not switched:
                cursor = notes.textCursor()
                cursor.setPosition(min(position, len(stored)))
                notes.setTextCursor(cursor)
            notes.document().setModified(False)
            self._notes_uid = item.uid if item else None
        self._show_clock()

    def _show_clock(self) -> None:
        clock_font = QFont(self.font())  # large, and larger still with a projector's font
        clock_font.setPointSizeF(clock_font.pointSizeF() * CLOCK_SCALE)
        clock_font.setBold(True)
        if self.ui.clockLabel.font() != clock_font:  # (set here: the page's fonts reach it late)
            self.ui.clockLabel.setFont(clock_font)
        item = self.current_item()
        clock = self.clocks.get(item.uid, Clock()) if item is not None else Clock()
        now = self.now()
        running = clock.started is not None
        self.ui.startButton.setText(self.tr("Anhalten (F9)") if running else self.tr("Start (F9)"))
        self.ui.resetButton.setEnabled(clock.seconds(now) > 0 or running)
        planned = item.planned_minutes if item is not None else None
        beyond = clock.over(planned, now)
        elapsed = clock_text(clock.seconds(now))
        self.ui.clockLabel.setText(
            self.tr("{elapsed} / {planned}").format(
                elapsed=elapsed, planned=clock_text(planned * 60)
            )
            if planned
            else elapsed
        )
        if beyond is not None:
            status = self.tr("überzogen um {time}").format(time=clock_text(beyond))
        elif planned:
            status = self.tr("noch {time}").format(
                time=clock_text(planned * 60 - clock.seconds(now))
            )
        else:
            status = self.tr("ohne geplante Dauer")
        self.ui.clockStatus.setText(status)
        state = "over" if beyond is not None else "running" if running else ""
        if self.ui.timerFrame.property("state") != state:
            for widget in (self.ui.timerFrame, self.ui.clockStatus):
                widget.setProperty("state", state)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            palette = self.ui.clockLabel.palette()
            palette.setColor(QPalette.ColorRole.WindowText, OVER_TEXT if beyond else CLOCK_TEXT)
            self.ui.clockLabel.setPalette(palette)

    # --- the clock -------------------------------------------------------------------------------

    def start_or_pause(self) -> None:
        """Start the current item's clock (pausing any other), or pause it."""
        item = self.current_item()
        if item is None:
            return
        now = self.now()
        clock = self.clocks.setdefault(item.uid, Clock())
        if clock.started is not None:
            clock.elapsed, clock.started = clock.seconds(now), None
        else:
            for uid, other in self.clocks.items():
                if other.started is not None:
                    other.elapsed, other.started = other.seconds(now), None
                    self.model.clock_changed(uid)
            clock.started = now
        self.model.clock_changed(item.uid)
        if clock.started is not None:
            self.ticker.start()
        else:
            self.ticker.stop()
        self._show_clock()

    def reset_clock(self) -> None:
        item = self.current_item()
        if item is not None and self.clocks.pop(item.uid, None) is not None:
            self.model.clock_changed(item.uid)
            if not any(c.started is not None for c in self.clocks.values()):
                self.ticker.stop()
            self._show_clock()

    def _tick(self) -> None:
        for uid, clock in self.clocks.items():
            if clock.started is not None:
                self.model.clock_changed(uid)
        self._show_clock()

    # --- edits ---------------------------------------------------------------------------------

    def add_entered(self) -> bool:
        if self.context.workshop is None:
            return False
        title = self.ui.titleEdit.text().strip()
        self.ui.minutesSpin.interpretText()
        uid = self.context.add(
            self.tr("Tagesordnungspunkt „{title}“ hinzufügen").format(title=title),
            "agenda_item",
            self.context.workshop,
            title=title,
            planned_minutes=self.ui.minutesSpin.value() or None,
        )
        if uid is None:
            return False
        self.ui.minutesSpin.setValue(0)
        self.ui.table.scrollTo(self.model.index(self.model.row_of(uid), TITLE))
        return True

    def _edit(self, uid: str, value_name: str, value: object) -> None:
        title = self.model.record(self.model.row_of(uid)).title
        texts = {
            "title": self.tr("Tagesordnungspunkt „{title}“ umbenennen"),
            "planned_minutes": self.tr("Geplante Dauer von „{title}“ ändern"),
            "notes": self.tr("Notizen zu „{title}“ ändern"),
        }
        self.context.update(
            texts[value_name].format(title=title), "agenda_item", uid, **{value_name: value}
        )

    def _notes_typed(self) -> None:
        if self._notes_uid is not None:
            self._notes_timer.start()

    def save_notes(self) -> None:
        """Store what was typed into the notes since they were last stored."""
        self._notes_timer.stop()
        document = self.ui.notesEdit.document()
        row = self.model.row_of(self._notes_uid)
        if row < 0 or not document.isModified():
            return
        document.setModified(False)
        text = self.ui.notesEdit.toPlainText()
        if text.strip() != self.model.record(row).notes:
            self._edit(self.model.record(row).uid, "notes", text)

    def move_current(self, steps: int) -> None:
        item = self.current_item()
        if item is not None and 0 <= self.model.row_of(item.uid) + steps < self.model.rowCount():
            self.context.move(
                self.tr("Tagesordnungspunkt „{title}“ verschieben").format(title=item.title),
                "agenda_item",
                item.uid,
                steps,
            )

    def remove_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.ui.table.currentIndex().row()
        text = self.tr("Tagesordnungspunkt „{title}“ entfernen").format(title=item.title)
        if self.context.remove(text, "agenda_item", item.uid):
            self.clocks.pop(item.uid, None)
            below = self.model.index(min(row, self.model.rowCount() - 1), TITLE)
            if below.isValid():
                self.ui.table.setCurrentIndex(below)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.notesEdit and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        elif (
            watched is self.ui.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)
