using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Communication;

/// <summary>The <c>tai words</c> commands (docs/words.md).</summary>
public sealed class WordsCommandTests
{
    private const string Input = """
        {"id":"m1","text":"We don't know what's wrong, sorry."}
        {"id":"m2","text":"Still investigating database logs. Next update in 15 min."}
        {"id":"m3"}
        """;

    [Fact]
    public void Check_EachLine_GetsItsFindingsOrAnError()
    {
        var (exit, output, error) = CliRunner.Run(Input, "words", "check", "--input", "-");
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.Equal("""{"id":"m1","clean":false,"findings":[{"phrase":"dontKnow","said":"We don't know what","start":0,"length":18,"instead":"Still investigating","manual":"We don't know what's wrong","note":"say: \"Still investigating\""}],"trace":[{"rule":"words.dontKnow","source":"§3.3","reason":"\"We don't know what\" at 0 is a form of \"We don't know what's wrong\" (say: \"Still investigating\"); say: \"Still investigating\""}]}""", lines[0]);
        Assert.StartsWith("""{"id":"m2","clean":true,"findings":[],""", lines[1]);
        Assert.Equal("""{"id":"m3","error":"text: is required."}""", lines[2]);
        Assert.Contains("line 3", error);
    }

    [Fact]
    public void Templates_EveryBuiltInMessage_IsClean()
    {
        var (exit, output, _) = CliRunner.Run("", "words", "templates");
        Assert.Equal(0, exit);
        Assert.Equal(10, CliRunner.Lines(output).Length);
        Assert.All(CliRunner.Lines(output), l => Assert.EndsWith("clean", l));
    }

    [Fact]
    public void Check_Fuzz_MutatedLines_NeverCrash() => CliFuzz.Run(1616, 300, Input, "words", "check", "--input", "-");
}
