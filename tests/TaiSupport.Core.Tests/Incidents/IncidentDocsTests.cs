using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>The end-to-end example in docs/incidents.md is real output: these tests fail when it rots.</summary>
public sealed class IncidentDocsTests
{
    private static readonly string[] Signals =
    [
        """{"id":"13:58","latencyMs":850,"errorRatePct":2.5}""",
        """{"id":"14:00","apiDownMinutes":3,"errorRatePct":31}""",
        """{"id":"14:00:01","apiDownSeconds":181,"errorRatePct":38,"customersUnableCoreFeaturePct":12}""",
        """{"id":"ticket-881","userError":"wrongApiKey","singleCustomerCoreFeatureOutageMinutes":40}""",
    ];

    private static string Docs()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TaiSupport.Core.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory.FullName, "docs", "incidents.md")).ReplaceLineEndings("\n");
    }

    [Fact]
    public void Docs_AssessExample_IsTheCommandsOutput()
    {
        var docs = Docs();
        var (_, output, _) = CliRunner.Run(string.Join('\n', Signals), "incident", "assess", "--input", "-");
        foreach (var line in Signals.Concat(CliRunner.Lines(output)))
        {
            Assert.Contains(line, docs);
        }
    }

    [Fact]
    public void Docs_IncidentAndMessages_AreTheTestedExampleAndItsRendering()
    {
        var docs = Docs();
        Assert.Contains(IncidentExamples.Json.ReplaceLineEndings("\n").Trim(), docs);
        Assert.Contains(IncidentMessages.RenderResolutionNotice(IncidentExamples.Record, IncidentPolicy.Default).Text!, docs);
        Assert.Contains(IncidentMessages.RenderPostMortem(IncidentExamples.Record, IncidentPolicy.Default).Text!, docs);
    }
}
