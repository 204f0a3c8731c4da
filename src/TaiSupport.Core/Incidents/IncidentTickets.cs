using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Incidents;

/// <summary>A support ticket as incidents see it: who filed it, when, about what.</summary>
/// <remarks>Manual §3.2 phase 2 ("count affected customers", "monitor incoming support tickets for patterns").</remarks>
public sealed record IncidentTicket
{
    /// <summary>The ticket's id; a ticket counts once however often it is linked.</summary>
    public required string TicketId { get; init; }

    /// <summary>The customer who filed it.</summary>
    public required string CustomerId { get; init; }

    /// <summary>The customer's tier.</summary>
    public required Tier Tier { get; init; }

    /// <summary>When the ticket was opened.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>The ticket's category (§2.2), if set.</summary>
    public string? Category { get; init; }

    /// <summary>The subject and body, searched for evidence words.</summary>
    public string? Text { get; init; }

    /// <summary>The customer's phone number, when they gave one (§3.3: Enterprise customers are called too).</summary>
    public string? Phone { get; init; }
}

/// <summary>Customers affected by an incident, counted from the tickets linked to it.</summary>
/// <param name="Customers">Distinct affected customers.</param>
/// <param name="ByTier">Distinct customers per tier (Enterprise first), tiers with none left out.</param>
/// <param name="Tickets">Distinct linked tickets found.</param>
/// <param name="CustomerIds">The affected customers' ids, sorted.</param>
/// <param name="UnknownTickets">Linked ids with no matching ticket, sorted.</param>
/// <param name="Note">The notice's note on tiers: <c>all Professional/Enterprise tiers</c>, <c>all Enterprise tier</c>, or null when Starter is affected.</param>
/// <param name="Scope"><c>none</c>, <c>single-customer</c> or <c>widespread</c> (§3.2 phase 2 "widespread or single-customer").</param>
public sealed record AffectedCustomers(
    int Customers, ImmutableArray<TierCount> ByTier, int Tickets, ImmutableArray<string> CustomerIds, ImmutableArray<string> UnknownTickets, string? Note, string Scope)
{
    /// <summary>The incident's impact with the counts from the links and the request figures from monitoring.</summary>
    /// <param name="impact">The record's impact (requests, revenue).</param>
    /// <returns>The impact with <see cref="IncidentImpact.AffectedCustomers"/> and its note taken from the links.</returns>
    public IncidentImpact ApplyTo(IncidentImpact? impact) =>
        (impact ?? new IncidentImpact()) with { AffectedCustomers = Customers, AffectedCustomersNote = Note };
}

/// <summary>How many distinct customers (and tickets) of a tier are affected.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Customers">Distinct customers.</param>
/// <param name="Tickets">Distinct tickets.</param>
public sealed record TierCount(Tier Tier, int Customers, int Tickets);

/// <summary>A ticket suggested for linking to an incident, with why.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Reasons">What matched: the time window, the category, evidence words.</param>
public sealed record LinkSuggestion(string TicketId, ImmutableArray<string> Reasons);

/// <summary>What an incident's tickets are matched on: its category and the words that show up in affected customers' tickets.</summary>
/// <param name="Category">The category tickets about the incident carry, if any (e.g. <c>Integration</c>).</param>
/// <param name="Words">Evidence words, whole words and any case (e.g. <c>webhook</c>, <c>webhooks</c>, <c>502</c>).</param>
public sealed record IncidentEvidence(string? Category, ImmutableArray<string> Words);

/// <summary>A burst of similar tickets that may be an incident nobody has declared yet.</summary>
/// <param name="Word">The evidence word the tickets share.</param>
/// <param name="Tier">The tier the tickets come from.</param>
/// <param name="TicketIds">The tickets, in order of opening.</param>
/// <param name="First">The first ticket's opening.</param>
/// <param name="Last">The last ticket's opening.</param>
/// <param name="Summary">The finding in words: <c>7 Enterprise tickets mentioning webhooks in 20 minutes</c>.</param>
public sealed record TicketCluster(string Word, Tier Tier, ImmutableArray<string> TicketIds, Instant First, Instant Last, string Summary);

