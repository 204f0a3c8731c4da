using System.Text;
using System.Text.Json;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// One unit per quantity (issue 12; docs/architecture.md "Units"): spans are <see cref="Duration"/> in C# whatever the
/// JSON writes (<c>latencyMs</c> stays a number of milliseconds), percentages run 0–100, incident levels are
/// <see cref="IncidentLevel"/>, and a pay or equity period's inclusive end is named <c>through</c>.
/// </summary>
public sealed class UnitsTests
{
    private static readonly LocalDate Q1 = new(2026, 1, 5);

    [Theory]
    [InlineData("501", 501_000_000L)]
    [InlineData("5.5", 5_500_000L)]
    [InlineData("0", 0L)]
    public void LatencyMs_in_JSON_is_a_Duration_in_CSharp_and_writes_back_the_same_number(string json, long nanoseconds)
    {
        var request = TriageRequestJson.Read("""{"tier": "starter", "subject": "s", "body": "b", "signals": {"latencyMs": """ + json + "}}").GetValueOrThrow();
        Assert.Equal(Duration.FromNanoseconds(nanoseconds), request.Signals.Latency);
        Assert.Equal($$"""{"latencyMs":{{json}}}""", Signals(request.Signals));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000000000001")]
    [InlineData("1e30")]
    public void A_latency_out_of_range_is_a_problem_at_its_path_never_an_exception(string json)
    {
        var read = TriageRequestJson.Read("""{"tier": "starter", "subject": "s", "body": "b", "signals": {"latencyMs": """ + json + "}}");
        Assert.False(read.IsValid);
        Assert.Contains(read.Problems, p => p.PropertyName == "$.signals.latencyMs");
    }

    [Fact]
    public void A_latency_above_the_escalation_threshold_is_a_degradation_whose_reason_reads_in_milliseconds()
    {
        var policy = TriagePolicyJson.Read("""{"escalation": {"latencyAboveMs": 750}}""").GetValueOrThrow();
        Assert.Equal(Duration.FromMilliseconds(750), policy.Escalation.LatencyAbove);
        Assert.Contains("\"latencyAboveMs\": 750", TriagePolicyJson.Write(policy), StringComparison.Ordinal);
        Assert.Contains("\"latencyAboveMs\": 500", TriagePolicyJson.Write(TriagePolicy.Default), StringComparison.Ordinal);
        var negative = TriagePolicy.Validate(TriagePolicy.Default with { Escalation = EscalationDefaults() with { LatencyAbove = Duration.FromMilliseconds(-5) } });
        Assert.Contains(negative.Errors, e => e.PropertyName == "escalation.latencyAboveMs" && e.ErrorMessage == "must not be negative, got -5.");
        var invalid = TriageRequest.Validate(new TriageRequest { Tier = Tier.Starter, Subject = "s", Body = "b", Signals = new TicketSignals { Latency = Duration.FromMilliseconds(-1) } });
        Assert.Contains(invalid.Errors, e => e.PropertyName == "signals.latencyMs");
    }

    [Fact]
    public void Rebalance_shares_are_percentages_0_to_100()
    {
        var schedule = OnCallSchedule.RoundRobin(ThreeLevels(), Q1, Q1.PlusWeeks(13));
        var start = Instant.FromUtc(2026, 1, 14, 4, 0);
        CallIn Page(string who, int hour) =>
            new(who, start + Duration.FromHours(hour), start + Duration.FromHours(hour) + Duration.FromMinutes(10)) { Level = OnCallLevel.Support };
        var report = OnCallPay.Report(schedule, [Page("Marcus", 0), Page("Marcus", 1), Page("Marcus", 2), Page("Marcus", 3), Page("Sarah", 4), Page("Sarah", 5)], Q1, Q1.PlusWeeks(13).PlusDays(-1));
        var hint = Assert.Single(report.Rebalance);
        Assert.Equal(("Marcus", 4, 6, 66.67m, 25m), (hint.Person, hint.Pages, hint.LevelPages, hint.SharePercent, hint.FairSharePercent));
    }

    [Fact]
    public void A_pay_period_through_the_day_before_the_schedules_exclusive_end_covers_the_schedule_exactly()
    {
        var schedule = OnCallSchedule.RoundRobin(ThreeLevels(), Q1, Q1.PlusWeeks(2));
        var exact = OnCallPay.Report(schedule, [], schedule.From, schedule.To.PlusDays(-1));
        Assert.Equal(schedule.To.PlusDays(-1), exact.Through);
        Assert.Equal(exact.TotalPay, OnCallPayroll.Default.Build(schedule, [], schedule.From, schedule.To.PlusDays(-1)).TotalPay);
    }

    [Fact]
    public void Report_incidents_carry_the_IncidentLevel_enum()
    {
        var declared = Instant.FromUtc(2026, 1, 26, 18, 0);
        var incident = ReportIncident.From(new IncidentRecord { Id = "INC-7", Level = IncidentLevel.P2, DeclaredAt = declared });
        Assert.Equal(IncidentLevel.P2, incident.Level);
        Assert.Equal(new ReportIncident("INC-7", IncidentLevel.P2, declared) { Title = null }, incident);
    }

    private static Core.Escalation.EscalationPolicy EscalationDefaults() => TriagePolicy.Default.Escalation;

    private static string Signals(TicketSignals signals)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            TriageRequestJson.WriteSignals(writer, signals);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
