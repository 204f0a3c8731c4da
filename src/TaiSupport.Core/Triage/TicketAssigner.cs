using NodaTime;
using TaiSupport.Core.Escalation;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Ticket assignment (manual §2.3, D15), built once from a validated <see cref="AssignmentPolicy"/>: who takes a ticket,
/// by skill, load and availability, with a trace. Verb family: <c>Evaluate</c> (docs/architecture.md, "One anatomy").
/// The static <see cref="TicketAssignment.Assign"/> remains as a thin equivalent.
/// </summary>
/// <example>
/// <code>
/// var assigner = TicketAssigner.Default;                    // or new TicketAssigner(pack.Triage.Assignment)
/// var result = assigner.Evaluate(ticket, team, now);        // result.Assignee, result.Trace
/// </code>
/// </example>
public sealed class TicketAssigner
{
    /// <summary>Builds the assigner for <paramref name="policy"/>, validating it (as the <c>triage.assignment</c> section of a pack).</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public TicketAssigner(AssignmentPolicy policy)
    {
        Policy = TaiValidationException.Validated("assignment policy", policy, p => TriagePolicy.Validate(TriagePolicy.Default with { Assignment = p }));
    }

    /// <summary>The assigner of <see cref="AssignmentPolicy.Default"/>.</summary>
    public static TicketAssigner Default { get; } = new(AssignmentPolicy.Default);

    /// <summary>The policy this assigner applies.</summary>
    public AssignmentPolicy Policy { get; }

    /// <summary>Who takes <paramref name="ticket"/> out of <paramref name="team"/> at <paramref name="now"/>, and why (§2.3).</summary>
    /// <param name="ticket">The ticket to assign.</param>
    /// <param name="team">The team, with each member's skills, load and hours.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <returns>The assignee (or none) and the trace.</returns>
    public AssignmentResult Evaluate(AssignmentTicket ticket, IReadOnlyList<AssignableAgent> team, Instant now) =>
        TicketAssignment.Assign(ticket, team, now, Policy);
}
