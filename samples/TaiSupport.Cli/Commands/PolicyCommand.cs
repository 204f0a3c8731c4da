using System.CommandLine;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Sla;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai policy show|check</c>: print the default SLA policy as JSON, or validate a policy file and list every problem
/// (default-policy.md D1, D4–D10; docs/sla.md).
/// </summary>
internal sealed class PolicyCommand : ITaiCommand
{
    public int Order => 90;

    public Command Create(CliContext io)
    {
        var command = new Command("policy", "The SLA policy as data: print the default, or check a policy file (default-policy.md D1, D4–D10).");
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(Check(io));
        return command;
    }

    private static Command Show(CliContext io)
    {
        var command = new Command("show", "Print the default SLA policy (calendars and targets) as policy JSON; edit it and pass it to 'tai sla --policy'.");
        command.SetAction(_ =>
        {
            io.Out.WriteLine(SlaPolicyJson.Write(SlaPolicy.Default));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext io)
    {
        var file = new Argument<string>("file") { Description = "An SLA policy JSON file; - reads standard input." };
        var command = new Command("check", "Validate an SLA policy file and list every problem (exit 2 when invalid).") { file };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = SlaCommand.LoadPolicy(io, parse.GetValue(file)!);
            io.Out.WriteLine(
                $"ok: {policy.Targets.Length} targets on {policy.Calendars.Count} calendars ({string.Join(", ", policy.Calendars.Keys)}), "
                + $"at risk {CliFormat.IsoDuration(policy.AtRiskLead)} before a due, reassign {CliFormat.IsoDuration(policy.ReassignGrace)} after, shown in {policy.TimeZoneId}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
