using NodaTime;

namespace TaiSupport.Core.Decisions;

/// <summary>
/// Something a decision requires someone to do, with the window it must happen in: "page VP Product and the
/// on-call engineer within 1 hour" (manual §4.2, D13).
/// </summary>
/// <param name="Action">A stable, camelCase action name such as <c>pageVpProduct</c>.</param>
/// <param name="Within">The response window; null when the manual gives none ("standard support").</param>
/// <param name="Source">The manual section and default-policy id, such as <c>§4.2, D13</c>.</param>
/// <param name="Description">What to do, in the manual's words.</param>
/// <example><code>new DecisionAction("pageGeneralCounselAndCiso", Duration.FromHours(4), "§4.2, D13", "Page General Counsel + CISO")</code></example>
public sealed record DecisionAction(string Action, Duration? Within, string Source, string Description);
