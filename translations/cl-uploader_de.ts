<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the server reported %1</source>
        <translation>der Server meldete %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the address and port right?)</source>
        <translation>die Verbindung zu %1 wurde abgelehnt (stimmen Adresse und Port?)</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>keine rechtzeitige Antwort von %1</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3; the connection was refused</source>
        <translation>%1 hat ein Zertifikat mit dem Fingerabdruck %2 vorgelegt, der angeheftete Fingerabdruck ist jedoch %3; die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>die TLS-Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Refreshing the login session</source>
        <translation>Auffrischen der Anmeldesitzung</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>Auflisten der Bibliotheken</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>Lesen der Bibliothek %1</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>Suchen von Bibliotheken</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>Auflisten der Elemente der Bibliothek %1</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>Lesen des Bibliothekselements %1</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>Suchen von Bibliothekselementen</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>Erstellen des Bibliothekselements „%1“</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>Löschen des Bibliothekselements %1</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>Auflisten der Dateien des Bibliothekselements %1</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>Lesen der Datei „%1“ des Bibliothekselements %2</translation>
    </message>
    <message>
        <source>Listing item types</source>
        <translation>Auflisten der Elementtypen</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>Auflisten der Datenspeicher</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>Erstellen einer Aktualisierungssitzung für das Bibliothekselement %1</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>Auflisten der Aktualisierungssitzungen</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>Lesen der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>Ändern des Warnungsverhaltens der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Deleting update session %1</source>
        <translation>Löschen der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Completing update session %1</source>
        <translation>Abschließen der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Canceling update session %1</source>
        <translation>Abbrechen der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Marking update session %1 as failed</source>
        <translation>Markieren der Aktualisierungssitzung %1 als fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keeping update session %1 alive</source>
        <translation>Aktivhalten der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>Hinzufügen der Datei „%1“ zur Aktualisierungssitzung %2</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>Lesen der Datei „%1“ der Aktualisierungssitzung %2</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>Auflisten der Dateien der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>Entfernen der Datei „%1“ aus der Aktualisierungssitzung %2</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>Validieren der Dateien der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Listing trusted certificates</source>
        <translation>Auflisten der vertrauenswürdigen Zertifikate</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>Lesen des vertrauenswürdigen Zertifikats %1</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>Hinzufügen eines vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>Entfernen des vertrauenswürdigen Zertifikats %1</translation>
    </message>
</context>
<context>
    <name>BlockReader</name>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>seit %1 s sind keine Daten angekommen</translation>
    </message>
</context>
<context>
    <name>ChecksumCalculator</name>
    <message>
        <source>Checksum of %1 canceled.</source>
        <translation>Prüfsummenberechnung für %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>%1 kann zur Berechnung der Prüfsumme nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to compute its checksum: %2</source>
        <translation>%1 kann zur Berechnung der Prüfsumme nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of %1: %2</source>
        <translation>Die Prüfsumme von %1 kann nicht berechnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>unknown warning type &quot;%1&quot;; use SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE or UNTRUSTED_CERTIFICATE</source>
        <translation>unbekannter Warnungstyp „%1“; verwenden Sie SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE oder UNTRUSTED_CERTIFICATE</translation>
    </message>
    <message>
        <source>Scriptable client for vCenter Content Library update sessions.

%1</source>
        <translation>Skriptfähiger Client für Aktualisierungssitzungen von vCenter-Inhaltsbibliotheken.

%1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>Das Kennwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Library name or id.</source>
        <translation>Name oder ID der Bibliothek.</translation>
    </message>
    <message>
        <source>library</source>
        <translation>library</translation>
    </message>
    <message>
        <source>Item name or id.</source>
        <translation>Name oder ID des Elements.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Create the item when it does not exist.</source>
        <translation>Das Element erstellen, wenn es nicht existiert.</translation>
    </message>
    <message>
        <source>Type of a created item: ovf, iso or file (default: from the file names).</source>
        <translation>Typ eines erstellten Elements: ovf, iso oder file (Standard: aus den Dateinamen).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Package warnings to ignore: all, or TYPE,TYPE...</source>
        <translation>Zu ignorierende Paketwarnungen: all oder TYPE,TYPE...</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Files sent at the same time (default 2).</source>
        <translation>Gleichzeitig gesendete Dateien (Standard: 2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Checksum algorithm: sha256 (default), sha1, sha512, md5.</source>
        <translation>Prüfsummenalgorithmus: sha256 (Standard), sha1, sha512, md5.</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Argumente des Befehls.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--%1 is an option of &quot;upload&quot;, not of &quot;%2&quot;.</source>
        <translation>--%1 ist eine Option von „upload“, nicht von „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2.</source>
        <translation>„%1“ erwartet %2.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>one library name or id</source>
        <translation>einen Bibliotheksnamen oder eine Bibliotheks-ID</translation>
    </message>
    <message>
        <source>one session id</source>
        <translation>eine Sitzungs-ID</translation>
    </message>
    <message>
        <source>a session id and at least one warning type</source>
        <translation>eine Sitzungs-ID und mindestens einen Warnungstyp</translation>
    </message>
    <message>
        <source>upload needs --library and --item.</source>
        <translation>upload benötigt --library und --item.</translation>
    </message>
    <message>
        <source>--type must be ovf, iso or file, not &quot;%1&quot;.</source>
        <translation>--type muss ovf, iso oder file sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--type only applies with --create-item.</source>
        <translation>--type gilt nur zusammen mit --create-item.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16, not &quot;%1&quot;.</source>
        <translation>--concurrency muss eine Zahl von 1 bis 16 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--checksum must be sha256, sha1, sha512 or md5, not &quot;%1&quot;.</source>
        <translation>--checksum muss sha256, sha1, sha512 oder md5 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the certificate of the https:// sources vCenter fetches (40 hex digits, colons optional).</source>
        <translation>SHA-1-Fingerabdruck des Zertifikats der https://-Quellen, die vCenter abruft (40 Hexadezimalziffern, Doppelpunkte optional).</translation>
    </message>
    <message>
        <source>sha1</source>
        <translation>sha1</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>Sprache der Benutzeroberfläche: %1. Standard: die Systemsprache.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>at least one file or URL</source>
        <translation>mindestens eine Datei oder URL</translation>
    </message>
    <message>
        <source>--source-thumbprint must be a SHA-1 thumbprint (40 hex digits), not &quot;%1&quot;.</source>
        <translation>--source-thumbprint muss ein SHA-1-Fingerabdruck sein (40 Hexadezimalziffern), nicht „%1“.</translation>
    </message>
    <message>
        <source>--source-thumbprint only applies to https:// sources.</source>
        <translation>--source-thumbprint gilt nur für https://-Quellen.</translation>
    </message>
    <message>
        <source>Commands:
  libraries                 list content libraries
  items &lt;library&gt;           list the items of a library (name or id)
  sessions                  list your update sessions
  session &lt;id&gt;              show one update session and its files
  upload --library L --item I [--create-item] [--type ovf|iso|file]
         [--ignore-warnings all|TYPE,...] [--concurrency N]
         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...
                            upload files, an .ovf package or an .ova into an item;
                            an http(s):// SOURCE is fetched by vCenter itself
  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...
                            check files or a package locally, as an upload does
                            before it creates a session; with --library and
                            --item also whether you may update that item
  ignore-warnings &lt;id&gt; TYPE...          ignore preview warnings of a session
  complete &lt;id&gt;             complete an update session
  cancel &lt;id&gt;               cancel an update session
  version                   print the version

Environment: CLU_URL, CLU_USERNAME, CLU_PASSWORD (or --password-stdin, or the
keychain entry user@host of service &quot;cl-uploader&quot;), CLU_THUMBPRINT (pin: SHA-256
or SHA-1 hex), CLU_INSECURE=1 (accept any server certificate),
CLU_ALLOW_HTTP=1 (allow plain http://, lab only), CLU_UPLOAD_HOSTS=h1,h2 (other
hosts that may receive uploads), CLU_MAX_RESPONSE_MIB (32), CLU_CALL_DEADLINE_SECONDS
(120), CLU_PARALLEL_GETS (12).
Warning types: SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE,
NOT_YET_VALID_CERTIFICATE, UNTRUSTED_CERTIFICATE.
</source>
        <translation>Befehle:
  libraries                 Inhaltsbibliotheken auflisten
  items &lt;library&gt;           Elemente einer Bibliothek auflisten (Name oder ID)
  sessions                  eigene Aktualisierungssitzungen auflisten
  session &lt;id&gt;              eine Aktualisierungssitzung mit ihren Dateien anzeigen
  upload --library L --item I [--create-item] [--type ovf|iso|file]
         [--ignore-warnings all|TYPE,...] [--concurrency N]
         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...
                            Dateien, ein .ovf-Paket oder eine .ova in ein Element hochladen;
                            eine http(s)://-SOURCE ruft vCenter selbst ab
  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...
                            Dateien oder ein Paket lokal prüfen, wie es ein Upload vor
                            dem Erstellen einer Sitzung tut; mit --library und --item
                            auch, ob Sie dieses Element aktualisieren dürfen
  ignore-warnings &lt;id&gt; TYPE...          Vorschauwarnungen einer Sitzung ignorieren
  complete &lt;id&gt;             eine Aktualisierungssitzung abschließen
  cancel &lt;id&gt;               eine Aktualisierungssitzung abbrechen
  version                   die Version ausgeben

Umgebung: CLU_URL, CLU_USERNAME, CLU_PASSWORD (oder --password-stdin oder der
Schlüsselbund-Eintrag user@host des Dienstes „cl-uploader“), CLU_THUMBPRINT (Anheften:
SHA-256 oder SHA-1 hexadezimal), CLU_INSECURE=1 (jedes Serverzertifikat akzeptieren),
CLU_ALLOW_HTTP=1 (unverschlüsseltes http:// erlauben, nur für Testumgebungen),
CLU_UPLOAD_HOSTS=h1,h2 (weitere Hosts, die Uploads empfangen dürfen),
CLU_MAX_RESPONSE_MIB (32), CLU_CALL_DEADLINE_SECONDS (120), CLU_PARALLEL_GETS (12).
Warnungstypen: SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE,
NOT_YET_VALID_CERTIFICATE, UNTRUSTED_CERTIFICATE.
</translation>
    </message>
    <message>
        <source>Let preflight warnings pass (upload, preflight); failures still stop an upload.</source>
        <translation>Warnungen der Vorabprüfung zulassen (upload, preflight); Fehler halten einen Upload weiterhin an.</translation>
    </message>
    <message>
        <source>--allow-preflight-warnings is an option of &quot;upload&quot; and &quot;preflight&quot;, not of &quot;%1&quot;.</source>
        <translation>--allow-preflight-warnings ist eine Option von „upload“ und „preflight“, nicht von „%1“.</translation>
    </message>
    <message>
        <source>at least one file, or one .ovf or .ova</source>
        <translation>mindestens eine Datei oder eine .ovf- bzw. .ova-Datei</translation>
    </message>
    <message>
        <source>preflight checks privileges with both --library and --item, or neither.</source>
        <translation>preflight prüft Berechtigungen nur mit --library und --item zusammen; geben Sie beide oder keines von beiden an.</translation>
    </message>
</context>
<context>
    <name>ContentRejection</name>
    <message>
        <source>the server computed another checksum for %1 (%2) than the one sent (%3)</source>
        <translation>der Server hat für %1 eine andere Prüfsumme berechnet (%2) als die gesendete (%3)</translation>
    </message>
    <message>
        <source>the server received all %1 bytes of %2 and refused them, so their checksum did not match</source>
        <translation>der Server hat alle %1 Byte von %2 empfangen und abgelehnt, ihre Prüfsumme stimmte also nicht überein</translation>
    </message>
    <message>
        <source>the server reported %1</source>
        <translation>der Server meldete %1</translation>
    </message>
    <message>
        <source>the server&apos;s message speaks of a checksum: %1</source>
        <translation>die Meldung des Servers spricht von einer Prüfsumme: %1</translation>
    </message>
</context>
<context>
    <name>CurlPut</name>
    <message>
        <source>the source ended after %1 of %2 bytes</source>
        <translation>die Quelle endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl konnte keine Übertragung starten</translation>
    </message>
    <message>
        <source>this build&apos;s libcurl cannot let the TLS policy check certificates (it needs libcurl with the OpenSSL backend: %1)</source>
        <translation>das libcurl dieses Builds kann die Zertifikate nicht von der TLS-Richtlinie prüfen lassen (nötig ist libcurl mit OpenSSL-Backend: %1)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>die Antwort des Servers ist %1 Bytes groß (Content-Length), mehr als die Grenze von %2; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the upload is more than %1 bytes; the rest was not read</source>
        <translation>die Antwort des Servers auf den Upload ist größer als %1 Bytes; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused</source>
        <translation>das Zertifikat von %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server sent no HTTP answer</source>
        <translation>der Server hat keine HTTP-Antwort gesendet</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 before the whole body was sent</source>
        <translation>der Server hat mit HTTP %1 geantwortet, bevor der ganze Inhalt gesendet war</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 and closed the connection</source>
        <translation>der Server hat mit HTTP %1 geantwortet und die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here: %2</source>
        <translation>OpenSSL kann %1 hier nicht berechnen: %2</translation>
    </message>
    <message>
        <source>OpenSSL failed while hashing: %1</source>
        <translation>OpenSSL ist bei der Hash-Berechnung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FanOut</name>
    <message>
        <source>the server listed %1 %2, more than the %3 this client reads one by one; look the object up by name or id instead</source>
        <translation>der Server hat %1 %2 aufgelistet, mehr als die %3, die dieser Client einzeln liest; suchen Sie das Objekt stattdessen nach Name oder ID</translation>
    </message>
</context>
<context>
    <name>FileTransferStatus</name>
    <message>
        <source>Adding</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Server fetching</source>
        <translation>Server ruft ab</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Start a local demo server (cl-simulator with seeded content) and connect to it.</source>
        <translation>Einen lokalen Demo-Server starten (cl-simulator mit vorbereiteten Inhalten) und eine Verbindung zu ihm herstellen.</translation>
    </message>
    <message>
        <source>The cl-simulator executable to use for --demo.</source>
        <translation>Die für --demo zu verwendende ausführbare Datei von cl-simulator.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>With --demo: write PNG screenshots of the main window, the certificate tab and the upload dialog into this directory, then quit.</source>
        <translation>Mit --demo: PNG-Screenshots des Hauptfensters, der Zertifikatsregisterkarte und des Upload-Dialogs in dieses Verzeichnis schreiben und dann beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter Content Libraries through update sessions.</source>
        <translation>Content Library Uploader: OVF/OVA-Vorlagen, ISOs und Dateien über Aktualisierungssitzungen in vCenter-Inhaltsbibliotheken hochladen.</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>Sprache der Benutzeroberfläche: %1. Standard: die Systemsprache.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Files, or one OVF/OVA package, to upload: the New upload dialog opens with them once connected.</source>
        <translation>Hochzuladende Dateien oder ein OVF/OVA-Paket: Nach dem Verbinden öffnet sich der Dialog „Neuer Upload“ mit ihnen.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file to add has no name.</source>
        <translation>Die hinzuzufügende Datei hat keinen Namen.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must not contain a path separator.</source>
        <translation>Der Dateiname „%1“ darf kein Pfadtrennzeichen enthalten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is to be pulled but has no source URL.</source>
        <translation>Die Datei „%1“ soll abgerufen werden, hat aber keine Quell-URL.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; needs source type PUSH or PULL (got &quot;%2&quot;).</source>
        <translation>Die Datei „%1“ benötigt den Quelltyp PUSH oder PULL (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has a negative size.</source>
        <translation>Die Datei „%1“ hat eine negative Größe.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>A new item needs the id of the library it goes into.</source>
        <translation>Ein neues Element benötigt die ID der Bibliothek, in die es aufgenommen wird.</translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation>Ein neues Element benötigt einen Namen.</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>a 64-bit integer</source>
        <translation>eine 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>„%1“ ist kein absoluter URI</translation>
    </message>
</context>
<context>
    <name>KeyStrength</name>
    <message>
        <source>opaque</source>
        <translation>opak</translation>
    </message>
    <message>
        <source>the certificate of %1</source>
        <translation>das Zertifikat von %1</translation>
    </message>
    <message>
        <source>a CA certificate in the chain of %1 (%2)</source>
        <translation>ein CA-Zertifikat in der Kette von %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has a %2-bit %3 key, but this computer&apos;s OpenSSL (security level %4) refuses %3 keys shorter than %5 bits in any TLS connection, trusted or not. Give the server a certificate with a key of at least %5 bits (e.g. RSA 2048 or an EC P-256 key).</source>
        <translation>%1 hat einen %3-Schlüssel mit %2 Bit, aber OpenSSL auf diesem Computer (Sicherheitsstufe %4) lehnt %3-Schlüssel mit weniger als %5 Bit in jeder TLS-Verbindung ab, ob vertrauenswürdig oder nicht. Statten Sie den Server mit einem Zertifikat aus, dessen Schlüssel mindestens %5 Bit hat (z. B. RSA 2048 oder ein EC-Schlüssel P-256).</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>no %1 has the id or name &quot;%2&quot;</source>
        <translation>%1 mit der ID oder dem Namen „%2“ nicht gefunden</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>es wurde keine ID angegeben</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>Auflisten der Bibliotheken</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>Lesen der Bibliothek %1</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>Suchen von Bibliotheken</translation>
    </message>
    <message>
        <source>Finding library &quot;%1&quot;</source>
        <translation>Suchen der Bibliothek „%1“</translation>
    </message>
    <message>
        <source>library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>Auflisten der Elemente der Bibliothek %1</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>Lesen des Bibliothekselements %1</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>Suchen von Bibliothekselementen</translation>
    </message>
    <message>
        <source>Finding item &quot;%1&quot;</source>
        <translation>Suchen des Elements „%1“</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>Erstellen des Bibliothekselements „%1“</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>Löschen des Bibliothekselements %1</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>Auflisten der Dateien des Bibliothekselements %1</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>Lesen der Datei „%1“ des Bibliothekselements %2</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>Auflisten der Datenspeicher</translation>
    </message>
    <message numerus="yes">
        <source>%n libraries are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>%n Bibliothek heißt „%1“ (IDs %2); geben Sie stattdessen die ID an</numerusform>
            <numerusform>%n Bibliotheken heißen „%1“ (IDs %2); geben Sie stattdessen die ID an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>%n Element heißt „%1“ (IDs %2); geben Sie stattdessen die ID an</numerusform>
            <numerusform>%n Elemente heißen „%1“ (IDs %2); geben Sie stattdessen die ID an</numerusform>
        </translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Reading libraries</source>
        <translation>Lesen der Bibliotheken</translation>
    </message>
    <message>
        <source>Reading library items</source>
        <translation>Lesen der Bibliothekselemente</translation>
    </message>
</context>
<context>
    <name>LocalFileCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device has no size to declare).</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät hat keine Größe, die angegeben werden könnte).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no known size.</source>
        <translation>Die Größe von %1 ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>ManifestLint</name>
    <message>
        <source>&quot;%1&quot; is OpenSSL 3&apos;s spelling (openssl dgst); vCenter accepts only SHA1, SHA256 and SHA512</source>
        <translation>„%1“ ist die Schreibweise von OpenSSL 3 (openssl dgst); vCenter akzeptiert nur SHA1, SHA256 und SHA512</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written in capitals (%2)</source>
        <translation>„%1“ muss in Großbuchstaben geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an algorithm vCenter accepts (SHA1, SHA256, SHA512)</source>
        <translation>„%1“ ist kein Algorithmus, den vCenter akzeptiert (SHA1, SHA256, SHA512)</translation>
    </message>
    <message>
        <source>line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>Zeile %1 hat nicht die Form &quot;SHA256(file)= digest&quot;: %2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>line %1 (%2): a %3 digest is %4 hex digits, this one is &quot;%5&quot;</source>
        <translation>Zeile %1 (%2): Eine %3-Prüfsumme hat %4 Hexadezimalziffern, diese lautet „%5“</translation>
    </message>
    <message>
        <source>line %1 lists %2 a second time</source>
        <translation>Zeile %1 führt %2 ein zweites Mal auf</translation>
    </message>
    <message>
        <source>the manifest lists no files</source>
        <translation>das Manifest führt keine Dateien auf</translation>
    </message>
    <message>
        <source>line(s) %1 are not spaced as ovftool writes them (&quot;SHA256(file)= digest&quot;) nor as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), the two spellings vCenter is known to read</source>
        <translation>Zeile(n) %1 haben weder die Leerzeichen von ovftool („SHA256(file)= digest“) noch die von VirtualBox („SHA256 (file) = digest“), die beiden Schreibweisen, die vCenter bekanntermaßen liest</translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries, spaced as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), which vCenter reads</source>
        <translation>
            <numerusform>%n wohlgeformter Eintrag mit den Leerzeichen von VirtualBox („SHA256 (file) = digest“), die vCenter liest</numerusform>
            <numerusform>%n wohlgeformte Einträge mit den Leerzeichen von VirtualBox („SHA256 (file) = digest“), die vCenter liest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries</source>
        <translation>
            <numerusform>%n wohlgeformter Eintrag</numerusform>
            <numerusform>%n wohlgeformte Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OvaReader</name>
    <message>
        <source>Cannot open the OVA %1: %2</source>
        <translation>Die OVA %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The OVA %1 is damaged or not a tar archive: %2</source>
        <translation>Die OVA %1 ist beschädigt oder kein TAR-Archiv: %2</translation>
    </message>
    <message>
        <source>The OVA %1 has no member named %2</source>
        <translation>Die OVA %1 enthält keinen Eintrag namens %2</translation>
    </message>
    <message>
        <source>%1 in the OVA %2 is %3 bytes, larger than the %4 bytes allowed for it</source>
        <translation>%1 in der OVA %2 ist %3 Byte groß, mehr als die dafür zulässigen %4 Byte</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 ends after %2 of %3 bytes: the OVA is truncated</source>
        <translation>%1 endet nach %2 von %3 Byte: Die OVA ist abgeschnitten</translation>
    </message>
    <message>
        <source>The OVA %1 has no readable member named %2</source>
        <translation>Die OVA %1 enthält keinen lesbaren Eintrag namens %2</translation>
    </message>
    <message>
        <source>Cannot locate the bytes of %1 inside the OVA %2</source>
        <translation>Die Bytes von %1 können in der OVA %2 nicht gefunden werden</translation>
    </message>
