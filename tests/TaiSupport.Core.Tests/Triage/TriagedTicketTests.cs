using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>The ticket a triage decision opens (§2.1, D12): a host stores it as is; auto-resolve is the library's step.</summary>
public sealed class TriagedTicketTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 26, 18, 0);

    [Fact]
    public void AutoResolvedApiError_IsClosedAtCreation_WithTheAutoResponseAsFirstResponse()
    {
        // §2.1: "API Error? … in auto-resolve list (401, 429, malformed JSON) → Send auto-response + close ticket".
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Professional, Subject = "401", Signals = new TicketSignals { ApiErrorCode = "401" } }, Now);

        var opened = TriagedTicket.Open(result, "T-1", Now, "Marcus");

        Assert.Equal(TicketRoute.AutoResolve, result.Route);
        Assert.Equal(TicketStatus.Closed, opened.Ticket.Status);
        Assert.Equal(Now, opened.Ticket.FirstResponseAt);
        Assert.Equal(new StatusChange(Now, TicketStatus.Closed), Assert.Single(opened.Ticket.StatusChanges));
        Assert.Equal(TriagedTicket.AutoResolveRule, opened.Trace[^1].Rule);
        Assert.Equal(result.Trace.Length + 1, opened.Trace.Length);
        Assert.Equal(SlaState.Met, SlaEvaluator.Default.Evaluate(opened.Ticket, Now).FirstResponseState);
    }

    [Theory]
    [InlineData("401")]
    [InlineData("429")]
    [InlineData("malformedJson")]
    public void AutoResolvedApiError_CarriesTheFieldsAClosedTicketMustHave(string code)
    {
        // §2.2.7, §2.2.8: a closed ticket carries a root-cause tag and a 1-3 sentence summary; every auto-resolve code is
        // fixed on the caller's side.
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Starter, Subject = "error", Signals = new TicketSignals { ApiErrorCode = code } }, Now);

        var opened = TriagedTicket.Open(result, "T-3", Now);

        Assert.Equal(RootCause.UserMisconfiguration, opened.Ticket.RootCause);
        Assert.Contains($"({code})", opened.Ticket.ResolutionSummary, StringComparison.Ordinal);
        Assert.Equal(1, ResolutionFields.Sentences(opened.Ticket.ResolutionSummary));
        Assert.True(ResolutionFields.Check(opened.Ticket, ResolutionFieldsPolicy.Default).IsValid);
        Assert.True(Ticket.Validate(opened.Ticket).IsValid);
    }

    [Fact]
    public void AnyOtherRoute_OpensTheTicketWithTriagesFields_AndTriagesTrace()
    {
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Enterprise, Subject = "down", Signals = new TicketSignals { ProductionDown = true } }, Now);

        var opened = TriagedTicket.Open(result, "T-2", Now, "Marcus");

        Assert.NotEqual(TicketRoute.AutoResolve, result.Route);
        Assert.Equal((Tier.Enterprise, result.Priority, result.Category, Now, "Marcus", TicketStatus.Open, (Instant?)null),
            (opened.Ticket.Tier, opened.Ticket.Priority, opened.Ticket.Category, opened.Ticket.CreatedAt, opened.Ticket.Assignee, opened.Ticket.Status, opened.Ticket.FirstResponseAt));
        Assert.Equal(result.Trace, opened.Trace);
        Assert.Equal((null, null), (opened.Ticket.RootCause, opened.Ticket.ResolutionSummary));
        Assert.True(Ticket.Validate(opened.Ticket).IsValid);
    }
}
