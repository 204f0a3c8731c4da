using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Customers;

/// <summary>An action a trigger requires, with its due instant and whether that has passed.</summary>
/// <param name="Action">The action (names as in <see cref="EscalationActions"/>), its window and manual source.</param>
/// <param name="Due">When it is due: the trigger's start plus the window; null when the action has no window.</param>
/// <param name="Overdue">True when <paramref name="Due"/> is before the evaluation instant.</param>
public sealed record DueAction(DecisionAction Action, Instant? Due, bool Overdue);

/// <summary>One §4.3 trigger that holds for a customer.</summary>
/// <param name="Trigger">The trigger: <c>lowCsat</c>, <c>inactive</c> or <c>sameIssue</c>.</param>
/// <param name="Since">When it started to hold: the low score's arrival, last API call + 14 days, the 3rd linked ticket.</param>
/// <param name="Reason">Why, with the values: <c>no API call for 20 days (last 2026-01-01T09:00:00Z) ≥ 14 days</c>.</param>
/// <param name="Actions">What to do and by when, in the manual's order.</param>
public sealed record HealthTrigger(string Trigger, Instant Since, string Reason, ImmutableArray<DueAction> Actions);

/// <summary>A customer's triggers on the day's list, with the trace of every rule checked.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Triggers">The triggers that hold, ordered by start.</param>
/// <param name="Trace">One step per rule checked, fired or not, with the values.</param>
public sealed record CustomerHealthResult(string CustomerId, ImmutableArray<HealthTrigger> Triggers, ImmutableArray<TraceStep> Trace)
{
    /// <summary>True when no trigger holds.</summary>
    public bool IsHealthy => Triggers.IsEmpty;
}

/// <summary>
/// The §4.3 churn triggers over the customer base (not over tickets): for each <see cref="CustomerRecord"/>, whether its
/// latest CSAT is below 5, whether it has made no API call for 14+ days, and whether 3+ of its tickets are linked to the
/// same issue — each with the manual's actions and their due instants.
/// </summary>
/// <remarks>
/// Manual §4.3 (D14). Facts later than <c>now</c> are not known yet and are ignored. Boundaries: 14 days without a call
/// fires, 13 days 23 h 59 min does not; CSAT 4 fires, 5 does not; three distinct tickets on one issue fire, two do not.
/// </remarks>
/// <example>
/// <code>
/// var list = CustomerHealth.DailyList(customers, now, CustomerHealthPolicy.Default); // only customers with triggers
/// </code>
/// </example>
public static class CustomerHealth
{
    private const string Source = "§4.3, D14";

    /// <summary>The customer's triggers at <paramref name="now"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="policy">The thresholds and windows.</param>
    /// <returns>The triggers and the trace.</returns>
    /// <exception cref="TaiValidationException">The policy is invalid.</exception>
    public static CustomerHealthResult Evaluate(CustomerRecord customer, Instant now, CustomerHealthPolicy policy) =>
        EvaluateValid(customer, now, Valid(policy));

    /// <summary>The policy, validated with the library's one failure model (<see cref="TaiValidationException"/>).</summary>
    internal static CustomerHealthPolicy Valid(CustomerHealthPolicy policy) =>
        TaiValidationException.Validated("customer health policy", policy, p => new CustomerHealthPolicyValidator().Validate(p));

    /// <summary><see cref="Evaluate"/> under a policy already validated.</summary>
    internal static CustomerHealthResult EvaluateValid(CustomerRecord customer, Instant now, CustomerHealthPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var triggers = new List<HealthTrigger>();
        var trace = new List<TraceStep>();
        LowCsat(customer, now, policy, triggers, trace);
        Inactive(customer, now, policy, triggers, trace);
        SameIssue(customer, now, policy, triggers, trace);
        return new CustomerHealthResult(customer.Id, [.. triggers.OrderBy(t => t.Since)], [.. trace]);
    }

    /// <summary>The day's list: every customer with at least one trigger, the most overdue first.</summary>
    /// <param name="customers">The customer base.</param>
    /// <param name="now">The evaluation instant (the morning of the list).</param>
    /// <param name="policy">The thresholds and windows.</param>
    /// <returns>The customers needing action, ordered by their earliest due action, then id.</returns>
    /// <exception cref="TaiValidationException">The policy is invalid.</exception>
    public static ImmutableArray<CustomerHealthResult> DailyList(IEnumerable<CustomerRecord> customers, Instant now, CustomerHealthPolicy policy) =>
        DailyListValid(customers, now, Valid(policy));

    /// <summary><see cref="DailyList"/> under a policy already validated.</summary>
    internal static ImmutableArray<CustomerHealthResult> DailyListValid(IEnumerable<CustomerRecord> customers, Instant now, CustomerHealthPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return
        [
            .. customers.Select(c => EvaluateValid(c, now, policy)).Where(r => !r.IsHealthy)
                .OrderBy(r => r.Triggers.SelectMany(t => t.Actions).Min(a => a.Due) ?? Instant.MaxValue)
                .ThenBy(r => r.CustomerId, StringComparer.Ordinal),
        ];
    }

