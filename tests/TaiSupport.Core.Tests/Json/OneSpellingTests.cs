using TaiSupport.Core.Policies;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// One duration spelling in every file and output (issue 11, docs/json.md): 24 h, 14 days, −30 min and 0 are written
/// <c>PT24H</c>, <c>PT336H</c>, <c>-PT30M</c>, <c>PT0S</c> by every capability, and <c>24h</c>, <c>336h</c>, <c>-30m</c>, <c>0m</c> for people.
/// </summary>
public sealed class OneSpellingTests
{
    public static TheoryData<int, string, string> Durations() => new()
    {
        { 24 * 60, "PT24H", "24h" },
        { 14 * 24 * 60, "PT336H", "336h" },
        { -30, "-PT30M", "-30m" },
        { 0, "PT0S", "0m" },
        { 90, "PT1H30M", "1h 30m" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void EveryWriter_SpellsTheDurationOneWay(int minutes, string iso, string human)
    {
        var d = Duration.FromMinutes(minutes);
        Assert.Equal(iso, IsoDuration.Format(d));
        Assert.Equal(human, HumanDuration.Format(d));
        Assert.Contains($"\"minimumCallIn\": \"{iso}\"", TaiPolicyJson.Write(TaiPolicy.Default with { OnCall = OnCallPolicy.Default with { Compensation = OnCallPolicy.Default.Compensation with { MinimumCallIn = d } } }), StringComparison.Ordinal); // on-call JSON
        Assert.Equal(iso, CliFormat.IsoDuration(d));                        // tai's result lines
        Assert.Contains($"\"atRiskLead\": \"{iso}\"", SlaPolicyJson.Write(SlaPolicy.Default with { AtRiskLead = d }), StringComparison.Ordinal);
        Assert.Contains($"\"apiDownOver\": \"{iso}\"", IncidentPolicyJson.Write(IncidentPolicy.Default with { ApiDownOver = d }), StringComparison.Ordinal);
        Assert.Contains($"\"inactiveAfter\": \"{iso}\"", (CustomerTemplatePolicy.Default with { InactiveAfter = d }).ToJson(), StringComparison.Ordinal);
        Assert.Contains($"\"closeToMissWithin\": \"{iso}\"", (ReportPolicy.Default with { CloseToMissWithin = d }).ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void EveryReader_ReadsTheOneSpellingBack(int minutes, string iso, string human)
    {
        _ = human;
        Assert.True(IsoDuration.TryParse(iso, out var read, out var problem), problem);
        Assert.Equal(Duration.FromMinutes(minutes), read);
    }

    [Fact]
    public void Days_AreReadAs24HoursOutsideSlaTargets_AndRefusedInThem_WeeksNever()
    {
        Assert.Equal(Duration.FromDays(14), IncidentPolicyJson.Read("""{"followUpAfter":"P14D"}""").GetValueOrThrow().FollowUpAfter);
        Assert.Contains(SlaPolicyJson.Read("""{"atRiskLead":"P1D"}""").Problems, p => p.PropertyName == "$.atRiskLead" && p.ErrorMessage.Contains("counts days", StringComparison.Ordinal));
        Assert.Contains("weeks, months or years", Assert.Single(IncidentPolicyJson.Read("""{"followUpAfter":"P2W"}""").Problems).ErrorMessage, StringComparison.Ordinal);
    }
}
