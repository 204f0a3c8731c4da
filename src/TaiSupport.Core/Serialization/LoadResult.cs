using FluentValidation;
using FluentValidation.Results;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// The outcome of loading something from JSON: the value, or every problem found, each with its JSON path
/// (<see cref="ValidationFailure.PropertyName"/>) and a plain sentence (<see cref="ValidationFailure.ErrorMessage"/>).
/// Never a half-built value.
/// </summary>
/// <typeparam name="T">What was loaded.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, IReadOnlyList<ValidationFailure> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The loaded value; null when <see cref="IsValid"/> is false.</summary>
    public T? Value { get; }

    /// <summary>Every problem found; empty when valid.</summary>
    public IReadOnlyList<ValidationFailure> Problems { get; }

    /// <summary>True when the value loaded without problems.</summary>
    public bool IsValid => Value is not null;

    /// <summary>A loaded value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>A valid result.</returns>
    public static LoadResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    /// <summary>A failed load.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <returns>An invalid result.</returns>
    public static LoadResult<T> Failure(IReadOnlyList<ValidationFailure> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        return new(null, problems);
    }

    /// <summary>The value, or a <see cref="ValidationException"/> listing every problem.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ValidationException">The load failed.</exception>
    public T GetValueOrThrow() => Value ?? throw new ValidationException(Problems);

    /// <summary>One line per problem: <c>path: message</c>.</summary>
    /// <returns>The problems as text.</returns>
    public string DescribeProblems() => string.Join(Environment.NewLine, Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}"));
}
