<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Selbstcheck Weltoffene Kommune und Workshop – offline. Freie Software unter der GNU General Public License, Version 3 oder später. © {year} Weltoffen Desktop</source>
        <translation>Self-check of an open municipality (Selbstcheck Weltoffene Kommune) and its workshop – offline. Free software under the GNU General Public License, version 3 or later. © {year} Weltoffen Desktop</translation>
    </message>
    <message>
        <source>Die Oberfläche nutzt Qt {qt} über PySide6 und Shiboken6; sie stehen unter der GNU Lesser General Public License, Version 3 (LGPL). Sie dürfen sie durch eigene, binärkompatible Versionen ersetzen, etwa selbst aus dem Quelltext gebaute: Die Bibliotheken liegen als einzelne Dateien in den Ordnern {qt_folder} (Qt), {pyside_folder} (PySide6) und {shiboken_folder} (Shiboken6); tauschen Sie dort die gleichnamigen Dateien aus. Den Quelltext genau dieser Versionen veröffentlicht The Qt Company unter download.qt.io und code.qt.io.</source>
        <translation>The interface uses Qt {qt} through PySide6 and Shiboken6, which are under the GNU Lesser General Public License, version 3 (LGPL). You may replace them with your own binary-compatible versions, for example ones you built from the source code: the libraries are separate files in the folders {qt_folder} (Qt), {pyside_folder} (PySide6) and {shiboken_folder} (Shiboken6); replace the files of the same name there. The Qt Company publishes the source code of exactly these versions at download.qt.io and code.qt.io.</translation>
    </message>
    <message>
        <source>siehe Text</source>
        <translation>see text</translation>
    </message>
    <message>
        <source>Für {name} ist auf diesem System kein Lizenztext vorhanden.</source>
        <translation>This system has no licence text for {name}.</translation>
    </message>
    <message>
        <source>Über Weltoffen Desktop</source>
        <translation>About Weltoffen Desktop</translation>
    </message>
    <message>
        <source>&amp;Mitgelieferte Komponenten und ihre Lizenzen:</source>
        <translation>&amp;Components shipped with the app and their licences:</translation>
    </message>
    <message>
        <source>Komponente</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Punkt.</source>
        <translation>Choose an item on the left.</translation>
    </message>
    <message>
        <source>Legen Sie links den ersten Tagesordnungspunkt an.</source>
        <translation>Add the first agenda item on the left.</translation>
    </message>
    <message>
        <source>Anhalten (F9)</source>
        <translation>Pause (F9)</translation>
    </message>
    <message>
        <source>Start (F9)</source>
        <translation>Start (F9)</translation>
    </message>
    <message>
        <source>{elapsed} / {planned}</source>
        <translation>{elapsed} / {planned}</translation>
    </message>
    <message>
        <source>überzogen um {time}</source>
        <translation>over time by {time}</translation>
    </message>
    <message>
        <source>noch {time}</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <source>ohne geplante Dauer</source>
        <translation>no planned duration</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt „{title}“ hinzufügen</source>
        <translation>Add agenda item “{title}”</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt „{title}“ umbenennen</source>
        <translation>Rename agenda item “{title}”</translation>
    </message>
    <message>
        <source>Geplante Dauer von „{title}“ ändern</source>
        <translation>Change the planned duration of “{title}”</translation>
    </message>
    <message>
        <source>Notizen zu „{title}“ ändern</source>
        <translation>Change the notes on “{title}”</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt „{title}“ verschieben</source>
        <translation>Move agenda item “{title}”</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt „{title}“ entfernen</source>
        <translation>Remove agenda item “{title}”</translation>
    </message>
    <message>
        <source>&amp;Neu:</source>
        <translation>&amp;New:</translation>
    </message>
    <message>
        <source>Titel des neuen Tagesordnungspunkts</source>
        <translation>Title of the new agenda item</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Geplante Minuten</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Geplante Dauer in Minuten (leer lassen: ohne Zeitplan)</source>
        <translation>Planned duration in minutes (leave empty: no schedule)</translation>
    </message>
    <message>
        <source>– min</source>
        <translation>– min</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Alt+↑/↓ verschieben · F2 bearbeiten · Entf entfernen · F9 Uhr starten/anhalten · Strg+F9 Uhr zurücksetzen</source>
        <translation>Alt+↑/↓ move · F2 edit · Del remove · F9 start/pause the clock · Ctrl+F9 reset the clock</translation>
    </message>
    <message>
        <source>Verstrichene Zeit</source>
        <translation>Elapsed time</translation>
    </message>
    <message>
        <source>N&amp;otizen – Verlauf der Diskussion (für das Verlaufsprotokoll):</source>
        <translation>N&amp;otes – course of the discussion (for the course minutes):</translation>
    </message>
    <message>
        <source>Notizen zum Tagesordnungspunkt</source>
        <translation>Notes on the agenda item</translation>
    </message>
