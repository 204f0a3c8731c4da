using System.Text.RegularExpressions;

namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// The samples carry no JSON readers of their own (issue 11, "Done when"): no <c>JsonDocument</c>, <c>Utf8JsonReader</c>
/// or <c>JsonElement</c> walking in <c>samples/</c>; a line or body is read by the library (<c>JsonLinesReader</c>,
/// <c>TaiJson.Read</c> over a sample's own record, or a format's reader). The files below are not converted yet; the list
/// may only shrink.
/// </summary>
public sealed partial class SampleJsonWalkingTests
{
    private static readonly HashSet<string> NotYetConverted = new(StringComparer.Ordinal)
    {
        "TaiSupport.Cli/Cli/LineFields.cs",
        "TaiSupport.Cli/Commands/AssignCommand.cs",
        "TaiSupport.Cli/Commands/CustomersCommand.cs",
        "TaiSupport.Cli/Commands/PolicyCommand.cs",
        "TaiSupport.Cli/Commands/QaCommand.cs",
        "TaiSupport.Cli/Commands/TemplateCommand.cs",
        "TaiSupport.Cli/Reporting/KbInputs.cs",
        "TaiSupport.Cli/Reporting/ReportInputs.cs",
        "TaiSupport.Helpdesk/Api/IncidentEndpoints.cs",
        "TaiSupport.Helpdesk/Api/JsonBody.cs",
        "TaiSupport.Helpdesk/Api/RequestFields.cs",
        "TaiSupport.Helpdesk/Api/TicketEndpoints.cs",
    };

    [Fact]
    public void NoSampleFile_WalksJson_ExceptTheOnesNotYetConverted()
    {
        var samples = Samples();
        var walkers = Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(samples, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => Walking().IsMatch(File.ReadAllText(Path.Combine(samples, f))))
            .ToList();

        Assert.Contains(walkers, NotYetConverted.Contains); // the scan sees the samples
        var outside = walkers.Where(f => !NotYetConverted.Contains(f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(outside.Count == 0, "JSON walked in a sample (read it with JsonLinesReader / TaiJson.Read and a record instead): " + string.Join(", ", outside));
    }

    [Fact]
    public void TheJsonLinesRunner_AndTheOnCallFiles_AreAmongTheConverted()
    {
        var samples = Samples();
        foreach (var file in new[] { "TaiSupport.Cli/Cli/JsonLines.cs", "TaiSupport.Cli/OnCall/OnCallFiles.cs", "TaiSupport.Cli/OnCall/OnCallSwapCommand.cs", "TaiSupport.Cli/OnCall/OnCallLines.cs" })
        {
            var text = File.ReadAllText(Path.Combine(samples, file));
            Assert.False(Walking().IsMatch(text), file);
            Assert.True(file.EndsWith("JsonLines.cs", StringComparison.Ordinal) || !text.Contains("LineFields", StringComparison.Ordinal), file); // the lead deletes the LineFields overloads of JsonLines
        }
    }

    /// <summary>Parsing or walking JSON by hand: a document or reader, property look-ups, enumeration, kinds.</summary>
    [GeneratedRegex(@"JsonDocument|Utf8JsonReader|\.GetProperty\(|\.TryGetProperty\(|\.EnumerateObject\(|\.EnumerateArray\(|\.ValueKind\b|JsonNode\.Parse\(")]
    private static partial Regex Walking();

    private static string Samples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "TaiSupport.Cli")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "samples");
    }
}
