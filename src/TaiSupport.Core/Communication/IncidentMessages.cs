using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Communication;

/// <summary>
/// The messages the manual prescribes for an incident (§3.2 phase 5): the resolution notice ("Final Update to
/// Customers") and the post-mortem skeleton, as <see cref="MessageTemplate"/>s rendered from an <see cref="IncidentRecord"/>.
/// A fact the message needs but the record lacks is a validation problem naming the record's field
/// (<c>impact.affectedCustomers</c>), never a blank.
/// </summary>
/// <remarks>
/// <para>
/// The service credit is the record's <see cref="IncidentRecord.ServiceCreditPct"/>, else the policy's
/// <see cref="IncidentPolicy.ServiceCreditPct"/> (25 % in the manual's example). Local times are in the record's zone.
/// When the record has no <see cref="IncidentRecord.Timeline"/>, the timeline is built from its milestones
/// (declared, customers notified, root cause found, escalated, Level 2 paged, resolved).
/// </para>
/// <para>
/// The post-mortem is a skeleton written before the meeting: the facts (date, severity, duration, attendees, what happened,
/// root cause, timeline, customers affected, requests failed) are required; what the meeting itself produces (what went
/// well, what didn't, action items, the revenue estimate) is filled in when the record has it and otherwise shows the
/// manual's bracketed prompt, such as <c>- [Thing that helped us resolve faster]</c>.
/// </para>
/// <para>
/// Use your own wording with the same fields: <c>MessageTemplate.Create(…).Render(IncidentMessages.Values(record, policy))</c>,
/// or <see cref="Render"/> to get problems named by record field.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var notice = IncidentMessages.RenderResolutionNotice(incident, IncidentPolicy.Default);
/// if (notice.IsValid) statusPage.Post(notice.Text);
/// else Console.Error.WriteLine(notice.DescribeProblems()); // "impact.affectedCustomers: ..."
/// </code>
/// </example>
public static class IncidentMessages
{
    private static readonly LocalTimePattern ClockTime = LocalTimePattern.CreateWithInvariantCulture("h:mm tt");

