using System.Collections.Immutable;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Fuzzing;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>
/// Policy versions (D28) in the pack's <c>ticketLife.versions</c>: <c>Read(Write(x)) == x</c> on non-default versions
/// (alone and in a pack), every problem at once with its path, a holiday added by a later version leaving a past miss
/// standing, and a seeded fuzz of the reader.
/// </summary>
public sealed class TicketLifePolicyVersionsJsonTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 8, 0);

    private static readonly BusinessCalendar StarterWithHoliday = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId)
        .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
        .Holiday(new LocalDate(2026, 3, 2))
        .Build();

    private static readonly SlaPolicy SlaWithHoliday =
        SlaPolicy.Default with { Calendars = SlaPolicy.Default.Calendars.SetItem(BusinessCalendars.StarterHoursId, StarterWithHoliday) };

    /// <summary>1–3 later versions, each a non-default policy; some with their own SLA part (a holiday, another lead), some keeping the previous one's.</summary>
    private static readonly Gen<(TicketLifePolicy, int, int)> Later =
        from policy in TicketLifePolicyJsonTests.Policies
        from minutes in Gen.Choose(1, 200_000)
        from sla in Gen.Choose(0, 2)
        select (policy, minutes, sla);

    private static readonly Gen<ImmutableArray<TicketLifePolicyVersion>> Versions =
        from first in TicketLifePolicyJsonTests.Policies
        from count in Gen.Choose(1, 3)
        from a in Later
        from b in Later
        from c in Later
        select Build(first, new[] { a, b, c }.Take(count).ToList());

    [Property(MaxTest = 100)]
    public Property ReadOfWrite_IsTheSameVersions() =>
        Prop.ForAll(Arb.From(Versions), versions =>
        {
            var json = TicketLifePolicyJson.WriteVersions(versions);
            var read = TicketLifePolicyJson.ReadVersions(json);
            return (read.IsValid && Same(versions, read.Value!) && (versions.Length > 1) == json.Contains("\"versions\"", StringComparison.Ordinal))
                .Label(read.IsValid ? json : read.DescribeProblems());
        });

    [Property(MaxTest = 40)]
    public Property InThePack_ReadOfWrite_IsTheSameVersions() =>
        Prop.ForAll(Arb.From(Versions), versions =>
        {
            var pack = TaiPolicy.Default with { TicketLife = versions[0].Policy, TicketLifeVersions = versions[1..] };
            Assert.Empty(TaiPolicy.Validate(pack).Errors);
            var read = TaiPolicyJson.Read(TaiPolicyJson.Write(pack));
            return (read.IsValid && Same(pack.TicketLifeHistory, read.Value!.TicketLifeHistory) && read.Value == pack).Label(read.DescribeProblems());
        });

    [Fact]
    public void APackWithoutVersions_WritesWhatItWroteBefore()
    {
        var json = JsonNode.Parse(TaiPolicyJson.Write(TaiPolicy.Default))!["ticketLife"]!.AsObject();
        Assert.DoesNotContain("versions", json.Select(p => p.Key));
        Assert.Equal(TicketLifePolicyJson.Write(TicketLifePolicy.Default), TicketLifePolicyJson.WriteVersions([new(Instant.MinValue, TicketLifePolicy.Default)]));
        Assert.Equal([Instant.MinValue], TicketLifePolicyJson.ReadVersions("{}").GetValueOrThrow().Select(v => v.EffectiveFrom));
    }

    [Fact]
    public void AVersion_WritesOnlyWhatChanged_AndLeftOutPropertiesAreThePreviousVersions()
    {
        var v1 = TicketLifePolicy.Default with { Acknowledge = TicketLifePolicy.Default.Acknowledge with { Target = Duration.FromMinutes(10) } };
        var v2 = v1 with { Sla = SlaWithHoliday };
        var json = JsonNode.Parse(TicketLifePolicyJson.WriteVersions([new(Instant.MinValue, TicketLifePolicy.Default), new(Pt.At("2026-03-10 00:00"), v1), new(Pt.At("2026-04-01 00:00"), v2)]))!;
        Assert.Equal("""{"effectiveFrom":"2026-03-10T00:00:00-07:00","acknowledge":{"channels":["slack"],"target":"PT10M"}}""", json["versions"]![0]!.ToJsonString());
        Assert.Equal(["effectiveFrom", "sla"], json["versions"]![1]!.AsObject().Select(p => p.Key));

        var read = TicketLifePolicyJson.ReadVersions("""{"nextReply":{"target":"PT2H"},"versions":[{"effectiveFrom":"2026-03-10T00:00:00-07:00","acknowledge":{"target":"PT10M"}},{"effectiveFrom":"2026-04-01T00:00:00-07:00","rungs":[]}]}""").GetValueOrThrow();
        Assert.Equal([Duration.FromHours(2), Duration.FromHours(2), Duration.FromHours(2)], read.Select(v => v.Policy.NextReply.Target));
        Assert.Equal([Duration.FromMinutes(15), Duration.FromMinutes(10), Duration.FromMinutes(10)], read.Select(v => v.Policy.Acknowledge.Target));
        Assert.Equal([3, 3, 0], read.Select(v => v.Policy.Rungs.Length));
    }

    [Fact]
    public void Problems_ComeAllAtOnce_WithTheirPaths()
    {
        var read = TicketLifePolicyJson.ReadVersions(
            """{"acknowledge":{"target":"soon"},"versions":[{"rungs":[{"id":"x","level":"breach","offset":"PT1H"}]},{"effectiveFrom":"2026-03-10T00:00:00-07:00","rungs":[{"id":"y","level":"loud","offset":"PT0S"}],"colour":"red"},{"effectiveFrom":"2026-03-01T00:00:00-08:00","sla":{"atRiskLead":"later"}},{"effectiveFrom":"2026-04-01T00:00:00-07:00","relativeTargets":[{"clock":"nextReply","days":0,"mode":"endOfDay"}]},3]}""");
        Assert.Equal(
            ["$.acknowledge.target", "$.versions[0].effectiveFrom", "$.versions[1].colour", "$.versions[1].rungs[0].level", "$.versions[2].effectiveFrom", "$.versions[2].sla.calendars", "$.versions[2].sla.targets", "$.versions[2].sla.atRiskLead", "$.versions[3].relativeTargets[0].clock", "$.versions[4]"],
            read.Problems.Select(p => p.PropertyName));

        // In the pack, with the pack's paths; and the one-policy reader refuses versions rather than dropping them.
        var pack = JsonNode.Parse(TaiPolicyJson.Write(TaiPolicy.Default))!;
        pack["ticketLife"]!["versions"] = JsonNode.Parse("""[{"effectiveFrom":"2026-03-10T00:00:00-07:00","rungs":[{"id":"y","level":"breach","offset":"PT0S","deferTo":"night-hours"}]},{"effectiveFrom":"2026-03-10T00:00:00-07:00"}]""");
        Assert.Equal(["$.ticketLife.versions[0].rungs[0].deferTo", "$.ticketLife.versions[1].effectiveFrom"], TaiPolicyJson.Read(pack.ToJsonString()).Problems.Select(p => p.PropertyName));
        Assert.Equal("$.versions", Assert.Single(TicketLifePolicyJson.Read("""{"versions":[]}""").Problems).PropertyName);

        // Built in code, validated with the same paths.
        var bad = TaiPolicy.Default with { TicketLifeVersions = [new(Pt.At("2026-03-10 00:00"), TicketLifePolicy.Default), new(Pt.At("2026-03-01 00:00"), TicketLifePolicy.Default with { Acknowledge = new([TicketChannel.Slack], Duration.Zero) })] };
        Assert.Equal(["$.ticketLife.versions[1].effectiveFrom", "$.ticketLife.versions[1].acknowledge.target"], TaiPolicy.Validate(bad).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void AHolidayAddedInALaterVersion_DoesNotTurnAPastMissIntoMet()
    {
        // D28: Starter Medium, Monday 2026-03-02 09:00; 8 business hours → due Monday 17:00; answered Tuesday 10:00: missed.
        // On 2026-03-10 the pack gains a version whose starter-hours calendar has Monday 2026-03-02 as a holiday.
        var ticket = Pt.Ticket(Tier.Starter, Priority.Medium, "2026-03-02 09:00") with { Events = [TicketEvent.AgentReply(Pt.At("2026-03-03 10:00"))] };
        var now = Pt.At("2026-03-12 12:00");
        var json = JsonNode.Parse(TaiPolicyJson.Write(TaiPolicy.Default))!;
        json["ticketLife"]!["versions"] = new JsonArray(new JsonObject { ["effectiveFrom"] = "2026-03-10T00:00:00-07:00", ["sla"] = JsonNode.Parse(SlaPolicyJson.Write(SlaWithHoliday)) });
        var pack = TaiPolicyJson.Read(json.ToJsonString()).GetValueOrThrow();
        Assert.Equal([Instant.MinValue, Pt.At("2026-03-10 00:00")], pack.TicketLifeHistory.Select(v => v.EffectiveFrom));

        var first = new TicketLife(pack.TicketLifeHistory).Evaluate(ticket, now).Find(TicketClock.FirstResponse)!;
        Assert.Equal((SlaState.Missed, Pt.At("2026-03-02 17:00")), (first.State, first.Due));

        // The later version alone (the holiday as if it had always been there) would rewrite history.
        var rewritten = new TicketLife(pack.TicketLifeVersions[0].Policy).Evaluate(ticket, now).Find(TicketClock.FirstResponse)!;
        Assert.Equal(SlaState.Met, rewritten.State);

        // The version's starter-hours calendar has the holiday.
        Assert.False(pack.TicketLifeVersions[0].Policy.Sla.Calendars[BusinessCalendars.StarterHoursId].IsOpen(Pt.At("2026-03-02 10:00")));
    }

    [Fact]
    public void Fuzz_MutatedVersionedPacks_AreProblemsNeverExceptions()
    {
        var versions = Build(TicketLifePolicy.Default with { NextReply = TicketLifePolicy.Default.NextReply with { Channels = [TicketChannel.Slack, TicketChannel.Email] } }, [(TicketLifePolicy.Default, 90_000, 1), (TicketLifePolicy.Default with { CalendarChoice = CalendarChoice.OwningTeam }, 50_000, 0)]);
        var section = TicketLifePolicyJson.WriteVersions(versions);
        var pack = TaiPolicyJson.Write(TaiPolicy.Default with { TicketLife = versions[0].Policy, TicketLifeVersions = versions[1..] });
        var random = new Random(14028);
        var ticket = Pt.Ticket(Tier.Starter, Priority.High, "2026-03-02 09:00") with { Channel = TicketChannel.Email, Events = [TicketEvent.CustomerMessage(Pt.At("2026-03-02 09:30"))] };
        var valid = 0;
        for (var n = 0; n < 1_500; n++)
        {
            var mutated = Mutate(n % 2 == 0 ? section : pack, random, 1 + random.Next(4));
            if (n % 2 == 0)
            {
                var result = TicketLifePolicyJson.ReadVersions(mutated);
                if (result.IsValid)
                {
                    valid++;
                    _ = new TicketLife(result.Value!).Evaluate(ticket, Pt.At("2026-03-12 12:00"));
                }

                Assert.All(result.Problems, p => Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal));
            }
            else
            {
                var result = TaiPolicyJson.Read(mutated);
                if (result.IsValid)
                {
                    valid++;
                    _ = new TicketLife(result.Value!.TicketLifeHistory).Evaluate(ticket, Pt.At("2026-03-12 12:00"));
                }

                Assert.All(result.Problems, p => Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal));
            }
        }

        Assert.InRange(valid, 1, 1_499);
    }

    private static ImmutableArray<TicketLifePolicyVersion> Build(TicketLifePolicy first, IReadOnlyList<(TicketLifePolicy Policy, int Minutes, int Sla)> later)
    {
        var versions = ImmutableArray.CreateBuilder<TicketLifePolicyVersion>();
        versions.Add(new(Instant.MinValue, first));
        var at = Start;
        foreach (var (policy, minutes, sla) in later)
        {
            at += Duration.FromMinutes(minutes);
            var previous = versions[^1].Policy.Sla;
            versions.Add(new(at, policy with { Sla = sla switch { 0 => previous, 1 => SlaWithHoliday, _ => SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(minutes % 90 + 1) } } }));
        }

        return versions.ToImmutable();
    }

    private static bool Same(IReadOnlyList<TicketLifePolicyVersion> a, IReadOnlyList<TicketLifePolicyVersion> b) =>
        a.Count == b.Count && a.Zip(b).All(p =>
            p.First.EffectiveFrom == p.Second.EffectiveFrom
            && TicketLifePolicyJson.Write(p.First.Policy) == TicketLifePolicyJson.Write(p.Second.Policy)
            && SlaPolicyJson.Write(p.First.Policy.Sla) == SlaPolicyJson.Write(p.Second.Policy.Sla));

    private static string Mutate(string text, Random random, int times) => CharEdits.ApplyPieces(text, random, times,
        ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "\"\"", "\"x\"", "\\ud800", "\"PT1H\"", "\"versions\"", "\"effectiveFrom\"", "\"2026-03-10T00:00:00-07:00\"", "\"0001-01-01T00:00:00Z\"", "\"sla\"", "{}"]);
}