/// <summary>Thresholds for linking tickets to incidents and for spotting bursts of tickets.</summary>
/// <remarks>Manual §3.2 phase 2; the manual gives no numbers, so every value here is our choice (docs/incident-tickets.md).</remarks>
public sealed record IncidentTicketPolicy
{
    /// <summary>The policy described in docs/incident-tickets.md.</summary>
    public static IncidentTicketPolicy Default { get; } = new();

    /// <summary>Tickets opened this long before the declaration may belong to the incident.</summary>
    /// <value>The default is 30 minutes (our choice).</value>
    public Duration LinkWindowBefore { get; init; } = Duration.FromMinutes(30);

    /// <summary>Tickets opened this long after resolution may still belong to it.</summary>
    /// <value>The default is 1 hour (our choice).</value>
    public Duration LinkWindowAfter { get; init; } = Duration.FromHours(1);

    /// <summary>A burst is this many tickets or more …</summary>
    /// <value>The default is 5 (our choice; the manual's pattern example has 7).</value>
    public int ClusterMinTickets { get; init; } = 5;

    /// <summary>… opened within this long of each other (first to last, inclusive).</summary>
    /// <value>The default is 20 minutes (our choice).</value>
    public Duration ClusterWindow { get; init; } = Duration.FromMinutes(20);

    /// <summary>The words watched for bursts (whole words, any case; a trailing <c>s</c> also matches).</summary>
    /// <value>The default lists the §3.1/§3.2 symptoms: webhook, timeout, 500, 502, 503, latency, slow, down, outage, error, sync, login, database.</value>
    public ImmutableArray<string> ClusterWords { get; init; } = ["webhook", "timeout", "500", "502", "503", "latency", "slow", "down", "outage", "error", "sync", "login", "database"];

    /// <summary>Checks the policy, listing every problem.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new IncidentTicketPolicyValidator().Validate(this);
}

/// <summary>Validates an <see cref="IncidentTicketPolicy"/>.</summary>
public sealed class IncidentTicketPolicyValidator : AbstractValidator<IncidentTicketPolicy>
{
    /// <summary>Creates the validator.</summary>
    public IncidentTicketPolicyValidator()
    {
        RuleFor(p => p.LinkWindowBefore).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
        RuleFor(p => p.LinkWindowAfter).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
        RuleFor(p => p.ClusterMinTickets).GreaterThanOrEqualTo(2).WithMessage(p => $"must be at least 2, got {p.ClusterMinTickets}.");
        RuleFor(p => p.ClusterWindow).GreaterThan(Duration.Zero).WithMessage("must be a positive duration.");
        RuleFor(p => p.ClusterWords).Must(w => !w.IsDefault && w.All(x => !string.IsNullOrWhiteSpace(x))).WithMessage("every word must be non-blank.");
    }
}

