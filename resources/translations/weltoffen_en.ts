<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Das Diagramm konnte nicht gezeichnet werden.</source>
        <translation>The chart could not be drawn.</translation>
    </message>
    <message>
        <source>Diagramm wird gezeichnet …</source>
        <translation>Drawing the chart …</translation>
    </message>
</context>
<context>
    <name>ConsensusDialog</name>
    <message>
        <source>Konsens: {field}</source>
        <translation>Consensus: {field}</translation>
    </message>
    <message>
        <source>Für dieses Feld gibt es noch keine Antworten.</source>
        <translation>There are no answers for this field yet.</translation>
    </message>
    <message>
        <source>Berechnet: {score} Punkte, Stufe {stage}, Streuung {spread}.</source>
        <translation>Computed: {score} points, stage {stage}, spread {spread}.</translation>
    </message>
    <message>
        <source>Konsens &amp;entfernen</source>
        <translation>&amp;Remove consensus</translation>
    </message>
    <message>
        <source>Konsens festlegen</source>
        <translation>Record consensus</translation>
    </message>
    <message>
        <source>Vereinbarte &amp;Punktzahl:</source>
        <translation>Agreed &amp;score:</translation>
    </message>
    <message>
        <source>Vereinbarte &amp;Stufe:</source>
        <translation>Agreed s&amp;tage:</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Warum weicht die Gruppe vom berechneten Wert ab? (Pflichtfeld)</source>
        <translation>Why does the group differ from the computed value? (required)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten. Ihre bisher gespeicherten Eingaben sind sicher.</source>
        <translation>An unexpected error occurred. Everything you entered so far is saved.</translation>
    </message>
    <message>
        <source>Details stehen in der Protokolldatei:
{path}</source>
        <translation>Details are in the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>DotGridModel</name>
    <message>
        <source>Übrig (von {dots})</source>
        <translation>Left (of {dots})</translation>
    </message>
    <message>
        <source>Wie viele ihrer Punkte die Person noch nicht vergeben hat</source>
        <translation>How many of their dots the person has not placed yet</translation>
    </message>
    <message>
        <source>{count} zu viel</source>
        <translation>{count} too many</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Auswertung</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>(kein Vergleich)</source>
        <translation>(no comparison)</translation>
    </message>
    <message>
        <source>Legen Sie im Selbstcheck eine Runde an und erfassen Sie Antworten; hier erscheint dann die Auswertung.</source>
        <translation>Create a round on the Self-check page and enter answers; the evaluation then appears here.</translation>
    </message>
    <message>
        <source>Uneinigkeit: Streuung ab {threshold} Punkten – darüber sollte die Gruppe sprechen. Konsens: Eingabetaste oder „Konsens festlegen …“.</source>
        <translation>Disagreement: a spread of {threshold} points or more – the group should talk about it. Consensus: press Enter or “Record consensus …”.</translation>
    </message>
    <message>
        <source>Für die Präsentation braucht es eine Runde: legen Sie im Selbstcheck eine an.</source>
        <translation>A presentation needs a round: create one on the Self-check page.</translation>
    </message>
    <message>
        <source>{stage} – {name}</source>
        <translation>{stage} – {name}</translation>
    </message>
    <message>
        <source>Noch keine Antworten in dieser Runde.</source>
        <translation>No answers in this round yet.</translation>
    </message>
    <message>
        <source>Gesamt: {score} Punkte · Stufe {stage}</source>
        <translation>Overall: {score} points · stage {stage}</translation>
    </message>
    <message>
        <source>{spread} · uneinig</source>
        <translation>{spread} · disagreement</translation>
    </message>
    <message>
        <source> (Stufe {delta:+d})</source>
        <translation> (stage {delta:+d})</translation>
    </message>
    <message>
        <source>&amp;Runde:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Vergleich mit:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>&amp;Tabelle</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Ergebnis je Handlungsfeld</source>
        <translation>Result per field of action</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Befragte</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Weiß nicht</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Streuung</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Konsens</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Veränderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Konsens festlegen …</source>
        <translation>Record &amp;consensus …</translation>
    </message>
    <message>
        <source>Die von der Gruppe vereinbarte Punktzahl oder Stufe für das gewählte Handlungsfeld festhalten (Eingabetaste in der Tabelle)</source>
        <translation>Record the score or stage the group agreed for the chosen field (Enter in the table)</translation>
    </message>
    <message>
        <source>Dia&amp;gramme</source>
        <translation>Char&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Netzdiagramm</source>
        <translation>&amp;Radar</translation>
    </message>
    <message>
        <source>Punktzahl je Handlungsfeld über den Stufen; mit Vergleichsrunde gestrichelt</source>
        <translation>Score per field over the stages; the comparison round dashed</translation>
    </message>
    <message>
        <source>&amp;Stufenleiter</source>
        <translation>&amp;Stage ladder</translation>
    </message>
    <message>
        <source>Jedes Handlungsfeld auf den vier Stufen, mit dem Konsens der Gruppe</source>
        <translation>Every field on the four stages, with the group&apos;s consensus</translation>
    </message>
    <message>
        <source>Ant&amp;wortverteilung</source>
        <translation>Ans&amp;wer distribution</translation>
    </message>
    <message>
        <source>Anteil jeder Antwort und von „weiß nicht“ je Handlungsfeld</source>
        <translation>Share of each answer and of “don&apos;t know” per field</translation>
    </message>
    <message>
        <source>Stre&amp;uung</source>
        <translation>Spr&amp;ead</translation>
    </message>
    <message>
        <source>Wie weit die Einschätzungen auseinandergehen; Uneinigkeit hervorgehoben</source>
        <translation>How far the ratings differ; disagreement highlighted</translation>
    </message>
    <message>
        <source>Rundenverglei&amp;ch</source>
        <translation>Round &amp;comparison</translation>
    </message>
    <message>
        <source>Vorher und nachher je Handlungsfeld; dafür oben eine Vergleichsrunde wählen</source>
        <translation>Before and after per field; choose a comparison round above</translation>
    </message>
    <message>
        <source>&amp;Präsentation (F5)</source>
        <translation>&amp;Presentation (F5)</translation>
    </message>
    <message>
        <source>Ergebnisse im Vollbild zeigen, auf dem zweiten Bildschirm, wenn es einen gibt</source>
        <translation>Show the results full screen, on the second screen if there is one</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Runde an.</source>
        <translation>Please give the name of the round.</translation>
    </message>
    <message>
        <source>Die Datei hat {count} Problem(e). Es wird nichts importiert.</source>
        <translation>The file has {count} problem(s). Nothing will be imported.</translation>
    </message>
    <message>
        <source>{answers} Antworten von {people} Befragten</source>
        <translation>{answers} answers from {people} respondents</translation>
    </message>
    <message>
        <source>{new} davon neu</source>
        <translation>{new} of them new</translation>
    </message>
    <message>
        <source>{replaced} vorhandene Antworten werden ersetzt</source>
        <translation>{replaced} existing answers will be replaced</translation>
    </message>
    <message>
        <source>die Runde wird neu angelegt</source>
        <translation>the round will be created</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>Antworten importieren</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>In &amp;Runde:</source>
        <translation>Into &amp;round:</translation>
    </message>
    <message>
        <source>Eine vorhandene Runde wählen oder den Namen einer neuen eingeben</source>
        <translation>Choose an existing round or type the name of a new one</translation>
    </message>
    <message>
        <source>&amp;Probleme – solange es Probleme gibt, wird nichts importiert:</source>
        <translation>&amp;Problems – as long as there are problems, nothing is imported:</translation>
    </message>
    <message>
        <source>Probleme</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Vorschau:</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>Restore a backup?</translation>
    </message>
    <message>
        <source>Für diese Datei gibt es eine automatische Sicherung vom {date}.

