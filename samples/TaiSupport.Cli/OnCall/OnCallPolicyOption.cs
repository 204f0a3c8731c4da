using System.CommandLine;
using System.CommandLine.Invocation;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;

namespace TaiSupport.Cli.OnCall;

/// <summary>
/// <c>--policy PACK</c> on every <c>tai oncall</c> command (issue 12): the pack's <c>onCall</c> section (fairness and
/// compensation) replaces the <c>policy</c> of the team or schedule file the command reads. The pack is validated whole
/// first, like every command's <c>--policy</c> (a mistake in any section stops the command, exit 2).
/// </summary>
internal static class OnCallPolicyOption
{
    [ThreadStatic]
    private static OnCallPolicy? current;

    /// <summary>Adds the option to <paramref name="oncall"/> and every command under it, and reads it before each runs.</summary>
    public static void AddTo(Command oncall, CliContext io)
    {
        var option = new Option<string?>("--policy")
        {
            Description = "A policy pack (tai policy show): its onCall section replaces the team's policy (fairness, compensation).",
            Recursive = true,
        };
        oncall.Options.Add(option);
        Wrap(oncall, option, io);
    }

    /// <summary>The team with the pack's on-call policy when <c>--policy</c> was given, else unchanged.</summary>
    public static OnCallTeam Apply(OnCallTeam team) => current is { } policy ? team with { Policy = policy } : team;

    /// <summary>The schedule whose team has the pack's on-call policy when <c>--policy</c> was given, else unchanged.</summary>
    public static OnCallSchedule Apply(OnCallSchedule schedule) =>
        current is null ? schedule : schedule with { Team = Apply(schedule.Team) };

    private static void Wrap(Command command, Option<string?> option, CliContext io)
    {
        foreach (var sub in command.Subcommands)
        {
            Wrap(sub, option, io);
        }

        if (command.Action is not SynchronousCommandLineAction inner)
        {
            return;
        }

        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            if (parse.GetValue(option) is not { } path)
            {
                return inner.Invoke(parse);
            }

            var text = io.ReadFile(path, "--policy");
            if (!TaiPolicyJson.LooksLikePack(text))
            {
                throw new CliFatalException($"--policy: '{path}' is not a policy pack (tai policy show prints one); on-call policies live in the pack's onCall section or in the team file's policy.");
            }

            current = PolicyFiles.ReadPack(text, path, "--policy").OnCall;
            try
            {
                return inner.Invoke(parse);
            }
            finally
            {
                current = null;
            }
        }));
    }
}
