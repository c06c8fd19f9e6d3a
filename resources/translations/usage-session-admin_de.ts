<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionJournal</name>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ActionPolicy</name>
    <message>
        <source>The connection “%1” is read-only: sessions cannot be started or stopped.</source>
        <translation>Die Verbindung „%1“ ist schreibgeschützt: Sitzungen können nicht gestartet oder beendet werden.</translation>
    </message>
    <message>
        <source>“%1” is a production connection and opens read-only: unlock it for this session to start or stop sessions.</source>
        <translation>„%1“ ist eine Produktionsverbindung und öffnet schreibgeschützt: Erlauben Sie Änderungen für diese Programmsitzung, um Sitzungen zu starten oder zu beenden.</translation>
    </message>
</context>
<context>
    <name>ActionResult</name>
    <message>
        <source>took effect</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <source>did not take effect</source>
        <translation>nicht wirksam</translation>
    </message>
    <message>
        <source>Started 1 session.</source>
        <translation>1 Sitzung gestartet.</translation>
    </message>
    <message>
        <source>Started %1 sessions.</source>
        <translation>%1 Sitzungen gestartet.</translation>
    </message>
    <message>
        <source>Stopped 1 session.</source>
        <translation>1 Sitzung beendet.</translation>
    </message>
    <message>
        <source>Stopped %1 sessions.</source>
        <translation>%1 Sitzungen beendet.</translation>
    </message>
    <message>
        <source>Nothing was started: %1</source>
        <translation>Nichts wurde gestartet: %1</translation>
    </message>
    <message>
        <source>Nothing was stopped: %1</source>
        <translation>Nichts wurde beendet: %1</translation>
    </message>
    <message>
        <source>%1 took effect, %2 did not, %3 still unknown.</source>
        <translation>%1 wirksam, %2 nicht, %3 noch unbekannt.</translation>
    </message>
    <message>
        <source>Check those sessions before trying again.</source>
        <translation>Prüfen Sie diese Sitzungen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a redirect</source>
        <translation>eine Umleitung</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>an unreadable answer</source>
        <translation>eine unlesbare Antwort</translation>
    </message>
    <message>
        <source>cancelled after sending</source>
        <translation>nach dem Senden abgebrochen</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>The server did not confirm the change (%1), so the app asked the server what happened.</source>
        <translation>Der Server hat die Änderung nicht bestätigt (%1); das Programm hat daher beim Server nachgefragt, was geschehen ist.</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>noch unbekannt</translation>
    </message>
</context>
<context>
    <name>ActionResultMessage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Sitzungen gestartet</translation>
    </message>
    <message>
        <source>Sessions stopped</source>
        <translation>Sitzungen beendet</translation>
    </message>
    <message>
        <source>Could not start sessions</source>
        <translation>Sitzungen konnten nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not stop sessions</source>
        <translation>Sitzungen konnten nicht beendet werden</translation>
    </message>
    <message>
        <source>The server named:</source>
        <translation>Der Server nannte:</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 – %2</translation>
    </message>
    <message>
        <source>It concerns the whole request:</source>
        <translation>Es betrifft die ganze Anfrage:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the server applies all sessions of a request or none.</source>
        <translation>Nichts wurde geändert: Der Server übernimmt alle Sitzungen einer Anfrage oder keine.</translation>
    </message>
    <message>
        <source>The start took effect</source>
        <translation>Der Start ist wirksam</translation>
    </message>
    <message>
        <source>The stop took effect</source>
        <translation>Das Beenden ist wirksam</translation>
    </message>
    <message>
        <source>Whether the start took effect is unknown</source>
        <translation>Ob der Start wirksam wurde, ist unbekannt</translation>
    </message>
    <message>
        <source>Whether the stop took effect is unknown</source>
        <translation>Ob das Beenden wirksam wurde, ist unbekannt</translation>
    </message>
    <message>
        <source>The start did not fully take effect</source>
        <translation>Der Start wurde nicht vollständig wirksam</translation>
    </message>
    <message>
        <source>The stop did not fully take effect</source>
        <translation>Das Beenden wurde nicht vollständig wirksam</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Nothing is sent again on its own: start the missing sessions yourself once you have checked them.</source>
        <translation>Nichts wird von selbst erneut gesendet: Starten Sie die fehlenden Sitzungen selbst, sobald Sie sie geprüft haben.</translation>
    </message>
    <message>
        <source>Resend without the refused items</source>
        <translation>Ohne die abgelehnten Einträge erneut senden</translation>
    </message>
    <message>
        <source>Request for organization %1.</source>
        <translation>Anfrage für Organisation %1.</translation>
    </message>
    <message>
        <source>“%1” sends the 1 other session again, at the stop time you confirmed.</source>
        <translation>„%1“ sendet die 1 andere Sitzung erneut, mit der Endzeit, die Sie bestätigt haben.</translation>
    </message>
    <message>
        <source>“%1” sends the %2 other sessions again, at the stop times you confirmed.</source>
        <translation>„%1“ sendet die %2 anderen Sitzungen erneut, mit den Endzeiten, die Sie bestätigt haben.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Running %1, %2 past its limit of %3</source>
        <translation>Läuft seit %1, %2 über ihrer Grenze von %3</translation>
    </message>
    <message>
        <source>Running %1, %2 past its limit of %3 for %4</source>
        <translation>Läuft seit %1, %2 über ihrer Grenze von %3 für %4</translation>
    </message>
    <message numerus="yes">
        <source>Running %1, longer than 99 % of %Ln ended %2 sessions (99 % ended within %3)</source>
        <translation>
            <numerusform>Läuft seit %1, länger als 99 % von %Ln beendeten Sitzung von %2 (99 % endeten innerhalb von %3)</numerusform>
            <numerusform>Läuft seit %1, länger als 99 % von %Ln beendeten Sitzungen von %2 (99 % endeten innerhalb von %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts %1 from now: check the device&apos;s clock</source>
        <translation>Startet in %1: Prüfen Sie die Uhr des Geräts</translation>
    </message>
    <message>
        <source>%1 past limit</source>
        <translation>%1 über der Grenze</translation>
    </message>
    <message>
        <source>Longer than 99 % of %1</source>
        <translation>Länger als 99 % von %1</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Startet in %1</translation>
    </message>
</context>
<context>
    <name>AttentionAlerts</name>
    <message>
        <source>1 session needs attention</source>
        <translation>1 Sitzung erfordert Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions need attention</source>
        <translation>
            <numerusform>%n Sitzung erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Sitzungen erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 (%3): %4</source>
        <translation>%1 / %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionLimits</name>
    <message>
        <source>&quot;%1&quot; names nothing: write NAME: DURATION, like minutes: 8 h or pc:Call minutes: 2 h.</source>
        <translation>„%1“ nennt nichts: Schreiben Sie NAME: DAUER, etwa minutes: 8 h oder pc:Call minutes: 2 h.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation>In „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice: keep one limit for it.</source>
        <translation>„%1“ ist doppelt angegeben: Behalten Sie nur eine Grenze dafür.</translation>
    </message>
</context>
<context>
    <name>AttentionLimitsDialog</name>
    <message>
        <source>Attention limits</source>
        <translation>Laufzeitgrenzen</translation>
    </message>
    <message>
        <source>An active session of &lt;b&gt;%1&lt;/b&gt; needs attention once it has run longer than its limit: its pricing component&apos;s, else its unit&apos;s, else the default. Durations like 90m, 8h, 3d or 1d12h.</source>
        <translation>Eine aktive Sitzung von &lt;b&gt;%1&lt;/b&gt; erfordert Aufmerksamkeit, sobald sie länger als ihre Grenze läuft: die ihrer Preiskomponente, sonst die ihrer Einheit, sonst die Standardgrenze. Dauern wie 90m, 8h, 3d oder 1d12h.</translation>
    </message>
    <message>
        <source>Default limit</source>
        <translation>Standardgrenze</translation>
    </message>
    <message>
        <source>&amp;Default limit:</source>
        <translation>&amp;Standardgrenze:</translation>
    </message>
    <message>
        <source>Limits per unit and pricing component</source>
        <translation>Grenzen je Einheit und Preiskomponente</translation>
    </message>
    <message>
        <source>minutes: 8 h
seats: 31 d
pc:Call minutes: 2 h</source>
        <translation>minutes: 8 h
seats: 31 d
pc:Call minutes: 2 h</translation>
    </message>
    <message>
        <source>Per &amp;unit or component:</source>
        <translation>Je &amp;Einheit oder Komponente:</translation>
    </message>
    <message>
        <source>One limit a line: UNIT: DURATION, or pc:PRICING COMPONENT: DURATION (its name or ID).</source>
        <translation>Eine Grenze pro Zeile: EINHEIT: DAUER oder pc:PREISKOMPONENTE: DAUER (ihr Name oder ihre ID).</translation>
    </message>
    <message>
        <source>Units loaded: %1</source>
        <translation>Geladene Einheiten: %1</translation>
    </message>
    <message>
        <source>Pricing components loaded: %1</source>
        <translation>Geladene Preiskomponenten: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Default limit: %1</source>
        <translation>Standardgrenze: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: set the default in its own field above.</source>
        <translation>„%1“: Legen Sie die Standardgrenze oben in ihrem eigenen Feld fest.</translation>
    </message>
</context>
<context>
    <name>AttentionTray</name>
    <message>
        <source>Tray menu</source>
        <translation>Menü im Infobereich</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Programm &amp;beenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BillForward::ApiError</name>
    <message>
        <source>the API client was closed</source>
        <translation>der API-Client wurde geschlossen</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>mehr als %1 Byte</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 for a start or stop request</source>
        <translation>HTTP %1 auf eine Start- oder Beenden-Anfrage</translation>
    </message>
    <message>
        <source>no subscription ID was given.</source>
        <translation>es wurde keine Abonnement-ID angegeben.</translation>
    </message>
    <message>
        <source>the server address is missing or not a valid URL.</source>
        <translation>die Serveradresse fehlt oder ist keine gültige URL.</translation>
    </message>
    <message>
        <source>the server address must start with https:// (it starts with %1://).</source>
        <translation>die Serveradresse muss mit https:// beginnen (sie beginnt mit %1://).</translation>
    </message>
    <message>
        <source>plain http:// is only allowed to this computer (localhost); the access token would travel unencrypted to %1. Use https:// instead.</source>
        <translation>unverschlüsseltes http:// ist nur zu diesem Computer (localhost) erlaubt; das Zugriffstoken würde unverschlüsselt an %1 gehen. Verwenden Sie stattdessen https://.</translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation> Der Server meldete: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> The request may have reached the server: refresh the list to see whether it was applied before trying again.</source>
        <translation> Die Anfrage hat den Server möglicherweise erreicht: Aktualisieren Sie die Liste, um zu sehen, ob sie ausgeführt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, and that the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Serveradresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found. Check the server address and your network connection.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network connection and try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen (%1). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later, or allow a longer timeout.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut oder erlauben Sie eine längere Wartezeit.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established (%1). Check the server address and its certificate; the connection was not trusted.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht hergestellt werden (%1). Prüfen Sie die Serveradresse und ihr Zertifikat; der Verbindung wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed so that the access token is not sent elsewhere. Check the server address.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1); der Umleitung wurde nicht gefolgt, damit das Zugriffstoken nicht anderswohin gesendet wird. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the limit and was abandoned. Ask for fewer records per page.</source>
        <translation>Die Antwort des Servers überschritt die Größengrenze und wurde verworfen. Fordern Sie weniger Datensätze pro Seite an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1. The server may not be a BillForward usage-sessions API; check the server address.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1. Der Server ist möglicherweise keine BillForward-API für Nutzungssitzungen; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not accept the access token. Check the token, or create a new one in BillForward under Setup &gt; Personal &gt; API Keys.</source>
        <translation>Der Server hat das Zugriffstoken nicht akzeptiert. Prüfen Sie das Token oder erstellen Sie in BillForward unter Setup &gt; Personal &gt; API Keys ein neues.</translation>
    </message>
    <message>
        <source>The access token is not allowed to do this. Ask a BillForward administrator for the permission, or use another token.</source>
        <translation>Das Zugriffstoken hat dafür keine Berechtigung. Bitten Sie einen BillForward-Administrator um die Berechtigung oder verwenden Sie ein anderes Token.</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Der Server erhält zu viele Anfragen. Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Server erhält zu viele Anfragen. Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a little and try again.</source>
        <translation>Der Server erhält zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP 404). Check that the server address ends with the API&apos;s base path, for example /v1 or /RestAPI.</source>
        <translation>Der Server kennt diese Adresse nicht (HTTP 404). Prüfen Sie, ob die Serveradresse mit dem Basispfad der API endet, zum Beispiel /v1 oder /RestAPI.</translation>
    </message>
    <message>
        <source>The server does not accept this request at this address (HTTP 405). Check the server address.</source>
        <translation>Der Server nimmt diese Anfrage unter dieser Adresse nicht an (HTTP 405). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid. Correct the values and try again.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt. Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is unavailable at the moment (HTTP %1). Try again in a few minutes.</source>
        <translation>Der Server ist im Moment nicht verfügbar (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Try again later; if it keeps failing, contact BillForward support.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP %1). Versuchen Sie es später erneut; wenn der Fehler bleibt, wenden Sie sich an den BillForward-Support.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Status (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1) after the request was sent.</source>
        <translation>Die Verbindung zum Server ist nach dem Senden der Anfrage fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server reported a failure (HTTP %1) after it received the request.</source>
        <translation>Der Server hat nach dem Empfang der Anfrage einen Fehler gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <source>the answer stopped after %1 of %2 bytes</source>
        <translation>die Antwort brach nach %1 von %2 Bytes ab</translation>
    </message>
</context>
<context>
    <name>BillForward::AttentionFormatter</name>
    <message>
        <source>%1 of %2 active sessions need attention (%3 of %4 subscriptions read).</source>
        <translation>%1 von %2 aktiven Sitzungen erfordern Aufmerksamkeit (%3 von %4 Abonnements gelesen).</translation>
    </message>
    <message>
        <source>Cannot tell: %1 of %2 subscriptions could not be read, and no session of the others needs attention.</source>
        <translation>Nicht feststellbar: %1 von %2 Abonnements konnten nicht gelesen werden, und keine Sitzung der übrigen erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>No active session needs attention (%1 of %2 subscriptions read, %3 active sessions).</source>
        <translation>Keine aktive Sitzung erfordert Aufmerksamkeit (%1 von %2 Abonnements gelesen, %3 aktive Sitzungen).</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>PRICING COMPONENT</source>
        <translation>PREISKOMPONENTE</translation>
    </message>
    <message>
        <source>RUN START</source>
        <translation>LAUFBEGINN</translation>
    </message>
    <message>
        <source>RUN TIME</source>
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>GRENZE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
</context>
<context>
    <name>BillForward::CheckArguments</name>
    <message>
        <source>--limit wants UNIT=DURATION, such as --limit minutes=8h; got &quot;%1&quot;.</source>
        <translation>--limit erwartet EINHEIT=DAUER, etwa --limit minutes=8h; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--component-limit wants COMPONENT=DURATION, such as --component-limit &quot;Call minutes=8h&quot;; got &quot;%1&quot;.</source>
        <translation>--component-limit erwartet PREISKOMPONENTE=DAUER, etwa --component-limit &quot;Call minutes=8h&quot;; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>check needs at least one SUBSCRIPTION ID, as an argument or in --subscriptions-file FILE.</source>
        <translation>check braucht mindestens eine Abonnement-ID, als Argument oder in --subscriptions-file DATEI.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 has several columns and no header that names the subscription column: add a first line naming it subscriptionID.</source>
        <translation>%1 hat mehrere Spalten und keine Kopfzeile, die die Abonnement-Spalte benennt: Fügen Sie eine erste Zeile hinzu, die sie subscriptionID nennt.</translation>
    </message>
    <message>
        <source>%1 holds entries that are not subscription IDs; fix them and run check again:
