using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The numbers and words of the daily dashboard, the weekly report, the end-of-day hand-off and the morning standup
/// (manual §8.1, §8.2, §1.4, §1.1). Change one with <c>with</c>: <c>ReportPolicy.Default with { TopIssues = 5 }</c>.
/// </summary>
public sealed record ReportPolicy
{
    /// <summary>The policy the manual describes.</summary>
    public static ReportPolicy Default { get; } = new();

    /// <summary>The tzdb zone reports are cut and shown in.</summary>
    /// <value>The default is America/Los_Angeles, the manual's "PT" (D1).</value>
    public string TimeZoneId { get; init; } = BusinessCalendars.PacificTimeZoneId;

    /// <summary>How times are labelled in text: "8:00 AM PT".</summary>
    /// <value>The default is "PT" (manual §1.1, §1.4).</value>
    public string ZoneLabel { get; init; } = "PT";

    /// <summary>The first day of a report week.</summary>
    /// <value>The default is Monday (ISO weeks; the report is sent on Friday at 5 PM, §8.2).</value>
    public IsoDayOfWeek WeekStartsOn { get; init; } = IsoDayOfWeek.Monday;

    /// <summary>The team's working days: "avg per day" divides by them, and "next morning" is the next of them (§8.2, §1.4).</summary>
    /// <value>The default is Monday–Friday (manual §1.1, §1.2: the standup and Tier 1 coverage are Monday–Friday).</value>
    public ImmutableArray<IsoDayOfWeek> WorkingDays { get; init; } = BusinessCalendarDefinition.Weekdays;

    /// <summary>Dates the team does not work (not counted as working days).</summary>
    /// <value>The default is none (the manual names no holidays, D1).</value>
    public ImmutableArray<LocalDate> Holidays { get; init; } = [];

    /// <summary>How many tags the weekly report's "top issues seen" lists.</summary>
    /// <value>The default is 3 (manual §8.2).</value>
    public int TopIssues { get; init; } = 3;

    /// <summary>A CSAT score at or below this is a detractor.</summary>
    /// <value>The default is 6 on the 0–10 scale (the net-promoter convention; §8.2 "Detractors").</value>
    public int DetractorAtOrBelow { get; init; } = 6;

    /// <summary>A volume change smaller than this percentage either way reads "→ stable".</summary>
    /// <value>The default is 2 %.</value>
    public decimal VolumeStableWithinPercent { get; init; } = 2m;

    /// <summary>A CSAT change smaller than this (points) reads "→ stable".</summary>
    /// <value>The default is 0.05, so any change that shows at one decimal shows its direction (§8.2 "↑ +0.2").</value>
    public decimal CsatStableWithin { get; init; } = 0.05m;

    /// <summary>The weekly report marks "% SLA met" with ✓ at or above this, ✗ below.</summary>
    /// <value>The default is 95 % (the manual's 96 % carries a ✓, §8.2; the manual states no goal).</value>
    public decimal SlaGoalPercent { get; init; } = 95m;

    /// <summary>Escalation destinations, in the order the dashboard lists them, with their words.</summary>
    /// <value>The default is engineering, VP Product and Finance (manual §8.1 "ESCALATIONS").</value>
    public ImmutableArray<EscalationDestination> Destinations { get; init; } =
        [new("engineering", "engineering"), new("vpProduct", "VP Product"), new("finance", "Finance")];

    /// <summary>The end-of-day hand-off time (§1.4).</summary>
    /// <value>The default is 17:00 (manual §1.4 "End-of-Day Handoff (5:00 PM PT)").</value>
    public LocalTime HandoffAt { get; init; } = new(17, 0);

    /// <summary>When the team's morning starts; also the standup time (§1.1).</summary>
    /// <value>The default is 09:00 (manual §1.1 "Morning Standup (9:00 AM PT)").</value>
    public LocalTime MorningAt { get; init; } = new(9, 0);

    /// <summary>The hand-off lists tickets with an SLA due before the end of this first stretch of the next working morning.</summary>
    /// <value>The default is 1 hour: dues before 10:00 the next working day ("next day owner responds first thing in morning", §1.4).</value>
    public Duration MorningWindow { get; init; } = Duration.FromHours(1);

    /// <summary>When "overnight" starts on the previous working day (§1.1 "Review overnight tickets (6 PM - 9 AM PT)").</summary>
    /// <value>The default is 18:00.</value>
    public LocalTime OvernightFrom { get; init; } = new(18, 0);

    /// <summary>The priorities the standup calls out among overnight tickets.</summary>
    /// <value>The default is Critical and High (§1.1 "Any CRITICAL/HIGH that need attention?").</value>
    public ImmutableArray<Priority> StandupPriorities { get; init; } = [Priority.Critical, Priority.High];

    /// <summary>At standup, a ticket is "close to SLA miss" when a clock is due within this time.</summary>
    /// <value>The default is 2 hours (§1.1 "Any close to SLA miss?"): the morning's first two hours.</value>
    public Duration CloseToMissWithin { get; init; } = Duration.FromHours(2);

