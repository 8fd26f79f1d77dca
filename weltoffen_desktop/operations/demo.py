"""The demo workspace: a fictional municipality with two self-check rounds and a workshop."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import (
    Answer,
    Card,
    Consensus,
    Measure,
    Participant,
    Respondent,
    Round,
    Workshop,
)

DEMO_MUNICIPALITY = "Musterstadt"

# Department and role of each respondent code; names are never stored with answers.
RESPONDENTS = (
    ("VS", "Verwaltungsspitze", "Bürgermeisterin"),
    ("HA", "Hauptamt", "Amtsleitung"),
    ("PA", "Personalamt", "Sachgebietsleitung"),
    ("IB", "Integrationsbüro", "Integrationsbeauftragte"),
    ("SA", "Sozialamt", "Amtsleitung"),
    ("JA", "Jugendamt", "Sachbearbeitung"),
    ("SCH", "Schulverwaltung", "Sachgebietsleitung"),
    ("OA", "Ordnungsamt", "Sachbearbeitung"),
    ("WF", "Wirtschaftsförderung", "Leitung"),
    ("KU", "Kultur und Sport", "Sachbearbeitung"),
    ("BMI", "Beirat für Migration und Integration", "Vorsitz"),
    ("PR", "Presse- und Öffentlichkeitsarbeit", "Pressesprecher"),
)

# Mean rating (0–3) per field in the earlier round; the later round is better.
FIELD_LEVELS = {"MS": 1.6, "IO": 1.0, "ZT": 1.4, "AW": 1.9, "EB": 1.2, "ZB": 2.1, "KK": 0.8}
# Where views part: the leadership rates intercultural opening far higher than the
# integration office and the advisory council do (a disagreement for the workshop).
VIEWPOINTS = {
    ("IO", "VS"): 1.3,
    ("IO", "HA"): 1.1,
    ("IO", "PR"): 0.9,
    ("IO", "IB"): -1.2,
    ("IO", "BMI"): -1.4,
    ("IO", "SA"): -0.7,
}

PARTICIPANTS = (
    ("Dr. Katrin Vogel", "Stadt Musterstadt", "Bürgermeisterin", Attendance.PRESENT),
    ("Ayşe Şahin", "Integrationsbüro", "Integrationsbeauftragte", Attendance.PRESENT),
    ("Łukasz Wiśniewski", "Personalamt", "Sachgebietsleitung", Attendance.PRESENT),
    ("Nguyễn Thị Lan", "Beirat für Migration und Integration", "Vorsitzende", Attendance.PRESENT),
    ("Đorđe Petrović", "Jugendamt", "Sozialarbeiter", Attendance.PRESENT),
    ("Ольга Смирнова", "Volkshochschule", "Fachbereichsleitung Sprachen", Attendance.PRESENT),
    ("Γιώργος Παπαδόπουλος", "Unternehmerverein", "Vorstand", Attendance.EXCUSED),
    ("Zsófia Kővári", "Schulverwaltung", "Sachgebietsleitung", Attendance.PRESENT),
    ("Emre Doğan", "Sportbund Musterstadt", "Geschäftsführer", Attendance.PRESENT),
    (
        "Fatima Haddad",
        "Migrantenselbstorganisation „Brücke e. V.“",
        "Sprecherin",
        Attendance.PRESENT,
    ),
    ("Thomas Weber", "Ordnungsamt", "Amtsleitung", Attendance.ABSENT),
    ("Jonas Becker", "Presse- und Öffentlichkeitsarbeit", "Pressesprecher", Attendance.PRESENT),
    ("Sabine Krüger", "Hauptamt", "Protokoll", Attendance.PRESENT),
    ("Michael Roth", "Moderation", "Externer Moderator", Attendance.PRESENT),
)

CARDS = (
    ("MS", CardKind.STRENGTH, "Ratsbeschluss zur Weltoffenheit liegt seit 2023 vor"),
    ("MS", CardKind.NEEDS_WORK, "Keine festen Kennzahlen, um Fortschritte zu messen"),
    ("MS", CardKind.IDEA, "Jährlicher Bericht an den Hauptausschuss"),
    ("IO", CardKind.NEEDS_WORK, "Vielfalt im Personal bildet die Stadtgesellschaft nicht ab"),
    ("IO", CardKind.IDEA, "Anonymisierte Bewerbungen in einem Pilotamt testen"),
    ("IO", CardKind.QUESTION, "Wer ist Ansprechperson bei Diskriminierungsbeschwerden?"),
    ("ZT", CardKind.STRENGTH, "Dolmetscherpool für Elterngespräche in Kitas"),
    ("ZT", CardKind.NEEDS_WORK, "Formulare nur auf Deutsch und in Amtssprache"),
    ("ZT", CardKind.IDEA, "Leichte Sprache für die zehn häufigsten Bescheide"),
    ("ZT", CardKind.IDEA, "Sprechstunde des Bürgerbüros am Samstag"),
    ("AW", CardKind.STRENGTH, "Gute Zusammenarbeit mit dem Jobcenter"),
    ("AW", CardKind.IDEA, "Lotsenstelle für die Anerkennung ausländischer Abschlüsse"),
    ("EB", CardKind.NEEDS_WORK, "Beirat wird zu spät in Entscheidungen einbezogen"),
    ("EB", CardKind.IDEA, "Mikroförderfonds für Vereine <500 € & ohne Antragsformular"),
    ("ZB", CardKind.STRENGTH, "Interkulturelle Woche mit vielen Vereinen"),
    ("ZB", CardKind.IDEA, "Offener Treff im leerstehenden Ladenlokal am Markt"),
    ("KK", CardKind.NEEDS_WORK, "Website nur auf Deutsch"),
    ("KK", CardKind.IDEA, "Leitfaden für den Umgang mit Hassrede in sozialen Medien"),
    ("KK", CardKind.DECISION, "Die Stadt richtet eine mehrsprachige Startseite ein"),
)

MEASURES = (
    (
        "Kennzahlenset Weltoffenheit festlegen",
        "Dr. Katrin Vogel",
        "2026-09-30",
        "Kennzahlen vom Hauptausschuss beschlossen",
        MeasureStatus.IN_PROGRESS,
        "MS",
    ),
    (
        "Pilot anonymisierte Bewerbungen im Personalamt",
        "Łukasz Wiśniewski",
        "2026-12-31",
        "Anteil Einladungen nach Herkunft ausgewertet",
        MeasureStatus.OPEN,
        "IO",
    ),
    (
        "Zehn Bescheide in Leichte Sprache übertragen",
        "Sabine Krüger",
        "2026-11-30",
        "10 Bescheide veröffentlicht",
        MeasureStatus.OPEN,
        "ZT",
    ),
    (
        "Lotsenstelle Anerkennung einrichten",
        "Ayşe Şahin",
        "2027-03-31",
        "Stelle besetzt, 40 Beratungen im ersten Halbjahr",
        MeasureStatus.OPEN,
        "AW",
    ),
    (
        "Beirat vor jeder Ausschusssitzung anhören",
        "Nguyễn Thị Lan",
        "2026-06-30",
        "Anhörung in der Geschäftsordnung verankert",
        MeasureStatus.DONE,
        "EB",
    ),
    (
        "Offener Treff am Markt",
        "Emre Doğan",
        "2026-10-31",
        "Treff an drei Tagen pro Woche geöffnet",
        MeasureStatus.IN_PROGRESS,
        "ZB",
    ),
    (
        "Mehrsprachige Startseite der Stadt",
        "Jonas Becker",
        "2026-08-31",
        "Startseite in 6 Sprachen online",
        MeasureStatus.IN_PROGRESS,
        "KK",
    ),
    (
        "Leitfaden Hassrede",
        "Jonas Becker",
        "2026-12-15",
        "Leitfaden an alle Ämter verteilt",
        MeasureStatus.OPEN,
        "KK",
    ),
)


def _answer_rows(
    catalogue: Catalogue, respondents: dict[str, int], lift: float, rng: random.Random
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for code, respondent_id in respondents.items():
        bias = rng.uniform(-0.5, 0.5)
        for question in catalogue.questions:
            if rng.random() < 0.07:
                value = None
            else:
                view = VIEWPOINTS.get((question.field_id, code), 0.0)
                mean = FIELD_LEVELS[question.field_id] + lift + bias + view
                value = min(catalogue.scale.max, max(0, round(rng.gauss(mean, 0.8))))
            rows.append(
                {
                    "respondent_id": respondent_id,
                    "question_id": question.id,
                    "value": value,
                    "comment": "",
                }
            )
    return rows


def _add_round(
    session: Session,
    name: str,
    catalogue_id: int,
    catalogue: Catalogue,
    respondents: tuple[tuple[str, str, str], ...],
    lift: float,
    rng: random.Random,
) -> Round:
    round_ = Round(name=name, catalogue_id=catalogue_id)
    round_.respondents = [Respondent(code=c, department=d, role=r) for c, d, r in respondents]
    session.add(round_)
    session.flush()
    ids = {r.code: r.id for r in round_.respondents}
    session.connection().execute(Answer.__table__.insert(), _answer_rows(catalogue, ids, lift, rng))
    return round_


def populate_demo(session: Session) -> None:
    rng = random.Random(2026)
    version = current_catalogue_version(session)  # create_workspace stored the default
    catalogue = catalogue_of(version)
    _add_round(session, "Selbstcheck 2024", version.id, catalogue, RESPONDENTS[:10], 0.0, rng)
    later = _add_round(session, "Selbstcheck 2026", version.id, catalogue, RESPONDENTS, 0.45, rng)
    session.add(
        Consensus(
            round_id=later.id,
            field_id="KK",
            stage=1,
            reason="Die Website ist nur deutschsprachig; die Gruppe sieht das Feld am Anfang.",
        )
    )
    workshop = Workshop(
        title="Workshop Weltoffene Kommune 2026",
        date=dt.date(2026, 3, 14),
        place="Rathaus Musterstadt, Ratssaal",
        start_time=dt.time(9, 30),
        end_time=dt.time(15, 30),
        moderator="Michael Roth",
        minute_taker="Sabine Krüger",
        chair="Dr. Katrin Vogel",
        round_id=later.id,
    )
    session.add(workshop)
    session.flush()
    session.add_all(
        Participant(
            workshop_id=workshop.id, position=i, name=n, organisation=o, function=f, attendance=a
        )
        for i, (n, o, f, a) in enumerate(PARTICIPANTS)
    )
    session.add_all(
        Card(workshop_id=workshop.id, position=i, kind=k, text=t, field_id=field)
        for i, (field, k, t) in enumerate(CARDS)
    )
    session.add_all(
        Measure(
            workshop_id=workshop.id,
            position=i,
            title=t,
            responsible=who,
            due_date=dt.date.fromisoformat(due),
            indicator=ind,
            status=st,
            field_id=field,
        )
        for i, (t, who, due, ind, st, field) in enumerate(MEASURES)
    )


def create_demo(path: Path, *, overwrite: bool = False) -> Workspace:
    return create_workspace(path, DEMO_MUNICIPALITY, overwrite=overwrite, populate=populate_demo)
