"""Issue 5, done when: a whole workshop recorded by keyboard survives close and reopen unchanged.

30 participants (names in every script), 8 agenda items with notes, 150 cards per agenda
item and per Handlungsfeld in 6 clusters, a dot vote over the clusters with every present
person's dots, a goal with a sub-goal and 25 measures (who, by when, status): typed with
key clicks into the real Workshop page of the main window, then the workspace is closed,
read from the file and opened again in the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.workshop_page_support import arrive, stored, workshop_window, write
from weltoffen_desktop.domain.workshop import (
    Attendance,
    CardKind,
    MeasureStatus,
    WorkshopData,
    default_dots,
)
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.workshop.agenda_view import AgendaView
from weltoffen_desktop.gui.workshop.cards_view import CardsView
from weltoffen_desktop.gui.workshop.page import WorkshopPage
from weltoffen_desktop.gui.workshop.participants_view import ParticipantsView
from weltoffen_desktop.gui.workshop.plan_view import PlanView
from weltoffen_desktop.gui.workshop.voting_view import VotingView

pytestmark = pytest.mark.gui

NONE, CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
PEOPLE = [
    ("Şükrü Öztürk", "Integrationsbüro", "Leitung"),
    ("Ayşe Yılmaz-Doğan", "Beirat für Migration und Integration", "Vorsitzende"),
    ("Çağrı Ağaoğlu", "Jobcenter", "Fallmanager"),
    ("Łucja Wąs-Górecka", "Personalamt", "Sachgebietsleitung"),
    ("Małgorzata Żółkiewska", "Volkshochschule", "Sprachkurse"),
    ("Ödön Hős", "Schulverwaltung", ""),
    ("Zsófia Kővári-Szűcs", "", "Elternvertretung"),
    ("Đặng Thị Ễ", "Verein „Brücke e. V.“", "Sprecherin"),
    ("Nguyễn Văn Đức", "Ordnungsamt", "Sachbearbeitung"),
    ("Đorđe Petrović", "Jugendamt", "Sozialarbeit"),
    ("Юлия Ковалёва", "Volkshochschule", "Fachbereichsleitung"),
    ("Ольга Смирнова", "Gesundheitsamt", ""),
    ("Дмитрий Иванов", "Sportbund", "Geschäftsführer"),
    ("Ἀλέξανδρος Παπαδόπουλος", "Unternehmerverein", "Vorstand"),
    ("Γιώργος Οικονόμου", "Handwerkskammer", ""),
    ("Ελένη Σταυρίδου", "Kita-Verbund", "Leitung"),
    ("Dr. Katrin Vogel", "Stadt Musterstadt", "Bürgermeisterin"),
    ("Sabine Krüger", "Hauptamt", "Protokoll"),
    ("Michael Roth", "Moderation", ""),
    ("Jonas Becker", "Presse- und Öffentlichkeitsarbeit", "Pressesprecher"),
    ("Fatima Haddad", "Migrantenselbstorganisation", "Sprecherin"),
    ("Emre Doğan", "Sportbund", "Jugendwart"),
    ("Thomas Weber", "Ordnungsamt", "Amtsleitung"),
    ("Zoë Weiß", "Bürgerbüro", "Teamleitung"),
    ("Anna-Lena Müller", "Stadtrat", "Fraktion A"),
    ("Hans-Jürgen Schäfer", "Stadtrat", "Fraktion B"),
    ("Ines <Mustermann> & Co", "Gleichstellung", "Beauftragte"),
    ("O'Neill, Siobhán", "Hochschule", "Forschung"),
    ("Trần Thị Hương", "Pflegedienst", ""),
    ("Βασίλειος Κ.", "Kirchengemeinde", "Diakon"),
]
EXCUSED, ABSENT = {6, 14}, {22, 29}  # rows whose attendance is set by keys
AGENDA = [
    ("Begrüßung und Ziele des Tages", 10, "Die Bürgermeisterin begrüßt alle; Ziel: Maßnahmen."),
    ("Ergebnisse des Selbstchecks", 30, ""),
    ("Kartenabfrage: Was läuft gut?", 25, ""),
    ("Kartenabfrage: Was fehlt?", 25, "Viele Karten zu Sprache & Zugang."),
    ("Clustern und Punktabfrage", 20, ""),
    ("Mittagspause", 45, ""),
    ("Maßnahmenplan", 60, "Zuständigkeiten werden im Januar bestätigt.\nZweite Zeile."),
    ("Abschluss und Ausblick", 15, ""),
]
MOVED = 5  # "Mittagspause" goes one place down with Alt+Down
KINDS = list(CardKind)
TOPICS = [
    "Formulare in Leichter Sprache",
    "Dolmetscherpool für Elterngespräche",
    "Website mehrsprachig <b>zuerst</b>",
    "Lotsen im Bürgeramt & im Jobcenter",
    "Interkulturelle Schulung für alle Ämter",
    "Beirat früher einbinden",
    "Anonymisierte Bewerbungen",
    "Offener Treff am Markt",
    "Leitfaden gegen Hassrede",
    "„Willkommenstag“ für Neuzugezogene",
]
CLUSTERS = ["Sprache", "Zugang", "Personal", "Beteiligung", "Begegnung", "Kommunikation"]
FIELDS = 7  # Handlungsfelder of the shipped catalogue

GOALS = ("Zugang zu Leistungen verbessern", "Verwaltung spricht die Sprachen der Stadt")
STATUSES = list(MeasureStatus)


def measure(number: int) -> tuple[str, str, dt.date, MeasureStatus]:
    """Title, responsible person (a participant, or every third a name from outside), due
    date and status of the measure ``number``."""
    who = f"Fachstelle {number} (extern)" if number % 3 == 0 else PEOPLE[number][0]
    due = dt.date(2027, 1 + number % 12, 1 + number)
    return f"{TOPICS[number % 10]}: Schritt {number // 10 + 1}", who, due, STATUSES[number % 4]


def card_text(number: int) -> str:
    return f"{TOPICS[number % len(TOPICS)]} ({number + 1})"


def card_author(number: int) -> str:
    return PEOPLE[number % 30][0] if number % 4 == 0 else ""


def press(qtbot, key: Qt.Key | str, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifiers)


def show(qtbot, page: WorkshopPage, kind: type) -> object:  # type: ignore[no-untyped-def]
    """Alt+digit: the tab of the view of class ``kind``."""
    view = next(v for v in page.views if isinstance(v, kind))
    press(qtbot, Qt.Key(Qt.Key.Key_0 + page.ui.tabs.indexOf(view) + 1), ALT)
    assert page.ui.tabs.currentWidget() is view
    return view


@pytest.fixture
def shown(qtbot, qapp: QApplication, base_dir: Path, tmp_path: Path) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    path = tmp_path / "Musterstadt.weltoffen"
    window, page = workshop_window(qtbot, qapp, base_dir, path, "Workshop <Weltoffenheit> 2026")
    yield window, page, path
    window.session.close()


def record_participants(qtbot, page: WorkshopPage) -> None:  # type: ignore[no-untyped-def]
    view = show(qtbot, page, ParticipantsView)
    assert isinstance(view, ParticipantsView)
    press(qtbot, "n", ALT)  # "Neu:" -> the name line
    assert QApplication.focusWidget() is view.ui.nameEdit
    for name, organisation, function in PEOPLE:
        arrive(qtbot, name, organisation, function)
    press(qtbot, Qt.Key.Key_Tab, times=4)  # past organisation, function, the button
    assert QApplication.focusWidget() is view.ui.table
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for row in range(len(PEOPLE)):
        if row in EXCUSED:
            press(qtbot, "2")
        elif row in ABSENT:
            press(qtbot, "3")
        press(qtbot, Qt.Key.Key_Down)
    counts = "26 anwesend · 2 entschuldigt · 2 abwesend · 30 insgesamt"
    assert view.ui.countsLabel.text() == counts


def record_agenda(qtbot, page: WorkshopPage) -> None:  # type: ignore[no-untyped-def]
    view = show(qtbot, page, AgendaView)
    assert isinstance(view, AgendaView)
    press(qtbot, "n", ALT)
    for title, minutes, _ in AGENDA:
        write(qtbot, title)
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, "a", CTRL)
        write(qtbot, str(minutes))
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab, times=3)  # past the minutes and the button
    assert QApplication.focusWidget() is view.ui.table
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _, _, notes in AGENDA:
        if notes:
            press(qtbot, "o", ALT)  # "Notizen"
            for number, line in enumerate(notes.split("\n")):
                if number:
                    press(qtbot, Qt.Key.Key_Return)
                write(qtbot, line)
            press(
                qtbot, Qt.Key.Key_Backtab, times=2
            )  # past the clock's button: the notes are stored
            assert QApplication.focusWidget() is view.ui.table
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    press(qtbot, Qt.Key.Key_Down, times=MOVED)
    press(qtbot, Qt.Key.Key_Down, ALT)


def scope_to(qtbot, view: CardsView, text: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+Z, then arrow keys in the scope chooser until it shows ``text``."""
    press(qtbot, "z", ALT)
    combo = view.ui.scopeCombo
    assert QApplication.focusWidget() is combo
    press(qtbot, Qt.Key.Key_Home)
    while combo.currentText() != text:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.ui.textEdit


