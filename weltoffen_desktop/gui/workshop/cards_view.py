"""Kartenabfrage: cards typed in fast, shown by kind, clustered by drag and drop or by keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QToolButton, QTreeWidgetItem

from weltoffen_desktop.domain.workshop import CardData, CardKind, WorkshopData
from weltoffen_desktop.gui.generated.ui_cards_view import Ui_CardsView
from weltoffen_desktop.gui.pages.base import signals_blocked
from weltoffen_desktop.gui.workshop.card_tree import CARD, CLUSTER, GROUP, TYPE_ROLE, CardTree
from weltoffen_desktop.gui.workshop.common import (
    UID_ROLE,
    WorkshopView,
    brief,
    card_kind_colour,
    card_kind_icon,
    card_kind_text,
    field_names,
    grouped,
    quick_entry,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from weltoffen_desktop.gui.workshop.edits import WorkshopContext

TEXT, KIND, AUTHOR = range(3)  # columns of both trees
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 2  # the CardData a row shows
KINDS = tuple(CardKind)
CLUSTER_BACKGROUND = QColor("#e9edf2")
ALL, AGENDA, FIELD = "", "agenda:", "field:"  # scopes: all cards, one agenda item, one field


@dataclass(frozen=True)
class Group:
    """A heading of a tree with its cards: a kind in the pool, or a cluster."""

    key: str  # the kind's value or the cluster's uid
    type: str  # GROUP or CLUSTER
    texts: tuple[str, str, str]
    cards: tuple[CardData, ...]


class CardsView(WorkshopView):
    """The cards of the workshop being edited: a pool by kind and the clusters."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CardsView()
        self.ui.setupUi(self)
        self.ui.keysHint.setProperty("role", "muted")
        self.ui.countLabel.setProperty("role", "muted")
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.kind = CardKind.STRENGTH  # the kind the next card gets
        self.scope = ALL
        self._fields: dict[str, str] = {}
        self._fields_of: tuple[str | None, str | None] | None = None
        size = self.fontMetrics().height()  # larger with a projector's font
        self._icons = {kind: card_kind_icon(kind, size) for kind in KINDS}
        self._backgrounds = {kind: QBrush(card_kind_colour(kind, light=True)) for kind in KINDS}
        self._data: WorkshopData | None = None

        self.kind_actions: dict[CardKind, QAction] = {}
        kinds = QActionGroup(self)
        for number, kind in enumerate(KINDS, start=1):
            action = QAction(self._icons[kind], "", kinds)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_0 + number)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=kind: self.kind_key(k))
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from text to author
            self.ui.kindBar.addWidget(button)
            self.kind_actions[kind] = action
        self.kind_actions[self.kind].setChecked(True)

        for tree in (self.ui.poolTree, self.ui.clusterTree):
            tree.setColumnCount(3)
            tree.setIconSize(QSize(size, size))
            tree.setEditTriggers(CardTree.EditTrigger.EditKeyPressed)
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
            tree.itemChanged.connect(self._item_edited)
            tree.cards_dropped.connect(self.put_into_cluster)
            self._tree_action(tree, QKeySequence.StandardKey.Delete, self.remove_selected)
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.clusterTree.into_clusters = True
        self.ui.poolTree.setColumnHidden(KIND, True)  # the pool is grouped by kind already

        self.cluster_menu = QMenu(self)
        self.cluster_menu.triggered.connect(
            lambda action: self.put_into_cluster(action.data()[0], action.data()[1])
        )
        self.cluster_action = QAction(self)
        self.cluster_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.cluster_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cluster_action.triggered.connect(self.ask_cluster)
        self.addAction(self.cluster_action)
        for tree in (self.ui.poolTree, self.ui.clusterTree):
            tree.addAction(self.cluster_action)

        self.ui.scopeCombo.currentIndexChanged.connect(self._scope_chosen)
        submit = quick_entry(
            [self.ui.textEdit, self.ui.authorEdit], self.add_entered, cleared=[self.ui.textEdit]
        )
        self.ui.addButton.clicked.connect(submit)
        quick_entry([self.ui.clusterNameEdit], self.add_cluster)
        self.retranslate()

    def _tree_action(self, tree: CardTree, key: QKeySequence.StandardKey, slot: Callable) -> None:
        action = QAction(self.tr("Löschen"), tree)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: slot(tree))
        tree.addAction(action)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for number, (kind, action) in enumerate(self.kind_actions.items(), start=1):
            action.setText(card_kind_text(kind))
            action.setToolTip(
                self.tr("{kind} (Strg+{number})").format(kind=card_kind_text(kind), number=number)
            )
        self.cluster_action.setText(self.tr("In Cluster legen … (Strg+K)"))
        headers = [self.tr("Karte"), self.tr("Art"), self.tr("Von")]
        for tree in (self.ui.poolTree, self.ui.clusterTree):
            tree.setHeaderLabels(headers)
            tree.actions()[0].setText(self.tr("Löschen"))
        self._fields_of = None  # field names in the new language

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        data = self._data = self.context.data()
        if data is None:
            for tree in (self.ui.poolTree, self.ui.clusterTree):
                tree.clear()
            return
        if self._fields_of != (self.context.workshop, data.round_name):
            self._fields = field_names(self.context)
            self._fields_of = (self.context.workshop, data.round_name)
        self._fill_scopes(data)
        cards = [c for c in data.cards if self._in_scope(c)]
        focus = QApplication.focusWidget()
        for tree, groups in (
            (self.ui.poolTree, self._pool_groups(cards)),
            (self.ui.clusterTree, self._cluster_groups(data, cards)),
        ):
            current, selected = self._kept(tree)
            if self._sync(tree, groups):
                self._restore(tree, current, selected)
        if focus is not None and focus.isVisible():
            focus.setFocus()
        clustered = sum(c.cluster is not None for c in cards)
        self.ui.countLabel.setText(
            self.tr("{cards} Karten · {clustered} in Clustern").format(
                cards=len(cards), clustered=clustered
            )
        )

    def _fill_scopes(self, data: WorkshopData) -> None:
        combo = self.ui.scopeCombo
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(self.tr("Alle Karten"), ALL)
            for number, item in enumerate(data.agenda, start=1):
                combo.addItem(
                    self.tr("TOP {number}: {title}").format(number=number, title=item.title),
                    AGENDA + item.uid,
                )
            for field_id, name in self._fields.items():
                combo.addItem(self.tr("Handlungsfeld: {name}").format(name=name), FIELD + field_id)
            index = combo.findData(self.scope)
            if index < 0:
                self.scope, index = ALL, 0
            combo.setCurrentIndex(index)

    def _in_scope(self, card: CardData) -> bool:
        if self.scope.startswith(AGENDA):
            return card.agenda_item == self.scope.removeprefix(AGENDA)
        if self.scope.startswith(FIELD):
            return card.field_id == self.scope.removeprefix(FIELD)
        return True

    def _card_item(self, card: CardData) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(TEXT, UID_ROLE, card.uid)
        item.setData(TEXT, TYPE_ROLE, CARD)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        self._show_card(item, card)
        return item

    def _show_card(self, item: QTreeWidgetItem, card: CardData) -> None:
        item.setData(TEXT, SHOWN_ROLE, card)
        for column, text in (
            (TEXT, card.text),
            (KIND, card_kind_text(card.kind)),
            (AUTHOR, card.author),
        ):
            item.setText(column, text)
            item.setBackground(column, self._backgrounds[card.kind])
        item.setIcon(TEXT, self._icons[card.kind])
        item.setToolTip(TEXT, f"{card_kind_text(card.kind)}: {card.text}")

    def _heading(self, group: Group) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(group.texts))
        item.setData(TEXT, UID_ROLE, group.key)
        item.setData(TEXT, TYPE_ROLE, group.type)
        font = QFont(item.font(TEXT))
        font.setBold(True)
        item.setFont(TEXT, font)
        if group.type == CLUSTER:
            background = QBrush(CLUSTER_BACKGROUND)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDropEnabled
            )
        else:
            kind = CardKind(group.key)
            background = self._backgrounds[kind]
            item.setIcon(TEXT, self._icons[kind])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for column in (TEXT, KIND, AUTHOR):
            item.setBackground(column, background)
        return item

    def _pool_groups(self, cards: list[CardData]) -> list[Group]:
        groups = []
        for kind in KINDS:
            of_kind = tuple(c for c in cards if c.kind is kind and c.cluster is None)
            texts = (f"{card_kind_text(kind)} ({len(of_kind)})", "", "")
            groups.append(Group(kind.value, GROUP, texts, of_kind))
        return groups

    def _cluster_groups(self, data: WorkshopData, cards: list[CardData]) -> list[Group]:
        order = {kind: n for n, kind in enumerate(KINDS)}
        groups = []
        for cluster in data.clusters:
            inside = sorted(
                (c for c in cards if c.cluster == cluster.uid), key=lambda c: order[c.kind]
            )
            count = self.tr("{count} Karten").format(count=len(inside))
            groups.append(Group(cluster.uid, CLUSTER, (cluster.name, count, ""), tuple(inside)))
        return groups

    def _sync(self, tree: CardTree, groups: list[Group]) -> bool:
        """Show ``groups`` in ``tree``, touching only what changed (typing a card must not
        rebuild 150 rows); True if rows were replaced."""
        replaced = False
        with signals_blocked(tree):
            shown = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
            if [item.data(TEXT, UID_ROLE) for item in shown] != [g.key for g in groups]:
                tree.clear()
                shown = [self._heading(group) for group in groups]
                tree.addTopLevelItems(shown)
                replaced = True
            for item, group in zip(shown, groups, strict=True):
                for column, text in enumerate(group.texts):
                    if item.text(column) != text:
                        item.setText(column, text)
                children = [item.child(row) for row in range(item.childCount())]
                if [c.data(TEXT, UID_ROLE) for c in children] != [c.uid for c in group.cards]:
                    item.takeChildren()
                    item.addChildren([self._card_item(card) for card in group.cards])
                    replaced = True
                else:
                    for child, card in zip(children, group.cards, strict=True):
                        if child.data(TEXT, SHOWN_ROLE) != card:
                            self._show_card(child, card)
                item.setExpanded(True)
        return replaced

    def _kept(self, tree: CardTree) -> tuple[str | None, set[str]]:
        current = tree.currentItem()
        selected = {i.data(TEXT, UID_ROLE) for i in tree.selectedItems()}
        return (current.data(TEXT, UID_ROLE) if current is not None else None), selected

    def _restore(self, tree: CardTree, current: str | None, selected: set[str]) -> None:
        for item in tree.all_items():
            uid = item.data(TEXT, UID_ROLE)
            if uid == current:
                tree.setCurrentItem(item, TEXT, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(uid in selected)

    def item_of(self, tree: CardTree, uid: str) -> QTreeWidgetItem | None:
        return next((i for i in tree.all_items() if i.data(TEXT, UID_ROLE) == uid), None)

    # --- edits ---------------------------------------------------------------------------------

    def kind_key(self, kind: CardKind) -> None:
        """Ctrl+1…5: the kind of the selected cards when a tree has the focus, else of the
        next card typed."""
        tree = self._focused_tree()
        cards = tree.selected_cards() if tree is not None else []
        if not cards:
            self.kind = kind
            self.kind_actions[kind].setChecked(True)
            return
        self.kind_actions[self.kind].setChecked(True)  # the entry's kind stays
        by_uid = {c.uid: c for c in self._data.cards} if self._data else {}
        with grouped(
            self.context, self.tr("Art von {count} Karten ändern").format(count=len(cards))
        ):
            for uid in cards:
                if by_uid[uid].kind is not kind:
                    self.context.update(
                        self.tr("Art der Karte „{text}“ ändern").format(
                            text=brief(by_uid[uid].text)
                        ),
                        "card",
                        uid,
                        kind=kind,
                    )

    def add_entered(self) -> bool:
        if self.context.workshop is None:
            return False
        text = self.ui.textEdit.text().strip()
        scope: dict[str, str] = {}
        if self.scope.startswith(AGENDA):
            scope["agenda_item"] = self.scope.removeprefix(AGENDA)
        elif self.scope.startswith(FIELD):
            scope["field_id"] = self.scope.removeprefix(FIELD)
        uid = self.context.add(
            self.tr("Karte „{text}“ hinzufügen").format(text=brief(text)),
            "card",
            self.context.workshop,
            kind=self.kind,
            text=text,
            author=self.ui.authorEdit.text(),
            **scope,
        )
        if uid is None:
            return False
        added = self.item_of(self.ui.poolTree, uid)
        if added is not None:
            self.ui.poolTree.scrollToItem(added)
        return True

    def add_cluster(self) -> bool:
        if self.context.workshop is None:
            return False
        name = self.ui.clusterNameEdit.text().strip()
        uid = self.context.add(
            self.tr("Cluster „{name}“ anlegen").format(name=brief(name)),
            "cluster",
            self.context.workshop,
            name=name,
        )
        return uid is not None

    def put_into_cluster(self, cards: list[str], cluster: str | None) -> None:
        """Put ``cards`` into ``cluster`` (None: take them out of any) as one undo step."""
        data = self._data
        if data is None:
            return
        clusters = {c.uid: c.name for c in data.clusters}
        moving = [c for c in data.cards if c.uid in cards and c.cluster != cluster]
        if not moving:
            return
        if cluster is None:
            text = self.tr("{count} Karte(n) aus dem Cluster nehmen")
        else:
            text = self.tr("{count} Karte(n) in Cluster „{name}“ legen")
        text = text.format(count=len(moving), name=brief(clusters.get(cluster, "")))
        with grouped(self.context, text):
            for card in moving:
                self.context.update(text, "card", card.uid, cluster=cluster)

    def ask_cluster(self) -> None:
        """Ctrl+K: a menu of the clusters for the selected cards (digits choose)."""
        tree = self._focused_tree()
        data = self._data
        if tree is None or data is None or not tree.selected_cards():
            return
        cards = tree.selected_cards()
        menu = self.cluster_menu
        menu.clear()
        for number, cluster in enumerate(data.clusters, start=1):
            label = cluster.name.replace("&", "&&")
            action = menu.addAction(f"&{number} {label}" if number < 10 else label)
            action.setData((cards, cluster.uid))
        if not data.clusters:
            menu.addAction(
                self.tr("Noch keine Cluster – legen Sie rechts oben einen an")
            ).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("&0 Ohne Cluster")).setData((cards, None))
        current = tree.currentItem() or tree.topLevelItem(0)
        place = tree.visualItemRect(current).bottomLeft() if current else QPoint(0, 0)
        menu.popup(tree.viewport().mapToGlobal(place))

    def remove_selected(self, tree: CardTree) -> None:
        data = self._data
        if data is None:
            return
        selected = {i.data(TEXT, UID_ROLE): i.data(TEXT, TYPE_ROLE) for i in tree.selectedItems()}
        cards = [c for c in data.cards if selected.get(c.uid) == CARD]
        clusters = [c for c in data.clusters if selected.get(c.uid) == CLUSTER]
        if not cards and not clusters:
            return
        row = tree.indexOfTopLevelItem(tree.currentItem()) if tree.currentItem() else -1
        with grouped(self.context, self.tr("{count} Einträge löschen").format(count=len(selected))):
            for card in cards:
                self.context.remove(
                    self.tr("Karte „{text}“ löschen").format(text=brief(card.text)),
                    "card",
                    card.uid,
                )
            for cluster in clusters:
                self.context.remove(
                    self.tr("Cluster „{name}“ auflösen").format(name=brief(cluster.name)),
                    "cluster",
                    cluster.uid,
                )
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(max(0, min(row, tree.topLevelItemCount() - 1))))

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        """An edit in place (F2); applied once the editor has closed."""
        uid, kind, text = item.data(TEXT, UID_ROLE), item.data(TEXT, TYPE_ROLE), item.text(column)
        QTimer.singleShot(0, self, lambda: self._apply_edit(uid, kind, column, text))

    def _apply_edit(self, uid: str, kind: str, column: int, text: str) -> None:
        data = self._data
        if data is None:
            return
        if kind == CLUSTER:
            cluster = next((c for c in data.clusters if c.uid == uid), None)
            renamed = cluster is not None and column == TEXT and text.strip() != cluster.name
            if not renamed or not self.context.update(
                self.tr("Cluster „{name}“ umbenennen").format(name=brief(cluster.name)),
                "cluster",
                uid,
                name=text,
            ):
                self.refresh()  # the tree shows the stored values again
            return
        card = next((c for c in data.cards if c.uid == uid), None)
        value = {TEXT: "text", AUTHOR: "author"}.get(column)
        if card is None or value is None or text.strip() == getattr(card, value):
            self.refresh()  # the tree shows the stored values again
            return
        texts = {
            "text": self.tr("Text der Karte „{text}“ ändern"),
            "author": self.tr("Urheber der Karte „{text}“ ändern"),
        }
        if not self.context.update(
            texts[value].format(text=brief(card.text)), "card", uid, **{value: text}
        ):
            self.refresh()

    def _focused_tree(self) -> CardTree | None:
        focus = QApplication.focusWidget()
        for tree in (self.ui.poolTree, self.ui.clusterTree):
            if focus is tree or (focus is not None and tree.isAncestorOf(focus)):
                return tree
        return None

    def _scope_chosen(self, index: int) -> None:
        self.scope = self.ui.scopeCombo.itemData(index) or ALL
        self.refresh()
