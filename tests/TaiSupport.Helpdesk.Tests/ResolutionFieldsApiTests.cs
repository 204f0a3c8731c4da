using System.Net;
using System.Text.Json;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// What a resolved ticket carries (§2.2.7 root-cause tag, §2.2.8 a 1–3 sentence resolution summary): given with the
/// status change, stored and logged, listed in the view while missing, and — with
/// <c>Helpdesk:RequireResolutionFields</c> — required before the ticket may be resolved.
/// </summary>
public class ResolutionFieldsApiTests : IDisposable
{
    private const string Summary = "Rotated the customer's API key. The client was sending the revoked one.";

    private readonly Scenario scenario;
    private readonly Scenario strict;

    private string Provider { get; }

    public ResolutionFieldsApiTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected ResolutionFieldsApiTests(string provider)
    {
        Provider = provider;
        scenario = new(provider: provider);
        strict = new(provider: provider, settings: new Dictionary<string, string> { ["Helpdesk:RequireResolutionFields"] = "true" });
    }

    public void Dispose()
    {
        scenario.Dispose();
        strict.Dispose();
    }

    [Fact]
    public async Task Resolve_WithRootCauseAndSummary_StoresLogsAndShowsThem()
    {
        await Create(scenario, "R-1");

        var ticket = await scenario.Client.PostOk("/api/tickets/R-1/status", $$"""{"status": "Resolved", "rootCause": "UserMisconfiguration", "resolutionSummary": "{{Summary}}"}""");

        Assert.Equal(("Resolved", "UserMisconfiguration", Summary), (Text(ticket, "status"), Text(ticket, "rootCause"), Text(ticket, "resolutionSummary")));
        Assert.Empty(ticket.GetProperty("resolutionProblems").EnumerateArray());
        var row = scenario.Row("SELECT root_cause, resolution_summary FROM tickets WHERE id = 'R-1'");
        Assert.Equal(("UserMisconfiguration", Summary), ((string?)row["root_cause"], (string?)row["resolution_summary"]));
        var logged = ticket.GetProperty("changes").EnumerateArray().Select(c => (Text(c, "field"), Text(c, "to"), Text(c, "actor"))).ToArray();
        Assert.Contains(("rootCause", "UserMisconfiguration", "lena"), logged);
        Assert.Contains(("resolutionSummary", Summary, "lena"), logged);

        scenario.Restart();
        var read = await scenario.Client.GetOk("/api/tickets/R-1");
        Assert.Equal(("UserMisconfiguration", Summary), (Text(read, "rootCause"), Text(read, "resolutionSummary")));
    }

    [Fact]
    public async Task Resolve_WithoutThem_ByDefault_ResolvesAndListsWhatIsMissing_UntilGiven()
    {
        await Create(scenario, "R-2");

        var ticket = await scenario.Client.PostOk("/api/tickets/R-2/status", """{"status": "Resolved"}""");

        Assert.Equal("Resolved", Text(ticket, "status"));
        var missing = ticket.GetProperty("resolutionProblems").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Equal(2, missing.Length);
        Assert.StartsWith("rootCause: is required once the ticket is resolved (§2.2.7)", missing[0], StringComparison.Ordinal);
        Assert.StartsWith("resolutionSummary: is required once the ticket is resolved (§2.2.8)", missing[1], StringComparison.Ordinal);

        // The same status again with the fields records them without a second status change.
        var described = await scenario.Client.PostOk("/api/tickets/R-2/status", $$"""{"status": "Resolved", "rootCause": "ProductBug", "resolutionSummary": "{{Summary}}"}""");

        Assert.Equal("ProductBug", Text(described, "rootCause"));
        Assert.Empty(described.GetProperty("resolutionProblems").EnumerateArray());
        Assert.Equal(1, scenario.Count("SELECT COUNT(*) FROM status_history WHERE ticket_id = 'R-2'"));
    }

    [Fact]
    public async Task OpenTicket_HasNoResolutionProblems()
    {
        var ticket = await Create(scenario, "R-3");

        Assert.Empty(ticket.GetProperty("resolutionProblems").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("rootCause").ValueKind);
    }

