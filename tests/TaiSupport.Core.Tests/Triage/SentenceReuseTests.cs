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
    [InlineData("Yesterday production\n down and now the export is not working")]
    [InlineData("Yesterday production\n  down, now the export is not working")]
    public void A_find_after_a_line_break_inside_an_earlier_phrase_is_read_in_its_own_sentence(string body)
    {
        // "Yesterday" is in the first line only: the export's failure is now, as it is when the lines are apart.
        var apart = Extract("Yesterday production down.\nAnd now the export is not working");
        var together = Extract(body);
        Assert.True(apart.Signals.FeatureBroken);
        Assert.Equal(apart.Signals.FeatureBroken, together.Signals.FeatureBroken);
        Assert.Contains(together.Evidence, e => e.Signal == "featureBroken" && e.Used && e.Words == "not working");
    }
}
