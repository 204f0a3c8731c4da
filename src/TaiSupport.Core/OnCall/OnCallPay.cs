using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.OnCall;

/// <summary>One time someone was called in (paged and worked) while on call: who, from when to when (manual §5.4, D20).</summary>
/// <param name="Person">Who worked.</param>
/// <param name="Start">When they started.</param>
/// <param name="End">When they stopped; not before <paramref name="Start"/>.</param>
public sealed record CallIn(string Person, Instant Start, Instant End)
{
    /// <summary>The caller's id, echoed in traces.</summary>
    public string? Id { get; init; }

    /// <summary>The level they were paged at, if known; otherwise the lowest level they held then.</summary>
    public OnCallLevel? Level { get; init; }

    /// <summary>How long they worked.</summary>
    public Duration Length => End - Start;
}

/// <summary>What one person is owed for a period (manual §5.1, §5.4, D20).</summary>
public sealed record PersonPay
{
    /// <summary>The person.</summary>
    public required string Person { get; init; }

    /// <summary>Money or time off in lieu.</summary>
    public CompensationChoice Compensation { get; init; }

    /// <summary>On-call weeks held that start in the period, all levels together.</summary>
    public int WeeksOnCall { get; init; }

    /// <summary>On-call weeks held that start in the period, by level.</summary>
    public ImmutableSortedDictionary<OnCallLevel, int> WeeksByLevel { get; init; } = ImmutableSortedDictionary<OnCallLevel, int>.Empty;

    /// <summary>
    /// The weekly stipends earned, in money (zero for time off in lieu). Shared pro rata by covered time when an override
    /// split a week, by the largest-remainder method so the shares of one week add up exactly to its stipend.
    /// </summary>
    public decimal Stipend { get; init; }

    /// <summary>The time off earned in lieu of stipends.</summary>
    public Duration StipendTimeOff { get; init; }

    /// <summary>How many call-ins started in the period.</summary>
    public int CallIns { get; init; }

    /// <summary>The time actually worked on call-ins.</summary>
    public Duration CallInTime { get; init; }

    /// <summary>The call-in time that counts: each call-in at least one hour, rounded up to whole hours (D20).</summary>
    public Duration CountedCallInTime { get; init; }

    /// <summary>Call-in pay in money (zero for time off in lieu).</summary>
    public decimal CallInPay { get; init; }

    /// <summary>Time off earned for call-ins, 1:1 (zero for people who are paid).</summary>
    public Duration CallInTimeOff { get; init; }

    /// <summary>Stipend plus call-in pay.</summary>
    public decimal TotalPay => Stipend + CallInPay;

    /// <summary>Stipend time off plus call-in time off.</summary>
    public Duration TotalTimeOff => StipendTimeOff + CallInTimeOff;

    /// <summary>The person's weeks in the period with more call-ins than the busy-week threshold (§5.4 "&gt;3 incidents").</summary>
    public ImmutableArray<LocalDate> BusyWeeks { get; init; } = [];

    /// <summary>How each amount was reached, with the values.</summary>
    public ImmutableArray<TraceStep> Trace { get; init; } = [];
}

/// <summary>A hint that one person carries an outsized share of a level's pages (manual §5.4 "rebalance team").</summary>
/// <param name="Level">The level.</param>
/// <param name="Person">Who is paged too often.</param>
/// <param name="Pages">Their call-ins at that level in the period.</param>
/// <param name="LevelPages">All call-ins at that level in the period.</param>
/// <param name="SharePercent">Their share of the level's pages in percent, 0–100, to 2 decimals.</param>
/// <param name="FairSharePercent">100 over the number of participants, in percent, to 2 decimals.</param>
/// <param name="Message">The hint in words.</param>
public sealed record RebalanceHint(OnCallLevel Level, string Person, int Pages, int LevelPages, decimal SharePercent, decimal FairSharePercent, string Message);

/// <summary>The burden and pay of every person for a period, with rebalance hints.</summary>
/// <param name="From">The first date of the period.</param>
/// <param name="Through">The last date of the period, included (a schedule's <c>To</c> is exclusive: <c>Through = To.PlusDays(-1)</c>).</param>
/// <param name="Currency">The currency of the amounts.</param>
/// <param name="People">One entry per person on the team, in team order, then anyone else who was called in.</param>
/// <param name="Rebalance">People who carry an outsized share of pages.</param>
public sealed record OnCallPayReport(LocalDate From, LocalDate Through, string Currency, ImmutableArray<PersonPay> People, ImmutableArray<RebalanceHint> Rebalance)
{
    /// <summary>All money owed.</summary>
    public decimal TotalPay => People.Sum(p => p.TotalPay);

    /// <summary>All time off owed.</summary>
    public Duration TotalTimeOff => People.Aggregate(Duration.Zero, (sum, p) => sum + p.TotalTimeOff);
}

