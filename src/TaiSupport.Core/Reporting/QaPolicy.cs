using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The monthly support quality audit's numbers (manual §9.1): the sample share, the score thresholds of the feedback
/// loop and what counts as a "pattern of issues". Change one with <c>with</c>: <c>QaPolicy.Default with { SamplePercent = 20 }</c>.
/// </summary>
public sealed record QaPolicy
{
    /// <summary>The policy the manual describes.</summary>
    public static QaPolicy Default { get; } = new();

    /// <summary>The share of resolved tickets to review, rounded up.</summary>
    /// <value>The default is 10 % (manual §9.1 "Review 10% of resolved tickets").</value>
    public decimal SamplePercent { get; init; } = 10m;

    /// <summary>The smallest sample when any ticket was resolved.</summary>
    /// <value>The default is 1: a month with a single resolved ticket still gets an audit.</value>
    public int MinimumSample { get; init; } = 1;

    /// <summary>A score of at least this is exemplary: share it as an example and recognize the engineer.</summary>
    /// <value>The default is 5 out of 5 (manual §9.1 "If ticket is exemplary").</value>
    public int ExemplaryFrom { get; init; } = 5;

    /// <summary>A score below this calls for 1:1 coaching; from it up to exemplary, positive feedback with the suggestions.</summary>
    /// <value>The default is 4: the manual's own 4/5 example ends in "Positive feedback shared with Marcus" (§9.1).</value>
    public int CoachingBelow { get; init; } = 4;

    /// <summary>A pattern: the same engineer failing the same criterion in at least this many audits within <see cref="PatternWindowDays"/>.</summary>
    /// <value>The default is 2 audits (manual §9.1 "If pattern of issues: Additional training required").</value>
    public int PatternAudits { get; init; } = 2;

    /// <summary>How far back, in days up to and including the audit's date, earlier audits count towards a pattern.</summary>
    /// <value>The default is 90 days: three monthly audits.</value>
    public int PatternWindowDays { get; init; } = 90;

    /// <summary>A first response met within this share of its target is marked "Exceeds" in the response-time check.</summary>
    /// <value>The default is 50 %: the manual's "1 hour (SLA 4 hours) - Exceeds" (§9.1).</value>
    public decimal ExceedsWithinPercent { get; init; } = 50m;

    /// <summary>The words for each score band: a score gets the rating with the highest minimum it reaches.</summary>
    /// <value>The default is 5 "Exemplary", 4 "Excellent overall" (the manual's example), 3 "Good, some issues", 0 "Needs improvement".</value>
    public ImmutableArray<QaRating> Ratings { get; init; } =
        [new(5, "Exemplary"), new(4, "Excellent overall"), new(3, "Good, some issues"), new(0, "Needs improvement")];

    /// <summary>The rating for a score.</summary>
    /// <param name="score">0–5.</param>
    /// <returns>The label, e.g. "Excellent overall".</returns>
    public string RatingFor(int score) => Ratings.OrderByDescending(r => r.MinScore).Where(r => score >= r.MinScore).Select(r => r.Label).FirstOrDefault() ?? string.Empty;

    /// <summary>Checks the policy, listing every problem.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new QaPolicyValidator().Validate(this);

    /// <summary>Reads a policy from JSON; properties left out keep their <see cref="Default"/> values.</summary>
    /// <param name="json">The JSON text, e.g. <c>{"samplePercent": 20}</c>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<QaPolicy> FromJson(string json) => PolicyJson.Read(json, Default, new QaPolicyValidator());

    /// <summary>Writes the policy as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => PolicyJson.Write(this);

    /// <inheritdoc />
    public bool Equals(QaPolicy? other) =>
        other is not null && SamplePercent == other.SamplePercent && MinimumSample == other.MinimumSample
        && ExemplaryFrom == other.ExemplaryFrom && CoachingBelow == other.CoachingBelow && PatternAudits == other.PatternAudits
        && PatternWindowDays == other.PatternWindowDays && ExceedsWithinPercent == other.ExceedsWithinPercent && Ratings.SequenceEqual(other.Ratings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SamplePercent, MinimumSample, ExemplaryFrom, CoachingBelow, PatternAudits, PatternWindowDays, Ratings.Length);
}

/// <summary>A score band's words.</summary>
/// <param name="MinScore">The lowest score with this rating.</param>
/// <param name="Label">The words, e.g. "Excellent overall".</param>
public sealed record QaRating(int MinScore, string Label);

/// <summary>Validates a <see cref="QaPolicy"/>.</summary>
public sealed class QaPolicyValidator : AbstractValidator<QaPolicy>
{
    /// <summary>Creates the validator.</summary>
    public QaPolicyValidator()
    {
        RuleFor(p => p.SamplePercent).GreaterThan(0).LessThanOrEqualTo(100)
            .WithMessage(p => $"must be above 0 and at most 100, got {p.SamplePercent}.");
        RuleFor(p => p.MinimumSample).GreaterThanOrEqualTo(0).WithMessage(p => $"must not be negative, got {p.MinimumSample}.");
        RuleFor(p => p.ExemplaryFrom).InclusiveBetween(0, QaAudit.CriteriaCount).WithMessage(p => $"must be a score from 0 to 5, got {p.ExemplaryFrom}.");
        RuleFor(p => p.CoachingBelow).InclusiveBetween(0, QaAudit.CriteriaCount)
            .LessThanOrEqualTo(p => p.ExemplaryFrom).WithMessage(p => $"must be a score from 0 to exemplaryFrom ({p.ExemplaryFrom}), got {p.CoachingBelow}.");
        RuleFor(p => p.PatternAudits).GreaterThanOrEqualTo(2).WithMessage(p => $"a pattern needs at least 2 audits, got {p.PatternAudits}.");
        RuleFor(p => p.PatternWindowDays).GreaterThan(0).WithMessage(p => $"must be at least 1 day, got {p.PatternWindowDays}.");
        RuleFor(p => p.ExceedsWithinPercent).InclusiveBetween(0, 100).WithMessage(p => $"must be a percentage from 0 to 100, got {p.ExceedsWithinPercent}.");
        RuleFor(p => p.Ratings).Must(r => !r.IsDefaultOrEmpty && r.Any(x => x?.MinScore == 0))
            .WithMessage("needs a rating with minScore 0, so every score has words.");
        RuleForEach(p => p.Ratings).Must(r => !string.IsNullOrWhiteSpace(r?.Label)).When(p => !p.Ratings.IsDefault).WithMessage((_, r) => r is null ? "is null; give a rating {\"minScore\", \"label\"}." : "each rating needs a label.");
    }
}
