using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>A stretch of the instant line, <c>[Start, End)</c>.</summary>
/// <param name="Start">The first instant (inclusive).</param>
/// <param name="End">The end (exclusive).</param>
public readonly record struct TimeStretch(Instant Start, Instant End)
{
    /// <summary>The stretch's real length.</summary>
    public Duration Length => End - Start;
}
