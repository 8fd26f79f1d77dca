"""A tree of cards that takes cards dropped on it (the pin board of the cards view).

Long card texts wrap within the first column, each row as high as its text.

It changes nothing itself: a drop is announced with ``cards_dropped`` (the cards'
uids and the cluster they were dropped into, ``None`` for none) and the cards view
turns it into undoable edits; the tree is then rebuilt from the workshop.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from weltoffen_desktop.gui.workshop.common import UID_ROLE

CARDS_MIME = "application/x-weltoffen-cards"
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
CARD, CLUSTER, GROUP = "card", "cluster", "group"  # what a row of the tree is
_NOWHERE = object()  # a place in the tree where cards cannot be dropped


class _Wrapping(QStyledItemDelegate):
    """Rows as high as their text needs when it wraps within the first column."""

    def __init__(self, tree: CardTree) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        width = self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 40), 1)  # the style wraps text to a valid rect
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(sized, index)


class CardTree(QTreeWidget):
    cards_dropped = Signal(list, object)  # card uids, cluster uid or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegateForColumn(0, _Wrapping(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # a card's text is shown whole
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.into_clusters = False  # True: drops go into the cluster under the mouse
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDropIndicatorShown(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)

    def selected_cards(self) -> list[str]:
        """The uids of the selected cards, in the order they are shown."""
        found = []
        for item in self.all_items():
            if item.isSelected() and item.data(0, TYPE_ROLE) == CARD:
                found.append(item.data(0, UID_ROLE))
        return found

    def all_items(self) -> list[QTreeWidgetItem]:
        items = []
        for top in range(self.topLevelItemCount()):
            parent = self.topLevelItem(top)
            items.append(parent)
            items.extend(parent.child(row) for row in range(parent.childCount()))
        return items

    # --- drag and drop -------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CARDS_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        uids = [i.data(0, UID_ROLE) for i in items if i.data(0, TYPE_ROLE) == CARD]
        mime = QMimeData()
        mime.setData(CARDS_MIME, QByteArray("\n".join(uids).encode("ascii")))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def _target(self, event: QDropEvent) -> object:
        """The cluster uid a drop at the event's place goes to (None: out of clusters)."""
        if not event.mimeData().hasFormat(CARDS_MIME):
            return _NOWHERE
        if not self.into_clusters:
            return None
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(0, TYPE_ROLE) == CARD:
            item = item.parent()
        if item is None or item.data(0, TYPE_ROLE) != CLUSTER:
            return _NOWHERE
        return item.data(0, UID_ROLE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARDS_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # scrolls near the edges, draws the drop indicator
        if self._target(event) is _NOWHERE:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if target is _NOWHERE:
            event.ignore()
            return
        data = bytes(event.mimeData().data(CARDS_MIME).data()).decode("ascii")
        uids = [uid for uid in data.split("\n") if uid]
        event.setDropAction(Qt.DropAction.CopyAction)  # the tree is rebuilt, nothing is moved
        event.accept()
        # after the drag has ended: the edits rebuild this tree
        QTimer.singleShot(0, self, lambda: self.cards_dropped.emit(uids, target))
