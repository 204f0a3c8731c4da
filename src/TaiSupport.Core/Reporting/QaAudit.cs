using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FluentValidation;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>The five criteria of the support quality audit (manual §9.1).</summary>
public enum QaCriterion
{
    /// <summary>Response time met SLA.</summary>
    ResponseTime,

    /// <summary>Resolution was correct (customer confirmed it worked).</summary>
    Resolution,

    /// <summary>Tone was professional and empathetic.</summary>
    Tone,

    /// <summary>Information provided was accurate.</summary>
    Accuracy,

    /// <summary>Escalation was appropriate (didn't over- or under-escalate).</summary>
    Escalation,
}

/// <summary>What the feedback loop does with an audited ticket (manual §9.1 "Feedback Loop").</summary>
public enum QaFeedback
{
    /// <summary>Exemplary: share as an example, recognize the team member.</summary>
    ShareAsExample,

    /// <summary>Good with minor issues: positive feedback with the suggestions (the manual's 4/5 example).</summary>
    PositiveFeedback,

    /// <summary>The ticket has issues: 1:1 coaching with the support lead.</summary>
    Coaching,

    /// <summary>A pattern of issues: additional training required.</summary>
    Training,
}

/// <summary>The reviewer's verdict on one criterion.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Passed">True for ✓.</param>
/// <example><code>new QaCheck(QaCriterion.Escalation, false) { Note = "Could have tried 1 more debug step before escalating" }</code></example>
public sealed record QaCheck(QaCriterion Criterion, bool Passed)
{
    /// <summary>What the reviewer saw, e.g. "Professional, empathetic to customer frustration"; a standard sentence when null.</summary>
    public string? Note { get; init; }

    /// <summary>A suggestion for the engineer, printed under the check with an arrow.</summary>
    public string? Suggestion { get; init; }
}

/// <summary>One audited ticket: who handled it, when it was reviewed, and the five checks (manual §9.1).</summary>
public sealed record QaReview
{
    /// <summary>The audited ticket's id.</summary>
    public required string TicketId { get; init; }

    /// <summary>The support engineer who handled it.</summary>
    public required string Engineer { get; init; }

    /// <summary>The audit date; patterns look back from it.</summary>
    public required LocalDate ReviewedOn { get; init; }

    /// <summary>Exactly one check per <see cref="QaCriterion"/> (see <see cref="QaReviewValidator"/>).</summary>
    public ImmutableArray<QaCheck> Checks { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(QaReview? other) =>
        other is not null && TicketId == other.TicketId && Engineer == other.Engineer && ReviewedOn == other.ReviewedOn
        && Checks.SequenceEqual(other.Checks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TicketId, Engineer, ReviewedOn, Checks.Length);
}

/// <summary>Validates a <see cref="QaReview"/>: an id, an engineer and each of the five criteria exactly once.</summary>
public sealed class QaReviewValidator : AbstractValidator<QaReview>
{
    /// <summary>Creates the validator.</summary>
    public QaReviewValidator()
    {
        RuleFor(r => r.TicketId).NotEmpty().WithMessage("the audited ticket's id is missing.").OverridePropertyName("ticketId");
        RuleFor(r => r.Engineer).NotEmpty().WithMessage("the support engineer is missing.").OverridePropertyName("engineer");
        RuleFor(r => r.Checks).Custom((checks, context) =>
        {
            var list = checks.IsDefault ? [] : checks;
            foreach (var criterion in QaAudit.Criteria)
            {
                var count = list.Count(c => c.Criterion == criterion);
                if (count != 1)
                {
                    context.AddFailure("checks", count == 0
                        ? $"the {QaAudit.Label(criterion)} criterion has no check; all five criteria of §9.1 are needed."
                        : $"the {QaAudit.Label(criterion)} criterion is checked {count} times; check it once.");
                }
            }
        });
    }
}

/// <summary>An audited ticket's score, rating and feedback with the reasons.</summary>
/// <param name="Review">The review.</param>
/// <param name="Score">Criteria passed, out of 5.</param>
/// <param name="Rating">The policy's words for the score, e.g. "Excellent overall".</param>
/// <param name="Feedback">What the feedback loop does.</param>
/// <param name="Patterns">The criteria this review failed that the engineer also failed in earlier audits often enough to be a pattern.</param>
/// <param name="Trace">Why: the score, any pattern and the feedback rule.</param>
public sealed record QaAuditResult(
    QaReview Review, int Score, string Rating, QaFeedback Feedback, ImmutableArray<QaCriterion> Patterns, ImmutableArray<TraceStep> Trace)
{
    /// <summary>The action in the manual's words, e.g. "Positive feedback shared with Marcus".</summary>
    public string Action => Feedback switch
    {
        QaFeedback.ShareAsExample => $"Share as example, recognize {Review.Engineer}",
        QaFeedback.PositiveFeedback => $"Positive feedback shared with {Review.Engineer}",
        QaFeedback.Coaching => $"1:1 coaching for {Review.Engineer} with support lead",
        _ => $"Additional training required for {Review.Engineer}: {string.Join(", ", Patterns.Select(QaAudit.Label))} (pattern of issues)",
    };

    /// <summary>The audit in the manual's layout (§9.1 "Example Review").</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder()
            .Append("TICKET #").Append(Review.TicketId).Append(" AUDIT\n")
            .Append("Support Engineer: ").Append(Review.Engineer).Append("\n\nQUALITY CHECK:\n");
        foreach (var check in Review.Checks.OrderBy(c => c.Criterion))
        {
            text.Append(check.Passed ? "✓ " : "✗ ").Append(QaAudit.Label(check.Criterion)).Append(": ")
                .Append(check.Note ?? QaAudit.StandardNote(check.Criterion, check.Passed)).Append('\n');
            if (!string.IsNullOrWhiteSpace(check.Suggestion))
            {
                text.Append("  → Suggestion: ").Append(check.Suggestion).Append('\n');
            }
        }

        return text.Append("\nSCORE: ").Append(Score.ToString(CultureInfo.InvariantCulture)).Append('/').Append(QaAudit.CriteriaCount.ToString(CultureInfo.InvariantCulture))
            .Append(" (").Append(Rating).Append(")\nACTION: ").Append(Action).Append('\n').ToString();
    }

