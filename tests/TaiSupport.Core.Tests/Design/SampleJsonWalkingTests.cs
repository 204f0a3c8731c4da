using System.Text.RegularExpressions;

namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// The samples carry no JSON readers of their own (issue 11, "Done when"): no <c>JsonDocument</c>, <c>Utf8JsonReader</c>
/// or <c>JsonElement</c> walking in <c>samples/</c>; a line or body is read by the library (<c>JsonLinesReader</c>,
/// <c>TaiJson.Read</c> over a sample's own record, or a format's reader).
/// </summary>
public sealed partial class SampleJsonWalkingTests
{
    [Fact]
    public void NoSampleFile_WalksJson()
    {
        var samples = Path.Combine(Reporting.SampleFilesTests.RepositoryRoot(), "samples");
        var files = Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(samples, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToList();
        var walkers = files.Where(f => Walking().IsMatch(File.ReadAllText(Path.Combine(samples, f)))).ToList();

        Assert.Contains("TaiSupport.Cli/Cli/JsonLines.cs", files); // the scan sees both samples
        Assert.Contains("TaiSupport.Helpdesk/Api/TicketEndpoints.cs", files);

        Assert.True(walkers.Count == 0, "JSON walked in a sample (read it with JsonLinesReader / TaiJson.Read and a record instead): " + string.Join(", ", walkers));
    }

    [Fact]
    public void TheJsonLinesRunner_AndTheOnCallFiles_AreAmongTheConverted()
    {
        var samples = Path.Combine(Reporting.SampleFilesTests.RepositoryRoot(), "samples");
        foreach (var file in new[] { "TaiSupport.Cli/Cli/JsonLines.cs", "TaiSupport.Cli/OnCall/OnCallFiles.cs", "TaiSupport.Cli/OnCall/OnCallSwapCommand.cs", "TaiSupport.Cli/OnCall/OnCallLines.cs" })
        {
            var text = File.ReadAllText(Path.Combine(samples, file));
            Assert.False(Walking().IsMatch(text), file);
            Assert.DoesNotContain("LineFields", text, StringComparison.Ordinal);
        }
    }

    /// <summary>Parsing or walking JSON by hand: a document or reader, property look-ups, enumeration, kinds.</summary>
    [GeneratedRegex(@"JsonDocument|Utf8JsonReader|\.GetProperty\(|\.TryGetProperty\(|\.EnumerateObject\(|\.EnumerateArray\(|\.ValueKind\b|JsonNode\.Parse\(")]
    private static partial Regex Walking();
}
