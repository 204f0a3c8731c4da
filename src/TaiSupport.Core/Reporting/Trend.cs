using System.Globalization;

namespace TaiSupport.Core.Reporting;

/// <summary>Which way a number moved against its previous value.</summary>
public enum TrendDirection
{
    /// <summary>Within the stable band either way (→).</summary>
    Stable,

    /// <summary>Went up (↑).</summary>
    Up,

    /// <summary>Went down (↓).</summary>
    Down,

    /// <summary>There was nothing to compare with (the previous value was zero or missing).</summary>
    New,
}

/// <summary>
/// A change against the previous period, as the manual writes it: <c>↑ +15%</c> (weekly volume, §8.2),
/// <c>↑ +0.2</c> (CSAT, §8.2), <c>→ stable</c> (KB views, §6.3). One type serves the weekly report and the KB dashboard.
/// </summary>
/// <param name="Direction">Up, down, stable or new.</param>
/// <param name="Change">The change: a percentage for <see cref="IsPercent"/> trends, else an absolute difference; 0 for <see cref="TrendDirection.New"/>.</param>
/// <param name="IsPercent">True when <see cref="Change"/> is a percentage of the previous value.</param>
/// <example><code>Trend.Percent(47, 41, 2m).ToString() // "↑ +15%"</code></example>
public sealed record Trend(TrendDirection Direction, decimal Change, bool IsPercent)
{
    /// <summary>The relative change of <paramref name="current"/> against <paramref name="previous"/>.</summary>
    /// <param name="current">This period's value.</param>
    /// <param name="previous">The previous period's value; zero gives <see cref="TrendDirection.New"/>.</param>
    /// <param name="stableWithinPercent">A change strictly smaller than this, either way, is stable.</param>
    /// <returns>The trend.</returns>
    public static Trend Percent(decimal current, decimal previous, decimal stableWithinPercent)
    {
        if (previous == 0)
        {
            return new Trend(TrendDirection.New, 0, IsPercent: true);
        }

        var change = 100m * (current - previous) / previous;
        return new Trend(DirectionOf(change, stableWithinPercent), change, IsPercent: true);
    }

    /// <summary>The absolute change of <paramref name="current"/> against <paramref name="previous"/> (CSAT points).</summary>
    /// <param name="current">This period's value; null when unknown.</param>
    /// <param name="previous">The previous value; null gives <see cref="TrendDirection.New"/>.</param>
    /// <param name="stableWithin">A difference strictly smaller than this, either way, is stable.</param>
    /// <returns>The trend.</returns>
    public static Trend Difference(decimal? current, decimal? previous, decimal stableWithin)
    {
        if (current is not { } now || previous is not { } before)
        {
            return new Trend(TrendDirection.New, 0, IsPercent: false);
        }

        var change = now - before;
        return new Trend(DirectionOf(change, stableWithin), change, IsPercent: false);
    }

    /// <summary>The change rounded for display: whole percent, or one decimal for differences.</summary>
    public decimal RoundedChange => Math.Round(Change, IsPercent ? 0 : 1, MidpointRounding.AwayFromZero);

    /// <summary><c>↑ +15%</c>, <c>↓ -0.3</c>, <c>→ stable</c> or <c>new</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Direction switch
    {
        TrendDirection.New => "new",
        TrendDirection.Stable => "→ stable",
        _ => $"{(Direction == TrendDirection.Up ? "↑" : "↓")} {(RoundedChange >= 0 ? "+" : string.Empty)}{RoundedChange.ToString(IsPercent ? "0" : "0.0", CultureInfo.InvariantCulture)}{(IsPercent ? "%" : string.Empty)}",
    };

    private static TrendDirection DirectionOf(decimal change, decimal stableWithin) =>
        Math.Abs(change) < stableWithin ? TrendDirection.Stable
        : change > 0 ? TrendDirection.Up
        : TrendDirection.Down;
}
