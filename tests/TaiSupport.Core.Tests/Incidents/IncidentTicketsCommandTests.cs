using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>The <c>tai incident-tickets</c> commands (docs/incident-tickets.md).</summary>
public sealed class IncidentTicketsCommandTests
{
    /// <summary>The manual's example incident's 16 tickets from 12 customers (as in <see cref="IncidentTicketsTests"/>).</summary>
    internal const string Tickets = """
        {"id":"T-101","customer":"C01","tier":"Enterprise","openedAt":"2026-02-10T13:55:00-08:00","category":"Integration","text":"Getting a database timeout on every call","phone":"+1-555-0101"}
        {"id":"T-102","customer":"C02","tier":"Enterprise","openedAt":"2026-02-10T14:00:00-08:00","category":"Integration","text":"API requests time out with 502"}
        {"id":"T-103","customer":"C03","tier":"Enterprise","openedAt":"2026-02-10T14:05:00-08:00","category":"Integration","text":"Getting a database timeout on every call"}
        {"id":"T-104","customer":"C04","tier":"Enterprise","openedAt":"2026-02-10T14:10:00-08:00","category":"Integration","text":"API requests time out with 502","phone":"+1-555-0104"}
        {"id":"T-105","customer":"C05","tier":"Enterprise","openedAt":"2026-02-10T14:15:00-08:00","category":"Integration","text":"Getting a database timeout on every call"}
        {"id":"T-106","customer":"C06","tier":"Professional","openedAt":"2026-02-10T14:20:00-08:00","category":"Integration","text":"API requests time out with 502"}
        {"id":"T-107","customer":"C07","tier":"Professional","openedAt":"2026-02-10T14:25:00-08:00","category":"Integration","text":"Getting a database timeout on every call"}
        {"id":"T-108","customer":"C08","tier":"Professional","openedAt":"2026-02-10T14:30:00-08:00","category":"Integration","text":"API requests time out with 502"}
        {"id":"T-109","customer":"C09","tier":"Professional","openedAt":"2026-02-10T14:35:00-08:00","category":"Integration","text":"Getting a database timeout on every call"}
        {"id":"T-110","customer":"C10","tier":"Professional","openedAt":"2026-02-10T14:40:00-08:00","category":"Integration","text":"API requests time out with 502"}
        {"id":"T-111","customer":"C11","tier":"Professional","openedAt":"2026-02-10T14:45:00-08:00","category":"Integration","text":"Getting a database timeout on every call"}
        {"id":"T-112","customer":"C12","tier":"Professional","openedAt":"2026-02-10T14:50:00-08:00","category":"Integration","text":"API requests time out with 502"}
        {"id":"T-113","customer":"C01","tier":"Enterprise","openedAt":"2026-02-10T14:55:00-08:00","category":"Integration","text":"Getting a database timeout on every call","phone":"+1-555-0113"}
        {"id":"T-114","customer":"C02","tier":"Enterprise","openedAt":"2026-02-10T15:00:00-08:00","category":"Integration","text":"API requests time out with 502"}
        {"id":"T-115","customer":"C03","tier":"Enterprise","openedAt":"2026-02-10T15:05:00-08:00","category":"Integration","text":"Getting a database timeout on every call"}
        {"id":"T-116","customer":"C04","tier":"Enterprise","openedAt":"2026-02-10T15:10:00-08:00","category":"Integration","text":"API requests time out with 502","phone":"+1-555-0116"}
        """;

    internal const string Incoming = """
        {"id":"W0","customer":"E0","tier":"Enterprise","openedAt":"2026-03-03T09:00:00-08:00","text":"Webhooks stopped arriving"}
        {"id":"W1","customer":"E1","tier":"Enterprise","openedAt":"2026-03-03T09:03:20-08:00","text":"no webhook since 9am"}
        {"id":"W2","customer":"E2","tier":"Enterprise","openedAt":"2026-03-03T09:06:40-08:00","text":"Webhooks stopped arriving"}
        {"id":"W3","customer":"E3","tier":"Enterprise","openedAt":"2026-03-03T09:10:00-08:00","text":"no webhook since 9am"}
        {"id":"W4","customer":"E4","tier":"Enterprise","openedAt":"2026-03-03T09:13:20-08:00","text":"Webhooks stopped arriving"}
        {"id":"W5","customer":"E5","tier":"Enterprise","openedAt":"2026-03-03T09:16:40-08:00","text":"no webhook since 9am"}
        {"id":"W6","customer":"E6","tier":"Enterprise","openedAt":"2026-03-03T09:20:00-08:00","text":"Webhooks stopped arriving"}
        {"id":"P1","customer":"P","tier":"Professional","openedAt":"2026-03-03T09:00:00-08:00","text":"webhook retries"}
        """;