    /// <summary>Which record field each template field comes from, and what it is, for problem messages.</summary>
    private static readonly ImmutableDictionary<string, (string Path, string What)> Sources = new Dictionary<string, (string, string)>
    {
        ["resolvedAt"] = ("resolvedAt", "when the incident was resolved"),
        ["duration"] = ("resolvedAt", "when the incident was resolved"),
        ["summary"] = ("summary", "one paragraph on what happened"),
        ["rootCause"] = ("rootCause", "the root cause"),
        ["attendees"] = ("attendees", "the attendees' names"),
        ["affectedCustomers"] = ("impact.affectedCustomers", "the number of affected customers"),
        ["failedRequests"] = ("impact.failedRequests", "the number of failed requests"),
        ["totalRequests"] = ("impact.totalRequests", "the total number of requests"),
        ["prevention"] = ("prevention", "what was done to prevent a recurrence"),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The §3.2 phase-5 "Final Update to Customers".</summary>
    public static MessageTemplate ResolutionNotice { get; } = MessageTemplate.Create(
        "incident.resolved", "Resolution notice", "§3.2 phase 5",
        """
        INCIDENT RESOLVED [{{resolvedAt}}]

        Timeline:
        {{timeline}}

        Impact:
        - Duration: {{duration}}
        - Affected Customers: {{affectedCustomers}}
        - Errors: {{failedRequests}} failed requests (out of {{totalRequests}} total)
        - Service Credit: {{serviceCredit}} for affected customers (proactive, not requested)

        Prevention:
        {{prevention}}

        We apologize for the disruption. Questions? Reply to this thread.
        """);

    /// <summary>The §3.2 phase-5 post-mortem template.</summary>
    public static MessageTemplate PostMortem { get; } = MessageTemplate.Create(
        "incident.postmortem", "Post-mortem", "§3.2 phase 5",
        """
        INCIDENT POST-MORTEM
        Date: {{date}}
        Severity: {{severity}}
        Duration: {{duration}}
        Attendees: {{attendees}}

        WHAT HAPPENED:
        {{summary}}

        ROOT CAUSE:
        {{rootCause}}

        TIMELINE:
        {{postMortemTimeline}}

        IMPACT:
        - Customers affected: {{affectedCustomers}}
        - Requests failed: {{failedRequests}}
        - Duration: {{duration}}
        - Revenue impact: {{revenueImpact}}

        WHAT WENT WELL:
        {{wentWell}}

        WHAT DIDN'T GO WELL:
        {{wentBadly}}

        ACTION ITEMS:
        {{actionItems}}

        FOLLOW-UP:
        We'll verify fixes in {{followUp}}. Any blockers? Reply in thread.
        """);

    /// <summary>Renders the resolution notice.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="policy">The policy (service credit).</param>
    /// <returns>The text, or every missing fact named by its record field.</returns>
    public static RenderResult RenderResolutionNotice(IncidentRecord incident, IncidentPolicy policy) => Render(ResolutionNotice, incident, policy);

    /// <summary>Renders the post-mortem skeleton.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="policy">The policy (follow-up).</param>
    /// <returns>The text, or every missing fact named by its record field.</returns>
    public static RenderResult RenderPostMortem(IncidentRecord incident, IncidentPolicy policy) => Render(PostMortem, incident, policy);

    /// <summary>
    /// Renders any template from an incident's <see cref="Values"/>; a problem on a field that comes from the record is
    /// renamed to the record's JSON path (both <c>duration</c> and <c>resolvedAt</c> become one <c>resolvedAt</c> problem).
    /// </summary>
    /// <param name="template">The template.</param>
    /// <param name="incident">The incident.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The text, or the problems.</returns>
    public static RenderResult Render(MessageTemplate template, IncidentRecord incident, IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(template);
        var result = template.Render(Values(incident, policy));
        if (result.IsValid)
        {
            return result;
        }

        var problems = result.Problems
            .Select(p => Sources.TryGetValue(p.PropertyName, out var source)
                ? new ValidationFailure(source.Path, $"the {template.Title.ToLowerInvariant()} ({template.Source}) needs {source.What}; the record has no {source.Path}.")
                : p)
            .DistinctBy(p => p.PropertyName, StringComparer.Ordinal);
        return new RenderResult(null, [.. problems]);
    }

    /// <summary>
    /// The values the incident templates use, by field name; a field whose facts the record lacks is left out, so rendering
    /// reports it. Fields: <c>resolvedAt</c>, <c>date</c>, <c>severity</c>, <c>duration</c>, <c>timeline</c>,
    /// <c>postMortemTimeline</c>, <c>affectedCustomers</c>, <c>failedRequests</c>, <c>totalRequests</c>, <c>serviceCredit</c>,
    /// <c>prevention</c>, <c>summary</c>, <c>rootCause</c>, <c>attendees</c>, <c>revenueImpact</c>, <c>wentWell</c>,
    /// <c>wentBadly</c>, <c>actionItems</c>, <c>followUp</c>.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The values.</returns>
    public static IReadOnlyDictionary<string, string> Values(IncidentRecord incident, IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(policy);
        var zone = incident.Zone;
        var impact = incident.Impact ?? new IncidentImpact();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = LocalDatePattern.Iso.Format(incident.DeclaredAt.InZone(zone).Date),
            ["severity"] = incident.Level.ToString(),
            ["timeline"] = Lines(Timeline(incident).Select(e => $"- {Clock(e.At, incident)}: {e.Event}")),
            ["postMortemTimeline"] = Lines(Timeline(incident).Select(e => $"{Clock(e.At, incident)} - {e.Event}")),
            ["serviceCredit"] = $"{IncidentText.Number(incident.ServiceCreditPct ?? policy.ServiceCreditPct)}%",
            ["followUp"] = IncidentText.Words(policy.FollowUpAfter),
            ["revenueImpact"] = impact.RevenueImpactUsd is { } revenue ? "$" + revenue.ToString("#,0.##", CultureInfo.InvariantCulture) : "[$X: to be estimated]",
            ["wentWell"] = Bullets(incident.WentWell, "[Thing that helped us resolve faster]", "[Good monitoring that caught it]"),
            ["wentBadly"] = Bullets(incident.WentBadly, "[Thing that slowed us down]", "[Gap in monitoring]", "[Process that failed]"),
            ["actionItems"] = ActionItems(incident.ActionItems),
        };

        if (incident.ResolvedAt is { } resolved)
        {
            var at = resolved.InZone(zone);
            values["resolvedAt"] = $"{ClockTime.Format(at.TimeOfDay)} {at.GetZoneInterval().Name}";
            values["duration"] = IncidentText.Words(resolved - incident.DeclaredAt);
        }

        Add(values, "summary", incident.Summary);
        Add(values, "rootCause", incident.RootCause);
        Add(values, "attendees", incident.Attendees.IsDefaultOrEmpty ? null : string.Join(", ", incident.Attendees));
        Add(values, "prevention", incident.Prevention.IsDefaultOrEmpty ? null : Lines(incident.Prevention.Select(p => "- " + p)));
        Add(values, "affectedCustomers", impact.AffectedCustomers is { } n
            ? IncidentText.Count(n) + (impact.AffectedCustomersNote is { } note ? $" ({note})" : string.Empty) : null);
        Add(values, "failedRequests", impact.FailedRequests is { } failed ? IncidentText.Count(failed) : null);
        Add(values, "totalRequests", impact.TotalRequests is { } total ? IncidentText.Count(total) : null);
        return values;
    }

