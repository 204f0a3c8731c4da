using System.Text.Json;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// Seeded fuzzing of the JSON-lines commands (issue 11): mutated valid lines in one batch give exactly one output line
/// each (a result or an error line), exit code 0 or 1 as docs/cli.md says, and never a stack trace.
/// </summary>
public sealed class CliFuzzTests
{
    private const int LinesPerCommand = 80;

    public static TheoryData<string, string[]> Commands() => new()
    {
        { """{"id":"c1","start":"2026-03-06T16:30:00-08:00","minutes":240}""", ["calendar", "due", "--calendar", "starter-hours", "--input", "-"] },
        { """{"id":"e1","from":"2026-03-06T16:30:00-08:00","to":"2026-03-09T12:30:00-07:00"}""", ["calendar", "elapsed", "--calendar", "professional-hours", "--input", "-"] },
        { """{"id":"T-1823","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,"statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}]}""", ["sla", "--now", "2026-01-26T17:00:00-08:00", "--input", "-"] },
        { """{"id":"T1","tier":"Professional","subject":"Cannot log in","body":"All users locked out","priority":"High","category":"Feature","signals":{"lastApiCallAt":"2026-01-20T10:00:00-08:00"}}""", ["triage", "--now", "2026-01-26T10:00:00-08:00", "--input", "-"] },
        { """{"id":"s1","apiDownSeconds":181,"errorRatePct":38}""", ["incident", "assess", "--input", "-"] },
        { """{"id":"acme","customerName":"Acme","usageUsed":450,"usageLimit":500,"usageUnit":"SKUs","currentTier":"Starter","sinceLastApiCall":"PT336H"}""", ["template", "suggest", "--input", "-"] },
        { """{"id":1,"ticket":"1847","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":{"passed":false,"note":"n","suggestion":"s"},"tone":true,"accuracy":true,"escalation":true}}""", ["qa", "audit", "--input", "-"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void MutatedLines_EachGetOneOutputLine_ExitZeroOrOne_NoStackTrace(string valid, string[] args)
    {
        var random = new Random(1100 + args[0].Length + args[1].Length);
        var lines = new List<string> { valid };
        while (lines.Count < LinesPerCommand)
        {
            var mutated = random.Next(2) == 0 ? ReaderFuzzTests.MutateText(valid, random) : ReaderFuzzTests.MutateField(valid, random);
            lines.Add(mutated.Replace("\n", " ", StringComparison.Ordinal).TrimStart('\uFEFF'));
        }

        var (exit, output, error) = CrashReproducerTests.Run(string.Join('\n', lines), args);
        Assert.Contains(exit, new[] { 0, 1 });
        CrashReproducerTests.AssertNoStackTrace(error);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        var written = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Count(l => !string.IsNullOrWhiteSpace(l.Replace("\r", string.Empty, StringComparison.Ordinal))), written.Length);
        foreach (var line in written)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }

        Assert.False(written[0].Contains("\"error\"", StringComparison.Ordinal), written[0]);
    }
}
