using System.Collections.Immutable;

namespace TaiSupport.Core.OnCall;

/// <summary>What kind of fact a <see cref="RotaConflict"/> is.</summary>
public enum RotaConflictKind
{
    /// <summary>A §5.4 rule of the team's policy (D19).</summary>
    Rule,

    /// <summary>A person's absence: time off, public holidays observed, joining or leaving.</summary>
    Absence,

    /// <summary>A shift of the history (already worked or published).</summary>
    History,
}

/// <summary>One member of a minimal conflict set: a rule, an absence or a history shift, and the fix it suggests.</summary>
/// <param name="Kind">Rule, absence or history.</param>
/// <param name="Id">A stable id: the rule id (<see cref="OnCallRuleIds"/>), or the JSON path of the absence
/// (<c>people[2].timeOff[0]</c>, <c>people[2].offOnHolidays</c>, <c>people[2].joins</c>, <c>people[2].leaves</c>) or of the
/// history shift (<c>history.shifts[4]</c>).</param>
/// <param name="Person">Whom it concerns, if one person.</param>
/// <param name="Description">The fact in words.</param>
/// <param name="Fix">What removing it would take.</param>
public sealed record RotaConflict(RotaConflictKind Kind, string Id, string? Person, string Description, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Description} Fix: {Fix}";
}

/// <summary>
/// Why a rota request is impossible: a set of rules, absences and history shifts that together leave no rota, and is
/// minimal — with any one member left out a rota exists (manual §5.4, D19; issue 17).
/// </summary>
/// <param name="Members">The conflicting facts, rules first, then absences, then history.</param>
/// <param name="GeneratorRuns">How many generator runs the explanation took.</param>
public sealed record RotaConflictSet(ImmutableArray<RotaConflict> Members, int GeneratorRuns);

/// <summary>
/// Minimal conflict sets for impossible rota requests (manual §5.4, D19; issue 17). The facts of a request are its hard
/// rules (quarter limit, consecutive evening weeks, busy-week rest, one level at a time), each absence of each person
/// and each history shift; the team's rotations and the period are the frame. A sub-problem keeps some facts and drops
/// the rest (a dropped rule is switched off, a dropped absence or history shift removed).
/// </summary>
/// <remarks>
/// <para>The explanation is a deletion filter over the facts (history, then absences, then rules): a fact is dropped
/// for good when the request stays impossible without it. Feasibility only grows as facts are dropped, and the
/// generator is complete (it finds a rota exactly when one exists), so the result is sufficient (the sub-problem of
/// its members alone is impossible) and minimal (dropping any one member makes it possible). It is minimal, not
/// necessarily the smallest of all: another conflict set may exist too.</para>
/// <para>Time off as a rule is represented by the absences themselves; gaps cannot happen in a generated rota.</para>
/// </remarks>
/// <example>
/// <code>
/// var conflicts = RotaConflicts.Explain(RotaRequest.ForWeeks(team, new LocalDate(2026, 1, 5), 13));
/// foreach (var member in conflicts?.Members ?? []) Console.WriteLine(member);
/// </code>
/// </example>
public static class RotaConflicts
{
    /// <summary>A minimal conflict set of <paramref name="request"/>, or null when a rota exists (or the request is invalid).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The conflict set, or null.</returns>
    public static RotaConflictSet? Explain(RotaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var all = Facts(request);
        var runs = 1;
        var plan = RotaGenerator.Generate(request);
        if (plan.Succeeded || plan.Problems.Any(p => p.Rule == OnCallRuleIds.InvalidInput))
        {
            return null;
        }

        var keep = all.ToList();
        foreach (var fact in all.OrderBy(f => f.Kind switch { RotaConflictKind.History => 0, RotaConflictKind.Absence => 1, _ => 2 }))
        {
            var without = keep.Where(f => f != fact).ToList();
            runs++;
            if (!Feasible(SubProblem(request, without)))
            {
                keep = without;
            }
        }

        return new RotaConflictSet([.. keep], runs);
    }

