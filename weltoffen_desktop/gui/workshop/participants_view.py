"""Teilnehmende: quick entry while people arrive, attendance by key, edits in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem

from weltoffen_desktop.domain.workshop import Attendance, ParticipantData
from weltoffen_desktop.gui.generated.ui_participants_view import Ui_ParticipantsView
from weltoffen_desktop.gui.workshop.common import (
    UID_ROLE,
    RecordModel,
    WorkshopView,
    attendance_text,
    collator,
    current_uid,
    quick_entry,
    select_uid,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

NAME, ORGANISATION, FUNCTION, ATTENDANCE = range(4)
VALUE_NAMES = {NAME: "name", ORGANISATION: "organisation", FUNCTION: "function"}
ATTENDANCE_ORDER = (Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT)
ATTENDANCE_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
NOT_THERE = QColor("#5b6b7f")
Index = QModelIndex | QPersistentModelIndex


class ParticipantModel(RecordModel):
    """One row per participant; edits are asked for with ``edit_requested``, never applied."""

    edit_requested = Signal(str, str, object)  # uid, value name, new value

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation / Amt"),
            self.tr("Funktion"),
            self.tr("Anwesenheit"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person: ParticipantData = self.records[index.row()]
        column = index.column()
        if role == UID_ROLE:
            return person.uid
        if role == Qt.ItemDataRole.EditRole and column == ATTENDANCE:
            return person.attendance.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ATTENDANCE:
                return attendance_text(person.attendance)
            return getattr(person, VALUE_NAMES[column])
        if role == Qt.ItemDataRole.ForegroundRole and person.attendance != Attendance.PRESENT:
            return NOT_THERE
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        person: ParticipantData = self.records[index.row()]
        if index.column() == ATTENDANCE:
            if value != person.attendance.value:
                self.edit_requested.emit(person.uid, "attendance", Attendance(value))
        else:
            name = VALUE_NAMES[index.column()]
            if str(value).strip() != getattr(person, name):
                self.edit_requested.emit(person.uid, name, str(value))
        return True


class CollatedProxy(QSortFilterProxyModel):
    """Sorts by the shown text in the interface language's alphabet (any script)."""

    def lessThan(self, left: Index, right: Index) -> bool:
        return collator().compare(str(left.data()), str(right.data())) < 0


class AttendanceDelegate(QStyledItemDelegate):
    """A combo box for the attendance column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for attendance in ATTENDANCE_ORDER:
            combo.addItem(attendance_text(attendance), attendance.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantsView(WorkshopView):
    """The participant list of the workshop being edited."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ParticipantsView()
        self.ui.setupUi(self)
        self.ui.keysHint.setProperty("role", "muted")
        self.model = ParticipantModel(self)
        self.proxy = CollatedProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(ATTENDANCE, AttendanceDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ATTENDANCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicatorClearable(True)  # a third click returns to the order of arrival
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.installEventFilter(self)
        table.activated.connect(table.edit)

        self.remove_action = QAction(self.tr("Entfernen"), table)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_current)
        table.addAction(self.remove_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.model.edit_requested.connect(self._edit)
        submit = quick_entry(
            [self.ui.nameEdit, self.ui.organisationEdit, self.ui.functionEdit], self.add_entered
        )
        self.ui.addButton.clicked.connect(submit)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.remove_action.setText(self.tr("Entfernen"))
        self.model.retranslate()

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        data = self.context.data()
        people = data.participants if data is not None else ()
        keep = current_uid(self.ui.table)
        self.model.set_records(people)
        if keep is not None and current_uid(self.ui.table) != keep:
            select_uid(self.ui.table, keep, self.ui.table.currentIndex().column())
        self.ui.countsLabel.setText(self._counts(people))

    def _counts(self, people: tuple[ParticipantData, ...]) -> str:
        count = {a: sum(p.attendance == a for p in people) for a in Attendance}
        return self.tr(
            "{present} anwesend · {excused} entschuldigt · {absent} abwesend · {total} insgesamt"
        ).format(
            present=count[Attendance.PRESENT],
            excused=count[Attendance.EXCUSED],
            absent=count[Attendance.ABSENT],
            total=len(people),
        )

    # --- edits ---------------------------------------------------------------------------------

    def add_entered(self) -> bool:
        """Add the person typed into the entry line, as present; True if added."""
        name = self.ui.nameEdit.text().strip()
        if self.context.workshop is None:
            return False
        uid = self.context.add(
            self.tr("„{name}“ hinzufügen").format(name=name),
            "participant",
            self.context.workshop,
            name=name,
            organisation=self.ui.organisationEdit.text(),
            function=self.ui.functionEdit.text(),
        )
        if uid is None:
            return False
        self.ui.table.scrollTo(self._index_of(uid))
        return True

    def _index_of(self, uid: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index(self.model.row_of(uid), NAME))

    def _edit(self, uid: str, value_name: str, value: object) -> None:
        name = self.model.record(self.model.row_of(uid)).name
        texts = {
            "name": self.tr("Name von „{name}“ ändern"),
            "organisation": self.tr("Organisation von „{name}“ ändern"),
            "function": self.tr("Funktion von „{name}“ ändern"),
            "attendance": self.tr("Anwesenheit von „{name}“ ändern"),
        }
        self.context.update(
            texts[value_name].format(name=name), "participant", uid, **{value_name: value}
        )

    def set_attendance(self, attendance: Attendance) -> None:
        uid = current_uid(self.ui.table)
        if uid is not None:
            self._edit(uid, "attendance", attendance)

    def remove_current(self) -> None:
        uid = current_uid(self.ui.table)
        if uid is None:
            return
        row = self.ui.table.currentIndex().row()
        name = self.model.record(self.model.row_of(uid)).name
        if self.context.remove(self.tr("„{name}“ entfernen").format(name=name), "participant", uid):
            below = self.proxy.index(min(row, self.proxy.rowCount() - 1), NAME)
            if below.isValid():
                self.ui.table.setCurrentIndex(below)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space cycles the current person's attendance; 1, 2, 3 set it."""
        if (
            watched is self.ui.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            index = self.ui.table.currentIndex()
            if index.isValid() and event.key() == Qt.Key.Key_Space:
                now = Attendance(index.siblingAtColumn(ATTENDANCE).data(Qt.ItemDataRole.EditRole))
                following = ATTENDANCE_ORDER.index(now) + 1
                self.set_attendance(ATTENDANCE_ORDER[following % len(ATTENDANCE_ORDER)])
                return True
            if index.isValid() and event.key() in ATTENDANCE_KEYS:
                self.set_attendance(ATTENDANCE_ORDER[ATTENDANCE_KEYS[event.key()]])
                return True
        return super().eventFilter(watched, event)
