<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionJournal</name>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPolicy</name>
    <message>
        <source>The connection “%1” is read-only: sessions cannot be started or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a production connection and opens read-only: unlock it for this session to start or stop sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionResult</name>
    <message>
        <source>took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still unknown (the server could not be reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started 1 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped 1 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server’s answer was lost, so the app asked the server what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took effect, %2 did not, %3 still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check those sessions before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionResultMessage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It concerns the whole request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the server applies all sessions of a request or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the start took effect is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the stop took effect is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start did not fully take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop did not fully take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent again on its own: start the missing sessions yourself once you have checked them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the API client was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 for a start or stop request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscription ID was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address is missing or not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address must start with https:// (it starts with %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http:// is only allowed to this computer (localhost); the access token would travel unencrypted to %1. Use https:// instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The request may have reached the server: refresh the list to see whether it was applied before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found. Check the server address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later, or allow a longer timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established (%1). Check the server address and its certificate; the connection was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed so that the access token is not sent elsewhere. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the limit and was abandoned. Ask for fewer records per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1. The server may not be a BillForward usage-sessions API; check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the access token. Check the token, or create a new one in BillForward under Setup &gt; Personal &gt; API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not allowed to do this. Ask a BillForward administrator for the permission, or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests. Wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a little and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP 404). Check that the server address ends with the API&apos;s base path, for example /v1 or /RestAPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this request at this address (HTTP 405). Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid. Correct the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable at the moment (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Try again later; if it keeps failing, contact BillForward support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillForward::DecodeError</name>
    <message>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BillForward sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BillForward production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a session to see all its fields here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;One logical session in %1 parts&lt;/b&gt; (cut at billing-period ends), total duration &lt;b&gt;%2&lt;/b&gt;:&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total duration &lt;b&gt;%1&lt;/b&gt; (not cut at a billing-period end).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID, description, unit… or uom:minutes state:active pc:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search as you type. Terms like uom:minutes, state:active, session:…, pc:…, org:…, sub:… or desc:… restrict one field. Ctrl+F to focus, Esc to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show active sessions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show historic sessions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by pricing component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Units: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pricing components: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pricing components: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing loaded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal of starts and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions recorded: %1. Journal file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer lost (%1); reconciled: %2 took effect, %3 did not, %4 still unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not connected to “%1”: no access token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server’s answer was lost. Checking with the server whether the change took effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Filtered Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load only the sessions running now (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every session, running and ended (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production opens read-only: allow starting and stopping until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every start and stop sent from this computer, and its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as a table that pastes into a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by This &amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by This &amp;Pricing Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Usage Session Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Usage Session Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Usage Session Admin&lt;/b&gt; %1&lt;br&gt;View, start and stop BillForward usage sessions.&lt;br&gt;Connected to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach details panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start or stop is still waiting for the server’s answer. Switch once it has been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1, %2. Choose another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Server: %3
Click to choose another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production — read-only.&lt;/b&gt; You are looking at live billing data. This connection never starts or stops sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production — read-only.&lt;/b&gt; You are looking at live billing data. Starting and stopping sessions is off until you allow changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production — changes allowed&lt;/b&gt; until the app closes. Every start and stop changes what customers are billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only connection.&lt;/b&gt; Sessions cannot be started or stopped through “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; These sessions come from a server built into this app, not from BillForward. Changes you make stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox.&lt;/b&gt; BillForward’s test environment: changes here bill no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sessions of %1 failed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by Unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by Pricing Component “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Filtered Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage Session Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one session or several on a subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected running sessions (select rows that are Active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting 1 session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping 1 session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops on “%1” are no longer confirmed. Turn it back on in Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on production are allowed until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaginationBar</name>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionUnlockDialog</name>
    <message>
        <source>Allow changes on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a BillForward production connection. Starting and stopping sessions there changes what customers are billed.

To allow changes until the app closes, type the connection’s name or the word production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the connection name or production to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization IDs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: limit lists to these organization IDs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only: never start or stop sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for &amp;confirmation before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for confirmation before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A token entered here is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID for the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: opens read-only; starting or stopping sessions needs an explicit unlock each time the app runs. Stops are always confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server’s base URL, e.g. https://app-sandbox.billforward.net/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave credentials out of the URL: enter the token in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server address to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the server answered and accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another connection first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActionRunner</name>
    <message>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” (%2) is still being started or stopped: wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFilter</name>
    <message>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing component: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historic only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing components: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormatter</name>
    <message>
        <source>SUBSCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICING COMPONENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPager</name>
    <message>
        <source>no rows (filtered from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1–%2 of %3 (filtered from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing component ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incarnation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Usage sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: click to sort, Shift+click to add a secondary sort, right-click to show or hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1. Click a column to sort by it, Shift+click to add it as a tie-breaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartRequestValidator</name>
    <message>
        <source>Enter the subscription ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription ID may not contain spaces or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is empty: enter a session ID or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (“%2”) contains a space: enter one session ID per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID “%1” is listed twice (lines %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” is already running in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one session ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pricing component’s name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit of measure (for example minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is in the future: choose a time up to now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session IDs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One session ID per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing component name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing component ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at a chosen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pricing component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>Rows loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions loaded, %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected, total %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 Retrying in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopConfirmationDialog</name>
    <message>
        <source>Stop sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that will stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration at stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at a chosen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the stop time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don’t ask again for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don’t ask again for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session will stop at the time chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions will stop at the time chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session will stop now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions will stop now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopRequest</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopRequestValidator</name>
    <message>
        <source>Select at least one running session to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” (%2) is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop time is in the future: choose a time up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop time is before the start of session “%1” (%2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionField</name>
    <message>
        <source>Subscription ID, e.g. SUB-604915D4-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a subscription ID and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a subscription ID: it may not contain spaces, slashes or control characters, and has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPromptDialog</name>
    <message>
        <source>Access token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResolver</name>
    <message>
        <source>%1 Enter the access token: it will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is stored for this connection. Enter it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatDuration</name>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage Session Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View, start and stop BillForward usage sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BillForward API base URL (default: $BILLFORWARD_BASE_URL; none: demo mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access token from PATH (default: $BILLFORWARD_ACCESS_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo server even when a base URL is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this subscription at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token is refused: a token on the command line shows up in the process list and shell history. Use --token-file PATH or the BILLFORWARD_ACCESS_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid base URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
