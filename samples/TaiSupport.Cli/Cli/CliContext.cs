namespace TaiSupport.Cli.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliContext Console { get; } = new(System.Console.In, System.Console.Out, System.Console.Error);

    /// <summary>UTF-8 without byte-order-mark detection: every input is UTF-8 (invalid bytes read as U+FFFD).</summary>
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Opens <paramref name="path"/> for reading; <c>-</c> means standard input.</summary>
    public TextReader OpenInput(string path, string optionName = "--input")
    {
        if (path == "-")
        {
            return StandardIn(optionName);
        }

        if (!File.Exists(path))
        {
            throw new CliFatalException($"{optionName}: file '{path}' does not exist.");
        }

        // JSON lines are UTF-8 (a UTF-8 byte-order mark is skipped by the reader): bytes FF FE at the start are not
        // taken for a UTF-16 file, which would turn every line of a UTF-8 file into one line of noise.
        return new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>Standard input, or a clear error when the process was started with it closed (reading would never end).</summary>
    private TextReader StandardIn(string optionName) =>
        ReferenceEquals(In, System.Console.In) && StandardInput.WasClosedAtLaunch()
            ? throw new CliFatalException($"{optionName}: standard input is closed; give a file, or pipe the lines in.")
            : In;

    /// <summary>Reads a whole file named by an option as UTF-8 (as <see cref="OpenInput"/>), with a clear error when it is missing.</summary>
    /// <remarks>Not <see cref="File.ReadAllText(string, System.Text.Encoding)"/>: it still takes FF FE for a UTF-16 mark, and a JSON-lines
    /// file starting with those bytes became one line of noise (every later line lost; found by tools/fuzz-cli.py, seed 1212).</remarks>
    public string ReadFile(string path, string optionName)
    {
        if (path == "-")
        {
            return StandardIn(optionName).ReadToEnd().TrimStart('\uFEFF'); // standard input stays open
        }

        using var reader = OpenInput(path, optionName);
        return reader.ReadToEnd().TrimStart('\uFEFF');
    }
}

/// <summary>A mistake that stops the whole command (a bad file or option): message on stderr, exit code 2.</summary>
internal sealed class CliFatalException(string message) : Exception(message);

/// <summary>A mistake in one input line: that line gets an error object, the others still run.</summary>
internal sealed class LineException(string message) : Exception(message);

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything ran.</summary>
    public const int Success = 0;

    /// <summary>Some input lines were bad (each got an error line), or the command line itself was malformed.</summary>
    public const int SomeLinesFailed = 1;

    /// <summary>An input file or option was unusable; nothing was processed.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in <c>tai</c> itself (an unexpected exception): one line on stderr, never a stack trace.</summary>
    public const int InternalError = 3;
}
