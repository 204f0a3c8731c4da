using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The ticket a triage decision opens (manual §2.1; D12), with the trace that explains it: what a host stores after
/// <see cref="TicketTriage.Evaluate(TriageRequest, Instant)"/>, so no host re-implements the §2.1 auto-resolve step.
/// </summary>
/// <param name="Ticket">The engine's ticket: tier, priority and category from triage; closed at creation when auto-resolved.</param>
/// <param name="Trace">Triage's trace, plus a <see cref="AutoResolveRule"/> step when the ticket was closed at creation.</param>
public sealed record TriagedTicket(Ticket Ticket, ImmutableArray<TraceStep> Trace)
{
    /// <summary>The rule id of the step that closes an auto-resolved ticket at creation (§2.1, D12).</summary>
    public const string AutoResolveRule = "triage.auto-resolve";

    /// <summary>
    /// Opens the ticket a triage result decided: tier, priority and category from <paramref name="result"/>. An
    /// auto-resolved API error (<see cref="TicketRoute.AutoResolve"/>, D12) gets its auto-response as the first response and
    /// is closed at creation, as §2.1 says: "send auto-response + close ticket" — and, since a closed ticket must carry them
    /// (§2.2.7, §2.2.8; <see cref="Reporting.ResolutionFields"/>), the root cause
    /// <see cref="RootCause.UserMisconfiguration"/> (every code on the auto-resolve list — an invalid key, a rate limit, a
    /// malformed request — is fixed on the caller's side) and a one-sentence <see cref="Ticket.ResolutionSummary"/>
    /// naming the code.
    /// </summary>
    /// <param name="result">The triage decision.</param>
    /// <param name="id">The ticket's id.</param>
    /// <param name="createdAt">The creation instant (the instant triage ran at).</param>
    /// <param name="assignee">The owner, when known.</param>
    /// <returns>The ticket and its trace.</returns>
    public static TriagedTicket Open(TriageResult result, string id, Instant createdAt, string? assignee = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ticket = new Ticket
        {
            Id = id,
            Tier = result.Tier,
            Priority = result.Priority,
            Category = result.Category,
            CreatedAt = createdAt,
            Assignee = assignee,
        };
        if (result.Route != TicketRoute.AutoResolve)
        {
            return new(ticket, result.Trace);
        }

        return new(
            ticket.WithStatusChange(createdAt, TicketStatus.Closed) with
            {
                FirstResponseAt = createdAt,
                RootCause = RootCause.UserMisconfiguration,
                ResolutionSummary = AutoResolvedSummary(result.Signals.ApiErrorCode),
            },
            result.Trace.Add(new TraceStep(AutoResolveRule, "§2.1, D12",
                "the auto-response counts as the first response and the ticket is closed at creation.")));
    }

    /// <summary>The one-sentence summary of an auto-resolved ticket (§2.2.8), naming the API error it answered.</summary>
    private static string AutoResolvedSummary(string? code) =>
        $"Closed at creation: the API error ({Text.SafeText.Echo(code ?? "unknown", 40)}) is on the auto-resolve list, so the customer was sent its documented fix as the auto-response.";
}
