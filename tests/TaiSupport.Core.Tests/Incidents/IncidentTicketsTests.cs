using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>Manual §3.2 phase 2 and 5, §3.3, §1.3: incidents tied to their tickets, channels, closure.</summary>
public sealed class IncidentTicketsTests
{
    private static readonly Instant Declared = IncidentExamples.Record.DeclaredAt;

    /// <summary>
    /// The tickets of the manual's example incident: 12 customers (5 Enterprise, 7 Professional) filed 16 tickets between
    /// 1:50 and 3:05 PM; two Enterprise customers gave a phone number. Also two tickets outside the incident.
    /// </summary>
    internal static IncidentTicket[] ExampleTickets { get; } =
    [
        .. Enumerable.Range(1, 16).Select(i => new IncidentTicket
        {
            TicketId = $"T-{100 + i}",
            CustomerId = $"C{(i - 1) % 12 + 1:00}",
            Tier = (i - 1) % 12 < 5 ? Tier.Enterprise : Tier.Professional,
            OpenedAt = Declared + Duration.FromMinutes(-10 + (i * 5)),
            Category = "Integration",
            Text = i % 2 == 0 ? "API requests time out with 502" : "Getting a database timeout on every call",
            Phone = (i - 1) % 12 is 0 or 3 ? $"+1-555-01{i:00}" : null,
        }),
        new IncidentTicket { TicketId = "T-090", CustomerId = "C20", Tier = Tier.Starter, OpenedAt = Declared - Duration.FromHours(3), Text = "timeout" },
        new IncidentTicket { TicketId = "T-200", CustomerId = "C21", Tier = Tier.Starter, OpenedAt = Declared + Duration.FromMinutes(20), Category = "Billing", Text = "invoice question" },
    ];

    private static readonly string[] ExampleLinks = [.. Enumerable.Range(1, 16).Select(i => $"T-{100 + i}")];

    [Fact]
    public void Affected_TheManualsExample_Is12CustomersAllProfessionalEnterprise()
    {
        var affected = IncidentTickets.Affected([.. ExampleLinks, "T-105", "T-999"], ExampleTickets);
        Assert.Equal(12, affected.Customers);
        Assert.Equal(16, affected.Tickets);
        Assert.Equal([new TierCount(Tier.Enterprise, 5, 9), new TierCount(Tier.Professional, 7, 7)], affected.ByTier.ToArray());
        Assert.Equal("all Professional/Enterprise tiers", affected.Note);
        Assert.Equal("widespread", affected.Scope);
        Assert.Equal(["T-999"], affected.UnknownTickets.ToArray());
    }

    [Fact]
    public void ResolutionNotice_FromLinkedTicketsAndIncidentData_IsTheManualsNotice()
    {
        var typed = IncidentExamples.Record;
        var affected = IncidentTickets.Affected(ExampleLinks, ExampleTickets);
        var fromLinks = typed with { Impact = affected.ApplyTo(new IncidentImpact { FailedRequests = 8234, TotalRequests = 120_000 }) };
        var notice = IncidentMessages.RenderResolutionNotice(fromLinks, IncidentPolicy.Default);
        Assert.Contains("- Affected Customers: 12 (all Professional/Enterprise tiers)\n- Errors: 8,234 failed requests (out of 120,000 total)", notice.Text);
        Assert.Equal(IncidentMessages.RenderResolutionNotice(typed, IncidentPolicy.Default).Text, notice.Text);
        Assert.Equal(IncidentMessages.RenderPostMortem(typed, IncidentPolicy.Default).Text, IncidentMessages.RenderPostMortem(fromLinks, IncidentPolicy.Default).Text);
    }

    [Fact]
    public void Affected_NoteAndScope_FollowTheTiers()
    {
        var starter = IncidentTickets.Affected(["T-101", "T-090"], ExampleTickets);
        Assert.Null(starter.Note);
        Assert.Equal("all Enterprise tier", IncidentTickets.Affected(["T-101", "T-113"], ExampleTickets).Note);
        Assert.Equal("single-customer", IncidentTickets.Affected(["T-101", "T-113"], ExampleTickets).Scope);
        Assert.Equal("none", IncidentTickets.Affected([], ExampleTickets).Scope);
    }

