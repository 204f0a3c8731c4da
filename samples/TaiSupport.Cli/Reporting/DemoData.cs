namespace TaiSupport.Cli.Reporting;

/// <summary>
/// A small support day on Monday, January 26, 2026 (Pacific time), in the report ticket line format (docs/reports.md):
/// what <c>tai</c> with no arguments reports on, and the sample of every output in docs/reports.md.
/// Two tickets arrive overnight, for Tuesday's standup.
/// </summary>
internal static class DemoData
{
    public const string Tickets = """
        {"id":"1823","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T15:10:00-08:00","firstResponseAt":"2026-01-26T15:20:00-08:00","statusChanges":[{"at":"2026-01-26T15:20:00-08:00","status":"InProgress"},{"at":"2026-01-26T16:30:00-08:00","status":"WaitingOnCustomer"}],"assignee":"Sarah","customer":"MegaCorp","subject":"API errors","tags":["API errors"],"escalations":[{"to":"engineering","at":"2026-01-26T15:40:00-08:00"}],"needed":"Engineering investigation on query timeouts","statusNote":"Waiting on customer's last 100 API logs (sent request at 4:30 PM)"}
        {"id":"1830","tier":"Professional","priority":"Medium","createdAt":"2026-01-26T09:15:00-08:00","firstResponseAt":"2026-01-26T10:00:00-08:00","statusChanges":[{"at":"2026-01-26T10:00:00-08:00","status":"InProgress"},{"at":"2026-01-26T14:00:00-08:00","status":"Resolved"}],"assignee":"Marcus","customer":"Acme","subject":"Webhook retries","csat":9,"tags":["Webhook configuration"],"resolvedBy":"Marcus"}
        {"id":"1831","tier":"Starter","priority":"Low","createdAt":"2026-01-23T16:00:00-08:00","firstResponseAt":"2026-01-26T10:30:00-08:00","statusChanges":[{"at":"2026-01-26T10:30:00-08:00","status":"InProgress"},{"at":"2026-01-26T15:00:00-08:00","status":"Resolved"}],"assignee":"Jessica","customer":"Globex","subject":"Invoice question","csat":6,"tags":["Billing questions"],"escalations":[{"to":"finance","at":"2026-01-26T11:00:00-08:00"}],"resolvedBy":"Jessica"}
        {"id":"1832","tier":"Professional","priority":"Medium","createdAt":"2026-01-26T14:50:00-08:00","firstResponseAt":null,"assignee":"Jessica","customer":"Initech","subject":"CSV import fails","tags":["Data import"]}
        {"id":"1834","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T08:00:00-08:00","firstResponseAt":"2026-01-26T09:30:00-08:00","statusChanges":[{"at":"2026-01-26T09:30:00-08:00","status":"InProgress"},{"at":"2026-01-26T12:00:00-08:00","status":"Resolved"}],"assignee":"Marcus","customer":"Umbrella","subject":"Login errors","csat":8,"tags":["API authentication errors"],"resolvedBy":"Marcus"}
        {"id":"1835","tier":"Professional","priority":"High","createdAt":"2026-01-23T10:00:00-08:00","firstResponseAt":null,"assignee":"Sarah","customer":"Hooli","subject":"Dashboard blank","tags":["Dashboard"]}
        {"id":"1836","tier":"Starter","priority":"Low","createdAt":"2026-01-26T11:00:00-08:00","firstResponseAt":"2026-01-26T11:45:00-08:00","statusChanges":[{"at":"2026-01-26T11:45:00-08:00","status":"InProgress"}],"assignee":"Jessica","customer":"Vandelay","subject":"How to export data","tags":["Data export"]}
        {"id":"1840","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T22:15:00-08:00","firstResponseAt":null,"customer":"Stark","subject":"Webhook outage","tags":["Webhook configuration"]}
        {"id":"1841","tier":"Starter","priority":"Low","createdAt":"2026-01-27T07:30:00-08:00","firstResponseAt":null,"customer":"Wayne","subject":"Docs typo"}
        """;

    /// <summary>Incident lines in the <c>tai incident</c> record format (docs/incidents.md).</summary>
    public const string Incidents = """
        {"id":"INC-42","level":"P1","summary":"API latency","declaredAt":"2026-01-26T10:00:00-08:00","statusUpdates":["2026-01-26T10:05:00-08:00","2026-01-26T10:20:00-08:00","2026-01-26T10:40:00-08:00"],"resolvedAt":"2026-01-26T10:42:00-08:00","impact":{"affectedCustomers":12}}
        {"id":"INC-43","level":"P3","summary":"Webhook delays","declaredAt":"2026-01-27T06:00:00-08:00","impact":{"affectedCustomers":2}}
        """;

    /// <summary>The demo day.</summary>
    public const string Date = "2026-01-26";

    /// <summary>Monday's hand-off.</summary>
    public const string HandoffAt = "2026-01-26T17:00:00-08:00";

    /// <summary>Tuesday's standup.</summary>
    public const string StandupAt = "2026-01-27T09:00:00-08:00";
}