    /// <summary>The record's timeline, or one built from its milestones, in time order.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The entries.</returns>
    public static ImmutableArray<TimelineEntry> Timeline(IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (!incident.Timeline.IsDefaultOrEmpty)
        {
            return [.. incident.Timeline.OrderBy(e => e.At)];
        }

        var entries = new List<TimelineEntry> { new(incident.DeclaredAt, $"Incident detected, {incident.Level} declared") };
        Milestone(incident.CustomersNotifiedAt, "Customers notified");
        Milestone(incident.RootCauseFoundAt, incident.RootCause is { } cause ? $"Root cause identified ({cause})" : "Root cause identified");
        Milestone(incident.EscalatedAt, "Escalated to on-call + 2nd engineer");
        Milestone(incident.Level2PagedAt, "Level-2 engineering on-call paged");
        Milestone(incident.ResolvedAt, "Resolved, service normal");
        return [.. entries.OrderBy(e => e.At)];

        void Milestone(Instant? at, string text)
        {
            if (at is { } t)
            {
                entries.Add(new TimelineEntry(t, text));
            }
        }
    }

    private static void Add(Dictionary<string, string> values, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[field] = value;
        }
    }

    private static string Clock(Instant at, IncidentRecord incident)
    {
        var local = at.InZone(incident.Zone);
        var time = ClockTime.Format(local.TimeOfDay);
        return local.Date == incident.DeclaredAt.InZone(incident.Zone).Date ? time : $"{LocalDatePattern.Iso.Format(local.Date)} {time}";
    }

    private static string Bullets(ImmutableArray<string> items, params string[] prompts) =>
        Lines((items.IsDefaultOrEmpty ? prompts : items.AsEnumerable()).Select(i => "- " + i));

    private static string ActionItems(ImmutableArray<ActionItem> items) => items.IsDefaultOrEmpty
        ? Lines(["1. [Fix] - Owner: [Name] - Due: [Date]", "2. [Prevent recurrence] - Owner: [Name] - Due: [Date]", "3. [Improve monitoring] - Owner: [Name] - Due: [Date]"])
        : Lines(items.Select((a, i) => $"{i + 1}. {a.Action} - Owner: {a.Owner} - Due: {LocalDatePattern.Iso.Format(a.Due)}"));

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);
}
