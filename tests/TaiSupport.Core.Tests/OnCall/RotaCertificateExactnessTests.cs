using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>
/// Certificates are exact (issue 17, §5.4, D19): adding one more week for a person uses exactly one more of that rule's
/// slack — the rule breaks exactly when the slack was 0 — and no other entry goes negative.
/// </summary>
public sealed class RotaCertificateExactnessTests
{
    private static readonly string[] Names = ["A", "B", "C", "D", "E", "F"];

    /// <summary>Seeded random generated rotas: 3–6 people, 13 weeks of Q1, random quarter and consecutive limits.</summary>
    private static IEnumerable<OnCallSchedule> Rotas()
    {
        var random = new Random(1717);
        for (var found = 0; found < 25;)
        {
            var people = Names.Take(random.Next(3, 7)).ToArray();
            var rules = FairnessRules.Default with { MaxWeeksPerQuarter = random.Next(3, 7), MaxConsecutiveEveningWeeks = random.Next(1, 4) };
            var team = Team(OnCallRotations.Support.WithParticipants(people)).WithPolicy(_ => rules);
            if (RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Schedule is { } schedule)
            {
                found++;
                yield return schedule;
            }
        }
    }

    private static OnCallSchedule Give(OnCallSchedule schedule, LocalDate week, string person) =>
        schedule with { Shifts = [.. schedule.Shifts.Select(s => s.Date == week ? s with { Person = person } : s)] };

    private static RuleSlack Entry(RotaCertificate certificate, string person, string rule) =>
        certificate.Entries.Single(e => e.Person == person && e.Rule == rule);

    [Fact]
    public void Property_OneMoreWeekInTheQuarter_BreaksTheQuarterLimitExactlyWhenTheSlackWasZero()
    {
        var checkedCases = (zero: 0, positive: 0);
        foreach (var schedule in Rotas())
        {
            var certificate = RotaCertificate.For(schedule);
            Assert.True(certificate.WithinLimits);
            var weeks = schedule.Shifts.OrderBy(s => s.Date).ToList();
            foreach (var entry in certificate.Entries.Where(e => e.Rule == OnCallRuleIds.QuarterLimit))
            {
                // a week of someone else with no week of this person next to it, so evening runs do not change
                var isolated = Enumerable.Range(0, weeks.Count).Where(i => weeks[i].Person != entry.Person
                    && (i == 0 || weeks[i - 1].Person != entry.Person) && (i == weeks.Count - 1 || weeks[i + 1].Person != entry.Person)).ToList();
                foreach (var i in isolated)
                {
                    var changed = Give(schedule, weeks[i].Date, entry.Person);
                    var after = RotaCertificate.For(changed);
                    var mine = Entry(after, entry.Person, OnCallRuleIds.QuarterLimit);
                    Assert.Equal(entry.Used + 1, mine.Used);
                    Assert.Equal(entry.Slack - 1, mine.Slack);
                    Assert.All(after.Entries.Where(e => e != mine), e => Assert.True(e.Slack >= 0, e.Message));
                    var violations = RotaChecker.Check(changed, null).Violations;
                    Assert.Equal(entry.Slack == 0, violations.Any(v => v.Rule == OnCallRuleIds.QuarterLimit && v.Person == entry.Person));
                    Assert.All(violations, v => Assert.Equal((OnCallRuleIds.QuarterLimit, entry.Person), (v.Rule, v.Person)));
                    _ = entry.Slack == 0 ? checkedCases.zero++ : checkedCases.positive++;
                }
            }
        }

        Assert.True(checkedCases.zero > 0 && checkedCases.positive > 0, $"both sides of the limit were exercised: {checkedCases}");
    }

    [Fact]
    public void Property_ExtendingTheLongestRunByAWeek_BreaksTheConsecutiveLimitExactlyWhenTheSlackWasZero()
    {
        var checkedCases = (zero: 0, positive: 0);
        foreach (var schedule in Rotas())
        {
            var certificate = RotaCertificate.For(schedule);
            var weeks = schedule.Shifts.OrderBy(s => s.Date).ToList();
            string? At(int i) => i >= 0 && i < weeks.Count ? weeks[i].Person : null;
            foreach (var entry in certificate.Entries.Where(e => e.Rule == OnCallRuleIds.ConsecutiveEvenings))
            {
                var quarter = Entry(certificate, entry.Person, OnCallRuleIds.QuarterLimit);
                if (quarter.Slack == 0)
                {
                    continue; // one more week would also break the quarter limit: that side is the other property
                }

                // the week right after (or before) a longest run, not touching another run of this person
                for (var start = 0; start + entry.Used <= weeks.Count; start++)
                {
                    if (!Enumerable.Range(start, entry.Used).All(i => At(i) == entry.Person) || At(start - 1) == entry.Person || At(start + entry.Used) == entry.Person)
                    {
                        continue;
                    }

                    foreach (var extra in new[] { start + entry.Used, start - 1 }.Where(j => At(j) is not null && At(j + (j < start ? -1 : 1)) != entry.Person))
                    {
                        var changed = Give(schedule, weeks[extra].Date, entry.Person);
                        var after = RotaCertificate.For(changed);
                        var mine = Entry(after, entry.Person, OnCallRuleIds.ConsecutiveEvenings);
                        Assert.Equal(entry.Used + 1, mine.Used);
                        Assert.All(after.Entries.Where(e => e != mine), e => Assert.True(e.Slack >= 0, e.Message));
                        var violations = RotaChecker.Check(changed, null).Violations;
                        Assert.Equal(entry.Slack == 0, violations.Any(v => v.Rule == OnCallRuleIds.ConsecutiveEvenings && v.Person == entry.Person));
                        Assert.All(violations, v => Assert.Equal((OnCallRuleIds.ConsecutiveEvenings, entry.Person), (v.Rule, v.Person)));
                        _ = entry.Slack == 0 ? checkedCases.zero++ : checkedCases.positive++;
                    }
                }
            }
        }

        Assert.True(checkedCases.zero > 0 && checkedCases.positive > 0, $"both sides of the limit were exercised: {checkedCases}");
    }
}
