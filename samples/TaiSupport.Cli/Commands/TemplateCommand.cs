using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai template list|show|render|suggest</c>: the §7 customer templates A–G (docs/cli.md, docs/reports.md).
/// </summary>
internal sealed class TemplateCommand : ITaiCommand
{
    public int Order => 72;

    public Command Create(CliContext io)
    {
        var command = new Command("template", "The manual's customer templates A–G (§7): list, show, render with named fields, suggest for a situation.");
        command.Subcommands.Add(List(io));
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(Render(io));
        command.Subcommands.Add(Suggest(io));
        return command;
    }

    public void RunDemo(CliContext io)
    {
        io.Out.WriteLine("7. Customer templates (manual §7)");
        var suggestion = TemplateSuggester.Default.Evaluate(new CustomerSituation
        {
            CustomerName = "Acme", UsageUsed = 450, UsageLimit = 500, UsageUnit = "SKUs", CurrentTier = "Starter",
        });
        io.Out.WriteLine($"   450/500 SKUs → template {suggestion.Template!.Id} ({suggestion.Template.Title}); still to fill: {string.Join(", ", suggestion.FieldsToFill)}");
        var missing = CustomerTemplates.F.Render(new Dictionary<string, string> { ["name"] = "Dana", ["inactiveFor"] = "2 weeks", ["csmName"] = "Jessica" });
        io.Out.WriteLine($"   rendering F without a calendar link: {missing.DescribeProblems()}");
        io.Out.WriteLine();
    }

    internal static JsonArray TraceJson(IEnumerable<TraceStep> trace) =>
        [.. trace.Select(t => (JsonNode)new JsonObject { ["rule"] = t.Rule, ["source"] = t.Source, ["reason"] = t.Reason })];

    private static Command List(CliContext io)
    {
        var command = new Command("list", "List the templates with their fields.");
        command.SetAction(_ =>
        {
            foreach (var template in CustomerTemplates.All)
            {
                io.Out.WriteLine($"{template.Id,-7}{template.Title} ({template.Source}): {string.Join(", ", template.Fields)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext io)
    {
        var id = TemplateArgument();
        var command = new Command("show", "Print a template's text with its {{field}} placeholders.") { id };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            io.Out.WriteLine(Find(parse.GetValue(id)!).Body);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Render(CliContext io)
    {
        var id = TemplateArgument();
        var field = new Option<string[]>("--field", "-f")
        {
            Description = "A field value as name=value; repeat for each field. Overrides --values.",
            AllowMultipleArgumentsPerToken = false,
        };
        var values = new Option<string?>("--values") { Description = "A JSON file of field values: {\"name\": \"Dana\", …}; - reads standard input." };
        var command = new Command("render", "Render a template; every field needs a value, and a missing one is named (exit 2).") { id, field, values };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var template = Find(parse.GetValue(id)!);
            var fields = ReadValues(io, parse.GetValue(values));
            foreach (var pair in parse.GetValue(field) ?? [])
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0)
                {
                    throw new CliFatalException($"--field: \"{pair}\" is not name=value.");
                }

                fields[pair[..at]] = pair[(at + 1)..];
            }

            var result = template.Render(fields);
            if (!result.IsValid)
            {
                throw new CliFatalException($"template {template.Id} cannot be rendered:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
            }

            io.Out.WriteLine(result.Text);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Suggest(CliContext io)
    {
        var input = CliOptions.Input("JSON lines describing a customer's situation; - reads standard input.");
        var policy = new Option<string?>("--policy") { Description = "A policy pack (its templates section; see tai policy show) or a customer-template policy JSON file (thresholds); the default policy when absent." };
        var command = new Command("suggest", "For each situation line, write the template to use, the fields it pre-fills and the decision path.") { input, policy };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var suggester = parse.GetValue(policy) is { } path ? new TemplateSuggester(LoadPolicy(io, path)) : TemplateSuggester.Default;
            return JsonLines.RunElements(io, parse.GetValue(input)!, line =>
            {
                var situation = LineReads.ValueOrThrow(CustomerSituationJson.Read(line));
                var suggestion = suggester.Evaluate(situation);
                var known = new JsonObject();
                foreach (var (name, value) in suggestion.KnownValues.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    known[name] = value;
                }

                return new JsonObject
                {
                    ["template"] = suggestion.Template?.Id,
                    ["title"] = suggestion.Template?.Title,
                    ["knownValues"] = known,
                    ["fieldsToFill"] = new JsonArray([.. suggestion.FieldsToFill.Select(f => (JsonNode)f)]),
                    ["trace"] = TraceJson(suggestion.Trace),
                };
            });
        }));
        return command;
    }

    private static Dictionary<string, string> ReadValues(CliContext io, string? path)
    {
        if (path is null)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var read = TaiJson.Read(io.ReadFile(path, "--values"), LineContract.Contracts.DictionaryStringString, null, ignoreUnknown: false);
        return read.Value ?? throw new CliFatalException($"--values: {string.Join(" ", read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}"))}");
    }

    private static CustomerTemplatePolicy LoadPolicy(CliContext io, string path)
    {
        return PolicyFiles.Load(io, path, "--policy", pack => pack.Templates, CustomerTemplatePolicy.FromJson, result =>
            $"--policy: '{path}' is not a valid customer-template policy:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    private static MessageTemplate Find(string id) =>
        CustomerTemplates.Find(id) ?? throw new CliFatalException(
            $"id: '{id}' is not a template; use one of {string.Join(", ", CustomerTemplates.All.Select(t => t.Id))}.");

    private static Argument<string> TemplateArgument() =>
        new("id") { Description = "A template id: A, B, B.code, C, D, E, F or G." };
}