    [Fact]
    public void Suggest_TicketsInTheWindow_MatchingCategoryOrEvidence()
    {
        var evidence = new IncidentEvidence("Integration", ["timeout", "502"]);
        var suggestions = IncidentTickets.Suggest(IncidentExamples.Record, evidence, ExampleTickets, Declared + Duration.FromDays(1), IncidentTicketPolicy.Default);
        Assert.Equal(ExampleLinks, suggestions.Select(s => s.TicketId).Order(StringComparer.Ordinal));
        Assert.Equal(["opened 2026-02-10T13:55:00-08:00, inside the incident's window", "category Integration", "mentions timeout"], suggestions[0].Reasons.ToArray());
        Assert.DoesNotContain(suggestions, s => s.TicketId is "T-090" or "T-200");
    }

    [Fact]
    public void Suggest_WindowEdges_30MinutesBefore_1HourAfterResolution()
    {
        var evidence = new IncidentEvidence(null, ["timeout"]);
        var resolved = IncidentExamples.Record.ResolvedAt!.Value;
        IncidentTicket At(string id, Instant at) => new() { TicketId = id, CustomerId = id, Tier = Tier.Starter, OpenedAt = at, Text = "timeout" };
        IncidentTicket[] tickets =
        [
            At("in-before", Declared - Duration.FromMinutes(30)), At("out-before", Declared - Duration.FromMinutes(31)),
            At("in-after", resolved + Duration.FromHours(1)), At("out-after", resolved + Duration.FromMinutes(61)),
        ];
        var ids = IncidentTickets.Suggest(IncidentExamples.Record, evidence, tickets, resolved + Duration.FromDays(1), IncidentTicketPolicy.Default).Select(s => s.TicketId);
        Assert.Equal(["in-before", "in-after"], ids);
    }

    [Fact]
    public void Clusters_SevenEnterpriseWebhookTicketsIn20Minutes_AreAPossibleIncident()
    {
        var start = Instant.FromUtc(2026, 3, 3, 17, 0);
        var tickets = Enumerable.Range(0, 7).Select(i => new IncidentTicket
        {
            TicketId = $"W{i}", CustomerId = $"E{i}", Tier = Tier.Enterprise, OpenedAt = start + Duration.FromMinutes(i * 20 / 6.0),
            Text = i % 2 == 0 ? "Webhooks stopped arriving" : "no webhook since 9am",
        }).Append(new IncidentTicket { TicketId = "P1", CustomerId = "P", Tier = Tier.Professional, OpenedAt = start, Text = "webhook" });
        var cluster = Assert.Single(IncidentTickets.Clusters(tickets, IncidentTicketPolicy.Default));
        Assert.Equal("7 Enterprise tickets mentioning webhooks in 20m (window 20m): possible incident", cluster.Summary);
        Assert.Equal(["W0", "W1", "W2", "W3", "W4", "W5", "W6"], cluster.TicketIds.ToArray());
        Assert.Equal(start, cluster.First);
    }

    [Fact]
    public void Clusters_FiveInExactly20Minutes_Flag_FiveIn20Minutes1Second_DoNot()
    {
        var start = Instant.FromUtc(2026, 3, 3, 17, 0);
        IncidentTicket[] Five(Duration spread) => [.. Enumerable.Range(0, 5).Select(i => new IncidentTicket
        {
            TicketId = $"T{i}", CustomerId = $"C{i}", Tier = Tier.Professional, OpenedAt = start + (i == 4 ? spread : Duration.FromMinutes(i)), Text = "login fails",
        })];
        Assert.Single(IncidentTickets.Clusters(Five(Duration.FromMinutes(20)), IncidentTicketPolicy.Default));
        Assert.Empty(IncidentTickets.Clusters(Five(Duration.FromMinutes(20) + Duration.FromSeconds(1)), IncidentTicketPolicy.Default));
        Assert.Empty(IncidentTickets.Clusters(Five(Duration.FromMinutes(5)).Take(4), IncidentTicketPolicy.Default));
    }

