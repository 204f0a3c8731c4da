using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// The burnout limits of manual §5.4 as data (D19). Hard rules: at most <see cref="MaxWeeksPerQuarter"/> on-call weeks
/// per calendar quarter, never more than <see cref="MaxConsecutiveEveningWeeks"/> consecutive weeks on the evening
/// shift, and a week with more than <see cref="BusyWeekIncidents"/> incidents earns the next week off. Time off and
/// <see cref="OneLevelAtATime"/> are checked too. The soft goal "1 week/month" is <see cref="TargetWeeksPerMonth"/>.
/// </summary>
/// <remarks>
/// <para>An on-call <em>week</em> is a 7-day piece of a shift, counted from its hand-off date; a weekly shift is one
/// week, a 10-day shift is a week and a 3-day remainder. A week counts in the quarter where it starts (D19).</para>
/// <para>The week limits apply to the levels in <see cref="Levels"/> (by default Levels 1 and 2: Level 3 is an
/// executive role whose on-call is "covered in salary", §5.1). Time off and one-level-at-a-time apply to every level.</para>
/// </remarks>
/// <example>
/// <code>
/// var strict = FairnessRules.Default with { MaxWeeksPerQuarter = 3 };
/// </code>
/// </example>
public sealed record FairnessRules
{
    /// <summary>The default limits of §5.4 read through D19.</summary>
    public static FairnessRules Default { get; } = new();

    /// <summary>The most on-call weeks one person may start in a calendar quarter.</summary>
    /// <value>The default is 4 (manual §5.4 "Maximum 4 weeks on-call per quarter", D19).</value>
    public int MaxWeeksPerQuarter { get; init; } = 4;

    /// <summary>The most consecutive weeks one person may work on an evening-shift rotation.</summary>
    /// <value>The default is 2 (manual §5.4 "Cannot work evening shift (5 PM-9 AM) more than 2 consecutive weeks", D19).</value>
    public int MaxConsecutiveEveningWeeks { get; init; } = 2;

    /// <summary>A week with <em>more</em> than this many incidents is busy and earns the next week off.</summary>
    /// <value>The default is 3 (manual §5.4 "If on-call was busy (&gt;3 incidents), give next week off", D19).</value>
    public int BusyWeekIncidents { get; init; } = 3;

    /// <summary>The daily evening shift; a rotation whose coverage overlaps it is an evening-shift rotation.</summary>
    /// <value>The default is 17:00–09:00 (manual §5.4 "evening shift (5 PM-9 AM)").</value>
    public ShiftInterval EveningShift { get; init; } = new(new LocalTime(17, 0), new LocalTime(9, 0));

    /// <summary>The levels the week limits (quarter, consecutive, busy week) apply to.</summary>
    /// <value>The default is Levels 1 and 2 (D19; Level 3 is an executive role, §5.1).</value>
    public ImmutableArray<OnCallLevel> Levels { get; init; } = [OnCallLevel.Support, OnCallLevel.Engineering];

    /// <summary>Whether one person may not be on call at two levels at the same instant.</summary>
    /// <value>The default is true: escalating from Level 1 to Level 2 (§5.3) must reach someone else.</value>
    public bool OneLevelAtATime { get; init; } = true;

    /// <summary>The soft goal: weeks per person per calendar month the generator aims for (never a hard rule).</summary>
    /// <value>The default is 1 (manual §5.4 "(1 week/month)", D19).</value>
    public int TargetWeeksPerMonth { get; init; } = 1;

    /// <summary>True when the week limits apply to <paramref name="level"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>True when it is in <see cref="Levels"/>.</returns>
    public bool AppliesTo(OnCallLevel level) => Levels.Contains(level);
}

/// <summary>
/// What on-call earns (manual §5.1, §5.4, D20): a weekly stipend per level or time off in lieu, call-ins paid by the
/// hour (rounded up, with a minimum), and when to suggest rebalancing the team. Money is <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// <para>A call-in of length <c>d</c> counts <c>max(</c><see cref="MinimumCallIn"/><c>, d rounded up to a whole
/// </c><see cref="CallInRounding"/><c>)</c>: 15 minutes is one hour, 61 minutes two (D20).</para>
/// <para>A person who chose <see cref="CompensationChoice.TimeOffInLieu"/> gets time off instead of money: the
/// level's <see cref="WeeklyTimeOffInLieu"/> per week and call-in time × <see cref="TimeOffRatio"/> (1:1, §5.4).</para>
/// </remarks>
public sealed record CompensationPolicy
{
    /// <summary>The default compensation of §5.1 and §5.4 read through D20.</summary>
    public static CompensationPolicy Default { get; } = new();

    /// <summary>The ISO currency code money is in.</summary>
    /// <value>The default is USD.</value>
    public string Currency { get; init; } = "USD";

