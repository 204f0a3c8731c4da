using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The clause reader reuses the bounds of the last sentence it read for a later find inside it (issue 15, tenth speed
/// pass) only when that sentence holds no boundary character: a phrase can run across a line break ("production\n
/// down"), and the find after the break is then read in its own sentence, without the words before the break.
/// </summary>
public sealed class SentenceReuseTests
{
    private static SignalExtraction Extract(string body) =>
        TextSignalExtractor.Default.Extract(new TriageRequest { Id = "T", Tier = Tier.Professional, Subject = string.Empty, Body = body });

    [Theory]
    [InlineData("If production\n down again the export is not working")]
    [InlineData("If production\r\n  down again, the export is not working")]
    public void A_find_after_a_line_break_inside_an_earlier_phrase_is_read_in_its_own_sentence(string body)
    {
        // "If" is in the first line only: the export's failure is said, not supposed (read in one sentence, with the
        // "if", it would be hypothetical: the one-line text below).
        var together = Extract(body);
        Assert.True(together.Signals.FeatureBroken);
        Assert.Contains(together.Evidence, e => e.Signal == "featureBroken" && e.Used && e.Words == "not working");
        Assert.Null(Extract(body.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)).Signals.FeatureBroken);
    }
}
