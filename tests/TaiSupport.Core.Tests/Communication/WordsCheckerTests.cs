using System.Text;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Tests.Incidents;

namespace TaiSupport.Core.Tests.Communication;

/// <summary>Manual §3.3 "What NOT to say": the checker, its variants, and every message the library writes passing it.</summary>
public sealed class WordsCheckerTests
{
    private const string Noise = " \u2019.,!\uD800-'";

    private static readonly WordsChecker Checker = WordsChecker.Default;

    [Theory]
    [InlineData("We don't know what's wrong", "dontKnow", "Still investigating")]
    [InlineData("Our engineers are sleeping", "engineersSleeping", "Our on-call engineer is working on it now")]
    [InlineData("It's the customer's fault", "customersFault", "We're sorry for the disruption and impact to your business")]
    [InlineData("We've never seen this before", "neverSeen", "We've identified a database connection issue")]
    public void Check_TheManualsFourPhrases_AreEachFoundWithTheSuggestedWording(string message, string id, string suggestion)
    {
        var result = Checker.Evaluate(message);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(id, finding.PhraseId);
        Assert.Equal(suggestion, finding.Suggestion);
        Assert.False(result.IsClean);
        Assert.Equal($"words.{id}", Assert.Single(result.Trace).Rule);
        Assert.Equal("§3.3", result.Trace[0].Source);
    }

    [Theory]
    [InlineData("WE DO NOT KNOW WHAT IS WRONG!!", "dontKnow")]
    [InlineData("Honestly, we dont know, what caused it.", "dontKnow")]
    [InlineData("We don\u2019t know what\u2019s wrong yet", "dontKnow")]
    [InlineData("I really didn't know why it failed", "dontKnow")]
    [InlineData("The team still doesn't understand what happened", "dontKnow")]
    [InlineData("We have no idea what is going on", "dontKnow")]
    [InlineData("No one knows why the API is down", "dontKnow")]
    [InlineData("The engineers were asleep when it started", "engineersSleeping")]
    [InlineData("Our engineer is sleeping right now", "engineersSleeping")]
    [InlineData("the team's asleep", "engineersSleeping")]
    [InlineData("Everyone is in bed", "engineersSleeping")]
    [InlineData("Nobody is awake at this hour", "engineersSleeping")]
    [InlineData("We'll wake the engineers up in the morning", "engineersSleeping")]
    [InlineData("This is the customer's own fault", "customersFault")]
    [InlineData("Honestly it's your fault.", "customersFault")]
    [InlineData("That was user error", "customersFault")]
    [InlineData("It's on you, not us", "customersFault")]
    [InlineData("You broke it by rotating the key", "customersFault")]
    [InlineData("The outage was caused by your team", "customersFault")]
    [InlineData("We have never seen anything like it", "neverSeen")]
    [InlineData("we\u2019ve   never, ever seen this", "neverSeen")]
    [InlineData("I never saw this in 10 years", "neverSeen")]
    [InlineData("We haven't seen this before", "neverSeen")]
    [InlineData("We have not seen such a strange failure before", "neverSeen")]
    [InlineData("This has never happened before.", "neverSeen")]
    [InlineData("It's the first time we've seen this", "neverSeen")]
    public void Check_CloseVariants_AreFound(string message, string id)
    {
        var result = Checker.Evaluate(message);
        Assert.Contains(result.Findings, f => f.PhraseId == id);
    }

    [Theory]
    [InlineData("Still investigating database logs")]
    [InlineData("We've identified a database connection issue")]
    [InlineData("Scaling database connections to fix. ETA 15 min")]
    [InlineData("Here's what we're working on and why it takes time")]
    [InlineData("We're sorry for the disruption and impact to your business")]
    [InlineData("We know this affects your revenue")]
    [InlineData("We know what's wrong: the connection pool is exhausted.")]
    [InlineData("Our on-call engineers are working on it now.")]
    [InlineData("We've seen this before and know the fix.")]
    [InlineData("We don't know the ETA yet; next update in 15 minutes.")]
    [InlineData("The customer's account shows 450/500 SKUs.")]
    [InlineData("Your error rate dropped to 0.1%.")]
    [InlineData("")]
    public void Check_WhatToSayAndNearMisses_AreClean(string message)
    {
        var result = Checker.Evaluate(message);
        Assert.True(result.IsClean, string.Join("; ", result.Findings.Select(f => f.Said)));
        Assert.Equal("words.clean", Assert.Single(result.Trace).Rule);
    }