    /// <inheritdoc />
    public bool Equals(QaAuditResult? other) =>
        other is not null && Review.Equals(other.Review) && Score == other.Score && Rating == other.Rating && Feedback == other.Feedback
        && Patterns.SequenceEqual(other.Patterns);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Review, Score, Feedback);
}

/// <summary>
/// The monthly support quality audit (manual §9.1): a reproducible sample of resolved tickets, a score out of 5 from
/// the five criteria, and the feedback loop (exemplary → share, issues → coaching, a pattern → training).
/// </summary>
/// <remarks>
/// <para><b>Sample.</b> <see cref="SampleSize"/> is the policy's share (10 %) of the resolved tickets, rounded up, and at
/// least <see cref="QaPolicy.MinimumSample"/> (1) when any ticket was resolved. <see cref="Sample{T}"/> ranks each
/// candidate by a hash of the seed and its id and keeps the lowest, so the sample depends only on the seed and the set of
/// ids (not their order), and is the same on every machine and .NET version.</para>
/// <para><b>Feedback.</b> A review whose failed criterion the same engineer also failed in enough earlier audits within
/// the window (2 within 90 days by default) is a <em>pattern</em>: training. Otherwise a score of at least
/// <see cref="QaPolicy.ExemplaryFrom"/> (5) is exemplary, below <see cref="QaPolicy.CoachingBelow"/> (4) calls for coaching,
/// and in between earns positive feedback with the suggestions — the manual's own 4/5 example.</para>
/// </remarks>
/// <example>
/// <code>
/// var sample = QaAudit.Sample(resolvedTicketIds, id => id, seed: 202601, QaPolicy.Default);
/// var result = QaAudit.Evaluate(review, earlierReviews, QaPolicy.Default);
/// Console.WriteLine(result.ToText());
/// </code>
/// </example>
public static class QaAudit
{
    /// <summary>The number of criteria: scores are out of 5.</summary>
    public const int CriteriaCount = 5;

    private static readonly QaReviewValidator Validator = new();

    /// <summary>The five criteria, in the manual's order.</summary>
    public static ImmutableArray<QaCriterion> Criteria { get; } =
        [QaCriterion.ResponseTime, QaCriterion.Resolution, QaCriterion.Tone, QaCriterion.Accuracy, QaCriterion.Escalation];

    /// <summary>How many of <paramref name="resolvedCount"/> resolved tickets to review.</summary>
    /// <param name="resolvedCount">Resolved tickets in the audit period.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>⌈share × count⌉, at least the minimum when any was resolved, at most the count; 0 for none.</returns>
    public static int SampleSize(int resolvedCount, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(resolvedCount);
        if (resolvedCount == 0)
        {
            return 0;
        }

        var share = (int)Math.Ceiling(resolvedCount * policy.SamplePercent / 100m);
        return Math.Min(resolvedCount, Math.Max(policy.MinimumSample, share));
    }

