using System.Collections.Immutable;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Sla;

/// <summary>
/// The SLA policy as data (manual §1.2, §1.3, §2.2.4–§2.2.6, quick reference "SLA Targets"; default policy D1,
/// D4–D10): the calendars, the first-response and resolution clock of every tier × priority, the at-risk lead, the
/// reassign grace, which statuses pause and which stop the resolution clock, and each tier's queue rank.
/// </summary>
/// <remarks>
/// <para>Change one value with <c>with</c>; validate with <see cref="Validate"/> (every problem at once, with
/// JSON-style paths) or let <see cref="SlaEvaluator"/>'s constructor do it. Load and save with <see cref="SlaPolicyJson"/>.</para>
/// <para><see cref="Default"/> is exactly the table of <c>default-policy.md</c>:</para>
/// <list type="table">
/// <listheader><term>Tier / priority</term><description>Clock, first response, resolution</description></listheader>
/// <item><term>any tier, Critical</term><description><c>always</c>, 1 h, 8 h (§2.2.5, §4.2, §5.1; D5)</description></item>
/// <item><term>Enterprise, other</term><description><c>always</c>, 1 h, 8 h (§1.2 Tier 3, quick reference)</description></item>
/// <item><term>Professional, other</term><description><c>professional-hours</c>, 4 h, 18 h = 2 business days (§1.3, quick reference; D4)</description></item>
/// <item><term>Starter, other</term><description><c>starter-hours</c>, 8 h = 1 business day, 56 h = 7 business days (quick reference; D4, D6)</description></item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// var policy = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(45) };
/// var evaluator = new SlaEvaluator(policy);
/// </code>
/// </example>
public sealed record SlaPolicy
{
    private static readonly SlaPolicyValidator Validator = new();

    /// <summary>The default policy pack's SLA policy (default-policy.md D1, D4–D10).</summary>
    public static SlaPolicy Default { get; } = CreateDefault();

    /// <summary>The tzdb zone in which due instants are shown (traces, <c>tai sla</c> output); each calendar keeps its own zone for arithmetic.</summary>
    /// <value>The default is <c>America/Los_Angeles</c>, the manual's "PT" (D1).</value>
    public string TimeZoneId { get; init; } = BusinessCalendars.PacificTimeZoneId;

    /// <summary>The calendars the clocks run on, by id.</summary>
    /// <value>The default is <c>starter-hours</c>, <c>professional-hours</c> and <c>always</c> (D1).</value>
    public required ImmutableSortedDictionary<string, BusinessCalendar> Calendars { get; init; }

    /// <summary>One target per tier × priority; every combination exactly once.</summary>
    /// <value>The default is the D-table (see the remarks).</value>
    public required ImmutableArray<SlaTarget> Targets { get; init; }

    /// <summary>How long before a due a clock counts as at risk, on the wall clock (§2.2.5 "auto-alert if 30 minutes before due time").</summary>
    /// <value>The default is 30 minutes (manual §2.2.5, D8). Zero turns at-risk off.</value>
    public Duration AtRiskLead { get; init; } = Duration.FromMinutes(30);

    /// <summary>How long past the first-response due, on the wall clock, an unanswered ticket changes owner (§2.2.4).</summary>
    /// <value>The default is 2 hours (manual §2.2.4, D9).</value>
    public Duration ReassignGrace { get; init; } = Duration.FromHours(2);

    /// <summary>Statuses during which the resolution clock pauses (the customer owes us an answer).</summary>
    /// <value>The default is <see cref="TicketStatus.WaitingOnCustomer"/> (manual §2.2.6, D7).</value>
    public ImmutableSortedSet<TicketStatus> PausingStatuses { get; init; } = [TicketStatus.WaitingOnCustomer];

    /// <summary>Statuses that stop both clocks; leaving them (a reopen) resumes the resolution clock.</summary>
    /// <value>The default is <see cref="TicketStatus.Resolved"/> and <see cref="TicketStatus.Closed"/> (manual §2.2.6, D7).</value>
    public ImmutableSortedSet<TicketStatus> StoppingStatuses { get; init; } = [TicketStatus.Resolved, TicketStatus.Closed];

