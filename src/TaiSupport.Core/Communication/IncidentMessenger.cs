using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Communication;

/// <summary>
/// The incident messages (manual §3.2 phase 5, §3.4), built once from a validated <see cref="IncidentPolicy"/> (service
/// credit, follow-up). Verb family: <c>Build</c> (docs/architecture.md, "One anatomy"). <see cref="IncidentMessages"/>
/// holds the templates and the static equivalents.
/// </summary>
/// <example>
/// <code>
/// var notice = IncidentMessenger.Default.BuildResolutionNotice(incident);
/// if (!notice.IsValid) Console.Error.WriteLine(notice.DescribeProblems()); // "impact.affectedCustomers: ..."
/// </code>
/// </example>
public sealed class IncidentMessenger
{
    /// <summary>Builds the messenger for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The incident policy.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public IncidentMessenger(IncidentPolicy policy) =>
        Policy = TaiValidationException.Validated("incident policy", policy, p => new IncidentPolicyValidator().Validate(p));

    /// <summary>The messenger of <see cref="IncidentPolicy.Default"/>.</summary>
    public static IncidentMessenger Default { get; } = new(IncidentPolicy.Default);

    /// <summary>The policy this messenger applies.</summary>
    public IncidentPolicy Policy { get; }

    /// <summary>The resolution notice (§3.2 phase 5).</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The text, or every missing fact named by its record field.</returns>
    public RenderResult BuildResolutionNotice(IncidentRecord incident) => IncidentMessages.Render(IncidentMessages.ResolutionNotice, incident, Policy);

    /// <summary>The post-mortem skeleton (§3.4).</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The text, or every missing fact named by its record field.</returns>
    public RenderResult BuildPostMortem(IncidentRecord incident) => IncidentMessages.Render(IncidentMessages.PostMortem, incident, Policy);

    /// <summary>Any template from the incident's values (as <see cref="IncidentMessages.Render"/>).</summary>
    /// <param name="template">The template.</param>
    /// <param name="incident">The incident.</param>
    /// <returns>The text, or the problems.</returns>
    public RenderResult Build(MessageTemplate template, IncidentRecord incident) => IncidentMessages.Render(template, incident, Policy);
}
