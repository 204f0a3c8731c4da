using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>One runbook of the manual's library (§10.3), e.g. <c>api-errors/401-unauthorized</c>.</summary>
/// <param name="Id">The id: the path without <c>.md</c> (<c>api-errors/429-rate-limit</c>).</param>
/// <param name="Title">What it covers, in the manual's words.</param>
public sealed record Runbook(string Id, string Title);

/// <summary>The runbook and the automatic reply for a triage result (§2.1, §10.3).</summary>
/// <param name="RunbookId">The runbook to follow; null when none applies.</param>
/// <param name="AutoReply">The text to send (auto-resolve reply or the §2.1 feature-request template); null when nothing is sent automatically.</param>
public sealed record RunbookLink(string? RunbookId, string? AutoReply);

/// <summary>
/// The runbook library as policy data (§10.3), each route and auto-resolve code linked to a runbook id and, where the
/// §2.1 workflow sends one, an automatic reply text. <see cref="Default"/> is the manual's tree.
/// </summary>
/// <example>
/// <code>
/// var link = RunbookLibrary.Default.For(result); // result.Route AutoResolve, apiErrorCode 401
/// // link.RunbookId "api-errors/401-unauthorized", link.AutoReply "Your API key was not accepted …"
/// </code>
/// </example>
public sealed record RunbookLibrary
{
    private static readonly RunbookLibraryValidator Validator = new();

    /// <summary>The §2.1 feature-request template ("Thanks for suggestion! We're tracking in Jira...").</summary>
    public const string FeatureRequestTemplate =
        "Thanks for suggestion! We're tracking in Jira and review every request in our monthly feature-request review. We'll let you know when it ships.";

    /// <summary>The manual's library (§10.3) with the default links and replies.</summary>
    public static RunbookLibrary Default { get; } = new();

    /// <summary>Every runbook.</summary>
    /// <value>The default is the §10.3 tree: api-errors (401, 403, 429, 500), webhook-issues, data-issues, billing-issues, incidents, escalation-playbooks.</value>
    public ImmutableArray<Runbook> Runbooks { get; init; } =
    [
        new("api-errors/401-unauthorized", "API key invalid"),
        new("api-errors/403-forbidden", "User role issue"),
        new("api-errors/429-rate-limit", "Too many requests"),
        new("api-errors/500-server-error", "Internal error"),
        new("webhook-issues/webhook-not-delivering", "Webhook not delivering"),
        new("webhook-issues/webhook-signature-verification", "Webhook signature verification"),
        new("webhook-issues/webhook-payload-parsing", "Webhook payload parsing"),
        new("data-issues/missing-data", "Missing data"),
        new("data-issues/duplicate-data", "Duplicate data"),
        new("data-issues/incorrect-calculations", "Incorrect calculations"),
        new("billing-issues/invoice-dispute", "Invoice dispute"),
        new("billing-issues/refund-request", "Refund request"),
        new("incidents/api-down", "API down (restore from backup, scale, etc.)"),
        new("incidents/database-issue", "Database issue"),
        new("incidents/webhook-delivery-failure", "Webhook delivery failure"),
        new("escalation-playbooks/customer-churn-risk", "Customer churn risk"),
        new("escalation-playbooks/critical-bug-response", "Critical bug response"),
        new("escalation-playbooks/executive-escalation", "Executive escalation"),
    ];