    /// <summary>Draws the audit sample from resolved candidates, reproducibly for a seed.</summary>
    /// <typeparam name="T">The candidate type (a ticket, an id…).</typeparam>
    /// <param name="resolved">The resolved tickets of the period; ids should be unique.</param>
    /// <param name="idOf">A candidate's ticket id.</param>
    /// <param name="seed">The seed: the same seed and the same ids give the same sample.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The sample, ordered by ticket id.</returns>
    public static ImmutableArray<T> Sample<T>(IEnumerable<T> resolved, Func<T, string> idOf, int seed, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(idOf);
        var candidates = resolved.Select(c => (Item: c, Id: idOf(c))).ToList();
        var size = SampleSize(candidates.Count, policy);
        return
        [
            .. candidates
                .OrderBy(c => StableHash.Rank(seed, c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(size)
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => c.Item),
        ];
    }

    /// <summary>
    /// Draws the month's audit sample: the tickets resolved in <paramref name="period"/> (entered a resolved status in it and
    /// still resolved at its end, by the SLA policy's resolved statuses), sampled with <see cref="Sample{T}"/>.
    /// </summary>
    /// <param name="tickets">Report tickets, any order.</param>
    /// <param name="period">The audit period (usually <see cref="ReportPeriod.Month"/>).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="sla">The SLA evaluator (for the resolved statuses).</param>
    /// <param name="policy">The QA policy.</param>
    /// <returns>The sampled tickets, by id.</returns>
    public static ImmutableArray<ReportTicket> Sample(IEnumerable<ReportTicket> tickets, ReportPeriod period, int seed, SlaEvaluator sla, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(sla);
        return Sample(ResolvedIn(tickets, period, sla), t => t.Id, seed, policy);
    }

    /// <summary>The tickets resolved in <paramref name="period"/>, as of its end: the audit's population.</summary>
    /// <param name="tickets">Report tickets.</param>
    /// <param name="period">The period.</param>
    /// <param name="sla">The SLA evaluator (for the resolved statuses).</param>
    /// <returns>The resolved tickets, in input order.</returns>
    public static IEnumerable<ReportTicket> ResolvedIn(IEnumerable<ReportTicket> tickets, ReportPeriod period, SlaEvaluator sla)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(sla);
        return tickets.Where(t => TicketFacts.ResolvedSpellStart(t.Ticket, period.End - Duration.Epsilon, sla.Policy.StoppingStatuses) is { } at && period.Contains(at));
    }

    /// <summary>
    /// The response-time check, decided by the SLA engine: passed when the first response met its SLA, with the manual's
    /// note "1 hour (SLA 4 hours) - Exceeds" (within the policy's share of the target), "- Meets" or "- Missed".
    /// </summary>
    /// <param name="ticket">The audited ticket.</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The QA policy.</param>
    /// <returns>The check; failed with "No first response" when the clock never stopped.</returns>
    public static QaCheck ResponseCheck(ReportTicket ticket, SlaEvaluator sla, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(policy);
        var t = ticket.Ticket;
        var last = new[] { t.CreatedAt, t.FirstResponseAt ?? t.CreatedAt, t.StatusChanges.IsEmpty ? t.CreatedAt : t.StatusChanges[^1].At }.Max();
        var facts = TicketFacts.Evaluate(ticket, last, sla);
        var target = facts.Sla.Target.FirstResponse.Target;
        if (facts.ResponseTime(sla) is not { } time)
        {
            return new QaCheck(QaCriterion.ResponseTime, false) { Note = $"No first response (SLA {Hours(target)})" };
        }

        var met = facts.Sla.FirstResponseState == SlaState.Met;
        var verdict = !met ? "Missed" : time.TotalTicks * 100 <= target.TotalTicks * (double)policy.ExceedsWithinPercent ? "Exceeds" : "Meets";
        return new QaCheck(QaCriterion.ResponseTime, met) { Note = $"{Hours(time)} (SLA {Hours(target)}) - {verdict}" };
    }

