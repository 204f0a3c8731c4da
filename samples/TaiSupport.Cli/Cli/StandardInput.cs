namespace TaiSupport.Cli.Cli;

/// <summary>
/// Whether the process was started with its standard input closed (<c>tai … --input - &lt;&amp;-</c>). The runtime then
/// takes descriptor 0 for a pipe of its own, and reading "standard input" would wait on it forever. On Linux, such a
/// pipe is recognised by its write end being open in this very process (the runtime's own duplicates of descriptor 0
/// are read ends); elsewhere nothing is detected.
/// </summary>
internal static class StandardInput
{
    /// <summary>True when descriptor 0 is a pipe whose write end this process holds (standard input was closed at launch).</summary>
    public static bool WasClosedAtLaunch()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var input = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var descriptor in new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos())
            {
                if (descriptor.Name != "0" && descriptor.LinkTarget == input && IsWriteOnly(descriptor.Name))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return false;
    }

    /// <summary>Whether descriptor <paramref name="name"/> was opened write-only (the <c>flags</c> line of its fdinfo, in octal).</summary>
    private static bool IsWriteOnly(string name)
    {
        foreach (var line in File.ReadLines($"/proc/self/fdinfo/{name}"))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var flags = line["flags:".Length..].Trim();
                return flags.Length > 0 && flags[^1] == '1'; // O_ACCMODE is the lowest octal digit's two bits: 1 = O_WRONLY
            }
        }

        return false;
    }
}
