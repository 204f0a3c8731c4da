using FluentValidation;
using FluentValidation.Results;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Policies;

/// <summary>
/// The policy pack: every capability's policy in one immutable value and one JSON file (<see cref="TaiPolicyJson"/>).
/// Each section defaults to its own <c>Default</c>, so <see cref="Default"/> is exactly the readings of
/// <c>default-policy.md</c> (D1–D20) and a pack file lists only the sections it changes.
/// </summary>
/// <remarks>
/// <para>The sections and their JSON names: <c>sla</c> (<see cref="SlaPolicy"/>, with its business calendars, manual §1),
/// <c>triage</c> (<see cref="TriagePolicy"/>, with the §4 escalation trees and §2.3 assignment), <c>incidents</c>
/// (<see cref="IncidentPolicy"/>, §3), <c>onCall</c> (<see cref="OnCallPolicy"/>: fairness and pay, §5.1, §5.4),
/// <c>reports</c> (<see cref="ReportPolicy"/>, §1.4, §8), <c>qa</c> (<see cref="QaPolicy"/>, §9.1), <c>kbUpkeep</c>
/// (<see cref="KbUpkeepPolicy"/>, §6.3), <c>templates</c> (<see cref="CustomerTemplatePolicy"/>, §7, §4.3),
/// <c>ticketLife</c> (<see cref="TicketLifePolicy"/> on the <c>sla</c> section, D21–D29) and
/// <c>resolutionFields</c> (<see cref="ResolutionFieldsPolicy"/>, §2.2.7, §2.2.8).</para>
/// <para><see cref="Validate"/> checks every section at once and names each problem with its JSON path in the pack,
/// such as <c>$.sla.targets[3].firstResponse</c>. Two packs are equal when every section holds the same values.</para>
/// </remarks>
/// <example>
/// <code>
/// var pack = TaiPolicy.Default with { Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(45) } };
/// File.WriteAllText("tai-policy.json", TaiPolicyJson.Write(pack));
/// </code>
/// </example>
public sealed partial record TaiPolicy
{
    /// <summary>Every section at its default: the readings of <c>default-policy.md</c>.</summary>
    public static TaiPolicy Default { get; } = new();

    /// <summary>The SLA targets, clocks and business calendars (JSON <c>sla</c>).</summary>
    /// <value>The default is <see cref="SlaPolicy.Default"/> (D1, D4–D10).</value>
    public SlaPolicy Sla { get; init; } = SlaPolicy.Default;

    /// <summary>Triage, routing, the §4 escalation trees and §2.3 assignment (JSON <c>triage</c>).</summary>
    /// <value>The default is <see cref="TriagePolicy.Default"/> (D11–D15).</value>
    public TriagePolicy Triage { get; init; } = TriagePolicy.Default;

    /// <summary>Incident declaration and the playbook clocks (JSON <c>incidents</c>).</summary>
    /// <value>The default is <see cref="IncidentPolicy.Default"/> (D16, D17).</value>
    public IncidentPolicy Incidents { get; init; } = IncidentPolicy.Default;

    /// <summary>On-call fairness limits and pay (JSON <c>onCall</c>).</summary>
    /// <value>The default is <see cref="OnCallPolicy.Default"/> (D19, D20).</value>
    public OnCallPolicy OnCall { get; init; } = OnCallPolicy.Default;

    /// <summary>Stand-up, hand-off and weekly report settings (JSON <c>reports</c>).</summary>
    /// <value>The default is <see cref="ReportPolicy.Default"/> (manual §1.4, §8).</value>
    public ReportPolicy Reports { get; init; } = ReportPolicy.Default;

    /// <summary>The QA audit's sample and ratings (JSON <c>qa</c>).</summary>
    /// <value>The default is <see cref="QaPolicy.Default"/> (manual §9.1).</value>
    public QaPolicy Qa { get; init; } = QaPolicy.Default;

    /// <summary>Knowledge-base upkeep (JSON <c>kbUpkeep</c>).</summary>
    /// <value>The default is <see cref="KbUpkeepPolicy.Default"/> (manual §6.3).</value>
    public KbUpkeepPolicy KbUpkeep { get; init; } = KbUpkeepPolicy.Default;

    /// <summary>The customer-template thresholds (JSON <c>templates</c>).</summary>
    /// <value>The default is <see cref="CustomerTemplatePolicy.Default"/> (manual §7, §4.3, D14).</value>
    public CustomerTemplatePolicy Templates { get; init; } = CustomerTemplatePolicy.Default;

    private readonly TicketLifePolicy ticketLife = TicketLifePolicy.Default;