</context>
<context>
    <name>OvfDescriptor</name>
    <message>
        <source>a References/File element has an empty ovf:href</source>
        <translation>ein References/File-Element hat ein leeres ovf:href</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; contains a path separator; only file names beside the descriptor are supported</source>
        <translation>die referenzierte Datei „%1“ enthält ein Pfadtrennzeichen; nur Dateinamen neben dem Deskriptor werden unterstützt</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is not a file name</source>
        <translation>die referenzierte Datei „%1“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 ist kein gültiger OVF-Deskriptor: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1 is not an OVF descriptor: the root element is not Envelope</source>
        <translation>%1 ist kein OVF-Deskriptor: Das Wurzelelement ist nicht Envelope</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is a URL; this uploader sends only files that are part of the package (download it and reference it by file name)</source>
        <translation>die referenzierte Datei „%1“ ist eine URL; dieser Uploader sendet nur Dateien, die Teil des Pakets sind (laden Sie sie herunter und referenzieren Sie sie über den Dateinamen)</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; looks like a drive path; only file names beside the descriptor are supported</source>
        <translation>die referenzierte Datei „%1“ sieht wie ein Laufwerkspfad aus; nur Dateinamen neben dem Deskriptor werden unterstützt</translation>
    </message>
    <message>
        <source>%1: ovf:chunkSize &quot;%2&quot; of &quot;%3&quot; is not a positive number of bytes</source>
        <translation>%1: ovf:chunkSize „%2“ von „%3“ ist keine positive Anzahl von Bytes</translation>
    </message>
</context>
<context>
    <name>OvfDiskSection</name>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 ist kein gültiger OVF-Deskriptor: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>ovf:capacity is the property reference %1, known only at deployment</source>
        <translation>ovf:capacity ist die Eigenschaftsreferenz %1, die erst bei der Bereitstellung bekannt ist</translation>
    </message>
    <message>
        <source>ovf:capacity &quot;%1&quot; is not a number</source>
        <translation>ovf:capacity „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>ovf:capacityAllocationUnits &quot;%1&quot; is not a unit of the form &quot;byte * 2^30&quot;</source>
        <translation>ovf:capacityAllocationUnits „%1“ ist keine Einheit der Form „byte * 2^30“</translation>
    </message>
    <message>
        <source>ovf:capacity %1 × %2 overflows</source>
        <translation>ovf:capacity %1 × %2 läuft über</translation>
    </message>
