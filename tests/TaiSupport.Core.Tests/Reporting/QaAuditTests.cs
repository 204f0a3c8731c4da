using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Reporting;

public sealed class QaAuditTests
{
    private static readonly LocalDate January = new(2026, 1, 30);

    internal static QaReview Review(string ticket, string engineer, LocalDate on, params QaCriterion[] failed) => new()
    {
        TicketId = ticket,
        Engineer = engineer,
        ReviewedOn = on,
        Checks = [.. QaAudit.Criteria.Select(c => new QaCheck(c, !failed.Contains(c)))],
    };

    /// <summary>The §9.1 "Example Review" of ticket #1847.</summary>
    private static QaReview ManualExample => new()
    {
        TicketId = "1847",
        Engineer = "Marcus",
        ReviewedOn = January,
        Checks =
        [
            new(QaCriterion.ResponseTime, true) { Note = "1 hour (SLA 4 hours) - Exceeds" },
            new(QaCriterion.Resolution, true) { Note = "Correct, customer confirmed working" },
            new(QaCriterion.Tone, true) { Note = "Professional, empathetic to customer frustration" },
            new(QaCriterion.Accuracy, true) { Note = "All information was correct" },
            new(QaCriterion.Escalation, false)
            {
                Note = "Could have tried 1 more debug step before escalating",
                Suggestion = "Always test your own API key before concluding it's a customer issue",
            },
        ],
    };

    [Fact]
    public void ToText_ManualExample_IsReproduced()
    {
        var result = QaAudit.Evaluate(ManualExample, [], QaPolicy.Default);
        Assert.Equal(
            """
            TICKET #1847 AUDIT
            Support Engineer: Marcus

            QUALITY CHECK:
            ✓ Response time: 1 hour (SLA 4 hours) - Exceeds
            ✓ Resolution: Correct, customer confirmed working
            ✓ Tone: Professional, empathetic to customer frustration
            ✓ Accuracy: All information was correct
            ✗ Escalation: Could have tried 1 more debug step before escalating
              → Suggestion: Always test your own API key before concluding it's a customer issue

            SCORE: 4/5 (Excellent overall)
            ACTION: Positive feedback shared with Marcus

            """.ReplaceLineEndings("\n"),
            result.ToText());
    }

