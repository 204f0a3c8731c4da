using NodaTime;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// Latency as the JSON contracts write it (a decimal number of milliseconds, <c>latencyMs</c>, <c>latencyAboveMs</c>)
/// against the <see cref="Duration"/> the C# API uses (issue 12, docs/architecture.md "Units").
/// </summary>
internal static class Milliseconds
{
    /// <summary>The largest latency a file or a ticket's text may state: 10^12 ms (about 31.7 years).</summary>
    public const decimal Max = 1_000_000_000_000m;

    /// <summary>The duration of <paramref name="ms"/> milliseconds (to the nanosecond), clamped to 0…<see cref="Max"/>.</summary>
    public static Duration ToDuration(decimal ms) =>
        Duration.FromNanoseconds((long)Math.Round(Math.Clamp(ms, -Max, Max) * 1_000_000m, MidpointRounding.AwayFromZero));

    /// <summary>The duration of <paramref name="ms"/> milliseconds, or null.</summary>
    public static Duration? ToDuration(decimal? ms) => ms is { } v ? ToDuration(v) : null;

    /// <summary>The number of milliseconds in <paramref name="duration"/> (exact: <c>501</c>, <c>5.5</c>), or null.</summary>
    public static decimal? Of(Duration? duration) => duration is { } d ? Of(d) : null;

    /// <summary>The number of milliseconds in <paramref name="duration"/> (exact: <c>501</c>, <c>5.5</c>).</summary>
    public static decimal Of(Duration duration) => (decimal)duration.ToInt64Nanoseconds() / 1_000_000m;
}
