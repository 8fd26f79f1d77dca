"""The Workshop page: details, participants, agenda and cards, driven by keys; every edit undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidget

from tests.workshop_page_support import arrive, stored, workshop_window, write
from weltoffen_desktop.domain.workshop import Attendance, CardKind
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.workshop.agenda_view import ELAPSED, AgendaView
from weltoffen_desktop.gui.workshop.card_tree import CARDS_MIME
from weltoffen_desktop.gui.workshop.cards_view import CardsView
from weltoffen_desktop.gui.workshop.page import WorkshopPage
from weltoffen_desktop.gui.workshop.participants_view import ATTENDANCE, NAME, ParticipantsView

pytestmark = pytest.mark.gui

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


@pytest.fixture
def shown(qtbot, qapp: QApplication, base_dir: Path, tmp_path: Path) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    window, page = workshop_window(qtbot, qapp, base_dir, tmp_path / "w.weltoffen")
    yield window, page, tmp_path / "w.weltoffen"
    window.session.close()


def tab(page: WorkshopPage, kind: type) -> object:
    """Show the view of class ``kind`` by its Alt+digit shortcut, as a user would."""
    view = next(v for v in page.views if isinstance(v, kind))
    number = page.ui.tabs.indexOf(view) + 1
    focus = QApplication.focusWidget() or page
    press_with(focus, Qt.Key(Qt.Key.Key_0 + number), ALT)
    assert page.ui.tabs.currentWidget() is view
    return view


def press_with(widget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)


def key(
    qtbot, key: Qt.Key | str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def names(view: ParticipantsView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


# --- details and undo ----------------------------------------------------------------------------


def test_details_are_typed_in_and_each_change_undone_from_the_edit_menu(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    page.ui.placeEdit.setFocus()
    write(qtbot, "Ratssaal")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the field stores it
    assert QApplication.focusWidget() is page.ui.moderatorEdit
    write(qtbot, "Şükrü Öztürk")
    key(qtbot, Qt.Key.Key_Tab)
    page.ui.dateEdit.setFocus()
    page.ui.dateEdit.setDate(dt.date(2026, 11, 20))
    assert page.context.data().date == dt.date(2026, 11, 20)
    edit_menu = [a.text() for a in window.ui.menuEdit.actions()]
    assert edit_menu == ["&Rückgängig: Datum des Workshops ändern", "&Wiederholen"]

    page.undo_action.trigger()
    assert page.context.data().date is None
    assert page.ui.dateEdit.text() == "–"
    assert page.undo_action.text() == "&Rückgängig: Moderation ändern"
    page.undo_action.trigger()
    assert page.ui.moderatorEdit.text() == ""
    assert page.redo_action.text() == "&Wiederholen: Moderation ändern"
    page.redo_action.trigger()
    data = stored(window, path, page.context.workshop or "")
    assert (data.place, data.moderator, data.date) == ("Ratssaal", "Şükrü Öztürk", None)


def test_an_empty_title_is_refused_in_plain_words_and_the_old_one_shown(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    _, page, _ = shown
    page.ui.titleEdit.setFocus()
    page.ui.titleEdit.selectAll()
    key(qtbot, Qt.Key.Key_Delete)
    with qtbot.waitSignal(page.session.failed) as failed:
        key(qtbot, Qt.Key.Key_Return)
    assert failed.args == ["Bitte geben Sie den Titel des Workshops ein."]
    assert page.ui.titleEdit.text() == "Workshop Weltoffenheit"
    assert page.context.stack.count() == 0


def test_undo_works_only_while_the_workshop_page_is_shown(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, _ = shown
    view = tab(page, ParticipantsView)
    view.ui.nameEdit.setFocus()
    write(qtbot, "Ana")
    key(qtbot, Qt.Key.Key_Return)
    assert page.undo_action.isEnabled()
    window.ui.navigation.setCurrentRow(0)
    assert not page.undo_action.isEnabled()
    window.ui.navigation.setCurrentRow(3)
    assert page.undo_action.isEnabled()


def test_a_new_workshop_is_chosen_and_its_history_starts_empty(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    _, page, _ = shown
    first = page.context.workshop
    view = tab(page, ParticipantsView)
    view.ui.nameEdit.setFocus()
    write(qtbot, "Ana")
    key(qtbot, Qt.Key.Key_Return)
    second = page.new_workshop("Zweiter Tag")
    assert page.context.workshop == second
    assert page.ui.workshopCombo.currentText() == "Zweiter Tag"
    assert page.context.stack.count() == 0 and page.context.data().participants == ()
    page.ui.workshopCombo.setFocus()
    key(qtbot, Qt.Key.Key_Up)  # the other workshop (no dates: listed as created)
    assert page.context.workshop == first
    assert [p.name for p in page.context.data().participants] == ["Ana"]


# --- participants ------------------------------------------------------------------------------


def test_people_arriving_are_added_by_name_tab_tab_enter(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, ParticipantsView)
    view.ui.nameEdit.setFocus()
    for name, organisation, function in (
        ("Şükrü Öztürk", "Integrationsbüro", "Leitung"),
        ("Юлия Ковалёва", "Jugendamt", ""),
        ("Đặng Thị Ễ", "", "Beirat"),
    ):
        arrive(qtbot, name, organisation, function)
        assert QApplication.focusWidget() is view.ui.nameEdit
        assert view.ui.nameEdit.text() == view.ui.organisationEdit.text() == ""
    assert names(view) == ["Şükrü Öztürk", "Юлия Ковалёва", "Đặng Thị Ễ"]
    assert view.ui.countsLabel.text() == "3 anwesend · 0 entschuldigt · 0 abwesend · 3 insgesamt"

    key(qtbot, "z", CTRL)  # in the empty name line: undoes the last person
    assert names(view) == ["Şükrü Öztürk", "Юлия Ковалёва"]
    key(qtbot, "y", CTRL)
    data = stored(window, path, page.context.workshop or "")
    assert [(p.name, p.organisation, p.function) for p in data.participants] == [
        ("Şükrü Öztürk", "Integrationsbüro", "Leitung"),
        ("Юлия Ковалёва", "Jugendamt", ""),
        ("Đặng Thị Ễ", "", "Beirat"),
    ]
    assert {p.attendance for p in data.participants} == {Attendance.PRESENT}


def test_attendance_by_keys_edit_in_place_and_delete_each_undone(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, ParticipantsView)
    for name in ("Ana Lima", "Ben Roth"):
        view.ui.nameEdit.setText(name)
        assert view.add_entered()
    table = view.ui.table
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(0, NAME))
    key(qtbot, "2")
    assert view.proxy.index(0, ATTENDANCE).data() == "entschuldigt"
    key(qtbot, Qt.Key.Key_Space)
    assert view.proxy.index(0, ATTENDANCE).data() == "abwesend"
    assert view.ui.countsLabel.text() == "1 anwesend · 0 entschuldigt · 1 abwesend · 2 insgesamt"
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_F2)
    write(qtbot, "Benedikt Roth")
    key(qtbot, Qt.Key.Key_Return)  # the editor commits on the next turn of the event loop
    qtbot.waitUntil(lambda: names(view) == ["Ana Lima", "Benedikt Roth"])
    assert QApplication.focusWidget() is table
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Delete)
    assert names(view) == ["Benedikt Roth"]

    key(qtbot, "z", CTRL)  # the person is back, absent, with the same identity
    assert names(view) == ["Ana Lima", "Benedikt Roth"]
    assert view.proxy.index(0, ATTENDANCE).data() == "abwesend"
    key(qtbot, "z", CTRL)
    assert names(view) == ["Ana Lima", "Ben Roth"]
    key(qtbot, "z", CTRL)
    key(qtbot, "z", CTRL)
    assert view.proxy.index(0, ATTENDANCE).data() == "anwesend"
    key(qtbot, "z", SHIFT | CTRL)
    data = stored(window, path, page.context.workshop or "")
    assert [(p.name, p.attendance) for p in data.participants] == [
        ("Ana Lima", Attendance.EXCUSED),
        ("Ben Roth", Attendance.PRESENT),
    ]


def test_names_in_every_script_sort_in_the_alphabet_and_back_to_arrival(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    _, page, _ = shown
    view = tab(page, ParticipantsView)
    arrival = ["Zoë Weiß", "Юлия Ковалёва", "Şükrü Öztürk", "Ἀλέξανδρος Π.", "Đặng Thị Ễ"]
    arrival += ["Łucja Wąs", "ödön Hős", "Sabine Krüger", "Dana Ott"]
    for name in arrival:
        view.ui.nameEdit.setText(name)
        assert view.add_entered()
    header = view.ui.table.horizontalHeader()
    header.sectionClicked.emit(NAME)  # as a click on the heading does
    view.ui.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert names(view) == [
        "Dana Ott",
        "Đặng Thị Ễ",
        "Łucja Wąs",
        "ödön Hős",
        "Sabine Krüger",
        "Şükrü Öztürk",
        "Zoë Weiß",
        "Ἀλέξανδρος Π.",
        "Юлия Ковалёва",
    ]
    view.ui.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert names(view) == arrival


# --- agenda ---------------------------------------------------------------------------------------


def agenda_titles(view: AgendaView) -> list[str]:
    return [r.title for r in view.model.records]


def test_agenda_items_added_reordered_with_alt_arrows_and_undone(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, AgendaView)
    view.ui.titleEdit.setFocus()
    for title, minutes in (("Begrüßung", "10"), ("Ergebnisse", "45"), ("Maßnahmen", "")):
        write(qtbot, title)
        key(qtbot, Qt.Key.Key_Tab)
        if minutes:
            key(qtbot, "a", CTRL)
            write(qtbot, minutes)
        key(qtbot, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is view.ui.titleEdit
    assert [(r.title, r.planned_minutes) for r in view.model.records] == [
        ("Begrüßung", 10),
        ("Ergebnisse", 45),
        ("Maßnahmen", None),
    ]
    view.ui.table.setFocus()
    key(qtbot, Qt.Key.Key_End, CTRL)
    for _ in range(3):  # the third has nowhere to go: no edit
        key(qtbot, Qt.Key.Key_Up, ALT)
    assert agenda_titles(view) == ["Maßnahmen", "Begrüßung", "Ergebnisse"]
    assert page.context.stack.count() == 5
    assert view.current_item().title == "Maßnahmen"  # the moved item stays chosen
    assert page.undo_action.text() == "&Rückgängig: Tagesordnungspunkt „Maßnahmen“ verschieben"
    key(qtbot, "z", CTRL)
    assert agenda_titles(view) == ["Begrüßung", "Maßnahmen", "Ergebnisse"]
    data = stored(window, path, page.context.workshop or "")
    assert [a.title for a in data.agenda] == ["Begrüßung", "Maßnahmen", "Ergebnisse"]


def test_notes_are_stored_when_the_moderator_moves_on_and_undone(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, AgendaView)
    for title in ("Begrüßung", "Ergebnisse"):
        view.ui.titleEdit.setText(title)
        assert view.add_entered()
    view.ui.table.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    view.ui.notesEdit.setFocus()
    write(qtbot, "Die Bürgermeisterin begrüßt <alle> & dankt dem Beirat.")
    assert view.context.data().agenda[0].notes == ""  # not yet: typing goes on
    view.ui.table.setFocus()  # leaving the notes stores them
    assert view.context.data().agenda[0].notes == (
        "Die Bürgermeisterin begrüßt <alle> & dankt dem Beirat."
    )
    key(qtbot, Qt.Key.Key_Down)
    assert view.ui.notesEdit.toPlainText() == ""
    view.ui.notesEdit.setFocus()
    write(qtbot, "Vorstellung der Ergebnisse")
    with qtbot.waitSignal(window.session.saved, timeout=3000):  # after a pause in typing
        pass
    assert view.context.data().agenda[1].notes == "Vorstellung der Ergebnisse"
    view.ui.table.setFocus()
    key(qtbot, "z", CTRL)
    assert view.ui.notesEdit.toPlainText() == ""
    key(qtbot, Qt.Key.Key_Up)
    assert view.ui.notesEdit.toPlainText().startswith("Die Bürgermeisterin")
    data = stored(window, path, page.context.workshop or "")
    assert [a.notes for a in data.agenda] == [
        "Die Bürgermeisterin begrüßt <alle> & dankt dem Beirat.",
        "",
    ]


def test_the_clock_runs_per_item_and_warns_when_over_time(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    _, page, _ = shown
    view = tab(page, AgendaView)
    clock = [1000.0]
    view.now = lambda: clock[0]
    for title, minutes in (("Begrüßung", 10), ("Ergebnisse", 45)):
        view.ui.titleEdit.setText(title)
        view.ui.minutesSpin.setValue(minutes)
        assert view.add_entered()
    view.ui.table.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_F9)
    assert view.ticker.isActive()
    clock[0] += 9 * 60 + 30
    qtbot.waitUntil(lambda: view.ui.clockLabel.text() == "9:30 / 10:00")
    assert view.ui.clockStatus.text() == "noch 0:30"
    assert view.ui.timerFrame.property("state") == "running"
    clock[0] += 95
    qtbot.waitUntil(lambda: view.ui.clockStatus.text() == "überzogen um 1:05")
    assert view.ui.timerFrame.property("state") == "over"
    assert view.model.index(0, ELAPSED).data() == "11:05 (+1:05)"
    key(qtbot, Qt.Key.Key_Down)  # the next item: its own clock; starting it pauses the first
    key(qtbot, Qt.Key.Key_F9)
    clock[0] += 60
    qtbot.waitUntil(lambda: view.ui.clockLabel.text() == "1:00 / 45:00")
    assert view.model.index(0, ELAPSED).data() == "11:05 (+1:05)"
    key(qtbot, Qt.Key.Key_F9)  # pause
    assert not view.ticker.isActive()
    key(qtbot, Qt.Key.Key_F9, CTRL)  # reset
    assert view.ui.clockLabel.text() == "0:00 / 45:00"
    assert view.model.index(1, ELAPSED).data() == ""
    assert page.context.stack.count() == 2  # the clock is not an edit


# --- cards --------------------------------------------------------------------------------------


def groups(tree: QTreeWidget) -> dict[str, list[str]]:
    """A card tree as shown: each heading with the texts of its cards."""
    shown = {}
    for row in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(row)
        shown[heading.text(0)] = [heading.child(i).text(0) for i in range(heading.childCount())]
    return shown


def pool(view: CardsView) -> dict[str, list[str]]:
    return groups(view.ui.poolTree)


def clusters(view: CardsView) -> dict[str, list[str]]:
    return groups(view.ui.clusterTree)


def test_cards_are_typed_fast_with_their_kind_and_shown_by_kind(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, CardsView)
    view.ui.textEdit.setFocus()
    write(qtbot, "Dolmetscherpool")
    key(qtbot, Qt.Key.Key_Return)  # the kind chosen at the start: Stärke
    key(qtbot, "3", CTRL)
    write(qtbot, "Lotsen im Bürgeramt")
    key(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Ayşe")
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.ui.textEdit
    assert view.ui.authorEdit.text() == "Ayşe"  # the author stays for her next card
    write(qtbot, "Mehrsprachige Website")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, "4", CTRL)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, "a", CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Tab, SHIFT)
    write(qtbot, "Wer koordiniert?")
    key(qtbot, Qt.Key.Key_Return)
    assert pool(view) == {
        "Stärke (1)": ["Dolmetscherpool"],
        "Ausbaufähig (0)": [],
        "Idee (2)": ["Lotsen im Bürgeramt", "Mehrsprachige Website"],
        "Frage (1)": ["Wer koordiniert?"],
        "Beschluss (0)": [],
    }
    assert view.ui.countLabel.text() == "4 Karten · 0 in Clustern"
    key(qtbot, "z", CTRL)
    assert "Wer koordiniert?" not in pool(view)["Frage (0)"]
    data = stored(window, path, page.context.workshop or "")
    assert [(c.kind, c.text, c.author) for c in data.cards] == [
        (CardKind.STRENGTH, "Dolmetscherpool", ""),
        (CardKind.IDEA, "Lotsen im Bürgeramt", "Ayşe"),
        (CardKind.IDEA, "Mehrsprachige Website", "Ayşe"),
    ]


def test_cards_for_an_agenda_item_or_a_field_are_asked_for_separately(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    agenda = tab(page, AgendaView)
    agenda.ui.titleEdit.setText("Kartenabfrage: Was läuft gut?")
    assert agenda.add_entered()
    view = tab(page, CardsView)
    combo = view.ui.scopeCombo
    assert combo.itemText(1) == "TOP 1: Kartenabfrage: Was läuft gut?"
    assert combo.itemText(2) == "Handlungsfeld: Management und Steuerung"
    combo.setCurrentIndex(1)
    view.ui.textEdit.setText("Gute Zusammenarbeit mit dem Jobcenter")
    assert view.add_entered()
    combo.setCurrentIndex(combo.findText("Handlungsfeld: Fairer Zugang und Teilhabechancen"))
    view.ui.textEdit.setText("Formulare nur auf Deutsch")
    assert view.add_entered()
    assert pool(view)["Stärke (1)"] == ["Formulare nur auf Deutsch"]
    combo.setCurrentIndex(0)
    assert view.ui.countLabel.text() == "2 Karten · 0 in Clustern"
    data = stored(window, path, page.context.workshop or "")
    assert [(c.agenda_item, c.field_id) for c in data.cards] == [
        (data.agenda[0].uid, None),
        (None, "ZT"),
    ]


def add_cards(view: CardsView, *texts: str) -> None:
    for text in texts:
        view.ui.textEdit.setText(text)
        assert view.add_entered()


# A menu pops up; the offscreen platform says it cannot raise it or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_clusters_by_keys_named_renamed_filled_with_ctrl_k_and_dissolved(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, CardsView)
    add_cards(view, "Dolmetscherpool", "Sprachkurse", "Beirat")
    view.ui.clusterNameEdit.setFocus()
    write(qtbot, "Sprache")
    key(qtbot, Qt.Key.Key_Return)
    write(qtbot, "Beteiligung")
    key(qtbot, Qt.Key.Key_Return)
    assert clusters(view) == {"Sprache": [], "Beteiligung": []}

    tree = view.ui.poolTree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    key(qtbot, Qt.Key.Key_Down, SHIFT)  # two cards selected
    key(qtbot, "k", CTRL)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&1 Sprache",
        "&2 Beteiligung",
        "&0 Ohne Cluster",
    ]
    qtbot.keyClick(menu, "1")
    assert QApplication.focusWidget() is tree
    window.activateWindow()  # offscreen leaves the closed menu the active window
    qtbot.waitActive(window)
    assert clusters(view) == {"Sprache": ["Dolmetscherpool", "Sprachkurse"], "Beteiligung": []}
    assert page.undo_action.text() == "&Rückgängig: 2 Karte(n) in Cluster „Sprache“ legen"
    assert view.ui.countLabel.text() == "3 Karten · 2 in Clustern"

    cluster_tree = view.ui.clusterTree
    cluster_tree.setFocus()
    cluster_tree.setCurrentItem(cluster_tree.topLevelItem(1))
    key(qtbot, Qt.Key.Key_F2)
    write(qtbot, "Beteiligung & Engagement")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.context.data().clusters[1].name == "Beteiligung & Engagement")
    assert "Beteiligung & Engagement" in clusters(view)
    cluster_tree.setCurrentItem(cluster_tree.topLevelItem(0))
    key(qtbot, Qt.Key.Key_Delete)  # the cluster goes, its cards go back to the pool
    assert clusters(view) == {"Beteiligung & Engagement": []}
    assert pool(view)["Stärke (3)"] == ["Dolmetscherpool", "Sprachkurse", "Beirat"]

    key(qtbot, "z", CTRL)  # the cluster is back with its cards
    assert clusters(view)["Sprache"] == ["Dolmetscherpool", "Sprachkurse"]
    key(qtbot, "z", CTRL)
    assert "Beteiligung" in clusters(view)
    key(qtbot, "z", CTRL)  # one step takes both cards out again
    assert clusters(view)["Sprache"] == []
    key(qtbot, "y", CTRL)
    data = stored(window, path, page.context.workshop or "")
    assert [c.name for c in data.clusters] == ["Sprache", "Beteiligung"]
    assert [c.cluster for c in data.cards] == [data.clusters[0].uid] * 2 + [None]


def drop(view: CardsView, cards: list[str], cluster_name: str) -> None:
    """Cards dragged over a cluster and dropped there: the events a drag delivers."""
    tree = view.ui.clusterTree
    target = next(
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if tree.topLevelItem(r).text(0) == cluster_name
    )
    mime = QMimeData()
    mime.setData(CARDS_MIME, "\n".join(cards).encode("ascii"))
    where = tree.visualItemRect(target).center()
    drag = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (
        QDragEnterEvent(where, *drag),
        QDragMoveEvent(where, *drag),
        QDropEvent(QPointF(where), *drag),
    ):
        QApplication.sendEvent(tree.viewport(), event)
        assert event.isAccepted()


def test_cards_dragged_into_a_cluster_move_in_one_undo_step(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, CardsView)
    add_cards(view, "Lotsen", "Website", "Beirat")
    view.ui.clusterNameEdit.setText("Zugang")
    assert view.add_cluster()
    uids = [c.uid for c in page.context.data().cards]
    drop(view, uids[:2], "Zugang")
    qtbot.waitUntil(lambda: clusters(view) == {"Zugang": ["Lotsen", "Website"]})
    drop(view, uids[2:], "Zugang")
    qtbot.waitUntil(lambda: len(clusters(view)["Zugang"]) == 3)
    page.undo_action.trigger()
    assert clusters(view) == {"Zugang": ["Lotsen", "Website"]}
    data = stored(window, path, page.context.workshop or "")
    assert [c.cluster is not None for c in data.cards] == [True, True, False]


def test_a_cards_kind_text_and_the_card_itself_are_changed_by_keys(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    view = tab(page, CardsView)
    add_cards(view, "Kein Leitbild", "Beirat tagt selten")
    tree = view.ui.poolTree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    key(qtbot, "2", CTRL)  # a card chosen: its kind changes, not the entry's
    assert pool(view)["Ausbaufähig (1)"] == ["Kein Leitbild"]
    assert view.kind is CardKind.STRENGTH
    assert tree.currentItem().text(0) == "Kein Leitbild"  # it stays chosen in its new group
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_End)
    write(qtbot, " für Vielfalt")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.context.data().cards[0].text == "Kein Leitbild für Vielfalt")
    assert pool(view)["Ausbaufähig (1)"] == ["Kein Leitbild für Vielfalt"]
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    key(qtbot, Qt.Key.Key_Delete)
    assert pool(view)["Stärke (0)"] == []
    key(qtbot, "z", CTRL)
    assert pool(view)["Stärke (1)"] == ["Beirat tagt selten"]
    data = stored(window, path, page.context.workshop or "")
    assert [(c.kind, c.text) for c in data.cards] == [
        (CardKind.NEEDS_WORK, "Kein Leitbild für Vielfalt"),
        (CardKind.STRENGTH, "Beirat tagt selten"),
    ]


def test_the_page_follows_the_workspace(qtbot, shown, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, page, _ = shown
    assert isinstance(window, MainWindow)
    assert window.open_path(demo_path)
    window.ui.navigation.setCurrentRow(3)
    assert page.ui.workshopCombo.currentText().startswith("Workshop Weltoffene Kommune 2026")
    assert page.ui.overallLabel.text().startswith("„Selbstcheck 2026“ – gesamt Stufe ")
    assert page.ui.roundCombo.currentText() == "Selbstcheck 2026"
    view = tab(page, ParticipantsView)
    assert len(names(view)) == 14
    window.session.close()
    assert page.context.data() is None
    assert page.ui.workshopCombo.count() == 0
