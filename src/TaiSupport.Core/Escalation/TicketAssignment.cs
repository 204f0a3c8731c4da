using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// §2.3's ticket assignment rules: who should own a ticket now, and why.
/// </summary>
/// <remarks>
/// The rules are applied as successive filters over the team, each recorded in the trace:
/// <list type="number">
/// <item><b>On shift</b> (rule 3): people whose shift calendar is open at <c>now</c>. If nobody is on shift, whoever
/// comes on first (earliest next opening); for a critical ticket the trace also says to page the on-call rotation.</item>
/// <item><b>Not at the end of their shift</b> (rule 3): drop anyone whose shift ends within
/// <see cref="AssignmentPolicy.EndOfShiftGuard"/> (30 minutes; exactly 30 counts as ending) — unless that leaves nobody.</item>
/// <item><b>Skill</b> (rule 1): the first matching <see cref="SkillRule"/>'s levels, else <see cref="AssignmentPolicy.DefaultLevels"/>.
/// If nobody of those levels is left, the support levels (<see cref="AssignmentPolicy.DefaultLevels"/>), then anyone
/// left ("for urgent: assign to whoever is awake").</item>
/// <item><b>Continuity</b> (rule 2): whoever responded to a related ticket (most related tickets first).</item>
/// <item><b>Lowest load</b> (rule 2): fewest open tickets.</item>
/// <item><b>Tie-break</b>: the most shift time left, then the name (ordinal).</item>
/// </list>
/// A skill rule with <see cref="SkillRule.WithEngineer"/> adds an engineer chosen the same way as a collaborator.
/// </remarks>
/// <example>
/// <code>
/// var result = TicketAssignment.Assign(ticket, team, now);
/// Console.WriteLine(result.Assignee?.Name);
/// foreach (var step in result.Trace) Console.WriteLine(step);
/// </code>
/// </example>
public static class TicketAssignment
{
    /// <summary>Chooses the assignee (and any collaborator) for a ticket.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="team">The team; names should be unique.</param>
    /// <param name="now">When the assignment is made.</param>
    /// <param name="policy">The rules; <see cref="AssignmentPolicy.Default"/> when null.</param>
    /// <returns>The choice and why; no assignee only when the team is empty.</returns>
    public static AssignmentResult Assign(AssignmentTicket ticket, IReadOnlyList<AssignableAgent> team, Instant now, AssignmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(team);
        policy ??= AssignmentPolicy.Default;
        var trace = ImmutableArray.CreateBuilder<TraceStep>();
        if (team.Count == 0)
        {
            trace.Add(new TraceStep("assign.team", "§2.3", "the team is empty: nobody to assign"));
            return new AssignmentResult(null, [], trace.ToImmutable());
        }

        var rule = policy.SkillRules.FirstOrDefault(r => r.Matches(ticket));
        var levels = rule?.Levels ?? policy.DefaultLevels;
        trace.Add(new TraceStep("assign.skill", "§2.3 rule 1", rule is not null
            ? $"{rule.Description}: {List(levels)}"
            : $"no skill rule for a {(ticket.Complex ? "complex" : "basic")} {ticket.Tier} {ticket.Priority} {ticket.Category} ticket: {List(levels)}"));
        var assignee = Choose(team, ticket, levels, policy, now, trace, "assign");

        var collaborators = ImmutableArray<AssignableAgent>.Empty;
        if (rule?.WithEngineer == true)
        {
            var engineers = team.Where(m => m.Level == TeamLevel.Engineer && !ReferenceEquals(m, assignee)).ToList();
            if (engineers.Count == 0)
            {
                trace.Add(new TraceStep("assign.engineer", "§2.3 rule 1", "no engineer on the team to join the assignee"));
            }
            else
            {
                collaborators = [Choose(engineers, ticket, [TeamLevel.Engineer], policy, now, trace, "assign.engineer")];
            }
        }

        return new AssignmentResult(assignee, collaborators, trace.ToImmutable());
    }

    private static AssignableAgent Choose(
        IReadOnlyList<AssignableAgent> team, AssignmentTicket ticket, ImmutableArray<TeamLevel> levels, AssignmentPolicy policy, Instant now,
        ImmutableArray<TraceStep>.Builder trace, string rule)
    {
        var pool = OnShift(team, ticket, policy, now, trace, rule);
        pool = PreferLevels(pool, levels, policy.DefaultLevels, ticket, trace, rule);
        pool = Continuity(pool, ticket, trace, rule);
        pool = LowestLoad(pool, trace, rule);
        return TieBreak(pool, now, trace, rule);
    }

    private static List<AssignableAgent> OnShift(
        IReadOnlyList<AssignableAgent> team, AssignmentTicket ticket, AssignmentPolicy policy, Instant now, ImmutableArray<TraceStep>.Builder trace, string rule)
    {
        var onShift = team.Where(m => m.Shift.IsOpen(now)).ToList();
        if (onShift.Count == 0)
        {
            var next = team.Select(m => (Member: m, Opens: m.Shift.NextOpening(now))).Where(x => x.Opens is not null).ToList();
            if (next.Count == 0)
            {
                trace.Add(new TraceStep(rule + ".shift", "§2.3 rule 3", "nobody is on shift now or later: choosing among everyone"));
                return [.. team];
            }

            var first = next.Min(x => x.Opens!.Value);
            var comers = next.Where(x => x.Opens == first).Select(x => x.Member).ToList();
            var page = ticket.Priority == Priority.Critical ? "critical: page the on-call rotation (§5) and " : string.Empty;
            trace.Add(new TraceStep(rule + ".shift", "§2.3 rule 3",
                $"nobody is on shift at {At(now, comers[0])}: {page}assign whoever comes on first: {Names(comers)} at {At(first, comers[0])}"));
            return comers;
        }

        var ending = onShift.Where(m => EndsWithin(m, now, policy.EndOfShiftGuard)).ToList();
        if (ending.Count == 0)
        {
            trace.Add(new TraceStep(rule + ".shift", "§2.3 rule 3", $"on shift: {Names(onShift)}"));
            return onShift;
        }

        var endings = string.Join(", ", ending.Select(m => $"{m.Name} (ends {At(m.Shift.NextClosing(now)!.Value, m)})"));
        if (ending.Count == onShift.Count)
        {
            trace.Add(new TraceStep(rule + ".shift", "§2.3 rule 3",
                $"everyone on shift ends within {Window(policy.EndOfShiftGuard)}: {endings}; nobody else is on, so they stay candidates"));
            return onShift;
        }

        var fresh = onShift.Except(ending).ToList();
        trace.Add(new TraceStep(rule + ".shift", "§2.3 rule 3",
            $"on shift: {Names(fresh)}; not {endings}: ends within {Window(policy.EndOfShiftGuard)} (prefer them to hand off)"));
        return fresh;
    }

