<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <source>Security dashboard for Microsoft CSP partners: partner security alerts, spend anomalies and sign-in detections for every customer, online or offline.</source>
        <translation>Security dashboard for Microsoft CSP partners: partner security alerts, spend anomalies and sign-in detections for every customer, online or offline.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use this cache file instead of the default</source>
        <translation>Use this cache file instead of the default</translation>
    </message>
    <message>
        <source>Language of messages: fr or en</source>
        <translation>Language of messages: fr or en</translation>
    </message>
    <message>
        <source>Open the dashboard on a generated demo world (no sign-in, no network)</source>
        <translation>Open the dashboard on a generated demo world (no sign-in, no network)</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>Show the version and exit</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Show this help and exit</translation>
    </message>
    <message>
        <source>Usage: vigie [--demo] | vigie COMMAND [options]</source>
        <translation>Usage: vigie [--demo] | vigie COMMAND [options]</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 partial (actions still queued)</source>
        <translation>Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 partial (actions still queued)</translation>
    </message>
    <message>
        <source>Vigie: security alerts, spend anomalies and sign-in detections for Microsoft CSP partners. Without a command, opens the dashboard.</source>
        <translation>Vigie: security alerts, spend anomalies and sign-in detections for Microsoft CSP partners. Without a command, opens the dashboard.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Run &quot;vigie COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;vigie COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>Usage: vigie %1 %2</source>
        <translation>Usage: vigie %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Run &quot;vigie --help&quot; for more information.</source>
        <translation>Run &quot;vigie --help&quot; for more information.</translation>
    </message>
    <message>
        <source>The command to run</source>
        <translation>The command to run</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Unknown language &quot;%1&quot;: use fr or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>--demo only applies to the dashboard.</source>
        <translation>--demo only applies to the dashboard.</translation>
    </message>
    <message>
        <source>Missing argument for &quot;%1&quot;.</source>
        <translation>Missing argument for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation>Too many arguments for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid argument &quot;%1&quot;: expected one of %2.</source>
        <translation>Invalid argument &quot;%1&quot;: expected one of %2.</translation>
    </message>
    <message>
        <source>Missing required option --%1.</source>
        <translation>Missing required option --%1.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --%2: expected one of %3.</source>
        <translation>Invalid value &quot;%1&quot; for --%2: expected one of %3.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; command is not available in this version of Vigie yet.</source>
        <translation>The &quot;%1&quot; command is not available in this version of Vigie yet.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft (authorization code with PKCE, or device code)</source>
        <translation>Sign in to Microsoft (authorization code with PKCE, or device code)</translation>
    </message>
    <message>
        <source>Use the device code flow</source>
        <translation>Use the device code flow</translation>
    </message>
    <message>
        <source>Forget the stored sign-in tokens</source>
        <translation>Forget the stored sign-in tokens</translation>
    </message>
    <message>
        <source>Download alerts, customers, spend and logs into the cache</source>
        <translation>Download alerts, customers, spend and logs into the cache</translation>
    </message>
    <message>
        <source>How many days back to read</source>
        <translation>How many days back to read</translation>
    </message>
    <message>
        <source>Only this customer (repeatable)</source>
        <translation>Only this customer (repeatable)</translation>
    </message>
    <message>
        <source>Skip sign-in and audit logs</source>
        <translation>Skip sign-in and audit logs</translation>
    </message>
    <message>
        <source>Skip daily spend</source>
        <translation>Skip daily spend</translation>
    </message>
    <message>
        <source>List partner security alerts from the cache</source>
        <translation>List partner security alerts from the cache</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filter by severity</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filter by customer</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Output format</translation>
    </message>
    <message>
        <source>Resolve alerts (queued, then pushed)</source>
        <translation>Resolve alerts (queued, then pushed)</translation>
    </message>
    <message>
        <source>Resolution reason</source>
        <translation>Resolution reason</translation>
    </message>
    <message>
        <source>A note kept in Vigie</source>
        <translation>A note kept in Vigie</translation>
    </message>
    <message>
        <source>Only queue; do not push now</source>
        <translation>Only queue; do not push now</translation>
    </message>
    <message>
        <source>Suspend a customer&apos;s subscription</source>
        <translation>Suspend a customer&apos;s subscription</translation>
    </message>
    <message>
        <source>Customer tenant id</source>
        <translation>Customer tenant id</translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation>Subscription id</translation>
    </message>
    <message>
        <source>Do not ask for confirmation</source>
        <translation>Do not ask for confirmation</translation>
    </message>
    <message>
        <source>Send queued actions</source>
        <translation>Send queued actions</translation>
    </message>
    <message>
        <source>Import sign-in or audit log files</source>
        <translation>Import sign-in or audit log files</translation>
    </message>
    <message>
        <source>Customer the logs belong to</source>
        <translation>Customer the logs belong to</translation>
    </message>
    <message>
        <source>Run the detection rules and list findings</source>
        <translation>Run the detection rules and list findings</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Only this customer</translation>
    </message>
    <message>
        <source>Re-run over events since this date (back-test)</source>
        <translation>Re-run over events since this date (back-test)</translation>
    </message>
    <message>
        <source>Export cached data to a file</source>
        <translation>Export cached data to a file</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Write a PDF case report for a customer</source>
        <translation>Write a PDF case report for a customer</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Informational</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Legitimate</source>
        <translation>Legitimate</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detections</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Demo mode: generated data from a simulated partner cloud. Nothing here is real and no action reaches Microsoft.</source>
        <translation>Demo mode: generated data from a simulated partner cloud. Nothing here is real and no action reaches Microsoft.</translation>
    </message>
    <message>
        <source>No data yet. Sign in and sync to see new and unresolved alerts, the 60-day backlog, spend spikes and new findings.</source>
        <translation>No data yet. Sign in and sync to see new and unresolved alerts, the 60-day backlog, spend spikes and new findings.</translation>
    </message>
    <message>
        <source>No alerts in the cache yet.</source>
        <translation>No alerts in the cache yet.</translation>
    </message>
    <message>
        <source>No customers in the cache yet.</source>
        <translation>No customers in the cache yet.</translation>
    </message>
    <message>
        <source>No findings yet. Import or sync sign-in and audit logs to run the detection rules.</source>
        <translation>No findings yet. Import or sync sign-in and audit logs to run the detection rules.</translation>
    </message>
    <message>
        <source>No spend data in the cache yet.</source>
        <translation>No spend data in the cache yet.</translation>
    </message>
    <message>
        <source>No local activity recorded yet.</source>
        <translation>No local activity recorded yet.</translation>
    </message>
    <message>
        <source>Settings for sync, sign-in and per-customer detection tuning.</source>
        <translation>Settings for sync, sign-in and per-customer detection tuning.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import logs…</source>
        <translation>&amp;Import logs…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Detections</source>
        <translation>&amp;Detections</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Spend</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>&amp;About Vigie</translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>Refusing endpoint %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Refusing endpoint %1: only https, or http to this computer (loopback), is allowed.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The cache %1 is in use by another Vigie process; try again when it is done.</source>
        <translation>The cache %1 is in use by another Vigie process; try again when it is done.</translation>
    </message>
    <message>
        <source>The file %1 is not a readable Vigie cache. It was left untouched.</source>
        <translation>The file %1 is not a readable Vigie cache. It was left untouched.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>The cache %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie cache (not an SQLite database). It was left untouched; choose another file with --cache.</source>
        <translation>The file %1 is not a Vigie cache (not an SQLite database). It was left untouched; choose another file with --cache.</translation>
    </message>
    <message>
        <source>The cache %1 does not exist yet.</source>
        <translation>The cache %1 does not exist yet.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another application. It was left untouched; choose another file with --cache.</source>
        <translation>The file %1 is an SQLite database of another application. It was left untouched; choose another file with --cache.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). It was left untouched; update Vigie or use another cache with --cache.</source>
        <translation>The cache %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). It was left untouched; update Vigie or use another cache with --cache.</translation>
    </message>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation>The local cache could not be updated: %1</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (integrity check failed). It was left untouched; move it aside and sync again.</source>
        <translation>The cache %1 is damaged (integrity check failed). It was left untouched; move it aside and sync again.</translation>
    </message>
    <message>
        <source>Vigie is already open with the cache %1 (process %2). Switch to that window, or close it first.</source>
        <translation>Vigie is already open with the cache %1 (process %2). Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>Could not write logs to the cache.</source>
        <translation>Could not write logs to the cache.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AboutDialog</name>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Cache: %1
Settings: %2</source>
        <translation>Cache: %1
Settings: %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Offline: not synced yet</source>
        <translation>Offline: not synced yet</translation>
    </message>
    <message>
        <source>Vigie (demo)</source>
        <translation>Vigie (demo)</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
</context>
</TS>
