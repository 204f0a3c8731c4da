using TaiSupport.Core.Serialization;

namespace TaiSupport.Cli.Cli;

/// <summary>A line read by a library reader (issue 11: the samples carry no JSON readers of their own).</summary>
internal static class LineReads
{
    /// <summary>The value, or a <see cref="LineException"/> naming every problem as <c>field: message</c> (the path without <c>$.</c>).</summary>
    /// <typeparam name="T">The value read.</typeparam>
    /// <param name="read">The library reader's result.</param>
    /// <returns>The value.</returns>
    public static T ValueOrThrow<T>(LoadResult<T> read)
        where T : class =>
        read.Value ?? throw new LineException(string.Join(" ", read.Problems.Select(p =>
            $"{(p.PropertyName.StartsWith("$.", StringComparison.Ordinal) ? p.PropertyName[2..] : p.PropertyName)}: {p.ErrorMessage}")));
}
