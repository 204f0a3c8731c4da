using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Pay as policy (issue 17, manual §5.1, §5.4, D20): stipends and time off in lieu per level, an hourly call-in rate with
/// multipliers for evenings, weekends and public holidays, the minimum call-in and its rounding, the time-off ratio,
/// the currency, the rebalance thresholds, and overrides per region or team. <see cref="Default"/> is D20 and pays
/// exactly what <see cref="CompensationPolicy.Default"/> pays.
/// </summary>
/// <example>
/// <code>
/// var policy = OnCallPayPolicy.Default with { WeekendMultiplier = 1.5m, HolidayMultiplier = 2m, Holidays = [new LocalDate(2026, 1, 19)] };
/// var report = OnCallPay.Report(schedule, callIns, from, to, policy);
/// </code>
/// </example>
public sealed record OnCallPayPolicy
{
    /// <summary>D20: $500 / $750 / $0 a week, 8 h / 12 h / 0 h in lieu, $25 an hour, one-hour minimum rounded up to whole hours, 1:1, multipliers 1.</summary>
    public static OnCallPayPolicy Default { get; } = From(CompensationPolicy.Default);

    /// <summary>ISO 4217 code of every amount ("USD").</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The stipend per on-call week, per level.</summary>
    public ImmutableDictionary<OnCallLevel, decimal> WeeklyStipend { get; init; } = CompensationPolicy.Default.WeeklyStipend;

    /// <summary>The time off in lieu per on-call week, per level, for people who take time off instead of money.</summary>
    public ImmutableDictionary<OnCallLevel, Duration> WeeklyTimeOffInLieu { get; init; } = CompensationPolicy.Default.WeeklyTimeOffInLieu;

    /// <summary>The pay per counted call-in hour before multipliers ($25).</summary>
    public decimal HourlyRate { get; init; } = 25m;

    /// <summary>The multiplier of a call-in that starts in a weekday's evening shift (the fairness policy's, 17:00–09:00); 1.</summary>
    public decimal EveningMultiplier { get; init; } = 1m;

    /// <summary>The multiplier of a call-in that starts on a Saturday or Sunday; 1.</summary>
    public decimal WeekendMultiplier { get; init; } = 1m;

    /// <summary>The multiplier of a call-in that starts on a public holiday (<see cref="Holidays"/>); 1.</summary>
    public decimal HolidayMultiplier { get; init; } = 1m;

    /// <summary>Public holidays (team-zone dates) for <see cref="HolidayMultiplier"/>; none by default.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; init; } = [];

    /// <summary>Each call-in counts at least this long (one hour).</summary>
    public Duration MinimumCallIn { get; init; } = Duration.FromHours(1);

    /// <summary>Call-in time is rounded up to a whole number of these (one hour).</summary>
    public Duration CallInRounding { get; init; } = Duration.FromHours(1);

    /// <summary>Time off in lieu per counted call-in hour (1:1).</summary>
    public decimal TimeOffRatio { get; init; } = 1m;

    /// <summary>The rebalance hint's threshold: a share of a level's pages above this many fair shares (1.5).</summary>
    public decimal RebalanceShareOfFair { get; init; } = 1.5m;

    /// <summary>The rebalance hint's minimum pages (4).</summary>
    public int RebalanceMinimumPages { get; init; } = 4;

    /// <summary>Overrides for groups of people (a region or team); the first region that lists a person pays them.</summary>
    public ImmutableArray<PayRegion> Regions { get; init; } = [];

    /// <summary>The pay policy equal to a team's compensation policy (multipliers 1, no holidays, no regions).</summary>
    /// <param name="compensation">The compensation policy.</param>
    /// <returns>The pay policy.</returns>
    public static OnCallPayPolicy From(CompensationPolicy compensation)
    {
        ArgumentNullException.ThrowIfNull(compensation);
        return new OnCallPayPolicy
        {
            Currency = compensation.Currency,
            WeeklyStipend = compensation.WeeklyStipend,
            WeeklyTimeOffInLieu = compensation.WeeklyTimeOffInLieu,
            HourlyRate = compensation.HourlyRate,
            MinimumCallIn = compensation.MinimumCallIn,
            CallInRounding = compensation.CallInRounding,
            TimeOffRatio = compensation.TimeOffRatio,
            RebalanceShareOfFair = compensation.RebalanceShareOfFair,
            RebalanceMinimumPages = compensation.RebalanceMinimumPages,
        };
    }

    /// <summary>The policy that pays <paramref name="person"/>: the first region listing them, else this one.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The policy.</returns>
    public OnCallPayPolicy For(string person) =>
        Regions.IsDefaultOrEmpty ? this : Regions.FirstOrDefault(r => !r.People.IsDefault && r.People.Contains(person))?.Policy ?? this;

    /// <summary>The multiplier for a call-in starting at <paramref name="local"/>: holiday, else weekend, else evening, else 1.</summary>
    /// <param name="local">The start in the team's zone.</param>
    /// <param name="evening">The evening shift (the fairness policy's).</param>
    /// <returns>The multiplier and its kind ("holiday", "weekend", "evening" or "day").</returns>
    public (decimal Multiplier, string Kind) MultiplierAt(LocalDateTime local, Calendars.ShiftInterval evening)
    {
        if (Holidays.Contains(local.Date))
        {
            return (HolidayMultiplier, "holiday");
        }

        if (local.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            return (WeekendMultiplier, "weekend");
        }

        var t = local.TimeOfDay;
        var inEvening = evening.Open >= evening.Close ? t >= evening.Open || t < evening.Close : t >= evening.Open && t < evening.Close;
        return inEvening ? (EveningMultiplier, "evening") : (1m, "day");
    }

