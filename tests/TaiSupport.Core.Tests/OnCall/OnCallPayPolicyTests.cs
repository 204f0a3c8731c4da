using System.Text;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Pay as policy (issue 17, manual §5.1, §5.4, D20): rates, multipliers, holidays, regions, JSON.</summary>
public sealed class OnCallPayPolicyTests
{
    private static readonly LocalDate End = new(2026, 4, 5);

    private static OnCallSchedule Quarter(OnCallTeam? team = null) => OnCallSchedule.RoundRobin(team ?? ThreeLevels(), Q1, Q1.PlusWeeks(13));

    private static CallIn Call(string person, string start, int minutes) => new(person, T(start), T(start) + Duration.FromMinutes(minutes));

    private static PersonPay PayOf(OnCallPayReport report, string person) => report.People.Single(p => p.Person == person);

    /// <summary>Everything a report says, as text, to compare two reports field by field.</summary>
    private static string Describe(OnCallPayReport report)
    {
        var text = new StringBuilder($"{report.From} {report.Through} {report.Currency} {report.TotalPay} {report.TotalTimeOff}\n");
        foreach (var p in report.People)
        {
            text.Append($"{p.Person} {p.Compensation} {p.WeeksOnCall} {string.Join(",", p.WeeksByLevel)} {p.Stipend} {p.StipendTimeOff} {p.CallIns} {p.CallInTime} {p.CountedCallInTime} {p.CallInPay} {p.CallInTimeOff} {string.Join(",", p.BusyWeeks)}\n");
            text.AppendJoin("\n", p.Trace.Select(t => $"  {t.Rule} {t.Source} {t.Reason}")).Append('\n');
        }

        return text.AppendJoin("\n", report.Rebalance.Select(h => h.ToString())).ToString();
    }

    [Fact]
    public void Default_IsD20()
    {
        var d = OnCallPayPolicy.Default;
        Assert.Equal(("USD", 500m, 750m, 0m, 25m, Duration.FromHours(1), Duration.FromHours(1), 1m), (d.Currency, d.WeeklyStipend[OnCallLevel.Support], d.WeeklyStipend[OnCallLevel.Engineering], d.WeeklyStipend[OnCallLevel.VpProduct], d.HourlyRate, d.MinimumCallIn, d.CallInRounding, d.TimeOffRatio));
        Assert.Equal((1m, 1m, 1m, 0, 0), (d.EveningMultiplier, d.WeekendMultiplier, d.HolidayMultiplier, d.Holidays.Count, d.Regions.Length));
        Assert.True(new OnCallPayPolicyValidator().Validate(d).IsValid);
    }