def type_card(qtbot, view: CardsView, number: int) -> None:  # type: ignore[no-untyped-def]
    kind = KINDS[number % 5]
    if view.kind is not kind:
        press(qtbot, Qt.Key(Qt.Key.Key_1 + KINDS.index(kind)), CTRL)
    write(qtbot, card_text(number))
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "a", CTRL)
    press(qtbot, Qt.Key.Key_Backspace)
    write(qtbot, card_author(number))
    press(qtbot, Qt.Key.Key_Return)


def record_cards(qtbot, window: MainWindow, page: WorkshopPage) -> None:  # type: ignore[no-untyped-def]
    view = show(qtbot, page, CardsView)
    assert isinstance(view, CardsView)
    scopes = ["Alle Karten"]
    scopes += [f"TOP {n}: {page.context.data().agenda[n - 1].title}" for n in (3, 4)]
    scopes += [view.ui.scopeCombo.itemText(view.ui.scopeCombo.count() - FIELDS + f) for f in (0, 2)]
    for number in range(150):
        if number % 30 == 0:
            scope_to(qtbot, view, scopes[number // 30])
        type_card(qtbot, view, number)
    scope_to(qtbot, view, "Alle Karten")
    assert view.ui.countLabel.text() == "150 Karten · 0 in Clustern"

    press(qtbot, Qt.Key.Key_Tab, times=3)  # author, button, pool
    assert QApplication.focusWidget() is view.ui.poolTree
    press(qtbot, Qt.Key.Key_Tab)
    for name in CLUSTERS:
        write(qtbot, name)
        press(qtbot, Qt.Key.Key_Return)
    # each cluster gets the first five cards left in the Stärke group, by keys
    for number in range(1, len(CLUSTERS) + 1):
        press(qtbot, "k", ALT)  # "Karten ohne Cluster"
        press(qtbot, Qt.Key.Key_Home)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down, SHIFT, times=4)
        press(qtbot, "k", CTRL)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        qtbot.keyClick(menu, str(number))
        window.activateWindow()  # offscreen leaves the closed menu the active window
        qtbot.waitActive(window)
    assert view.ui.countLabel.text() == "150 Karten · 30 in Clustern"


def record_vote(qtbot, page: WorkshopPage) -> None:  # type: ignore[no-untyped-def]
    view = show(qtbot, page, VotingView)
    assert isinstance(view, VotingView)
    press(qtbot, "n", ALT)
    write(qtbot, "Welche Themen zuerst?")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.ui.optionList
    press(qtbot, Qt.Key.Key_Home)
    for _ in CLUSTERS:  # the clusters come first in the list
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, "s", ALT)
    assert QApplication.focusWidget() is view.ui.gridTable
    for person in range(len(view.grid_model.people)):
        for option in range(len(CLUSTERS)):
            dots = dots_of(person, option)
            press(qtbot, str(dots) if dots else Qt.Key.Key_Tab)