</context>
<context>
    <name>OvfManifest</name>
    <message>
        <source>%1 line %2 is not a manifest entry of the form &quot;SHA256(file)= digest&quot;: %3</source>
        <translation>Zeile %2 von %1 ist kein Manifesteintrag der Form &quot;SHA256(file)= digest&quot;: %3</translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1 has a certificate (%2) but no manifest (%3): a signature covers the manifest, so the package cannot be verified</source>
        <translation>%1 hat ein Zertifikat (%2), aber kein Manifest (%3): Eine Signatur deckt das Manifest ab, daher kann das Paket nicht überprüft werden</translation>
    </message>
    <message>
        <source>%1 references files that are not in the package: %2</source>
        <translation>%1 referenziert Dateien, die nicht im Paket enthalten sind: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is too large (%2 bytes)</source>
        <translation>Das Manifest %1 ist zu groß (%2 Byte)</translation>
    </message>
    <message>
        <source>Cannot open the OVF descriptor %1: %2</source>
        <translation>Der OVF-Deskriptor %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is too large for an OVF descriptor (%2 bytes)</source>
        <translation>%1 ist zu groß für einen OVF-Deskriptor (%2 Byte)</translation>
    </message>
    <message>
        <source>The OVA %1 contains no .ovf descriptor</source>
        <translation>Die OVA %1 enthält keinen .ovf-Deskriptor</translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not part of the package</source>
        <translation>das Manifest führt %1 auf, diese Datei ist aber nicht Teil des Pakets</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but the package holds the unsplit file %2 instead of the chunks %4, ...; re-export it with the chunks, or remove ovf:chunkSize from the descriptor (and its manifest line)</source>
        <translation>%1 deklariert %2 als in Teile zu %3 Byte aufgeteilt (ovf:chunkSize), das Paket enthält aber statt der Teile %4, ... die ungeteilte Datei %2; exportieren Sie es erneut mit den Teilen, oder entfernen Sie ovf:chunkSize aus dem Deskriptor (und die zugehörige Manifestzeile)</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but its first chunk %4 is not in the package</source>
        <translation>%1 deklariert %2 als in Teile zu %3 Byte aufgeteilt (ovf:chunkSize), der erste Teil %4 ist aber nicht im Paket enthalten</translation>
    </message>
    <message>
        <source>%1: the chunk %2 of %3 has %4 bytes, but ovf:chunkSize says every chunk but the last has %5 bytes (and the last at most that, at least 1)</source>
        <translation>%1: Der Teil %2 von %3 hat %4 Byte, laut ovf:chunkSize hat aber jeder Teil außer dem letzten %5 Byte (und der letzte höchstens so viele, mindestens 1)</translation>
    </message>
    <message>
        <source>%1: the %2 chunks of %3 (%4 to %5) add up to %6 bytes, but its ovf:size is %7; a chunk is missing or truncated</source>
        <translation>%1: Die %2 Teile von %3 (%4 bis %5) ergeben zusammen %6 Byte, die ovf:size der Datei ist aber %7; ein Teil fehlt oder ist abgeschnitten</translation>
    </message>
    <message>
        <source>The manifest of %1 lists %2, which the package does not hold (and the descriptor does not reference)</source>
        <translation>Das Manifest von %1 führt %2 auf, diese Datei ist aber nicht im Paket enthalten (und wird vom Deskriptor nicht referenziert)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 ist zu groß (%2 Byte)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) present and readable; not an OVF package, so nothing else is checked</source>
        <translation>
            <numerusform>%n Datei vorhanden und lesbar; kein OVF-Paket, daher wird nichts weiter geprüft</numerusform>
            <numerusform>%n Dateien vorhanden und lesbar; kein OVF-Paket, daher wird nichts weiter geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 holds a document type declaration (DTD), which vCenter&apos;s OVF parser refuses; remove the &lt;!DOCTYPE ...&gt;</source>
        <translation>Zeile %1 enthält eine Dokumenttypdeklaration (DTD), die der OVF-Parser von vCenter ablehnt; entfernen Sie das &lt;!DOCTYPE ...&gt;</translation>
    </message>
    <message>
        <source>the Envelope is in the OVF 0.9 namespace %1, which vCenter no longer imports; re-export it as OVF 1.0 or later (ovftool converts it)</source>
        <translation>das Envelope liegt im OVF-0.9-Namespace %1, den vCenter nicht mehr importiert; exportieren Sie es erneut als OVF 1.0 oder höher (ovftool konvertiert es)</translation>
    </message>
    <message>
        <source>the root element is {%1}%2, not an OVF Envelope in the namespace %3 or %4</source>
        <translation>das Wurzelelement ist {%1}%2, kein OVF-Envelope im Namespace %3 oder %4</translation>
    </message>
    <message>
        <source>an OVF 2.x Envelope, no DTD</source>
        <translation>ein OVF-2.x-Envelope, keine DTD</translation>
    </message>
    <message>
        <source>an OVF 1.x Envelope, no DTD</source>
        <translation>ein OVF-1.x-Envelope, keine DTD</translation>
    </message>
    <message>
        <source>ovf:size says %L1 bytes, the file has %L2 bytes</source>
        <translation>laut ovf:size %L1 Byte, die Datei hat %L2 Byte</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the size their ovf:size declares</source>
        <translation>
            <numerusform>%n Datei hat die in ihrem ovf:size angegebene Größe</numerusform>
            <numerusform>%n Dateien haben die in ihrem ovf:size angegebene Größe</numerusform>
        </translation>
    </message>
    <message>
        <source>the descriptor declares no ovf:size to compare</source>
        <translation>der Deskriptor gibt kein ovf:size zum Vergleichen an</translation>
    </message>
    <message>
        <source>no manifest (.mf): the files&apos; contents are not covered by digests</source>
        <translation>kein Manifest (.mf): Die Inhalte der Dateien sind durch keine Prüfsummen abgesichert</translation>
    </message>
    <message>
        <source>unsigned package (no .cert)</source>
        <translation>nicht signiertes Paket (kein .cert)</translation>
    </message>
    <message>
        <source>lists %1, which is not part of the package</source>
        <translation>führt %1 auf, das nicht Teil des Pakets ist</translation>
    </message>
    <message>
        <source>Disk %1 refers to the file id %2, which References does not list</source>
        <translation>Datenträger %1 verweist auf die Datei-ID %2, die References nicht aufführt</translation>
    </message>
    <message>
        <source>the descriptor&apos;s DiskSection references no disk file</source>
        <translation>die DiskSection des Deskriptors referenziert keine Datenträgerdatei</translation>
    </message>
    <message>
        <source>the descriptor references files the package does not hold: %1</source>
        <translation>der Deskriptor referenziert Dateien, die das Paket nicht enthält: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a well-formed OVF descriptor, %n file(s) in the package</source>
        <translation>
            <numerusform>%1: ein wohlgeformter OVF-Deskriptor, %n Datei im Paket</numerusform>
            <numerusform>%1: ein wohlgeformter OVF-Deskriptor, %n Dateien im Paket</numerusform>
        </translation>
    </message>
    <message>
        <source>the OVA&apos;s first member is %1, not the descriptor %2: the OVF specification puts the descriptor first and streaming importers expect it there</source>
        <translation>der erste Eintrag der OVA ist %1, nicht der Deskriptor %2: Die OVF-Spezifikation stellt den Deskriptor an den Anfang, und streamende Importprogramme erwarten ihn dort</translation>
    </message>
    <message>
        <source>every file the descriptor references is in the package</source>
        <translation>jede vom Deskriptor referenzierte Datei ist im Paket enthalten</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed (%n check(s), %1 allowed).</source>
        <translation>
            <numerusform>Vorabprüfung: bestanden (%n Prüfung, %1 zugelassen).</numerusform>
            <numerusform>Vorabprüfung: bestanden (%n Prüfungen, %1 zugelassen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here.</source>
        <translation>Vorabprüfung: %1, %2: ein Upload würde hier anhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here (--allow-preflight-warnings lets warnings pass).</source>
        <translation>Vorabprüfung: %1, %2: ein Upload würde hier anhalten (--allow-preflight-warnings lässt Warnungen durch).</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Preflight stopped the upload before a session was created: %1</source>
        <translation>Die Vorabprüfung hat den Upload angehalten, bevor eine Sitzung erstellt wurde: %1</translation>
    </message>
    <message>
        <source>Preflight stopped the upload of %1 before a session was created: %2</source>
        <translation>Die Vorabprüfung hat den Upload von %1 angehalten, bevor eine Sitzung erstellt wurde: %2</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>on the library</source>
        <translation>für die Bibliothek</translation>
    </message>
    <message>
        <source>on the library item</source>
        <translation>für das Bibliothekselement</translation>
    </message>
    <message>
        <source>on the source datastore</source>
        <translation>für den Quelldatenspeicher</translation>
    </message>
    <message>
        <source>the account lacks the vCenter privilege &quot;%1&quot; (%2) %3 (server: %4)</source>
        <translation>dem Konto fehlt die vCenter-Berechtigung „%1“ (%2) %3 (Server: %4)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Content Library Uploader</source>
        <translation>Content Library Uploader</translation>
    </message>
</context>
<context>
    <name>ResultDecoding</name>
    <message>
        <source>the server&apos;s answer does not match the API: %1</source>
        <translation>die Antwort des Servers entspricht nicht der API: %1</translation>
    </message>
    <message>
        <source>expected an id (a non-empty JSON string)</source>
        <translation>eine ID erwartet (eine nicht leere JSON-Zeichenfolge)</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL mit einem Hostnamen.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (found &quot;%1&quot;).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (gefunden: „%1“).</translation>
    </message>
    <message>
        <source>The profile needs a user name, for example administrator@vsphere.local.</source>
        <translation>Das Profil benötigt einen Benutzernamen, zum Beispiel administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 nor a SHA-256 fingerprint.</source>
        <translation>Der angeheftete Fingerabdruck „%1“ ist weder ein SHA-1- noch ein SHA-256-Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>SessionFileService</name>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>no update session id was given</source>
        <translation>es wurde keine ID einer Aktualisierungssitzung angegeben</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>Hinzufügen der Datei „%1“ zur Aktualisierungssitzung %2</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>Lesen der Datei „%1“ der Aktualisierungssitzung %2</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>Auflisten der Dateien der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>Entfernen der Datei „%1“ aus der Aktualisierungssitzung %2</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>Validieren der Dateien der Aktualisierungssitzung %1</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>has no signature line of the form &quot;SHA256(%1)= &lt;hex signature&gt;&quot;</source>
        <translation>enthält keine Signaturzeile der Form „SHA256(%1)= &lt;Hex-Signatur&gt;“</translation>
    </message>
    <message>
        <source>signs %1, but the package&apos;s manifest is %2</source>
        <translation>signiert %1, das Manifest des Pakets ist aber %2</translation>
    </message>
    <message>
        <source>holds no PEM certificate after the signature line</source>
        <translation>enthält nach der Signaturzeile kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the %1 signature does not verify over %2 with the certificate&apos;s key: the manifest was changed after signing, or signed with another key</source>
        <translation>die %1-Signatur über %2 lässt sich mit dem Schlüssel des Zertifikats nicht verifizieren: Das Manifest wurde nach dem Signieren geändert oder mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <source>%1 signature over %2 verifies (signer: %3)</source>
        <translation>%1-Signatur über %2 ist gültig (Unterzeichner: %3)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate expired on %1; vCenter will raise EXPIRED_CERTIFICATE</source>
        <translation>das Zertifikat des Unterzeichners ist am %1 abgelaufen; vCenter wird EXPIRED_CERTIFICATE melden</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid only from %1; vCenter will raise NOT_YET_VALID_CERTIFICATE</source>
        <translation>das Zertifikat des Unterzeichners ist erst ab %1 gültig; vCenter wird NOT_YET_VALID_CERTIFICATE melden</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed (valid until %1); vCenter will raise SELF_SIGNED_CERTIFICATE</source>
        <translation>das Zertifikat des Unterzeichners ist selbstsigniert (gültig bis %1); vCenter wird SELF_SIGNED_CERTIFICATE melden</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid until %1 (issuer: %2)</source>
        <translation>das Zertifikat des Unterzeichners ist bis %1 gültig (Aussteller: %2)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available; choose one of: %2.</source>
        <translation>Die Sprache „%1“ ist nicht verfügbar; wählen Sie eine der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>TransportRules</name>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host</source>
        <translation>„%1“ ist keine https://-URL mit Host</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>die Anmeldeantwort enthält kein Sitzungstoken</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token is %1 characters long (at most %2 are accepted); refusing it</source>
        <translation>das Sitzungstoken der Anmeldeantwort ist %1 Zeichen lang (höchstens %2 werden akzeptiert); es wird abgelehnt</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token contains U+%1 at position %2, which cannot go into an HTTP header (a CR/LF would inject headers); refusing it</source>
        <translation>das Sitzungstoken der Anmeldeantwort enthält an Position %2 das Zeichen U+%1, das nicht in einem HTTP-Header stehen darf (ein CR/LF würde Header einschleusen); es wird abgelehnt</translation>
    </message>
    <message>
        <source>the server answered with a redirect without a Location; not followed</source>
        <translation>der Server antwortete mit einer Umleitung ohne Location; ihr wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the redirect was not followed, so no password or session token went to %3</source>
        <translation>%1 leitete auf %2 um, einen anderen Ursprung; der Umleitung wurde nicht gefolgt, daher gingen weder Kennwort noch Sitzungstoken an %3</translation>
    </message>
    <message>
        <source>the server redirected to %1; the vSphere API does not redirect, so it was not followed (is the URL right?)</source>
        <translation>der Server leitete auf %1 um; die vSphere-API leitet nicht um, daher wurde der Umleitung nicht gefolgt (stimmt die URL?)</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP answer: the server probably speaks HTTPS on this port (try %2)</source>
        <translation>%1 hat die Verbindung ohne HTTP-Antwort geschlossen: Der Server verwendet auf diesem Port vermutlich HTTPS (versuchen Sie %2)</translation>
    </message>
    <message>
        <source>%1 uses plain http://: the password and the session token would cross the network unencrypted, so nothing was sent. Use https://, or allow plain http explicitly for a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>%1 verwendet unverschlüsseltes http://: Kennwort und Sitzungstoken würden unverschlüsselt über das Netzwerk übertragen, daher wurde nichts gesendet. Verwenden Sie https://, oder erlauben Sie unverschlüsseltes http ausdrücklich für eine Testumgebung (CLI: CLU_ALLOW_HTTP=1; GUI: „Unverschlüsseltes http erlauben (nur für Testumgebungen)“ im Profil)</translation>
    </message>
</context>
<context>
    <name>TrustedCertificateService</name>
    <message>
        <source>Listing trusted certificates</source>
        <translation>Auflisten der vertrauenswürdigen Zertifikate</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>Lesen des vertrauenswürdigen Zertifikats %1</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>es wurde keine ID angegeben</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>Hinzufügen eines vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>the text is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>der Text ist kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>Entfernen des vertrauenswürdigen Zertifikats %1</translation>
    </message>
</context>
<context>
    <name>UpdateSessionService</name>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>es wurde keine ID angegeben</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>Erstellen einer Aktualisierungssitzung für das Bibliothekselement %1</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>Lesen der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>Auflisten der Aktualisierungssitzungen</translation>
    </message>
    <message>
        <source>the session has no warning behavior for %1 after it was set</source>
        <translation>die Sitzung hat nach dem Setzen kein Warnungsverhalten für %1</translation>
    </message>
    <message>
        <source>the session reports %1 as %2 after it was set to %3</source>
        <translation>die Sitzung meldet %1 als %2, nachdem der Wert auf %3 gesetzt wurde</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>nicht ignoriert</translation>
    </message>
    <message>
        <source>the preview still shows warning %1 as %2</source>
        <translation>die Vorschau zeigt die Warnung %1 weiterhin als %2 an</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>Ändern des Warnungsverhaltens der Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>client progress %1 is outside 0-100</source>
        <translation>der Client-Fortschritt %1 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <source>Reading update sessions</source>
        <translation>Lesen der Aktualisierungssitzungen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message>
        <source>preparing files</source>
        <translation>Vorbereiten der Dateien</translation>
    </message>
    <message>
        <source>creating the update session</source>
        <translation>Erstellen der Aktualisierungssitzung</translation>
    </message>
    <message>
        <source>sending the OVF descriptor</source>
        <translation>Senden des OVF-Deskriptors</translation>
    </message>
    <message>
        <source>waiting for the OVF preview</source>
        <translation>Warten auf die OVF-Vorschau</translation>
    </message>
    <message>
        <source>waiting for a decision on warnings</source>
        <translation>Warten auf eine Entscheidung zu den Warnungen</translation>
    </message>
    <message>
        <source>sending files</source>
        <translation>Senden der Dateien</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>completing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>cleaning up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the update session %1 no longer exists: it expired or was deleted (the server answered HTTP %2%3)</source>
        <translation>die Aktualisierungssitzung %1 existiert nicht mehr: Sie ist abgelaufen oder wurde gelöscht (der Server antwortete mit HTTP %2%3)</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s); the item could not be read back: %1</source>
        <translation>
            <numerusform>%n Datei hochgeladen; das Element konnte nicht erneut gelesen werden: %1</numerusform>
            <numerusform>%n Dateien hochgeladen; das Element konnte nicht erneut gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; the server reports no content version for the item.</source>
        <translation>
            <numerusform>%n Datei hochgeladen, %1 Byte; der Server meldet keine Inhaltsversion für das Element.</numerusform>
            <numerusform>%n Dateien hochgeladen, %1 Byte; der Server meldet keine Inhaltsversion für das Element.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.</source>
        <translation>
            <numerusform>%n Datei hochgeladen, %1 Byte; Inhaltsversion des Elements %2, Größe %3 Byte.</numerusform>
            <numerusform>%n Dateien hochgeladen, %1 Byte; Inhaltsversion des Elements %2, Größe %3 Byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified by the server (its complete accepted the session): %1.</source>
        <translation>Vom Server nicht überprüft (obwohl er das Abschließen der Sitzung angenommen hat): %1.</translation>
    </message>