    /// <summary>Each tier's queue rank, spelled as the quick reference's "Priority" column: among tickets of equal priority, a higher rank is served first.</summary>
    /// <value>The default is Starter <c>Low</c>, Professional <c>Medium</c>, Enterprise <c>High</c> (quick reference, D10).</value>
    public ImmutableSortedDictionary<Tier, Priority> TierRanks { get; init; } = ImmutableSortedDictionary.CreateRange(
    [
        KeyValuePair.Create(Tier.Starter, Priority.Low),
        KeyValuePair.Create(Tier.Professional, Priority.Medium),
        KeyValuePair.Create(Tier.Enterprise, Priority.High),
    ]);

    /// <summary>Validates a policy, listing every problem with a JSON-style path such as <c>targets[3].firstResponse.calendar</c>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The validation result; valid when an <see cref="SlaEvaluator"/> can be built from it.</returns>
    public static ValidationResult Validate(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Validator.Validate(policy);
    }

    /// <summary>The target of a tier and priority.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>The target.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such cell (it is invalid).</exception>
    public SlaTarget TargetFor(Tier tier, Priority priority) =>
        Targets.FirstOrDefault(t => t.Tier == tier && t.Priority == priority)
        ?? throw new KeyNotFoundException($"The SLA policy has no target for {tier} × {priority}.");

    private static SlaPolicy CreateDefault()
    {
        const string always = BusinessCalendars.AlwaysId;
        const string professional = BusinessCalendars.ProfessionalHoursId;
        const string starter = BusinessCalendars.StarterHoursId;
        var targets = ImmutableArray.CreateBuilder<SlaTarget>(12);
        foreach (var tier in Enum.GetValues<Tier>())
        {
            foreach (var priority in Enum.GetValues<Priority>())
            {
                targets.Add((tier, priority) switch
                {
                    (_, Priority.Critical) => Cell(tier, priority, always, 1, 8, "§2.2.5, §4.2, §5.1; D5"),
                    (Tier.Enterprise, _) => Cell(tier, priority, always, 1, 8, "§1.2 Tier 3, quick reference"),
                    (Tier.Professional, _) => Cell(tier, priority, professional, 4, 18, "§1.2 Tier 2, §1.3, quick reference; D4"),
                    _ => Cell(tier, priority, starter, 8, 56, "§1.2 Tier 1, §1.3, quick reference; D4, D6"),
                });
            }
        }

        return new SlaPolicy
        {
            Calendars = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [
                KeyValuePair.Create(starter, BusinessCalendars.StarterHours),
                KeyValuePair.Create(professional, BusinessCalendars.ProfessionalHours),
                KeyValuePair.Create(always, BusinessCalendars.Always),
            ]),
            Targets = targets.MoveToImmutable(),
        };

        static SlaTarget Cell(Tier tier, Priority priority, string calendar, int responseHours, int resolutionHours, string source) =>
            new(tier, priority, new SlaClock(Duration.FromHours(responseHours), calendar), new SlaClock(Duration.FromHours(resolutionHours), calendar))
            {
                Source = source,
            };
    }

    /// <summary>Equal values everywhere, collections compared by content and calendars by their definitions (issue 11).</summary>
    /// <param name="other">The other policy.</param>
    /// <returns>True when both policies hold the same values.</returns>
    public bool Equals(SlaPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (TimeZoneId == other.TimeZoneId && AtRiskLead == other.AtRiskLead && ReassignGrace == other.ReassignGrace
                && ValueEquality.Map(Calendars, other.Calendars, (x, y) => ReferenceEquals(x, y) || x.Definition.Equals(y.Definition))
                && ValueEquality.Sequence(Targets, other.Targets)
                && ValueEquality.Set(PausingStatuses, other.PausingStatuses) && ValueEquality.Set(StoppingStatuses, other.StoppingStatuses)
                && ValueEquality.Map(TierRanks, other.TierRanks)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(TimeZoneId, AtRiskLead, ReassignGrace, Calendars.Count, ValueEquality.Length(Targets), PausingStatuses.Count, StoppingStatuses.Count);
}
