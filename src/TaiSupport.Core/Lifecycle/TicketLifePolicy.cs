using System.Collections.Immutable;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Lifecycle;

/// <summary>The clocks of a ticket's life (D22–D26). JSON writes these in camelCase: <c>acknowledge</c>, <c>firstResponse</c>, <c>nextReply</c>, <c>assignment</c>, <c>resolution</c>.</summary>
public enum TicketClock
{
    /// <summary>Acknowledge within 15 minutes, a holding reply included (§1.3 Slack; D22).</summary>
    Acknowledge,

    /// <summary>The first real (non-holding) agent reply (§2.2.5; D5–D9, D23).</summary>
    FirstResponse,

    /// <summary>One cycle per unanswered customer message run (§1.3 Slack "do not leave threads unanswered"; D24).</summary>
    NextReply,

    /// <summary>Assign within 30 minutes of the next inbox check (§1.3 email; D25).</summary>
    Assignment,

    /// <summary>Resolution, pausing while waiting on the customer (§2.2.6; D7, D26).</summary>
    Resolution,
}

/// <summary>What an alert rung means (D27). JSON writes these in camelCase: <c>atRisk</c>, <c>breach</c>, <c>reassign</c>, <c>notify</c>.</summary>
public enum AlertLevel
{
    /// <summary>The due is near (D8).</summary>
    AtRisk,

    /// <summary>The due has passed.</summary>
    Breach,

    /// <summary>Change the owner (§2.2.4; D9).</summary>
    Reassign,

    /// <summary>Any other notification a policy adds.</summary>
    Notify,
}

/// <summary>How a rung's offset from the due is measured (D27).</summary>
public enum OffsetMeasure
{
    /// <summary>Wall-clock time (the default, D27).</summary>
    Wall,

    /// <summary>Open time on the clock's own calendar ("2 business hours before the due").</summary>
    OpenTime,
}

/// <summary>Where a clock's calendar comes from (manual §1.2; issue "calendars per customer and per owning team").</summary>
public enum CalendarChoice
{
    /// <summary>The calendar the SLA target names (the default).</summary>
    Policy,

    /// <summary>The ticket's customer's calendar (<see cref="TicketLifePolicy.CustomerCalendars"/>) when it has one.</summary>
    Customer,

    /// <summary>Follow-the-sun: each owning team's calendar in turn (<see cref="TicketLifePolicy.TeamCalendars"/>), from each assignment that names a team.</summary>
    OwningTeam,
}

/// <summary>A conversation clock's rule (D22, D24): on which channels it runs and how much open time it allows on the ticket's first-response calendar.</summary>
/// <param name="Channels">The channels on which the clock runs; empty switches it off.</param>
/// <param name="Target">The open time allowed; positive.</param>
public sealed record ConversationClockRule(ImmutableSortedSet<TicketChannel> Channels, Duration Target);

/// <summary>
/// The assignment clock's rule (§1.3 email; D25), a relative target "at the next of these local times, plus N":
/// due <see cref="Target"/> (wall clock) after the first inbox check at or after creation.
/// </summary>
/// <param name="Channels">The channels on which the clock runs; empty switches it off.</param>
/// <param name="Checks">The local times of the inbox checks, such as 09:00, 12:00, 15:00, 17:00.</param>
/// <param name="CheckCalendarId">The calendar whose open days carry the checks (a date with any open time), in its zone.</param>
/// <param name="Target">Wall-clock time allowed after the check.</param>
/// <param name="CriticalTarget">For a <c>Critical</c> ticket: wall-clock time allowed after creation (on-call covers it, D25).</param>
public sealed record AssignmentRule(ImmutableSortedSet<TicketChannel> Channels, ImmutableArray<LocalTime> Checks, string CheckCalendarId, Duration Target, Duration CriticalTarget);

/// <summary>
/// One rung of the escalation ladder (D27): an alert at a signed offset from a clock's due, in wall or open time,
/// optionally deferred to the next opening of a calendar (no 2 a.m. warnings), with the actions it asks for.
/// </summary>
/// <param name="Id">The rule id reported with the alert, such as <c>ticket.alert.at-risk</c>.</param>
/// <param name="Level">What the alert means.</param>
/// <param name="Offset">Signed offset from the due: −30 min is before it.</param>
public sealed record AlertRung(string Id, AlertLevel Level, Duration Offset)
{
    /// <summary>The clocks the rung applies to; empty means every clock.</summary>
    /// <value>The default is empty (every clock).</value>
    public ImmutableSortedSet<TicketClock> Clocks { get; init; } = [];

    /// <summary>How the offset is measured.</summary>
    /// <value>The default is <see cref="OffsetMeasure.Wall"/> (D27).</value>
    public OffsetMeasure Measure { get; init; } = OffsetMeasure.Wall;

    /// <summary>A calendar id: an alert falling while it is closed moves to its next opening; null fires at the instant.</summary>
    /// <value>The default is null.</value>
    public string? DeferToCalendarId { get; init; }

    /// <summary>The actions the alert asks the host for, such as <c>notify-owner</c> or <c>reassign</c>.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> Actions { get; init; } = [];
}

/// <summary>One version of an effective-dated policy (D28): the policy in force from <see cref="EffectiveFrom"/> until the next version's start.</summary>
/// <param name="EffectiveFrom">When the version takes effect.</param>
/// <param name="Policy">The policy.</param>
public sealed record TicketLifePolicyVersion(Instant EffectiveFrom, TicketLifePolicy Policy);

