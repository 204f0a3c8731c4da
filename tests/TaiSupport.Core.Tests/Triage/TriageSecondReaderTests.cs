using System.Text.RegularExpressions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>The second reader after the rules (<see cref="TriagePolicy.SecondReader"/>): its gates, its trace, and pages that follow the final values.</summary>
public sealed partial class TriageSecondReaderTests
{
    private static readonly TicketTriage Rules = TicketTriage.Default.WithReader(null);

    /// <summary>Every labelled ticket the library has (training groups and the corpus's held-out split; never fresh8), with the rules' and the reader's results.</summary>
    private static readonly Lazy<List<(TriageCorpus.Ticket Ticket, TriageResult Rules, TriageResult Read)>> Pairs = new(() =>
        [.. TriageReaderTraining.Load().SelectMany(g => g.Tickets).Concat(TriageCorpus.Load().Where(t => t.Split == "heldout"))
            .Select(t => (t, Rules.Evaluate(t.Request, TriageCorpus.Now), TicketTriage.Default.Evaluate(t.Request, TriageCorpus.Now)))]);

    [GeneratedRegex(@"^model: (priority|category|route) \w+, p = (0\.99\d|1\.000), instead of \w+$")]
    private static partial Regex OverrideText();

    [Fact]
    public void The_default_engine_has_the_shipped_reader_and_the_policy_switch_turns_it_off()
    {
        Assert.NotNull(TicketTriage.Default.Reader);
        Assert.Same(TriageReaderModel.Default, TicketTriage.Default.Reader);
        Assert.True(TriageReaderModel.Default!.Features > 10_000);
        var off = TicketTriage.Create(TriagePolicy.Default with { SecondReader = false });
        Assert.Null(off.Reader);
        foreach (var (ticket, rules, _) in Pairs.Value.Take(200))
        {
            var r = off.Evaluate(ticket.Request, TriageCorpus.Now);
            Assert.Equal((rules.Priority, rules.Category, rules.Route), (r.Priority, r.Category, r.Route));
        }
    }

    [Fact]
    public void The_reader_overrides_some_tickets_and_every_override_is_in_the_trace_and_the_review_reasons()
    {
        var changed = Pairs.Value.Where(p => (p.Rules.Priority, p.Rules.Category, p.Rules.Route) != (p.Read.Priority, p.Read.Category, p.Read.Route)).ToList();
        Assert.InRange(changed.Count, 50, 400);
        Assert.All(changed, p =>
        {
            Assert.True(p.Read.NeedsReview);
            Assert.True(p.Read.Confidence < TriagePolicy.Default.ReviewBelowConfidence);
            if (p.Read.Priority != p.Rules.Priority)
            {
                Assert.Contains($"model: priority {p.Read.Priority}, p = ", string.Join("\n", p.Read.ReviewReasons));
                Assert.Contains(p.Read.Trace, s => s.Rule == "triage.reader" && s.Reason.StartsWith($"model: priority {p.Read.Priority}, p = ", StringComparison.Ordinal) && s.Reason.EndsWith($"instead of {p.Rules.Priority}", StringComparison.Ordinal));
            }

            if (p.Read.Category != p.Rules.Category)
            {
                Assert.Contains(p.Read.Trace, s => s.Rule == "triage.reader" && s.Reason.StartsWith($"model: category {p.Read.Category}, p = ", StringComparison.Ordinal) && s.Reason.EndsWith($"instead of {p.Rules.Category}", StringComparison.Ordinal));
            }

            if (p.Read.Route != p.Rules.Route && p.Read.Priority == p.Rules.Priority)
            {
                var step = Assert.Single(p.Read.Trace, s => s.Rule == "triage.route");
                Assert.StartsWith("second reader", step.Source, StringComparison.Ordinal);
                Assert.Contains(step.Reason, p.Read.ReviewReasons);
            }

            Assert.All(p.Read.Trace.Where(s => s.Rule == "triage.reader"), s => Assert.Matches(OverrideText(), s.Reason));
        });
    }

    [Fact]
    public void The_reader_never_lowers_a_priority_never_picks_Other_and_moves_only_a_standard_or_Finance_route()
    {
        Assert.All(Pairs.Value, p =>
        {
            Assert.True(p.Read.Priority >= p.Rules.Priority, p.Ticket.Id);
            if (p.Read.Category != p.Rules.Category)
            {
                Assert.NotEqual(Category.Other, p.Read.Category);
            }

            if (p.Read.Route != p.Rules.Route)
            {
                Assert.True(p.Read.Priority != p.Rules.Priority || p.Rules.Route is TicketRoute.StandardSupport or TicketRoute.Finance, p.Ticket.Id);
                Assert.NotEqual(TicketRoute.AutoResolve, p.Read.Route);
                Assert.Null(p.Rules.Signals.ApiErrorCode);
            }
        });
    }

    [Fact]
    public void Tickets_with_structured_signals_or_a_given_priority_or_category_or_few_words_keep_the_rules_answers()
    {
        var kept = Pairs.Value.Where(p => p.Ticket.Request.Signals != TicketSignals.None || p.Ticket.Request.Priority is not null || p.Ticket.Request.Category is not null
            || Words(p.Ticket.Request) < TicketTriage.ReaderMinimumWords).ToList();
        Assert.True(kept.Count > 50);
        Assert.All(kept, p => Assert.Equal((p.Rules.Priority, p.Rules.Category, p.Rules.Route, p.Rules.Confidence), (p.Read.Priority, p.Read.Category, p.Read.Route, p.Read.Confidence)));
    }