</context>
<context>
    <name>UploadPreparer</name>
    <message>
        <source>No files to upload were given.</source>
        <translation>Es wurden keine hochzuladenden Dateien angegeben.</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own (its referenced files are collected automatically); got %1 paths.</source>
        <translation>Eine .ovf oder .ova muss allein hochgeladen werden (die von ihr referenzierten Dateien werden automatisch eingesammelt); angegeben wurden %1 Pfade.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation>%1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>Zwei Dateien heißen %1; Namen müssen innerhalb eines Elements eindeutig sein.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but %3 were expected (it changed while being read?)</source>
        <translation>%1 hat %2 Byte, erwartet wurden aber %3 (wurde die Datei während des Lesens geändert?)</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 stimmt nicht mit dem Manifest überein: %2 ist %3, laut Manifest %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>%1 does not end in a file name; name the file.</source>
        <translation>%1 endet nicht mit einem Dateinamen; geben Sie der Datei einen Namen.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator.</source>
        <translation>Der Dateiname „%1“ enthält ein Pfadtrennzeichen.</translation>
    </message>
    <message>
        <source>%1 is an OVF package: it cannot be assembled from a URL here; download it and upload the package.</source>
        <translation>%1 ist ein OVF-Paket: Es kann hier nicht aus einer URL zusammengesetzt werden; laden Sie es herunter und laden Sie das Paket hoch.</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own; it cannot be combined with files fetched from URLs.</source>
        <translation>Eine .ovf- oder .ova-Datei muss allein hochgeladen werden; sie kann nicht mit Dateien kombiniert werden, die von URLs abgerufen werden.</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not referenced by the descriptor: its %2 digest matches; it is not uploaded (vCenter keeps only the files the descriptor references).</source>
        <translation>%1 ist im Manifest aufgeführt, wird aber vom Deskriptor nicht referenziert: Die %2-Prüfsumme stimmt überein; die Datei wird nicht hochgeladen (vCenter behält nur die vom Deskriptor referenzierten Dateien).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is split into %n chunk(s) (ovf:chunkSize); each chunk is uploaded as its own file: %2.</source>
        <translation>
            <numerusform>%1 ist in %n Teil aufgeteilt (ovf:chunkSize); jeder Teil wird als eigene Datei hochgeladen: %2.</numerusform>
            <numerusform>%1 ist in %n Teile aufgeteilt (ovf:chunkSize); jeder Teil wird als eigene Datei hochgeladen: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadTargetPolicy</name>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>der Server hat keine verwendbare Upload-URL geliefert („%1“)</translation>
    </message>
    <message>
        <source>the server&apos;s upload URL %1 is neither https nor http; nothing was sent</source>
        <translation>die Upload-URL %1 des Servers ist weder https noch http; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the server asked for the upload to go to %1, which is not the vCenter %2: the file and the session token were not sent there. If that host really belongs to this vCenter, allow it explicitly (CLI: CLU_UPLOAD_HOSTS=%3)</source>
        <translation>der Server verlangte den Upload an %1, der nicht der vCenter %2 ist: Datei und Sitzungstoken wurden nicht dorthin gesendet. Wenn dieser Host tatsächlich zu diesem vCenter gehört, erlauben Sie ihn ausdrücklich (CLI: CLU_UPLOAD_HOSTS=%3)</translation>
    </message>
    <message>
        <source>the server asked for the upload over plain http (%1): the file and the session token would cross the network unencrypted, so nothing was sent. Allow plain http only in a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>der Server verlangte den Upload über unverschlüsseltes http (%1): Datei und Sitzungstoken würden unverschlüsselt über das Netzwerk übertragen, daher wurde nichts gesendet. Erlauben Sie unverschlüsseltes http nur in einer Testumgebung (CLI: CLU_ALLOW_HTTP=1; GUI: „Unverschlüsseltes http erlauben (nur für Testumgebungen)“ im Profil)</translation>
    </message>
</context>
<context>
    <name>VmdkInspector</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>is a text descriptor whose data lives in other extent files (a flat or split disk), not a streamOptimized VMDK</source>
        <translation>ist ein Textdeskriptor, dessen Daten in anderen Extent-Dateien liegen (ein flacher oder geteilter Datenträger), kein streamOptimized-VMDK</translation>
    </message>
    <message>
        <source>is an ESX sparse (COWD) extent, not a streamOptimized VMDK</source>
        <translation>ist ein ESX-Sparse-Extent (COWD), kein streamOptimized-VMDK</translation>
    </message>
    <message>
        <source>does not start with the sparse VMDK magic &quot;KDMV&quot; (it starts with %1): it is not a VMDK</source>
        <translation>beginnt nicht mit der Sparse-VMDK-Signatur „KDMV“ (sondern mit %1): Es ist kein VMDK</translation>
    </message>
    <message>
        <source>sparse header version %1 is not one VMware defines (1, 2 or 3)</source>
        <translation>Sparse-Header-Version %1 ist keine von VMware definierte Version (1, 2 oder 3)</translation>
    </message>
    <message>
        <source>grain size of %1 sectors is not a power of two of at least 8 sectors</source>
        <translation>eine Grain-Größe von %1 Sektoren ist keine Zweierpotenz von mindestens 8 Sektoren</translation>
    </message>
    <message>
        <source>%1 entries per grain table; VMware&apos;s format has 512</source>
        <translation>%1 Einträge pro Grain-Tabelle; das Format von VMware hat 512</translation>
    </message>
    <message>
        <source>sparse header &quot;KDMV&quot; version %1, grains of %2 KiB</source>
        <translation>Sparse-Header „KDMV“ Version %1, Grains zu %2 KiB</translation>
    </message>
    <message>
        <source>compressed grains (bit 16)</source>
        <translation>komprimierte Grains (Bit 16)</translation>
    </message>
    <message>
        <source>markers (bit 17)</source>
        <translation>Marker (Bit 17)</translation>
    </message>
    <message>
        <source>header flags %1 lack %2, which a streamOptimized disk needs</source>
        <translation>den Header-Flags %1 fehlt %2, was ein streamOptimized-Datenträger benötigt</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>the header&apos;s newline-detection bytes were rewritten: the file went through a text-mode (ASCII) transfer and is corrupt</source>
        <translation>die Bytes zur Zeilenumbruchserkennung im Header wurden umgeschrieben: Die Datei wurde im Textmodus (ASCII) übertragen und ist beschädigt</translation>
    </message>
    <message>
        <source>header flags %1: compressed grains with markers</source>
        <translation>Header-Flags %1: komprimierte Grains mit Markern</translation>
    </message>
    <message>
        <source>grains are deflate-compressed</source>
        <translation>Grains sind mit Deflate komprimiert</translation>
    </message>
    <message>
        <source>the header names no compression algorithm (0); streamOptimized grains are deflate-compressed (1)</source>
        <translation>der Header nennt keinen Komprimierungsalgorithmus (0); streamOptimized-Grains sind mit Deflate komprimiert (1)</translation>
    </message>
    <message>
        <source>compression algorithm %1 is unknown; VMware defines only deflate (1)</source>
        <translation>Komprimierungsalgorithmus %1 ist unbekannt; VMware definiert nur Deflate (1)</translation>
    </message>
    <message>
        <source>capacity %1 sectors and grain size %2 give %3 grain tables: the header is inconsistent</source>
        <translation>Kapazität %1 Sektoren und Grain-Größe %2 ergeben %3 Grain-Tabellen: Der Header ist inkonsistent</translation>
    </message>
    <message>
        <source>the grain directory (sector %1, %2) lies beyond the end of the file (%3): the file is truncated</source>
        <translation>das Grain-Verzeichnis (Sektor %1, %2) liegt hinter dem Dateiende (%3): Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>grain table %1 at sector %2 lies beyond the end of the file: the file is truncated</source>
        <translation>Grain-Tabelle %1 in Sektor %2 liegt hinter dem Dateiende: Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the disk holds no data grains</source>
        <translation>Grain-Verzeichnis mit %1 Tabellen in Sektor %2; der Datenträger enthält keine Daten-Grains</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, beyond the end of the file: the file is truncated</source>
        <translation>die Grain-Tabelle legt LBA %1 in Sektor %2, hinter das Dateiende: Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, but the marker there says LBA %3 with %4 compressed bytes: grain directory and markers disagree</source>
        <translation>die Grain-Tabelle legt LBA %1 in Sektor %2, der Marker dort nennt aber LBA %3 mit %4 komprimierten Bytes: Grain-Verzeichnis und Marker widersprechen sich</translation>
    </message>
    <message>
        <source>the grain of LBA %1 at sector %2 runs past the end of the file: the file is truncated</source>
        <translation>der Grain von LBA %1 in Sektor %2 reicht über das Dateiende hinaus: Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the markers of its first and last grains match it</source>
        <translation>Grain-Verzeichnis mit %1 Tabellen in Sektor %2; die Marker des ersten und letzten Grains stimmen damit überein</translation>
    </message>
    <message>
        <source>no valid marker where the grain stream starts (sector %1): the flags promise markers the data does not have</source>
        <translation>kein gültiger Marker am Beginn des Grain-Streams (Sektor %1): Die Flags versprechen Marker, die die Daten nicht haben</translation>
    </message>
    <message>
        <source>the grain stream starts with a marker at sector %1</source>
        <translation>der Grain-Stream beginnt mit einem Marker in Sektor %1</translation>
    </message>
    <message>
        <source>the file is %1, not a whole number of 512-byte sectors: it is truncated</source>
        <translation>die Datei ist %1 groß, keine ganze Zahl von 512-Byte-Sektoren: Sie ist abgeschnitten</translation>
    </message>
    <message>
        <source>ends with the end-of-stream marker</source>
        <translation>endet mit dem End-of-Stream-Marker</translation>
    </message>
    <message>
        <source>no end-of-stream marker, as qemu-img writes it: the header holds the grain directory and the file ends exactly with its last grain</source>
        <translation>kein End-of-Stream-Marker, wie qemu-img die Datei schreibt: Der Header enthält das Grain-Verzeichnis, und die Datei endet genau mit ihrem letzten Grain</translation>
    </message>
    <message>
        <source>the last sector is not the end-of-stream marker: the file ends inside the grain stream (truncated, or its writer never finished)</source>
        <translation>der letzte Sektor ist nicht der End-of-Stream-Marker: Die Datei endet innerhalb des Grain-Streams (abgeschnitten, oder das schreibende Programm wurde nie fertig)</translation>
    </message>
    <message>
        <source>the header leaves the grain directory to the footer (GD_AT_END), but there is no footer before the end-of-stream marker</source>
        <translation>der Header überlässt das Grain-Verzeichnis dem Footer (GD_AT_END), vor dem End-of-Stream-Marker gibt es aber keinen Footer</translation>
    </message>
    <message>
        <source>no footer, none needed: the header holds the grain directory offset</source>
        <translation>kein Footer, keiner nötig: Der Header enthält den Offset des Grain-Verzeichnisses</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>grain size</source>
        <translation>Grain-Größe</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>the footer&apos;s grain directory offset is GD_AT_END as well: nothing says where the grain directory is</source>
        <translation>auch der Offset des Grain-Verzeichnisses im Footer ist GD_AT_END: Nichts gibt an, wo das Grain-Verzeichnis liegt</translation>
    </message>
    <message>
        <source>the footer disagrees with the header on %1</source>
        <translation>der Footer weicht bei %1 vom Header ab</translation>
    </message>
    <message>
        <source>footer present, grain directory at sector %1</source>
        <translation>Footer vorhanden, Grain-Verzeichnis in Sektor %1</translation>
    </message>
    <message>
        <source>the embedded descriptor&apos;s extents hold %1, the sparse header %2</source>
        <translation>die Extents des eingebetteten Deskriptors umfassen %1, der Sparse-Header %2</translation>
    </message>
    <message>
        <source>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</source>
        <translation>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot compare with the OVF: %1</source>
        <translation>Vergleich mit der OVF nicht möglich: %1</translation>
    </message>
    <message>
        <source>the disk holds %1, more than the OVF declares (%2 = %3)</source>
        <translation>der Datenträger umfasst %1, mehr als die OVF angibt (%2 = %3)</translation>
    </message>
    <message>
        <source>the OVF declares %1 (%2), the disk holds %3: it would be grown when deployed</source>
        <translation>die OVF gibt %1 an (%2), der Datenträger umfasst %3: Er würde bei der Bereitstellung vergrößert</translation>
    </message>
    <message>
        <source>%1, as the OVF declares</source>
        <translation>%1, wie in der OVF angegeben</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format is streamOptimized</source>
        <translation>Datenträger %1: ovf:format ist streamOptimized</translation>
    </message>
    <message>
        <source>Disk %1 has no ovf:format; it must be %2</source>
        <translation>Datenträger %1 hat kein ovf:format; es muss %2 sein</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is the OVF 0.9 name of streamOptimized; current importers expect %3</source>
        <translation>Datenträger %1: ovf:format %2 ist der OVF-0.9-Name von streamOptimized; aktuelle Importprogramme erwarten %3</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is a monolithicSparse disk; vCenter imports only streamOptimized disks (%3)</source>
        <translation>Datenträger %1: ovf:format %2 ist ein monolithicSparse-Datenträger; vCenter importiert nur streamOptimized-Datenträger (%3)</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is not the streamOptimized VMDK format %3</source>
        <translation>Datenträger %1: ovf:format %2 ist nicht das streamOptimized-VMDK-Format %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1 long, too short for a sparse VMDK header (512 bytes)</source>
        <translation>ist %1 lang, zu kurz für einen Sparse-VMDK-Header (512 Byte)</translation>
    </message>
    <message>
        <source>libvmdk cannot read the disk&apos;s embedded descriptor: %1</source>
        <translation>libvmdk kann den eingebetteten Deskriptor des Datenträgers nicht lesen: %1</translation>
    </message>
    <message>
        <source>embedded descriptor: createType=&quot;streamOptimized&quot;</source>
        <translation>eingebetteter Deskriptor: createType=&quot;streamOptimized&quot;</translation>
    </message>
    <message>
        <source>the embedded descriptor says createType=&quot;%1&quot;; a disk in an OVF must be streamOptimized (convert it with qemu-img convert -O vmdk -o subformat=streamOptimized, or ovftool)</source>
        <translation>der eingebettete Deskriptor gibt createType=&quot;%1&quot; an; ein Datenträger in einer OVF muss streamOptimized sein (konvertieren Sie ihn mit qemu-img convert -O vmdk -o subformat=streamOptimized oder mit ovftool)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run &quot;cl-uploader-cli --help&quot; for the full usage.
