using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Swap and cover requests checked against every §5.4 rule before acceptance (issue 17, D19).</summary>
public sealed class SwapRequestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tai-swap-").FullName;

    // Round robin from Monday 2026-01-05: Sarah Jan 5, Feb 2, Mar 2, Mar 30; Marcus Jan 12, Feb 9, Mar 9; Jessica Jan 19, …
    private static OnCallSchedule Quarter() => OnCallSchedule.RoundRobin(Team(OnCallRotations.Support.WithParticipants(Support)), Q1, Q1.PlusWeeks(13));

    private static ShiftPart Week(OnCallSchedule schedule, int month, int day) => ShiftPart.WholeShift(schedule, OnCallLevel.Support, new LocalDate(2026, month, day))!;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Cover_GivingSarahAFifthWeekInTheQuarter_IsRefused_NamingTheQuarterLimit()
    {
        var schedule = Quarter();
        var request = new SwapRequest { Id = "s-1", RequestedBy = "Marcus", CoveredBy = "Sarah", Give = Week(schedule, 1, 12) };
        var preview = SwapDesk.Propose(schedule, request);
        Assert.Contains(preview.Trace, t => t.Rule == OnCallRuleIds.QuarterLimit);

        var decision = SwapDesk.Accept(schedule, request, "Lead");
        Assert.False(decision.Succeeded);
        Assert.Equal(SwapStatus.Refused, decision.Request.Status);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal((OnCallRuleIds.QuarterLimit, "Sarah"), (violation.Rule, violation.Person));
        Assert.Same(schedule, decision.Schedule); // nothing changed
    }

    [Fact]
    public void Cover_ThatBreaksNoRule_IsAccepted_AsAnOverrideWithWhoAskedCoveredAndApproved()
    {
        var schedule = Quarter();
        var request = new SwapRequest { Id = "s-2", RequestedBy = "Jessica", CoveredBy = "Marcus", Give = Week(schedule, 1, 19) };
        Assert.Single(SwapDesk.Propose(schedule, request).Trace); // nothing it would break
        var decision = SwapDesk.Accept(schedule, request, "Lead");
        Assert.True(decision.Succeeded, string.Join("\n", decision.Violations));
        Assert.Equal((SwapStatus.Accepted, "Lead"), (decision.Request.Status, decision.Request.ApprovedBy));
        var cover = Assert.Single(decision.Schedule.Overrides);
        Assert.Equal(("Marcus", "Jessica", "swap s-2: asked by Jessica, covered by Marcus, approved by Lead"), (cover.Person, cover.For, cover.Note));
        Assert.Equal("Marcus", decision.Schedule.Compile().Who(OnCallLevel.Support, T("2026-01-20T20:00:00-08:00")).Person);
        Assert.True(RotaChecker.Check(decision.Schedule).IsFair);
    }

    [Fact]
    public void Swap_GivingMarcusAThirdConsecutiveEveningWeek_IsRefused_NamingThatRule()
    {
        // After Marcus covers Jessica's Jan 19 week he holds Jan 12 and Jan 19; taking Sarah's Jan 5 week for his Feb 9
        // one keeps everyone at 4 weeks or fewer but gives Marcus three evening weeks in a row (§5.4).
        var schedule = SwapDesk.Accept(Quarter(), new SwapRequest { Id = "s-2", RequestedBy = "Jessica", CoveredBy = "Marcus", Give = Week(Quarter(), 1, 19) }, "Lead").Schedule;
        var swap = new SwapRequest { Id = "s-3", RequestedBy = "Sarah", CoveredBy = "Marcus", Give = Week(schedule, 1, 5), Take = Week(schedule, 2, 9) };
        var decision = SwapDesk.Accept(schedule, swap, "Lead");
        Assert.Equal(SwapStatus.Refused, decision.Request.Status);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal((OnCallRuleIds.ConsecutiveEvenings, "Marcus"), (violation.Rule, violation.Person));
    }

    [Fact]
    public void PartialCover_OfAnEvening_ShowsTheCoverOnlyAtTheCoveredInstants()
    {
        var schedule = Quarter();
        var part = new ShiftPart(OnCallLevel.Support, T("2026-01-06T18:00:00-08:00"), T("2026-01-06T22:00:00-08:00"));
        var decision = SwapDesk.Accept(schedule, new SwapRequest { Id = "p-1", RequestedBy = "Sarah", CoveredBy = "Alex", Give = part }, "Lead");
        Assert.True(decision.Succeeded);
        var timeline = decision.Schedule.Compile();
        Assert.Equal("Alex", timeline.Who(OnCallLevel.Support, T("2026-01-06T19:00:00-08:00")).Person);
        Assert.Equal("Sarah", timeline.Who(OnCallLevel.Support, T("2026-01-06T22:00:00-08:00")).Person);
    }

    [Fact]
    public void Request_ForTimeTheAskerDoesNotHold_IsAnInputProblem()
    {
        var schedule = Quarter();
        var decision = SwapDesk.Propose(schedule, new SwapRequest { Id = "x", RequestedBy = "Alex", CoveredBy = "Sarah", Give = Week(schedule, 1, 12) });
        var problem = Assert.Single(decision.Violations);
        Assert.Equal(OnCallRuleIds.InvalidInput, problem.Rule);
        Assert.Contains("Alex is not on call at level 1 throughout", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Marcus is.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclineAndCancel_CloseOnlyOpenRequests_AndOnlyTheAskerCancels()
    {
        var schedule = Quarter();
        var request = new SwapRequest { Id = "s-4", RequestedBy = "Jessica", CoveredBy = "Marcus", Give = Week(schedule, 1, 19) };
        Assert.False(SwapDesk.Cancel(schedule, request, "Marcus").Succeeded);
        var declined = SwapDesk.Decline(schedule, request, "Marcus");
        Assert.Equal((SwapStatus.Declined, "Marcus"), (declined.Request.Status, declined.Request.DecidedBy));
        Assert.False(SwapDesk.Accept(schedule, declined.Request, "Lead").Succeeded);
        Assert.False(SwapDesk.Cancel(schedule, declined.Request, "Jessica").Succeeded);
        Assert.Equal(SwapStatus.Cancelled, SwapDesk.Cancel(schedule, request, "Jessica").Request.Status);
    }

    [Fact]
    public void Cli_Swap_RefusesAFifthWeek_AcceptsACover_AndWhoShowsIt()
    {
        var schedulePath = Path.Combine(folder, "s.json");
        File.WriteAllText(schedulePath, OnCallJson.Write(Quarter()));
        var lines = string.Join("\n",
            """{"id":"s-1","action":"request","requestedBy":"Marcus","coveredBy":"Sarah","level":1,"shift":"2026-01-12"}""",
            """{"id":"s-1","action":"accept","by":"Lead"}""",
            """{"id":"s-2","action":"request","requestedBy":"Jessica","coveredBy":"Marcus","level":1,"shift":"2026-01-19"}""",
            """{"id":"s-2","action":"accept","by":"Lead"}""",
            """{"id":"s-3","action":"request","requestedBy":"Alex","coveredBy":"Sarah","level":1,"shift":"2026-01-19"}""");
        var swapped = Path.Combine(folder, "swapped.json");
        var (code, output, _) = Run(["oncall", "swap", "--schedule", schedulePath, "--input", "-", "--out", swapped], lines);
        var outputs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, outputs.Length);
        Assert.Contains("\"wouldBreak\":[{\"rule\":\"oncall.quarter-limit\"", outputs[0], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"refused\"", outputs[1], StringComparison.Ordinal);
        Assert.Contains("\"rule\":\"oncall.quarter-limit\",\"person\":\"Sarah\"", outputs[1], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"accepted\"", outputs[3], StringComparison.Ordinal);
        Assert.Contains("\"error\"", outputs[4], StringComparison.Ordinal); // Alex does not hold that week
        Assert.Equal(ExitCodes.SomeLinesFailed, code);

        var (whoCode, who, _) = Run(["oncall", "who", "--schedule", swapped, "--at", "2026-01-20T20:00:00-08:00"], string.Empty);
        Assert.Equal(0, whoCode);
        Assert.Contains("Marcus", who, StringComparison.Ordinal);
        var (_, before, _) = Run(["oncall", "who", "--schedule", schedulePath, "--at", "2026-01-20T20:00:00-08:00"], string.Empty);
        Assert.Contains("Jessica", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Swap_Fuzz_MutatedRequestLines_GiveErrorLinesNeverAnException()
    {
        // Seeded: mutated valid lines (characters replaced, dropped, inserted, fields swapped) must give an output line
        // or an error line each, exit 0 or 1, and never throw or print a stack trace.
        var schedulePath = Path.Combine(folder, "s.json");
        File.WriteAllText(schedulePath, OnCallJson.Write(Quarter()));
        string[] valid =
        [
            """{"id":"a","action":"request","requestedBy":"Jessica","coveredBy":"Marcus","level":1,"shift":"2026-01-19"}""",
            """{"id":"b","action":"request","requestedBy":"Sarah","coveredBy":"Alex","level":1,"from":"2026-01-06T18:00:00-08:00","to":"2026-01-06T22:00:00-08:00"}""",
            """{"id":"c","action":"request","requestedBy":"Sarah","coveredBy":"Marcus","level":1,"shift":"2026-01-05","takeShift":"2026-02-09"}""",
            """{"id":"a","action":"accept","by":"Lead"}""",
            """{"id":"b","action":"decline","by":"Alex"}""",
            """{"id":"c","action":"cancel","by":"Sarah"}""",
        ];
        const string alphabet = "{}[]\":,0123456789-+.TZ:abcxyz \u0000é😀";
        var random = new Random(17);
        for (var round = 0; round < 150; round++)
        {
            var lines = valid.Select(line =>
            {
                var chars = line.ToList();
                for (var m = random.Next(0, 4); m > 0 && chars.Count > 0; m--)
                {
                    var at = random.Next(chars.Count);
                    switch (random.Next(3))
                    {
                        case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                        case 1: chars.RemoveAt(at); break;
                        default: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    }
                }

                return new string([.. chars]);
            }).OrderBy(_ => random.Next()).ToArray();
            var (code, output, error) = Run(["oncall", "swap", "--schedule", schedulePath, "--input", "-"], string.Join("\n", lines));
            Assert.True(code is ExitCodes.Success or ExitCodes.SomeLinesFailed, $"round {round}: exit {code}: {error}");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal(lines.Count(l => !string.IsNullOrWhiteSpace(l)), output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public void Cli_Certificate_ListsTheSlack()
    {
        var schedulePath = Path.Combine(folder, "s.json");
        File.WriteAllText(schedulePath, OnCallJson.Write(Quarter()));
        var (code, output, _) = Run(["oncall", "certificate", "--schedule", schedulePath], string.Empty);
        Assert.Equal(0, code);
        Assert.Contains("\"withinLimits\": true", output, StringComparison.Ordinal);
        Assert.Contains("\"message\": \"Marcus: 3 of 4 weeks in 2026 Q1 (1 left)\"", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(string[] args, string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>Certificates (issue 17, §5.4, D19): the slack is exact — using it is allowed, one more week breaks the rule.</summary>
public sealed class RotaCertificateTests
{
    private static OnCallSchedule Quarter() => OnCallSchedule.RoundRobin(Team(OnCallRotations.Support.WithParticipants(Support)), Q1, Q1.PlusWeeks(13));

    [Fact]
    public void Certificate_ListsEachPersonsSlack_AndTheSlackIsExact()
    {
        var schedule = Quarter();
        var certificate = RotaCertificate.For(schedule);
        Assert.True(certificate.WithinLimits);
        Assert.Contains(certificate.Entries, e => e.Message == "Sarah: 4 of 4 weeks in 2026 Q1 (0 left)");
        var marcus = Assert.Single(certificate.Entries, e => e.Person == "Marcus" && e.Rule == OnCallRuleIds.QuarterLimit);
        Assert.Equal(1, marcus.Slack);
        Assert.Contains(certificate.Entries, e => e.Message == "Marcus: 1 consecutive evening week(s) of 2 (1 left)");

        // Marcus's one week of slack: covering Jessica's Feb 16 week is accepted; one more (Alex's Mar 23) breaks the limit.
        var week = (int month, int day) => ShiftPart.WholeShift(schedule, OnCallLevel.Support, new LocalDate(2026, month, day))!;
        var first = SwapDesk.Accept(schedule, new SwapRequest { Id = "1", RequestedBy = "Jessica", CoveredBy = "Marcus", Give = week(2, 16) }, "Lead");
        Assert.True(first.Succeeded);
        Assert.Equal(0, Assert.Single(RotaCertificate.For(first.Schedule).Entries, e => e.Person == "Marcus" && e.Rule == OnCallRuleIds.QuarterLimit).Slack);
        var second = SwapDesk.Accept(first.Schedule, new SwapRequest { Id = "2", RequestedBy = "Alex", CoveredBy = "Marcus", Give = week(3, 23) }, "Lead");
        Assert.Equal(OnCallRuleIds.QuarterLimit, Assert.Single(second.Violations).Rule);
    }
}
