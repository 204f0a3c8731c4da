using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.OnCall;

/// <summary>One assignment a repair changed.</summary>
/// <param name="Level">The level.</param>
/// <param name="Date">The shift's hand-off date.</param>
/// <param name="Before">Who held it as published.</param>
/// <param name="After">Who holds it now.</param>
public sealed record RotaChange(OnCallLevel Level, LocalDate Date, string Before, string After)
{
    /// <inheritdoc />
    public override string ToString() => $"level {(int)Level} {Date:uuuu-MM-dd}: {Before} -> {After}";
}

/// <summary>The answer of <see cref="RotaRepair.Repair"/>: the repaired rota and what changed, or why no repair exists.</summary>
/// <param name="Schedule">The repaired rota (the published one when nothing needed repair), or null.</param>
/// <param name="AffectedFrom">The hand-off date of the first shift the change affects; null when none is.</param>
/// <param name="Affected">The published shifts the change makes impossible (their holder is now away or off the rotation).</param>
/// <param name="Changes">Every assignment that differs from the published rota, in time order.</param>
/// <param name="Problems">Why no repair exists; empty on success.</param>
/// <param name="Conflicts">On failure, a minimal set of rules, absences and published shifts that together make the repair impossible.</param>
/// <param name="Trace">How the repair went: the affected shifts, each window tried, the result.</param>
public sealed record RotaRepairResult(
    OnCallSchedule? Schedule,
    LocalDate? AffectedFrom,
    ImmutableArray<OnCallShift> Affected,
    ImmutableArray<RotaChange> Changes,
    ImmutableArray<RotaProblem> Problems,
    RotaConflictSet? Conflicts,
    ImmutableArray<TraceStep> Trace)
{
    /// <summary>True when <see cref="Schedule"/> holds a rota that satisfies every rule with the new absences.</summary>
    public bool Succeeded => Schedule is not null;
}

/// <summary>
/// Repair mode (manual §5.4, D19; issue 17): after a rota is published, a new absence (time off, a partial day, a
/// holiday observed, someone joining or leaving) re-plans only the affected weeks and keeps everything else as
/// published. Nothing before the first affected shift ever moves.
/// </summary>
/// <remarks>
/// <para>The affected shifts are those whose holder is now away during the shift's coverage or no longer a participant
/// of its rotation. The repair first re-plans just those shifts, every other shift kept (pinned as history); when no
/// rota exists that way it frees, in addition, every shift in a window of 1, 2, 4, 8 … weeks from the first affected
/// one, until the end of the period. Inside a window each shift tries its published holder first, so unaffected shifts
/// change only when they must. The first window that works is the answer, so the changes stay within the smallest
/// window that works (minimal in the number of weeks re-planned; within it, a greedy fewest-changes order).</para>
/// <para>When even the whole rest of the period cannot be re-planned, the result has the generator's problems and a
/// <see cref="RotaConflictSet"/>: the smallest set of rules, absences and kept shifts that makes it impossible.</para>
/// </remarks>
/// <example>
/// <code>
/// var team = published.Team.WithTimeOff("Sarah", new LocalDate(2026, 2, 10), new LocalDate(2026, 2, 10)); // any team change
/// var repair = RotaRepair.Repair(published, team);
/// foreach (var change in repair.Changes) Console.WriteLine(change); // level 1 2026-02-09: Sarah -> Marcus
/// </code>
/// </example>
public static class RotaRepair
{
    /// <summary>Repairs <paramref name="published"/> for the changed <paramref name="team"/>.</summary>
    /// <param name="published">The published rota.</param>
    /// <param name="team">The team as it is now: the new absences, holidays, joins and leaves. Rotations must hand off as before.</param>
    /// <param name="incidents">Incidents so far (busy weeks earn rest), if any.</param>
    /// <returns>The repaired rota and its changes, or the problems and a minimal conflict set.</returns>
    /// <exception cref="FluentValidation.ValidationException">The published rota or the team is invalid.</exception>
    public static RotaRepairResult Repair(OnCallSchedule published, OnCallTeam team, IEnumerable<PagedIncident>? incidents = null)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(team);
        var log = incidents?.ToImmutableArray() ?? [];
        var current = published with { Team = team };
        current.Compile(); // throws with every problem when the team no longer fits the rota
        var affected = AffectedShifts(current);
        var trace = ImmutableArray.CreateBuilder<TraceStep>();
        if (affected.Count == 0)
        {
            trace.Add(Step("No published shift is affected: every holder is available and still on the rotation."));
            return new RotaRepairResult(current, null, [], [], [], null, trace.ToImmutable());
        }