</source>
        <translation>Führen Sie „cl-uploader-cli --help“ aus, um die vollständige Verwendung anzuzeigen.
</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>unterbrochen.</translation>
    </message>
</context>
<context>
    <name>clu::CertificateProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation>%1:%2 hat den TLS-Handshake nicht innerhalb von %3 s abgeschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host name; only https sources have a certificate.</source>
        <translation>„%1“ ist keine https://-URL mit Hostnamen; nur https-Quellen haben ein Zertifikat.</translation>
    </message>
    <message>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation>%1:%2 hat den TLS-Handshake ohne Zertifikat abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1:%2: %3</source>
        <translation>Das Zertifikat von %1:%2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation>Der TLS-Handshake mit %1:%2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>clu::CredentialStore</name>
    <message>
        <source>No password is saved in the system keychain for %1.</source>
        <translation>Im Systemschlüsselbund ist kein Kennwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keychain: %2</source>
        <translation>Das Kennwort für %1 konnte nicht aus dem Systemschlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). The password for %2 is kept in memory until the program exits and is not saved.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1). Das Kennwort für %2 wird bis zum Beenden des Programms im Arbeitsspeicher gehalten und nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: %2</source>
        <translation>Der Systemschlüsselbund hat das Speichern des Kennworts für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keychain: %2</source>
        <translation>Das Kennwort für %1 konnte nicht aus dem Systemschlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>clu::FileUploadJob</name>
    <message>
        <source>upload %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>der Server hat keine verwendbare Upload-URL geliefert („%1“)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 changed size since it was added (%2 bytes, now %3)</source>
        <translation>%1 hat seit dem Hinzufügen seine Größe geändert (%2 Byte, jetzt %3)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>no data could be sent for %1 s (after %2 of %3 bytes)</source>
        <translation>%1 s lang konnten keine Daten gesendet werden (nach %2 von %3 Byte)</translation>
    </message>
    <message>
        <source>; reading the file failed: %1</source>
        <translation>; das Lesen der Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes were sent (%3)%4</source>
        <translation>die Verbindung brach ab, nachdem %1 von %2 Byte gesendet worden waren (%3)%4</translation>
    </message>
    <message>
        <source>all %1 bytes were sent, but the server did not answer within %2 s</source>
        <translation>alle %1 Byte wurden gesendet, aber der Server hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
</context>
<context>
    <name>clu::PrivilegeProbe</name>
    <message>
        <source>the item has an active update session, so the privilege probe could not run: %1</source>
        <translation>das Element hat eine aktive Aktualisierungssitzung, daher konnte die Berechtigungsprüfung nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>the privilege probe failed: %1</source>
        <translation>die Berechtigungsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the account may create update sessions on the item (&quot;%1&quot;): a probe session was created, canceled and deleted</source>
        <translation>das Konto darf Aktualisierungssitzungen für das Element erstellen („%1“): Eine Testsitzung wurde erstellt, abgebrochen und gelöscht</translation>
    </message>
    <message>
        <source>the account may add items (&quot;%1&quot;), but the probe item %2 could not be deleted: %3</source>
        <translation>das Konto darf Elemente hinzufügen („%1“), aber das Testelement %2 konnte nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <source>the account may add items to the library (&quot;%1&quot;): a probe item was created and deleted</source>
        <translation>das Konto darf der Bibliothek Elemente hinzufügen („%1“): Ein Testelement wurde erstellt und gelöscht</translation>
    </message>
</context>
<context>
    <name>clu::ReplyLimits</name>
    <message>
        <source>no complete answer within %1 s (%2 bytes had arrived); the call was ended</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (%2 Byte waren eingetroffen); der Aufruf wurde beendet</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>die Antwort des Servers ist %1 Byte groß (Content-Length), mehr als die Grenze von %2; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the server&apos;s answer passed the limit of %1 while it arrived; the rest was not read</source>
        <translation>die Antwort des Servers hat während des Empfangs die Grenze von %1 überschritten; der Rest wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>clu::RestClient</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Offset %2</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>mehr als ein JSON-Wert</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut (%2); SHA-256-Fingerabdruck %3</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>es ist keine Serveradresse festgelegt</translation>
    </message>
    <message>
        <source>the server&apos;s answer (HTTP %1) is not valid JSON: %2</source>
        <translation>die Antwort des Servers (HTTP %1) ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no {&quot;value&quot;: …} wrapper as /rest results must</source>
        <translation>der Antwort des Servers fehlt die {&quot;value&quot;: …}-Hülle, die /rest-Ergebnisse haben müssen</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>die Anmeldeantwort enthält kein Sitzungstoken</translation>
    </message>
</context>
<context>
    <name>clu::SessionCleanup</name>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>get: %1</source>
        <translation>get: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tries): %2</source>
        <translation>
            <numerusform>%1 (%n Versuch): %2</numerusform>
            <numerusform>%1 (%n Versuche): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session %1 has ended but could not be deleted (%2); vCenter removes it later.</source>
        <translation>Die Aktualisierungssitzung %1 ist beendet, konnte aber nicht gelöscht werden (%2); vCenter entfernt sie später.</translation>
    </message>
    <message>
        <source>Update session %1 could not be ended and may still lock the item (tried %2). Cancel it in vCenter or with &quot;cl-uploader-cli cancel %1&quot;.</source>
        <translation>Die Aktualisierungssitzung %1 konnte nicht beendet werden und sperrt das Element möglicherweise noch (versucht: %2). Brechen Sie sie in vCenter oder mit „cl-uploader-cli cancel %1“ ab.</translation>
    </message>
</context>
<context>
    <name>clu::SessionFileTransfer</name>
    <message>
        <source>add %1 to the update session</source>
        <translation>Hinzufügen von %1 zur Aktualisierungssitzung</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR right after adding it</source>
        <translation>der Server meldet die Datei direkt nach dem Hinzufügen im Status ERROR</translation>
    </message>
    <message>
        <source>the server returned no upload_endpoint for a PUSH file</source>
        <translation>der Server hat für eine PUSH-Datei keinen upload_endpoint zurückgegeben</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR after %1 of %2 bytes</source>
        <translation>der Server meldet die Datei nach %1 von %2 Byte im Status ERROR</translation>
    </message>
    <message>
        <source>the server still reports %1 long after all bytes were sent</source>
        <translation>der Server meldet noch lange nach dem Senden aller Bytes den Status %1</translation>
    </message>
    <message>
        <source>the session went to %1, so the file cannot be sent again in it</source>
        <translation>die Sitzung ist in den Status %1 übergegangen, daher kann die Datei darin nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying in %3 s</source>
        <translation>Versuch %1 fehlgeschlagen (%2); neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>fetch %1 from %2</source>
        <translation>Abrufen von %1 von %2</translation>
    </message>
    <message>
        <source>the server could not fetch the file</source>
        <translation>der Server konnte die Datei nicht abrufen</translation>
    </message>
    <message>
        <source>the server reported no progress for %1 s (%2 bytes fetched)</source>
        <translation>der Server meldete %1 s lang keinen Fortschritt (%2 Bytes abgerufen)</translation>
    </message>
    <message>
        <source>%1: the server answered the upload with success but never reported the file as received (still %2, 0 of %3 bytes after %4 s)</source>
        <translation>%1: Der Server hat den Upload mit Erfolg beantwortet, die Datei aber nie als empfangen gemeldet (nach %4 s immer noch %2, 0 von %3 Byte)</translation>
    </message>
</context>
<context>
    <name>clu::TlsPolicy</name>
    <message>
        <source>&quot;%1&quot; is neither a SHA-256 nor a SHA-1 certificate fingerprint (expected 64 or 40 hex digits, colons allowed).</source>
        <translation>„%1“ ist weder ein SHA-256- noch ein SHA-1-Zertifikatsfingerabdruck (erwartet werden 64 oder 40 Hexadezimalziffern, Doppelpunkte sind zulässig).</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3</source>
        <translation>%1 hat ein Zertifikat mit dem Fingerabdruck %2 vorgelegt, der angeheftete Fingerabdruck ist jedoch %3</translation>
    </message>
</context>
<context>
    <name>clu::UploadEngine</name>
    <message>
        <source>upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>no library item was given</source>
        <translation>es wurde kein Bibliothekselement angegeben</translation>
    </message>
    <message>
        <source>No library item was given.</source>
        <translation>Es wurde kein Bibliothekselement angegeben.</translation>
    </message>
    <message>
        <source>canceled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>The upload was canceled while %1.</source>
        <translation>Der Upload wurde in der Phase „%1“ abgebrochen.</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>Prüfen der hochzuladenden Dateien</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The item already has an active update session.</source>
        <translation>Das Element hat bereits eine aktive Aktualisierungssitzung.</translation>
    </message>
    <message>
        <source>The item already has an active update session: %1.</source>
        <translation>Das Element hat bereits eine aktive Aktualisierungssitzung: %1.</translation>
    </message>
    <message>
        <source>Could not create the update session: %1</source>
        <translation>Die Aktualisierungssitzung konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 konnte nach %n Versuch nicht hochgeladen werden: %2</numerusform>
            <numerusform>%1 konnte nach %n Versuchen nicht hochgeladen werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the session while waiting for the OVF preview: %1</source>
        <translation>Die Sitzung konnte beim Warten auf die OVF-Vorschau nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>wait for the OVF preview</source>
        <translation>Warten auf die OVF-Vorschau</translation>
    </message>
    <message>
        <source>the session went to %1</source>
        <translation>die Sitzung ist in den Status %1 übergegangen</translation>
    </message>
    <message>
        <source>the preview is still %1 after %2 s</source>
        <translation>die Vorschau ist nach %2 s immer noch im Status %1</translation>
    </message>
    <message>
        <source>The server did not finish checking the OVF descriptor in time.</source>
        <translation>Der Server hat die Prüfung des OVF-Deskriptors nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>review the package signature</source>
        <translation>Prüfen der Paketsignatur</translation>
    </message>
    <message>
        <source>warnings not ignored: %1</source>
        <translation>nicht ignorierte Warnungen: %1</translation>
    </message>
    <message>
        <source>the signer was rejected</source>
        <translation>der Unterzeichner wurde abgelehnt</translation>
    </message>
    <message>
        <source>The package has warnings that were not ignored (%1); the session was canceled before any disk was sent.</source>
        <translation>Das Paket hat Warnungen, die nicht ignoriert wurden (%1); die Sitzung wurde abgebrochen, bevor ein Datenträger gesendet wurde.</translation>
    </message>
    <message>
        <source>The package signature was rejected; the session was canceled before any disk was sent.</source>
        <translation>Die Paketsignatur wurde abgelehnt; die Sitzung wurde abgebrochen, bevor ein Datenträger gesendet wurde.</translation>
    </message>
    <message>
        <source>Could not ignore the package warnings: %1</source>
        <translation>Die Paketwarnungen konnten nicht ignoriert werden: %1</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Validierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation>ungültig: %1 (%2)</translation>
    </message>
    <message>
        <source>validate the session files</source>
        <translation>Validieren der Sitzungsdateien</translation>
    </message>
    <message>
        <source>The server reports problems with the files: %1</source>
        <translation>Der Server meldet Probleme mit den Dateien: %1</translation>
    </message>
    <message>
        <source>Complete was refused: %1</source>
        <translation>Abschließen wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not read the session after complete: %1</source>
        <translation>Die Sitzung konnte nach dem Abschließen nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>complete the update session</source>
        <translation>Abschließen der Aktualisierungssitzung</translation>
    </message>
    <message>
        <source>the session ended in %1</source>
        <translation>die Sitzung endete im Status %1</translation>
    </message>
    <message>
        <source>The session ended in %1 after complete: %2</source>
        <translation>Die Sitzung endete nach dem Abschließen im Status %1: %2</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>immer noch %1</translation>
    </message>
    <message>
        <source>The session did not reach DONE in time.</source>
        <translation>Die Sitzung hat den Status DONE nicht rechtzeitig erreicht.</translation>
    </message>
    <message>
        <source>The upload ended while its session was created.</source>
        <translation>Der Upload wurde beendet, während seine Sitzung erstellt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s) in %2 sessions: %3</source>
        <translation>
            <numerusform>%1 konnte nach %n Versuch in %2 Sitzungen nicht hochgeladen werden: %3</numerusform>
            <numerusform>%1 konnte nach %n Versuchen in %2 Sitzungen nicht hochgeladen werden: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>validate: the server answered without a validation result</source>
        <translation>Validierung: Der Server hat ohne Validierungsergebnis geantwortet</translation>
    </message>
    <message>
        <source>The upload stopped: %1</source>
        <translation>Der Upload wurde gestoppt: %1</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 stimmt nicht mit dem Manifest überein: %2 ist %3, laut Manifest %4.</translation>
    </message>
    <message>
        <source>The update session ended while %1: %2</source>
        <translation>Die Aktualisierungssitzung wurde in der Phase „%1“ beendet: %2</translation>
    </message>
    <message>
        <source>the session ended (%1); starting over in a new session (%2 of %3)</source>
        <translation>die Sitzung wurde beendet (%1); Neubeginn in einer neuen Sitzung (%2 von %3)</translation>
    </message>
    <message>
        <source>Could not start over: %1 %2</source>
        <translation>Neubeginn nicht möglich: %1 %2</translation>
    </message>
    <message>
        <source>%1 Nothing was completed; start the upload again.</source>
        <translation>%1 Es wurde nichts abgeschlossen; starten Sie den Upload erneut.</translation>
    </message>
    <message>
        <source>The upload starts over in a new session: %1</source>
        <translation>Der Upload beginnt in einer neuen Sitzung von vorn: %1</translation>
    </message>
    <message>
        <source>%1 was removed during the upload.</source>
        <translation>%1 wurde während des Uploads entfernt.</translation>
    </message>
    <message>
        <source>%1 changed during the upload (size %2 bytes, now %3).</source>
        <translation>%1 wurde während des Uploads geändert (Größe %2 Byte, jetzt %3).</translation>
    </message>
    <message>
        <source>%1 changed during the upload (modified %2).</source>
        <translation>%1 wurde während des Uploads geändert (Änderungszeitpunkt %2).</translation>
    </message>
    <message>
        <source>hash %1 again</source>
        <translation>Erneutes Berechnen der Prüfsumme von %1</translation>
    </message>
    <message>
        <source>Could not hash %1 again: %2</source>
        <translation>Die Prüfsumme von %1 konnte nicht erneut berechnet werden: %2</translation>
    </message>
    <message>
        <source>check the OVF package</source>
        <translation>Prüfen des OVF-Pakets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent: %2</source>
        <translation>Der Server hat das Paket %1 abgelehnt, bevor ein Datenträger gesendet wurde: %2</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>der Server hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent (the session went to %2): %3</source>
        <translation>Der Server hat das Paket %1 abgelehnt, bevor ein Datenträger gesendet wurde (die Sitzung ist in den Status %2 übergegangen): %3</translation>
    </message>
    <message>
        <source>The update session ended while waiting for the review: %1</source>
        <translation>Die Aktualisierungssitzung wurde beim Warten auf die Prüfung beendet: %1</translation>
    </message>
    <message>
        <source>%1; hashing the files again for the new session</source>
        <translation>%1; die Prüfsummen der Dateien werden für die neue Sitzung erneut berechnet</translation>
    </message>