/// <summary>
/// The ticket-life policy as data (manual §1.2, §1.3, §2.2; D5–D10, D21–D29): the SLA policy (first response,
/// resolution, calendars, at-risk lead, reassign grace, pausing and stopping statuses), the conversation clocks,
/// the assignment clock, the escalation ladder and the calendar choice.
/// </summary>
/// <remarks><see cref="Default"/> reads default-policy.md D22–D27. Validate with <see cref="Validate"/> or let <see cref="TicketLife"/>'s constructor do it.</remarks>
/// <example><code>var policy = TicketLifePolicy.Default with { CalendarChoice = CalendarChoice.Customer, CustomerCalendars = customers };</code></example>
public sealed record TicketLifePolicy
{
    private static readonly TicketLifePolicyValidator Validator = new();

    /// <summary>The default policy: D22–D27 on <see cref="SlaPolicy.Default"/>.</summary>
    public static TicketLifePolicy Default { get; } = new();

    /// <summary>The SLA policy: first-response and resolution targets, calendars, at-risk lead, reassign grace, pausing and stopping statuses.</summary>
    /// <value>The default is <see cref="SlaPolicy.Default"/> (D1, D4–D10).</value>
    public SlaPolicy Sla { get; init; } = SlaPolicy.Default;

    /// <summary>The acknowledge clock (§1.3 Slack; D22), on the ticket's first-response calendar.</summary>
    /// <value>The default is 15 minutes on <c>slack</c>.</value>
    public ConversationClockRule Acknowledge { get; init; } = new([TicketChannel.Slack], Duration.FromMinutes(15));

    /// <summary>The next-reply clock (§1.3 Slack; D24), on the ticket's first-response calendar.</summary>
    /// <value>The default is 4 hours on <c>slack</c>.</value>
    public ConversationClockRule NextReply { get; init; } = new([TicketChannel.Slack], Duration.FromHours(4));

    /// <summary>The assignment clock (§1.3 email; D25).</summary>
    /// <value>The default is 30 minutes after the 09:00, 12:00, 15:00 or 17:00 check on <c>starter-hours</c> days, on <c>email</c>; 30 minutes after creation for Critical.</value>
    public AssignmentRule Assignment { get; init; } = new(
        [TicketChannel.Email],
        [new LocalTime(9, 0), new LocalTime(12, 0), new LocalTime(15, 0), new LocalTime(17, 0)],
        BusinessCalendars.StarterHoursId,
        Duration.FromMinutes(30),
        Duration.FromMinutes(30));

    /// <summary>The escalation ladder (D27).</summary>
    /// <value>The default is at risk −30 min (D8), breach at the due, reassign +2 h on the first response (D9), all wall clock.</value>
    public ImmutableArray<AlertRung> Rungs { get; init; } =
    [
        new AlertRung(TicketLifeRules.AtRiskRung, AlertLevel.AtRisk, Duration.FromMinutes(-30)) { Actions = ["notify-owner"] },
        new AlertRung(TicketLifeRules.BreachRung, AlertLevel.Breach, Duration.Zero) { Actions = ["notify-owner", "notify-lead"] },
        new AlertRung(TicketLifeRules.ReassignRung, AlertLevel.Reassign, Duration.FromHours(2)) { Clocks = [TicketClock.FirstResponse], Actions = ["reassign"] },
    ];

    /// <summary>Where the clocks' calendars come from.</summary>
    /// <value>The default is <see cref="CalendarChoice.Policy"/>.</value>
    public CalendarChoice CalendarChoice { get; init; } = CalendarChoice.Policy;

    /// <summary>Customer id → calendar id in <see cref="SlaPolicy.Calendars"/> (their hours and holidays), for <see cref="CalendarChoice.Customer"/>.</summary>
    /// <value>The default is empty.</value>
    public ImmutableSortedDictionary<string, string> CustomerCalendars { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Team → calendar id in <see cref="SlaPolicy.Calendars"/>, for <see cref="CalendarChoice.OwningTeam"/> (follow-the-sun).</summary>
    /// <value>The default is empty.</value>
    public ImmutableSortedDictionary<string, string> TeamCalendars { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Calendar ids a customer or team calendar never replaces: the 24/7 clock of Critical and Enterprise tickets (D5).</summary>
    /// <value>The default is <c>always</c>.</value>
    public ImmutableSortedSet<string> FixedCalendars { get; init; } = ImmutableSortedSet.Create(StringComparer.Ordinal, BusinessCalendars.AlwaysId);

    /// <summary>Relative targets (issue 14 item 3): the first matching rule per clock replaces that clock's duration target.</summary>
    /// <value>The default is empty: every clock keeps its duration target.</value>
    public ImmutableArray<RelativeTargetRule> RelativeTargets { get; init; } = [];

    /// <summary>The relative target of a clock for a ticket in this cell and channel: the first matching rule's, or null.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>The target, or null for the duration target.</returns>
    public WorkingDayTarget? RelativeTargetOf(TicketClock clock, Tier tier, Priority priority, TicketChannel channel)
    {
        foreach (var rule in RelativeTargets)
        {
            if (rule.Matches(clock, tier, priority, channel))
            {
                return rule.Target;
            }
        }

        return null;
    }

    /// <summary>Validates a policy, listing every problem with a JSON-style path.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The validation result.</returns>
    public static ValidationResult Validate(TicketLifePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Validator.Validate(policy);
    }
}
