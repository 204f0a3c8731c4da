using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// What the reports need to know about one incident (manual §8.1 "INCIDENTS", §3): its level, when it was declared
/// and resolved, how many customers it affected and when the status page was updated. A small record of its own, so
/// reports can be fed from any incident tool; <see cref="From"/> maps the engine's own <see cref="IncidentRecord"/>.
/// </summary>
/// <param name="Id">The incident id.</param>
/// <param name="Level">P1, P2 or P3 (§3.1, D16).</param>
/// <param name="DeclaredAt">When it was declared.</param>
/// <example><code>new ReportIncident("INC-7", IncidentLevel.P1, declared) { ResolvedAt = declared + Duration.FromMinutes(42), CustomersAffected = 12 }</code></example>
public sealed record ReportIncident(string Id, IncidentLevel Level, Instant DeclaredAt)
{
    /// <summary>When it was resolved; null while ongoing.</summary>
    public Instant? ResolvedAt { get; init; }

    /// <summary>How many customers it affected.</summary>
    public int CustomersAffected { get; init; }

    /// <summary>When the status page was updated (§1.3, §3.3).</summary>
    public ImmutableArray<Instant> StatusPageUpdates { get; init; } = [];

    /// <summary>A short title for lists.</summary>
    public string? Title { get; init; }

    /// <summary>The report's view of an incident record (manual §3, the <c>tai incident</c> format).</summary>
    /// <param name="record">A declared incident (P1, P2 or P3).</param>
    /// <returns>Its level, instants, affected customers (0 when unknown), status-page updates and summary.</returns>
    /// <exception cref="ArgumentException">The record's level is <see cref="IncidentLevel.None"/>: that is not an incident.</exception>
    public static ReportIncident From(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var level = record.Level switch
        {
            IncidentLevel.P1 or IncidentLevel.P2 or IncidentLevel.P3 => record.Level,
            _ => throw new ArgumentException($"Incident {record.Id} has level {record.Level}; only declared incidents (P1–P3) are reported.", nameof(record)),
        };
        return new ReportIncident(record.Id, level, record.DeclaredAt)
        {
            ResolvedAt = record.ResolvedAt,
            CustomersAffected = (int)Math.Clamp(record.Impact?.AffectedCustomers ?? 0, 0, int.MaxValue),
            StatusPageUpdates = record.StatusUpdates.IsDefault ? [] : record.StatusUpdates,
            Title = record.Summary,
        };
    }

    /// <summary>Time to resolution; null while ongoing.</summary>
    public Duration? TimeToResolve => ResolvedAt - DeclaredAt;

    /// <inheritdoc />
    public bool Equals(ReportIncident? other) =>
        other is not null && Id == other.Id && Level == other.Level && DeclaredAt == other.DeclaredAt && ResolvedAt == other.ResolvedAt
        && CustomersAffected == other.CustomersAffected && Title == other.Title
        && (StatusPageUpdates.IsDefault ? [] : StatusPageUpdates).SequenceEqual(other.StatusPageUpdates.IsDefault ? [] : other.StatusPageUpdates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Level, DeclaredAt, ResolvedAt, CustomersAffected);
}
