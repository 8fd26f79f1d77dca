"""The demo workspace: a fictional municipality with two self-check rounds and a workshop.

The workshop is complete and realistic: agenda, cards in clusters, a dot vote, recommendations,
decisions, goals and a measures plan whose state is that of November 2026.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus, default_dots
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.workshop import add_record, set_dots_in
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Answer, Consensus, Respondent, Round

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

# The workshop after the 2026 round: its agenda, in order, with planned minutes and notes.
AGENDA = (
    (
        "Begrüßung und Ziele des Tages",
        15,
        "Bürgermeisterin Dr. Vogel begrüßt; Ziel: drei Vorhaben, die 2027 sichtbar werden.",
    ),
    (
        "Ergebnisse des Selbstchecks 2026",
        30,
        "Alle Felder besser als 2024. Größte Uneinigkeit bei der Interkulturellen Öffnung: "
        "Verwaltungsspitze deutlich optimistischer als Integrationsbüro und Beirat.",
    ),
    (
        "Kartenabfrage: Was läuft gut, wo hakt es?",
        45,
        "Karten je Handlungsfeld; Rückfragen direkt an der Pinnwand geklärt.",
    ),
    ("Clustern und Punktabfrage", 30, "Vier Cluster; jede Person hat 5 Punkte."),
    ("Mittagspause", 45, ""),
    (
        "Ziele und Maßnahmenplan",
        75,
        "Zu jedem Vorhaben: wer, mit wem, bis wann, woran wir den Erfolg erkennen.",
    ),
    (
        "Beschlüsse, nächste Schritte, Abschluss",
        20,
        "Das Protokoll geht bis Ende März an alle Teilnehmenden.",
    ),
)
CARDS_ITEM, VOTE_ITEM, PLAN_ITEM, DECISION_ITEM = 2, 3, 5, 6

CLUSTERS = (
    "Sprache und Zugang",
    "Personal und Verwaltungskultur",
    "Beteiligung und Begegnung",
    "Information und Kommunikation",
)

# (key for the vote and the measures, field, kind, text, cluster); written under CARDS_ITEM.
CARDS = (
    ("", "MS", CardKind.STRENGTH, "Ratsbeschluss zur Weltoffenheit liegt seit 2023 vor", 1),
    ("", "MS", CardKind.NEEDS_WORK, "Keine festen Kennzahlen, um Fortschritte zu messen", 1),
    ("bericht", "MS", CardKind.IDEA, "Jährlicher Bericht an den Hauptausschuss", 1),
    (
        "",
        "IO",
        CardKind.NEEDS_WORK,
        "Das Personal spiegelt die Vielfalt der Stadt nicht wider",
        1,
    ),
    ("bewerbung", "IO", CardKind.IDEA, "Anonymisierte Bewerbungen in einem Pilotamt testen", 1),
    ("", "IO", CardKind.QUESTION, "Wer ist Ansprechperson bei Diskriminierungsbeschwerden?", 1),
    ("", "ZT", CardKind.STRENGTH, "Dolmetscherpool für Elterngespräche in Kitas", 0),
    ("", "ZT", CardKind.NEEDS_WORK, "Formulare nur auf Deutsch und in Amtssprache", 0),
    ("leicht", "ZT", CardKind.IDEA, "Leichte Sprache für die zehn häufigsten Bescheide", 0),
    ("samstag", "ZT", CardKind.IDEA, "Sprechstunde des Bürgerbüros am Samstag", 0),
    ("", "AW", CardKind.STRENGTH, "Gute Zusammenarbeit mit dem Jobcenter", 0),
    ("lotsen", "AW", CardKind.IDEA, "Lotsenstelle für die Anerkennung ausländischer Abschlüsse", 0),
    ("", "EB", CardKind.NEEDS_WORK, "Beirat wird zu spät in Entscheidungen einbezogen", 2),
    ("fonds", "EB", CardKind.IDEA, "Mikroförderfonds für Vereine <500 € & ohne Antragsformular", 2),
    ("", "ZB", CardKind.STRENGTH, "Interkulturelle Woche mit vielen Vereinen", 2),
    ("treff", "ZB", CardKind.IDEA, "Offener Treff im leerstehenden Ladenlokal am Markt", 2),
    ("", "KK", CardKind.NEEDS_WORK, "Website nur auf Deutsch", 3),
    (
        "hassrede",
        "KK",
        CardKind.IDEA,
        "Leitfaden zum Umgang mit Hassrede im Netz",
        3,
    ),
    ("", "KK", CardKind.DECISION, "Die Stadt richtet eine mehrsprachige Startseite ein", 3),
)

# The Punktabfrage over the ideas: 8 options, so 5 dots each (options/2 + 1); the moderator
# and the minute-taker do not vote. The group favours easy language, the recognition desk
# and anonymous applications.
VOTE_TITLE = "Welche Ideen packen wir zuerst an?"
DOTS = {
    "Dr. Katrin Vogel": {"bericht": 3, "leicht": 2},
    "Ayşe Şahin": {"lotsen": 3, "bewerbung": 2},
    "Łukasz Wiśniewski": {"bewerbung": 4, "leicht": 1},
    "Nguyễn Thị Lan": {"fonds": 3, "treff": 2},
    "Đorđe Petrović": {"treff": 3, "leicht": 2},
    "Ольга Смирнова": {"leicht": 2, "lotsen": 3},
    "Zsófia Kővári": {"leicht": 4, "samstag": 1},
    "Emre Doğan": {"treff": 3, "fonds": 2},
    "Fatima Haddad": {"lotsen": 3, "fonds": 1, "bewerbung": 1},
    "Jonas Becker": {"hassrede": 4, "bewerbung": 1},
}

RECOMMENDATIONS = (
    ("MS", "Fortschritte jährlich mit wenigen, festen Kennzahlen berichten."),
    ("IO", "Diskriminierungsbeschwerden an einer benannten Stelle bündeln und auswerten."),
    ("ZT", "Häufige Bescheide und Formulare in Leichter Sprache und mehrsprachig anbieten."),
    ("AW", "Beratung zur Anerkennung von Abschlüssen an einer Stelle zusammenführen."),
    ("EB", "Den Beirat vor Beschlüssen anhören, nicht erst danach informieren."),
    ("ZB", "Leerstände für Begegnungsorte nutzen und Vereine bei der Öffnung unterstützen."),
    ("KK", "Die wichtigsten Seiten der Website in den sechs häufigsten Sprachen anbieten."),
)

# Decisions in their exact wording, under DECISION_ITEM, with (yes, no, abstain).
DECISIONS = (
    (
        "Die Verwaltung legt dem Hauptausschuss bis zum 30. September 2026 ein Kennzahlenset "
        "„Weltoffene Kommune“ zur Beschlussfassung vor.",
        (10, 0, 1),
    ),
    (
        "Die drei Ideen mit den meisten Punkten – Leichte Sprache für Bescheide, Lotsenstelle "
        "Anerkennung und anonymisierte Bewerbungen – werden für den Haushalt 2027 angemeldet.",
        (8, 1, 2),
    ),
    (
        "Der Selbstcheck wird im Frühjahr 2028 wiederholt; der Beirat für Migration und "
        "Integration wirkt an der Auswertung mit.",
        (11, 0, 0),
    ),
)

# Hauptziele, each (field, title, Handlungsziele); a Handlungsziel is (field, title, measures).
# A measure: (title, responsible, partners, due date, resources, indicator, status, card key,
# milestones (title, due date, done)). Some are overdue in November 2026.
GOALS = (
    (
        "MS",
        "Weltoffenheit wird gesteuert und gemessen",
        (
            (
                "MS",
                "Fortschritte sind mit Kennzahlen belegt",
                (
                    (
                        "Kennzahlenset Weltoffenheit festlegen",
                        "Dr. Katrin Vogel",
                        "Hauptamt, Statistikstelle",
                        "2026-09-30",
                        "Arbeitszeit Hauptamt, ca. 10 Tage",
                        "Kennzahlen vom Hauptausschuss beschlossen",
                        MeasureStatus.IN_PROGRESS,
                        "bericht",
                        (
                            ("Entwurf mit fünf Kennzahlen", "2026-06-30", True),
                            ("Beschluss im Hauptausschuss", "2026-09-30", False),
                        ),
                    ),
                ),
            ),
            (
                "IO",
                "Die Personalgewinnung erreicht alle Gruppen der Stadtgesellschaft",
                (
                    (
                        "Pilot anonymisierte Bewerbungen im Personalamt",
                        "Łukasz Wiśniewski",
                        "Personalrat, Gleichstellungsbeauftragte",
                        "2026-12-31",
                        "Anpassung des Bewerbungsportals, 4.000 €",
                        "Anteil der Einladungen nach Herkunft vor und nach dem Pilot",
                        MeasureStatus.OPEN,
                        "bewerbung",
                        (
                            ("Personalrat zugestimmt", "2026-07-31", True),
                            ("Erste Ausschreibung anonymisiert", "2026-10-15", False),
                        ),
                    ),
                ),
            ),
        ),
    ),
    (
        "ZT",
        "Alle finden leicht Zugang zu den Leistungen der Stadt",
        (
            (
                "ZT",
                "Bescheide und Formulare sind verständlich",
                (
                    (
                        "Zehn Bescheide in Leichte Sprache übertragen",
                        "Sabine Krüger",
                        "Bürgerbüro, Büro für Leichte Sprache",
                        "2026-11-30",
                        "Übersetzung und Prüfung, 6.500 €",
                        "10 Bescheide veröffentlicht",
                        MeasureStatus.IN_PROGRESS,
                        "leicht",
                        (
                            ("Die zehn häufigsten Bescheide ermittelt", "2026-05-31", True),
                            ("Erste fünf Bescheide geprüft", "2026-09-30", True),
                            ("Alle zehn veröffentlicht", "2026-11-30", False),
                        ),
                    ),
                    (
                        "Sprechstunde des Bürgerbüros am Samstag",
                        "Leitung Bürgerbüro",
                        "",
                        "2026-06-30",
                        "",
                        "Sprechstunde zweimal im Monat",
                        MeasureStatus.DROPPED,
                        "samstag",
                        (),
                    ),
                ),
            ),
            (
                "AW",
                "Zugewanderte finden schnell die richtige Beratung",
                (
                    (
                        "Lotsenstelle Anerkennung einrichten",
                        "Ayşe Şahin",
                        "Jobcenter, IHK, Volkshochschule",
                        "2027-03-31",
                        "Eine halbe Stelle, Landesförderung beantragt",
                        "Stelle besetzt, 40 Beratungen im ersten Halbjahr",
                        MeasureStatus.OPEN,
                        "lotsen",
                        (
                            ("Förderantrag gestellt", "2026-08-31", True),
                            ("Stelle ausgeschrieben", "2026-12-15", False),
                        ),
                    ),
                ),
            ),
            (
                "KK",
                "Informationen der Stadt gibt es in mehreren Sprachen",
                (
                    (
                        "Mehrsprachige Startseite der Stadt",
                        "Jonas Becker",
                        "IT-Dienstleister, Dolmetscherpool",
                        "2026-08-31",
                        "Übersetzungen, 3.000 €",
                        "Startseite in 6 Sprachen online",
                        MeasureStatus.IN_PROGRESS,
                        "",
                        (
                            ("Sprachen festgelegt", "2026-05-15", True),
                            ("Übersetzungen geliefert", "2026-08-15", False),
                        ),
                    ),
                ),
            ),
        ),
    ),
    (
        "EB",
        "Menschen aller Herkunft gestalten das Zusammenleben mit",
        (
            (
                "EB",
                "Der Beirat wirkt früh an Entscheidungen mit",
                (
                    (
                        "Beirat vor jeder Ausschusssitzung anhören",
                        "Nguyễn Thị Lan",
                        "Hauptamt, Ratsbüro",
                        "2026-06-30",
                        "",
                        "Anhörung in der Geschäftsordnung verankert",
                        MeasureStatus.DONE,
                        "",
                        (("Änderung der Geschäftsordnung beschlossen", "2026-06-18", True),),
                    ),
                    (
                        "Mikroförderfonds für Vereine",
                        "Fatima Haddad",
                        "Beirat, Kulturamt",
                        "2027-02-28",
                        "5.000 € im Jahr aus dem Haushalt 2027",
                        "Mindestens 10 geförderte Vorhaben im Jahr",
                        MeasureStatus.OPEN,
                        "fonds",
                        (),
                    ),
                ),
            ),
            (
                "ZB",
                "Es gibt offene Orte der Begegnung",
                (
                    (
                        "Offener Treff am Markt",
                        "Emre Doğan",
                        "Sportbund, Brücke e. V., Wohnungsbaugesellschaft",
                        "2026-10-31",
                        "Miete des Ladenlokals, 800 € im Monat",
                        "Treff an drei Tagen pro Woche geöffnet",
                        MeasureStatus.IN_PROGRESS,
                        "treff",
                        (
                            ("Mietvertrag unterschrieben", "2026-07-01", True),
                            ("Eröffnung", "2026-10-31", False),
                        ),
                    ),
                ),
            ),
            (
                "KK",
                "Die Stadt tritt Hassrede entschieden entgegen",
                (
                    (
                        "Leitfaden Hassrede",
                        "Jonas Becker",
                        "Polizei, Beratungsstelle gegen Diskriminierung",
                        "2026-12-15",
                        "",
                        "Leitfaden an alle Ämter verteilt",
                        MeasureStatus.OPEN,
                        "hassrede",
                        (),
                    ),
                ),
            ),
        ),
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
    add_demo_workshop(session, add_demo_rounds(session))


def add_demo_rounds(session: Session) -> str:
    """The two self-check rounds with their answers and a consensus; the later one's UUID."""
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
    return later.uid


