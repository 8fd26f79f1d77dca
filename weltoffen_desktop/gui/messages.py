"""German (translatable) wording for errors raised by the core."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from weltoffen_desktop.fileformats.answers import RowProblem
from weltoffen_desktop.gui.signing_messages import signing_input_text
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.storage.database import Problem, WorkspaceError


def error_text(error: BaseException) -> str | None:
    """The message for an error the user can act on; ``None`` for a bug (crash handler)."""
    if isinstance(error, InvalidInput):
        return invalid_input_text(error)
    if isinstance(error, WorkspaceError):
        return workspace_error_text(error)
    if isinstance(error, OSError):
        return os_error_text(error)
    return None


def workspace_error_text(error: WorkspaceError) -> str:
    texts = {
        Problem.NOT_FOUND: QCoreApplication.translate(
            "Messages", "Die Datei gibt es nicht (mehr):\n{path}"
        ),
        Problem.NOT_A_WORKSPACE: QCoreApplication.translate(
            "Messages",
            "Diese Datei ist kein Weltoffen-Arbeitsbereich:\n{path}\n\n"
            "Arbeitsbereiche haben die Endung .weltoffen.",
        ),
        Problem.DAMAGED: QCoreApplication.translate(
            "Messages",
            "Der Arbeitsbereich ist beschädigt und kann nicht geöffnet werden:\n{path}\n\n"
            "Die Datei wurde nicht verändert.",
        ),
        Problem.NEWER_VERSION: QCoreApplication.translate(
            "Messages",
            "Dieser Arbeitsbereich wurde mit einer neueren Version von Weltoffen Desktop "
            "gespeichert:\n{path}\n\nBitte aktualisieren Sie die Anwendung, um ihn zu öffnen.",
        ),
        Problem.READ_ONLY: QCoreApplication.translate(
            "Messages",
            "Der Arbeitsbereich liegt an einem schreibgeschützten Ort und kann nicht "
            "bearbeitet werden:\n{path}\n\nKopieren Sie die Datei in einen Ordner, "
            "in dem Sie schreiben dürfen.",
        ),
        Problem.EXISTS: QCoreApplication.translate(
            "Messages", "Es gibt bereits eine Datei mit diesem Namen:\n{path}"
        ),
        Problem.NO_FOLDER: QCoreApplication.translate(
            "Messages", "Den Ordner gibt es nicht (mehr):\n{path}"
        ),
        Problem.LOCKED: QCoreApplication.translate(
            "Messages",
            "Der Arbeitsbereich ist geöffnet von {user} auf {host} seit {since}:\n{path}\n\n"
            "Sie können ihn bearbeiten, sobald er dort geschlossen ist.",
        ),
        Problem.LOCK_STALE: QCoreApplication.translate(
            "Messages",
            "Der Arbeitsbereich ist noch als geöffnet markiert von {user} auf {host} "
            "seit {since}:\n{path}\n\nVon dort kam seit {minutes} Minuten kein Lebenszeichen – "
            "vermutlich ist der Computer ausgeschaltet oder die Anwendung wurde dort nicht "
            "ordnungsgemäß beendet.",
        ),
        Problem.LOCK_LOST: QCoreApplication.translate(
            "Messages",
            "Der Arbeitsbereich wurde von {user} auf {host} übernommen, während er hier "
            "geöffnet war (zum Beispiel im Ruhezustand):\n{path}\n\nIhre letzte Änderung "
            "wurde nicht gespeichert. Der Arbeitsbereich wird hier geschlossen.",
        ),
    }
    return texts[error.problem].format(path=error.path, **_holder_fields(error))


def _holder_fields(error: WorkspaceError) -> dict[str, object]:
    """Who has a locked workspace open, for the LOCK messages."""
    holder = error.holder
    if holder is None:
        return {}
    host = holder.host
    if holder.on_this_computer():
        host = QCoreApplication.translate("Messages", "diesem Computer ({host})").format(host=host)
    since = QLocale().toString(
        holder.opened_at.astimezone().replace(tzinfo=None),
        QCoreApplication.translate("Messages", "dd.MM.yyyy, HH:mm 'Uhr'"),
    )
    minutes = holder.silent_minutes(datetime.now(UTC))
    return {"user": holder.user, "host": host, "since": since, "minutes": minutes}


def invalid_input_text(error: InvalidInput) -> str:
    """The wording for ``error.code``, with the values the check put in ``error.params``."""
    params = {
        name: QLocale().toString(value) if isinstance(value, int) else value
        for name, value in error.params.items()
    }
    signing = signing_input_text(error.code)
    if signing is not None:
        return signing.format(**params)
    texts = {
        "name_empty": QCoreApplication.translate(
            "Messages", "Bitte geben Sie den Namen der Kommune ein."
        ),
        "name_too_long": QCoreApplication.translate(
            "Messages", "Der Name der Kommune darf höchstens {limit} Zeichen lang sein."
        ),
        "logo_format": QCoreApplication.translate(
            "Messages", "Das Logo muss ein PNG- oder JPEG-Bild sein."
        ),
        "logo_size": QCoreApplication.translate(
            "Messages", "Das Logo darf höchstens {limit} MB groß sein."
        ),
        "round_name_empty": QCoreApplication.translate(
            "Messages", "Bitte geben Sie einen Namen für die Runde ein."
        ),
        "round_name_too_long": QCoreApplication.translate(
            "Messages", "Der Name der Runde darf höchstens {limit} Zeichen lang sein."
        ),
        "round_exists": QCoreApplication.translate(
            "Messages", "Es gibt bereits eine Runde mit diesem Namen."
        ),
        "round_unknown": QCoreApplication.translate(
            "Messages", "Diese Runde gibt es nicht (mehr)."
        ),
        "respondent_code_empty": QCoreApplication.translate(
            "Messages", "Bitte geben Sie eine Kennung für die befragte Person ein."
        ),
        "respondent_code_too_long": QCoreApplication.translate(
            "Messages", "Die Kennung darf höchstens {limit} Zeichen lang sein."
        ),
        "respondent_exists": QCoreApplication.translate(
            "Messages", "In dieser Runde gibt es bereits eine befragte Person mit dieser Kennung."
        ),
        "respondent_unknown": QCoreApplication.translate(
            "Messages", "Diese befragte Person gibt es nicht (mehr)."
        ),
        "department_too_long": QCoreApplication.translate(
            "Messages", "Der Bereich darf höchstens {limit} Zeichen lang sein."
        ),
        "role_too_long": QCoreApplication.translate(
            "Messages", "Die Funktion darf höchstens {limit} Zeichen lang sein."
        ),
        "question_unknown": QCoreApplication.translate(
            "Messages", "Diese Frage gibt es im Fragenkatalog der Runde nicht."
        ),
        "value_out_of_scale": QCoreApplication.translate(
            "Messages", "Diese Antwort liegt außerhalb der Antwortskala der Runde."
        ),
        "comment_too_long": QCoreApplication.translate(
            "Messages", "Ein Kommentar darf höchstens {limit} Zeichen lang sein."
        ),
        "passphrase_too_short": QCoreApplication.translate(
            "Messages", "Die Passphrase muss mindestens {limit} Zeichen lang sein."
        ),
        "encrypted_not_ours": QCoreApplication.translate(
            "Messages", "Diese Datei ist keine verschlüsselte Kopie von Weltoffen Desktop."
        ),
        "encrypted_newer_version": QCoreApplication.translate(
            "Messages",
            "Diese verschlüsselte Kopie wurde mit einer neueren Version von Weltoffen Desktop "
            "geschrieben. Bitte aktualisieren Sie die Anwendung, um sie zu öffnen.",
        ),
        "encrypted_wrong_passphrase": QCoreApplication.translate(
            "Messages",
            "Die Passphrase passt nicht zu dieser Kopie (oder der Anfang der Datei ist "
            "beschädigt).",
        ),
        "encrypted_damaged": QCoreApplication.translate(
            "Messages",
            "Die verschlüsselte Kopie ist beschädigt oder unvollständig (zum Beispiel nicht "
            "ganz auf den USB-Stick geschrieben). Es wurde nichts gespeichert.",
        ),
        "encrypted_not_workspace": QCoreApplication.translate(
            "Messages",
            "Die verschlüsselte Kopie enthält keinen Arbeitsbereich von Weltoffen Desktop. "
            "Es wurde nichts gespeichert.",
        ),
        "merge_same_file": QCoreApplication.translate(
            "Messages", "Ein Arbeitsbereich kann nicht mit sich selbst zusammengeführt werden."
        ),
        "merge_source_damaged": QCoreApplication.translate(
            "Messages",
            "Die andere Datei enthält beschädigte Einträge und kann nicht zusammengeführt "
            "werden. Es wurde nichts verändert.",
        ),
        "merge_invalid": QCoreApplication.translate(
            "Messages", "So kann nicht zusammengeführt werden; es wurde nichts verändert:"
        ),
    }
    if error.code in texts:
        return texts[error.code].format(**params)
    text = _workshop_input_text(error.code, params)
    return str(error) if text is None else text


def _workshop_input_text(code: str, params: dict[str, object]) -> str | None:
    """Wording for the codes of operations/workshop.py; ``None`` for other codes."""
    # "<kind>_<value>" -> the value in the accusative; its limit comes with the error
    values = {
        "workshop_title": QCoreApplication.translate("Messages", "den Titel des Workshops"),
        "workshop_place": QCoreApplication.translate("Messages", "den Ort des Workshops"),
        "workshop_moderator": QCoreApplication.translate("Messages", "den Namen der Moderation"),
        "workshop_minute_taker": QCoreApplication.translate(
            "Messages", "den Namen der Protokollführung"
        ),
        "workshop_chair": QCoreApplication.translate("Messages", "den Namen der Sitzungsleitung"),
        "participant_name": QCoreApplication.translate(
            "Messages", "den Namen der teilnehmenden Person"
        ),
        "participant_organisation": QCoreApplication.translate(
            "Messages", "die Organisation oder das Amt"
        ),
        "participant_function": QCoreApplication.translate("Messages", "die Funktion"),
        "agenda_item_title": QCoreApplication.translate(
            "Messages", "den Titel des Tagesordnungspunkts"
        ),
        "agenda_item_notes": QCoreApplication.translate(
            "Messages", "die Notizen zum Tagesordnungspunkt"
        ),
        "cluster_name": QCoreApplication.translate("Messages", "den Namen des Clusters"),
        "card_text": QCoreApplication.translate("Messages", "den Text der Karte"),
        "card_author": QCoreApplication.translate("Messages", "den Namen, von wem die Karte ist"),
        "dot_vote_title": QCoreApplication.translate("Messages", "den Titel der Punktabfrage"),
        "recommendation_text": QCoreApplication.translate("Messages", "den Text der Empfehlung"),
        "decision_wording": QCoreApplication.translate("Messages", "den Wortlaut des Beschlusses"),
        "goal_title": QCoreApplication.translate("Messages", "den Titel des Ziels"),
        "measure_title": QCoreApplication.translate("Messages", "den Titel der Maßnahme"),
        "measure_responsible_name": QCoreApplication.translate(
            "Messages", "den Namen der verantwortlichen Person"
        ),
        "measure_partners": QCoreApplication.translate("Messages", "die Partner der Maßnahme"),
        "measure_resources": QCoreApplication.translate("Messages", "die Ressourcen der Maßnahme"),
        "measure_indicator": QCoreApplication.translate("Messages", "den Indikator der Maßnahme"),
        "milestone_title": QCoreApplication.translate("Messages", "den Titel des Meilensteins"),
    }
    for suffix, template in (
        ("_empty", QCoreApplication.translate("Messages", "Bitte geben Sie {what} ein.")),
        (
            "_too_long",
            QCoreApplication.translate(
                "Messages", "Bitte kürzen Sie {what} auf höchstens {limit} Zeichen."
            ),
        ),
    ):
        if code.endswith(suffix) and code.removesuffix(suffix) in values:
            return template.format(what=values[code.removesuffix(suffix)], **params)
    texts = {
        "number_out_of_range": QCoreApplication.translate(
            "Messages", "Bitte geben Sie eine ganze Zahl im erlaubten Bereich ein."
        ),
        "value_type": QCoreApplication.translate(
            "Messages", "Eine Angabe hat die falsche Form (Text, Zahl oder Datum)."
        ),
        "value_unknown": QCoreApplication.translate(
            "Messages", "Eine Angabe hat einen Wert, den es hier nicht gibt."
        ),
        "value_missing": QCoreApplication.translate("Messages", "Eine nötige Angabe fehlt."),
        "value_character": QCoreApplication.translate(
            "Messages", "Der Text enthält ein Steuerzeichen oder ein ungültiges Zeichen."
        ),
        "kind_unknown": QCoreApplication.translate(
            "Messages", "Diese Art von Eintrag gibt es im Workshop nicht."
        ),
        "parent_missing": QCoreApplication.translate(
            "Messages", "Der Eintrag gehört zu keinem Workshop."
        ),
        "not_ordered": QCoreApplication.translate(
            "Messages", "Diese Einträge haben keine Reihenfolge."
        ),
        "field_unknown": QCoreApplication.translate(
            "Messages", "Dieses Handlungsfeld gibt es im Fragenkatalog nicht."
        ),
        "record_gone": QCoreApplication.translate(
            "Messages", "Diesen Eintrag gibt es nicht mehr – er wurde inzwischen gelöscht."
        ),
        "other_workshop": QCoreApplication.translate(
            "Messages", "Dieser Eintrag gehört zu einem anderen Workshop."
        ),
        "goal_depth": QCoreApplication.translate(
            "Messages",
            "Ein Handlungsziel gehört zu einem Hauptziel; darunter gibt es keine weitere Ebene.",
        ),
        "option_exists": QCoreApplication.translate(
            "Messages", "Diese Karte oder dieser Cluster steht schon zur Abstimmung."
        ),
        "option_target": QCoreApplication.translate(
            "Messages", "Zur Abstimmung steht jeweils genau eine Karte oder ein Cluster."
        ),
        "dots_exceeded": QCoreApplication.translate(
            "Messages",
            "So viele Punkte hat diese Person nicht mehr: Die übrigen hat sie schon "
            "anderswo geklebt.",
        ),
        "vote_totals": QCoreApplication.translate(
            "Messages", "Diese Punktabfrage zählt nur Summen, keine Punkte je Person."
        ),
        "restore_cycle": QCoreApplication.translate(
            "Messages", "Die gelöschten Einträge lassen sich nicht zurückholen."
        ),
    }
    return texts.get(code)


def os_error_text(error: OSError) -> str:
    return QCoreApplication.translate(
        "Messages", "Die Datei konnte nicht geschrieben werden:\n{path}\n\n{reason}"
    ).format(path=error.filename or "", reason=error.strerror or str(error))


def row_problem_text(problem: RowProblem) -> str:
    """A problem of an answers file, in the interface language."""
    texts = {
        "unsupported_suffix": QCoreApplication.translate(
            "Messages", "{name}: Nur .csv- und .xlsx-Dateien können importiert werden."
        ),
        "missing_file": QCoreApplication.translate("Messages", "{name}: Die Datei gibt es nicht."),
        "too_large": QCoreApplication.translate(
            "Messages", "{name}: Die Datei ist größer als {mb} MB."
        ),
        "not_utf8": QCoreApplication.translate(
            "Messages",
            "{name}: Die Datei ist nicht UTF-8-kodiert. Speichern Sie sie als „CSV UTF-8“.",
        ),
        "bad_csv": QCoreApplication.translate(
            "Messages", "{name}: Keine lesbare CSV-Datei ({reason})."
        ),
        "bad_xlsx": QCoreApplication.translate(
            "Messages", "{name}: Keine lesbare Excel-Datei (.xlsx) ({reason})."
        ),
        "empty_file": QCoreApplication.translate("Messages", "Die Datei ist leer."),
        "missing_column": QCoreApplication.translate("Messages", "Die Spalte „{column}“ fehlt."),
        "unknown_column": QCoreApplication.translate("Messages", "Unbekannte Spalte „{column}“."),
        "repeated_column": QCoreApplication.translate(
            "Messages", "Die Spalte „{column}“ kommt mehrfach vor."
        ),
        "too_many_rows": QCoreApplication.translate(
            "Messages", "Mehr als {max} Antworten in einer Datei."
        ),
        "no_answers": QCoreApplication.translate(
            "Messages", "Die Datei hat eine Kopfzeile, aber keine Antworten."
        ),
        "cell_too_long": QCoreApplication.translate(
            "Messages", "„{column}“ ist länger als {max} Zeichen."
        ),
        "empty_cell": QCoreApplication.translate("Messages", "„{column}“ ist leer."),
        "value_not_number": QCoreApplication.translate(
            "Messages", "Der Wert „{value}“ ist keine ganze Zahl und nicht „skip“."
        ),
        "respondent_inconsistent": QCoreApplication.translate(
            "Messages",
            "Befragte Person „{code}“ hat hier Bereich/Funktion „{here}“, "
            "in Zeile {first} aber „{there}“.",
        ),
        "unknown_question": QCoreApplication.translate(
            "Messages", "Unbekannte Frage-Nr. „{question}“."
        ),
        "value_out_of_scale": QCoreApplication.translate(
            "Messages", "Der Wert {value} liegt außerhalb der Skala 0–{max}."
        ),
        "repeated_answer": QCoreApplication.translate(
            "Messages",
            "Befragte Person „{code}“ hat „{question}“ schon in Zeile {first} beantwortet.",
        ),
        "respondent_in_round": QCoreApplication.translate(
            "Messages",
            "Befragte Person „{code}“ ist in der Runde schon als {stored} erfasst, "
            "nicht als {given}.",
        ),
        "more_problems": QCoreApplication.translate("Messages", "… und {count} weitere Probleme."),
        "text_beyond_header": QCoreApplication.translate(
            "Messages", "Spalte {column} enthält Text, hat aber keinen Namen in der Kopfzeile."
        ),
        "formula_without_result": QCoreApplication.translate(
            "Messages",
            "Die Formel in Zelle {cell} hat kein gespeichertes Ergebnis. Öffnen und speichern "
            "Sie die Datei einmal in Excel.",
        ),
    }
    text = texts[problem.code].format(**problem.params)
    if problem.line is None:
        return text
    return QCoreApplication.translate("Messages", "Zeile {line}: {text}").format(
        line=problem.line, text=text
    )
