using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The shortcuts of the sixth triage speed pass (issue 15) give what the general path gives: the built-in extractor's
/// own merge under the given signals, and the quote cut found in the same pass as the line breaks.
/// </summary>
public sealed class TriageFastPathTests
{
    private static readonly string[] Bodies =
    [
        "Production is down since 9:00, we are losing money every hour. No workaround.",
        "We got 429 too many requests on every call. Could you raise our limit? Would be great to have a bulk endpoint.",
        "The invoice for May charged us twice, please refund. We are canceling if this happens again.",
        "Last week's outage was resolved. Our security team requires SSO via Okta; is that on your roadmap?",
        "Latency went from 200 ms to 3 seconds, 30 % of our calls fail with error 503.",
        string.Empty,
    ];

    private static readonly TicketSignals[] Given =
    [
        TicketSignals.None,
        new() { FinancialImpact = 12_000m },
        new() { ProductionDown = false, Csat = 2 },
        new() { FeatureBroken = true, WorkaroundExists = false, ApiErrorCode = "500" },
        new() { Billing = false, ChurnThreat = true, PlatformImpactPct = 21m },
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var b = 0; b < Bodies.Length; b++)
        {
            for (var g = 0; g < Given.Length; g++)
            {
                data.Add(b, g);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_built_in_extractors_own_merge_equals_the_general_merge(int body, int given)
    {
        var request = new TriageRequest { Id = "T", Tier = Tier.Enterprise, Subject = "Help", Body = Bodies[body], Signals = Given[given] };
        var fast = TicketTriage.Default.EvaluateClassification(request);

        // A wrapper is not the built-in extractor, so triage takes the general path (Extract, then SignalExtractors.Merge).
        var general = TicketTriage.Default.WithExtractor(new Wrapped(TextSignalExtractor.Default)).EvaluateClassification(request);

        Assert.Equal(general.Signals, fast.Signals);
        Assert.Equal(general.Evidence.ToArray(), fast.Evidence.ToArray());
        Assert.Equal(general.Trace.ToArray(), fast.Trace.ToArray());
        Assert.Equal(SignalExtractors.Merge(Given[given], TextSignalExtractor.Default.Extract(request).Signals), fast.Signals);
    }

    [Theory]
    [InlineData("Can we get logs?\n\n-----Original Message-----\nFrom: support")]
    [InlineData("Re-run the e-mail job -- thanks ------Original Message----- old text")]
    [InlineData("a - b -- c --- d ---- e -----Original message (not this case) -----Original Message")]
    [InlineData("no marker at all - just hyphens -----")]
    public void The_original_message_marker_cuts_where_an_ordinal_search_finds_it(string body)
    {
        var at = body.IndexOf("-----Original Message", StringComparison.Ordinal);
        Assert.Equal(at < 0 ? body.Length : at, TextSignalExtractor.EffectiveEnd(body));
    }

    private sealed class Wrapped(ISignalExtractor inner) : ISignalExtractor
    {
        public SignalExtraction Extract(TriageRequest request) => inner.Extract(request);
    }
}
