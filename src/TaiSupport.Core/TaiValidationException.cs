using FluentValidation;
using FluentValidation.Results;

namespace TaiSupport.Core;

/// <summary>
/// The one exception an engine throws for invalid input (a <see cref="Triage.TriageRequest"/> with <c>Csat = 11</c>, an
/// <see cref="Incidents.IncidentSignals"/> with negative downtime, …): a <see cref="ValidationException"/> whose
/// <see cref="ValidationException.Errors"/> name each bad field by its path (<c>signals.csat</c>, <c>apiDownMinutes</c>)
/// with a plain sentence. Each input type's static <c>Validate</c> returns the same problems without throwing, so a
/// host can check untrusted input first and never see this exception.
/// </summary>
/// <example>
/// <code>
/// try { triage.Evaluate(request, now); }
/// catch (TaiValidationException e) { foreach (var p in e.Errors) Console.WriteLine($"{p.PropertyName}: {p.ErrorMessage}"); }
/// </code>
/// </example>
public sealed class TaiValidationException : ValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">What was invalid, such as <c>triage request</c>.</param>
    /// <param name="errors">Every problem, each with its path.</param>
    public TaiValidationException(string input, IEnumerable<ValidationFailure> errors)
        : this(input, [.. errors ?? throw new ArgumentNullException(nameof(errors))])
    {
    }

    private TaiValidationException(string input, List<ValidationFailure> errors)
        : base($"The {input} is invalid: {string.Join("; ", errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"))}", errors)
    {
        Input = input;
    }

    /// <summary>What was invalid, such as <c>triage request</c> or <c>incident signals</c>.</summary>
    public string Input { get; }

    /// <summary>
    /// The one construction check every engine makes (docs/architecture.md, "One anatomy"): <paramref name="policy"/> is
    /// not null and passes <paramref name="validate"/>, else this exception with every problem's path.
    /// </summary>
    /// <returns><paramref name="policy"/>, for the engine to keep.</returns>
    internal static T Validated<T>(string input, T policy, Func<T, ValidationResult> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(policy);
        ThrowIfInvalid(input, validate(policy));
        return policy;
    }

    /// <summary>Throws when <paramref name="validation"/> has any problem.</summary>
    internal static void ThrowIfInvalid(string input, ValidationResult validation)
    {
        if (!validation.IsValid)
        {
            throw new TaiValidationException(input, validation.Errors);
        }
    }
}
