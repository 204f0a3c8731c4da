using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// A ticket as triage sees it when it arrives: the customer's tier, the text, and whatever structured signals the
/// helpdesk has (manual §2.1, §2.2).
/// </summary>
/// <example>
/// <code>
/// var request = new TriageRequest
/// {
///     Id = "T1",
///     Tier = Tier.Professional,
///     Subject = "Production down since 09:10",
///     Body = "All API calls fail with 500.",
///     Signals = new TicketSignals { ApiErrorCode = "500" },
/// };
/// </code>
/// </example>
public sealed record TriageRequest
{
    /// <summary>The ticket's id, echoed in the result; optional.</summary>
    public string? Id { get; init; }

    /// <summary>The customer's tier (§2.2.3).</summary>
    public required Tier Tier { get; init; }

    /// <summary>The subject line; keywords are searched here and in <see cref="Body"/>.</summary>
    /// <value>The default is empty.</value>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The message body.</summary>
    /// <value>The default is empty.</value>
    public string Body { get; init; } = string.Empty;

    /// <summary>The structured signals.</summary>
    /// <value>The default is <see cref="TicketSignals.None"/>.</value>
    public TicketSignals Signals { get; init; } = TicketSignals.None;

    /// <summary>A priority an agent already set; triage never lowers it (it is a floor), but may raise it.</summary>
    public Priority? Priority { get; init; }

    /// <summary>A category an agent already set; when given it is kept as is.</summary>
    public Category? Category { get; init; }

    /// <summary>
    /// Validates a request, naming every problem by its JSON path (<c>tier</c>, <c>signals.csat</c>); the engines
    /// (<see cref="TicketTriage.Evaluate"/>, <see cref="TicketTriage.EvaluateClassification"/>) throw a <see cref="TaiValidationException"/>
    /// with the same problems.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>Every problem; valid when none.</returns>
    public static FluentValidation.Results.ValidationResult Validate(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validator.Validate(request);
    }

    private static readonly TriageRequestValidator Validator = new();
}
