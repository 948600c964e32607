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
    <name>Actions</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>Pushing action %1 of %2…</source>
        <translation>Pushing action %1 of %2…</translation>
    </message>
    <message>
        <source>The service could not be reached; queued actions are kept.</source>
        <translation>The service could not be reached; queued actions are kept.</translation>
    </message>
    <message>
        <source>%1 queued, %2 failed, %3 in conflict.</source>
        <translation>%1 queued, %2 failed, %3 in conflict.</translation>
    </message>
    <message>
        <source>Every action is done.</source>
        <translation>Every action is done.</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: standard input is not a terminal. Add --yes to confirm.</source>
        <translation>Refusing to act without confirmation: standard input is not a terminal. Add --yes to confirm.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nothing was queued.</translation>
    </message>
    <message>
        <source>Give alert ids, or --older-than DAYS for the backlog, not both.</source>
        <translation>Give alert ids, or --older-than DAYS for the backlog, not both.</translation>
    </message>
    <message>
        <source>Unknown reason.</source>
        <translation>Unknown reason.</translation>
    </message>
    <message>
        <source>--older-than expects a number of days from 1 to 3650.</source>
        <translation>--older-than expects a number of days from 1 to 3650.</translation>
    </message>
    <message numerus="yes">
        <source>No open alert is older than %n day(s).</source>
        <translation>
            <numerusform>No open alert is older than %n day.</numerusform>
            <numerusform>No open alert is older than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve them all as %1? [y/N]</source>
        <translation>Resolve them all as %1? [y/N]</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued.</source>
        <translation>
            <numerusform>%n action queued.</numerusform>
            <numerusform>%n actions queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;vigie push&quot; to send them.</source>
        <translation>Run &quot;vigie push&quot; to send them.</translation>
    </message>
    <message>
        <source>Cancel the Azure subscription %1 (%2) of %3, under the plan %4, for compromise.</source>
        <translation>Cancel the Azure subscription %1 (%2) of %3, under the plan %4, for compromise.</translation>
    </message>
    <message>
        <source>Cancel it? [y/N]</source>
        <translation>Cancel it? [y/N]</translation>
    </message>
    <message>
        <source>Suspend the subscription %1 (%2) of %3.</source>
        <translation>Suspend the subscription %1 (%2) of %3.</translation>
    </message>
    <message>
        <source>Warning: this is an Azure plan; suspending it stops EVERY Azure subscription under it.</source>
        <translation>Warning: this is an Azure plan; suspending it stops EVERY Azure subscription under it.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name (%1) to confirm:</source>
        <translation>Type the customer&apos;s name (%1) to confirm:</translation>
    </message>
    <message>
        <source>No %1 %2 for customer %3 in the cache: run &quot;vigie sync&quot; first, or check the ids.</source>
        <translation>No %1 %2 for customer %3 in the cache: run &quot;vigie sync&quot; first, or check the ids.</translation>
    </message>
    <message>
        <source>No alert %1 in the cache: run &quot;vigie sync&quot; first, or check the id.</source>
        <translation>No alert %1 in the cache: run &quot;vigie sync&quot; first, or check the id.</translation>
    </message>
    <message>
        <source>Invalid identifier &quot;%1&quot;.</source>
        <translation>Invalid identifier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>subscription</translation>
    </message>
    <message>
        <source>Unknown queued action %1.</source>
        <translation>Unknown queued action %1.</translation>
    </message>
    <message>
        <source>Only a failed action can be retried.</source>
        <translation>Only a failed action can be retried.</translation>
    </message>
    <message>
        <source>Sent again by the analyst (action %1).</source>
        <translation>Sent again by the analyst (action %1).</translation>
    </message>
    <message>
        <source>The analyst kept the state on the service.</source>
        <translation>The analyst kept the state on the service.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) older than %1:</source>
        <translation>
            <numerusform>%n open alert older than %1:</numerusform>
            <numerusform>%n open alerts older than %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Actions that need you</source>
        <translation>Actions that need you</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Local (Vigie)</source>
        <translation>Local (Vigie)</translation>
    </message>
    <message>
        <source>Remote (service)</source>
        <translation>Remote (service)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Send &amp;mine again</source>
        <translation>Send &amp;mine again</translation>
    </message>
    <message>
        <source>&amp;Keep the remote state</source>
        <translation>&amp;Keep the remote state</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Search the trail</source>
        <translation>Search the trail</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>AlertTrendChart</name>
    <message>
        <source>No severity</source>
        <translation>No severity</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>No type</translation>
    </message>
    <message>
        <source>Other customers</source>
        <translation>Other customers</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alerts per day</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>Search alerts (/)</source>
        <translation>Search alerts (/)</translation>
    </message>
    <message>
        <source>&amp;Legitimate</source>
        <translation>&amp;Legitimate</translation>
    </message>
    <message>
        <source>Expected activity or a false positive (L)</source>
        <translation>Expected activity or a false positive (L)</translation>
    </message>
    <message>
        <source>&amp;Fraud</source>
        <translation>&amp;Fraud</translation>
    </message>
    <message>
        <source>Abuse or unauthorised use (F)</source>
        <translation>Abuse or unauthorised use (F)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>An older alert set aside (I)</source>
        <translation>An older alert set aside (I)</translation>
    </message>
    <message>
        <source>In&amp;vestigating</source>
        <translation>In&amp;vestigating</translation>
    </message>
    <message>
        <source>Mark as under investigation (V)</source>
        <translation>Mark as under investigation (V)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>A note kept in Vigie with the alert (N)</source>
        <translation>A note kept in Vigie with the alert (N)</translation>
    </message>
    <message>
        <source>↑/↓ or j/k move · Enter opens · / searches · L legitimate · F fraud · I ignore · V investigating · N note · Ctrl+A or Shift+click selects many</source>
        <translation>↑/↓ or j/k move · Enter opens · / searches · L legitimate · F fraud · I ignore · V investigating · N note · Ctrl+A or Shift+click selects many</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Reseller:</translation>
    </message>
    <message>
        <source>&amp;Saved filters:</source>
        <translation>&amp;Saved filters:</translation>
    </message>
    <message>
        <source>Choose a saved filter to apply it</source>
        <translation>Choose a saved filter to apply it</translation>
    </message>
    <message>
        <source>S&amp;ave filter…</source>
        <translation>S&amp;ave filter…</translation>
    </message>
    <message>
        <source>Save the current filter under a name (Ctrl+S)</source>
        <translation>Save the current filter under a name (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete filter</source>
        <translation>&amp;Delete filter</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Delete the chosen saved filter</translation>
    </message>
</context>
<context>
    <name>AlertsPerDayChart</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>No finding with id %1.</source>
        <translation>No finding with id %1.</translation>
    </message>
    <message>
        <source>A finding cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A finding cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): field &quot;%3&quot;: %4</source>
        <translation>Rule %1 (%2): field &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>a settings reference needs a key</source>
        <translation>a settings reference needs a key</translation>
    </message>
    <message>
        <source>value object must be {&quot;setting&quot;} or {&quot;field&quot;}</source>
        <translation>value object must be {&quot;setting&quot;} or {&quot;field&quot;}</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a non-empty array</source>
        <translation>expected a non-empty array</translation>
    </message>
    <message>
        <source>array quantifier path must end with []</source>
        <translation>array quantifier path must end with []</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unknown operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>invalid CIDR in list</source>
        <translation>invalid CIDR in list</translation>
    </message>
    <message>
        <source>expected all, anyOf, not, anyItem, allItems or path</source>
        <translation>expected all, anyOf, not, anyItem, allItems or path</translation>
    </message>
    <message>
        <source>missing or invalid rule id</source>
        <translation>missing or invalid rule id</translation>
    </message>
    <message>
        <source>missing text</source>
        <translation>missing text</translation>
    </message>
    <message>
        <source>expected low, medium or high</source>
        <translation>expected low, medium or high</translation>
    </message>
    <message>
        <source>expected signIns or directoryAudits</source>
        <translation>expected signIns or directoryAudits</translation>
    </message>
    <message>
        <source>expected match, threshold, baseline-delta or allowlist</source>
        <translation>expected match, threshold, baseline-delta or allowlist</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected a path, a list of paths or {&quot;firstOf&quot;}</source>
        <translation>expected a path, a list of paths or {&quot;firstOf&quot;}</translation>
    </message>
    <message>
        <source>expected an ISO-8601 duration</source>
        <translation>expected an ISO-8601 duration</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>expected a positive number</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected countDistinct, count or anyIn</source>
        <translation>expected countDistinct, count or anyIn</translation>
    </message>
    <message>
        <source>expected in, cidrIn or hostIn</source>
        <translation>expected in, cidrIn or hostIn</translation>
    </message>
    <message>
        <source>expected unconfigured or skip</source>
        <translation>expected unconfigured or skip</translation>
    </message>
    <message>
        <source>expected {field, list}, {type: workingHours} or {when}</source>
        <translation>expected {field, list}, {type: workingHours} or {when}</translation>
    </message>
    <message>
        <source>an allowlist rule needs allow entries</source>
        <translation>an allowlist rule needs allow entries</translation>
    </message>
    <message>
        <source>expected any or all</source>
        <translation>expected any or all</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>expected an array of strings</translation>
    </message>
    <message>
        <source>Rule file %1 is not valid JSON: %2 at offset %3</source>
        <translation>Rule file %1 is not valid JSON: %2 at offset %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): field &quot;id&quot;: %3</source>
        <translation>Rule %1 (%2): field &quot;id&quot;: %3</translation>
    </message>
    <message>
        <source>defined twice</source>
        <translation>defined twice</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; or other source</source>
        <translation>unknown rule &quot;%1&quot; or other source</translation>
    </message>
    <message>
        <source>No rule files in %1</source>
        <translation>No rule files in %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Settings: field &quot;%1&quot;: %2</source>
        <translation>Settings: field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected day names Mon…Sun</source>
        <translation>expected day names Mon…Sun</translation>
    </message>
    <message>
        <source>expected HH:mm</source>
        <translation>expected HH:mm</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>expected a list of strings</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;</source>
        <translation>invalid CIDR &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown IANA time zone &quot;%1&quot;</source>
        <translation>unknown IANA time zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rule %1 has no list of approved actors to add to.</source>
        <translation>Rule %1 has no list of approved actors to add to.</translation>
    </message>
    <message>
        <source>The actor of this finding is unknown: its events are no longer in the cache. Add it in the customer&apos;s settings.</source>
        <translation>The actor of this finding is unknown: its events are no longer in the cache. Add it in the customer&apos;s settings.</translation>
    </message>
    <message>
        <source>Actor already approved for this customer (%1): %2.</source>
        <translation>Actor already approved for this customer (%1): %2.</translation>
    </message>
    <message>
        <source>Actor approved for this customer (%1): %2.</source>
        <translation>Actor approved for this customer (%1): %2.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>The demo cloud could not start on 127.0.0.1.</source>
        <translation>The demo cloud could not start on 127.0.0.1.</translation>
    </message>
    <message>
        <source>Signing in to the demo cloud…</source>
        <translation>Signing in to the demo cloud…</translation>
    </message>
    <message>
        <source>Demo sign-in failed: %1</source>
        <translation>Demo sign-in failed: %1</translation>
    </message>
    <message>
        <source>Building the demo world (40 customers)…</source>
        <translation>Building the demo world (40 customers)…</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Alerts per day</source>
        <translation>Alerts per day</translation>
    </message>
    <message>
        <source>Spend per day: %1</source>
        <translation>Spend per day: %1</translation>
    </message>
    <message>
        <source>Expected band</source>
        <translation>Expected band</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Cost (%1)</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation>Case report: %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Vigie.</source>
        <translation>Generated on %1 by Vigie.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Tenant id</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>none (direct customer)</source>
        <translation>none (direct customer)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>No alert for this customer in the cache.</source>
        <translation>No alert for this customer in the cache.</translation>
    </message>
    <message>
        <source>Alert id</source>
        <translation>Alert id</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Azure subscription</source>
        <translation>Azure subscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>not resolved</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes seen</source>
        <translation>Changes seen</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes</source>
        <translation>Analyst&apos;s notes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>No action recorded for this customer.</source>
        <translation>No action recorded for this customer.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>Response checklist</source>
        <translation>Response checklist</translation>
    </message>
    <message>
        <source>No response checklist recorded for this customer.</source>
        <translation>No response checklist recorded for this customer.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Open findings (%1)</source>
        <translation>Open findings (%1)</translation>
    </message>
    <message>
        <source>No open finding.</source>
        <translation>No open finding.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>No spend in the cache for this customer.</source>
        <translation>No spend in the cache for this customer.</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller subscription(s) not drawn.</source>
        <translation>
            <numerusform>%n smaller subscription not drawn.</numerusform>
            <numerusform>%n smaller subscriptions not drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <source>mark as investigating</source>
        <translation>mark as investigating</translation>
    </message>
    <message>
        <source>suspend the subscription</source>
        <translation>suspend the subscription</translation>
    </message>
    <message>
        <source>cancel the Azure subscription</source>
        <translation>cancel the Azure subscription</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Response checklist</source>
        <translation>Response checklist</translation>
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
    <message>
        <source>Every open alert detected more than DAYS days ago</source>
        <translation>Every open alert detected more than DAYS days ago</translation>
    </message>
    <message>
        <source>Partner Center subscription id, or an Azure subscription id as alerts name it</source>
        <translation>Partner Center subscription id, or an Azure subscription id as alerts name it</translation>
    </message>
    <message>
        <source>For an Azure subscription: suspend its whole Azure plan instead of cancelling it alone</source>
        <translation>For an Azure subscription: suspend its whole Azure plan instead of cancelling it alone</translation>
    </message>
    <message>
        <source>Case report written to %1.</source>
        <translation>Case report written to %1.</translation>
    </message>
    <message>
        <source>--status and --severity only apply to alerts.</source>
        <translation>--status and --severity only apply to alerts.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts only: filter by status</source>
        <translation>Alerts only: filter by status</translation>
    </message>
    <message>
        <source>Alerts only: filter by severity</source>
        <translation>Alerts only: filter by severity</translation>
    </message>
