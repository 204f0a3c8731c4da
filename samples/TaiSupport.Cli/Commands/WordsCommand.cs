using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Communication;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai words list|check|templates</c>: the §3.3 "What NOT to say" checker (docs/incidents.md, docs/cli.md).
/// </summary>
internal sealed class WordsCommand : ITaiCommand
{
    public int Order => 74;

    public Command Create(CliContext io)
    {
        var command = new Command("words", "Words not to say to customers (§3.3): list the phrases, check messages, check the built-in templates.");
        command.Subcommands.Add(List(io));
        command.Subcommands.Add(Check(io));
        command.Subcommands.Add(Templates(io));
        return command;
    }

    internal static JsonObject ResultJson(WordsCheckResult result) => new()
    {
        ["clean"] = result.IsClean,
        ["findings"] = new JsonArray([.. result.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["phrase"] = f.PhraseId,
            ["said"] = f.Said,
            ["start"] = f.Start,
            ["length"] = f.Length,
            ["instead"] = f.Suggestion,
            ["manual"] = f.Phrase,
            ["note"] = f.ManualNote,
        })]),
        ["trace"] = TemplateCommand.TraceJson(result.Trace),
    };

    private static Command List(CliContext io)
    {
        var command = new Command("list", "List the phrases with the manual's note and the wording to use instead.");
        command.SetAction(_ =>
        {
            foreach (var phrase in WordsPolicy.Default.Phrases)
            {
                io.Out.WriteLine($"{phrase.Id,-18}\"{phrase.Phrase}\" ({phrase.ManualNote}) → say: \"{phrase.Suggestion}\"");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext io)
    {
        var input = CliOptions.Input("JSON lines {\"id\": …, \"text\": \"the message\"}; - reads standard input.");
        var command = new Command("check", "For each message line, write whether it is clean and every finding with what to say instead.") { input };
        command.SetAction(parse => CliOptions.Guard(io, () => JsonLines.RunElements(io, parse.GetValue(input)!, line =>
            ResultJson(WordsChecker.Default.Evaluate(LineContract.Read(line, LineContract.Contracts.WordsCheckLine).Text)))));
        return command;
    }

    private static Command Templates(CliContext io)
    {
        var command = new Command("templates", "Check the body of every built-in message (templates A–G, the incident notice and post-mortem); exit 1 if any is not clean.");
        command.SetAction(_ =>
        {
            var failed = 0;
            foreach (var template in CustomerTemplates.All.Append(IncidentMessages.ResolutionNotice).Append(IncidentMessages.PostMortem))
            {
                var result = WordsChecker.Default.Evaluate(template.Body);
                failed += result.IsClean ? 0 : 1;
                io.Out.WriteLine($"{template.Id,-20}{(result.IsClean ? "clean" : string.Join("; ", result.Findings.Select(f => $"\"{f.Said}\" → \"{f.Suggestion}\"")))}");
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed;
        });
        return command;
    }
}
