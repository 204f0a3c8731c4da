using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tests.Fuzzing;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>
/// The known-issue lines of <c>tai report standup --known-issues</c> (manual §1.1 item 4): the reader's problems, a
/// <c>Read(Write(x)) == x</c> property on random non-default values, and a seeded fuzz test.
/// </summary>
public sealed class KnownIssueJsonTests
{
    private const string Maintenance = """{"title":"Database upgrade","kind":"maintenance","from":"2026-01-27T22:00:00-08:00","until":"2026-01-27T23:00:00-08:00"}""";

    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Fact]
    public void Read_AValidLine()
    {
        var issue = KnownIssueJson.Read(Maintenance).Value!;
        Assert.Equal(new KnownIssue("Database upgrade", KnownIssueKind.Maintenance, Instant.FromUtc(2026, 1, 28, 6, 0), Instant.FromUtc(2026, 1, 28, 7, 0)), issue);
        var open = KnownIssueJson.Read("""{"title":"Webhook retries delayed","from":"2026-01-26T15:00:00-08:00"}""").Value!;
        Assert.Equal(KnownIssueKind.KnownIssue, open.Kind);
        Assert.Null(open.Until);
        Assert.Equal(Maintenance, KnownIssueJson.Write(issue, Pacific));
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnce_WithPaths()
    {
        var result = KnownIssueJson.Read("""{"title":"  ","kind":"outage","from":"2026-01-27T22:00:00-08:00","until":"2026-01-27T21:00:00-08:00"}""");
        Assert.Equal(["$.kind", "$.title", "$.until"], result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());

        var missing = KnownIssueJson.Read("{}");
        Assert.Equal(["$.from", "$.title"], missing.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
        Assert.All(missing.Problems, p => Assert.Equal("is required.", p.ErrorMessage));

        var types = KnownIssueJson.Read("""{"title":3,"kind":true,"from":"yesterday","until":[]}""");
        Assert.Equal(["$.from", "$.kind", "$.title", "$.until"], types.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());

        Assert.Equal("$", Assert.Single(KnownIssueJson.Read("[1]").Problems).PropertyName);
        Assert.Equal("$", Assert.Single(KnownIssueJson.Read("{").Problems).PropertyName);
    }

    [Property(MaxTest = 300)]
    public Property WriteThenRead_RoundTrips() =>
        Prop.ForAll(Arb.From(Issues), x =>
        {
            var json = KnownIssueJson.Write(x.Issue, x.Zone);
            var read = KnownIssueJson.Read(json);
            return (read.IsValid && read.Value == x.Issue).Label(read.IsValid ? json : read.DescribeProblems());
        });

    [Fact]
    public void Fuzz_MutatedLines_GiveProblemsNeverExceptions()
    {
        var random = new Random(1619);
        var alphabet = "{}[],:\"0123456789-+.eE ntrufalsyTZ:\\u".ToCharArray();
        for (var i = 0; i < 2000; i++)
        {
            var mutated = CharEdits.Apply(Maintenance, random, alphabet, 6);

            var result = KnownIssueJson.Read(mutated);
            Assert.True(result.IsValid ? result.Value is not null : result.Problems.Count > 0);
        }
    }

    /// <summary>Non-default issues: a non-blank title (quotes, escapes, non-ASCII), both kinds, whole-second and sub-second instants, zones with and without daylight saving.</summary>
    private static Gen<(KnownIssue Issue, DateTimeZone Zone)> Issues =>
        from title in Gen.Elements("Database upgrade", "Webhook retries delayed", "\"Quoted\" \\ back", "Überweisung – delay", "a\tb\nc", "<script>&")
        from suffix in Gen.Choose(0, 999)
        from kind in Gen.Elements(KnownIssueKind.KnownIssue, KnownIssueKind.Maintenance)
        from start in Gen.Choose(0, 3 * 365 * 24 * 60)
        from millis in Gen.Elements(0, 0, 250, 999)
        from length in Gen.Choose(0, 72 * 60)
        from zone in Gen.Elements(DateTimeZone.Utc, Pacific, DateTimeZoneProviders.Tzdb["Asia/Kolkata"])
        let since = Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromMinutes(start) + Duration.FromMilliseconds(millis)
        select (new KnownIssue($"{title} {suffix}", kind, since, length == 0 ? null : since + Duration.FromMinutes(length)), zone);
}