%2</source>
        <translation>%1 enthält Einträge, die keine Abonnement-IDs sind; korrigieren Sie sie und führen Sie check erneut aus:
%2</translation>
    </message>
    <message>
        <source>%1 holds no subscription ID: give one per line, or a CSV column named subscriptionID.</source>
        <translation>%1 enthält keine Abonnement-ID: Geben Sie eine je Zeile an oder eine CSV-Spalte namens subscriptionID.</translation>
    </message>
    <message>
        <source>--requests-in-flight wants a number from 1 to %1; got &quot;%2&quot;.</source>
        <translation>--requests-in-flight erwartet eine Zahl von 1 bis %1; erhalten: „%2“.</translation>
    </message>
</context>
<context>
    <name>BillForward::CliApp</name>
    <message>
        <source>%1 is not accepted: a token on the command line can be read by other users and stays in shell history. Put it in a file and pass --token-file PATH, or set BILLFORWARD_ACCESS_TOKEN.</source>
        <translation>%1 wird nicht angenommen: Ein Token in der Befehlszeile können andere Benutzer lesen, und es bleibt im Shell-Verlauf. Legen Sie es in eine Datei und geben Sie --token-file PFAD an, oder setzen Sie BILLFORWARD_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>API base URL (else BILLFORWARD_BASE_URL).</source>
        <translation>Basis-URL der API (sonst BILLFORWARD_BASE_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File holding the access token (else BILLFORWARD_ACCESS_TOKEN).</source>
        <translation>Datei mit dem Zugriffstoken (sonst BILLFORWARD_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Transfer timeout (default 30).</source>
        <translation>Zeitlimit für die Übertragung in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Output: table (default), csv or json.</source>
        <translation>Ausgabe: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list: only active sessions.</source>
        <translation>list: nur aktive Sitzungen.</translation>
    </message>
    <message>
        <source>list: restrict to this organization (repeatable); start/stop: the request&apos;s organization.</source>
        <translation>list: auf diese Organisation beschränken (wiederholbar); start/stop: die Organisation der Anfrage.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>list: field to order by (default created).</source>
        <translation>list: Feld, nach dem sortiert wird (Standard created).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>list: ASC (default) or DESC.</source>
        <translation>list: ASC (Standard) oder DESC.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>list: index of the first record.</source>
        <translation>list: Index des ersten Datensatzes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>start/stop: subscription ID.</source>
        <translation>start/stop: Abonnement-ID.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>start/stop: session ID.</source>
        <translation>start/stop: Sitzungs-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>start/stop: unit of measure.</source>
        <translation>start/stop: Maßeinheit.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>E</translation>
    </message>
    <message>
        <source>start: pricing component ID.</source>
        <translation>start: ID der Preiskomponente.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>start: pricing component name.</source>
        <translation>start: Name der Preiskomponente.</translation>
    </message>
    <message>
        <source>start: description.</source>
        <translation>start: Beschreibung.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>B</translation>
    </message>
    <message>
        <source>start: start time (default now).</source>
        <translation>start: Startzeit (Standard: jetzt).</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATUMZEIT</translation>
    </message>
    <message>
        <source>stop: stop time (default now).</source>
        <translation>stop: Endzeit (Standard: jetzt).</translation>
    </message>
    <message>
        <source>start/stop: send this CompoundUsageSession JSON file.</source>
        <translation>start/stop: diese CompoundUsageSession-JSON-Datei senden.</translation>
    </message>
    <message>
        <source>BODY.json</source>
        <translation>INHALT.json</translation>
    </message>
    <message>
        <source>no command given; use list, start or stop (see --help).</source>
        <translation>kein Befehl angegeben; verwenden Sie list, start oder stop (siehe --help).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, start or stop (see --help).</source>
        <translation>unbekannter Befehl „%1“; verwenden Sie list, start oder stop (siehe --help).</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2 (see --help).</source>
        <translation>--%1 ist keine Option von %2 (siehe --help).</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation>--format muss table, csv oder json sein.</translation>
    </message>
    <message>
        <source>list needs at least one SUBSCRIPTION ID.</source>
        <translation>list braucht mindestens eine Abonnement-ID.</translation>
    </message>
    <message>
        <source>--all reads every page ordered by created; it cannot be combined with --offset, --order-by or --order.</source>
        <translation>--all liest alle Seiten nach created sortiert; es lässt sich nicht mit --offset, --order-by oder --order kombinieren.</translation>
    </message>
    <message>
        <source>--offset must be a whole number of 0 or more.</source>
        <translation>--offset muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>--records must be a whole number of 1 or more.</source>
        <translation>--records muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>--order-by needs a field name.</source>
        <translation>--order-by braucht einen Feldnamen.</translation>
    </message>
    <message>
        <source>--order must be ASC or DESC.</source>
        <translation>--order muss ASC oder DESC sein.</translation>
    </message>
    <message>
        <source>%1 takes no positional arguments; use --subscription, --session and --uom.</source>
        <translation>%1 nimmt keine Positionsargumente; verwenden Sie --subscription, --session und --uom.</translation>
    </message>
    <message>
        <source>%1 takes at most one --organization.</source>
        <translation>%1 nimmt höchstens eine --organization.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CompoundUsageSession: %2</source>
        <translation>%1 ist keine CompoundUsageSession: %2</translation>
    </message>
    <message>
        <source>%1 holds no usageSessions.</source>
        <translation>%1 enthält keine usageSessions.</translation>
    </message>
    <message>
        <source>start needs exactly one of --pricing-component-id and --pricing-component-name.</source>
        <translation>start braucht genau eine der Optionen --pricing-component-id und --pricing-component-name.</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 datetime such as 2026-02-27T13:15:51Z.</source>
        <translation>--%1 muss ein Zeitpunkt nach ISO 8601 sein, etwa 2026-02-27T13:15:51Z.</translation>
    </message>
    <message>
        <source>no server address: pass --base-url URL or set BILLFORWARD_BASE_URL.</source>
        <translation>keine Serveradresse: Geben Sie --base-url URL an oder setzen Sie BILLFORWARD_BASE_URL.</translation>
    </message>
    <message>
        <source>the server address must be an http:// or https:// URL such as https://app.billforward.net/v1.</source>
        <translation>die Serveradresse muss eine http://- oder https://-URL sein, etwa https://app.billforward.net/v1.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0.</source>
        <translation>--timeout muss eine Anzahl Sekunden größer als 0 sein.</translation>
    </message>
    <message>
        <source>list: page size (default 8766; with --all 2000, or what the server serves).</source>
        <translation>list: Seitengröße (Standard 8766; mit --all 2000 oder so viele, wie der Server liefert).</translation>
    </message>
    <message>
        <source>list: every page, not only one. Rows are written as pages arrive; on a failure those written stay on stdout (a JSON array unclosed) and the exit code is 1.</source>
        <translation>list: alle Seiten, nicht nur eine. Zeilen werden geschrieben, sobald die Seiten eintreffen; bei einem Fehler bleiben die bereits geschriebenen Zeilen auf stdout (als nicht abgeschlossenes JSON-Array), und der Exit-Status ist 1.</translation>
    </message>
    <message>
        <source>start/stop: allow changes on BillForward production.</source>
        <translation>start/stop: Änderungen in der BillForward-Produktion erlauben.</translation>
    </message>
    <message>
        <source>%1 is missing %2 (or give the whole request with --from-file).</source>
        <translation>Bei %1 fehlt %2 (oder geben Sie die ganze Anfrage mit --from-file an).</translation>
    </message>
    <message>
        <source>BILLFORWARD_ACCESS_TOKEN is the token of BILLFORWARD_BASE_URL (%1), and --base-url names another server (%2); it is not sent there. Put this server&apos;s token in a file (chmod 600) and pass --token-file PATH.</source>
        <translation>BILLFORWARD_ACCESS_TOKEN ist das Token von BILLFORWARD_BASE_URL (%1), und --base-url nennt einen anderen Server (%2); dorthin wird es nicht gesendet. Schreiben Sie das Token dieses Servers in eine Datei (chmod 600) und geben Sie --token-file PFAD an.</translation>
    </message>
    <message>
        <source>no access token was given. Put it in a file readable only by you (chmod 600) and pass --token-file PATH, or set BILLFORWARD_ACCESS_TOKEN.</source>
        <translation>es wurde kein Zugriffstoken angegeben. Schreiben Sie es in eine Datei, die nur Sie lesen können (chmod 600), und geben Sie --token-file PFAD an, oder setzen Sie BILLFORWARD_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>List, start and stop BillForward usage sessions.

  usage-session-cli list SUBSCRIPTION... [--active] [--organization ORG]...
      [--order-by FIELD] [--order ASC|DESC] [--offset N] [--records N] [--all]
      [--max-pages N] [--max-sessions N] [--format table|csv|json]
  usage-session-cli start --subscription S --session ID --uom U
      (--pricing-component-id P | --pricing-component-name N)
      [--description D] [--start DATETIME] [--format ...]
  usage-session-cli stop --subscription S --session ID --uom U [--stop DATETIME] [--format ...]
  usage-session-cli start|stop --from-file BODY.json   (a CompoundUsageSession)

The access token is read from --token-file or BILLFORWARD_ACCESS_TOKEN, never from an argument.
Datetimes are ISO 8601, for example 2026-02-27T13:15:51Z.</source>
        <translation>BillForward-Nutzungssitzungen auflisten, starten und beenden.

  usage-session-cli list ABONNEMENT... [--active] [--organization ORG]...
      [--order-by FELD] [--order ASC|DESC] [--offset N] [--records N] [--all]
      [--max-pages N] [--max-sessions N] [--format table|csv|json]
  usage-session-cli start --subscription S --session ID --uom E
      (--pricing-component-id P | --pricing-component-name N)
      [--description B] [--start DATUMZEIT] [--format ...]
  usage-session-cli stop --subscription S --session ID --uom E [--stop DATUMZEIT] [--format ...]
  usage-session-cli start|stop --from-file INHALT.json   (eine CompoundUsageSession)

Das Zugriffstoken wird aus --token-file oder BILLFORWARD_ACCESS_TOKEN gelesen, nie aus einem Argument.
Zeitpunkte sind in ISO 8601 anzugeben, zum Beispiel 2026-02-27T13:15:51Z.</translation>
    </message>
    <message>
        <source>list --all: the most pages one run reads (default %1); at that ceiling the run stops with an error and exit code 1.</source>
        <translation>list --all: Höchstzahl der Seiten, die ein Aufruf liest (Standard %1); an dieser Obergrenze endet der Aufruf mit einem Fehler und Exit-Code 1.</translation>
    </message>
    <message>
        <source>list --all: the most sessions one run reads (default %1); at that ceiling the run stops with an error and exit code 1.</source>
        <translation>list --all: Höchstzahl der Sitzungen, die ein Aufruf liest (Standard %1); an dieser Obergrenze endet der Aufruf mit einem Fehler und Exit-Code 1.</translation>
    </message>
    <message>
        <source>--%1 applies to list --all only.</source>
        <translation>--%1 gilt nur für list --all.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of 1 or more.</source>
        <translation>--%1 muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>To read more, raise the ceiling with --max-pages N.</source>
        <translation>Um mehr zu lesen, erhöhen Sie die Obergrenze mit --max-pages N.</translation>
    </message>
    <message>
        <source>To read more, raise the ceiling with --max-sessions N.</source>
        <translation>Um mehr zu lesen, erhöhen Sie die Obergrenze mit --max-sessions N.</translation>
    </message>
    <message>
        <source>check finds the active sessions that need attention.</source>
        <translation>check findet die aktiven Sitzungen, die Aufmerksamkeit erfordern.</translation>
    </message>
    <message>
        <source>Print the active sessions that need attention, with the reason, and exit with the
monitoring-plugin status that Nagios, Icinga or a cron job reads.

  usage-session-cli check SUBSCRIPTION... [--subscriptions-file FILE]
      [--longer-than DURATION] [--limit UNIT=DURATION]... [--component-limit COMPONENT=DURATION]...
      [--format table|csv|json]

A session needs attention when it has run longer than its limit (counted from the start of the
first part of its run), or when it starts in the future. Its limit is the one of its pricing
component, else of its unit, else --longer-than (default 24h). Durations: 90m, 8h, 3d, 1d12h.
The active sessions of all subscriptions are read as the app&apos;s sweep reads them: at most 4
requests in flight, pausing when the server asks to wait.

csv and json: one record per session with subscriptionID, sessionID, uom, pricing component,
runStart, runMs, limitMs, reason (over-limit or future-start) and reasonText.
table: a summary line first, for a monitoring system&apos;s status. Subscriptions that could not be
read are named on standard error.</source>
        <translation>Die aktiven Sitzungen ausgeben, die Aufmerksamkeit erfordern, mit dem Grund, und mit dem
Exit-Status eines Monitoring-Plugins enden, den Nagios, Icinga oder ein Cron-Job auswertet.

  usage-session-cli check ABONNEMENT... [--subscriptions-file DATEI]
      [--longer-than DAUER] [--limit EINHEIT=DAUER]... [--component-limit PREISKOMPONENTE=DAUER]...
      [--format table|csv|json]

Eine Sitzung erfordert Aufmerksamkeit, wenn sie länger als ihre Grenze läuft (gezählt ab dem Start
des ersten Abschnitts ihres Laufs) oder wenn ihr Start in der Zukunft liegt. Ihre Grenze ist die
ihrer Preiskomponente, sonst die ihrer Einheit, sonst --longer-than (Standard 24h).
Dauern: 90m, 8h, 3d, 1d12h.
Die aktiven Sitzungen aller Abonnements werden so gelesen, wie das Programm die Beobachtungsliste
liest: höchstens 4 Anfragen gleichzeitig, mit einer Pause, wenn der Server darum bittet.

csv und json: ein Datensatz je Sitzung mit subscriptionID, sessionID, uom, Preiskomponente,
runStart, runMs, limitMs, reason (over-limit oder future-start) und reasonText.
table: zuerst eine Zusammenfassung in einer Zeile, als Status für ein Monitoring-System.
Abonnements, die nicht gelesen werden konnten, werden in der Standardfehlerausgabe genannt.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Subscription IDs to check.</source>
        <translation>Die zu prüfenden Abonnement-IDs.</translation>
    </message>
    <message>
        <source>Check which active sessions need attention, for monitoring (see usage-session-cli check --help):
  usage-session-cli check SUBSCRIPTION... [--subscriptions-file FILE]
      [--longer-than DURATION] [--limit UNIT=DURATION]... [--component-limit COMPONENT=DURATION]...
      [--format table|csv|json]</source>
        <translation>Prüfen, welche aktiven Sitzungen Aufmerksamkeit erfordern, für das Monitoring (siehe usage-session-cli check --help):
  usage-session-cli check ABONNEMENT... [--subscriptions-file DATEI]
      [--longer-than DAUER] [--limit EINHEIT=DAUER]... [--component-limit PREISKOMPONENTE=DAUER]...
      [--format table|csv|json]</translation>
    </message>
    <message>
        <source>check: also the subscriptions in this file: one ID per line, or a CSV column named subscriptionID; - reads standard input; # starts a comment.</source>
        <translation>check: zusätzlich die Abonnements in dieser Datei: eine ID pro Zeile oder eine CSV-Spalte namens subscriptionID; - liest die Standardeingabe; # beginnt einen Kommentar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>check: the default limit: a session running longer needs attention (default 24h). Durations: 90m, 8h, 3d, 1d12h.</source>
        <translation>check: die Standardgrenze: eine Sitzung, die länger läuft, erfordert Aufmerksamkeit (Standard 24h). Dauern: 90m, 8h, 3d, 1d12h.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>check: the limit for sessions of this unit of measure (repeatable).</source>
        <translation>check: die Grenze für Sitzungen dieser Maßeinheit (wiederholbar).</translation>
    </message>
    <message>
        <source>UNIT=DURATION</source>
        <translation>EINHEIT=DAUER</translation>
    </message>
    <message>
        <source>check: the limit for sessions of this pricing component, by its name (or its ID when it has none); before a unit&apos;s limit (repeatable).</source>
        <translation>check: die Grenze für Sitzungen dieser Preiskomponente, nach ihrem Namen (oder ihrer ID, wenn sie keinen hat); geht der Grenze einer Einheit vor (wiederholbar).</translation>
    </message>
    <message>
        <source>COMPONENT=DURATION</source>
        <translation>PREISKOMPONENTE=DAUER</translation>
    </message>
    <message>
        <source>list, start, stop or check.</source>
        <translation>list, start, stop oder check.</translation>
    </message>
    <message>
        <source>check: requests sent at once, 1 to 6 (default 4); the server is shared with the customer&apos;s own integration.</source>
        <translation>check: gleichzeitig gesendete Anfragen, 1 bis 6 (Standard 4); der Server wird mit der eigenen Integration des Kunden geteilt.</translation>
    </message>
    <message>
        <source>Totals per unit and state instead of the sessions (--between: only the part inside a range, as a bill counts):
  usage-session-cli list SUBSCRIPTION... --all --summary [--between FROM..TO] [--active] [--format ...]</source>
        <translation>Summen je Einheit und Status statt der Sitzungen (--between: nur der Teil in einem Zeitraum, wie eine Rechnung zählt):
  usage-session-cli list ABONNEMENT... --all --summary [--between VON..BIS] [--active] [--format ...]</translation>
    </message>
    <message>
        <source>list --all: instead of the sessions, per unit and state the number of sessions, their total duration (active ones up to now), earliest start and latest stop.</source>
        <translation>list --all: statt der Sitzungen je Einheit und Status die Anzahl der Sitzungen, ihre Gesamtdauer (aktive bis jetzt), früheste Startzeit und späteste Endzeit.</translation>
    </message>
    <message>
        <source>list --all --summary: count only the part of each session inside this range, as a bill would: FROM..TO, half-open, each end a date (local midnight), a local date and time or an instant with Z or an offset; or this-month, last-month, 2026-11, 2026-11-03 and the like. The UTC instants used are printed.</source>
        <translation>list --all --summary: nur den Teil jeder Sitzung in diesem Zeitraum zählen, wie eine Rechnung: VON..BIS, halboffen, jedes Ende ein Datum (Mitternacht Ortszeit), ein lokales Datum mit Uhrzeit oder ein Zeitpunkt mit Z oder Zeitzonenversatz; oder this-month, last-month, 2026-11, 2026-11-03 und ähnlich. Die verwendeten UTC-Zeitpunkte werden ausgegeben.</translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation>VON..BIS</translation>
    </message>
    <message>
        <source>--summary counts every session, so it needs --all: usage-session-cli list SUBSCRIPTION --all --summary.</source>
        <translation>--summary zählt jede Sitzung und braucht daher --all: usage-session-cli list ABONNEMENT --all --summary.</translation>
    </message>
    <message>
        <source>--between applies to list --all --summary only: the totals count the part of each session inside the range. To list sessions, leave --between out.</source>
        <translation>--between gilt nur für list --all --summary: Die Summen zählen den Teil jeder Sitzung im Zeitraum. Um Sitzungen aufzulisten, lassen Sie --between weg.</translation>
    </message>
    <message>
        <source>--between: %1</source>
        <translation>--between: %1</translation>
    </message>
    <message>
        <source>the range is empty; give FROM..TO, for example 2026-11-01..2026-12-01.</source>
        <translation>der Zeitraum ist leer; geben Sie VON..BIS an, zum Beispiel 2026-11-01..2026-12-01.</translation>
    </message>
</context>
<context>
    <name>BillForward::CliCheckCommand</name>
    <message>
        <source>the check was interrupted before every subscription was read; nothing was judged.</source>
        <translation>die Prüfung wurde unterbrochen, bevor alle Abonnements gelesen waren; es wurde nichts beurteilt.</translation>
    </message>
    <message>
        <source>Exit status of check (the monitoring-plugin convention of Nagios and Icinga):
  0  no active session needs attention, and every subscription was read
  2  at least one active session needs attention, even if some subscriptions could not be read
     (those are named on standard error)
  3  cannot tell: the command line is wrong, the server could not be reached or refused the
     token, or some subscriptions could not be read and none of the others needs attention
</source>
        <translation>Exit-Status von check (die Konvention der Monitoring-Plugins von Nagios und Icinga):
  0  keine aktive Sitzung erfordert Aufmerksamkeit, und jedes Abonnement wurde gelesen
  2  mindestens eine aktive Sitzung erfordert Aufmerksamkeit, auch wenn manche Abonnements nicht
     gelesen werden konnten (diese werden in der Standardfehlerausgabe genannt)
  3  nicht feststellbar: die Befehlszeile ist falsch, der Server war nicht erreichbar oder hat das
     Token abgelehnt, oder manche Abonnements konnten nicht gelesen werden und keines der übrigen
     erfordert Aufmerksamkeit
</translation>
    </message>
    <message>
        <source>no subscription could be read, so the check cannot tell whether a session needs attention.</source>
        <translation>kein Abonnement konnte gelesen werden, daher kann die Prüfung nicht feststellen, ob eine Sitzung Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions could not be read, and no session in the others needs attention: the check cannot tell. See the errors above.</source>
        <translation>%1 von %2 Abonnements konnten nicht gelesen werden, und keine Sitzung der übrigen erfordert Aufmerksamkeit: Die Prüfung kann es nicht feststellen. Siehe die Fehler oben.</translation>
    </message>
    <message>
        <source>none of the %1 subscriptions could be read:</source>
        <translation>keines der %1 Abonnements konnte gelesen werden:</translation>
    </message>
</context>
<context>
    <name>BillForward::CliWriteCommand</name>
    <message>
        <source>%1 is BillForward production: nothing was sent. Starts and stops there change what customers are charged; add --allow-production to do it on purpose.</source>
        <translation>%1 ist die BillForward-Produktion: Es wurde nichts gesendet. Das Starten und Beenden von Sitzungen dort ändert, was Kunden berechnet wird; geben Sie --allow-production an, wenn das beabsichtigt ist.</translation>
    </message>
    <message>
        <source>the server did not confirm the change; asking it what happened (Ctrl+C stops checking)…</source>
        <translation>der Server hat die Änderung nicht bestätigt; es wird nachgefragt, was geschehen ist (Strg+C beendet die Prüfung) …</translation>
    </message>
    <message>
        <source>interrupted while waiting for the server&apos;s answer; the request may have reached the server: check with list before trying again.</source>
        <translation>beim Warten auf die Antwort des Servers unterbrochen; die Anfrage hat den Server vielleicht erreicht: Prüfen Sie mit list, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Exit status of list, start and stop:
  0  done: every session listed, started or stopped
  1  refused or failed: nothing changed, or the items marked did-not-take-effect did not
  2  the command line is wrong; nothing was sent
  3  outcome unknown: the server may have applied the change; check with list before
     trying again (a script must not simply retry on 3)

start and stop against production (billforward.net) need --allow-production.
Every start and stop is written to the app&apos;s journal before it is sent.
CSV output is raw, for scripts: values are not guarded against spreadsheet formulas.
</source>
        <translation>Exit-Status von list, start und stop:
  0  erledigt: jede Sitzung aufgelistet, gestartet oder beendet
  1  abgelehnt oder fehlgeschlagen: nichts geändert, oder die als did-not-take-effect markierten Einträge wurden nicht wirksam
  2  die Befehlszeile ist falsch; nichts wurde gesendet
  3  Ergebnis unbekannt: der Server hat die Änderung vielleicht ausgeführt; vor einem neuen Versuch
     mit list prüfen (ein Skript darf bei 3 nicht einfach wiederholen)

start und stop auf der Produktion (billforward.net) brauchen --allow-production.
Jedes Starten und Beenden wird vor dem Senden in das Protokoll des Programms geschrieben.
Die CSV-Ausgabe ist unbearbeitet, für Skripte: Werte sind nicht gegen Tabellenkalkulationsformeln geschützt.
</translation>
    </message>
</context>
<context>
    <name>BillForward::DecodeError</name>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>Ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>Invalid JSON at %1: %2</source>
        <translation>Ungültiges JSON an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>BillForward::SessionFetcher</name>
    <message>
        <source>The server sent the page at offset %1 of subscription %2 again: it holds no session not received before, yet the server says more follow. Loading stopped there, after %3 sessions, so that it does not run forever; the list is incomplete. Report this to the server&apos;s operator.</source>
        <translation>Der Server hat die Seite bei Offset %1 des Abonnements %2 erneut gesendet: Sie enthält keine Sitzung, die nicht schon empfangen wurde, doch der Server meldet weitere. Das Laden wurde dort nach %3 Sitzungen beendet, damit es nicht endlos läuft; die Liste ist unvollständig. Melden Sie dies dem Betreiber des Servers.</translation>
    </message>
    <message>
        <source>Loading stopped at the session ceiling of %1 sessions, the most one load reads: the list of subscription %2 is incomplete. Narrow the list (for example to active sessions or to one organization).</source>
        <translation>Das Laden endete an der Obergrenze von %1 Sitzungen, der Höchstzahl für einen Ladevorgang: Die Liste des Abonnements %2 ist unvollständig. Grenzen Sie die Liste ein (zum Beispiel auf aktive Sitzungen oder eine Organisation).</translation>
    </message>
    <message>
        <source>Loading stopped at the page ceiling of %1 pages, the most one load reads, and the server says more follow: the list of subscription %2 is incomplete (%3 sessions). Ask for larger pages, or narrow the list.</source>
        <translation>Das Laden endete an der Obergrenze von %1 Seiten, der Höchstzahl für einen Ladevorgang, und der Server meldet weitere: Die Liste des Abonnements %2 ist unvollständig (%3 Sitzungen). Fordern Sie größere Seiten an oder grenzen Sie die Liste ein.</translation>
    </message>
</context>
<context>
    <name>BillForward::SessionFormatter</name>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>IX</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>PRICING COMPONENT</source>
        <translation>PREISKOMPONENTE</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
</context>
<context>
    <name>BillForward::SummaryFormatter</name>
    <message>
        <source>Whole sessions; active ones counted up to %1.</source>
        <translation>Ganze Sitzungen; aktive bis %1 gezählt.</translation>
    </message>
    <message>
        <source>Only the part of each session from %1 up to (not including) %2; active ones counted up to %3.</source>
        <translation>Nur der Teil jeder Sitzung von %1 bis (ausschließlich) %2; aktive bis %3 gezählt.</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SITZUNGEN</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>EARLIEST START</source>
        <translation>FRÜHESTER START</translation>
    </message>
    <message>
        <source>LATEST STOP</source>
        <translation>SPÄTESTES ENDE</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
</context>
<context>
    <name>ConcurrencyStrip</name>
    <message>
        <source>Sessions running at once</source>
        <translation>Gleichzeitig laufende Sitzungen</translation>
    </message>
    <message>
        <source>No sessions to count</source>
        <translation>Keine Sitzungen zum Zählen</translation>
    </message>
    <message>
        <source>max %1 at %2</source>
        <extracomment>The most sessions running at once in the view, and when: &quot;max 37 at 27.02.2026 14:05:00&quot;</extracomment>
        <translation>max. %1 am %2</translation>
    </message>
    <message>
        <source>Sessions running at once: none of the sessions shown has started</source>
        <translation>Gleichzeitig laufende Sitzungen: Keine der angezeigten Sitzungen hat begonnen</translation>
    </message>
    <message>
        <source>Sessions running at once: at most %1, at %2</source>
        <translation>Gleichzeitig laufende Sitzungen: höchstens %1, am %2</translation>
    </message>
    <message>
        <source>max %1 in view · %2</source>
        <extracomment>Over the strip when zoomed in: the most sessions at once within the visible span, then overall</extracomment>
        <translation>max. %1 im Ausschnitt · %2</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>BillForward sandbox</source>
        <translation>BillForward-Sandbox</translation>
    </message>
    <message>
        <source>BillForward production</source>
        <translation>BillForward-Produktion</translation>
    </message>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation>Demo (eingebauter Emulator)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>no access token was given.</source>
        <translation>Es wurde kein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Verbindung zu „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <source>Waiting for the access token for “%1”</source>
        <translation>Warten auf das Zugriffstoken für „%1“</translation>
    </message>
    <message>
        <source>Connected to “%1”</source>
        <translation>Verbunden mit „%1“</translation>
    </message>
    <message>
        <source>Not connected to “%1”: %2</source>
        <translation>Nicht mit „%1“ verbunden: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a session to see all its fields here.</source>
        <translation>Wählen Sie eine Sitzung aus, um hier alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>Nr. %1 %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;One logical session in %1 parts&lt;/b&gt; (cut at billing-period ends), total duration &lt;b&gt;%2&lt;/b&gt;:&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Eine logische Sitzung in %1 Abschnitten&lt;/b&gt; (an den Enden der Abrechnungszeiträume geteilt), Gesamtdauer &lt;b&gt;%2&lt;/b&gt;:&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Total duration &lt;b&gt;%1&lt;/b&gt; (not cut at a billing-period end).</source>
        <translation>Gesamtdauer &lt;b&gt;%1&lt;/b&gt; (nicht an einem Abrechnungszeitraum geteilt).</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Erfordert Aufmerksamkeit: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>No duration given: type one like 90m, 8h, 3d or 1d12h.</source>
        <translation>Keine Dauer angegeben: Geben Sie eine wie 90m, 8h, 3d oder 1d12h ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: give a number and a unit (d, h, min, s), like 90m, 8h or 1d12h.</source>
        <translation>„%1“ ist keine Dauer: Geben Sie eine Zahl und eine Einheit an (d, h, min, s), etwa 90m, 8h oder 1d12h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a number without a unit: add d, h, min or s, like 8h.</source>
        <translation>„%1“ enthält eine Zahl ohne Einheit: Ergänzen Sie d, h, min oder s, etwa 8h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a unit: use d, h, min (or m) or s.</source>
        <translation>„%1“ in „%2“ ist keine Einheit: Verwenden Sie d, h, min (oder m) oder s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a unit twice or out of order: write the largest first, like 1d12h.</source>
        <translation>„%1“ nennt eine Einheit doppelt oder in falscher Reihenfolge: Schreiben Sie die größte zuerst, etwa 1d12h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 100 years: give a shorter duration.</source>
        <translation>„%1“ ist länger als 100 Jahre: Geben Sie eine kürzere Dauer an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time at all: give a duration of at least one second.</source>
        <translation>„%1“ ist keine Zeitspanne: Geben Sie eine Dauer von mindestens einer Sekunde an.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>EmptyListNote</name>
    <message>
        <source>subscription %1 has no active sessions in the given organizations. Without --active and --organization it may list some; an unknown subscription or organization ID also lists none: check the IDs.</source>
        <translation>Abonnement %1 hat in den angegebenen Organisationen keine aktiven Sitzungen. Ohne --active und --organization werden möglicherweise welche aufgelistet; auch bei einer unbekannten Abonnement- oder Organisations-ID wird keine aufgelistet: Prüfen Sie die IDs.</translation>
    </message>
    <message>
        <source>subscription %1 has no active sessions. That does not tell whether it has ended ones, or exists at all: list it without --active, and if that lists none, check the ID.</source>
        <translation>Abonnement %1 hat keine aktiven Sitzungen. Daraus geht nicht hervor, ob es beendete Sitzungen hat oder überhaupt existiert: Listen Sie es ohne --active auf; wird dann keine aufgelistet, prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>subscription %1 has no usage sessions in the given organizations. BillForward answers an unknown subscription or organization ID the same way: check the IDs.</source>
        <translation>Abonnement %1 hat in den angegebenen Organisationen keine Nutzungssitzungen. BillForward antwortet auf eine unbekannte Abonnement- oder Organisations-ID genauso: Prüfen Sie die IDs.</translation>
    </message>
    <message>
        <source>subscription %1 has no usage sessions. BillForward answers an unknown subscription ID the same way: check the ID.</source>
        <translation>Abonnement %1 hat keine Nutzungssitzungen. BillForward antwortet auf eine unbekannte Abonnement-ID genauso: Prüfen Sie die ID.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Session ID, description, unit… or uom:minutes state:active pc:…</source>
        <translation>Sitzungs-ID, Beschreibung, Einheit … oder uom:minutes state:active pc:…</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Show all states</source>
        <translation>Alle Status anzeigen</translation>
    </message>
    <message>
        <source>Show active sessions only</source>
        <translation>Nur aktive Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Show historic sessions only</source>
        <translation>Nur beendete Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Nach Einheit filtern</translation>
    </message>
    <message>
        <source>Pricing components</source>
        <translation>Preiskomponenten</translation>
    </message>
    <message>
        <source>Filter by pricing component</source>
        <translation>Nach Preiskomponente filtern</translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation>Gestartet &amp;zwischen</translation>
    </message>
    <message>
        <source>Filter by start date</source>
        <translation>Nach Startdatum filtern</translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation>Gestartet am oder nach dem</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Gestartet am oder vor dem</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>Active %1</source>
        <translation>Aktive %1</translation>
    </message>
    <message>
        <source>Historic %1</source>
        <translation>Beendete %1</translation>
    </message>
    <message>
        <source>Units: any</source>
        <translation>Einheiten: alle</translation>
    </message>
    <message numerus="yes">
        <source>Units: %n</source>
        <translation>
            <numerusform>Einheiten: %n</numerusform>
            <numerusform>Einheiten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pricing components: any</source>
        <translation>Preiskomponenten: alle</translation>
    </message>
    <message numerus="yes">
        <source>Pricing components: %n</source>
        <translation>
            <numerusform>Preiskomponenten: %n</numerusform>
            <numerusform>Preiskomponenten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing loaded yet)</source>
        <translation>(noch nichts geladen)</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>First day of the start-date range, in local time. Turn on “Started between” to use it.</source>
        <translation>Erster Tag des Zeitraums der Startdaten, in Ortszeit. Schalten Sie „Gestartet zwischen“ ein, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>Last day of the start-date range, in local time, included.</source>
        <translation>Letzter Tag des Zeitraums der Startdaten, in Ortszeit, einschließlich.</translation>
    </message>
    <message>
        <source>Show sessions that need attention only</source>
        <translation>Nur Sitzungen anzeigen, die Aufmerksamkeit erfordern</translation>
    </message>
    <message>
        <source>Running sessions that need a look: past their time limit, longer than nearly all ended sessions of their pricing component, or starting in the future</source>
        <translation>Laufende Sitzungen, die geprüft werden sollten: über ihrer Laufzeitgrenze, länger als fast alle beendeten Sitzungen ihrer Preiskomponente oder mit einem Start in der Zukunft</translation>
    </message>
    <message>
        <source>Needs attention %1</source>
        <translation>Erfordert Aufmerksamkeit %1</translation>
    </message>
    <message>
        <source>Search as you type. Terms like uom:minutes, state:active, session:…, pc:…, org:…, sub:… or desc:… restrict one field; duration:&gt;8h, duration:&lt;30m and ended:last-month restrict by time. Ctrl+F to focus, Esc to clear.</source>
        <translation>Sucht während der Eingabe. Begriffe wie uom:minutes, state:active, session:…, pc:…, org:…, sub:… oder desc:… beschränken die Suche auf ein Feld; duration:&gt;8h, duration:&lt;30m und ended:last-month beschränken sie zeitlich. Strg+F setzt den Fokus, Esc leert das Feld.</translation>
    </message>
    <message>
        <source>%1
Remove this filter, or correct it in the search field.</source>
        <translation>%1
Entfernen Sie diesen Filter oder korrigieren Sie ihn im Suchfeld.</translation>
    </message>
</context>
<context>
    <name>FilterJson</name>
    <message>
        <source>The filter’s “%1” is not text.</source>
        <translation>„%1“ des Filters ist kein Text.</translation>
    </message>
    <message>
        <source>The filter’s state “%1” is not one of all, active, historic, needsAttention.</source>
        <translation>Der Status „%1“ des Filters ist keiner der Werte all, active, historic, needsAttention.</translation>
    </message>
    <message>
        <source>The filter’s “%1” is not a list of names.</source>
        <translation>„%1“ des Filters ist keine Liste von Namen.</translation>
    </message>
    <message>
        <source>The filter’s “%1” holds an entry that is not a name.</source>
        <translation>„%1“ des Filters enthält einen Eintrag, der kein Name ist.</translation>
    </message>
    <message>
        <source>The filter’s “%1” is not a date such as 2026-11-01.</source>
        <translation>„%1“ des Filters ist kein Datum wie 2026-11-01.</translation>
    </message>
    <message>
        <source>The filter’s period: %1</source>
        <translation>Zeitraum des Filters: %1</translation>
    </message>
</context>
<context>
    <name>HeldStopsBar</name>
    <message>
        <source>Stop waiting to be sent</source>
        <translation>Beenden, das auf das Senden wartet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the stop</source>
        <translation>Beenden rückgängig machen</translation>
    </message>
    <message>
        <source>Take the stop back: nothing is sent (Ctrl+Z)</source>
        <translation>Beenden zurücknehmen: nichts wird gesendet (Strg+Z)</translation>
    </message>
    <message>
        <source>Stopping 1 session…</source>
        <translation>1 Sitzung wird beendet …</translation>
    </message>
    <message>
        <source>Stopping %1 sessions…</source>
        <translation>%1 Sitzungen werden beendet …</translation>
    </message>
    <message>
        <source>Stop of 1 session undone: nothing was sent.</source>
        <translation>Beenden von 1 Sitzung rückgängig gemacht: nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Stop of %1 sessions undone: nothing was sent.</source>
        <translation>Beenden von %1 Sitzungen rückgängig gemacht: nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 The journal could not record it: %2</source>
        <translation>%1 Das Protokoll konnte es nicht festhalten: %2</translation>
    </message>
    <message>
        <source>Stopping 1 session in %1 s —</source>
        <translation>1 Sitzung wird in %1 s beendet –</translation>
    </message>
    <message>
        <source>Stopping %1 sessions in %2 s —</source>
        <translation>%1 Sitzungen werden in %2 s beendet –</translation>
    </message>
    <message>
        <source>Stop of 1 session waits for the access token —</source>
        <translation>Das Beenden von 1 Sitzung wartet auf das Zugriffstoken –</translation>
    </message>
    <message>
        <source>Stop of %1 sessions waits for the access token —</source>
        <translation>Das Beenden von %1 Sitzungen wartet auf das Zugriffstoken –</translation>
    </message>
</context>
<context>
    <name>HeldStopsQuestion</name>
    <message>
        <source>A stop of 1 session is waiting to be sent.</source>
        <translation>Das Beenden von 1 Sitzung wartet darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>A stop of %1 sessions is waiting to be sent.</source>
        <translation>Das Beenden von %1 Sitzungen wartet darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>Stop not sent yet</source>
        <translation>Beenden noch nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Send the stop now</source>
        <translation>Beenden jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Undo the stop</source>
        <translation>Beenden &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the stop: nothing is sent</source>
        <translation>Beenden rückgängig machen: nichts wird gesendet</translation>
    </message>
    <message>
        <source>Cancel: stay, the stop stays held</source>
        <translation>Abbrechen: bleiben, das Beenden wartet weiter</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal of starts and stops</source>
        <translation>Protokoll der Starts und Beendigungen</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Protokolleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Actions recorded: %1. Journal file: %2</source>
        <translation>Aufgezeichnete Aktionen: %1. Protokolldatei: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (readable by you only).</source>
        <translation>Nach %1 exportiert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Every start and stop this app sent: time, connection, action, sessions and outcome.</source>
        <translation>Jeder Start und jedes Beenden, das dieses Programm gesendet hat: Zeit, Verbindung, Aktion, Sitzungen und Ergebnis.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sent, no answer recorded</source>
        <translation>Gesendet, keine Antwort aufgezeichnet</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Abgelehnt: %1 – %2</translation>
    </message>
    <message>
        <source>Not confirmed (%1); reconciled: %2 took effect, %3 did not, %4 still unknown</source>
        <translation>Nicht bestätigt (%1); abgeglichen: %2 wirksam, %3 nicht, %4 noch unbekannt</translation>
    </message>
    <message>
        <source>Undone before sending: nothing was sent</source>
        <translation>Vor dem Senden rückgängig gemacht: nichts wurde gesendet</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;ISO 8601 dates</source>
        <translation>Datum nach &amp;ISO 8601</translation>
    </message>
    <message>
        <source>Show dates and times as 2026-02-27 13:15:51 instead of in the system&apos;s format</source>
        <translation>Datum und Uhrzeit als 2026-02-27 13:15:51 statt im Format des Systems anzeigen</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Usage Session Admin.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Usage Session Admin.</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeField</name>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>Sent as %1 UTC</source>
        <translation>Gesendet als %1 UTC</translation>
    </message>
    <message>
        <source>Local time. It is sent as %1 UTC.</source>
        <translation>Ortszeit. Gesendet wird %1 UTC.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>&amp;Open subscription…</source>
        <translation>Abonnement ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Type or paste a subscription ID</source>
        <translation>Abonnement-ID eingeben oder einfügen</translation>
    </message>
    <message>
        <source>&amp;Export filtered rows…</source>
        <translation>Gefilterte Zeilen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>A&amp;ctive sessions</source>
        <translation>&amp;Aktive Sitzungen</translation>
    </message>
    <message>
        <source>A&amp;ll sessions</source>
        <translation>A&amp;lle Sitzungen</translation>
    </message>
    <message>
        <source>Load only the sessions running now (Ctrl+1)</source>
        <translation>Nur die gerade laufenden Sitzungen laden (Strg+1)</translation>
    </message>
    <message>
        <source>Load every session, running and ended (Ctrl+2)</source>
        <translation>Alle Sitzungen laden, laufende und beendete (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every &amp;10 seconds</source>
        <translation>Alle &amp;10 Sekunden</translation>
    </message>
    <message>
        <source>Every &amp;30 seconds</source>
        <translation>Alle &amp;30 Sekunden</translation>
    </message>
    <message>
        <source>Every &amp;60 seconds</source>
        <translation>Alle &amp;60 Sekunden</translation>
    </message>
    <message>
        <source>Auto-refresh: off</source>
        <translation>Automatisch aktualisieren: aus</translation>
    </message>
    <message>
        <source>Auto-refresh: %1 s</source>
        <translation>Automatisch aktualisieren: %1 s</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Start session…</source>
        <translation>Sitzung &amp;starten …</translation>
    </message>
    <message>
        <source>S&amp;top selected</source>
        <translation>Ausgewählte &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Allow changes…</source>
        <translation>Änderungen &amp;erlauben …</translation>
    </message>
    <message>
        <source>Production opens read-only: allow starting and stopping until the app closes</source>
        <translation>Produktion öffnet schreibgeschützt: Starten und Beenden erlauben, bis das Programm geschlossen wird</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Protokoll …</translation>
    </message>
    <message>
        <source>Every start and stop sent from this computer, and its outcome</source>
        <translation>Jedes von diesem Computer gesendete Starten und Beenden mit seinem Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>Verbindungen &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table that pastes into a spreadsheet</source>
        <translation>Die ausgewählten Zeilen als Tabelle kopieren, die sich in eine Tabellenkalkulation einfügen lässt</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Filter by this &amp;unit</source>
        <translation>Nach dieser Ei&amp;nheit filtern</translation>
    </message>
    <message>
        <source>Filter by this &amp;pricing component</source>
        <translation>Nach dieser Pre&amp;iskomponente filtern</translation>
    </message>
    <message>
        <source>&amp;About Usage Session Admin</source>
        <translation>Ü&amp;ber Usage Session Admin</translation>
    </message>
    <message>
        <source>About Usage Session Admin</source>
        <translation>Über Usage Session Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usage Session Admin&lt;/b&gt; %1&lt;br&gt;View, start and stop BillForward usage sessions.&lt;br&gt;Connected to: %2</source>
        <translation>&lt;b&gt;Usage Session Admin&lt;/b&gt; %1&lt;br&gt;BillForward-Nutzungssitzungen ansehen, starten und beenden.&lt;br&gt;Verbunden mit: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Details &amp;panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
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
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>Abo&amp;nnement:</translation>
    </message>
    <message>
        <source>Connection notice</source>
        <translation>Hinweis zur Verbindung</translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation>Änderungen erlauben …</translation>
    </message>
    <message>
        <source>Allow changes on production</source>
        <translation>Änderungen in der Produktion erlauben</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Scroll rows</source>
        <translation>Zeilen scrollen</translation>
    </message>
    <message>
        <source>Scroll columns</source>
        <translation>Spalten scrollen</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Close details panel</source>
        <translation>Detailbereich schließen</translation>
    </message>
    <message>
        <source>Detach details panel</source>
        <translation>Detailbereich ablösen</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Scrollen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot switch connections</source>
        <translation>Verbindung kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>A start or stop is still waiting for the server’s answer. Switch once it has been answered.</source>
        <translation>Ein Starten oder Beenden wartet noch auf die Antwort des Servers. Wechseln Sie, sobald sie eingetroffen ist.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection: %1, %2. Choose another connection</source>
        <translation>Verbindung: %1, %2. Andere Verbindung wählen</translation>
    </message>
    <message>
        <source>Connection: not connected</source>
        <translation>Verbindung: nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — %2
Server: %3
Click to choose another connection</source>
        <translation>%1 – %2
Server: %3
Klicken, um eine andere Verbindung zu wählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production — read-only.&lt;/b&gt; You are looking at live billing data. This connection never starts or stops sessions.</source>
        <translation>&lt;b&gt;Produktion – schreibgeschützt.&lt;/b&gt; Sie sehen echte Abrechnungsdaten. Diese Verbindung startet oder beendet nie Sitzungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production — read-only.&lt;/b&gt; You are looking at live billing data. Starting and stopping sessions is off until you allow changes.</source>
        <translation>&lt;b&gt;Produktion – schreibgeschützt.&lt;/b&gt; Sie sehen echte Abrechnungsdaten. Starten und Beenden von Sitzungen ist aus, bis Sie Änderungen erlauben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production — changes allowed&lt;/b&gt; until the app closes. Every start and stop changes what customers are billed.</source>
        <translation>&lt;b&gt;Produktion – Änderungen erlaubt&lt;/b&gt;, bis das Programm geschlossen wird. Jedes Starten und Beenden ändert, was Kunden berechnet wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only connection.&lt;/b&gt; Sessions cannot be started or stopped through “%1”.</source>
        <translation>&lt;b&gt;Schreibgeschützte Verbindung.&lt;/b&gt; Über „%1“ können keine Sitzungen gestartet oder beendet werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; These sessions come from a server built into this app, not from BillForward. Changes you make stay on this computer.</source>
        <translation>&lt;b&gt;Demodaten.&lt;/b&gt; Diese Sitzungen stammen von einem in dieses Programm eingebauten Server, nicht von BillForward. Ihre Änderungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox.&lt;/b&gt; BillForward’s test environment: changes here bill no one.</source>
        <translation>&lt;b&gt;Sandbox.&lt;/b&gt; Die Testumgebung von BillForward: Änderungen hier werden niemandem berechnet.</translation>
    </message>
    <message>
        <source>Connection notice: %1</source>
        <translation>Hinweis zur Verbindung: %1</translation>
    </message>
    <message>
        <source>Could not load sessions</source>
        <translation>Sitzungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading the sessions of %1 failed.

%2</source>
        <translation>Das Laden der Sitzungen von %1 ist fehlgeschlagen.

%2</translation>
    </message>
    <message>
        <source>Filter by unit “%1”</source>
        <translation>Nach Einheit „%1“ filtern</translation>
    </message>
    <message>
        <source>Filter by pricing component “%1”</source>
        <translation>Nach Preiskomponente „%1“ filtern</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>Gefilterte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage Session Admin</source>
        <translation>Usage Session Admin</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Start one session or several on a subscription</source>
        <translation>Eine oder mehrere Sitzungen in einem Abonnement starten</translation>
    </message>
    <message>
        <source>Stop the selected running sessions (select rows that are Active)</source>
        <translation>Die ausgewählten laufenden Sitzungen beenden (Zeilen mit Status Aktiv auswählen)</translation>
    </message>
    <message>
        <source>Starting 1 session…</source>
        <translation>1 Sitzung wird gestartet …</translation>
    </message>
    <message>
        <source>Starting %1 sessions…</source>
        <translation>%1 Sitzungen werden gestartet …</translation>
    </message>
    <message>
        <source>Stops on “%1” are no longer confirmed. Turn it back on in Edit connection…</source>
        <translation>Das Beenden auf „%1“ wird nicht mehr bestätigt. Wieder einschalten unter „Verbindung bearbeiten …“</translation>
    </message>
    <message>
        <source>Changes on production are allowed until the app closes.</source>
        <translation>Änderungen in der Produktion sind erlaubt, bis das Programm geschlossen wird.</translation>
    </message>
    <message>
        <source>The sessions of the open subscription, filtered and sorted; one page at a time. Enter shows a session&apos;s details.</source>
        <translation>Die Sitzungen des geöffneten Abonnements, gefiltert und sortiert; jeweils eine Seite. Die Eingabetaste zeigt die Details einer Sitzung.</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>Stop checking with the server</source>
        <translation>Prüfung beim Server beenden</translation>
    </message>
    <message>
        <source>Stop asking the server whether the change took effect; the sessions not checked yet are reported as unknown</source>
        <translation>Nicht mehr beim Server nachfragen, ob die Änderung wirksam wurde; noch nicht geprüfte Sitzungen werden als unbekannt gemeldet</translation>
    </message>
    <message>
        <source>The server did not confirm the change. Checking with the server whether it took effect…</source>
        <translation>Der Server hat die Änderung nicht bestätigt. Beim Server wird nachgefragt, ob sie wirksam wurde …</translation>
    </message>
    <message>
        <source>None of the %1 loaded sessions matches the filters. Remove a filter, or choose Clear all.</source>
        <translation>Keine der %1 geladenen Sitzungen passt zu den Filtern. Entfernen Sie einen Filter oder wählen Sie „Alle entfernen“.</translation>
    </message>
    <message>
        <source>Subscription %1 has no running sessions. That does not tell whether it has ended ones: choose All sessions (Ctrl+2). If it has none either, check the subscription ID.</source>
        <translation>Abonnement %1 hat keine laufenden Sitzungen. Daraus geht nicht hervor, ob es beendete Sitzungen hat: Wählen Sie „Alle Sitzungen“ (Strg+2). Hat es auch dort keine, prüfen Sie die Abonnement-ID.</translation>
    </message>
    <message>
        <source>Subscription %1 has no usage sessions. BillForward answers the same for a subscription ID it does not know: check the ID.</source>
        <translation>Abonnement %1 hat keine Nutzungssitzungen. BillForward antwortet genauso auf eine Abonnement-ID, die es nicht kennt: Prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>Attention &amp;limits…</source>
        <translation>&amp;Laufzeitgrenzen …</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>Weitere Schaltflächen der Werkzeugleiste</translation>
    </message>
    <message>
        <source>The toolbar buttons the window is too narrow to show</source>
        <translation>Die Schaltflächen der Werkzeugleiste, für die das Fenster zu schmal ist</translation>
    </message>
    <message>
        <source>Send it to the current server before switching connections, or undo it?</source>
        <translation>Vor dem Wechsel der Verbindung an den aktuellen Server senden oder rückgängig machen?</translation>
    </message>
    <message>
        <source>All watched</source>
        <translation>Alle beobachteten</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Send it before closing, or undo it?</source>
        <translation>Vor dem Schließen senden oder rückgängig machen?</translation>
    </message>
    <message>
        <source>Waiting for the server’s answer to the stop before switching connections…</source>
        <translation>Warten auf die Antwort des Servers zum Beenden, bevor die Verbindung gewechselt wird …</translation>
    </message>
    <message>
        <source>Waiting for the server’s answer to the stop before closing…</source>
        <translation>Warten auf die Antwort des Servers zum Beenden, bevor das Fenster geschlossen wird …</translation>
    </message>
    <message>
        <source>Export timeline &amp;picture…</source>
        <translation>Zeitleiste als B&amp;ild exportieren …</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown, as a PNG image or an SVG drawing</source>
        <translation>Die Zeitleiste so, wie sie angezeigt wird, als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Usage sessions of %1</source>
        <translation>Nutzungssitzungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown, exported %1</source>
        <translation>
            <numerusform>%n Sitzung angezeigt, exportiert am %1</numerusform>
            <numerusform>%n Sitzungen angezeigt, exportiert am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the timeline picture to %1</source>
        <translation>Bild der Zeitleiste unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Usage sessions of all watched subscriptions</source>
        <translation>Nutzungssitzungen aller beobachteten Abonnements</translation>
    </message>
    <message>
        <source>Usage sessions</source>
        <translation>Nutzungssitzungen</translation>
    </message>
</context>
<context>
    <name>PaginationBar</name>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation>Zeilen &amp;pro Seite:</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Sei&amp;te</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>How many sessions one page of the table shows.</source>
        <translation>Wie viele Sitzungen eine Seite der Tabelle zeigt.</translation>
    </message>
    <message>
        <source>The page of the filtered sessions the table shows; type a number to go there.</source>
        <translation>Die Seite der gefilterten Sitzungen, die die Tabelle zeigt; geben Sie eine Zahl ein, um dorthin zu wechseln.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>“%1” is not a period. Write a range such as 2026-11-01..2026-12-01 (the end not included), a month such as 2026-11, a day, or one of this-month, last-month, this-week, today.</source>
        <translation>„%1“ ist kein Zeitraum. Schreiben Sie einen Bereich wie 2026-11-01..2026-12-01 (das Ende nicht eingeschlossen), einen Monat wie 2026-11, einen Tag oder eines von this-month, last-month, this-week, today.</translation>
    </message>
    <message>
        <source>The period “%1” ends before it starts, or where it starts: its end is not included, so write a later end.</source>
        <translation>Der Zeitraum „%1“ endet vor oder bei seinem Beginn: Sein Ende ist nicht eingeschlossen, schreiben Sie also ein späteres Ende.</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>dieser Monat</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>letzter Monat</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>dieses Jahr</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 – before %2</source>
        <translation>%1 – vor %2</translation>
    </message>
    <message>
        <source>“%1” names a local time that does not exist: the clock skips it when daylight saving time starts. Write a time after the jump, or a date alone for the whole day.</source>
        <translation>„%1“ nennt eine Ortszeit, die es nicht gibt: Die Uhr überspringt sie, wenn die Sommerzeit beginnt. Schreiben Sie eine Zeit nach dem Sprung oder nur ein Datum für den ganzen Tag.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Filter by period</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <source>Show the sessions that ran during a period (not only those started in it); running sessions count up to now.</source>
        <translation>Zeigt die Sitzungen, die in einem Zeitraum liefen (nicht nur die darin gestarteten); laufende Sitzungen zählen bis jetzt.</translation>
    </message>
    <message>
        <source>&amp;Any time</source>
        <translation>&amp;Jederzeit</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Dieser &amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>&amp;Letzter Monat</translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation>Dieses J&amp;ahr</translation>
    </message>
    <message>
        <source>A &amp;range of dates…</source>
        <translation>&amp;Datumsbereich …</translation>
    </message>
    <message>
        <source>Period: any time</source>
        <translation>Zeitraum: beliebig</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
</context>
<context>
    <name>PeriodRangeDialog</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sessions that ran on any of these days, in local time. Both days are included.</source>
        <translation>Sitzungen, die an einem dieser Tage liefen, in Ortszeit. Beide Tage sind eingeschlossen.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Letzter Tag, einschließlich</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The last day is before the first: choose a later last day.</source>
        <translation>Der letzte Tag liegt vor dem ersten: Wählen Sie einen späteren letzten Tag.</translation>
    </message>
</context>
<context>
    <name>PictureExporter</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>There is no picture to export: the timeline is not shown.
Show the timeline (View menu) and export again.</source>
        <translation>Es gibt kein Bild zum Exportieren: Die Zeitleiste wird nicht angezeigt.
Zeigen Sie die Zeitleiste an (Menü „Ansicht“) und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The picture could not be drawn (%1 × %2 pixels).
Make the window smaller and export again.</source>
        <translation>Das Bild konnte nicht gezeichnet werden (%1 × %2 Pixel).
Verkleinern Sie das Fenster und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and export again.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Export timeline picture</source>
        <translation>Zeitleiste als Bild exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ProductionUnlockDialog</name>
    <message>
        <source>Allow changes on production</source>
        <translation>Änderungen in der Produktion erlauben</translation>
    </message>
    <message>
        <source>“%1” is a BillForward production connection. Starting and stopping sessions there changes what customers are billed.

To allow changes until the app closes, type the connection’s name or the word production.</source>
        <translation>„%1“ ist eine BillForward-Produktionsverbindung. Das Starten und Beenden von Sitzungen dort ändert, was Kunden berechnet wird.

Um Änderungen zu erlauben, bis das Programm geschlossen wird, geben Sie den Namen der Verbindung oder das Wort production ein.</translation>
    </message>
    <message>
        <source>Type the connection name or production to confirm</source>
        <translation>Zur Bestätigung den Verbindungsnamen oder production eingeben</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Allow changes</source>
        <translation>Änderungen erlauben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Changes stay allowed until the app closes.</source>
        <translation>Änderungen bleiben erlaubt, bis das Programm geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Art des Servers</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Organization IDs, one per line</source>
        <translation>Organisations-IDs, eine pro Zeile</translation>
    </message>
    <message>
        <source>Optional: limit lists to these organization IDs, one per line</source>
        <translation>Optional: Listen auf diese Organisations-IDs beschränken, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Read-only: never start or stop sessions</source>
        <translation>&amp;Schreibgeschützt: nie Sitzungen starten oder beenden</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Ask for &amp;confirmation before stopping</source>
        <translation>Vor dem Beenden nach&amp;fragen</translation>
    </message>
    <message>
        <source>Ask for confirmation before stopping</source>
        <translation>Vor dem Beenden nachfragen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Im System-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>%1 A token entered here is kept for this session only.</source>
        <translation>%1 Ein hier eingegebenes Token wird nur für diese Programmsitzung behalten.</translation>
    </message>
    <message>
        <source>Subscription ID for the connection test</source>
        <translation>Abonnement-ID für den Verbindungstest</translation>
    </message>
    <message>
        <source>Any subscription ID</source>
        <translation>Eine beliebige Abonnement-ID</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Organizations:</source>
        <translation>&amp;Organisationen:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Test &amp;with:</source>
        <translation>Testen &amp;mit:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The built-in emulator</source>
        <translation>Der eingebaute Emulator</translation>
    </message>
    <message>
        <source>Production: opens read-only; starting or stopping sessions needs an explicit unlock each time the app runs. Stops are always confirmed.</source>
        <translation>Produktion: öffnet schreibgeschützt; das Starten oder Beenden von Sitzungen muss bei jedem Programmstart ausdrücklich erlaubt werden. Das Beenden wird immer bestätigt.</translation>
    </message>
    <message>
        <source>Enter a name for this connection.</source>
        <translation>Geben Sie einen Namen für diese Verbindung ein.</translation>
    </message>
    <message>
        <source>Enter the server’s base URL, e.g. https://app-sandbox.billforward.net/v1.</source>
        <translation>Geben Sie die Basis-URL des Servers ein, z. B. https://app-sandbox.billforward.net/v1.</translation>
    </message>
    <message>
        <source>Leave credentials out of the URL: enter the token in its own field.</source>
        <translation>Keine Zugangsdaten in die URL: Geben Sie das Token in sein eigenes Feld ein.</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Das Token wird im System-Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>No server address to test.</source>
        <translation>Keine Serveradresse zum Testen.</translation>
    </message>
    <message>
        <source>Connected: the server answered and accepted the token.</source>
        <translation>Verbunden: Der Server hat geantwortet und das Token akzeptiert.</translation>
    </message>
    <message>
        <source>The name this connection has in the Connection menu.</source>
        <translation>Der Name dieser Verbindung im Menü Verbindung.</translation>
    </message>
    <message>
        <source>Demo, BillForward sandbox, BillForward production or a custom server.</source>
        <translation>Demo, BillForward-Sandbox, BillForward-Produktion oder ein eigener Server.</translation>
    </message>
    <message>
        <source>The address of the BillForward API, ending in /v1.</source>
        <translation>Die Adresse der BillForward-API, endet auf /v1.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file. Leave empty to keep the stored token.</source>
        <translation>Wird im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei. Leer lassen, um das gespeicherte Token zu behalten.</translation>
    </message>
    <message>
        <source>Any subscription ID: the test lists one of its sessions.</source>
        <translation>Eine beliebige Abonnement-ID: Der Test listet eine ihrer Sitzungen auf.</translation>
    </message>
    <message>
        <source>The token was not stored in the system keychain: %1 It is kept only until the app closes. Press Save again to keep the connection with the token for this session only.</source>
        <translation>Das Token wurde nicht im System-Schlüsselbund gespeichert: %1 Es wird nur behalten, bis das Programm geschlossen wird. Klicken Sie erneut auf „Speichern“, um die Verbindung mit dem Token nur für diese Programmsitzung zu behalten.</translation>
    </message>
    <message>
        <source>Not tested: %1 Enter the access token for this server.</source>
        <translation>Nicht getestet: %1 Geben Sie das Zugriffstoken für diesen Server ein.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off: send at once</source>
        <translation>Aus: sofort senden</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>Frist zum Rückgängigmachen in Sekunden</translation>
    </message>
    <message>
        <source>How long a confirmed stop waits, with an Undo in the status bar, before it is sent. 0 sends at once.</source>
        <translation>Wie lange ein bestätigtes Beenden mit „Rückgängig“ in der Statusleiste wartet, bevor es gesendet wird. 0 sendet sofort.</translation>
    </message>
    <message>
        <source>Un&amp;do window:</source>
        <translation>Frist zum &amp;Rückgängigmachen:</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>How many requests a sweep of the watch list sends at once. The server is shared with the customer&apos;s own integration: keep it low on production.</source>
        <translation>Wie viele Anfragen ein Durchlauf der Beobachtungsliste gleichzeitig sendet. Der Server wird mit der eigenen Integration des Kunden geteilt: Halten Sie den Wert auf Produktion niedrig.</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation>&amp;Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source> — connected</source>
        <translation> – verbunden</translation>
    </message>
    <message>
        <source>Connect to another connection first</source>
        <translation>Zuerst eine andere Verbindung herstellen</translation>
    </message>
    <message>
        <source>Choose a connection, then connect to it, edit or delete it.</source>
        <translation>Wählen Sie eine Verbindung, um sie zu verbinden, zu bearbeiten oder zu löschen.</translation>
    </message>
</context>
<context>
    <name>RowExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>A view has no name.</source>
        <translation>Eine Ansicht hat keinen Namen.</translation>
    </message>
    <message>
        <source>View “%1”: %2</source>
        <translation>Ansicht „%1“: %2</translation>
    </message>
    <message>
        <source>its filter is not an object.</source>
        <translation>ihr Filter ist kein Objekt.</translation>
    </message>
    <message>
        <source>its sort is not a list.</source>
        <translation>ihre Sortierung ist keine Liste.</translation>
    </message>
    <message>
        <source>it sorts by “%1”, which is not a column.</source>
        <translation>sie sortiert nach „%1“, das keine Spalte ist.</translation>
    </message>
    <message>
        <source>its sort order “%1” is neither ascending nor descending.</source>
        <translation>ihre Sortierreihenfolge „%1“ ist weder ascending noch descending.</translation>
    </message>
    <message>
        <source>its columns are not a list.</source>
        <translation>ihre Spalten sind keine Liste.</translation>
    </message>
    <message>
        <source>it shows “%1”, which is not a column.</source>
        <translation>sie zeigt „%1“, das keine Spalte ist.</translation>
    </message>
    <message>
        <source>its page size is not a number of rows from 1 to %1.</source>
        <translation>ihre Seitengröße ist keine Zeilenzahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>its layout “%1” is not one of table, timeline, tableAndTimeline.</source>
        <translation>ihr Layout „%1“ ist keiner der Werte table, timeline, tableAndTimeline.</translation>
    </message>
</context>
<context>
    <name>SavedViewList</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Running over 8 h</source>
        <translation>Länger als 8 h aktiv</translation>
    </message>
    <message>
        <source>Ended this month by unit</source>
        <translation>Diesen Monat beendet, nach Einheit</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>View “%1”: left out the columns %2, which this version does not know.</source>
        <translation>Ansicht „%1“: die Spalten %2 wurden weggelassen, weil diese Version sie nicht kennt.</translation>
    </message>
    <message numerus="yes">
        <source>Saved views that could not be read: %n. They are not in the Views menu, and are kept unchanged for the version of the app that saved them.</source>
        <translation>
            <numerusform>Gespeicherte Ansichten, die nicht gelesen werden konnten: %n. Sie stehen nicht im Menü „Ansichten“ und bleiben unverändert für die Version der App erhalten, die sie gespeichert hat.</numerusform>
            <numerusform>Gespeicherte Ansichten, die nicht gelesen werden konnten: %n. Sie stehen nicht im Menü „Ansichten“ und bleiben unverändert für die Version der App erhalten, die sie gespeichert hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Lobby kiosks, replaced hardware</source>
        <translation>Lobby-Kioske, ersetzte Hardware</translation>
    </message>
    <message>
        <source>BillForward production</source>
        <translation>BillForward-Produktion</translation>
    </message>
</context>
<context>
    <name>SessionActionRunner</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>Session “%1” (%2) is still being started or stopped: wait for the answer.</source>
        <translation>Sitzung „%1“ (%2) wird noch gestartet oder beendet: Warten Sie auf die Antwort.</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal of starts and stops could not be written (%1). Free some disk space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Es wurde nichts gesendet: Das Protokoll der Starts und Beendigungen konnte nicht geschrieben werden (%1). Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SessionFilter</name>
    <message>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>pricing component: %1</source>
        <translation>Preiskomponente: %1</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>nur aktive</translation>
    </message>
    <message>
        <source>historic only</source>
        <translation>nur beendete</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>Einheiten: %1</translation>
    </message>
    <message>
        <source>pricing components: %1</source>
        <translation>Preiskomponenten: %1</translation>
    </message>
    <message>
        <source>started %1 – %2</source>
        <translation>gestartet %1 – %2</translation>
    </message>
    <message>
        <source>started from %1</source>
        <translation>gestartet ab %1</translation>
    </message>
    <message>
        <source>started until %1</source>
        <translation>gestartet bis %1</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation>%1 (nicht verstanden)</translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
</context>
<context>
    <name>SessionHeaderView</name>
    <message>
        <source>Sorted by %1. Click a column to sort by it, Shift+click to add it as a tie-breaker.</source>
        <translation>Sortiert nach %1. Klicken Sie auf eine Spalte, um nach ihr zu sortieren, Umschalt+Klick fügt sie als weiteres Kriterium hinzu.</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
</context>
<context>
    <name>SessionLayoutSwitch</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zeitl&amp;eiste</translation>
    </message>
    <message>
        <source>Sessions as a &amp;table</source>
        <translation>Sitzungen als &amp;Tabelle</translation>
    </message>
    <message>
        <source>Sessions on a ti&amp;meline</source>
        <translation>Sitzungen als Zeitl&amp;eiste</translation>
    </message>
    <message>
        <source>Table an&amp;d timeline</source>
        <translation>Tabelle und Zeitle&amp;iste</translation>
    </message>
    <message>
        <source>Show the sessions on a time axis, below the table</source>
        <translation>Die Sitzungen auf einer Zeitachse unter der Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the timeline</source>
        <translation>Zeitleiste ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>To read more, raise the setting %1 in %2, then connect again.</source>
        <translation>Um mehr zu lesen, erhöhen Sie die Einstellung %1 in %2 und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>SessionPager</name>
    <message>
        <source>no rows (filtered from %1)</source>
        <translation>keine Zeilen (gefiltert aus %1)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>rows %1–%2 of %3 (filtered from %4)</source>
        <translation>Zeilen %1–%2 von %3 (gefiltert aus %4)</translation>
    </message>
    <message>
        <source>rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Historic</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>JSON field: %1</source>
        <translation>JSON-Feld: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Pricing component</source>
        <translation>Preiskomponente</translation>
    </message>
    <message>
        <source>Pricing component ID</source>
        <translation>Preiskomponenten-ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Incarnation</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>%1: new since you last looked</source>
        <translation>%1: neu, seit Sie zuletzt nachgesehen haben</translation>
    </message>
    <message>
        <source>%1: needs attention
%2</source>
        <translation>%1: erfordert Aufmerksamkeit
%2</translation>
    </message>
    <message>
        <source>Why an active session needs attention; sorted by how far past its limit it is</source>
        <translation>Warum eine aktive Sitzung Aufmerksamkeit erfordert; sortiert danach, wie weit sie über ihrer Grenze liegt</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Usage sessions</source>
        <translation>Nutzungssitzungen</translation>
    </message>
    <message>
        <source>Columns: click to sort, Shift+click to add a secondary sort, right-click to show or hide</source>
        <translation>Spalten: Klicken sortiert, Umschalt+Klick fügt eine weitere Sortierung hinzu, Rechtsklick blendet ein oder aus</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>StartRequestValidator</name>
    <message>
        <source>Enter the subscription ID.</source>
        <translation>Geben Sie die Abonnement-ID ein.</translation>
    </message>
    <message>
        <source>The subscription ID may not contain spaces or slashes.</source>
        <translation>Die Abonnement-ID darf keine Leerzeichen oder Schrägstriche enthalten.</translation>
    </message>
    <message>
        <source>Line %1 is empty: enter a session ID or remove the line.</source>
        <translation>Zeile %1 ist leer: Geben Sie eine Sitzungs-ID ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”) contains a space: enter one session ID per line.</source>
        <translation>Zeile %1 („%2“) enthält ein Leerzeichen: Geben Sie eine Sitzungs-ID pro Zeile ein.</translation>
    </message>
    <message>
        <source>Session ID “%1” is listed twice (lines %2 and %3).</source>
        <translation>Die Sitzungs-ID „%1“ steht doppelt in der Liste (Zeilen %2 und %3).</translation>
    </message>
    <message>
        <source>Session “%1” is already running in %2.</source>
        <translation>Die Sitzung „%1“ läuft bereits in %2.</translation>
    </message>
    <message>
        <source>Enter at least one session ID.</source>
        <translation>Geben Sie mindestens eine Sitzungs-ID ein.</translation>
    </message>
    <message>
        <source>Enter the pricing component’s name or ID.</source>
        <translation>Geben Sie den Namen oder die ID der Preiskomponente ein.</translation>
    </message>
    <message>
        <source>Enter the unit of measure (for example minutes).</source>
        <translation>Geben Sie die Maßeinheit ein (zum Beispiel minutes).</translation>
    </message>
    <message>
        <source>The description is too long (at most 1000 characters).</source>
        <translation>Die Beschreibung ist zu lang (höchstens 1000 Zeichen).</translation>
    </message>
    <message>
        <source>The start time is in the future: choose a time up to now.</source>
        <translation>Die Startzeit liegt in der Zukunft: Wählen Sie eine Zeit bis jetzt.</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start sessions</source>
        <translation>Sitzungen starten</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>SUB-…</source>
        <translation>SUB-…</translation>
    </message>
    <message>
        <source>Session IDs, one per line</source>
        <translation>Sitzungs-IDs, eine pro Zeile</translation>
    </message>
    <message>
        <source>One session ID per line</source>
        <translation>Eine Sitzungs-ID pro Zeile</translation>
    </message>
    <message>
        <source>Pricing component name</source>
        <translation>Name der Preiskomponente</translation>
    </message>
    <message>
        <source>Pricing component ID</source>
        <translation>Preiskomponenten-ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>or &amp;ID</source>
        <translation>oder &amp;ID</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Maßeinheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>Start at a chosen time</source>
        <translation>Zu einer gewählten Zeit starten</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Abonnement:</translation>
    </message>
    <message>
        <source>S&amp;ession IDs:</source>
        <translation>&amp;Sitzungs-IDs:</translation>
    </message>
    <message>
        <source>&amp;Pricing component:</source>
        <translation>&amp;Preiskomponente:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Start %1 sessions</source>
        <translation>%1 Sitzungen starten</translation>
    </message>
    <message>
        <source>The subscription the sessions belong to.</source>
        <translation>Das Abonnement, zu dem die Sitzungen gehören.</translation>
    </message>
    <message>
        <source>The IDs of the sessions to start, one per line; several lines start a batch.</source>
        <translation>Die IDs der zu startenden Sitzungen, eine pro Zeile; mehrere Zeilen starten einen Stapel.</translation>
    </message>
    <message>
        <source>The pricing component the sessions bill against, by name; or give its ID in the next field.</source>
        <translation>Die Preiskomponente, über die die Sitzungen abgerechnet werden, nach Name; oder geben Sie ihre ID im nächsten Feld an.</translation>
    </message>
    <message>
        <source>The pricing component the sessions bill against, by ID; or give its name in the field before.</source>
        <translation>Die Preiskomponente, über die die Sitzungen abgerechnet werden, nach ID; oder geben Sie ihren Namen im vorigen Feld an.</translation>
    </message>
    <message>
        <source>The unit the sessions are counted in, such as minutes.</source>
        <translation>Die Einheit, in der die Sitzungen gezählt werden, etwa Minuten.</translation>
    </message>
    <message>
        <source>Optional text stored with each session.</source>
        <translation>Optionaler Text, der mit jeder Sitzung gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>Rows loaded</source>
        <translation>Geladene Zeilen</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Netzwerkstatus</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>%1 sessions loaded, %2 active</source>
        <translation>%1 Sitzungen geladen, %2 aktiv</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Loading… %1 sessions</source>
        <translation>Laden … %1 Sitzungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden …</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 Retrying in %n s.</source>
        <translation>
            <numerusform>Offline: %1 Neuer Versuch in %n s.</numerusform>
            <numerusform>Offline: %1 Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: %1 Not retrying; choose Retry to try again.</source>
        <translation>Offline: %1 Kein neuer Versuch; wählen Sie „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>StopConfirmationDialog</name>
    <message>
        <source>Stop sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Sessions that will stop</source>
        <translation>Sitzungen, die beendet werden</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>Stop at a chosen time</source>
        <translation>Zu einer gewählten Zeit beenden</translation>
    </message>
    <message>
        <source>Stop time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>Stop &amp;time:</source>
        <translation>&amp;Endzeit:</translation>
    </message>
    <message>
        <source>&amp;Don’t ask again for this profile</source>
        <translation>Für dieses Profil &amp;nicht mehr fragen</translation>
    </message>
    <message>
        <source>Don’t ask again for this profile</source>
        <translation>Für dieses Profil nicht mehr fragen</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>1 session will stop at the time chosen below.</source>
        <translation>1 Sitzung wird zur unten gewählten Zeit beendet.</translation>
    </message>
    <message>
        <source>%1 sessions will stop at the time chosen below.</source>
        <translation>%1 Sitzungen werden zur unten gewählten Zeit beendet.</translation>
    </message>
    <message>
        <source>1 session will stop now.</source>
        <translation>1 Sitzung wird jetzt beendet.</translation>
    </message>
    <message>
        <source>%1 sessions will stop now.</source>
        <translation>%1 Sitzungen werden jetzt beendet.</translation>
    </message>
    <message>
        <source>before the start</source>
        <translation>vor dem Start</translation>
    </message>
    <message>
        <source>Stop %1 sessions</source>
        <translation>%1 Sitzungen beenden</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Each session that will stop, grouped by organization: its ID, unit, start in local time, the duration that will be billed and the instant it stops at in UTC.</source>
        <translation>Jede Sitzung, die beendet wird, nach Organisation gruppiert: ihre ID, Einheit, Startzeit in Ortszeit, die abgerechnete Dauer und der Zeitpunkt des Endes in UTC.</translation>
    </message>
    <message>
        <source>Billed duration</source>
        <translation>Abgerechnete Dauer</translation>
    </message>
    <message>
        <source>Stops at (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>As of its &amp;limit</source>
        <translation>Zum Zeitpunkt der &amp;Grenze</translation>
    </message>
    <message>
        <source>Stop as of each session’s limit</source>
        <translation>Jede Sitzung zum Zeitpunkt ihrer Grenze beenden</translation>
    </message>
    <message>
        <source>Each session that ran past its limit stops when its run reached the limit; the others stop now.</source>
        <translation>Jede Sitzung, die über ihre Grenze lief, wird zu dem Zeitpunkt beendet, an dem ihr Lauf die Grenze erreichte; die übrigen werden jetzt beendet.</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>Organization %1: 1 session, one request</source>
        <translation>Organisation %1: 1 Sitzung, eine Anfrage</translation>
    </message>
    <message>
        <source>Organization %1: %2 sessions, one request</source>
        <translation>Organisation %1: %2 Sitzungen, eine Anfrage</translation>
    </message>
    <message>
        <source>1 session will stop as of its limit.</source>
        <translation>1 Sitzung wird zum Zeitpunkt ihrer Grenze beendet.</translation>
    </message>
    <message>
        <source>%1 sessions will stop as of their limits; those without a limit stop now.</source>
        <translation>%1 Sitzungen werden zum Zeitpunkt ihrer Grenze beendet; die ohne Grenze werden jetzt beendet.</translation>
    </message>
    <message>
        <source>They belong to %1 organizations: one request is sent for each.</source>
        <translation>Sie gehören zu %1 Organisationen: Für jede wird eine eigene Anfrage gesendet.</translation>
    </message>
    <message>
        <source>No limit: stops now</source>
        <translation>Keine Grenze: wird jetzt beendet</translation>
    </message>
    <message>
        <source>Earlier parts already ended: stops at this part’s start</source>
        <translation>Frühere Abschnitte sind schon beendet: wird am Start dieses Abschnitts beendet</translation>
    </message>
    <message>
        <source>Its limit fell in an earlier part of the run: those parts already ended and are billed as they were, so only this part is stopped, at its start.</source>
        <translation>Ihre Grenze fiel in einen früheren Abschnitt des Laufs: Diese Abschnitte sind schon beendet und werden so abgerechnet, wie sie waren; daher wird nur dieser Abschnitt beendet, und zwar an seinem Start.</translation>
    </message>
    <message>
        <source>As of its limit</source>
        <translation>Zum Zeitpunkt ihrer Grenze</translation>
    </message>
    <message>
        <source>For 1 session the limit fell in an earlier part of its run: the earlier parts already ended and are billed as they were.</source>
        <translation>Bei 1 Sitzung fiel die Grenze in einen früheren Abschnitt ihres Laufs: Die früheren Abschnitte sind schon beendet und werden so abgerechnet, wie sie waren.</translation>
    </message>
    <message>
        <source>For %1 sessions the limit fell in an earlier part of their run: the earlier parts already ended and are billed as they were.</source>
        <translation>Bei %1 Sitzungen fiel die Grenze in einen früheren Abschnitt ihres Laufs: Die früheren Abschnitte sind schon beendet und werden so abgerechnet, wie sie waren.</translation>
    </message>
    <message>
        <source>Starts in the future: stopped at its start, nothing billed</source>
        <translation>Beginnt in der Zukunft: bei Beginn beendet, nichts abgerechnet</translation>
    </message>
    <message>
        <source>Its start lies ahead of now (its device’s clock may run ahead). The server refuses a stop before the start, so it stops at its start and is billed for no time.</source>
        <translation>Ihr Beginn liegt nach jetzt (die Uhr ihres Geräts geht vielleicht vor). Der Server lehnt ein Ende vor dem Beginn ab, daher wird sie bei ihrem Beginn beendet, und es wird keine Zeit abgerechnet.</translation>
    </message>
</context>
<context>
    <name>StopRequestValidator</name>
    <message>
        <source>Select at least one running session to stop.</source>
        <translation>Wählen Sie mindestens eine laufende Sitzung zum Beenden aus.</translation>
    </message>
    <message>
        <source>Session “%1” (%2) is not running.</source>
        <translation>Die Sitzung „%1“ (%2) läuft nicht.</translation>
    </message>
    <message>
        <source>The stop time is in the future: choose a time up to now.</source>
        <translation>Die Endzeit liegt in der Zukunft: Wählen Sie eine Zeit bis jetzt.</translation>
    </message>
    <message>
        <source>The stop time is before the start of session “%1” (%2 UTC).</source>
        <translation>Die Endzeit liegt vor dem Start der Sitzung „%1“ (%2 UTC).</translation>
    </message>
    <message>
        <source>Choose the time the sessions stop at.</source>
        <translation>Wählen Sie die Endzeit der Sitzungen.</translation>
    </message>
</context>
<context>
    <name>SubscriptionField</name>
    <message>
        <source>Subscription ID, e.g. SUB-604915D4-…</source>
        <translation>Abonnement-ID, z. B. SUB-604915D4-…</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Type or paste a subscription ID and press Enter</source>
        <translation>Abonnement-ID eingeben oder einfügen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Demo subscription</source>
        <translation>Demo-Abonnement</translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Not a subscription ID: it may not contain spaces, slashes or control characters, and has at most 100 characters.</source>
        <translation>Keine Abonnement-ID: Sie darf keine Leerzeichen, Schrägstriche oder Steuerzeichen enthalten und hat höchstens 100 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SubscriptionListParser</name>
    <message>
        <source>%1: “%2” is not a subscription ID (no spaces, slashes or control characters, at most %3 characters).</source>
        <translation>%1: „%2“ ist keine Abonnement-ID (keine Leerzeichen, Schrägstriche oder Steuerzeichen, höchstens %3 Zeichen).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>%1: has no column %2 (the subscription IDs).</source>
        <translation>%1: hat keine Spalte %2 (die Abonnement-IDs).</translation>
    </message>
    <message>
        <source>%1: the subscription ID is empty.</source>
        <translation>%1: Die Abonnement-ID ist leer.</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed; the rest of the file was read as one field. Close the quote and try again.</source>
        <translation>Zeile %1: Ein hier geöffnetes Anführungszeichen wird nie geschlossen; der Rest der Datei wurde als ein Feld gelesen. Schließen Sie das Anführungszeichen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose another file.</source>
        <translation>Die Datei %1 existiert nicht. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a text or CSV file.</source>
        <translation>%1 ist keine Datei. Wählen Sie eine Text- oder CSV-Datei.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB: a list of subscription IDs is far smaller. Choose the file that holds only the IDs.</source>
        <translation>Die Datei %1 ist größer als %2 MB: Eine Liste von Abonnement-IDs ist weit kleiner. Wählen Sie die Datei, die nur die IDs enthält.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check that you may read it.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file %1 is not text (a spreadsheet or an image?). Save it as CSV or plain text and try again.</source>
        <translation>Die Datei %1 ist kein Text (eine Tabellenkalkulation oder ein Bild?). Speichern Sie sie als CSV oder reinen Text und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file %1 is not UTF-8 text. Save it as UTF-8 CSV or plain text and try again.</source>
        <translation>Die Datei %1 ist kein UTF-8-Text. Speichern Sie sie als UTF-8-CSV oder reinen Text und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>TimeTerm</name>
    <message>
        <source>“%1” has no comparison: write duration:&gt;8h for longer than 8 hours or duration:&lt;30m for shorter than 30 minutes.</source>
        <translation>„%1“ hat keinen Vergleich: Schreiben Sie duration:&gt;8h für länger als 8 Stunden oder duration:&lt;30m für kürzer als 30 Minuten.</translation>
    </message>
    <message>
        <source>Write the period the sessions ended in, such as ended:last-month or ended:2026-11.</source>
        <translation>Geben Sie den Zeitraum an, in dem die Sitzungen beendet wurden, etwa ended:last-month oder ended:2026-11.</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Time axis</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Zeitleiste der Sitzungen</translation>
    </message>
    <message>
        <source>Scroll lanes</source>
        <translation>Spuren blättern</translation>
    </message>
    <message>
        <source>No sessions to show: open a subscription, or change the filter.</source>
        <translation>Keine Sitzungen anzuzeigen: Öffnen Sie ein Abonnement oder ändern Sie den Filter.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Pricing component: %1</source>
        <translation>Preiskomponente: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Stop: still running</source>
        <translation>Ende: läuft noch</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Part %1 of a run cut at billing-period ends</source>
        <translation>Abschnitt %1 einer an den Enden der Abrechnungszeiträume geteilten Sitzung</translation>
    </message>
    <message>
        <source>The filtered sessions as bars on a time axis, one lane per session ID and unit. Plus and minus zoom, Left and Right pan, Home shows all, Page Up and Page Down scroll. Up and Down move the current bar from lane to lane, Control with Left or Right to the previous or next bar in its lane; Enter or Space selects its session in the table and the details panel. The sessions table (View menu) shows the same sessions and is its accessible equivalent.</source>
        <translation>Die gefilterten Sitzungen als Balken auf einer Zeitachse, eine Spur je Sitzungs-ID und Einheit. Plus und Minus zoomen, Links und Rechts verschieben, Pos1 zeigt alles, Bild auf und Bild ab blättern. Auf und Ab bewegen den aktuellen Balken von Spur zu Spur, Strg mit Links oder Rechts zum vorigen oder nächsten Balken seiner Spur; Eingabe oder Leertaste wählt seine Sitzung in der Tabelle und im Detailbereich aus. Die Sitzungstabelle (Menü Ansicht) zeigt dieselben Sitzungen und ist ihre barrierefreie Entsprechung.</translation>
    </message>
    <message>
        <source>Scroll time</source>
        <translation>Zeitachse blättern</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot check the permissions of the token file %1.</source>
        <translation>Die Zugriffsrechte der Token-Datei %1 können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file.</source>
        <translation>Die Token-Datei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users: run chmod 600 %1, and replace the token if others may have read it.</source>
        <translation>Die Token-Datei %1 können andere Benutzer lesen: Führen Sie chmod 600 %1 aus und ersetzen Sie das Token, falls andere es gelesen haben könnten.</translation>
    </message>
    <message>
        <source>The token file %1 is larger than %2 bytes: it must hold the access token alone, on one line.</source>
        <translation>Die Token-Datei %1 ist größer als %2 Bytes: Sie darf nur das Zugriffstoken enthalten, in einer Zeile.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: put the access token in it, on one line.</source>
        <translation>Die Token-Datei %1 ist leer: Schreiben Sie das Zugriffstoken hinein, in eine Zeile.</translation>
    </message>
    <message>
        <source>The token file %1 holds more than one line: it must hold the access token alone, on one line.</source>
        <translation>Die Token-Datei %1 enthält mehr als eine Zeile: Sie darf nur das Zugriffstoken enthalten, in einer Zeile.</translation>
    </message>
    <message>
        <source>The token file %1 holds a space or a control character: it must hold the access token alone, on one line.</source>
        <translation>Die Token-Datei %1 enthält ein Leerzeichen oder ein Steuerzeichen: Sie darf nur das Zugriffstoken enthalten, in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>TokenPromptDialog</name>
    <message>
        <source>Access token for %1</source>
        <translation>Zugriffstoken für %1</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Das Token im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The BillForward API access token of this connection. It is never shown or logged.</source>
        <translation>Das Zugriffstoken der BillForward-API für diese Verbindung. Es wird nie angezeigt oder protokolliert.</translation>
    </message>
</context>
<context>
    <name>TokenResolver</name>
    <message>
        <source>%1 Enter the access token: it will be kept for this session only.</source>
        <translation>%1 Geben Sie das Zugriffstoken ein: Es wird nur für diese Programmsitzung behalten.</translation>
    </message>
    <message>
        <source>No access token is stored for this connection. Enter it to connect.</source>
        <translation>Für diese Verbindung ist kein Zugriffstoken gespeichert. Geben Sie es ein, um zu verbinden.</translation>
    </message>
    <message>
        <source>The server refused the access token. Enter a valid token for %1.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt. Geben Sie ein gültiges Token für %1 ein.</translation>
    </message>
    <message>
        <source>It will be kept for this session only.</source>
        <translation>Es wird nur für diese Programmsitzung behalten.</translation>
    </message>
    <message>
        <source>%1 Enter the access token for %2.</source>
        <translation>%1 Geben Sie das Zugriffstoken für %2 ein.</translation>
    </message>
    <message>
        <source>The token was not stored in the system keychain: %1 It is kept only until the app closes.</source>
        <translation>Das Token wurde nicht im System-Schlüsselbund gespeichert: %1 Es wird nur behalten, bis das Programm geschlossen wird.</translation>
    </message>
    <message>
        <source>This connection is not saved: the token is kept until the app closes. To keep it in the system keychain, save the connection with Edit connection….</source>
        <translation>Diese Verbindung ist nicht gespeichert: Das Zugriffstoken bleibt nur erhalten, bis die App geschlossen wird. Um es im System-Schlüsselbund aufzubewahren, speichern Sie die Verbindung mit „Verbindung bearbeiten …“.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No access token is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The stored access token does not say which server it is for (it was stored by an older version).</source>
        <translation>Beim gespeicherten Zugriffstoken ist nicht vermerkt, für welchen Server es gilt (es wurde von einer älteren Version gespeichert).</translation>
    </message>
    <message>
        <source>The stored access token is for %1, not for this connection’s server.</source>
        <translation>Das gespeicherte Zugriffstoken gilt für %1, nicht für den Server dieser Verbindung.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain’s prompt was cancelled (%1).</source>
        <translation>Die Abfrage des System-Schlüsselbunds wurde abgebrochen (%1).</translation>
    </message>
</context>
<context>
    <name>TotalsStrip</name>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Number of sessions by state, total duration per unit, earliest start and latest stop, of every session the filters show and of the selection. Active sessions count up to now; with a period, only the part inside it counts.</source>
        <translation>Anzahl der Sitzungen nach Status, Gesamtdauer je Einheit, früheste Startzeit und späteste Endzeit, für alle Sitzungen, die die Filter zeigen, und für die Auswahl. Aktive Sitzungen zählen bis jetzt; mit einem Zeitraum zählt nur der Teil darin.</translation>
    </message>
    <message>
        <source>Totals of the filtered sessions</source>
        <translation>Summen der gefilterten Sitzungen</translation>
    </message>
    <message>
        <source>Totals of the selection</source>
        <translation>Summen der Auswahl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the totals as text</source>
        <translation>Die Summen als Text kopieren</translation>
    </message>
    <message>
        <source>Copy totals</source>
        <translation>Summen kopieren</translation>
    </message>
</context>
<context>
    <name>TotalsText</name>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 active, %2 ended</source>
        <translation>%1 aktiv, %2 beendet</translation>
    </message>
    <message>
        <source>%1, %2 other</source>
        <translation>%1, %2 sonstige</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(keine Einheit)</translation>
    </message>
    <message>
        <source>%1: %2 (running)</source>
        <translation>%1: %2 (läuft)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsController</name>
    <message>
        <source>V&amp;iews</source>
        <translation>Ansi&amp;chten</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>No view</source>
        <translation>Keine Ansicht</translation>
    </message>
    <message>
        <source>&amp;Save current view as…</source>
        <translation>Aktuelle Ansicht &amp;speichern unter …</translation>
    </message>
    <message>
        <source>Name the current filter, sort, columns, page size and layout</source>
        <translation>Den aktuellen Filter, die Sortierung, die Spalten, die Seitengröße und das Layout unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Choose view</source>
        <translation>Ansicht &amp;wählen</translation>
    </message>
    <message>
        <source>Open the toolbar’s list of saved views</source>
        <translation>Die Liste der gespeicherten Ansichten in der Werkzeugleiste öffnen</translation>
    </message>
    <message>
        <source>Saved view (%1)</source>
        <translation>Gespeicherte Ansicht (%1)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Set as de&amp;fault for this connection</source>
        <translation>Als Standard für &amp;diese Verbindung festlegen</translation>
    </message>
    <message>
        <source>Apply this view whenever this connection is opened</source>
        <translation>Diese Ansicht bei jedem Öffnen dieser Verbindung anwenden</translation>
    </message>
    <message>
        <source>&amp;Import views…</source>
        <translation>Ansichten &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export views…</source>
        <translation>Ansichten e&amp;xportieren …</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Choose another name.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n view(s).</source>
        <translation>
            <numerusform>%n Ansicht importiert.</numerusform>
            <numerusform>%n Ansichten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import views</source>
        <translation>Ansichten importieren</translation>
    </message>
    <message>
        <source>These views exist already: %1.
Replace them with the imported ones, or keep both (the imported ones get a number)?</source>
        <translation>Diese Ansichten gibt es bereits: %1.
Sollen sie durch die importierten ersetzt werden, oder möchten Sie beide behalten (die importierten erhalten eine Nummer)?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Changed since the view was applied; save it again to keep the changes</source>
        <translation>Seit dem Anwenden der Ansicht geändert; speichern Sie sie erneut, um die Änderungen zu behalten</translation>
    </message>
    <message>
        <source>&amp;Name of the view:</source>
        <translation>&amp;Name der Ansicht:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>A view needs a name. Choose Save current view as… again and type one.</source>
        <translation>Eine Ansicht braucht einen Namen. Wählen Sie erneut „Aktuelle Ansicht speichern unter …“ und geben Sie einen ein.</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>Ansicht ersetzen</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it with what the window shows now?</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits. Soll sie durch das ersetzt werden, was das Fenster jetzt zeigt?</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>&amp;New name of “%1”:</source>
        <translation>&amp;Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The sessions and the window stay as they are.</source>
        <translation>Die Ansicht „%1“ löschen? Die Sitzungen und das Fenster bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Views files (*.json);;All files (*)</source>
        <translation>Ansichtsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Views not imported</source>
        <translation>Ansichten nicht importiert</translation>
    </message>
    <message>
        <source>Export views</source>
        <translation>Ansichten exportieren</translation>
    </message>
    <message>
        <source>Views files (*.json)</source>
        <translation>Ansichtsdateien (*.json)</translation>
    </message>
    <message>
        <source>Views not exported</source>
        <translation>Ansichten nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>%n Ansicht nach %1 exportiert</numerusform>
            <numerusform>%n Ansichten nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsFile</name>
    <message>
        <source>This is not a views file of Usage Session Admin. Choose a file made with Views &gt; Export views….</source>
        <translation>Dies ist keine Ansichtsdatei von Usage Session Admin. Wählen Sie eine Datei, die mit „Ansichten &gt; Ansichten exportieren …“ erstellt wurde.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). %3</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). %3</translation>
    </message>
    <message>
        <source>The views file has no valid version number. %1</source>
        <translation>Die Ansichtsdatei hat keine gültige Versionsnummer. %1</translation>
    </message>
    <message>
        <source>The views file was made by a newer version of Usage Session Admin (file version %1; this one reads up to %2). Update Usage Session Admin to import it.</source>
        <translation>Die Ansichtsdatei wurde von einer neueren Version von Usage Session Admin erstellt (Dateiversion %1; diese Version liest Dateiversionen bis %2). Aktualisieren Sie Usage Session Admin, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The views file holds no list of views. %1</source>
        <translation>Die Ansichtsdatei enthält keine Liste von Ansichten. %1</translation>
    </message>
    <message>
        <source>View %1 of the file cannot be read: %2 Nothing was imported.</source>
        <translation>Ansicht %1 der Datei ist nicht lesbar: %2 Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>sie ist kein Objekt.</translation>
    </message>
    <message>
        <source>The file has two views named “%1”. Nothing was imported.</source>
        <translation>Die Datei enthält zwei Ansichten namens „%1“. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check that the file exists and can be read.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>%1 is too large to be a views file. Choose a file made with Views &gt; Export views….</source>
        <translation>%1 ist zu groß für eine Ansichtsdatei. Wählen Sie eine Datei, die mit „Ansichten &gt; Ansichten exportieren …“ erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>Reading %1 subscriptions…</source>
        <translation>%1 Abonnements werden gelesen …</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions</source>
        <translation>%1 von %2 Abonnements</translation>
    </message>
    <message>
        <source>The server asked to wait: paused for %1 s</source>
        <translation>Der Server hat gebeten zu warten: Pause für %1 s</translation>
    </message>
    <message>
        <source>&amp;All watched</source>
        <translation>&amp;Alle beobachteten</translation>
    </message>
    <message>
        <source>The active sessions of every watched subscription</source>
        <translation>Die aktiven Sitzungen aller beobachteten Abonnements</translation>
    </message>
    <message>
        <source>&amp;Watch subscriptions…</source>
        <translation>Abonnements &amp;beobachten …</translation>
    </message>
    <message>
        <source>Paste subscription IDs, read them from a file or tick recent ones</source>
        <translation>Abonnement-IDs einfügen, aus einer Datei lesen oder zuletzt geöffnete ankreuzen</translation>
    </message>
    <message>
        <source>Watch &amp;this subscription</source>
        <translation>&amp;Dieses Abonnement beobachten</translation>
    </message>
    <message>
        <source>Add the open subscription to the watch list</source>
        <translation>Das geöffnete Abonnement zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Nicht mehr beobachten</translation>
    </message>
    <message>
        <source>Remove the subscriptions selected in the watch list, or the open one</source>
        <translation>Die in der Beobachtungsliste ausgewählten Abonnements oder das geöffnete Abonnement entfernen</translation>
    </message>
    <message>
        <source>Watched subscriptions</source>
        <translation>Beobachtete Abonnements</translation>
    </message>
    <message>
        <source>Close the watch list</source>
        <translation>Beobachtungsliste schließen</translation>
    </message>
    <message>
        <source>Detach the watch list</source>
        <translation>Beobachtungsliste ablösen</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Watch &amp;list panel</source>
        <translation>Beobachtungs&amp;liste</translation>
    </message>
    <message>
        <source>Watching 1 more subscription.</source>
        <translation>1 weiteres Abonnement wird beobachtet.</translation>
    </message>
    <message>
        <source>Watching %1 more subscriptions.</source>
        <translation>%1 weitere Abonnements werden beobachtet.</translation>
    </message>
    <message>
        <source>%1 already watched.</source>
        <translation>%1 bereits beobachtet.</translation>
    </message>
    <message>
        <source>1 is not a subscription ID: %1</source>
        <translation>1 ist keine Abonnement-ID: %1</translation>
    </message>
    <message>
        <source>%1 are not subscription IDs: %2</source>
        <translation>%1 sind keine Abonnement-IDs: %2</translation>
    </message>
    <message>
        <source>No longer watching %1.</source>
        <translation>%1 wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <source>No longer watching %1 subscriptions.</source>
        <translation>%1 Abonnements werden nicht mehr beobachtet.</translation>
    </message>
    <message>
        <source>No subscription is watched yet. Choose Watch ▸ Watch subscriptions… to paste IDs, read them from a file or tick recent ones.</source>
        <translation>Noch wird kein Abonnement beobachtet. Wählen Sie „Beobachten ▸ Abonnements beobachten …“, um IDs einzufügen, aus einer Datei zu lesen oder zuletzt geöffnete anzukreuzen.</translation>
    </message>
    <message>
        <source>The watched subscription has no running session now.</source>
        <translation>Das beobachtete Abonnement hat gerade keine laufende Sitzung.</translation>
    </message>
    <message>
        <source>None of the %1 watched subscriptions has a running session now.</source>
        <translation>Keines der %1 beobachteten Abonnements hat gerade eine laufende Sitzung.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions could not be read: see the marks below.</source>
        <translation>%1 von %2 Abonnements konnten nicht gelesen werden: siehe die Markierungen unten.</translation>
    </message>
    <message>
        <source>Nothing new since %1</source>
        <translation>Nichts Neues seit %1</translation>
    </message>
    <message>
        <source>%1 new, %2 ended since %3</source>
        <translation>%1 neu, %2 beendet seit %3</translation>
    </message>
    <message>
        <source>Watch &amp;this subscription (%1)</source>
        <translation>&amp;Dieses Abonnement beobachten (%1)</translation>
    </message>
    <message>
        <source>No watched subscription could be read: %1</source>
        <translation>Kein beobachtetes Abonnement konnte gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <source>Watched subscriptions</source>
        <translation>Beobachtete Abonnements</translation>
    </message>
    <message>
        <source>Enter opens the entry; Delete stops watching the selected subscriptions</source>
        <translation>Die Eingabetaste öffnet den Eintrag; Entf entfernt die ausgewählten Abonnements aus der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Scroll the watched subscriptions</source>
        <translation>Durch die beobachteten Abonnements blättern</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Watch subscriptions: paste IDs, read a file or tick recent ones</source>
        <translation>Abonnements beobachten: IDs einfügen, eine Datei lesen oder zuletzt geöffnete ankreuzen</translation>
    </message>
    <message>
        <source>Watch subscriptions</source>
        <translation>Abonnements beobachten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop watching the selected subscriptions (Delete)</source>
        <translation>Ausgewählte Abonnements nicht mehr beobachten (Entf)</translation>
    </message>
    <message>
        <source>Stop watching the selected subscriptions</source>
        <translation>Ausgewählte Abonnements nicht mehr beobachten</translation>
    </message>
    <message>
        <source>No sessions found: check the ID</source>
        <translation>Keine Sitzungen gefunden: Prüfen Sie die ID</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Not listed yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>1 needs attention · %1 active</source>
        <translation>1 erfordert Aufmerksamkeit · %1 aktiv</translation>
    </message>
    <message>
        <source>%1 need attention · %2 active</source>
        <translation>%1 erfordern Aufmerksamkeit · %2 aktiv</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All watched  (%1)</source>
        <translation>Alle beobachteten  (%1)</translation>
    </message>
    <message>
        <source>All watched</source>
        <translation>Alle beobachteten</translation>
    </message>
    <message>
        <source>1 subscription</source>
        <translation>1 Abonnement</translation>
    </message>
    <message>
        <source>%1 subscriptions</source>
        <translation>%1 Abonnements</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The active sessions of every watched subscription</source>
        <translation>Die aktiven Sitzungen aller beobachteten Abonnements</translation>
    </message>
    <message>
        <source>All watched: %1, %2, %3</source>
        <translation>Alle beobachteten: %1, %2, %3</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Stop watching this subscription</source>
        <translation>Dieses Abonnement &amp;nicht mehr beobachten</translation>
    </message>
    <message>
        <source>&amp;Stop watching %1 subscriptions</source>
        <translation>%1 Abonnements &amp;nicht mehr beobachten</translation>
    </message>
    <message>
        <source>&amp;Watch subscriptions…</source>
        <translation>Abonnements &amp;beobachten …</translation>
    </message>