    /// <summary>Scores one review and applies the feedback rule, looking for patterns in <paramref name="earlier"/>.</summary>
    /// <param name="review">A valid review (<see cref="QaReviewValidator"/>).</param>
    /// <param name="earlier">Other reviews (any engineer, any date; only the same engineer's within the window before or on the review's date count).</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The result with its trace.</returns>
    /// <exception cref="ArgumentException">The review is invalid (validate reviews at the boundary).</exception>
    public static QaAuditResult Evaluate(QaReview review, IEnumerable<QaReview> earlier, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(policy);
        var validation = Validator.Validate(review);
        if (!validation.IsValid)
        {
            throw new ArgumentException(string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)), nameof(review));
        }

        var trace = ImmutableArray.CreateBuilder<TraceStep>();
        var failed = review.Checks.Where(c => !c.Passed).Select(c => c.Criterion).Order().ToImmutableArray();
        var score = CriteriaCount - failed.Length;
        trace.Add(new TraceStep("qa.score", "§9.1",
            $"{score} of {CriteriaCount} criteria met{(failed.IsEmpty ? string.Empty : $"; failed: {string.Join(", ", failed.Select(Label))}")}"));

        var windowStart = review.ReviewedOn.PlusDays(-(policy.PatternWindowDays - 1));
        var history = earlier
            .Where(r => r.Engineer == review.Engineer && !ReferenceEquals(r, review) && !r.Equals(review)
                && r.ReviewedOn >= windowStart && r.ReviewedOn <= review.ReviewedOn)
            .ToList();
        var patterns = ImmutableArray.CreateBuilder<QaCriterion>();
        foreach (var criterion in failed)
        {
            var before = history.Where(r => r.Checks.Any(c => c.Criterion == criterion && !c.Passed))
                .OrderBy(r => r.ReviewedOn).ThenBy(r => r.TicketId, StringComparer.Ordinal).ToList();
            if (before.Count + 1 >= policy.PatternAudits)
            {
                patterns.Add(criterion);
                trace.Add(new TraceStep("qa.pattern", "§9.1",
                    $"{review.Engineer} failed {Label(criterion)} in {before.Count + 1} audits within {policy.PatternWindowDays} days "
                    + $"({string.Join(", ", before.Select(r => $"#{r.TicketId} on {Date(r.ReviewedOn)}").Append($"#{review.TicketId} on {Date(review.ReviewedOn)}"))}) ≥ {policy.PatternAudits}"));
            }
        }

        var feedback = patterns.Count > 0 ? QaFeedback.Training
            : score >= policy.ExemplaryFrom ? QaFeedback.ShareAsExample
            : score < policy.CoachingBelow ? QaFeedback.Coaching
            : QaFeedback.PositiveFeedback;
        trace.Add(feedback switch
        {
            QaFeedback.Training => new TraceStep("qa.feedback.training", "§9.1", "a pattern of issues: additional training required"),
            QaFeedback.ShareAsExample => new TraceStep("qa.feedback.exemplary", "§9.1", $"score {score} ≥ {policy.ExemplaryFrom}: exemplary, share as example"),
            QaFeedback.Coaching => new TraceStep("qa.feedback.coaching", "§9.1", $"score {score} < {policy.CoachingBelow}: the ticket has issues, 1:1 coaching"),
            _ => new TraceStep("qa.feedback.positive", "§9.1", $"score {score} from {policy.CoachingBelow} to below {policy.ExemplaryFrom}: positive feedback with the suggestions"),
        });

        return new QaAuditResult(review, score, policy.RatingFor(score), feedback, patterns.ToImmutable(), trace.ToImmutable());
    }

    /// <summary>Evaluates every review against all the others (order does not matter).</summary>
    /// <param name="reviews">Valid reviews.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>One result per review, in input order.</returns>
    public static ImmutableArray<QaAuditResult> EvaluateAll(IEnumerable<QaReview> reviews, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var all = reviews.ToList();
        return [.. all.Select(r => Evaluate(r, all, policy))];
    }

    /// <summary>The criterion's name in the manual's example: "Response time", "Resolution", "Tone", "Accuracy", "Escalation".</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The label.</returns>
    public static string Label(QaCriterion criterion) => criterion switch
    {
        QaCriterion.ResponseTime => "Response time",
        QaCriterion.Resolution => "Resolution",
        QaCriterion.Tone => "Tone",
        QaCriterion.Accuracy => "Accuracy",
        _ => "Escalation",
    };

    internal static string StandardNote(QaCriterion criterion, bool passed) => (criterion, passed) switch
    {
        (QaCriterion.ResponseTime, true) => "Met SLA",
        (QaCriterion.ResponseTime, false) => "Missed SLA",
        (QaCriterion.Resolution, true) => "Correct, customer confirmed working",
        (QaCriterion.Resolution, false) => "Not confirmed working by the customer",
        (QaCriterion.Tone, true) => "Professional and empathetic",
        (QaCriterion.Tone, false) => "Not professional or empathetic enough",
        (QaCriterion.Accuracy, true) => "All information was correct",
        (QaCriterion.Accuracy, false) => "Some information was inaccurate",
        (QaCriterion.Escalation, true) => "Appropriate",
        _ => "Over- or under-escalated",
    };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Hours(Duration d)
    {
        return TaiSupport.Core.Text.HumanDuration.Format(Duration.FromMinutes((long)Math.Round((decimal)d.TotalMinutes, MidpointRounding.AwayFromZero)));
    }
}
