using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Communication;

/// <summary>
/// One phrase the manual says never to use with a customer (§3.3 "What NOT to say"), the patterns that catch it and
/// its close variants, and what to say instead.
/// </summary>
/// <param name="Id">A stable camelCase id such as <c>dontKnow</c>.</param>
/// <param name="Phrase">The manual's phrase, verbatim: <c>We don't know what's wrong</c>.</param>
/// <param name="ManualNote">The manual's note in parentheses after the phrase, verbatim: <c>say: "Still investigating"</c>.</param>
/// <param name="Suggestion">The wording to use instead; the manual's own where it gives one, else a §3.3 "What TO say" line.</param>
/// <param name="Patterns">
/// Regular expressions over the normalised message (lower case, straight apostrophes, each run of spaces and punctuation
/// other than <c>'</c> and <c>-</c> made one space); any match is a finding.
/// </param>
public sealed record ForbiddenPhrase(string Id, string Phrase, string ManualNote, string Suggestion, ImmutableArray<string> Patterns);

/// <summary>
/// A use of a forbidden phrase in a message.
/// </summary>
/// <param name="PhraseId">The <see cref="ForbiddenPhrase.Id"/>.</param>
/// <param name="Phrase">The manual's phrase.</param>
/// <param name="Said">The words of the message that matched, as written (safe to echo).</param>
/// <param name="Start">Where <paramref name="Said"/> starts in the message (UTF-16 index).</param>
/// <param name="Length">Its length in the message.</param>
/// <param name="Suggestion">What to say instead.</param>
/// <param name="ManualNote">The manual's note on the phrase.</param>
public sealed record PhraseFinding(string PhraseId, string Phrase, string Said, int Start, int Length, string Suggestion, string ManualNote);

/// <summary>The findings in one message; a message with none is clean.</summary>
/// <param name="Findings">Every use of a forbidden phrase, in message order.</param>
/// <param name="Trace">One step per finding (rule <c>words.{id}</c>, §3.3), or one step saying the message is clean.</param>
public sealed record WordsCheckResult(ImmutableArray<PhraseFinding> Findings, ImmutableArray<TraceStep> Trace)
{
    /// <summary>True when no forbidden phrase was found.</summary>
    public bool IsClean => Findings.IsEmpty;
}

/// <summary>
/// The §3.3 "What NOT to say" list as policy data. Change it with <c>with</c>:
/// <c>WordsPolicy.Default with { Phrases = [.. WordsPolicy.Default.Phrases, myPhrase] }</c>.
/// </summary>
/// <remarks>
/// Manual §3.3. The four phrases and their notes are the manual's; the patterns catch inflections ("knew", "slept",
/// "saw"), contractions with or without apostrophes ("don't", "dont", "do not", curly ’), other subjects ("I", "the
/// team", "nobody") and any punctuation or case between the words. Suggestions for the three phrases whose note is not
/// itself a wording are §3.3 "What TO say" lines (see docs/incidents.md, Choices).
/// </remarks>
public sealed record WordsPolicy
{
    /// <summary>The manual's four phrases (§3.3).</summary>
    /// <value>dontKnow, engineersSleeping, customersFault, neverSeen.</value>
    public static WordsPolicy Default { get; } = new();

