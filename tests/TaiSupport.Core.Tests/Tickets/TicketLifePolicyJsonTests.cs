using System.Collections.Immutable;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Fuzzing;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>
/// The ticket-life policy as JSON (the pack's <c>ticketLife</c> section): <c>Read(Write(x)) == x</c> on non-default
/// policies, problems with paths, the pack section on the pack's <c>sla</c>, <c>tai ticket --policy PACK</c>, and a
/// seeded fuzz of the reader.
/// </summary>
public sealed class TicketLifePolicyJsonTests
{
    private static readonly string[] CalendarIds = [BusinessCalendars.StarterHoursId, BusinessCalendars.ProfessionalHoursId, BusinessCalendars.AlwaysId];

    private static readonly Gen<ImmutableSortedSet<TicketChannel>> Channels =
        Gen.SubListOf(Enum.GetValues<TicketChannel>()).Select(c => ImmutableSortedSet.CreateRange(c));

    private static readonly Gen<AlertRung> Rung =
        from id in Gen.Elements("a", "ticket.alert.custom", "x.y-z")
        from level in Gen.Elements(Enum.GetValues<AlertLevel>())
        from minutes in Gen.Choose(-600, 600)
        from clocks in Gen.SubListOf(Enum.GetValues<TicketClock>())
        from measure in Gen.Elements(Enum.GetValues<OffsetMeasure>())
        from deferTo in Gen.Elements<string?>(null, BusinessCalendars.StarterHoursId)
        from actions in Gen.SubListOf("notify-owner", "notify-lead", "page")
        select new AlertRung(id, level, Duration.FromMinutes(minutes)) { Clocks = [.. clocks], Measure = measure, DeferToCalendarId = deferTo, Actions = [.. actions] };

    private static readonly Gen<RelativeTargetRule> Relative =
        from clock in Gen.Elements(TicketClock.Acknowledge, TicketClock.FirstResponse, TicketClock.Assignment, TicketClock.Resolution)
        from days in Gen.Choose(0, 366)
        from mode in Gen.Elements(Enum.GetValues<WorkingDayMode>())
        from minute in Gen.Choose(0, (24 * 60) - 1)
        from tiers in Gen.SubListOf(Enum.GetValues<Tier>())
        from priorities in Gen.SubListOf(Enum.GetValues<Priority>())
        from channels in Channels
        select new RelativeTargetRule(clock, new WorkingDayTarget(days, mode) { At = LocalTime.FromMinutesSinceMidnight(minute) })
        {
            Tiers = [.. tiers],
            Priorities = [.. priorities],
            Channels = channels,
        };