    /// <summary>The runbook and auto-reply for each auto-resolve code (§2.1 "send auto-response + close ticket").</summary>
    /// <value>The default links 401, 429 and malformed JSON to their runbooks with a reply each (malformed JSON uses the 500 runbook's payload section: the manual has no own file).</value>
    public ImmutableDictionary<string, RunbookLink> AutoResolve { get; init; } = new Dictionary<string, RunbookLink>(StringComparer.OrdinalIgnoreCase)
    {
        ["401"] = new("api-errors/401-unauthorized", "Your API key was not accepted (HTTP 401). Please check that the key is active in Settings → API keys, that it is sent as \"Authorization: Bearer <key>\", and rotate it if it may have leaked. Reply to this message if the error persists with a new key."),
        ["429"] = new("api-errors/429-rate-limit", "You hit the rate limit (HTTP 429 Too Many Requests). Please back off and retry after the number of seconds in the Retry-After header, and spread batch jobs over time. Reply to this message if you need a higher limit."),
        ["malformedJson"] = new("api-errors/500-server-error", "The API could not parse the request body as JSON. Please validate the payload (no trailing commas, double-quoted names, UTF-8) and send Content-Type: application/json. Reply to this message with the request id if it still fails."),
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The runbook for each route without an auto-resolve code.</summary>
    /// <value>The default: engineering escalations → critical-bug-response, finance → invoice-dispute, churn escalation → customer-churn-risk.</value>
    public ImmutableDictionary<TicketRoute, string> Routes { get; init; } = new Dictionary<TicketRoute, string>
    {
        [TicketRoute.EngineeringEscalation] = "escalation-playbooks/critical-bug-response",
        [TicketRoute.Finance] = "billing-issues/invoice-dispute",
        [TicketRoute.ChurnEscalation] = "escalation-playbooks/customer-churn-risk",
    }.ToImmutableDictionary();

    /// <summary>The runbook and reply for a triage result: the auto-resolve code's, the incident runbook for a Critical ticket, the route's, or the §2.1 feature-request template.</summary>
    /// <param name="result">The triage result.</param>
    /// <returns>The link; both parts null for standard support with nothing specific.</returns>
    public RunbookLink For(TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Signals;
        if (result.Route == TicketRoute.AutoResolve && s.ApiErrorCode is { } code && AutoResolve.TryGetValue(code, out var auto))
        {
            return auto;
        }

        if (result.Route == TicketRoute.FeatureRequestLog)
        {
            return new RunbookLink(null, FeatureRequestTemplate);
        }

        var specific =
            result.Priority == Priority.Critical && s.DataLoss == true ? "data-issues/missing-data"
            : result.Priority == Priority.Critical && s.Integration == true ? "incidents/webhook-delivery-failure"
            : result.Priority == Priority.Critical ? "incidents/api-down"
            : s.ApiErrorCode is "403" ? "api-errors/403-forbidden"
            : s.ApiErrorCode is { } c && c.StartsWith('5') ? "api-errors/500-server-error"
            : s.WrongData == true ? "data-issues/incorrect-calculations"
            : s.Integration == true && s.FeatureBroken == true ? "webhook-issues/webhook-not-delivering"
            : null;
        return new RunbookLink(specific ?? (Routes.TryGetValue(result.Route, out var id) ? id : null), null);
    }

    /// <summary>Checks that every link names a runbook of the library and every reply has text.</summary>
    /// <param name="library">The library.</param>
    /// <returns>Every problem, with its path.</returns>
    public static ValidationResult Validate(RunbookLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return Validator.Validate(library);
    }
}

/// <summary>Validates a <see cref="RunbookLibrary"/>: links name known runbooks, replies are not blank, ids are unique.</summary>
public sealed class RunbookLibraryValidator : AbstractValidator<RunbookLibrary>
{
    /// <summary>Creates the validator.</summary>
    public RunbookLibraryValidator()
    {
        RuleFor(l => l.Runbooks).Must(r => !r.IsDefault && r.Select(b => b.Id).Distinct(StringComparer.Ordinal).Count() == r.Length)
            .WithMessage("runbook ids must be unique.");
        RuleForEach(l => l.AutoResolve).Must((l, p) => p.Value.RunbookId is null || l.Runbooks.Any(r => r.Id == p.Value.RunbookId))
            .WithMessage((_, p) => $"auto-resolve code {p.Key} names an unknown runbook.");
        RuleForEach(l => l.AutoResolve).Must(p => !string.IsNullOrWhiteSpace(p.Value.AutoReply)).WithMessage((_, p) => $"auto-resolve code {p.Key} has no reply text.");
        RuleForEach(l => l.Routes).Must((l, p) => l.Runbooks.Any(r => r.Id == p.Value)).WithMessage((_, p) => $"route {p.Key} names an unknown runbook.");
    }
}

/// <summary>One entry of the feature-request log (§2.1 "Add to Feature Request log (monthly review)").</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="At">When it was logged.</param>
/// <param name="Tier">The customer's tier.</param>
/// <param name="Theme">The theme (a Jira label such as <c>sso</c>, <c>export</c>); blank means <c>other</c>.</param>
public sealed record FeatureRequestEntry(string TicketId, Instant At, Tier Tier, string Theme);

/// <summary>The monthly feature-request review: counts by theme, by tier, and by theme and tier.</summary>
/// <param name="Month">The month reviewed.</param>
/// <param name="Total">Requests logged in the month.</param>
/// <param name="ByTheme">Counts by theme, most requested first.</param>
/// <param name="ByTier">Counts by customer tier.</param>
/// <param name="ByThemeAndTier">Counts by theme and tier (theme → tier → count).</param>
public sealed record FeatureRequestReview(
    YearMonth Month,
    int Total,
    ImmutableArray<KeyValuePair<string, int>> ByTheme,
    ImmutableSortedDictionary<Tier, int> ByTier,
    ImmutableSortedDictionary<string, ImmutableSortedDictionary<Tier, int>> ByThemeAndTier);

/// <summary>The feature-request log's monthly review (§2.1, §8.3).</summary>
public static class FeatureRequestLog
{
    /// <summary>Reviews one month: the entries whose instant falls in <paramref name="month"/> in <paramref name="zone"/>.</summary>
    /// <param name="entries">The log.</param>
    /// <param name="month">The month.</param>
    /// <param name="zone">The zone the month is counted in (the manual works in <c>America/Los_Angeles</c>).</param>
    /// <returns>The counts.</returns>
    public static FeatureRequestReview Review(IEnumerable<FeatureRequestEntry> entries, YearMonth month, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(zone);
        var inMonth = entries.Where(e => e is not null && YearMonth(e.At.InZone(zone).Date) == month).ToList();
        static string Theme(FeatureRequestEntry e) => string.IsNullOrWhiteSpace(e.Theme) ? "other" : e.Theme.Trim().ToLowerInvariant();
        return new FeatureRequestReview(
            month,
            inMonth.Count,
            [.. inMonth.GroupBy(Theme).Select(g => new KeyValuePair<string, int>(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)],
            inMonth.GroupBy(e => e.Tier).ToImmutableSortedDictionary(g => g.Key, g => g.Count()),
            inMonth.GroupBy(Theme).ToImmutableSortedDictionary(g => g.Key, g => g.GroupBy(e => e.Tier).ToImmutableSortedDictionary(t => t.Key, t => t.Count()), StringComparer.Ordinal));
    }

    private static YearMonth YearMonth(LocalDate date) => new(date.Year, date.Month);
}
