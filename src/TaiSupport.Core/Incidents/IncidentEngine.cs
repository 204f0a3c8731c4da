using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// The incident engine (manual §3, D16–D17), built once from a validated <see cref="IncidentPolicy"/>: whether signals
/// make an incident and at what level (§3.1), and what the playbook asks next of a declared one (§3.2). Verb family:
/// <c>Evaluate</c> (docs/architecture.md, "One anatomy"). The static <see cref="IncidentDeclaration.Assess(IncidentSignals, IncidentPolicy)"/>
/// and <see cref="IncidentPlaybook.NextActions"/> remain as thin equivalents.
/// </summary>
/// <example>
/// <code>
/// var incidents = new IncidentEngine(IncidentPolicy.Default);           // or IncidentEngine.Default; build once, reuse
/// var assessment = incidents.Evaluate(new IncidentSignals { ApiDown = Duration.FromMinutes(4) }); // P1
/// var status = incidents.Evaluate(record, now);                          // the playbook's next actions
/// </code>
/// </example>
public sealed class IncidentEngine
{
    private readonly IReadOnlyList<IncidentCriterion> criteria;

    /// <summary>Builds the engine for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public IncidentEngine(IncidentPolicy policy)
        : this(policy, IncidentCriteria.All)
    {
    }

    /// <summary>Builds the engine for <paramref name="policy"/> with your own declaration criteria (§3.1 plus runbook additions).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="criteria">The criteria, in order; <see cref="IncidentCriteria.All"/> by default.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public IncidentEngine(IncidentPolicy policy, IReadOnlyList<IncidentCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        Policy = TaiValidationException.Validated("incident policy", policy, p => new IncidentPolicyValidator().Validate(p));
        this.criteria = criteria;
    }

    /// <summary>The engine of <see cref="IncidentPolicy.Default"/>.</summary>
    public static IncidentEngine Default { get; } = new(IncidentPolicy.Default);

    /// <summary>The policy this engine applies.</summary>
    public IncidentPolicy Policy { get; }

    /// <summary>Whether <paramref name="signals"/> make an incident, at which level and why (§3.1, D16), with a trace.</summary>
    /// <param name="signals">What monitoring and the ticket say.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="TaiValidationException">The signals are invalid (negative downtime, a percentage over 100); each problem names its field.</exception>
    public IncidentAssessment Evaluate(IncidentSignals signals) => IncidentDeclaration.Assess(signals, Policy, criteria);

    /// <summary>What the §3.2 playbook asks next of a declared incident, by when, and what is overdue at <paramref name="now"/>.</summary>
    /// <param name="incident">The incident so far.</param>
    /// <param name="now">The instant to judge at.</param>
    /// <returns>The playbook status, its actions ordered by due instant.</returns>
    public PlaybookStatus Evaluate(IncidentRecord incident, Instant now) => IncidentPlaybook.NextActions(incident, now, Policy);
}
