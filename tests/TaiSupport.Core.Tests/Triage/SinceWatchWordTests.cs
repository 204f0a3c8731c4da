using System.Text;
using TaiSupport.Core.Triage;
using static TaiSupport.Core.Tests.Triage.TriageText;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Twelfth speed pass: the body's keyword scan reports the words that may be "since" (the index's watched word), and the
/// "all well since" rule reads only those; when the scan cannot say (more such words than it keeps, or the phrase hits
/// filled up before the body's end) the rule searches the body itself. Each path must read as the search did.
/// </summary>
public sealed class SinceWatchWordTests
{
    private const string Code = "Our calls get HTTP 503 since 10:00. ";
    private const string Over = Code + "Everything has been fine since.";

    [Fact]
    public void The_rule_reads_the_watched_words()
    {
        Assert.Null(Signals(Over).ApiErrorCode);
        Assert.Equal("503", Signals(Code + "Everything has been fine sinceward.").ApiErrorCode);
        Assert.Equal("503", Signals(Code + "Everything has been fine.").ApiErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Many_other_sinces_before_it_change_nothing(int others)
    {
        var body = new StringBuilder();
        for (var i = 0; i < others; i++)
        {
            body.Append(i % 2 == 0 ? "Since Monday we look at it. " : "It was slow since noon, then ok. ");
        }

        Assert.Null(Signals(body + Over).ApiErrorCode);
        Assert.Equal("503", Signals(body + Code + "Nothing has been fine since.").ApiErrorCode);
    }

    [Fact]
    public void Only_an_s_of_either_case_then_ince_as_written_is_since()
    {
        // The search looked for "ince" as written, with an 's' or 'S' before it: "SINCE" was never the rule's word.
        Assert.Null(Signals(Code + "Everything has been fine Since.").ApiErrorCode);
        Assert.Equal("503", Signals(Code + "Everything has been fine SINCE.").ApiErrorCode);
        Assert.Equal("503", Signals(Code + "Everything has been fine sINCE.").ApiErrorCode);
    }

    [Fact]
    public void A_since_after_the_phrase_hits_filled_up_is_still_read()
    {
        // More phrase finds than the scan keeps (128) before the sentence: the scan stops early, so the rule searches.
        var body = new StringBuilder();
        for (var i = 0; i < 140; i++)
        {
            body.Append("It is not working. ");
        }

        // The failures found are current unless the last sentence says all is well since (then they are past).
        Assert.True(Signals(body + "Everything has been fine SINCE.").FeatureBroken);
        Assert.NotEqual(true, Signals(body + "Everything has been fine since.").FeatureBroken);
    }
}
