using NodaTime.Text;
using ScottPlot;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Cli.Reporting;

/// <summary>
/// Draws the week's volume and SLA-met trend (manual §8.2) with ScottPlot: new tickets per day as bars on the left
/// axis, the share of SLA clocks met per day as a line on the right axis (days without a decided clock are skipped).
/// </summary>
internal static class WeeklyChart
{
    private static readonly LocalDatePattern DayLabel = LocalDatePattern.CreateWithInvariantCulture("ddd d");

    public static void Save(WeeklyReport report, string path, int width = 900, int height = 480)
    {
        var days = report.Days;
        var plot = new Plot();
        double[] positions = [.. Enumerable.Range(0, days.Length).Select(i => (double)i)];

        var bars = plot.Add.Bars(positions, [.. days.Select(d => (double)d.New)]);
        bars.LegendText = "New tickets";
        bars.Color = Color.FromHex("#4C78A8");

        var withSla = days.Select((d, i) => (i, d.SlaMetPercent)).Where(x => x.SlaMetPercent is not null).ToList();
        var line = plot.Add.Scatter(withSla.Select(x => (double)x.i).ToArray(), withSla.Select(x => (double)x.SlaMetPercent!.Value).ToArray());
        line.LegendText = "SLA clocks met (%)";
        line.Color = Color.FromHex("#F58518");
        line.LineWidth = 3;
        line.MarkerSize = 9;
        line.Axes.YAxis = plot.Axes.Right;

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            positions, [.. days.Select(d => DayLabel.Format(d.Period.First))]);
        plot.Axes.Left.Label.Text = "New tickets";
        plot.Axes.Right.Label.Text = "SLA met (%)";
        plot.Axes.SetLimitsY(0, Math.Max(1, days.Max(d => d.New)) * 1.25, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
        plot.Axes.SetLimitsX(-0.6, days.Length - 0.4);
        plot.Title($"Week of {report.Week.Period}: {report.Week.New} tickets, {(report.Week.SlaMetPercent is { } met ? $"{Math.Round(met, MidpointRounding.AwayFromZero)}% SLA met" : "no SLA clock decided")}");
        plot.ShowLegend(Edge.Bottom);
        plot.SavePng(path, width, height);
    }
}
