"""Every fixed wording of the minutes, in German and English, and how dates are written."""

from __future__ import annotations

import datetime as dt

from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus

LANGUAGES = ("de", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "results": "Ergebnisprotokoll",
        "course": "Verlaufsprotokoll",
        "date": "Datum",
        "place": "Ort",
        "time": "Zeit",
        "from_to": "{start} bis {end} Uhr",
        "from": "ab {start} Uhr",
        "until": "bis {end} Uhr",
        "moderator": "Moderation",
        "chair": "Vorsitz",
        "minute_taker": "Protokollführung",
        "round": "Selbstcheck-Runde",
        "at_a_glance": "Auf einen Blick",
        "glance_participants": "{present} von {invited} Eingeladenen anwesend",
        "glance_cards": "{cards} Karten, {decisions} Beschlüsse, {measures} Maßnahmen",
        "glance_stage": "Gesamtergebnis des Selbstchecks: Stufe {stage} – {name}",
        "participants": "Teilnehmende",
        "present": "Anwesend",
        "excused": "Entschuldigt",
        "absent": "Nicht anwesend",
        "name": "Name",
        "function": "Funktion",
        "organisation": "Organisation",
        "nobody": "Es sind keine Teilnehmenden erfasst.",
        "agenda": "Tagesordnung",
        "agenda_course": "Tagesordnung und Verlauf",
        "item": "TOP {number}",
        "minutes_planned": "{minutes} Min.",
        "planned": "Zeit",
        "topic": "Thema",
        "no_agenda": "Es ist keine Tagesordnung erfasst.",
        "no_notes": "Zu diesem Punkt sind keine Notizen erfasst.",
        "results_title": "Ergebnisse des Selbstchecks",
        "no_round": "Mit diesem Workshop ist keine Selbstcheck-Runde verknüpft.",
        "round_intro": "Grundlage ist die Runde „{round}“ ({respondents} befragte Personen). "
        "Die Punktzahl reicht von 0 bis 100; die Stufen folgen den Schwellen des "
        "Fragenkatalogs ({thresholds}).",
        "field": "Handlungsfeld",
        "score": "Punkte",
        "stage": "Stufe",
        "consensus": "Konsens der Gruppe",
        "overall": "Gesamt",
        "no_answers": "keine Antworten",
        "stage_of": "Stufe {stage} – {name}",
        "figure": "Abbildung {number}: {caption}",
        "radar": "Punktzahl je Handlungsfeld über den vier Stufen",
        "ladder": "Stufe je Handlungsfeld und gesamt; Quadrat: Konsens der Gruppe",
        "cards": "Kartenabfrage",
        "no_cards": "Es wurden keine Karten erfasst.",
        "unassigned": "Ohne Zuordnung",
        "cluster_cards": "{count} Karten",
        "cluster_card": "1 Karte",
        "single_cards": "Einzelne Karten",
        "cards_note_results": "Zusammengefasst: jedes Cluster mit der Zahl seiner Karten je "
        "Art, dazu jede Karte, die keinem Cluster zugeordnet ist.",
        "cards_note_course": "Jede Karte im Wortlaut, nach Cluster geordnet.",
        "votes": "Punktabfrage",
        "no_votes": "Es fand keine Punktabfrage statt.",
        "vote_intro": "{dots} Punkte je Person, Häufen erlaubt.",
        "vote_voters": "{voters} Personen haben {dots} Punkte vergeben.",
        "vote_totals": "Insgesamt {dots} Punkte (als Summen je Option erfasst).",
        "rank": "Rang",
        "option": "Option",
        "dots": "Punkte",
        "cluster_option": "Cluster „{name}“",
        "no_options": "Für diese Abfrage sind keine Optionen erfasst.",
        "recommendations": "Empfehlungen",
        "no_recommendations": "Es wurden keine Empfehlungen formuliert.",
        "decisions": "Beschlüsse",
        "no_decisions": "Es wurden keine Beschlüsse gefasst.",
        "decision": "Beschluss {number}",
        "decision_item": "Beschluss {number} zu TOP {item}",
        "vote_result": "Abstimmung: {yes} Ja · {no} Nein · {abstain}",
        "abstention": "1 Enthaltung",
        "abstentions": "{count} Enthaltungen",
        "not_voted": "Ohne förmliche Abstimmung gefasst.",
        "measures": "Maßnahmenplan",
        "no_measures": "Es wurden keine Maßnahmen vereinbart.",
        "main_goal": "Hauptziel: {title}",
        "sub_goal": "Handlungsziel: {title}",
        "no_goal": "Ohne Zielzuordnung",
        "number": "Nr.",
        "measure": "Maßnahme",
        "responsible": "Verantwortlich",
        "due": "Bis",
        "indicator": "Indikator",
        "status": "Status",
        "partners": "Mit",
        "resources": "Ressourcen",
        "milestones": "Meilensteine",
        "signatures": "Unterschriften",
        "signatures_note": "Die Richtigkeit des Protokolls bestätigen:",
        "page": "Seite {page} von {pages}",
        "subject": "{kind} des Workshops „{title}“",
        "keywords": "Protokoll, Selbstcheck Weltoffene Kommune, Workshop",
    },
    "en": {
        "results": "Results minutes",
        "course": "Minutes of proceedings",
        "date": "Date",
        "place": "Place",
        "time": "Time",
        "from_to": "{start} to {end}",
        "from": "from {start}",
        "until": "until {end}",
        "moderator": "Moderation",
        "chair": "Chair",
        "minute_taker": "Minute-taker",
        "round": "Self-check round",
        "at_a_glance": "At a glance",
        "glance_participants": "{present} of {invited} invited present",
        "glance_cards": "{cards} cards, {decisions} decisions, {measures} measures",
        "glance_stage": "Overall result of the self-check: stage {stage} – {name}",
        "participants": "Participants",
        "present": "Present",
        "excused": "Excused",
        "absent": "Absent",
        "name": "Name",
        "function": "Function",
        "organisation": "Organisation",
        "nobody": "No participants are recorded.",
        "agenda": "Agenda",
        "agenda_course": "Agenda and proceedings",
        "item": "Item {number}",
        "minutes_planned": "{minutes} min",
        "planned": "Time",
        "topic": "Topic",
        "no_agenda": "No agenda is recorded.",
        "no_notes": "No notes are recorded for this item.",
        "results_title": "Results of the self-check",
        "no_round": "No self-check round is linked to this workshop.",
        "round_intro": "Based on the round “{round}” ({respondents} respondents). Scores "
        "range from 0 to 100; the stages follow the catalogue's thresholds ({thresholds}).",
        "field": "Field",
        "score": "Score",
        "stage": "Stage",
        "consensus": "Group consensus",
        "overall": "Overall",
        "no_answers": "no answers",
        "stage_of": "Stage {stage} – {name}",
        "figure": "Figure {number}: {caption}",
        "radar": "Score per field over the four stages",
        "ladder": "Stage per field and overall; square: group consensus",
        "cards": "Card collection",
        "no_cards": "No cards were collected.",
        "unassigned": "Not assigned",
        "cluster_cards": "{count} cards",
        "cluster_card": "1 card",
        "single_cards": "Single cards",
        "cards_note_results": "Summarised: each cluster with its number of cards per kind, "
        "and every card that belongs to no cluster.",
        "cards_note_course": "Every card in its wording, ordered by cluster.",
        "votes": "Dot voting",
        "no_votes": "There was no dot voting.",
        "vote_intro": "{dots} dots per person, stacking allowed.",
        "vote_voters": "{voters} people placed {dots} dots.",
        "vote_totals": "{dots} dots in all (recorded as totals per option).",
        "rank": "Rank",
        "option": "Option",
        "dots": "Dots",
        "cluster_option": "Cluster “{name}”",
        "no_options": "No options are recorded for this vote.",
        "recommendations": "Recommendations",
        "no_recommendations": "No recommendations were made.",
        "decisions": "Decisions",
        "no_decisions": "No decisions were taken.",
        "decision": "Decision {number}",
        "decision_item": "Decision {number} on item {item}",
        "vote_result": "Vote: {yes} yes · {no} no · {abstain}",
        "abstention": "1 abstention",
        "abstentions": "{count} abstentions",
        "not_voted": "Taken without a formal vote.",
        "measures": "Measures plan",
        "no_measures": "No measures were agreed.",
        "main_goal": "Main goal: {title}",
        "sub_goal": "Goal: {title}",
        "no_goal": "Without a goal",
        "number": "No.",
        "measure": "Measure",
        "responsible": "Responsible",
        "due": "By",
        "indicator": "Indicator",
        "status": "Status",
        "partners": "With",
        "resources": "Resources",
        "milestones": "Milestones",
        "signatures": "Signatures",
        "signatures_note": "Confirming that these minutes are correct:",
        "page": "Page {page} of {pages}",
        "subject": "{kind} of the workshop “{title}”",
        "keywords": "minutes, self-check, workshop",
    },
}

