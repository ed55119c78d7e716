<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>ActorDialog</name>
        <message>
            <source>Akteur anlegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eine Organisation des Helfersystems neu erfassen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akteur bearbeiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Angaben zu „{name}“ ändern.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;bteilung:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Straße:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PLZ:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-Mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otizen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akteur wird gespeichert …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorInvolvementTableModel</name>
        <message>
            <source>Aktenzeichen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansprechperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akte abgeschlossen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akte offen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorTableModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abteilung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anschrift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-Mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familien</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Beteiligt an %n Familienakte(n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Notiz korrigieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Korrigierte Notiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Richtiger Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notiz hinzufügen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bezug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>allgemeine Notiz (ohne Besuch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Der Text ist unverändert.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseWork</name>
        <message>
            <source>seit {start}</source>
            <extracomment>The record shown in a row (for views and tests). A value to sort a column by (dates as ISO text, names as collation keys).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bis {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nein</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseFamilyDialog</name>
        <message>
            <source>Akte schließen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soll die Familienakte {case} geschlossen werden? Die Daten bleiben erhalten; die Aufbewahrungsfristen laufen ab dem Abschlussdatum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Abschlussdatum:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abschlussdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akte &amp;schließen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPersonDialog</name>
        <message>
            <source>Ansprechperson hinzufügen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neue Ansprechperson bei „{actor}“.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Funktion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-Mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansprechperson wird gespeichert …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPersonTableModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funktion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-Mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataTransfer</name>
        <message>
            <source>Familienakten importieren</source>
            <extracomment>Larger files are refused before reading (the exchange format of 10,000 families is ~300 MB).</extracomment>
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
        <name>DuplicateCandidatesModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatePairModel</name>
        <message>
            <source>Akteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mögliche Dublette</source>
            <translation type="unfinished" />
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
        <name>ExtendResidenceDialog</name>
        <message>
            <source>Aufenthaltsstatus verlängern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Neu gültig bis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FamilyFileView</name>
        <message>
            <source>Genogramm</source>
            <translation>Genogram</translation>
        </message>
        <message>
            <source>Hilfeplan</source>
            <translation>Help plan</translation>
        </message>
        <message>
            <source>Familienakte</source>
            <translation>Family file</translation>
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
            <source>Fallmanager beenden</source>
            <translation>Quit Fallmanager</translation>
        </message>
        <message>
            <source>Ein Vorgang läuft noch. Trotzdem beenden, sobald er fertig ist?</source>
            <translation>An operation is still running. Quit anyway once it has finished?</translation>
        </message>
    </context>
    <context>
        <name>MergeActorsDialog</name>
        <message>
            <source>Akteure zusammenführen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zwei Einträge beschreiben dieselbe Organisation? Wählen Sie, welcher bleibt. Leere Angaben des bleibenden Eintrags werden aus der Dublette ergänzt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Behalten:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behalten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dublette (wird entfernt):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dublette (wird entfernt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tauschen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Zusammenführen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>– bitte wählen –</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({place})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle Beteiligungen und Ansprechpersonen von „{duplicate}“ gehen auf „{keep}“ über; „{duplicate}“ wird entfernt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitte den Eintrag wählen, der bleibt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitte die Dublette wählen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ein Akteur kann nicht mit sich selbst zusammengeführt werden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dieser Schritt lässt sich nicht rückgängig machen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zusammenführen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akteure werden zusammengeführt …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MigrationEventDialog</name>
        <message>
            <source>Ein- oder Ausreise erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Datum:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Land (Code):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TT.MM.JJJJ, MM.JJJJ oder JJJJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>woher bzw. wohin, z. B. RS</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NameVariantsDialog</name>
        <message>
            <source>Namensvarianten von {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variante &amp;entfernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neue Namensvariante</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vornamen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Familienname:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quelle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variante &amp;hinzufügen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NameVariantsModel</name>
        <message>
            <source>Vornamen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familienname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quelle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notiz</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>sonstiger Akteur</source>
            <extracomment>The value proxies sort by: strings compare locale-aware, numbers and dates numerically. The record id (uuid) of a row.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>&amp;Filter:</source>
            <extracomment>Kinds of change after which the directory reloads (family kinds: names in the details).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, Ort, Abteilung …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akteure filtern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;rt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nach Art filtern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akteure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Neuer Akteur …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akteur anlegen ({shortcut})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bearbeiten …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Zusammenführen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zwei Einträge derselben Organisation zu einem zusammenführen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mögliche Dubletten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dublette prüfen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansprechpersonen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ansprechperson hinzufügen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beteiligt bei Familien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familienakte ö&amp;ffnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alle Arten</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n Akteur(e)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{shown} von {total} Akteuren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kein Akteur ausgewählt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} – {kind}</source>
            <translation type="unfinished" />
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
        <name>PersonDialog</name>
        <message>
            <source>Person hinzufügen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person bearbeiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vornamen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Familienname:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Geschlecht:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburts&amp;datum:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburtsdatum &amp;fiktiv:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver&amp;storben:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sterbeda&amp;tum:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rolle in der Akte:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburts&amp;ort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburts&amp;land (Code):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staats&amp;angehörigkeiten:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;prachen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dolmetschung nötig:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dolmetsch-Spr&amp;ache:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pa&amp;ss:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Identität geklärt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weitere Dok&amp;umente:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TT.MM.JJJJ, MM.JJJJ oder JJJJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>von einer Behörde gesetzt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z. B. RS, XK, STATELESS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z. B. sr, de, rom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z. B. RS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z. B. sr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unbekannt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nein</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mögliche Doppelerfassung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Im Tresor gibt es schon Personen mit diesem Namen und Geburtsjahr. Ist es dieselbe Person, übernehmen Sie sie in diese Akte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vorhandene Person übernehmen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trotzdem neu anlegen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonFormat</name>
        <message>
            <source>ca. {age}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonRelationsModel</name>
        <message>
            <source>Beziehung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, sorgeberechtigt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, nicht sorgeberechtigt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elternteil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner/in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonsTab</name>
        <message>
            <source>Personen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person &amp;hinzufügen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person hinzufügen ({key})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bearbeiten …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Namensvariante …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Be&amp;ziehung erfassen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aus Familie ent&amp;fernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personen der Familienakte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Beziehungen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beziehungen der gewählten Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noch keine Personen erfasst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geschlecht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hinweis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburtsdatum fiktiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verstorben</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburtsort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staatsangehörigkeit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprachen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dolmetschung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nein</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identität geklärt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unbekannt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weitere Dokumente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notizen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Namensvarianten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gespeichert, bitte prüfen: {warnings}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aus Familie entfernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soll „{name}“ aus dieser Familienakte entfernt werden? Die Person und ihre Geschichte bleiben im Tresor erhalten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person „{name}“ aus der Akte entfernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person „{name}“ anlegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person „{name}“ in die Akte übernehmen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person „{name}“ bearbeiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Namensvariante für „{name}“ erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Namensvariante von „{name}“ entfernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beziehung erfassen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonsTableModel</name>
        <message>
            <source>Name</source>
            <extracomment>The role carrying a row's person id, and the role the proxy sorts by.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geschlecht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geburtsdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staatsangehörigkeit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprachen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dolmetschung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiktives Geburtsdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (†)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} (fiktiv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nein</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
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
        <name>RelationshipDialog</name>
        <message>
            <source>Beziehung erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Beziehung:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beziehung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elternteil und Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerschaft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unbekannt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nein</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Art der Elternschaft:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sorgerecht:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Art der Partnerschaft:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Elternteil:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner/&amp;in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bitte zwei Personen wählen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidenceFormat</name>
        <message>
            <source>gültig bis {date}</source>
            <extracomment>A residence document that ends within this many days is shown as expiring soon.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>abgelaufen</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>läuft in %n Tag(en) ab</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>gültig</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidenceStatusDialog</name>
        <message>
            <source>Aufenthaltsstatus erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aufenthaltsstatus korrigieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rechtsgrundlage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gültig &amp;ab:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gültig &amp;bis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aus&amp;stellende Behörde:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auf&amp;lagen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TT.MM.JJJJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z. B. § 25b AufenthG</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Automatisch &amp;sperren nach:</source>
            <translation>&amp;Lock automatically after:</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
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
            <source> Minuten</source>
            <translation> minutes</translation>
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
        <name>VisitDialog</name>
        <message>
            <source>Besuch erfassen</source>
            <extracomment>Domain field names that are shown on another row of this form.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Zeitpunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anwesend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weitere Anwesende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sprachmittlung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;hemen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dauer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z. B. Schulsozialarbeiterin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>anwesend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprachmittlung anwesend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name der Sprachmittlung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprache, z. B. sr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprache (Sprachcode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weitere Themen, durch Komma getrennt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weitere Themen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keine Angabe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dauer in Minuten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was wurde besprochen, was wurde vereinbart?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besuch wird gespeichert …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitLogModel</name>
        <message>
            <source>Zeitpunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anwesend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprachmittlung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitTopics</name>
        <message>
            <source>Schule</source>
            <extracomment>Common topics of a visit, offered as check boxes (stored as the label the user sees).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arbeit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aufenthalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gesundheit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wohnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finanzen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprache</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Besuche</source>
            <extracomment>Shortcut of "Besuch erfassen …" while the tab is shown.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besuch &amp;erfassen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besuch oder Kontakt erfassen ({shortcut})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besuch erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notiz hinzufügen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eine Notiz zum ausgewählten Besuch oder eine allgemeine Notiz schreiben</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Korrektur …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notizen werden nicht überschrieben: die Korrektur wird neu hinzugefügt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besuche und Notizen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notizen des ausgewählten &amp;Eintrags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notizen des ausgewählten Eintrags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zu diesem Besuch gibt es keine Notiz.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korrektur der Notiz vom {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>korrigiert am {moment}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