def record_plan(qtbot, page: WorkshopPage) -> None:  # type: ignore[no-untyped-def]
    view = show(qtbot, page, PlanView)
    assert isinstance(view, PlanView)
    for level, title in ((2, GOALS[0]), (1, GOALS[1])):  # a Hauptziel, a Handlungsziel in it
        new_entry(qtbot, view, level, title)
    for number in range(25):
        title, who, due, status = measure(number)
        new_entry(qtbot, view, 0, title)  # into the Handlungsziel chosen under "in"
        write(qtbot, who)
        press(qtbot, Qt.Key.Key_Tab, times=2)  # past the partners
        write(qtbot, due.strftime("%d.%m.%Y"))
        press(qtbot, Qt.Key.Key_Tab, times=3)  # past resources and indicator
        assert QApplication.focusWidget() is view.ui.statusCombo
        press(qtbot, Qt.Key.Key_Home)
        press(qtbot, Qt.Key.Key_Down, times=STATUSES.index(status))
        press(qtbot, Qt.Key.Key_Tab)


def new_entry(qtbot, view: PlanView, level: int, title: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+E, the level (0 measure, 1 Handlungsziel, 2 Hauptziel), Alt+N, the title, Enter."""
    press(qtbot, "e", ALT)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down, times=level)
    press(qtbot, "n", ALT)
    write(qtbot, title)
    press(qtbot, Qt.Key.Key_Return)


def dots_of(person: int, option: int) -> int:
    """Four dots each: two on one cluster, one on each of two others."""
    return {person % 6: 2, (person + 2) % 6: 1, (person + 3) % 6: 1}.get(option, 0)


# --- the test ------------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_whole_workshop_by_keyboard_survives_close_and_reopen(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, page, path = shown
    record_participants(qtbot, page)
    record_agenda(qtbot, page)
    record_cards(qtbot, window, page)
    record_vote(qtbot, page)
    record_plan(qtbot, page)
    recorded = page.context.data()
    assert isinstance(recorded, WorkshopData)
    check_recorded(recorded)

    assert stored(window, path, recorded.uid) == recorded  # closed, read from the file
    assert window.open_path(path)  # and opened again in the window
    window.ui.navigation.setCurrentRow(3)
    assert page.context.data() == recorded
    view = show(qtbot, page, ParticipantsView)
    assert isinstance(view, ParticipantsView)
    assert view.proxy.rowCount() == 30


def check_recorded(data: WorkshopData) -> None:
    """What was typed is what was recorded."""
    assert [(p.name, p.organisation, p.function) for p in data.participants] == PEOPLE
    attendance = [p.attendance for p in data.participants]
    assert [row for row, a in enumerate(attendance) if a is Attendance.EXCUSED] == sorted(EXCUSED)
    assert [row for row, a in enumerate(attendance) if a is Attendance.ABSENT] == sorted(ABSENT)

    agenda = list(AGENDA)
    agenda.insert(MOVED + 1, agenda.pop(MOVED))
    assert [(a.title, a.planned_minutes, a.notes) for a in data.agenda] == agenda

    assert len(data.cards) == 150
    assert [(c.kind, c.text, c.author) for c in data.cards] == [
        (KINDS[n % 5], card_text(n), card_author(n)) for n in range(150)
    ]
    top3, top4 = data.agenda[2].uid, data.agenda[3].uid
    scopes = [(c.agenda_item, c.field_id) for c in data.cards]
    assert scopes[:30] == [(None, None)] * 30
    assert scopes[30:60] == [(top3, None)] * 30 and scopes[60:90] == [(top4, None)] * 30
    assert {s for s in scopes[90:120]} == {(None, "MS")}
    assert {s for s in scopes[120:]} == {(None, "ZT")}
    assert [c.name for c in data.clusters] == CLUSTERS
    strengths = [c for c in data.cards if c.kind is CardKind.STRENGTH]
    for number, cluster in enumerate(data.clusters):
        assert [c.uid for c in strengths if c.cluster == cluster.uid] == [
            c.uid for c in strengths[number * 5 : number * 5 + 5]
        ]

    (vote,) = data.votes
    assert vote.title == "Welche Themen zuerst?"
    assert vote.dots_per_person == default_dots(6) == 4
    assert [o.cluster for o in vote.options] == [c.uid for c in data.clusters]
    present = [p for p in data.participants if p.attendance is Attendance.PRESENT]
    given = {
        (person.uid, option.cluster): option.dots.get(person.uid, 0)
        for person in present
        for option in vote.options
    }
    assert given == {
        (person.uid, cluster.uid): dots_of(p, o)
        for p, person in enumerate(present)
        for o, cluster in enumerate(data.clusters)
    }

    main, sub = data.goals
    assert (main.title, main.parent, sub.title, sub.parent) == (GOALS[0], None, GOALS[1], main.uid)
    people = {p.name: p.uid for p in data.participants}
    assert [
        (m.title, m.responsible, m.responsible_participant, m.due_date, m.status, m.goal)
        for m in data.measures
    ] == [
        (title, who, people.get(who), due, status, sub.uid)
        for title, who, due, status in map(measure, range(25))
    ]