    private static void LowCsat(CustomerRecord customer, Instant now, CustomerHealthPolicy policy, List<HealthTrigger> triggers, List<TraceStep> trace)
    {
        var latest = customer.Csat.IsDefault ? null : customer.Csat.Where(s => s.At <= now).OrderBy(s => s.At).LastOrDefault();
        if (latest is null)
        {
            trace.Add(new TraceStep("health.csat", Source, "no CSAT score received yet"));
            return;
        }

        var age = now - latest.At;
        var ticket = latest.TicketId is { } t ? $" on {SafeText.Echo(t, 60)}" : string.Empty;
        if (latest.Score >= policy.CsatBelow)
        {
            trace.Add(new TraceStep("health.csat", Source, $"latest CSAT {latest.Score}{ticket} is not below {policy.CsatBelow}"));
            return;
        }

        if (age > policy.CsatLookback)
        {
            trace.Add(new TraceStep("health.csat", Source, $"latest CSAT {latest.Score}{ticket} is older than {HumanDuration.Format(policy.CsatLookback)} ({HumanDuration.Format(age)})"));
            return;
        }

        var reason = $"latest CSAT {latest.Score}{ticket} < {policy.CsatBelow}";
        trace.Add(new TraceStep("health.csat.low", Source, reason));
        triggers.Add(Trigger("lowCsat", latest.At, reason, now,
        [
            new(EscalationActions.AlertCsm, policy.CsatAlertWithin, Source, "Alert CSM within 1 hour"),
            new(EscalationActions.CallCustomer, policy.CsatCallWithin, Source, "Call customer within 24 hours"),
            new(EscalationActions.OfferConcessions, null, Source, "Offer concessions (fee waiver, free upgrade month, dedicated support)"),
        ]));
    }

    private static void Inactive(CustomerRecord customer, Instant now, CustomerHealthPolicy policy, List<HealthTrigger> triggers, List<TraceStep> trace)
    {
        if (customer.LastApiCallAt is not { } last)
        {
            trace.Add(new TraceStep("health.inactive", Source, "no last API call recorded"));
            return;
        }

        var idle = last > now ? Duration.Zero : now - last;
        if (idle < policy.InactiveAfter)
        {
            trace.Add(new TraceStep("health.inactive", Source, $"last API call {HumanDuration.Format(idle)} ago is less than {HumanDuration.Format(policy.InactiveAfter)}"));
            return;
        }

        var reason = $"no API call for {HumanDuration.Format(idle)} ≥ {HumanDuration.Format(policy.InactiveAfter)}";
        trace.Add(new TraceStep("health.inactive.fired", Source, reason));
        triggers.Add(Trigger("inactive", last + policy.InactiveAfter, reason, now,
        [
            new(EscalationActions.AlertCsm, policy.UnwindowedActionsWithin, Source, "Alert CSM"),
            new(EscalationActions.SendReengagementEmail, policy.UnwindowedActionsWithin, Source, "Send the re-engagement email (template F): \"We noticed you haven't used TAI in 2 weeks. Everything OK?\""),
            new(EscalationActions.OfferWorkingSession, null, Source, "Offer a 1-hour working session to unblock"),
        ]));
    }

    private static void SameIssue(CustomerRecord customer, Instant now, CustomerHealthPolicy policy, List<HealthTrigger> triggers, List<TraceStep> trace)
    {
        var issues = (customer.SameIssueTickets.IsDefault ? [] : customer.SameIssueTickets)
            .Where(t => t.OpenedAt <= now)
            .GroupBy(t => t.IssueKey, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Tickets: g.GroupBy(t => t.TicketId, StringComparer.Ordinal).Select(x => x.Min(t => t.OpenedAt)).Order().ToArray()))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        if (issues.Length == 0)
        {
            trace.Add(new TraceStep("health.same-issue", Source, "no tickets linked as the same issue"));
            return;
        }

        foreach (var (key, opened) in issues)
        {
            var name = SafeText.Echo(key, 60);
            if (opened.Length < policy.SameIssueTicketsAtLeast)
            {
                trace.Add(new TraceStep("health.same-issue", Source, $"{opened.Length} ticket(s) on issue '{name}' < {policy.SameIssueTicketsAtLeast}"));
                continue;
            }

            var reason = $"{opened.Length} tickets on issue '{name}' ≥ {policy.SameIssueTicketsAtLeast}";
            trace.Add(new TraceStep("health.same-issue.fired", Source, reason));
            triggers.Add(Trigger("sameIssue", opened[policy.SameIssueTicketsAtLeast - 1], reason, now,
            [
                new(EscalationActions.AlertVpProduct, policy.UnwindowedActionsWithin, Source, "Alert VP Product"),
                new(EscalationActions.FixOrOfferCustomSolution, null, Source, "Either fix the product (if bug) or call the customer and offer a custom solution; do not let the customer keep filing tickets on the same unresolved issue"),
            ]));
        }
    }

    private static HealthTrigger Trigger(string name, Instant since, string reason, Instant now, DecisionAction[] actions) =>
        new(name, since, reason, [.. actions.Select(a => a.Within is { } w ? new DueAction(a, since + w, since + w < now) : new DueAction(a, null, false))]);
}
