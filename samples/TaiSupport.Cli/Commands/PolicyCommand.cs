using System.CommandLine;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Sla;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai policy show|check</c>: print the default policy pack (every capability's policy, <see cref="TaiPolicy"/>) as
/// JSON, or validate a pack and list every problem of every section with its path. <c>check</c> still accepts the older
/// SLA policy file: a file whose object has no pack section name is read as one (default-policy.md D1–D20; docs/policy.md).
/// </summary>
internal sealed class PolicyCommand : ITaiCommand
{
    public int Order => 90;

    public Command Create(CliContext io)
    {
        var command = new Command("policy", "The policy pack as data: print the default, or check a pack (or an SLA policy file) (default-policy.md D1–D20).");
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(Check(io));
        return command;
    }

    private static Command Show(CliContext io)
    {
        var command = new Command("show", "Print the default policy pack (every section: sla, triage, incidents, onCall, reports, qa, kbUpkeep, templates, ticketLife, resolutionFields) as JSON; edit it and pass it to any command's --policy.");
        command.SetAction(_ =>
        {
            io.Out.WriteLine(TaiPolicyJson.Write(TaiPolicy.Default));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext io)
    {
        var file = new Argument<string>("file") { Description = "A policy pack (or an SLA policy JSON file); - reads standard input." };
        var command = new Command("check", "Validate a policy pack (or an SLA policy file) and list every problem with its path (exit 2 when invalid).") { file };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var path = parse.GetValue(file)!;
            var text = io.ReadFile(path, "file");
            if (TaiPolicyJson.LooksLikePack(text))
            {
                var pack = PolicyFiles.ReadPack(text, path, "file");
                var given = PolicyLines.GivenSections(text);
                var defaulted = TaiPolicyJson.SectionNames.Except(given).ToList();
                io.Out.WriteLine(
                    $"ok: policy pack; sections {(given.Count == 0 ? "(none)" : string.Join(", ", given))} valid"
                    + (defaulted.Count == 0 ? string.Empty : $"; {string.Join(", ", defaulted)} at their defaults")
                    + $"; sla: {pack.Sla.Targets.Length} targets on {pack.Sla.Calendars.Count} calendars");
                return ExitCodes.Success;
            }

            var result = SlaPolicyJson.Read(text);
            var policy = result.IsValid
                ? result.Value!
                : throw new CliFatalException($"--policy: '{path}' is not a valid SLA policy:{PolicyFiles.Indent(result.DescribeProblems())}");
            io.Out.WriteLine(
                $"ok: {policy.Targets.Length} targets on {policy.Calendars.Count} calendars ({string.Join(", ", policy.Calendars.Keys)}), "
                + $"at risk {CliFormat.IsoDuration(policy.AtRiskLead)} before a due, reassign {CliFormat.IsoDuration(policy.ReassignGrace)} after, shown in {policy.TimeZoneId}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
