using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaiSupport.Core.Benchmarks.Baselines;

/// <summary>One benchmark's figures read from a BenchmarkDotNet JSON report.</summary>
/// <param name="Name">The benchmark's full name (type, method and parameters).</param>
/// <param name="MedianNanoseconds">The median time per operation.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation, when the memory diagnoser ran.</param>
public sealed record BenchmarkFigure(string Name, double MedianNanoseconds, long? AllocatedBytes);

/// <summary>One row of a comparison: a benchmark in both runs, or in only one.</summary>
/// <param name="Name">The benchmark's full name.</param>
/// <param name="Baseline">Its figure in the baseline, if it was there.</param>
/// <param name="Current">Its figure in the current run, if it was there.</param>
/// <param name="Regressed">Whether the current median (or allocation) is beyond the threshold.</param>
public sealed record ComparisonRow(string Name, BenchmarkFigure? Baseline, BenchmarkFigure? Current, bool Regressed)
{
    /// <summary>Current median over baseline median; null unless both runs have the benchmark.</summary>
    public double? Ratio => Baseline is null || Current is null || Baseline.MedianNanoseconds <= 0 ? null : Current.MedianNanoseconds / Baseline.MedianNanoseconds;
}

/// <summary>
/// Compares a saved run with a later one (both BenchmarkDotNet JSON reports, <c>--exporters json</c>) benchmark by
/// benchmark: the ratio of medians, flagged as a regression beyond a threshold, and any new allocation.
/// </summary>
public static class BaselineComparison
{
    /// <summary>The default threshold: a median 25 % slower is a regression (short runs on a 2-core machine vary by ±10 %).</summary>
    public const double DefaultThreshold = 1.25;

    /// <summary>Reads every benchmark of the JSON reports at <paramref name="path"/> (a report file, or a folder searched for <c>*report*.json</c>).</summary>
    /// <param name="path">A file or folder.</param>
    /// <returns>The figures by full name.</returns>
    /// <exception cref="InvalidDataException">No readable report is there.</exception>
    public static IReadOnlyDictionary<string, BenchmarkFigure> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*report*.json", SearchOption.AllDirectories)
            : File.Exists(path) ? [path] : throw new InvalidDataException($"'{path}' is neither a report file nor a folder.");
        var figures = new Dictionary<string, BenchmarkFigure>(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var figure in ReadReport(file))
            {
                figures[figure.Name] = figure;
            }
        }

        return figures.Count > 0 ? figures : throw new InvalidDataException($"'{path}' holds no BenchmarkDotNet JSON report with benchmarks.");
    }

    /// <summary>Reads one BenchmarkDotNet JSON report.</summary>
    /// <param name="file">The report.</param>
    /// <returns>Its benchmarks that have statistics.</returns>
    /// <exception cref="InvalidDataException">The file is not such a report.</exception>
    public static IReadOnlyList<BenchmarkFigure> ReadReport(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (!document.RootElement.TryGetProperty("Benchmarks", out var benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"'{file}' has no \"Benchmarks\" array; write reports with --exporters json.");
            }

            var figures = new List<BenchmarkFigure>();
            foreach (var b in benchmarks.EnumerateArray())
            {
                if (b.TryGetProperty("FullName", out var name) && name.ValueKind == JsonValueKind.String
                    && b.TryGetProperty("Statistics", out var stats) && stats.ValueKind == JsonValueKind.Object
                    && stats.TryGetProperty("Median", out var median) && median.ValueKind == JsonValueKind.Number)
                {
                    long? allocated = b.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                        && memory.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number
                        ? bytes.GetInt64() : null;
                    figures.Add(new BenchmarkFigure(name.GetString()!, median.GetDouble(), allocated));
                }
            }

            return figures;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{file}' is not JSON: {e.Message}", e);
        }
    }

    /// <summary>Pairs the two runs' benchmarks and flags regressions.</summary>
    /// <param name="baseline">The saved run.</param>
    /// <param name="current">The later run.</param>
    /// <param name="threshold">The ratio of medians beyond which a benchmark has regressed, such as 1.25.</param>
    /// <returns>One row per benchmark in either run, by name.</returns>
    public static IReadOnlyList<ComparisonRow> Compare(IReadOnlyDictionary<string, BenchmarkFigure> baseline, IReadOnlyDictionary<string, BenchmarkFigure> current, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 1.0);
        return [.. baseline.Keys.Union(current.Keys).Order(StringComparer.Ordinal).Select(name =>
        {
            var before = baseline.GetValueOrDefault(name);
            var after = current.GetValueOrDefault(name);
            var slower = before is not null && after is not null && after.MedianNanoseconds > before.MedianNanoseconds * threshold;
            var allocates = before is not null && after is not null && (after.AllocatedBytes ?? 0) > (before.AllocatedBytes ?? 0);
            return new ComparisonRow(name, before, after, slower || allocates);
        })];
    }

    /// <summary>The comparison as a Markdown table with a closing line counting the regressions.</summary>
    /// <param name="rows">The rows of <see cref="Compare"/>.</param>
    /// <param name="threshold">The threshold used, for the closing line.</param>
    /// <returns>The table.</returns>
    public static string ToTable(IReadOnlyList<ComparisonRow> rows, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine("| Benchmark | Baseline median | Current median | Ratio | Baseline alloc | Current alloc | Verdict |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var verdict = row.Baseline is null ? "new" : row.Current is null ? "missing" : row.Regressed ? "REGRESSED" : "ok";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {Time(row.Baseline)} | {Time(row.Current)} | {(row.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "-")} | {Bytes(row.Baseline)} | {Bytes(row.Current)} | {verdict} |");
        }

        var regressed = rows.Count(r => r.Regressed);
        text.Append(CultureInfo.InvariantCulture, $"{regressed} of {rows.Count(r => r.Ratio is not null)} benchmarks regressed beyond {threshold.ToString("0.00", CultureInfo.InvariantCulture)}× or allocate more.");
        return text.ToString();
    }

    private static string Time(BenchmarkFigure? figure) => figure is null ? "-" : figure.MedianNanoseconds switch
    {
        < 1_000 => figure.MedianNanoseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (figure.MedianNanoseconds / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " µs",
        < 1_000_000_000 => (figure.MedianNanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        _ => (figure.MedianNanoseconds / 1_000_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };

    private static string Bytes(BenchmarkFigure? figure) => figure?.AllocatedBytes is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) + " B" : "-";
}
