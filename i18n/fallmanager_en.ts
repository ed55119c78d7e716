<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>ActorChooserDialog</name>
        <message>
            <source>Weitere Stelle einladen</source>
            <translation>Invite another organisation</translation>
        </message>
        <message>
            <source>&amp;Suchen im Netzwerk:</source>
            <translation>&amp;Search the network:</translation>
        </message>
        <message>
            <source>Name der Stelle</source>
            <translation>Name of the organisation</translation>
        </message>
        <message>
            <source>Stellen des Netzwerks</source>
            <translation>Organisations in the network</translation>
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <source>Akteur anlegen</source>
            <translation>Create actor</translation>
        </message>
        <message>
            <source>Eine Organisation des Helfersystems neu erfassen.</source>
            <translation>Record a new organisation of the helper network.</translation>
        </message>
        <message>
            <source>Akteur bearbeiten</source>
            <translation>Edit actor</translation>
        </message>
        <message>
            <source>Angaben zu „{name}“ ändern.</source>
            <translation>Change the details of “{name}”.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>A&amp;bteilung:</source>
            <translation>&amp;Department:</translation>
        </message>
        <message>
            <source>&amp;Straße:</source>
            <translation>&amp;Street:</translation>
        </message>
        <message>
            <source>&amp;PLZ:</source>
            <translation>&amp;Postcode:</translation>
        </message>
        <message>
            <source>&amp;Ort:</source>
            <translation>&amp;Town:</translation>
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>&amp;E-Mail:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>Noti&amp;zen:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.</source>
            <translation>Please enter an email address such as name@example.com.</translation>
        </message>
        <message>
            <source>Akteur wird gespeichert …</source>
            <translation>Saving actor …</translation>
        </message>
    </context>
    <context>
        <name>ActorInvolvementTableModel</name>
        <message>
            <source>Aktenzeichen</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>seit</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Akte abgeschlossen</source>
            <translation>File closed</translation>
        </message>
        <message>
            <source>Akte offen</source>
            <translation>File open</translation>
        </message>
    </context>
    <context>
        <name>ActorTableModel</name>
        <message>
            <source>Name</source>
            <extracomment>The value proxies sort by: strings compare locale-aware, numbers and dates numerically. The record id (uuid) of a row.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Abteilung</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Families</translation>
        </message>
        <message numerus="yes">
            <source>Beteiligt an %n Familienakte(n)</source>
            <translation>
                <numerusform>Involved in %n family file</numerusform>
                <numerusform>Involved in %n family files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Hinzufügen …</source>
            <extracomment>The topic to select once the next snapshot shows it (added or moved).</extracomment>
            <translation>Add &amp;topic …</translation>
        </message>
        <message>
            <source>Ä&amp;ndern …</source>
            <translation>&amp;Change …</translation>
        </message>
        <message>
            <source>&amp;Entfernen …</source>
            <translation>&amp;Remove …</translation>
        </message>
        <message>
            <source>Nach &amp;oben</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Nach &amp;unten</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Tagesordnung bearbeiten</source>
            <translation>Edit agenda</translation>
        </message>
        <message>
            <source>Tagesordnung</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Jede eingeladene Stelle sieht nur die Themen, für deren Daten die Familie eingewilligt hat. Prüfen Sie das unter „Einwilligungen prüfen“.</source>
            <translation>Each invited organisation sees only the topics whose data the family has consented to. Check this under “Check consents”.</translation>
        </message>
        <message>
            <source>Thema „{title}“ hinzufügen</source>
            <translation>Add topic “{title}”</translation>
        </message>
        <message>
            <source>Thema „{title}“ ändern</source>
            <translation>Change topic “{title}”</translation>
        </message>
        <message>
            <source>Thema „{title}“ von der Tagesordnung nehmen?</source>
            <translation>Remove topic “{title}” from the agenda?</translation>
        </message>
        <message numerus="yes">
            <source>Auch das Ergebnis und %n vereinbarte(r) Schritt(e) dazu werden entfernt.</source>
            <translation>
                <numerusform>Its result and %n agreed step will also be removed.</numerusform>
                <numerusform>Its result and %n agreed steps will also be removed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Thema entfernen</source>
            <translation>Remove topic</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Thema „{title}“ entfernen</source>
            <translation>Remove topic “{title}”</translation>
        </message>
        <message>
            <source>Thema „{title}“ nach oben</source>
            <translation>Move topic “{title}” up</translation>
        </message>
        <message>
            <source>Thema „{title}“ nach unten</source>
            <translation>Move topic “{title}” down</translation>
        </message>
    </context>
    <context>
        <name>AgreeDialog</name>
        <message>
            <source>Hilfeplan vereinbaren</source>
            <translation>Agree help plan</translation>
        </message>
        <message>
            <source>Mit der Vereinbarung gilt diese Version als der Hilfeplan der Familie. Ihr Inhalt bleibt danach unverändert; den Stand der Ziele und der Nachweise können Sie weiter erfassen. Änderungen am Inhalt gehen nur über eine Fortschreibung.</source>
            <translation>With the agreement, this version becomes the family's help plan. Its content then stays unchanged; you can still record the status of the goals and the evidence. Changes to the content are only possible through an update.</translation>
        </message>
        <message>
            <source>Die bisher vereinbarte Version wird damit abgelöst.</source>
            <translation>This supersedes the previously agreed version.</translation>
        </message>
        <message>
            <source>&amp;Vereinbart am:</source>
            <translation>Agreed &amp;on:</translation>
        </message>
        <message>
            <source>Verein&amp;baren</source>
            <translation>&amp;Agree</translation>
        </message>
    </context>
    <context>
        <name>BenefitDialog</name>
        <message>
            <source>Leistungsbezug erfassen</source>
            <translation>Record benefits</translation>
        </message>
        <message>
            <source>&amp;Leistung</source>
            <translation>&amp;Benefit</translation>
        </message>
    </context>
    <context>
        <name>BenefitModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Leistung</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>ganze Familie</source>
            <translation>whole family</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Notiz korrigieren</source>
            <translation>Correct note</translation>
        </message>
        <message>
            <source>&amp;Korrigierte Notiz</source>
            <translation>Note to &amp;correct</translation>
        </message>
        <message>
            <source>&amp;Richtiger Text</source>
            <translation>Correct &amp;text</translation>
        </message>
        <message>
            <source>Notiz hinzufügen</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>&amp;Bezug</source>
            <translation>&amp;Relates to</translation>
        </message>
        <message>
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>allgemeine Notiz (ohne Besuch)</source>
            <translation>general note (no visit)</translation>
        </message>
        <message>
            <source>Der Text ist unverändert.</source>
            <translation>The text is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>CaseWork</name>
        <message>
            <source>seit {start}</source>
            <translation>since {start}</translation>
        </message>
        <message>
            <source>bis {end}</source>
            <translation>until {end}</translation>
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
            <source>TT.MM.JJJJ</source>
            <translation>DD.MM.YYYY</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>Aus Katalog übernehmen</source>
            <extracomment>The goals created (parents before children). "Anpassen …": take one entry through the goal dialog: (CatalogueEntry, parent id).</extracomment>
            <translation>Add from catalogue</translation>
        </message>
        <message>
            <source>&amp;Suchen:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Katalog durchsuchen</source>
            <translation>Search catalogue</translation>
        </message>
        <message>
            <source>z. B. Schule, Pass, Deutschkurs</source>
            <translation>e.g. school, passport, German course</translation>
        </message>
        <message>
            <source>Katalog</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Ü&amp;bernehmen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Anpassen …</source>
            <translation>Ad&amp;just …</translation>
        </message>
        <message>
            <source>&amp;Eigenen Textbaustein anlegen …</source>
            <translation>&amp;Create own phrase …</translation>
        </message>
        <message>
            <source>Ziele des Projektberichts</source>
            <translation>Goals of the project report</translation>
        </message>
        <message>
            <source>Textbausteine: Ergebnisziele</source>
            <translation>Phrases: outcome goals</translation>
        </message>
        <message>
            <source>Textbausteine: Aktivitäten</source>
            <translation>Phrases: activities</translation>
        </message>
        <message>
            <source>ohne Lebensbereich</source>
            <translation>no life domain</translation>
        </message>
        <message>
            <source>Federführung: {lead}</source>
            <translation>Lead: {lead}</translation>
        </message>
        <message>
            <source>eigener Textbaustein</source>
            <translation>own phrase</translation>
        </message>
        <message>
            <source>Der Katalog wird geladen …</source>
            <translation>Loading catalogue …</translation>
        </message>
        <message>
            <source>Einträge auswählen (mit Strg oder Umschalt auch mehrere). Ein Rahmenziel bringt seine Ergebnisziele und Aktivitäten mit.</source>
            <translation>Select entries (hold Ctrl or Shift to select several). A framework goal brings its outcome goals and activities with it.</translation>
        </message>
        <message>
            <source>Ergebnisziele kommen unter ein Rahmenziel, Aktivitäten unter ein Ergebnisziel: bitte zuerst im Plan das passende Ziel auswählen.</source>
            <translation>Outcome goals go under a framework goal, activities under an outcome goal: please first select the matching goal in the plan.</translation>
        </message>
        <message numerus="yes">
            <source>%n neue(s) Rahmenziel(e)</source>
            <translation>
                <numerusform>%n new framework goal</numerusform>
                <numerusform>%n new framework goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Eintrag/Einträge unter „{parent}“</source>
            <translation>
                <numerusform>%n entry under “{parent}”</numerusform>
                <numerusform>%n entries under “{parent}”</numerusform>
            </translation>
        </message>
        <message>
            <source>Wird übernommen: </source>
            <translation>Will be added: </translation>
        </message>
        <message>
            <source>Textbaustein „{wording}“ anlegen</source>
            <translation>Create phrase “{wording}”</translation>
        </message>
    </context>
    <context>
        <name>CloseFamilyDialog</name>
        <message>
            <source>Akte schließen</source>
            <translation>Close file</translation>
        </message>
        <message>
            <source>Soll die Familienakte {case} geschlossen werden? Die Daten bleiben erhalten; die Aufbewahrungsfristen laufen ab dem Abschlussdatum.</source>
            <translation>Close family file {case}? The data is kept; the retention periods run from the closing date.</translation>
        </message>
        <message>
            <source>&amp;Abschlussdatum:</source>
            <translation>&amp;Closing date:</translation>
        </message>
        <message>
            <source>Abschlussdatum</source>
            <translation>Closing date</translation>
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <source>Akte &amp;schließen</source>
            <translation>Close &amp;file</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Versionen vergleichen</source>
            <translation>Compare versions</translation>
        </message>
        <message>
            <source>&amp;Von:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Mit:</source>
            <translation>&amp;With:</translation>
        </message>
        <message>
            <source>Ältere Version</source>
            <translation>Older version</translation>
        </message>
        <message>
            <source>Neuere Version</source>
            <translation>Newer version</translation>
        </message>
        <message>
            <source>Änderung</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Eintrag</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Was?</source>
            <translation>What?</translation>
        </message>
        <message>
            <source>Unterschiede</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>Es gibt nur eine Version.</source>
            <translation>There is only one version.</translation>
        </message>
        <message>
            <source>Bitte zwei verschiedene Versionen wählen.</source>
            <translation>Please choose two different versions.</translation>
        </message>
        <message>
            <source>Ziele und Aktivitäten</source>
            <translation>Goals and activities</translation>
        </message>
        <message>
            <source>Ressourcen und Bedarfe</source>
            <translation>Resources and needs</translation>
        </message>
        <message>
            <source>Voraussetzungen für den Aufenthalt</source>
            <translation>Requirements for residence</translation>
        </message>
        <message>
            <source>vorher: {text}</source>
            <translation>before: {text}</translation>
        </message>
        <message>
            <source>Zwischen den beiden Versionen gibt es keine Unterschiede.</source>
            <translation>There are no differences between the two versions.</translation>
        </message>
        <message numerus="yes">
            <source>%n Unterschied(e)</source>
            <translation>
                <numerusform>%n difference</numerusform>
                <numerusform>%n differences</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConferenceDialog</name>
        <message>
            <source>„{name}“ ist ein Name aus der Familie. In einer anonymisierten Fallbesprechung steht stattdessen die Rolle, z. B. „{role}“.</source>
            <extracomment>The initiator combo's data for the case manager (no actor).</extracomment>
            <translation>“{name}” is a name from the family. In an anonymised case discussion, the role is used instead, e.g. “{role}”.</translation>
        </message>
        <message>
            <source>„{name}“ ist ein Name aus der Familie. In einer anonymisierten Fallbesprechung stehen keine Namen, nur Rollen (z. B. „Mutter“, „Kind 1“).</source>
            <translation>“{name}” is a name from the family. An anonymised case discussion contains no names, only roles (e.g. “mother”, “child 1”).</translation>
        </message>
        <message>
            <source>Fallkonferenz planen</source>
            <translation>Plan case conference</translation>
        </message>
        <message>
            <source>Fallkonferenz ändern</source>
            <translation>Change case conference</translation>
        </message>
        <message>
            <source>&amp;Beginn:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>&amp;Dauer:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;Ort:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;Videolink:</source>
            <translation>&amp;Video link:</translation>
        </message>
        <message>
            <source>&amp;Initiiert von:</source>
            <translation>&amp;Initiated by:</translation>
        </message>
        <message>
            <source>&amp;Teilnehmende Stellen:</source>
            <translation>Participating &amp;organisations:</translation>
        </message>
        <message>
            <source>Aus der &amp;Familie:</source>
            <translation>From the &amp;family:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Fallkennung:</source>
            <translation>Case code:</translation>
        </message>
        <message>
            <source>Interne &amp;Notizen:</source>
            <translation>Internal &amp;notes:</translation>
        </message>
        <message>
            <source> Minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>z. B. Sozialamt, Raum 2.14</source>
            <translation>e.g. social welfare office, room 2.14</translation>
        </message>
        <message>
            <source>optional, für eine Teilnahme per Video</source>
            <translation>optional, for taking part by video</translation>
        </message>
        <message>
            <source>Weitere &amp;Stelle …</source>
            <translation>Another or&amp;ganisation …</translation>
        </message>
        <message>
            <source>Eine Stelle aus dem Netzwerk einladen, die mit der Familie noch nicht arbeitet</source>
            <translation>Invite an organisation from the network that does not yet work with the family</translation>
        </message>
        <message>
            <source>&amp;Anonymisierte Fallbesprechung</source>
            <translation>Anonymised &amp;case discussion</translation>
        </message>
        <message>
            <source>Ohne Namen, unter der Fallkennung: Es werden keine personenbezogenen Daten weitergegeben, darum ist keine Einwilligung nötig. Die Familie nimmt nicht teil.</source>
            <translation>Without names, under the case code: no personal data is shared, so no consent is needed. The family does not take part.</translation>
        </message>
        <message>
            <source>Unter dieser Kennung erscheint der Fall in Einladungen und Kalendern.</source>
            <translation>The case appears under this code in invitations and calendars.</translation>
        </message>
        <message>
            <source>Familienmitglieder, die an der Konferenz teilnehmen (optional)</source>
            <translation>Family members taking part in the conference (optional)</translation>
        </message>
        <message>
            <source>Fallmanagement</source>
            <translation>Case management</translation>
        </message>
    </context>
    <context>
        <name>ConferenceFormat</name>
        <message>
            <source>{date}, {start}–{end}</source>
            <extracomment>A conference is planned for this time of day unless the user chooses another.</extracomment>
            <translation>{date}, {start}–{end}</translation>
        </message>
        <message>
            <source>Fallkonferenz am {date}</source>
            <translation>Case conference on {date}</translation>
        </message>
        <message>
            <source>Fallkonferenz am {date}, {start}–{end}</source>
            <translation>Case conference on {date}, {start}–{end}</translation>
        </message>
        <message>
            <source>Fallmanagement</source>
            <translation>Case management</translation>
        </message>
        <message>
            <source>unbekannte Stelle</source>
            <translation>unknown organisation</translation>
        </message>
        <message>
            <source>ganze Familie</source>
            <translation>whole family</translation>
        </message>
        <message>
            <source>keine personenbezogenen Daten</source>
            <translation>no personal data</translation>
        </message>
        <message>
            <source>TOP {number}: {title}</source>
            <translation>Item {number}: {title}</translation>
        </message>
        <message>
            <source>{level}: {wording}</source>
            <translation>{level}: {wording}</translation>
        </message>
        <message>
            <source>anonymisiert – keine nötig</source>
            <translation>anonymised – none needed</translation>
        </message>
        <message>
            <source>keine Stellen eingeladen</source>
            <translation>no organisations invited</translation>
        </message>
        <message>
            <source>alle Teilnehmenden freigegeben</source>
            <translation>all participants cleared</translation>
        </message>
        <message>
            <source>%n gesperrt</source>
            <translation>%n blocked</translation>
        </message>
    </context>
    <context>
        <name>ConferenceListModel</name>
        <message>
            <source>Termin</source>
            <extracomment>Columns of the conference list. Columns of the agenda. Columns of the consent gate before the topics. Columns of the minutes' topics. Columns of the steps.</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Anonym.</source>
            <translation>Anon.</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Mindestens eine eingeladene Stelle darf nicht alle Themen sehen.</source>
            <translation>At least one invited organisation may not see all topics.</translation>
        </message>
    </context>
    <context>
        <name>ConferencesTab</name>
        <message>
            <source>Fallkonferenzen</source>
            <extracomment>The parts of a conference, in the order of their tabs. The widest the columns of the conference list get (longer texts are elided). Another tab of the family file should be shown ("consents"). The dialog (or question) opened last, while it is open.</extracomment>
            <translation>Case conferences</translation>
        </message>
        <message>
            <source>Fallkonferenz &amp;planen …</source>
            <translation>&amp;Plan case conference …</translation>
        </message>
        <message>
            <source>Ä&amp;ndern …</source>
            <translation>&amp;Change …</translation>
        </message>
        <message>
            <source>Als &amp;durchgeführt markieren</source>
            <translation>&amp;Mark as held</translation>
        </message>
        <message>
            <source>A&amp;bsagen</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>&amp;Wieder planen</source>
            <translation>Plan aga&amp;in</translation>
        </message>
        <message>
            <source>Entfe&amp;rnen …</source>
            <translation>&amp;Remove …</translation>
        </message>
        <message>
            <source>&amp;Einladungen und Tagesordnungen erstellen …</source>
            <translation>Cr&amp;eate invitations and agendas …</translation>
        </message>
        <message>
            <source>Protokoll dr&amp;ucken …</source>
            <translation>Print min&amp;utes …</translation>
        </message>
        <message>
            <source>Ergebnisb&amp;latt für die Familie …</source>
            <translation>Resu&amp;lts sheet for the family …</translation>
        </message>
        <message>
            <source>Tagesordnun&amp;g</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>Einwilligungen prü&amp;fen</source>
            <translation>Chec&amp;k consents</translation>
        </message>
        <message>
            <source>Pr&amp;otokoll</source>
            <translation>Minu&amp;tes</translation>
        </message>
        <message>
            <source>Teile der Fallkonferenz</source>
            <translation>Parts of the case conference</translation>
        </message>
        <message>
            <source>Fallkonferenzen der Familie</source>
            <translation>The family's case conferences</translation>
        </message>
        <message>
            <source>Angaben zur Fallkonferenz</source>
            <translation>Case conference details</translation>
        </message>
        <message>
            <source>Keine Fallkonferenz ausgewählt</source>
            <translation>No case conference selected</translation>
        </message>
        <message>
            <source>Wählen Sie links eine Fallkonferenz aus.</source>
            <translation>Select a case conference on the left.</translation>
        </message>
        <message>
            <source>Noch keine Fallkonferenz</source>
            <translation>No case conference yet</translation>
        </message>
        <message>
            <source>In einer Fallkonferenz besprechen die Stellen des Helfersystems mit Ihnen den Fall der Familie. Jede Stelle erfährt nur, wofür die Familie eingewilligt hat; ohne Einwilligung lässt sich der Fall anonymisiert besprechen. Die vereinbarten Schritte können Sie in den Hilfeplan übernehmen.</source>
            <translation>In a case conference, the organisations of the helper network discuss the family's case with you. Each organisation learns only what the family has consented to; without consent, the case can be discussed anonymously. You can add the agreed steps to the help plan.</translation>
        </message>
        <message>
            <source>Interne Notizen: {notes}</source>
            <translation>Internal notes: {notes}</translation>
        </message>
        <message>
            <source>Kennung {label}</source>
            <translation>Code {label}</translation>
        </message>
        <message>
            <source>Ort: {place}</source>
            <translation>Location: {place}</translation>
        </message>
        <message>
            <source>Video: {link}</source>
            <translation>Video: {link}</translation>
        </message>
        <message>
            <source>Initiiert von: {who}</source>
            <translation>Initiated by: {who}</translation>
        </message>
        <message>
            <source>Eingeladen: {actors}</source>
            <translation>Invited: {actors}</translation>
        </message>
        <message>
            <source>Aus der Familie: {names}</source>
            <translation>From the family: {names}</translation>
        </message>
        <message>
            <source>{title} planen</source>
            <translation>Plan {title}</translation>
        </message>
        <message>
            <source>{title} ändern</source>
            <translation>Change {title}</translation>
        </message>
        <message>
            <source>{title} als durchgeführt markieren</source>
            <translation>Mark {title} as held</translation>
        </message>
        <message>
            <source>{title} absagen</source>
            <translation>Cancel {title}</translation>
        </message>
        <message>
            <source>{title} wieder planen</source>
            <translation>Plan {title} again</translation>
        </message>
        <message>
            <source>{title} entfernen?</source>
            <translation>Remove {title}?</translation>
        </message>
        <message numerus="yes">
            <source>Auch die Tagesordnung (%n Thema/Themen) und das Protokoll werden entfernt.</source>
            <translation>
                <numerusform>The agenda (%n topic) and the minutes will also be removed.</numerusform>
                <numerusform>The agenda (%n topics) and the minutes will also be removed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Was daraus in den Hilfeplan übernommen wurde, bleibt dort erhalten.</source>
            <translation>Anything from it that was added to the help plan stays there.</translation>
        </message>
        <message>
            <source>Bereits versandte Unterlagen bleiben im Offenlegungsprotokoll verzeichnet.</source>
            <translation>Documents already sent remain recorded in the disclosure log.</translation>
        </message>
        <message>
            <source>Fallkonferenz entfernen</source>
            <translation>Remove case conference</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>{title} entfernen</source>
            <translation>Remove {title}</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Konflikte prüfen …</source>
            <extracomment>How many conflicts the notice names; "…" stands for the rest.</extracomment>
            <translation>Review conflicts …</translation>
        </message>
        <message>
            <source>1 Konflikt wartet auf Ihre Entscheidung: {fields}</source>
            <translation>1 conflict is awaiting your decision: {fields}</translation>
        </message>
        <message>
            <source>{n} Konflikte warten auf Ihre Entscheidung: {fields}</source>
            <translation>{n} conflicts are awaiting your decision: {fields}</translation>
        </message>
    </context>
    <context>
        <name>ConflictMarks</name>
        <message>
            <source>dieser Laptop</source>
            <extracomment>Put before a value that waits for a decision.</extracomment>
            <translation>this laptop</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Datensatz gelöscht</source>
            <translation>record deleted</translation>
        </message>
        <message>
            <source>(leer)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Konflikt – wartet auf Ihre Entscheidung:</source>
            <translation>Conflict – awaiting your decision:</translation>
        </message>
    </context>
    <context>
        <name>ConflictReviewDialog</name>
        <message>
            <source>Konflikte prüfen</source>
            <extracomment>A conflict was decided (its id).</extracomment>
            <translation>Review conflicts</translation>
        </message>
        <message>
            <source>Offene Konflikte</source>
            <translation>Open conflicts</translation>
        </message>
        <message>
            <source>Keine offenen Konflikte.</source>
            <translation>No open conflicts.</translation>
        </message>
        <message>
            <source>&amp;Meinen Wert behalten</source>
            <translation>&amp;Keep my value</translation>
        </message>
        <message>
            <source>&amp;Anderen Wert übernehmen</source>
            <translation>&amp;Accept the other value</translation>
        </message>
        <message>
            <source>&amp;Zusammengeführten Wert eingeben …</source>
            <translation>Enter a &amp;merged value …</translation>
        </message>
        <message>
            <source>Datensatz &amp;behalten</source>
            <translation>Keep the &amp;record</translation>
        </message>
        <message>
            <source>&amp;Löschen bestätigen</source>
            <translation>&amp;Confirm deletion</translation>
        </message>
        <message>
            <source>Ihre Entscheidung gilt sofort auf diesem Laptop und wird mit der nächsten Synchronisation an den Büroserver gesendet.</source>
            <translation>Your decision takes effect immediately on this laptop and will be sent to the office server with the next sync.</translation>
        </message>
        <message>
            <source>{record}: {field}</source>
            <translation>{record}: {field}</translation>
        </message>
        <message>
            <source>Mein Wert</source>
            <translation>My value</translation>
        </message>
        <message>
            <source>Wert von {user}</source>
            <translation>Value from {user}</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Wert:</source>
            <translation>Value:</translation>
        </message>
        <message>
            <source>Von:</source>
            <translation>By:</translation>
        </message>
        <message>
            <source>Geändert am:</source>
            <translation>Changed on:</translation>
        </message>
        <message>
            <source>Diesen Wert übernehmen</source>
            <translation>Accept this value</translation>
        </message>
        <message>
            <source>Dieser Konflikt wurde inzwischen schon entschieden.</source>
            <translation>This conflict has already been resolved in the meantime.</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Aktenzeichen</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Datensatz</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Erteilte Einwilligung erfassen</source>
            <translation>Record consent already given</translation>
        </message>
        <message>
            <source>Für eine Einwilligung, die schon unterschrieben oder mündlich vor Zeugen erteilt wurde.</source>
            <translation>For a consent that has already been signed or given orally in front of witnesses.</translation>
        </message>
        <message>
            <source>Einwilligung bearbeiten</source>
            <translation>Edit consent</translation>
        </message>
        <message>
            <source>Einwilligung vorbereiten</source>
            <translation>Prepare consent</translation>
        </message>
        <message>
            <source>Welche Stellen dürfen welche Daten über wen erhalten, und wofür? Danach das Formular drucken und die Erteilung erfassen, sobald es unterschrieben ist.</source>
            <translation>Which organisations may receive which data about whom, and what for? Then print the form and record the consent as given once it is signed.</translation>
        </message>
        <message>
            <source>&amp;Personen:</source>
            <translation>&amp;People:</translation>
        </message>
        <message>
            <source>&amp;Stellen:</source>
            <translation>&amp;Organisations:</translation>
        </message>
        <message>
            <source>Da&amp;ten:</source>
            <translation>Da&amp;ta:</translation>
        </message>
        <message>
            <source>Zwec&amp;ke:</source>
            <translation>Pu&amp;rposes:</translation>
        </message>
        <message>
            <source>Sprac&amp;he des Formulars:</source>
            <translation>&amp;Language of the form:</translation>
        </message>
        <message>
            <source>Dolmetsch&amp;ung:</source>
            <translation>&amp;Interpreter:</translation>
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>Über wen Daten weitergegeben werden dürfen</source>
            <translation>About whom data may be shared</translation>
        </message>
        <message>
            <source>Weitere Stelle suchen …</source>
            <translation>Search for another organisation …</translation>
        </message>
        <message>
            <source>Weitere Stelle aus dem Verzeichnis</source>
            <translation>Another organisation from the directory</translation>
        </message>
        <message>
            <source>Eine Dolmetscherin/ein Dolmetscher war dabei</source>
            <translation>An interpreter was present</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <source>Einwilligungsformular drucken</source>
            <translation>Print consent form</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Sprache des Formulars</source>
            <translation>Language of the form</translation>
        </message>
        <message>
            <source>Das Formular der Einwilligung vom {date} zum Unterschreiben. Jede gedruckte oder gespeicherte Fassung wird im Offenlegungsprotokoll vermerkt.</source>
            <translation>The form of the consent of {date}, for signing. Every printed or saved copy is noted in the disclosure log.</translation>
        </message>
        <message>
            <source>Einwilligungsformular als PDF speichern</source>
            <translation>Save consent form as PDF</translation>
        </message>
        <message>
            <source>Formular wird erstellt …</source>
            <translation>Creating form …</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormat</name>
        <message>
            <source>vorbereitet</source>
            <extracomment>A consent (or a grant) whose last day is this close counts as running out.</extracomment>
            <translation>prepared</translation>
        </message>
        <message>
            <source>erteilt</source>
            <translation>given</translation>
        </message>
        <message>
            <source>läuft ab</source>
            <translation>expiring</translation>
        </message>
        <message>
            <source>abgelaufen</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>widerrufen</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>teilweise widerrufen</source>
            <translation>partly withdrawn</translation>
        </message>
        <message>
            <source>Für {name} (minderjährig) ist keine sorgeberechtigte Person erfasst: Die Einwilligung gilt für {name} nicht.</source>
            <translation>No custody holder is recorded for {name} (minor): the consent does not apply to {name}.</translation>
        </message>
        <message>
            <source>Für {name} (minderjährig) willigen nicht alle Sorgeberechtigten ein (fehlt: {missing}): Die Einwilligung gilt für {name} so nicht.</source>
            <translation>Not all custody holders consent for {name} (minor) (missing: {missing}): as it stands, the consent does not apply to {name}.</translation>
        </message>
        <message>
            <source>{name} ist volljährig und muss selbst einwilligen: Die Einwilligung gilt für {name} so nicht.</source>
            <translation>{name} is an adult and must consent personally: as it stands, the consent does not apply to {name}.</translation>
        </message>
        <message>
            <source>Das Alter von {name} ist unklar: Es muss {name} selbst oder jede sorgeberechtigte Person einwilligen.</source>
            <translation>The age of {name} is unclear: either {name} personally or every custody holder must consent.</translation>
        </message>
    </context>
    <context>
        <name>ConsentGiving</name>
        <message>
            <source>Erteilt &amp;am:</source>
            <translation>Given o&amp;n:</translation>
        </message>
        <message>
            <source>Erteilt &amp;von:</source>
            <translation>Given b&amp;y:</translation>
        </message>
        <message>
            <source>F&amp;orm:</source>
            <translation>F&amp;orm:</translation>
        </message>
        <message>
            <source>&amp;Zeugin/Zeuge:</source>
            <translation>&amp;Witness:</translation>
        </message>
        <message>
            <source>&amp;Gültig bis:</source>
            <translation>Valid &amp;until:</translation>
        </message>
        <message>
            <source>bei mündlicher Einwilligung: wer war dabei</source>
            <translation>for oral consent: who was present</translation>
        </message>
        <message>
            <source>Volljährige willigen selbst ein, für Minderjährige alle Sorgeberechtigten.</source>
            <translation>Adults consent for themselves; for minors, all custody holders consent.</translation>
        </message>
        <message>
            <source>Der letzte Tag, an dem die Einwilligung gilt (Vorschlag: {months} Monate).</source>
            <translation>The last day on which the consent is valid (suggested: {months} months).</translation>
        </message>
    </context>
    <context>
        <name>ConsentTableModel</name>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Stellen</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Daten</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>erteilt am</source>
            <translation>given on</translation>
        </message>
        <message>
            <source>gültig bis</source>
            <translation>valid until</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>Einwilligungen</source>
            <extracomment>The dialog (or confirmation) opened last, while it is open.</extracomment>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Wer darf was bis wa&amp;nn erhalten</source>
            <translation>Who may receive what until whe&amp;n</translation>
        </message>
        <message>
            <source>Zurzeit darf keine Stelle Daten dieser Familie erhalten: Es gibt keine gültige, erteilte Einwilligung.</source>
            <translation>At present, no organisation may receive data about this family: there is no valid consent that has been given.</translation>
        </message>
        <message>
            <source>Wer darf was bis wann erhalten</source>
            <translation>Who may receive what until when</translation>
        </message>
        <message>
            <source>Einwilligungen der Fa&amp;milie</source>
            <translation>The fa&amp;mily's consents</translation>
        </message>
        <message>
            <source>Einwilligungen der Familie</source>
            <translation>The family's consents</translation>
        </message>
        <message>
            <source>Angaben zur gewählten Einwilligung</source>
            <translation>Details of the selected consent</translation>
        </message>
        <message>
            <source>Einwilligung &amp;vorbereiten …</source>
            <translation>&amp;Prepare consent …</translation>
        </message>
        <message>
            <source>Bearbei&amp;ten …</source>
            <translation>Edi&amp;t …</translation>
        </message>
        <message>
            <source>Formular dr&amp;ucken …</source>
            <translation>Print f&amp;orm …</translation>
        </message>
        <message>
            <source>&amp;Erteilung erfassen …</source>
            <translation>Record as &amp;given …</translation>
        </message>
        <message>
            <source>Direkt e&amp;rfassen …</source>
            <translation>Re&amp;cord directly …</translation>
        </message>
        <message>
            <source>Eine schon erteilte Einwilligung in einem Schritt erfassen</source>
            <translation>Record a consent that has already been given in one step</translation>
        </message>
        <message>
            <source>&amp;Widerrufen …</source>
            <translation>&amp;Withdraw …</translation>
        </message>
        <message>
            <source>Ent&amp;fernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Eine nur vorbereitete Einwilligung verwerfen</source>
            <translation>Discard a consent that has only been prepared</translation>
        </message>
        <message>
            <source>Eine Einwilligung auswählen, um alle Angaben zu sehen.</source>
            <translation>Select a consent to see all details.</translation>
        </message>
        <message>
            <source>Stand:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Vorbereitet am:</source>
            <translation>Prepared on:</translation>
        </message>
        <message>
            <source>{date} von {names} ({form})</source>
            <translation>{date} by {names} ({form})</translation>
        </message>
        <message>
            <source>Zeugin/Zeuge: {name}</source>
            <translation>Witness: {name}</translation>
        </message>
        <message>
            <source>Erteilt am:</source>
            <translation>Given on:</translation>
        </message>
        <message>
            <source>Gültig bis:</source>
            <translation>Valid until:</translation>
        </message>
        <message>
            <source>Personen:</source>
            <translation>People:</translation>
        </message>
        <message>
            <source>Stellen:</source>
            <translation>Organisations:</translation>
        </message>
        <message>
            <source>Daten:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Zwecke:</source>
            <translation>Purposes:</translation>
        </message>
        <message>
            <source>Sprache des Formulars:</source>
            <translation>Language of the form:</translation>
        </message>
        <message>
            <source>Dolmetschung:</source>
            <translation>Interpreter:</translation>
        </message>
        <message>
            <source>war dabei</source>
            <translation>was present</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Notizen:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Was vor einem Widerruf weitergegeben wurde, steht weiter im Offenlegungsprotokoll.</source>
            <translation>Anything shared before a withdrawal remains in the disclosure log.</translation>
        </message>
        <message>
            <source>Noch nicht erteilt: Formular drucken, unterschreiben lassen und dann „Erteilung erfassen …“.</source>
            <translation>Not given yet: print the form, have it signed and then choose “Record as given …”.</translation>
        </message>
        <message>
            <source>{date}: ganz widerrufen</source>
            <translation>{date}: fully withdrawn</translation>
        </message>
        <message>
            <source>Stellen: {names}</source>
            <translation>Organisations: {names}</translation>
        </message>
        <message>
            <source>Daten: {names}</source>
            <translation>Data: {names}</translation>
        </message>
        <message>
            <source>Zwecke: {names}</source>
            <translation>Purposes: {names}</translation>
        </message>
        <message>
            <source>{date}: teilweise widerrufen – {what}</source>
            <translation>{date}: partly withdrawn – {what}</translation>
        </message>
        <message>
            <source>(erklärt von {names})</source>
            <translation>(declared by {names})</translation>
        </message>
        <message>
            <source>Einwilligung vorbereiten</source>
            <translation>Prepare consent</translation>
        </message>
        <message>
            <source>Erteilte Einwilligung erfassen</source>
            <translation>Record consent already given</translation>
        </message>
        <message>
            <source>Einwilligung bearbeiten</source>
            <translation>Edit consent</translation>
        </message>
        <message>
            <source>Erteilung der Einwilligung erfassen</source>
            <translation>Record consent as given</translation>
        </message>
        <message>
            <source>Einwilligung entfernen</source>
            <translation>Remove consent</translation>
        </message>
        <message>
            <source>Die vorbereitete Einwilligung vom {date} verwerfen? Sie wurde noch nicht erteilt. Das lässt sich rückgängig machen.</source>
            <translation>Discard the prepared consent of {date}? It has not been given yet. This can be undone.</translation>
        </message>
    </context>
    <context>
        <name>ContactPersonDialog</name>
        <message>
            <source>Ansprechperson hinzufügen</source>
            <translation>Add contact person</translation>
        </message>
        <message>
            <source>Neue Ansprechperson bei „{actor}“.</source>
            <translation>New contact person at “{actor}”.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Funktion:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>&amp;E-Mail:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.</source>
            <translation>Please enter an email address such as name@example.com.</translation>
        </message>
        <message>
            <source>Ansprechperson wird gespeichert …</source>
            <translation>Saving contact person …</translation>
        </message>
    </context>
    <context>
        <name>ContactPersonTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Funktion</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
    </context>
    <context>
        <name>DataTransfer</name>
        <message>
            <source>Familienakten importieren</source>
            <translation>Import family files</translation>
        </message>
        <message>
            <source>Fallmanager-Austauschdateien (*.json);;Alle Dateien (*)</source>
            <translation>Fallmanager exchange files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Familienakten werden importiert …</source>
            <translation>Importing family files …</translation>
        </message>
        <message>
            <source>Import abgeschlossen</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>Neu: {created} · geändert: {updated} · unverändert: {unchanged} · wiederhergestellt: {restored}</source>
            <translation>New: {created} · changed: {updated} · unchanged: {unchanged} · restored: {restored}</translation>
        </message>
        <message>
            <source>Alle Familienakten exportieren</source>
            <translation>Export all family files</translation>
        </message>
        <message>
            <source>Die Exportdatei ist nicht verschlüsselt. Sie enthält alle Familienakten. Nur auf einem verschlüsselten Datenträger speichern. Fortfahren?</source>
            <translation>The export file is not encrypted. It contains all family files. Save it only on an encrypted drive. Continue?</translation>
        </message>
        <message>
            <source>Familienakten exportieren</source>
            <translation>Export family files</translation>
        </message>
        <message>
            <source>Fallmanager-Austauschdateien (*.json)</source>
            <translation>Fallmanager exchange files (*.json)</translation>
        </message>
        <message>
            <source>Familienakten werden exportiert …</source>
            <translation>Exporting family files …</translation>
        </message>
        <message numerus="yes">
            <source>%n Einträge exportiert.</source>
            <translation>
                <numerusform>%n record exported.</numerusform>
                <numerusform>%n records exported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sicherung anlegen</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <source>Fallmanager-Sicherungen (*.fmbackup)</source>
            <translation>Fallmanager backups (*.fmbackup)</translation>
        </message>
        <message>
            <source>Sicherung wird angelegt …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <source>Die Sicherung ist angelegt und geprüft. Sie ist verschlüsselt.</source>
            <translation>The backup has been created and verified. It is encrypted.</translation>
        </message>
        <message>
            <source>Fallmanager</source>
            <translation>Fallmanager</translation>
        </message>
        <message>
            <source>Die Datei ist zu groß für einen Import (höchstens 2 GB).</source>
            <translation>The file is too large to import (at most 2 GB).</translation>
        </message>
        <message>
            <source>Die Datei wurde nicht gefunden.</source>
            <translation>The file was not found.</translation>
        </message>
        <message>
            <source>Keine Berechtigung für diese Datei oder diesen Ordner.</source>
            <translation>No permission for this file or folder.</translation>
        </message>
        <message>
            <source>Die Datei konnte nicht gelesen oder geschrieben werden.</source>
            <translation>The file could not be read or written.</translation>
        </message>
    </context>
    <context>
        <name>DeviceRevokedDialog</name>
        <message>
            <source>Laptop abgemeldet</source>
            <extracomment>The user confirmed erasing the vault.</extracomment>
            <translation>Laptop signed out</translation>
        </message>
        <message>
            <source>Dieser Laptop wurde vom Büroserver abgemeldet. Die Fallakten auf diesem Laptop werden gelöscht.</source>
            <translation>This laptop has been signed out of the office server. The family files on this laptop will be deleted.</translation>
        </message>
        <message>
            <source>Die nicht gesendeten Änderungen konnten nicht gelesen werden.</source>
            <translation>The unsent changes could not be read.</translation>
        </message>
        <message>
            <source>Diese Änderungen wurden noch nicht an den Büroserver gesendet. Exportieren Sie die Liste, damit sie im Büro nachgetragen werden können (die Datei ist nicht verschlüsselt).</source>
            <translation>These changes have not yet been sent to the office server. Export the list so that they can be entered at the office later (the file is not encrypted).</translation>
        </message>
        <message>
            <source>Alle Änderungen dieses Laptops sind beim Büroserver angekommen.</source>
            <translation>All changes from this laptop have reached the office server.</translation>
        </message>
        <message>
            <source>Nicht gesendete Änderungen &amp;exportieren …</source>
            <translation>&amp;Export unsent changes …</translation>
        </message>
        <message>
            <source>Tresor &amp;löschen</source>
            <translation>&amp;Delete vault</translation>
        </message>
        <message>
            <source>Nicht gesendete Änderungen exportieren</source>
            <translation>Export unsent changes</translation>
        </message>
        <message>
            <source>JSON-Dateien (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>{count} Änderungen exportiert nach {file}.</source>
            <translation>{count} changes exported to {file}.</translation>
        </message>
        <message>
            <source>Eine Änderung exportiert nach {file}.</source>
            <translation>One change exported to {file}.</translation>
        </message>
        <message>
            <source>Tresor löschen</source>
            <translation>Delete vault</translation>
        </message>
        <message>
            <source>Alle Fallakten auf diesem Laptop werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden. Jetzt löschen?</source>
            <translation>All family files on this laptop will be permanently deleted. This cannot be undone. Delete now?</translation>
        </message>
    </context>
    <context>
        <name>DisclosedDocumentDialog</name>
        <message>
            <source>Als &amp;PDF speichern …</source>
            <extracomment>A copy left the application and was logged (its Disclosure).</extracomment>
            <translation>&amp;Save as PDF …</translation>
        </message>
        <message>
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <source>Gespeichert und protokolliert: {path}</source>
            <translation>Saved and logged: {path}</translation>
        </message>
        <message>
            <source>Gedruckt und protokolliert.</source>
            <translation>Printed and logged.</translation>
        </message>
    </context>
    <context>
        <name>DisclosureTableModel</name>
        <message>
            <source>Datum/Zeit</source>
            <translation>Date/time</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Empfänger</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Daten</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>anonymisiert</source>
            <translation>anonymised</translation>
        </message>
        <message>
            <source>Weg</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Akte</source>
            <translation>File</translation>
        </message>
        <message>
            <source>erteilt am {date}</source>
            <translation>given on {date}</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>DisclosuresTab</name>
        <message>
            <source>Offenlegungen</source>
            <translation>Disclosures</translation>
        </message>
        <message>
            <source>Jedes Dokument, das die Anwendung verlassen hat: wann, was, an wen, welche Daten über wen und unter welchen Einwilligungen. Die Einträge bleiben unverändert.</source>
            <translation>Every document that has left the application: when, what, to whom, which data about whom and under which consents. The entries stay unchanged.</translation>
        </message>
        <message>
            <source>Als &amp;PDF exportieren …</source>
            <translation>Export as &amp;PDF …</translation>
        </message>
        <message>
            <source>Das Protokoll für eine Auskunft an die Familie (wird selbst protokolliert)</source>
            <translation>The log for a subject access request by the family (the export itself is logged)</translation>
        </message>
        <message>
            <source>Noch wurde kein Dokument dieser Familie weitergegeben.</source>
            <translation>No document of this family has been shared yet.</translation>
        </message>
        <message>
            <source>Offenlegungsprotokoll</source>
            <translation>Disclosure log</translation>
        </message>
        <message>
            <source>Offenlegungsprotokoll als PDF exportieren</source>
            <translation>Export disclosure log as PDF</translation>
        </message>
        <message>
            <source>Offenlegungsprotokoll wird erstellt …</source>
            <translation>Creating disclosure log …</translation>
        </message>
        <message>
            <source>Exportiert: {path}</source>
            <translation>Exported: {path}</translation>
        </message>
    </context>
    <context>
        <name>DropReasonDialog</name>
        <message>
            <source>Ziel entfällt</source>
            <translation>Goal dropped</translation>
        </message>
        <message>
            <source>Warum entfällt „{wording}“?</source>
            <translation>Why is “{wording}” dropped?</translation>
        </message>
        <message>
            <source>&amp;Grund</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>DuplicateCandidatesModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Alter</source>
            <translation>Age</translation>
        </message>
    </context>
    <context>
        <name>DuplicatePairModel</name>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>mögliche Dublette</source>
            <translation>possible duplicate</translation>
        </message>
    </context>
    <context>
        <name>EmploymentDialog</name>
        <message>
            <source>Beschäftigung erfassen</source>
            <translation>Record employment</translation>
        </message>
        <message>
            <source>&amp;Arbeitgeber</source>
            <translation>&amp;Employer</translation>
        </message>
        <message>
            <source>&amp;Tätigkeit</source>
            <translation>&amp;Job</translation>
        </message>
        <message>
            <source>&amp;Stunden pro Woche</source>
            <translation>&amp;Hours per week</translation>
        </message>
        <message>
            <source>&amp;Lebensunterhalt</source>
            <translation>&amp;Living costs</translation>
        </message>
        <message>
            <source>keine Angabe</source>
            <translation>not specified</translation>
        </message>
        <message>
            <source>wird (überwiegend) gesichert</source>
            <translation>(mainly) covered</translation>
        </message>
    </context>
    <context>
        <name>EmploymentModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Arbeitgeber</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Tätigkeit</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>Std./Woche</source>
            <translation>Hrs/week</translation>
        </message>
        <message>
            <source>Sichert Lebensunterhalt</source>
            <translation>Covers living costs</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
    </context>
    <context>
        <name>EndInvolvementDialog</name>
        <message>
            <source>Beteiligung von „{name}“ beenden</source>
            <translation>End involvement of “{name}”</translation>
        </message>
        <message>
            <source>&amp;Beendet am</source>
            <translation>&amp;Ended on</translation>
        </message>
        <message>
            <source>Beendet am</source>
            <translation>Ended on</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Laptop am Büroserver anmelden</source>
            <extracomment>Longest device name the server keeps. The laptop was enrolled (:class:`EnrolmentInfo`). The laptop left the office server.</extracomment>
            <translation>Enrol laptop at the office server</translation>
        </message>
        <message>
            <source>Die Verwaltung gibt Ihnen die Adresse des Büroservers, einen Anmeldecode (nur einmal gültig) und den Fingerabdruck des Servers.</source>
            <translation>Your administrator will give you the office server's address, a one-time code (valid for a single use only) and the server's fingerprint.</translation>
        </message>
        <message>
            <source>&amp;Adresse des Büroservers:</source>
            <translation>Office server &amp;address:</translation>
        </message>
        <message>
            <source>Anmelde&amp;code:</source>
            <translation>One-time co&amp;de:</translation>
        </message>
        <message>
            <source>&amp;Name dieses Laptops:</source>
            <translation>&amp;Name of this laptop:</translation>
        </message>
        <message>
            <source>https://server.amt.example:8443</source>
            <translation>https://server.amt.example:8443</translation>
        </message>
        <message>
            <source>XXXX-XXXX-XXXX</source>
            <translation>XXXX-XXXX-XXXX</translation>
        </message>
        <message>
            <source>&amp;Verbinden</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <source>Fingerabdruck des Büroservers</source>
            <translation>Office server fingerprint</translation>
        </message>
        <message>
            <source>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die Verwaltung gegeben hat. Stimmt auch nur ein Zeichen nicht, melden Sie den Laptop nicht an.</source>
            <translation>Compare this fingerprint with the one your administrator gave you. If even a single character differs, do not enrol the laptop.</translation>
        </message>
        <message>
            <source>Fingerabdruck stimmt &amp;überein</source>
            <translation>Fingerprint &amp;matches</translation>
        </message>
        <message>
            <source>A&amp;nmelden</source>
            <translation>&amp;Enrol</translation>
        </message>
        <message>
            <source>Ab&amp;melden …</source>
            <translation>&amp;Leave server …</translation>
        </message>
        <message>
            <source>Nach dem Abmelden synchronisiert dieser Laptop nicht mehr. Nicht gesendete Änderungen bleiben auf dem Laptop.</source>
            <translation>After leaving the server, this laptop will no longer sync. Unsent changes stay on the laptop.</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>noch nie</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Dieser Laptop ist am Büroserver angemeldet.</source>
            <translation>This laptop is enrolled at the office server.</translation>
        </message>
        <message>
            <source>Server: {url}</source>
            <translation>Server: {url}</translation>
        </message>
        <message>
            <source>Angemeldet als: {user}</source>
            <translation>Enrolled as: {user}</translation>
        </message>
        <message>
            <source>Angemeldet seit: {date}</source>
            <translation>Enrolled since: {date}</translation>
        </message>
        <message>
            <source>Zuletzt synchronisiert: {date}</source>
            <translation>Last synced: {date}</translation>
        </message>
        <message>
            <source>Fingerabdruck:</source>
            <translation>Fingerprint:</translation>
        </message>
        <message>
            <source>Bitte die Adresse des Büroservers vollständig eingeben, z. B. https://server.amt.example:8443.</source>
            <translation>Please enter the full address of the office server, e.g. https://server.amt.example:8443.</translation>
        </message>
        <message>
            <source>Der Anmeldecode hat drei Gruppen aus je vier Buchstaben oder Ziffern, z. B. K7QM-2XTA-9PLD.</source>
            <translation>The one-time code consists of three groups of four letters or digits, e.g. K7QM-2XTA-9PLD.</translation>
        </message>
        <message>
            <source>Bitte einen Namen für diesen Laptop eingeben.</source>
            <translation>Please enter a name for this laptop.</translation>
        </message>
        <message>
            <source>Verbindung zum Büroserver …</source>
            <translation>Connecting to the office server …</translation>
        </message>
        <message>
            <source>Unter dieser Adresse ist kein Büroserver erreichbar. Bitte prüfen Sie die Adresse und ob der Laptop im Netz des Amtes ist.</source>
            <translation>No office server can be reached at this address. Please check the address and whether the laptop is connected to the office network.</translation>
        </message>
        <message>
            <source>Unter dieser Adresse antwortet kein Fallmanager-Büroserver.</source>
            <translation>No Fallmanager office server is responding at this address.</translation>
        </message>
        <message>
            <source>Laptop wird angemeldet …</source>
            <translation>Enrolling laptop …</translation>
        </message>
        <message>
            <source>Achtung: Der Server weist sich jetzt mit einem anderen Fingerabdruck aus als eben angezeigt. Der Laptop wurde nicht angemeldet. Bitte verständigen Sie die Verwaltung.</source>
            <translation>Warning: the server is now identifying itself with a different fingerprint from the one just shown. The laptop has not been enrolled. Please inform your administrator.</translation>
        </message>
        <message>
            <source>Vom Büroserver abmelden</source>
            <translation>Leave the office server</translation>
        </message>
        <message>
            <source>Soll dieser Laptop vom Büroserver abgemeldet werden? Er synchronisiert dann nicht mehr. Nicht gesendete Änderungen bleiben auf dem Laptop.</source>
            <translation>Do you want this laptop to leave the office server? It will then no longer sync. Unsent changes stay on the laptop.</translation>
        </message>
        <message>
            <source>Die Verbindung ist fehlgeschlagen. Bitte versuchen Sie es erneut.</source>
            <translation>The connection failed. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialogs</name>
        <message>
            <source>Fallmanager</source>
            <translation>Fallmanager</translation>
        </message>
        <message>
            <source>Unerwarteter Fehler</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Ein unerwarteter Fehler ist aufgetreten (Fehlernummer {id}). Ihre gespeicherten Daten sind nicht betroffen; Sie können weiterarbeiten. Bitte nennen Sie dem Support die Fehlernummer.</source>
            <translation>An unexpected error occurred (error number {id}). Your saved data is not affected; you can continue working. Please tell support the error number.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Bitte ausfüllen.</source>
            <translation>Please fill in.</translation>
        </message>
        <message>
            <source>Der Text ist zu lang.</source>
            <translation>The text is too long.</translation>
        </message>
        <message>
            <source>Dieser Wert ist nicht gültig.</source>
            <translation>This value is not valid.</translation>
        </message>
        <message>
            <source>Dieser Wert hat die falsche Art.</source>
            <translation>This value has the wrong type.</translation>
        </message>
        <message>
            <source>Unbekanntes Feld.</source>
            <translation>Unknown field.</translation>
        </message>
        <message>
            <source>Kein gültiges Datum (z. B. 14.03.2011, 03.2011 oder 2011).</source>
            <translation>Not a valid date (e.g. 14/03/2011, 03/2011 or 2011).</translation>
        </message>
        <message>
            <source>Unbekannter Länder- oder Sprachcode.</source>
            <translation>Unknown country or language code.</translation>
        </message>
        <message>
            <source>Das Datum liegt in der Zukunft.</source>
            <translation>The date is in the future.</translation>
        </message>
        <message>
            <source>Das Ende liegt vor dem Beginn.</source>
            <translation>The end is before the start.</translation>
        </message>
        <message>
            <source>Das Sterbedatum liegt vor dem Geburtsdatum.</source>
            <translation>The date of death is before the date of birth.</translation>
        </message>
        <message>
            <source>Ein Aktenzeichen sieht so aus: 2026-0042.</source>
            <translation>A case number looks like this: 2026-0042.</translation>
        </message>
        <message>
            <source>Dieses Aktenzeichen ist schon vergeben.</source>
            <translation>This case number is already in use.</translation>
        </message>
        <message>
            <source>Eine abgeschlossene Akte braucht ein Abschlussdatum.</source>
            <translation>A closed file needs a closing date.</translation>
        </message>
        <message>
            <source>Eine offene Akte kann kein Abschlussdatum haben.</source>
            <translation>An open file cannot have a closing date.</translation>
        </message>
        <message>
            <source>Die Familienakte ist abgeschlossen. Bitte zuerst wieder öffnen.</source>
            <translation>The family file is closed. Please reopen it first.</translation>
        </message>
        <message>
            <source>Eine Aufenthaltserlaubnis braucht ihre Rechtsgrundlage (z. B. § 25b).</source>
            <translation>A residence permit needs its legal basis (e.g. § 25b).</translation>
        </message>
        <message>
            <source>Eine Person kann nicht mit sich selbst verbunden werden.</source>
            <translation>A person cannot be related to themselves.</translation>
        </message>
        <message>
            <source>Damit wäre eine Person ihr eigener Vorfahre.</source>
            <translation>This would make a person their own ancestor.</translation>
        </message>
        <message>
            <source>Ein Kind kann höchstens zwei leibliche Eltern haben.</source>
            <translation>A child can have at most two biological parents.</translation>
        </message>
        <message>
            <source>Diese Beziehung ist schon erfasst.</source>
            <translation>This relationship is already recorded.</translation>
        </message>
        <message>
            <source>Notizen werden nicht geändert. Bitte eine Korrektur hinzufügen.</source>
            <translation>Notes are not changed. Please add a correction.</translation>
        </message>
        <message>
            <source>Der Eintrag existiert nicht (mehr).</source>
            <translation>The entry does not exist (any more).</translation>
        </message>
        <message>
            <source>Die Person gehört nicht zu dieser Familienakte.</source>
            <translation>The person does not belong to this family file.</translation>
        </message>
        <message>
            <source>Eine Person mit diesem Namen und Geburtsjahr gibt es schon.</source>
            <translation>A person with this name and year of birth already exists.</translation>
        </message>
        <message>
            <source>Die Aufgabe ist schon erledigt.</source>
            <translation>The task is already done.</translation>
        </message>
        <message>
            <source>Die verknüpften Einträge gehören nicht zusammen.</source>
            <translation>The linked entries do not belong together.</translation>
        </message>
        <message>
            <source>Bitte zuerst einen Elternteil eintragen: Geschwister werden über die Eltern verbunden.</source>
            <translation>Please record a parent first: siblings are linked through their parents.</translation>
        </message>
        <message>
            <source>Für diese Familienakte gibt es schon einen Hilfeplan.</source>
            <translation>This family file already has a help plan.</translation>
        </message>
        <message>
            <source>Eine vereinbarte Fassung des Hilfeplans bleibt unverändert. Bitte eine Fortschreibung beginnen.</source>
            <translation>An agreed version of the help plan stays unchanged. Please start an update.</translation>
        </message>
        <message>
            <source>Unterschrieben werden kann nur eine vereinbarte Fassung.</source>
            <translation>Only an agreed version can be signed.</translation>
        </message>
        <message>
            <source>Es gibt schon einen Entwurf des Hilfeplans. Bitte ihn zuerst fortführen.</source>
            <translation>There is already a draft of the help plan. Please continue it first.</translation>
        </message>
        <message>
            <source>Aktivitäten gehören unter ein Ergebnisziel, Ergebnisziele unter ein Rahmenziel.</source>
            <translation>Activities belong under an outcome goal, outcome goals under a framework goal.</translation>
        </message>
        <message>
            <source>Eine erteilte Einwilligung bleibt unverändert. Für einen anderen Umfang bitte eine neue Einwilligung vorbereiten.</source>
            <translation>A consent that has been given stays unchanged. For a different scope, please prepare a new consent.</translation>
        </message>
        <message>
            <source>Die Einwilligung ist noch nicht erteilt. Bitte zuerst die Erteilung erfassen.</source>
            <translation>The consent has not been given yet. Please first record it as given.</translation>
        </message>
        <message>
            <source>Die Einwilligung ist bereits vollständig widerrufen.</source>
            <translation>The consent has already been fully withdrawn.</translation>
        </message>
        <message>
            <source>Für diese Weitergabe liegt keine gültige Einwilligung vor. Es wurde nichts weitergegeben.</source>
            <translation>There is no valid consent for this disclosure. Nothing was shared.</translation>
        </message>
        <message>
            <source>In einer anonymisierten Fallbesprechung dürfen keine Namen der Familie vorkommen. Bitte den Namen durch die Rolle ersetzen (z. B. „Mutter“).</source>
            <translation>An anonymised case discussion must not contain any family names. Please replace the name with the role (e.g. “mother”).</translation>
        </message>
        <message>
            <source>Das geht erst, wenn die Fallkonferenz als durchgeführt markiert ist.</source>
            <translation>This is only possible once the case conference is marked as held.</translation>
        </message>
        <message>
            <source>Ein vereinbarter Schritt hat kein Ergebnisziel. Bitte zuerst ein Ergebnisziel des Hilfeplans wählen.</source>
            <translation>An agreed step has no outcome goal. Please first choose an outcome goal from the help plan.</translation>
        </message>
        <message>
            <source>Der Elternteil war bei der Geburt jünger als 12 Jahre.</source>
            <translation>The parent was younger than 12 at the birth.</translation>
        </message>
        <message>
            <source>Der Elternteil ist vor der Geburt des Kindes gestorben.</source>
            <translation>The parent died before the child was born.</translation>
        </message>
        <message>
            <source>Der 01.01. ist oft ein fiktives Geburtsdatum. Bitte prüfen.</source>
            <translation>1 January is often a fictitious date of birth. Please check.</translation>
        </message>
        <message>
            <source>Die Passphrase stimmt nicht. Bitte noch einmal versuchen.</source>
            <extracomment>Expected failures outside the domain, by their stable ``code``.</extracomment>
            <translation>The passphrase is not correct. Please try again.</translation>
        </message>
        <message>
            <source>Der Wiederherstellungsschlüssel passt nicht.</source>
            <translation>The recovery key does not match.</translation>
        </message>
        <message>
            <source>Der Wiederherstellungsschlüssel enthält einen Tippfehler.</source>
            <translation>The recovery key contains a typo.</translation>
        </message>
        <message>
            <source>Die Passphrase ist zu kurz oder zu leicht zu erraten.</source>
            <translation>The passphrase is too short or too easy to guess.</translation>
        </message>
        <message>
            <source>An diesem Ort gibt es keinen Tresor.</source>
            <translation>There is no vault at this location.</translation>
        </message>
        <message>
            <source>An diesem Ort gibt es schon einen Tresor.</source>
            <translation>There is already a vault at this location.</translation>
        </message>
        <message>
            <source>Die Schlüsseldatei des Tresors ist beschädigt. Bitte eine Sicherung zurückspielen.</source>
            <translation>The vault's key file is damaged. Please restore a backup.</translation>
        </message>
        <message>
            <source>Der Geräteschlüssel fehlt im Schlüsselbund dieses Rechners. Bitte mit dem Wiederherstellungsschlüssel entsperren.</source>
            <translation>The device key is missing from this computer's keyring. Please unlock with the recovery key.</translation>
        </message>
        <message>
            <source>Auf diesem Rechner gibt es keinen sicheren Schlüsselbund.</source>
            <translation>This computer has no secure keyring.</translation>
        </message>
        <message>
            <source>Der Tresor ist gesperrt.</source>
            <translation>The vault is locked.</translation>
        </message>
        <message>
            <source>Die Sicherungsdatei ist beschädigt oder keine Fallmanager-Sicherung.</source>
            <translation>The backup file is damaged or not a Fallmanager backup.</translation>
        </message>
        <message>
            <source>Eine vorhandene Datei wird nicht überschrieben.</source>
            <translation>An existing file is not overwritten.</translation>
        </message>
        <message>
            <source>Der Tresor ist in einem anderen Fallmanager-Fenster geöffnet.</source>
            <translation>The vault is open in another Fallmanager window.</translation>
        </message>
        <message>
            <source>Der Tresor ist beschädigt. Bitte eine Sicherung zurückspielen.</source>
            <translation>The vault is damaged. Please restore a backup.</translation>
        </message>
        <message>
            <source>Der Datenträger ist voll. Es wurde nichts gespeichert.</source>
            <translation>The disk is full. Nothing was saved.</translation>
        </message>
        <message>
            <source>Die Datei ist keine gültige Fallmanager-Austauschdatei. Es wurde nichts geändert.</source>
            <translation>The file is not a valid Fallmanager exchange file. Nothing was changed.</translation>
        </message>
        <message>
            <source>Die Eingabe ist nicht gültig.</source>
            <translation>The input is not valid.</translation>
        </message>
        <message>
            <source>Der Vorgang ist fehlgeschlagen.</source>
            <translation>The operation failed.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDelegate</name>
        <message>
            <source>Nachweis</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>ExtendResidenceDialog</name>
        <message>
            <source>Aufenthaltsstatus verlängern</source>
            <translation>Extend residence status</translation>
        </message>
        <message>
            <source>&amp;Neu gültig bis:</source>
            <translation>&amp;New expiry date:</translation>
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation>DD.MM.YYYY</translation>
        </message>
    </context>
    <context>
        <name>FamilyFileUndo</name>
        <message>
            <source>Person „{name}“ bearbeiten</source>
            <translation>Edit person “{name}”</translation>
        </message>
    </context>
    <context>
        <name>FamilyFileView</name>
        <message>
            <source>Besuch erfassen</source>
            <extracomment>Every tab shows the newest snapshot (the visible one first, the others right after). The user wants to decide this family's sync conflicts (the family id). The family's open sync conflicts were loaded (and shown in the banner and tabs). Open sync conflicts of this family (loaded while the laptop is enrolled).</extracomment>
            <translation>Record visit</translation>
        </message>
        <message>
            <source>Familienakte</source>
            <translation>Family file</translation>
        </message>
    </context>
    <context>
        <name>FamilyListView</name>
        <message>
            <source>&amp;Suchen:</source>
            <extracomment>Changes of these kinds alter what the family list shows. After a load or a search result was shown (tests and status bars listen).</extracomment>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Name, Aktenzeichen … (Strg+F)</source>
            <translation>Name, case number … (Ctrl+F)</translation>
        </message>
        <message>
            <source>Familien suchen</source>
            <translation>Search families</translation>
        </message>
        <message>
            <source>&amp;Neue Familie …</source>
            <translation>&amp;New family …</translation>
        </message>
        <message>
            <source>Neue Familienakte anlegen (Strg+N)</source>
            <translation>Create a new family file (Ctrl+N)</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>&amp;Unterkunft:</source>
            <translation>&amp;Accommodation:</translation>
        </message>
        <message>
            <source>&amp;Zuständig:</source>
            <translation>Ass&amp;igned to:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Unterkunft</source>
            <translation>Accommodation</translation>
        </message>
        <message>
            <source>Zuständig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Familienakten</source>
            <translation>Family files</translation>
        </message>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>abgeschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>alle</source>
            <translation>all</translation>
        </message>
        <message numerus="yes">
            <source>%n Familienakte(n)</source>
            <translation>
                <numerusform>%n family file</numerusform>
                <numerusform>%n family files</numerusform>
            </translation>
        </message>
        <message>
            <source>alle Unterkünfte</source>
            <translation>all accommodation</translation>
        </message>
    </context>
    <context>
        <name>FamilyTableModel</name>
        <message>
            <source>Aktenzeichen</source>
            <extracomment>The family file's id, on every cell.</extracomment>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Unterkunft</source>
            <translation>Accommodation</translation>
        </message>
        <message>
            <source>Zuständig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Letzter Besuch</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Offene Aufgaben</source>
            <translation>Open tasks</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Aktenzeichen</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Vornamen</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Familienname</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sterbedatum</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gültig ab</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Sprachen</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Staatsangehörigkeit</source>
            <translation>Nationality</translation>
        </message>
    </context>
    <context>
        <name>GateModel</name>
        <message>
            <source>Stelle</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Freigegeben</source>
            <translation>Cleared</translation>
        </message>
        <message>
            <source>TOP {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>gesperrt – erhält nichts</source>
            <translation>blocked – receives nothing</translation>
        </message>
        <message>
            <source>alle Themen</source>
            <translation>all topics</translation>
        </message>
        <message>
            <source>{allowed} von {total} Themen</source>
            <translation>{allowed} of {total} topics</translation>
        </message>
        <message>
            <source>freigegeben</source>
            <translation>cleared</translation>
        </message>
        <message>
            <source>gesperrt</source>
            <translation>blocked</translation>
        </message>
        <message>
            <source>Keines der Themen darf an diese Stelle gehen: sie erhält weder Einladung noch Tagesordnung.</source>
            <translation>None of the topics may go to this organisation: it receives neither an invitation nor an agenda.</translation>
        </message>
        <message>
            <source>Anonymisierte Fallbesprechung: keine Einwilligung nötig</source>
            <translation>Anonymised case discussion: no consent needed</translation>
        </message>
        <message>
            <source>Das Thema berührt keine personenbezogenen Daten.</source>
            <translation>The topic involves no personal data.</translation>
        </message>
        <message>
            <source>Von der Einwilligung der Familie gedeckt</source>
            <translation>Covered by the family's consent</translation>
        </message>
    </context>
    <context>
        <name>GatePanel</name>
        <message>
            <source>Einwilligung &amp;erfassen …</source>
            <extracomment>Another tab of the family file should be shown ("consents"). The sentences shown for the selected participant (as plain text). The participant shown was chosen by the user (else the first blocked one is shown).</extracomment>
            <translation>&amp;Record consent …</translation>
        </message>
        <message>
            <source>Zum Reiter Einwilligungen: eine Einwilligung der Familie erfassen</source>
            <translation>Go to the Consents tab: record a consent from the family</translation>
        </message>
        <message>
            <source>Freigabe je Stelle und Thema</source>
            <translation>Clearance per organisation and topic</translation>
        </message>
        <message>
            <source>✓ darf das Thema sehen · ✗ gesperrt: keine passende Einwilligung. Ohne freigegebenes Thema erhält eine Stelle weder Einladung noch Tagesordnung.</source>
            <translation>✓ may see the topic · ✗ blocked: no matching consent. Without a cleared topic, an organisation receives neither an invitation nor an agenda.</translation>
        </message>
        <message>
            <source>Anonymisierte Fallbesprechung unter der Kennung {label}: Es werden keine personenbezogenen Daten weitergegeben, darum ist keine Einwilligung nötig. Einladungen, Tagesordnungen und Protokoll nennen keine Namen.</source>
            <translation>Anonymised case discussion under the code {label}: no personal data is shared, so no consent is needed. Invitations, agendas and minutes contain no names.</translation>
        </message>
        <message>
            <source>Noch keine Stelle eingeladen. Teilnehmende legen Sie unter „Ändern …“ fest.</source>
            <translation>No organisation invited yet. Choose the participants under “Change …”.</translation>
        </message>
        <message>
            <source>Noch keine Themen auf der Tagesordnung: Ohne Themen wird nichts weitergegeben.</source>
            <translation>No topics on the agenda yet: without topics, nothing is shared.</translation>
        </message>
        <message>
            <source>Alle eingeladenen Stellen dürfen alle Themen sehen.</source>
            <translation>All invited organisations may see all topics.</translation>
        </message>
        <message>
            <source>Freigabe für {actor}</source>
            <translation>Clearance for {actor}</translation>
        </message>
        <message>
            <source>Keine Einwilligung nötig: Es fallen keine Namen.</source>
            <translation>No consent needed: no names are mentioned.</translation>
        </message>
        <message>
            <source>{actor} darf alle Themen sehen.</source>
            <translation>{actor} may see all topics.</translation>
        </message>
        <message>
            <source>TOP {number} ({title})</source>
            <translation>Item {number} ({title})</translation>
        </message>
        <message>
            <source>{actor} darf kein Thema sehen und erhält weder Einladung noch Tagesordnung.</source>
            <translation>{actor} may not see any topic and receives neither an invitation nor an agenda.</translation>
        </message>
        <message>
            <source>Gesperrt: {topics}</source>
            <translation>Blocked: {topics}</translation>
        </message>
    </context>
    <context>
        <name>GateTexts</name>
        <message>
            <source>Aufenthaltsdaten</source>
            <extracomment>The data of a category as the object of "keine Einwilligung für …".</extracomment>
            <translation>residence data</translation>
        </message>
        <message>
            <source>Schuldaten</source>
            <translation>school data</translation>
        </message>
        <message>
            <source>Gesundheitsdaten</source>
            <translation>health data</translation>
        </message>
        <message>
            <source>Daten zu Arbeit und Leistungen</source>
            <translation>data on work and benefits</translation>
        </message>
        <message>
            <source>Daten zur familiären Situation</source>
            <translation>data on the family situation</translation>
        </message>
        <message>
            <source>Daten des Hilfeplans</source>
            <translation>help plan data</translation>
        </message>
        <message>
            <source>nur vorbereitet, noch nicht erteilt</source>
            <extracomment>What follows the dash after "{actor}: keine Einwilligung für {data} von {persons}".</extracomment>
            <translation>only prepared, not yet given</translation>
        </message>
        <message>
            <source>erst am {date} erteilt</source>
            <translation>only given on {date}</translation>
        </message>
        <message>
            <source>für ein minderjähriges Kind ist keine sorgeberechtigte Person erfasst</source>
            <translation>no custody holder is recorded for a minor child</translation>
        </message>
        <message>
            <source>Einwilligung nicht von allen Sorgeberechtigten erteilt (fehlt: {names})</source>
            <translation>consent not given by all custody holders (missing: {names})</translation>
        </message>
        <message>
            <source>Einwilligung nicht von der Person selbst erteilt</source>
            <translation>consent not given by the person themselves</translation>
        </message>
        <message>
            <source>Zweck {purpose} nicht umfasst</source>
            <translation>purpose {purpose} not covered</translation>
        </message>
        <message>
            <source>diese Stelle ist in der Einwilligung nicht genannt</source>
            <translation>this organisation is not named in the consent</translation>
        </message>
        <message>
            <source>diese Daten sind von der Einwilligung nicht umfasst</source>
            <translation>this data is not covered by the consent</translation>
        </message>
        <message>
            <source>widerrufen am {date}</source>
            <translation>withdrawn on {date}</translation>
        </message>
        <message>
            <source>abgelaufen am {date}</source>
            <translation>expired on {date}</translation>
        </message>
        <message>
            <source>und</source>
            <translation>and</translation>
        </message>
        <message>
            <source>unbekannte Stelle</source>
            <translation>unknown organisation</translation>
        </message>
        <message>
            <source>unbekannte Person</source>
            <translation>unknown person</translation>
        </message>
        <message>
            <source>{actor}: keine Einwilligung für {data} von {persons}</source>
            <translation>{actor}: no consent for {data} about {persons}</translation>
        </message>
        <message>
            <source>Keine Einwilligung für {data} von {persons}</source>
            <translation>No consent for {data} about {persons}</translation>
        </message>
    </context>
    <context>
        <name>GenogramExportDialog</name>
        <message>
            <source>Genogramm exportieren</source>
            <extracomment>Languages a genogram document can be written in, each named in itself.</extracomment>
            <translation>Export genogram</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Papier:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>&amp;Ausrichtung:</source>
            <translation>&amp;Orientation:</translation>
        </message>
        <message>
            <source>Auf&amp;lösung:</source>
            <translation>&amp;Resolution:</translation>
        </message>
        <message>
            <source>Sprache des Do&amp;kuments:</source>
            <translation>Document lan&amp;guage:</translation>
        </message>
        <message>
            <source>Emotionale &amp;Beziehungen:</source>
            <translation>Emotional rela&amp;tions:</translation>
        </message>
        <message>
            <source>Aufenthalts&amp;status:</source>
            <translation>Residence &amp;status:</translation>
        </message>
        <message>
            <source>&amp;Haushalt:</source>
            <translation>&amp;Household:</translation>
        </message>
        <message>
            <source>A&amp;nonymisiert:</source>
            <translation>A&amp;nonymised:</translation>
        </message>
        <message>
            <source>Beze&amp;ichnungen:</source>
            <translation>&amp;Labels:</translation>
        </message>
        <message>
            <source>E&amp;mpfänger:</source>
            <translation>Re&amp;cipient:</translation>
        </message>
        <message>
            <source>&amp;Zweck:</source>
            <translation>P&amp;urpose:</translation>
        </message>
        <message>
            <source>&amp;Datei:</source>
            <translation>F&amp;ile:</translation>
        </message>
        <message>
            <source>Querformat</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Hochformat</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Rollen (z. B. „Mutter“)</source>
            <translation>Roles (e.g. “mother”)</translation>
        </message>
        <message>
            <source>Initialen</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>Eigene Bezeichnungen</source>
            <translation>Own labels</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>zeigen</source>
            <translation>show</translation>
        </message>
        <message>
            <source>ohne Namen, Geburtsdaten und Aktenzeichen (für Fallkonferenzen)</source>
            <translation>without names, dates of birth and case number (for case conferences)</translation>
        </message>
        <message>
            <source>Bezeichnung je Pe&amp;rson (anstelle des Namens):</source>
            <translation>La&amp;bel per person (instead of the name):</translation>
        </message>
        <message>
            <source>Durchs&amp;uchen …</source>
            <translation>Bro&amp;wse …</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Bezeichnungen der Personen</source>
            <translation>Labels of the persons</translation>
        </message>
        <message>
            <source>&amp;Exportieren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>{kind}-Dateien (*.{ext})</source>
            <translation>{kind} files (*.{ext})</translation>
        </message>
        <message>
            <source>Bitte eine Zieldatei angeben.</source>
            <translation>Please choose a target file.</translation>
        </message>
        <message>
            <source>Den Ordner der Zieldatei gibt es nicht.</source>
            <translation>The folder of the target file does not exist.</translation>
        </message>
        <message>
            <source>Bitte jeder Person eine Bezeichnung geben.</source>
            <translation>Please give every person a label.</translation>
        </message>
        <message>
            <source>Genogramm wird exportiert …</source>
            <translation>Exporting the genogram …</translation>
        </message>
        <message>
            <source>Keine Berechtigung, in diesen Ordner zu schreiben.</source>
            <translation>No permission to write to this folder.</translation>
        </message>
        <message>
            <source>Die Datei konnte nicht geschrieben werden.</source>
            <translation>The file could not be written.</translation>
        </message>
    </context>
    <context>
        <name>GenogramTab</name>
        <message>
            <source>Genogramm</source>
            <extracomment>At most this many layout warnings are spelled out above the diagram.</extracomment>
            <translation>Genogram</translation>
        </message>
        <message>
            <source>Vergrößern</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Vergrößern (Strg++)</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <source>Verkleinern</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Verkleinern (Strg+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <source>An Fenster anpassen</source>
            <translation>Fit to window</translation>
        </message>
        <message>
            <source>Emotionale Beziehungen</source>
            <translation>Emotional relations</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <source>Haushalt</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Layout zurücksetzen …</source>
            <translation>Reset layout …</translation>
        </message>
        <message>
            <source>Exportieren …</source>
            <translation>Export …</translation>
        </message>
        <message>
            <source>Drucken …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <source>Werkzeuge des Genogramms</source>
            <translation>Genogram tools</translation>
        </message>
        <message>
            <source>Genogramm der Familie</source>
            <translation>The family's genogram</translation>
        </message>
        <message>
            <source>Doppelklick oder Eingabetaste bearbeitet eine Person, das Kontextmenü fügt Angehörige hinzu. Personen lassen sich mit der Maus verschieben.</source>
            <translation>Double-click or Enter edits a person; the context menu adds relatives. Persons can be moved with the mouse.</translation>
        </message>
        <message>
            <source>Hinweise zum Genogramm</source>
            <translation>Notes on the genogram</translation>
        </message>
        <message numerus="yes">
            <source>… und %n weitere Hinweise.</source>
            <translation>
                <numerusform>… and %n more note.</numerusform>
                <numerusform>… and %n more notes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Aktionen für {name}</source>
            <translation>Actions for {name}</translation>
        </message>
        <message>
            <source>Person bearbeiten …</source>
            <translation>Edit person …</translation>
        </message>
        <message>
            <source>Partner/in hinzufügen</source>
            <translation>Add partner</translation>
        </message>
        <message>
            <source>Ehe …</source>
            <translation>Marriage …</translation>
        </message>
        <message>
            <source>Partnerschaft …</source>
            <translation>Partnership …</translation>
        </message>
        <message>
            <source>Kind hinzufügen</source>
            <translation>Add child</translation>
        </message>
        <message>
            <source>mit {name} …</source>
            <translation>with {name} …</translation>
        </message>
        <message>
            <source>ohne zweiten Elternteil …</source>
            <translation>without a second parent …</translation>
        </message>
        <message>
            <source>Elternteil hinzufügen …</source>
            <translation>Add parent …</translation>
        </message>
        <message>
            <source>Geschwister hinzufügen …</source>
            <translation>Add sibling …</translation>
        </message>
        <message>
            <source>Als Indexperson markieren</source>
            <translation>Mark as index person</translation>
        </message>
        <message>
            <source>Position zurücksetzen</source>
            <translation>Reset position</translation>
        </message>
        <message>
            <source>Zwilling von</source>
            <translation>Twin of</translation>
        </message>
        <message>
            <source>eineiig</source>
            <translation>identical</translation>
        </message>
        <message>
            <source>zweieiig</source>
            <translation>fraternal</translation>
        </message>
        <message>
            <source>Emotionale Beziehung zu</source>
            <translation>Emotional relation to</translation>
        </message>
        <message>
            <source>Partner/in von {name} hinzufügen</source>
            <translation>Add a partner of {name}</translation>
        </message>
        <message>
            <source>Kind von {name} hinzufügen</source>
            <translation>Add a child of {name}</translation>
        </message>
        <message>
            <source>Elternteil von {name} hinzufügen</source>
            <translation>Add a parent of {name}</translation>
        </message>
        <message>
            <source>Geschwister von {name} hinzufügen</source>
            <translation>Add a sibling of {name}</translation>
        </message>
        <message>
            <source>Partner/in „{name}“ hinzufügen</source>
            <translation>Add partner “{name}”</translation>
        </message>
        <message>
            <source>Kind „{name}“ hinzufügen</source>
            <translation>Add child “{name}”</translation>
        </message>
        <message>
            <source>Elternteil „{name}“ hinzufügen</source>
            <translation>Add parent “{name}”</translation>
        </message>
        <message>
            <source>Geschwister „{name}“ hinzufügen</source>
            <translation>Add sibling “{name}”</translation>
        </message>
        <message>
            <source>Person „{name}“ anlegen</source>
            <translation>Create person “{name}”</translation>
        </message>
        <message>
            <source>„{name}“ als Indexperson markieren</source>
            <translation>Mark “{name}” as index person</translation>
        </message>
        <message>
            <source>Indexperson aufheben</source>
            <translation>Clear index person</translation>
        </message>
        <message>
            <source>Zwillinge „{a}“ und „{b}“ erfassen</source>
            <translation>Record twins “{a}” and “{b}”</translation>
        </message>
        <message>
            <source>Emotionale Beziehung „{a}“ – „{b}“ erfassen</source>
            <translation>Record emotional relation “{a}” – “{b}”</translation>
        </message>
        <message>
            <source>Position von „{name}“ ändern</source>
            <translation>Move “{name}”</translation>
        </message>
        <message numerus="yes">
            <source>Positionen von %n Personen ändern</source>
            <translation>
                <numerusform>Move %n person</numerusform>
                <numerusform>Move %n persons</numerusform>
            </translation>
        </message>
        <message>
            <source>Position von „{name}“ zurücksetzen</source>
            <translation>Reset the position of “{name}”</translation>
        </message>
        <message>
            <source>Layout zurücksetzen</source>
            <translation>Reset layout</translation>
        </message>
        <message>
            <source>Alle von Hand verschobenen Personen wieder automatisch anordnen? Das lässt sich rückgängig machen.</source>
            <translation>Arrange all persons moved by hand automatically again? This can be undone.</translation>
        </message>
        <message>
            <source>Exportiert: {path}</source>
            <translation>Exported: {path}</translation>
        </message>
        <message>
            <source>Genogramm {case}</source>
            <translation>Genogram {case}</translation>
        </message>
        <message>
            <source>Genogramm drucken</source>
            <translation>Print genogram</translation>
        </message>
    </context>
    <context>
        <name>GenogramTexts</name>
        <message>
            <source>{names}: Die erfassten Eltern-Kind-Beziehungen bilden einen Kreis; eine davon wird nicht gezeichnet.</source>
            <translation>{names}: the recorded parent–child links form a circle; one of them is not drawn.</translation>
        </message>
        <message>
            <source>{names}: Mehr als zwei Elternteile erfasst; nur zwei werden gezeichnet.</source>
            <translation>{names}: more than two parents recorded; only two are drawn.</translation>
        </message>
        <message>
            <source>{names}: Ohne Geburtsdatum ist die Reihenfolge der Geschwister geschätzt.</source>
            <translation>{names}: without a date of birth, the order of the siblings is a guess.</translation>
        </message>
        <message>
            <source>{names}: Beziehung zu einer Person einer anderen Familienakte; sie wird hier nicht gezeichnet.</source>
            <translation>{names}: relation to a person of another family file; it is not drawn here.</translation>
        </message>
        <message>
            <source>{names}: Eine Beziehung nennt eine Person, die nicht zu dieser Akte gehört; sie wird nicht gezeichnet.</source>
            <translation>{names}: a relation names a person who does not belong to this file; it is not drawn.</translation>
        </message>
        <message>
            <source>{names}: Die Partner konnten nicht in derselben Generation gezeichnet werden.</source>
            <translation>{names}: the partners could not be drawn in the same generation.</translation>
        </message>
        <message>
            <source>{names}: Dieselbe Beziehung ist doppelt erfasst.</source>
            <translation>{names}: the same relation is recorded twice.</translation>
        </message>
        <message>
            <source>unbekannte Person</source>
            <translation>unknown person</translation>
        </message>
        <message>
            <source>{names}: Ein Teil der Daten konnte nicht gezeichnet werden.</source>
            <translation>{names}: part of the data could not be drawn.</translation>
        </message>
    </context>
    <context>
        <name>GiveConsentDialog</name>
        <message>
            <source>Erteilung erfassen</source>
            <translation>Record consent as given</translation>
        </message>
        <message>
            <source>Die vorbereitete Einwilligung vom {date} wurde erteilt.</source>
            <translation>The consent prepared on {date} has been given.</translation>
        </message>
        <message>
            <source>&amp;Dolmetschung:</source>
            <translation>Inter&amp;preter:</translation>
        </message>
        <message>
            <source>Eine Dolmetscherin/ein Dolmetscher war dabei</source>
            <translation>An interpreter was present</translation>
        </message>
        <message>
            <source>Erteilt werden kann sie erst ab dem Tag ihrer Vorbereitung ({date}).</source>
            <translation>It can only be given on or after the day it was prepared ({date}).</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>&amp;Formulierung</source>
            <extracomment>Who is responsible: nobody named yet, the family, or an actor (by id).</extracomment>
            <translation>&amp;Wording</translation>
        </message>
        <message>
            <source>Übersetzung</source>
            <translation>Translation</translation>
        </message>
        <message>
            <source>&amp;Personen</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>&amp;Lebensbereiche</source>
            <translation>&amp;Life domains</translation>
        </message>
        <message>
            <source>&amp;Verantwortlich</source>
            <translation>&amp;Responsible</translation>
        </message>
        <message>
            <source>&amp;Bis</source>
            <translation>&amp;Due</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Grund</source>
            <translation>Reas&amp;on</translation>
        </message>
        <message>
            <source>&amp;Interne Notizen</source>
            <translation>&amp;Internal notes</translation>
        </message>
        <message>
            <source>Rahmenziel hinzufügen</source>
            <translation>Add framework goal</translation>
        </message>
        <message>
            <source>Ergebnisziel hinzufügen</source>
            <translation>Add outcome goal</translation>
        </message>
        <message>
            <source>Aktivität hinzufügen</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <source>„{wording}“ bearbeiten</source>
            <translation>Edit “{wording}”</translation>
        </message>
        <message>
            <source>{level} unter „{parent}“</source>
            <translation>{level} under “{parent}”</translation>
        </message>
        <message>
            <source>Übe&amp;rsetzung ({language})</source>
            <translation>&amp;Translation ({language})</translation>
        </message>
        <message>
            <source>Übersetzung ({language})</source>
            <translation>Translation ({language})</translation>
        </message>
        <message>
            <source>von Fachübersetzung geprüft</source>
            <translation>checked by a professional translator</translation>
        </message>
        <message>
            <source>nicht festgelegt</source>
            <translation>not specified</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Übersetzung für den Ausdruck der Familie</source>
            <translation>Translation for the family's printout</translation>
        </message>
        <message>
            <source>z. B. Termin beim Konsulat wahrnehmen</source>
            <translation>e.g. attend the appointment at the consulate</translation>
        </message>
        <message>
            <source>Rahmenziel „{wording}“ hinzufügen</source>
            <translation>Add framework goal “{wording}”</translation>
        </message>
        <message>
            <source>Ergebnisziel „{wording}“ hinzufügen</source>
            <translation>Add outcome goal “{wording}”</translation>
        </message>
        <message>
            <source>Aktivität „{wording}“ hinzufügen</source>
            <translation>Add activity “{wording}”</translation>
        </message>
    </context>
    <context>
        <name>GoalStatusDelegate</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>&amp;Rahmenziel hinzufügen</source>
            <extracomment>The dialog or question opened last, while it is open.</extracomment>
            <translation>Add &amp;framework goal</translation>
        </message>
        <message>
            <source>&amp;Ergebnisziel hinzufügen</source>
            <translation>Add &amp;outcome goal</translation>
        </message>
        <message>
            <source>&amp;Aktivität hinzufügen</source>
            <translation>Add &amp;activity</translation>
        </message>
        <message>
            <source>Aus &amp;Katalog …</source>
            <translation>From &amp;catalogue …</translation>
        </message>
        <message>
            <source>&amp;Bearbeiten …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <source>Ent&amp;fernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Nach &amp;oben</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Nach &amp;unten</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Ziele und Aktivitäten</source>
            <translation>Goals and activities</translation>
        </message>
        <message>
            <source>Ziele bearbeiten</source>
            <translation>Edit goals</translation>
        </message>
        <message>
            <source>Dieser Hilfeplan ist vereinbart: nur der Status der Ziele kann geändert werden. Für inhaltliche Änderungen eine Fortschreibung beginnen.</source>
            <translation>This help plan is agreed: only the status of the goals can be changed. To change the content, start an update.</translation>
        </message>
        <message>
            <source>Diese Version ist abgelöst und kann nicht mehr geändert werden.</source>
            <translation>This version has been superseded and can no longer be changed.</translation>
        </message>
        <message>
            <source>„{wording}“ aus dem Katalog übernehmen</source>
            <translation>Add “{wording}” from the catalogue</translation>
        </message>
        <message numerus="yes">
            <source>%n Ziele aus dem Katalog übernehmen</source>
            <translation>
                <numerusform>Add %n goal from the catalogue</numerusform>
                <numerusform>Add %n goals from the catalogue</numerusform>
            </translation>
        </message>
        <message>
            <source>Status von „{wording}“ ändern</source>
            <translation>Change status of “{wording}”</translation>
        </message>
        <message>
            <source>„{wording}“ verschieben</source>
            <translation>Move “{wording}”</translation>
        </message>
        <message>
            <source>„{wording}“ entfernen?</source>
            <translation>Remove “{wording}”?</translation>
        </message>
        <message numerus="yes">
            <source>Auch %n Ziel(e) darunter werden entfernt.</source>
            <translation>
                <numerusform>%n goal below it will also be removed.</numerusform>
                <numerusform>%n goals below it will also be removed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ziel entfernen</source>
            <translation>Remove goal</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>„{wording}“ entfernen</source>
            <translation>Remove “{wording}”</translation>
        </message>
    </context>
    <context>
        <name>GrantTableModel</name>
        <message>
            <source>Stelle</source>
            <extracomment>A soft yellow behind grants and consents that run out within four weeks. Dark red for what has run out or was withdrawn. Grey for what no longer counts.</extracomment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Daten</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Zwecke</source>
            <translation>Purposes</translation>
        </message>
        <message>
            <source>gültig bis</source>
            <translation>valid until</translation>
        </message>
        <message>
            <source>Läuft in den nächsten vier Wochen ab.</source>
            <translation>Expires within the next four weeks.</translation>
        </message>
    </context>
    <context>
        <name>HelpPlanFields</name>
        <message>
            <source>Wortlaut</source>
            <extracomment>The German names of the fields a change can concern (context "HelpPlanFields").</extracomment>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Katalogeintrag</source>
            <translation>Catalogue entry</translation>
        </message>
        <message>
            <source>Ebene</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>betroffene Personen</source>
            <translation>persons concerned</translation>
        </message>
        <message>
            <source>Lebensbereiche</source>
            <translation>Life domains</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Familie verantwortlich</source>
            <translation>Family responsible</translation>
        </message>
        <message>
            <source>Fällig bis</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Grund für das Entfallen</source>
            <translation>Reason for dropping</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Einordnung im Zielbaum</source>
            <translation>Position in the goal tree</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Lebensbereich</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>Ressourcen</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Bedarfe</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Nachweis</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Einschätzung</source>
            <extracomment>A need's rating is called "level" like a goal's level; it gets its own name.</extracomment>
            <translation>Assessment</translation>
        </message>
    </context>
    <context>
        <name>HelpPlanFormat</name>
        <message>
            <source>nur Deutsch</source>
            <extracomment>Each print language in its own name and script (never translated: the family reads it).</extracomment>
            <translation>German only</translation>
        </message>
        <message>
            <source>Erstplan</source>
            <translation>Initial plan</translation>
        </message>
        <message>
            <source>Fortschreibung</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Version {number}: {kind} vom {date} – {status}</source>
            <translation>Version {number}: {kind} of {date} – {status}</translation>
        </message>
        <message>
            <source>Version {number} ({kind})</source>
            <translation>Version {number} ({kind})</translation>
        </message>
        <message>
            <source>ganze Familie</source>
            <translation>whole family</translation>
        </message>
    </context>
    <context>
        <name>HelpPlanGoalModel</name>
        <message>
            <source>Ziel / Aktivität</source>
            <extracomment>What a dragged goal carries: its id. The user chose a status in the Status column: (HelpPlanGoal, GoalStatus). A goal was dropped: (HelpPlanGoal, new parent id or None, position among siblings).</extracomment>
            <translation>Goal / activity</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Entfällt: {reason}</source>
            <translation>Dropped: {reason}</translation>
        </message>
        <message>
            <source>Überfällig seit {date}</source>
            <translation>Overdue since {date}</translation>
        </message>
    </context>
    <context>
        <name>HelpPlanTab</name>
        <message>
            <source>Hilfeplan</source>
            <extracomment>The dialog opened last, while it is open.</extracomment>
            <translation>Help plan</translation>
        </message>
        <message>
            <source>Noch kein Hilfeplan</source>
            <translation>No help plan yet</translation>
        </message>
        <message>
            <source>Im Hilfeplan halten Sie mit der Familie fest, was jedes Familienmitglied mitbringt und braucht, welche Ziele sie sich setzen und wer bis wann hilft, und was die Ausländerbehörde für ein sicheres Aufenthaltsrecht verlangt. Er beginnt als Entwurf; vereinbart bleibt er unverändert, bis er bei einer Überprüfung fortgeschrieben wird.</source>
            <translation>In the help plan you record with the family what each family member brings and needs, which goals they set themselves, who helps and by when, and what the immigration office requires for a secure right of residence. It starts as a draft; once agreed, it stays unchanged until it is updated at a review.</translation>
        </message>
        <message>
            <source>Hilfeplan &amp;beginnen …</source>
            <translation>&amp;Start help plan …</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>Version des Hilfeplans</source>
            <translation>Help plan version</translation>
        </message>
        <message>
            <source>&amp;Kopfdaten bearbeiten …</source>
            <translation>Edit &amp;header details …</translation>
        </message>
        <message>
            <source>Vere&amp;inbaren …</source>
            <translation>&amp;Agree …</translation>
        </message>
        <message>
            <source>&amp;Unterschriften erfassen …</source>
            <translation>Record s&amp;ignatures …</translation>
        </message>
        <message>
            <source>&amp;Fortschreibung beginnen …</source>
            <translation>Start &amp;update …</translation>
        </message>
        <message>
            <source>Über&amp;prüfung erfassen …</source>
            <translation>Record &amp;review …</translation>
        </message>
        <message>
            <source>Versionen ver&amp;gleichen …</source>
            <translation>Co&amp;mpare versions …</translation>
        </message>
        <message>
            <source>Dru&amp;cken / PDF …</source>
            <translation>&amp;Print / PDF …</translation>
        </message>
        <message>
            <source>&amp;Ziele</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <source>&amp;Ressourcen und Bedarfe</source>
            <translation>Resources and &amp;needs</translation>
        </message>
        <message>
            <source>Aufenthal&amp;t: Voraussetzungen</source>
            <translation>Resi&amp;dence: requirements</translation>
        </message>
        <message>
            <source>Überprüfung&amp;en</source>
            <translation>Revie&amp;ws</translation>
        </message>
        <message>
            <source>Teile des Hilfeplans</source>
            <translation>Parts of the help plan</translation>
        </message>
        <message>
            <source>Kopfdaten der Version</source>
            <translation>Version header details</translation>
        </message>
        <message>
            <source>Erstellt am {date}</source>
            <translation>Drawn up on {date}</translation>
        </message>
        <message>
            <source>Beteiligt: {names}</source>
            <translation>Involved: {names}</translation>
        </message>
        <message>
            <source>Sprache der Familie: {language}</source>
            <translation>Family's language: {language}</translation>
        </message>
        <message>
            <source>Vereinbart am {date}</source>
            <translation>Agreed on {date}</translation>
        </message>
        <message>
            <source>Fallmanagement</source>
            <translation>Case management</translation>
        </message>
        <message>
            <source>Unterschrieben am {date} von {names}</source>
            <translation>Signed on {date} by {names}</translation>
        </message>
        <message>
            <source>Unterschriften noch nicht erfasst</source>
            <translation>Signatures not yet recorded</translation>
        </message>
        <message>
            <source>Überprüfung am {date}</source>
            <translation>Review on {date}</translation>
        </message>
        <message>
            <source>fällig</source>
            <translation>due</translation>
        </message>
        <message>
            <source>Version {number} ist vereinbart und läuft weiter, bis Version {newest} (Entwurf) vereinbart ist. Den Stand der Ziele und der Nachweise können Sie hier weiter erfassen.</source>
            <translation>Version {number} is agreed and runs on until version {newest} (draft) is agreed. You can go on recording the progress of the goals and the evidence here.</translation>
        </message>
        <message>
            <source>Version {number} ist vereinbart und bleibt unverändert. Den Stand der Ziele und der Nachweise können Sie weiter erfassen; inhaltliche Änderungen gehen über „Fortschreibung beginnen …“.</source>
            <translation>Version {number} is agreed and stays unchanged. You can still record the status of the goals and the evidence; changes to the content go through “Start update …”.</translation>
        </message>
        <message>
            <source>Version {number} wurde durch eine spätere Version abgelöst und bleibt unverändert.</source>
            <translation>Version {number} has been superseded by a later version and stays unchanged.</translation>
        </message>
        <message>
            <source>Hilfeplan beginnen</source>
            <translation>Start help plan</translation>
        </message>
        <message>
            <source>Kopfdaten von Version {number} bearbeiten</source>
            <translation>Edit header details of version {number}</translation>
        </message>
        <message>
            <source>Version {number} vereinbaren</source>
            <translation>Agree version {number}</translation>
        </message>
        <message>
            <source>Unterschriften zu Version {number} erfassen</source>
            <translation>Record signatures for version {number}</translation>
        </message>
        <message>
            <source>Fortschreibung (Version {number}) beginnen</source>
            <translation>Start update (version {number})</translation>
        </message>
        <message>
            <source>Überprüfung von Version {number} erfassen</source>
            <translation>Record review of version {number}</translation>
        </message>
    </context>
    <context>
        <name>InvitationsDialog</name>
        <message>
            <source>Einladungen und Tagesordnungen – {when}</source>
            <extracomment>What a logged document announces (the family file shows its disclosure log). The documents were written and logged.</extracomment>
            <translation>Invitations and agendas – {when}</translation>
        </message>
        <message>
            <source>&amp;Ordner:</source>
            <translation>F&amp;older:</translation>
        </message>
        <message>
            <source>&amp;Name der Einladenden:</source>
            <translation>Organiser's &amp;name:</translation>
        </message>
        <message>
            <source>&amp;E-Mail der Einladenden:</source>
            <translation>Organiser's &amp;email:</translation>
        </message>
        <message>
            <source>Familie:</source>
            <translation>Family:</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Anordnung:</source>
            <translation>La&amp;yout:</translation>
        </message>
        <message>
            <source>Aus&amp;wählen …</source>
            <translation>Bro&amp;wse …</translation>
        </message>
        <message>
            <source>steht als Absender in der Einladung</source>
            <translation>appears as the sender of the invitation</translation>
        </message>
        <message>
            <source>auch die Tagesordnung für die &amp;Familie (zweisprachig)</source>
            <translation>also the agenda for the &amp;family (bilingual)</translation>
        </message>
        <message>
            <source>nebeneinander (zwei Spalten)</source>
            <translation>side by side (two columns)</translation>
        </message>
        <message>
            <source>abwechselnd (Absatz für Absatz)</source>
            <translation>alternating (paragraph by paragraph)</translation>
        </message>
        <message>
            <source>E&amp;rstellen</source>
            <translation>C&amp;reate</translation>
        </message>
        <message>
            <source>Es erhalten:</source>
            <translation>Recipients:</translation>
        </message>
        <message>
            <source>• {actor}: nichts – kein Thema freigegeben</source>
            <translation>• {actor}: nothing – no topic cleared</translation>
        </message>
        <message>
            <source>• {actor}: Einladung und Tagesordnung ({allowed} von {total} Themen)</source>
            <translation>• {actor}: invitation and agenda ({allowed} of {total} topics)</translation>
        </message>
        <message>
            <source>• keine Stelle eingeladen</source>
            <translation>• no organisation invited</translation>
        </message>
        <message>
            <source>Die Konferenz ist abgesagt: Die Kalendereinladung sagt den Termin ab.</source>
            <translation>The conference is cancelled: the calendar invitation cancels the meeting.</translation>
        </message>
        <message>
            <source>Ordner für Einladungen und Tagesordnungen</source>
            <translation>Folder for invitations and agendas</translation>
        </message>
        <message>
            <source>Diesen Ordner gibt es nicht.</source>
            <translation>This folder does not exist.</translation>
        </message>
        <message>
            <source>Bitte eine E-Mail-Adresse wie name@stadt.de angeben.</source>
            <translation>Please enter an email address such as name@example.org.</translation>
        </message>
        <message>
            <source>Wird erstellt …</source>
            <translation>Creating …</translation>
        </message>
        <message>
            <source>Einladungen und Tagesordnungen werden erstellt …</source>
            <translation>Creating invitations and agendas …</translation>
        </message>
        <message numerus="yes">
            <source>%n Tagesordnung(en) gespeichert</source>
            <translation>
                <numerusform>%n agenda saved</numerusform>
                <numerusform>%n agendas saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Stelle(n) eingeladen (Kalendereinladung .ics)</source>
            <translation>
                <numerusform>%n organisation invited (calendar invitation .ics)</numerusform>
                <numerusform>%n organisations invited (calendar invitation .ics)</numerusform>
            </translation>
        </message>
        <message>
            <source>Ordner: {folder}</source>
            <translation>Folder: {folder}</translation>
        </message>
        <message>
            <source>Nichts erhalten, weil kein Thema freigegeben ist: {names}</source>
            <translation>Nothing sent because no topic is cleared: {names}</translation>
        </message>
        <message>
            <source>Erneut e&amp;rstellen</source>
            <translation>Create a&amp;gain</translation>
        </message>
    </context>
    <context>
        <name>InvolvementDialog</name>
        <message>
            <source>Akteur beteiligen</source>
            <translation>Involve actor</translation>
        </message>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>&amp;Vorhandener Akteur</source>
            <translation>&amp;Existing actor</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Art</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>&amp;Rolle</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Ansprech&amp;person</source>
            <translation>&amp;Contact person</translation>
        </message>
        <message>
            <source>&amp;Funktion</source>
            <translation>Pos&amp;ition</translation>
        </message>
        <message>
            <source>&amp;Telefon</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <source>&amp;Seit</source>
            <translation>&amp;Since</translation>
        </message>
        <message>
            <source>N&amp;otizen</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>aus dem &amp;Netzwerk wählen</source>
            <translation>choose from the net&amp;work</translation>
        </message>
        <message>
            <source>neu an&amp;legen</source>
            <translation>cre&amp;ate new</translation>
        </message>
        <message>
            <source>z. B. Schulsozialarbeit, Migrationsberatung</source>
            <translation>e.g. school social work, migration counselling</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>InvolvementTableModel</name>
        <message>
            <source>Akteur</source>
            <extracomment>Columns.</extracomment>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Seit</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Beteiligung beendet am {date}</source>
            <translation>Involvement ended on {date}</translation>
        </message>
    </context>
    <context>
        <name>InvolvementsTab</name>
        <message>
            <source>Netzwerk</source>
            <extracomment>The dialog opened last, while it is open.</extracomment>
            <translation>Network</translation>
        </message>
        <message>
            <source>Akteur &amp;beteiligen …</source>
            <translation>&amp;Involve actor …</translation>
        </message>
        <message>
            <source>Beteiligung be&amp;enden …</source>
            <translation>&amp;End involvement …</translation>
        </message>
        <message>
            <source>Beteiligte Akteure</source>
            <translation>Involved actors</translation>
        </message>
        <message>
            <source>Akteur „{name}“ beteiligen</source>
            <translation>Involve actor “{name}”</translation>
        </message>
        <message>
            <source>Beteiligung von „{name}“ beenden</source>
            <translation>End involvement of “{name}”</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>abgeschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>member</translation>
        </message>
        <message>
            <source>Angehörige/r</source>
            <translation>relative</translation>
        </message>
        <message>
            <source>weiblich</source>
            <translation>female</translation>
        </message>
        <message>
            <source>männlich</source>
            <translation>male</translation>
        </message>
        <message>
            <source>divers</source>
            <translation>diverse</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>kein Pass</source>
            <translation>no passport</translation>
        </message>
        <message>
            <source>Pass vorhanden</source>
            <translation>passport held</translation>
        </message>
        <message>
            <source>Pass abgelaufen</source>
            <translation>passport expired</translation>
        </message>
        <message>
            <source>Passbeschaffung läuft</source>
            <translation>passport being obtained</translation>
        </message>
        <message>
            <source>Reisepass</source>
            <translation>passport</translation>
        </message>
        <message>
            <source>Duldungsbescheinigung</source>
            <translation>toleration certificate</translation>
        </message>
        <message>
            <source>Schulunterlagen</source>
            <translation>school records</translation>
        </message>
        <message>
            <source>Umschrift</source>
            <translation>transliteration</translation>
        </message>
        <message>
            <source>andere</source>
            <translation>other</translation>
        </message>
        <message>
            <source>leiblich</source>
            <translation>biological</translation>
        </message>
        <message>
            <source>adoptiert</source>
            <translation>adopted</translation>
        </message>
        <message>
            <source>Pflegekind</source>
            <translation>foster child</translation>
        </message>
        <message>
            <source>Stiefkind</source>
            <translation>stepchild</translation>
        </message>
        <message>
            <source>Ehe</source>
            <translation>marriage</translation>
        </message>
        <message>
            <source>Partnerschaft ohne Trauschein</source>
            <translation>unmarried partnership</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>start</translation>
        </message>
        <message>
            <source>Heirat</source>
            <translation>marriage</translation>
        </message>
        <message>
            <source>Trennung</source>
            <translation>separation</translation>
        </message>
        <message>
            <source>Versöhnung</source>
            <translation>reconciliation</translation>
        </message>
        <message>
            <source>Scheidung</source>
            <translation>divorce</translation>
        </message>
        <message>
            <source>verwitwet</source>
            <translation>widowed</translation>
        </message>
        <message>
            <source>Duldung (§ 60a)</source>
            <translation>Duldung – toleration (§ 60a)</translation>
        </message>
        <message>
            <source>Duldung ungeklärte Identität (§ 60b)</source>
            <translation>Duldung, identity unclarified (§ 60b)</translation>
        </message>
        <message>
            <source>Ausbildungsduldung (§ 60c)</source>
            <translation>training toleration (§ 60c)</translation>
        </message>
        <message>
            <source>Beschäftigungsduldung (§ 60d)</source>
            <translation>employment toleration (§ 60d)</translation>
        </message>
        <message>
            <source>Aufenthaltsgestattung</source>
            <translation>permission to stay (asylum procedure)</translation>
        </message>
        <message>
            <source>Aufenthaltserlaubnis</source>
            <translation>residence permit</translation>
        </message>
        <message>
            <source>Fiktionsbescheinigung</source>
            <translation>fictional certificate (Fiktionsbescheinigung)</translation>
        </message>
        <message>
            <source>Niederlassungserlaubnis</source>
            <translation>settlement permit</translation>
        </message>
        <message>
            <source>deutsche Staatsangehörigkeit</source>
            <translation>German citizenship</translation>
        </message>
        <message>
            <source>sonstiger Status</source>
            <translation>other status</translation>
        </message>
        <message>
            <source>Einreise</source>
            <translation>entry</translation>
        </message>
        <message>
            <source>freiwillige Ausreise</source>
            <translation>voluntary departure</translation>
        </message>
        <message>
            <source>Abschiebung</source>
            <translation>deportation</translation>
        </message>
        <message>
            <source>Wiedereinreise</source>
            <translation>re-entry</translation>
        </message>
        <message>
            <source>kommunale Flüchtlingsunterkunft</source>
            <translation>municipal refugee accommodation</translation>
        </message>
        <message>
            <source>Übergangseinrichtung Wohnungslosenhilfe</source>
            <translation>transitional homeless accommodation</translation>
        </message>
        <message>
            <source>eigene Wohnung</source>
            <translation>own flat</translation>
        </message>
        <message>
            <source>andere Unterkunft</source>
            <translation>other accommodation</translation>
        </message>
        <message>
            <source>regelmäßig</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>gelegentliche Fehlzeiten</source>
            <translation>occasional absences</translation>
        </message>
        <message>
            <source>häufige Fehlzeiten</source>
            <translation>frequent absences</translation>
        </message>
        <message>
            <source>Schulabsentismus</source>
            <translation>school absenteeism</translation>
        </message>
        <message>
            <source>AsylbLG</source>
            <translation>AsylbLG (asylum seekers' benefits)</translation>
        </message>
        <message>
            <source>Bürgergeld (SGB II)</source>
            <translation>citizen's income (SGB II)</translation>
        </message>
        <message>
            <source>Sozialhilfe (SGB XII)</source>
            <translation>social assistance (SGB XII)</translation>
        </message>
        <message>
            <source>Kindergeld</source>
            <translation>child benefit</translation>
        </message>
        <message>
            <source>andere Leistung</source>
            <translation>other benefit</translation>
        </message>
        <message>
            <source>Ausländerbehörde</source>
            <translation>immigration office</translation>
        </message>
        <message>
            <source>Sozialamt</source>
            <translation>social welfare office</translation>
        </message>
        <message>
            <source>Jugendamt</source>
            <translation>youth welfare office</translation>
        </message>
        <message>
            <source>Schulamt</source>
            <translation>school authority</translation>
        </message>
        <message>
            <source>Schule</source>
            <translation>school</translation>
        </message>
        <message>
            <source>Kita</source>
            <translation>day nursery</translation>
        </message>
        <message>
            <source>Jobcenter</source>
            <translation>job centre</translation>
        </message>
        <message>
            <source>Agentur für Arbeit</source>
            <translation>employment agency</translation>
        </message>
        <message>
            <source>Integrationszentrum</source>
            <translation>integration centre</translation>
        </message>
        <message>
            <source>Gesundheitsamt</source>
            <translation>health office</translation>
        </message>
        <message>
            <source>Arztpraxis</source>
            <translation>doctor's practice</translation>
        </message>
        <message>
            <source>freier Träger</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>Dolmetscherpool</source>
            <translation>interpreter pool</translation>
        </message>
        <message>
            <source>Bildungsträger</source>
            <translation>training provider</translation>
        </message>
        <message>
            <source>sonstiger Akteur</source>
            <translation>other actor</translation>
        </message>
        <message>
            <source>Hausbesuch</source>
            <translation>home visit</translation>
        </message>
        <message>
            <source>Termin im Büro</source>
            <translation>office appointment</translation>
        </message>
        <message>
            <source>Telefonat</source>
            <translation>phone call</translation>
        </message>
        <message>
            <source>Begleitung</source>
            <translation>accompaniment</translation>
        </message>
        <message>
            <source>anderer Kontakt</source>
            <translation>other contact</translation>
        </message>
        <message>
            <source>eng</source>
            <translation>close</translation>
        </message>
        <message>
            <source>konflikthaft</source>
            <translation>conflictual</translation>
        </message>
        <message>
            <source>distanziert</source>
            <translation>distant</translation>
        </message>
        <message>
            <source>Kontaktabbruch</source>
            <translation>cut-off</translation>
        </message>
        <message>
            <source>Wohnen</source>
            <translation>housing</translation>
        </message>
        <message>
            <source>Gesundheit</source>
            <translation>health</translation>
        </message>
        <message>
            <source>Schule und Kinderbetreuung</source>
            <translation>school and childcare</translation>
        </message>
        <message>
            <source>Ausbildung und Arbeit</source>
            <translation>training and work</translation>
        </message>
        <message>
            <source>Sprache</source>
            <translation>language</translation>
        </message>
        <message>
            <source>Lebensunterhalt und Finanzen</source>
            <translation>livelihood and finances</translation>
        </message>
        <message>
            <source>Aufenthalt</source>
            <translation>residence</translation>
        </message>
        <message>
            <source>Familie und Erziehung</source>
            <translation>family and parenting</translation>
        </message>
        <message>
            <source>soziales Leben</source>
            <translation>social life</translation>
        </message>
        <message>
            <source>Rahmenziel</source>
            <translation>framework goal</translation>
        </message>
        <message>
            <source>Ergebnisziel</source>
            <translation>outcome goal</translation>
        </message>
        <message>
            <source>Aktivität</source>
            <translation>activity</translation>
        </message>
        <message>
            <source>in Arbeit</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>erledigt</source>
            <translation>done</translation>
        </message>
        <message>
            <source>entfällt</source>
            <translation>dropped</translation>
        </message>
        <message>
            <source>kein Bedarf</source>
            <translation>no need</translation>
        </message>
        <message>
            <source>geringer Bedarf</source>
            <translation>low need</translation>
        </message>
        <message>
            <source>mittlerer Bedarf</source>
            <translation>medium need</translation>
        </message>
        <message>
            <source>hoher Bedarf</source>
            <translation>high need</translation>
        </message>
        <message>
            <source>fehlt</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>angefordert</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>liegt vor</source>
            <translation>provided</translation>
        </message>
        <message>
            <source>Entwurf</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>vereinbart</source>
            <translation>agreed</translation>
        </message>
        <message>
            <source>abgelöst</source>
            <translation>superseded</translation>
        </message>
        <message>
            <source>Voraussetzung für das Aufenthaltsrecht</source>
            <translation>requirement for a right of residence</translation>
        </message>
        <message>
            <source>neu</source>
            <translation>new</translation>
        </message>
        <message>
            <source>entfernt</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>geändert</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Schule und Ausbildung</source>
            <translation>school and training</translation>
        </message>
        <message>
            <source>Arbeit und Leistungen</source>
            <translation>work and benefits</translation>
        </message>
        <message>
            <source>familiäre Situation</source>
            <translation>family situation</translation>
        </message>
        <message>
            <source>Hilfeplan</source>
            <translation>help plan</translation>
        </message>
        <message>
            <source>Fallkonferenz</source>
            <translation>case conference</translation>
        </message>
        <message>
            <source>Zusammenarbeit mit der Ausländerbehörde</source>
            <translation>cooperation with the immigration office</translation>
        </message>
        <message>
            <source>Vermittlung an eine Stelle oder ein Angebot</source>
            <translation>referral to an organisation or service</translation>
        </message>
        <message>
            <source>schriftlich</source>
            <translation>in writing</translation>
        </message>
        <message>
            <source>mündlich vor Zeugen</source>
            <translation>verbally before witnesses</translation>
        </message>
        <message>
            <source>vorbereitet</source>
            <translation>prepared</translation>
        </message>
        <message>
            <source>erteilt</source>
            <translation>given</translation>
        </message>
        <message>
            <source>keine Einwilligung</source>
            <translation>no consent</translation>
        </message>
        <message>
            <source>noch nicht erteilt</source>
            <translation>not yet given</translation>
        </message>
        <message>
            <source>erst später erteilt</source>
            <translation>given only later</translation>
        </message>
        <message>
            <source>keine sorgeberechtigte Person erfasst</source>
            <translation>no custody holder recorded</translation>
        </message>
        <message>
            <source>nicht von allen Sorgeberechtigten erteilt</source>
            <translation>not given by all custody holders</translation>
        </message>
        <message>
            <source>nicht von der Person selbst erteilt</source>
            <translation>not given by the person themselves</translation>
        </message>
        <message>
            <source>Zweck nicht umfasst</source>
            <translation>purpose not covered</translation>
        </message>
        <message>
            <source>Stelle nicht umfasst</source>
            <translation>organisation not covered</translation>
        </message>
        <message>
            <source>Daten nicht umfasst</source>
            <translation>data not covered</translation>
        </message>
        <message>
            <source>widerrufen</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>abgelaufen</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>volljährig</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>minderjährig</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>Volljährigkeit ungewiss</source>
            <translation>adulthood uncertain</translation>
        </message>
        <message>
            <source>geplant</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>durchgeführt</source>
            <translation>held</translation>
        </message>
        <message>
            <source>abgesagt</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Einwilligungserklärung</source>
            <translation>consent form</translation>
        </message>
        <message>
            <source>Tagesordnung</source>
            <translation>agenda</translation>
        </message>
        <message>
            <source>Kalendereinladung</source>
            <translation>calendar invitation</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>Ergebnisblatt</source>
            <translation>results sheet</translation>
        </message>
        <message>
            <source>Hilfeplan (Fassung für die Familie)</source>
            <translation>help plan (family version)</translation>
        </message>
        <message>
            <source>Hilfeplan (Fassung für die Akte)</source>
            <translation>help plan (case file version)</translation>
        </message>
        <message>
            <source>Genogramm</source>
            <translation>genogram</translation>
        </message>
        <message>
            <source>Offenlegungsprotokoll</source>
            <translation>disclosure log</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>family</translation>
        </message>
        <message>
            <source>Stelle des Netzwerks</source>
            <translation>network organisation</translation>
        </message>
        <message>
            <source>Akte</source>
            <translation>case file</translation>
        </message>
        <message>
            <source>gedruckt</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>Datei</source>
            <translation>file</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Fallmanager</source>
            <extracomment>Fixed tabs before the family files.</extracomment>
            <translation>Fallmanager</translation>
        </message>
        <message>
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
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
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Hilfe</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Neue Familie …</source>
            <translation>&amp;New family …</translation>
        </message>
        <message>
            <source>&amp;Importieren …</source>
            <translation>&amp;Import …</translation>
        </message>
        <message>
            <source>&amp;Exportieren …</source>
            <translation>&amp;Export …</translation>
        </message>
        <message>
            <source>&amp;Sicherung anlegen …</source>
            <translation>Create &amp;backup …</translation>
        </message>
        <message>
            <source>S&amp;perren</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Beenden</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Heute</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>&amp;Familien</source>
            <translation>&amp;Families</translation>
        </message>
        <message>
            <source>&amp;Netzwerk</source>
            <translation>&amp;Network</translation>
        </message>
        <message>
            <source>Familie &amp;suchen</source>
            <translation>&amp;Find family</translation>
        </message>
        <message>
            <source>Familienakte s&amp;chließen</source>
            <translation>&amp;Close family file</translation>
        </message>
        <message>
            <source>&amp;Einstellungen …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <source>Ü&amp;ber Fallmanager</source>
            <translation>&amp;About Fallmanager</translation>
        </message>
        <message>
            <source>Heute</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Netzwerk</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>&amp;Rückgängig: {action}</source>
            <translation>&amp;Undo: {action}</translation>
        </message>
        <message>
            <source>&amp;Rückgängig</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Wiederholen: {action}</source>
            <translation>&amp;Redo: {action}</translation>
        </message>
        <message>
            <source>&amp;Wiederholen</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Über Fallmanager</source>
            <translation>About Fallmanager</translation>
        </message>
        <message>
            <source>Fallmanager {version}
Fallmanagement für die aufsuchende Arbeit mit Familien.</source>
            <translation>Fallmanager {version}
Case management for outreach work with families.</translation>
        </message>
        <message>
            <source>Ein Formular ist noch offen. Bitte erst speichern oder abbrechen.</source>
            <translation>A form is still open. Please save or cancel it first.</translation>
        </message>
    </context>
    <context>
        <name>MergeActorsDialog</name>
        <message>
            <source>Akteure zusammenführen</source>
            <translation>Merge actors</translation>
        </message>
        <message>
            <source>Zwei Einträge beschreiben dieselbe Organisation? Wählen Sie, welcher bleibt. Leere Angaben des bleibenden Eintrags werden aus der Dublette ergänzt.</source>
            <translation>Do two entries describe the same organisation? Choose which one stays. Empty details of the entry that stays are filled in from the duplicate.</translation>
        </message>
        <message>
            <source>&amp;Behalten:</source>
            <translation>&amp;Keep:</translation>
        </message>
        <message>
            <source>Behalten</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>&amp;Dublette (wird entfernt):</source>
            <translation>&amp;Duplicate (will be removed):</translation>
        </message>
        <message>
            <source>Dublette (wird entfernt)</source>
            <translation>Duplicate (will be removed)</translation>
        </message>
        <message>
            <source>&amp;Tauschen</source>
            <translation>&amp;Swap</translation>
        </message>
        <message>
            <source>&amp;Zusammenführen …</source>
            <translation>&amp;Merge …</translation>
        </message>
        <message>
            <source>– bitte wählen –</source>
            <translation>– please choose –</translation>
        </message>
        <message>
            <source>{name} ({place})</source>
            <translation>{name} ({place})</translation>
        </message>
        <message>
            <source>Alle Beteiligungen und Ansprechpersonen von „{duplicate}“ gehen auf „{keep}“ über; „{duplicate}“ wird entfernt.</source>
            <translation>All involvements and contact persons of “{duplicate}” are transferred to “{keep}”; “{duplicate}” is removed.</translation>
        </message>
        <message>
            <source>Bitte den Eintrag wählen, der bleibt.</source>
            <translation>Please choose the entry that stays.</translation>
        </message>
        <message>
            <source>Bitte die Dublette wählen.</source>
            <translation>Please choose the duplicate.</translation>
        </message>
        <message>
            <source>Ein Akteur kann nicht mit sich selbst zusammengeführt werden.</source>
            <translation>An actor cannot be merged with itself.</translation>
        </message>
        <message>
            <source>Dieser Schritt lässt sich nicht rückgängig machen.</source>
            <translation>This step cannot be undone.</translation>
        </message>
        <message>
            <source>Zusammenführen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Akteure werden zusammengeführt …</source>
            <translation>Merging actors …</translation>
        </message>
    </context>
    <context>
        <name>MergedValueDialog</name>
        <message>
            <source>Zusammengeführter Wert</source>
            <translation>Merged value</translation>
        </message>
        <message>
            <source>&amp;Wert, der für alle gelten soll:</source>
            <translation>&amp;Value that should apply for everyone:</translation>
        </message>
    </context>
    <context>
        <name>MigrationEventDialog</name>
        <message>
            <source>Ein- oder Ausreise erfassen</source>
            <translation>Record entry or departure</translation>
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Land (Code):</source>
            <translation>&amp;Country (code):</translation>
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>TT.MM.JJJJ, MM.JJJJ oder JJJJ</source>
            <translation>DD.MM.YYYY, MM.YYYY or YYYY</translation>
        </message>
        <message>
            <source>woher bzw. wohin, z. B. RS</source>
            <translation>from or to where, e.g. RS</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Sprache der Fam&amp;ilie:</source>
            <translation>Language of the fam&amp;ily:</translation>
        </message>
        <message>
            <source>Ergebnisse und Schritte können für das Ergebnisblatt übersetzt werden.</source>
            <translation>Results and steps can be translated for the results sheet.</translation>
        </message>
        <message>
            <source>Ergebni&amp;s:</source>
            <translation>&amp;Result:</translation>
        </message>
        <message>
            <source>Was wurde zu diesem Thema besprochen und vereinbart?</source>
            <translation>What was discussed and agreed on this topic?</translation>
        </message>
        <message>
            <source>Übersetzung von Fachübersetzung geprüft</source>
            <translation>Translation checked by a professional translator</translation>
        </message>
        <message>
            <source>Ergebnis spei&amp;chern</source>
            <translation>&amp;Save result</translation>
        </message>
        <message>
            <source>Vereinbarte Sc&amp;hritte:</source>
            <translation>Agreed ste&amp;ps:</translation>
        </message>
        <message>
            <source>&amp;Hinzufügen …</source>
            <translation>&amp;New …</translation>
        </message>
        <message>
            <source>Ä&amp;ndern …</source>
            <translation>&amp;Change …</translation>
        </message>
        <message>
            <source>&amp;Entfernen …</source>
            <translation>R&amp;emove …</translation>
        </message>
        <message>
            <source>Schritte bearbeiten</source>
            <translation>Edit steps</translation>
        </message>
        <message>
            <source>In den Hilfeplan üb&amp;ernehmen …</source>
            <translation>Add to help p&amp;lan …</translation>
        </message>
        <message>
            <source>Die ausgewählten Schritte (ohne Auswahl: alle noch nicht übernommenen) werden Aktivitäten des Hilfeplans und Aufgaben.</source>
            <translation>The selected steps (with nothing selected: all not yet added) become activities of the help plan and tasks.</translation>
        </message>
        <message>
            <source>Themen des Protokolls</source>
            <translation>Topics of the minutes</translation>
        </message>
        <message>
            <source>Vereinbarte Schritte</source>
            <translation>Agreed steps</translation>
        </message>
        <message>
            <source>TOP {number}: {title}</source>
            <translation>Item {number}: {title}</translation>
        </message>
        <message>
            <source>&amp;Übersetzung ({language}):</source>
            <translation>Translati&amp;on ({language}):</translation>
        </message>
        <message>
            <source>Das Protokoll wird nach der Konferenz geschrieben: Markieren Sie die Konferenz dazu als durchgeführt.</source>
            <translation>The minutes are written after the conference: mark the conference as held first.</translation>
        </message>
        <message>
            <source>Die Konferenz wurde abgesagt; es gibt kein Protokoll.</source>
            <translation>The conference was cancelled; there are no minutes.</translation>
        </message>
        <message>
            <source>Die Tagesordnung hat keine Themen.</source>
            <translation>The agenda has no topics.</translation>
        </message>
        <message>
            <source>Die Familienakte ist abgeschlossen; das Protokoll bleibt unverändert.</source>
            <translation>The family file is closed; the minutes stay unchanged.</translation>
        </message>
        <message>
            <source>Ergebnis zu „{title}“ speichern</source>
            <translation>Save result for “{title}”</translation>
        </message>
        <message>
            <source>Schritt „{wording}“ vereinbaren</source>
            <translation>Agree step “{wording}”</translation>
        </message>
        <message>
            <source>Schritt „{wording}“ ändern</source>
            <translation>Change step “{wording}”</translation>
        </message>
        <message>
            <source>Schritt „{wording}“ entfernen?</source>
            <translation>Remove step “{wording}”?</translation>
        </message>
        <message numerus="yes">
            <source>%n Schritte entfernen?</source>
            <translation>
                <numerusform>Remove %n step?</numerusform>
                <numerusform>Remove %n steps?</numerusform>
            </translation>
        </message>
        <message>
            <source>Was daraus im Hilfeplan und bei den Aufgaben entstanden ist, bleibt dort.</source>
            <translation>Whatever has come of it in the help plan and the tasks stays there.</translation>
        </message>
        <message>
            <source>Schritt „{wording}“ entfernen</source>
            <translation>Remove step “{wording}”</translation>
        </message>
        <message numerus="yes">
            <source>%n Schritte entfernen</source>
            <translation>
                <numerusform>Remove %n step</numerusform>
                <numerusform>Remove %n steps</numerusform>
            </translation>
        </message>
        <message>
            <source>Schritt entfernen</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Die Familie hat noch keinen Hilfeplan. Beginnen Sie ihn auf dem Reiter „Hilfeplan“; dann können Schritte als Aktivitäten übernommen werden.</source>
            <translation>The family has no help plan yet. Start one on the “Help plan” tab; then steps can be added as activities.</translation>
        </message>
        <message numerus="yes">
            <source>Für %n Schritt(e) ist kein Ergebnisziel gewählt, unter das die Aktivität gehört:</source>
            <translation>
                <numerusform>%n step has no outcome goal chosen for its activity to go under:</numerusform>
                <numerusform>%n steps have no outcome goal chosen for their activities to go under:</numerusform>
            </translation>
        </message>
        <message>
            <source>Bitte im Schritt ein Ergebnisziel wählen.</source>
            <translation>Please choose an outcome goal in the step.</translation>
        </message>
        <message>
            <source>In den Hilfeplan übernehmen</source>
            <translation>Add to help plan</translation>
        </message>
        <message numerus="yes">
            <source>%n vereinbarte(r) Schritt(e) werden übernommen:</source>
            <translation>
                <numerusform>%n agreed step will be added:</numerusform>
                <numerusform>%n agreed steps will be added:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n Aktivität(en) im Hilfeplan</source>
            <translation>
                <numerusform>• %n activity in the help plan</numerusform>
                <numerusform>• %n activities in the help plan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n Aufgabe(n)</source>
            <translation>
                <numerusform>• %n task</numerusform>
                <numerusform>• %n tasks</numerusform>
            </translation>
        </message>
        <message>
            <source>Die Aktivitäten kommen in den Entwurf (Version {number}).</source>
            <translation>The activities go into the draft (version {number}).</translation>
        </message>
        <message>
            <source>Dafür wird eine Fortschreibung des Hilfeplans (Version {number}) begonnen.</source>
            <translation>For this, an update of the help plan (version {number}) is started.</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Aus der Fallkonferenz vom {date}</source>
            <translation>From the case conference on {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n Schritt(e) in den Hilfeplan übernehmen</source>
            <translation>
                <numerusform>Add %n step to the help plan</numerusform>
                <numerusform>Add %n steps to the help plan</numerusform>
            </translation>
        </message>
        <message>
            <source>Übernehmen</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>MinutesPrintDialog</name>
        <message>
            <source>Protokoll drucken – {when}</source>
            <translation>Print minutes – {when}</translation>
        </message>
        <message>
            <source>&amp;Für:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>die Akte (alle Themen)</source>
            <translation>the case file (all topics)</translation>
        </message>
        <message>
            <source>{actor} – kein Thema freigegeben</source>
            <translation>{actor} – no topic cleared</translation>
        </message>
        <message>
            <source>{actor} ({allowed} von {total} Themen)</source>
            <translation>{actor} ({allowed} of {total} topics)</translation>
        </message>
        <message>
            <source>Anonymisierte Fallbesprechung: Das Protokoll nennt keine Namen.</source>
            <translation>Anonymised case discussion: the minutes contain no names.</translation>
        </message>
        <message>
            <source>Das vollständige Protokoll für die eigene Akte.</source>
            <translation>The complete minutes for your own case file.</translation>
        </message>
        <message>
            <source>Die Stelle erhält nur die Themen, für die die Familie eingewilligt hat.</source>
            <translation>The organisation receives only the topics the family has consented to.</translation>
        </message>
        <message>
            <source>Protokoll als PDF speichern</source>
            <translation>Save minutes as PDF</translation>
        </message>
        <message>
            <source>Protokoll wird erstellt …</source>
            <translation>Creating minutes …</translation>
        </message>
    </context>
    <context>
        <name>MinutesTopicModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Thema</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Schritte</source>
            <translation>Steps</translation>
        </message>
    </context>
    <context>
        <name>NameVariantsDialog</name>
        <message>
            <source>Namensvarianten von {name}</source>
            <translation>Name variants of {name}</translation>
        </message>
        <message>
            <source>Variante &amp;entfernen</source>
            <translation>&amp;Remove variant</translation>
        </message>
        <message>
            <source>Neue Namensvariante</source>
            <translation>New name variant</translation>
        </message>
        <message>
            <source>&amp;Vornamen:</source>
            <translation>&amp;Given names:</translation>
        </message>
        <message>
            <source>&amp;Familienname:</source>
            <translation>&amp;Family name:</translation>
        </message>
        <message>
            <source>&amp;Quelle:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Variante &amp;hinzufügen</source>
            <translation>&amp;Add variant</translation>
        </message>
    </context>
    <context>
        <name>NameVariantsModel</name>
        <message>
            <source>Vornamen</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Familienname</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Quelle</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <source>Ressourcen und Bedarfe ändern</source>
            <translation>Change resources and needs</translation>
        </message>
        <message>
            <source>Ressourcen und Bedarfe erfassen</source>
            <translation>Record resources and needs</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Lebensbereich:</source>
            <translation>&amp;Life domain:</translation>
        </message>
        <message>
            <source>&amp;Ressourcen:</source>
            <translation>&amp;Resources:</translation>
        </message>
        <message>
            <source>&amp;Bedarfe:</source>
            <translation>&amp;Needs:</translation>
        </message>
        <message>
            <source>&amp;Einschätzung:</source>
            <translation>&amp;Assessment:</translation>
        </message>
        <message>
            <source>nicht eingeschätzt</source>
            <translation>not assessed</translation>
        </message>
        <message>
            <source>Was gelingt, wer unterstützt, was ist da?</source>
            <translation>What works, who helps, what is there?</translation>
        </message>
        <message>
            <source>Was fehlt, wobei braucht es Hilfe?</source>
            <translation>What is missing, where is help needed?</translation>
        </message>
        <message>
            <source>Bitte Ressourcen, Bedarfe oder eine Einschätzung eintragen.</source>
            <translation>Please enter resources, needs or an assessment.</translation>
        </message>
        <message>
            <source>Für diese Person und diesen Lebensbereich gibt es schon einen Eintrag.</source>
            <translation>There is already an entry for this person and this life domain.</translation>
        </message>
    </context>
    <context>
        <name>NeedOverviewModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Ressourcen: {text}</source>
            <translation>Resources: {text}</translation>
        </message>
        <message>
            <source>Bedarfe: {text}</source>
            <translation>Needs: {text}</translation>
        </message>
    </context>
    <context>
        <name>NeedTableModel</name>
        <message>
            <source>Person</source>
            <extracomment>Columns of the table.</extracomment>
            <translation>Person</translation>
        </message>
        <message>
            <source>Lebensbereich</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>Einschätzung</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Ressourcen</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Bedarfe</source>
            <translation>Needs</translation>
        </message>
    </context>
    <context>
        <name>NeedsPanel</name>
        <message>
            <source>Über&amp;sicht Person × Lebensbereich</source>
            <translation>&amp;Overview person × life domain</translation>
        </message>
        <message>
            <source>Ressourcen und Bedarfe</source>
            <translation>Resources and needs</translation>
        </message>
        <message>
            <source>Übersicht Person × Lebensbereich</source>
            <translation>Overview person × life domain</translation>
        </message>
        <message>
            <source>Ressourcen und Bedarfe „{title}“ erfassen</source>
            <translation>Record resources and needs “{title}”</translation>
        </message>
        <message>
            <source>Ressourcen und Bedarfe „{title}“ ändern</source>
            <translation>Change resources and needs “{title}”</translation>
        </message>
        <message>
            <source>Ressourcen und Bedarfe „{title}“ entfernen</source>
            <translation>Remove resources and needs “{title}”</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>&amp;Filter:</source>
            <extracomment>Kinds of change after which the directory reloads (family kinds: names in the details).</extracomment>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Name, Ort, Abteilung …</source>
            <translation>Name, town, department …</translation>
        </message>
        <message>
            <source>Akteure filtern</source>
            <translation>Filter actors</translation>
        </message>
        <message>
            <source>A&amp;rt:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>Nach Art filtern</source>
            <translation>Filter by type</translation>
        </message>
        <message>
            <source>Akteure</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>&amp;Neuer Akteur …</source>
            <translation>&amp;New actor …</translation>
        </message>
        <message>
            <source>Akteur anlegen ({shortcut})</source>
            <translation>Create actor ({shortcut})</translation>
        </message>
        <message>
            <source>Bearbei&amp;ten …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <source>Dublette &amp;prüfen …</source>
            <translation>&amp;Check for duplicate …</translation>
        </message>
        <message>
            <source>An&amp;sprechperson hinzufügen …</source>
            <translation>Add contact &amp;person …</translation>
        </message>
        <message>
            <source>Fami&amp;lienakte öffnen</source>
            <translation>&amp;Open family file</translation>
        </message>
        <message>
            <source>&amp;Zusammenführen …</source>
            <translation>&amp;Merge …</translation>
        </message>
        <message>
            <source>Zwei Einträge derselben Organisation zu einem zusammenführen</source>
            <translation>Merge two entries for the same organisation into one</translation>
        </message>
        <message>
            <source>Mögliche Dubletten</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>Ansprechpersonen</source>
            <translation>Contact persons</translation>
        </message>
        <message>
            <source>Beteiligt bei Familien</source>
            <translation>Involved with families</translation>
        </message>
        <message>
            <source>alle Arten</source>
            <translation>all types</translation>
        </message>
        <message numerus="yes">
            <source>%n Akteur(e)</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} von {total} Akteuren</source>
            <translation>{shown} of {total} actors</translation>
        </message>
        <message>
            <source>Kein Akteur ausgewählt</source>
            <translation>No actor selected</translation>
        </message>
        <message>
            <source>{name} – {kind}</source>
            <translation>{name} – {kind}</translation>
        </message>
    </context>
    <context>
        <name>NewFamilyDialog</name>
        <message>
            <source>Neue Familie</source>
            <translation>New family</translation>
        </message>
        <message>
            <source>&amp;Aktenzeichen:</source>
            <translation>&amp;Case number:</translation>
        </message>
        <message>
            <source>&amp;Zuständig:</source>
            <translation>&amp;Assigned to:</translation>
        </message>
        <message>
            <source>&amp;Eröffnet am:</source>
            <translation>&amp;Opened on:</translation>
        </message>
        <message>
            <source>z. B. 2026-0042</source>
            <translation>e.g. 2026-0042</translation>
        </message>
        <message>
            <source>Erste Person (optional)</source>
            <translation>First person (optional)</translation>
        </message>
        <message>
            <source>&amp;Vornamen:</source>
            <translation>&amp;Given names:</translation>
        </message>
        <message>
            <source>&amp;Familienname:</source>
            <translation>&amp;Family name:</translation>
        </message>
        <message>
            <source>&amp;Geburtsdatum:</source>
            <translation>&amp;Date of birth:</translation>
        </message>
        <message>
            <source>TT.MM.JJJJ, MM.JJJJ oder JJJJ</source>
            <translation>DD.MM.YYYY, MM.YYYY or YYYY</translation>
        </message>
        <message>
            <source>Mögliche Doppelerfassung</source>
            <translation>Possible duplicate entry</translation>
        </message>
        <message>
            <source>Diese Personen mit gleichem Namen und Geburtsjahr gibt es schon. Ist es eine von ihnen, bitte abbrechen und die Person über die Familienakte hinzufügen.</source>
            <translation>These people with the same name and year of birth already exist. If it is one of them, please cancel and add the person through the family file.</translation>
        </message>
        <message>
            <source>Mögliche Doppelerfassungen</source>
            <translation>Possible duplicate entries</translation>
        </message>
        <message>
            <source>Es ist eine andere Person: &amp;trotzdem neu anlegen</source>
            <translation>It is a different person: create &amp;new anyway</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Familie an&amp;legen</source>
            <translation>Create fami&amp;ly</translation>
        </message>
        <message>
            <source>Familie wird angelegt …</source>
            <translation>Creating family …</translation>
        </message>
    </context>
    <context>
        <name>Op</name>
        <message>
            <source>Abbrechen</source>
            <extracomment>Operations faster than this never show a progress dialog (no flicker).</extracomment>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OverviewMembersModel</name>
        <message>
            <source>Name</source>
            <extracomment>How many open tasks the overview lists.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Alter</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>{name} (†)</source>
            <translation>{name} (†)</translation>
        </message>
        <message>
            <source>{date} (abgelaufen)</source>
            <translation>{date} (expired)</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Überblick</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Aktenzeichen:</source>
            <translation>Case number:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Zuständig:</source>
            <translation>Assigned to:</translation>
        </message>
        <message>
            <source>Eröffnet am:</source>
            <translation>Opened on:</translation>
        </message>
        <message>
            <source>Abgeschlossen am:</source>
            <translation>Closed on:</translation>
        </message>
        <message>
            <source>Letzter Kontakt:</source>
            <translation>Last contact:</translation>
        </message>
        <message>
            <source>Familienakte</source>
            <translation>Family file</translation>
        </message>
        <message>
            <source>Akte &amp;schließen …</source>
            <translation>&amp;Close file …</translation>
        </message>
        <message>
            <source>&amp;Wieder öffnen</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Personen mit Alter und Aufenthaltsstatus</source>
            <translation>People with age and residence status</translation>
        </message>
        <message>
            <source>&amp;Personen …</source>
            <translation>&amp;People …</translation>
        </message>
        <message>
            <source>&amp;Aufenthalt …</source>
            <translation>&amp;Residence …</translation>
        </message>
        <message>
            <source>Schule &amp;&amp; Arbei&amp;t …</source>
            <translation>School &amp;&amp; &amp;work …</translation>
        </message>
        <message>
            <source>Unterkunft</source>
            <translation>Accommodation</translation>
        </message>
        <message>
            <source>Hinweise</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Beteiligte</source>
            <translation>Involved parties</translation>
        </message>
        <message>
            <source>Beteiligte Akteure</source>
            <translation>Involved actors</translation>
        </message>
        <message>
            <source>&amp;Beteiligte …</source>
            <translation>&amp;Involved parties …</translation>
        </message>
        <message>
            <source>Nächste Aufgaben</source>
            <translation>Next tasks</translation>
        </message>
        <message>
            <source>Nächste offene Aufgaben</source>
            <translation>Next open tasks</translation>
        </message>
        <message>
            <source>A&amp;ufgaben …</source>
            <translation>&amp;Tasks …</translation>
        </message>
        <message>
            <source>Besu&amp;che …</source>
            <translation>&amp;Visits …</translation>
        </message>
        <message>
            <source>noch keiner</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>Keine aktuelle Unterkunft erfasst.</source>
            <translation>No current accommodation recorded.</translation>
        </message>
        <message>
            <source>Wohneinheit {unit}</source>
            <translation>Unit {unit}</translation>
        </message>
        <message numerus="yes">
            <source>%n Person(en)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <source>seit {date}</source>
            <translation>since {date}</translation>
        </message>
        <message>
            <source>{name}: {kind} seit {date} abgelaufen</source>
            <translation>{name}: {kind} expired on {date}</translation>
        </message>
        <message>
            <source>{name}: {kind} läuft am {date} ab</source>
            <translation>{name}: {kind} expires on {date}</translation>
        </message>
        <message>
            <source>{name} braucht Dolmetschung ({language})</source>
            <translation>{name} needs an interpreter ({language})</translation>
        </message>
        <message>
            <source>{name} braucht Dolmetschung</source>
            <translation>{name} needs an interpreter</translation>
        </message>
        <message>
            <source>{name}: Geburtsdatum ist fiktiv</source>
            <translation>{name}: date of birth is fictitious</translation>
        </message>
        <message numerus="yes">
            <source>%n überfällige Aufgabe(n)</source>
            <translation>
                <numerusform>%n overdue task</numerusform>
                <numerusform>%n overdue tasks</numerusform>
            </translation>
        </message>
        <message>
            <source>{actor} – {role}</source>
            <translation>{actor} – {role}</translation>
        </message>
        <message>
            <source>{text} (Ansprechpartner/in: {contact})</source>
            <translation>{text} (contact person: {contact})</translation>
        </message>
        <message>
            <source>{date}: {title}</source>
            <translation>{date}: {title}</translation>
        </message>
        <message>
            <source>ohne Frist: {title}</source>
            <translation>no deadline: {title}</translation>
        </message>
        <message>
            <source>Keine offenen Aufgaben.</source>
            <translation>No open tasks.</translation>
        </message>
        <message>
            <source>Akte {case} schließen</source>
            <translation>Close file {case}</translation>
        </message>
        <message>
            <source>Akte {case} wieder öffnen</source>
            <translation>Reopen file {case}</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <translation>{name}: {text}</translation>
        </message>
    </context>
    <context>
        <name>PdfFiles</name>
        <message>
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PendingTableModel</name>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Datensatz</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Geändert am</source>
            <translation>Changed on</translation>
        </message>
    </context>
    <context>
        <name>PeriodRecordDialog</name>
        <message>
            <source>&amp;Person</source>
            <extracomment>Whether the person may be left out (benefits of the whole family). Actor kinds offered in ``actor`` (empty: no actor field).</extracomment>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Von</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;Bis</source>
            <translation>&amp;Until</translation>
        </message>
        <message>
            <source>&amp;Notizen</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>ganze Familie</source>
            <translation>whole family</translation>
        </message>
        <message>
            <source>keine Angabe</source>
            <translation>not specified</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person hinzufügen</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>Person bearbeiten</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>&amp;Vornamen:</source>
            <translation>&amp;Given names:</translation>
        </message>
        <message>
            <source>&amp;Familienname:</source>
            <translation>&amp;Family name:</translation>
        </message>
        <message>
            <source>&amp;Geschlecht:</source>
            <translation>G&amp;ender:</translation>
        </message>
        <message>
            <source>Geburts&amp;datum:</source>
            <translation>&amp;Date of birth:</translation>
        </message>
        <message>
            <source>Ver&amp;storben:</source>
            <translation>De&amp;ceased:</translation>
        </message>
        <message>
            <source>Sterbeda&amp;tum:</source>
            <translation>Date of dea&amp;th:</translation>
        </message>
        <message>
            <source>&amp;Rolle in der Akte:</source>
            <translation>&amp;Role in the file:</translation>
        </message>
        <message>
            <source>Geburts&amp;ort:</source>
            <translation>&amp;Place of birth:</translation>
        </message>
        <message>
            <source>Geburts&amp;land (Code):</source>
            <translation>Country of &amp;birth (code):</translation>
        </message>
        <message>
            <source>Staats&amp;angehörigkeiten:</source>
            <translation>&amp;Nationalities:</translation>
        </message>
        <message>
            <source>&amp;Identität geklärt:</source>
            <translation>&amp;Identity established:</translation>
        </message>
        <message>
            <source>Weitere Dok&amp;umente:</source>
            <translation>Other doc&amp;uments:</translation>
        </message>
        <message>
            <source>Geburtsdatum fi&amp;ktiv:</source>
            <translation>Fictitious date of birt&amp;h:</translation>
        </message>
        <message>
            <source>Sprache&amp;n:</source>
            <translation>&amp;Languages:</translation>
        </message>
        <message>
            <source>Dolmets&amp;chung nötig:</source>
            <translation>Interpreter re&amp;quired:</translation>
        </message>
        <message>
            <source>Dolmetsch-Sprac&amp;he:</source>
            <translation>Interpreter l&amp;anguage:</translation>
        </message>
        <message>
            <source>&amp;Pass:</source>
            <translation>Pa&amp;ssport:</translation>
        </message>
        <message>
            <source>Noti&amp;zen:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>TT.MM.JJJJ, MM.JJJJ oder JJJJ</source>
            <translation>DD.MM.YYYY, MM.YYYY or YYYY</translation>
        </message>
        <message>
            <source>von einer Behörde gesetzt</source>
            <translation>set by an authority</translation>
        </message>
        <message>
            <source>z. B. RS, XK, STATELESS</source>
            <translation>e.g. RS, XK, STATELESS</translation>
        </message>
        <message>
            <source>z. B. sr, de, rom</source>
            <translation>e.g. sr, de, rom</translation>
        </message>
        <message>
            <source>z. B. RS</source>
            <translation>e.g. RS</translation>
        </message>
        <message>
            <source>z. B. sr</source>
            <translation>e.g. sr</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
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
            <source>Mögliche Doppelerfassung</source>
            <translation>Possible duplicate entry</translation>
        </message>
        <message>
            <source>Im Tresor gibt es schon Personen mit diesem Namen und Geburtsjahr. Ist es dieselbe Person, übernehmen Sie sie in diese Akte.</source>
            <translation>The vault already contains people with this name and year of birth. If it is the same person, add that person to this file.</translation>
        </message>
        <message>
            <source>&amp;Vorhandene Person übernehmen</source>
            <translation>Use e&amp;xisting person</translation>
        </message>
        <message>
            <source>&amp;Trotzdem neu anlegen</source>
            <translation>Create ne&amp;w anyway</translation>
        </message>
    </context>
    <context>
        <name>PersonFormat</name>
        <message>
            <source>ca. {age}</source>
            <translation>approx. {age}</translation>
        </message>
    </context>
    <context>
        <name>PersonRelationsModel</name>
        <message>
            <source>Beziehung</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>, sorgeberechtigt</source>
            <translation>, with custody</translation>
        </message>
        <message>
            <source>, nicht sorgeberechtigt</source>
            <translation>, without custody</translation>
        </message>
        <message>
            <source>Elternteil</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Partner/in</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>PersonsTab</name>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Person &amp;hinzufügen …</source>
            <translation>&amp;Add person …</translation>
        </message>
        <message>
            <source>&amp;Bearbeiten …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <source>&amp;Namensvariante …</source>
            <translation>&amp;Name variant …</translation>
        </message>
        <message>
            <source>Be&amp;ziehung erfassen …</source>
            <translation>Record &amp;relationship …</translation>
        </message>
        <message>
            <source>Aus Familie ent&amp;fernen</source>
            <translation>Re&amp;move from family</translation>
        </message>
        <message>
            <source>Personen der Familienakte</source>
            <translation>People in the family file</translation>
        </message>
        <message>
            <source>Beziehungen de&amp;r Person:</source>
            <translation>Relation&amp;ships of the person:</translation>
        </message>
        <message>
            <source>Beziehungen der gewählten Person</source>
            <translation>Relationships of the selected person</translation>
        </message>
        <message>
            <source>Noch keine Personen erfasst.</source>
            <translation>No people recorded yet.</translation>
        </message>
        <message>
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Alter</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Geburtsdatum fiktiv</source>
            <translation>Fictitious date of birth</translation>
        </message>
        <message>
            <source>Verstorben</source>
            <translation>Deceased</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Geburtsort</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Staatsangehörigkeit</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Sprachen</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Dolmetschung</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Identität geklärt</source>
            <translation>Identity established</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Weitere Dokumente</source>
            <translation>Other documents</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Namensvarianten</source>
            <translation>Name variants</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message>
            <source>Gespeichert, bitte prüfen: {warnings}</source>
            <translation>Saved, please check: {warnings}</translation>
        </message>
        <message>
            <source>Aus Familie entfernen</source>
            <translation>Remove from family</translation>
        </message>
        <message>
            <source>Soll „{name}“ aus dieser Familienakte entfernt werden? Die Person und ihre Geschichte bleiben im Tresor erhalten.</source>
            <translation>Remove “{name}” from this family file? The person and their history are kept in the vault.</translation>
        </message>
        <message>
            <source>Person „{name}“ aus der Akte entfernen</source>
            <translation>Remove person “{name}” from the file</translation>
        </message>
        <message>
            <source>Person „{name}“ anlegen</source>
            <translation>Create person “{name}”</translation>
        </message>
        <message>
            <source>Person „{name}“ in die Akte übernehmen</source>
            <translation>Add person “{name}” to the file</translation>
        </message>
        <message>
            <source>Namensvariante für „{name}“ erfassen</source>
            <translation>Record name variant for “{name}”</translation>
        </message>
        <message>
            <source>Namensvariante von „{name}“ entfernen</source>
            <translation>Remove name variant of “{name}”</translation>
        </message>
        <message>
            <source>Beziehung erfassen</source>
            <translation>Record relationship</translation>
        </message>
    </context>
    <context>
        <name>PersonsTableModel</name>
        <message>
            <source>Name</source>
            <extracomment>The role carrying a row's person id, and the role the proxy sorts by.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Alter</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Staatsangehörigkeit</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Sprachen</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Dolmetschung</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Fiktives Geburtsdatum</source>
            <translation>Fictitious date of birth</translation>
        </message>
        <message>
            <source>{name} (†)</source>
            <translation>{name} (†)</translation>
        </message>
        <message>
            <source>{date} (fiktiv)</source>
            <translation>{date} (fictitious)</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>PhraseDialog</name>
        <message>
            <source>Eigener Textbaustein</source>
            <extracomment>The catalogue entry of a row (None for a group heading). The folded text a row is searched by. The phrase kinds that become goals (requirement phrases belong to the requirements).</extracomment>
            <translation>Own phrase</translation>
        </message>
        <message>
            <source>&amp;Art</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Lebensbereich</source>
            <translation>&amp;Life domain</translation>
        </message>
        <message>
            <source>&amp;Formulierung</source>
            <translation>&amp;Wording</translation>
        </message>
        <message>
            <source>Ergebnisziel</source>
            <translation>Outcome goal</translation>
        </message>
        <message>
            <source>Aktivität</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>ohne Lebensbereich</source>
            <translation>no life domain</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Hilfeplan drucken – Version {number}</source>
            <extracomment>The PDF was written (its path). A copy was logged in the disclosure log (its Disclosure), after saving or printing.</extracomment>
            <translation>Print help plan – version {number}</translation>
        </message>
        <message>
            <source>Fassung:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Anordnung:</source>
            <translation>La&amp;yout:</translation>
        </message>
        <message>
            <source>&amp;Empfänger:</source>
            <translation>&amp;Recipient:</translation>
        </message>
        <message>
            <source>&amp;Zweck:</source>
            <translation>P&amp;urpose:</translation>
        </message>
        <message>
            <source>für die &amp;Familie</source>
            <translation>for the &amp;family</translation>
        </message>
        <message>
            <source>für das &amp;Büro</source>
            <translation>for the &amp;office</translation>
        </message>
        <message>
            <source>Die Fassung für die Familie ist kurz, in großer Schrift und ohne interne Notizen und Einschätzungen. Die Fassung für das Büro enthält den ganzen Plan.</source>
            <translation>The family version is short, in large print and without internal notes and assessments. The office version contains the whole plan.</translation>
        </message>
        <message>
            <source>Sprache des Ausdrucks</source>
            <translation>Language of the printout</translation>
        </message>
        <message>
            <source>nebeneinander (zwei Spalten)</source>
            <translation>side by side (two columns)</translation>
        </message>
        <message>
            <source>abwechselnd (Absatz für Absatz)</source>
            <translation>alternating (paragraph by paragraph)</translation>
        </message>
        <message>
            <source>Anordnung der Sprachen</source>
            <translation>Arrangement of the languages</translation>
        </message>
        <message>
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as P&amp;DF …</translation>
        </message>
        <message>
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <source>Briefkopf: {name} (ändern unter Einstellungen)</source>
            <translation>Letterhead: {name} (change in Settings)</translation>
        </message>
        <message>
            <source>Noch kein Briefkopf: Name und Kontakt des Büros unter Einstellungen.</source>
            <translation>No letterhead yet: enter the office's name and contact in Settings.</translation>
        </message>
        <message>
            <source>Hilfeplan als PDF speichern</source>
            <translation>Save help plan as PDF</translation>
        </message>
        <message>
            <source>Hilfeplan wird erstellt …</source>
            <translation>Creating help plan …</translation>
        </message>
        <message>
            <source>Gespeichert: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>Printouts</name>
        <message>
            <source>Keine Berechtigung, in diesen Ordner zu schreiben.</source>
            <translation>No permission to write to this folder.</translation>
        </message>
        <message>
            <source>Die Datei konnte nicht geschrieben werden.</source>
            <translation>The file could not be written.</translation>
        </message>
    </context>
    <context>
        <name>RecipientChoice</name>
        <message>
            <source>Familie</source>
            <extracomment>The family file was read (the organisations can be chosen).</extracomment>
            <translation>Family</translation>
        </message>
        <message>
            <source>nur für die Akte</source>
            <translation>for the case file only</translation>
        </message>
        <message>
            <source>Empfänger</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Zweck der Weitergabe</source>
            <translation>Purpose of sharing</translation>
        </message>
        <message>
            <source>Anonymisiert: Dafür ist keine Einwilligung nötig.</source>
            <translation>Anonymised: no consent is needed for this.</translation>
        </message>
        <message>
            <source>Weitergabe nicht erlaubt – es fehlt eine gültige Einwilligung:</source>
            <translation>Sharing not allowed – a valid consent is missing:</translation>
        </message>
        <message>
            <source>Erlaubt durch die Einwilligung vom {dates}.</source>
            <translation>Allowed by the consent dated {dates}.</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>&amp;Hinzufügen …</source>
            <extracomment>An edit was pushed onto the undo stack. The dialog opened last, while it is open. The tool buttons of the actions (what a user clicks).</extracomment>
            <translation>&amp;Add …</translation>
        </message>
        <message>
            <source>&amp;Ändern …</source>
            <translation>&amp;Change …</translation>
        </message>
        <message>
            <source>&amp;Entfernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Einträge bearbeiten</source>
            <translation>Edit entries</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Wiederherstellungsschlüssel</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Mit diesem Schlüssel öffnen Sie den Tresor, wenn Sie die Passphrase vergessen oder der Rechner ersetzt wird. Er wird nur jetzt angezeigt. Drucken Sie ihn aus und bewahren Sie ihn verschlossen im Büro auf – nicht bei diesem Laptop.</source>
            <translation>This key opens the vault if you forget the passphrase or the computer is replaced. It is shown only now. Print it and keep it locked away in the office – not with this laptop.</translation>
        </message>
        <message>
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <source>Ich habe den Schlüssel sicher aufbewahrt.</source>
            <translation>I have stored the key safely.</translation>
        </message>
        <message>
            <source>&amp;Weiter</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>Fallmanager – Wiederherstellungsschlüssel</source>
            <translation>Fallmanager – recovery key</translation>
        </message>
        <message>
            <source>Erstellt am</source>
            <translation>Created on</translation>
        </message>
        <message>
            <source>Verschlossen im Büro aufbewahren, nicht beim Laptop.</source>
            <translation>Keep locked away in the office, not with the laptop.</translation>
        </message>
        <message>
            <source>Öffnet den Tresor ohne Passphrase. Nicht weitergeben.</source>
            <translation>Opens the vault without the passphrase. Do not pass it on.</translation>
        </message>
        <message>
            <source>Wiederherstellungsschlüssel speichern</source>
            <translation>Save recovery key</translation>
        </message>
        <message>
            <source>PDF-Dokumente (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Die Datei konnte nicht gespeichert werden.</source>
            <translation>The file could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>RejectedChangesDialog</name>
        <message>
            <source>Abgelehnte Änderungen</source>
            <extracomment>Ids whose content is in a file the user exported (may be dismissed without asking).</extracomment>
            <translation>Rejected changes</translation>
        </message>
        <message>
            <source>Diese Änderungen hat der Büroserver nicht übernommen. Ihr Inhalt bleibt auf diesem Laptop, bis Sie ihn exportiert oder ausdrücklich verworfen haben.</source>
            <translation>The office server did not accept these changes. Their content stays on this laptop until you have exported it or explicitly discarded it.</translation>
        </message>
        <message>
            <source>&amp;Exportieren …</source>
            <translation>&amp;Export …</translation>
        </message>
        <message>
            <source>Als erle&amp;digt markieren</source>
            <translation>Mark as &amp;done</translation>
        </message>
        <message>
            <source>Abgelehnte Änderungen exportieren</source>
            <translation>Export rejected changes</translation>
        </message>
        <message>
            <source>JSON-Dateien (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>{count} abgelehnte Änderungen exportiert nach {file}.</source>
            <translation>{count} rejected changes exported to {file}.</translation>
        </message>
        <message>
            <source>Eine abgelehnte Änderung exportiert nach {file}.</source>
            <translation>One rejected change exported to {file}.</translation>
        </message>
        <message>
            <source>Als erledigt markieren</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Diese Änderungen wurden nicht exportiert. Ihr Inhalt geht verloren, wenn Sie sie als erledigt markieren. Trotzdem verwerfen?</source>
            <translation>These changes have not been exported. Their content will be lost if you mark them as done. Discard them anyway?</translation>
        </message>
    </context>
    <context>
        <name>RejectedTableModel</name>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Datensatz</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Time</translation>
        </message>
    </context>
    <context>
        <name>RelationshipDialog</name>
        <message>
            <source>Beziehung erfassen</source>
            <translation>Record relationship</translation>
        </message>
        <message>
            <source>&amp;Beziehung:</source>
            <translation>&amp;Relationship:</translation>
        </message>
        <message>
            <source>Beziehung</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Elternteil und Kind</source>
            <translation>Parent and child</translation>
        </message>
        <message>
            <source>Partnerschaft</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
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
            <source>&amp;Art der Elternschaft:</source>
            <translation>&amp;Type of parenthood:</translation>
        </message>
        <message>
            <source>&amp;Sorgerecht:</source>
            <translation>&amp;Custody:</translation>
        </message>
        <message>
            <source>&amp;Art der Partnerschaft:</source>
            <translation>Type of partners&amp;hip:</translation>
        </message>
        <message>
            <source>&amp;Elternteil:</source>
            <translation>&amp;Parent:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Chil&amp;d:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>P&amp;erson:</translation>
        </message>
        <message>
            <source>Partner/&amp;in:</source>
            <translation>P&amp;artner:</translation>
        </message>
        <message>
            <source>Bitte zwei Personen wählen.</source>
            <translation>Please choose two people.</translation>
        </message>
    </context>
    <context>
        <name>RequirementDialog</name>
        <message>
            <source>Voraussetzung ändern</source>
            <extracomment>After the catalogue's phrases were filled in (they load on the database worker).</extracomment>
            <translation>Change requirement</translation>
        </message>
        <message>
            <source>Voraussetzung hinzufügen</source>
            <translation>Add requirement</translation>
        </message>
        <message>
            <source>Aus &amp;Katalog:</source>
            <translation>From &amp;catalogue:</translation>
        </message>
        <message>
            <source>&amp;Voraussetzung:</source>
            <translation>&amp;Requirement:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Nachweis:</source>
            <translation>&amp;Evidence:</translation>
        </message>
        <message>
            <source>&amp;Fällig bis:</source>
            <translation>&amp;Due by:</translation>
        </message>
        <message>
            <source>N&amp;otizen:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>– eigener Text –</source>
            <translation>– own text –</translation>
        </message>
        <message>
            <source>z. B. Nachweis über den regelmäßigen Schulbesuch</source>
            <translation>e.g. evidence of regular school attendance</translation>
        </message>
    </context>
    <context>
        <name>RequirementTableModel</name>
        <message>
            <source>Voraussetzung</source>
            <extracomment>Columns. (requirement, EvidenceStatus) — the user chose another evidence status.</extracomment>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Nachweis</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Fällig bis</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Überfällig seit {date}</source>
            <translation>Overdue since {date}</translation>
        </message>
        <message>
            <source>Doppelklick oder F2: Nachweis ändern</source>
            <translation>Double-click or F2: change evidence</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPanel</name>
        <message>
            <source>Voraussetzungen für den Aufenthalt</source>
            <translation>Requirements for residence</translation>
        </message>
        <message>
            <source>Voraussetzung „{wording}“ hinzufügen</source>
            <translation>Add requirement “{wording}”</translation>
        </message>
        <message>
            <source>Voraussetzung „{wording}“ ändern</source>
            <translation>Change requirement “{wording}”</translation>
        </message>
        <message>
            <source>Voraussetzung „{wording}“ entfernen</source>
            <translation>Remove requirement “{wording}”</translation>
        </message>
        <message>
            <source>Nachweis „{wording}“: {status}</source>
            <translation>Evidence “{wording}”: {status}</translation>
        </message>
    </context>
    <context>
        <name>ResidenceFormat</name>
        <message>
            <source>gültig bis {date}</source>
            <extracomment>A residence document that ends within this many days is shown as expiring soon.</extracomment>
            <translation>valid until {date}</translation>
        </message>
        <message>
            <source>abgelaufen</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>läuft in %n Tag(en) ab</source>
            <translation>expires in %n day(s)</translation>
        </message>
        <message>
            <source>gültig</source>
            <translation>valid</translation>
        </message>
    </context>
    <context>
        <name>ResidenceStatusDialog</name>
        <message>
            <source>Aufenthaltsstatus erfassen</source>
            <translation>Record residence status</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus korrigieren</source>
            <translation>Correct residence status</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Rechtsgrundlage:</source>
            <translation>&amp;Legal basis:</translation>
        </message>
        <message>
            <source>Gültig &amp;ab:</source>
            <translation>Valid &amp;from:</translation>
        </message>
        <message>
            <source>Gültig &amp;bis:</source>
            <translation>Valid &amp;until:</translation>
        </message>
        <message>
            <source>Ausstellende Be&amp;hörde:</source>
            <translation>Issuing &amp;authority:</translation>
        </message>
        <message>
            <source>Auf&amp;lagen:</source>
            <translation>&amp;Conditions:</translation>
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <source>z. B. § 25b AufenthG</source>
            <translation>e.g. § 25b AufenthG</translation>
        </message>
    </context>
    <context>
        <name>ResidenceTab</name>
        <message>
            <source>Aufenthalt</source>
            <extracomment>Behind a residence status whose sync conflict waits for a decision.</extracomment>
            <translation>Residence</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus &amp;erfassen …</source>
            <translation>&amp;Record residence status …</translation>
        </message>
        <message>
            <source>&amp;Verlängern …</source>
            <translation>E&amp;xtend …</translation>
        </message>
        <message>
            <source>&amp;Korrigieren …</source>
            <translation>&amp;Correct …</translation>
        </message>
        <message>
            <source>Ein-/&amp;Ausreise erfassen …</source>
            <translation>Record &amp;entry/departure …</translation>
        </message>
        <message>
            <source>Aufenthaltsverlauf</source>
            <translation>Residence history</translation>
        </message>
        <message>
            <source>Aktuell: {status}</source>
            <translation>Current: {status}</translation>
        </message>
        <message>
            <source>Kein Aufenthaltsstatus erfasst.</source>
            <translation>No residence status recorded.</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus erfassen</source>
            <translation>Record residence status</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus korrigieren</source>
            <translation>Correct residence status</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus verlängern</source>
            <translation>Extend residence status</translation>
        </message>
        <message>
            <source>{kind} erfassen</source>
            <translation>Record {kind}</translation>
        </message>
    </context>
    <context>
        <name>ResidenceTimelineModel</name>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Eintrag</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Gültig ab</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Behörde / Land</source>
            <translation>Authority / country</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ResultsSheetDialog</name>
        <message>
            <source>Ergebnisblatt für die Familie – {when}</source>
            <translation>Results sheet for the family – {when}</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Anordnung:</source>
            <translation>La&amp;yout:</translation>
        </message>
        <message>
            <source>nebeneinander (zwei Spalten)</source>
            <translation>side by side (two columns)</translation>
        </message>
        <message>
            <source>abwechselnd (Absatz für Absatz)</source>
            <translation>alternating (paragraph by paragraph)</translation>
        </message>
        <message numerus="yes">
            <source>%n Text(e) sind noch nicht übersetzt und erscheinen nur auf Deutsch (übersetzen im Protokoll).</source>
            <translation>
                <numerusform>%n text is not translated yet and appears only in German (translate it in the minutes).</numerusform>
                <numerusform>%n texts are not translated yet and appear only in German (translate them in the minutes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Die Ergebnisse und vereinbarten Schritte, ohne interne Notizen.</source>
            <translation>The results and agreed steps, without internal notes.</translation>
        </message>
        <message>
            <source>Ergebnisblatt als PDF speichern</source>
            <translation>Save results sheet as PDF</translation>
        </message>
        <message>
            <source>Ergebnisblatt wird erstellt …</source>
            <translation>Creating results sheet …</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Überprüfung erfassen</source>
            <translation>Record review</translation>
        </message>
        <message>
            <source>&amp;Durchgeführt am:</source>
            <translation>&amp;Held on:</translation>
        </message>
        <message>
            <source>&amp;Was wurde erreicht?</source>
            <translation>&amp;What has been achieved?</translation>
        </message>
        <message>
            <source>&amp;Teilgenommen:</source>
            <translation>&amp;Participants:</translation>
        </message>
        <message>
            <source>Interne N&amp;otizen:</source>
            <translation>Internal n&amp;otes:</translation>
        </message>
        <message>
            <source>&amp;Fortschreibung:</source>
            <translation>&amp;Update:</translation>
        </message>
        <message>
            <source>&amp;Nächste Überprüfung am:</source>
            <translation>&amp;Next review on:</translation>
        </message>
        <message>
            <source>gleich als Entwurf beginnen (Kopie dieser Version)</source>
            <translation>start right away as a draft (copy of this version)</translation>
        </message>
    </context>
    <context>
        <name>ReviewTableModel</name>
        <message>
            <source>Am</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Was wurde erreicht?</source>
            <translation>What has been achieved?</translation>
        </message>
        <message>
            <source>Teilgenommen</source>
            <translation>Participants</translation>
        </message>
    </context>
    <context>
        <name>ReviewsPanel</name>
        <message>
            <source>Überprüfungen</source>
            <translation>Reviews</translation>
        </message>
        <message>
            <source>Ergebnis der gewählten Überprüfung</source>
            <translation>Result of the selected review</translation>
        </message>
        <message>
            <source>Eine Überprüfung wählen, um sie ganz zu lesen.</source>
            <translation>Select a review to read it in full.</translation>
        </message>
        <message>
            <source>Noch keine Überprüfung erfasst.</source>
            <translation>No review recorded yet.</translation>
        </message>
        <message>
            <source>Für Version {number} ist keine Überprüfung geplant.</source>
            <translation>No review is planned for version {number}.</translation>
        </message>
        <message>
            <source>Version {number} wurde am {date} überprüft.</source>
            <translation>Version {number} was reviewed on {date}.</translation>
        </message>
        <message>
            <source>Überprüfung fällig seit {date} – bitte mit der Familie überprüfen.</source>
            <translation>Review due since {date} – please review with the family.</translation>
        </message>
        <message>
            <source>Überprüfung von Version {number} geplant am {date}.</source>
            <translation>Review of version {number} planned for {date}.</translation>
        </message>
        <message>
            <source>Interne Notizen:</source>
            <translation>Internal notes:</translation>
        </message>
    </context>
    <context>
        <name>SchoolAttendanceDialog</name>
        <message>
            <source>Schulbesuch erfassen</source>
            <translation>Record school attendance</translation>
        </message>
        <message>
            <source>&amp;Schule / Kita</source>
            <translation>&amp;School / nursery</translation>
        </message>
        <message>
            <source>&amp;Klasse</source>
            <translation>&amp;Class</translation>
        </message>
        <message>
            <source>Schul&amp;besuch</source>
            <translation>&amp;Attendance</translation>
        </message>
    </context>
    <context>
        <name>SchoolAttendanceModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Schule / Kita</source>
            <translation>School / nursery</translation>
        </message>
        <message>
            <source>Klasse</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Schulbesuch</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
    </context>
    <context>
        <name>SchoolWorkTab</name>
        <message>
            <source>Schule &amp;&amp; Arbeit</source>
            <extracomment>The dialog opened last, while it is open.</extracomment>
            <translation>School &amp;&amp; work</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>alle Personen</source>
            <translation>all people</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Schulbesuch</source>
            <translation>School attendance</translation>
        </message>
        <message>
            <source>&amp;Schulbesuch erfassen …</source>
            <translation>Record &amp;school attendance …</translation>
        </message>
        <message>
            <source>Ausbildung</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>&amp;Ausbildung erfassen …</source>
            <translation>Record &amp;training …</translation>
        </message>
        <message>
            <source>Beschäftigung</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>B&amp;eschäftigung erfassen …</source>
            <translation>Record &amp;employment …</translation>
        </message>
        <message>
            <source>Leistungen</source>
            <translation>Benefits</translation>
        </message>
        <message>
            <source>&amp;Leistungsbezug erfassen …</source>
            <translation>Record &amp;benefits …</translation>
        </message>
        <message>
            <source>Schulbesuch von „{name}“ erfassen</source>
            <translation>Record school attendance of “{name}”</translation>
        </message>
        <message>
            <source>Ausbildung von „{name}“ erfassen</source>
            <translation>Record training of “{name}”</translation>
        </message>
        <message>
            <source>Beschäftigung von „{name}“ erfassen</source>
            <translation>Record employment of “{name}”</translation>
        </message>
        <message>
            <source>Leistungsbezug „{kind}“ erfassen</source>
            <translation>Record benefit “{kind}”</translation>
        </message>
        <message>
            <source>Eintrag erfassen</source>
            <translation>Record entry</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Einstellungen</source>
            <extracomment>Minutes between automatic synchronisations (0 = off), when changed.</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Automatisch &amp;sperren nach:</source>
            <translation>&amp;Lock automatically after:</translation>
        </message>
        <message>
            <source>Sp&amp;rache:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <source>Als „nicht besucht“ zeigen nach:</source>
            <translation>Show as “not visited” after:</translation>
        </message>
        <message>
            <source>&amp;Tresor-Ordner:</source>
            <translation>&amp;Vault folder:</translation>
        </message>
        <message>
            <source>&amp;Einwilligungen gelten:</source>
            <translation>Consents val&amp;id for:</translation>
        </message>
        <message>
            <source> Monate</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Vorschlag für „gültig bis“, wenn eine Einwilligung erteilt wird; im Dialog änderbar.</source>
            <translation>Suggested “valid until” date when a consent is given; can be changed in the dialog.</translation>
        </message>
        <message>
            <source> Minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>Automatisch s&amp;ynchronisieren alle:</source>
            <translation>Automatically s&amp;ync every:</translation>
        </message>
        <message>
            <source>nie</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Wenn der Laptop am Büroserver angemeldet ist, werden Änderungen in diesem Abstand und kurz nach dem Entsperren synchronisiert; 0 schaltet das ab.</source>
            <translation>When the laptop is enrolled at the office server, changes are synchronised at this interval and shortly after unlocking; 0 turns this off.</translation>
        </message>
        <message>
            <source> Tagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Standardort</source>
            <translation>default location</translation>
        </message>
        <message>
            <source>&amp;Auswählen …</source>
            <translation>&amp;Choose …</translation>
        </message>
        <message>
            <source>Ein anderer Tresor-Ordner gilt ab dem nächsten Start.</source>
            <translation>A different vault folder takes effect at the next start.</translation>
        </message>
        <message>
            <source>Briefkopf für Ausdrucke</source>
            <translation>Letterhead for printouts</translation>
        </message>
        <message>
            <source>&amp;Name des Büros:</source>
            <translation>Office &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Kontakt:</source>
            <translation>C&amp;ontact:</translation>
        </message>
        <message>
            <source>Name für die &amp;Unterschrift:</source>
            <translation>Name for the &amp;signature:</translation>
        </message>
        <message>
            <source>E-&amp;Mail für Einladungen:</source>
            <translation>E-&amp;mail for invitations:</translation>
        </message>
        <message>
            <source>z. B. Stadt Musterstadt – Fallmanagement</source>
            <translation>e.g. City of Sampletown – Case management</translation>
        </message>
        <message>
            <source>Adresse, Telefon, E-Mail – eine Angabe pro Zeile</source>
            <translation>Address, phone, email – one item per line</translation>
        </message>
        <message>
            <source>Ihr Name, wie er unterschreibt</source>
            <translation>Your name as you sign it</translation>
        </message>
        <message>
            <source>Absender der Kalendereinladungen zu Fallkonferenzen</source>
            <translation>Sender of the calendar invitations to case conferences</translation>
        </message>
        <message>
            <source>Bitte eine gültige E-Mail-Adresse eingeben.</source>
            <translation>Please enter a valid email address.</translation>
        </message>
        <message>
            <source>Tresor-Ordner wählen</source>
            <translation>Choose vault folder</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Willkommen bei Fallmanager</source>
            <translation>Welcome to Fallmanager</translation>
        </message>
        <message numerus="yes">
            <source>Die Familienakten liegen verschlüsselt auf diesem Rechner. Wählen Sie eine Passphrase aus mindestens %n Zeichen, die Sie sich merken können.</source>
            <translation>
                <numerusform>The family files are stored encrypted on this computer. Choose a passphrase of at least %n character that you can remember.</numerusform>
                <numerusform>The family files are stored encrypted on this computer. Choose a passphrase of at least %n characters that you can remember.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Passphrase &amp;wiederholen:</source>
            <translation>&amp;Repeat passphrase:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Passphrase wiederholen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>Der Tresor wird zusätzlich an den Schlüsselbund dieses Rechners gebunden: Eine Kopie der Dateien lässt sich anderswo nicht allein mit der Passphrase öffnen.</source>
            <translation>The vault is also bound to this computer's keyring: a copy of the files cannot be opened elsewhere with the passphrase alone.</translation>
        </message>
        <message>
            <source>Ohne Schlüsselbund anlegen (nur mit der Passphrase geschützt)</source>
            <translation>Create without keyring (protected by the passphrase only)</translation>
        </message>
        <message>
            <source>Tresor &amp;anlegen</source>
            <translation>&amp;Create vault</translation>
        </message>
        <message>
            <source>Tipp: mehrere Wörter mit Zahlen oder Zeichen.</source>
            <translation>Tip: several words with digits or symbols.</translation>
        </message>
        <message numerus="yes">
            <source>Zu kurz (mindestens %n Zeichen).</source>
            <translation>
                <numerusform>Too short (at least %n character).</numerusform>
                <numerusform>Too short (at least %n characters).</numerusform>
            </translation>
        </message>
        <message>
            <source>Schwach – leicht zu erraten.</source>
            <translation>Weak – easy to guess.</translation>
        </message>
        <message>
            <source>Mittel – ein weiteres Wort macht sie stärker.</source>
            <translation>Fair – one more word makes it stronger.</translation>
        </message>
        <message>
            <source>Gut.</source>
            <translation>Good.</translation>
        </message>
        <message>
            <source>Sehr gut.</source>
            <translation>Very good.</translation>
        </message>
        <message>
            <source>Bitte eine stärkere Passphrase wählen.</source>
            <translation>Please choose a stronger passphrase.</translation>
        </message>
        <message>
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
        <message>
            <source>Tresor wird angelegt …</source>
            <translation>Creating the vault …</translation>
        </message>
        <message>
            <source>Dieser Rechner hat keinen sicheren Schlüsselbund. Sie können den Tresor nur mit der Passphrase schützen: Haken setzen und erneut anlegen.</source>
            <translation>This computer has no secure keyring. You can protect the vault with the passphrase alone: tick the box and create again.</translation>
        </message>
    </context>
    <context>
        <name>SignaturesDialog</name>
        <message>
            <source>Unterschriften erfassen</source>
            <translation>Record signatures</translation>
        </message>
        <message>
            <source>&amp;Unterschrieben am:</source>
            <translation>&amp;Signed on:</translation>
        </message>
        <message>
            <source>Unterschrieben &amp;von:</source>
            <translation>Signed &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Fallmanagement:</source>
            <translation>&amp;Case management:</translation>
        </message>
        <message>
            <source>{name} hat unterschrieben</source>
            <translation>{name} has signed</translation>
        </message>
        <message>
            <source>hat unterschrieben</source>
            <translation>has signed</translation>
        </message>
        <message>
            <source>Die erwachsenen Mitglieder der Familie</source>
            <translation>The adult members of the family</translation>
        </message>
    </context>
    <context>
        <name>StartPlanDialog</name>
        <message>
            <source>Hilfeplan beginnen</source>
            <translation>Start help plan</translation>
        </message>
        <message>
            <source>Der Erstplan beginnt als Entwurf. Ziele, Ressourcen und Bedarfe und die Voraussetzungen für den Aufenthalt tragen Sie danach ein.</source>
            <translation>The initial plan starts as a draft. You then enter the goals, resources and needs, and the requirements for residence.</translation>
        </message>
        <message>
            <source>Hilfeplan be&amp;ginnen</source>
            <translation>&amp;Start help plan</translation>
        </message>
    </context>
    <context>
        <name>StartUpdateDialog</name>
        <message>
            <source>Fortschreibung beginnen</source>
            <translation>Start update</translation>
        </message>
        <message>
            <source>Die Fortschreibung beginnt als Entwurf mit einer Kopie von Version {number}: Ziele, Ressourcen und Bedarfe und die Voraussetzungen für den Aufenthalt. Version {number} bleibt gültig, bis die Fortschreibung vereinbart ist.</source>
            <translation>The update starts as a draft with a copy of version {number}: goals, resources and needs, and the requirements for residence. Version {number} remains valid until the update is agreed.</translation>
        </message>
        <message>
            <source>&amp;Erstellt am:</source>
            <translation>&amp;Drawn up on:</translation>
        </message>
        <message>
            <source>Ü&amp;berprüfung am:</source>
            <translation>&amp;Review on:</translation>
        </message>
        <message>
            <source>Fortschreibung be&amp;ginnen</source>
            <translation>&amp;Start update</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Schritt ändern</source>
            <extracomment>Who does it: nobody named yet, the family, or an actor (by id).</extracomment>
            <translation>Change step</translation>
        </message>
        <message>
            <source>Schritt vereinbaren</source>
            <translation>Agree step</translation>
        </message>
        <message>
            <source>&amp;Was:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <source>Übe&amp;rsetzung ({language}):</source>
            <translation>&amp;Translation ({language}):</translation>
        </message>
        <message>
            <source>W&amp;er:</source>
            <translation>Wh&amp;o:</translation>
        </message>
        <message>
            <source>&amp;Für wen:</source>
            <translation>&amp;For whom:</translation>
        </message>
        <message>
            <source>&amp;Bis wann:</source>
            <translation>By whe&amp;n:</translation>
        </message>
        <message>
            <source>Er&amp;gebnisziel:</source>
            <translation>Outcome &amp;goal:</translation>
        </message>
        <message>
            <source>z. B. Termin beim Kinderarzt vereinbaren</source>
            <translation>e.g. make an appointment with the paediatrician</translation>
        </message>
        <message>
            <source>Übersetzung für das Ergebnisblatt der Familie</source>
            <translation>Translation for the family's results sheet</translation>
        </message>
        <message>
            <source>von Fachübersetzung geprüft</source>
            <translation>checked by a professional translator</translation>
        </message>
        <message>
            <source>nicht festgelegt</source>
            <translation>not specified</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>keins</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Unter diesem Ergebnisziel wird der Schritt als Aktivität in den Hilfeplan übernommen.</source>
            <translation>The step is added to the help plan as an activity under this outcome goal.</translation>
        </message>
        <message>
            <source>Die Familienmitglieder, um die es geht</source>
            <translation>The family members concerned</translation>
        </message>
    </context>
    <context>
        <name>StepTableModel</name>
        <message>
            <source>Was</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Wer</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Bis wann</source>
            <translation>By when</translation>
        </message>
        <message>
            <source>Ergebnisziel</source>
            <translation>Outcome goal</translation>
        </message>
        <message>
            <source>Übernommen</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Als Aktivität und Aufgabe in den Hilfeplan übernommen</source>
            <translation>Added to the help plan as an activity and a task</translation>
        </message>
    </context>
    <context>
        <name>SupersededDialog</name>
        <message>
            <source>Überschriebene Werte</source>
            <translation>Overwritten values</translation>
        </message>
        <message>
            <source>Diese Werte haben Sie auf diesem Laptop eingetragen; eine spätere Änderung auf einem anderen Gerät gilt stattdessen. Zur Information, nichts zu tun.</source>
            <translation>You entered these values on this laptop; a later change made on another device applies instead. For your information only – no action needed.</translation>
        </message>
    </context>
    <context>
        <name>SupersededTableModel</name>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Datensatz</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Mein Wert</source>
            <translation>My value</translation>
        </message>
        <message>
            <source>Gültiger Wert</source>
            <translation>Current value</translation>
        </message>
        <message>
            <source>Geändert von</source>
            <translation>Changed by</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Time</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>S&amp;ynchronisation</source>
            <extracomment>How long a sync message stays in the status bar.</extracomment>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>Jetzt &amp;synchronisieren</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>Änderungen mit dem Büroserver austauschen (F9)</source>
            <translation>Exchange changes with the office server (F9)</translation>
        </message>
        <message>
            <source>Laptop am Büroserver &amp;anmelden …</source>
            <translation>&amp;Enrol laptop at the office server …</translation>
        </message>
        <message>
            <source>Abgele&amp;hnte Änderungen …</source>
            <translation>Re&amp;jected changes …</translation>
        </message>
        <message>
            <source>Ü&amp;berschriebene Werte …</source>
            <translation>&amp;Overwritten values …</translation>
        </message>
        <message>
            <source>&amp;Konflikte prüfen … ({count})</source>
            <translation>Review &amp;conflicts … ({count})</translation>
        </message>
        <message>
            <source>&amp;Konflikte prüfen …</source>
            <translation>Review &amp;conflicts …</translation>
        </message>
        <message>
            <source>Dieser Laptop ist an keinem Büroserver angemeldet.</source>
            <translation>This laptop is not enrolled at any office server.</translation>
        </message>
        <message>
            <source>Noch nicht synchronisiert.</source>
            <translation>Not synced yet.</translation>
        </message>
        <message>
            <source>Zuletzt synchronisiert: {date}</source>
            <translation>Last synced: {date}</translation>
        </message>
        <message>
            <source>Synchronisation läuft …</source>
            <translation>Syncing …</translation>
        </message>
        <message>
            <source>Änderungen senden …</source>
            <translation>Sending changes …</translation>
        </message>
        <message>
            <source>Änderungen empfangen …</source>
            <translation>Receiving changes …</translation>
        </message>
        <message>
            <source>Familienakten laden …</source>
            <translation>Loading family files …</translation>
        </message>
        <message>
            <source>Verbindung zum Büroserver …</source>
            <translation>Connecting to the office server …</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Synchronisation abgebrochen – bisher Ausgetauschtes bleibt erhalten</source>
            <translation>Sync cancelled – everything exchanged so far is kept</translation>
        </message>
        <message>
            <source>Büroserver nicht vertrauenswürdig – nicht synchronisiert</source>
            <translation>Office server not trusted – not synced</translation>
        </message>
        <message>
            <source>Anmeldung am Büroserver abgelaufen – bitte neu anmelden</source>
            <translation>Enrolment at the office server has expired – please enrol again</translation>
        </message>
        <message>
            <source>Jetzt neu anmelden?</source>
            <translation>Enrol again now?</translation>
        </message>
        <message>
            <source>Laptop am Büroserver {url} angemeldet</source>
            <translation>Laptop enrolled at office server {url}</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <source>{n} Änderung gesendet</source>
            <translation>{n} change sent</translation>
        </message>
        <message>
            <source>{n} Änderungen gesendet</source>
            <translation>{n} changes sent</translation>
        </message>
        <message>
            <source>{n} Änderung empfangen</source>
            <translation>{n} change received</translation>
        </message>
        <message>
            <source>{n} Änderungen empfangen</source>
            <translation>{n} changes received</translation>
        </message>
        <message>
            <source>{n} empfangen</source>
            <translation>{n} received</translation>
        </message>
        <message>
            <source>{n} Konflikt</source>
            <translation>{n} conflict</translation>
        </message>
        <message>
            <source>{n} Konflikte</source>
            <translation>{n} conflicts</translation>
        </message>
        <message>
            <source>{n} Änderung abgelehnt</source>
            <translation>{n} change rejected</translation>
        </message>
        <message>
            <source>{n} Änderungen abgelehnt</source>
            <translation>{n} changes rejected</translation>
        </message>
        <message>
            <source>{n} abgelehnt</source>
            <translation>{n} rejected</translation>
        </message>
        <message>
            <source>{n} Wert überschrieben</source>
            <translation>{n} value overwritten</translation>
        </message>
        <message>
            <source>{n} Werte überschrieben</source>
            <translation>{n} values overwritten</translation>
        </message>
        <message>
            <source>{n} Konflikt wartet auf Ihre Entscheidung.</source>
            <translation>{n} conflict is awaiting your decision.</translation>
        </message>
        <message>
            <source>{n} Konflikte warten auf Ihre Entscheidung.</source>
            <translation>{n} conflicts are awaiting your decision.</translation>
        </message>
        <message>
            <source>Alles synchronisiert – keine Änderungen</source>
            <translation>Everything in sync – no changes</translation>
        </message>
        <message>
            <source>Die Uhr dieses Laptops geht vor. Bitte stellen Sie Datum und Uhrzeit richtig ein; bis dahin gelten Ihre Änderungen als zur Zeit des Büroservers gemacht.</source>
            <translation>This laptop's clock is fast. Please set the correct date and time; until then, your changes are treated as made at the office server's time.</translation>
        </message>
        <message>
            <source>die Uhr dieses Laptops geht vor</source>
            <translation>this laptop's clock is fast</translation>
        </message>
        <message>
            <source>Bitte Fallmanager aktualisieren. Ihre {n} nicht gesendete Änderung bleibt erhalten.</source>
            <translation>Please update Fallmanager. Your {n} unsent change will be kept.</translation>
        </message>
        <message>
            <source>Bitte Fallmanager aktualisieren. Ihre {n} nicht gesendeten Änderungen bleiben erhalten.</source>
            <translation>Please update Fallmanager. Your {n} unsent changes will be kept.</translation>
        </message>
        <message>
            <source>Bitte Fallmanager aktualisieren. Der Büroserver braucht eine neuere Version.</source>
            <translation>Please update Fallmanager. The office server requires a newer version.</translation>
        </message>
        <message>
            <source>Büroserver nicht erreichbar – Änderungen bleiben auf dem Laptop</source>
            <translation>Office server not reachable – changes stay on the laptop</translation>
        </message>
        <message>
            <source>Achtung: Der Büroserver weist sich mit einem anderen Zertifikat aus als bei der Anmeldung. Es wurde nichts gesendet oder empfangen. Synchronisieren Sie nicht weiter und verständigen Sie sofort die Verwaltung.</source>
            <translation>Warning: the office server is identifying itself with a different certificate from the one used at enrolment. Nothing has been sent or received. Do not sync again, and inform your administrator immediately.</translation>
        </message>
        <message>
            <source>Die Anmeldung dieses Laptops am Büroserver gilt nicht mehr. Bitte melden Sie den Laptop mit einem neuen Anmeldecode der Verwaltung wieder an. Ihre Änderungen bleiben auf dem Laptop.</source>
            <translation>This laptop's enrolment at the office server is no longer valid. Please enrol the laptop again using a new one-time code from your administrator. Your changes stay on the laptop.</translation>
        </message>
        <message>
            <source>Der Anmeldecode ist ungültig, abgelaufen oder wurde schon verwendet. Bitte lassen Sie sich von der Verwaltung einen neuen Code geben.</source>
            <translation>The one-time code is invalid, has expired or has already been used. Please ask your administrator for a new code.</translation>
        </message>
        <message>
            <source>Dieser Laptop wurde vom Büroserver abgemeldet.</source>
            <translation>This laptop has been signed out of the office server.</translation>
        </message>
        <message>
            <source>Dieser Laptop ist an keinem Büroserver angemeldet. Bitte melden Sie ihn zuerst an (Synchronisation → Laptop am Büroserver anmelden).</source>
            <translation>This laptop is not enrolled at any office server. Please enrol it first (Sync → Enrol laptop at the office server).</translation>
        </message>
        <message>
            <source>Der Büroserver hat unerwartet geantwortet. Es ging nichts verloren; bitte versuchen Sie es später noch einmal oder verständigen Sie die Verwaltung.</source>
            <translation>The office server gave an unexpected response. Nothing has been lost; please try again later or inform your administrator.</translation>
        </message>
        <message>
            <source>Die Synchronisation ist fehlgeschlagen. Ihre Änderungen bleiben auf dem Laptop.</source>
            <translation>Sync failed. Your changes stay on the laptop.</translation>
        </message>
        <message>
            <source>synchronisiert</source>
            <translation>synced</translation>
        </message>
        <message>
            <source>nicht gesendet</source>
            <translation>not sent</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>conflict</translation>
        </message>
        <message>
            <source>abgelehnt</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>Familienakte</source>
            <extracomment>Order of the states when the family list is sorted by them: what needs a person first.</extracomment>
            <translation>Family file</translation>
        </message>
        <message>
            <source>Mitgliedschaft</source>
            <translation>Membership</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Namensschreibweise</source>
            <translation>Name spelling</translation>
        </message>
        <message>
            <source>Eltern-Kind-Beziehung</source>
            <translation>Parent–child relationship</translation>
        </message>
        <message>
            <source>Partnerschaft</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <source>Ereignis der Partnerschaft</source>
            <translation>Partnership event</translation>
        </message>
        <message>
            <source>Aufenthaltsstatus</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <source>Ein- oder Ausreise</source>
            <translation>Entry or departure</translation>
        </message>
        <message>
            <source>Haushalt</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Haushaltsmitglied</source>
            <translation>Household member</translation>
        </message>
        <message>
            <source>Unterkunft</source>
            <translation>Accommodation</translation>
        </message>
        <message>
            <source>Schulbesuch</source>
            <translation>School attendance</translation>
        </message>
        <message>
            <source>Ausbildung</source>
            <translation>Vocational training</translation>
        </message>
        <message>
            <source>Arbeit</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Leistungsbezug</source>
            <translation>Benefits received</translation>
        </message>
        <message>
            <source>Akteur</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Ansprechpartner/in</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Beteiligung</source>
            <translation>Involvement</translation>
        </message>
        <message>
            <source>Besuch</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Einwilligung</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Widerruf einer Einwilligung</source>
            <translation>Withdrawal of consent</translation>
        </message>
        <message>
            <source>Offenlegung</source>
            <translation>Disclosure</translation>
        </message>
        <message>
            <source>Fallkonferenz</source>
            <translation>Case conference</translation>
        </message>
        <message>
            <source>Hilfeplan</source>
            <translation>Help plan</translation>
        </message>
        <message>
            <source>Ziel im Hilfeplan</source>
            <translation>Help plan goal</translation>
        </message>
        <message>
            <source>{kind} von {subject}</source>
            <translation>{kind} of {subject}</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Fields that sync shows most (the sensitive ones first); others fall back to the general field names of the desktop, then to the code.</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Zuständig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Abgeschlossen am</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Sorgerecht</source>
            <translation>Custody</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Ausstellende Behörde</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <source>Auflagen</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Bemerkungen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Kurzbeschreibung</source>
            <translation>Short description</translation>
        </message>
        <message>
            <source>Hinweise</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Erteilt am</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Klasse</source>
            <translation>School class</translation>
        </message>
        <message>
            <source>Datensatz gelöscht</source>
            <translation>Record deleted</translation>
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
            <source>Datensatz vorhanden</source>
            <translation>Record kept</translation>
        </message>
        <message>
            <source>Diese Familienakte ist Ihnen auf dem Büroserver nicht (mehr) zugeordnet.</source>
            <translation>This family file is not (or no longer) assigned to you on the office server.</translation>
        </message>
        <message>
            <source>Der Büroserver hat die Änderung als ungültig abgelehnt.</source>
            <translation>The office server rejected the change as invalid.</translation>
        </message>
        <message>
            <source>Der Datensatz ist auf dem Büroserver nicht vorhanden.</source>
            <translation>The record does not exist on the office server.</translation>
        </message>
        <message>
            <source>Dieser Datensatz darf nicht mehr geändert werden.</source>
            <translation>This record may no longer be changed.</translation>
        </message>
        <message>
            <source>Der Büroserver kennt diese Art von Datensatz nicht.</source>
            <translation>The office server does not know this kind of record.</translation>
        </message>
        <message>
            <source>Der Konflikt war bereits entschieden.</source>
            <translation>The conflict had already been decided.</translation>
        </message>
        <message>
            <source>neu angelegt</source>
            <translation>created</translation>
        </message>
        <message>
            <source>gelöscht</source>
            <translation>deleted</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Aufgabe anlegen</source>
            <translation>Create task</translation>
        </message>
        <message>
            <source>&amp;Aufgabe</source>
            <translation>&amp;Task</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Fällig am</source>
            <translation>&amp;Due on</translation>
        </message>
        <message>
            <source>&amp;Zuständig</source>
            <translation>&amp;Assigned to</translation>
        </message>
        <message>
            <source>&amp;Notizen</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>ganze Familie</source>
            <translation>whole family</translation>
        </message>
        <message>
            <source>z. B. Schulanmeldung für Ana begleiten</source>
            <translation>e.g. accompany Ana to register for school</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <source>Erledigt</source>
            <extracomment>Columns. (task, done) — the user ticked or unticked the check box.</extracomment>
            <translation>Done</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Zuständig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Erledigt am</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>erledigt</source>
            <translation>done</translation>
        </message>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Überfällig seit {date}</source>
            <translation>Overdue since {date}</translation>
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message>
            <source>Aufgaben</source>
            <extracomment>The dialog opened last, while it is open.</extracomment>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Aufgabe &amp;anlegen …</source>
            <translation>&amp;Create task …</translation>
        </message>
        <message>
            <source>&amp;Zeigen:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>offene Aufgaben</source>
            <translation>open tasks</translation>
        </message>
        <message>
            <source>alle Aufgaben</source>
            <translation>all tasks</translation>
        </message>
        <message>
            <source>Aufgaben zeigen</source>
            <translation>Show tasks</translation>
        </message>
        <message>
            <source>&amp;Wieder öffnen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <source>&amp;Erledigt</source>
            <translation>&amp;Done</translation>
        </message>
        <message numerus="yes">
            <source>%n offene Aufgabe(n)</source>
            <translation>
                <numerusform>%n open task</numerusform>
                <numerusform>%n open tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n überfällig</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Aufgabe „{title}“ anlegen</source>
            <translation>Create task “{title}”</translation>
        </message>
        <message>
            <source>Aufgabe „{title}“ erledigt</source>
            <translation>Mark task “{title}” as done</translation>
        </message>
        <message>
            <source>Aufgabe „{title}“ wieder öffnen</source>
            <translation>Reopen task “{title}”</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>Fällig am</source>
            <extracomment>The family file's id, on every cell. Dark red text for overdue tasks and expired documents (readable on light backgrounds).</extracomment>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Aktenzeichen</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Zuständig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>(überfällig)</source>
            <translation>(overdue)</translation>
        </message>
        <message>
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>(abgelaufen)</source>
            <translation>(expired)</translation>
        </message>
        <message>
            <source>Letzter Besuch</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Tage</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>noch nie (eröffnet {date})</source>
            <translation>never (opened {date})</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Überprüfung am</source>
            <translation>Review on</translation>
        </message>
        <message>
            <source>Hilfeplan</source>
            <translation>Help plan</translation>
        </message>
        <message>
            <source>Erstplan</source>
            <translation>Initial plan</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>Version {number}</translation>
        </message>
        <message>
            <source>Aktivität</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Stellen</source>
            <translation>Organisations</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>{heading} – die ersten {shown}</source>
            <extracomment>Changes of these kinds alter what the sections show. The family file tab that help plan entries open. The family file tab that expiring consents open. (family id, tab name) — after ``open_family_requested``, for entries that belong to one tab of the family file (the help plan sections ask for "help_plan"). After the sections were filled (tests and status bars listen). The help plan's sections (Überprüfungen, Aktivitäten), shown after the first two. Every section in screen order.</extracomment>
            <translation>{heading} – the first {shown}</translation>
        </message>
        <message>
            <source>Heute, {date}</source>
            <translation>Today, {date}</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Fällige Aufgaben (%n)</source>
            <translation>
                <numerusform>&amp;Due tasks (%n)</numerusform>
                <numerusform>&amp;Due tasks (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Aufenthalts&amp;papiere laufen ab (%n)</source>
            <translation>
                <numerusform>Residence &amp;papers expiring (%n)</numerusform>
                <numerusform>Residence &amp;papers expiring (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Lange nicht besucht (%n)</source>
            <translation>
                <numerusform>&amp;Not visited for a long time (%n)</numerusform>
                <numerusform>&amp;Not visited for a long time (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Letzte Besu&amp;che (%n)</source>
            <translation>
                <numerusform>Recent &amp;visits (%n)</numerusform>
                <numerusform>Recent &amp;visits (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Üb&amp;erprüfungen fällig (%n)</source>
            <translation>
                <numerusform>&amp;Reviews due (%n)</numerusform>
                <numerusform>&amp;Reviews due (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Akti&amp;vitäten fällig (%n)</source>
            <translation>
                <numerusform>&amp;Activities due (%n)</numerusform>
                <numerusform>&amp;Activities due (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Einwilligungen laufen a&amp;b (%n)</source>
            <translation>
                <numerusform>&amp;Consents expiring (%n)</numerusform>
                <numerusform>&amp;Consents expiring (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>In den nächsten 4 Wochen läuft keine Einwilligung ab.</source>
            <translation>No consent expires in the next 4 weeks.</translation>
        </message>
        <message>
            <source>Ablaufende Einwilligungen</source>
            <translation>Expiring consents</translation>
        </message>
        <message>
            <source>Keine Überprüfung eines Hilfeplans fällig.</source>
            <translation>No help plan review due.</translation>
        </message>
        <message>
            <source>Keine Aktivität aus einem Hilfeplan fällig.</source>
            <translation>No help plan activity due.</translation>
        </message>
        <message>
            <source>Fällige Überprüfungen der Hilfepläne</source>
            <translation>Due help plan reviews</translation>
        </message>
        <message>
            <source>Fällige Aktivitäten der Hilfepläne</source>
            <translation>Due help plan activities</translation>
        </message>
        <message>
            <source>Nichts fällig.</source>
            <translation>Nothing due.</translation>
        </message>
        <message>
            <source>In den nächsten 8 Wochen läuft nichts ab.</source>
            <translation>Nothing expires in the next 8 weeks.</translation>
        </message>
        <message>
            <source>Alle offenen Familien wurden in den letzten {days} Tagen besucht.</source>
            <translation>All open families have been visited in the last {days} days.</translation>
        </message>
        <message>
            <source>Noch keine Besuche erfasst.</source>
            <translation>No visits recorded yet.</translation>
        </message>
        <message>
            <source>Fällige Aufgaben</source>
            <translation>Due tasks</translation>
        </message>
        <message>
            <source>Ablaufende Aufenthaltspapiere</source>
            <translation>Expiring residence papers</translation>
        </message>
        <message>
            <source>Lange nicht besuchte Familien</source>
            <translation>Families not visited for a long time</translation>
        </message>
        <message>
            <source>Letzte Besuche</source>
            <translation>Recent visits</translation>
        </message>
    </context>
    <context>
        <name>TopicDialog</name>
        <message>
            <source>Thema ändern</source>
            <extracomment>The lead combo's data for the case manager (no actor).</extracomment>
            <translation>Change topic</translation>
        </message>
        <message>
            <source>Thema hinzufügen</source>
            <translation>Add topic</translation>
        </message>
        <message>
            <source>&amp;Thema:</source>
            <translation>To&amp;pic:</translation>
        </message>
        <message>
            <source>&amp;Daten:</source>
            <translation>Da&amp;ta:</translation>
        </message>
        <message>
            <source>&amp;Personen:</source>
            <translation>Pe&amp;ople:</translation>
        </message>
        <message>
            <source>&amp;Ziele im Hilfeplan:</source>
            <translation>&amp;Goals in the help plan:</translation>
        </message>
        <message>
            <source>&amp;Federführung:</source>
            <translation>&amp;Lead:</translation>
        </message>
        <message>
            <source>Anonymisierte Fallbesprechung: keine Namen im Titel, nur Rollen (z. B. „Kind 1“).</source>
            <translation>Anonymised case discussion: no names in the title, only roles (e.g. “child 1”).</translation>
        </message>
        <message>
            <source>Welche Daten das Thema berührt, entscheidet, wer es sehen darf. Ohne Auswahl berührt es keine personenbezogenen Daten und geht an alle.</source>
            <translation>The data the topic touches decides who may see it. With nothing selected, it touches no personal data and goes to everyone.</translation>
        </message>
        <message>
            <source>z. B. Schulbesuch und Fehlzeiten</source>
            <translation>e.g. school attendance and absences</translation>
        </message>
        <message>
            <source>Ohne Auswahl: die ganze Familie</source>
            <translation>With nothing selected: the whole family</translation>
        </message>
        <message>
            <source>Ergebnisziele und Aktivitäten des Hilfeplans, um die es geht</source>
            <translation>The outcome goals and activities of the help plan concerned</translation>
        </message>
        <message>
            <source>Fallmanagement</source>
            <translation>Case management</translation>
        </message>
    </context>
    <context>
        <name>TopicTableModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Thema</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Daten</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Federführung</source>
            <translation>Lead</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Ausbildung erfassen</source>
            <translation>Record training</translation>
        </message>
        <message>
            <source>Berufskolleg / &amp;Träger</source>
            <translation>&amp;College / provider</translation>
        </message>
        <message>
            <source>&amp;Beruf</source>
            <translation>&amp;Occupation</translation>
        </message>
        <message>
            <source>Ausbildungs&amp;betrieb</source>
            <translation>Training &amp;employer</translation>
        </message>
        <message>
            <source>&amp;Qualifizierte Ausbildung</source>
            <translation>&amp;Qualified training</translation>
        </message>
        <message>
            <source>ja (Grundlage einer Ausbildungsduldung)</source>
            <translation>yes (basis for a training toleration)</translation>
        </message>
    </context>
    <context>
        <name>TrainingModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Beruf</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Berufskolleg / Träger</source>
            <translation>College / provider</translation>
        </message>
        <message>
            <source>Betrieb</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Qualifiziert</source>
            <translation>Qualified</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Fallmanager ist gesperrt</source>
            <translation>Fallmanager is locked</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Entsperren</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Demo-Tresor mit erfundenen Familien. Passphrase: {passphrase}</source>
            <translation>Demo vault with invented families. Passphrase: {passphrase}</translation>
        </message>
        <message>
            <source>Bitte die Passphrase eingeben.</source>
            <translation>Please enter the passphrase.</translation>
        </message>
        <message>
            <source>Wird entsperrt …</source>
            <translation>Unlocking …</translation>
        </message>
        <message>
            <source>Tresor wird entsperrt …</source>
            <translation>Unlocking the vault …</translation>
        </message>
        <message>
            <source>Die Passphrase stimmt nicht. Bitte in Ruhe noch einmal versuchen.</source>
            <translation>The passphrase is not correct. Take your time and try again.</translation>
        </message>
    </context>
    <context>
        <name>VersionDialogs</name>
        <message>
            <source>&amp;Erstellt am:</source>
            <extracomment>A review is suggested this long after a plan was drawn up.</extracomment>
            <translation>&amp;Drawn up on:</translation>
        </message>
        <message>
            <source>Beteiligte aus der &amp;Familie:</source>
            <translation>Participants from the &amp;family:</translation>
        </message>
        <message>
            <source>Beteiligte aus dem &amp;Netzwerk:</source>
            <translation>Participants from the &amp;network:</translation>
        </message>
        <message>
            <source>&amp;Weitere Beteiligte:</source>
            <translation>&amp;Other participants:</translation>
        </message>
        <message>
            <source>&amp;Sprache der Familie:</source>
            <translation>Family's &amp;language:</translation>
        </message>
        <message>
            <source>Ü&amp;berprüfung am:</source>
            <translation>&amp;Review on:</translation>
        </message>
        <message>
            <source>Interne N&amp;otizen:</source>
            <translation>Internal no&amp;tes:</translation>
        </message>
        <message>
            <source>z. B. Dolmetscherin, durch Komma getrennt</source>
            <translation>e.g. interpreter, separated by commas</translation>
        </message>
        <message>
            <source>Der Ausdruck für die Familie kann zusätzlich in dieser Sprache erscheinen.</source>
            <translation>The family's printout can also appear in this language.</translation>
        </message>
    </context>
    <context>
        <name>VersionHeaderDialog</name>
        <message>
            <source>Kopfdaten bearbeiten</source>
            <translation>Edit header details</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Besuch erfassen</source>
            <extracomment>Domain field names that are shown on another row of this form.</extracomment>
            <translation>Record visit</translation>
        </message>
        <message>
            <source>&amp;Zeitpunkt</source>
            <translation>&amp;Date and time</translation>
        </message>
        <message>
            <source>&amp;Art</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>&amp;Ort</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <source>Anwesend</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>&amp;Weitere Anwesende</source>
            <translation>&amp;Others present</translation>
        </message>
        <message>
            <source>&amp;Sprachmittlung</source>
            <translation>&amp;Interpreter</translation>
        </message>
        <message>
            <source>T&amp;hemen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <source>&amp;Dauer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>z. B. Schulsozialarbeiterin</source>
            <translation>e.g. school social worker</translation>
        </message>
        <message>
            <source>anwesend</source>
            <translation>present</translation>
        </message>
        <message>
            <source>Sprachmittlung anwesend</source>
            <translation>Interpreter present</translation>
        </message>
        <message>
            <source>Name der Sprachmittlung</source>
            <translation>Interpreter's name</translation>
        </message>
        <message>
            <source>Sprache, z. B. sr</source>
            <translation>Language, e.g. sr</translation>
        </message>
        <message>
            <source>Sprache (Sprachcode)</source>
            <translation>Language (language code)</translation>
        </message>
        <message>
            <source>weitere Themen, durch Komma getrennt</source>
            <translation>other topics, separated by commas</translation>
        </message>
        <message>
            <source>Weitere Themen</source>
            <translation>Other topics</translation>
        </message>
        <message>
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>keine Angabe</source>
            <translation>not specified</translation>
        </message>
        <message>
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Was wurde besprochen, was wurde vereinbart?</source>
            <translation>What was discussed, and what was agreed?</translation>
        </message>
        <message>
            <source>Besuch wird gespeichert …</source>
            <translation>Saving visit …</translation>
        </message>
    </context>
    <context>
        <name>VisitLogModel</name>
        <message>
            <source>Zeitpunkt</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Anwesend</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Sprachmittlung</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>VisitTopics</name>
        <message>
            <source>Schule</source>
            <extracomment>Common topics of a visit, offered as check boxes (stored as the label the user sees).</extracomment>
            <translation>School</translation>
        </message>
        <message>
            <source>Arbeit</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Aufenthalt</source>
            <translation>Residence</translation>
        </message>
        <message>
            <source>Gesundheit</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Wohnen</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Finanzen</source>
            <translation>Finances</translation>
        </message>
        <message>
            <source>Sprache</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Besuche</source>
            <extracomment>Shortcut of "Besuch erfassen …" while the tab is shown. The dialog opened last, while it is open.</extracomment>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Besuch &amp;erfassen …</source>
            <translation>&amp;Record visit …</translation>
        </message>
        <message>
            <source>Besuch oder Kontakt erfassen ({shortcut})</source>
            <translation>Record a visit or contact ({shortcut})</translation>
        </message>
        <message>
            <source>Besuch erfassen</source>
            <translation>Record visit</translation>
        </message>
        <message>
            <source>&amp;Notiz hinzufügen …</source>
            <translation>&amp;Add note …</translation>
        </message>
        <message>
            <source>Eine Notiz zum ausgewählten Besuch oder eine allgemeine Notiz schreiben</source>
            <translation>Write a note on the selected visit or a general note</translation>
        </message>
        <message>
            <source>&amp;Korrektur …</source>
            <translation>&amp;Correction …</translation>
        </message>
        <message>
            <source>Notizen werden nicht überschrieben: die Korrektur wird neu hinzugefügt</source>
            <translation>Notes are not overwritten: the correction is added as a new entry</translation>
        </message>
        <message>
            <source>Besuche und Notizen</source>
            <translation>Visits and notes</translation>
        </message>
        <message>
            <source>Notizen des ausgewählten &amp;Eintrags</source>
            <translation>Notes on the selected &amp;entry</translation>
        </message>
        <message>
            <source>Notizen des ausgewählten Eintrags</source>
            <translation>Notes on the selected entry</translation>
        </message>
        <message>
            <source>Zu diesem Besuch gibt es keine Notiz.</source>
            <translation>There is no note for this visit.</translation>
        </message>
        <message>
            <source>Korrektur der Notiz vom {moment}</source>
            <translation>Correction of the note of {moment}</translation>
        </message>
        <message>
            <source>korrigiert am {moment}</source>
            <translation>corrected on {moment}</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Einwilligung widerrufen</source>
            <extracomment>The confirmation asked before saving, while it is open.</extracomment>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Ein Widerruf gilt ab seinem Datum für die Zukunft. Was vorher weitergegeben wurde, bleibt im Offenlegungsprotokoll verzeichnet.</source>
            <translation>A withdrawal applies from its date onwards. Whatever was shared before remains recorded in the disclosure log.</translation>
        </message>
        <message>
            <source>&amp;Umfang:</source>
            <translation>&amp;Scope:</translation>
        </message>
        <message>
            <source>&amp;Stellen:</source>
            <translation>&amp;Organisations:</translation>
        </message>
        <message>
            <source>&amp;Daten:</source>
            <translation>Da&amp;ta:</translation>
        </message>
        <message>
            <source>&amp;Zwecke:</source>
            <translation>&amp;Purposes:</translation>
        </message>
        <message>
            <source>Widerrufen &amp;am:</source>
            <translation>W&amp;ithdrawn on:</translation>
        </message>
        <message>
            <source>Erklärt &amp;von:</source>
            <translation>Declared b&amp;y:</translation>
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>ganz widerrufen</source>
            <translation>withdraw entirely</translation>
        </message>
        <message>
            <source>teilweise widerrufen – nur das Angekreuzte</source>
            <translation>withdraw partly – only what is ticked</translation>
        </message>
        <message>
            <source>&amp;Widerrufen …</source>
            <translation>&amp;Withdraw …</translation>
        </message>
        <message>
            <source>Bitte ankreuzen, was widerrufen wird: Stellen, Daten oder Zwecke.</source>
            <translation>Please tick what is withdrawn: organisations, data or purposes.</translation>
        </message>
        <message>
            <source>Der Widerruf gilt ab dem {date} und wirkt sofort: Ab dann wird nichts mehr in diesem Umfang weitergegeben.

Er kann nicht rückgängig gemacht werden; für eine spätere Weitergabe braucht es eine neue Einwilligung. Bereits weitergegebene Unterlagen bleiben im Offenlegungsprotokoll verzeichnet.</source>
            <translation>The withdrawal applies from {date} and takes effect immediately: from then on, nothing more is shared within this scope.

It cannot be undone; any later sharing needs a new consent. Documents already shared remain recorded in the disclosure log.</translation>
        </message>
        <message>
            <source>Jetzt widerrufen</source>
            <translation>Withdraw now</translation>
        </message>
    </context>
</TS>
