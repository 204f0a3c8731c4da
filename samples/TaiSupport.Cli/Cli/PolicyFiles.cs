using TaiSupport.Core.Policies;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Cli.Cli;

/// <summary>
/// Reads a policy option that takes either a policy pack (<c>tai policy show</c>, <see cref="TaiPolicyJson"/>) or the
/// older one-section file of that command. The shape decides (<see cref="TaiPolicyJson.LooksLikePack"/>): an object that
/// is empty or has a section name (<c>sla</c>, <c>triage</c>, …) is a pack and the command takes its section; anything
/// else goes to the section's own reader, with the messages it always had.
/// </summary>
internal static class PolicyFiles
{
    /// <summary>Reads the file at <paramref name="path"/> as a pack (taking <paramref name="section"/>) or with <paramref name="read"/>.</summary>
    /// <param name="io">The console.</param>
    /// <param name="path">The file; <c>-</c> reads standard input.</param>
    /// <param name="option">The option's name for messages, such as <c>--policy</c>.</param>
    /// <param name="section">Picks the command's section from a pack.</param>
    /// <param name="read">The section file's own reader.</param>
    /// <param name="invalid">The message for a section file with problems (the command's message of old).</param>
    public static T Load<T>(CliContext io, string path, string option, Func<TaiPolicy, T> section, Func<string, LoadResult<T>> read, Func<LoadResult<T>, string> invalid)
        where T : class
    {
        var text = io.ReadFile(path, option);
        if (TaiPolicyJson.LooksLikePack(text))
        {
            return section(ReadPack(text, path, option));
        }

        var result = read(text);
        return result.IsValid ? result.Value! : throw new CliFatalException(invalid(result));
    }

    /// <summary>Reads a pack, or stops with every problem of every section, one per line with its path.</summary>
    public static TaiPolicy ReadPack(string text, string path, string option)
    {
        var pack = TaiPolicyJson.Read(text);
        return pack.IsValid
            ? pack.Value!
            : throw new CliFatalException($"{option}: '{path}' is not a valid policy pack:{Indent(pack.DescribeProblems())}");
    }

    /// <summary>The pack at <paramref name="path"/> when the file is a pack, else null (a section file, or no option).</summary>
    public static TaiPolicy? PackOrNull(CliContext io, string? path, string option)
    {
        if (path is null || path == "-")
        {
            return null;
        }

        var text = io.ReadFile(path, option);
        return TaiPolicyJson.LooksLikePack(text) ? ReadPack(text, path, option) : null;
    }

    /// <summary>Indents problem lines under their heading.</summary>
    public static string Indent(string lines) =>
        Environment.NewLine + "  " + lines.Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal);
}
