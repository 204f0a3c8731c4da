using TaiSupport.Core.Benchmarks.Baselines;

namespace TaiSupport.Core.Benchmarks.Tests;

/// <summary>A saved run compared with a later one: ratios per benchmark, regressions flagged beyond the threshold.</summary>
public sealed class BaselineComparisonTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tai-baseline-").FullName;

    [Fact]
    public void Compare_SlowedBenchmark_IsFlaggedAndTheOthersAreNot()
    {
        var baseline = Report("base.json", ("Calendar.Add", 100, 0), ("Calendar.Elapsed", 80, 0), ("Sla.Evaluate", 1000, 400));
        var current = Report("current.json", ("Calendar.Add", 260, 0), ("Calendar.Elapsed", 84, 0), ("Sla.Evaluate", 1010, 400));

        var rows = BaselineComparison.Compare(BaselineComparison.Read(baseline), BaselineComparison.Read(current));

        Assert.Equal(["Calendar.Add"], rows.Where(r => r.Regressed).Select(r => r.Name));
        Assert.Equal(2.6, rows.Single(r => r.Name == "Calendar.Add").Ratio!.Value, 3);
        var table = BaselineComparison.ToTable(rows);
        Assert.Contains("| Calendar.Add | 100.0 ns | 260.0 ns | 2.60 | 0 B | 0 B | REGRESSED |", table, StringComparison.Ordinal);
        Assert.EndsWith("1 of 3 benchmarks regressed beyond 1.25× or allocate more.", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_JustUnderTheThreshold_IsNotARegression()
    {
        var rows = BaselineComparison.Compare(
            BaselineComparison.Read(Report("a.json", ("X", 100, 0))), BaselineComparison.Read(Report("b.json", ("X", 125, 0))), 1.25);
        Assert.False(rows.Single().Regressed);
        rows = BaselineComparison.Compare(
            BaselineComparison.Read(Report("c.json", ("X", 100, 0))), BaselineComparison.Read(Report("d.json", ("X", 125.1, 0))), 1.25);
        Assert.True(rows.Single().Regressed);
    }

    [Fact]
    public void Compare_NewAllocation_IsARegressionEvenWhenFaster()
    {
        var rows = BaselineComparison.Compare(
            BaselineComparison.Read(Report("a.json", ("X", 100, 0))), BaselineComparison.Read(Report("b.json", ("X", 90, 24))));
        Assert.True(rows.Single().Regressed);
    }

    [Fact]
    public void Compare_BenchmarksInOneRunOnly_AreListedAsNewOrMissing()
    {
        var rows = BaselineComparison.Compare(
            BaselineComparison.Read(Report("a.json", ("Old", 1, 0))), BaselineComparison.Read(Report("b.json", ("New", 1, 0))));
        var table = BaselineComparison.ToTable(rows);
        Assert.Contains("| New | - | 1.0 ns | - | - | 0 B | new |", table, StringComparison.Ordinal);
        Assert.Contains("| Old | 1.0 ns | - | - | 0 B | - | missing |", table, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Regressed);
    }

    [Fact]
    public void Read_Folder_ReadsEveryReportInIt()
    {
        Report("x-report-full.json", ("A", 1, 0));
        Report("y-report-full.json", ("B", 2, 0));
        Assert.Equal(["A", "B"], BaselineComparison.Read(folder).Keys.Order());
    }

    [Fact]
    public void Read_NotAReport_SaysWhy()
    {
        var file = Path.Combine(folder, "bad-report.json");
        File.WriteAllText(file, "{\"Title\":\"x\"}");
        Assert.Contains("no \"Benchmarks\" array", Assert.Throws<InvalidDataException>(() => BaselineComparison.Read(file)).Message, StringComparison.Ordinal);
        File.WriteAllText(file, "{not json");
        Assert.Contains("is not JSON", Assert.Throws<InvalidDataException>(() => BaselineComparison.Read(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommittedBaseline_HasTheCalendarYearRows()
    {
        var baseline = BaselineComparison.Read(Path.Combine(AppContext.BaseDirectory, "baselines"));
        Assert.Contains(baseline.Keys, k => k.Contains("CalendarYearBenchmarks.Add", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Report(string name, params (string Name, double Median, long Allocated)[] benchmarks)
    {
        var path = Path.Combine(folder, name);
        var items = benchmarks.Select(b =>
            "{\"FullName\":\"" + b.Name + "\",\"Statistics\":{\"Median\":" + b.Median.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"Mean\":1},\"Memory\":{\"BytesAllocatedPerOperation\":" + b.Allocated + "}}");
        File.WriteAllText(path, $$"""{"Title":"t","Benchmarks":[{{string.Join(",", items)}}]}""");
        return path;
    }
}