    /// <summary>The phrases to catch.</summary>
    /// <value>The default is the four phrases of manual §3.3 "What NOT to say".</value>
    public ImmutableArray<ForbiddenPhrase> Phrases { get; init; } =
    [
        new(
            "dontKnow",
            "We don't know what's wrong",
            "say: \"Still investigating\"",
            "Still investigating",
            [
                @"\b(?:we|i|they|nobody|no one|the team|engineering)(?: really| still| just| honestly| currently)? (?:do not|don't|dont|did not|didn't|didnt|does not|doesn't|doesnt)(?: yet| really| even| currently)? (?:know|knew|understand|get) (?:what|why|the cause|the root cause|the problem|the issue|where)",
                @"\b(?:we|i|they)(?: really| still| honestly)? (?:have|had|'ve)(?: got)? no (?:idea|clue) (?:what|why|where)",
                @"\b(?:nobody|no one) (?:knows|knew) (?:what|why)",
                @"\bno idea what(?: is|'s|s)? (?:wrong|going on|happening|the problem)",
                @"\b(?:we're|we are|were|i'm|i am) (?:clueless|stumped|baffled)",
            ]),
        new(
            "engineersSleeping",
            "Our engineers are sleeping",
            "have on-call rotation",
            "Our on-call engineer is working on it now",
            [
                @"\b(?:engineers?|developers?|devs?|team|teams|staff|everyone|everybody|people|ops|sre|sres)(?: are| is| were| was|'re|'s)?(?: all)?(?: currently| already| still)? (?:sleeping|asleep|in bed|slept|off for the night|gone for the night|gone for the day|not awake)\b",
                @"\b(?:nobody|no one|no engineers?|no engineer)(?: is| are|'s)? (?:awake|on call|on-call)\b",
                @"\b(?:wake|woken|waking|woke) (?:up )?(?:the |our |an |any )?(?:engineers?|team|developers?|devs?)(?: up)? (?:in the morning|tomorrow)",
            ]),
        new(
            "customersFault",
            "It's the customer's fault",
            "communication is professional regardless",
            "We're sorry for the disruption and impact to your business",
            [
                @"\b(?:customer|customers|client|clients|user|users)(?:'s|s'|')? (?:own )?(?:fault|mistake|error|problem)\b",
                @"\byour (?:own )?(?:fault|mistake)\b",
                @"\b(?:it is|it's|its|it was|that's|that is|that was|this is|this was) (?:on|down to|because of) you\b",
                @"\byou (?:caused|broke|messed up|screwed up) (?:this|it|that)\b",
                @"\b(?:caused|created) by (?:you|your team|the customer|the client)\b",
                @"\b(?:blame|blamed|blaming) (?:on )?(?:you|the customer|the client)\b",
            ]),
        new(
            "neverSeen",
            "We've never seen this before",
            "doesn't help customer",
            "We've identified a database connection issue",
            [
                @"\b(?:we|i|nobody|no one|the team|engineering|anyone)(?:'ve|ve| have| has| had)?(?: honestly| really| literally)? (?:never|not ever)(?: ever)? (?:seen|saw|see|encountered|encounter|come across|came across|had|experienced|run into|ran into) (?:this|that|it|anything|such|one|a case|an issue)",
                @"\b(?:we|i)(?:'ve|ve| have| had)? not (?:ever )?(?:seen|encountered|experienced) (?:this|that|it|anything like (?:this|that)|such (?:a|an) [\w' -]{1,40}) before\b",
                @"\b(?:we|i) (?:haven't|havent|hadn't|hadnt|didn't|didnt|did not)(?: ever)? (?:seen|see|encountered|experienced) (?:this|that|it|anything like (?:this|that)) before\b",
                @"\b(?:this|it|that)(?: has|'s| had)? never happened before\b",
                @"\b(?:first time|never before) (?:we've|we have|we|i've|i have|anyone has) (?:ever )?(?:seen|encountered|had) (?:this|that|it)\b",
            ]),
    ];

    /// <summary>Checks the policy: unique non-blank ids and texts, patterns that compile.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new WordsPolicyValidator().Validate(this);
}