    /// <summary>
    /// The ticket-life clocks, alert ladder, relative targets and calendar choice (JSON <c>ticketLife</c>; docs/ticket-life.md),
    /// always on this pack's <see cref="Sla"/>: the getter puts the pack's SLA policy in, so <c>new TicketLife(pack.TicketLife)</c> runs on it.
    /// </summary>
    /// <value>The default is <see cref="TicketLifePolicy.Default"/> (D21–D29) on <see cref="Sla"/>.</value>
    public TicketLifePolicy TicketLife
    {
        get => ReferenceEquals(ticketLife.Sla, Sla) ? ticketLife : ticketLife with { Sla = Sla };
        init => ticketLife = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>What a resolved ticket must carry (JSON <c>resolutionFields</c>), read by <c>tai report resolution --policy</c>.</summary>
    /// <value>The default is <see cref="ResolutionFieldsPolicy.Default"/> (manual §2.2.7, §2.2.8).</value>
    public ResolutionFieldsPolicy ResolutionFields { get; init; } = ResolutionFieldsPolicy.Default;

    /// <summary>
    /// Validates every section at once. Each failure's <see cref="ValidationFailure.PropertyName"/> is its JSON path in
    /// the pack, such as <c>$.sla.targets[3].firstResponse</c> or <c>$.onCall.fairness.maxWeeksPerQuarter</c>.
    /// </summary>
    /// <param name="policy">The pack.</param>
    /// <returns>Every problem of every section.</returns>
    public static ValidationResult Validate(TaiPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new TaiPolicyValidator().Validate(policy);
    }

    /// <summary>
    /// True when every section holds the same values, compared structurally (collections by content, calendars by their
    /// definitions); no JSON is written. Equal packs write the same JSON (<see cref="TaiPolicyJson.Write"/>).
    /// </summary>
    /// <param name="other">The other pack.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TaiPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Sla.Equals(other.Sla) && Triage.Equals(other.Triage) && Incidents.Equals(other.Incidents)
                && TaiPolicyEquality.OnCall(OnCall, other.OnCall) && Reports.Equals(other.Reports) && Qa.Equals(other.Qa)
                && KbUpkeep.Equals(other.KbUpkeep) && Templates.Equals(other.Templates)
                && TaiPolicyEquality.TicketLife(ticketLife, other.ticketLife) && ResolutionFields.Equals(other.ResolutionFields)
                && TaiPolicyEquality.Versions(TicketLifeVersions, other.TicketLifeVersions)));

    /// <summary>A hash consistent with <see cref="Equals(TaiPolicy)"/>.</summary>
    /// <returns>The combined hash of the sections.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Sla, Triage, Incidents, TaiPolicyEquality.OnCallHash(OnCall), Reports, Qa, KbUpkeep,
            HashCode.Combine(Templates, TaiPolicyEquality.TicketLifeHash(ticketLife), ResolutionFields));
}

/// <summary>
/// Validates a <see cref="TaiPolicy"/> with each section's own validator, naming every problem by its JSON path in the
/// pack (<c>$.sla.…</c>, <c>$.triage.…</c>, <c>$.incidents.…</c>, <c>$.onCall.…</c>, <c>$.reports.…</c>, <c>$.qa.…</c>,
/// <c>$.kbUpkeep.…</c>, <c>$.templates.…</c>).
/// </summary>
public sealed class TaiPolicyValidator : AbstractValidator<TaiPolicy>
{
    /// <summary>Creates the validator.</summary>
    public TaiPolicyValidator()
    {
        RuleFor(p => p).Custom((pack, context) =>
        {
            // A pack built in code with a section (or an on-call part) left null: named, and the sections' own checks skipped (they read each other).
            var missing = new (string Path, object? Value)[]
            {
                ("$.sla", pack.Sla), ("$.triage", pack.Triage), ("$.incidents", pack.Incidents), ("$.onCall", pack.OnCall), ("$.reports", pack.Reports),
                ("$.qa", pack.Qa), ("$.kbUpkeep", pack.KbUpkeep), ("$.templates", pack.Templates), ("$.ticketLife", pack.TicketLife),
                ("$.resolutionFields", pack.ResolutionFields), ("$.onCall.fairness", pack.OnCall is { } a ? a.Fairness : 0), ("$.onCall.compensation", pack.OnCall is { } b ? b.Compensation : 0),
            }.Where(s => s.Value is null).ToList();
            foreach (var (path, _) in missing)
            {
                context.AddFailure(path, "is null; leave the section out of the pack, or give its Default.");
            }

            foreach (var failure in missing.Count > 0 ? [] : TaiPolicyJson.Sections.SelectMany(s => s.Validate(pack)))
            {
                context.AddFailure(failure);
            }
        });
    }
}