/// <summary>
/// Incidents tied to the tickets they cause (§3.2 phase 2): the affected customers counted from linked tickets, links
/// suggested by time window, category and evidence words, and bursts of similar tickets flagged as possible incidents.
/// </summary>
/// <remarks>
/// A ticket counts once and a customer counts once, whatever the order or repetition of the links (a property test).
/// Feed <see cref="AffectedCustomers.ApplyTo"/> into <see cref="IncidentRecord.Impact"/> and the resolution notice's
/// "Affected Customers: 12 (all Professional/Enterprise tiers)" comes from the links, not from a typed count.
/// </remarks>
/// <example>
/// <code>
/// var affected = IncidentTickets.Affected(linkedIds, tickets);
/// var record = incident with { Impact = affected.ApplyTo(incident.Impact) };
/// var notice = IncidentMessages.RenderResolutionNotice(record, IncidentPolicy.Default);
/// </code>
/// </example>
public static class IncidentTickets
{
    /// <summary>The customers affected, counted from the linked tickets.</summary>
    /// <param name="linkedTicketIds">The ids linked to the incident, in any order, repeats allowed.</param>
    /// <param name="tickets">The tickets known (ids looked up here; the first ticket with an id wins).</param>
    /// <returns>The counts by tier, the scope and the notice's tier note.</returns>
    public static AffectedCustomers Affected(IEnumerable<string> linkedTicketIds, IEnumerable<IncidentTicket> tickets)
    {
        ArgumentNullException.ThrowIfNull(linkedTicketIds);
        ArgumentNullException.ThrowIfNull(tickets);
        var byId = new Dictionary<string, IncidentTicket>(StringComparer.Ordinal);
        foreach (var ticket in tickets)
        {
            byId.TryAdd(ticket.TicketId, ticket);
        }

        var linked = new SortedSet<string>(linkedTicketIds, StringComparer.Ordinal);
        var found = linked.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
        var unknown = linked.Where(id => !byId.ContainsKey(id)).ToImmutableArray();

        // A customer's tier is the highest tier among its linked tickets, so a customer is in exactly one tier.
        var customers = found.GroupBy(t => t.CustomerId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Tier: g.Max(t => t.Tier), Tickets: g.Count()))
            .ToArray();
        var byTier = customers.GroupBy(c => c.Tier).OrderByDescending(g => g.Key)
            .Select(g => new TierCount(g.Key, g.Count(), g.Sum(c => c.Tickets))).ToImmutableArray();
        var tiers = byTier.Select(t => t.Tier).ToHashSet();
        string? note = tiers.Count == 0 || tiers.Contains(Tier.Starter) ? null
            : tiers.Count == 2 ? "all Professional/Enterprise tiers"
            : $"all {tiers.Single()} tier";
        var scope = customers.Length switch { 0 => "none", 1 => "single-customer", _ => "widespread" };
        return new AffectedCustomers(
            customers.Length, byTier, found.Length, [.. customers.Select(c => c.Id).Order(StringComparer.Ordinal)], unknown, note, scope);
    }

    /// <summary>Tickets that may belong to the incident: opened in its window, and matching its category or evidence words.</summary>
    /// <param name="incident">The incident (declared, resolved).</param>
    /// <param name="evidence">Its category and evidence words.</param>
    /// <param name="tickets">Candidate tickets.</param>
    /// <param name="now">The evaluation instant: the window's end while the incident is unresolved.</param>
    /// <param name="policy">The window.</param>
    /// <returns>The suggestions, in order of opening, each with its reasons.</returns>
    public static ImmutableArray<LinkSuggestion> Suggest(
        IncidentRecord incident, IncidentEvidence evidence, IEnumerable<IncidentTicket> tickets, Instant now, IncidentTicketPolicy policy) =>
        SuggestValid(incident, evidence, tickets, now, Valid(policy));

    /// <summary>The policy, validated with the library's one failure model (<see cref="TaiValidationException"/>).</summary>
    internal static IncidentTicketPolicy Valid(IncidentTicketPolicy policy) =>
        TaiValidationException.Validated("incident-ticket policy", policy, p => new IncidentTicketPolicyValidator().Validate(p));

    /// <summary><see cref="Suggest"/> under a policy already validated.</summary>
    internal static ImmutableArray<LinkSuggestion> SuggestValid(
        IncidentRecord incident, IncidentEvidence evidence, IEnumerable<IncidentTicket> tickets, Instant now, IncidentTicketPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(tickets);
        var from = incident.DeclaredAt - policy.LinkWindowBefore;
        var to = incident.ResolvedAt is { } resolved ? resolved + policy.LinkWindowAfter : now;
        var words = evidence.Words.IsDefault ? [] : evidence.Words;
        var suggestions = new List<(Instant At, LinkSuggestion Suggestion)>();
        foreach (var ticket in tickets.DistinctBy(t => t.TicketId, StringComparer.Ordinal))
        {
            if (ticket.OpenedAt < from || ticket.OpenedAt > to)
            {
                continue;
            }

            var reasons = new List<string> { $"opened {OffsetInstant.Format(ticket.OpenedAt, incident.Zone)}, inside the incident's window" };
            if (evidence.Category is { } category && string.Equals(category, ticket.Category, StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add($"category {SafeText.Echo(category, 40)}");
            }

            var matched = words.Where(w => Mentions(ticket.Text, w)).ToArray();
            if (matched.Length > 0)
            {
                reasons.Add($"mentions {string.Join(", ", matched.Select(w => SafeText.Echo(w, 40)))}");
            }

            if (reasons.Count > 1)
            {
                suggestions.Add((ticket.OpenedAt, new LinkSuggestion(ticket.TicketId, [.. reasons])));
            }
        }

        return [.. suggestions.OrderBy(s => s.At).ThenBy(s => s.Suggestion.TicketId, StringComparer.Ordinal).Select(s => s.Suggestion)];
    }

    /// <summary>
    /// Bursts of tickets from one tier mentioning one watched word within the policy's window ("7 Enterprise tickets
    /// mentioning webhooks in 20 minutes"): for each word and tier, the window with the most tickets, when it holds at
    /// least <see cref="IncidentTicketPolicy.ClusterMinTickets"/>.
    /// </summary>
    /// <param name="tickets">Incoming tickets, in any order.</param>
    /// <param name="policy">The window, the minimum and the words.</param>
    /// <returns>The clusters, largest first.</returns>
    public static ImmutableArray<TicketCluster> Clusters(IEnumerable<IncidentTicket> tickets, IncidentTicketPolicy policy) =>
        ClustersValid(tickets, Valid(policy));

    /// <summary><see cref="Clusters"/> under a policy already validated.</summary>
    internal static ImmutableArray<TicketCluster> ClustersValid(IEnumerable<IncidentTicket> tickets, IncidentTicketPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var all = tickets.DistinctBy(t => t.TicketId, StringComparer.Ordinal).ToArray();
        var clusters = new List<TicketCluster>();
        foreach (var word in policy.ClusterWords.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var group in all.Where(t => Mentions(t.Text, word)).GroupBy(t => t.Tier))
            {
                var sorted = group.OrderBy(t => t.OpenedAt).ThenBy(t => t.TicketId, StringComparer.Ordinal).ToArray();
                var (bestStart, bestCount) = (0, 0);
                for (int start = 0, end = 0; start < sorted.Length; start++)
                {
                    while (end < sorted.Length && sorted[end].OpenedAt - sorted[start].OpenedAt <= policy.ClusterWindow)
                    {
                        end++;
                    }

                    if (end - start > bestCount)
                    {
                        (bestStart, bestCount) = (start, end - start);
                    }
                }

                if (bestCount >= policy.ClusterMinTickets)
                {
                    var window = sorted.AsSpan(bestStart, bestCount).ToArray();
                    var plural = word.EndsWith('s') || char.IsDigit(word[^1]) ? word : word + "s";
                    clusters.Add(new TicketCluster(
                        word, group.Key, [.. window.Select(t => t.TicketId)], window[0].OpenedAt, window[^1].OpenedAt,
                        $"{bestCount} {group.Key} tickets mentioning {plural} in {HumanDuration.Format(window[^1].OpenedAt - window[0].OpenedAt)} (window {HumanDuration.Format(policy.ClusterWindow)}): possible incident"));
                }
            }
        }

        return [.. clusters.OrderByDescending(c => c.TicketIds.Length).ThenBy(c => c.First).ThenBy(c => c.Word, StringComparer.Ordinal).ThenByDescending(c => c.Tier)];
    }

    /// <summary>True when <paramref name="text"/> has <paramref name="word"/> as a whole word (or with a trailing s), any case.</summary>
    internal static bool Mentions(string? text, string word)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(word))
        {
            return false;
        }

        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (end < text.Length && (text[end] is 's' or 'S'))
            {
                end++;
            }

            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