</context>
<context>
    <name>CustomerDrillDownPage</name>
    <message>
        <source>Case &amp;report…</source>
        <translation>Case &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>S&amp;pend of:</source>
        <translation>S&amp;pend of:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
</context>
<context>
    <name>CustomerSettingsDialog</name>
    <message>
        <source>Detection settings</source>
        <translation>Detection settings</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>Acco&amp;unts</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>Approved &amp;actors</source>
        <translation>Approved &amp;actors</translation>
    </message>
    <message>
        <source>A&amp;pps and domains</source>
        <translation>A&amp;pps and domains</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>Working &amp;hours</translation>
    </message>
    <message>
        <source>Working hours are set</source>
        <translation>Working hours are set</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Mo&amp;n</source>
        <translation>Mo&amp;n</translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation>&amp;Tue</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>&amp;Wed</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>T&amp;hu</translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation>&amp;Fri</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>S&amp;at</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>S&amp;un</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Override the &amp;baseline of the baseline rules</source>
        <translation>Override the &amp;baseline of the baseline rules</translation>
    </message>
    <message>
        <source>Baseline &amp;windows:</source>
        <translation>Baseline &amp;windows:</translation>
    </message>
    <message>
        <source>Change in &amp;percent:</source>
        <translation>Change in &amp;percent:</translation>
    </message>
    <message>
        <source>&amp;Minimum volume:</source>
        <translation>&amp;Minimum volume:</translation>
    </message>
    <message>
        <source>Advanced (&amp;JSON)</source>
        <translation>Advanced (&amp;JSON)</translation>
    </message>
    <message>
        <source>The full settings, including thresholds, per-account working hours and disabled rules. Changes here and in the other tabs are kept in sync.</source>
        <translation>The full settings, including thresholds, per-account working hours and disabled rules. Changes here and in the other tabs are kept in sync.</translation>
    </message>
    <message>
        <source>Settings as JSON</source>
        <translation>Settings as JSON</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xport JSON…</translation>
    </message>
    <message>
        <source>Approve actors seen in the &amp;last 30 days…</source>
        <translation>Approve actors seen in the &amp;last 30 days…</translation>
    </message>
    <message>
        <source>Lists the actors of open findings of the last 30 days that no approved list covers yet; tick the ones to add</source>
        <translation>Lists the actors of open findings of the last 30 days that no approved list covers yet; tick the ones to add</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, domain, tenant id, reseller or tag</source>
        <translation>Name, domain, tenant id, reseller or tag</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>The customer&apos;s alerts and findings (Enter)</source>
        <translation>The customer&apos;s alerts and findings (Enter)</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>Add or remove tags on the selected customers (T)</source>
        <translation>Add or remove tags on the selected customers (T)</translation>
    </message>
    <message>
        <source>Detection settings of the &amp;tag…</source>
        <translation>Detection settings of the &amp;tag…</translation>
    </message>
    <message>
        <source>Settings applied to every customer of the chosen tag; a customer&apos;s own settings still win</source>
        <translation>Settings applied to every customer of the chosen tag; a customer&apos;s own settings still win</translation>
    </message>
    <message>
        <source>A&amp;lerts of the tag</source>
        <translation>A&amp;lerts of the tag</translation>
    </message>
    <message>
        <source>The alerts queue, filtered to the customers of the chosen tag</source>
        <translation>The alerts queue, filtered to the customers of the chosen tag</translation>
    </message>
    <message>
        <source>↑/↓ move · Enter opens · / searches · T tags the selection · Ctrl+A or Shift+click selects many</source>
        <translation>↑/↓ move · Enter opens · / searches · T tags the selection · Ctrl+A or Shift+click selects many</translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --since: use YYYY-MM-DD or an ISO 8601 time.</source>
        <translation>Invalid date &quot;%1&quot; for --since: use YYYY-MM-DD or an ISO 8601 time.</translation>
    </message>
    <message>
        <source>  %1 events evaluated…</source>
        <translation>  %1 events evaluated…</translation>
    </message>
    <message>
        <source>Re-running the detection rules for %1 since %2…</source>
        <translation>Re-running the detection rules for %1 since %2…</translation>
    </message>
    <message>
        <source>Evaluating new events for %1…</source>
        <translation>Evaluating new events for %1…</translation>
    </message>
    <message>
        <source>  %1 events evaluated, %2 new findings, %3 updated (%4 ms)</source>
        <translation>  %1 events evaluated, %2 new findings, %3 updated (%4 ms)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>(no approved list yet)</source>
        <translation>(no approved list yet)</translation>
    </message>
</context>
<context>
    <name>DetectionsPage</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;Re-run detection…</source>
        <translation>&amp;Re-run detection…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge the finding (A)</source>
        <translation>Acknowledge the finding (A)</translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation>&amp;False positive</translation>
    </message>
    <message>
        <source>Mark as a false positive (F)</source>
        <translation>Mark as a false positive (F)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Close the finding (C)</source>
        <translation>Close the finding (C)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>Add a note to the finding (N)</source>
        <translation>Add a note to the finding (N)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Choose a customer to switch rules on or off for that customer.</source>
        <translation>Choose a customer to switch rules on or off for that customer.</translation>
    </message>
    <message>
        <source>Customer &amp;settings…</source>
        <translation>Customer &amp;settings…</translation>
    </message>
    <message>
        <source>Approved actors, countries, addresses, working hours and thresholds of this customer</source>
        <translation>Approved actors, countries, addresses, working hours and thresholds of this customer</translation>
    </message>
    <message>
        <source>A&amp;pprove actor</source>
        <translation>A&amp;pprove actor</translation>
    </message>
    <message>
        <source>Add the actor to this customer&apos;s approved list and mark the finding as a false positive (P)</source>
        <translation>Add the actor to this customer&apos;s approved list and mark the finding as a false positive (P)</translation>
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
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>no file name was given.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>it is a folder.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>the folder %1 does not exist.</translation>
    </message>
    <message>
        <source>No customer %1 in the cache.</source>
        <translation>No customer %1 in the cache.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>FailedSignInsChart</name>
    <message>
        <source>Other codes</source>
        <translation>Other codes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