Soll diese Sicherung wiederhergestellt werden? Die beschädigte Datei bleibt daneben erhalten.</source>
        <translation>There is an automatic backup of this file from {date}.

Shall this backup be restored? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>dd.MM.yyyy, HH:mm &apos;Uhr&apos;</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Arbeitsbereich öffnen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Neuer Arbeitsbereich</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Name der Kommune:</source>
        <translation>Name of the municipality:</translation>
    </message>
    <message>
        <source>Arbeitsbereich anlegen</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <source>Weltoffen-Arbeitsbereiche (*{suffix})</source>
        <translation>Weltoffen workspaces (*{suffix})</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Liste leeren</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Kein Arbeitsbereich geöffnet</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>Datei: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Alle Änderungen gespeichert</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Gespeichert um {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Über Weltoffen Desktop</source>
        <translation>About Weltoffen Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Weltoffen Desktop {version}&lt;/h3&gt;&lt;p&gt;Selbstcheck Weltoffene Kommune und Workshop – offline.&lt;/p&gt;&lt;p&gt;Diese Anwendung nutzt Qt (LGPL v3) über PySide6. Sie können die mitgelieferten Qt-Bibliotheken durch eigene, kompatible Versionen ersetzen.&lt;/p&gt;&lt;p&gt;© {year} Weltoffen Desktop&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Weltoffen Desktop {version}&lt;/h3&gt;&lt;p&gt;Open Municipality Self-Check and workshop – offline.&lt;/p&gt;&lt;p&gt;This application uses Qt (LGPL v3) through PySide6. You may replace the bundled Qt libraries with your own compatible versions.&lt;/p&gt;&lt;p&gt;© {year} Weltoffen Desktop&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weltoffen Desktop</source>
        <translation>Weltoffen Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>Neuen Arbeitsbereich für eine Kommune anlegen</source>
        <translation>Create a new workspace for a municipality</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>Einen vorhandenen Arbeitsbereich öffnen</source>
        <translation>Open an existing workspace</translation>
    </message>
    <message>
        <source>&amp;Demo-Arbeitsbereich öffnen</source>
        <translation>Open &amp;demo workspace</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Präsentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>Die Auswertung im Vollbild zeigen, auf dem zweiten Bildschirm, wenn es einen gibt (noch einmal F5 oder Esc beendet)</source>
        <translation>Show the evaluation full screen, on the second screen if there is one (F5 again or Esc ends it)</translation>
    </message>
    <message>
        <source>Ü&amp;ber Weltoffen Desktop</source>
        <translation>&amp;About Weltoffen Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Die Datei gibt es nicht (mehr):
{path}</source>
        <translation>The file does not exist (any more):
{path}</translation>
    </message>
    <message>
        <source>Diese Datei ist kein Weltoffen-Arbeitsbereich:
{path}

Arbeitsbereiche haben die Endung .weltoffen.</source>
        <translation>This file is not a Weltoffen workspace:
{path}

Workspaces have the extension .weltoffen.</translation>
    </message>
    <message>
        <source>Der Arbeitsbereich ist beschädigt und kann nicht geöffnet werden:
{path}

Die Datei wurde nicht verändert.</source>
        <translation>The workspace is damaged and cannot be opened:
{path}

The file has not been changed.</translation>
    </message>
    <message>
        <source>Dieser Arbeitsbereich wurde mit einer neueren Version von Weltoffen Desktop gespeichert:
{path}

Bitte aktualisieren Sie die Anwendung, um ihn zu öffnen.</source>
        <translation>This workspace was saved by a newer version of Weltoffen Desktop:
{path}

Please update the application to open it.</translation>
    </message>
    <message>
        <source>Der Arbeitsbereich liegt an einem schreibgeschützten Ort und kann nicht bearbeitet werden:
{path}

Kopieren Sie die Datei in einen Ordner, in dem Sie schreiben dürfen.</source>
        <translation>The workspace is in a read-only location and cannot be edited:
{path}

Copy the file to a folder where you may write.</translation>
    </message>
    <message>
        <source>Es gibt bereits eine Datei mit diesem Namen:
{path}</source>
        <translation>A file of this name exists already:
{path}</translation>
    </message>
    <message>
        <source>Den Ordner gibt es nicht (mehr):
{path}</source>
        <translation>The folder does not exist (any more):
{path}</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Kommune ein.</source>
        <translation>Please enter the name of the municipality.</translation>
    </message>
    <message>
        <source>Der Name der Kommune darf höchstens 200 Zeichen lang sein.</source>
        <translation>The name of the municipality may be at most 200 characters long.</translation>
    </message>
    <message>
        <source>Das Logo muss ein PNG- oder JPEG-Bild sein.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Das Logo darf höchstens 2 MB groß sein.</source>
        <translation>The logo may be at most 2 MB in size.</translation>
    </message>
    <message>
        <source>Bitte geben Sie einen Namen für die Runde ein.</source>
        <translation>Please enter a name for the round.</translation>
    </message>
    <message>
        <source>Der Name der Runde darf höchstens 200 Zeichen lang sein.</source>
        <translation>The name of a round can be at most 200 characters long.</translation>
    </message>
    <message>
        <source>Es gibt bereits eine Runde mit diesem Namen.</source>
        <translation>There is already a round with this name.</translation>
    </message>
    <message>
        <source>Diese Runde gibt es nicht (mehr).</source>
        <translation>This round does not exist (any more).</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Kennung für die befragte Person ein.</source>
        <translation>Please enter a code for the respondent.</translation>
    </message>
    <message>
        <source>Die Kennung darf höchstens 200 Zeichen lang sein.</source>
        <translation>The code can be at most 200 characters long.</translation>
    </message>
    <message>
        <source>In dieser Runde gibt es bereits eine befragte Person mit dieser Kennung.</source>
        <translation>This round already has a respondent with this code.</translation>
    </message>
    <message>
        <source>Diese befragte Person gibt es nicht (mehr).</source>
        <translation>This respondent does not exist (any more).</translation>
    </message>
    <message>
        <source>Der Bereich darf höchstens 200 Zeichen lang sein.</source>
        <translation>The department can be at most 200 characters long.</translation>
    </message>
    <message>
        <source>Die Funktion darf höchstens 200 Zeichen lang sein.</source>
        <translation>The role can be at most 200 characters long.</translation>
    </message>
    <message>
        <source>Diese Frage gibt es im Fragenkatalog der Runde nicht.</source>
        <translation>This question is not part of the round&apos;s catalogue.</translation>
    </message>
    <message>
        <source>Diese Antwort liegt außerhalb der Antwortskala der Runde.</source>
        <translation>This answer is outside the round&apos;s answer scale.</translation>
    </message>
    <message>
        <source>Ein Kommentar darf höchstens 2000 Zeichen lang sein.</source>
        <translation>A comment can be at most 2000 characters long.</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht geschrieben werden:
{path}

{reason}</source>
        <translation>The file could not be written:
{path}

{reason}</translation>
    </message>
    <message>
        <source>{name}: Nur .csv- und .xlsx-Dateien können importiert werden.</source>
        <translation>{name}: only .csv and .xlsx files can be imported.</translation>
    </message>
    <message>
        <source>{name}: Die Datei gibt es nicht.</source>
        <translation>{name}: the file does not exist.</translation>
    </message>
    <message>
        <source>{name}: Die Datei ist größer als {mb} MB.</source>
        <translation>{name}: the file is larger than {mb} MB.</translation>
    </message>
    <message>
        <source>{name}: Die Datei ist nicht UTF-8-kodiert. Speichern Sie sie als „CSV UTF-8“.</source>
        <translation>{name}: the file is not UTF-8 encoded. Save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>{name}: Keine lesbare CSV-Datei ({reason}).</source>
        <translation>{name}: not a readable CSV file ({reason}).</translation>
    </message>
    <message>
        <source>{name}: Keine lesbare Excel-Datei (.xlsx) ({reason}).</source>
        <translation>{name}: not a readable Excel file (.xlsx) ({reason}).</translation>
    </message>
    <message>
        <source>Die Datei ist leer.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Die Spalte „{column}“ fehlt.</source>
        <translation>The column “{column}” is missing.</translation>
    </message>
    <message>
        <source>Unbekannte Spalte „{column}“.</source>
        <translation>Unknown column “{column}”.</translation>
    </message>
    <message>
        <source>Die Spalte „{column}“ kommt mehrfach vor.</source>
        <translation>The column “{column}” appears more than once.</translation>
    </message>
    <message>
        <source>Mehr als {max} Antworten in einer Datei.</source>
        <translation>More than {max} answers in one file.</translation>
    </message>
    <message>
        <source>Die Datei hat eine Kopfzeile, aber keine Antworten.</source>
        <translation>The file has a header row but no answers.</translation>
    </message>
    <message>
        <source>„{column}“ ist länger als {max} Zeichen.</source>
        <translation>“{column}” is longer than {max} characters.</translation>
    </message>
    <message>
        <source>„{column}“ ist leer.</source>
        <translation>“{column}” is empty.</translation>
    </message>
    <message>
        <source>Der Wert „{value}“ ist keine ganze Zahl und nicht „skip“.</source>
        <translation>The value “{value}” is neither a whole number nor “skip”.</translation>
    </message>
    <message>
        <source>Befragte Person „{code}“ hat hier Bereich/Funktion „{here}“, in Zeile {first} aber „{there}“.</source>
        <translation>Respondent “{code}” has department/role “{here}” here, but “{there}” in row {first}.</translation>
    </message>
    <message>
        <source>Unbekannte Frage-Nr. „{question}“.</source>
        <translation>Unknown question id “{question}”.</translation>
    </message>
    <message>
        <source>Der Wert {value} liegt außerhalb der Skala 0–{max}.</source>
        <translation>The value {value} is outside the scale 0–{max}.</translation>
    </message>
    <message>
        <source>Befragte Person „{code}“ hat „{question}“ schon in Zeile {first} beantwortet.</source>
        <translation>Respondent “{code}” answered “{question}” already in row {first}.</translation>
    </message>
    <message>
        <source>Befragte Person „{code}“ ist in der Runde schon als {stored} erfasst, nicht als {given}.</source>
        <translation>Respondent “{code}” is already in the round as {stored}, not as {given}.</translation>
    </message>
    <message>
        <source>… und {count} weitere Probleme.</source>
        <translation>… and {count} more problems.</translation>
    </message>
    <message>
        <source>Spalte {column} enthält Text, hat aber keinen Namen in der Kopfzeile.</source>
        <translation>Column {column} holds text but has no name in the header row.</translation>
    </message>
    <message>
        <source>Die Formel in Zelle {cell} hat kein gespeichertes Ergebnis. Öffnen und speichern Sie die Datei einmal in Excel.</source>
        <translation>The formula in cell {cell} has no saved result. Open the file in Excel and save it once.</translation>
    </message>
    <message>
        <source>Zeile {line}: {text}</source>
        <translation>Row {line}: {text}</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hier erstellen Sie das Protokoll als PDF, unterschreiben es digital und prüfen Unterschriften.</source>
        <translation>Here you create the minutes as a PDF, sign them digitally and verify signatures.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Die Datei ist kein lesbares Bild:
{path}</source>
        <translation>The file is not a readable image:
{path}</translation>
    </message>
    <message>
        <source>Willkommen bei Weltoffen Desktop</source>
        <translation>Welcome to Weltoffen Desktop</translation>
    </message>
    <message>
        <source>Legen Sie einen Arbeitsbereich für Ihre Kommune an oder öffnen Sie einen vorhandenen. Ein Arbeitsbereich ist eine Datei (*.weltoffen) mit allen Selbstcheck-Runden, Workshops und Protokollen. Alles bleibt auf diesem Rechner.</source>
        <translation>Create a workspace for your municipality or open an existing one. A workspace is one file (*.weltoffen) with all self-check rounds, workshops and minutes. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>&amp;Neuer Arbeitsbereich …</source>
        <translation>&amp;New workspace …</translation>
    </message>
    <message>
        <source>&amp;Öffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>&amp;Demo ansehen</source>
        <translation>See the &amp;demo</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Logo wählen …</source>
        <translation>Choose &amp;logo …</translation>
    </message>
    <message>
        <source>Logo &amp;entfernen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>Selbstcheck-Runden</source>
        <translation>Self-check rounds</translation>
    </message>
    <message>
        <source>Runde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Befragte</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Antworten</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Fragenkatalog</source>
        <translation>Question catalogue</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Dieser Bereich folgt in einer der nächsten Versionen.</source>
        <translation>This area follows in one of the next versions.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Präsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Stufe {stage} von {count}: {name}</source>
        <translation>Stage {stage} of {count}: {name}</translation>
    </message>
    <message>
        <source>Keine Antworten</source>
        <translation>No answers</translation>
    </message>
    <message>
        <source>{score} Punkte</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <source>Seit {round}</source>
        <translation>Since {round}</translation>
    </message>
    <message>
        <source>{delta} Punkte</source>
        <translation>{delta} points</translation>
    </message>
    <message>
        <source>Ergebnisse der Runde „{round}“</source>
        <translation>Results of the round “{round}”</translation>
    </message>
    <message>
        <source>Befragte</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Im Vergleich mit</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Weiter mit → oder Leertaste · zurück mit ← · Esc beendet</source>
        <translation>Next with → or Space · back with ← · Esc ends</translation>
    </message>
    <message>
        <source>Gesamtergebnis</source>
        <translation>Overall result</translation>
    </message>
    <message>
        <source>Noch keine Antworten</source>
        <translation>No answers yet</translation>
    </message>
    <message>
        <source>Uneinig in</source>
        <translation>Disagreement in</translation>
    </message>
    <message>
        <source>Konsens festgelegt für</source>
        <translation>Consensus recorded for</translation>
    </message>
    <message>
        <source>{count} von {total} Feldern</source>
        <translation>{count} of {total} fields</translation>
    </message>
    <message>
        <source>Handlungsfeld {number} von {count}</source>
        <translation>Field {number} of {count}</translation>
    </message>
    <message>
        <source>{spread} – uneinig</source>
        <translation>{spread} – disagreement</translation>
    </message>
    <message>
        <source>Weiß nicht</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Streuung</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Konsens der Gruppe</source>
        <translation>Group consensus</translation>
    </message>
    <message>
        <source>Stufe {n}</source>
        <translation>Stage {n}</translation>
    </message>
    <message>
        <source>Begründung des Konsenses: {reason}</source>
        <translation>Reason for the consensus: {reason}</translation>
    </message>
    <message>
        <source>Die Einschätzungen gehen weit auseinander: darüber sollte die Gruppe sprechen.</source>
        <translation>The ratings differ widely: the group should talk about this.</translation>
    </message>
</context>
<context>
    <name>SelfcheckPage</name>
    <message>
        <source>Selbstcheck</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>Öffnen Sie zuerst einen Arbeitsbereich.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <source>Legen Sie zuerst eine Runde an: mit „Neue Runde …“ oben rechts. Danach erfassen Sie hier die Befragten und ihre Antwortbögen.</source>
        <translation>Create a round first: with “New round …” at the top right. Then enter the respondents and their answer forms here.</translation>
    </message>
    <message>
        <source>Tasten: 0–{max} Antwort · X weiß nicht · ← oder Rücktaste zurück · Entf löschen · F2 Kommentar</source>
        <translation>Keys: 0–{max} answer · X don&apos;t know · ← or Backspace back · Del clear · F2 comment</translation>
    </message>
    <message>
        <source>{answered} von {total} Fragen beantwortet</source>
        <translation>{answered} of {total} questions answered</translation>
    </message>
    <message>
        <source>Noch keine Befragten – fügen Sie links die erste Person hinzu.</source>
        <translation>No respondents yet – add the first person on the left.</translation>
    </message>
    <message>
        <source>Bogen vollständig: alle {total} Fragen beantwortet</source>
        <translation>Form complete: all {total} questions answered</translation>
    </message>
    <message>
        <source>Neue Runde</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Name der Runde:</source>
        <translation>Name of the round:</translation>
    </message>
    <message>
        <source>Antworten importieren</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Antwortdateien (*.csv *.xlsx);;Alle Dateien (*)</source>
        <translation>Answer files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Antworten exportieren</source>
        <translation>Export answers</translation>
    </message>
    <message>
        <source>Excel-Datei (*.xlsx);;CSV-Datei (*.csv)</source>
        <translation>Excel file (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Ein Kommentar gehört zu einer Antwort: Geben Sie zuerst eine Zahl ein oder X für „weiß nicht“, dann F2 für den Kommentar.</source>
        <translation>A comment belongs to an answer: first enter a number, or X for “don&apos;t know”, then F2 for the comment.</translation>
    </message>
    <message>
        <source>&amp;Runde:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Neue Runde …</source>
        <translation>&amp;New round …</translation>
    </message>
    <message>
        <source>Antworten &amp;importieren …</source>
        <translation>&amp;Import answers …</translation>
    </message>
    <message>
        <source>Antworten aus einer CSV- oder Excel-Datei übernehmen, mit Vorschau</source>
        <translation>Take answers from a CSV or Excel file, with a preview</translation>
    </message>
    <message>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <source>Die Antworten dieser Runde als CSV- oder Excel-Datei speichern</source>
        <translation>Save the answers of this round as a CSV or Excel file</translation>
    </message>
    <message>
        <source>&amp;Befragte:</source>
        <translation>Res&amp;pondents:</translation>
    </message>
    <message>
        <source>Befragte der Runde</source>
        <translation>Respondents of the round</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bereich · Funktion</source>
        <translation>Department · role</translation>
    </message>
    <message>
        <source>Antworten</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Befragte Person hinzufügen</source>
        <translation>Add a respondent</translation>
    </message>
    <message>
        <source>&amp;Kennung:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Berei&amp;ch:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <source>Hin&amp;zufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Antworten:</source>
        <translation>Ans&amp;wers:</translation>
    </message>
    <message>
        <source>Antworten des Fragebogens</source>
        <translation>Answers of the questionnaire</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Die Sprache wird sofort übernommen und beim nächsten Start beibehalten.</source>
        <translation>The language applies at once and is kept for the next start.</translation>
    </message>
    <message>
        <source>Ordner dieser Anwendung</source>
        <translation>Folders of this application</translation>
    </message>
    <message>
        <source>Protokolldateien:</source>
        <translation>Log files:</translation>
    </message>
    <message>
        <source>Einstellungen:</source>
        <translation>Settings:</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>Stufen</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Stufe {n}</source>
        <translation>Stage {n}</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <source>Punkte je Person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <source>Summe je Option</source>
        <translation>Total per option</translation>
    </message>
    <message>
        <source>Alle Karten und Cluster</source>
        <translation>All cards and clusters</translation>
    </message>
    <message>
        <source>Nur gewählte</source>
        <translation>Chosen only</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Wählen Sie zuerst einen Workshop.</source>
        <translation>Choose a workshop first.</translation>
    </message>
    <message>
        <source>Noch keine Punktabfrage. Geben Sie oben bei „Neu“ einen Titel ein und drücken Sie die Eingabetaste; dann wählen Sie die Karten oder Cluster, über die abgestimmt wird.</source>
        <translation>No dot vote yet. Type a title under “New” above and press Enter; then choose the cards or clusters to vote on.</translation>
    </message>
    <message>
        <source>Cluster „{name}“</source>
        <translation>Cluster “{name}”</translation>
    </message>
    <message>
        <source>Vorschlag bei {options} Optionen: {dots}</source>
        <translation>Suggested for {options} options: {dots}</translation>
    </message>
    <message>
        <source>Cluster „{name}“ ({count} Karten)</source>
        <translation>Cluster “{name}” ({count} cards)</translation>
    </message>
    <message>
        <source>{count} Optionen gewählt · {dots} Punkte je Person</source>
        <translation>{count} options chosen · {dots} dots per person</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>All fields of action</translation>
    </message>
    <message>
        <source>Ohne Handlungsfeld</source>
        <translation>No field of action</translation>
    </message>
    <message>
        <source>Ziffer: Punkte eintragen und weiter · Tab, Pfeiltasten: bewegen · Entf: löschen · Eingabetaste: Zahl über 9</source>
        <translation>Digit: enter dots and move on · Tab, arrow keys: move · Del: clear · Enter: a number above 9</translation>
    </message>
    <message>
        <source>Punkte der Option tippen, Eingabetaste: speichern und nächste Option · Entf: löschen</source>
        <translation>Type the option’s dots, Enter: save and go to the next option · Del: clear</translation>
    </message>
    <message>
        <source>Verdeckt: Eingetragene Punkte erscheinen als ●.</source>
        <translation>Hidden: entered dots show as ●.</translation>
    </message>
    <message>
        <source>Er&amp;gebnis verdecken</source>
        <translation>Hide &amp;result</translation>
    </message>
    <message>
        <source>Er&amp;gebnis aufdecken</source>
        <translation>&amp;Reveal result</translation>
    </message>
    <message>
        <source>Ergebnis verdeckt

Mit „Ergebnis aufdecken“ zeigen Sie es allen.</source>
        <translation>Result hidden

“Reveal result” shows it to everyone.</translation>
    </message>
    <message>
        <source>{place}.</source>
        <translation>{place}.</translation>
    </message>
    <message>
        <source>Noch keine Optionen gewählt.</source>
        <translation>No options chosen yet.</translation>
    </message>
    <message>
        <source>Punktabfrage „{title}“ anlegen</source>
        <translation>Create dot vote “{title}”</translation>
    </message>
    <message>
        <source>Punktabfrage „{title}“ löschen</source>
        <translation>Delete dot vote “{title}”</translation>
    </message>
    <message>
        <source>Titel der Punktabfrage ändern</source>
        <translation>Change the title of the dot vote</translation>
    </message>
    <message>
        <source>Punkte je Person ändern</source>
        <translation>Change dots per person</translation>
    </message>
    <message>
        <source>Eingabeart ändern</source>
        <translation>Change how votes are entered</translation>
    </message>
    <message>
        <source>Ergebnis aufdecken</source>
        <translation>Reveal result</translation>
    </message>
    <message>
        <source>Ergebnis verdecken</source>
        <translation>Hide result</translation>
    </message>
    <message>
        <source>Option zur Abstimmung stellen</source>
        <translation>Put option to the vote</translation>
    </message>
    <message>
        <source>Option aus der Abstimmung nehmen</source>
        <translation>Take option out of the vote</translation>
    </message>
    <message>
        <source>Punkte eintragen</source>
        <translation>Enter dots</translation>
    </message>
    <message>
        <source>Summe eintragen</source>
        <translation>Enter total</translation>
    </message>
    <message>
        <source>&amp;Punktabfrage:</source>
        <translation>&amp;Dot vote:</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Diese Punktabfrage mit allen eingetragenen Punkten löschen (Strg+Z holt sie zurück)</source>
        <translation>Delete this dot vote with all dots entered (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>&amp;Neu:</source>
        <translation>&amp;New:</translation>
    </message>
    <message>
        <source>Titel einer neuen Punktabfrage</source>
        <translation>Title of a new dot vote</translation>
    </message>
    <message>
        <source>Titel der Punktabfrage</source>
        <translation>Title of the dot vote</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Eine Punktabfrage mit diesem Titel anlegen (Eingabetaste)</source>
        <translation>Create a dot vote with this title (Enter)</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Punkte &amp;je Person:</source>
        <translation>Dots &amp;per person:</translation>
    </message>
    <message>
        <source>&amp;Eingabe:</source>
        <translation>Entry &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Optionen zur Abstimmung:</source>
        <translation>&amp;Options to vote on:</translation>
    </message>
    <message>
        <source>Optionen nach Art filtern</source>
        <translation>Filter options by kind</translation>
    </message>
    <message>
        <source>Optionen nach Handlungsfeld filtern</source>
        <translation>Filter options by field of action</translation>
    </message>
    <message>
        <source>Karten und Cluster; Leertaste stellt zur Abstimmung</source>
        <translation>Cards and clusters; Space puts one to the vote</translation>
    </message>
    <message>
        <source>&amp;Stimmen:</source>
        <translation>Vote&amp;s:</translation>
    </message>
    <message>
        <source>Auch ab&amp;wesende Personen</source>
        <translation>Also &amp;absent people</translation>
    </message>
    <message>
        <source>Punkte je Person und Option</source>
        <translation>Dots per person and option</translation>
    </message>
    <message>
        <source>Punkte je Option</source>
        <translation>Dots per option</translation>
    </message>
    <message>
        <source>Ergebnis als Rangliste</source>
        <translation>Result as a ranked list</translation>
    </message>
    <message>
        <source>Platz</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Ergebnis als Balkendiagramm</source>
        <translation>Result as a bar chart</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Stärke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbaufähig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frage</source>
        <translation type="unfinished">Question</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entschuldigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abwesend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Hier moderieren Sie den Workshop: Teilnehmende, Tagesordnung, Kartenabfrage, Punktabfrage, Empfehlungen und den Maßnahmenplan.</source>
        <translation>Here you moderate the workshop: participants, agenda, card collection, dot voting, recommendations and the measures plan.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>Die automatische Sicherung ist fehlgeschlagen.

{reason}

Ihre Eingaben im Arbeitsbereich werden weiterhin gespeichert.</source>
        <translation>The automatic backup failed.

{reason}

Your entries in the workspace are still being saved.</translation>
    </message>
</context>
</TS>
