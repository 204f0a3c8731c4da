using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.OnCall;
using TaiSupport.Core.Reporting;
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
    /// <summary>The contracts of every line shape the sample declares, in the library's spellings.</summary>
    public static CliLineContracts Contracts { get; } = new(TaiJson.ContractOptions());

    /// <summary>The line's value, or a <see cref="LineException"/> naming every problem as <c>field: message</c>.</summary>
    /// <typeparam name="T">The line's record.</typeparam>
    /// <param name="line">The line's parsed object.</param>
    /// <param name="contract">The record's contract (a context built on <see cref="TaiJson.ContractOptions"/>).</param>
    /// <param name="validate">The semantic check (ranges, choices), or null.</param>
    /// <returns>The value.</returns>
    public static T Read<T>(JsonElement line, JsonTypeInfo<T> contract, Func<T, ValidationResult>? validate = null)
        where T : class => LineReads.ValueOrThrow(TaiJson.Read(line, contract, validate, ignoreUnknown: true));
}

/// <summary>The source-generated contracts of the sample's own line and file shapes (one context for all of them).</summary>
[JsonSerializable(typeof(CalendarDueLine))]
[JsonSerializable(typeof(CalendarElapsedLine))]
[JsonSerializable(typeof(CustomerLine))]
[JsonSerializable(typeof(WordsCheckLine))]
[JsonSerializable(typeof(SlackRouteLine))]
[JsonSerializable(typeof(AssignTicketExtras))]
[JsonSerializable(typeof(KbArticleLine))]
[JsonSerializable(typeof(KbSearchLine))]
[JsonSerializable(typeof(ReportNotes))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(PolicyPackSections))]
[JsonSerializable(typeof(IncidentLine))]
[JsonSerializable(typeof(CallInLine))]
[JsonSerializable(typeof(WhoLine))]
[JsonSerializable(typeof(SwapLine))]
internal sealed partial class CliLineContracts : JsonSerializerContext;