        var first = affected.Min(s => s.Date);
        trace.Add(Step($"Affected: {string.Join("; ", affected.Select(s => $"level {(int)s.Level} {s.Date:uuuu-MM-dd} ({s.Person})"))}; nothing before {first:uuuu-MM-dd} moves."));
        var last = published.Shifts.Max(s => s.Date);
        var preferred = published.Shifts.ToImmutableDictionary(s => (s.Level, s.Date, s.Time), s => s.Person);
        RotaPlan? plan = null;
        for (var weeks = 0; ; weeks = weeks == 0 ? 1 : weeks * 2)
        {
            var end = first.PlusWeeks(weeks);
            var free = published.Shifts.Where(s => affected.Contains(s) || (s.Date >= first && s.Date < end)).ToHashSet();
            var request = new RotaRequest
            {
                Team = team,
                From = published.From,
                To = published.To,
                History = current with { Shifts = [.. published.Shifts.Where(s => !free.Contains(s))] },
                Incidents = log,
                Preferred = preferred,
            };
            plan = RotaGenerator.Generate(request);
            trace.Add(Step(weeks == 0
                ? $"Re-planning only the affected shifts: {(plan.Succeeded ? "a rota exists" : "no rota")}."
                : $"Re-planning every shift from {first:uuuu-MM-dd} for {weeks} weeks ({free.Count} shifts): {(plan.Succeeded ? "a rota exists" : "no rota")}."));
            if (plan.Succeeded || end > last)
            {
                break;
            }
        }

        if (!plan.Succeeded)
        {
            var whole = new RotaRequest
            {
                Team = team,
                From = published.From,
                To = published.To,
                History = current with { Shifts = [.. published.Shifts.Where(s => s.Date < first)] },
                Incidents = log,
            };
            return new RotaRepairResult(null, first, [.. affected.OrderBy(s => s.Date).ThenBy(s => s.Level)], [], plan.Problems, RotaConflicts.Explain(whole), trace.ToImmutable());
        }

        var repaired = plan.Schedule!; // keeps the published overrides of every kept shift; a cover of a re-planned shift is dropped
        var changes = repaired.Shifts
            .Select(s => (After: s, Before: published.Shifts.FirstOrDefault(b => b.Level == s.Level && b.Date == s.Date && b.Time == s.Time)))
            .Where(p => p.Before is not null && p.Before.Person != p.After.Person)
            .Select(p => new RotaChange(p.After.Level, p.After.Date, p.Before!.Person, p.After.Person))
            .OrderBy(c => c.Date).ThenBy(c => c.Level)
            .ToImmutableArray();
        trace.Add(Step(changes.IsEmpty ? "No assignment changed." : $"Changed {changes.Length}: {string.Join("; ", changes)}."));
        return new RotaRepairResult(repaired, first, [.. affected.OrderBy(s => s.Date).ThenBy(s => s.Level)], changes, [], null, trace.ToImmutable());
    }

    /// <summary>The shifts of <paramref name="schedule"/> whose holder is away during the shift's coverage or is no longer a participant of its rotation.</summary>
    /// <param name="schedule">A rota with the team as it is now.</param>
    /// <returns>The affected shifts.</returns>
    public static IReadOnlyCollection<OnCallShift> AffectedShifts(OnCallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var team = schedule.Team;
        var zone = team.Zone;
        var affected = new HashSet<OnCallShift>();
        foreach (var shift in schedule.Shifts)
        {
            if (team.RotationFor(shift.Level) is not { } rotation || !rotation.IsHandOff(shift.Date, shift.Time))
            {
                continue;
            }

            var slot = rotation.SlotOn(shift.Date, shift.Time);
            var coverage = rotation.CoverageCalendar();
            if (!rotation.Participants.Contains(shift.Person)
                || team.Absences(shift.Person, slot.Date.PlusDays(-1), slot.NextDate.PlusDays(1)).Any(off =>
                {
                    var interval = off.In(zone);
                    return FairnessMath.CoveredDuring(coverage, slot.Start, slot.End, interval.Start, interval.End);
                }))
            {
                affected.Add(shift);
            }
        }

        return affected;
    }

    private static TraceStep Step(string reason) => new("oncall.repair", OnCallRuleIds.Limits, reason);
}