    /// <summary>The stipend per on-call week, by level.</summary>
    /// <value>The default is $500 for Level 1, $750 for Level 2 and $0 for Level 3 ("covered in salary") (manual §5.1, D20).</value>
    public ImmutableDictionary<OnCallLevel, decimal> WeeklyStipend { get; init; } = ImmutableDictionary.CreateRange(
    [
        new KeyValuePair<OnCallLevel, decimal>(OnCallLevel.Support, 500m),
        new KeyValuePair<OnCallLevel, decimal>(OnCallLevel.Engineering, 750m),
        new KeyValuePair<OnCallLevel, decimal>(OnCallLevel.VpProduct, 0m),
    ]);

    /// <summary>The time off per on-call week, by level, for people who take time off in lieu of the stipend.</summary>
    /// <value>
    /// The default is 8 hours for Level 1, 12 hours for Level 2 and none for Level 3: the manual offers "time-off in
    /// lieu" without an amount (§5.1); one working day for Level 1 and the same 1.5 ratio as the stipends for Level 2.
    /// </value>
    public ImmutableDictionary<OnCallLevel, Duration> WeeklyTimeOffInLieu { get; init; } = ImmutableDictionary.CreateRange(
    [
        new KeyValuePair<OnCallLevel, Duration>(OnCallLevel.Support, Duration.FromHours(8)),
        new KeyValuePair<OnCallLevel, Duration>(OnCallLevel.Engineering, Duration.FromHours(12)),
        new KeyValuePair<OnCallLevel, Duration>(OnCallLevel.VpProduct, Duration.Zero),
    ]);

    /// <summary>The pay per counted call-in hour.</summary>
    /// <value>The default is 25 (manual §5.4 "$25/hour", D20).</value>
    public decimal HourlyRate { get; init; } = 25m;

    /// <summary>The least time a call-in counts for.</summary>
    /// <value>The default is one hour (manual §5.4 "minimum, even if 15 min", D20).</value>
    public Duration MinimumCallIn { get; init; } = Duration.FromHours(1);

    /// <summary>Call-in time is rounded up to a whole multiple of this.</summary>
    /// <value>The default is one hour (D20 "rounded up to the next whole hour").</value>
    public Duration CallInRounding { get; init; } = Duration.FromHours(1);

    /// <summary>Time off earned per counted call-in hour by people on time off in lieu.</summary>
    /// <value>The default is 1 (manual §5.4 "Time-off in lieu: 1:1", D20).</value>
    public decimal TimeOffRatio { get; init; } = 1m;

    /// <summary>
    /// A person is flagged for rebalancing when their share of a level's pages exceeds this multiple of the fair share
    /// (one over the number of participants).
    /// </summary>
    /// <value>The default is 1.5: with 4 people, more than 37.5 % of the pages (manual §5.4 "If one engineer getting paged constantly, rebalance team").</value>
    public decimal RebalanceShareOfFair { get; init; } = 1.5m;

    /// <summary>The fewest pages that can trigger a rebalance hint, so one unlucky page in a quiet month does not.</summary>
    /// <value>The default is 4: more than a busy week's worth (§5.4 "&gt;3 incidents").</value>
    public int RebalanceMinimumPages { get; init; } = 4;

    /// <summary>The call-in time that is paid for a call-in lasting <paramref name="length"/> (D20).</summary>
    /// <param name="length">How long the person worked; zero or more.</param>
    /// <returns>The counted time: at least <see cref="MinimumCallIn"/>, rounded up to <see cref="CallInRounding"/>.</returns>
    /// <example><code>CompensationPolicy.Default.CountedCallIn(Duration.FromMinutes(15)); // one hour</code></example>
    public Duration CountedCallIn(Duration length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, Duration.Zero);
        var unit = CallInRounding.ToInt64Nanoseconds();
        var units = (length.ToInt64Nanoseconds() + unit - 1) / unit;
        var rounded = Duration.FromNanoseconds(units * unit);
        return rounded < MinimumCallIn ? MinimumCallIn : rounded;
    }

    /// <summary>The stipend of one full week at <paramref name="level"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The amount; zero when the level has none.</returns>
    public decimal StipendFor(OnCallLevel level) => WeeklyStipend.GetValueOrDefault(level);

    /// <summary>The time off in lieu of one full week at <paramref name="level"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The time off; zero when the level has none.</returns>
    public Duration TimeOffInLieuFor(OnCallLevel level) => WeeklyTimeOffInLieu.GetValueOrDefault(level);
}

/// <summary>The on-call policy pack: fairness limits (D19) and compensation (D20).</summary>
/// <example>
/// <code>
/// var policy = OnCallPolicy.Default with { Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 3 } };
/// </code>
/// </example>
public sealed record OnCallPolicy
{
    /// <summary>The defaults of §5.4 and §5.1 (D19, D20).</summary>
    public static OnCallPolicy Default { get; } = new();

    /// <summary>The burnout limits.</summary>
    /// <value>The default is <see cref="FairnessRules.Default"/> (D19).</value>
    public FairnessRules Fairness { get; init; } = FairnessRules.Default;

    /// <summary>Stipends, call-in pay and time off in lieu.</summary>
    /// <value>The default is <see cref="CompensationPolicy.Default"/> (D20).</value>
    public CompensationPolicy Compensation { get; init; } = CompensationPolicy.Default;
}