/// <summary>
/// Burden and pay (manual §5.1, §5.4, D20): per person, on-call weeks, the weekly stipend ($500 Level 1, $750 Level 2)
/// or time off in lieu, call-ins rounded up to whole hours with a one-hour minimum at $25/hour (or 1:1 time off),
/// busy weeks, and a rebalance hint when someone carries an outsized share of pages.
/// </summary>
/// <remarks>
/// <para>A week counts in the period when it starts in it (the same rule as the quarter limit, D19). When overrides
/// split a week, its stipend is shared in proportion to covered time, so nobody is on call unpaid (§5.4): each share is
/// the exact share rounded down to the cent, and the cents left over go to the largest remainders, so the shares add up
/// exactly to the week's stipend (time off in lieu likewise, by the minute). A call-in
/// counts in the period when it starts in it, and counts as one page for busy weeks and rebalancing.</para>
/// </remarks>
/// <example>
/// <code>
/// var report = OnCallPay.Report(schedule, callIns, new LocalDate(2026, 1, 5), new LocalDate(2026, 4, 5));
/// foreach (var person in report.People) Console.WriteLine($"{person.Person}: {person.TotalPay}");
/// </code>
/// </example>
public static class OnCallPay
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>Computes the report.</summary>
    /// <param name="schedule">A valid schedule; its team's <see cref="OnCallPolicy.Compensation"/> applies.</param>
    /// <param name="callIns">Call-ins, in any order; those starting outside the period are ignored.</param>
    /// <param name="from">The first date of the period (team zone).</param>
    /// <param name="through">The last date of the period, included (for a schedule's exclusive <c>To</c>, pass <c>To.PlusDays(-1)</c>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A call-in ends before it starts, or the period ends before it starts.</exception>
    public static OnCallPayReport Report(OnCallSchedule schedule, IEnumerable<CallIn> callIns, LocalDate from, LocalDate through)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Report(schedule, callIns, from, through, OnCallPayPolicy.From(schedule.Team.Policy.Compensation));
    }

    /// <summary>Computes the report with a pay policy instead of the team's compensation policy (issue 17).</summary>
    /// <param name="schedule">A valid schedule.</param>
    /// <param name="callIns">Call-ins, in any order; those starting outside the period are ignored.</param>
    /// <param name="from">The first date of the period (team zone).</param>
    /// <param name="through">The last date of the period, included (for a schedule's exclusive <c>To</c>, pass <c>To.PlusDays(-1)</c>).</param>
    /// <param name="payPolicy">The pay policy; <see cref="OnCallPayPolicy.Default"/> is D20.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A call-in ends before it starts, the period ends before it starts, or the policy is invalid.</exception>
    public static OnCallPayReport Report(OnCallSchedule schedule, IEnumerable<CallIn> callIns, LocalDate from, LocalDate through, OnCallPayPolicy payPolicy)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(callIns);
        ArgumentNullException.ThrowIfNull(payPolicy);
        var check = new OnCallPayPolicyValidator().Validate(payPolicy);
        if (!check.IsValid)
        {
            throw new ArgumentException(string.Join(" ", check.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")), nameof(payPolicy));
        }

        if (through < from)
        {
            throw new ArgumentException($"The pay period ends ({through:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).", nameof(through));
        }

        var timeline = schedule.Compile();
        var team = schedule.Team;
        if (team.PublicHolidays(from, through) is { Length: > 0 } teamHolidays)
        {
            payPolicy = payPolicy with { Holidays = payPolicy.Holidays.Union(teamHolidays.Select(h => h.Date)) }; // the team's calendar counts too
        }

        var policy = payPolicy.ToCompensation();
        var zone = team.Zone;
        var (start, end) = (zone.StartOfDay(from), zone.StartOfDay(through.PlusDays(1)));
        var inPeriod = callIns.Where(c => c.End < c.Start ? throw new ArgumentException($"Call-in {c.Id ?? c.Person} ends before it starts.", nameof(callIns)) : c.Start >= start && c.Start < end)
            .OrderBy(c => c.Start).ToList();
        var ledger = RotaLedger.Build(timeline, team.Policy.Fairness);
        var paged = inPeriod.Select(c => (CallIn: c, Week: ledger.Attribute(c.Start, c.Level, c.Person))).ToList();
        foreach (var participation in paged.Select(p => p.Week).OfType<Participation>())
        {
            participation.Incidents++;
        }

        var everyone = team.Everyone.Concat(inPeriod.Select(c => c.Person)).Distinct(StringComparer.Ordinal); // a call-in is paid even off the team
        var people = everyone.Select(person => ForPerson(team, payPolicy.For(person), ledger, person, from, through, inPeriod.Where(c => c.Person == person).ToList()));
        return new OnCallPayReport(from, through, policy.Currency, [.. people], [.. Rebalance(team, policy, paged)]);
    }

    private static PersonPay ForPerson(OnCallTeam team, OnCallPayPolicy payPolicy, RotaLedger ledger, string person, LocalDate from, LocalDate to, List<CallIn> mine)
    {
        var member = team.Member(person);
        var policy = payPolicy.ToCompensation();
        var inLieu = member.Compensation == CompensationChoice.TimeOffInLieu;
        var trace = new List<TraceStep>();
        var weeks = ledger.Of(person).Where(p => p.Unit.Start >= from && p.Unit.Start <= to).ToList();
        var (stipend, stipendOff) = (0m, Duration.Zero);
        foreach (var week in weeks)
        {
            var fraction = WeekShare(ledger, week);
            if (fraction == 0m)
            {
                continue;
            }

            var (amount, off) = ExactShare(ledger, policy, week);
            stipend += inLieu ? 0m : amount;
            stipendOff += inLieu ? off : Duration.Zero;
            var part = fraction == 1m ? string.Empty : Invariant($" ({fraction:0.####} of it)");
            var earned = inLieu ? Invariant($"{Hours(off):0.##} h off in lieu of the stipend") : $"stipend {Money(amount)}";
            trace.Add(new TraceStep("oncall.pay.stipend", "§5.1, D20", $"level {(int)week.Unit.Level} week of {Date(week.Unit.Start)}{part}: {earned}"));
        }

        var (worked, counted, pay, callInOff) = (Duration.Zero, Duration.Zero, 0m, Duration.Zero);
        var zone = team.Zone;
        foreach (var callIn in mine)
        {
            var countedOne = policy.CountedCallIn(callIn.Length);
            var hours = Hours(countedOne);
            var (multiplier, kind) = payPolicy.MultiplierAt(callIn.Start.InZone(zone).LocalDateTime, team.Policy.Fairness.EveningShift);
            var (rate, ratio) = (policy.HourlyRate * multiplier, policy.TimeOffRatio * multiplier);
            var times = multiplier == 1m ? string.Empty : Invariant($" × {multiplier} ({kind})");
            var owedMoney = multiplier == 1m ? hours * policy.HourlyRate : Math.Round(hours * rate, 2, MidpointRounding.AwayFromZero); // D20 figures unchanged
            worked += callIn.Length;
            counted += countedOne;
            pay += inLieu ? 0m : owedMoney;
            callInOff += inLieu ? Scale(countedOne, ratio) : Duration.Zero;
            var owed = inLieu ? Invariant($"{times} = {Hours(Scale(countedOne, ratio)):0.##} h off in lieu") : $" × {Money(policy.HourlyRate)}{times} = {Money(owedMoney)}";
            var id = callIn.Id is null ? string.Empty : callIn.Id + " ";
            trace.Add(new TraceStep("oncall.pay.call-in", "§5.4, D20",
                Invariant($"call-in {id}{Local.Format(callIn.Start.InZone(zone).LocalDateTime)} for {Minutes(callIn.Length)} min counts {hours:0.##} h{owed}")));
        }

        var busy = weeks.Where(w => w.Unit.Fairness && w.Incidents > team.Policy.Fairness.BusyWeekIncidents).Select(w => w.Unit.Start).Distinct().Order().ToList();
        foreach (var week in busy)
        {
            trace.Add(new TraceStep("oncall.pay.busy-week", OnCallRuleIds.Limits, $"week of {Date(week)} was busy (more than {team.Policy.Fairness.BusyWeekIncidents} call-ins): the next week is off (§5.4)."));
        }

        var held = weeks.Where(w => w.Holds).ToList();
        return new PersonPay
        {
            Person = person,
            Compensation = member.Compensation,
            WeeksOnCall = held.Count,
            WeeksByLevel = held.GroupBy(w => w.Unit.Level).ToImmutableSortedDictionary(g => g.Key, g => g.Count()),
            Stipend = stipend,
            StipendTimeOff = stipendOff,
            CallIns = mine.Count,
            CallInTime = worked,
            CountedCallInTime = counted,
            CallInPay = pay,
            CallInTimeOff = callInOff,
            BusyWeeks = [.. busy],
            Trace = [.. trace],
        };
    }

    /// <summary>The person's share of a week's stipend: its length in weeks times their share of its covered time.</summary>
    private static decimal WeekShare(RotaLedger ledger, Participation week)
    {
        var days = Period.DaysBetween(week.Unit.Start, week.Unit.End) / 7m;
        var total = ledger.In(week.Unit).Aggregate(Duration.Zero, (sum, p) => sum + p.Covered);
        var share = total == Duration.Zero ? (week.Holds ? 1m : 0m) : (decimal)week.Covered.ToInt64Nanoseconds() / total.ToInt64Nanoseconds();
        return days * share;
    }

    /// <summary>
    /// The person's stipend and time off for one week, shared exactly (issue 17): the week's amount — the level's stipend
    /// times its length in weeks, rounded once to the cent (time off: to the minute) — is split in proportion to covered
    /// time by the largest-remainder method: everyone gets their exact share rounded down, and the cents (minutes) left
    /// go one each to the largest remainders (ties: the larger share, then the week's holder, then by name). So the
    /// shares of one week add up exactly to the week's amount, and an exact half is rounded up unless its cent is needed
    /// to make the sum exact for a larger share with the same half (746.875 + 3.125 → 746.88 + 3.12 = 750.00).
    /// </summary>
    private static (decimal Money, Duration TimeOff) ExactShare(RotaLedger ledger, CompensationPolicy policy, Participation week)
    {
        var days = Period.DaysBetween(week.Unit.Start, week.Unit.End);
        var cents = (long)Math.Round(policy.StipendFor(week.Unit.Level) * 100m * days / 7m, 0, MidpointRounding.AwayFromZero);
        var minutes = (long)Math.Round((decimal)policy.TimeOffInLieuFor(week.Unit.Level).ToInt64Nanoseconds() * days / 7m / NodaConstants.NanosecondsPerMinute, 0, MidpointRounding.AwayFromZero);
        var parties = ledger.In(week.Unit);
        var total = parties.Aggregate(Duration.Zero, (sum, p) => sum + p.Covered);
        var weights = parties.Select(p => total == Duration.Zero ? (p.Holds ? 1L : 0L) : p.Covered.ToInt64Nanoseconds()).ToList();
        var mine = parties.Select((p, i) => (p, i)).First(x => ReferenceEquals(x.p, week)).i;
        return (LargestRemainder(cents, parties, weights, mine) / 100m, Duration.FromMinutes(LargestRemainder(minutes, parties, weights, mine)));
    }

    /// <summary>Party <paramref name="mine"/>'s whole units of <paramref name="amount"/> shared by weight, largest remainder first.</summary>
    private static long LargestRemainder(long amount, IReadOnlyList<Participation> parties, List<long> weights, int mine)
    {
        var sum = weights.Aggregate(System.Numerics.BigInteger.Zero, (s, w) => s + w);
        if (sum.IsZero)
        {
            return 0;
        }

        var shares = weights.Select(w => System.Numerics.BigInteger.DivRem(amount * (System.Numerics.BigInteger)w, sum)).ToList();
        var left = amount - (long)shares.Aggregate(System.Numerics.BigInteger.Zero, (s, x) => s + x.Quotient);
        var rank = Enumerable.Range(0, parties.Count)
            .OrderByDescending(i => shares[i].Remainder).ThenByDescending(i => weights[i]).ThenByDescending(i => parties[i].Holds)
            .ThenBy(i => parties[i].Person, StringComparer.Ordinal).ToList();
        return (long)shares[mine].Quotient + (rank.IndexOf(mine) < left ? 1 : 0);
    }

    private static IEnumerable<RebalanceHint> Rebalance(OnCallTeam team, CompensationPolicy policy, List<(CallIn CallIn, Participation? Week)> paged)
    {
        foreach (var rotation in team.Rotations)
        {
            var pages = paged.Where(p => (p.Week?.Unit.Level ?? p.CallIn.Level) == rotation.Level).GroupBy(p => p.CallIn.Person)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var total = pages.Values.Sum();
            var fair = 1m / rotation.Participants.Length;
            foreach (var (person, count) in pages.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                var share = (decimal)count / total;
                if (count >= policy.RebalanceMinimumPages && share > policy.RebalanceShareOfFair * fair)
                {
                    yield return new RebalanceHint(rotation.Level, person, count, total, Math.Round(share * 100m, 2), Math.Round(fair * 100m, 2), Invariant(
                        $"{person} took {count} of the {total} level {(int)rotation.Level} pages ({share * 100:0.#} %, fair share {fair * 100:0.#} %); more than {policy.RebalanceShareOfFair}× the fair share: rebalance the team (§5.4)."));
                }
            }
        }
    }

    private static Duration Scale(Duration duration, decimal factor) =>
        Duration.FromMinutes((long)Math.Round(duration.ToInt64Nanoseconds() * factor / NodaConstants.NanosecondsPerMinute, MidpointRounding.AwayFromZero));

    private static decimal Hours(Duration duration) => (decimal)duration.ToInt64Nanoseconds() / NodaConstants.NanosecondsPerHour;

    private static decimal Minutes(Duration duration) => Math.Round((decimal)duration.ToInt64Nanoseconds() / NodaConstants.NanosecondsPerMinute, 1);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