</context>
<context>
    <name>clu::cli::CliContext</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CONTENT VERSION</source>
        <translation>INHALTSVERSION</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>set CLU_URL and CLU_USERNAME</source>
        <translation>CLU_URL und CLU_USERNAME festlegen</translation>
    </message>
    <message>
        <source>CLU_URL and CLU_USERNAME must be set (e.g. CLU_URL=https://vcenter.example.com).</source>
        <translation>CLU_URL und CLU_USERNAME müssen festgelegt sein (z. B. CLU_URL=https://vcenter.example.com).</translation>
    </message>
    <message>
        <source>CLU_URL &quot;%1&quot; is not an http(s) URL with a host.</source>
        <translation>CLU_URL „%1“ ist keine http(s)-URL mit einem Host.</translation>
    </message>
    <message>
        <source>Warning: CLU_INSECURE=1, the server certificate is not checked.</source>
        <translation>Warnung: CLU_INSECURE=1, das Serverzertifikat wird nicht geprüft.</translation>
    </message>
    <message>
        <source>CLU_THUMBPRINT: %1</source>
        <translation>CLU_THUMBPRINT: %1</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: kein Kennwort in der Standardeingabe.</translation>
    </message>
    <message>
        <source>No password: set CLU_PASSWORD, use --password-stdin, or store it in the keychain under %1 (%2).</source>
        <translation>Kein Kennwort: Legen Sie CLU_PASSWORD fest, verwenden Sie --password-stdin oder speichern Sie es im Schlüsselbund unter %1 (%2).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n blocking warning(s)</source>
        <translation>
            <numerusform>%1, %n blockierende Warnung</numerusform>
            <numerusform>%1, %n blockierende Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Signer certificate:</source>
        <translation>Zertifikat des Unterzeichners:</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  Antragsteller:  %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  Aussteller:     %1</translation>
    </message>
    <message>
        <source>  self-signed: %1</source>
        <translation>  selbstsigniert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation>  gültig:         %1 bis %2</translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation>  SHA-256:        %1</translation>
    </message>
    <message>
        <source>  SHA-1:       %1</source>
        <translation>  SHA-1:          %1</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Warnungen: keine</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>  %1 [%2] %3</source>
        <translation>  %1 [%2] %3</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>nicht ignoriert</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>VORSCHAU</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>Session:         %1</source>
        <translation>Sitzung:            %1</translation>
    </message>
    <message>
        <source>Item:            %1 (content version %2)</source>
        <translation>Element:            %1 (Inhaltsversion %2)</translation>
    </message>
    <message>
        <source>State:           %1</source>
        <translation>Status:             %1</translation>
    </message>
    <message>
        <source>Client progress: %1%</source>
        <translation>Client-Fortschritt: %1%</translation>
    </message>
    <message>
        <source>Expires:         %1</source>
        <translation>Läuft ab:           %1</translation>
    </message>
    <message>
        <source>Error:           %1 (%2)</source>
        <translation>Fehler:             %1 (%2)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>TRANSFERRED</source>
        <translation>ÜBERTRAGEN</translation>
    </message>
    <message>
        <source>Warning behavior updated.</source>
        <translation>Warnungsverhalten aktualisiert.</translation>
    </message>
    <message>
        <source>Session %1 completed (state %2).</source>
        <translation>Sitzung %1 abgeschlossen (Status %2).</translation>
    </message>
    <message>
        <source>Session %1 canceled.</source>
        <translation>Sitzung %1 abgebrochen.</translation>
    </message>
    <message>
        <source>CLU_URL: %1.</source>
        <translation>CLU_URL: %1.</translation>
    </message>
    <message>
        <source>Warning: CLU_ALLOW_HTTP=1 and CLU_URL is http://: the password, the session token and the files cross the network unencrypted (lab only).</source>
        <translation>Warnung: CLU_ALLOW_HTTP=1 und CLU_URL ist http://: Kennwort, Sitzungstoken und Dateien werden unverschlüsselt über das Netzwerk übertragen (nur für Testumgebungen).</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a positive whole number.</source>
        <translation>%1=„%2“ ist keine positive ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>clu::cli::UploadCommand</name>
    <message>
        <source>Interrupted: canceling the update session (Ctrl-C again to quit at once)...</source>
        <translation>Unterbrochen: Die Aktualisierungssitzung wird abgebrochen (erneut Strg+C zum sofortigen Beenden)...</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>unterbrochen.</translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; is a subscribed library; only local libraries accept uploads.</source>
        <translation>Die Bibliothek „%1“ ist eine abonnierte Bibliothek; nur lokale Bibliotheken nehmen Uploads an.</translation>
    </message>
    <message>
        <source>%1 (add --create-item to create it)</source>
        <translation>%1 (fügen Sie --create-item hinzu, um das Element zu erstellen)</translation>
    </message>
    <message>
        <source>Created item &quot;%1&quot; (%2, type %3).</source>
        <translation>Element „%1“ erstellt (%2, Typ %3).</translation>
    </message>
    <message>
        <source>checking files: %1 of %2</source>
        <translation>Dateien werden geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>%1% %2 of %3, %4/s, ETA %5</source>
        <translation>%1% %2 von %3, %4/s, Restzeit %5</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>update session %1</source>
        <translation>Aktualisierungssitzung %1</translation>
    </message>
    <message>
        <source>Existing session: %1 (see &quot;cl-uploader-cli session %1&quot;, or cancel it with &quot;cl-uploader-cli cancel %1&quot;).</source>
        <translation>Vorhandene Sitzung: %1 (siehe „cl-uploader-cli session %1“ oder brechen Sie sie mit „cl-uploader-cli cancel %1“ ab).</translation>
    </message>
    <message>
        <source>%1 is sent without a certificate thumbprint: vCenter must already trust its certificate (see --source-thumbprint).</source>
        <translation>%1 wird ohne Zertifikat-Fingerabdruck gesendet: vCenter muss dem Zertifikat bereits vertrauen (siehe --source-thumbprint).</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>Prüfen der hochzuladenden Dateien</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and has been deleted again.</source>
        <translation>Das Element „%1“ (%2) wurde für diesen Upload erstellt und wieder gelöscht.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and is still empty; deleting it failed: %3</source>
        <translation>Das Element „%1“ (%2) wurde für diesen Upload erstellt und ist noch leer; das Löschen ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateDetailsWidget</name>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Selbstsigniert:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Certificate &amp;chain (signer first):</source>
        <translation>Zertifikats&amp;kette (Unterzeichner zuerst):</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>View &amp;PEM…</source>
        <translation>&amp;PEM anzeigen…</translation>
    </message>
    <message>
        <source>Show the certificate chain as PEM text you can copy</source>
        <translation>Die Zertifikatskette als kopierbaren PEM-Text anzeigen</translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation>Diesem Unterzeichner &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Add this certificate to the server&apos;s trusted certificates, so packages it signs are no longer reported as untrusted</source>
        <translation>Dieses Zertifikat zu den vertrauenswürdigen Zertifikaten des Servers hinzufügen, damit davon signierte Pakete nicht mehr als nicht vertrauenswürdig gemeldet werden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>Innerhalb des Gültigkeitszeitraums.</translation>
    </message>
    <message>
        <source>Expired: the validity period has ended.</source>
        <translation>Abgelaufen: Der Gültigkeitszeitraum ist beendet.</translation>
    </message>
    <message>
        <source>Not yet valid: the validity period has not started.</source>
        <translation>Noch nicht gültig: Der Gültigkeitszeitraum hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Kein Zertifikat.</translation>
    </message>
    <message>
        <source>No certificate to show.</source>
        <translation>Kein Zertifikat zum Anzeigen.</translation>
    </message>
    <message>
        <source>Yes (nobody else vouches for it)</source>
        <translation>Ja (niemand sonst bürgt dafür)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3)</source>
        <translation>%1. %2 (ausgestellt von %3)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>PEM-Text</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Nicht vertrauenswürdiges Serverzertifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not trusted by this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare the SHA-256 fingerprint below with the one your vCenter administrator gave you before you trust it. If they differ, somebody may be intercepting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Computer vertraut dem Zertifikat von %1 nicht.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie den unten angezeigten SHA-256-Fingerabdruck mit dem Fingerabdruck, den Ihnen Ihr vCenter-Administrator mitgeteilt hat, bevor Sie dem Zertifikat vertrauen. Wenn sie sich unterscheiden, fängt möglicherweise jemand die Verbindung ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Keine Verbindung herstellen</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Accept this certificate until the application quits</source>
        <translation>Dieses Zertifikat bis zum Beenden der Anwendung akzeptieren</translation>
    </message>
    <message>
        <source>Trust and &amp;pin</source>
        <translation>Vertrauen und an&amp;heften</translation>
    </message>
    <message>
        <source>Remember this certificate&apos;s fingerprint in the server profile; any other certificate from this server will be refused</source>
        <translation>Den Fingerabdruck dieses Zertifikats im Serverprofil speichern; jedes andere Zertifikat dieses Servers wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateWarningsTab</name>
    <message>
        <source>Preview is being prepared</source>
        <translation>Vorschau wird vorbereitet</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>&amp;Warnungen:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Send the Ignore choices to the server (PATCH warning_behavior) and read back what it now reports</source>
        <translation>Die Auswahl „Ignorieren“ an den Server senden (PATCH warning_behavior) und auslesen, was er jetzt meldet</translation>
    </message>
    <message>
        <source>The upload waits for your decision before sending the disks.</source>
        <translation>Der Upload wartet auf Ihre Entscheidung, bevor die Datenträger gesendet werden.</translation>
    </message>
    <message>
        <source>C&amp;ontinue upload</source>
        <translation>Upload &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Ignore the ticked warnings and send the remaining files</source>
        <translation>Die markierten Warnungen ignorieren und die restlichen Dateien senden</translation>
    </message>
    <message>
        <source>&amp;Reject package</source>
        <translation>Paket ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Cancel the upload session; nothing more is sent</source>
        <translation>Die Upload-Sitzung abbrechen; es wird nichts mehr gesendet</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Keine Sitzung ausgewählt.</translation>
    </message>
    <message>
        <source>Preview: none reported yet (no OVF descriptor in this session).</source>
        <translation>Vorschau: noch keine gemeldet (kein OVF-Deskriptor in dieser Sitzung).</translation>
    </message>
    <message>
        <source>Preview: only reported while a session is active.</source>
        <translation>Vorschau: wird nur gemeldet, solange eine Sitzung aktiv ist.</translation>
    </message>
    <message>
        <source>Preview: unavailable — add the OVF descriptor to see its signer.</source>
        <translation>Vorschau: nicht verfügbar – fügen Sie den OVF-Deskriptor hinzu, um seinen Unterzeichner zu sehen.</translation>
    </message>
    <message>
        <source>Preview: preparing — the OVF descriptor is still being received…</source>
        <translation>Vorschau: wird vorbereitet – der OVF-Deskriptor wird noch empfangen…</translation>
    </message>
    <message>
        <source>Preview: available — the package is signed.</source>
        <translation>Vorschau: verfügbar – das Paket ist signiert.</translation>
    </message>
    <message>
        <source>Preview: available — the package is not signed.</source>
        <translation>Vorschau: verfügbar – das Paket ist nicht signiert.</translation>
    </message>
    <message>
        <source>Preview: not applicable — no metadata file in this session.</source>
        <translation>Vorschau: nicht zutreffend – keine Metadatendatei in dieser Sitzung.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Tick Ignore for every warning to continue, or reject the package</source>
        <translation>Markieren Sie „Ignorieren“ bei jeder Warnung, um fortzufahren, oder lehnen Sie das Paket ab</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</source>
        <translation>
            <numerusform>%n Warnung blockiert noch das Abschließen. Markieren Sie „Ignorieren“ und klicken Sie auf „Übernehmen“, um sie zu akzeptieren, oder lehnen Sie das Paket ab.</numerusform>
            <numerusform>%n Warnungen blockieren noch das Abschließen. Markieren Sie „Ignorieren“ und klicken Sie auf „Übernehmen“, um sie zu akzeptieren, oder lehnen Sie das Paket ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n warning(s) are ignored on the server; they no longer block Complete.</source>
        <translation>
            <numerusform>%n Warnung wird auf dem Server ignoriert; sie blockiert das Abschließen nicht mehr.</numerusform>
            <numerusform>Alle %n Warnungen werden auf dem Server ignoriert; sie blockieren das Abschließen nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>PATCH warning_behavior: %1</source>
        <translation>PATCH warning_behavior: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>nicht ignoriert</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>keine Warnungen</translation>
    </message>
    <message>
        <source>The server now reports: %1.</source>
        <translation>Der Server meldet jetzt: %1.</translation>
    </message>
    <message>
        <source>The server accepted the change but reports something else: %1 (%2)</source>
        <translation>Der Server hat die Änderung angenommen, meldet aber etwas anderes: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Übernehmen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Diesem Unterzeichner vertrauen</translation>
    </message>
    <message>
        <source>Add the certificate of &quot;%1&quot; (SHA-256 %2) to the server&apos;s trusted certificates? Packages it signs will then no longer be reported as untrusted.</source>
        <translation>Das Zertifikat von „%1“ (SHA-256 %2) zu den vertrauenswürdigen Zertifikaten des Servers hinzufügen? Davon signierte Pakete werden dann nicht mehr als nicht vertrauenswürdig gemeldet.</translation>
    </message>
    <message>
        <source>The signer was added to the server&apos;s trusted certificates (id %1).</source>
        <translation>Der Unterzeichner wurde zu den vertrauenswürdigen Zertifikaten des Servers hinzugefügt (ID %1).</translation>
    </message>
    <message>
        <source>Could not add the signer to the trusted certificates: %1</source>
        <translation>Der Unterzeichner konnte nicht zu den vertrauenswürdigen Zertifikaten hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::ConnectionController</name>
    <message>
        <source>Profile %1 cannot be used: %2</source>
        <translation>Das Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The server refused the password saved for %1; enter the current one.</source>
        <translation>Der Server hat das für %1 gespeicherte Kennwort abgelehnt; geben Sie das aktuelle ein.</translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation>Das Kennwort für %1 ist jetzt im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is kept in memory until the program ends.</source>
        <translation>Das Kennwort konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); es bleibt bis zum Programmende im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>Pinned the certificate of %1 in profile %2.</source>
        <translation>Das Zertifikat von %1 wurde im Profil %2 angeheftet.</translation>
    </message>