    /// <summary>Every fact of <paramref name="request"/> that a conflict set can name.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The rules, absences and history shifts, in that order.</returns>
    public static ImmutableArray<RotaConflict> Facts(RotaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var team = request.Team;
        var rules = team.Policy.Fairness;
        var facts = ImmutableArray.CreateBuilder<RotaConflict>();
        facts.Add(new(RotaConflictKind.Rule, OnCallRuleIds.QuarterLimit, null, $"at most {rules.MaxWeeksPerQuarter} on-call weeks per person per quarter (§5.4).",
            $"raise maxWeeksPerQuarter above {rules.MaxWeeksPerQuarter}, or add a participant."));
        facts.Add(new(RotaConflictKind.Rule, OnCallRuleIds.ConsecutiveEvenings, null, $"no more than {rules.MaxConsecutiveEveningWeeks} consecutive evening weeks (§5.4).",
            $"raise maxConsecutiveEveningWeeks above {rules.MaxConsecutiveEveningWeeks}, or add a participant."));
        if (!request.Incidents.IsDefaultOrEmpty)
        {
            facts.Add(new(RotaConflictKind.Rule, OnCallRuleIds.BusyWeekRest, null, $"a week with more than {rules.BusyWeekIncidents} incidents earns the next week off (§5.4).",
                $"raise busyWeekIncidents above {rules.BusyWeekIncidents}, or add a participant to take the rest week."));
        }

        if (rules.OneLevelAtATime && team.Rotations.Length > 1)
        {
            facts.Add(new(RotaConflictKind.Rule, OnCallRuleIds.OneLevelAtATime, null, "nobody is on call at two levels at once (§5.3).",
                "put different people on different levels, or set oneLevelAtATime to false."));
        }

        for (var m = 0; m < team.People.Length; m++)
        {
            var member = team.People[m];
            for (var i = 0; i < member.TimeOff.Length; i++)
            {
                var off = member.TimeOff[i];
                facts.Add(new(RotaConflictKind.Absence, $"people[{m}].timeOff[{i}]", member.Name, $"{member.Name} is on time off {off}{(off.Note is null ? string.Empty : $" ({off.Note})")}.",
                    $"move or shorten {member.Name}'s time off {off}."));
            }

            if (member.OffOnHolidays)
            {
                facts.Add(new(RotaConflictKind.Absence, $"people[{m}].offOnHolidays", member.Name, $"{member.Name} is off on public holidays.",
                    $"let {member.Name} be on call on public holidays (offOnHolidays false)."));
            }

            if (member.Joins is { } joins)
            {
                facts.Add(new(RotaConflictKind.Absence, $"people[{m}].joins", member.Name, $"{member.Name} joins the team on {joins:uuuu-MM-dd}.",
                    $"let {member.Name} start earlier, or add a participant until then."));
            }

            if (member.Leaves is { } leaves)
            {
                facts.Add(new(RotaConflictKind.Absence, $"people[{m}].leaves", member.Name, $"{member.Name} leaves the team on {leaves:uuuu-MM-dd}.",
                    $"find a replacement for {member.Name} from {leaves:uuuu-MM-dd}."));
            }
        }

        if (request.History is { } history)
        {
            for (var j = 0; j < history.Shifts.Length; j++)
            {
                var shift = history.Shifts[j];
                facts.Add(new(RotaConflictKind.History, $"history.shifts[{j}]", shift.Person, $"{shift.Person} holds the level {(int)shift.Level} shift of {shift.Date:uuuu-MM-dd} in the history.",
                    $"swap or cover the level {(int)shift.Level} shift of {shift.Date:uuuu-MM-dd} in the history."));
            }
        }

        return facts.ToImmutable();
    }

    /// <summary>The sub-problem of <paramref name="request"/> made of <paramref name="keep"/> alone: rules not kept are switched off, absences and history shifts not kept removed.</summary>
    /// <param name="request">The request.</param>
    /// <param name="keep">The facts to keep (from <see cref="Facts"/>).</param>
    /// <returns>The sub-problem.</returns>
    public static RotaRequest SubProblem(RotaRequest request, IEnumerable<RotaConflict> keep)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keep);
        var ids = keep.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var team = request.Team;
        var rules = team.Policy.Fairness;
        rules = rules with
        {
            MaxWeeksPerQuarter = ids.Contains(OnCallRuleIds.QuarterLimit) ? rules.MaxWeeksPerQuarter : 14,
            MaxConsecutiveEveningWeeks = ids.Contains(OnCallRuleIds.ConsecutiveEvenings) ? rules.MaxConsecutiveEveningWeeks : 10_000,
            BusyWeekIncidents = ids.Contains(OnCallRuleIds.BusyWeekRest) || request.Incidents.IsDefaultOrEmpty ? rules.BusyWeekIncidents : int.MaxValue,
            OneLevelAtATime = rules.OneLevelAtATime && (team.Rotations.Length <= 1 || ids.Contains(OnCallRuleIds.OneLevelAtATime)),
        };
        var people = team.People.Select((member, m) => member with
        {
            TimeOff = [.. member.TimeOff.Where((_, i) => ids.Contains($"people[{m}].timeOff[{i}]"))],
            OffOnHolidays = member.OffOnHolidays && ids.Contains($"people[{m}].offOnHolidays"),
            Joins = ids.Contains($"people[{m}].joins") ? member.Joins : null,
            Leaves = ids.Contains($"people[{m}].leaves") ? member.Leaves : null,
        });
        var sub = team with { People = [.. people], Policy = team.Policy with { Fairness = rules } };
        return request with
        {
            Team = sub,
            History = request.History is { } history
                ? history with { Team = history.Team with { Policy = sub.Policy, People = sub.People }, Shifts = [.. history.Shifts.Where((_, j) => ids.Contains($"history.shifts[{j}]"))] }
                : null,
        };
    }

    /// <summary>True when a rota exists for <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when the generator finds one (it is complete).</returns>
    public static bool Feasible(RotaRequest request) => RotaGenerator.Generate(request).Succeeded;
}
