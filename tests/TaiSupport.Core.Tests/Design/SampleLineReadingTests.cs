namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// Issue 11 ("samples carry no JSON readers of their own"): the <c>tai</c> commands moved off the sample's field walker
/// read their lines and files through the library (records under <c>samples/TaiSupport.Cli/Lines/</c> with
/// <c>TaiJson.Read</c>, or a library reader). Fails when one of them walks JSON again. The list may only grow.
/// </summary>
public sealed class SampleLineReadingTests
{
    private static readonly string[] Converted =
    [
        "Commands/AssignCommand.cs", "Commands/CalendarCommand.cs", "Commands/CustomersCommand.cs", "Commands/QaCommand.cs",
        "Commands/ReviewCommands.cs", "Commands/WordsCommand.cs", "Commands/SlackCommand.cs", "Commands/PolicyCommand.cs",
        "Commands/TemplateCommand.cs", "Reporting/KbInputs.cs", "Reporting/ReportInputs.cs", "Reporting/StandupInputs.cs",
        "Lines/",
    ];

    private static readonly string[] Walking =
    [
        "LineFields", "JsonDocument", "Utf8JsonReader", "EnumerateObject", "EnumerateArray", "TryGetProperty", "GetProperty(", "ValueKind", "ForEachObject",
    ];

    [Fact]
    public void TheConvertedCommands_WalkNoJsonThemselves()
    {
        var cli = Path.Combine(Reporting.SampleFilesTests.RepositoryRoot(), "samples", "TaiSupport.Cli");
        var files = Converted.SelectMany(c => c.EndsWith('/') ? Directory.GetFiles(Path.Combine(cli, c), "*.cs") : [Path.Combine(cli, c)]).ToList();
        Assert.True(files.Count > Converted.Length, "the Lines folder holds the line records");
        var found = files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Walking.Any(w => x.line.Contains(w, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(cli, x.f)}:{x.i + 1}: {x.line.Trim()}");
        Assert.Empty(found);
    }
}