_KINDS = {
    "de": {
        CardKind.STRENGTH: "Stärken",
        CardKind.NEEDS_WORK: "Handlungsbedarf",
        CardKind.IDEA: "Ideen",
        CardKind.QUESTION: "Fragen",
        CardKind.DECISION: "Entscheidungen",
    },
    "en": {
        CardKind.STRENGTH: "Strengths",
        CardKind.NEEDS_WORK: "Needs work",
        CardKind.IDEA: "Ideas",
        CardKind.QUESTION: "Questions",
        CardKind.DECISION: "Decisions",
    },
}

_STATUS = {
    "de": {
        MeasureStatus.OPEN: "offen",
        MeasureStatus.IN_PROGRESS: "in Arbeit",
        MeasureStatus.DONE: "erledigt",
        MeasureStatus.DROPPED: "verworfen",
    },
    "en": {
        MeasureStatus.OPEN: "open",
        MeasureStatus.IN_PROGRESS: "in progress",
        MeasureStatus.DONE: "done",
        MeasureStatus.DROPPED: "dropped",
    },
}

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class Texts:
    """The wording of one language; ``texts["key"]`` or ``texts("key", value=…)``."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "de"
        self._texts = _TEXTS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def __call__(self, key: str, **values: object) -> str:
        return self._texts[key].format(**values)

    def attendance(self, value: Attendance) -> str:
        return self._texts[value.value]

    def card_kind(self, kind: CardKind) -> str:
        return _KINDS[self.language][kind]

    def status(self, status: MeasureStatus) -> str:
        return _STATUS[self.language][status]

    def date(self, value: dt.date | None, *, short: bool = False) -> str:
        """A date as written in running text, or ``short`` for table columns."""
        if value is None:
            return ""
        if self.language == "de":
            return value.strftime("%d.%m.%Y")
        if short:
            return value.isoformat()
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"

    def time(self, value: dt.time) -> str:
        return value.strftime("%H:%M")

    def number(self, value: float, places: int = 1) -> str:
        text = f"{value:.{places}f}"
        return text.replace(".", ",") if self.language == "de" else text
