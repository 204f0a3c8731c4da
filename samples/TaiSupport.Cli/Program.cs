// tai: the TaiSupport.Core sample command.
// 1. Every capability contributes one ITaiCommand (see Commands/), discovered by TaiApp.
// 2. With no arguments, tai runs each capability's demo on built-in example data.
// 3. Batch commands read and write JSON lines (Cli/JsonLines.cs); exit codes are in Cli/CliContext.cs.
using TaiSupport.Cli.Cli;

return TaiApp.Run(args, CliContext.Console);