</context>
<context>
    <name>clu::gui::DemoServer</name>
    <message>
        <source>The demo server did not report its address within %1 seconds.</source>
        <translation>Der Demo-Server hat seine Adresse nicht innerhalb von %1 Sekunden gemeldet.</translation>
    </message>
    <message>
        <source>The demo needs cl-simulator, which was found neither next to cl-uploader, nor in ../simulator/, nor on PATH. Build the cl-simulator target or install the full package.</source>
        <translation>Die Demo benötigt cl-simulator, das weder neben cl-uploader noch in ../simulator/ noch im PATH gefunden wurde. Erstellen Sie das Ziel cl-simulator oder installieren Sie das vollständige Paket.</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>Der Demo-Server konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The demo server %1.</source>
        <translation>Der Demo-Server %1.</translation>
    </message>
    <message>
        <source>The demo server %1: %2</source>
        <translation>Der Demo-Server %1: %2</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibrariesPane</name>
    <message>
        <source>Filter libraries and items</source>
        <translation>Bibliotheken und Elemente filtern</translation>
    </message>
    <message>
        <source>Libraries and items</source>
        <translation>Bibliotheken und Elemente</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Rechtsklick zeigt oder verbirgt Spalten</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibraryTreeModel</name>
    <message>
        <source>%1 (subscribed)</source>
        <translation>%1 (abonniert)</translation>
    </message>
    <message>
        <source>Subscribed library</source>
        <translation>Abonnierte Bibliothek</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Lokale Bibliothek</translation>
    </message>
    <message>
        <source>%1 is subscribed to another library: its content is synced from the publisher and cannot be uploaded to.</source>
        <translation>%1 hat eine andere Bibliothek abonniert: Ihr Inhalt wird vom Herausgeber synchronisiert, und es kann nichts in sie hochgeladen werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>clu::gui::MainWindow</name>
    <message>
        <source>Content Library Uploader</source>
        <translation>Content Library Uploader</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the selected vCenter server</source>
        <translation>Mit dem ausgewählten vCenter Server verbinden</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>Server&amp;profile…</translation>
    </message>
    <message>
        <source>Add, edit or delete server profiles</source>
        <translation>Serverprofile hinzufügen, bearbeiten oder löschen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload libraries and update sessions</source>
        <translation>Bibliotheken und Aktualisierungssitzungen neu laden</translation>
    </message>
    <message>
        <source>&amp;New upload…</source>
        <translation>&amp;Neuer Upload…</translation>
    </message>
    <message>
        <source>Upload files into a library item</source>
        <translation>Dateien in ein Bibliothekselement hochladen</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Complete the selected update session</source>
        <translation>Die ausgewählte Aktualisierungssitzung abschließen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation>Sitzung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected update session and discard its uploaded data</source>
        <translation>Die ausgewählte Aktualisierungssitzung abbrechen und ihre hochgeladenen Daten verwerfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Keep alive</source>
        <translation>Aktiv &amp;halten</translation>
    </message>
    <message>
        <source>Extend the selected update session before it expires</source>
        <translation>Die ausgewählte Aktualisierungssitzung vor ihrem Ablauf verlängern</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected finished update session</source>
        <translation>Die ausgewählte beendete Aktualisierungssitzung löschen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Die Anwendung beenden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>The vCenter server to connect to</source>
        <translation>Der vCenter Server, mit dem eine Verbindung hergestellt werden soll</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Sitzungsaktionen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Content Library Uploader</source>
        <translation>Ü&amp;ber Content Library Uploader</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Date&amp;ien</translation>
    </message>
    <message>
        <source>Certificate &amp;&amp; &amp;warnings</source>
        <translation>Zertifikat &amp;&amp; &amp;Warnungen</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>Det&amp;ails</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Subscribed libraries cannot be uploaded to.</source>
        <translation>In abonnierte Bibliotheken kann nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>API flavor the server speaks</source>
        <translation>Vom Server verwendete API-Variante</translation>
    </message>
    <message>
        <source>Overall upload rate</source>
        <translation>Gesamte Upload-Rate</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Uploads running</source>
        <translation>Uploads laufen</translation>
    </message>
    <message>
        <source>Uploads are still running. Quit and cancel them?</source>
        <translation>Es laufen noch Uploads. Beenden und die Uploads abbrechen?</translation>
    </message>
    <message>
        <source>About Content Library Uploader</source>
        <translation>Über Content Library Uploader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Uploads templates, ISO images and files into vCenter Content Libraries through update sessions, with certificate review and live progress.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Lädt Vorlagen, ISO-Images und Dateien über Aktualisierungssitzungen in vCenter-Inhaltsbibliotheken hoch, mit Zertifikatsprüfung und Live-Fortschrittsanzeige.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Demo server failed</source>
        <translation>Demo-Server fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>Demo-Server (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Log out of the server</source>
        <translation>Vom Server abmelden</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n warning(s) are not ignored. Review them on the Certificate &amp; warnings tab.</source>
        <translation>
            <numerusform>Blockiert: %n Warnung wird nicht ignoriert. Prüfen Sie sie auf der Registerkarte „Zertifikat &amp; Warnungen“.</numerusform>
            <numerusform>Blockiert: %n Warnungen werden nicht ignoriert. Prüfen Sie sie auf der Registerkarte „Zertifikat &amp; Warnungen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Complete accepted</source>
        <translation>Abschließen angenommen</translation>
    </message>
    <message>
        <source>Complete failed: %1</source>
        <translation>Abschließen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not complete %1: %2</source>
        <translation>%1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Sitzung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the update session of %1? Data uploaded so far is discarded and the item stays as it was.</source>
        <translation>Die Aktualisierungssitzung von %1 abbrechen? Die bisher hochgeladenen Daten werden verworfen, und das Element bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>Abbrechen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Keep-alive sent</source>
        <translation>Aktiv-halten-Anforderung gesendet</translation>
    </message>
    <message>
        <source>Keep-alive failed: %1</source>
        <translation>Aktiv halten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The session of %1 was kept alive.</source>
        <translation>Die Sitzung von %1 wurde aktiv gehalten.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete the record of the update session of %1?</source>
        <translation>Den Datensatz der Aktualisierungssitzung von %1 löschen?</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Sitzung gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Connect to a server before starting an upload.</source>
        <translation>Stellen Sie eine Verbindung mit einem Server her, bevor Sie einen Upload starten.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Starting upload of %1</source>
        <translation>Upload von %1 wird gestartet</translation>
    </message>
    <message>
        <source>Upload started: %1</source>
        <translation>Upload gestartet: %1</translation>
    </message>
    <message>
        <source>Review the certificate and warnings of %1 before the disks are sent.</source>
        <translation>Prüfen Sie das Zertifikat und die Warnungen von %1, bevor die Datenträger gesendet werden.</translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation>Upload abgeschlossen.</translation>
    </message>
    <message>
        <source>Item is busy</source>
        <translation>Element ist belegt</translation>
    </message>
    <message>
        <source>Another update session (%1) is already open on this item. Open that session?</source>
        <translation>Für dieses Element ist bereits eine andere Aktualisierungssitzung (%1) geöffnet. Diese Sitzung öffnen?</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Upload abgeschlossen</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Upload fehlgeschlagen</translation>
    </message>
    <message>
        <source>New upload opens with %1 once connected.</source>
        <translation>Nach dem Verbinden öffnet sich „Neuer Upload“ mit %1.</translation>
    </message>
    <message>
        <source>Reading the password of %1…</source>
        <translation>Kennwort von %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>clu::gui::NewUploadDialog</name>
    <message>
        <source>New upload</source>
        <translation>Neuer Upload</translation>
    </message>
    <message>
        <source>1. Target</source>
        <translation>1. Ziel</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothek:</translation>
    </message>
    <message>
        <source>&amp;Existing item:</source>
        <translation>&amp;Vorhandenes Element:</translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation>Vorhandenes Element</translation>
    </message>
    <message>
        <source>New &amp;item named:</source>
        <translation>Neues &amp;Element mit Namen:</translation>
    </message>
    <message>
        <source>New item name</source>
        <translation>Name des neuen Elements</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Detected from the files: ovf for .ovf/.ova, iso for .iso, else file</source>
        <translation>Aus den Dateien ermittelt: ovf für .ovf/.ova, iso für .iso, sonst file</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>2. Files</source>
        <translation>2. Dateien</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Plain files, e.g. ISO images</source>
        <translation>Einfache Dateien, z. B. ISO-Images</translation>
    </message>
    <message>
        <source>OVF/OV&amp;A package…</source>
        <translation>OVF/OV&amp;A-Paket…</translation>
    </message>
    <message>
        <source>One .ovf (its disks, .mf and .cert are collected) or one .ova</source>
        <translation>Eine .ovf (ihre Datenträger, .mf und .cert werden eingesammelt) oder eine .ova</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Sent in checksum_info; the server verifies each file with it</source>
        <translation>Wird in checksum_info gesendet; der Server prüft damit jede Datei</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>OVF or OVA package</source>
        <translation>OVF- oder OVA-Paket</translation>
    </message>
    <message>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation>OVF-Pakete (*.ovf *.ova)</translation>
    </message>
    <message>
        <source>%1  (missing)</source>
        <translation>%1  (fehlt)</translation>
    </message>
    <message>
        <source>The descriptor references files that are not there: %1.</source>
        <translation>Der Deskriptor referenziert Dateien, die nicht vorhanden sind: %1.</translation>
    </message>
    <message>
        <source>Signed package: the certificate review opens before the disks are sent if the server reports warnings.</source>
        <translation>Signiertes Paket: Die Zertifikatsprüfung wird geöffnet, bevor die Datenträger gesendet werden, falls der Server Warnungen meldet.</translation>
    </message>
    <message>
        <source>Unsigned package.</source>
        <translation>Nicht signiertes Paket.</translation>
    </message>
    <message>
        <source>%1 is an OVF package: upload it on its own.</source>
        <translation>%1 ist ein OVF-Paket: Laden Sie es allein hoch.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>There is no local library to upload to (subscribed libraries cannot be uploaded to).</source>
        <translation>Es gibt keine lokale Bibliothek, in die hochgeladen werden kann (in abonnierte Bibliotheken kann nicht hochgeladen werden).</translation>
    </message>
    <message>
        <source>Choose the files to upload.</source>
        <translation>Wählen Sie die hochzuladenden Dateien aus.</translation>
    </message>
    <message>
        <source>Name the new item.</source>
        <translation>Geben Sie dem neuen Element einen Namen.</translation>
    </message>
    <message>
        <source>Choose the item to update.</source>
        <translation>Wählen Sie das zu aktualisierende Element aus.</translation>
    </message>
    <message>
        <source>From &amp;URL…</source>
        <translation>Von &amp;URL…</translation>
    </message>
    <message>
        <source>A file vCenter fetches itself from an http(s) URL; the source&apos;s certificate thumbprint is shown for confirmation</source>
        <translation>Eine Datei, die vCenter selbst von einer http(s)-URL abruft; der Zertifikat-Fingerabdruck der Quelle wird zur Bestätigung angezeigt</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2)</source>
        <translation>%1  (von vCenter abgerufen von %2)</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2, certificate thumbprint %3)</source>
        <translation>%1  (von vCenter abgerufen von %2, Zertifikat-Fingerabdruck %3)</translation>
    </message>
    <message>
        <source>%1 is an OVF package: vCenter cannot assemble a package from a URL here; download it and upload it as a package.</source>
        <translation>%1 ist ein OVF-Paket: vCenter kann hier kein Paket aus einer URL zusammensetzen; laden Sie es herunter und laden Sie es als Paket hoch.</translation>
    </message>
    <message>
        <source>An OVF package is uploaded on its own; remove the URL sources or the package.</source>
        <translation>Ein OVF-Paket wird allein hochgeladen; entfernen Sie die URL-Quellen oder das Paket.</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>Zwei Dateien heißen %1; Namen müssen innerhalb eines Elements eindeutig sein.</translation>
    </message>
    <message>
        <source>%1  (reading the package…)</source>
        <translation>%1  (Paket wird gelesen…)</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Paket wird gelesen…</translation>
    </message>
    <message>
        <source>3. Preflight</source>
        <translation>3. Vorabprüfung</translation>
    </message>
    <message>
        <source>4. &amp;Checksum:</source>
        <translation>4. &amp;Prüfsumme:</translation>
    </message>
    <message>
        <source>Preflight is checking the files.</source>
        <translation>Die Vorabprüfung prüft die Dateien.</translation>
    </message>
    <message>
        <source>Preflight found what vCenter would refuse; see the checklist.</source>
        <translation>Die Vorabprüfung hat gefunden, was vCenter ablehnen würde; siehe Checkliste.</translation>
    </message>
    <message>
        <source>Preflight has warnings; check &quot;Upload despite preflight warnings&quot; to go ahead.</source>
        <translation>Die Vorabprüfung meldet Warnungen; aktivieren Sie „Trotz Warnungen der Vorabprüfung hochladen“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>clu::gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Password for %1 on %2:</source>
        <translation>&amp;Kennwort für %1 auf %2:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Kennwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Saved once the server has accepted it; never in the settings</source>
        <translation>Wird gespeichert, sobald der Server es akzeptiert hat; nie in den Einstellungen</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory until the program ends</source>
        <translation>Kein Schlüsselbund verfügbar: Das Kennwort bleibt bis zum Programmende im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>clu::gui::PinMismatchDialog</name>
    <message>
        <source>Server certificate changed — connection refused</source>
        <translation>Serverzertifikat geändert – Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one pinned in this profile. The connection was refused.

Pinned fingerprint:
%2

Presented fingerprint:
%3

