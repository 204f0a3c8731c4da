using FluentValidation;
using FluentValidation.Results;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// What a ticket must carry once it is resolved or closed (manual §2.2 "Every ticket MUST have": 7. a root-cause tag after
/// investigation, 8. a 1–3 sentence resolution summary). Change one with <c>with</c>:
/// <c>ResolutionFieldsPolicy.Default with { Required = false }</c> switches the check off.
/// </summary>
public sealed record ResolutionFieldsPolicy
{
    /// <summary>The manual's reading: both fields required, the summary 1–3 sentences.</summary>
    public static ResolutionFieldsPolicy Default { get; } = new();

    /// <summary>The switch: when false, <see cref="ResolutionFields.Check"/> accepts every ticket.</summary>
    /// <value>The default is true (§2.2 "Every ticket MUST have").</value>
    public bool Required { get; init; } = true;

    /// <summary>Whether a resolved ticket needs a root-cause tag.</summary>
    /// <value>The default is true (§2.2.7).</value>
    public bool RequireRootCause { get; init; } = true;

    /// <summary>Whether a resolved ticket needs a resolution summary.</summary>
    /// <value>The default is true (§2.2.8).</value>
    public bool RequireSummary { get; init; } = true;

    /// <summary>The fewest sentences a summary may have.</summary>
    /// <value>The default is 1 (§2.2.8 "1-3 sentence summary").</value>
    public int MinSentences { get; init; } = 1;

    /// <summary>The most sentences a summary may have.</summary>
    /// <value>The default is 3 (§2.2.8 "1-3 sentence summary").</value>
    public int MaxSentences { get; init; } = 3;

    /// <summary>Validates the policy.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new ResolutionFieldsPolicyValidator().Validate(this);

    /// <summary>Reads a policy from JSON (the pack's <c>resolutionFields</c> section); properties left out keep their <see cref="Default"/> values.</summary>
    /// <param name="json">The JSON text, e.g. <c>{"maxSentences": 5}</c>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<ResolutionFieldsPolicy> FromJson(string json) => PolicyJson.Read(json, Default, new ResolutionFieldsPolicyValidator());

    /// <summary>Writes the policy as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => PolicyJson.Write(this);
}

/// <summary>Validates a <see cref="ResolutionFieldsPolicy"/>: 1 ≤ <c>minSentences</c> ≤ <c>maxSentences</c>.</summary>
public sealed class ResolutionFieldsPolicyValidator : AbstractValidator<ResolutionFieldsPolicy>
{
    /// <summary>Creates the validator.</summary>
    public ResolutionFieldsPolicyValidator()
    {
        RuleFor(p => p.MinSentences).GreaterThanOrEqualTo(1).OverridePropertyName("minSentences")
            .WithMessage(p => $"must be at least 1 sentence, got {p.MinSentences}.");
        RuleFor(p => p.MaxSentences).GreaterThanOrEqualTo(p => p.MinSentences).OverridePropertyName("maxSentences")
            .WithMessage(p => $"must be at least minSentences ({p.MinSentences}), got {p.MaxSentences}.");
    }
}

/// <summary>
/// The check at resolution (manual §2.2.7, §2.2.8): a ticket that is <see cref="TicketStatus.Resolved"/> or
/// <see cref="TicketStatus.Closed"/> must carry a root cause and a 1–3 sentence summary. A ticket still open passes.
/// </summary>
/// <example>
/// <code>
/// var problems = ResolutionFields.Check(ticket, ResolutionFieldsPolicy.Default);
/// // rootCause: is required once the ticket is resolved (§2.2.7) …
/// </code>
/// </example>
public static class ResolutionFields
{
    /// <summary>Checks one ticket, naming each missing or malformed field by its JSON name (<c>rootCause</c>, <c>resolutionSummary</c>).</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="policy">The policy (the switch and the sentence range).</param>
    /// <returns>The validation result; valid when the ticket is not resolved, or carries both fields as required.</returns>
    public static ValidationResult Check(Ticket ticket, ResolutionFieldsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(policy);
        var result = new ValidationResult();
        if (!policy.Required || ticket.Status is not (TicketStatus.Resolved or TicketStatus.Closed))
        {
            return result;
        }

        if (policy.RequireRootCause && ticket.RootCause is null)
        {
            result.Errors.Add(new ValidationFailure("rootCause",
                "is required once the ticket is resolved (§2.2.7); use one of UserMisconfiguration, ProductBug, InfrastructureIssue, ThirdParty, Other."));
        }

        if (policy.RequireSummary)
        {
            var sentences = Sentences(ticket.ResolutionSummary);
            if (sentences == 0)
            {
                result.Errors.Add(new ValidationFailure("resolutionSummary",
                    $"is required once the ticket is resolved (§2.2.8): {Range(policy)} of what was done."));
            }
            else if (sentences < policy.MinSentences || sentences > policy.MaxSentences)
            {
                result.Errors.Add(new ValidationFailure("resolutionSummary",
                    $"has {sentences} sentence{(sentences == 1 ? string.Empty : "s")}; the summary is {Range(policy)} (§2.2.8)."));
            }
        }

        return result;
    }

    /// <summary>
    /// Counts sentences: a run of text ends at '.', '!' or '?' followed by white space or the end; trailing text
    /// without a full stop is a sentence too. Blank or null text has none.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of sentences.</returns>
    public static int Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var count = 0;
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?')
            {
                if (open && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                {
                    count++;
                    open = false;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                open = true;
            }
        }

        return count + (open ? 1 : 0);
    }

    private static string Range(ResolutionFieldsPolicy policy) =>
        policy.MinSentences == policy.MaxSentences ? $"{policy.MinSentences} sentence{(policy.MinSentences == 1 ? string.Empty : "s")}" : $"{policy.MinSentences}–{policy.MaxSentences} sentences";
}