    /// <summary>The compensation policy with this policy's base values (what the stipend and call-in rounding use).</summary>
    internal CompensationPolicy ToCompensation() => new()
    {
        Currency = Currency,
        WeeklyStipend = WeeklyStipend,
        WeeklyTimeOffInLieu = WeeklyTimeOffInLieu,
        HourlyRate = HourlyRate,
        MinimumCallIn = MinimumCallIn,
        CallInRounding = CallInRounding,
        TimeOffRatio = TimeOffRatio,
        RebalanceShareOfFair = RebalanceShareOfFair,
        RebalanceMinimumPages = RebalanceMinimumPages,
    };
}

/// <summary>An override of the pay policy for some people (a region or team).</summary>
/// <param name="Name">The region's or team's name, such as "emea".</param>
/// <param name="People">Who it pays.</param>
/// <param name="Policy">Their policy (its own regions are not used).</param>
public sealed record PayRegion(string Name, ImmutableArray<string> People, OnCallPayPolicy Policy);

/// <summary>
/// Checks an <see cref="OnCallPayPolicy"/>: the compensation rules (currency, no negative amounts, positive rounding,
/// rebalance thresholds), multipliers of at least 0, and regions with a name, people, one currency, and no nesting.
/// Paths are JSON-style, such as <c>regions[0].policy.hourlyRate</c>.
/// </summary>
public sealed class OnCallPayPolicyValidator : AbstractValidator<OnCallPayPolicy>
{
    private const decimal MaxMultiplier = 100m;
    private const decimal MaxAmount = 1_000_000m;
    private static readonly Duration MaxLength = Duration.FromHours(168);
    private static readonly CompensationPolicyValidator Compensation = new();

    /// <summary>Creates the validator.</summary>
    public OnCallPayPolicyValidator() => RuleFor(p => p).Custom((policy, context) => Check(policy, string.Empty, true, context.AddFailure));

    private static void Check(OnCallPayPolicy policy, string prefix, bool top, Action<ValidationFailure> report)
    {
        foreach (var failure in Compensation.Validate(policy.ToCompensation()).Errors)
        {
            report(new ValidationFailure(prefix + failure.PropertyName, failure.ErrorMessage));
        }

        foreach (var (name, value) in new[] { ("eveningMultiplier", policy.EveningMultiplier), ("weekendMultiplier", policy.WeekendMultiplier), ("holidayMultiplier", policy.HolidayMultiplier) })
        {
            if (value is < 0m or > MaxMultiplier)
            {
                report(new ValidationFailure(prefix + name, $"must be between 0 and {MaxMultiplier}, got {value}."));
            }
        }

        // Upper bounds keep every amount far inside decimal's range (no overflow for any input).
        if (policy.HourlyRate > MaxAmount || policy.TimeOffRatio > MaxMultiplier)
        {
            report(new ValidationFailure(prefix + (policy.HourlyRate > MaxAmount ? "hourlyRate" : "timeOffRatio"), $"is too large (at most {MaxAmount} an hour, a ratio of at most {MaxMultiplier})."));
        }

        foreach (var (level, amount) in policy.WeeklyStipend.Where(p => p.Value > MaxAmount))
        {
            report(new ValidationFailure($"{prefix}weeklyStipend['{(int)level}']", $"is too large (at most {MaxAmount}), got {amount}."));
        }

        foreach (var (name, value) in new[] { ("minimumCallIn", policy.MinimumCallIn), ("callInRounding", policy.CallInRounding) }.Concat(policy.WeeklyTimeOffInLieu.Select(p => ($"weeklyTimeOffInLieu['{(int)p.Key}']", p.Value))))
        {
            if (value > MaxLength)
            {
                report(new ValidationFailure(prefix + name, $"is longer than {Text.IsoDuration.Format(MaxLength)}."));
            }
        }

        if (policy.Regions.IsDefaultOrEmpty)
        {
            return;
        }

        if (!top)
        {
            report(new ValidationFailure(prefix + "regions", "a region cannot have regions of its own."));
            return;
        }

        for (var i = 0; i < policy.Regions.Length; i++)
        {
            var region = policy.Regions[i];
            var path = $"regions[{i}]";
            if (region is null)
            {
                continue; // an item that did not read is reported where it failed (a file's rules run on what reads)
            }

            if (string.IsNullOrWhiteSpace(region.Name))
            {
                report(new ValidationFailure($"{path}.name", "the region needs a name such as \"emea\"."));
            }

            if (region.People.IsDefaultOrEmpty)
            {
                report(new ValidationFailure($"{path}.people", "list the people this region pays."));
            }

            if (region.Policy is null)
            {
                continue; // likewise a region's policy that did not read
            }

            if (region.Policy.Currency != policy.Currency)
            {
                report(new ValidationFailure($"{path}.policy.currency", $"is {region.Policy.Currency}, but one report has one currency ({policy.Currency})."));
            }

            Check(region.Policy, $"{path}.policy.", false, report);
        }
    }
}
