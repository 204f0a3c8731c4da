namespace TaiSupport.Core.Decisions;

/// <summary>The answer a decision-tree condition gives, with the reason that goes into the trace ("CSAT 3 &lt; 5").</summary>
/// <param name="Holds">True to take the yes-branch.</param>
/// <param name="Reason">Why, with the values involved.</param>
public readonly record struct Verdict(bool Holds, string Reason)
{
    /// <summary>A verdict that holds.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Yes(string reason) => new(true, reason);

    /// <summary>A verdict that does not hold.</summary>
    /// <param name="reason">Why not.</param>
    /// <returns>The verdict.</returns>
    public static Verdict No(string reason) => new(false, reason);

    /// <summary>A verdict from a test and one reason covering both outcomes.</summary>
    /// <param name="holds">The test.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Of(bool holds, string reason) => new(holds, reason);
}
