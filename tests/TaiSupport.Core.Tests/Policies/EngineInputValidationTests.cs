using FluentValidation;
using NodaTime;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Policies;

/// <summary>Engines reject invalid input one way: a <see cref="TaiValidationException"/> naming each field's path.</summary>
public sealed class EngineInputValidationTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 26, 18, 0);
    private static readonly TriageRequest Request = new() { Id = "T1", Tier = Tier.Professional, Subject = "Export fails" };

    [Fact]
    public void Triage_WithCsat11_IsRejectedWithThePath()
    {
        var bad = Request with { Signals = new TicketSignals { Csat = 11m } };

        var error = Assert.Throws<TaiValidationException>(() => TicketTriage.Default.Evaluate(bad, Now));

        Assert.IsAssignableFrom<ValidationException>(error);
        Assert.Equal("signals.csat", Assert.Single(error.Errors).PropertyName);
        Assert.Equal("triage request", error.Input);
        Assert.Equal(["signals.csat"], TriageRequest.Validate(bad).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Triage_WithAnUndefinedTier_AndOtherProblems_NamesEveryPath()
    {
        var bad = Request with
        {
            Tier = (Tier)42,
            Priority = (Priority)9,
            Signals = new TicketSignals { ErrorRatePct = 250m, FinancialImpact = -1m, SameIssueTickets = 0 },
        };

        var error = Assert.Throws<TaiValidationException>(() => TicketTriage.Default.EvaluateClassification(bad));

        Assert.Equal(
            ["priority", "signals.errorRatePct", "signals.financialImpact", "signals.sameIssueTickets", "tier"],
            error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Triage_AtTheEdgesOfEveryRange_IsAccepted()
    {
        var edge = Request with { Signals = new TicketSignals { Csat = 10m, ErrorRatePct = 100m, PlatformImpactPct = 0m, SameIssueTickets = 1, FinancialImpact = 0m } };

        Assert.True(TriageRequest.Validate(edge).IsValid);
        Assert.Equal(Tier.Professional, TicketTriage.Default.Evaluate(edge, Now).Tier);
    }

    [Fact]
    public void Incident_WithNegativeDowntime_AndA250PercentErrorRate_IsRejectedWithBothPaths()
    {
        var bad = new IncidentSignals { ApiDown = Duration.FromMinutes(-5), ErrorRatePct = 250m };

        var error = Assert.Throws<TaiValidationException>(() => IncidentDeclaration.Assess(bad, IncidentPolicy.Default));

        Assert.Equal(["apiDownMinutes", "errorRatePct"], error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Equal("incident signals", error.Input);
        Assert.Contains("errorRatePct: must be a percentage from 0 to 100, got 250.", error.Message, StringComparison.Ordinal);
        Assert.False(IncidentSignals.Validate(bad).IsValid);
    }

    [Fact]
    public void Incident_AtTheEdges_IsAssessed()
    {
        var edge = new IncidentSignals { ApiDown = Duration.Zero, ErrorRatePct = 100m, WebhookFailurePct = 0m };

        Assert.True(IncidentSignals.Validate(edge).IsValid);
        Assert.Equal(IncidentLevel.P2, IncidentDeclaration.Assess(edge, IncidentPolicy.Default).Level);
    }
}
