using System.Collections.Immutable;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The parts of the dashboard and the weekly report that people write rather than compute (manual §8.1 "NOTES",
/// §8.2 "STAFFING", "BLOCKERS", "NEXT WEEK PRIORITIES"). Reports print them as given.
/// </summary>
public sealed record ReportNotes
{
    /// <summary>No notes.</summary>
    public static ReportNotes None { get; } = new();

    /// <summary>Who was on call (§8.2 "Sarah on-call: 0 incidents").</summary>
    public string? OnCall { get; init; }

    /// <summary>Extra staffing lines, e.g. "Jessica: Working on KB improvements".</summary>
    public ImmutableArray<string> Staffing { get; init; } = [];

    /// <summary>Blockers (§8.2).</summary>
    public ImmutableArray<string> Blockers { get; init; } = [];

    /// <summary>Next week's priorities (§8.2).</summary>
    public ImmutableArray<string> NextWeekPriorities { get; init; } = [];

    /// <summary>Free notes: blockers, staffing issues, notable items (§8.1 "NOTES").</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(ReportNotes? other) =>
        other is not null && OnCall == other.OnCall && Staffing.SequenceEqual(other.Staffing) && Blockers.SequenceEqual(other.Blockers)
        && NextWeekPriorities.SequenceEqual(other.NextWeekPriorities) && Notes.SequenceEqual(other.Notes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OnCall, Staffing.Length, Blockers.Length, NextWeekPriorities.Length, Notes.Length);
}
