using NodaTime;

namespace TaiSupport.Core.Decisions;

/// <summary>Response windows as people read them in a trace, in the one human spelling: "1h", "24h", "30m", "1h 30m".</summary>
internal static class WindowText
{
    public static string Format(Duration window) => TaiSupport.Core.Text.HumanDuration.Format(window);
}