    [Theory]
    [InlineData(0, QaFeedback.ShareAsExample, "Exemplary")]
    [InlineData(1, QaFeedback.PositiveFeedback, "Excellent overall")]
    [InlineData(2, QaFeedback.Coaching, "Good, some issues")]
    [InlineData(5, QaFeedback.Coaching, "Needs improvement")]
    public void Evaluate_Score_DecidesTheFeedback(int failures, QaFeedback feedback, string rating)
    {
        // §9.1 Feedback Loop: exemplary → share as example; issues → 1:1 coaching; the manual's 4/5 → positive feedback.
        var result = QaAudit.Evaluate(Review("1", "Ana", January, [.. QaAudit.Criteria.Take(failures)]), [], QaPolicy.Default);
        Assert.Equal(QaAudit.CriteriaCount - failures, result.Score);
        Assert.Equal(feedback, result.Feedback);
        Assert.Equal(rating, result.Rating);
    }

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, false)]
    public void Evaluate_SameCriterionFailedTwiceWithinNinetyDays_IsAPattern_RequiringTraining(int daysApart, bool pattern)
    {
        // §9.1 "If pattern of issues: Additional training required" — 2 audits within 90 days (the audit day included).
        var earlier = Review("1", "Marcus", January.PlusDays(-daysApart), QaCriterion.Escalation);
        var result = QaAudit.Evaluate(Review("2", "Marcus", January, QaCriterion.Escalation), [earlier], QaPolicy.Default);
        Assert.Equal(pattern ? QaFeedback.Training : QaFeedback.PositiveFeedback, result.Feedback);
        if (pattern)
        {
            Assert.Equal([QaCriterion.Escalation], result.Patterns.ToArray());
            Assert.Equal("Additional training required for Marcus: Escalation (pattern of issues)", result.Action);
            Assert.Contains(result.Trace, t => t.Rule == "qa.pattern" && t.Reason.Contains("#1 on 2025-11-02, #2 on 2026-01-30"));
        }
    }

    [Fact]
    public void Evaluate_OtherEngineerOrOtherCriterionOrLaterAudit_IsNoPattern()
    {
        var current = Review("2", "Marcus", January, QaCriterion.Escalation);
        QaReview[] others =
        [
            Review("1", "Sarah", January.PlusDays(-3), QaCriterion.Escalation),
            Review("3", "Marcus", January.PlusDays(-3), QaCriterion.Tone),
            Review("4", "Marcus", January.PlusDays(1), QaCriterion.Escalation),
        ];
        Assert.Equal(QaFeedback.PositiveFeedback, QaAudit.Evaluate(current, others, QaPolicy.Default).Feedback);
    }

    [Fact]
    public void Evaluate_PassingReview_IsNeverTraining_WhateverTheHistory()
    {
        var earlier = Review("1", "Marcus", January.PlusDays(-1), QaCriterion.Escalation);
        Assert.Equal(QaFeedback.ShareAsExample, QaAudit.Evaluate(Review("2", "Marcus", January), [earlier, earlier with { TicketId = "0" }], QaPolicy.Default).Feedback);
    }

    [Fact]
    public void EvaluateAll_TwoFailuresOnTheSameDay_AreBothPatterns_InAnyOrder()
    {
        QaReview[] reviews = [Review("1", "Jo", January, QaCriterion.Tone), Review("2", "Jo", January, QaCriterion.Tone, QaCriterion.Accuracy)];
        var forward = QaAudit.EvaluateAll(reviews, QaPolicy.Default);
        var backward = QaAudit.EvaluateAll(reviews.Reverse(), QaPolicy.Default).Reverse().ToArray();
        Assert.All(forward, r => Assert.Equal(QaFeedback.Training, r.Feedback));
        Assert.Equal(forward.ToArray(), backward);
    }

    [Fact]
    public void Evaluate_MissingOrRepeatedCriterion_IsAnArgumentErrorNamingIt()
    {
        var review = Review("1", "Jo", January) with { Checks = [new QaCheck(QaCriterion.Tone, true), new QaCheck(QaCriterion.Tone, false)] };
        var validation = new QaReviewValidator().Validate(review);
        Assert.Equal(5, validation.Errors.Count);
        Assert.Contains(validation.Errors, e => e.ErrorMessage.Contains("the Tone criterion is checked 2 times"));
        Assert.Contains(validation.Errors, e => e.ErrorMessage.Contains("the Response time criterion has no check"));
        Assert.Throws<ArgumentException>(() => QaAudit.Evaluate(review, [], QaPolicy.Default));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(41, 5)]
    [InlineData(100, 10)]
    [InlineData(101, 11)]
    public void SampleSize_IsTenPercentRoundedUp_AtLeastOne(int resolved, int size) =>
        Assert.Equal(size, QaAudit.SampleSize(resolved, QaPolicy.Default));

    [Fact]
    public void Sample_SameSeed_SameSample_OtherSeed_UsuallyOther()
    {
        var ids = Enumerable.Range(1, 200).Select(i => $"T-{i}").ToArray();
        var a = QaAudit.Sample(ids, id => id, 7, QaPolicy.Default);
        Assert.Equal(20, a.Length);
        Assert.Equal(a.ToArray(), QaAudit.Sample(ids.Reverse(), id => id, 7, QaPolicy.Default).ToArray());
        Assert.NotEqual(a.ToArray(), QaAudit.Sample(ids, id => id, 8, QaPolicy.Default).ToArray());
        // Pinned: the hash is stable across machines and .NET versions, so this sample never changes.
        Assert.Equal(["T-11", "T-4"], QaAudit.Sample(["T-1", "T-2", "T-3", "T-4", "T-5", "T-6", "T-7", "T-8", "T-9", "T-10", "T-11"], id => id, 1, QaPolicy.Default).ToArray());
    }

    [Fact]
    public void Policy_FromJson_ReadsRatingsAndValidates()
    {
        var result = QaPolicy.FromJson("""{"samplePercent": 20, "ratings": [{"minScore": 0, "label": "ok"}]}""");
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        Assert.Equal("ok", result.Value!.RatingFor(5));
        var bad = QaPolicy.FromJson("""{"samplePercent": 0, "ratings": [{"minScore": 3, "label": " "}, {"minScore": "x"}]}""");
        // Every problem at once: the unreadable minScore, and the validator's on what reads (the blank label of ratings[0]).
        Assert.Equal(["$.ratings[0]", "$.ratings[1].minScore", "$.samplePercent"], bad.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
        var changed = QaPolicy.Default with { SamplePercent = 20 }; // every property: Json/RoundTripProperties
        Assert.Equal(changed, QaPolicy.FromJson(changed.ToJson()).Value);
    }
}
