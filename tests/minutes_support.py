"""Workshops to make minutes of: any size, every kind of record, names in many scripts
and texts that look like markup. Recorded through the workshop operations."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import select

from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus
from weltoffen_desktop.operations.workshop import add_record, set_dots
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Round

NAMES = (
    "Ayşe Şahin",
    "Ağça Doğan",
    "Łucja Wąs-Górecka",
    "Zsófia Kővári",
    "Đorđe Petrović",
    "Nguyễn Thị Lan",
    "Đặng Văn Ễ",
    "Ольга Смирнова",
    "Юлия Ковалёва",
    "Γιώργος Παπαδόπουλος",
    "Ἀλέξανδρος Κωνσταντίνου",
    "Zoë Ørsted-Ægir",
)
# Texts a reader must see literally, never as markup.
TRICKY = (
    "<b>nicht fett</b>",
    "Gebühren &amp; Entgelte",
    "<script>alert('x')</script>",
    "Wartezeit x <y Tage",
    "„Willkommen“ sagen: \"so\" und 'so'",
)
FIELDS = ("MS", "IO", "ZT", "AW", "EB", "ZB", "KK")
TITLE = "Workshop Weltoffene Kommune <2026> & mehr"


def latest_round_uid(ws: Workspace) -> str | None:
    with ws.read() as session:
        found = session.scalars(select(Round).order_by(Round.id.desc())).first()
        return found.uid if found else None


def build_workshop(
    ws: Workspace,
    *,
    participants: int = 14,
    cards: int = 40,
    measures: int = 12,
    linked_round: bool = True,
) -> str:
    """A workshop with every kind of record; returns its UUID."""
    round_uid = latest_round_uid(ws) if linked_round else None
    with ws.write() as session:

        def add(record: str, parent: str | None, /, **values: object) -> str:
            return add_record(session, record, parent, values).uid

        w = add(
            "workshop",
            None,
            title=TITLE,
            date=dt.date(2026, 3, 14),
            place="Rathaus, Ratssaal (2. OG)",
            start_time=dt.time(9, 30),
            end_time=dt.time(16, 0),
            moderator="Michael Roth",
            minute_taker=NAMES[0],
            chair=NAMES[7],
            round=round_uid,
        )
        names = [*NAMES, *(f"Teilnehmende Person {n}" for n in range(participants))]
        people = [
            add(
                "participant",
                w,
                name=name,
                organisation=f"Amt {n % 9} & Partner <e. V.>",
                function=("Leitung", "Sachbearbeitung", "Beirat")[n % 3],
                attendance=(
                    Attendance.EXCUSED
                    if n % 7 == 6
                    else Attendance.ABSENT
                    if n % 11 == 10
                    else Attendance.PRESENT
                ),
            )
            for n, name in enumerate(names[:participants])
        ]
        agenda = [
            add(
                "agenda_item",
                w,
                title=title,
                planned_minutes=minutes,
                notes=f"Verlauf zu {title}:\n{TRICKY[n % len(TRICKY)]}\n\tEingerückt mit Tab."
                + " Die Gruppe diskutiert ausführlich." * 12,
            )
            for n, (title, minutes) in enumerate(
                (
                    ("Begrüßung und Ziele", 15),
                    ("Ergebnisse des Selbstchecks", 45),
                    ("Kartenabfrage", 60),
                    ("Punktabfrage", 20),
                    ("Maßnahmenplan", 90),
                    ("Verschiedenes", None),
                )
            )
        ]
        clusters = [add("cluster", w, name=f"Cluster {n}: {TRICKY[n % 5]}") for n in range(8)]
        kinds = itertools.cycle(CardKind)
        card_uids = []
        for n in range(cards):
            placement: dict[str, object] = {}
            if n % 10 == 8:
                placement["agenda_item"] = agenda[n % len(agenda)]
            elif n % 10 != 9:
                placement["field_id"] = FIELDS[n % len(FIELDS)]
            if n % 3:
                placement["cluster"] = clusters[n % len(clusters)]
            card_uids.append(
                add(
                    "card",
                    w,
                    kind=next(kinds),
                    text=f"Karte {n}: {TRICKY[n % len(TRICKY)]} – Idee für mehr Offenheit",
                    author=names[n % len(names)] if n % 2 else "",
                    **placement,
                )
            )
        totals = add(
            "dot_vote",
            w,
            title="Prioritäten (Summen)",
            dots_per_person=4,
            by_participant=False,
            revealed=True,
        )
        for n, card in enumerate(card_uids[:12]):
            add("vote_option", totals, card=card, total=(n * 7) % 13)
        by_person = add("dot_vote", w, title="Welche Cluster zuerst?", dots_per_person=5)
        options = [add("vote_option", by_person, cluster=c) for c in clusters]
        for n in range(7):
            add("recommendation", w, field_id=FIELDS[n], text=f"Empfehlung {n}: {TRICKY[n % 5]}")
        for n in range(5):
            voted = n != 3
            add(
                "decision",
                w,
                agenda_item=agenda[n] if n % 2 else None,
                wording=f"Beschluss {n}: Die Stadt {TRICKY[n]} setzt die Maßnahme um.",
                votes_yes=12 - n if voted else None,
                votes_no=n if voted else None,
                votes_abstain=1 if voted else None,
            )
        goals = []
        for n in range(3):
            main = add("goal", w, title=f"Hauptziel {n}: {TRICKY[n]}", field_id=FIELDS[n])
            goals.append(main)
            goals += [add("goal", w, parent=main, title=f"Handlungsziel {n}.{m}") for m in (1, 2)]
        statuses = itertools.cycle(MeasureStatus)
        for n in range(measures):
            measure = add(
                "measure",
                w,
                title=f"Maßnahme {n}: {TRICKY[n % 5]}",
                goal=goals[n % len(goals)] if n % 8 != 7 else None,
                responsible=people[n % len(people)] if n % 2 else None,
                responsible_name="" if n % 2 else f"Externe Stelle {n}",
                partners="Integrationsbeirat & Volkshochschule" if n % 3 == 0 else "",
                due_date=dt.date(2026, 1 + n % 12, 28),
                resources="2 Personentage" if n % 4 == 0 else "",
                indicator=f"Indikator {n}: {TRICKY[(n + 2) % 5]}",
                status=next(statuses),
                field_id=FIELDS[n % len(FIELDS)],
            )
            for m in range(n % 3):
                add(
                    "milestone",
                    measure,
                    title=f"Meilenstein {m + 1}",
                    due_date=dt.date(2026, 1 + m, 15),
                    done=m == 0,
                )
    present = people[: min(len(people), 6)]
    for n, person in enumerate(present):
        set_dots(ws, options[n % len(options)], person, 3)
        set_dots(ws, options[(n + 2) % len(options)], person, 2)
    return w


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext reads it, with every run of white space as one space."""
    result = subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(result.stdout.split())


def tool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
