using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary><c>tai runbooks list|for</c> and <c>tai feature-requests review</c>, run in-process.</summary>
public sealed class RunbooksCliTests
{
    private static (int Exit, string Out, string Err) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    private static JsonElement[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void List_WritesEveryRunbookWithItsLinks()
    {
        var (exit, output, error) = Run(string.Empty, "runbooks", "list");
        Assert.Equal((0, string.Empty), (exit, error));
        var lines = Lines(output);
        Assert.Equal(RunbookLibrary.Default.Runbooks.Length, lines.Length);
        var first = lines[0];
        Assert.Equal("api-errors/401-unauthorized", first.GetProperty("id").GetString());
        Assert.Equal("API key invalid", first.GetProperty("title").GetString());
        Assert.Equal(["401"], first.GetProperty("autoResolve").EnumerateArray().Select(e => e.GetString()));
        var churn = lines.Single(l => l.GetProperty("id").GetString() == "escalation-playbooks/customer-churn-risk");
        Assert.Equal(["ChurnEscalation"], churn.GetProperty("routes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void For_WritesTheRunbookAndAutoReplyPerTicket_AndErrorLinesInPlace()
    {
        var input = """
            {"id":"A","tier":"Starter","subject":"Getting 401 Unauthorized","body":"Since we rotated keys."}
            {"id":"B","tier":"Professional","subject":"Idea","body":"Feature request: dark mode would be awesome."}
            {"id":"C","tier":"Gold"}
            {"id":"D","tier":"Enterprise","subject":"Production down","body":"Every call fails since 9:10."}
            """;
        var (exit, output, error) = Run(input, "runbooks", "for", "--input", "-", "--now", "2026-01-26T10:00:00-08:00");
        Assert.Equal(1, exit);
        var lines = Lines(output);
        Assert.Equal(["A", "B", "C", "D"], lines.Select(l => l.GetProperty("id").GetString()));

        Assert.Equal("AutoResolve", lines[0].GetProperty("route").GetString());
        Assert.Equal("api-errors/401-unauthorized", lines[0].GetProperty("runbook").GetString());
        Assert.Equal("API key invalid", lines[0].GetProperty("title").GetString());
        Assert.StartsWith("Your API key was not accepted", lines[0].GetProperty("autoReply").GetString(), StringComparison.Ordinal);

        Assert.Equal("FeatureRequestLog", lines[1].GetProperty("route").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("runbook").ValueKind);
        Assert.Equal(RunbookLibrary.FeatureRequestTemplate, lines[1].GetProperty("autoReply").GetString());

        Assert.Contains("tier", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 3", error, StringComparison.Ordinal);

        Assert.Equal("Critical", lines[3].GetProperty("priority").GetString());
        Assert.Equal("incidents/api-down", lines[3].GetProperty("runbook").GetString());
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("autoReply").ValueKind);
    }

    [Fact]
    public void For_WithAMissingFileOrBadNow_ExitsTwo()
    {
        Assert.Equal(2, Run(string.Empty, "runbooks", "for", "--input", "/nonexistent/tickets.jsonl").Exit);
        var (exit, _, error) = Run("{\"id\":\"A\",\"tier\":\"Starter\"}", "runbooks", "for", "--input", "-", "--now", "yesterday");
        Assert.Equal(2, exit);
        Assert.Contains("--now", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CountsTheMonthByThemeAndTier_InTheGivenZone()
    {
        var input = """
            {"ticketId":"F1","at":"2026-01-05T10:00:00-08:00","tier":"Enterprise","theme":"SSO"}
            {"ticketId":"F2","at":"2026-01-20T10:00:00-08:00","tier":"Professional","theme":"sso"}
            {"ticketId":"F3","at":"2026-01-21T10:00:00-08:00","tier":"Starter","theme":"export"}
            {"ticketId":"F4","at":"2026-02-01T07:30:00Z","tier":"Starter"}

            {"ticketId":"F5","at":"2026-02-03T10:00:00-08:00","tier":"Starter","theme":"export"}
            """;
        var (exit, output, error) = Run(input, "feature-requests", "review", "--input", "-", "--month", "2026-01");
        Assert.Equal((0, string.Empty), (exit, error));
        var review = Lines(output).Single();
        Assert.Equal("2026-01", review.GetProperty("month").GetString());
        Assert.Equal("America/Los_Angeles", review.GetProperty("zone").GetString());

        // F4 is 2026-01-31 23:30 in Los Angeles: January there, February in UTC.
        Assert.Equal(4, review.GetProperty("total").GetInt32());
        Assert.Equal(
            [("sso", 2), ("export", 1), ("other", 1)],
            review.GetProperty("byTheme").EnumerateArray().Select(t => (t.GetProperty("theme").GetString(), t.GetProperty("count").GetInt32())));
        Assert.Equal(2, review.GetProperty("byTier").GetProperty("Starter").GetInt32());
        Assert.Equal(1, review.GetProperty("byThemeAndTier").GetProperty("sso").GetProperty("Enterprise").GetInt32());

        var utc = Lines(Run(input, "feature-requests", "review", "--input", "-", "--month", "2026-01", "--zone", "UTC").Out).Single();
        Assert.Equal(3, utc.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Review_WithBadLines_ListsEveryProblemAndExitsTwo_WithoutAReview()
    {
        var input = """
            {"ticketId":"F1","at":"2026-01-05T10:00:00-08:00","tier":"Enterprise","theme":"sso"}
            {"ticketId":"F2","at":"soon","tier":"Gold"}
            not json
            """;
        var (exit, output, error) = Run(input, "feature-requests", "review", "--input", "-", "--month", "2026-01");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("line 2: at:", error, StringComparison.Ordinal);
        Assert.Contains("tier: \"Gold\" is not a tier", error, StringComparison.Ordinal);
        Assert.Contains("line 3: not valid JSON", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--month", "January", "--month")]
    [InlineData("--zone", "Mars/Olympus", "--zone")]
    public void Review_WithABadOption_ExitsTwoNamingIt(string option, string value, string named)
    {
        var args = new List<string> { "feature-requests", "review", "--input", "-", "--month", "2026-01" };
        if (option == "--month")
        {
            args[^1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, output, error) = Run(string.Empty, [.. args]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: " + named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_WithoutMonth_IsAMalformedCommandLine()
    {
        Assert.Equal(1, Run(string.Empty, "feature-requests", "review", "--input", "-").Exit);
    }

    [Fact]
    public void Fuzz_RunbooksFor_MutatedLines_EachGetOneOutputLine_NoStackTrace()
    {
        const string valid = """{"id":"A","tier":"Starter","subject":"Getting 401 Unauthorized","body":"Since we rotated keys.","signals":{"csat":4}}""";
        var random = new Random(1515);
        var lines = new List<string> { valid };
        while (lines.Count < 300)
        {
            var mutated = random.Next(2) == 0 ? Json.ReaderFuzzTests.MutateText(valid, random) : Json.ReaderFuzzTests.MutateField(valid, random);
            lines.Add(mutated.Replace("\n", " ", StringComparison.Ordinal).TrimStart('\uFEFF'));
        }

        var (exit, output, error) = Run(string.Join('\n', lines), "runbooks", "for", "--input", "-", "--now", "2026-01-26T10:00:00-08:00");
        Assert.Contains(exit, new[] { 0, 1 });
        Json.CrashReproducerTests.AssertNoStackTrace(error);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        var written = Lines(output);
        Assert.Equal(lines.Count(l => !string.IsNullOrWhiteSpace(l.Replace("\r", string.Empty, StringComparison.Ordinal))), written.Length);
        Assert.False(written[0].TryGetProperty("error", out _));
    }

    [Fact]
    public void Fuzz_FeatureRequestReview_MutatedLogs_ReviewOrExitTwo_NoStackTrace()
    {
        const string valid = """{"ticketId":"F1","at":"2026-01-05T10:00:00-08:00","tier":"Enterprise","theme":"sso"}""";
        var random = new Random(1516);
        for (var i = 0; i < 200; i++)
        {
            var mutated = random.Next(2) == 0 ? Json.ReaderFuzzTests.MutateText(valid, random) : Json.ReaderFuzzTests.MutateField(valid, random);
            var input = valid + "\n" + mutated.Replace("\n", " ", StringComparison.Ordinal).TrimStart('\uFEFF');
            var (exit, output, error) = Run(input, "feature-requests", "review", "--input", "-", "--month", "2026-01");
            Json.CrashReproducerTests.AssertNoStackTrace(error);
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
            if (exit == 0)
            {
                Assert.True(Lines(output).Single().GetProperty("total").GetInt32() >= 1);
            }
            else
            {
                Assert.Equal(2, exit);
                Assert.Equal(string.Empty, output);
                Assert.Contains("line 2", error, StringComparison.Ordinal);
            }
        }
    }
}