</context>
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
    <name>CardsView</name>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{kind} (Strg+{number})</source>
        <translation>{kind} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>In Cluster legen … (Strg+K)</source>
        <translation>Put into cluster … (Ctrl+K)</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>{cards} Karten · {clustered} in Clustern</source>
        <translation>{cards} cards · {clustered} in clusters</translation>
    </message>
    <message>
        <source>Alle Karten</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>TOP {number}: {title}</source>
        <translation>Item {number}: {title}</translation>
    </message>
    <message>
        <source>Handlungsfeld: {name}</source>
        <translation>Field: {name}</translation>
    </message>
    <message>
        <source>{count} Karten</source>
        <translation>{count} cards</translation>
    </message>
    <message>
        <source>Art von {count} Karten ändern</source>
        <translation>Change the kind of {count} cards</translation>
    </message>
    <message>
        <source>Art der Karte „{text}“ ändern</source>
        <translation>Change the kind of card “{text}”</translation>
    </message>
    <message>
        <source>Karte „{text}“ hinzufügen</source>
        <translation>Add card “{text}”</translation>
    </message>
    <message>
        <source>Cluster „{name}“ anlegen</source>
        <translation>Create cluster “{name}”</translation>
    </message>
    <message>
        <source>{count} Karte(n) aus dem Cluster nehmen</source>
        <translation>Take {count} card(s) out of their cluster</translation>
    </message>
    <message>
        <source>{count} Karte(n) in Cluster „{name}“ legen</source>
        <translation>Put {count} card(s) into cluster “{name}”</translation>
    </message>
    <message>
        <source>Noch keine Cluster – legen Sie rechts oben einen an</source>
        <translation>No clusters yet – create one at the top right</translation>
    </message>
    <message>
        <source>&amp;0 Ohne Cluster</source>
        <translation>&amp;0 No cluster</translation>
    </message>
    <message>
        <source>{count} Einträge löschen</source>
        <translation>Delete {count} entries</translation>
    </message>
    <message>
        <source>Karte „{text}“ löschen</source>
        <translation>Delete card “{text}”</translation>
    </message>
    <message>
        <source>Cluster „{name}“ auflösen</source>
        <translation>Dissolve cluster “{name}”</translation>
    </message>
    <message>
        <source>Cluster „{name}“ umbenennen</source>
        <translation>Rename cluster “{name}”</translation>
    </message>
    <message>
        <source>Text der Karte „{text}“ ändern</source>
        <translation>Change the text of card “{text}”</translation>
    </message>
    <message>
        <source>Urheber der Karte „{text}“ ändern</source>
        <translation>Change who wrote card “{text}”</translation>
    </message>
    <message>
        <source>Kartenabfrage &amp;zu:</source>
        <translation>Cards for &amp;question:</translation>
    </message>
    <message>
        <source>Frage der Kartenabfrage</source>
        <translation>Question the cards answer</translation>
    </message>
    <message>
        <source>Text der neuen Karte</source>
        <translation>Text of the new card</translation>
    </message>
    <message>
        <source>Text der Karte – Eingabetaste fügt sie hinzu</source>
        <translation>Text of the card – Enter adds it</translation>
    </message>
    <message>
        <source>Von wem die Karte ist</source>
        <translation>Who wrote the card</translation>
    </message>
    <message>
        <source>von (freiwillig)</source>
        <translation>from (optional)</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Karten ohne Cluster, nach Art:</source>
        <translation>&amp;Cards without a cluster, by kind:</translation>
    </message>
    <message>
        <source>Karten ohne Cluster</source>
        <translation>Cards without a cluster</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;lusters:</translation>
    </message>
    <message>
        <source>Name des neuen Clusters</source>
        <translation>Name of the new cluster</translation>
    </message>
    <message>
        <source>Neuer Cluster – Name und Eingabetaste</source>
        <translation>New cluster – name and Enter</translation>
    </message>
    <message>
        <source>Cluster mit ihren Karten</source>
        <translation>Clusters with their cards</translation>
    </message>
    <message>
        <source>Strg+1…5 Art wählen (bei einer markierten Karte: ihre Art ändern) · Eingabe fügt hinzu · Strg+K in Cluster … · Karten mit der Maus in einen Cluster ziehen · F2 bearbeiten · Entf löschen</source>
        <translation>Ctrl+1…5 choose the kind (with a card selected: change its kind) · Enter adds · Ctrl+K into a cluster … · drag cards into a cluster with the mouse · F2 edit · Del delete</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Unterschrift.p12</source>
        <translation>Signature.p12</translation>
    </message>
    <message>
        <source>Die beiden Passphrasen stimmen nicht überein.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>Bitte geben Sie an, wo das Zertifikat gespeichert wird.</source>
        <translation>Please say where the certificate is to be saved.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Zertifikatsdatei (.p12 oder .pfx).</source>
        <translation>Please choose a certificate file (.p12 or .pfx).</translation>
    </message>
    <message>
        <source>Öffentliches Zertifikat gespeichert: {path}</source>
        <translation>Public certificate saved: {path}</translation>
    </message>
    <message>
        <source>Gemerkt: {path}&lt;br&gt;Geben Sie die Passphrase ein und wählen Sie „Prüfen und verwenden“, um es anzuzeigen und zu exportieren.</source>
        <translation>Remembered: {path}&lt;br&gt;Enter the passphrase and choose “Check and use” to show and export it.</translation>
    </message>
    <message>
        <source>Noch kein Zertifikat: Erstellen Sie eines oder wählen Sie ein vorhandenes.</source>
        <translation>No certificate yet: create one or choose an existing one.</translation>
    </message>
    <message>
        <source>Gültig vom {start} bis {end}</source>
        <translation>Valid from {start} to {end}</translation>
    </message>
    <message>
        <source>Selbst erstellt (nicht von einer Zertifizierungsstelle)</source>
        <translation>Self-made (not from a certification authority)</translation>
    </message>
    <message>
        <source>Fingerabdruck (SHA-256): {fingerprint}</source>
        <translation>Fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Datei: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Zertifikat speichern</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <source>Zertifikatsdateien (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Zertifikat (*.cer)</source>
        <translation>Certificate (*.cer)</translation>
    </message>
    <message>
        <source>Zertifikat als Text (*.pem)</source>
        <translation>Certificate as text (*.pem)</translation>
    </message>
    <message>
        <source>Öffentliches Zertifikat exportieren</source>
        <translation>Export public certificate</translation>
    </message>
    <message>
        <source>Zertifikat für Unterschriften</source>
        <translation>Certificate for signatures</translation>
    </message>
    <message>
        <source>Mit einem Zertifikat unterschreiben Sie Protokolle digital. Es liegt zusammen mit Ihrem privaten Schlüssel in einer Datei (.p12), die durch eine Passphrase geschützt ist. Die Passphrase wird nirgends gespeichert – merken Sie sie sich gut.</source>
        <translation>With a certificate you sign minutes digitally. It is kept together with your private key in a file (.p12) protected by a passphrase. The passphrase is not stored anywhere – make sure you remember it.</translation>
    </message>
    <message>
        <source>&amp;Neues Zertifikat</source>
        <translation>&amp;New certificate</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Vor- und Nachname der unterschreibenden Person</source>
        <translation>First and last name of the person who signs</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>z. B. Stadt Musterstadt (freiwillig)</source>
        <translation>e.g. City of Musterstadt (optional)</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>freiwillig</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>mindestens 12 Zeichen</source>
        <translation>at least 12 characters</translation>
    </message>
    <message>
        <source>Passphrase &amp;wiederholen:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>&amp;Speichern unter:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Zertifikat e&amp;rstellen</source>
        <translation>&amp;Create certificate</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Zertifikat</source>
        <translation>Existing cer&amp;tificate</translation>
    </message>
    <message>
        <source>Eine .p12- oder .pfx-Datei, z. B. von Ihrer Verwaltung. Die Anwendung merkt sich, wo sie liegt; die Datei bleibt, wo sie ist.</source>
        <translation>A .p12 or .pfx file, e.g. from your administration. The application remembers where it is; the file stays where it is.</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Dur&amp;chsuchen …</source>
        <translation>Bro&amp;wse …</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <source>&amp;Prüfen und verwenden</source>
        <translation>Chec&amp;k and use</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Öffentliches Zertifikat e&amp;xportieren …</source>
        <translation>E&amp;xport public certificate …</translation>
    </message>
    <message>
        <source>Empfänger sehen Ihre Unterschrift zunächst als „nicht durch eine Vertrauensliste bestätigt“: Ein selbst erstelltes Zertifikat hat keine Zertifizierungsstelle geprüft. Geben Sie Empfängern das öffentliche Zertifikat (.cer oder .pem) auf sicherem Weg – persönlich oder auf einem USB-Stick – oder lassen Sie sie den Fingerabdruck am Telefon mit Ihnen vergleichen. Wer es in seinem PDF-Programm als vertrauenswürdig einträgt (in Adobe Acrobat Reader: Einstellungen › Unterschriften › Identitäten und vertrauenswürdige Zertifikate), sieht Ihre Unterschrift danach als gültig. Die Datei enthält nichts Geheimes.</source>
        <translation>Recipients first see your signature as “not verified by a trust list”: no certification authority has checked a self-made certificate. Give recipients the public certificate (.cer or .pem) in a safe way – in person or on a USB stick – or let them compare the fingerprint with you on the phone. Whoever enters it as trusted in their PDF reader (in Adobe Acrobat Reader: Preferences › Signatures › Identities and Trusted Certificates) then sees your signature as valid. The file contains nothing secret.</translation>
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
    <name>DataSafety</name>
    <message>
        <source>Arbeitsbereich übernehmen?</source>
        <translation>Take over the workspace?</translation>
    </message>
    <message>
        <source>Übernehmen Sie ihn nur, wenn er dort sicher nicht mehr geöffnet ist: Änderungen, die dort danach noch gemacht werden, werden nicht gespeichert.</source>
        <translation>Only take it over if it is certainly no longer open there: changes made there afterwards will not be saved.</translation>
    </message>
    <message>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <source>dd.MM.yyyy, HH:mm:ss &apos;Uhr&apos;</source>
        <translation>yyyy-MM-dd, HH:mm:ss</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>„{name}“ wird auf den Stand der Sicherung vom {date} zurückgesetzt.

Der jetzige Stand wird nicht gelöscht: Er bleibt im selben Ordner als „{stem}.before-restore-&lt;Datum&gt;-&lt;Uhrzeit&gt;.weltoffen“ erhalten. Änderungen seit der Sicherung finden Sie nur noch dort.

Jetzt wiederherstellen?</source>
        <translation>“{name}” will be set back to the backup of {date}.

The current state is not deleted: it stays in the same folder as “{stem}.before-restore-&lt;date&gt;-&lt;time&gt;.weltoffen”. Changes made since the backup will only be there.

Restore now?</translation>
    </message>
    <message>
        <source>Sicherung vom {date} wiederhergestellt; der vorige Stand: {aside}</source>
        <translation>Backup of {date} restored; the previous state: {aside}</translation>
    </message>
    <message>
        <source>Verschlüsselte Kopien (*{suffix})</source>
        <translation>Encrypted copies (*{suffix})</translation>
    </message>
    <message>
        <source>Verschlüsselte Kopie speichern</source>
        <translation>Save encrypted copy</translation>
    </message>
    <message>
        <source>Die verschlüsselte Kopie wird geschrieben …</source>
        <translation>Writing the encrypted copy …</translation>
    </message>
    <message>
        <source>Verschlüsselte Kopie gespeichert: {path}</source>
        <translation>Encrypted copy saved: {path}</translation>
    </message>
    <message>
        <source>Verschlüsselte Kopie öffnen</source>
        <translation>Open encrypted copy</translation>
    </message>
    <message>
        <source>Entschlüsselten Arbeitsbereich speichern unter</source>
        <translation>Save the decrypted workspace as</translation>
    </message>
    <message>
        <source>Die Kopie wird entschlüsselt und geprüft …</source>
        <translation>Decrypting and checking the copy …</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>z. B. {date}</source>
        <translation>e.g. {date}</translation>
    </message>
    <message>
        <source>Kalender (F4)</source>
        <translation>Calendar (F4)</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>Strg+Eingabe: hinzufügen oder speichern · Entf: entfernen · Alt+↑/↓: verschieben · Tab: weiter</source>
        <translation>Ctrl+Enter: add or save · Del: remove · Alt+↑/↓: move · Tab: next</translation>
    </message>
    <message>
        <source>leer: keine Abstimmung</source>
        <translation>empty: no vote held</translation>
    </message>
    <message>
        <source>– ohne Handlungsfeld –</source>
        <translation>– no field of action –</translation>
    </message>
    <message>
        <source>– keiner –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>TOP {number}: {title}</source>
        <translation>Item {number}: {title}</translation>
    </message>
    <message>
        <source>Ohne Handlungsfeld</source>
        <translation>No field of action</translation>
    </message>
    <message>
        <source>ohne Abstimmung</source>
        <translation>no vote</translation>
    </message>
    <message>
        <source>Ja {yes} · Nein {no} · Enthaltung {abstain}</source>
        <translation>Yes {yes} · No {no} · Abstained {abstain}</translation>
    </message>
    <message>
        <source>Empfehlung bearbeiten</source>
        <translation>Edit recommendation</translation>
    </message>
    <message>
        <source>Neue Empfehlung</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Beschluss bearbeiten</source>
        <translation>Edit decision</translation>
    </message>
    <message>
        <source>Neuer Beschluss</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Empfehlung hinzufügen</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <source>Empfehlung ändern</source>
        <translation>Change recommendation</translation>
    </message>
    <message>
        <source>Beschluss hinzufügen</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Beschluss ändern</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <source>Empfehlung entfernen</source>
        <translation>Remove recommendation</translation>
    </message>
    <message>
        <source>Beschluss entfernen</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <source>Empfehlung verschieben</source>
        <translation>Move recommendation</translation>
    </message>
    <message>
        <source>Beschluss verschieben</source>
        <translation>Move decision</translation>
    </message>
    <message>
        <source>Handlungs&amp;empfehlungen je Handlungsfeld:</source>
        <translation>&amp;Recommendations per field of action:</translation>
    </message>
    <message>
        <source>Handlungsempfehlungen nach Handlungsfeld</source>
        <translation>Recommendations by field of action</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Handlungs&amp;feld:</source>
        <translation>Field of a&amp;ction:</translation>
    </message>
    <message>
        <source>E&amp;mpfehlung:</source>
        <translation>Reco&amp;mmendation:</translation>
    </message>
    <message>
        <source>Text der Empfehlung</source>
        <translation>Text of the recommendation</translation>
    </message>
    <message>
        <source>&amp;Neue Empfehlung</source>
        <translation>&amp;New recommendation</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Strg+Eingabe</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Be&amp;schlüsse im Wortlaut:</source>
        <translation>&amp;Decisions, word for word:</translation>
    </message>
    <message>
        <source>Beschlüsse</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Wortlaut</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Abstimmung</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>&amp;Tagesordnungspunkt:</source>
        <translation>A&amp;genda item:</translation>
    </message>
    <message>
        <source>&amp;Wortlaut:</source>
        <translation>&amp;Wording:</translation>
    </message>
    <message>
        <source>Wortlaut des Beschlusses</source>
        <translation>Wording of the decision</translation>
    </message>
    <message>
        <source>&amp;Ja / Nein / Enthaltung:</source>
        <translation>&amp;Yes / No / Abstained:</translation>
    </message>
    <message>
        <source>Ja-Stimmen</source>
        <translation>Yes votes</translation>
    </message>
    <message>
        <source>Nein-Stimmen</source>
        <translation>No votes</translation>
    </message>
    <message>
        <source>Enthaltungen</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Neue&amp;r Beschluss</source>
        <translation>New dec&amp;ision</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Zertifikat wählen</source>
        <translation>Choose certificate</translation>
    </message>
    <message>
        <source>Zertifikatsdateien (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
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
        <source>PDF unterschreiben</source>
        <translation>Sign PDF</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation>E&amp;xtras</translation>
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
        <source>&amp;Verschlüsselte Kopie öffnen …</source>
        <translation>Open &amp;encrypted copy …</translation>
    </message>
    <message>
        <source>Eine verschlüsselte Kopie entschlüsseln, als Arbeitsbereich speichern und öffnen</source>
        <translation>Decrypt an encrypted copy, save it as a workspace and open it</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>Restore &amp;backup …</translation>
    </message>
    <message>
        <source>Den Arbeitsbereich auf den Stand einer automatischen Sicherung zurücksetzen</source>
        <translation>Set the workspace back to one of its automatic backups</translation>
    </message>
    <message>
        <source>Verschlüsselt &amp;exportieren …</source>
        <translation>E&amp;xport encrypted …</translation>
    </message>
    <message>
        <source>Eine mit einer Passphrase verschlüsselte Kopie schreiben, z. B. für einen USB-Stick</source>
        <translation>Write a copy encrypted with a passphrase, e.g. for a USB stick</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>Einträge aus dem Arbeitsbereich eines anderen Laptops derselben Kommune übernehmen</source>
        <translation>Bring in records from another laptop&apos;s workspace of the same municipality</translation>
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
        <source>&amp;Zertifikat …</source>
        <translation>&amp;Certificate …</translation>
    </message>
    <message>
        <source>Ein Zertifikat für digitale Unterschriften erstellen oder wählen, und sein öffentliches Zertifikat für Empfänger exportieren</source>
        <translation>Create or choose a certificate for digital signatures, and export its public certificate for recipients</translation>
    </message>
    <message>
        <source>PDF &amp;unterschreiben …</source>
        <translation>&amp;Sign PDF …</translation>
    </message>
    <message>
        <source>Eine PDF-Datei digital unterschreiben, z. B. als zweite Person ein schon unterschriebenes Protokoll</source>
        <translation>Sign a PDF file digitally, e.g. as the second person signing minutes that are signed already</translation>
    </message>
    <message>
        <source>PDF-Signaturen &amp;prüfen …</source>
        <translation>&amp;Verify PDF signatures …</translation>
    </message>
    <message>
        <source>Zeigen, wer eine PDF-Datei wann unterschrieben hat und ob sie seitdem unverändert ist</source>
        <translation>Show who signed a PDF file when, and whether it is unchanged since</translation>
    </message>
    <message>
        <source>Ü&amp;ber Weltoffen Desktop</source>
        <translation>&amp;About Weltoffen Desktop</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Runde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Runden</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Befragte Person</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Befragte</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Antworten</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Konsens</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Konsens je Feld</source>
        <translation>Consensus per field</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Teilnehmende Person</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Tagesordnungspunkte</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Punktabfrage</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>Punktabfragen</source>
        <translation>Dot votes</translation>
    </message>
    <message>
        <source>Abstimmungsoption</source>
        <translation>Vote option</translation>
    </message>
    <message>
        <source>Abstimmungsoptionen</source>
        <translation>Vote options</translation>
    </message>
    <message>
        <source>Punkte einer Person</source>
        <translation>One person&apos;s dots</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Handlungsempfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Handlungsempfehlungen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Beschlüsse</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Punktwert</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Geplante Minuten</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Verfasst von</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Punkte je Person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <source>Je Person erfasst</source>
        <translation>Recorded per person</translation>
    </message>
    <message>
        <source>Aufgedeckt</source>
        <translation>Revealed</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Wortlaut</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Ja-Stimmen</source>
        <translation>Votes in favour</translation>
    </message>
    <message>
        <source>Nein-Stimmen</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Enthaltungen</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Hauptziel</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Anderen Arbeitsbereich wählen</source>
        <translation>Choose the other workspace</translation>
    </message>
    <message>
        <source>Bitte wählen Sie die Datei des anderen Laptops.</source>
        <translation>Please choose the other laptop&apos;s file.</translation>
    </message>
    <message>
        <source>Andere Kommune</source>
        <translation>Another municipality</translation>
    </message>
    <message>
        <source>Die andere Datei gehört zu „{theirs}“, dieser Arbeitsbereich zu „{mine}“. Zusammengeführt werden sollten nur Arbeitsbereiche derselben Kommune.

Trotzdem zusammenführen?</source>
        <translation>The other file belongs to “{theirs}”, this workspace to “{mine}”. Only workspaces of the same municipality should be merged.

Merge anyway?</translation>
    </message>
    <message>
        <source>… und {count} weitere</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Alles aus dieser Datei ist hier schon vorhanden.</source>
        <translation>Everything in this file is here already.</translation>
    </message>
    <message>
        <source>{new} neue Einträge kommen hinzu; {conflicts} Einträge wurden auf beiden Laptops verschieden geändert.</source>
        <translation>{new} new records come in; {conflicts} records were changed differently on the two laptops.</translation>
    </message>
    <message>
        <source>Aus „{file}“ ({municipality}): {summary}</source>
        <translation>From “{file}” ({municipality}): {summary}</translation>
    </message>
    <message>
        <source>Diese Einträge wurden hier und in der anderen Datei verschieden geändert. Wählen Sie je Eintrag, welche Fassung gilt. Vor dem Zusammenführen wird automatisch eine Sicherung angelegt.</source>
        <translation>These records were changed differently here and in the other file. Choose for each which version holds. A backup is made automatically before merging.</translation>
    </message>
    <message>
        <source>Keine Abweichungen: nichts zu entscheiden. Vor dem Zusammenführen wird automatisch eine Sicherung angelegt.</source>
        <translation>No conflicts: nothing to decide. A backup is made automatically before merging.</translation>
    </message>
    <message>
        <source>hier behalten</source>
        <translation>keep as here</translation>
    </message>
    <message>
        <source>aus der anderen Datei</source>
        <translation>from the other file</translation>
    </message>
    <message>
        <source>Es gilt für {entry}</source>
        <translation>What holds for {entry}</translation>
    </message>
    <message>
        <source>Nichts zusammenzuführen: alles ist schon hier.</source>
        <translation>Nothing to merge: everything is here already.</translation>
    </message>
    <message>
        <source>{added} Einträge hinzugefügt, {replaced} aus der anderen Datei übernommen, {kept} hier behalten.

Der Stand vor dem Zusammenführen ist gesichert:
{backup}</source>
        <translation>{added} records added, {replaced} taken from the other file, {kept} kept as here.

The state before merging is backed up:
{backup}</translation>
    </message>
    <message>
        <source>Arbeitsbereiche zusammenführen</source>
        <translation>Merge workspaces</translation>
    </message>
    <message>
        <source>Datei des anderen Laptops wählen</source>
        <translation>Choose the other laptop&apos;s file</translation>
    </message>
    <message>
        <source>Einträge aus einem anderen Arbeitsbereich derselben Kommune werden in diesen übernommen. Die andere Datei wird nur gelesen und nie verändert.</source>
        <translation>Records from another workspace of the same municipality are brought into this one. The other file is only read, never changed.</translation>
    </message>
    <message>
        <source>&amp;Anderer Arbeitsbereich:</source>
        <translation>&amp;Other workspace:</translation>
    </message>
    <message>
        <source>Anderer Arbeitsbereich</source>
        <translation>Other workspace</translation>
    </message>
    <message>
        <source>…/Kommune.weltoffen</source>
        <translation>…/Municipality.weltoffen</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Datei wird gelesen</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Einträge je Art</source>
        <translation>Records per kind</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gleich</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>abweichend</source>
        <translation>conflicting</translation>
    </message>
    <message>
        <source>Abweichungen</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Abweichende Einträge</source>
        <translation>Conflicting records</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Hier</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In der anderen Datei</source>
        <translation>In the other file</translation>
    </message>
    <message>
        <source>Es gilt</source>
        <translation>What holds</translation>
    </message>
    <message>
        <source>Überall &amp;hier behalten</source>
        <translation>Keep everything as &amp;here</translation>
    </message>
    <message>
        <source>Überall aus der &amp;anderen Datei</source>
        <translation>Everything from the &amp;other file</translation>
    </message>
    <message>
        <source>Zusammenführen läuft</source>
        <translation>Merging</translation>
    </message>
    <message>
        <source>Zusammengeführt</source>
        <translation>Merged</translation>
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
        <source>Der Arbeitsbereich ist geöffnet von {user} auf {host} seit {since}:
{path}

Sie können ihn bearbeiten, sobald er dort geschlossen ist.</source>
        <translation>The workspace is open by {user} on {host} since {since}:
{path}

You can edit it once it is closed there.</translation>
    </message>
    <message>
        <source>Der Arbeitsbereich ist noch als geöffnet markiert von {user} auf {host} seit {since}:
{path}

Von dort kam seit {minutes} Minuten kein Lebenszeichen – vermutlich ist der Computer ausgeschaltet oder die Anwendung wurde dort nicht ordnungsgemäß beendet.</source>
        <translation>The workspace is still marked as open by {user} on {host} since {since}:
{path}

There has been no sign of life from there for {minutes} minutes – the computer is probably switched off, or the app was not closed properly there.</translation>
    </message>
    <message>
        <source>Der Arbeitsbereich wurde von {user} auf {host} übernommen, während er hier geöffnet war (zum Beispiel im Ruhezustand):
{path}

Ihre letzte Änderung wurde nicht gespeichert. Der Arbeitsbereich wird hier geschlossen.</source>
        <translation>The workspace was taken over by {user} on {host} while it was open here (for example while this computer was asleep):
{path}

Your last change was not saved. The workspace is closed here.</translation>
    </message>
    <message>
        <source>diesem Computer ({host})</source>
        <translation>this computer ({host})</translation>
    </message>
    <message>
        <source>dd.MM.yyyy, HH:mm &apos;Uhr&apos;</source>
        <translation>yyyy-MM-dd, HH:mm</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Kommune ein.</source>
        <translation>Please enter the name of the municipality.</translation>
    </message>
    <message>
        <source>Das Logo muss ein PNG- oder JPEG-Bild sein.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Bitte geben Sie einen Namen für die Runde ein.</source>
        <translation>Please enter a name for the round.</translation>
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
        <source>In dieser Runde gibt es bereits eine befragte Person mit dieser Kennung.</source>
        <translation>This round already has a respondent with this code.</translation>
    </message>
    <message>
        <source>Diese befragte Person gibt es nicht (mehr).</source>
        <translation>This respondent does not exist (any more).</translation>
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
        <source>Der Name der Kommune darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The name of the municipality may be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Das Logo darf höchstens {limit} MB groß sein.</source>
        <translation>The logo may be at most {limit} MB in size.</translation>
    </message>
    <message>
        <source>Der Name der Runde darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The name of a round can be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Die Kennung darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The code can be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Der Bereich darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The department can be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Die Funktion darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The role can be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Ein Kommentar darf höchstens {limit} Zeichen lang sein.</source>
        <translation>A comment can be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Die Passphrase muss mindestens {limit} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {limit} characters long.</translation>
    </message>
    <message>
        <source>Diese Datei ist keine verschlüsselte Kopie von Weltoffen Desktop.</source>
        <translation>This file is not an encrypted copy made by Weltoffen Desktop.</translation>
    </message>
    <message>
        <source>Diese verschlüsselte Kopie wurde mit einer neueren Version von Weltoffen Desktop geschrieben. Bitte aktualisieren Sie die Anwendung, um sie zu öffnen.</source>
        <translation>This encrypted copy was written by a newer version of Weltoffen Desktop. Please update the app to open it.</translation>
    </message>
    <message>
        <source>Die Passphrase passt nicht zu dieser Kopie (oder der Anfang der Datei ist beschädigt).</source>
        <translation>The passphrase does not fit this copy (or the beginning of the file is damaged).</translation>
    </message>
    <message>
        <source>Die verschlüsselte Kopie ist beschädigt oder unvollständig (zum Beispiel nicht ganz auf den USB-Stick geschrieben). Es wurde nichts gespeichert.</source>
        <translation>The encrypted copy is damaged or incomplete (for example not completely written to the USB stick). Nothing was saved.</translation>
    </message>
    <message>
        <source>Die verschlüsselte Kopie enthält keinen Arbeitsbereich von Weltoffen Desktop. Es wurde nichts gespeichert.</source>
        <translation>The encrypted copy does not hold a Weltoffen Desktop workspace. Nothing was saved.</translation>
    </message>
    <message>
        <source>Ein Arbeitsbereich kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>A workspace cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Die andere Datei enthält beschädigte Einträge und kann nicht zusammengeführt werden. Es wurde nichts verändert.</source>
        <translation>The other file has damaged records and cannot be merged. Nothing was changed.</translation>
    </message>
    <message>
        <source>So kann nicht zusammengeführt werden; es wurde nichts verändert:</source>
        <translation>This cannot be merged as it is; nothing was changed:</translation>
    </message>
    <message>
        <source>den Titel des Workshops</source>
        <translation>the workshop&apos;s title</translation>
    </message>
    <message>
        <source>den Ort des Workshops</source>
        <translation>the workshop&apos;s place</translation>
    </message>
    <message>
        <source>den Namen der Moderation</source>
        <translation>the moderator&apos;s name</translation>
    </message>
    <message>
        <source>den Namen der Protokollführung</source>
        <translation>the minute-taker&apos;s name</translation>
    </message>
    <message>
        <source>den Namen der Sitzungsleitung</source>
        <translation>the chair&apos;s name</translation>
    </message>
    <message>
        <source>den Namen der teilnehmenden Person</source>
        <translation>the participant&apos;s name</translation>
    </message>
    <message>
        <source>die Organisation oder das Amt</source>
        <translation>the organisation or office</translation>
    </message>
    <message>
        <source>die Funktion</source>
        <translation>the function</translation>
    </message>
    <message>
        <source>den Titel des Tagesordnungspunkts</source>
        <translation>the agenda item&apos;s title</translation>
    </message>
    <message>
        <source>die Notizen zum Tagesordnungspunkt</source>
        <translation>the notes on the agenda item</translation>
    </message>
    <message>
        <source>den Namen des Clusters</source>
        <translation>the cluster&apos;s name</translation>
    </message>
    <message>
        <source>den Text der Karte</source>
        <translation>the card&apos;s text</translation>
    </message>
    <message>
        <source>den Namen, von wem die Karte ist</source>
        <translation>the name of who wrote the card</translation>
    </message>
    <message>
        <source>den Titel der Punktabfrage</source>
        <translation>the dot vote&apos;s title</translation>
    </message>
    <message>
        <source>den Text der Empfehlung</source>
        <translation>the recommendation&apos;s text</translation>
    </message>
    <message>
        <source>den Wortlaut des Beschlusses</source>
        <translation>the decision&apos;s wording</translation>
    </message>
    <message>
        <source>den Titel des Ziels</source>
        <translation>the goal&apos;s title</translation>
    </message>
    <message>
        <source>den Titel der Maßnahme</source>
        <translation>the measure&apos;s title</translation>
    </message>
    <message>
        <source>den Namen der verantwortlichen Person</source>
        <translation>the name of the person responsible</translation>
    </message>
    <message>
        <source>die Partner der Maßnahme</source>
        <translation>the measure&apos;s partners</translation>
    </message>
    <message>
        <source>die Ressourcen der Maßnahme</source>
        <translation>the measure&apos;s resources</translation>
    </message>
    <message>
        <source>den Indikator der Maßnahme</source>
        <translation>the measure&apos;s indicator</translation>
    </message>
    <message>
        <source>den Titel des Meilensteins</source>
        <translation>the milestone&apos;s title</translation>
    </message>
    <message>
        <source>Bitte geben Sie {what} ein.</source>
        <translation>Please enter {what}.</translation>
    </message>
    <message>
        <source>Bitte kürzen Sie {what} auf höchstens {limit} Zeichen.</source>
        <translation>Please shorten {what} to at most {limit} characters.</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine ganze Zahl im erlaubten Bereich ein.</source>
        <translation>Please enter a whole number in the allowed range.</translation>
    </message>
    <message>
        <source>Eine Angabe hat die falsche Form (Text, Zahl oder Datum).</source>
        <translation>A value has the wrong form (text, number or date).</translation>
    </message>
    <message>
        <source>Eine Angabe hat einen Wert, den es hier nicht gibt.</source>
        <translation>A value is not one of those allowed here.</translation>
    </message>
    <message>
        <source>Eine nötige Angabe fehlt.</source>
        <translation>A required value is missing.</translation>
    </message>
    <message>
        <source>Der Text enthält ein Steuerzeichen oder ein ungültiges Zeichen.</source>
        <translation>The text contains a control character or an invalid character.</translation>
    </message>
    <message>
        <source>Diese Art von Eintrag gibt es im Workshop nicht.</source>
        <translation>A workshop has no entries of this kind.</translation>
    </message>
    <message>
        <source>Der Eintrag gehört zu keinem Workshop.</source>
        <translation>The entry belongs to no workshop.</translation>
    </message>
    <message>
        <source>Diese Einträge haben keine Reihenfolge.</source>
        <translation>These entries have no order.</translation>
    </message>
    <message>
        <source>Dieses Handlungsfeld gibt es im Fragenkatalog nicht.</source>
        <translation>The question catalogue has no such field.</translation>
    </message>
    <message>
        <source>Diesen Eintrag gibt es nicht mehr – er wurde inzwischen gelöscht.</source>
        <translation>This entry no longer exists – it has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Dieser Eintrag gehört zu einem anderen Workshop.</source>
        <translation>This entry belongs to another workshop.</translation>
    </message>
    <message>
        <source>Ein Handlungsziel gehört zu einem Hauptziel; darunter gibt es keine weitere Ebene.</source>
        <translation>A sub-goal belongs to a main goal; there is no level below it.</translation>
    </message>
    <message>
        <source>Diese Karte oder dieser Cluster steht schon zur Abstimmung.</source>
        <translation>This card or cluster is already in the vote.</translation>
    </message>
    <message>
        <source>Zur Abstimmung steht jeweils genau eine Karte oder ein Cluster.</source>
        <translation>Each option of a vote is exactly one card or one cluster.</translation>
    </message>
    <message>
        <source>So viele Punkte hat diese Person nicht mehr: Die übrigen hat sie schon anderswo geklebt.</source>
        <translation>This person has no more dots than that: the others are already stuck elsewhere.</translation>
    </message>
    <message>
        <source>Diese Punktabfrage zählt nur Summen, keine Punkte je Person.</source>
        <translation>This dot vote counts totals only, not dots per person.</translation>
    </message>
    <message>
        <source>Die gelöschten Einträge lassen sich nicht zurückholen.</source>
        <translation>The deleted entries cannot be brought back.</translation>
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
    <message>
        <source>Den Zielordner gibt es nicht (mehr).</source>
        <translation>The target folder does not exist (any more).</translation>
    </message>
    <message>
        <source>Die Datei kann dort nicht geschrieben werden: Der Ordner ist schreibgeschützt, oder die Datei ist in einem anderen Programm geöffnet. Es wurde nichts verändert.</source>
        <translation>The file cannot be written there: the folder is read-only, or the file is open in another program. Nothing was changed.</translation>
    </message>
    <message>
        <source>Ein Zertifikat wird als .p12- oder .pfx-Datei gespeichert.</source>
        <translation>A certificate is saved as a .p12 or .pfx file.</translation>
    </message>
    <message>
        <source>Es gibt bereits eine Datei mit diesem Namen. Wählen Sie einen anderen Namen, oder bestätigen Sie das Ersetzen über „Durchsuchen …“.</source>
        <translation>A file with this name exists already. Choose another name, or confirm replacing it via “Browse …”.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der unterschreibenden Person ein.</source>
        <translation>Please enter the name of the person who signs.</translation>
    </message>
    <message>
        <source>Der Name darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The name may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>Die Organisation darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The organisation may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>Das ist keine E-Mail-Adresse wie name@beispiel.de.</source>
        <translation>That is not an e-mail address like name@example.org.</translation>
    </message>
    <message>
        <source>Die Passphrase für dieses Zertifikat stimmt nicht.</source>
        <translation>The passphrase for this certificate is not correct.</translation>
    </message>
    <message>
        <source>Die Zertifikatsdatei gibt es nicht (mehr).</source>
        <translation>The certificate file does not exist (any more).</translation>
    </message>
    <message>
        <source>Diese Datei ist keine Zertifikatsdatei (.p12 oder .pfx).</source>
        <translation>This file is not a certificate file (.p12 or .pfx).</translation>
    </message>
    <message>
        <source>Diese Datei enthält keinen privaten Schlüssel: Mit ihr kann man Unterschriften prüfen, aber nicht unterschreiben.</source>
        <translation>This file holds no private key: it can be used to check signatures, but not to sign.</translation>
    </message>
    <message>
        <source>Diese Datei enthält kein Zertifikat.</source>
        <translation>This file holds no certificate.</translation>
    </message>
    <message>
        <source>Mit dieser Art von Schlüssel kann nicht unterschrieben werden.</source>
        <translation>This kind of key cannot be used for signing.</translation>
    </message>
    <message>
        <source>Das Zertifikat ist abgelaufen. Bitte erstellen Sie ein neues.</source>
        <translation>The certificate has expired. Please create a new one.</translation>
    </message>
    <message>
        <source>Das Zertifikat ist noch nicht gültig. Stimmt die Uhr dieses Computers?</source>
        <translation>The certificate is not valid yet. Is this computer&apos;s clock right?</translation>
    </message>
    <message>
        <source>Dieses Zertifikat ist nicht für Unterschriften bestimmt.</source>
        <translation>This certificate is not meant for signatures.</translation>
    </message>
    <message>
        <source>Das öffentliche Zertifikat wird als .cer- oder .pem-Datei gespeichert.</source>
        <translation>The public certificate is saved as a .cer or .pem file.</translation>
    </message>
    <message>
        <source>Diese Datei ist kein Zertifikat (.cer oder .pem).</source>
        <translation>This file is not a certificate (.cer or .pem).</translation>
    </message>
    <message>
        <source>Die PDF-Datei gibt es nicht (mehr).</source>
        <translation>The PDF file does not exist (any more).</translation>
    </message>
    <message>
        <source>Diese Datei ist keine PDF-Datei.</source>
        <translation>This file is not a PDF file.</translation>
    </message>
    <message>
        <source>Die PDF-Datei ist beschädigt und kann nicht gelesen werden.</source>
        <translation>The PDF file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Die PDF-Datei ist verschlüsselt und kann nicht unterschrieben werden.</source>
        <translation>The PDF file is encrypted and cannot be signed.</translation>
    </message>
    <message>
        <source>Diese PDF-Datei kann nicht unterschrieben werden.</source>
        <translation>This PDF file cannot be signed.</translation>
    </message>
    <message>
        <source>Dieses Unterschriftsfeld ist schon unterschrieben.</source>
        <translation>This signature field is signed already.</translation>
    </message>
    <message>
        <source>Dieser Name ist für ein Unterschriftsfeld nicht möglich.</source>
        <translation>This name is not possible for a signature field.</translation>
    </message>
    <message>
        <source>Die Funktion im Stempel darf höchstens {limit} Zeichen lang sein.</source>
        <translation>The role in the stamp may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>Auf der letzten Seite ist kein Platz für eine weitere Unterschrift.</source>
        <translation>The last page has no room for another signature.</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>– min</source>
        <translation>– min</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Verlaufsprotokoll: zusätzlich der Verlauf jedes Tagesordnungspunkts (seine Notizen) und jede Karte im Wortlaut.</source>
        <translation>Minutes of proceedings: also the course of each agenda item (its notes) and every card in its wording.</translation>
    </message>
    <message>
        <source>Ergebnisprotokoll: Teilnehmende, Ergebnisse, Beschlüsse und Maßnahmen; die Karten zusammengefasst nach Clustern.</source>
        <translation>Results minutes: participants, results, decisions and measures; the cards summarised by cluster.</translation>
    </message>
    <message>
        <source>Legen Sie auf der Seite „Workshop“ einen Workshop an; hier entsteht dann sein Protokoll.</source>
        <translation>Create a workshop on the “Workshop” page; its minutes are made here.</translation>
    </message>
    <message>
        <source>Die Vorschau zeigt die Seiten, wie sie exportiert werden.</source>
        <translation>The preview shows the pages as they will be exported.</translation>
    </message>
    <message>
        <source>Seiten: {pages} – aktuell</source>
        <translation>Pages: {pages} – up to date</translation>
    </message>
    <message>
        <source>Die Vorschau ist nicht mehr aktuell: „Vorschau erstellen“ zeichnet sie neu.</source>
        <translation>The preview is out of date: “Create preview” draws it again.</translation>
    </message>
    <message>
        <source>Das Protokoll wird erstellt …</source>
        <translation>Making the minutes …</translation>
    </message>
    <message>
        <source>Seite {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>Ergebnisprotokoll</source>
        <translation>Results minutes</translation>
    </message>
    <message>
        <source>Verlaufsprotokoll</source>
        <translation>Minutes of proceedings</translation>
    </message>
    <message>
        <source>{path}
SHA-256: {sha}</source>
        <translation>{path}
SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Ordner für das Protokoll wählen</source>
        <translation>Choose a folder for the minutes</translation>
    </message>
    <message>
        <source>Gespeichert als „{name}“</source>
        <translation>Saved as “{name}”</translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht mehr (oder der Ordner ist gerade nicht erreichbar):
{path}</source>
        <translation>The file no longer exists (or its folder cannot be reached right now):
{path}</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Vorschau erstellen</source>
        <translation>Create &amp;preview</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>&amp;Unterschreiben …</source>
        <translation>&amp;Sign …</translation>
    </message>
    <message>
        <source>Signaturen &amp;prüfen …</source>
        <translation>&amp;Verify signatures …</translation>
    </message>
    <message>
        <source>E&amp;xportierte Fassungen:</source>
        <translation>E&amp;xported versions:</translation>
    </message>
    <message>
        <source>Exportiert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unterschreiben und Prüfen gelten der gewählten Fassung. Jede Fassung ist mit ihrer Prüfsumme (SHA-256) im Arbeitsbereich vermerkt.</source>
        <translation>Signing and verifying apply to the chosen version. Each version is noted in the workspace with its checksum (SHA-256).</translation>
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
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation / Amt</source>
        <translation>Organisation / office</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{present} anwesend · {excused} entschuldigt · {absent} abwesend · {total} insgesamt</source>
        <translation>{present} present · {excused} excused · {absent} absent · {total} in all</translation>
    </message>
    <message>
        <source>„{name}“ hinzufügen</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <source>Name von „{name}“ ändern</source>
        <translation>Change the name of “{name}”</translation>
    </message>
    <message>
        <source>Organisation von „{name}“ ändern</source>
        <translation>Change the organisation of “{name}”</translation>
    </message>
    <message>
        <source>Funktion von „{name}“ ändern</source>
        <translation>Change the function of “{name}”</translation>
    </message>
    <message>
        <source>Anwesenheit von „{name}“ ändern</source>
        <translation>Change the attendance of “{name}”</translation>
    </message>
    <message>
        <source>„{name}“ entfernen</source>
        <translation>Remove “{name}”</translation>
    </message>
    <message>
        <source>&amp;Neu:</source>
        <translation>&amp;New:</translation>
    </message>
    <message>
        <source>Name der ankommenden Person</source>
        <translation>Name of the person arriving</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation oder Amt</source>
        <translation>Organisation or office</translation>
    </message>
    <message>
        <source>Organisation / Amt</source>
        <translation>Organisation / office</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Die Person als anwesend eintragen (Eingabetaste)</source>
        <translation>Add the person as present (Enter)</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Eingabe oder F2 bearbeiten · Leertaste oder 1/2/3 Anwesenheit · Entf entfernen · Strg+Z rückgängig</source>
        <translation>Enter or F2 edit · Space or 1/2/3 attendance · Del remove · Ctrl+Z undo</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Verschlüsselt exportieren</source>
        <translation>Export encrypted</translation>
    </message>
    <message>
        <source>Wählen Sie eine Passphrase für die verschlüsselte Kopie von „{name}“. Mindestens {min} Zeichen – am besten ein Satz aus mehreren Wörtern. Bewahren Sie sie sicher auf: Ohne die Passphrase lässt sich die Kopie nicht mehr öffnen, von niemandem.</source>
        <translation>Choose a passphrase for the encrypted copy of “{name}”. At least {min} characters – best a sentence of several words. Keep it safe: without the passphrase nobody can open the copy.</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Verschlüsselte Kopie öffnen</source>
        <translation>Open encrypted copy</translation>
    </message>
    <message>
        <source>Passphrase für „{name}“:</source>
        <translation>Passphrase for “{name}”:</translation>
    </message>
    <message>
        <source>Die Passphrase passt nicht zu „{name}“. Bitte geben Sie sie erneut ein.</source>
        <translation>The passphrase does not fit “{name}”. Please enter it again.</translation>
    </message>
    <message>
        <source>&amp;Öffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Zu kurz: {count} von mindestens {min} Zeichen.</source>
        <translation>Too short: {count} of at least {min} characters.</translation>
    </message>
    <message>
        <source>Bitte wiederholen Sie die Passphrase genau gleich.</source>
        <translation>Please repeat the passphrase exactly.</translation>
    </message>
    <message>
        <source>Die Passphrase ist lang genug und stimmt überein.</source>
        <translation>The passphrase is long enough and both entries match.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Wiederholen:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Zeichen &amp;anzeigen</source>
        <translation>&amp;Show characters</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Ziel / Maßnahme</source>
        <translation>Goal / measure</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Suchen (Strg+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Titel – Eingabetaste legt an</source>
        <translation>Title – Enter creates it</translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Wählen Sie links ein Ziel oder eine Maßnahme, um es zu bearbeiten. Neue Einträge legen Sie oben bei „Neu“ an.</source>
        <translation>Choose a goal or measure on the left to edit it. Create new ones under “New” above.</translation>
    </message>
    <message>
        <source>Alt+N: neue Maßnahme · Tab: nächstes Feld (jedes wird beim Verlassen gespeichert) · Entf: entfernen · Strg+F: suchen · Strg+Z: rückgängig</source>
        <translation>Alt+N: new measure · Tab: next field (each is saved when you leave it) · Del: remove · Ctrl+F: search · Ctrl+Z: undo</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Handlungsziel</source>
        <translation>Action goal</translation>
    </message>
    <message>
        <source>Hauptziel</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <source>wie erfasst</source>
        <translation>as recorded</translation>
    </message>
    <message>
        <source>Fälligkeit</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Overdue</translation>
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
        <source>Alle Verantwortlichen</source>
        <translation>Everyone responsible</translation>
    </message>
    <message>
        <source>Ohne Verantwortliche</source>
        <translation>Nobody responsible</translation>
    </message>
    <message>
        <source>– ohne Ziel –</source>
        <translation>– no goal –</translation>
    </message>
    <message>
        <source>– keins: ein Hauptziel –</source>
        <translation>– none: a main goal –</translation>
    </message>
    <message>
        <source>– kein Handlungsfeld –</source>
        <translation>– no field of action –</translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>– oberste Ebene –</source>
        <translation>– top level –</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>noch offen</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Maßnahme „{title}“ anlegen</source>
        <translation>Create measure “{title}”</translation>
    </message>
    <message>
        <source>Ziel „{title}“ anlegen</source>
        <translation>Create goal “{title}”</translation>
    </message>
    <message>
        <source>Maßnahme „{title}“ entfernen</source>
        <translation>Remove measure “{title}”</translation>
    </message>
    <message>
        <source>Ziel „{title}“ entfernen</source>
        <translation>Remove goal “{title}”</translation>
    </message>
    <message>
        <source>Ziel „{title}“ ändern</source>
        <translation>Change goal “{title}”</translation>
    </message>
    <message>
        <source>Maßnahme „{title}“ ändern</source>
        <translation>Change measure “{title}”</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Datum. Bitte geben Sie es so ein wie {example} oder wählen Sie es mit F4 im Kalender.</source>
        <translation>“{text}” is not a date. Please type it like {example} or pick it from the calendar with F4.</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ hinzufügen</source>
        <translation>Add milestone “{title}”</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ ändern</source>
        <translation>Change milestone “{title}”</translation>
    </message>
    <message>
        <source>Meilenstein „{title}“ entfernen</source>
        <translation>Remove milestone “{title}”</translation>
    </message>
    <message>
        <source>&amp;Ebene:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>&amp;in:</translation>
    </message>
    <message>
        <source>&amp;Neu:</source>
        <translation>&amp;New:</translation>
    </message>
    <message>
        <source>Titel des neuen Eintrags</source>
        <translation>Title of the new entry</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Eingabetaste</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Nach Handlungsfeld filtern</source>
        <translation>Filter by field of action</translation>
    </message>
    <message>
        <source>Nach verantwortlicher Person filtern</source>
        <translation>Filter by responsible person</translation>
    </message>
    <message>
        <source>Text suchen</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>S&amp;ortierung:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <source>Maßnahmenplan: Hauptziele, Handlungsziele und Maßnahmen</source>
        <translation>Measures plan: main goals, action goals and measures</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Gehört &amp;zu:</source>
        <translation>Belongs to &amp;goal:</translation>
    </message>
    <message>
        <source>Handlun&amp;gsfeld:</source>
        <translation>Field of a&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Partner&amp;s:</translation>
    </message>
    <message>
        <source>Fä&amp;llig am:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>Re&amp;ssourcen:</source>
        <translation>Reso&amp;urces:</translation>
    </message>
    <message>
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Aus Karte:</source>
        <translation>From card:</translation>
    </message>
    <message>
        <source>Meilensteine:</source>
        <translation>Milestones:</translation>
    </message>
    <message>
        <source>Meilensteine der Maßnahme</source>
        <translation>Milestones of the measure</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Titel eines neuen Meilensteins</source>
        <translation>Title of a new milestone</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>Wählen Sie den Stand von „{name}“, zu dem Sie zurückkehren möchten. Der jetzige Stand wird dabei nicht gelöscht, sondern neben der Datei aufbewahrt.</source>
        <translation>Choose the state of “{name}” you want to go back to. The current state is not deleted but kept beside the file.</translation>
    </message>
    <message>
        <source>Für „{name}“ gibt es noch keine Sicherungen.</source>
        <translation>There are no backups of “{name}” yet.</translation>
    </message>
    <message>
        <source>Ordner der Sicherungen: {folder}</source>
        <translation>Backups folder: {folder}</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>&amp;Sicherungen, die neueste zuerst:</source>
        <translation>&amp;Backups, newest first:</translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Size</translation>
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
    <name>SignDialog</name>
    <message>
        <source>&amp;Unterschreiben</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <source>{field} – bereits unterschrieben</source>
        <translation>{field} – signed already</translation>
    </message>
    <message>
        <source>Neues Feld unten auf der letzten Seite</source>
        <translation>New field at the bottom of the last page</translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Protokollführung</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Bitte wählen Sie Ihr Zertifikat (.p12 oder .pfx).</source>
        <translation>Please choose your certificate (.p12 or .pfx).</translation>
    </message>
    <message>
        <source>Bitte geben Sie die Passphrase Ihres Zertifikats ein.</source>
        <translation>Please enter the passphrase of your certificate.</translation>
    </message>
    <message>
        <source>PDF unterschreiben</source>
        <translation>Sign PDF</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Zertifikat:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>.p12- oder .pfx-Datei</source>
        <translation>.p12 or .pfx file</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Unterschrift&amp;sfeld:</source>
        <translation>&amp;Signature field:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Steht im Stempel unter Ihrem Namen, z. B. Vorsitz oder Protokollführung</source>
        <translation>Shown in the stamp under your name, e.g. chair or minute-taker</translation>
    </message>
    <message>
        <source>Sprache des S&amp;tempels:</source>
        <translation>Stamp &amp;language:</translation>
    </message>
    <message>
        <source>Der sichtbare Stempel zeigt Ihren Namen, die Funktion, Datum und Uhrzeit. Die Zeit stammt von der Uhr dieses Computers – prüfen Sie, ob sie stimmt. Frühere Unterschriften bleiben gültig.</source>
        <translation>The visible stamp shows your name, the role, the date and the time. The time comes from this computer&apos;s clock – check that it is right. Earlier signatures stay valid.</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>✘ Diese Datei ist nicht unterschrieben.</source>
        <translation>✘ This file is not signed.</translation>
    </message>
    <message>
        <source>✔ Die Unterschrift ist in Ordnung: unverändert seit dem Unterschreiben, und sie umfasst das ganze Dokument.</source>
        <translation>✔ The signature is in order: unchanged since signing, and it covers the whole document.</translation>
    </message>
    <message>
        <source>✔ Alle {count} Unterschriften sind in Ordnung: unverändert seit dem Unterschreiben, und die letzte umfasst das ganze Dokument.</source>
        <translation>✔ All {count} signatures are in order: unchanged since signing, and the last one covers the whole document.</translation>
    </message>
    <message>
        <source>✘ Achtung: Das Dokument wurde nach dem Unterschreiben verändert, oder eine Unterschrift ist beschädigt. Verlassen Sie sich nicht auf diese Fassung.</source>
        <translation>✘ Caution: the document was changed after signing, or a signature is damaged. Do not rely on this version.</translation>
    </message>
    <message>
        <source>dd.MM.yyyy, HH:mm:ss &apos;Uhr&apos;</source>
        <translation>yyyy-MM-dd, HH:mm:ss</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein – verändert oder beschädigt</source>
        <translation>No – changed or damaged</translation>
    </message>
    <message>
        <source>Ganzes Dokument</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <source>Fassung davor; danach nur weitere Unterschriften</source>
        <translation>Version before; after it only further signatures</translation>
    </message>
    <message>
        <source>Nein – danach verändert</source>
        <translation>No – changed afterwards</translation>
    </message>
    <message>
        <source>nicht lesbar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>vertraut</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>selbst erstellt – nicht durch eine Vertrauensliste bestätigt</source>
        <translation>self-made – not verified by a trust list</translation>
    </message>
    <message>
        <source>nicht durch eine Vertrauensliste bestätigt</source>
        <translation>not verified by a trust list</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Protokollführung</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Diese Unterschrift kann nicht gelesen werden.</source>
        <translation>This signature cannot be read.</translation>
    </message>
    <message>
        <source>Zertifikat gültig vom {start} bis {end}</source>
        <translation>Certificate valid from {start} to {end}</translation>
    </message>
    <message>
        <source>Fingerabdruck (SHA-256): {fingerprint}</source>
        <translation>Fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unverändert&lt;/b&gt;: Die unterschriebenen Daten sind genau so wie beim Unterschreiben, und die Unterschrift passt zu ihnen. &lt;b&gt;Umfang&lt;/b&gt;: Die letzte Unterschrift muss das ganze Dokument umfassen; eine frühere umfasst die Fassung, die damals unterschrieben wurde – danach dürfen nur weitere Unterschriften hinzugekommen sein. &lt;b&gt;Zeitpunkt&lt;/b&gt;: laut der Uhr des Computers, auf dem unterschrieben wurde; kein Zeitstempeldienst hat ihn bestätigt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nicht durch eine Vertrauensliste bestätigt&lt;/b&gt; heißt: Keine Zertifizierungsstelle, der Ihr Computer vertraut, hat bestätigt, dass das Zertifikat wirklich der genannten Person gehört – bei selbst erstellten Zertifikaten ist das immer so. Die Unterschrift beweist trotzdem, dass das Dokument seit dem Unterschreiben unverändert ist. Um sicher zu sein, wer unterschrieben hat, lassen Sie sich von der Person ihr öffentliches Zertifikat (.cer oder .pem) auf sicherem Weg geben und wählen Sie es oben als vertrautes Zertifikat – oder vergleichen Sie den Fingerabdruck am Telefon mit ihr.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Unchanged&lt;/b&gt;: the signed data are exactly as they were when signed, and the signature matches them. &lt;b&gt;Coverage&lt;/b&gt;: the last signature must cover the whole document; an earlier one covers the version that was signed then – after it, only further signatures may have been added. &lt;b&gt;Time&lt;/b&gt;: by the clock of the computer on which it was signed; no time-stamp service has confirmed it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not verified by a trust list&lt;/b&gt; means: no certification authority that your computer trusts has confirmed that the certificate really belongs to the person named – with self-made certificates this is always so. The signature still proves that the document is unchanged since it was signed. To be sure who signed, get the person&apos;s public certificate (.cer or .pem) in a safe way and choose it above as a trusted certificate – or compare the fingerprint with them on the phone.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>PDF prüfen</source>
        <translation>Check PDF</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Vertrautes Zertifikat wählen</source>
        <translation>Choose trusted certificate</translation>
    </message>
    <message>
        <source>Zertifikate (*.cer *.crt *.der *.pem)</source>
        <translation>Certificates (*.cer *.crt *.der *.pem)</translation>
    </message>
    <message>
        <source>PDF-Signaturen prüfen</source>
        <translation>Check PDF signatures</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Eine PDF-Datei wählen</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <source>PDF &amp;wählen …</source>
        <translation>Choose &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Vertrautes Zertifikat:</source>
        <translation>&amp;Trusted certificate:</translation>
    </message>
    <message>
        <source>freiwillig: das Zertifikat (.cer/.pem), das Ihnen die unterschreibende Person gegeben hat</source>
        <translation>optional: the certificate (.cer/.pem) the signer gave you</translation>
    </message>
    <message>
        <source>&amp;Zertifikat wählen …</source>
        <translation>Choose &amp;certificate …</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>&amp;Unterschriften:</source>
        <translation>Signat&amp;ures:</translation>
    </message>
    <message>
        <source>Unterschriften</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Unterschrieben von</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Unverändert</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Umfang</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Zertifikat</source>
        <translation>Certificate</translation>
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
        <translation>Strength</translation>
    </message>
    <message>
        <source>Ausbaufähig</source>
        <translation>Needs work</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>abwesend</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In Arbeit</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Maßnahmen ohne Ziel</source>
        <translation>Measures without a goal</translation>
    </message>
    <message>
        <source>Hauptziel</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <source>Handlungsziel</source>
        <translation>Action goal</translation>
    </message>
    <message>
        <source>Maßnahmen, die keinem Ziel zugeordnet sind</source>
        <translation>Measures that belong to no goal</translation>
    </message>
    <message>
        <source>{name} (nicht unter den Teilnehmenden)</source>
        <translation>{name} (not among the participants)</translation>
    </message>
    <message>
        <source>Überfällig: fällig am {date}</source>
        <translation>Overdue: due on {date}</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Punktabfrage</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Empfehlungen und Beschlüsse</source>
        <translation>Recommendations and decisions</translation>
    </message>
    <message>
        <source>Maßnahmenplan</source>
        <translation>Measures plan</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>&amp;Rückgängig: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen: {what}</source>
        <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Öffnen Sie zuerst einen Arbeitsbereich.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <source>Noch kein Workshop in diesem Arbeitsbereich. Legen Sie mit „Neuer Workshop …“ oben rechts einen an.</source>
        <translation>No workshop in this workspace yet. Create one with “New workshop …” at the top right.</translation>
    </message>
    <message>
        <source>{participants} Teilnehmende · {agenda} Tagesordnungspunkte · {cards} Karten · {votes} Punktabfragen · {measures} Maßnahmen</source>
        <translation>{participants} participants · {agenda} agenda items · {cards} cards · {votes} dot votes · {measures} measures</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>„{round}“: noch keine Antworten.</source>
        <translation>“{round}”: no answers yet.</translation>
    </message>
    <message>
        <source>„{round}“ – gesamt Stufe {stage}: {name}</source>
        <translation>“{round}” – overall stage {stage}: {name}</translation>
    </message>
    <message>
        <source>Stufe {stage}</source>
        <translation>Stage {stage}</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>{stage} (Konsens)</source>
        <translation>{stage} (consensus)</translation>
    </message>
    <message>
        <source>Titel des Workshops ändern</source>
        <translation>Change the workshop&apos;s title</translation>
    </message>
    <message>
        <source>Datum des Workshops ändern</source>
        <translation>Change the workshop&apos;s date</translation>
    </message>
    <message>
        <source>Ort des Workshops ändern</source>
        <translation>Change the workshop&apos;s place</translation>
    </message>
    <message>
        <source>Beginn des Workshops ändern</source>
        <translation>Change the workshop&apos;s start</translation>
    </message>
    <message>
        <source>Ende des Workshops ändern</source>
        <translation>Change the workshop&apos;s end</translation>
    </message>
    <message>
        <source>Moderation ändern</source>
        <translation>Change the moderator</translation>
    </message>
    <message>
        <source>Protokollführung ändern</source>
        <translation>Change the minute-taker</translation>
    </message>
    <message>
        <source>Sitzungsleitung ändern</source>
        <translation>Change the chair</translation>
    </message>
    <message>
        <source>Selbstcheck-Runde des Workshops ändern</source>
        <translation>Change the workshop&apos;s self-check round</translation>
    </message>
    <message>
        <source>Neuer Workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Titel des Workshops:</source>
        <translation>Title of the workshop:</translation>
    </message>
    <message>
        <source>Workshop Weltoffene Kommune {year}</source>
        <translation>Workshop Weltoffene Kommune {year}</translation>
    </message>
    <message>
        <source>Workshop anlegen</source>
        <translation>Create workshop</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <source>Ne&amp;uer Workshop …</source>
        <translation>New &amp;workshop …</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Angaben zum Workshop</source>
        <translation>About the workshop</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Moderation:</source>
        <translation>&amp;Moderator:</translation>
    </message>
    <message>
        <source>&amp;Sitzungsleitung:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>&amp;Protokoll:</source>
        <translation>Minute-ta&amp;ker:</translation>
    </message>
    <message>
        <source>Selbstcheck-&amp;Runde:</source>
        <translation>Self-check &amp;round:</translation>
    </message>
    <message>
        <source>Ergebnisse des Selbstchecks</source>
        <translation>Results of the self-check</translation>
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
