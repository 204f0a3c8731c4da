using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>How close one person is to one §5.4 limit (issue 17, D19).</summary>
/// <param name="Person">The person.</param>
/// <param name="Rule">The rule (<see cref="OnCallRuleIds.QuarterLimit"/> or <see cref="OnCallRuleIds.ConsecutiveEvenings"/>).</param>
/// <param name="Scope">What is counted: a quarter such as "2026 Q1", or "longest evening run".</param>
/// <param name="Used">Weeks used: held weeks starting in the quarter, or the longest run of consecutive evening weeks.</param>
/// <param name="Limit">The policy's limit.</param>
public sealed record RuleSlack(string Person, string Rule, string Scope, int Used, int Limit)
{
    /// <summary>How many more weeks the rule allows; one more than this breaks it. Negative when already broken.</summary>
    public int Slack => Limit - Used;

    /// <summary>The entry in words, such as "Sarah: 3 of 4 weeks in 2026 Q1 (1 left)".</summary>
    public string Message => Rule == OnCallRuleIds.QuarterLimit
        ? $"{Person}: {Used} of {Limit} weeks in {Scope} ({Left})"
        : $"{Person}: {Used} consecutive evening week(s) of {Limit} ({Left})";

    private string Left => Slack >= 0 ? $"{Slack} left" : $"{-Slack} over the limit";
}

/// <summary>
/// A certificate for a rota (issue 17, manual §5.4, D19): for each person, each quarter's weeks against the quarter
/// limit and their longest run of consecutive evening weeks against that limit, with the slack left.
/// </summary>
/// <param name="Entries">One entry per person and quarter (quarter limit) and per person (evening runs), in team order.</param>
public sealed record RotaCertificate(ImmutableArray<RuleSlack> Entries)
{
    /// <summary>True when no entry is over its limit.</summary>
    public bool WithinLimits => Entries.All(e => e.Slack >= 0);

    /// <summary>Builds the certificate of a valid schedule (overrides count: a week belongs to whoever covered most of it).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="FluentValidation.ValidationException">The schedule is invalid.</exception>
    public static RotaCertificate For(OnCallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var timeline = schedule.Compile();
        var rules = schedule.Team.Policy.Fairness;
        var ledger = RotaLedger.Build(timeline, rules);
        var entries = new List<RuleSlack>();
        var people = schedule.Team.Everyone.Concat(ledger.ByPerson.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var mine = ledger.Of(person).Where(p => p.Unit.Fairness).ToList();
            foreach (var quarter in mine.Where(p => p.Holds).GroupBy(p => p.Unit.Quarter).OrderBy(g => g.Key))
            {
                entries.Add(new RuleSlack(person, OnCallRuleIds.QuarterLimit, $"{quarter.Key.Year} Q{quarter.Key.Quarter}", quarter.Count(), rules.MaxWeeksPerQuarter));
            }

            var evenings = mine.Where(p => p.Unit.Evening).Select(p => p.Unit).Distinct().OrderBy(u => u.Start).ThenBy(u => u.From).ToList();
            if (evenings.Count > 0)
            {
                entries.Add(new RuleSlack(person, OnCallRuleIds.ConsecutiveEvenings, "longest evening run", LongestRun(evenings), rules.MaxConsecutiveEveningWeeks));
            }
        }

        return new RotaCertificate([.. entries]);
    }

    /// <summary>The longest run of contiguous weeks, in weeks rounded up (the checker's measure).</summary>
    private static int LongestRun(List<WeekUnit> weeks)
    {
        var (longest, start, end) = (0, weeks[0].Start, weeks[0].End);
        foreach (var week in weeks.Skip(1))
        {
            if (week.Start > end)
            {
                longest = Math.Max(longest, (Period.DaysBetween(start, end) + 6) / 7);
                start = week.Start;
            }

            end = week.End > end ? week.End : end;
        }

        return Math.Max(longest, (Period.DaysBetween(start, end) + 6) / 7);
    }
}
