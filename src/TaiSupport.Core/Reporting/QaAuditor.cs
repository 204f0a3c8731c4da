using System.Collections.Immutable;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The QA audit (manual §9.1), built once from a validated <see cref="QaPolicy"/> and the SLA evaluator: the month's
/// random sample and the review scores. Verb family: <c>Build</c> (docs/architecture.md, "One anatomy"). The static
/// <see cref="QaAudit"/> methods remain as thin equivalents.
/// </summary>
public sealed class QaAuditor
{
    /// <summary>Builds the auditor, validating <paramref name="policy"/>.</summary>
    /// <param name="policy">The QA policy.</param>
    /// <param name="sla">The SLA evaluator whose clocks decide the response check and what was resolved in a period.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public QaAuditor(QaPolicy policy, SlaEvaluator sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        Policy = TaiValidationException.Validated("QA policy", policy, p => new QaPolicyValidator().Validate(p));
        Sla = sla;
    }

    /// <summary>The auditor of <see cref="QaPolicy.Default"/> and <see cref="SlaEvaluator.Default"/>.</summary>
    public static QaAuditor Default { get; } = new(QaPolicy.Default, SlaEvaluator.Default);

    /// <summary>The policy this auditor applies.</summary>
    public QaPolicy Policy { get; }

    /// <summary>The SLA evaluator it uses.</summary>
    public SlaEvaluator Sla { get; }

    /// <summary>The reproducible random sample of the tickets resolved in <paramref name="period"/> (§9.1).</summary>
    /// <param name="tickets">The tickets.</param>
    /// <param name="period">The audit period, such as a month.</param>
    /// <param name="seed">The seed: the same seed and tickets give the same sample.</param>
    /// <returns>The sampled tickets.</returns>
    public ImmutableArray<ReportTicket> BuildSample(IEnumerable<ReportTicket> tickets, ReportPeriod period, int seed) =>
        QaAudit.Sample(tickets, period, seed, Sla, Policy);

    /// <summary>The score of one review against the §9.1 criteria, with the agent's earlier reviews for the trend.</summary>
    /// <param name="review">The review.</param>
    /// <param name="earlier">The agent's earlier reviews.</param>
    /// <returns>The result.</returns>
    public QaAuditResult BuildScore(QaReview review, IEnumerable<QaReview> earlier) => QaAudit.Evaluate(review, earlier, Policy);

    /// <summary>The scores of every review, each against the same agent's earlier ones.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>One result per review.</returns>
    public ImmutableArray<QaAuditResult> BuildScores(IEnumerable<QaReview> reviews) => QaAudit.EvaluateAll(reviews, Policy);
}