/// <summary>Validates a <see cref="WordsPolicy"/>.</summary>
public sealed class WordsPolicyValidator : AbstractValidator<WordsPolicy>
{
    /// <summary>Creates the validator.</summary>
    public WordsPolicyValidator()
    {
        RuleFor(p => p.Phrases).Must(p => !p.IsDefault).WithMessage("must be a list (it may be empty).");
        RuleFor(p => p.Phrases).Must(p => p.IsDefault || p.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == p.Length)
            .WithMessage("ids must be unique.");
        RuleForEach(p => p.Phrases).ChildRules(phrase =>
        {
            phrase.RuleFor(x => x.Id).NotEmpty().WithMessage("must not be blank.");
            phrase.RuleFor(x => x.Phrase).NotEmpty().WithMessage("must not be blank.");
            phrase.RuleFor(x => x.Suggestion).NotEmpty().WithMessage("must not be blank.");
            phrase.RuleFor(x => x.Patterns).Must(p => !p.IsDefault && p.Length > 0).WithMessage("needs at least one pattern.");
            phrase.RuleForEach(x => x.Patterns).Must(Compiles).WithMessage((_, p) => $"'{Text.SafeText.Echo(p, 60)}' is not a valid regular expression.");
        }).When(p => !p.Phrases.IsDefault);
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, WordsChecker.Options, WordsChecker.Timeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>
/// Checks any customer-facing message (incident notices, status updates, templates A–G, agent replies) for the §3.3
/// "What NOT to say" phrases and their close variants; each finding carries the manual's suggested wording.
/// </summary>
/// <remarks>
/// Manual §3.3. Matching runs on a normalised copy of the message (lower case; ’ ‘ ` ´ as '; every run of whitespace and
/// punctuation other than ' and - as one space), with a linear-time regular-expression engine, so any input is checked
/// in time proportional to its length and never throws.
/// </remarks>
/// <example>
/// <code>
/// var result = WordsChecker.Default.Evaluate("Honestly, we don't know what's wrong yet.");
/// // result.Findings[0]: dontKnow, Said = "we don't know what", Suggestion = "Still investigating"
/// </code>
/// </example>
public sealed class WordsChecker
{
    internal const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly ImmutableArray<(ForbiddenPhrase Phrase, ImmutableArray<Regex> Patterns)> compiled;

    /// <summary>Creates a checker; the policy is validated here.</summary>
    /// <param name="policy">The phrases to catch.</param>
    /// <exception cref="TaiValidationException">The policy is invalid.</exception>
    public WordsChecker(WordsPolicy policy)
    {
        Policy = TaiValidationException.Validated("words policy", policy, p => new WordsPolicyValidator().Validate(p));
        compiled = [.. policy.Phrases.Select(p => (p, p.Patterns.Select(x => new Regex(x, Options, Timeout)).ToImmutableArray()))];
    }

    /// <summary>A checker for the manual's four phrases.</summary>
    public static WordsChecker Default { get; } = new(WordsPolicy.Default);

    /// <summary>The policy.</summary>
    public WordsPolicy Policy { get; }

    /// <summary>Finds every forbidden phrase in <paramref name="message"/>.</summary>
    /// <param name="message">Any text; null is treated as empty.</param>
    /// <returns>The findings, in message order (one per phrase and place), with a trace.</returns>
    public WordsCheckResult Evaluate(string? message)
    {
        message ??= string.Empty;
        var (normal, map) = Normalise(message);
        var findings = new List<PhraseFinding>();
        foreach (var (phrase, patterns) in compiled)
        {
            var taken = new List<(int Start, int End)>();
            foreach (var pattern in patterns)
            {
                foreach (Match match in pattern.Matches(normal))
                {
                    if (match.Length == 0 || taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length))
                    {
                        continue;
                    }

                    taken.Add((match.Index, match.Index + match.Length));
                    var start = map[match.Index];
                    var end = map[match.Index + match.Length - 1] + 1;
                    findings.Add(new PhraseFinding(
                        phrase.Id, phrase.Phrase, Text.SafeText.Echo(message[start..end], 120), start, end - start, phrase.Suggestion, phrase.ManualNote));
                }
            }
        }

        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.PhraseId, b.PhraseId));
        ImmutableArray<TraceStep> trace = findings.Count == 0
            ? [new TraceStep("words.clean", "§3.3", $"none of the {compiled.Length} phrases the manual says not to use")]
            : [.. findings.Select(f => new TraceStep($"words.{f.PhraseId}", "§3.3", $"\"{f.Said}\" at {f.Start} is a form of \"{f.Phrase}\" ({f.ManualNote}); say: \"{f.Suggestion}\""))];
        return new WordsCheckResult([.. findings], trace);
    }

    private static (string Normal, int[] Map) Normalise(string message)
    {
        var builder = new StringBuilder(message.Length);
        var map = new List<int>(message.Length);
        var pendingSpace = false;
        var spaceAt = 0;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (c is '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC')
            {
                c = '\'';
            }

            if (char.IsLetterOrDigit(c) || c is '\'' or '-')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                    map.Add(spaceAt);
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
                map.Add(i);
            }
            else if (!pendingSpace)
            {
                pendingSpace = true;
                spaceAt = i;
            }
        }

        return (builder.ToString(), [.. map]);
    }
}
