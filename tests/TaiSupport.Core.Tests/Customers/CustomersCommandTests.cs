using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Customers;

/// <summary>The <c>tai customers health</c> command (docs/customer-health.md).</summary>
public sealed class CustomersCommandTests
{
    private const string Now = "2026-03-02T09:00:00-08:00";

    /// <summary>The input shown in docs/customer-health.md: each threshold on both sides, and a bad line.</summary>
    internal const string Input = """
        {"id":"acme","tier":"Enterprise","lastApiCallAt":"2026-02-16T09:00:00-08:00","csat":[{"at":"2026-02-20T10:00:00-08:00","score":9}]}
        {"id":"globex","tier":"Enterprise","lastApiCallAt":"2026-02-16T09:01:00-08:00"}
        {"id":"initech","tier":"Professional","lastApiCallAt":"2026-03-01T12:00:00-08:00","csat":[{"at":"2026-02-27T15:00:00-08:00","score":8},{"at":"2026-03-02T07:30:00-08:00","score":4,"ticket":"T-88"}]}
        {"id":"umbrella","tier":"Starter","lastApiCallAt":"2026-03-02T06:00:00-08:00","csat":[{"at":"2026-03-01T10:00:00-08:00","score":5}],"sameIssueTickets":[{"ticket":"T-70","issue":"webhook-retries","openedAt":"2026-02-23T10:00:00-08:00"},{"ticket":"T-75","issue":"webhook-retries","openedAt":"2026-02-26T11:00:00-08:00"}]}
        {"id":"hooli","tier":"Professional","lastApiCallAt":"2026-03-02T06:00:00-08:00","sameIssueTickets":[{"ticket":"T-71","issue":"webhook-retries","openedAt":"2026-02-23T10:00:00-08:00"},{"ticket":"T-76","issue":"webhook-retries","openedAt":"2026-02-26T11:00:00-08:00"},{"ticket":"T-81","issue":"webhook-retries","openedAt":"2026-03-01T16:00:00-08:00"}]}
        {"id":"bad","tier":"Gold","csat":[{"at":"yesterday","score":11}]}
        """;

    [Fact]
    public void Health_EachCustomer_GetsItsTriggersOrAnError_OnBothSidesOfEachThreshold()
    {
        var (exit, output, error) = CliRunner.Run(Input, "customers", "health", "--input", "-", "--now", Now);
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("""{"id":"acme","healthy":false,"triggers":[{"trigger":"inactive","since":"2026-03-02T09:00:00-08:00","reason":"no API call for 336h ≥ 336h","actions":[{"action":"alertCsm","within":"PT24H","due":"2026-03-03T09:00:00-08:00","overdue":false,""", lines[0]);
        Assert.StartsWith("""{"id":"globex","healthy":true,""", lines[1]);
        Assert.Contains(""""reason":"last API call 335h 59m ago is less than 336h"""", lines[1]);
        Assert.Contains("""trigger":"lowCsat","since":"2026-03-02T07:30:00-08:00","reason":"latest CSAT 4 on T-88 < 5","actions":[{"action":"alertCsm","within":"PT1H","due":"2026-03-02T08:30:00-08:00","overdue":true""", lines[2]);
        Assert.StartsWith("""{"id":"umbrella","healthy":true,""", lines[3]);
        Assert.Contains("2 ticket(s) on issue 'webhook-retries' < 3", lines[3]);
        Assert.Contains(""""trigger":"sameIssue","since":"2026-03-01T16:00:00-08:00","reason":"3 tickets on issue 'webhook-retries' ≥ 3"""", lines[4]);
        Assert.Contains("csat[0].at: \\\"yesterday\\\" is not a date-time with offset", lines[5]);
        Assert.Contains("tier: \\\"Gold\\\" is not a tier; use one of Starter, Professional, Enterprise.", lines[5]);
        Assert.Contains("line 6 (id \"bad\")", error);
    }

    [Fact]
    public void Health_List_PrintsOnlyCustomersNeedingAction_MostUrgentFirst()
    {
        var good = string.Join('\n', Input.Split('\n').Take(5));
        var (exit, output, _) = CliRunner.Run(good, "customers", "health", "--input", "-", "--now", Now, "--list");
        Assert.Equal(0, exit);
        var lines = CliRunner.Lines(output);
        Assert.Equal("Customer health 2026-03-02T09:00:00-08:00: 3 of 5 customers need action (§4.3)", lines[0]);
        Assert.Equal(["- initech", "- hooli", "- acme"], lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("alertCsm: due 2026-03-02T08:30:00-08:00 OVERDUE — Alert CSM within 1 hour", lines);
    }

    [Fact]
    public void Health_List_BadLine_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliRunner.Run(Input, "customers", "health", "--input", "-", "--now", Now, "--list");
        Assert.Equal(2, exit);
        Assert.Contains("line 6: tier: \"Gold\" is not a tier; use one of Starter, Professional, Enterprise. csat[0].at:", error);
    }

    [Fact]
    public void Health_ScoreOutOfRange_IsNamedByItsPath()
    {
        var (exit, output, _) = CliRunner.Run("""{"id":"x","csat":[{"at":"2026-03-01T10:00:00-08:00","score":11},{"at":"2026-03-01T11:00:00-08:00","score":-1}]}""", "customers", "health", "--input", "-", "--now", Now);
        Assert.Equal(1, exit);
        Assert.Equal("""{"id":"x","error":"csat[0].score: must be between 0 and 10, got 11. csat[1].score: must be between 0 and 10, got -1."}""", CliRunner.Lines(output).Single());
    }

    [Fact]
    public void Health_Fuzz_MutatedLines_NeverCrash() => CliFuzz.Run(416, 300, Input, "customers", "health", "--input", "-", "--now", Now);
}
