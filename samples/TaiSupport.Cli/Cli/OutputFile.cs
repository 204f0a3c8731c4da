namespace TaiSupport.Cli.Cli;

/// <summary>
/// Writes a file an option names (<c>--out</c>, <c>--ics</c>, <c>--chart</c>): a path that cannot be written (empty, a
/// directory, a folder that does not exist, a full disk, no permission) is an unusable option, exit code 2 naming it,
/// never an internal error.
/// </summary>
internal static class OutputFile
{
    /// <summary>Runs <paramref name="write"/> with <paramref name="path"/>; a write failure becomes a <see cref="CliFatalException"/> naming <paramref name="option"/>.</summary>
    public static void Write(string path, string option, Action<string> write)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliFatalException($"{option}: expected a file path, got an empty one.");
        }

        if (Directory.Exists(path))
        {
            throw new CliFatalException($"{option}: cannot write '{Core.Text.SafeText.Echo(path, 300)}': it is a directory.");
        }

        try
        {
            write(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliFatalException($"{option}: cannot write '{Core.Text.SafeText.Echo(path, 300)}': {e.Message}");
        }
    }
}
