using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Customers;

/// <summary>
/// Customer health (manual §4.3 "proactive escalation triggers", D14), built once from a validated
/// <see cref="CustomerHealthPolicy"/>. Verb family: <c>Evaluate</c> (docs/architecture.md, "One anatomy").
/// <see cref="CustomerHealth.Evaluate"/> and <see cref="CustomerHealth.DailyList"/> are the static equivalents, which
/// validate the policy on every call.
/// </summary>
/// <example>
/// <code>
/// var list = CustomerHealthMonitor.Default.EvaluateDailyList(customers, now); // only customers with triggers
/// </code>
/// </example>
public sealed class CustomerHealthMonitor
{
    /// <summary>Builds the monitor for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The thresholds and windows.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public CustomerHealthMonitor(CustomerHealthPolicy policy) => Policy = CustomerHealth.Valid(policy);

    /// <summary>The monitor of <see cref="CustomerHealthPolicy.Default"/> (D14).</summary>
    public static CustomerHealthMonitor Default { get; } = new(CustomerHealthPolicy.Default);

    /// <summary>The policy this monitor applies.</summary>
    public CustomerHealthPolicy Policy { get; }

    /// <summary>The customer's triggers at <paramref name="now"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The triggers and the trace.</returns>
    public CustomerHealthResult Evaluate(CustomerRecord customer, Instant now) => CustomerHealth.EvaluateValid(customer, now, Policy);

    /// <summary>The day's list: every customer with at least one trigger, the most overdue first.</summary>
    /// <param name="customers">The customer base.</param>
    /// <param name="now">The evaluation instant (the morning of the list).</param>
    /// <returns>The customers needing action, ordered by their earliest due action, then id.</returns>
    public ImmutableArray<CustomerHealthResult> EvaluateDailyList(IEnumerable<CustomerRecord> customers, Instant now) =>
        CustomerHealth.DailyListValid(customers, now, Policy);
}
