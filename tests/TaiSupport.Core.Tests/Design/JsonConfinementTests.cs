namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// System.Text.Json lives in <c>Json/</c> and <c>Serialization/</c> only (issue 11, item 2). The files below still walk
/// JSON by hand in their capability's folder; each is converted to <c>Json/</c> in turn, and this list only shrinks —
/// a new file elsewhere that uses System.Text.Json, or a listed file that no longer does, fails the test.
/// </summary>
public sealed class JsonConfinementTests
{
    /// <summary>Not converted yet (the owner in brackets when it is another issue's).</summary>
    private static readonly string[] NotYetConverted =
    [
        "Incidents/IncidentJsonValues.cs",
        "Incidents/IncidentPolicyJson.cs",
        "Incidents/IncidentRecordJson.cs",
        "Lifecycle/TicketLifePolicyJson.cs",     // issue 14
        "Lifecycle/TicketLifeTrace.cs",          // issue 14
        "OnCall/OnCallJson.cs",                  // issue 17
        "OnCall/OnCallPayPolicyJson.cs",         // issue 17
        "Reporting/KnownIssueJson.cs",           // issue 16
        "Reporting/MonthlyReview.cs",            // issue 16
        "Reporting/PolicyJson.cs",
        "Reporting/QaPolicy.cs",
        "Reporting/ReportJson.cs",
        "Reporting/ReportPolicy.cs",
        "Reporting/ReportTicketJson.cs",
        "Reporting/Standup.cs",
        "Reporting/StandupRoutine.cs",           // issue 16
        "Triage/TriagePolicyJson.cs",
        "Triage/TriageRequestJson.cs",
    ];

    [Fact]
    public void SystemTextJson_IsUsedOnlyInJsonAndSerialization_AndTheAllowListOnlyShrinks()
    {
        var src = Source();
        var users = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(src, f)).Contains("System.Text.Json", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        var outside = users.Where(f => !f.StartsWith("Json/", StringComparison.Ordinal) && !f.StartsWith("Serialization/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var newOnes = outside.Except(NotYetConverted).Order(StringComparer.Ordinal).ToList();
        var converted = NotYetConverted.Except(outside).ToList();

        Assert.True(newOnes.Count == 0, "System.Text.Json outside Json/ and Serialization/ (move the JSON to Json/): " + string.Join(", ", newOnes));
        Assert.True(converted.Count == 0, "No longer uses System.Text.Json; remove from NotYetConverted: " + string.Join(", ", converted));
    }

    private static string Source()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "TaiSupport.Core")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "src", "TaiSupport.Core");
    }
}
