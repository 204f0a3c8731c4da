namespace TaiSupport.Core.Tests.Fuzzing;

/// <summary>The seeded character mutations the reader fuzz tests share: delete, insert or replace a character.</summary>
internal static class CharEdits
{
    /// <summary>
    /// Applies between 1 and <paramref name="editsBelow"/> − 1 edits to <paramref name="text"/>, each deleting,
    /// inserting or replacing one character with one of <paramref name="alphabet"/>, drawn from <paramref name="random"/>.
    /// </summary>
    public static string Apply(string text, Random random, char[] alphabet, int editsBelow)
    {
        var chars = text.ToCharArray().ToList();
        var edits = random.Next(1, editsBelow);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                default:
                    chars[at] = alphabet[random.Next(alphabet.Length)];
                    break;
            }
        }

        return new string([.. chars]);
    }
}
