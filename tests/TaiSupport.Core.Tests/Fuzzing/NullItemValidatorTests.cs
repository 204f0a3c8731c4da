using TaiSupport.Core.Incidents;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Fuzzing;

/// <summary>
/// Records built in code with a null list item (session 7 sweep): each validator reports the item at its index instead of
/// throwing <see cref="NullReferenceException"/> — the reader used to swallow that exception when it validated what read.
/// </summary>
public sealed class NullItemValidatorTests
{
    [Fact]
    public void QaPolicy_NullRating_IsAProblem()
    {
        var result = (QaPolicy.Default with { Ratings = [.. QaPolicy.Default.Ratings, null!] }).Validate();
        Assert.Contains(result.Errors, e => e.PropertyName.EndsWith($"[{QaPolicy.Default.Ratings.Length}]", StringComparison.Ordinal) && e.ErrorMessage.StartsWith("is null", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportPolicy_NullDestination_IsAProblem()
    {
        var result = (ReportPolicy.Default with { Destinations = [null!] }).Validate();
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName.EndsWith("[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportTicket_NullEscalation_IsAProblem()
    {
        var ticket = ReportTicketJson.Read(Json.ReaderFuzzTests.Formats["report-ticket"].Valid).GetValueOrThrow();
        var result = ReportTicket.Validate(ticket with { Escalations = [null!] });
        Assert.Contains(result.Errors, e => e.PropertyName == "escalations[0]" && e.ErrorMessage.StartsWith("is null", StringComparison.Ordinal));
    }

    [Fact]
    public void IncidentRecord_NullTimelineActionAndRun_AreProblemsOrIgnored()
    {
        var record = IncidentRecordJson.Read(Incidents.IncidentExamples.Json).GetValueOrThrow();
        var result = new IncidentRecordValidator().Validate(record with { Timeline = [null!], ActionItems = [null!], VerificationRuns = [null!] });
        Assert.Contains(result.Errors, e => e.PropertyName == "timeline[0]");
        Assert.Contains(result.Errors, e => e.PropertyName == "actionItems[0]");
    }
}
