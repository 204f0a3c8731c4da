using System.Text.Json;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// <see cref="QaReviewJson"/> (issue 11: the QA review line moved from the <c>tai</c> sample's own walker into the library):
/// the documented shape, what the audited ticket fills in, every problem with its path, and seeded fuzzing.
/// </summary>
public sealed class QaReviewJsonTests
{
    private const string Valid = """{"id":1,"ticket":"1847","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":{"passed":false,"note":"n","suggestion":"s"},"tone":true,"accuracy":false,"escalation":{"passed":true}}}""";

    private static readonly ReportTicket Audited = ReportTicketJson.Read("""{"id":"1847","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T09:00:00-08:00","firstResponseAt":"2026-01-26T09:20:00-08:00","resolvedBy":"Priya"}""").Value!;

    [Fact]
    public void AValidLine_ReadsEveryCheckInCriterionOrder_TrueAsPassed()
    {
        var review = Read(Valid).Value!;
        Assert.Equal(("1847", "Marcus", new NodaTime.LocalDate(2026, 1, 30)), (review.TicketId, review.Engineer, review.ReviewedOn));
        Assert.Equal(QaAudit.Criteria, review.Checks.Select(c => c.Criterion));
        Assert.Equal([true, false, true, false, true], review.Checks.Select(c => c.Passed));
        Assert.Equal(("n", "s"), (review.Checks[1].Note, review.Checks[1].Suggestion));
    }

    [Fact]
    public void ANumericTicket_IsReadAsItsText_AndTheAuditedTicketGivesEngineerAndResponseTime()
    {
        var review = Read("""{"ticket":1847,"reviewedOn":"2026-01-30","checks":{"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""", Audited).Value!;
        Assert.Equal(("1847", "Priya"), (review.TicketId, review.Engineer));
        Assert.Equal(QaAudit.ResponseCheck(Audited, SlaEvaluator.Default, QaPolicy.Default), review.Checks[0]);
    }

    [Fact]
    public void ProblemsAreNamedByTheirPaths()
    {
        Assert.Equal(
            ["$.reviewedOn: \"\" is not a date; write yyyy-MM-dd such as 2026-12-25.", "$.checks.tone: expected a check object, got the string \"yes\".", "$.checks.accuracy.passed: is required.", "$.checks.tones: \"tones\" is not a qa criterion; use one of ResponseTime, Resolution, Tone, Accuracy, Escalation.", "$.ticket: is required."],
            Problems("""{"reviewedOn":"","checks":{"tone":"yes","accuracy":{"note":"x"},"tones":true}}"""));
        Assert.Equal(
            ["$.engineer: is required (or known from the audited ticket's resolvedBy or assignee).", "$.checks.responseTime: is required (or decided by the SLA engine from the audited ticket).", "$.checks.escalation: is required: true, false or {\"passed\", \"note\", \"suggestion\"}."],
            Problems("""{"ticket":"9","reviewedOn":"2026-01-30","checks":{"resolution":true,"tone":true,"accuracy":true}}"""));
    }

    [Fact]
    public void ByteAndFieldMutations_GiveProblemsNeverAnException()
    {
        var random = new Random(1133);
        for (var i = 0; i < 300; i++)
        {
            var mutated = i % 2 == 0 ? ReaderFuzzTests.MutateText(Valid, random) : ReaderFuzzTests.MutateField(Valid, random);
            try
            {
                using var document = JsonDocument.Parse(mutated);
                var read = Read(document.RootElement.GetRawText(), Audited);
                Assert.True(read.Value is not null || (read.Problems.Count > 0 && read.Problems.All(p => p.PropertyName.StartsWith('$') && p.ErrorMessage.Length > 0)), mutated);
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // not JSON: the line runner reports it before a reader sees it
            }
        }
    }

    private static string[] Problems(string json) => [.. Read(json).Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}")];

    private static Serialization.LoadResult<QaReview> Read(string json, ReportTicket? known = null)
    {
        using var document = JsonDocument.Parse(json);
        return QaReviewJson.Read(document.RootElement, id => known?.Id == id ? known : null, SlaEvaluator.Default, QaPolicy.Default);
    }
}
