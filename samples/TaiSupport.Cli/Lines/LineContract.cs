using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Lines;

/// <summary>
/// Reads one input line (or file) through a record's source-generated contract with the library's reader
/// (<see cref="TaiJson.Read{T}(JsonElement, JsonTypeInfo{T}, Func{T, ValidationResult}?, bool)"/>): every problem at once,
/// named by its field; properties the record does not know (the line's <c>id</c>) are ignored. Issue 11: the sample
/// declares its line shapes and carries no JSON reader of its own.
/// </summary>
internal static class LineContract
{
    /// <summary>The line's value, or a <see cref="LineException"/> naming every problem as <c>field: message</c>.</summary>
    /// <typeparam name="T">The line's record.</typeparam>
    /// <param name="line">The line's parsed object.</param>
    /// <param name="contract">The record's contract (a context built on <see cref="TaiJson.ContractOptions"/>).</param>
    /// <param name="validate">The semantic check (ranges, choices), or null.</param>
    /// <returns>The value.</returns>
    public static T Read<T>(JsonElement line, JsonTypeInfo<T> contract, Func<T, ValidationResult>? validate = null)
        where T : class => LineReads.ValueOrThrow(TaiJson.Read(line, contract, validate, ignoreUnknown: true));
}
