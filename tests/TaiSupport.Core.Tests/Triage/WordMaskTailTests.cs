using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// <c>KeywordIndex.WordMask</c> (the SIMD letter-and-digit mask the keyword scan and the clause tokeniser read 64
/// characters at a time) equals a character-by-character reading at every block start, including a text's last,
/// partial block, which since the eighth speed pass is read by the vector path from a copy cleared past the text.
/// </summary>
public sealed class WordMaskTailTests
{
    private const string Alphabet = "abcxyzABCXYZ0189 .,;:!?'-_/\n\r\t’éßÇıİ€$%\u00A0\u2028";

    [Fact]
    public void Seeded_random_texts_mask_as_read_character_by_character_at_every_block_start()
    {
        var random = new Random(6464);
        for (var i = 0; i < 600; i++)
        {
            var length = random.Next(0, 220);
            var nonAscii = random.Next(3) == 0;
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = nonAscii || c % 7 != 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(30)];
            }

            var text = new string(chars);
            for (var block = 0; block < length; block += random.Next(1, 70))
            {
                Assert.True(Reference(text, block) == KeywordIndex.WordMask(text, block), $"block {block} of \"{text}\"");
            }
        }
    }

    [Theory]
    [InlineData("Jobs stuck in queued state")]
    [InlineData("x")]
    [InlineData("Kündigung naïve Straße 401 Forbidden")]
    [InlineData("Honestly the whole thing is not working and we are losing money every hour.")]
    public void Short_texts_mask_as_read_character_by_character(string text)
    {
        for (var block = 0; block < text.Length; block++)
        {
            Assert.Equal(Reference(text, block), KeywordIndex.WordMask(text, block));
        }
    }

    private static ulong Reference(string text, int block)
    {
        var mask = 0UL;
        for (var i = 0; i < 64 && block + i < text.Length; i++)
        {
            if (KeywordIndex.IsWordChar(text[block + i]))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
