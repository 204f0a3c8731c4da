using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>The manual's §3.2 phase-5 example incident (2:00–2:45 PM PT, 12 customers, 8,234 of 120K requests failed).</summary>
internal static class IncidentExamples
{
    public const string Json = """
        {
          "id": "INC-2026-0142",
          "level": "P1",
          "timeZone": "America/Los_Angeles",
          "declaredAt": "2026-02-10T14:00:00-08:00",
          "summary": "The API's database connection pool was exhausted; API requests failed or timed out for 45 minutes.",
          "acknowledgements": ["2026-02-10T14:01:00-08:00"],
          "statusUpdates": ["2026-02-10T14:02:00-08:00", "2026-02-10T14:16:00-08:00", "2026-02-10T14:26:00-08:00", "2026-02-10T14:36:00-08:00"],
          "customersNotifiedAt": "2026-02-10T14:02:00-08:00",
          "rootCauseFoundAt": "2026-02-10T14:15:00-08:00",
          "rootCause": "Database connection pool exhausted by a retry storm after a slow query.",
          "level2PagedAt": "2026-02-10T14:20:00-08:00",
          "resolvedAt": "2026-02-10T14:45:00-08:00",
          "verificationRuns": [
            {"at": "2026-02-10T14:31:00-08:00", "passed": false},
            {"at": "2026-02-10T14:37:00-08:00", "passed": true},
            {"at": "2026-02-10T14:39:00-08:00", "passed": true},
            {"at": "2026-02-10T14:41:00-08:00", "passed": true},
            {"at": "2026-02-10T14:43:00-08:00", "passed": true},
            {"at": "2026-02-10T14:45:00-08:00", "passed": true}
          ],
          "resolutionNoticeSentAt": "2026-02-10T14:52:00-08:00",
          "postMortemHeldAt": "2026-02-11T14:30:00-08:00",
          "timeline": [
            {"at": "2026-02-10T14:00:00-08:00", "event": "Incident started (database connection pool exhausted)"},
            {"at": "2026-02-10T14:15:00-08:00", "event": "Root cause identified"},
            {"at": "2026-02-10T14:30:00-08:00", "event": "Connection pool scaled +50%"},
            {"at": "2026-02-10T14:45:00-08:00", "event": "Verified recovery, service normal"}
          ],
          "impact": {"affectedCustomers": 12, "affectedCustomersNote": "all Professional/Enterprise tiers", "failedRequests": 8234, "totalRequests": 120000},
          "prevention": ["Added automated alerting at 80% pool utilization", "Implemented auto-scaling for connections", "Updated runbook for this scenario"],
          "attendees": ["Sarah (on-call)", "Marcus (support lead)", "Priya (product lead)"]
        }
        """;

    public static IncidentRecord Record => IncidentRecordJson.Read(Json).GetValueOrThrow();
}