</context>
<context>
    <name>FindingsPerRuleChart</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: not imported: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>not valid JSON (%1 at character %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%1 values for %2 columns</translation>
    </message>
    <message>
        <source>the record names no customer tenant; use --customer ID</source>
        <translation>the record names no customer tenant; use --customer ID</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>cannot open the file</translation>
    </message>
    <message>
        <source>the record is incomplete (the file breaks inside it)</source>
        <translation>the record is incomplete (the file breaks inside it)</translation>
    </message>
    <message>
        <source>the file is cut at byte %1: the whole records before were kept</source>
        <translation>the file is cut at byte %1: the whole records before were kept</translation>
    </message>
    <message>
        <source>the JSON breaks at byte %1 (%2): the whole records before were kept, the rest was not read</source>
        <translation>the JSON breaks at byte %1 (%2): the whole records before were kept, the rest was not read</translation>
    </message>
    <message>
        <source>the last line is cut</source>
        <translation>the last line is cut</translation>
    </message>
    <message>
        <source>the file is cut in line %1: the whole lines before were kept</source>
        <translation>the file is cut in line %1: the whole lines before were kept</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this is not a log file Vigie knows (expected JSON, JSON Lines or a CSV log export)</source>
        <translation>this is not a log file Vigie knows (expected JSON, JSON Lines or a CSV log export)</translation>
    </message>
    <message>
        <source>the last record is cut (open quote)</source>
        <translation>the last record is cut (open quote)</translation>
    </message>
    <message>
        <source>the file is cut in line %1: the whole records before were kept</source>
        <translation>the file is cut in line %1: the whole records before were kept</translation>
    </message>
    <message>
        <source>Graph JSON</source>
        <translation>Graph JSON</translation>
    </message>
    <message>
        <source>JSON array (Graph or Entra portal download)</source>
        <translation>JSON array (Graph or Entra portal download)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Entra portal CSV (sign-ins)</source>
        <translation>Entra portal CSV (sign-ins)</translation>
    </message>
    <message>
        <source>Entra portal CSV (audit logs)</source>
        <translation>Entra portal CSV (audit logs)</translation>
    </message>
    <message>
        <source>Log Analytics export (JSON)</source>
        <translation>Log Analytics export (JSON)</translation>
    </message>
    <message>
        <source>Log Analytics export (CSV)</source>
        <translation>Log Analytics export (CSV)</translation>
    </message>
    <message>
        <source>Azure Monitor diagnostic export (JSON)</source>
        <translation>Azure Monitor diagnostic export (JSON)</translation>
    </message>
    <message>
        <source>Azure Monitor diagnostic export (JSON Lines)</source>
        <translation>Azure Monitor diagnostic export (JSON Lines)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>this is a binary file, not a log export (expected JSON, JSON Lines or CSV in UTF-8)</source>
        <translation>this is a binary file, not a log export (expected JSON, JSON Lines or CSV in UTF-8)</translation>
    </message>
    <message>
        <source>the file holds no sign-in or audit records</source>
        <translation>the file holds no sign-in or audit records</translation>
    </message>
    <message>
        <source>the file holds no sign-in or audit records (first record: %1)</source>
        <translation>the file holds no sign-in or audit records (first record: %1)</translation>
    </message>
    <message>
        <source>the records do not say which customer they belong to; run the import again with --customer ID</source>
        <translation>the records do not say which customer they belong to; run the import again with --customer ID</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is neither sign-ins nor audit logs</source>
        <translation>category &quot;%1&quot; is neither sign-ins nor audit logs</translation>
    </message>
    <message>
        <source>The CSV header is not one Vigie recognises (columns found: %1). If the file comes from the Entra portal in another language, download it again with the portal in English.</source>
        <translation>The CSV header is not one Vigie recognises (columns found: %1). If the file comes from the Entra portal in another language, download it again with the portal in English.</translation>
    </message>
    <message>
        <source>not a sign-in or audit record (no createdDateTime, activityDateTime, TimeGenerated or properties)</source>
        <translation>not a sign-in or audit record (no createdDateTime, activityDateTime, TimeGenerated or properties)</translation>
    </message>
    <message>
        <source>no createdDateTime</source>
        <translation>no createdDateTime</translation>
    </message>
    <message>
        <source>createdDateTime &quot;%1&quot; is not a date</source>
        <translation>createdDateTime &quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <source>no activityDateTime</source>
        <translation>no activityDateTime</translation>
    </message>
    <message>
        <source>activityDateTime &quot;%1&quot; is not a date</source>
        <translation>activityDateTime &quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <source>%1: %2% read</source>
        <translation>%1: %2% read</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>taken %1 (sign-ins %2, audits %3), duplicates %4, rejected %5</source>
        <translation>taken %1 (sign-ins %2, audits %3), duplicates %4, rejected %5</translation>
    </message>
    <message>
        <source>record %1 (line %2): %3</source>
        <translation>record %1 (line %2): %3</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>record %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more rejected</source>
        <translation>… and %1 more rejected</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Detections for %1: %2 events evaluated, %3 new findings, %4 updated</source>
        <translation>Detections for %1: %2 events evaluated, %3 new findings, %4 updated</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import logs</source>
        <translation>Import logs</translation>
    </message>
    <message>
        <source>&amp;Files (sign-in and audit logs: Graph JSON, JSON Lines, Entra portal CSV, Log Analytics, Azure Monitor):</source>
        <translation>&amp;Files (sign-in and audit logs: Graph JSON, JSON Lines, Entra portal CSV, Log Analytics, Azure Monitor):</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Import summary</translation>
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
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancel sync</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>The overview charts (new and unresolved alerts, the 60-day backlog, spend spikes) are not built yet. Findings are on the Detections page; cached alerts are listed by the command line (vigie alerts).</source>
        <translation>The overview charts (new and unresolved alerts, the 60-day backlog, spend spikes) are not built yet. Findings are on the Detections page; cached alerts are listed by the command line (vigie alerts).</translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>Refusing endpoint %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Refusing endpoint %1: only https, or http to this computer (loopback), is allowed.</translation>
    </message>
    <message>
        <source>No app registration: set VIGIE_CLIENT_ID to the application id.</source>
        <translation>No app registration: set VIGIE_CLIENT_ID to the application id.</translation>
    </message>
    <message>
        <source>Open this address in a web browser to sign in:</source>
        <translation>Open this address in a web browser to sign in:</translation>
    </message>
    <message>
        <source>Waiting for the browser...</source>
        <translation>Waiting for the browser...</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Signed out: the stored tokens were removed.</source>
        <translation>Signed out: the stored tokens were removed.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unreadable answer.</source>
        <translation>The sign-in service sent an unreadable answer.</translation>
    </message>
    <message>
        <source>Sign-in was declined.</source>
        <translation>Sign-in was declined.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used; start the sign-in again.</source>
        <translation>The sign-in code expired before it was used; start the sign-in again.</translation>
    </message>
    <message>
        <source>The sign-in code was not recognised; start the sign-in again.</source>
        <translation>The sign-in code was not recognised; start the sign-in again.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Sign-in failed (%1).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>To sign in, open %1 and enter the code %2.</translation>
    </message>
    <message>
        <source>No answer from the browser in time; start the sign-in again.</source>
        <translation>No answer from the browser in time; start the sign-in again.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect: %1</source>
        <translation>Cannot listen for the sign-in redirect: %1</translation>
    </message>
    <message>
        <source>This sign-in is already finished.</source>
        <translation>This sign-in is already finished.</translation>
    </message>
    <message>
        <source>Sign-in refused: the answer does not match the request (state).</source>
        <translation>Sign-in refused: the answer does not match the request (state).</translation>
    </message>
    <message>
        <source>Sign-in failed. You can close this window.</source>
        <translation>Sign-in failed. You can close this window.</translation>
    </message>
    <message>
        <source>Signed in to Vigie. You can close this window.</source>
        <translation>Signed in to Vigie. You can close this window.</translation>
    </message>
    <message>
        <source>The sign-in did not grant offline access (no refresh token).</source>
        <translation>The sign-in did not grant offline access (no refresh token).</translation>
    </message>
    <message>
        <source>Sign-in logs of tenant %1 are not available: the tenant has no Microsoft Entra ID P1 or P2 licence.</source>
        <translation>Sign-in logs of tenant %1 are not available: the tenant has no Microsoft Entra ID P1 or P2 licence.</translation>
    </message>
    <message>
        <source>Access denied to the partner security alerts: the app needs the PartnerSecurity.Read.All permission (PartnerSecurity.ReadWrite.All to resolve alerts) with admin consent, and the user the Admin Agent role.</source>
        <translation>Access denied to the partner security alerts: the app needs the PartnerSecurity.Read.All permission (PartnerSecurity.ReadWrite.All to resolve alerts) with admin consent, and the user the Admin Agent role.</translation>
    </message>
    <message>
        <source>Access denied while updating a partner security alert: the app needs the PartnerSecurity.ReadWrite.All permission with admin consent, and the user the Admin Agent role.</source>
        <translation>Access denied while updating a partner security alert: the app needs the PartnerSecurity.ReadWrite.All permission with admin consent, and the user the Admin Agent role.</translation>
    </message>
    <message>
        <source>Access denied to the sign-in logs of tenant %1: the app needs the AuditLog.Read.All and Directory.Read.All permissions, and the user a directory role such as Security Reader or Reports Reader (through GDAP).</source>
        <translation>Access denied to the sign-in logs of tenant %1: the app needs the AuditLog.Read.All and Directory.Read.All permissions, and the user a directory role such as Security Reader or Reports Reader (through GDAP).</translation>
    </message>
    <message>
        <source>Access denied to the audit logs of tenant %1: the app needs the AuditLog.Read.All permission, and the user a directory role such as Security Reader or Reports Reader (through GDAP).</source>
        <translation>Access denied to the audit logs of tenant %1: the app needs the AuditLog.Read.All permission, and the user a directory role such as Security Reader or Reports Reader (through GDAP).</translation>
    </message>
    <message>
        <source>Access denied by Partner Center: the user needs the Admin Agent role in the partner tenant (and a relationship with the customer).</source>
        <translation>Access denied by Partner Center: the user needs the Admin Agent role in the partner tenant (and a relationship with the customer).</translation>
    </message>
    <message>
        <source>Access denied to the costs of Azure subscription %1: the user needs the Cost Management Reader (or Reader) role on the subscription, through GDAP or the Admin Agents group.</source>
        <translation>Access denied to the costs of Azure subscription %1: the user needs the Cost Management Reader (or Reader) role on the subscription, through GDAP or the Admin Agents group.</translation>
    </message>
    <message>
        <source>Access denied by the service.</source>
        <translation>Access denied by the service.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>The object was changed by someone else.</source>
        <translation>The object was changed by someone else.</translation>
    </message>
    <message>
        <source>The service is throttling requests; try again later.</source>
        <translation>The service is throttling requests; try again later.</translation>
    </message>
    <message>
        <source>The service is unavailable (HTTP %1).</source>
        <translation>The service is unavailable (HTTP %1).</translation>
    </message>
    <message>
        <source>The service rejected the request (HTTP %1).</source>
        <translation>The service rejected the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation>The service rejected the request: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Invalid identifier &quot;%1&quot;.</source>
        <translation>Invalid identifier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Refusing to connect to %1: only https, or http to this computer (loopback), is allowed.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>Unexpected redirection from %1.</source>
        <translation>Unexpected redirection from %1.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be read (%2); nothing was kept from it.</source>
        <translation>The answer from %1 cannot be read (%2); nothing was kept from it.</translation>
    </message>
    <message>
        <source>No stored sign-in; run &quot;vigie login&quot;.</source>
        <translation>No stored sign-in; run &quot;vigie login&quot;.</translation>
    </message>
    <message>
        <source>Cannot access the stored sign-in: %1</source>
        <translation>Cannot access the stored sign-in: %1</translation>
    </message>
    <message>
        <source>No keychain service is available to keep the sign-in. Start one (GNOME Keyring, KWallet), or set VIGIE_TOKEN_STORE=file to keep it in a private file.</source>
        <translation>No keychain service is available to keep the sign-in. Start one (GNOME Keyring, KWallet), or set VIGIE_TOKEN_STORE=file to keep it in a private file.</translation>
    </message>
    <message>
        <source>Sign-in required: run &quot;vigie login&quot;.</source>
        <translation>Sign-in required: run &quot;vigie login&quot;.</translation>
    </message>
    <message>
        <source>Not recorded in the activity trail: %1</source>
        <translation>Not recorded in the activity trail: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Alert trend</source>
        <translation>Alert trend</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>S&amp;tack by:</source>
        <translation>S&amp;tack by:</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom in time, drag or ←/→ to pan, 0 to reset; click a legend entry to hide it; right-click to export.</source>
        <translation>Wheel or +/− to zoom in time, drag or ←/→ to pan, 0 to reset; click a legend entry to hide it; right-click to export.</translation>
    </message>
    <message>
        <source>Top customers by active alerts</source>
        <translation>Top customers by active alerts</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the customer&apos;s active alerts.</source>
        <translation>Double-click or press Enter to open the customer&apos;s active alerts.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve alerts</source>
        <translation>Resolve alerts</translation>
    </message>
    <message>
        <source>Active alerts detected more than</source>
        <translation>Active alerts detected more than</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> days ago</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Legitimate</source>
        <translation>&amp;Legitimate</translation>
    </message>
    <message>
        <source>Expected activity or a false positive.</source>
        <translation>Expected activity or a false positive.</translation>
    </message>
    <message>
        <source>&amp;Fraud</source>
        <translation>&amp;Fraud</translation>
    </message>
    <message>
        <source>Abuse or unauthorised use of the customer&apos;s Azure resources.</source>
        <translation>Abuse or unauthorised use of the customer&apos;s Azure resources.</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>An older alert set aside.</source>
        <translation>An older alert set aside.</translation>
    </message>
    <message>
        <source>Under in&amp;vestigation</source>
        <translation>Under in&amp;vestigation</translation>
    </message>
    <message>
        <source>Not resolved yet: marks the alert as being looked into.</source>
        <translation>Not resolved yet: marks the alert as being looked into.</translation>
    </message>
    <message>
        <source>&amp;Note (kept in Vigie; Graph keeps no note):</source>
        <translation>&amp;Note (kept in Vigie; Graph keeps no note):</translation>
    </message>
</context>
<context>
    <name>ResponseChecklist</name>
    <message>
        <source>Change the credentials of the tenant admins and of RBAC access to the Azure subscriptions</source>
        <translation>Change the credentials of the tenant admins and of RBAC access to the Azure subscriptions</translation>
    </message>
    <message>
        <source>Check that every tenant admin and RBAC owner has registered and enforced multi-factor authentication</source>
        <translation>Check that every tenant admin and RBAC owner has registered and enforced multi-factor authentication</translation>
    </message>
    <message>
        <source>Review the admins&apos; password recovery emails and phone numbers in Entra ID</source>
        <translation>Review the admins&apos; password recovery emails and phone numbers in Entra ID</translation>
    </message>
    <message>
        <source>Review risky users, sign-ins and subscriptions (Entra ID Protection)</source>
        <translation>Review risky users, sign-ins and subscriptions (Entra ID Protection)</translation>
    </message>
    <message>
        <source>Review the customer&apos;s sign-ins around the alert time for unusual patterns</source>
        <translation>Review the customer&apos;s sign-ins around the alert time for unusual patterns</translation>
    </message>
    <message>
        <source>Look for unauthorised changes in the Azure activity log (billing, configuration, subscription level)</source>
        <translation>Look for unauthorised changes in the Azure activity log (billing, configuration, subscription level)</translation>
    </message>
    <message>
        <source>Review spend anomalies against the customer&apos;s budget in Cost Management</source>
        <translation>Review spend anomalies against the customer&apos;s budget in Cost Management</translation>
    </message>
    <message>
        <source>Disable or delete the compromised resources and remove the threat actor</source>
        <translation>Disable or delete the compromised resources and remove the threat actor</translation>
    </message>
    <message>
        <source>Delete the unattached managed and unmanaged disks left after the incident</source>
        <translation>Delete the unattached managed and unmanaged disks left after the incident</translation>
    </message>
    <message>
        <source>Contact Azure support and report the incident</source>
        <translation>Contact Azure support and report the incident</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Microsoft services (restart to apply)</source>
        <translation>Microsoft services (restart to apply)</translation>
    </message>
    <message>
        <source>&amp;Sign-in (login):</source>
        <translation>&amp;Sign-in (login):</translation>
    </message>
    <message>
        <source>Microsoft &amp;Graph:</source>
        <translation>Microsoft &amp;Graph:</translation>
    </message>
    <message>
        <source>&amp;Partner Center:</source>
        <translation>&amp;Partner Center:</translation>
    </message>
    <message>
        <source>Azure Resource &amp;Manager:</source>
        <translation>Azure Resource &amp;Manager:</translation>
    </message>
    <message>
        <source>App (&amp;client) id:</source>
        <translation>App (&amp;client) id:</translation>
    </message>
    <message>
        <source>Partner &amp;tenant:</source>
        <translation>Partner &amp;tenant:</translation>
    </message>
    <message>
        <source>Token st&amp;ore:</source>
        <translation>Token st&amp;ore:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync &amp;every:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First sync &amp;reads:</source>
        <translation>First sync &amp;reads:</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Sync when Vigie &amp;starts</source>
        <translation>Sync when Vigie &amp;starts</translation>
    </message>
    <message>
        <source>Sign-in and audit &amp;logs</source>
        <translation>Sign-in and audit &amp;logs</translation>
    </message>
    <message>
        <source>Azure s&amp;pend</source>
        <translation>Azure s&amp;pend</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detections</translation>
    </message>
    <message>
        <source>Default &amp;working hours (customers without their own)</source>
        <translation>Default &amp;working hours (customers without their own)</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Language and notifications</source>
        <translation>Language and notifications</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifications:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache &amp;file:</source>
        <translation>Cache &amp;file:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>&amp;Compact now</source>
        <translation>&amp;Compact now</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Microsoft</source>
        <translation>Sign in to Microsoft</translation>
    </message>
    <message>
        <source>Vigie opens your web browser on the Microsoft sign-in page. Sign in with your partner account; the browser then hands the sign-in back to Vigie.</source>
        <translation>Vigie opens your web browser on the Microsoft sign-in page. Sign in with your partner account; the browser then hands the sign-in back to Vigie.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Sign in with the &amp;browser</translation>
    </message>
    <message>
        <source>If the browser did not open, copy this address into it.</source>
        <translation>If the browser did not open, copy this address into it.</translation>
    </message>
    <message>
        <source>Use a &amp;device code instead</source>
        <translation>Use a &amp;device code instead</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code:</source>
        <translation>On any device, open the address below and enter this code:</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copy code</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Open browser</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;New code</translation>
    </message>
    <message>
        <source>Use the bro&amp;wser instead</source>
        <translation>Use the bro&amp;wser instead</translation>
    </message>
</context>
<context>
    <name>SpendBandChart</name>
    <message>
        <source>Baseline band</source>
        <translation>Baseline band</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>Daily cost</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Cost (%1)</translation>
    </message>
</context>
<context>
    <name>SpendPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>Su&amp;bscription:</translation>
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
    <message>
        <source>The local cache has no such record.</source>
        <translation>The local cache has no such record.</translation>
    </message>
    <message>
        <source>The disk holding the cache %1 is full. Nothing already stored was lost; the last change was not written. Free some space and run again.</source>
        <translation>The disk holding the cache %1 is full. Nothing already stored was lost; the last change was not written. Free some space and run again.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written (a read-only file or folder, or no permission). Choose a writable place with --cache, or fix the permissions.</source>
        <translation>The cache %1 cannot be written (a read-only file or folder, or no permission). Choose a writable place with --cache, or fix the permissions.</translation>
    </message>
    <message>
        <source>Upgrading the cache to schema %1: %2 of %3 events</source>
        <translation>Upgrading the cache to schema %1: %2 of %3 events</translation>
    </message>
    <message>
        <source>The stored JSON of a cached event could not be read: the cache is damaged or was written by a newer Vigie.</source>
        <translation>The stored JSON of a cached event could not be read: the cache is damaged or was written by a newer Vigie.</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>Suspend or cancel a subscription</source>
        <translation>Suspend or cancel a subscription</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel this &amp;Azure subscription</source>
        <translation>Cancel this &amp;Azure subscription</translation>
    </message>
    <message>
        <source>&amp;Suspend the whole subscription</source>
        <translation>&amp;Suspend the whole subscription</translation>
    </message>
    <message>
        <source>Response &amp;checklist…</source>
        <translation>Response &amp;checklist…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n alert(s) from the cache.</source>
        <translation>
            <numerusform>%n alert from the cache.</numerusform>
            <numerusform>%n alerts from the cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown queued action %1.</source>
        <translation>Unknown queued action %1.</translation>
    </message>
    <message>
        <source>Action %1 is already finished.</source>
        <translation>Action %1 is already finished.</translation>
    </message>
    <message>
        <source>No cache at %1 yet: run &quot;vigie sync&quot; first.</source>
        <translation>No cache at %1 yet: run &quot;vigie sync&quot; first.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Last successful sync: %1.</translation>
    </message>
    <message>
        <source>--days expects a number of days from 1 to 365.</source>
        <translation>--days expects a number of days from 1 to 365.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 streams done, %3 items</source>
        <translation>Sync: %1 of %2 streams done, %3 items</translation>
    </message>
    <message>
        <source>Sync finished: %1 streams, %2 failed, %3 items.</source>
        <translation>Sync finished: %1 streams, %2 failed, %3 items.</translation>
    </message>
    <message>
        <source>Sign-in required: run &quot;vigie login&quot; first.</source>
        <translation>Sign-in required: run &quot;vigie login&quot; first.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
    <message>
        <source>Last sync: %1, incomplete (%2).</source>
        <translation>Last sync: %1, incomplete (%2).</translation>
    </message>
    <message>
        <source>some streams failed</source>
        <translation>some streams failed</translation>
    </message>
    <message>
        <source>The cache has never been synced.</source>
        <translation>The cache has never been synced.</translation>
    </message>
    <message>
        <source>%1: not available: %2</source>
        <translation>%1: not available: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n log stream(s) not available for the tenant&apos;s licence (not a failure; asked again once a day).</source>
        <translation>
            <numerusform>%n log stream not available for the tenant&apos;s licence (not a failure; asked again once a day).</numerusform>
            <numerusform>%n log streams not available for the tenant&apos;s licence (not a failure; asked again once a day).</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie asks again after %1.</source>
        <translation>Vigie asks again after %1.</translation>
    </message>
    <message>
        <source>Action %1 is not in conflict.</source>
        <translation>Action %1 is not in conflict.</translation>
    </message>
    <message>
        <source>Compacting the cache after a large sync (this can take a minute; nothing is lost if it is interrupted)…</source>
        <translation>Compacting the cache after a large sync (this can take a minute; nothing is lost if it is interrupted)…</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Customer tags</source>
        <translation>Customer tags</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Vigie</source>
        <translation>Welcome to Vigie</translation>
    </message>
    <message>
        <source>Vigie gathers your customers&apos; partner security alerts, sign-in and audit logs and Azure spend in one local cache, and watches them with 49 detection rules. Nobody is signed in and the cache is empty: sign in to your partner tenant, or explore a generated demo first.</source>
        <translation>Vigie gathers your customers&apos; partner security alerts, sign-in and audit logs and Azure spend in one local cache, and watches them with 49 detection rules. Nobody is signed in and the cache is empty: sign in to your partner tenant, or explore a generated demo first.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>&amp;Explore the demo</translation>
    </message>
    <message>
        <source>What Vigie needs</source>
        <translation>What Vigie needs</translation>
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
    <name>vigie::gui::ActionsController</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Resolve the selected alerts…</source>
        <translation>&amp;Resolve the selected alerts…</translation>
    </message>
    <message>
        <source>Resolve &amp;older alerts as Ignore…</source>
        <translation>Resolve &amp;older alerts as Ignore…</translation>
    </message>
    <message>
        <source>&amp;Suspend or cancel the alert&apos;s subscription…</source>
        <translation>&amp;Suspend or cancel the alert&apos;s subscription…</translation>
    </message>
    <message>
        <source>Response &amp;checklist…</source>
        <translation>Response &amp;checklist…</translation>
    </message>
    <message>
        <source>&amp;Push queued actions</source>
        <translation>&amp;Push queued actions</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued</source>
        <translation>
            <numerusform>%n action queued</numerusform>
            <numerusform>%n actions queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: open the Activity page (Ctrl+6)</source>
        <translation>The outbox: open the Activity page (Ctrl+6)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued; sending.</source>
        <translation>
            <numerusform>%n action queued; sending.</numerusform>
            <numerusform>%n actions queued; sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued in the outbox; &quot;vigie push&quot; sends them.</source>
        <translation>
            <numerusform>%n action queued in the outbox; &quot;vigie push&quot; sends them.</numerusform>
            <numerusform>%n actions queued in the outbox; &quot;vigie push&quot; sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to send it.</source>
        <translation>Sign in to send it.</translation>
    </message>
    <message>
        <source>The service is unreachable.</source>
        <translation>The service is unreachable.</translation>
    </message>
    <message>
        <source>Actions stay queued: sign in (File › Sign in) to send them.</source>
        <translation>Actions stay queued: sign in (File › Sign in) to send them.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n action(s) stay queued and are sent when the network is back.</source>
        <translation>
            <numerusform>Offline: %n action stay queued and are sent when the network is back.</numerusform>
            <numerusform>Offline: %n actions stay queued and are sent when the network is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox pushed: %1 done, %2 failed, %3 in conflict.</source>
        <translation>Outbox pushed: %1 done, %2 failed, %3 in conflict.</translation>
    </message>
    <message>
        <source>Queued in the outbox; &quot;vigie push&quot; sends it.</source>
        <translation>Queued in the outbox; &quot;vigie push&quot; sends it.</translation>
    </message>
    <message>
        <source>The remote state stands; nothing was sent.</source>
        <translation>The remote state stands; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ActivityModel</name>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Mark as investigating</source>
        <translation>Mark as investigating</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Cancel Azure subscription</source>
        <translation>Cancel Azure subscription</translation>
    </message>
    <message>
        <source>Keep the remote state</source>
        <translation>Keep the remote state</translation>
    </message>
    <message>
        <source>Response checklist</source>
        <translation>Response checklist</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Import logs</source>
        <translation>Import logs</translation>
    </message>
    <message>
        <source>Settings change</source>
        <translation>Settings change</translation>
    </message>
    <message>
        <source>Actor approval</source>
        <translation>Actor approval</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ActivityPage</name>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>Every result</source>
        <translation>Every result</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Every customer</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved as %1</source>
        <translation>Resolved as %1</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Cancelled (compromise)</source>
        <translation>Cancelled (compromise)</translation>
    </message>
    <message>
        <source>Unknown (not in the cache)</source>
        <translation>Unknown (not in the cache)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Actions that need you (%1)</source>
        <translation>Actions that need you (%1)</translation>
    </message>
    <message>
        <source>Nothing failed and nothing is in conflict.</source>
        <translation>Nothing failed and nothing is in conflict.</translation>
    </message>
    <message>
        <source>%1 — local (Vigie): %2; remote (service): %3. %4 &quot;Send mine again&quot; sends your change over the remote state; &quot;Keep the remote state&quot; ends this action without sending anything.</source>
        <translation>%1 — local (Vigie): %2; remote (service): %3. %4 &quot;Send mine again&quot; sends your change over the remote state; &quot;Keep the remote state&quot; ends this action without sending anything.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 &quot;Retry&quot; queues it again with the same request id.</source>
        <translation>%1 — %2: %3 &quot;Retry&quot; queues it again with the same request id.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AlertContextCharts</name>
    <message>
        <source>Failed sign-ins (%1)</source>
        <translation>Failed sign-ins (%1)</translation>
    </message>
    <message>
        <source>Directory changes (%1)</source>
        <translation>Directory changes (%1)</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Spend (%1)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>No spend data</source>
        <translation>No spend data</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AlertsModel</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Anomalous resource consumption</source>
        <translation>Anomalous resource consumption</translation>
    </message>
    <message>
        <source>Suspicious Azure operations</source>
        <translation>Suspicious Azure operations</translation>
    </message>
    <message>
        <source>Anomalous virtual machine deployment</source>
        <translation>Anomalous virtual machine deployment</translation>
    </message>
    <message>
        <source>Anomalous Azure Batch deployment</source>
        <translation>Anomalous Azure Batch deployment</translation>
    </message>
    <message>
        <source>Anomalous container instances deployment</source>
        <translation>Anomalous container instances deployment</translation>
    </message>
    <message>
        <source>Anomalous machine learning deployment</source>
        <translation>Anomalous machine learning deployment</translation>
    </message>
    <message>
        <source>Crypto mining</source>
        <translation>Crypto mining</translation>
    </message>
    <message>
        <source>Network connections to crypto mining pools</source>
        <translation>Network connections to crypto mining pools</translation>
    </message>
    <message>
        <source>Usage anomaly</source>
        <translation>Usage anomaly</translation>
    </message>
    <message>
        <source>%1 (conflict)</source>
        <translation>%1 (conflict)</translation>
    </message>
    <message>
        <source>%1 (action failed)</source>
        <translation>%1 (action failed)</translation>
    </message>
    <message>
        <source>%1 (action queued)</source>
        <translation>%1 (action queued)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Tenant id: %2</source>
        <translation>%1
Tenant id: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>First observed</source>
        <translation>First observed</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Last observed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>%1
Subscription id: %2</source>
        <translation>%1
Subscription id: %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AlertsPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Active and investigating</source>
        <translation>Active and investigating</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alert(s)</source>
        <translation>
            <numerusform>%1: %n alert</numerusform>
            <numerusform>%1: %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n alert(s) as under investigation?</source>
        <translation>
            <numerusform>Mark %n alert as under investigation?</numerusform>
            <numerusform>Mark %n alerts as under investigation?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n alert(s) as %1?</source>
        <translation>
            <numerusform>Resolve %n alert as %1?</numerusform>
            <numerusform>Resolve %n alerts as %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve alerts</source>
        <translation>Resolve alerts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note on &quot;%1&quot;, kept in Vigie:</source>
        <translation>A note on &quot;%1&quot;, kept in Vigie:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>First observed</source>
        <translation>First observed</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Last observed</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Alert id</source>
        <translation>Alert id</translation>
    </message>
    <message>
        <source>Affected resources</source>
        <translation>Affected resources</translation>
    </message>
    <message>
        <source>Additional details</source>
        <translation>Additional details</translation>
    </message>
    <message>
        <source>The customer from %1 to %2</source>
        <translation>The customer from %1 to %2</translation>
    </message>
    <message>
        <source>Open findings of the customer:</source>
        <translation>Open findings of the customer:</translation>
    </message>
    <message>
        <source>Other alerts of this subscription:</source>
        <translation>Other alerts of this subscription:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>first seen as %1</source>
        <translation>first seen as %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation>Customer tag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>All resellers</source>
        <translation>All resellers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Directory changes</source>
        <translation>Directory changes</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name of this filter (an existing name is replaced):</source>
        <translation>Name of this filter (an existing name is replaced):</translation>
    </message>
</context>
<context>
    <name>vigie::gui::BaselineChart</name>
    <message>
        <source>Baseline windows</source>
        <translation>Baseline windows</translation>
    </message>
    <message>
        <source>Current window</source>
        <translation>Current window</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CaseReportDialog</name>
    <message>
        <source>A PDF with the customer&apos;s alerts and how each was resolved, the actions taken, the response checklist, open findings and charts.</source>
        <translation>A PDF with the customer&apos;s alerts and how each was resolved, the actions taken, the response checklist, open findings and charts.</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Write PDF</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Loading customers…</translation>
    </message>
    <message>
        <source>No customer in the cache yet</source>
        <translation>No customer in the cache yet</translation>
    </message>
    <message>
        <source>Tenant id: %1</source>
        <translation>Tenant id: %1</translation>
    </message>
    <message>
        <source>Write the case report to</source>
        <translation>Write the case report to</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the case file…</source>
        <translation>Reading the case file…</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>Choose a file to write the report to.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>The cache could not be opened.</translation>
    </message>
    <message>
        <source>Drawing the charts and writing the PDF…</source>
        <translation>Drawing the charts and writing the PDF…</translation>
    </message>
    <message>
        <source>Case report written to %1.</source>
        <translation>Case report written to %1.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Save as &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
    <message>
        <source>Chart exported by Vigie</source>
        <translation>Chart exported by Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ChecklistDialog</name>
    <message>
        <source>Response checklist: %1</source>
        <translation>Response checklist: %1</translation>
    </message>
    <message>
        <source>After a compromise of %1, work through these steps. Ticks are kept in Vigie and appear in the case report.</source>
        <translation>After a compromise of %1, work through these steps. Ticks are kept in Vigie and appear in the case report.</translation>
    </message>
    <message>
        <source>Ticked by %1 on %2</source>
        <translation>Ticked by %1 on %2</translation>
    </message>
    <message>
        <source>Unticked by %1 on %2</source>
        <translation>Unticked by %1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomerDrillDownPage</name>
    <message>
        <source>Timeline: every entry of the range</source>
        <translation>Timeline: every entry of the range</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %1 (%n row(s))</source>
        <translation>
            <numerusform>Timeline: %1 (%n row)</numerusform>
            <numerusform>Timeline: %1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the cache yet (sync the customers)</source>
        <translation>Not in the cache yet (sync the customers)</translation>
    </message>
    <message>
        <source>Direct customer</source>
        <translation>Direct customer</translation>
    </message>
    <message>
        <source>Reseller: %1</source>
        <translation>Reseller: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>state unknown</translation>
    </message>
    <message>
        <source>: Azure %1</source>
        <translation>: Azure %1</translation>
    </message>
    <message>
        <source>Subscriptions: none cached</source>
        <translation>Subscriptions: none cached</translation>
    </message>
    <message>
        <source>Subscriptions: %1</source>
        <translation>Subscriptions: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> (last sync failed)</source>
        <translation> (last sync failed)</translation>
    </message>
    <message>
        <source>alerts %1</source>
        <translation>alerts %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profile %1</translation>
    </message>
    <message>
        <source>sign-ins %1</source>
        <translation>sign-ins %1</translation>
    </message>
    <message>
        <source>audits %1</source>
        <translation>audits %1</translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation>spend %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>Data as of: %1</translation>
    </message>
    <message>
        <source>Sign-in logs not available: no Entra ID P1/P2 licence in this tenant.</source>
        <translation>Sign-in logs not available: no Entra ID P1/P2 licence in this tenant.</translation>
    </message>
    <message>
        <source>%1 (learning)</source>
        <translation>%1 (learning)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alerts per day</translation>
    </message>
    <message>
        <source>Failed sign-ins per day by error code</source>
        <translation>Failed sign-ins per day by error code</translation>
    </message>
    <message>
        <source>Findings per rule</source>
        <translation>Findings per rule</translation>
    </message>
    <message>
        <source>Spend: no Azure subscription with cost</source>
        <translation>Spend: no Azure subscription with cost</translation>
    </message>
    <message>
        <source>Spend with its baseline band</source>
        <translation>Spend with its baseline band</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomerSettingsDialog</name>
    <message>
        <source>&amp;Privileged accounts:</source>
        <translation>&amp;Privileged accounts:</translation>
    </message>
    <message>
        <source>&amp;VIP accounts:</source>
        <translation>&amp;VIP accounts:</translation>
    </message>
    <message>
        <source>Privileged &amp;groups:</source>
        <translation>Privileged &amp;groups:</translation>
    </message>
    <message>
        <source>Approved &amp;countries:</source>
        <translation>Approved &amp;countries:</translation>
    </message>
    <message>
        <source>Approved &amp;IP ranges (CIDR):</source>
        <translation>Approved &amp;IP ranges (CIDR):</translation>
    </message>
    <message>
        <source>Approved c&amp;ities:</source>
        <translation>Approved c&amp;ities:</translation>
    </message>
    <message>
        <source>Approved &amp;browsers:</source>
        <translation>Approved &amp;browsers:</translation>
    </message>
    <message>
        <source>Approved &amp;operating systems:</source>
        <translation>Approved &amp;operating systems:</translation>
    </message>
    <message>
        <source>&amp;Account administrators:</source>
        <translation>&amp;Account administrators:</translation>
    </message>
    <message>
        <source>&amp;Conditional Access:</source>
        <translation>&amp;Conditional Access:</translation>
    </message>
    <message>
        <source>Custom &amp;policies:</source>
        <translation>Custom &amp;policies:</translation>
    </message>
    <message>
        <source>&amp;User flows:</source>
        <translation>&amp;User flows:</translation>
    </message>
    <message>
        <source>API co&amp;nnectors:</source>
        <translation>API co&amp;nnectors:</translation>
    </message>
    <message>
        <source>&amp;Identity providers:</source>
        <translation>&amp;Identity providers:</translation>
    </message>
    <message>
        <source>App c&amp;redentials:</source>
        <translation>App c&amp;redentials:</translation>
    </message>
    <message>
        <source>App &amp;owners:</source>
        <translation>App &amp;owners:</translation>
    </message>
    <message>
        <source>Consent a&amp;dministrators:</source>
        <translation>Consent a&amp;dministrators:</translation>
    </message>
    <message>
        <source>&amp;ROPC apps:</source>
        <translation>&amp;ROPC apps:</translation>
    </message>
    <message>
        <source>B2C &amp;sign-in apps:</source>
        <translation>B2C &amp;sign-in apps:</translation>
    </message>
    <message>
        <source>Owned &amp;domains:</source>
        <translation>Owned &amp;domains:</translation>
    </message>
    <message>
        <source>Detection settings — %1</source>
        <translation>Detection settings — %1</translation>
    </message>
    <message>
        <source>One entry per line. Actor lists accept UPNs, object ids or app names; an entry ending with * is a prefix.</source>
        <translation>One entry per line. Actor lists accept UPNs, object ids or app names; an entry ending with * is a prefix.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Export settings</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Import settings</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The stored settings could not be read: %1</source>
        <translation>The stored settings could not be read: %1</translation>
    </message>
    <message>
        <source>JSON error at character %1: %2</source>
        <translation>JSON error at character %1: %2</translation>
    </message>
    <message>
        <source>The settings must be one JSON object.</source>
        <translation>The settings must be one JSON object.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file (one JSON object).</source>
        <translation>%1 is not a settings file (one JSON object).</translation>
    </message>
    <message>
        <source>The actors of recent findings could not be read: %1</source>
        <translation>The actors of recent findings could not be read: %1</translation>
    </message>
    <message>
        <source>Approve actors seen in the last %1 days</source>
        <translation>Approve actors seen in the last %1 days</translation>
    </message>
    <message>
        <source>&amp;Approve ticked actors</source>
        <translation>&amp;Approve ticked actors</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — rules %3, %n open finding(s), last %4</source>
        <translation>
            <numerusform>%1 — %2 — rules %3, %n open finding, last %4</numerusform>
            <numerusform>%1 — %2 — rules %3, %n open findings, last %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No open finding of the last %1 days names an actor that is not approved yet.</source>
        <translation>No open finding of the last %1 days names an actor that is not approved yet.</translation>
    </message>
    <message>
        <source>Actors of this customer&apos;s open findings of the last %1 days that no approved list covers. Tick the ones to approve; Save keeps them.</source>
        <translation>Actors of this customer&apos;s open findings of the last %1 days that no approved list covers. Tick the ones to approve; Save keeps them.</translation>
    </message>
    <message>
        <source>Tenant id: %1</source>
        <translation>Tenant id: %1</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomersModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in logs not available (no P1/P2 licence)</source>
        <translation>sign-in logs not available (no P1/P2 licence)</translation>
    </message>
    <message>
        <source>audit logs not available</source>
        <translation>audit logs not available</translation>
    </message>
    <message>
        <source>sign-in and audit logs available</source>
        <translation>sign-in and audit logs available</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>no baseline</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>±0 %</source>
        <translation>±0 %</translation>
    </message>
    <message>
        <source>sign-ins %1 · audits %2 · spend %3</source>
        <translation>sign-ins %1 · audits %2 · spend %3</translation>
    </message>
    <message>
        <source>%1
Tenant id: %2
Domain: %3</source>
        <translation>%1
Tenant id: %2
Domain: %3</translation>
    </message>
    <message>
        <source>No spend in the 4 weeks before to compare with.</source>
        <translation>No spend in the 4 weeks before to compare with.</translation>
    </message>
    <message>
        <source>Last 7 days: %1
Baseline (average week of the 4 weeks before): %2</source>
        <translation>Last 7 days: %1
Baseline (average week of the 4 weeks before): %2</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Customer details</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>%1: available (checked %2)</source>
        <translation>%1: available (checked %2)</translation>
    </message>
    <message>
        <source>%1: not available (checked %2; asked again after %3)</source>
        <translation>%1: not available (checked %2; asked again after %3)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Active alerts: partner security alerts not resolved</source>
        <translation>Active alerts: partner security alerts not resolved</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Open findings: detection findings new or acknowledged</source>
        <translation>Open findings: detection findings new or acknowledged</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Azure spend of the last 7 days</source>
        <translation>Azure spend of the last 7 days</translation>
    </message>
    <message>
        <source>Spend 7 days</source>
        <translation>Spend 7 days</translation>
    </message>
    <message>
        <source>Last 7 days against an average week of the 4 weeks before</source>
        <translation>Last 7 days against an average week of the 4 weeks before</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <translation>vs baseline</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Data freshness: when each stream last synced</source>
        <translation>Data freshness: when each stream last synced</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <source>Log availability: whether the tenant&apos;s sign-in and audit logs can be read</source>
        <translation>Log availability: whether the tenant&apos;s sign-in and audit logs can be read</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>sign-ins: no P1/P2</source>
        <translation>sign-ins: no P1/P2</translation>
    </message>
    <message>
        <source>audits: none</source>
        <translation>audits: none</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>sign-ins</source>
        <translation>sign-ins</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>audits</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>spend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>stream: age</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomersPage</name>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 of %2 customers</translation>
    </message>
</context>
<context>
    <name>vigie::gui::DetectionsPage</name>
    <message>
        <source>Open (new and acknowledged)</source>
        <translation>Open (new and acknowledged)</translation>
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
        <source>False positives</source>
        <translation>False positives</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings to show. Import or sync sign-in and audit logs, or widen the filter.</source>
        <translation>No findings to show. Import or sync sign-in and audit logs, or widen the filter.</translation>
    </message>
    <message>
        <source>Select a finding to see why it fired.</source>
        <translation>Select a finding to see why it fired.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>No approved list is configured for this customer yet, so every matching change fires. Approve the actor in the customer&apos;s settings to silence it.</source>
        <translation>No approved list is configured for this customer yet, so every matching change fires. Approve the actor in the customer&apos;s settings to silence it.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Evidence (%1 of %2 events)</source>
        <translation>Evidence (%1 of %2 events)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Re-run detection</source>
        <translation>Re-run detection</translation>
    </message>
    <message>
        <source>Evaluate every event of the last how many days again?</source>
        <translation>Evaluate every event of the last how many days again?</translation>
    </message>
    <message>
        <source>Re-running detection…</source>
        <translation>Re-running detection…</translation>
    </message>
    <message>
        <source>Re-running detection… %1 %</source>
        <translation>Re-running detection… %1 %</translation>
    </message>
    <message>
        <source>%1 events evaluated, %2 new findings</source>
        <translation>%1 events evaluated, %2 new findings</translation>
    </message>
    <message>
        <source>Already approved in %1: %2.</source>
        <translation>Already approved in %1: %2.</translation>
    </message>
    <message>
        <source>Approving the actor adds %1 to %2 for this customer (P).</source>
        <translation>Approving the actor adds %1 to %2 for this customer (P).</translation>
    </message>
    <message>
        <source>Approved for %1: %2.</source>
        <translation>Approved for %1: %2.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (shared with %n other finding(s))</source>
        <translation>
            <numerusform>%1 (shared with %n other finding)</numerusform>
            <numerusform>%1 (shared with %n other findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 matching events within %2 between %3 and %4; the threshold is %5.</source>
        <translation>At most %1 matching events within %2 between %3 and %4; the threshold is %5.</translation>
    </message>
    <message>
        <source>%1 events in the current window of %2 against a baseline (median) of %3; the limit is %4 (+%5 %), with at least %6 events.</source>
        <translation>%1 events in the current window of %2 against a baseline (median) of %3; the limit is %4 (+%5 %), with at least %6 events.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export alerts, findings, spend or the activity trail to CSV or JSON</source>
        <translation>Export alerts, findings, spend or the activity trail to CSV or JSON</translation>
    </message>
    <message>
        <source>Case &amp;report…</source>
        <translation>Case &amp;report…</translation>
    </message>
    <message>
        <source>Write a customer&apos;s case report as a PDF</source>
        <translation>Write a customer&apos;s case report as a PDF</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ExportDialog</name>
    <message>
        <source>Alerts, with the analyst&apos;s notes</source>
        <translation>Alerts, with the analyst&apos;s notes</translation>
    </message>
    <message>
        <source>Detection findings</source>
        <translation>Detection findings</translation>
    </message>
    <message>
        <source>Daily spend, with baseline and anomalies</source>
        <translation>Daily spend, with baseline and anomalies</translation>
    </message>
    <message>
        <source>Activity trail</source>
        <translation>Activity trail</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>JSON: one object per row, with Graph property names for alerts.</source>
        <translation>JSON: one object per row, with Graph property names for alerts.</translation>
    </message>
    <message>
        <source>CSV in UTF-8, French spreadsheet style: semicolon separator, decimal comma.</source>
        <translation>CSV in UTF-8, French spreadsheet style: semicolon separator, decimal comma.</translation>
    </message>
    <message>
        <source>CSV in UTF-8 (RFC 4180): comma separator, decimal point.</source>
        <translation>CSV in UTF-8 (RFC 4180): comma separator, decimal point.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Exporting… %1 of %2 rows</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache could not be opened: nothing was exported.</source>
        <translation>The cache could not be opened: nothing was exported.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::FindingsModel</name>
    <message>
        <source>No approved list is configured for this customer yet, so every matching change fires.</source>
        <translation>No approved list is configured for this customer yet, so every matching change fires.</translation>
    </message>
    <message>
        <source>%1 (unconfigured)</source>
        <translation>%1 (unconfigured)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>These findings come from audit events of one operation (correlation id %1).</source>
        <translation>These findings come from audit events of one operation (correlation id %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) · correlation %1</source>
        <translation>
            <numerusform>%n finding · correlation %1</numerusform>
            <numerusform>%n findings · correlation %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated</source>
        <translation>Correlated</translation>
    </message>
    <message>
        <source>The whole tenant</source>
        <translation>The whole tenant</translation>
    </message>
    <message>
        <source>%1
User id: %2</source>
        <translation>%1
User id: %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Read from the records</source>
        <translation>Read from the records</translation>
    </message>
    <message>
        <source>The customer the records belong to. Leave empty when the files carry the tenant id of each record.</source>
        <translation>The customer the records belong to. Leave empty when the files carry the tenant id of each record.</translation>
    </message>
    <message>
        <source>Import logs</source>
        <translation>Import logs</translation>
    </message>
    <message>
        <source>Logs (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)</source>
        <translation>Logs (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Importing… Closing this window stops after the current file finishes; records already imported are kept.</source>
        <translation>Importing… Closing this window stops after the current file finishes; records already imported are kept.</translation>
    </message>
    <message>
        <source>%1 — not imported: %2</source>
        <translation>%1 — not imported: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 taken, %4 duplicates, %5 rejected</source>
        <translation>%1 — %2: %3 taken, %4 duplicates, %5 rejected</translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation>    line %1: %2</translation>
    </message>
    <message>
        <source>    record %1: %2</source>
        <translation>    record %1: %2</translation>
    </message>
    <message>
        <source>Stopped before the remaining files.</source>
        <translation>Stopped before the remaining files.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
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
    <message>
        <source>Sign in to Microsoft to sync (vigie login, or File › Sign in).</source>
        <translation>Sign in to Microsoft to sync (vigie login, or File › Sign in).</translation>
    </message>
    <message>
        <source>Import sign-in or audit logs</source>
        <translation>Import sign-in or audit logs</translation>
    </message>
    <message>
        <source>Log files (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)</source>
        <translation>Log files (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Signed out; the cached data stays available offline.</source>
        <translation>Signed out; the cached data stays available offline.</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s) from the imported logs.</source>
        <translation>
            <numerusform>%n new finding from the imported logs.</numerusform>
            <numerusform>%n new findings from the imported logs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Show Vigie</source>
        <translation>Show Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::gui::Notifier</name>
    <message>
        <source>New security alert</source>
        <translation>New security alert</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>New detection finding</source>
        <translation>New detection finding</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n customer(s)</source>
        <translation>
            <numerusform>%1 from %n customer</numerusform>
            <numerusform>%1 from %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n new finding</numerusform>
            <numerusform>%n new findings</numerusform>
        </translation>
    </message>
    <message>
        <source>New alerts and findings</source>
        <translation>New alerts and findings</translation>
    </message>
    <message>
        <source>New security alerts</source>
        <translation>New security alerts</translation>
    </message>
    <message>
        <source>New detection findings</source>
        <translation>New detection findings</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <comment>high and medium counts</comment>
        <translation>(%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <comment>alerts or findings</comment>
        <translation>
            <numerusform>%n high</numerusform>
            <numerusform>%n high</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <comment>alerts or findings</comment>
        <translation>
            <numerusform>%n medium</numerusform>
            <numerusform>%n medium</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::OverviewPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Alert type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>The overview could not be read: %1</translation>
    </message>
    <message>
        <source>No alert in this period.</source>
        <translation>No alert in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the period</source>
        <translation>
            <numerusform>%n alert in the period</numerusform>
            <numerusform>%n alerts in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean time from detection to resolution of the %n alert(s) resolved in the last 30 days. Opens them.</source>
        <translation>
            <numerusform>Mean time from detection to resolution of the %n alert resolved in the last 30 days. Opens them.</numerusform>
            <numerusform>Mean time from detection to resolution of the %n alerts resolved in the last 30 days. Opens them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost above the expected baseline on anomalous days of the last 30 days, on %n subscription(s) with active alerts. Opens their alerts.</source>
        <translation>
            <numerusform>Cost above the expected baseline on anomalous days of the last 30 days, on %n subscription with active alerts. Opens their alerts.</numerusform>
            <numerusform>Cost above the expected baseline on anomalous days of the last 30 days, on %n subscriptions with active alerts. Opens their alerts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Active alerts</translation>
    </message>
    <message>
        <source>New in 24 h</source>
        <translation>New in 24 h</translation>
    </message>
    <message>
        <source>Unresolved &gt; 60 days</source>
        <translation>Unresolved &gt; 60 days</translation>
    </message>
    <message>
        <source>Mean time to resolve (30 days)</source>
        <translation>Mean time to resolve (30 days)</translation>
    </message>
    <message>
        <source>Spend at risk (30 days)</source>
        <translation>Spend at risk (30 days)</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>New findings</translation>
    </message>
    <message>
        <source>Partner security alerts still active. Opens them in the alerts queue.</source>
        <translation>Partner security alerts still active. Opens them in the alerts queue.</translation>
    </message>
    <message>
        <source>Alerts detected in the last 24 hours, whatever their status. Opens them.</source>
        <translation>Alerts detected in the last 24 hours, whatever their status. Opens them.</translation>
    </message>
    <message>
        <source>Active or investigating alerts detected more than 60 days ago: the backlog. Opens them.</source>
        <translation>Active or investigating alerts detected more than 60 days ago: the backlog. Opens them.</translation>
    </message>
    <message>
        <source>Detection findings nobody has triaged yet. Opens the Detections page.</source>
        <translation>Detection findings nobody has triaged yet. Opens the Detections page.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ResolveDialog</name>
    <message numerus="yes">
        <source>%1: %n alert(s)</source>
        <translation>
            <numerusform>%1: %n alert</numerusform>
            <numerusform>%1: %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>Reading the alerts…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve as Ignore %n active alert(s) detected more than %1 days ago:</source>
        <translation>
            <numerusform>Resolve as Ignore %n active alert detected more than %1 days ago:</numerusform>
            <numerusform>Resolve as Ignore %n active alerts detected more than %1 days ago:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve &quot;%1&quot; of %2.</source>
        <translation>Resolve &quot;%1&quot; of %2.</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n selected alert(s):</source>
        <translation>
            <numerusform>Resolve %n selected alert:</numerusform>
            <numerusform>Resolve %n selected alerts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::RulesModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Needs setup</source>
        <translation>Needs setup</translation>
    </message>
    <message>
        <source>Not supported by this source</source>
        <translation>Not supported by this source</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Settings to fill in: %1</source>
        <translation>Settings to fill in: %1</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Audit logs</translation>
    </message>
    <message>
        <source>Active (unconfigured)</source>
        <translation>Active (unconfigured)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Last hit</source>
        <translation>Last hit</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>mixed (%1 of %2)</source>
        <translation>mixed (%1 of %2)</translation>
    </message>
    <message>
        <source>match</source>
        <translation>match</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>baseline change</source>
        <translation>baseline change</translation>
    </message>
    <message>
        <source>allow list</source>
        <translation>allow list</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SettingsPage</name>
    <message>
        <source>System keychain</source>
        <translation>System keychain</translation>
    </message>
    <message>
        <source>File (0600; headless machines)</source>
        <translation>File (0600; headless machines)</translation>
    </message>
    <message>
        <source>New high and medium alerts</source>
        <translation>New high and medium alerts</translation>
    </message>
    <message>
        <source>New high alerts only</source>
        <translation>New high alerts only</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 is set in the environment and overrides this value.</source>
        <translation>%1 is set in the environment and overrides this value.</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Empty: %1</translation>
    </message>
    <message>
        <source>never (by hand only)</source>
        <translation>never (by hand only)</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid https address.</source>
        <translation>&quot;%1&quot; is not a valid https address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is refused: plain http would send tokens and customer data unencrypted; only https is allowed, or http to this computer (127.0.0.1, ::1, localhost) for the simulator.</source>
        <translation>&quot;%1&quot; is refused: plain http would send tokens and customer data unencrypted; only https is allowed, or http to this computer (127.0.0.1, ::1, localhost) for the simulator.</translation>
    </message>
    <message>
        <source>The app (client) id is a GUID, as shown in the app registration.</source>
        <translation>The app (client) id is a GUID, as shown in the app registration.</translation>
    </message>
    <message>
        <source>The partner tenant is a tenant id (GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>The partner tenant is a tenant id (GUID) or a domain such as contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (an IANA name such as Europe/Paris).</source>
        <translation>Unknown time zone &quot;%1&quot; (an IANA name such as Europe/Paris).</translation>
    </message>
    <message>
        <source>Working hours need at least one day.</source>
        <translation>Working hours need at least one day.</translation>
    </message>
    <message>
        <source>Working hours start and end at the same time.</source>
        <translation>Working hours start and end at the same time.</translation>
    </message>
    <message>
        <source>The cache file cannot be empty.</source>
        <translation>The cache file cannot be empty.</translation>
    </message>
    <message>
        <source>The settings file is saved, but the cache could not record the change: %1</source>
        <translation>The settings file is saved, but the cache could not record the change: %1</translation>
    </message>
    <message>
        <source>Microsoft services</source>
        <translation>Microsoft services</translation>
    </message>
    <message>
        <source>cache file</source>
        <translation>cache file</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Saved and applied.</source>
        <translation>Saved and applied.</translation>
    </message>
    <message>
        <source>Saved. Applied now, except what takes effect when Vigie restarts: %1.</source>
        <translation>Saved. Applied now, except what takes effect when Vigie restarts: %1.</translation>
    </message>
    <message>
        <source>Compacting the cache…</source>
        <translation>Compacting the cache…</translation>
    </message>
    <message>
        <source>The cache could not be compacted: %1</source>
        <translation>The cache could not be compacted: %1</translation>
    </message>
    <message>
        <source>Cache compacted: %1 → %2.</source>
        <translation>Cache compacted: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SignInDialog</name>
    <message>
        <source>Code copied. Waiting for you to approve the sign-in…</source>
        <translation>Code copied. Waiting for you to approve the sign-in…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Finish signing in there, then come back here.</source>
        <translation>Waiting for the browser… Finish signing in there, then come back here.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a code…</source>
        <translation>Asking Microsoft for a code…</translation>
    </message>
    <message>
        <source>Waiting for you to approve the sign-in…</source>
        <translation>Waiting for you to approve the sign-in…</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>The code expires in %1:%2</translation>
    </message>
    <message>
        <source>Microsoft asked Vigie to check less often; still waiting for your approval…</source>
        <translation>Microsoft asked Vigie to check less often; still waiting for your approval…</translation>
    </message>
    <message>
        <source>The code expired.</source>
        <translation>The code expired.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was approved. Ask for a new code.</source>
        <translation>The code expired before the sign-in was approved. Ask for a new code.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>The sign-in failed.</translation>
    </message>
    <message>
        <source>Signed in. Saving the sign-in…</source>
        <translation>Signed in. Saving the sign-in…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1</source>
        <translation>Signed in, but the sign-in could not be saved: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SpendAnomalyModel</name>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>none that day</source>
        <translation>none that day</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Band %1 – %2</source>
        <translation>Band %1 – %2</translation>
    </message>
    <message>
        <source>Excess cost</source>
        <translation>Excess cost</translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation>Above baseline</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Alerts that day</source>
        <translation>Alerts that day</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SpendPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (learning)</source>
        <translation>%1 (learning)</translation>
    </message>
    <message>
        <source>No spend data in the cache yet.</source>
        <translation>No spend data in the cache yet.</translation>
    </message>
    <message numerus="yes">
        <source>Learning: %n day(s) with spend in the last 28; anomalies are flagged once a subscription has 14.</source>
        <translation>
            <numerusform>Learning: %n day with spend in the last 28; anomalies are flagged once a subscription has 14.</numerusform>
            <numerusform>Learning: %n days with spend in the last 28; anomalies are flagged once a subscription has 14.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anomalies in the range: %n. Baseline: median of the 28 previous days × weekday factor; band ± max(4 × MAD, 25 %).</source>
        <translation>
            <numerusform>Anomalies in the range: %n. Baseline: median of the 28 previous days × weekday factor; band ± max(4 × MAD, 25 %).</numerusform>
            <numerusform>Anomalies in the range: %n. Baseline: median of the 28 previous days × weekday factor; band ± max(4 × MAD, 25 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No spend anomaly in the range.</source>
        <translation>No spend anomaly in the range.</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies across customers: %n, largest excess cost first; Enter or double-click opens the customer at that day.</source>
        <translation>
            <numerusform>Anomalies across customers: %n, largest excess cost first; Enter or double-click opens the customer at that day.</numerusform>
            <numerusform>Anomalies across customers: %n, largest excess cost first; Enter or double-click opens the customer at that day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::SuspendDialog</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <translation>Cancelled (%1)</translation>
    </message>
    <message>
        <source>Suspend or cancel: %1</source>
        <translation>Suspend or cancel: %1</translation>
    </message>
    <message>
        <source>No subscription of %1 in the cache: sync first.</source>
        <translation>No subscription of %1 in the cache: sync first.</translation>
    </message>
    <message>
        <source>Subscriptions of %1. Select the Azure subscription named by the alert to cancel it alone, or a subscription to suspend it whole.</source>
        <translation>Subscriptions of %1. Select the Azure subscription named by the alert to cancel it alone, or a subscription to suspend it whole.</translation>
    </message>
    <message>
        <source>Selected: Azure subscription &quot;%1&quot; under &quot;%2&quot;.</source>
        <translation>Selected: Azure subscription &quot;%1&quot; under &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Selected: subscription &quot;%1&quot;.</source>
        <translation>Selected: subscription &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Suspending the whole plan &quot;%1&quot; stops every Azure subscription under it (%n Azure subscription(s)), not only the one named by the alert.</source>
        <translation>
            <numerusform>Suspending the whole plan &quot;%1&quot; stops every Azure subscription under it (%n Azure subscription), not only the one named by the alert.</numerusform>
            <numerusform>Suspending the whole plan &quot;%1&quot; stops every Azure subscription under it (%n Azure subscriptions), not only the one named by the alert.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name exactly: %1</source>
        <translation>To confirm, type the customer&apos;s name exactly: %1</translation>
    </message>
    <message>
        <source>&amp;Suspend the whole plan</source>
        <translation>&amp;Suspend the whole plan</translation>
    </message>
    <message>
        <source>&amp;Suspend the whole subscription</source>
        <translation>&amp;Suspend the whole subscription</translation>
    </message>
    <message>
        <source>Pending: the cancellation of &quot;%1&quot; is on its way to Partner Center.</source>
        <translation>Pending: the cancellation of &quot;%1&quot; is on its way to Partner Center.</translation>
    </message>
    <message>
        <source>Pending: the suspension of &quot;%1&quot; is on its way to Partner Center.</source>
        <translation>Pending: the suspension of &quot;%1&quot; is on its way to Partner Center.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>The subscription changed on the service: it was read again. Check it and confirm again. (%1)</source>
        <translation>The subscription changed on the service: it was read again. Check it and confirm again. (%1)</translation>
    </message>
    <message>
        <source>Queued: %1 It is sent when the service can be reached.</source>
        <translation>Queued: %1 It is sent when the service can be reached.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SyncStatus</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 streams, %3 items</source>
        <translation>Syncing: %1 of %2 streams, %3 items</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Sign-in required.</source>
        <translation>Sign-in required.</translation>
    </message>
    <message>
        <source>The Microsoft services could not be reached.</source>
        <translation>The Microsoft services could not be reached.</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) failed; the rest is up to date.</source>
        <translation>
            <numerusform>%n stream failed; the rest is up to date.</numerusform>
            <numerusform>%n streams failed; the rest is up to date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>data from %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>retrying in %1 s</translation>
    </message>
    <message>
        <source>retrying in %1 min</source>
        <translation>retrying in %1 min</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Try to reach the services now</source>
        <translation>Try to reach the services now</translation>
    </message>
    <message>
        <source>Try to reach the services now (%1)</source>
        <translation>Try to reach the services now (%1)</translation>
    </message>
    <message>
        <source>not available (licence)</source>
        <translation>not available (licence)</translation>
    </message>
    <message>
        <source>Compacting the cache after a large sync…</source>
        <translation>Compacting the cache after a large sync…</translation>
    </message>
</context>
<context>
    <name>vigie::gui::TagSettingsDialog</name>
    <message>
        <source>Detection settings of the tag &quot;%1&quot;</source>
        <translation>Detection settings of the tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>These settings apply to every customer tagged &quot;%1&quot;. A customer&apos;s own settings win key by key; an empty list leaves the tag&apos;s. Same keys as a customer&apos;s settings (approvedCountries, workingHours, thresholds, disabledRules…).</source>
        <translation>These settings apply to every customer tagged &quot;%1&quot;. A customer&apos;s own settings win key by key; an empty list leaves the tag&apos;s. Same keys as a customer&apos;s settings (approvedCountries, workingHours, thresholds, disabledRules…).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The stored settings could not be read: %1</source>
        <translation>The stored settings could not be read: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Not valid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>The settings are one JSON object.</source>
        <translation>The settings are one JSON object.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>vigie::gui::TagsDialog</name>
    <message numerus="yes">
        <source>Tick the tags of the %n selected customer(s). A partly ticked tag is on some of them and stays as it is.</source>
        <translation>
            <numerusform>Tick the tags of the %n selected customer. A partly ticked tag is on some of them and stays as it is.</numerusform>
            <numerusform>Tick the tags of the %n selected customers. A partly ticked tag is on some of them and stays as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::TimelineModel</name>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Spend anomaly</source>
        <translation>Spend anomaly</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Investigate</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>%1 over the baseline</source>
        <translation>%1 over the baseline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Severity, rule or verb</source>
        <translation>Severity, rule or verb</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>vigie::gui::TopCustomersModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Active alerts</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>vigie::gui::WelcomePage</name>
    <message>
        <source>An app registration in your partner tenant: multi-tenant, public client, redirect URI http://localhost, with the delegated permissions PartnerSecurity.ReadWrite.All, AuditLog.Read.All, Directory.Read.All, Partner Center user_impersonation and Azure Service Management user_impersonation (admin consent).</source>
        <translation>An app registration in your partner tenant: multi-tenant, public client, redirect URI http://localhost, with the delegated permissions PartnerSecurity.ReadWrite.All, AuditLog.Read.All, Directory.Read.All, Partner Center user_impersonation and Azure Service Management user_impersonation (admin consent).</translation>
    </message>
    <message>
        <source>Its application (client) id and your partner tenant, in Settings (Ctrl+7) or in VIGIE_CLIENT_ID and VIGIE_TENANT.</source>
        <translation>Its application (client) id and your partner tenant, in Settings (Ctrl+7) or in VIGIE_CLIENT_ID and VIGIE_TENANT.</translation>
    </message>
    <message>
        <source>The Partner Center Admin Agent role; in each customer a GDAP role such as Security Reader (logs) and Cost Management Reader (spend). Sign-in logs need an Entra ID P1 or P2 licence in the customer&apos;s tenant.</source>
        <translation>The Partner Center Admin Agent role; in each customer a GDAP role such as Security Reader (logs) and Cost Management Reader (spend). Sign-in logs need an Entra ID P1 or P2 licence in the customer&apos;s tenant.</translation>
    </message>
    <message>
        <source>Step by step: &quot;Register the Entra application&quot; in the README</source>
        <translation>Step by step: &quot;Register the Entra application&quot; in the README</translation>
    </message>
</context>
<context>
    <name>vigie::sync::OutboxPusher</name>
    <message>
        <source>Already resolved as %1 on the service.</source>
        <translation>Already resolved as %1 on the service.</translation>
    </message>
    <message>
        <source>Resolved on the service as &quot;%1&quot;%2 while Vigie had &quot;%3&quot; queued: choose which one stands.</source>
        <translation>Resolved on the service as &quot;%1&quot;%2 while Vigie had &quot;%3&quot; queued: choose which one stands.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <source>Already under investigation.</source>
        <translation>Already under investigation.</translation>
    </message>
    <message>
        <source>Resolved as %1.</source>
        <translation>Resolved as %1.</translation>
    </message>
    <message>
        <source>Marked as under investigation.</source>
        <translation>Marked as under investigation.</translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation>Already suspended.</translation>
    </message>
    <message>
        <source>The subscription kept changing on the service (412 twice): check it and confirm the suspension again.</source>
        <translation>The subscription kept changing on the service (412 twice): check it and confirm the suspension again.</translation>
    </message>
    <message>
        <source>Suspended.</source>
        <translation>Suspended.</translation>
    </message>
    <message>
        <source>The Azure subscription %1 is no longer under this plan.</source>
        <translation>The Azure subscription %1 is no longer under this plan.</translation>
    </message>
    <message>
        <source>Already cancelled (status %1).</source>
        <translation>Already cancelled (status %1).</translation>
    </message>
    <message>
        <source>Cancellation accepted; pending on the service (the status is read again at the next sync).</source>
        <translation>Cancellation accepted; pending on the service (the status is read again at the next sync).</translation>
    </message>
    <message>
        <source>Azure subscription cancelled (status %1).</source>
        <translation>Azure subscription cancelled (status %1).</translation>
    </message>
    <message>
        <source>Partner Center refused the request (%1). It needs the Admin Agent role and a sign-in with multi-factor authentication: sign in again (vigie login, or File &gt; Sign in), complete MFA, then push again.</source>
        <translation>Partner Center refused the request (%1). It needs the Admin Agent role and a sign-in with multi-factor authentication: sign in again (vigie login, or File &gt; Sign in), complete MFA, then push again.</translation>
    </message>
    <message>
        <source>The alert no longer exists on the service.</source>
        <translation>The alert no longer exists on the service.</translation>
    </message>
    <message>
        <source>The subscription no longer exists on the service.</source>
        <translation>The subscription no longer exists on the service.</translation>
    </message>
</context>
</TS>
