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

    /// <summary>
    /// Applies up to <paramref name="times"/> edits to <paramref name="text"/>: delete a run of 1–6 characters, insert one of
    /// <paramref name="pieces"/>, replace a character with a printable one, or change the next digit — drawn from <paramref name="random"/>.
    /// </summary>
    public static string ApplyPieces(string text, Random random, int times, string[] pieces)
    {
        var builder = new System.Text.StringBuilder(text);
        for (var i = 0; i < times && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(6)));
                    break;
                case 1:
                    builder.Insert(at, pieces[random.Next(pieces.Length)]);
                    break;
                case 2:
                    builder[at] = (char)random.Next(32, 127);
                    break;
                default:
                    var digit = builder.ToString().IndexOfAny("0123456789".ToCharArray(), at);
                    if (digit >= 0)
                    {
                        builder[digit] = (char)('0' + random.Next(10));
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
