using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Incident ↔ ticket links (manual §3.2, §3.3, §8.1), built once from a validated <see cref="IncidentTicketPolicy"/>.
/// Verb family: <c>Evaluate</c> (docs/architecture.md, "One anatomy"). <see cref="IncidentTickets"/> holds the static
/// equivalents, which validate the policy on every call.
/// </summary>
/// <example>
/// <code>
/// var links = IncidentTicketLinker.Default.EvaluateLinks(record, evidence, tickets, now);
/// </code>
/// </example>
public sealed class IncidentTicketLinker
{
    /// <summary>Builds the linker for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The link window, the cluster window, minimum and words.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public IncidentTicketLinker(IncidentTicketPolicy policy) => Policy = IncidentTickets.Valid(policy);

    /// <summary>The linker of <see cref="IncidentTicketPolicy.Default"/>.</summary>
    public static IncidentTicketLinker Default { get; } = new(IncidentTicketPolicy.Default);

    /// <summary>The policy this linker applies.</summary>
    public IncidentTicketPolicy Policy { get; }

    /// <summary>The customers affected, counted from the linked tickets (as <see cref="IncidentTickets.Affected"/>).</summary>
    /// <param name="linkedTicketIds">The ids linked to the incident, in any order, repeats allowed.</param>
    /// <param name="tickets">The tickets known (the first ticket with an id wins).</param>
    /// <returns>The counts by tier, the scope and the notice's tier note.</returns>
    public AffectedCustomers EvaluateAffected(IEnumerable<string> linkedTicketIds, IEnumerable<IncidentTicket> tickets) =>
        IncidentTickets.Affected(linkedTicketIds, tickets);

    /// <summary>Tickets that may belong to the incident (as <see cref="IncidentTickets.Suggest"/>).</summary>
    /// <param name="incident">The incident (declared, resolved).</param>
    /// <param name="evidence">Its category and evidence words.</param>
    /// <param name="tickets">Candidate tickets.</param>
    /// <param name="now">The evaluation instant: the window's end while the incident is unresolved.</param>
    /// <returns>The suggestions, in order of opening, each with its reasons.</returns>
    public ImmutableArray<LinkSuggestion> EvaluateLinks(IncidentRecord incident, IncidentEvidence evidence, IEnumerable<IncidentTicket> tickets, Instant now) =>
        IncidentTickets.SuggestValid(incident, evidence, tickets, now, Policy);

    /// <summary>Bursts of tickets from one tier mentioning one watched word (as <see cref="IncidentTickets.Clusters"/>).</summary>
    /// <param name="tickets">Incoming tickets, in any order.</param>
    /// <returns>The clusters, largest first.</returns>
    public ImmutableArray<TicketCluster> EvaluateClusters(IEnumerable<IncidentTicket> tickets) => IncidentTickets.ClustersValid(tickets, Policy);
}
