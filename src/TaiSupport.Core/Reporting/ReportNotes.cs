using System.Collections.Immutable;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The parts of the dashboard and the weekly report that people write rather than compute (manual §8.1 "NOTES",
/// §8.2 "STAFFING", "BLOCKERS", "NEXT WEEK PRIORITIES"). Reports print them as given.
/// </summary>
public sealed record ReportNotes
{
    // Absent lists read as empty: a serializer's generated contract sets every init-only property, so it
    // may leave a default array, which threw where a report printed the notes (a notes file of "{}").
    private readonly ImmutableArray<string> staffing = [], blockers = [], nextWeekPriorities = [], notes = [];

    /// <summary>No notes.</summary>
    public static ReportNotes None { get; } = new();

    /// <summary>Who was on call (§8.2 "Sarah on-call: 0 incidents").</summary>
    public string? OnCall { get; init; }

    /// <summary>Extra staffing lines, e.g. "Jessica: Working on KB improvements".</summary>
    public ImmutableArray<string> Staffing { get => staffing.IsDefault ? [] : staffing; init => staffing = value; }

    /// <summary>Blockers (§8.2).</summary>
    public ImmutableArray<string> Blockers { get => blockers.IsDefault ? [] : blockers; init => blockers = value; }

    /// <summary>Next week's priorities (§8.2).</summary>
    public ImmutableArray<string> NextWeekPriorities { get => nextWeekPriorities.IsDefault ? [] : nextWeekPriorities; init => nextWeekPriorities = value; }

    /// <summary>Free notes: blockers, staffing issues, notable items (§8.1 "NOTES").</summary>
    public ImmutableArray<string> Notes { get => notes.IsDefault ? [] : notes; init => notes = value; }

    /// <inheritdoc />
    public bool Equals(ReportNotes? other) =>
        other is not null && OnCall == other.OnCall && Staffing.SequenceEqual(other.Staffing) && Blockers.SequenceEqual(other.Blockers)
        && NextWeekPriorities.SequenceEqual(other.NextWeekPriorities) && Notes.SequenceEqual(other.Notes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OnCall, Staffing.Length, Blockers.Length, NextWeekPriorities.Length, Notes.Length);
}
