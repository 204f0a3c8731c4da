using System.Collections.Immutable;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Decides whether to declare an incident, and at which level, from a snapshot of signals (manual §3.1, §5.3, D16).
/// </summary>
/// <remarks>
/// <para>
/// Every criterion is tested; the level is the highest level of the criteria that fired, so a report that is both
/// "latency 1.2 s" (P2) and "API down 4 min" (P1) is P1, and both reasons are returned.
/// </para>
/// <para>
/// Exclusions (§3.1 "Do NOT declare incident for", D16) never declare, "whatever else is reported alongside them for
/// the same single customer": when <see cref="IncidentSignals.UserError"/> is set, the single-customer criteria
/// (<see cref="IncidentPolicy.CriteriaCancelledByUserError"/>: one customer's core-feature outage, a reproducible bug) are
/// cancelled and listed in <see cref="IncidentAssessment.Cancelled"/>; platform-wide criteria (API down, share of
/// customers, data, security, latency, error rate, webhooks) still declare, because a user's mistake cannot explain them.
/// </para>
/// <para>Pure and thread-safe. Validate untrusted signals first with <see cref="IncidentSignalsValidator"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = IncidentDeclaration.Assess(new IncidentSignals { ApiDown = Duration.FromSeconds(181) }, IncidentPolicy.Default);
/// // result.Level == IncidentLevel.P1; result.Reasons: "API down 3 min 1 s &gt; 3 min"
/// var excluded = IncidentDeclaration.Assess(new IncidentSignals
///     { UserError = UserError.WrongApiKey, SingleCustomerCoreFeatureOutage = Duration.FromMinutes(40) }, IncidentPolicy.Default);
/// // excluded.Level == IncidentLevel.None; the outage is in excluded.Cancelled
/// </code>
/// </example>
public static class IncidentDeclaration
{
    private const string LevelRule = "incident.level";
    private const string LevelSource = "§3.1, §5.3, D16";
    private const string ExclusionSource = "§3.1, D16";

    /// <summary>Assesses the signals with the shipped criteria (<see cref="IncidentCriteria.All"/>).</summary>
    /// <param name="signals">The snapshot.</param>
    /// <param name="policy">The thresholds.</param>
    /// <returns>The level, the criteria that fired and the trace.</returns>
    /// <exception cref="TaiValidationException">The signals are invalid (see <see cref="IncidentSignals.Validate"/>): negative downtime, a 250 % error rate, …</exception>
    public static IncidentAssessment Assess(IncidentSignals signals, IncidentPolicy policy) => Assess(signals, policy, IncidentCriteria.All);

    /// <summary>Assesses the signals with your own list of criteria (the shipped ones plus yours, say).</summary>
    /// <param name="signals">The snapshot.</param>
    /// <param name="policy">The thresholds.</param>
    /// <param name="criteria">The criteria to test.</param>
    /// <returns>The level, the criteria that fired and the trace.</returns>
    /// <exception cref="TaiValidationException">The signals are invalid (see <see cref="IncidentSignals.Validate"/>): negative downtime, a 250 % error rate, …</exception>
    public static IncidentAssessment Assess(IncidentSignals signals, IncidentPolicy policy, IReadOnlyList<IncidentCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(criteria);
        if (!signals.IsPlainlyValid())
        {
            TaiValidationException.ThrowIfInvalid("incident signals", IncidentSignals.Validate(signals));
        }

        var fired = ImmutableArray.CreateBuilder<CriterionHit>();
        var cancelled = ImmutableArray.CreateBuilder<CriterionHit>();
        foreach (var criterion in criteria)
        {
            if (criterion.Test(signals, policy) is not { } reason)
            {
                continue;
            }

            var hit = new CriterionHit(criterion.Id, criterion.Level, criterion.Source, reason);
            var cancelledByUserError = signals.UserError is not null && policy.CriteriaCancelledByUserError.Contains(criterion.Id, StringComparer.Ordinal);
            (cancelledByUserError ? cancelled : fired).Add(hit);
        }

        var counting = fired.OrderByDescending(h => h.Level).ToImmutableArray(); // stable: keeps the criteria's order within a level
        var level = counting.IsEmpty ? IncidentLevel.None : counting[0].Level;
        return new IncidentAssessment(level, counting, cancelled.ToImmutable(), Trace(signals.UserError, level, counting, cancelled));
    }

    /// <summary>The stable trace-rule id of an exclusion, such as <c>incident.exclusion.wrong-api-key</c>.</summary>
    /// <param name="userError">The exclusion.</param>
    /// <returns>The id.</returns>
    public static string ExclusionId(UserError userError) => userError switch
    {
        UserError.WrongApiKey => "incident.exclusion.wrong-api-key",
        UserError.RateLimit => "incident.exclusion.rate-limit",
        UserError.Documentation => "incident.exclusion.documentation",
        UserError.FeatureRequest => "incident.exclusion.feature-request",
        _ => "incident.exclusion.cosmetic",
    };

    /// <summary>The manual's words for an exclusion (§3.1 "Do NOT declare incident for").</summary>
    /// <param name="userError">The exclusion.</param>
    /// <returns>The description.</returns>
    public static string Describe(UserError userError) => userError switch
    {
        UserError.WrongApiKey => "single customer using wrong API key (user error)",
        UserError.RateLimit => "customer hitting rate limit (expected behavior)",
        UserError.Documentation => "documentation gap",
        UserError.FeatureRequest => "feature request",
        _ => "cosmetic issue",
    };

    private static ImmutableArray<TraceStep> Trace(
        UserError? userError, IncidentLevel level, ImmutableArray<CriterionHit> counting, IReadOnlyList<CriterionHit> cancelled)
    {
        var trace = ImmutableArray.CreateBuilder<TraceStep>(counting.Length + 2);
        foreach (var hit in counting)
        {
            trace.Add(new TraceStep(hit.Criterion, hit.Source, $"{hit.Level}: {hit.Reason}"));
        }

        if (userError is { } exclusion)
        {
            var alongside = cancelled.Count == 0
                ? "nothing single-customer was reported with it"
                : "it cancels the single-customer criteria reported with it: " + string.Join("; ", cancelled.Select(c => $"{c.Criterion} ({c.Reason})"));
            trace.Add(new TraceStep(ExclusionId(exclusion), ExclusionSource, $"{Describe(exclusion)} never declares; {alongside}"));
        }

        var decision = level != IncidentLevel.None
            ? counting.Length == 1 ? $"{level}: the one criterion that fired" : $"{level}: the highest level of the {counting.Length} criteria that fired"
            : userError is { } only ? $"None: only an exclusion applies ({Describe(only)})" : "None: no criterion fired";
        trace.Add(new TraceStep(LevelRule, LevelSource, decision));
        return trace.ToImmutable();
    }
}