    [Theory]
    [InlineData("""{"status": "Resolved"}""", new[] { "rootCause", "resolutionSummary" })]
    [InlineData("""{"status": "Closed", "rootCause": "ThirdParty"}""", new[] { "resolutionSummary" })]
    [InlineData("""{"status": "Resolved", "resolutionSummary": "Fixed."}""", new[] { "rootCause" })]
    [InlineData("""{"status": "Resolved", "rootCause": "Other", "resolutionSummary": "One. Two. Three. Four."}""", new[] { "resolutionSummary" })]
    public async Task Resolve_WhenRequired_RefusesWhatLacksThem_NamingEachField_AndChangesNothing(string body, string[] fields)
    {
        await Create(strict, "R-4");

        using var response = await strict.Client.PostAsync("/api/tickets/R-4/status", Api.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(fields, (await response.ReadJson()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, strict.Count("SELECT COUNT(*) FROM status_history WHERE ticket_id = 'R-4'"));
        Assert.Equal(0, strict.Count("SELECT COUNT(*) FROM tickets WHERE id = 'R-4' AND root_cause IS NOT NULL"));
    }

    [Fact]
    public async Task Resolve_WhenRequired_AcceptsTheFields_AndTheyCarryOverToClosing()
    {
        await Create(strict, "R-5");
        await strict.Client.PostOk("/api/tickets/R-5/status", $$"""{"status": "Resolved", "rootCause": "InfrastructureIssue", "resolutionSummary": "{{Summary}}"}""");

        var closed = await strict.Client.PostOk("/api/tickets/R-5/status", """{"status": "Closed"}""");

        Assert.Equal(("Closed", "InfrastructureIssue"), (Text(closed, "status"), Text(closed, "rootCause")));
    }

    [Fact]
    public async Task APolicyPackFile_SetsTheResolutionFieldsRule()
    {
        // Helpdesk:PolicyFile: the pack's resolutionFields section (partial: the rest is the default) decides what a
        // resolution needs; four sentences are refused by default (above) and accepted when the pack allows five.
        var pack = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(pack, """{"resolutionFields": {"maxSentences": 5}}""");
        try
        {
            using var packed = new Scenario(provider: Provider, settings: new Dictionary<string, string>
            {
                ["Helpdesk:RequireResolutionFields"] = "true",
                ["Helpdesk:PolicyFile"] = pack,
            });
            await Create(packed, "R-7");

            var resolved = await packed.Client.PostOk("/api/tickets/R-7/status", """{"status": "Resolved", "rootCause": "Other", "resolutionSummary": "One. Two. Three. Four."}""");

            Assert.Equal("Resolved", Text(resolved, "status"));
            using var refused = await packed.Client.PostAsync("/api/tickets/R-7/status", Api.Body("""{"status": "Closed", "resolutionSummary": "One. Two. Three. Four. Five. Six."}"""));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        finally
        {
            File.Delete(pack);
        }
    }

    [Theory]
    [InlineData("""{"status": "InProgress", "rootCause": "ProductBug"}""", "rootCause", "is recorded when the ticket is resolved or closed, not with status InProgress.")]
    [InlineData("""{"status": "Open", "resolutionSummary": "Done."}""", "resolutionSummary", "is recorded when the ticket is resolved or closed, not with status Open.")]
    [InlineData("""{"status": "Resolved", "rootCause": "Gremlins"}""", "rootCause", null)]
    public async Task ResolutionFields_OutsideAResolution_OrUnknown_AreTheirFieldsProblem(string body, string field, string? message)
    {
        await Create(scenario, "R-6");

        using var response = await scenario.Client.PostAsync("/api/tickets/R-6/status", Api.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJson()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
        if (message is not null)
        {
            Assert.Equal(message, errors.GetProperty(field)[0].GetString());
        }
    }

    [Fact]
    public async Task AutoResolvedAtCreation_CarriesItsRootCauseAndSummary()
    {
        // §2.1: an API error on the auto-resolve list is closed at creation; the library gives it what §2.2.7/§2.2.8 ask.
        var ticket = await strict.Client.PostOk("/api/tickets",
            """{"id": "R-401", "tier": "Starter", "subject": "Unauthorized", "signals": {"apiErrorCode": "401"}}""", HttpStatusCode.Created);

        Assert.Equal(("Closed", "UserMisconfiguration"), (Text(ticket, "status"), Text(ticket, "rootCause")));
        Assert.Contains("(401)", Text(ticket, "resolutionSummary"), StringComparison.Ordinal);
        Assert.Empty(ticket.GetProperty("resolutionProblems").EnumerateArray());
        Assert.Equal("UserMisconfiguration", strict.Row("SELECT root_cause FROM tickets WHERE id = 'R-401'")["root_cause"]);
    }

    [Fact]
    public async Task ADatabaseOfVersion4_IsMigrated_AndItsTicketsReadWithoutResolutionFields()
    {
        await Create(scenario, "R-7");
        scenario.Execute(OlderSchema);

        scenario.Restart();

        var read = await scenario.Client.GetOk("/api/tickets/R-7");
        Assert.Equal(JsonValueKind.Null, read.GetProperty("rootCause").ValueKind);
        var resolved = await scenario.Client.PostOk("/api/tickets/R-7/status", $$"""{"status": "Resolved", "rootCause": "Other", "resolutionSummary": "{{Summary}}"}""");
        Assert.Equal("Other", Text(resolved, "rootCause"));
    }

    /// <summary>Takes the database back to schema version 4 (no resolution columns), as an older helpdesk left it.</summary>
    protected virtual string OlderSchema => "ALTER TABLE tickets DROP COLUMN root_cause; ALTER TABLE tickets DROP COLUMN resolution_summary; PRAGMA user_version = 4;";

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static Task<JsonElement> Create(Scenario on, string id) =>
        on.Client.PostOk("/api/tickets", $$"""{"id": "{{id}}", "tier": "Professional", "subject": "Webhook retries"}""", HttpStatusCode.Created);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class ResolutionFieldsApiOnPostgres() : ResolutionFieldsApiTests(TestDatabase.Postgres)
{
    /// <inheritdoc/>
    protected override string OlderSchema => "ALTER TABLE tickets DROP COLUMN root_cause; ALTER TABLE tickets DROP COLUMN resolution_summary; UPDATE helpdesk_schema SET version = 4;";
}
