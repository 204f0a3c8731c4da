using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>
/// The sample data under samples/TaiSupport.Cli/Reporting/ (used by docs/reports.md) is the test fixture, written out:
/// this test fails when they drift. Regenerate with <c>TAI_WRITE_SAMPLES=1 dotnet test --filter SampleFilesTests</c>.
/// </summary>
public sealed class SampleFilesTests
{
    [Fact]
    public void ManualWeekFile_IsTheFixture()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "TaiSupport.Cli", "Reporting", "manual-week.jsonl");
        var expected = string.Concat(ManualWeek.Tickets().Select(t => ReportTicketJson.Write(t, R.Zone) + "\n"));
        if (Environment.GetEnvironmentVariable("TAI_WRITE_SAMPLES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
        Assert.All(File.ReadAllLines(path), line => Assert.True(ReportTicketJson.Read(line).IsValid, line));
        Assert.Equal(ManualWeek.Tickets().ToArray(), File.ReadAllLines(path).Select(l => ReportTicketJson.Read(l).Value!).ToArray());
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TaiSupport.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TaiSupport.Core.sln not found above the test binaries.");
    }
}