    private static List<AssignableAgent> PreferLevels(
        List<AssignableAgent> pool, ImmutableArray<TeamLevel> levels, ImmutableArray<TeamLevel> supportLevels, AssignmentTicket ticket,
        ImmutableArray<TraceStep>.Builder trace, string rule)
    {
        var skilled = pool.Where(m => levels.Contains(m.Level)).ToList();
        if (skilled.Count > 0)
        {
            trace.Add(new TraceStep(rule + ".level", "§2.3 rule 1", $"{List(levels)}: {Names(skilled)}"));
            return skilled;
        }

        var urgent = ticket.Priority == Priority.Critical ? " (rule 3: for urgent, whoever is awake)" : string.Empty;
        var support = pool.Where(m => supportLevels.Contains(m.Level)).ToList();
        if (support.Count > 0)
        {
            trace.Add(new TraceStep(rule + ".level", "§2.3 rules 1, 3",
                $"nobody available is {List(levels)}; falling back to {List(supportLevels)}: {Names(support)}{urgent}"));
            return support;
        }

        trace.Add(new TraceStep(rule + ".level", "§2.3 rules 1, 3", $"nobody available is {List(levels)} or {List(supportLevels)}; whoever is available: {Names(pool)}{urgent}"));
        return pool;
    }

    private static List<AssignableAgent> Continuity(List<AssignableAgent> pool, AssignmentTicket ticket, ImmutableArray<TraceStep>.Builder trace, string rule)
    {
        if (ticket.RelatedTicketIds.IsEmpty)
        {
            return pool;
        }

        var familiar = pool
            .Select(m => (Member: m, Related: m.HandledTickets.Intersect(ticket.RelatedTicketIds, StringComparer.Ordinal).ToList()))
            .Where(x => x.Related.Count > 0)
            .ToList();
        if (familiar.Count == 0)
        {
            trace.Add(new TraceStep(rule + ".continuity", "§2.3 rule 2",
                $"nobody available responded to the related tickets {string.Join(", ", ticket.RelatedTicketIds)}"));
            return pool;
        }

        var most = familiar.Max(x => x.Related.Count);
        var chosen = familiar.Where(x => x.Related.Count == most).ToList();
        trace.Add(new TraceStep(rule + ".continuity", "§2.3 rule 2",
            "continuity: " + string.Join("; ", chosen.Select(x => $"{x.Member.Name} responded to {string.Join(", ", x.Related)}"))));
        return [.. chosen.Select(x => x.Member)];
    }

    private static List<AssignableAgent> LowestLoad(List<AssignableAgent> pool, ImmutableArray<TraceStep>.Builder trace, string rule)
    {
        if (pool.Count == 1)
        {
            return pool;
        }

        var lowest = pool.Min(m => m.OpenTickets);
        var chosen = pool.Where(m => m.OpenTickets == lowest).ToList();
        trace.Add(new TraceStep(rule + ".load", "§2.3 rule 2",
            $"lowest current load: {Names(chosen)} with {lowest} open ({string.Join(", ", pool.Select(m => $"{m.Name} {m.OpenTickets}"))})"));
        return chosen;
    }

    private static AssignableAgent TieBreak(List<AssignableAgent> pool, Instant now, ImmutableArray<TraceStep>.Builder trace, string rule)
    {
        var ordered = pool
            .OrderByDescending(m => m.Shift.NextClosing(now) ?? Instant.MaxValue)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var chosen = ordered[0];
        if (pool.Count > 1)
        {
            var byShift = chosen.Shift.NextClosing(now) != ordered[1].Shift.NextClosing(now);
            trace.Add(new TraceStep(rule + ".tie-break", "§2.3; docs Choices", byShift
                ? $"tie between {Names(pool)}: {chosen.Name} has the most shift left"
                : $"tie between {Names(pool)} with equal shift left: {chosen.Name} by name"));
        }

        trace.Add(new TraceStep(rule + ".chosen", "§2.3", $"{chosen.Name} ({chosen.Level}, {chosen.OpenTickets} open)"));
        return chosen;
    }

    private static bool EndsWithin(AssignableAgent member, Instant now, Duration guard) =>
        member.Shift.NextClosing(now) is { } closing && closing - now <= guard;

    private static string At(Instant instant, AssignableAgent member) =>
        Text.OffsetInstant.Format(instant, member.Shift.Zone);

    private static string Window(Duration duration) => WindowText.Format(duration);

    private static string Names(IEnumerable<AssignableAgent> members) => string.Join(", ", members.Select(m => m.Name));

    private static string List(ImmutableArray<TeamLevel> levels) => string.Join(" or ", levels);
}