    /// <summary>The pages are the trees' for the final values: running the §4.2, §4.3 and §4.4 trees on the final case gives exactly the result's non-route actions.</summary>
    [Fact]
    public void Pages_follow_the_final_priority_category_and_route_through_the_same_trees()
    {
        var triage = TicketTriage.Default;
        var changed = Pairs.Value.Where(p => (p.Rules.Priority, p.Rules.Category, p.Rules.Route) != (p.Read.Priority, p.Read.Category, p.Read.Route)).ToList();
        Assert.Contains(changed, p => TriageCorpus.PagesOf(p.Read).Except(TriageCorpus.PagesOf(p.Rules)).Any());
        Assert.All(changed, p =>
        {
            var c = new EscalationCase(p.Read.Tier, p.Read.Priority, p.Read.Category, p.Read.Route, p.Read.Signals, TriageCorpus.Now);
            var expected = new[] { triage.EscalationCriteria, triage.ChurnTriggers, triage.EngineeringEscalation }
                .SelectMany(t => t.Evaluate(c).Actions).Select(a => a.Action).Order(StringComparer.Ordinal);
            var routeActions = p.Read.Actions.Where(a => a.Source == "§2.1, D12").Select(a => a.Action).ToList();
            var treeActions = p.Read.Actions.Select(a => a.Action).ToList();
            foreach (var a in routeActions)
            {
                treeActions.Remove(a);
            }

            Assert.Equal(expected, treeActions.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Features_from_spans_are_the_hashes_of_the_feature_texts()
    {
        var request = new TriageRequest { Tier = Tier.Enterprise, Subject = "Can't LOGIN!", Body = "Data lost — 40% of rows, don't panic" };
        var sink = new Collect([]);
        var words = TriageReaderFeatures.Walk(request, ref sink);
        static ulong S(string w) => TriageReaderFeatures.Word(TriageReaderFeatures.SubjectSeed, w);
        static ulong B(string w) => TriageReaderFeatures.Word(TriageReaderFeatures.BodySeed, w);
        ulong[] expected =
        [
            TriageReaderFeatures.Word(TriageReaderFeatures.TierSeed, "enterprise"), S("can't"), S("login"), TriageReaderFeatures.Pair(S("can't"), S("login")),
            .. new[] { "data", "lost", "40", "of", "rows", "don't", "panic" }.Select(B),
            .. new[] { ("data", "lost"), ("lost", "40"), ("40", "of"), ("of", "rows"), ("rows", "don't"), ("don't", "panic") }.Select(p => TriageReaderFeatures.Pair(B(p.Item1), B(p.Item2))),
        ];
        Assert.Equal(9, words);
        Assert.Equal(expected.Order(), sink.Features.Order());
        Assert.Equal(S("login"), S("LoGiN"));
        Assert.NotEqual(S("login"), B("login"));
        Assert.NotEqual(TriageReaderFeatures.Pair(B("data"), B("lost")), TriageReaderFeatures.Pair(B("lost"), B("data")));
    }

    [Fact]
    public void A_long_text_is_read_up_to_the_word_limit()
    {
        var sink = new Collect([]);
        var words = TriageReaderFeatures.Walk(new TriageRequest { Tier = Tier.Starter, Subject = "a b", Body = string.Concat(Enumerable.Repeat("word ", 1000)) }, ref sink);
        Assert.Equal(TriageReaderFeatures.MaxWords, words);
        Assert.Equal(1 + (2 * TriageReaderFeatures.MaxWords) - 2, sink.Features.Count);
        Assert.True(TriageReaderModel.SeenSlots >= 2 * sink.Features.Count, "the set of features summed must stay at most half full");
    }

    [Fact]
    public void Reading_a_ticket_allocates_nothing()
    {
        var model = TriageReaderModel.Default!;
        var request = TriageCorpus.Load("tickets-fresh7.jsonl")[0].Request;
        var first = model.Read(request);
        var same = model.Read(request).Equals(first) ? 0 : -1; // warm: a first Equals may build its comparers (an allocation of the runtime's, once per process)
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            same += model.Read(request).Equals(first) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, same);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_repeated_word_counts_once_binary_counts()
    {
        var model = TriageReaderModel.Default!;
        var once = model.Read(new TriageRequest { Tier = Tier.Starter, Subject = "invoice", Body = "refund invoice refund" });
        var again = model.Read(new TriageRequest { Tier = Tier.Starter, Subject = "invoice", Body = "refund invoice refund invoice refund" });
        Assert.Equal(Category.Billing, once.Category);
        Assert.Equal(once with { Words = 0 }, again with { Words = 0 }); // the same words and pairs, more often: the same reading
    }

    private static int Words(TriageRequest request)
    {
        var sink = new Collect([]);
        return TriageReaderFeatures.Walk(request, ref sink);
    }

    private readonly struct Collect(List<ulong> into) : TriageReaderFeatures.ISink
    {
        public List<ulong> Features => into;

        public void Add(ulong feature) => into.Add(feature);
    }
}