</context>
<context>
    <name>WatchSubscriptionsDialog</name>
    <message>
        <source>Watch subscriptions</source>
        <translation>Abonnements beobachten</translation>
    </message>
    <message>
        <source>Paste subscription IDs, one per line or separated by commas, semicolons, tabs or spaces, or read them from a text or CSV file.</source>
        <translation>Fügen Sie Abonnement-IDs ein, eine pro Zeile oder getrennt durch Kommas, Semikolons, Tabulatoren oder Leerzeichen, oder lesen Sie sie aus einer Text- oder CSV-Datei.</translation>
    </message>
    <message>
        <source>Subscription IDs to watch</source>
        <translation>Zu beobachtende Abonnement-IDs</translation>
    </message>
    <message>
        <source>One per line, or separated by commas, semicolons, tabs or spaces</source>
        <translation>Eine pro Zeile oder getrennt durch Kommas, Semikolons, Tabulatoren oder Leerzeichen</translation>
    </message>
    <message>
        <source>SUB-604915D4-…
SUB-1C8E2A47-…</source>
        <translation>SUB-604915D4-…
SUB-1C8E2A47-…</translation>
    </message>
    <message>
        <source>Subscription &amp;IDs:</source>
        <translation>Abonnement-&amp;IDs:</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei …</translation>
    </message>
    <message>
        <source>Read subscription IDs from a file</source>
        <translation>Abonnement-IDs aus einer Datei lesen</translation>
    </message>
    <message>
        <source>A text file of IDs, or a CSV file with a column headed subscriptionID, subscription or id (else its first column)</source>
        <translation>Eine Textdatei mit IDs oder eine CSV-Datei mit einer Spalte namens subscriptionID, subscription oder id (sonst ihre erste Spalte)</translation>
    </message>
    <message>
        <source>Recent subscriptions to watch</source>
        <translation>Zuletzt geöffnete Abonnements zum Beobachten</translation>
    </message>
    <message>
        <source>Space ticks a subscription to watch it too</source>
        <translation>Die Leertaste kreuzt ein Abonnement an, um es auch zu beobachten</translation>
    </message>
    <message>
        <source>Or tick &amp;recent subscriptions:</source>
        <translation>Oder zuletzt geöffnete Abonnements an&amp;kreuzen:</translation>
    </message>
    <message>
        <source>No recent subscription that is not watched yet.</source>
        <translation>Kein zuletzt geöffnetes Abonnement, das noch nicht beobachtet wird.</translation>
    </message>
    <message>
        <source>What will be watched</source>
        <translation>Was beobachtet wird</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Watch these subscriptions</source>
        <translation>Diese Abonnements beobachten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Read subscription IDs</source>
        <translation>Abonnement-IDs lesen</translation>
    </message>
    <message>
        <source>Text and CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Text- und CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>1 line of the file was left out:</source>
        <translation>1 Zeile der Datei wurde ausgelassen:</translation>
    </message>
    <message>
        <source>%1 lines of the file were left out:</source>
        <translation>%1 Zeilen der Datei wurden ausgelassen:</translation>
    </message>
    <message>
        <source>No subscription ID yet.</source>
        <translation>Noch keine Abonnement-ID.</translation>
    </message>
    <message>
        <source>1 subscription to watch.</source>
        <translation>1 Abonnement zum Beobachten.</translation>
    </message>
    <message>
        <source>%1 subscriptions to watch.</source>
        <translation>%1 Abonnements zum Beobachten.</translation>
    </message>
    <message>
        <source>… and %1 more left out.</source>
        <translation>… und %1 weitere ausgelassen.</translation>
    </message>
