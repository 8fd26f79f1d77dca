"""A workshop with every kind of record and tricky text, recorded through the operations."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.workshop import MAX_TEXT
from weltoffen_desktop.storage.database import Workspace

NAMES = (
    "Şükrü Öztürk",
    "Łucja Wąs-Górecka",
    "Ödön Hős",
    "Đặng Thị Ễ",
    "Юлия Ковалёва",
    "Ἀλέξανδρος Παπαδόπουλος",
    "Ağça Gül",
)
MARKUP = "Formulare <b>einfach</b> &amp; klar – „so“ oder \"so\" oder 'so'"
LAYOUT = "Spalte 1\tSpalte 2\nZeile 2\n\n\tZeile 4 mit Tab 🙂"
# As long as a text may be, in every script the app meets.
LONG = ("Ş ğ ł ő Đ ễ Ж ж Ω ω <&> \"'\t\n" * (MAX_TEXT // 10))[: MAX_TEXT - 1] + "."


def record_workshop(ws: Workspace, round_uid: str | None = None) -> str:
    """A whole workshop with every kind of record, and references of every kind."""
    w = ops.create_workshop(
        ws,
        "Workshop <Weltoffenheit> & Vielfalt",
        date=dt.date(2026, 11, 20),
        place="Rathaus, Ratssaal\tEG",
        start_time=dt.time(9, 30),
        end_time=dt.time(15, 45, 30),
        moderator=NAMES[5],
        minute_taker=NAMES[1],
        chair=NAMES[0],
        round=round_uid,
    )
    people = [
        ops.add(ws, "participant", w, name=n, organisation=f"Amt {i} & <Partner>", function="")
        for i, n in enumerate(NAMES)
    ]
    ops.update(ws, "participant", people[3], attendance=Attendance.EXCUSED)
    ops.update(ws, "participant", people[6], attendance=Attendance.ABSENT)
    agenda = [
        ops.add(ws, "agenda_item", w, title="Begrüßung", planned_minutes=15, notes=LAYOUT),
        ops.add(ws, "agenda_item", w, title="Ergebnisse <Selbstcheck>", planned_minutes=None),
        ops.add(ws, "agenda_item", w, title="Maßnahmen", planned_minutes=90, notes=LONG),
    ]
    language, contact = (ops.add(ws, "cluster", w, name=n) for n in ("Sprache & Zugang", "Kontakt"))
    cards = [
        ops.add(
            ws,
            "card",
            w,
            kind=CardKind.IDEA,
            text=MARKUP,
            author=NAMES[4],
            field_id="ZT",
            agenda_item=agenda[1],
            cluster=language,
        ),
        ops.add(ws, "card", w, kind=CardKind.STRENGTH, text=LAYOUT, cluster=language),
        ops.add(ws, "card", w, kind=CardKind.NEEDS_WORK, text=LONG, field_id="KK"),
        ops.add(ws, "card", w, kind=CardKind.QUESTION, text="Wer?", cluster=contact),
        ops.add(ws, "card", w, kind=CardKind.DECISION, text="Beschluss", agenda_item=agenda[2]),
    ]
    vote = ops.add(ws, "dot_vote", w, title="Prioritäten", dots_per_person=3, revealed=True)
    options = [ops.add(ws, "vote_option", vote, card=c) for c in cards[:3]]
    options.append(ops.add(ws, "vote_option", vote, cluster=contact))
    ops.set_dots(ws, options[0], people[0], 2)
    ops.set_dots(ws, options[3], people[0], 1)
    ops.set_dots(ws, options[0], people[1], 3)
    ops.set_dots(ws, options[2], people[2], 1)
    totals = ops.add(ws, "dot_vote", w, title="Summen", dots_per_person=2, by_participant=False)
    ops.update(ws, "vote_option", ops.add(ws, "vote_option", totals, cluster=language), total=17)
    ops.add(ws, "recommendation", w, field_id="ZT", text=MARKUP)
    ops.add(ws, "recommendation", w, field_id=None, text=LAYOUT)
    ops.add(
        ws,
        "decision",
        w,
        agenda_item=agenda[2],
        wording="Der Rat beschließt: „Leichte Sprache“ <ab 2027> & überall.",
        votes_yes=11,
        votes_no=2,
        votes_abstain=0,
    )
    ops.add(ws, "decision", w, wording="Ohne Abstimmung\nvereinbart")
    top = ops.add(ws, "goal", w, title="Die Verwaltung ist für alle verständlich", field_id="ZT")
    sub = ops.add(ws, "goal", w, title="Bescheide verständlich", parent=top, field_id="ZT")
    ops.move(ws, "goal", sub, -1)  # a Handlungsziel listed before its Hauptziel
    other_top = ops.add(ws, "goal", w, title=LAYOUT)
    measure = ops.add(
        ws,
        "measure",
        w,
        title="Zehn Bescheide in Leichte Sprache übertragen",
        goal=sub,
        responsible=people[1],
        partners="Bürgerbüro & <Beirat>",
        due_date=dt.date(2027, 6, 30),
        resources=LAYOUT,
        indicator="10 Bescheide",
        status=MeasureStatus.IN_PROGRESS,
        field_id="ZT",
        card=cards[0],
    )
    ops.add(ws, "milestone", measure, title="Auswahl", due_date=dt.date(2027, 1, 31), done=True)
    ops.add(ws, "milestone", measure, title=MARKUP, due_date=None)
    ops.add(
        ws,
        "measure",
        w,
        title=LONG,
        goal=other_top,
        responsible_name="Frau Dr. Ὀδυσσέας-Öz",
        status=MeasureStatus.DROPPED,
    )
    return w


def record_small_workshop(ws: Workspace) -> str:
    """A workshop with a record of every kind, small so that many cases run fast."""
    w = ops.create_workshop(ws, "Klein", date=dt.date(2026, 11, 20))
    ana, ben = (ops.add(ws, "participant", w, name=n) for n in NAMES[:2])
    item = ops.add(ws, "agenda_item", w, title="TOP 1", planned_minutes=20, notes=LAYOUT)
    cluster = ops.add(ws, "cluster", w, name="Sprache")
    idea = ops.add(ws, "card", w, kind="idea", text=MARKUP, agenda_item=item, cluster=cluster)
    ops.add(ws, "card", w, kind="strength", text="Gut", field_id="ZT")
    vote = ops.add(ws, "dot_vote", w, title="P", dots_per_person=2)
    ops.set_dots(ws, ops.add(ws, "vote_option", vote, card=idea), ana, 2)
    ops.set_dots(ws, ops.add(ws, "vote_option", vote, cluster=cluster), ben, 1)
    totals = ops.add(ws, "dot_vote", w, title="S", dots_per_person=1, by_participant=False)
    ops.add(ws, "vote_option", totals, card=idea, total=4)
    ops.add(ws, "recommendation", w, field_id="ZT", text="Mehr <Sprachen>")
    ops.add(ws, "decision", w, agenda_item=item, wording="Ja", votes_yes=3, votes_no=0)
    top = ops.add(ws, "goal", w, title="Ziel")
    sub = ops.add(ws, "goal", w, title="Teilziel", parent=top)
    ops.move(ws, "goal", sub, -1)
    measure = ops.add(ws, "measure", w, title="M", goal=sub, responsible=ana, card=idea)
    ops.add(ws, "milestone", measure, title="Start", due_date=dt.date(2027, 1, 1))
    return w


def table_contents(path: Path) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows, read beside the open workspace."""
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as db:
        tables = [
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        contents = {}
        for table in sorted(tables):
            rows = db.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            contents[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return contents
