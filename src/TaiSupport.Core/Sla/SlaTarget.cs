using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// One cell of the SLA table: for a tier and priority, the first-response and resolution clocks (manual §1.2, §1.3,
/// §2.2.5, quick reference "SLA Targets"; D5, D6).
/// </summary>
/// <param name="Tier">The customer tier.</param>
/// <param name="Priority">The ticket priority.</param>
/// <param name="FirstResponse">The first-response clock; it never pauses (D7).</param>
/// <param name="Resolution">The resolution clock; it pauses while the ticket waits on the customer (D7).</param>
/// <example>
/// <code>
/// new SlaTarget(Tier.Professional, Priority.Medium,
///     new SlaClock(Duration.FromHours(4), "professional-hours"),
///     new SlaClock(Duration.FromHours(18), "professional-hours")) { Source = "§1.3; D4" }
/// </code>
/// </example>
public sealed record SlaTarget(Tier Tier, Priority Priority, SlaClock FirstResponse, SlaClock Resolution)
{
    /// <summary>Where the numbers come from, cited in the evaluation trace.</summary>
    /// <value>The default is <c>SLA policy</c>; the default policy's cells cite the manual and default-policy ids.</value>
    public string Source { get; init; } = "SLA policy";

    /// <inheritdoc />
    public override string ToString() =>
        $"{Tier} × {Priority}: first response {FirstResponse.Target} on {FirstResponse.CalendarId}, resolution {Resolution.Target} on {Resolution.CalendarId}";
}
