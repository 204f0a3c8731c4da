using System.Globalization;
using NodaTime;

namespace TaiSupport.Core.Decisions;

/// <summary>Response windows as people read them in a trace: "1 h", "24 h", "30 min", "1.5 h" (invariant culture).</summary>
internal static class WindowText
{
    public static string Format(Duration window)
    {
        if (window.BclCompatibleTicks % NodaConstants.TicksPerHour == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(long)window.TotalHours} h");
        }

        return window < Duration.FromHours(2) && window.BclCompatibleTicks % NodaConstants.TicksPerMinute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)window.TotalMinutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours:0.##} h");
    }
}