If the vCenter certificate was renewed on purpose, verify the new fingerprint with its administrator and update the pin in Server profiles. Otherwise somebody may be intercepting the connection.</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das in diesem Profil angeheftete. Die Verbindung wurde abgelehnt.

Angehefteter Fingerabdruck:
%2

Vorgelegter Fingerabdruck:
%3

Wenn das vCenter-Zertifikat absichtlich erneuert wurde, überprüfen Sie den neuen Fingerabdruck mit dem zuständigen Administrator und aktualisieren Sie das angeheftete Zertifikat unter „Serverprofile“. Andernfalls fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
</context>
<context>
    <name>clu::gui::PreflightChecklist</name>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Upload despite preflight &amp;warnings</source>
        <translation>Trotz &amp;Warnungen der Vorabprüfung hochladen</translation>
    </message>
    <message>
        <source>Failures always stop the upload; certificate warnings are decided in the certificate review</source>
        <translation>Fehler halten den Upload immer an; über Zertifikatswarnungen wird in der Zertifikatsprüfung entschieden</translation>
    </message>
    <message>
        <source>Preflight: checking the files…</source>
        <translation>Vorabprüfung: Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Preflight: choose files to check them before anything is sent.</source>
        <translation>Vorabprüfung: Wählen Sie Dateien aus, um sie zu prüfen, bevor etwas gesendet wird.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n check(s) failed; vCenter would refuse this upload.</source>
        <translation>
            <numerusform>Vorabprüfung: %n Prüfung fehlgeschlagen; vCenter würde diesen Upload ablehnen.</numerusform>
            <numerusform>Vorabprüfung: %n Prüfungen fehlgeschlagen; vCenter würde diesen Upload ablehnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed with %n warning(s).</source>
        <translation>
            <numerusform>Vorabprüfung: bestanden mit %n Warnung.</numerusform>
            <numerusform>Vorabprüfung: bestanden mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: all %n check(s) passed.</source>
        <translation>
            <numerusform>Vorabprüfung: %n Prüfung bestanden.</numerusform>
            <numerusform>Vorabprüfung: alle %n Prüfungen bestanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>Ein neues, leeres Profil beginnen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved password</source>
        <translation>Das ausgewählte Profil und sein gespeichertes Kennwort löschen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation>Ein Name, den Sie wiedererkennen</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>https://vcenter.example.com</source>
        <translation>https://vcenter.example.com</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>For example administrator@vsphere.local</source>
        <translation>Zum Beispiel administrator@vsphere.local</translation>
    </message>
    <message>
        <source>Pinned &amp;thumbprint:</source>
        <translation>Angehefteter &amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 or SHA-1 fingerprint of the server certificate; only that certificate will be accepted. Leave empty to use the system&apos;s trust store.</source>
        <translation>SHA-256- oder SHA-1-Fingerabdruck des Serverzertifikats; nur dieses Zertifikat wird akzeptiert. Leer lassen, um den Vertrauensspeicher des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Stored in the system keychain when &quot;Remember&quot; is ticked, never in the settings file</source>
        <translation>Wird nur bei aktiviertem Speichern im Systemschlüsselbund abgelegt, niemals in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Kennwort im Systemschlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 (40 hex digits) nor a SHA-256 (64 hex digits) fingerprint.</source>
        <translation>Der angeheftete Fingerabdruck „%1“ ist weder ein SHA-1-Fingerabdruck (40 Hexadezimalziffern) noch ein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Kennwort wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation>Profil gespeichert; das Kennwort befindet sich im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable; the password is kept in memory until the application quits.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar; das Kennwort wird bis zum Beenden der Anwendung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Profile saved. You will be asked for the password when connecting.</source>
        <translation>Profil gespeichert. Sie werden beim Verbinden nach dem Kennwort gefragt.</translation>
    </message>
    <message>
        <source>Profile saved. The password is kept in memory until the application quits.</source>
        <translation>Profil gespeichert. Das Kennwort wird bis zum Beenden der Anwendung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Kennwort löschen?</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (lab only)</source>
        <translation>Unverschlüsseltes &amp;http erlauben (nur für Testumgebungen)</translation>
    </message>
    <message>
        <source>Connect to an http:// URL. The password, the session token and the uploaded files then cross the network unencrypted.</source>
        <translation>Verbindung zu einer http://-URL herstellen. Kennwort, Sitzungstoken und hochgeladene Dateien werden dann unverschlüsselt über das Netzwerk übertragen.</translation>
    </message>
</context>
<context>
    <name>clu::gui::QuitOnSignals</name>
    <message>
        <source>cannot create the signal pipe: %1</source>
        <translation>die Signal-Pipe kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot install the handler of signal %1: %2</source>
        <translation>der Handler für das Signal %1 kann nicht installiert werden: %2</translation>
    </message>
    <message>
        <source>cannot install the console control handler (error %1)</source>
        <translation>der Konsolensteuerungshandler kann nicht installiert werden (Fehler %1)</translation>
    </message>
</context>
<context>
    <name>clu::gui::ServerConnection</name>
    <message>
        <source>%1 refused the user name or password. Check them in Server profiles.</source>
        <translation>%1 hat den Benutzernamen oder das Kennwort abgelehnt. Überprüfen Sie sie unter „Serverprofile“.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused). Is the address and port right and the vCenter running?</source>
        <translation>Unter %1 werden keine Verbindungen angenommen (Verbindung abgelehnt). Stimmen Adresse und Port, und läuft das vCenter?</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one; the connection was refused.</source>
        <translation>%1 hat ein anderes Zertifikat als das angeheftete vorgelegt; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>library items</source>
        <translation>Bibliothekselemente</translation>
    </message>
    <message>
        <source>update sessions</source>
        <translation>Aktualisierungssitzungen</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionFilesTab</name>
    <message>
        <source>Session files</source>
        <translation>Sitzungsdateien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Dateien hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Upload local files into this session (SHA-256 checksum sent)</source>
        <translation>Lokale Dateien in diese Sitzung hochladen (mit SHA-256-Prüfsumme)</translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation>Von &amp;URL hinzufügen…</translation>
    </message>
    <message>
        <source>Let the server fetch a file from an http(s) URL</source>
        <translation>Den Server eine Datei von einer http(s)-URL abrufen lassen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file from the item when the session completes</source>
        <translation>Die ausgewählte Datei beim Abschließen der Sitzung aus dem Element entfernen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Send the selected failed file again</source>
        <translation>Die ausgewählte fehlgeschlagene Datei erneut senden</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>Ask the server which files are missing or invalid</source>
        <translation>Den Server fragen, welche Dateien fehlen oder ungültig sind</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>Die Dateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation>Wartet auf Übertragung</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Wird validiert</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> (überprüft)</translation>
    </message>
    <message>
        <source> (not yet verified)</source>
        <translation> (noch nicht überprüft)</translation>
    </message>
    <message>
        <source>Add files to the session</source>
        <translation>Dateien zur Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a readable file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Computing the SHA-256 checksum of %1</source>
        <translation>SHA-256-Prüfsumme von %1 wird berechnet</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 is on the server</source>
        <translation>%1 ist auf dem Server</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Adding %1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1 wird hinzugefügt (%2 Byte, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL)</source>
        <translation>%1 wird von %2 hinzugefügt (PULL)</translation>
    </message>
    <message>
        <source>%1 added (server fetches it)</source>
        <translation>%1 hinzugefügt (der Server ruft die Datei ab)</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>Hinzufügen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the item when this session completes?</source>
        <translation>„%1“ beim Abschließen dieser Sitzung aus dem Element entfernen?</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>Entfernen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>%1 wird erneut versucht</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird validiert…</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Validierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Validation passed: no missing or invalid files.</source>
        <translation>Validierung erfolgreich: keine fehlenden oder ungültigen Dateien.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <source>Invalid: %1 — %2</source>
        <translation>Ungültig: %1 – %2</translation>
    </message>
    <message>
        <source>Validation found problems. %1</source>
        <translation>Bei der Validierung wurden Probleme gefunden. %1</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL, certificate thumbprint %3)</source>
        <translation>%1 wird von %2 hinzugefügt (PULL, Zertifikat-Fingerabdruck %3)</translation>
    </message>
    <message>
        <source>The session is done; its files can no longer be listed: %1</source>
        <translation>Die Sitzung ist abgeschlossen; ihre Dateien können nicht mehr aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The session is done; the item&apos;s files could not be read: %1</source>
        <translation>Die Sitzung ist abgeschlossen; die Dateien des Elements konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The session is done; these are the files of the item now.</source>
        <translation>Die Sitzung ist abgeschlossen; dies sind jetzt die Dateien des Elements.</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionInfoTab</name>
    <message>
        <source>Session ID:</source>
        <translation>Sitzungs-ID:</translation>
    </message>
    <message>
        <source>Library item:</source>
        <translation>Bibliothekselement:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Content version at start:</source>
        <translation>Inhaltsversion bei Beginn:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Client progress:</source>
        <translation>Client-Fortschritt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Warning behavior:</source>
        <translation>Warnungsverhalten:</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Fehlermeldung:</translation>
    </message>
    <message>
        <source>Error message id:</source>
        <translation>Fehlermeldungs-ID:</translation>
    </message>
    <message>
        <source>What this client did to the session:</source>
        <translation>Was dieser Client mit der Sitzung gemacht hat:</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>nicht ignoriert</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) ignored</source>
        <translation>
            <numerusform>%1, %n Warnung ignoriert</numerusform>
            <numerusform>%1, %n Warnungen ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) blocking</source>
        <translation>
            <numerusform>%1, %n blockierende Warnung</numerusform>
            <numerusform>%1, %n blockierende Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Library item %1</source>
        <translation>Bibliothekselement %1</translation>
    </message>
    <message>
        <source>Transfer progress of this client&apos;s upload</source>
        <translation>Übertragungsfortschritt des Uploads dieses Clients</translation>
    </message>
    <message>
        <source>Progress reported by the uploading client</source>
        <translation>Vom hochladenden Client gemeldeter Fortschritt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionsPane</name>
    <message>
        <source>&lt;b&gt;Update sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktualisierungssitzungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Show only sessions in this state</source>
        <translation>Nur Sitzungen in diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by item, library or session id</source>
        <translation>Nach Element, Bibliothek oder Sitzungs-ID filtern</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>Update sessions</source>
        <translation>Aktualisierungssitzungen</translation>
    </message>
</context>
<context>
    <name>clu::gui::UploadController</name>
    <message numerus="yes">
        <source>The preview reports %n warning(s); waiting for the review.</source>
        <translation>
            <numerusform>Die Vorschau meldet %n Warnung; es wird auf die Prüfung gewartet.</numerusform>
            <numerusform>Die Vorschau meldet %n Warnungen; es wird auf die Prüfung gewartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session created for %1</source>
        <translation>Aktualisierungssitzung für %1 erstellt</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Could not create the item &quot;%1&quot;: %2</source>
        <translation>Das Element „%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The upload could not start: another upload is running or the request is incomplete.</source>
        <translation>Der Upload konnte nicht gestartet werden: Ein anderer Upload läuft, oder die Anforderung ist unvollständig.</translation>
    </message>
    <message>
        <source>Review: continue, ignoring %1</source>
        <translation>Prüfung: fortfahren und %1 ignorieren</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Review: package rejected</source>
        <translation>Prüfung: Paket abgelehnt</translation>
    </message>
    <message>
        <source>Not verified by the server: %1</source>
        <translation>Vom Server nicht überprüft: %1</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; was deleted again.</source>
        <translation>Das neue Element „%1“ wurde wieder gelöscht.</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; (%2) is still there, empty: deleting it failed: %3</source>
        <translation>Das neue Element „%1“ (%2) ist noch vorhanden und leer: Das Löschen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>Prüfen der hochzuladenden Dateien</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::UrlSourceDialog</name>
    <message>
        <source>Add from URL</source>
        <translation>Von URL hinzufügen</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>vCenter fetches the file from this http:// or https:// URL itself</source>
        <translation>vCenter ruft die Datei selbst von dieser http://- oder https://-URL ab</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>Zertifikat &amp;abrufen</translation>
    </message>
    <message>
        <source>Connect to the source and show the certificate it presents</source>
        <translation>Mit der Quelle verbinden und das von ihr vorgelegte Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>File name in the item</source>
        <translation>Dateiname im Element</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>I have &amp;compared this thumbprint with the one the source&apos;s owner published; vCenter may fetch from this server.</source>
        <translation>Ich habe diesen Fingerabdruck mit dem vom Betreiber der Quelle veröffentlichten &amp;verglichen; vCenter darf von diesem Server abrufen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>Zertifikat von %1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Enter the URL vCenter should fetch the file from.</source>
        <translation>Geben Sie die URL ein, von der vCenter die Datei abrufen soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>Plain http: the file travels unencrypted and the source is not authenticated; the checksum vCenter computes is the only check. No thumbprint is needed.</source>
        <translation>Unverschlüsseltes http: Die Datei wird unverschlüsselt übertragen und die Quelle ist nicht authentifiziert; die Prüfsumme, die vCenter berechnet, ist die einzige Kontrolle. Kein Fingerabdruck erforderlich.</translation>
    </message>
    <message>
        <source>Fetch the source&apos;s certificate to confirm its thumbprint.</source>
        <translation>Rufen Sie das Zertifikat der Quelle ab, um seinen Fingerabdruck zu bestätigen.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint vCenter will require: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>SHA-1-Fingerabdruck, den vCenter verlangen wird: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: %2</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1 nicht: %2</translation>
    </message>
    <message>
        <source>Confirm the thumbprint to add the file.</source>
        <translation>Bestätigen Sie den Fingerabdruck, um die Datei hinzuzufügen.</translation>
    </message>
    <message>
        <source>Name the file (the URL&apos;s path does not end in a file name).</source>
        <translation>Geben Sie der Datei einen Namen (der Pfad der URL endet nicht mit einem Dateinamen).</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>Ein Dateiname darf weder / noch \ enthalten.</translation>
    </message>
</context>
<context>
    <name>clu::gui::WarningListWidget</name>
    <message>
        <source>Certificate warnings</source>
        <translation>Zertifikatswarnungen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>Abgelaufenes Zertifikat</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>%1 ignorieren</translation>
    </message>
    <message>
        <source>Tick to let Complete succeed despite this warning</source>
        <translation>Markieren, damit das Abschließen trotz dieser Warnung gelingt</translation>
    </message>
</context>
</TS>