def add_demo_workshop(session: Session, round_uid: str) -> None:
    """The workshop after the 2026 round, recorded through the workshop operations."""

    def add(record: str, parent: str | None, /, **values: object) -> str:
        return add_record(session, record, parent, values).uid

    w = add(
        "workshop",
        None,
        title="Workshop Weltoffene Kommune 2026",
        date=dt.date(2026, 3, 14),
        place="Rathaus Musterstadt, Ratssaal",
        start_time=dt.time(9, 30),
        end_time=dt.time(15, 30),
        moderator="Michael Roth",
        minute_taker="Sabine Krüger",
        chair="Dr. Katrin Vogel",
        round=round_uid,
    )
    people = {
        n: add("participant", w, name=n, organisation=o, function=f, attendance=a)
        for n, o, f, a in PARTICIPANTS
    }
    agenda = [add("agenda_item", w, title=t, planned_minutes=m, notes=n) for t, m, n in AGENDA]
    clusters = [add("cluster", w, name=name) for name in CLUSTERS]
    cards = {}
    for key, field, kind, text, cluster in CARDS:
        uid = add(
            "card",
            w,
            kind=kind,
            text=text,
            field_id=field,
            agenda_item=agenda[CARDS_ITEM],
            cluster=clusters[cluster],
        )
        cards[key or uid] = uid
    ideas = [key for key, *_ in CARDS if key]
    vote = add(
        "dot_vote", w, title=VOTE_TITLE, dots_per_person=default_dots(len(ideas)), revealed=True
    )
    options = {key: add("vote_option", vote, card=cards[key]) for key in ideas}
    for name, given in DOTS.items():
        for key, dots in given.items():
            set_dots_in(session, options[key], people[name], dots)
    for field, text in RECOMMENDATIONS:
        add("recommendation", w, field_id=field, text=text)
    for wording, (yes, no, abstain) in DECISIONS:
        add(
            "decision",
            w,
            agenda_item=agenda[DECISION_ITEM],
            wording=wording,
            votes_yes=yes,
            votes_no=no,
            votes_abstain=abstain,
        )
    for field, title, aims in GOALS:
        top = add("goal", w, title=title, field_id=field)
        for aim_field, aim, measures in aims:
            goal = add("goal", w, title=aim, field_id=aim_field, parent=top)
            for title, who, partners, due, means, indicator, status, card, steps in measures:
                measure = add(
                    "measure",
                    w,
                    title=title,
                    goal=goal,
                    responsible=people.get(who),
                    responsible_name="" if who in people else who,
                    partners=partners,
                    due_date=dt.date.fromisoformat(due),
                    resources=means,
                    indicator=indicator,
                    status=status,
                    field_id=aim_field,
                    card=cards.get(card),
                )
                for step, step_due, done in steps:
                    add(
                        "milestone",
                        measure,
                        title=step,
                        due_date=dt.date.fromisoformat(step_due),
                        done=done,
                    )


def create_demo(path: Path, *, overwrite: bool = False) -> Workspace:
    return create_workspace(path, DEMO_MUNICIPALITY, overwrite=overwrite, populate=populate_demo)
