using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;
using TaiSupport.Core.Tests.Json;
using static TaiSupport.Core.Tests.Json.RoundTripProperties;

namespace TaiSupport.Core.Tests.Policies;

/// <summary>
/// Value equality of the policy records without JSON (issue 11): generated policies (the round-trip properties' leaf
/// changes of each written policy, one leaf or many) are equal exactly when they are structurally equal
/// (<see cref="Deep"/>, property by property, collections by content), equal ones hash alike, and the pack
/// (<see cref="TaiPolicy"/>) built from them agrees section by section.
/// </summary>
public sealed class PolicyEqualityProperties
{
    private static readonly string[] PolicyFormats =
        ["sla-policy", "triage-policy", "incident-policy", "report-policy", "qa-policy", "kb-upkeep-policy", "customer-template-policy", "policy-pack"];

    public static TheoryData<string> Names() => [.. PolicyFormats];

    /// <summary>Each policy's section in a pack, so the pack's equality is checked on every section.</summary>
    private static TaiPolicy InPack(object policy) => policy switch
    {
        SlaPolicy p => TaiPolicy.Default with { Sla = p },
        TriagePolicy p => TaiPolicy.Default with { Triage = p },
        IncidentPolicy p => TaiPolicy.Default with { Incidents = p },
        ReportPolicy p => TaiPolicy.Default with { Reports = p },
        QaPolicy p => TaiPolicy.Default with { Qa = p },
        KbUpkeepPolicy p => TaiPolicy.Default with { KbUpkeep = p },
        CustomerTemplatePolicy p => TaiPolicy.Default with { Templates = p },
        TaiPolicy p => p,
        _ => throw new ArgumentOutOfRangeException(nameof(policy)),
    };

    /// <summary>An equal and an unequal pair for every single leaf change: Equals sees every property of every section.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void EveryLeafChange_IsUnequal_AndRereadingIsEqual(string name)
    {
        var format = Formats.Single(f => f.Name == name);
        var (start, _) = format.Read(format.Base);
        var failures = new List<string>();
        var unequal = 0;
        foreach (var json in LeafChanges(format))
        {
            var (a, _) = format.Read(json);
            var (b, _) = format.Read(json);
            if (a is null || b is null)
            {
                continue;
            }

            var deepSame = Deep.Equal(a, start);
            unequal += deepSame ? 0 : 1;
            if (Compare(a, b, start!) is { } problem)
            {
                failures.Add($"{problem}: {json}");
            }

            if (!deepSame && a.Equals(start))
            {
                failures.Add($"structurally different from the start but Equals says equal: {json}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.True(unequal >= 3, $"{name}: only {unequal} changed values generated");
    }

    /// <summary>Many leaves changed at once (FsCheck): Equals agrees with structural equality, both ways, and with the hash.</summary>
    [Property(MaxTest = 60)]
    public Property ManyLeavesChanged_EqualsAgreesWithStructure() =>
        Prop.ForAll(Arb.From(Gen.Elements(PolicyFormats).SelectMany(Changes)), pair =>
        {
            var format = Formats.Single(f => f.Name == pair.Name);
            var (a, _) = format.Read(pair.Json);
            var (b, _) = format.Read(pair.Json);
            var (start, _) = format.Read(format.Base);
            return (a is not null && b is not null && Compare(a, b, start!) is null).Label($"{pair.Name}: {(a is null || b is null ? "unreadable" : Compare(a, b, start!))}\n{pair.Json}");
        });

    [Fact]
    public void TaiPolicyEquals_DoesNotWriteJson()
    {
        // Two packs with equal values built separately (no shared collections) are equal; changing one value of the
        // on-call or ticket-life section (records compared in TaiPolicyEquality) makes them unequal.
        var a = TaiPolicyJson.Read(TaiPolicyJson.Write(TaiPolicy.Default)).GetValueOrThrow();
        var b = TaiPolicyJson.Read(TaiPolicyJson.Write(TaiPolicy.Default)).GetValueOrThrow();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { OnCall = b.OnCall with { Fairness = b.OnCall.Fairness with { Levels = [Core.OnCall.OnCallLevel.Support] } } });
        Assert.NotEqual(a, b with { TicketLife = b.TicketLife with { FixedCalendars = [] } });
        Assert.NotEqual(a, b with { Sla = b.Sla with { PausingStatuses = [] } });
        Assert.Equal(a, b with { TicketLife = b.TicketLife with { Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromHours(9) } } }); // the pack's own sla section wins
    }

    [Fact]
    public void TaiPolicyEquals_ComparesTheTicketLifeVersions()
    {
        // D28: packs that differ only in a later version's instant, its ticket-life values or its SLA part are unequal.
        var from = Instant.FromUtc(2026, 3, 10, 8, 0);
        var version = new Core.Lifecycle.TicketLifePolicyVersion(from, Core.Lifecycle.TicketLifePolicy.Default);
        var a = TaiPolicy.Default with { TicketLifeVersions = [version] };
        Assert.Equal(a, TaiPolicy.Default with { TicketLifeVersions = [version with { }] });
        Assert.NotEqual(TaiPolicy.Default, a);
        Assert.NotEqual(a, TaiPolicy.Default with { TicketLifeVersions = [version with { EffectiveFrom = from + Duration.FromHours(1) }] });
        Assert.NotEqual(a, TaiPolicy.Default with { TicketLifeVersions = [version with { Policy = version.Policy with { FixedCalendars = [] } }] });
        Assert.NotEqual(a, TaiPolicy.Default with { TicketLifeVersions = [version with { Policy = version.Policy with { Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromHours(9) } } }] });
    }

    /// <summary>Null when a and b (read from one text) are equal with one hash, and Equals(a, start) matches structure.</summary>
    private static string? Compare(object a, object b, object start)
    {
        if (ReferenceEquals(a, b) || !a.Equals(b) || a.GetHashCode() != b.GetHashCode())
        {
            return "two reads of one text are not Equal (or hash differently)";
        }

        var deepSame = Deep.Equal(a, start);
        if (a.Equals(start) != deepSame)
        {
            return $"Equals(start) is {a.Equals(start)} but structural equality is {deepSame}";
        }

        var (packA, packStart) = (InPack(a), InPack(start));
        if (packA.Equals(InPack(b)) is false || packA.Equals(packStart) != deepSame || (deepSame && packA.GetHashCode() != packStart.GetHashCode()))
        {
            return "the pack holding it disagrees";
        }

        return null;
    }

    private static IEnumerable<string> LeafChanges(Format format) => ChangedDocuments(format);
}