    [Fact]
    public void Property_TheDefaultPolicy_ReproducesTheTeamsD20Pay_OnRandomCallInsAndCovers()
    {
        // Seeded: random call-ins (0–200 minutes, any hour, any person of the team), random covers splitting weeks, and
        // Jessica taking time off in lieu; the report with OnCallPayPolicy.Default is identical to the D20 report.
        var random = new Random(20);
        var team = ThreeLevels() with { People = [new OnCallMember { Name = "Jessica", Compensation = CompensationChoice.TimeOffInLieu }] };
        var everyone = Support.Concat(Engineers).ToArray();
        for (var round = 0; round < 40; round++)
        {
            var schedule = Quarter(team);
            var overrides = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
            {
                var start = T("2026-01-05T09:00:00-08:00") + Duration.FromMinutes(random.Next(0, 13 * 7 * 24 * 60));
                return new OnCallOverride(OnCallLevel.Support, start, start + Duration.FromMinutes(random.Next(1, 3000)), Support[random.Next(4)]);
            });
            schedule = schedule with { Overrides = [.. overrides] };
            var callIns = Enumerable.Range(0, random.Next(0, 30)).Select(i =>
            {
                var start = T("2026-01-01T00:00:00-08:00") + Duration.FromMinutes(random.Next(0, 100 * 24 * 60));
                return new CallIn(everyone[random.Next(everyone.Length)], start, start + Duration.FromMinutes(random.Next(0, 200))) { Id = $"c{i}" };
            }).ToList();
            Assert.Equal(Describe(OnCallPay.Report(schedule, callIns, Q1, End)), Describe(OnCallPay.Report(schedule, callIns, Q1, End, OnCallPayPolicy.Default)));
        }
    }

    [Fact]
    public void TheIssuesSplitWeek_IsPaidTheSameByTheDefaultPolicy()
    {
        // Priya's Level 2 week of Sunday 2026-01-04, Tom covering 12:00–12:42 PST on the 6th: 746.88 + 3.12 (issue 17).
        var schedule = Quarter() with { Overrides = [new OnCallOverride(OnCallLevel.Engineering, T("2026-01-06T12:00:00-08:00"), T("2026-01-06T12:42:00-08:00"), "Tom")] };
        var report = OnCallPay.Report(schedule, [], new LocalDate(2026, 1, 4), new LocalDate(2026, 1, 10), OnCallPayPolicy.Default);
        Assert.Equal((746.88m, 3.12m), (PayOf(report, "Priya").Stipend, PayOf(report, "Tom").Stipend));
    }

    [Theory]
    [InlineData("2026-01-06T16:59:00-08:00", "day", 25)]      // Tuesday before the evening shift
    [InlineData("2026-01-06T17:00:00-08:00", "evening", 30)]  // Tuesday at 17:00: evening × 1.2
    [InlineData("2026-01-07T08:59:00-08:00", "evening", 30)]  // Wednesday before 09:00: still the evening shift
    [InlineData("2026-01-07T09:00:00-08:00", "day", 25)]
    [InlineData("2026-01-10T11:00:00-08:00", "weekend", 37.5)] // Saturday × 1.5
    [InlineData("2026-01-09T23:59:00-08:00", "evening", 30)]  // Friday night is an evening, not the weekend
    [InlineData("2026-01-11T23:59:00-08:00", "weekend", 37.5)] // Sunday night is the weekend
    public void Multipliers_ApplyByTheCallInsStart(string start, string kind, double pay)
    {
        var policy = OnCallPayPolicy.Default with { EveningMultiplier = 1.2m, WeekendMultiplier = 1.5m, HolidayMultiplier = 2m };
        var sarah = PayOf(OnCallPay.Report(Quarter(), [Call("Sarah", start, 15)], Q1, End, policy), "Sarah");
        Assert.Equal((decimal)pay, sarah.CallInPay);
        var reason = Assert.Single(sarah.Trace, t => t.Rule == "oncall.pay.call-in").Reason;
        Assert.Equal(kind == "day", !reason.Contains('(', StringComparison.Ordinal));
        Assert.Contains(kind == "day" ? "× 25.00 =" : $"({kind})", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AHoliday_BeatsTheWeekend_AndOnlyOnItsDate()
    {
        var policy = OnCallPayPolicy.Default with { WeekendMultiplier = 1.5m, HolidayMultiplier = 2m, Holidays = [new LocalDate(2026, 1, 10)] };
        var report = OnCallPay.Report(Quarter(), [Call("Sarah", "2026-01-10T11:00:00-08:00", 15), Call("Sarah", "2026-01-11T00:00:00-08:00", 15)], Q1, End, policy);
        Assert.Equal(50m + 37.5m, PayOf(report, "Sarah").CallInPay);
        Assert.Contains("call-in 2026-01-10 11:00 for 15 min counts 1 h × 25.00 × 2 (holiday) = 50.00", PayOf(report, "Sarah").Trace.Select(t => t.Reason));
    }

    [Fact]
    public void TimeOffInLieu_IsMultipliedToo()
    {
        var team = ThreeLevels() with { People = [new OnCallMember { Name = "Jessica", Compensation = CompensationChoice.TimeOffInLieu }] };
        var policy = OnCallPayPolicy.Default with { WeekendMultiplier = 1.5m };
        var jessica = PayOf(OnCallPay.Report(Quarter(team), [Call("Jessica", "2026-01-24T10:00:00-08:00", 61)], Q1, End, policy), "Jessica");
        Assert.Equal((Duration.FromHours(3), 0m), (jessica.CallInTimeOff, jessica.CallInPay)); // 2 h × 1.5
    }

    [Fact]
    public void ARegion_PaysItsPeopleByItsPolicy_AndNobodyElse()
    {
        var emea = OnCallPayPolicy.Default with { HourlyRate = 30m, WeeklyStipend = OnCallPayPolicy.Default.WeeklyStipend.SetItem(OnCallLevel.Support, 600m) };
        var policy = OnCallPayPolicy.Default with { Regions = [new PayRegion("emea", ["Marcus"], emea)] };
        var report = OnCallPay.Report(Quarter(), [Call("Marcus", "2026-01-13T19:00:00-08:00", 15), Call("Sarah", "2026-01-06T22:10:00-08:00", 15)], Q1, End, policy);
        Assert.Equal((1800m, 30m), (PayOf(report, "Marcus").Stipend, PayOf(report, "Marcus").CallInPay));
        Assert.Equal((2000m, 25m), (PayOf(report, "Sarah").Stipend, PayOf(report, "Sarah").CallInPay));
    }

    [Fact]
    public void Validator_NamesEachBadField()
    {
        var bad = OnCallPayPolicy.Default with
        {
            WeekendMultiplier = -1m,
            HourlyRate = -5m,
            Regions = [new PayRegion("", [], OnCallPayPolicy.Default with { Currency = "EUR", Regions = [new PayRegion("x", ["A"], OnCallPayPolicy.Default)] })],
        };
        var paths = new OnCallPayPolicyValidator().Validate(bad).Errors.Select(e => e.PropertyName).ToList();
        Assert.Equal(["hourlyRate", "weekendMultiplier", "regions[0].name", "regions[0].people", "regions[0].policy.currency", "regions[0].policy.regions"], paths);
        Assert.Throws<ArgumentException>(() => OnCallPay.Report(Quarter(), [], Q1, End, bad));
        Assert.True(new OnCallPayPolicyValidator().Validate(OnCallPayPolicy.Default with { WeekendMultiplier = 0m }).IsValid);
    }

    private const string Example = """
        {
          "currency": "USD",
          "weeklyStipend": {"1": 500, "2": 750},
          "weeklyTimeOffInLieu": {"1": "PT8H", "2": "PT12H"},
          "hourlyRate": 25,
          "eveningMultiplier": 1.25,
          "weekendMultiplier": 1.5,
          "holidayMultiplier": 2,
          "holidays": ["2026-01-01", "2026-01-19", "2026-02-16"],
          "minimumCallIn": "PT1H",
          "callInRounding": "PT30M",
          "timeOffRatio": 1,
          "regions": [{"name": "emea", "people": ["Marcus"], "policy": {"hourlyRate": 30, "weeklyStipend": {"1": 600}}}]
        }
        """;

    [Fact]
    public void Json_ReadsEveryField_AndRegionsInheritTheTopLevel()
    {
        var loaded = OnCallPayPolicyJson.Read(Example);
        Assert.True(loaded.IsValid, loaded.DescribeProblems());
        var p = loaded.Value!;
        Assert.Equal((1.25m, 1.5m, 2m, 3, Duration.FromMinutes(30)), (p.EveningMultiplier, p.WeekendMultiplier, p.HolidayMultiplier, p.Holidays.Count, p.CallInRounding));
        var emea = Assert.Single(p.Regions);
        Assert.Equal(("emea", 30m, 600m, 750m, 1.5m, Duration.FromMinutes(30)), (emea.Name, emea.Policy.HourlyRate, emea.Policy.WeeklyStipend[OnCallLevel.Support], emea.Policy.WeeklyStipend[OnCallLevel.Engineering], emea.Policy.WeekendMultiplier, emea.Policy.CallInRounding));
        Assert.Same(p.For("Marcus"), emea.Policy);
        Assert.Same(p.For("Sarah"), p);
    }

    [Fact]
    public void Json_EmptyObject_IsTheDefault()
    {
        var p = OnCallPayPolicyJson.Read("{}").Value!;
        Assert.Equal(Describe(OnCallPay.Report(Quarter(), [Call("Sarah", "2026-01-06T22:10:00-08:00", 15)], Q1, End)),
            Describe(OnCallPay.Report(Quarter(), [Call("Sarah", "2026-01-06T22:10:00-08:00", 15)], Q1, End, p)));
    }

    [Fact]
    public void Json_ReportsEveryProblemWithItsPath()
    {
        var loaded = OnCallPayPolicyJson.Read("""{"hourlyRate": "25", "weekendMultiplier": -1, "holidays": ["2026-13-01"], "minimumCallIn": "P1D", "weeklyStipend": {"4": 1}, "colour": "red", "regions": [{"people": ["A"]}]}""");
        Assert.False(loaded.IsValid);
        Assert.Equal(
            ["$.colour", "$.holidays[0]", "$.hourlyRate", "$.minimumCallIn", "$.regions[0].name", "$.weekendMultiplier", "$.weeklyStipend['4']"],
            loaded.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal));
        var valid = OnCallPayPolicyJson.Read("""{"weekendMultiplier": -1}""");
        Assert.Equal("$.weekendMultiplier", Assert.Single(valid.Problems).PropertyName);
    }

    [Theory]
    [InlineData("\"2026-01-26T10:00:00+25:00\"")]
    [InlineData("7")]
    [InlineData("[]")]
    [InlineData("true")]
    public void Json_ARegionPolicyThatIsNotAnObject_IsItsProblem_NotACrash(string value)
    {
        // tools/fuzz-cli.py --seed 1213 (oncall pay --pay-policy): a region's "policy" that did not read was validated as
        // null and the region rules threw NullReferenceException (tai: internal error, exit 3).
        var loaded = OnCallPayPolicyJson.Read($$"""{"regions": [{"name": "emea", "people": ["Tom"], "policy": {{value}}}]}""");

        Assert.False(loaded.IsValid);
        Assert.Equal("$.regions[0].policy", Assert.Single(loaded.Problems).PropertyName);
    }

    [Fact]
    public void Json_Fuzz_MutatedPolicies_GiveAPolicyOrProblems_NeverAnException()
    {
        // Seeded: characters replaced, dropped or inserted in the documented example; every result is a policy or problems.
        const string alphabet = "{}[]\":,0123456789-+.PTHMSZ eé\u0000😀";
        var random = new Random(2017);
        var quarter = Quarter();
        for (var round = 0; round < 2000; round++)
        {
            var chars = Example.ToList();
            for (var m = random.Next(1, 5); m > 0 && chars.Count > 0; m--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: chars.RemoveAt(at); break;
                    default: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }

            var loaded = OnCallPayPolicyJson.Read(new string([.. chars]));
            Assert.True(loaded.IsValid ? new OnCallPayPolicyValidator().Validate(loaded.Value!).IsValid : loaded.Problems.Count > 0, $"round {round}");
            if (loaded.IsValid)
            {
                _ = OnCallPay.Report(quarter, [Call("Sarah", "2026-01-10T11:00:00-08:00", 15)], Q1, End, loaded.Value!);
            }
        }
    }
}