    [Fact]
    public void Check_Finding_PointsAtTheOriginalWordsAsWritten()
    {
        const string message = "Hi Dana,\n\nSorry: we don\u2019t  know what\u2019s wrong. And we've never seen this before!";
        var result = Checker.Evaluate(message);
        Assert.Equal(["dontKnow", "neverSeen"], result.Findings.Select(f => f.PhraseId));
        var first = result.Findings[0];
        Assert.Equal("we don\u2019t  know what", first.Said);
        Assert.Equal(first.Said, message.Substring(first.Start, first.Length));
        Assert.Equal("we've never seen this", result.Findings[1].Said);
        Assert.Equal("We don't know what's wrong", first.Phrase);
        Assert.Equal("say: \"Still investigating\"", first.ManualNote);
    }

    [Fact]
    public void Check_EveryCustomerTemplate_Rendered_IsClean()
    {
        foreach (var template in CustomerTemplates.All)
        {
            var values = template.Fields.ToDictionary(f => f, f => $"the {f}", StringComparer.Ordinal);
            var rendered = template.Render(values);
            Assert.True(rendered.IsValid, template.Id);
            Assert.True(Checker.Evaluate(rendered.Text).IsClean, template.Id);
            Assert.True(Checker.Evaluate(template.Body).IsClean, template.Id);
        }
    }

    [Fact]
    public void Check_IncidentNoticeAndPostMortem_AreClean()
    {
        var notice = IncidentMessages.RenderResolutionNotice(IncidentExamples.Record, IncidentPolicy.Default);
        var postMortem = IncidentMessages.RenderPostMortem(IncidentExamples.Record, IncidentPolicy.Default);
        Assert.True(Checker.Evaluate(notice.Text).IsClean);
        Assert.True(Checker.Evaluate(postMortem.Text).IsClean);
        Assert.True(Checker.Evaluate(IncidentMessages.ResolutionNotice.Body).IsClean);
        Assert.True(Checker.Evaluate(IncidentMessages.PostMortem.Body).IsClean);
    }

    [Fact]
    public void Check_AMessageBreakingTheRule_InsideATemplate_IsCaught()
    {
        var rendered = CustomerTemplates.C.Render(CustomerTemplates.C.Fields.ToDictionary(
            f => f, f => f == "findings" ? "honestly we have never seen this" : "x", StringComparer.Ordinal));
        Assert.Equal("neverSeen", Assert.Single(Checker.Evaluate(rendered.Text).Findings).PhraseId);
    }

    [Fact]
    public void Policy_Default_IsValid_AndABadPatternIsNamed()
    {
        Assert.True(WordsPolicy.Default.Validate().IsValid);
        var bad = WordsPolicy.Default with { Phrases = [new ForbiddenPhrase("x", "X", "", "Y", ["(unclosed"])] };
        var result = bad.Validate();
        Assert.False(result.IsValid);
        Assert.Contains("not a valid regular expression", result.Errors[0].ErrorMessage);
        Assert.Throws<TaiValidationException>(() => new WordsChecker(bad));
    }

    [Fact]
    public void Check_Fuzz_AnyText_NeverThrows_AndFindingsStayInsideTheMessage()
    {
        var random = new Random(1616);
        string[] seeds = ["We don't know what's wrong", "Our engineers are sleeping", "It's the customer's fault", "We've never seen this before"];
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder(seeds[i % seeds.Length]);
            for (var m = random.Next(1, 6); m > 0; m--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0: text.Insert(at, (char)random.Next(0, 0xFFFF)); break;
                    case 1 when at < text.Length: text.Remove(at, 1); break;
                    default: text.Insert(at, Noise[random.Next(Noise.Length)]); break;
                }
            }

            var message = text.ToString();
            var result = Checker.Evaluate(message);
            Assert.All(result.Findings, f => Assert.InRange(f.Start + f.Length, f.Length, message.Length));
        }
    }
}
