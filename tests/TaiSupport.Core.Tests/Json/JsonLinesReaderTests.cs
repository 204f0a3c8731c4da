using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tests.Fuzzing;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// The library's JSON-lines reader (issue 11, item 4; docs/json.md "JSON lines"): LF line ends only, a CR before the LF
/// dropped and a bare CR kept, a byte-order mark skipped, blank lines counted, and every line either an object or one
/// problem with an id that can be echoed — for any text, never an exception.
/// </summary>
public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Lines_AreNumbered_WithBlankLinesCounted_AndCrLfEndsDropped()
    {
        var lines = Read("{\"id\":\"a\"}\r\n\r\n   \n{\"id\":2}\n{\"id\":null}\n{}");
        Assert.Equal([1, 4, 5, 6], lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Equal(JsonLineKind.Object, l.Kind));
        Assert.Equal(["\"a\"", "2", "null", "null"], lines.Select(l => l.Id?.ToJsonString() ?? "null"));
        Assert.Equal(["a", "2", null, null], lines.Select(l => l.IdText));
    }

    /// <summary>A CR before the LF is not part of the line (JSON would take it as whitespace; a broken line's problem shows it is gone).</summary>
    [Fact]
    public void ACrBeforeTheLf_IsNotPartOfTheLine()
    {
        var crlf = Assert.Single(Read("{\"id\":7,\r\n"));
        var lf = Assert.Single(Read("{\"id\":7,\n"));
        Assert.Equal(JsonLineKind.NotJson, crlf.Kind);
        Assert.Equal(lf.Problem, crlf.Problem);
        Assert.EndsWith("BytePositionInLine: 7.", crlf.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ABareCr_IsWhitespaceInsideOneLine_NotALineEnd()
    {
        var lines = Read("{\"id\":\"a\",\r\"n\":1}\n");
        var line = Assert.Single(lines);
        Assert.Equal(JsonLineKind.Object, line.Kind);
        Assert.Equal(1, line.Root.GetProperty("n").GetInt32());
    }

    [Fact]
    public void AByteOrderMark_AtTheStart_IsSkipped_ButNotInsideALaterLine()
    {
        var lines = Read("\uFEFF{\"id\":\"a\"}\n\uFEFF{\"id\":\"b\"}");
        Assert.Equal(JsonLineKind.Object, lines[0].Kind);
        Assert.Equal(JsonLineKind.NotJson, lines[1].Kind);
        Assert.StartsWith("not valid JSON: ", lines[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogateId_IsEchoedSafely_AndTheLineNamesThePath()
    {
        var line = Assert.Single(Read("{\"id\":\"x\\ud800\",\"name\":{\"\\udc00\":1}}"));
        Assert.Equal(JsonLineKind.IllFormedText, line.Kind);
        Assert.Equal("x\uFFFD", line.Id!.GetValue<string>());
        Assert.Equal("x\uFFFD", line.IdText);
        Assert.Equal("$.id: holds an unpaired surrogate escape (such as \\ud800), which is not text; write well-formed Unicode.", line.Problem);
        Assert.Throws<InvalidOperationException>(() => line.Root);
    }

    [Fact]
    public void ANonStringId_IsEchoedAsWritten()
    {
        var lines = Read("{\"id\":1.50}\n{\"id\":[1,{\"a\":true}]}\n{\"id\":{\"\\ud800\":1}}");
        Assert.Equal("1.50", lines[0].Id!.ToJsonString());
        Assert.Equal("1.50", lines[0].IdText);
        Assert.Equal("[1,{\"a\":true}]", lines[1].IdText);
        Assert.Equal(JsonLineKind.IllFormedText, lines[2].Kind);
        Assert.Equal("{\"\\ud800\":1}", lines[2].Id!.GetValue<string>()); // the raw text, which is text
    }

    [Theory]
    [InlineData("[1,2]", JsonLineKind.NotAnObject, "expected a JSON object on each line.")]
    [InlineData("\"id\"", JsonLineKind.NotAnObject, "expected a JSON object on each line.")]
    [InlineData("{\"id\":\"a\"", JsonLineKind.NotJson, "not valid JSON: ")]
    [InlineData("{\"id\":\"a\"} x", JsonLineKind.NotJson, "not valid JSON: ")]
    public void ALineThatIsNotAnObject_HasOneProblem_AndNoId(string text, JsonLineKind kind, string problem)
    {
        var line = Assert.Single(Read(text));
        Assert.Equal((kind, (JsonNode?)null), (line.Kind, line.Id));
        Assert.StartsWith(problem, line.Problem, StringComparison.Ordinal);
    }

    /// <summary>A lone surrogate character (not an escape: a .NET string that is not text) anywhere in a line: never an exception.</summary>
    [Fact]
    public void ALoneSurrogateCharacter_IsAProblemOrText_NeverAnException()
    {
        string[] texts = ["{\"id\":\"\uD800\"}", "{\"id\":\"a\",\"\uDC00\":1}", "{\"id\":\"a\",\"x\":[\"\uD800\uD800\"]}", "{\"id\":\"a\"\uD800}", "{\"id\":[\"\uDC00\"]}"];
        foreach (var text in texts)
        {
            var line = Assert.Single(Read(text));
            Assert.True(line.Kind == JsonLineKind.Object ? line.Problem is null : line.Problem is { Length: > 0 }, line.Problem);
            Assert.True(line.IdText is null || SafeText.IsWellFormed(line.IdText));
            if (line.Kind == JsonLineKind.Object)
            {
                Assert.Null(JsonWellFormedText.FirstIllFormed(line.Root));
                Assert.True(SafeText.IsWellFormed(line.Root.GetRawText()));
            }
        }
    }

    [Fact]
    public void ADisposedLine_ReturnsItsDocument()
    {
        var line = Assert.Single(Read("{\"id\":\"a\"}"));
        line.Dispose();
        Assert.Throws<ObjectDisposedException>(() => line.Root.GetProperty("id"));
    }

    [Fact]
    public void ANullReader_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => JsonLinesReader.Read(null!));

    /// <summary>
    /// Any list of objects, each written on one line with an LF or CRLF end, blank lines and bare CRs between tokens,
    /// reads back as the same objects with the right line numbers and ids (the oracle: the lines as generated).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property GeneratedLines_ReadBackWithTheirNumbersAndIds() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Line)), lines =>
        {
            var text = new StringBuilder("\uFEFF");
            var expected = new List<(int Number, string Id)>();
            var number = 0;
            foreach (var (id, blankBefore, crlf, bareCr) in lines)
            {
                for (var b = 0; b < blankBefore; b++, number++)
                {
                    text.Append(b % 2 == 0 ? "\n" : " \r\n");
                }

                number++;
                expected.Add((number, id));
                text.Append("{\"id\":").Append(JsonSerializer.Serialize(id)).Append(bareCr ? ",\r" : ",").Append("\"n\":").Append(number).Append('}').Append(crlf ? "\r\n" : "\n");
            }

            var read = Read(text.ToString());
            return read.Select(l => (l.Number, l.IdText!)).SequenceEqual(expected)
                && read.All(l => l.Kind == JsonLineKind.Object && l.Root.GetProperty("n").GetInt32() == l.Number);
        });

    private static Gen<(string Id, int BlankBefore, bool CrLf, bool BareCr)> Line { get; } =
        from id in Gen.Elements("a", "T-1", "é", "✓ done", "\"quoted\"", "tab\there", "\U0001F600", "\uFEFF", string.Empty)
        from blank in Gen.Choose(0, 2)
        from crlf in Gen.Elements(true, false)
        from bareCr in Gen.Elements(true, false)
        select (id, blank, crlf, bareCr);

    /// <summary>
    /// Seeded fuzzing: character mutations of a valid JSON-lines file (line ends, CRs, BOMs, lone surrogates, quotes,
    /// braces) read without an exception, every line numbered in order, each an object or one problem, and every id
    /// well-formed text that writes as JSON.
    /// </summary>
    [Theory]
    [InlineData(20261207)]
    [InlineData(11)]
    [InlineData(4)]
    public void MutatedFiles_NeverThrow_AndEveryLineCanBeEchoed(int seed)
    {
        const string valid = "{\"id\":\"a\",\"at\":\"2026-03-08T10:00:00-07:00\",\"level\":1}\r\n{\"id\":7,\"x\":[1,{\"y\":\"\\u00e9\"}]}\n\n{\"id\":\"\\ud83d\\ude00\",\"n\":null}\n";
        var alphabet = "{}[]\",:\\\r\n\t u0dD8e1\uFEFF\uD800\uDC00".ToCharArray();
        var random = new Random(seed);
        var objects = 0;
        for (var i = 0; i < 400; i++)
        {
            var text = CharEdits.Apply(valid, random, alphabet, 8);
            var lines = Read(text);
            Assert.True(lines.Select(l => l.Number).SequenceEqual(lines.Select(l => l.Number).Order().Distinct()), text);
            foreach (var line in lines)
            {
                Assert.Equal(line.Kind == JsonLineKind.Object, line.Problem is null);
                Assert.True(line.Id is null || SafeText.IsWellFormed(line.Id.ToJsonString()), text);
                Assert.True(line.IdText is null || SafeText.IsWellFormed(line.IdText), text);
                objects += line.Kind == JsonLineKind.Object ? 1 : 0;
                _ = line.Kind == JsonLineKind.Object ? line.Root.ValueKind : default;
            }
        }

        Assert.InRange(objects, 100, 1200); // the mutations leave many lines readable, and break many
    }

    private static List<JsonLine> Read(string text) => [.. JsonLinesReader.Read(new StringReader(text))];
}