    [Fact]
    public void Impact_CountsCustomersByTier_AndListsOneActionPerChannel()
    {
        var (exit, output, _) = CliRunner.Run(Tickets, "incident-tickets", "impact", "--input", "-");
        Assert.Equal(0, exit);
        Assert.StartsWith("""{"customers":12,"tickets":16,"byTier":[{"tier":"Enterprise","customers":5,"tickets":9},{"tier":"Professional","customers":7,"tickets":7}],""", output);
        Assert.Contains("""note":"all Professional/Enterprise tiers","scope":"widespread","channels":[{"action":"updateStatusPage","channel":"statusPage","target":"status.tai.ai","within":"PT15M",""", output);
        Assert.Contains("""{"action":"callEnterpriseCustomer","channel":"phone","target":"+1-555-0104",""", output);
    }

    [Fact]
    public void Impact_Links_AreCountedOnceWhateverTheirOrder()
    {
        var (_, a, _) = CliRunner.Run(Tickets, "incident-tickets", "impact", "--input", "-", "--link", "T-101,T-113,T-102", "--link", "T-999");
        var (_, b, _) = CliRunner.Run(Tickets, "incident-tickets", "impact", "--input", "-", "--link", "T-999,T-102", "--link", "T-113", "--link", "T-101,T-101");
        Assert.Equal(a, b);
        Assert.StartsWith("""{"customers":2,"tickets":3,""", a);
        Assert.Contains("""unknownTickets":["T-999"],"note":"all Enterprise tier","scope":"widespread",""", a);
    }

    [Fact]
    public void Impact_WithTheIncident_PrintsTheManualsNotice_CountedFromTheLinks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"incident-{Guid.NewGuid():N}.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(IncidentExamples.Json)!.AsObject();
        json["impact"] = new System.Text.Json.Nodes.JsonObject { ["failedRequests"] = 8234, ["totalRequests"] = 120000 };
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            var (exit, output, error) = CliRunner.Run(Tickets, "incident-tickets", "impact", "--input", "-", "--incident", path);
            Assert.True(exit == 0, error);
            Assert.Contains("- Affected Customers: 12 (all Professional/Enterprise tiers)\n- Errors: 8,234 failed requests (out of 120,000 total)", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Cluster_SevenEnterpriseWebhookTickets_AreOneLine()
    {
        var (exit, output, _) = CliRunner.Run(Incoming, "incident-tickets", "cluster", "--input", "-");
        Assert.Equal(0, exit);
        Assert.Equal(
            """{"word":"webhook","tier":"Enterprise","tickets":["W0","W1","W2","W3","W4","W5","W6"],"first":"2026-03-03T09:00:00-08:00","last":"2026-03-03T09:20:00-08:00","summary":"7 Enterprise tickets mentioning webhooks in 20m (window 20m): possible incident"}""",
            Assert.Single(CliRunner.Lines(output)));
    }

    [Fact]
    public void Cluster_BadLine_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliRunner.Run("""{"id":"x","tier":"Gold"}""", "incident-tickets", "cluster", "--input", "-");
        Assert.Equal(2, exit);
        Assert.Contains("line 1: customer: is required.", error);
    }

    [Fact]
    public void Impact_Fuzz_MutatedLines_NeverCrash() => CliFuzz.Run(1632, 200, Tickets, false, "incident-tickets", "impact", "--input", "-");

    [Fact]
    public void Cluster_Fuzz_MutatedLines_NeverCrash() => CliFuzz.Run(1633, 200, Incoming, false, "incident-tickets", "cluster", "--input", "-");
}