    [Fact]
    public void Mentions_WholeWordsOnly()
    {
        Assert.True(IncidentTickets.Mentions("Our WEBHOOKS fail", "webhook"));
        Assert.False(IncidentTickets.Mentions("webhookery", "webhook"));
        Assert.False(IncidentTickets.Mentions("error 5000", "500"));
        Assert.True(IncidentTickets.Mentions("HTTP 500.", "500"));
    }

    [Fact]
    public void Channels_StatusPage_EmailEachEnterprise_CallWhereAPhoneIsKnown_SlackLog()
    {
        var affected = IncidentTickets.Affected(ExampleLinks, ExampleTickets);
        var actions = IncidentFollowUp.Channels(affected, ExampleTickets, IncidentPolicy.Default);
        Assert.Equal("statusPage", actions[0].Channel);
        Assert.Equal("#support-critical", actions[^1].Target);
        Assert.Equal(["C01", "C02", "C03", "C04", "C05"], actions.Where(a => a.Channel == "email").Select(a => a.Target));
        Assert.Equal(["+1-555-0101", "+1-555-0104"], actions.Where(a => a.Channel == "phone").Select(a => a.Target));
        Assert.DoesNotContain(actions, a => a.Target is "C06" or "C12");
        Assert.Equal(9, actions.Length);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void DataAtRisk_IsAnImmediateEscalationToVpProduct(bool dataLoss, bool breach, bool fires)
    {
        var action = IncidentFollowUp.DataAtRisk(new IncidentSignals { DataLoss = dataLoss, SecurityBreach = breach }, out var trace);
        Assert.Equal(fires, action is not null);
        Assert.Equal(fires ? "incident.data-at-risk.fired" : "incident.data-at-risk", trace.Rule);
        if (fires)
        {
            Assert.Equal("escalateToVpProduct", action!.Action);
            Assert.Equal(Duration.Zero, action.Within);
        }
    }

    [Fact]
    public void Closure_PostMortem24Hours_Archive90Days_VerifyIn1Week_ActionItems()
    {
        var incident = IncidentExamples.Record with { ActionItems = [new ActionItem("Improve monitoring", "Sarah", new LocalDate(2026, 2, 20))] };
        var resolved = incident.ResolvedAt!.Value;
        var day = Duration.FromHours(24);

        var onTime = IncidentFollowUp.Closure(incident, null, null, resolved + day, IncidentPolicy.Default);
        Assert.Equal(["publishPostMortem", "archive", "verifyFixes", "actionItem"], onTime.Select(t => t.Task));
        Assert.Equal(resolved + day, onTime[0].Due);
        Assert.False(onTime[0].Overdue);
        Assert.True(IncidentFollowUp.Closure(incident, null, null, resolved + day + Duration.FromMinutes(1), IncidentPolicy.Default)[0].Overdue);
        Assert.True(IncidentFollowUp.Closure(incident, resolved + day, null, resolved + Duration.FromDays(3), IncidentPolicy.Default)[0].Done);

        var archive = Duration.FromDays(90);
        Assert.False(IncidentFollowUp.Closure(incident, null, null, resolved + archive, IncidentPolicy.Default)[1].Overdue);
        Assert.True(IncidentFollowUp.Closure(incident, null, null, resolved + archive + Duration.FromMinutes(1), IncidentPolicy.Default)[1].Overdue);

        Assert.Equal(incident.PostMortemHeldAt!.Value + Duration.FromDays(7), onTime[2].Due);
        Assert.Equal("Improve monitoring - Owner: Sarah", onTime[3].Description);
        Assert.Equal(Instant.FromUtc(2026, 2, 21, 8, 0), onTime[3].Due);
        Assert.Empty(IncidentFollowUp.Closure(incident with { ResolvedAt = null }, null, null, resolved, IncidentPolicy.Default));
    }
}
