using System.CommandLine;

namespace TaiSupport.Cli.Cli;

/// <summary>
/// One top-level <c>tai</c> command. Implementations are discovered by reflection, so each capability adds its
/// command in its own file without touching Program.cs.
/// </summary>
internal interface ITaiCommand
{
    /// <summary>Where the command appears in help and in the demo.</summary>
    int Order { get; }

    /// <summary>Builds the command, writing through <paramref name="io"/>.</summary>
    Command Create(CliContext io);

    /// <summary>Writes this capability's part of the demo that <c>tai</c> with no arguments runs.</summary>
    void RunDemo(CliContext io)
    {
    }
}