</context>
<context>
    <name>formatDuration</name>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 Tg. %2 h %3 min %4 s</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage Session Admin</source>
        <translation>Usage Session Admin</translation>
    </message>
    <message>
        <source>View, start and stop BillForward usage sessions.</source>
        <translation>BillForward-Nutzungssitzungen ansehen, starten und beenden.</translation>
    </message>
    <message>
        <source>BillForward API base URL (default: $BILLFORWARD_BASE_URL; none: demo mode).</source>
        <translation>Basis-URL der BillForward-API (Vorgabe: $BILLFORWARD_BASE_URL; keine: Demo-Modus).</translation>
    </message>
    <message>
        <source>Read the access token from PATH (default: $BILLFORWARD_ACCESS_TOKEN).</source>
        <translation>Das Zugriffstoken aus PATH lesen (Vorgabe: $BILLFORWARD_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>Use the built-in demo server even when a base URL is set.</source>
        <translation>Den eingebauten Demo-Server verwenden, auch wenn eine Basis-URL gesetzt ist.</translation>
    </message>
    <message>
        <source>Open this subscription at start.</source>
        <translation>Dieses Abonnement beim Start öffnen.</translation>
    </message>
    <message>
        <source>--token is refused: a token on the command line shows up in the process list and shell history. Use --token-file PATH or the BILLFORWARD_ACCESS_TOKEN environment variable.</source>
        <translation>--token wird abgelehnt: Ein Token auf der Befehlszeile erscheint in der Prozessliste und im Shell-Verlauf. Verwenden Sie --token-file PATH oder die Umgebungsvariable BILLFORWARD_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Not a valid base URL: %1</source>
        <translation>Keine gültige Basis-URL: %1</translation>
    </message>
    <message>
        <source>--token-file needs --base-url URL (or BILLFORWARD_BASE_URL), the server the token is for; it is not used in demo mode.</source>
        <translation>--token-file braucht --base-url URL (oder BILLFORWARD_BASE_URL), den Server, für den das Token gilt; im Demo-Modus wird es nicht verwendet.</translation>
    </message>
</context>
</TS>