    /// <summary>Policies with something changed in every part (the first rung always differs from the default's).</summary>
    public static Gen<TicketLifePolicy> Policies { get; } =
        from ackChannels in Channels
        from ackMinutes in Gen.Choose(1, 600)
        from nextChannels in Channels
        from nextMinutes in Gen.Choose(1, 6000)
        from checks in Gen.NonEmptyListOf(Gen.Choose(0, (24 * 60) - 1).Select(LocalTime.FromMinutesSinceMidnight))
        from checkCalendar in Gen.Elements(CalendarIds)
        from assignMinutes in Gen.Choose(0, 600)
        from criticalMinutes in Gen.Choose(0, 600)
        from rungs in Gen.ListOf(Rung)
        from relative in Gen.ListOf(Relative)
        from choice in Gen.Elements(Enum.GetValues<CalendarChoice>())
        from customers in Gen.ListOf(Gen.Elements("acme", "globex", "ünïcode", "a b"))
        from teams in Gen.ListOf(Gen.Elements("us", "eu", "apac"))
        from calendar in Gen.Elements(CalendarIds)
        from fixedIds in Gen.SubListOf(CalendarIds)
        select TicketLifePolicy.Default with
        {
            Acknowledge = new(ackChannels, Duration.FromMinutes(ackMinutes)),
            NextReply = new(nextChannels, Duration.FromMinutes(nextMinutes)),
            Assignment = new([TicketChannel.Web], [.. checks], checkCalendar, Duration.FromMinutes(assignMinutes), Duration.FromMinutes(criticalMinutes)),
            Rungs = [new AlertRung("first", AlertLevel.Notify, Duration.FromMinutes(-1)), .. rungs],
            RelativeTargets = [.. relative],
            CalendarChoice = choice,
            CustomerCalendars = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, customers.Distinct().Select(c => KeyValuePair.Create(c, calendar))),
            TeamCalendars = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, teams.Distinct().Select(t => KeyValuePair.Create(t, calendar))),
            FixedCalendars = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, fixedIds),
        };

    [Property(MaxTest = 150)]
    public Property ReadOfWrite_IsTheSamePolicy() =>
        Prop.ForAll(Arb.From(Policies), policy =>
        {
            var json = TicketLifePolicyJson.Write(policy);
            var read = TicketLifePolicyJson.Read(json);
            return (read.IsValid && Same(policy, read.Value!) && !Same(policy, TicketLifePolicy.Default)).Label(read.IsValid ? json : read.DescribeProblems());
        });

    [Property(MaxTest = 50)]
    public Property InThePack_ReadOfWrite_IsTheSamePolicy_OnThePacksSla() =>
        Prop.ForAll(Arb.From(Policies), Arb.From(Gen.Choose(1, 120)), (policy, lead) =>
        {
            var pack = TaiPolicy.Default with { Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(lead) }, TicketLife = policy };
            var read = TaiPolicyJson.Read(TaiPolicyJson.Write(pack));
            return (read.IsValid && Same(pack.TicketLife, read.Value!.TicketLife) && read.Value!.TicketLife.Sla.AtRiskLead == Duration.FromMinutes(lead) && read.Value == pack)
                .Label(read.DescribeProblems());
        });

    [Fact]
    public void EmptyObject_IsTheDefault_AndTheDefaultReadsBack()
    {
        Assert.True(Same(TicketLifePolicy.Default, TicketLifePolicyJson.Read("{}").GetValueOrThrow()));
        Assert.True(Same(TicketLifePolicy.Default, TicketLifePolicyJson.Read(TicketLifePolicyJson.Write(TicketLifePolicy.Default)).GetValueOrThrow()));
        var json = JsonNode.Parse(TicketLifePolicyJson.Write(TicketLifePolicy.Default))!.AsObject();
        Assert.Equal(["acknowledge", "nextReply", "assignment", "rungs", "relativeTargets", "calendarChoice", "customerCalendars", "teamCalendars", "fixedCalendars"], json.Select(p => p.Key));
        Assert.Equal("""{"id":"ticket.alert.at-risk","level":"atRisk","offset":"-PT30M","clocks":[],"measure":"wall","actions":["notify-owner"]}""", json["rungs"]![0]!.ToJsonString());
    }

    [Fact]
    public void ARelativeTargetInJson_SetsTheDue()
    {
        var policy = TicketLifePolicyJson.Read("""{"relativeTargets":[{"clock":"firstResponse","days":1,"mode":"atLocalTime","at":"16:00","tiers":["Starter"]}]}""").GetValueOrThrow();
        var first = new TicketLife(policy).Evaluate(Pt.Ticket(Tier.Starter, Priority.Medium, "2026-03-06 10:00"), Pt.At("2026-03-06 10:00")).Find(TicketClock.FirstResponse)!;
        Assert.Equal(Pt.At("2026-03-09 16:00"), first.Due);
    }

    [Fact]
    public void Problems_NameEveryFieldByPath()
    {
        var read = TicketLifePolicyJson.Read(
            """{"rungs":[{"id":"x","level":"loud","offset":"PT1H"},{"level":"breach","offset":"soon"}],"relativeTargets":[{"clock":"firstResponse","days":-1,"mode":"atLocalTime"}],"acknowledge":{"target":"P2W"},"customerCalendars":{"acme":3},"calendarChoise":"policy"}""");
        Assert.False(read.IsValid);
        Assert.Equal(
            ["$.calendarChoise", "$.acknowledge.target", "$.rungs[0].level", "$.rungs[1].id", "$.rungs[1].offset", "$.relativeTargets[0].days", "$.relativeTargets[0].at", "$.customerCalendars['acme']"],
            read.Problems.Select(p => p.PropertyName));

        // Read, then checked: unknown calendars and a relative target on nextReply.
        var invalid = TicketLifePolicyJson.Read("""{"assignment":{"checkCalendar":"mars-hours"},"relativeTargets":[{"clock":"nextReply","days":0,"mode":"endOfDay"}],"teamCalendars":{"eu":"eu-hours"}}""");
        Assert.Equal(["$.assignment.checkCalendar", "$.teamCalendars.eu", "$.relativeTargets[0].clock"], invalid.Problems.Select(p => p.PropertyName));
    }

    [Fact]
    public void InThePack_TheSectionRunsOnThePacksSla_AndProblemsHavePackPaths()
    {
        var withCalendar = SlaPolicy.Default with { Calendars = SlaPolicy.Default.Calendars.Add("acme-hours", BusinessCalendars.ProfessionalHours) };
        var pack = TaiPolicy.Default with { Sla = withCalendar, TicketLife = TicketLifePolicy.Default with { CalendarChoice = CalendarChoice.Customer } };
        Assert.Same(withCalendar, pack.TicketLife.Sla);
        var json = JsonNode.Parse(TaiPolicyJson.Write(pack))!.AsObject();
        Assert.Contains("ticketLife", json.Select(p => p.Key));
        json["ticketLife"]!["customerCalendars"] = new JsonObject { ["acme"] = "acme-hours" };
        var read = TaiPolicyJson.Read(json.ToJsonString()).GetValueOrThrow();
        Assert.Equal("acme-hours", read.TicketLife.CustomerCalendars["acme"]);
        Assert.True(read.TicketLife.Sla.Calendars.ContainsKey("acme-hours"));

        json["ticketLife"]!["customerCalendars"] = new JsonObject { ["acme"] = "nowhere" };
        Assert.Equal("$.ticketLife.customerCalendars.acme", Assert.Single(TaiPolicyJson.Read(json.ToJsonString()).Problems).PropertyName);
        var bad = TaiPolicy.Default with { TicketLife = TicketLifePolicy.Default with { Acknowledge = new([TicketChannel.Slack], Duration.Zero) } };
        Assert.Equal("$.ticketLife.acknowledge.target", Assert.Single(TaiPolicy.Validate(bad).Errors).PropertyName);
    }

    [Fact]
    public void Fuzz_MutatedPolicies_AreProblemsNeverExceptions()
    {
        var random = new Random(1415);
        var policy = TicketLifePolicyJson.Write(TicketLifePolicy.Default with
        {
            RelativeTargets = [new RelativeTargetRule(TicketClock.Resolution, WorkingDayTarget.EndOfWorkingDay) { Channels = [TicketChannel.Slack] }],
            CalendarChoice = CalendarChoice.OwningTeam,
            TeamCalendars = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("eu", BusinessCalendars.AlwaysId)]),
        });
        var valid = """{"relativeTargets":[{"clock":"firstResponse","days":1,"mode":"atLocalTime","at":"16:00","tiers":["Starter"],"priorities":["High"],"channels":["email"]}],"rungs":[{"id":"a","level":"notify","offset":"-PT2H","measure":"openTime","deferTo":"starter-hours","clocks":["resolution"],"actions":["x"]}],"assignment":{"checks":["09:00","13:30"],"target":"PT45M"},"customerCalendars":{"acme":"always"},"calendarChoice":"customer"}""";
        var read = 0;
        for (var i = 0; i < 1500; i++)
        {
            var text = Mutate(i % 2 == 0 ? valid : policy, random, 1 + random.Next(4));
            var result = TicketLifePolicyJson.Read(text);
            var pack = TaiPolicyJson.Read("""{"ticketLife":""" + text + "}");
            if (result.IsValid)
            {
                read++;
                _ = new TicketLife(result.Value!).Evaluate(Pt.Ticket(Tier.Starter, Priority.High, "2026-03-06 10:00") with { Channel = TicketChannel.Email }, Pt.At("2026-03-09 12:00"));
            }
            else
            {
                Assert.NotEmpty(result.Problems);
                Assert.All(result.Problems, p => Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal));
            }

            Assert.All(pack.Problems, p => Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal));
        }

        Assert.InRange(read, 1, 1499);
    }

    private static bool Same(TicketLifePolicy a, TicketLifePolicy b) =>
        a.Acknowledge.Channels.SequenceEqual(b.Acknowledge.Channels) && a.Acknowledge.Target == b.Acknowledge.Target
        && a.NextReply.Channels.SequenceEqual(b.NextReply.Channels) && a.NextReply.Target == b.NextReply.Target
        && a.Assignment.Channels.SequenceEqual(b.Assignment.Channels) && a.Assignment.Checks.SequenceEqual(b.Assignment.Checks)
        && a.Assignment.CheckCalendarId == b.Assignment.CheckCalendarId && a.Assignment.Target == b.Assignment.Target && a.Assignment.CriticalTarget == b.Assignment.CriticalTarget
        && a.Rungs.Length == b.Rungs.Length && a.Rungs.Zip(b.Rungs).All(p =>
            p.First.Id == p.Second.Id && p.First.Level == p.Second.Level && p.First.Offset == p.Second.Offset && p.First.Clocks.SequenceEqual(p.Second.Clocks)
            && p.First.Measure == p.Second.Measure && p.First.DeferToCalendarId == p.Second.DeferToCalendarId && p.First.Actions.SequenceEqual(p.Second.Actions))
        && a.RelativeTargets.Length == b.RelativeTargets.Length && a.RelativeTargets.Zip(b.RelativeTargets).All(p =>
            p.First.Clock == p.Second.Clock && p.First.Target == p.Second.Target && p.First.Tiers.SequenceEqual(p.Second.Tiers)
            && p.First.Priorities.SequenceEqual(p.Second.Priorities) && p.First.Channels.SequenceEqual(p.Second.Channels))
        && a.CalendarChoice == b.CalendarChoice
        && a.CustomerCalendars.SequenceEqual(b.CustomerCalendars) && a.TeamCalendars.SequenceEqual(b.TeamCalendars)
        && a.FixedCalendars.SequenceEqual(b.FixedCalendars);

    private static string Mutate(string text, Random random, int times) => CharEdits.ApplyPieces(text, random, times,
        ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "\"\"", "\"x\"", "\\ud800", "\"P2W\"", "\"-PT99999H\"", "\"24:00\"", "400", "\"nextReply\""]);
}