    /// <summary>The report zone.</summary>
    /// <exception cref="NodaTime.TimeZones.DateTimeZoneNotFoundException">The id is not a tzdb zone (validate policies at the boundary).</exception>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>True when <paramref name="date"/> is a working day (a working weekday and not a holiday).</summary>
    /// <param name="date">A local date.</param>
    /// <returns>Whether the team works that day.</returns>
    public bool IsWorkingDay(LocalDate date) => WorkingDays.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    /// <summary>The words for an escalation destination id: its label, or the id itself when the policy does not list it.</summary>
    /// <param name="id">A destination id such as <c>vpProduct</c>.</param>
    /// <returns>The label, e.g. "VP Product".</returns>
    public string DestinationLabel(string id) => Destinations.FirstOrDefault(d => d.Id == id)?.Label ?? id;

    /// <summary>Checks the policy, listing every problem.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new ReportPolicyValidator().Validate(this);

    /// <summary>Reads a policy from JSON; properties left out keep their <see cref="Default"/> values.</summary>
    /// <param name="json">The JSON text, e.g. <c>{"topIssues": 5}</c>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<ReportPolicy> FromJson(string json) => PolicyJson.Read(json, Default, new ReportPolicyValidator());

    /// <summary>Writes the policy as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => PolicyJson.Write(this);

    /// <inheritdoc />
    public bool Equals(ReportPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (TimeZoneId == other.TimeZoneId && ZoneLabel == other.ZoneLabel && WeekStartsOn == other.WeekStartsOn
                && WorkingDays.SequenceEqual(other.WorkingDays) && Holidays.SequenceEqual(other.Holidays)
                && TopIssues == other.TopIssues && DetractorAtOrBelow == other.DetractorAtOrBelow
                && VolumeStableWithinPercent == other.VolumeStableWithinPercent && CsatStableWithin == other.CsatStableWithin
                && SlaGoalPercent == other.SlaGoalPercent && Destinations.SequenceEqual(other.Destinations)
                && HandoffAt == other.HandoffAt && MorningAt == other.MorningAt && MorningWindow == other.MorningWindow
                && OvernightFrom == other.OvernightFrom && StandupPriorities.SequenceEqual(other.StandupPriorities)
                && CloseToMissWithin == other.CloseToMissWithin));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TimeZoneId, TopIssues, HandoffAt, MorningAt);
}

/// <summary>An escalation destination: the id used in ticket lines and the words reports use.</summary>
/// <param name="Id">The id, e.g. <c>vpProduct</c>.</param>
/// <param name="Label">The words, e.g. "VP Product".</param>
public sealed record EscalationDestination(string Id, string Label);

/// <summary>Validates a <see cref="ReportPolicy"/>.</summary>
public sealed class ReportPolicyValidator : AbstractValidator<ReportPolicy>
{
    /// <summary>Creates the validator.</summary>
    public ReportPolicyValidator()
    {
        RuleFor(p => p.TimeZoneId).Must(id => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null)
            .WithMessage(p => $"'{p.TimeZoneId}' is not a tzdb time-zone id (for example America/Los_Angeles).").OverridePropertyName("timeZone");
        RuleFor(p => p.WorkingDays).Must(d => !d.IsDefaultOrEmpty && d.Distinct().Count() == d.Length)
            .WithMessage("list each working day once, and at least one.");
        RuleFor(p => p.TopIssues).GreaterThan(0).WithMessage(p => $"must be at least 1, got {p.TopIssues}.");
        RuleFor(p => p.DetractorAtOrBelow).InclusiveBetween(0, 10).WithMessage(p => $"must be a CSAT score from 0 to 10, got {p.DetractorAtOrBelow}.");
        RuleFor(p => p.VolumeStableWithinPercent).GreaterThanOrEqualTo(0).WithMessage("must not be negative.");
        RuleFor(p => p.SlaGoalPercent).InclusiveBetween(0, 100).WithMessage(p => $"must be a percentage from 0 to 100, got {p.SlaGoalPercent}.");
        RuleFor(p => p.CsatStableWithin).GreaterThanOrEqualTo(0).WithMessage("must not be negative.");
        RuleFor(p => p.Destinations).Must(d => !d.IsDefault && d.Select(x => x?.Id).Distinct().Count() == d.Length)
            .WithMessage("destination ids must be unique.");
        RuleForEach(p => p.Destinations).Must(d => !string.IsNullOrWhiteSpace(d?.Id) && !string.IsNullOrWhiteSpace(d.Label)).When(p => !p.Destinations.IsDefault)
            .WithMessage("each destination needs an id and a label.");
        RuleFor(p => p.MorningWindow).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
        RuleFor(p => p.CloseToMissWithin).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
        RuleFor(p => p.StandupPriorities).Must(p => !p.IsDefault).WithMessage("must be a list of priorities.");
    }
}
