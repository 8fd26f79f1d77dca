"""The measures plan as a tree: Hauptziel → Handlungsziel → Maßnahme, sorted and filtered.

``fill_plan`` writes a workshop's goals and measures into a ``QStandardItemModel``;
``PlanFilter`` (a ``QSortFilterProxyModel``) sorts the measures below each goal by a
column and shows only the measures that pass the filters, with the goals they are in.
Goals keep their recorded order whatever the sorting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from weltoffen_desktop.charts.style import VERMILLION
from weltoffen_desktop.domain.workshop import MeasureData, MeasureStatus, WorkshopData
from weltoffen_desktop.gui.workshop.common import UID_ROLE, brief, collator
from weltoffen_desktop.gui.workshop.date_field import date_text

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # MAIN, SUB, MEASURE or UNASSIGNED
ORDER_ROLE = Qt.ItemDataRole.UserRole + 2  # the recorded order among siblings
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # what a measure's cell sorts by
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4  # a measure's Filterable
MAIN, SUB, MEASURE, UNASSIGNED = "main", "sub", "measure", "unassigned"
TITLE, RESPONSIBLE, DUE, STATUS, FIELD, MILESTONES = range(6)
STATUS_ORDER = tuple(MeasureStatus)
UNFINISHED = (MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS)
OVERDUE = "overdue"  # a status filter besides the statuses
LATE = QColor(VERMILLION)
MUTED = QColor("#5b6b7f")
GOALS_FIRST = 1_000_000  # goals come before the measures beside them
TITLE_LIMIT = 300  # characters of a title shown in the tree (the editor has all)


def status_text(status: MeasureStatus) -> str:
    texts = {
        MeasureStatus.OPEN: QCoreApplication.translate("Workshop", "Offen"),
        MeasureStatus.IN_PROGRESS: QCoreApplication.translate("Workshop", "In Arbeit"),
        MeasureStatus.DONE: QCoreApplication.translate("Workshop", "Erledigt"),
        MeasureStatus.DROPPED: QCoreApplication.translate("Workshop", "Verworfen"),
    }
    return texts[status]


def is_overdue(measure: MeasureData, today: dt.date) -> bool:
    """Due before today and neither done nor dropped."""
    return (
        measure.due_date is not None and measure.due_date < today and measure.status in UNFINISHED
    )


@dataclass(frozen=True)
class Filterable:
    """What the filters look at in a measure."""

    status: MeasureStatus
    overdue: bool
    field_id: str | None
    responsible: str
    words: str = field(repr=False)  # every text of the measure and its goals, case-folded


def fill_plan(
    model: QStandardItemModel, data: WorkshopData, fields: dict[str, str], today: dt.date
) -> None:
    """Show the goals and measures of ``data``. When the tree keeps its shape (the same
    records in the same places) only changed values are written, so a view keeps its
    scroll position and redraws just those cells."""
    rows = _rows(data, fields, today)
    root = model.invisibleRootItem()
    if _same_shape(root, rows):
        _copy_into(root, rows)
    else:
        model.removeRows(0, model.rowCount())
        for row in rows:
            model.appendRow(row)


def _rows(data: WorkshopData, fields: dict[str, str], today: dt.date) -> list[list[QStandardItem]]:
    goals = {g.uid: g for g in data.goals}
    measures_of: dict[str | None, list[tuple[int, MeasureData]]] = {}
    for position, measure in enumerate(data.measures):
        measures_of.setdefault(measure.goal, []).append((position, measure))
    top: list[list[QStandardItem]] = []
    heads: dict[str, QStandardItem] = {}
    for position, goal in enumerate(data.goals):
        level = MAIN if goal.parent is None else SUB
        row = _goal_row(goal.uid, goal.title, level, position, fields.get(goal.field_id or ""))
        if goal.parent is None:
            top.append(row)
        else:
            heads[goal.parent].appendRow(row)
        heads[goal.uid] = row[TITLE]
    for goal_uid, listed in measures_of.items():
        if goal_uid is None:
            continue
        titles = [goals[goal_uid].title]
        if goals[goal_uid].parent is not None:
            titles.append(goals[goals[goal_uid].parent].title)
        for position, measure in listed:
            heads[goal_uid].appendRow(_measure_row(measure, position, fields, today, titles))
    if None in measures_of:
        title = QCoreApplication.translate("Workshop", "Maßnahmen ohne Ziel")
        group = _goal_row("", title, UNASSIGNED, 2 * GOALS_FIRST, None)
        for position, measure in measures_of[None]:
            group[TITLE].appendRow(_measure_row(measure, position, fields, today, []))
        top.append(group)
    return top


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    UID_ROLE,
    KIND_ROLE,
    ORDER_ROLE,
    SORT_ROLE,
    FILTER_ROLE,
)


def _same_shape(parent: QStandardItem, rows: list[list[QStandardItem]]) -> bool:
    if parent.rowCount() != len(rows):
        return False
    for number, row in enumerate(rows):
        old, new = parent.child(number, TITLE), row[TITLE]
        if (old.data(UID_ROLE), old.data(KIND_ROLE)) != (new.data(UID_ROLE), new.data(KIND_ROLE)):
            return False
        children = [
            [new.child(r, c) for c in range(new.columnCount())] for r in range(new.rowCount())
        ]
        if not _same_shape(old, children):
            return False
    return True


def _copy_into(parent: QStandardItem, rows: list[list[QStandardItem]]) -> None:
    for number, row in enumerate(rows):
        for column, new in enumerate(row):
            old = parent.child(number, column)
            for role in _ROLES:
                if old.data(role) != new.data(role):
                    old.setData(new.data(role), role)
        head = row[TITLE]
        children = [
            [head.child(r, c) for c in range(head.columnCount())] for r in range(head.rowCount())
        ]
        _copy_into(parent.child(number, TITLE), children)


def _goal_row(
    uid: str, title: str, level: str, position: int, field_name: str | None
) -> list[QStandardItem]:
    cells = [QStandardItem(brief(title, TITLE_LIMIT))] + [QStandardItem() for _ in range(5)]
    head = cells[TITLE]
    head.setData(uid or None, UID_ROLE)
    head.setData(level, KIND_ROLE)
    head.setData(position, ORDER_ROLE)
    head.setToolTip(
        {
            MAIN: QCoreApplication.translate("Workshop", "Hauptziel"),
            SUB: QCoreApplication.translate("Workshop", "Handlungsziel"),
            UNASSIGNED: QCoreApplication.translate(
                "Workshop", "Maßnahmen, die keinem Ziel zugeordnet sind"
            ),
        }[level]
        + f"\n{title}"
    )
    font = QFont()
    font.setBold(True)
    font.setItalic(level == UNASSIGNED)
    head.setFont(font)
    cells[FIELD].setText(field_name or "")
    for cell in cells:
        cell.setEditable(False)
    return cells


def _measure_row(
    measure: MeasureData,
    position: int,
    fields: dict[str, str],
    today: dt.date,
    goal_titles: list[str],
) -> list[QStandardItem]:
    late = is_overdue(measure, today)
    done = sum(m.done for m in measure.milestones)
    texts = [
        brief(measure.title, TITLE_LIMIT),
        measure.responsible,
        date_text(measure.due_date),
        status_text(measure.status),
        fields.get(measure.field_id or "", ""),
        f"{done}/{len(measure.milestones)}" if measure.milestones else "",
    ]
    if late:  # marked by a sign and words, not by colour alone
        texts[DUE] = f"⚠ {texts[DUE]}"
    cells = [QStandardItem(text) for text in texts]
    sort_keys = [
        texts[TITLE],
        measure.responsible,
        measure.due_date.toordinal() if measure.due_date else dt.date.max.toordinal(),
        STATUS_ORDER.index(measure.status),
        texts[FIELD],
        len(measure.milestones),
    ]
    for cell, key in zip(cells, sort_keys, strict=True):
        cell.setData(key, SORT_ROLE)
        cell.setEditable(False)
    head = cells[TITLE]
    head.setData(measure.uid, UID_ROLE)
    head.setData(MEASURE, KIND_ROLE)
    head.setData(GOALS_FIRST + position, ORDER_ROLE)
    head.setToolTip(measure.title)
    words = " ".join(
        [
            measure.title,
            measure.responsible,
            measure.partners,
            measure.resources,
            measure.indicator,
            *goal_titles,
            *(m.title for m in measure.milestones),
        ]
    ).casefold()
    head.setData(
        Filterable(measure.status, late, measure.field_id, measure.responsible, words),
        FILTER_ROLE,
    )
    if measure.responsible_participant is None and measure.responsible:
        cells[RESPONSIBLE].setToolTip(
            QCoreApplication.translate("Workshop", "{name} (nicht unter den Teilnehmenden)").format(
                name=measure.responsible
            )
        )
    if late:
        cells[DUE].setToolTip(
            QCoreApplication.translate("Workshop", "Überfällig: fällig am {date}").format(
                date=date_text(measure.due_date)
            )
        )
        cells[DUE].setForeground(QBrush(LATE))
        bold = QFont()
        bold.setBold(True)
        cells[DUE].setFont(bold)
    if measure.status == MeasureStatus.DROPPED:
        for cell in cells:
            cell.setForeground(QBrush(MUTED))
    if measure.milestones:
        cells[MILESTONES].setToolTip(
            "\n".join(
                ("☑ " if m.done else "☐ ")
                + m.title
                + (f" – {date_text(m.due_date)}" if m.due_date else "")
                for m in measure.milestones
            )
        )
    return cells


class PlanFilter(QSortFilterProxyModel):
    """Measures that pass every filter, below their goals; measures sorted within a goal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.status: MeasureStatus | str | None = None  # or OVERDUE
        self.field_id: str | None = None  # "" for measures without a field
        self.responsible: str | None = None  # "" for measures without anyone
        self.text = ""

    def set_filters(
        self,
        status: MeasureStatus | str | None,
        field_id: str | None,
        responsible: str | None,
        text: str,
    ) -> None:
        self.beginFilterChange()
        self.status, self.field_id, self.responsible = status, field_id, responsible
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filtering(self) -> bool:
        return (self.status, self.field_id, self.responsible, self.text) != (None, None, None, "")

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, TITLE, parent)
        if index.data(KIND_ROLE) != MEASURE:
            return not self.filtering()  # else shown when a measure inside passes
        found: Filterable = index.data(FILTER_ROLE)
        if self.status == OVERDUE:
            if not found.overdue:
                return False
        elif self.status is not None and found.status != self.status:
            return False
        if self.field_id is not None and (found.field_id or "") != self.field_id:
            return False
        if self.responsible is not None and found.responsible != self.responsible:
            return False
        return all(word in found.words for word in self.text.split())

    def lessThan(self, left: Index, right: Index) -> bool:
        kinds = (
            left.siblingAtColumn(TITLE).data(KIND_ROLE),
            right.siblingAtColumn(TITLE).data(KIND_ROLE),
        )
        order = (
            left.siblingAtColumn(TITLE).data(ORDER_ROLE),
            right.siblingAtColumn(TITLE).data(ORDER_ROLE),
        )
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if kinds != (MEASURE, MEASURE):
            # goals keep their places, in either direction of sorting
            return (order[0] > order[1]) if descending else (order[0] < order[1])
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if first == second:
            return (order[0] > order[1]) if descending else (order[0] < order[1])
        if isinstance(first, str):
            if not first or not second:  # nothing to sort by: last, in either direction
                return bool(first) != descending
            return collator().compare(first, second) < 0
        return first < second
