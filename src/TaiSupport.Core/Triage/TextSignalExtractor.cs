using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The built-in signal extractor (text → <see cref="TicketSignals"/> + evidence). It finds the policy's keyword
/// phrases (<see cref="TriagePolicy.Keywords"/>, <see cref="TriagePolicy.ApiErrorKeywords"/>) with the SIMD keyword
/// index, HTTP status codes in every common spelling (<c>401</c>, <c>HTTP 403</c>, <c>error 404</c>, <c>504s</c>,
/// <c>5xx</c>) and numbers with their units (percentages, money, durations, latencies), then reads each find in its
/// clause: <b>negated</b> ("not blocking", "no data loss"), <b>past or resolved</b> ("last week's outage", "was
/// resolved"), <b>hypothetical</b> ("if the API goes down", "in case of an outage"), a <b>question</b> ("is there an
/// outage?"), or inside a quoted earlier message or a signature. Only current, affirmative finds set a signal; the
/// others are kept as evidence with the reason they were ignored. Immutable and thread-safe.
/// </summary>
/// <remarks>See <c>docs/triage-and-escalation.md</c>, "Signal extraction", for every rule and the words it uses.</remarks>
/// <example>
/// <code>
/// var found = TextSignalExtractor.Default.Extract(new TriageRequest { Tier = Tier.Starter, Body = "No data loss, but 30 % of our calls fail." });
/// // found.Signals: DataLoss null (negated), PlatformImpactPct 30, ErrorRatePct 30, FeatureBroken true
/// foreach (var e in found.Evidence) Console.WriteLine(e); // dataLoss: "data loss" in the body ignored (negated) …
/// </code>
/// </example>
public sealed class TextSignalExtractor : ISignalExtractor
{
    private const int MaxHits = 128;
    private const string UrgentIgnored = "a customer's \"urgent\" alone does not escalate (D11: Critical is TAI down or losing money)";
    private const int MaxNumbers = 48;
    private const int MaxClauseTokens = 96;

    /// <summary>How many words that may be "since" the body's scan reports before the "all well since" rule searches the body itself.</summary>
    private const int MaxSinceWords = 16;

    /// <summary>The word masks the scan keeps for the clause reader: the first 8,192 characters of a text (1 KB of stack).</summary>
    private const int MaxMaskBlocks = 128;

    private static readonly string[] SignalNames = [.. Enum.GetNames<KeywordSignal>().Select(TriagePolicyValidator.JsonName)];

    private static readonly CueTable Cues = BuildCues();

    /// <summary>
    /// The cues a clause reading never takes from its words (<see cref="Classify(ReadOnlySpan{char}, int, int, Sensitivity, ref SentenceCache)"/>
    /// and <see cref="ReadClause"/> do not test them; <see cref="ClauseHas"/> looks them up in <see cref="Cues"/> when asked).
    /// Most words of a sentence carry only these ("the", "and", "our", "for", "requests"), so leaving them out of the
    /// tokeniser's table lets its filter reject those words without packing and hashing them (eighth speed pass). A cue
    /// added later is read by the tokeniser unless it is added here.
    /// </summary>
    private const Cue NotReadFromClauseWords = Cue.Filler | Cue.Conjunction | Cue.DateIntro | Cue.CodeBefore | Cue.CodeAfter | Cue.Latency | Cue.Failure
        | Cue.Scope | Cue.Loss | Cue.We | Cue.Link | Cue.LeaveObject | Cue.OutageVeto | Cue.PagePart | Cue.Say | Cue.At | Cue.Competitor | Cue.DataNoun
        | Cue.AccountNoun | Cue.DateWord;

    /// <summary>
    /// The cues of a clause's words that neither <see cref="Decide"/> nor the "resolved" test reads from the clause's
    /// words (the words before a find are read on their own): a sentence with no other cue has its clause's words skipped.
    /// </summary>
    private const Cue NotDecidingInClause = Cue.Negator | Cue.TimeWord | Cue.Contrast | Cue.PastModifier | Cue.After | Cue.QuestionWord;

    /// <summary>The tokeniser's cue table: <see cref="Cues"/> without <see cref="NotReadFromClauseWords"/> (a word left with no cue is not in it).</summary>
    private static readonly CueTable ClauseCues = Cues.Without(NotReadFromClauseWords);

    /// <summary>The characters that can end a clause (see <see cref="IsBoundary"/>).</summary>
    private static readonly SearchValues<char> BoundaryChars = SearchValues.Create("!?;\n\r.:");

    private static readonly string[] LeftFrom = ["from", "with"];

    /// <summary>The verbs that make an amount right after them a loss (<see cref="IsAmountLost"/>).</summary>
    private static readonly string[] LossVerbs = ["losing", "lose", "loose", "burning", "bleeding"];

    /// <summary>Environments that are not production (<see cref="NamesNonProduction"/>).</summary>
    private static readonly string[] NonProduction = ["staging", "sandbox", "uat", "preprod", "pre-prod", "pre-production"];

    private static readonly string[] Determiners = ["the", "our", "this", "that", "all"];

    /// <summary>The words naming TAI after "moving away from", "done with" (<see cref="LeavesSomethingElse"/>).</summary>
    private static readonly string[] WhatTaiIs = ["tai", "you", "your", "yours", "it", "platform", "product", "service", "vendor", "vendors", "tool", "provider", "providers", "solution", "decisioning"];

    /// <summary>The titles before "of" that make a billing word a department (<see cref="IsJobTitle"/>).</summary>
    private static readonly string[] JobTitles = ["head", "director", "vp", "manager", "lead", "chief", "officer"];

    private static readonly FrozenSet<string> WeakBilling = new[]
    {
        "price", "pricing", "cost", "charge", "fee", "seat", "seats", "upgrade", "downgrade", "quote", "add on", "addon", "tax", "discount for",
        "a discount", "which plan", "cheaper plan", "renews", "subscription", "receipt",
        "annual option", "annual billing", "upfront", "plan include", "plan includes", "included in my plan", "included in our plan",
        "license", "licenses", "licence", "licences", "trial ends", "switch to annual", "account manager", "professional feature", "enterprise feature",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a sign-on path that can fail alone (<see cref="IsOneWayIn"/>).</summary>
    private static readonly string[] LoginPathWords = ["sso", "saml", "okta", "oidc", "azure", "entra", "google"];

    /// <summary>The people whose time "took" counts as effort (<see cref="IsPersonsTime"/>).</summary>
    private static readonly string[] Persons = ["me", "us", "him", "her", "them"];

    /// <summary>The subjects that say no one can (<see cref="SaysNobody"/>).</summary>
    private static readonly string[] NobodyWords = ["nobody", "none", "noone"];

    /// <summary>The words before "renewal" that make it a date (<see cref="IsRenewalNoBillingAsk"/>).</summary>
    private static readonly string[] TimePrepositions = ["at", "before", "after", "until", "till", "when", "by"];

    /// <summary>The words after "price" / "pricing" that make it the customer's own prices (<see cref="IsCustomersOwnPrice"/>).</summary>
    private static readonly string[] PricedThings = ["list", "lists", "book", "books", "decision", "decisions", "desk", "preview", "data", "change", "changes", "update", "updates", "export", "exports", "import", "imports", "file", "files", "calculation", "calculations", "field", "fields", "widget"];

    /// <summary>The words of the customer's own trade that make a price or discount word theirs (<see cref="IsCustomersOwnPrice"/>).</summary>
    private static readonly string[] CommerceWords = ["order", "orders", "checkout", "shoppers", "shopper", "customers", "cart", "line", "sku", "skus", "rule", "rules", "campaign", "coupon", "loyalty"];

    /// <summary>The words before "quote" that make it a quote TAI's product issues ("every approved quote", "the TAI quote").</summary>
    private static readonly string[] QuoteKinds = ["tai", "approved", "every", "each"];

    /// <summary>The words before "price" that make it a price the customer sets or shows (<see cref="IsCustomersOwnPrice"/>).</summary>
    private static readonly string[] PriceKinds = ["list", "full", "live", "unit", "shelf", "sale", "retail", "net", "gross", "base", "checkout", "product", "sku", "last"];

    /// <summary>The words naming the rule editor's own work (<see cref="IsEditorsTime"/>).</summary>
    private static readonly string[] EditorWords = ["editor", "saves", "save", "saving"];

    /// <summary>The determiners before "failed" that make it name things (<see cref="NamesFailedThings"/>).</summary>
    private static readonly string[] NamingDeterminers = ["the", "those", "these"];

    /// <summary>The words before a bare "since" that say a problem is over (<see cref="SaysAllWellSince"/>).</summary>
    private static readonly string[] WellWords = ["fine", "stable", "normal", "normally", "ok", "okay", "working", "smoothly"];

    /// <summary>The words that keep an "if we …" sentence hypothetical (<see cref="IsTriedCondition"/>).</summary>
    private static readonly string[] ConditionalMood = ["would", "could", "might", "had", "should", "ever"];

    /// <summary>The customer as the subject of a tried condition (<see cref="IsTriedCondition"/>).</summary>
    private static readonly string[] ConditionSubjects = ["we", "i"];

    /// <summary>The verbs of a wait the customer makes (<see cref="IsOwnWait"/>).</summary>
    private static readonly string[] OwnWaitVerbs = ["buffer", "buffers", "buffering", "sleep", "sleeps", "sleeping"];

    /// <summary>The units a range's upper end may carry (<see cref="IsRangeEnd"/>): "900-1100ms", "10-15 s".</summary>
    private static readonly string[] RangeUnits = ["ms", "s", "sec", "secs", "seconds"];

    /// <summary>The words that put a shown code in an answer of the API (<see cref="IsShownOnScreen"/>).</summary>
    private static readonly string[] ApiWords = ["api", "endpoint", "calls", "call", "requests", "v1", "response", "responses"];

    /// <summary>The verbs before a code that make it shown on a screen ("the page shows Error 500"), not returned by the API.</summary>
    private static readonly string[] ShowVerbs = ["shows", "show", "showing", "displays", "display", "displaying", "says", "saying"];

    /// <summary>The words after "regulator" that make it a setting, not an inquiry (<see cref="IsLegalContextOnly"/>).</summary>
    private static readonly string[] RegulatorAsSetting = ["deadline", "deadlines", "report", "reporting", "filing"];

    /// <summary>What a breaking code on "all …" is returned for when TAI is down for the caller (<see cref="OnAllCalls"/>).</summary>
    private static readonly string[] CallWords = ["calls", "requests", "endpoints", "writes", "queries"];

    /// <summary>The words after <see cref="CallWords"/> that narrow them to one endpoint or input ("all calls to the export endpoint").</summary>
    private static readonly string[] ScopingWords = ["to", "with", "for", "on"];

    /// <summary>What "can't ship" a change is about: a release, not goods (<see cref="ShipsAChange"/>).</summary>
    private static readonly string[] ShippedChanges = ["new", "release", "update", "change", "changes", "fix", "feature", "version", "policy", "rule", "rules", "it", "this", "that", "code", "deploy"];

    /// <summary>What "costs us" that is not money: "costs us quota", "costs us time".</summary>
    private static readonly string[] NotMoney = ["quota", "time", "effort", "credits", "calls", "patience", "sleep", "those", "these", "them", "events", "messages", "webhooks", "deliveries", "access", "track", "context", "history", "data", "hours", "minutes", "days", "weeks", "call", "request", "requests", "retry", "retries"];

    /// <summary>Words that only say how much of the loss follows ("we lose so much time", "a lot of effort"), read past before <see cref="NotMoney"/>.</summary>
    private static readonly string[] LossAmounts = ["so", "too", "much", "many", "a", "lot", "lots", "of", "all", "our", "the", "whole", "entire", "valuable", "precious", "one", "an", "extra", "wasted", "some", "additional", "unnecessary"];

    /// <summary>
    /// Phrases by which a ticket says no legal matter lies behind its legal words (session 13, read in fresh8's false pages:
    /// "please send the current list of sub-processors … no concerns, just our yearly check"; a DPIA question ending
    /// "nothing has happened"): routine compliance paperwork, not §4.1 Tier 4.
    /// </summary>
    private static readonly string[] NoLegalMatter = ["no concerns", "no concern", "nothing has happened", "nothing happened", "yearly check", "annual check", "yearly review", "annual review", "routine check", "routine request"];

    /// <summary>Losing-money phrases that name a loss of the customer's own trade, never a dispute about TAI's invoice (<see cref="IsBusinessLoss"/>).</summary>
    private static readonly string[] BusinessLosses =
    [
        "losing sales", "lost sales", "losing orders", "losing bookings", "lost bookings", "paid out", "giving away", "below cost",
        "sold at a loss", "sell at a loss", "selling at a loss", "through at a loss", "unpaid orders", "chargebacks", "can't take orders",
        "cannot take orders", "can not take orders", "losing customers", "lose customers", "losing clients", "lose clients",
    ];

    /// <summary>The fields of a support form whose value the customer picks from a list (<see cref="IsFormFieldValue"/>).</summary>
    private static readonly string[] FormFields = ["topic", "urgency", "severity", "priority", "impact"];

    /// <summary>Phrases by which the customer says it stays with TAI (<see cref="SaysItStays"/>).</summary>
    private static readonly string[] StayingWords = ["intend to stay", "intending to stay", "we're staying", "we are staying", "not going anywhere"];

    /// <summary>Words before "for now" that make it a sign-off ("that's all for now", "that's it for now"), no workaround.</summary>
    private static readonly string[] SignOffWords = ["all", "it"];

    /// <summary>Words that say a TAI-down find is not affected (<see cref="SaysUnaffected"/>).</summary>
    private static readonly string[] UnaffectedWords = ["affected", "impacted", "involved"];

    /// <summary>Words by which a ticket ranks two issues, the main one after them ("More important:", "the main issue").</summary>
    private static readonly string[] RankingWords = ["more important", "main issue", "main problem"];

    /// <summary>Where a quoted earlier message starts (applied in this order by <see cref="EffectiveEnd"/>).</summary>
    private static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    private static readonly string[] QuoteMarkers = ["\n>", "-----Original Message", "wrote:\n", "wrote:\r"];

    /// <summary>Where a signature starts; the first <see cref="SignOffMarkers"/> are sign-off words, which start one only
    /// when the rest of their line is a name or nothing (<see cref="EndsSignOffLine"/>).</summary>
    private static readonly string[] SignatureMarkers =
    [
        "\nKind regards", "\nBest regards", "\nBest,", "\nRegards", "\nCheers", "\nThanks,",
        "\n--", "\nSent from my", "\nConfidential", "\nThis message and any", "\nThis e-mail",
    ];

    private const int SignOffMarkers = 6;

    /// <summary>
    /// This thread's evidence builder, kept between extractions so that one allocates only its result's array; an
    /// extraction takes it (leaving null) and puts it back emptied, so one that fails midway just drops it.
    /// </summary>
    [ThreadStatic]
    private static ImmutableArray<SignalEvidence>.Builder? spareEvidence;

    private readonly KeywordIndex index;
    private readonly string[] apiCodes;
    private readonly FrozenSet<string> autoResolve;
    private readonly PhraseKind[] kinds;

    /// <summary>Compiles the extractor for a policy's phrases and auto-resolve list.</summary>
    /// <param name="policy">The policy (validated by the caller; see <see cref="TriagePolicy.Validate"/>).</param>
    public TextSignalExtractor(TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        apiCodes = [.. policy.ApiErrorKeywords.Keys];
        var entries = KeywordGroups.Entries(policy.Keywords, [.. apiCodes], policy.ApiErrorKeywords).ToArray();
        index = new KeywordIndex(entries, KeywordGroups.SignalCount + apiCodes.Length, watch: "since");
        autoResolve = policy.AutoResolveApiErrors.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        kinds = [.. entries.Select(e => KindOf(e.Group, e.Text))];
    }

    /// <summary>The extractor for <see cref="TriagePolicy.Default"/>.</summary>
    public static TextSignalExtractor Default { get; } = new(TriagePolicy.Default);

    /// <summary>The policy whose phrases the extractor uses.</summary>
    public TriagePolicy Policy { get; }

    [Flags]
    private enum Cue
    {
        None = 0,
        Negator = 1 << 0,
        PastTime = 1 << 1,
        Ongoing = 1 << 2,
        Resolution = 1 << 3,
        Hypothetical = 1 << 4,
        ChurnHypothetical = 1 << 5,
        TimeWord = 1 << 6,
        DateWord = 1 << 7,
        Contrast = 1 << 8,
        AccountNoun = 1 << 9,
        Filler = 1 << 10,
        CodeBefore = 1 << 11,
        CodeAfter = 1 << 12,
        Latency = 1 << 13,
        Failure = 1 << 14,
        Scope = 1 << 15,
        Loss = 1 << 16,
        PastModifier = 1 << 17,
        After = 1 << 18,
        Since = 1 << 19,
        We = 1 << 20,
        Link = 1 << 21,
        LeaveObject = 1 << 22,
        Conjunction = 1 << 23,
        DateIntro = 1 << 24,
        OutageVeto = 1 << 25,
        QuestionWord = 1 << 26,
        PagePart = 1 << 27,
        Say = 1 << 28,
        At = 1 << 29,
        Competitor = 1 << 30,
        DataNoun = 1 << 31,
    }

    private enum PhraseKind : byte
    {
        Plain,
        NegatedMeaning,
        CancelWord,
        LeaveWord,
        ErrorWord,
        LoginPhrase,
        InsteadAtEnd,
        MissingWord,
        NobodyCan,
        NotBlocking,
        ForNow,
    }

    /// <summary>Why a find was not used.</summary>
    private enum Context : byte
    {
        Current,
        Negated,
        Past,
        Resolved,
        Hypothetical,
        Question,
        NotChurn,
        CodeWord,
        Cosmetic,
    }

    /// <inheritdoc/>
    public SignalExtraction Extract(TriageRequest request) => Extract(request, TicketSignals.None);

    /// <summary>
    /// <see cref="Extract(TriageRequest)"/> with the signals found merged under <paramref name="given"/> (D11: a value
    /// given wins), as <c>SignalExtractors.Merge(given, Extract(request).Signals)</c> would, but built as one object:
    /// triage's own path, so a classification allocates no signals it throws away.
    /// </summary>
    internal SignalExtraction Extract(TriageRequest request, TicketSignals given)
    {
        ArgumentNullException.ThrowIfNull(request);
        Span<Acc> acc = stackalloc Acc[KeywordGroups.SignalCount];
        Span<Acc> codes = stackalloc Acc[apiCodes.Length + 1];
        var numeric = new NumericFinds();
        var subject = request.Subject ?? string.Empty;
        var body = request.Body ?? string.Empty;
        // A reply's subject ("Re: …") names the old thread, not this message.
        var reply = subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("fwd:", StringComparison.OrdinalIgnoreCase)
            || subject.StartsWith("aw:", StringComparison.OrdinalIgnoreCase);
        ScanText(subject, reply && body.Length > 0 && !SaysStillHappening(body) ? 0 : subject.Length, 0, acc, codes, ref numeric, default, out _);
        // A forwarded message ("FW: …") is the ticket: what it quotes is read too.
        var forward = subject.StartsWith("fw:", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("fwd:", StringComparison.OrdinalIgnoreCase)
            || subject.StartsWith("wg:", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = forward ? body.Length : EffectiveEnd(body);
        // The scan reports the body's words that may be "since" (twelfth speed pass: a second search of the whole body
        // for them cost about a tenth of the extraction); when it cannot say (too many, or it stopped early) the rule searches.
        Span<Range> since = stackalloc Range[MaxSinceWords];
        ScanText(body, bodyEnd, 1, acc, codes, ref numeric, since, out var sinceCount);
        if (sinceCount >= 0 ? SaysAllWellSinceAt(body.AsSpan(0, bodyEnd), since[..sinceCount]) : SaysAllWellSince(body.AsSpan(0, bodyEnd)))
        {
            AllPast(acc, codes, ref numeric);
        }

        return Build(subject, body, acc, codes, numeric, given);
    }

    /// <summary>Whether the words right after a TAI-down find say it is not affected ("… nor the API is affected").</summary>
    private static bool SaysUnaffected(ReadOnlySpan<char> text, int end)
    {
        for (var (i, position) = (0, end); i < 3 && NextWord(text, position, Math.Min(text.Length, position + 24)) is var (s, e) && s >= 0; i++, position = e)
        {
            if (IsAnyOf(text[s..e], UnaffectedWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the find is the value of a form field ("Topic: Outage"): the word before it is one of <see cref="FormFields"/> followed by a colon.</summary>
    private static bool IsFormFieldValue(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i > 0 && text[i] == ':' && PreviousWordIsAny(text, i, FormFields, 1, Math.Max(0, i - 12));
    }

    /// <summary>
    /// Whether a reply's body opens with "still" ("still happening. nothing since 8am.", "Still broken after the
    /// release"): it says the problem its subject names goes on, so the subject is read (session 14, fresh11 S100, S111).
    /// </summary>
    private static bool SaysStillHappening(string body)
    {
        var text = body.AsSpan().TrimStart();
        return text.Length > 6 && text.StartsWith("still", StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetter(text[5]);
    }

    /// <summary>
    /// "Everything has worked fine since.", "It has been stable since then.": the customer writes about a problem that is
    /// over (an RCA or a service-credit request), so its codes and failures are past (§2.1 Tier 1 and D11 act on what
    /// fails now).
    /// </summary>
    private static bool SaysAllWellSince(ReadOnlySpan<char> text)
    {
        // "ince" found ordinally (vectorised) with its 's' or 'S' checked: an ignore-case search costs more than the whole rule.
        for (var from = 1; from < text.Length && text[from..].IndexOf("ince", StringComparison.Ordinal) is var i and >= 0; from += i + 4)
        {
            var start = from + i - 1;
            var end = start + 5;
            if ((text[start] | 0x20) != 's')
            {
                continue;
            }

            if ((start > 0 && KeywordIndex.IsWordChar(text[start - 1])) || (end < text.Length && KeywordIndex.IsWordChar(text[end])))
            {
                continue;
            }

            if (AllWellBefore(text, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="SaysAllWellSince"/> from the words of <paramref name="text"/> the keyword scan
    /// reported as perhaps "since" (<paramref name="words"/>: every whole word "since" ignoring case is among them, in
    /// order): each is tested as the search above tests what it finds — "s" or "S", then "ince" as written.
    /// </summary>
    private static bool SaysAllWellSinceAt(ReadOnlySpan<char> text, ReadOnlySpan<Range> words)
    {
        foreach (var word in words)
        {
            var (start, length) = word.GetOffsetAndLength(text.Length);
            if (length == 5 && (text[start] | 0x20) == 's' && text.Slice(start + 1, 4).SequenceEqual("ince") && AllWellBefore(text, start, start + 5))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the whole word "since" at <c>text[start..end]</c> ends its sentence (or "since then" does) after a word that says all is well, not negated.</summary>
    private static bool AllWellBefore(ReadOnlySpan<char> text, int start, int end)
    {
        var sinceThen = AtSentenceEnd(text, end) || (NextWordIs(text, end, "then") && AtSentenceEnd(text, NextWord(text, end, text.Length).End));
        return sinceThen && (PreviousWord(text, start, Math.Max(0, start - 16)) is var (ps, pe) && ps >= 0 && IsAnyOf(text[ps..pe], WellWords))
            && !HasNegatorBefore(text, Boundaries(text, start, end).Start, ps);
    }

    /// <summary>Whether a word of <c>text[from..to]</c> negates ("Nothing has been fine since").</summary>
    private static bool HasNegatorBefore(ReadOnlySpan<char> text, int from, int to)
    {
        for (var w = from; NextWord(text, w, to) is var (s, e) && s >= 0; w = e)
        {
            if (CueOf(text[s..e]).HasFlag(Cue.Negator))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every current code, outage and failure found so far read as past (<see cref="SaysAllWellSince"/>).</summary>
    private static void AllPast(Span<Acc> acc, Span<Acc> codes, ref NumericFinds numeric)
    {
        foreach (ref var code in codes)
        {
            MakePast(ref code);
        }

        MakePast(ref acc[(int)KeywordSignal.ProductionDown]);
        MakePast(ref acc[(int)KeywordSignal.FeatureBroken]);
        numeric.OtherCodeText = null;
        numeric.AllCalls = false;
    }

    private static void MakePast(ref Acc a)
    {
        if (a.Used == 0)
        {
            return;
        }

        if (a.Ignored == 0)
        {
            (a.IgnoredStart, a.IgnoredEnd, a.IgnoredSource, a.Why) = (a.UsedStart, a.UsedEnd, a.UsedSource, Context.Past);
        }

        a.Ignored += a.Used;
        a = a with { Used = 0, Value = false, AnyTrue = false, AnyFalse = false, Strong = false, NotBlocking = 0 };
    }

    /// <summary>
    /// The shared churn detector (§4.3 "canceling" or "leaving", D14), used by triage and by the template suggester:
    /// true when the text threatens churn now (not "cancel the duplicate webhook", not "if we ever left", not "I'm
    /// leaving the company").
    /// </summary>
    /// <param name="text">The customer's words.</param>
    /// <param name="words">The words that showed it, or null.</param>
    /// <returns>Whether the text threatens churn.</returns>
    public bool ThreatensChurn(string? text, out string? words)
    {
        var found = Extract(new TriageRequest { Tier = Tickets.Tier.Starter, Body = text ?? string.Empty });
        words = found.Signals.ChurnThreat == true ? found.Evidence.FirstOrDefault(e => e.Signal == "churnThreat" && e.Used)?.Words : null;
        return found.Signals.ChurnThreat == true;
    }

    /// <summary>
    /// Whether what follows a sign-off word on its line is a name or nothing ("Thanks,", "Regards, Nadia"): "Hi,\n\nthanks,
    /// but we still get a 401" opens the message, it does not sign it.
    /// </summary>
    private static bool EndsSignOffLine(ReadOnlySpan<char> rest)
    {
        var line = rest.IndexOfAny('\n', '\r') is var n and >= 0 ? rest[..n] : rest;
        var words = line.TrimStart(" ,!.\t");
        return words.IsEmpty || (char.IsUpper(words[0]) && words.Length <= 40);
    }

    /// <summary>Where the customer's own words end in a body: before a quoted earlier message or a signature.</summary>
    /// <remarks>
    /// One pass over the body's line breaks and hyphens (every marker but "-----Original Message" starts at or ends
    /// before a line break; that one starts with a hyphen, so no second search over the body is needed), recording each
    /// marker's first occurrence, then the markers applied in their order: a quote marker
    /// (<see cref="QuoteMarkers"/>) cuts where it starts ("…wrote:" at the line it is on), then a signature marker
    /// (<see cref="SignatureMarkers"/>, ignoring case) cuts where it starts when it lies wholly before the cut so far.
    /// </remarks>
    internal static int EffectiveEnd(string body)
    {
        if (body.StartsWith('>'))
        {
            return 0;
        }

        var text = body.AsSpan();
        Span<int> signature = stackalloc int[SignatureMarkers.Length];
        signature.Fill(-1);
        int quote = -1, original = -1, wroteN = -1, wroteR = -1;
        for (var p = text.IndexOfAny('\n', '\r', '-'); p >= 0;)
        {
            var wrote = text[p] != '-' && p >= 6 && text.Slice(p - 6, 6).SequenceEqual("wrote:");
            if (text[p] == '-')
            {
                if (original < 0 && text[p..].StartsWith(QuoteMarkers[1], StringComparison.Ordinal))
                {
                    original = p;
                }
            }
            else if (text[p] == '\n')
            {
                if (quote < 0 && p + 1 < text.Length && text[p + 1] == '>')
                {
                    quote = p;
                }

                if (wroteN < 0 && wrote)
                {
                    wroteN = p - 6;
                }

                var rest = text[p..];
                for (var m = 0; m < SignatureMarkers.Length; m++)
                {
                    if (signature[m] < 0 && rest.StartsWith(SignatureMarkers[m], StringComparison.OrdinalIgnoreCase)
                        && (m >= SignOffMarkers || EndsSignOffLine(rest[SignatureMarkers[m].Length..])))
                    {
                        signature[m] = p;
                    }
                }
            }
            else if (wroteR < 0 && wrote)
            {
                wroteR = p - 6;
            }

            var next = text[(p + 1)..].IndexOfAny('\n', '\r', '-');
            p = next < 0 ? -1 : p + 1 + next;
        }

        var end = text.Length;
        Cut(quote, false);
        Cut(original, false);
        Cut(wroteN, true);
        Cut(wroteR, true);
        for (var m = 0; m < SignatureMarkers.Length; m++)
        {
            var at = signature[m];
            if (at > 0 && at + SignatureMarkers[m].Length <= end)
            {
                end = at;
            }
        }

        return end;

        void Cut(int at, bool line)
        {
            if (at >= 0 && at < end)
            {
                end = line ? Math.Max(0, body.LastIndexOf('\n', at)) : at;
            }
        }
    }

    private static PhraseKind KindOf(int group, string text)
    {
        var words = KeywordIndex.Words(text);
        // "not blocking", "not a blocker", "rather than blocking" (session 14) say the customer can go on: a workaround in
        // effect (quick reference MEDIUM, D11), not a workaround denied like "no workaround" below.
        if (group == (int)KeywordSignal.WorkaroundExists && words[^1].StartsWith("block", StringComparison.OrdinalIgnoreCase))
        {
            return PhraseKind.NotBlocking;
        }

        if (group == (int)KeywordSignal.WorkaroundExists && words.Length > 1 && CueOf(words[0]).HasFlag(Cue.Negator))
        {
            return PhraseKind.NegatedMeaning;
        }

        if (group == (int)KeywordSignal.ChurnThreat && words.Length == 1)
        {
            var w = words[0].ToUpperInvariant();
            if (w.StartsWith("CANC", StringComparison.Ordinal))
            {
                return PhraseKind.CancelWord;
            }

            if (w.StartsWith("LEAV", StringComparison.Ordinal))
            {
                return PhraseKind.LeaveWord;
            }
        }

        if (group == (int)KeywordSignal.WorkaroundExists && words is ["instead" or "Instead"])
        {
            return PhraseKind.InsteadAtEnd;
        }

        if (group == (int)KeywordSignal.FeatureBroken && words.Length == 1 && words[0].StartsWith("error", StringComparison.OrdinalIgnoreCase))
        {
            return PhraseKind.ErrorWord;
        }

        // "how do I cancel a simulation?" is no account question: read like a bare "cancel".
        if (group == (int)KeywordSignal.Billing && words.Length > 1 && words[^1].Equals("cancel", StringComparison.OrdinalIgnoreCase))
        {
            return PhraseKind.CancelWord;
        }

        // "is missing", "are gone", "we lost" need a data noun in their clause: "we lost access" loses no data, and "the
        // changes are gone after reload" or "the field is gone" lost nothing stored.
        if (group == (int)KeywordSignal.DataLoss && words.Length == 2
            && (words[1].Equals("missing", StringComparison.OrdinalIgnoreCase) || words[1].Equals("gone", StringComparison.OrdinalIgnoreCase)
                || (words[1].Equals("lost", StringComparison.OrdinalIgnoreCase) && words[0] is "we" or "have")))
        {
            return PhraseKind.MissingWord;
        }

        // "for now": a workaround in use ("we pull the CSV by hand for now"), not a sign-off ("that's all for now").
        if (group == (int)KeywordSignal.WorkaroundExists && words is ["for", "now"])
        {
            return PhraseKind.ForNow;
        }

        // "can open", "can load": TAI down only when nobody can ("none of our analysts can open the web app").
        if (group == (int)KeywordSignal.ProductionDown && words is ["can" or "could", _])
        {
            return PhraseKind.NobodyCan;
        }

        return group == (int)KeywordSignal.ProductionDown && (text.Contains("log in", StringComparison.OrdinalIgnoreCase) || text.Contains("login", StringComparison.OrdinalIgnoreCase))
            ? PhraseKind.LoginPhrase
            : PhraseKind.Plain;
    }

    private static Cue CueOf(ReadOnlySpan<char> word) => Cues.Get(word);

    [SkipLocalsInit] // the hit and clause buffers are written before they are read
    private void ScanText(string text, int end, byte source, Span<Acc> acc, Span<Acc> codes, ref NumericFinds numeric, Span<Range> since, out int sinceCount)
    {
        if (end <= 0)
        {
            sinceCount = 0;
            return;
        }

        var span = text.AsSpan(0, Math.Min(end, text.Length));
        var sentence = new SentenceCache(stackalloc Token[MaxClauseTokens]) { Masks = stackalloc ulong[MaxMaskBlocks] };
        Span<PhraseHit> hits = stackalloc PhraseHit[MaxHits];
        // The scan first (tenth speed pass): it keeps the text's word masks, which the clause reader then reuses.
        var count = index.ScanAll(span, hits, sentence.Masks, out sentence.MaskBlocks, since, out sinceCount);
        hits = hits[..count];
        ScanNumbers(span, source, codes, ref numeric, ref sentence);

        // Cosmetic first: a broken thing in the same clause as "typo" or "docs" is the cosmetic thing.
        Span<int> cosmeticClauses = stackalloc int[8];
        var cosmetic = 0;
        foreach (var hit in hits)
        {
            if (hit.Group == (int)KeywordSignal.Cosmetic && !NextWordHas(span, hit.End, Cue.Say) && !PreviousWordIs(span, hit.Start, "according", 3))
            {
                var (cs, ce) = Clause(span, hit.Start, hit.End);
                if (cosmetic < cosmeticClauses.Length / 2)
                {
                    cosmeticClauses[cosmetic * 2] = cs;
                    cosmeticClauses[(cosmetic * 2) + 1] = ce;
                    cosmetic++;
                }
            }
        }

        foreach (var hit in hits)
        {
            if (hit.Group >= KeywordGroups.SignalCount)
            {
                var c = hit.Group - KeywordGroups.SignalCount;
                var context = Classify(span, hit.Start, hit.End, Sensitivity.Code, ref sentence);
                if (context == Context.Current && IsShownOnScreen(span, hit.Start, hit.End))
                {
                    context = Context.NotChurn;
                }

                Record(ref codes[c], context, hit.Start, hit.End, source, true);
                continue;
            }

            var signal = (KeywordSignal)hit.Group;
            var kind = kinds[hit.Phrase];
            var group = hit.Group;
            var ctx = Classify(span, hit.Start, hit.End, SensitivityOf(signal), ref sentence);

            if (signal == KeywordSignal.WorkaroundExists && ctx == Context.Hypothetical && IsTriedCondition(span, hit.Start, hit.End))
            {
                ctx = Context.Current; // "If we sleep 200 ms between batches it finishes": a workaround the customer tried
            }
            else if (kind == PhraseKind.NotBlocking && ctx == Context.Hypothetical)
            {
                ctx = Context.Current; // "not blocking, just want to know if 200 is a limit": the "if" asks about something else
            }

            // "can open" counts only when nobody can; then "no one" / "none of us" is its subject, not a negation of it.
            if (kind == PhraseKind.NobodyCan && ctx is Context.Current or Context.Negated)
            {
                var nobody = SaysNobody(span, hit.Start, hit.End);
                ctx = ctx == Context.Negated ? (nobody ? Context.Current : ctx) : (nobody ? ctx : Context.NotChurn);
            }

            var value = true;
            if (ctx == Context.Current)
            {
                switch (kind)
                {
                    case PhraseKind.NegatedMeaning:
                        value = false;
                        break;
                    case PhraseKind.CancelWord when !CancelIsChurn(span, hit.End) || IsCapitalisedMidSentence(span, PreviousWord(span, hit.End, hit.Start).Start)
                        || PreviousWordIs(span, hit.Start, "after", 1): // "charged after cancelling": the customer has left, nothing is threatened
                    case PhraseKind.LeaveWord when !LeaveIsChurn(span, hit.Start, hit.End, ref sentence):
                        ctx = Context.NotChurn;
                        break;
                    case PhraseKind.ErrorWord when NearCode(span, hit.Start, hit.End, numeric, source):
                        ctx = Context.CodeWord;
                        break;
                    case PhraseKind.LoginPhrase when NextWordIs(span, hit.End, "with") || IsOneWayIn(span, hit.Start, hit.End):
                        group = (int)KeywordSignal.FeatureBroken; // "can't log in with SSO", "I can't log in": one way in or one person, TAI is not down
                        break;
                    case PhraseKind.ForNow when PreviousWordIsAny(span, hit.Start, SignOffWords, 1, 0): // "no, that's all for now, thanks"
                    case PhraseKind.InsteadAtEnd when !AtSentenceEnd(span, hit.End) && !NextWordIs(span, hit.End, "but"): // "set 9 instead but it's strange"
                    case PhraseKind.MissingWord when !ClauseHas(span, hit.Start, hit.End, Cue.DataNoun, ref sentence): // "the curl example is missing a quote"
                        ctx = Context.NotChurn;
                        break;
                }

                // "Topic: Outage", "Urgency: Critical": a web form's field the customer picked, no fact about the ticket (§2.2.1,
                // D11: the text's facts decide; session 14, fresh10's forms).
                if (IsFormFieldValue(span, hit.Start))
                {
                    ctx = Context.NotChurn;
                }

                // "any idea?" asks for help; "what is on the roadmap?" asks about plans, it requests nothing
                if (signal == KeywordSignal.FeatureRequest && (PreviousWordIs(span, hit.Start, "any", 1) || AsksWhatIsPlanned(span, hit.Start, hit.End)))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.LegalOrSecurity && IsLegalContextOnly(span, hit.Start, hit.End))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.FeatureBroken && (NamesFailedThings(span, hit.Start, hit.End) || IsCustomersOwnSystem(span, hit.Start, hit.End, ref sentence)))
                {
                    ctx = Context.NotChurn;
                }
                else if (signal == KeywordSignal.FeatureBroken && AsksWhichOnes(span, hit.Start, hit.End, ref sentence))
                {
                    ctx = Context.Question;
                }

                if (signal == KeywordSignal.ChurnThreat && LeavesSomethingElse(span, hit.Start, hit.End))
                {
                    ctx = Context.NotChurn;
                }
                else if (signal == KeywordSignal.ChurnThreat && PreviousWordIsAny(span, hit.Start, NobodyWords, 3, 0))
                {
                    ctx = Context.Negated; // "Nobody here is thinking about switching tools" (session 14; issue 15: negation)
                }

                if (signal == KeywordSignal.Billing && (NextWordHas(span, hit.End, Cue.PagePart) || IsJobTitle(span, hit.Start) || IsRenewalNoBillingAsk(span, hit.Start, hit.End)
                    || IsCustomersOwnPrice(span, hit.Start, hit.End, ref sentence)))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.PriceNegotiation && IsCustomersOwnPrice(span, hit.Start, hit.End, ref sentence))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.Cosmetic && (NextWordHas(span, hit.End, Cue.Say) || PreviousWordIs(span, hit.Start, "according", 3)))
                {
                    ctx = Context.NotChurn;
                }

                if (group == (int)KeywordSignal.ProductionDown && ctx == Context.Current
                    && (NextWordHas(span, hit.End, Cue.OutageVeto) || NextWordsAre(span, hit.End, "for", "maintenance") || NextWordsAre(span, hit.End, "at", "the", "bottom")))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.ProductionDown && ctx == Context.Current && SaysUnaffected(span, hit.End))
                {
                    ctx = Context.NotChurn; // "neither the web app nor the API is affected, only the export"
                }

                if (signal == KeywordSignal.ProductionDown && ctx == Context.Current && ShipsAChange(span, hit))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.LosingMoney && ctx == Context.Current && LosesNoMoney(span, hit.End))
                {
                    ctx = Context.NotChurn;
                }

                if (signal == KeywordSignal.ProductionDown && ctx == Context.Current && IsPastOutage(span, hit.Start, hit.End))
                {
                    ctx = Context.Past;
                }

                if (signal is KeywordSignal.WorkaroundExists && ctx == Context.Current && value && WorkaroundFailed(span, hit.End))
                {
                    value = false;
                }

                if ((signal is KeywordSignal.FeatureBroken or KeywordSignal.WrongData || kind == PhraseKind.NotBlocking) && ctx == Context.Current && InAnyRange(hit.Start, cosmeticClauses[..(cosmetic * 2)]))
                {
                    ctx = Context.Cosmetic;
                }
            }

            if (signal == KeywordSignal.ProductionDown && ctx == Context.Current && NamesNonProduction(span, hit.Start, hit.End))
            {
                group = (int)KeywordSignal.FeatureBroken; // "staging has been down": broken, but production runs
            }

            ref var a = ref acc[group];
            if (ctx == Context.Current && kind != PhraseKind.ErrorWord)
            {
                a.Strong |= group == (int)KeywordSignal.FeatureBroken;
            }

            if (signal == KeywordSignal.Billing && ctx == Context.Current && !WeakBilling.Contains(index.PhraseText(hit.Phrase)))
            {
                a.Strong = true;
            }

            Record(ref a, ctx, hit.Start, hit.End, source, value);
            if (kind == PhraseKind.NotBlocking && ctx == Context.Current)
            {
                a.NotBlocking++;
            }
        }
    }

    /// <summary>
    /// Whether an "outage" names an event that is over rather than one going on: "this morning's outage", "after the
    /// outage", "the 12 Feb outage", "the outage on 12 Feb", "outage over", or one whose sentence asks for its RCA or
    /// post-mortem (§3.3: the post-incident work follows a resolved incident; D11 pages only for TAI down now).
    /// </summary>
    private static bool IsPastOutage(ReadOnlySpan<char> text, int start, int end)
    {
        if (!text[start..end].EndsWith("outage", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (ps, pe) = PreviousWord(text, start, Math.Max(0, start - 30));
        var before = ps >= 0 ? text[ps..pe] : [];
        var possessive = ps >= 0 && ((pe + 1 < start && text[pe] is '\'' or '’' && (text[pe + 1] | 0x20) == 's')
            || (ps > 0 && before.Equals("s", StringComparison.OrdinalIgnoreCase) && text[ps - 1] is '\'' or '’'));
        if (possessive || before.Equals("last", StringComparison.OrdinalIgnoreCase) || before.Equals("previous", StringComparison.OrdinalIgnoreCase)
            || before.Equals("earlier", StringComparison.OrdinalIgnoreCase) || IsDateWord(before) || PreviousWordIs(text, start, "after", 3))
        {
            return true;
        }

        var (ns, ne) = NextWord(text, end, Math.Min(text.Length, end + 30));
        var next = ns >= 0 ? text[ns..ne] : [];
        if (next.Equals("over", StringComparison.OrdinalIgnoreCase) || next.Equals("last", StringComparison.OrdinalIgnoreCase) || next.Equals("yesterday", StringComparison.OrdinalIgnoreCase)
            || (next.Equals("on", StringComparison.OrdinalIgnoreCase) && NextWord(text, ne, Math.Min(text.Length, ne + 20)) is var (ds, de) && ds >= 0 && IsDateWord(text[ds..de])))
        {
            return true;
        }

        var (ss, se) = Boundaries(text, start, end);
        if (text[ss..se].Contains("post-mortem", StringComparison.OrdinalIgnoreCase) || text[ss..se].Contains("root cause", StringComparison.OrdinalIgnoreCase)
            || text[ss..se].Contains("root-cause", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var w = ss; NextWord(text, w, se) is var (s, e) && s >= 0; w = e)
        {
            if (text[s..e].Equals("rca", StringComparison.OrdinalIgnoreCase) || text[s..e].Equals("postmortem", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A day of the month, a month (full or three letters) or a weekday.</summary>
    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        if ((word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1])) || CueOf(word).HasFlag(Cue.DateWord))
        {
            return true;
        }

        foreach (var month in MonthAbbreviations)
        {
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAnyRange(int position, ReadOnlySpan<int> ranges)
    {
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            if (position >= ranges[i] && position < ranges[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    private static void Record(ref Acc a, Context ctx, int start, int end, byte source, bool value)
    {
        if (ctx == Context.Current)
        {
            if (a.Used == 0 || (!value && a.Value))
            {
                a.UsedStart = start;
                a.UsedEnd = end;
                a.UsedSource = source;
            }

            a.Value = a.Used == 0 ? value : a.Value && value;
            a.Used++;
            if (!value)
            {
                a.AnyFalse = true;
            }
            else
            {
                a.AnyTrue = true;
            }
        }
        else
        {
            if (a.Ignored == 0)
            {
                a.IgnoredStart = start;
                a.IgnoredEnd = end;
                a.IgnoredSource = source;
                a.Why = ctx;
            }

            a.Ignored++;
        }
    }

    [Flags]
    private enum Sensitivity
    {
        None = 0,
        Negation = 1,
        Question = 2,
        Hypothetical = 4,
        PastModifier = 8,
        Resolution = 16,
        PastTense = 32,
        Churn = 64,
        Outage = Negation | Question | Hypothetical | PastModifier | Resolution | PastTense,
        Code = Outage,
        Problem = Negation | Hypothetical | PastModifier | Resolution | PastTense,
        Loss = Negation | Hypothetical | PastModifier | Resolution | Question,
    }

    private static Sensitivity SensitivityOf(KeywordSignal signal) => signal switch
    {
        KeywordSignal.ProductionDown => Sensitivity.Outage,
        KeywordSignal.LosingMoney => Sensitivity.Negation | Sensitivity.Hypothetical | Sensitivity.Question | Sensitivity.PastModifier,
        KeywordSignal.FeatureBroken or KeywordSignal.WrongData => Sensitivity.Problem,
        KeywordSignal.WorkaroundExists => Sensitivity.Hypothetical | Sensitivity.Question, // "can I start a new one meanwhile?" asks for one
        KeywordSignal.DataLoss => Sensitivity.Loss,
        KeywordSignal.ChurnThreat => Sensitivity.Negation | Sensitivity.Churn,
        KeywordSignal.LegalOrSecurity or KeywordSignal.SecurityVulnerability => Sensitivity.Negation | Sensitivity.Hypothetical,
        KeywordSignal.Urgent => Sensitivity.Negation | Sensitivity.PastModifier | Sensitivity.PastTense | Sensitivity.Resolution,
        KeywordSignal.Billing or KeywordSignal.Integration => Sensitivity.None,
        _ => Sensitivity.Negation,
    };

    /// <summary>The sentence around a find: from the character after the previous boundary to the next boundary.</summary>
    private static (int Start, int End) Boundaries(ReadOnlySpan<char> text, int start, int end)
    {
        // The nearest boundary characters on each side, found vectorised; '.' and ':' only count before a space.
        var cs = start;
        while (cs > 0)
        {
            var i = text[..cs].LastIndexOfAny(BoundaryChars);
            if (i < 0)
            {
                cs = 0;
                break;
            }

            if (IsBoundary(text, i))
            {
                cs = i + 1;
                break;
            }

            cs = i;
        }

        var ce = end;
        while (ce < text.Length)
        {
            var i = text[ce..].IndexOfAny(BoundaryChars);
            if (i < 0)
            {
                ce = text.Length;
                break;
            }

            ce += i;
            if (IsBoundary(text, ce))
            {
                break;
            }

            ce++;
        }

        return (cs, ce);
    }

    private static (int Start, int End) Clause(ReadOnlySpan<char> text, int start, int end)
    {
        var (cs, ce) = Boundaries(text, start, end);

        // A contrast word ("but", "however") starts a new clause.
        var w = start;
        while (PreviousWord(text, w, cs) is var (ws, we) && ws >= cs)
        {
            if (CueOf(text[ws..we]).HasFlag(Cue.Contrast))
            {
                cs = we;
                break;
            }

            w = ws;
        }

        w = end;
        while (NextWord(text, w, ce) is var (ns, ne) && ns >= 0)
        {
            if (CueOf(text[ns..ne]).HasFlag(Cue.Contrast))
            {
                ce = ns;
                break;
            }

            w = ne;
        }

        return (cs, ce);
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        return c switch
        {
            '!' or '?' or ';' or '\n' or '\r' => true,
            '.' or ':' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '.',
            _ => false,
        };
    }

    /// <summary>The word before <paramref name="position"/> and at or after <paramref name="floor"/>, or (-1, -1).</summary>
    private static (int Start, int End) PreviousWord(ReadOnlySpan<char> text, int position, int floor)
    {
        var e = position;
        while (e > floor && !KeywordIndex.IsWordChar(text[e - 1]))
        {
            e--;
        }

        if (e <= floor)
        {
            return (-1, -1);
        }

        var s = e;
        while (s > floor && KeywordIndex.IsWordChar(text[s - 1]))
        {
            s--;
        }

        return (s, e);
    }

    private static (int Start, int End) NextWord(ReadOnlySpan<char> text, int position, int ceiling)
    {
        var s = position;
        while (s < ceiling && !KeywordIndex.IsWordChar(text[s]))
        {
            s++;
        }

        if (s >= ceiling)
        {
            return (-1, -1);
        }

        var e = s;
        while (e < ceiling && KeywordIndex.IsWordChar(text[e]))
        {
            e++;
        }

        return (s, e);
    }

    private static bool AtSentenceEnd(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i >= text.Length || text[i] is '.' or '!' or '\n' or '\r' or ';';
    }

    /// <summary>
    /// "moving away from spreadsheets to TAI", "we're done with testing", "thinking about switching our CRM": what is left
    /// is something other than TAI ("moving away from TAI", "we're done with you", "switching providers" and a bare
    /// "we're done." stay churn).
    /// </summary>
    private static bool LeavesSomethingElse(ReadOnlySpan<char> text, int start, int end)
    {
        var phrase = text[start..end];
        var switching = phrase.EndsWith("switching", StringComparison.OrdinalIgnoreCase); // "… switching our CRM to HubSpot"
        if (!switching && !phrase.EndsWith("away", StringComparison.OrdinalIgnoreCase) && !phrase.EndsWith("off", StringComparison.OrdinalIgnoreCase)
            && !phrase.EndsWith("done", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (_, ce) = Boundaries(text, start, end);
        var (s, e) = NextWord(text, end, ce);
        if (s < 0 || !IsAnyOf(text[s..e], switching ? Determiners : LeftFrom))
        {
            return false;
        }

        (s, e) = NextWord(text, e, ce);
        while (s >= 0 && IsAnyOf(text[s..e], Determiners))
        {
            (s, e) = NextWord(text, e, ce);
        }

        return s >= 0 && !IsAnyOf(text[s..e], WhatTaiIs);
    }

    /// <summary>Whether the clause of an outage phrase names a non-production environment ("the staging environment has
    /// been down", "sandbox is down").</summary>
    private static bool NamesNonProduction(ReadOnlySpan<char> text, int start, int end)
    {
        var (cs, ce) = Clause(text, start, end);
        for (var w = cs; NextWord(text, w, ce) is var (s, e) && s >= 0; w = e)
        {
            if (IsAnyOf(text[s..e], NonProduction))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"lower than Cancel in Safari", "Save and Cancel swapped": a capitalised word inside a sentence names a
    /// button or a label ("CANCEL" in capitals and a sentence's first word are no names). Read at the cancel word itself,
    /// also when it ends a longer phrase ("how do I cancel").</summary>
    private static bool IsCapitalisedMidSentence(ReadOnlySpan<char> text, int start)
    {
        if (start + 1 >= text.Length || !char.IsUpper(text[start]) || char.IsUpper(text[start + 1]))
        {
            return false;
        }

        var before = text[..start].TrimEnd(" \t\"'‘“(");
        return before.Length > 0 && !IsBoundary(text, before.Length - 1) && before[^1] != '.';
    }

    /// <summary>"Head of Pricing", "VP of Billing": a signature's job title, not a billing question.</summary>
    private static bool IsJobTitle(ReadOnlySpan<char> text, int start)
    {
        var (s, e) = PreviousWord(text, start, 0);
        if (s < 0 || !text[s..e].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (ts, te) = PreviousWord(text, s, 0);
        return ts >= 0 && IsAnyOf(text[ts..te], JobTitles);
    }

    private static bool AsksWhatIsPlanned(ReadOnlySpan<char> text, int start, int end) =>
        text[start..end].EndsWith("roadmap", StringComparison.OrdinalIgnoreCase)
        && (PreviousWordIs(text, start, "what", 2) || PreviousWordIs(text, start, "what's", 1) || PreviousWordIs(text, start, "whats", 1));

    /// <summary>Whether one of the <paramref name="within"/> words before <paramref name="position"/> (none before <paramref name="floor"/>) is one of <paramref name="words"/>.</summary>
    private static bool PreviousWordIsAny(ReadOnlySpan<char> text, int position, ReadOnlySpan<string> words, int within, int floor)
    {
        for (var i = 0; i < within; i++)
        {
            var (s, e) = PreviousWord(text, position, floor);
            if (s < 0)
            {
                return false;
            }

            if (IsAnyOf(text[s..e], words))
            {
                return true;
            }

            position = s;
        }

        return false;
    }

    private static bool PreviousWordIs(ReadOnlySpan<char> text, int position, string word, int within) => PreviousWordIsAny(text, position, [word], within, 0);

    /// <summary>"can't ship the new returns policy" is a release held back (§4.4 HIGH), not orders that cannot go out (TAI down).</summary>
    private bool ShipsAChange(ReadOnlySpan<char> text, PhraseHit hit)
    {
        if (!index.PhraseText(hit.Phrase).EndsWith("ship", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (s, e) = NextWord(text, hit.End, text.Length);
        if (s >= 0 && text[s..e] is var first && (first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("our", StringComparison.OrdinalIgnoreCase)))
        {
            (s, e) = NextWord(text, e, text.Length);
        }

        return s >= 0 && IsAnyOf(text[s..e], ShippedChanges);
    }

    /// <summary>Whether any word of <paramref name="text"/> is one of <paramref name="words"/>.</summary>
    private static bool SpanHasWord(ReadOnlySpan<char> text, string[] words)
    {
        for (var w = 0; NextWord(text, w, text.Length) is var (s, e) && s >= 0; w = e)
        {
            if (IsAnyOf(text[s..e], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the loss a phrase names is of time, effort or data, not money: the first word after it that is no amount ("so much") is one of <see cref="NotMoney"/>.</summary>
    private static bool LosesNoMoney(ReadOnlySpan<char> text, int position)
    {
        for (var i = 0; i < 4 && NextWord(text, position, text.Length) is var (s, e) && s >= 0; i++, position = e)
        {
            if (!IsAnyOf(text[s..e], LossAmounts))
            {
                return IsAnyOf(text[s..e], NotMoney);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the only legal word is "GDPR" and the ticket asks a question (a "?"): how long logs are kept, where data is
    /// stored for the records of processing, how to answer a data subject's access or erasure request. The regulation
    /// names what the question is for; a legal issue (§4.1 Tier 4, §4.2 "legal") is a dispute, a breach or a demand, said
    /// with other words ("breach", "lawyer", "regulator", "liable"…), which keep the page. Session 14: the same false
    /// legal page in five writers' sets (fresh3 H120, fresh5 L117, fresh9 Q052, fresh10 R123, fresh11 S002); the
    /// demands in the seen sets (an Art. 17 erasure demand, a missing DPA) ask nothing. Runs only on a ticket with a legal find.
    /// </summary>
    private static bool AsksOnlyAboutGdpr(Texts t, in Acc legal)
    {
        if (!(legal.UsedSource == 0 ? t.Subject : t.Body).AsSpan(legal.UsedStart, legal.UsedEnd - legal.UsedStart).Equals("gdpr", StringComparison.OrdinalIgnoreCase)
            || (!t.Subject.Contains('?') && !t.Body.Contains('?')))
        {
            return false;
        }

        // Every used legal find must be a "GDPR": no more finds than the word occurs.
        return legal.Used <= Occurrences(t.Subject, "gdpr") + Occurrences(t.Body, "gdpr");
    }

    private static int Occurrences(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// Whether the used losing-money find names a loss of the customer's own trade (<see cref="BusinessLosses"/>: sales,
    /// orders, money paid out by a rule, goods sold below cost), which no TAI invoice causes: it stays Critical (quick
    /// reference, D11) even in a ticket with billing words ("I work in accounts payable", "our refund approval rule",
    /// "renewal is in six weeks"). Session 14: fresh10 R080, fresh11 S001, S019, S021.
    /// </summary>
    private static bool IsBusinessLoss(Texts t, in Acc losing)
    {
        if (losing.Used == 0)
        {
            return false;
        }

        var words = (losing.UsedSource == 0 ? t.Subject : t.Body).AsSpan(losing.UsedStart, losing.UsedEnd - losing.UsedStart);
        foreach (var phrase in BusinessLosses)
        {
            if (words.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the customer says it stays (<see cref="StayingWords"/>): "We're happy with TAI and intend to stay, but
    /// ahead of renewal we'd like you to match it" names a competitor's quote to negotiate, no threat to leave (§4.3
    /// trigger 2; session 14: the same price-match request in fresh9 Q104 and fresh11 S127). Runs only on a ticket with a churn find.
    /// </summary>
    private static bool SaysItStays(Texts t) => SaysAny(t, StayingWords);

    /// <summary>Whether the ticket ranks its issues (<see cref="RankingWords"/>): a "not blocking" then belongs to the lesser one.</summary>
    private static bool RanksIssues(Texts t) => SaysAny(t, RankingWords);

    /// <summary>Whether the subject or body says no legal matter lies behind the legal words (<see cref="NoLegalMatter"/>).</summary>
    private static bool SaysNoLegalMatter(Texts t) => SaysAny(t, NoLegalMatter);

    /// <summary>Whether the subject or body holds any of <paramref name="phrases"/> (ignoring case). For small lists checked
    /// only once a find calls for them, beside the keyword index.</summary>
    private static bool SaysAny(Texts t, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (t.Subject.Contains(phrase, StringComparison.OrdinalIgnoreCase) || t.Body.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextWordIsAny(ReadOnlySpan<char> text, int position, string[] words) =>
        NextWord(text, position, text.Length) is var (s, e) && s >= 0 && IsAnyOf(text[s..e], words);

    private static bool IsAnyOf(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextWordIs(ReadOnlySpan<char> text, int position, string word) =>
        NextWord(text, position, text.Length) is var (s, e) && s >= 0 && text[s..e].Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the words after <paramref name="position"/> are <paramref name="words"/> ("is down for
    /// maintenance" is planned; "is down at the bottom" is a place on the page).</summary>
    private static bool NextWordsAre(ReadOnlySpan<char> text, int position, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            var (s, e) = NextWord(text, position, text.Length);
            if (s < 0 || !text[s..e].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            position = e;
        }

        return true;
    }

    private static bool NextWordHas(ReadOnlySpan<char> text, int position, Cue cue) =>
        NextWord(text, position, text.Length) is var (s, e) && s >= 0 && CueOf(text[s..e]).HasFlag(cue);

    private static bool IsTrivial(ReadOnlySpan<char> word) => word.Length == 1 && (word[0] | 0x20) is 't' or 's' or 'd' or 'm';

    private static Context Classify(ReadOnlySpan<char> text, int start, int end, Sensitivity sensitivity, ref SentenceCache sentence)
    {
        if (sensitivity == Sensitivity.None)
        {
            return Context.Current;
        }

        var count = ReadClause(text, start, end, ref sentence);
        if (count < 0)
        {
            return ClassifySlow(text, start, end, sensitivity);
        }

        var tokens = sentence.Tokens[..count];
        var (ce, first, hit, after, last) = (sentence.ClauseEnd, sentence.First, sentence.Hit, sentence.After, sentence.Last);

        // Words just before the find: a negator (3 words), a past modifier ("last week's", "after the", "earlier").
        var before = 0;
        var possessive = false;
        for (var i = hit - 1; i >= first && before < 4; i--)
        {
            var word = text[tokens[i].Start..tokens[i].End];
            if (IsTrivial(word))
            {
                possessive = (word[0] | 0x20) == 's';
                continue;
            }

            var cue = tokens[i].Cue;
            before++;
            if (before <= 3 && cue.HasFlag(Cue.Negator) && sensitivity.HasFlag(Sensitivity.Negation) && !EndsElliptically(text, tokens[i].End)
                && !OpensAside(text, tokens[i].End, start))
            {
                return Context.Negated;
            }

            if (sensitivity.HasFlag(Sensitivity.PastModifier)
                && ((possessive && cue.HasFlag(Cue.TimeWord)) || (before <= 3 && (cue.HasFlag(Cue.PastModifier) || cue.HasFlag(Cue.After)))))
            {
                return Context.Past;
            }

            possessive = false;
        }

        if (sensitivity.HasFlag(Sensitivity.Question) && ce < text.Length && text[ce] == '?'
            && ((first < last && tokens[first].Cue.HasFlag(Cue.QuestionWord)) || (first + 1 < last && tokens[first + 1].Cue.HasFlag(Cue.QuestionWord))))
        {
            return Context.Question;
        }

        // The clause's words; none can change the decision when the sentence holds no cue Decide or "resolved" reads.
        var flags = Cue.None;
        var resolved = false;
        var previous = Cue.None;
        var read = (sentence.All & ~(NotReadFromClauseWords | NotDecidingInClause)) != 0 ? last : first;
        for (var i = first; i < read; i++)
        {
            if (i >= hit && i < after)
            {
                continue;
            }

            var cue = tokens[i].Cue;
            if (cue.HasFlag(Cue.Resolution) && !previous.HasFlag(Cue.Negator)
                && !((i - 1 >= first && tokens[i - 1].Cue.HasFlag(Cue.Negator)) || (i - 2 >= first && tokens[i - 2].Cue.HasFlag(Cue.Negator))))
            {
                resolved = true;
            }

            if (cue.HasFlag(Cue.PastTime) && previous.HasFlag(Cue.Since))
            {
                cue &= ~Cue.PastTime;
            }

            flags |= cue;
            previous = cue;
        }

        return Decide(text, end, ce, sensitivity, flags, resolved);
    }

    /// <summary>
    /// For tests: the first find (every word and every two-word run of <paramref name="text"/>, under every sensitivity)
    /// where the word-buffer reading (<c>Classify</c>) and the text-walking one (<c>ClassifySlow</c>) disagree, or null.
    /// </summary>
    internal static string? FirstDisagreement(string text)
    {
        var span = text.AsSpan();
        Span<int> starts = stackalloc int[256];
        Span<int> ends = stackalloc int[256];
        var words = 0;
        for (var i = 0; i < span.Length && words < starts.Length;)
        {
            if (!KeywordIndex.IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            starts[words] = i;
            while (i < span.Length && KeywordIndex.IsWordChar(span[i]))
            {
                i++;
            }

            ends[words++] = i;
        }

        var sentence = new SentenceCache(new Token[MaxClauseTokens]);
        foreach (var sensitivity in Enum.GetValues<Sensitivity>())
        {
            for (var w = 0; w < words; w++)
            {
                for (var length = 1; length <= 2 && w + length <= words; length++)
                {
                    var (start, end) = (starts[w], ends[w + length - 1]);
                    var fast = Classify(span, start, end, sensitivity, ref sentence);
                    var slow = ClassifySlow(span, start, end, sensitivity);
                    if (fast != slow)
                    {
                        return $"{sensitivity} at \"{text[start..end]}\" ({start}..{end}): {fast} but {slow}";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>For tests: every cue word, in lower case.</summary>
    internal static IEnumerable<string> CueWords() => Cues.Words();

    /// <summary>
    /// For tests (eighth speed pass): the first word of <paramref name="text"/> whose cue in the tokeniser's table
    /// (<see cref="ClauseCues"/>) is not its full cue without <see cref="NotReadFromClauseWords"/>, or the first find
    /// (every word and two-word run) and cue where <see cref="ClauseHas"/> answers otherwise than a plain reading (the
    /// clause's words walked in the text, each looked up in the full table); null when there is none.
    /// </summary>
    internal static string? FirstClauseCueDisagreement(string text)
    {
        var span = text.AsSpan();
        var words = new List<(int Start, int End)>();
        for (var w = 0; NextWord(span, w, span.Length) is var (s, e) && s >= 0; w = e)
        {
            words.Add((s, e));
            if (ClauseCues.Get(span, s, e) != (Cues.Get(span, s, e) & ~NotReadFromClauseWords))
            {
                return $"\"{text[s..e]}\": {ClauseCues.Get(span, s, e)} in the tokeniser's table, {Cues.Get(span, s, e)} in the full one";
            }
        }

        var sentence = new SentenceCache(new Token[MaxClauseTokens]);
        for (var w = 0; w < words.Count; w++)
        {
            for (var length = 1; length <= 2 && w + length <= words.Count; length++)
            {
                var (start, end) = (words[w].Start, words[w + length - 1].End);
                for (var bit = 0; bit < 32; bit++)
                {
                    var cue = (Cue)(1 << bit);
                    var (cs, ce) = Clause(span, start, end);
                    var plain = false;
                    for (var x = cs; NextWord(span, x, ce) is var (s, e) && s >= 0; x = e)
                    {
                        plain |= CueOf(span[s..e]).HasFlag(cue);
                    }

                    if (ClauseHas(span, start, end, cue, ref sentence) != plain)
                    {
                        return $"{cue} in the clause of \"{text[start..end]}\" ({start}..{end}): {!plain} but {plain} read plainly";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// For tests (tenth speed pass): the first range of <paramref name="text"/> (from each of <paramref name="froms"/> to
    /// the matching entry of <paramref name="tos"/>) whose words the tokeniser reads differently with the word masks the
    /// scan kept, without them, and from a character walk (maximal runs of word characters, each looked up in the
    /// clause cue table); null when all agree.
    /// </summary>
    internal static string? FirstTokenDisagreement(KeywordIndex index, string text, int[] froms, int[] tos)
    {
        var masks = new ulong[MaxMaskBlocks];
        index.ScanAll(text, new PhraseHit[text.Length + 1], masks, out var blocks);
        var kept = new Token[MaxClauseTokens];
        var computed = new Token[MaxClauseTokens];
        for (var r = 0; r < froms.Length; r++)
        {
            var (from, to) = (froms[r], tos[r]);
            var a = Tokenize(text, from, to, kept, masks.AsSpan(0, blocks), out var allA);
            var b = Tokenize(text, from, to, computed, default, out var allB);
            var walk = new List<Token>();
            var allC = Cue.None;
            for (var i = from; i < to;)
            {
                if (!KeywordIndex.IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                var e = i;
                while (e < to && KeywordIndex.IsWordChar(text[e]))
                {
                    e++;
                }

                var cue = ClauseCues.Get(text, i, e);
                allC |= cue;
                walk.Add(new Token(i, e, cue));
                i = e;
            }

            var c = walk.Count > MaxClauseTokens ? -1 : walk.Count;
            if (a != c || b != c || (c >= 0 && (allA != allC || allB != allC
                || !kept.AsSpan(0, c).SequenceEqual(walk.ToArray()) || !computed.AsSpan(0, c).SequenceEqual(walk.ToArray()))))
            {
                return $"{from}..{to} (kept masks: {blocks}): {a} / {b} words, walk {c}";
            }
        }

        return null;
    }

    /// <summary>
    /// The clause around a find as words: the sentence's words with their cues, cut at the nearest contrast word on each
    /// side (see <see cref="Clause"/>), left in <paramref name="sentence"/> (<see cref="SentenceCache.First"/> …
    /// <see cref="SentenceCache.ClauseEnd"/>); returns the sentence's word count, or −1 when the sentence has more words
    /// than the buffer or a word runs across the find's end (a number glued to its unit): the caller then reads the text
    /// directly.
    /// </summary>
    private static int ReadClause(ReadOnlySpan<char> text, int start, int end, ref SentenceCache sentence)
    {
        // A find inside the last sentence read, which holds no boundary character, has its bounds (tenth speed pass:
        // the finds of one sentence search for them once).
        if (!(sentence.Clean && start >= sentence.Start && end <= sentence.End))
        {
            var (rcs, rce) = Boundaries(text, start, end);
            if (rcs != sentence.Start || rce != sentence.End)
            {
                sentence.Start = rcs;
                sentence.End = rce;
                sentence.Count = Tokenize(text, rcs, rce, sentence.Tokens, sentence.Masks[..sentence.MaskBlocks], out sentence.All);
            }

            sentence.Clean = text[start..end].IndexOfAny(BoundaryChars) < 0;
        }

        var count = sentence.Count;
        if (count < 0)
        {
            return -1;
        }

        var tokens = sentence.Tokens;
        var hit = 0;
        while (hit < count && tokens[hit].Start < start)
        {
            hit++;
        }

        var after = hit;
        while (after < count && tokens[after].Start < end)
        {
            after++;
        }

        if (after > 0 && tokens[after - 1].End > end)
        {
            // A word runs across the find's end (a number glued to its unit).
            return -1;
        }

        // Contrast words cut the clause; a sentence without one (the usual case) is not searched for them.
        var contrast = sentence.All.HasFlag(Cue.Contrast);
        var first = 0;
        for (var t = hit - 1; t >= 0 && contrast; t--)
        {
            if (tokens[t].Cue.HasFlag(Cue.Contrast))
            {
                first = t + 1;
                break;
            }
        }

        var (ce, last) = (sentence.End, count);
        for (var t = after; t < count && contrast; t++)
        {
            if (tokens[t].Cue.HasFlag(Cue.Contrast))
            {
                (ce, last) = (tokens[t].Start, t);
                break;
            }
        }

        (sentence.First, sentence.Hit, sentence.After, sentence.Last, sentence.ClauseEnd) = (first, hit, after, last, ce);
        return count;
    }

    /// <summary>
    /// The words of a sentence with their cues, from the SIMD word masks of <see cref="KeywordIndex"/> (64 characters at
    /// a time, the text's own 64-character blocks: the masks the scan kept, <paramref name="masks"/>, computed again only
    /// past them); −1 when the sentence has more words than <paramref name="tokens"/> holds.
    /// </summary>
    private static int Tokenize(ReadOnlySpan<char> text, int from, int to, Span<Token> tokens, ReadOnlySpan<ulong> masks, out Cue all)
    {
        var count = 0;
        all = Cue.None;
        var previousIsWord = 0UL;
        for (var block = from & ~63; block < to; block += 64)
        {
            var index = block >> 6;
            var mask = (uint)index < (uint)masks.Length ? masks[index] : KeywordIndex.WordMask(text, block);
            if (block < from)
            {
                mask &= ~0UL << (from - block);
            }

            if (to - block < 64)
            {
                mask &= (1UL << (to - block)) - 1;
            }

            var starts = mask & ~((mask << 1) | previousIsWord);
            previousIsWord = mask >> 63;
            while (starts != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                var s = block + bit;
                var rest = ~mask >> bit;
                int e;
                if (rest != 0)
                {
                    e = s + System.Numerics.BitOperations.TrailingZeroCount(rest);
                }
                else
                {
                    e = block + 64;
                    while (e < to && KeywordIndex.IsWordChar(text[e]))
                    {
                        e++;
                    }
                }

                if (count == tokens.Length)
                {
                    return -1;
                }

                var cue = ClauseCues.Get(text, s, e);
                all |= cue;
                tokens[count++] = new Token(s, e, cue);
            }
        }

        return count;
    }

    /// <summary>The last steps of <c>Classify</c>, shared with <see cref="ClassifySlow"/>.</summary>
    private static Context Decide(ReadOnlySpan<char> text, int end, int ce, Sensitivity sensitivity, Cue flags, bool resolved)
    {
        if (sensitivity.HasFlag(Sensitivity.Hypothetical) && flags.HasFlag(Cue.Hypothetical))
        {
            return Context.Hypothetical;
        }

        if (sensitivity.HasFlag(Sensitivity.Churn) && flags.HasFlag(Cue.ChurnHypothetical))
        {
            return Context.Hypothetical;
        }

        if (sensitivity.HasFlag(Sensitivity.PastModifier) && DateFollows(text, end, ce))
        {
            return Context.Past;
        }

        if (sensitivity.HasFlag(Sensitivity.Resolution) && resolved)
        {
            return Context.Resolved;
        }

        return sensitivity.HasFlag(Sensitivity.PastTense) && flags.HasFlag(Cue.PastTime) && !flags.HasFlag(Cue.Ongoing) && !flags.HasFlag(Cue.Since)
            ? Context.Past
            : Context.Current;
    }

    /// <summary>"it took me 20 min to figure out", "took us an hour": a person's effort, not the product's latency.</summary>
    private static bool IsPersonsTime(ReadOnlySpan<char> text, int start)
    {
        var (ps, pe) = PreviousWord(text, start, Math.Max(0, start - 12));
        if (ps >= 0 && !char.IsAsciiDigit(text[ps]) && IsAnyOf(text[ps..pe], Persons))
        {
            (ps, pe) = PreviousWord(text, ps, Math.Max(0, ps - 12));
            return ps >= 0 && (text[ps..pe].Equals("took", StringComparison.OrdinalIgnoreCase) || text[ps..pe].StartsWith("tak", StringComparison.OrdinalIgnoreCase));
        }

        return false;
    }

    /// <summary>Whether the clause before a "can open" / "can load" says nobody can: "nobody", "no one", "none of …".</summary>
    private static bool SaysNobody(ReadOnlySpan<char> text, int start, int end)
    {
        var (cs, _) = Clause(text, start, end);
        for (var w = cs; NextWord(text, w, start) is var (s, e) && s >= 0; w = e)
        {
            var word = text[s..e];
            if (IsAnyOf(word, NobodyWords) || (word.Equals("no", StringComparison.OrdinalIgnoreCase) && NextWordIs(text, e, "one")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negator followed by a comma stands for a clause of its own ("If not, please consider adding one", "No, the export fails"): it negates nothing after it.</summary>
    private static bool EndsElliptically(ReadOnlySpan<char> text, int end) => end < text.Length && text[end] == ',';

    /// <summary>A negator does not reach into a parenthesis opened after it: "never finishing (stuck 'Running' for 12 h)".</summary>
    private static bool OpensAside(ReadOnlySpan<char> text, int negatorEnd, int findStart) =>
        negatorEnd < findStart && text[negatorEnd..findStart].Contains('(');

    /// <summary>The text-walking reading of a find (the same rules as <c>Classify</c>), for clauses <see cref="ReadClause"/> cannot hold.</summary>
    private static Context ClassifySlow(ReadOnlySpan<char> text, int start, int end, Sensitivity sensitivity)
    {
        var (cs, ce) = Clause(text, start, end);

        // Words just before the find: a negator (3 words), a past modifier ("last week's", "after the", "earlier").
        var before = 0;
        var position = start;
        var possessive = false;
        while (before < 4 && PreviousWord(text, position, cs) is var (ws, we) && ws >= 0)
        {
            var word = text[ws..we];
            position = ws;
            if (IsTrivial(word))
            {
                possessive = (word[0] | 0x20) == 's';
                continue;
            }

            var cue = CueOf(word);
            before++;
            if (before <= 3 && cue.HasFlag(Cue.Negator) && sensitivity.HasFlag(Sensitivity.Negation) && !EndsElliptically(text, we) && !OpensAside(text, we, start))
            {
                return Context.Negated;
            }

            if (sensitivity.HasFlag(Sensitivity.PastModifier)
                && ((possessive && cue.HasFlag(Cue.TimeWord)) || (before <= 3 && (cue.HasFlag(Cue.PastModifier) || cue.HasFlag(Cue.After)))))
            {
                return Context.Past;
            }

            possessive = false;
        }

        if (sensitivity.HasFlag(Sensitivity.Question) && ce < text.Length && text[ce] == '?' && StartsAsQuestion(text, cs, ce))
        {
            return Context.Question;
        }

        // The clause's words.
        var flags = Cue.None;
        var resolved = false;
        var previous = Cue.None;
        var w = cs;
        while (NextWord(text, w, ce) is var (s, e) && s >= 0)
        {
            w = e;
            if (s >= start && e <= end)
            {
                continue;
            }

            var word = text[s..e];
            var cue = CueOf(word);
            if (cue.HasFlag(Cue.Resolution) && !previous.HasFlag(Cue.Negator) && !IsStillNot(text, s, cs))
            {
                resolved = true;
            }

            if (cue.HasFlag(Cue.PastTime) && previous.HasFlag(Cue.Since))
            {
                cue &= ~Cue.PastTime;
            }

            flags |= cue;
            previous = cue;
        }

        return Decide(text, end, ce, sensitivity, flags, resolved);
    }

    /// <summary>A clause that asks: one of its first two words is a question word ("is there an outage?", "hey, is TAI down?").</summary>
    private static bool StartsAsQuestion(ReadOnlySpan<char> text, int cs, int ce) => AnyOfNextWords(text, cs, ce, 2, Cue.QuestionWord);

    /// <summary>Whether one of the <paramref name="count"/> words after <paramref name="position"/> (before <paramref name="ceiling"/>) carries <paramref name="cue"/>.</summary>
    private static bool AnyOfNextWords(ReadOnlySpan<char> text, int position, int ceiling, int count, Cue cue)
    {
        for (var i = 0; i < count; i++)
        {
            var (s, e) = NextWord(text, position, ceiling);
            if (s < 0)
            {
                return false;
            }

            if (CueOf(text[s..e]).HasFlag(cue))
            {
                return true;
            }

            position = e;
        }

        return false;
    }

    /// <summary>Whether one of the <paramref name="count"/> words before <paramref name="position"/> (at or after <paramref name="floor"/>) carries <paramref name="cue"/>.</summary>
    private static bool AnyOfPreviousWords(ReadOnlySpan<char> text, int position, int floor, int count, Cue cue)
    {
        for (var i = 0; i < count; i++)
        {
            var (s, e) = PreviousWord(text, position, floor);
            if (s < 0)
            {
                return false;
            }

            if (CueOf(text[s..e]).HasFlag(cue))
            {
                return true;
            }

            position = s;
        }

        return false;
    }

    /// <summary>"still not fixed": a negator two words before a resolution word.</summary>
    private static bool IsStillNot(ReadOnlySpan<char> text, int position, int floor)
    {
        var (s, e) = PreviousWord(text, position, floor);
        if (s < 0)
        {
            return false;
        }

        var (s2, e2) = PreviousWord(text, s, floor);
        return CueOf(text[s..e]).HasFlag(Cue.Negator) || (s2 >= 0 && CueOf(text[s2..e2]).HasFlag(Cue.Negator));
    }

    /// <summary>"the outage on March 3rd", "the outage on the 12th", "from Monday".</summary>
    private static bool DateFollows(ReadOnlySpan<char> text, int end, int ceiling)
    {
        var (s, e) = NextWord(text, end, ceiling);
        if (s < 0 || !CueOf(text[s..e]).HasFlag(Cue.DateIntro))
        {
            return false;
        }

        (s, e) = NextWord(text, e, ceiling);
        if (s >= 0 && text[s..e].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            (s, e) = NextWord(text, e, ceiling);
        }

        return s >= 0 && (LooksLikeDate(text, s, e) || CueOf(text[s..e]).HasFlag(Cue.DateWord));
    }

    /// <summary>A day ("12", "12th"), a year ("2025") or a date ("12/02", "2026-02-12") — not an amount ("on 100% of
    /// requests", "on 300 orders").</summary>
    private static bool LooksLikeDate(ReadOnlySpan<char> text, int start, int end)
    {
        var word = text[start..end];
        if (!char.IsAsciiDigit(word[0]) || (end < text.Length && text[end] == '%') || word.EndsWith("%"))
        {
            return false;
        }

        var digits = word.Length - word.TrimStart("0123456789").Length;
        return digits == word.Length ? digits is 1 or 2 or 4
            : digits is 1 or 2 && (word[digits] is '/' or '-' or '.' || IsOrdinalSuffix(word[digits..]))
            || (digits == 4 && word[digits] == '-');
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>"cancel our subscription" / "we're canceling." is churn; "cancel the duplicate webhook" is not.</summary>
    private static bool CancelIsChurn(ReadOnlySpan<char> text, int end)
    {
        var position = end;
        for (var i = 0; i < 5; i++)
        {
            var (s, e) = NextWord(text, position, text.Length);
            if (s < 0 || IsClauseEndBetween(text, position, s))
            {
                return true;
            }

            var cue = CueOf(text[s..e]);
            if (cue.HasFlag(Cue.AccountNoun) || cue.HasFlag(Cue.Conjunction))
            {
                return true;
            }

            if (!cue.HasFlag(Cue.Filler) && !char.IsAsciiDigit(text[s]))
            {
                return false;
            }

            position = e;
        }

        return false;
    }

    /// <summary>
    /// A login failure of one person ("I can't log in") or of the single sign-on path ("users from our Okta can't log in",
    /// "can't log in - password reset mail never arrives"): a broken way in (quick reference HIGH), not TAI down for the
    /// customer, which needs everyone locked out ("nobody in our company can log in").
    /// </summary>
    private static bool IsOneWayIn(ReadOnlySpan<char> text, int start, int end)
    {
        var (ps, pe) = PreviousWord(text, start, Math.Max(0, start - 8));
        if (ps >= 0 && text[ps..pe] is "I" or "i")
        {
            return true;
        }

        var (ss, se) = Boundaries(text, start, end);
        return SpanHasWord(text[ss..se], LoginPathWords) || text[ss..se].Contains("password reset", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "before the renewal in June", "leave at renewal", "when the renewal comes up": the renewal dates a threat or a plan;
    /// "we're canceling the renewal": it is what a threat to leave cancels (read as churn). No billing question either way.
    /// </summary>
    private static bool IsRenewalNoBillingAsk(ReadOnlySpan<char> text, int start, int end)
    {
        if (!text[start..end].Equals("renewal", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (ps, pe) = PreviousWord(text, start, Math.Max(0, start - 12));
        if (ps >= 0 && CueOf(text[ps..pe]).HasFlag(Cue.Filler))
        {
            (ps, pe) = PreviousWord(text, ps, Math.Max(0, ps - 12));
        }

        return ps >= 0 && (IsAnyOf(text[ps..pe], TimePrepositions) || text[ps..pe].StartsWith("canc", StringComparison.OrdinalIgnoreCase)) && !NextWordIs(text, end, "quote");
    }

    /// <summary>
    /// "Why can't TAI tell me which of our rules never fire?": the failure words describe what the customer wants to find,
    /// in a question naming "which" ones; nothing is reported broken.
    /// </summary>
    private static bool AsksWhichOnes(ReadOnlySpan<char> text, int start, int end, ref SentenceCache sentence) =>
        SentenceOf(text, start, end, ref sentence) is var (_, se) && se < text.Length && text[se] == '?' && PreviousWordIs(text, start, "which", 4);

    /// <summary>The sentence around a find: the one the clause reader last read when it holds the find, else searched.</summary>
    private static (int Start, int End) SentenceOf(ReadOnlySpan<char> text, int start, int end, ref SentenceCache sentence) =>
        sentence.Clean && start >= sentence.Start && end <= sentence.End ? (sentence.Start, sentence.End) : Boundaries(text, start, end);

    /// <summary>
    /// "If we sleep 200 ms between batches it finishes", "if I reload twice, it works": a condition the customer tried, a
    /// workaround; not "if we had a workaround it would be fine" (a conditional mood in the sentence keeps it hypothetical).
    /// </summary>
    private static bool IsTriedCondition(ReadOnlySpan<char> text, int start, int end)
    {
        var (ss, se) = Boundaries(text, start, end);
        var triedIf = false;
        for (var w = ss; NextWord(text, w, se) is var (s, e) && s >= 0; w = e)
        {
            var word = text[s..e];
            if (IsAnyOf(word, ConditionalMood))
            {
                return false;
            }

            triedIf |= s < start && word.Equals("if", StringComparison.OrdinalIgnoreCase) && NextWord(text, e, se) is var (ns, ne) && ns >= 0 && IsAnyOf(text[ns..ne], ConditionSubjects);
        }

        return triedIf;
    }

    /// <summary>"when our own inventory service fails": the customer's own system failing, not TAI.</summary>
    private static bool IsCustomersOwnSystem(ReadOnlySpan<char> text, int start, int end, ref SentenceCache sentence)
    {
        // The sentence first (one vectorised search): the clause reads every word's cues.
        var (ss, se) = SentenceOf(text, start, end, ref sentence);
        if (!text[ss..se].Contains("our own", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (cs, ce) = Clause(text, start, end);
        return text[cs..ce].Contains("our own", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"replay the failed deliveries", "those failed jobs": "failed" naming things, not saying something fails.</summary>
    private static bool NamesFailedThings(ReadOnlySpan<char> text, int start, int end) =>
        text[start..end].Equals("failed", StringComparison.OrdinalIgnoreCase) && PreviousWord(text, start, Math.Max(0, start - 8)) is var (ps, pe) && ps >= 0
        && IsAnyOf(text[ps..pe], NamingDeterminers) && NextWord(text, end, text.Length) is var (ns, _) && ns == end + 1;

    /// <summary>
    /// "price list", "price-book", "pricing decisions", "list price", "the 20-unit price", "full price", "every approved quote", or a price or
    /// discount word in a sentence about the customer's own trade ("gold-tier customers get both the tier discount and
    /// the volume discount on the same line", "how can I make a discount only for customers in group B2B"): in a pricing
    /// product the customer's own prices are what the product works on, not what TAI charges (§2.2.2: Billing is TAI's
    /// invoices, plans and prices to the customer; §4.2: a price negotiation is about TAI's price).
    /// </summary>
    private static bool IsCustomersOwnPrice(ReadOnlySpan<char> text, int start, int end, ref SentenceCache sentence)
    {
        var words = text[start..end];
        var price = words.StartsWith("pric", StringComparison.OrdinalIgnoreCase);
        if (price && (NextWordIsAny(text, end, PricedThings) || (PreviousWord(text, start, Math.Max(0, start - 16)) is var (ps, pe) && ps >= 0 && IsAnyOf(text[ps..pe], PriceKinds))))
        {
            return true;
        }

        if (words.Equals("quote", StringComparison.OrdinalIgnoreCase))
        {
            return PreviousWord(text, start, Math.Max(0, start - 16)) is var (qs, qe) && qs >= 0 && IsAnyOf(text[qs..qe], QuoteKinds);
        }

        if (!price && !words.Contains("discount", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (ss, se) = SentenceOf(text, start, end, ref sentence);
        return SpanHasWord(text[ss..se], CommerceWords);
    }

    /// <summary>
    /// A legal word naming the setting, not a legal matter: a question about compliance ("Is TAI GDPR compliant?", "GDPR
    /// erasure requests via the API?") or the regulator as an audience ("history for our regulator", "a regulator
    /// deadline"); a regulator's inquiry, a GDPR request or objection stays legal (§4.2).
    /// </summary>
    private static bool IsLegalContextOnly(ReadOnlySpan<char> text, int start, int end)
    {
        var word = text[start..end];
        if (word.Equals("gdpr", StringComparison.OrdinalIgnoreCase))
        {
            var (_, ce) = Boundaries(text, start, end);
            return ce < text.Length && text[ce] == '?';
        }

        return word.Equals("regulator", StringComparison.OrdinalIgnoreCase)
            && (PreviousWordIs(text, start, "for", 2) || NextWordIsAny(text, end, RegulatorAsSetting));
    }

    /// <summary>"we are leaving" / "we will leave TAI" is churn; "I'm leaving the company" is not.</summary>
    private static bool LeaveIsChurn(ReadOnlySpan<char> text, int start, int end, ref SentenceCache sentence)
    {
        var (cs, ce) = Clause(text, start, end);
        var (ns, ne) = NextWord(text, end, ce);
        if (ClauseHas(text, start, end, Cue.Competitor, ref sentence))
        {
            return true;
        }

        if (ns >= 0 && CueOf(text[ns..ne]).HasFlag(Cue.LeaveObject))
        {
            return false;
        }

        return AnyOfPreviousWords(text, start, cs, 5, Cue.We);
    }

    private static bool IsClauseEndBetween(ReadOnlySpan<char> text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsBoundary(text, i) || text[i] == ',')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the workaround didn't work", "workaround failed", "no luck".</summary>
    private static bool WorkaroundFailed(ReadOnlySpan<char> text, int end)
    {
        var (_, ce) = Clause(text, end, end);
        var rest = text[end..ce];
        return rest.Contains("didn", StringComparison.OrdinalIgnoreCase) || rest.Contains("did not", StringComparison.OrdinalIgnoreCase)
            || rest.Contains("failed", StringComparison.OrdinalIgnoreCase) || rest.Contains("no luck", StringComparison.OrdinalIgnoreCase)
            || rest.Contains("doesn't help", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NearCode(ReadOnlySpan<char> text, int start, int end, in NumericFinds numeric, byte source)
    {
        for (var i = 0; i < numeric.CodeSpanCount; i++)
        {
            if (numeric.CodeSource(i) == source && numeric.CodeStart(i) - end < 14 && start - numeric.CodeEnd(i) < 14)
            {
                return true;
            }
        }

        // An API error phrase ("too many requests error").
        var from = Math.Max(0, start - 24);
        var window = text[from..Math.Min(text.Length, end + 24)];
        return window.Contains("too many requests", StringComparison.OrdinalIgnoreCase) || window.Contains("json", StringComparison.OrdinalIgnoreCase);
    }

    private void ScanNumbers(ReadOnlySpan<char> text, byte source, Span<Acc> codes, ref NumericFinds numeric, ref SentenceCache sentence)
    {
        var i = 0;
        var found = 0;
        while (i < text.Length && found < MaxNumbers)
        {
            var next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            var start = i + next;
            var end = start;
            decimal value = 0;
            var scale = 0m;
            var digits = 0;
            while (end < text.Length)
            {
                var c = text[end];
                if (char.IsAsciiDigit(c))
                {
                    if (digits < 18)
                    {
                        if (scale == 0)
                        {
                            value = (value * 10) + (c - '0');
                        }
                        else
                        {
                            value += (c - '0') * scale;
                            scale /= 10;
                        }
                    }

                    digits++;
                    end++;
                }
                else if (c == ',' && scale == 0 && IsThousands(text, end))
                {
                    end++;
                }
                else if (c == '.' && scale == 0 && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
                {
                    scale = 0.1m;
                    end++;
                }
                else
                {
                    break;
                }
            }

            i = end;
            found++;
            if (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '#' or '/' or '_' or '-' or '.' or ':' or '@')
                && !IsRangeEnd(text, start, end))
            {
                continue;
            }

            Classify(text, start, end, value, digits, scale != 0, source, codes, ref numeric, ref sentence);
        }
    }

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£';

    /// <summary>The upper end of a range with its unit right after it, "900-1100ms" or "10-15%" (not a date, an id or a phone number).</summary>
    private static bool IsRangeEnd(ReadOnlySpan<char> text, int start, int end) =>
        start > 1 && text[start - 1] == '-' && char.IsAsciiDigit(text[start - 2]) && end < text.Length
        && (text[end] == '%' || IsAnyOf(UnitRightAfter(text, end), RangeUnits));

    /// <summary>
    /// "The rule editor takes 8-10 seconds to open", "rule saves take 20-30 s": one part of the web app is slow, not TAI
    /// (§2.2.2: Platform is TAI slow as a whole; a slow editor is a Feature matter, D11 Medium when it still works).
    /// </summary>
    private static bool IsEditorsTime(ReadOnlySpan<char> text, int start, int end)
    {
        var (ss, se) = Boundaries(text, start, end);
        if (!text[ss..se].Contains("edit", StringComparison.OrdinalIgnoreCase) && !text[ss..se].Contains("sav", StringComparison.OrdinalIgnoreCase))
        {
            return false; // the clause reads every word's cues: the sentence's letters first
        }

        var (cs, ce) = Clause(text, start, end);
        return SpanHasWord(text[cs..ce], EditorWords);
    }

    /// <summary>"We now buffer events for 10 seconds", "we sleep 200 ms between batches": a wait the customer makes, not TAI's latency.</summary>
    private static bool IsOwnWait(ReadOnlySpan<char> text, int start) => PreviousWordIsAny(text, start, OwnWaitVerbs, 3, 0);

    /// <summary>The letters right after a number, one space allowed between ("1100ms", "15 s").</summary>
    private static ReadOnlySpan<char> UnitRightAfter(ReadOnlySpan<char> text, int end)
    {
        var s = end < text.Length && text[end] == ' ' ? end + 1 : end;
        var e = s;
        while (e < text.Length && char.IsAsciiLetter(text[e]))
        {
            e++;
        }

        return text[s..e];
    }

    private static bool IsThousands(ReadOnlySpan<char> text, int comma) =>
        comma + 3 < text.Length
        && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (comma + 4 >= text.Length || !char.IsAsciiDigit(text[comma + 4]));

    private void Classify(ReadOnlySpan<char> text, int start, int end, decimal value, int digits, bool fraction, byte source, Span<Acc> codes, ref NumericFinds numeric, ref SentenceCache sentence)
    {
        var money = (start > 0 && IsCurrencySign(text[start - 1])) || (start > 1 && text[start - 1] == ' ' && IsCurrencySign(text[start - 2]));
        var after = end;
        var k = false;
        if (after < text.Length && (text[after] | 0x20) == 'k' && (after + 1 >= text.Length || !char.IsAsciiLetter(text[after + 1])))
        {
            k = true;
            after++;
        }

        // "5xx" / "4xx".
        if (digits == 1 && !fraction && after + 2 <= text.Length && (text[after] | 0x20) == 'x' && (text[after + 1] | 0x20) == 'x'
            && (after + 2 >= text.Length || !char.IsAsciiLetterOrDigit(text[after + 2])) && value is 4 or 5)
        {
            var ctx = Classify(text, start, after + 2, Sensitivity.Code, ref sentence);
            numeric.AddCodeSpan(start, after + 2, source);
            Record(ref codes[^1], ctx, start, after + 2, source, true);
            numeric.GenericCode = value == 5 ? "5xx" : "4xx";
            return;
        }

        // "504s": a plural code, not seconds.
        if (digits == 3 && !fraction && !k && !money && value is >= 400 and <= 599 && end < text.Length && text[end] == 's'
            && (end + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])))
        {
            Code(text, start, end, value, true, source, codes, ref numeric, ref sentence);
            return;
        }

        var unitStart = after;
        while (unitStart < text.Length && text[unitStart] == ' ')
        {
            unitStart++;
        }

        var (us, ue) = NextWord(text, after, Math.Min(text.Length, after + 14));
        var unit = us == unitStart && us >= 0 ? text[us..ue] : (us == after && us >= 0 ? text[us..ue] : []);
        var percent = (unitStart < text.Length && text[unitStart] == '%') || unit.Equals("percent", StringComparison.OrdinalIgnoreCase);
        if (k)
        {
            value *= 1000;
        }

        if (unit.Equals("usd", StringComparison.OrdinalIgnoreCase) || unit.Equals("dollars", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("eur", StringComparison.OrdinalIgnoreCase))
        {
            money = true;
        }

        if (money)
        {
            if (ClauseHas(text, start, end, Cue.Loss, ref sentence) && Classify(text, start, end, Sensitivity.Loss, ref sentence) == Context.Current)
            {
                numeric.Money(value, start, Math.Max(end, ue), source);
            }

            return;
        }

        if (percent)
        {
            var (ps0, pe0) = PreviousWord(text, start, Math.Max(0, start - 12));
            if (ps0 >= 0 && CueOf(text[ps0..pe0]).HasFlag(Cue.At))
            {
                return;
            }

            if (ClauseHas(text, start, end, Cue.Failure, ref sentence) && Classify(text, start, end, Sensitivity.Outage & ~Sensitivity.Question, ref sentence) == Context.Current)
            {
                numeric.Percent(value, ClauseHas(text, start, end, Cue.Scope, ref sentence), start, unitStart + 1, source);
            }

            return;
        }

        var ms = unit switch
        {
            _ when unit.Equals("ms", StringComparison.OrdinalIgnoreCase) => 1m,
            _ when unit.Equals("s", StringComparison.OrdinalIgnoreCase) || unit.Equals("sec", StringComparison.OrdinalIgnoreCase)
                || unit.Equals("secs", StringComparison.OrdinalIgnoreCase) || unit.Equals("second", StringComparison.OrdinalIgnoreCase)
                || unit.Equals("seconds", StringComparison.OrdinalIgnoreCase) => 1000m,
            _ when unit.Equals("min", StringComparison.OrdinalIgnoreCase) || unit.Equals("minute", StringComparison.OrdinalIgnoreCase)
                || unit.Equals("minutes", StringComparison.OrdinalIgnoreCase) => 60_000m,
            _ => 0m,
        };
        if (ms > 0)
        {
            if (ClauseHas(text, start, end, Cue.Latency, ref sentence) && Classify(text, start, end, Sensitivity.Hypothetical | Sensitivity.Negation, ref sentence) == Context.Current
                && !IsPersonsTime(text, start) && !IsEditorsTime(text, start, end) && !IsOwnWait(text, start) && !PreviousWordIs(text, start, "within", 1))
            {
                numeric.Latency(value * ms, start, ue, source);
            }

            return;
        }

        // An HTTP status code: three digits 400-599 standing alone, with a cue ("HTTP 403", "error 404", "404 Not Found", "504s").
        if (digits != 3 || fraction || k || value < 400 || value > 599)
        {
            return;
        }

        if (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            return;
        }

        Code(text, start, end, value, false, source, codes, ref numeric, ref sentence);
    }

    private void Code(ReadOnlySpan<char> text, int start, int end, decimal value, bool plural, byte source, Span<Acc> codes, ref NumericFinds numeric, ref SentenceCache sentence)
    {
        var (us, ue) = NextWord(text, plural ? end + 1 : end, Math.Min(text.Length, end + 16));
        var unit = us >= 0 ? text[us..ue] : [];

        var (ps, pe) = PreviousWord(text, start, Math.Max(0, start - 40));
        var cued = plural
            || (ps >= 0 && CueOf(text[ps..pe]).HasFlag(Cue.CodeBefore))
            || (us >= 0 && CueOf(unit).HasFlag(Cue.CodeAfter))
            || (start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')');
        if (!cued || ClauseHas(text, start, end, Cue.Link, ref sentence) || IsShownOnScreen(text, start, end))
        {
            return;
        }

        var code = ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var context = Classify(text, start, end, Sensitivity.Code, ref sentence);
        numeric.AddCodeSpan(start, end, source);
        var slot = Array.IndexOf(apiCodes, code);
        if (context == Context.Current && !numeric.AllCalls && OnAllCalls(text, start, end))
        {
            (numeric.AllCalls, numeric.AllCallsStart, numeric.AllCallsEnd, numeric.AllCallsSource) = (true, start, plural ? end + 1 : end, source);
        }

        if (slot >= 0)
        {
            Record(ref codes[slot], context, start, plural ? end + 1 : end, source, true);
        }
        else if (context == Context.Current)
        {
            numeric.OtherCode(code, start, plural ? end + 1 : end, source);
        }
    }

    /// <summary>
    /// "the Approvals page shows 'Error 500'", "the website just says 502", "our checkout shows Error 503": a code shown on a
    /// screen (by TAI's web app or by the customer's own site) within six words after a showing verb, in a clause that does
    /// not name the API ("the API says 403" stays an API error): not a code returned by TAI's API (§2.1 Tier 1).
    /// </summary>
    private static bool IsShownOnScreen(ReadOnlySpan<char> text, int start, int end)
    {
        if (NextWordIs(text, end, "from") || !PreviousWordIsAny(text, start, ShowVerbs, 6, Boundaries(text, start, end).Start))
        {
            return false; // "Okta shows 'HTTP 500 from https://…'" is a server's answer; no showing verb, no screen
        }

        // Only now the clause (it reads every word's cues): a contrast word may stand between the verb and the code.
        var (cs, ce) = Clause(text, start, end);
        return PreviousWordIsAny(text, start, ShowVerbs, 6, cs) && !SpanHasWord(text[cs..ce], ApiWords);
    }

    /// <summary>
    /// Whether the code's clause says it comes back on all calls: "all" followed within four words by what is called ("for
    /// all calls", "all our API calls", "all endpoints", "all queries") — TAI down for the caller (§4.4 URGENT, D11), not one
    /// broken feature.
    /// "Every call to /rules/evaluate" or "every call with a date field" names one endpoint or one input: not down.
    /// </summary>
    private static bool OnAllCalls(ReadOnlySpan<char> text, int start, int end)
    {
        var (cs, ce) = Clause(text, start, end);
        var quantifier = -1;
        var w = cs;
        for (var n = 0; NextWord(text, w, ce) is var (s, e) && s >= 0; n++)
        {
            var word = text[s..e];
            if (word.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                quantifier = n;
            }
            else if (quantifier >= 0 && n - quantifier <= 4 && IsCallWord(word))
            {
                var (ns, ne) = NextWord(text, e, ce);
                return ns < 0 || !IsScoping(text[ns..ne]);
            }

            w = e;
        }

        return false;
    }

    private static bool IsCallWord(ReadOnlySpan<char> word) => IsAnyOf(word, CallWords);

    private static bool IsScoping(ReadOnlySpan<char> word) => IsAnyOf(word, ScopingWords);

    private static bool ClauseHas(ReadOnlySpan<char> text, int start, int end, Cue cue, ref SentenceCache sentence)
    {
        var count = ReadClause(text, start, end, ref sentence);
        var buffer = sentence.Tokens;
        if (count >= 0 && (cue & NotReadFromClauseWords) != 0)
        {
            // The tokens carry no such cue (ClauseCues): look their words up in the full table.
            for (var i = sentence.First; i < sentence.Last; i++)
            {
                if (Cues.Get(text, buffer[i].Start, buffer[i].End).HasFlag(cue))
                {
                    return true;
                }
            }

            return false;
        }

        if (count >= 0)
        {
            for (var i = sentence.First; i < sentence.Last; i++)
            {
                if (buffer[i].Cue.HasFlag(cue))
                {
                    return true;
                }
            }

            return false;
        }

        var (cs, ce) = Clause(text, start, end);
        var w = cs;
        while (NextWord(text, w, ce) is var (s, e) && s >= 0)
        {
            if (CueOf(text[s..e]).HasFlag(cue))
            {
                return true;
            }

            w = e;
        }

        return false;
    }

    private SignalExtraction Build(string subject, string body, Span<Acc> acc, Span<Acc> codes, in NumericFinds numeric, TicketSignals given)
    {
        var evidence = spareEvidence ?? ImmutableArray.CreateBuilder<SignalEvidence>();
        spareEvidence = null;
        var t = new Texts(subject, body);
        // API error code: one outside the auto-resolve list wins (the safe side).
        string? code = null;
        var codeAcc = default(Acc);
        for (var c = 0; c < apiCodes.Length; c++)
        {
            if (codes[c].Used > 0 && (code is null || (autoResolve.Contains(code) && !autoResolve.Contains(apiCodes[c]))))
            {
                code = apiCodes[c];
                codeAcc = codes[c];
            }
            else if (codes[c].Ignored > 0)
            {
                evidence.Add(new SignalEvidence("apiErrorCode", apiCodes[c], t.Words(codes[c].IgnoredSource, codes[c].IgnoredStart, codes[c].IgnoredEnd), t.Where(codes[c].IgnoredSource), Reason(codes[c].Why)));
            }
        }

        // ... except a 400 next to malformed JSON: 400 Bad Request is how the API answers a malformed body.
        if (numeric.OtherCodeText is { } other && (code is null || autoResolve.Contains(code)) && !(other == "400" && code == "malformedJson"))
        {
            code = other;
            codeAcc = new Acc { Used = 1, UsedStart = numeric.OtherCodeStart, UsedEnd = numeric.OtherCodeEnd, UsedSource = numeric.OtherCodeSource, Value = true };
        }

        if (codes[^1].Used > 0 && (code is null || autoResolve.Contains(code)))
        {
            code = numeric.GenericCode;
            codeAcc = codes[^1];
        }

        if (code is not null)
        {
            evidence.Add(new SignalEvidence("apiErrorCode", code, t.Words(codeAcc.UsedSource, codeAcc.UsedStart, codeAcc.UsedEnd), t.Where(codeAcc.UsedSource)));
        }

        var codeBreaks = code is not null && !autoResolve.Contains(code);
        var problem = Has(acc, KeywordSignal.ProductionDown) || Has(acc, KeywordSignal.DataLoss) || Has(acc, KeywordSignal.FeatureBroken) || Has(acc, KeywordSignal.WrongData) || code is not null
            || numeric.LatencyMs is not null || numeric.ErrorRate is not null || Has(acc, KeywordSignal.LosingMoney) || Has(acc, KeywordSignal.FeatureRequest);
        var billingStrong = acc[(int)KeywordSignal.Billing].Strong;
        var businessLoss = IsBusinessLoss(t, acc[(int)KeywordSignal.LosingMoney]);
        var billingIgnored = !Has(acc, KeywordSignal.Billing) ? null
            : businessLoss ? "the money words are the customer's own trade, which is losing money (a business loss, not TAI's bill)"
            : billingStrong ? null
            : problem ? "a product problem, not a billing question (only generic billing words)"
            : Has(acc, KeywordSignal.LegalOrSecurity) ? "a legal or security matter, not a billing question (only generic billing words: \"subscription agreement\", \"acknowledge receipt\")"
            : null;
        var billing = Flag(acc, KeywordSignal.Billing, billingIgnored, t, evidence);
        var down = Flag(acc, KeywordSignal.ProductionDown, null, t, evidence);
        if (codeBreaks && numeric.AllCalls && down is null)
        {
            down = true;
            evidence.Add(new SignalEvidence("productionDown", "true", t.Words(numeric.AllCallsSource, numeric.AllCallsStart, numeric.AllCallsEnd), t.Where(numeric.AllCallsSource)));
        }

        var dataLoss = Flag(acc, KeywordSignal.DataLoss, null, t, evidence);
        var brokenIgnored = billing == true && down is null && dataLoss is null ? "a billing question: the charge is the matter"
            : code is not null && autoResolve.Contains(code) && !acc[(int)KeywordSignal.FeatureBroken].Strong ? "part of the API error"
            : null;
        var broken = Flag(acc, KeywordSignal.FeatureBroken, brokenIgnored, t, evidence);
        var wrong = Flag(acc, KeywordSignal.WrongData, brokenIgnored, t, evidence);
        var losingIgnored = billing == true && billingStrong && down is null && broken is null && dataLoss is null && !businessLoss
            ? "a billing dispute, not a business loss from TAI" : null;
        var losing = Flag(acc, KeywordSignal.LosingMoney, losingIgnored, t, evidence);
        if (losing is null && losingIgnored is null && numeric.FinancialImpact is not null && IsAmountLost(t, numeric))
        {
            losing = true; // "we're losing $5k an hour": the amount says it
            evidence.Add(new SignalEvidence("losingMoney", "true", t.Words(numeric.MoneySource, numeric.MoneyStart, numeric.MoneyEnd), t.Where(numeric.MoneySource)));
        }

        if (codeBreaks && broken is null)
        {
            broken = true;
            evidence.Add(new SignalEvidence("featureBroken", "true", t.Words(codeAcc.UsedSource, codeAcc.UsedStart, codeAcc.UsedEnd), t.Where(codeAcc.UsedSource)));
        }

        var requestIgnored = down == true || dataLoss == true || broken == true || wrong == true ? "a problem in the same ticket comes first" : null;
        _ = Flag(acc, KeywordSignal.Urgent, UrgentIgnored, t, evidence);

        // Read in this order: reading a flag adds its evidence.
        // "Nothing is broken and this is not blocking us", "Minor: … Not blocking at all": "not blocking" alone names no
        // failure, so it makes no workaround (which would read as broken, MEDIUM) unless something is found broken or slow.
        // A ticket that ranks its issues ("The dark theme is off (not blocking). More important: publishing fails") says
        // "not blocking" of the lesser one.
        ref var around = ref acc[(int)KeywordSignal.WorkaroundExists];
        var notBlockingOnly = around.NotBlocking > 0 && around.NotBlocking == around.Used
            && ((down is null && dataLoss is null && broken is null && wrong is null && numeric.LatencyMs is null && numeric.ErrorRate is null) || RanksIssues(t));
        var workaroundExists = Flag(acc, KeywordSignal.WorkaroundExists, notBlockingOnly ? "\"not blocking\" without anything found broken or slow" : null, t, evidence);
        var cosmetic = Flag(acc, KeywordSignal.Cosmetic, null, t, evidence);
        var featureRequest = Flag(acc, KeywordSignal.FeatureRequest, requestIgnored, t, evidence);
        var churnThreat = Flag(acc, KeywordSignal.ChurnThreat, Has(acc, KeywordSignal.ChurnThreat) && SaysItStays(t) ? "the customer says it stays" : null, t, evidence);
        var integration = Flag(acc, KeywordSignal.Integration, null, t, evidence);
        var legalIgnored = !Has(acc, KeywordSignal.LegalOrSecurity) ? null
            : SaysNoLegalMatter(t) ? "routine compliance paperwork: the ticket says nothing is wrong"
            : AsksOnlyAboutGdpr(t, acc[(int)KeywordSignal.LegalOrSecurity]) ? "a question about what the GDPR asks of the customer: compliance paperwork, not a legal issue"
            : null;
        var legalOrSecurity = Flag(acc, KeywordSignal.LegalOrSecurity, legalIgnored, t, evidence);
        var contractChange = Flag(acc, KeywordSignal.ContractChange, null, t, evidence);
        var priceNegotiation = Flag(acc, KeywordSignal.PriceNegotiation, null, t, evidence);
        var securityVulnerability = Flag(acc, KeywordSignal.SecurityVulnerability, null, t, evidence);
        var potentialBug = Flag(acc, KeywordSignal.PotentialBug, null, t, evidence);
        var performanceQuestion = Flag(acc, KeywordSignal.PerformanceQuestion, null, t, evidence);
        var edgeCase = Flag(acc, KeywordSignal.EdgeCase, null, t, evidence);
        var sameIssueTickets = Count(acc, KeywordSignal.SameIssueTickets, t, evidence);

        // Every signal the text can set, each under the value given (the signals the text never sets are copied).
        var signals = given with
        {
            ProductionDown = given.ProductionDown ?? down,
            LosingMoney = given.LosingMoney ?? losing,
            FeatureBroken = given.FeatureBroken ?? broken,
            WorkaroundExists = given.WorkaroundExists ?? workaroundExists,
            Cosmetic = given.Cosmetic ?? cosmetic,
            ApiErrorCode = given.ApiErrorCode ?? code,
            Billing = given.Billing ?? billing,
            FeatureRequest = given.FeatureRequest ?? featureRequest,
            ChurnThreat = given.ChurnThreat ?? churnThreat,
            Integration = given.Integration ?? integration,
            LegalOrSecurity = given.LegalOrSecurity ?? legalOrSecurity,
            ContractChange = given.ContractChange ?? contractChange,
            PriceNegotiation = given.PriceNegotiation ?? priceNegotiation,
            DataLoss = given.DataLoss ?? dataLoss,
            SecurityVulnerability = given.SecurityVulnerability ?? securityVulnerability,
            WrongData = given.WrongData ?? wrong,
            PotentialBug = given.PotentialBug ?? potentialBug,
            PerformanceQuestion = given.PerformanceQuestion ?? performanceQuestion,
            EdgeCase = given.EdgeCase ?? edgeCase,
            SameIssueTickets = given.SameIssueTickets ?? sameIssueTickets,
            PlatformImpactPct = given.PlatformImpactPct ?? numeric.PlatformImpact,
            ErrorRatePct = given.ErrorRatePct ?? numeric.ErrorRate,
            Latency = given.Latency ?? Milliseconds.ToDuration(numeric.LatencyMs),
            FinancialImpact = given.FinancialImpact ?? numeric.FinancialImpact,
        };
        if (numeric.PlatformImpact is { } pi)
        {
            evidence.Add(new SignalEvidence("platformImpactPct", Number(pi), t.Words(numeric.PercentSource, numeric.PercentStart, numeric.PercentEnd), t.Where(numeric.PercentSource)));
        }

        if (numeric.ErrorRate is { } er)
        {
            evidence.Add(new SignalEvidence("errorRatePct", Number(er), t.Words(numeric.PercentSource, numeric.PercentStart, numeric.PercentEnd), t.Where(numeric.PercentSource)));
        }

        if (numeric.LatencyMs is { } l)
        {
            evidence.Add(new SignalEvidence("latencyMs", Number(l), t.Words(numeric.LatencySource, numeric.LatencyStart, numeric.LatencyEnd), t.Where(numeric.LatencySource)));
        }

        if (numeric.FinancialImpact is { } f)
        {
            evidence.Add(new SignalEvidence("financialImpact", Number(f), t.Words(numeric.MoneySource, numeric.MoneyStart, numeric.MoneyEnd), t.Where(numeric.MoneySource)));
        }

        var extraction = new SignalExtraction(signals, evidence.ToImmutable());
        evidence.Clear();
        spareEvidence = evidence;
        return extraction;
    }

    private static bool Has(Span<Acc> acc, KeywordSignal s) => acc[(int)s].Used > 0 && acc[(int)s].Value;

    private static bool? Flag(Span<Acc> acc, KeywordSignal signal, string? ignoreAll, Texts t, ImmutableArray<SignalEvidence>.Builder evidence)
    {
        ref var a = ref acc[(int)signal];
        var name = SignalNames[(int)signal];
        AddIgnored(ref a, name, t, evidence);
        if (a.Used == 0)
        {
            return null;
        }

        var value = signal == KeywordSignal.WorkaroundExists ? !a.AnyFalse : a.Value;
        evidence.Add(new SignalEvidence(name, value ? "true" : "false", t.Words(a.UsedSource, a.UsedStart, a.UsedEnd), t.Where(a.UsedSource), ignoreAll));
        return ignoreAll is null ? value : null;
    }

    /// <summary>The evidence of a find that was not used (negated, past, hypothetical…), so the trace says why.</summary>
    private static void AddIgnored(ref Acc a, string name, Texts t, ImmutableArray<SignalEvidence>.Builder evidence)
    {
        if (a.Ignored > 0)
        {
            evidence.Add(new SignalEvidence(name, "true", t.Words(a.IgnoredSource, a.IgnoredStart, a.IgnoredEnd), t.Where(a.IgnoredSource), Reason(a.Why)));
        }
    }

    /// <summary>A count signal (<see cref="KeywordSignal.SameIssueTickets"/>): the used phrase's ordinal, or 3 for one without.</summary>
    private static int? Count(Span<Acc> acc, KeywordSignal signal, Texts t, ImmutableArray<SignalEvidence>.Builder evidence)
    {
        ref var a = ref acc[(int)signal];
        AddIgnored(ref a, SignalNames[(int)signal], t, evidence);
        if (a.Used == 0)
        {
            return null;
        }

        var words = t.Words(a.UsedSource, a.UsedStart, a.UsedEnd);
        var space = words.IndexOf(' ');
        var count = Ordinal(space > 0 ? words.AsSpan(0, space) : words);
        evidence.Add(new SignalEvidence(SignalNames[(int)signal], count.ToString(System.Globalization.CultureInfo.InvariantCulture), words, t.Where(a.UsedSource)));
        return count;
    }

    /// <summary>"third" / "3rd" → 3 … "tenth" / "10th" → 10; anything else → 3 (the manual's "3+ tickets on the same issue", §4.3).</summary>
    private static int Ordinal(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<string> names = ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        for (var i = 0; i < names.Length; i++)
        {
            if (word.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 3;
            }
        }

        return word.Length is 3 or 4 && int.TryParse(word[..^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 3 and <= 99 ? n : 3;
    }

    /// <summary>Whether a current amount in a loss clause is said to be lost right before it ("losing $5k an hour",
    /// "burning €1,900 a day"), not merely near a cost ("the plan costs $500 a month").</summary>
    private static bool IsAmountLost(Texts t, in NumericFinds numeric)
    {
        var text = (numeric.MoneySource == 0 ? t.Subject : t.Body).AsSpan();
        var position = numeric.MoneyStart;
        for (var i = 0; i < 3; i++)
        {
            var (s, e) = PreviousWord(text, position, 0);
            if (s < 0)
            {
                return false;
            }

            if (IsAnyOf(text[s..e], LossVerbs))
            {
                return true;
            }

            position = s;
        }

        return false;
    }

    private readonly record struct Texts(string Subject, string Body)
    {
        public string Words(byte source, int start, int end) => (source == 0 ? Subject : Body)[start..end];

        public string Where(byte source) => source == 0 ? "subject" : "body";
    }

    private static string Number(decimal d) => Escalation.Criteria.Number(d);

    private static string Reason(Context c) => c switch
    {
        Context.Negated => "negated",
        Context.Past => "past",
        Context.Resolved => "resolved",
        Context.Hypothetical => "hypothetical",
        Context.Question => "question",
        Context.NotChurn => "another sense of the word",
        Context.CodeWord => "part of an API error",
        Context.Cosmetic => "about documentation or cosmetics",
        _ => "current",
    };

    private static CueTable BuildCues()
    {
        var d = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        void Add(Cue cue, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = d.TryGetValue(w, out var c) ? c | cue : cue;
            }
        }

        Add(Cue.Negator, "not", "no", "never", "without", "nothing", "none", "nor", "isn", "aren", "wasn", "weren", "don", "doesn", "didn", "hasn", "haven", "won", "avoid", "prevent", "against", "neither", "isnt", "dont", "doesnt", "didnt", "wasnt", "afford");
        Add(Cue.PastTime, "ago", "earlier", "previously", "previous", "had", "was", "were", "did", "former");
        Add(Cue.Ongoing, "still", "again", "now", "currently", "ongoing", "rn", "keeps", "continues", "counting", "anymore", "persists", "right");
        Add(Cue.Since, "since");
        Add(Cue.Resolution, "resolved", "fixed", "solved", "recovered", "restored", "closed", "operational", "behind", "fine", "green");
        Add(Cue.Hypothetical, "if", "suppose", "supposing", "imagine", "case", "would", "could", "should", "whether", "hypothetically", "happens", "mentioned", "heard", "rumor", "rumour", "twitter", "ever", "planned");
        Add(Cue.ChurnHypothetical, "ever", "day", "case", "would", "could", "exit", "procurement", "suppose", "hypothetically", "whether", "happens");
        Add(Cue.TimeWord, "yesterday", "week", "month", "night", "morning", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "quarter");
        Add(Cue.DateWord, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday");
        Add(Cue.DateIntro, "on", "from", "of");
        Add(Cue.PastModifier, "last", "previous", "earlier", "past", "former", "yesterday");
        Add(Cue.After, "after");
        Add(Cue.Contrast, "but", "however", "although", "though");
        Add(Cue.AccountNoun, "account", "subscription", "contract", "plan", "service", "tai", "everything", "us", "membership", "license", "licence", "renewal");
        Add(Cue.Conjunction, "unless", "if", "because", "as", "at", "by", "in", "this", "next", "soon", "now", "when", "due", "and", "for");
        Add(Cue.Filler, "the", "a", "an", "our", "my", "this", "that", "one", "of", "all", "two", "both", "these", "those", "your", "it", "these");
        Add(Cue.CodeBefore, "http", "error", "status", "code", "returns", "returned", "returning", "return", "get", "gets", "got", "getting", "gives", "giving", "with", "receive", "received", "receives", "receiving", "see", "seeing", "saw", "hit", "hitting", "throws", "raises", "answers", "responds", "answering", "answered", "responding", "responded", "throwing", "response", "a", "an", "always", "constant", "api");
        Add(Cue.CodeAfter, "unauthorized", "forbidden", "not", "bad", "internal", "too", "unprocessable", "service", "gateway", "error", "errors", "on", "when", "from", "response", "responses", "since", "again", "status", "everywhere", "unavailable", "timeout");
        Add(Cue.Latency, "latency", "slow", "slower", "takes", "take", "took", "taking", "response", "p95", "p99", "p50", "average", "load", "loads", "loading", "spikes", "timeout", "times", "seconds");
        Add(Cue.Failure, "fail", "fails", "failing", "failed", "error", "errors", "timeout", "timeouts", "down", "cannot", "unable", "affected", "crash", "out");
        Add(Cue.Scope, "calls", "requests", "tenants", "customers", "users", "traffic", "platform", "regions", "region", "cluster", "endpoints");
        Add(Cue.Loss, "losing", "lose", "loose", "loss", "costing", "costs", "hour", "day", "sales", "revenue", "penalty", "penalties");
        Add(Cue.We, "we", "were", "us", "ourselves", "i");
        Add(Cue.Link, "link", "links", "docs", "documentation", "page");
        Add(Cue.LeaveObject, "the", "for", "on", "a", "an", "this", "my", "work", "office", "early", "it", "comments", "comment", "notes", "note", "feedback", "review", "reviews", "messages", "message", "out", "blank", "empty", "open");
        Add(Cue.OutageVeto, "notifications", "notification", "window", "windows", "history", "report", "reports", "response", "handling", "policy", "procedure", "with", "plan", "to");
        Add(Cue.QuestionWord, "what", "which", "is", "are", "does", "do", "should", "can", "could", "will", "would", "how", "why", "when", "where", "whether", "were", "was", "did", "any");
        // After a billing word: a part of the product ("the pricing page") or the customer's own rule ("our refund rule",
        // "the discount logic"), not TAI's bill.
        Add(Cue.PagePart, "page", "tab", "section", "screen", "menu", "settings", "rule", "rules", "logic", "engine", "condition", "conditions", "workflow", "workflows", "flow", "flows", "approval", "approvals");
        Add(Cue.Say, "say", "says", "said", "state", "states");
        Add(Cue.At, "at");
        Add(Cue.Competitor, "competitor", "competitors", "alternative", "alternatives", "vendor", "provider");
        Add(Cue.DataNoun, "data", "history", "records", "record", "rows", "orders", "entries", "tickets", "files", "items", "products", "catalog", "catalogue", "contacts", "messages", "emails", "logs", "attachments", "documents", "transactions", "events", "comments", "notes", "customers", "rules", "rulesets", "decisions", "cases", "sets", "workspace", "workspaces", "snapshot", "snapshots", "backup", "backups");
        return new CueTable(d);
    }

    /// <summary>
    /// The cue words in an open-addressed table keyed on the word itself, case-folded and packed one byte a character
    /// into two 64-bit numbers (every cue word is ASCII and at most 16 characters; a word with a character that does not
    /// fold to ASCII cannot equal one). One multiply, one probe and two integer compares per word; no allocation, no
    /// string compare; works the same on .NET 8 and later.
    /// </summary>
    private sealed class CueTable
    {
        private const int MaxLength = 16;
        private readonly Entry[] entries;
        private readonly ulong[] filter = new ulong[256];
        private readonly int shift;

        public CueTable(Dictionary<string, Cue> words)
        {
            // At most half full: 293 default cue words take 1,024 entries (24 KB; four times the words took 48 KB, more than a core's L1 cache).
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words.Count * 2);
            entries = new Entry[size];
            shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
            foreach (var (word, cue) in words)
            {
                if (word.Length > MaxLength || !Pack(word, out var lo, out var hi))
                {
                    throw new InvalidOperationException($"The cue word \"{word}\" is not ASCII of at most {MaxLength} characters.");
                }

                var slot = Slot(lo, hi);
                while (entries[slot].Lo != 0)
                {
                    slot = (slot + 1) & (entries.Length - 1);
                }

                entries[slot] = new Entry(lo, hi, cue);
                var key = FilterKey(word[0], word[^1], word.Length);
                filter[key >> 6] |= 1UL << key;
            }
        }

        public Cue Get(ReadOnlySpan<char> word) => Get(word, 0, word.Length);

        /// <summary>This table without the cues in <paramref name="left"/>: the words left with another cue, each with the rest of its cues.</summary>
        public CueTable Without(Cue left)
        {
            var kept = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                if (entry.Lo != 0 && (entry.Cue & ~left) != Cue.None)
                {
                    kept[Unpack(entry.Lo, entry.Hi)] = entry.Cue & ~left;
                }
            }

            return new CueTable(kept);
        }

        /// <summary>Every word in the table, in lower case (for tests).</summary>
        public IEnumerable<string> Words() => entries.Where(e => e.Lo != 0).Select(e => Unpack(e.Lo, e.Hi));

        /// <summary>A packed word (see <see cref="Pack"/>) as text, in lower case.</summary>
        private static string Unpack(ulong lo, ulong hi)
        {
            var chars = new List<char>(MaxLength);
            for (var i = 0; i < MaxLength; i++)
            {
                var b = (byte)(i < 8 ? lo >> (8 * i) : hi >> (8 * (i - 8)));
                if (b == 0)
                {
                    break;
                }

                chars.Add((char)b);
            }

            return new string([.. chars]);
        }

        /// <summary>The cue of the word <c>text[start..end]</c>; its characters are packed 8 at a time when the text goes on for 16 characters from its start.</summary>
        public Cue Get(ReadOnlySpan<char> text, int start, int end)
        {
            var length = end - start;
            if (length is 0 or > MaxLength)
            {
                return Cue.None;
            }

            // Most words are not cues: an ASCII first and last character and the length reject them with one bit.
            var (first, last) = (text[start], text[end - 1]);
            if ((first | last) < 128)
            {
                var key = FilterKey(first, last, length);
                if ((filter[key >> 6] & (1UL << key)) == 0)
                {
                    return Cue.None;
                }
            }

            if (!PackAscii(text, start, length, out var lo, out var hi) && !Pack(text[start..end], out lo, out hi))
            {
                return Cue.None;
            }

            for (var slot = Slot(lo, hi); entries[slot].Lo != 0; slot = (slot + 1) & (entries.Length - 1))
            {
                if (entries[slot].Lo == lo && entries[slot].Hi == hi)
                {
                    return entries[slot].Cue;
                }
            }

            return Cue.None;
        }

        /// <summary>A 14-bit key from a word's first and last characters (case-folded: ASCII letters keep their low 5 bits) and its length.</summary>
        private static int FilterKey(char first, char last, int length) => ((((first & 0x1F) << 5) | (last & 0x1F)) << 4) | Math.Min(length, 15);

        private int Slot(ulong lo, ulong hi) => (int)(((lo * 0x9E3779B97F4A7C15UL) ^ (hi * 0xC2B2AE3D27D4EB4FUL)) >> shift);

        /// <summary>
        /// A word (letters and digits only) folded to lower case and packed (characters 0–7 in <paramref name="lo"/>,
        /// 8–15 in <paramref name="hi"/>); false when a character does not fold to an ASCII letter or digit. ASCII letters
        /// and digits fold by setting bit 5; other characters through their invariant upper case, as
        /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them.
        /// </summary>
        private static bool Pack(ReadOnlySpan<char> word, out ulong lo, out ulong hi)
        {
            lo = 0;
            hi = 0;
            var any = 0;
            var n = Math.Min(word.Length, 8);
            for (var i = 0; i < n; i++)
            {
                any |= word[i];
                lo |= (ulong)(word[i] | 0x20) << (8 * i);
            }

            for (var i = 8; i < word.Length; i++)
            {
                any |= word[i];
                hi |= (ulong)(word[i] | 0x20) << (8 * (i - 8));
            }

            return any < 128 || PackFolded(word, out lo, out hi);
        }

        /// <summary>
        /// <see cref="Pack"/> with two vector loads, for a word of ASCII characters followed in the text by at least
        /// 16 − <paramref name="length"/> more characters (lanes past the word are cleared); false otherwise (the caller
        /// then packs the word character by character).
        /// </summary>
        private static bool PackAscii(ReadOnlySpan<char> text, int start, int length, out ulong lo, out ulong hi)
        {
            if (!Vector128.IsHardwareAccelerated || start + 16 > text.Length)
            {
                (lo, hi) = (0, 0);
                return false;
            }

            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var lanes = Vector128.Create((ushort)length);
            var keepLow = Vector128.LessThan(Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7), lanes);
            var keepHigh = Vector128.LessThan(Vector128.Create((ushort)8, 9, 10, 11, 12, 13, 14, 15), lanes);
            var low = Vector128.LoadUnsafe(ref chars, (nuint)start) & keepLow;
            var high = Vector128.LoadUnsafe(ref chars, (nuint)start + 8) & keepHigh;
            if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            {
                (lo, hi) = (0, 0);
                return false;
            }

            var packed = Vector128.Narrow((low | Vector128.Create((ushort)0x20)) & keepLow, (high | Vector128.Create((ushort)0x20)) & keepHigh).AsUInt64();
            (lo, hi) = (packed.GetElement(0), packed.GetElement(1));
            return true;
        }

        private static bool PackFolded(ReadOnlySpan<char> word, out ulong lo, out ulong hi)
        {
            lo = 0;
            hi = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i] < 128 ? word[i] : char.ToUpperInvariant(word[i]);
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }

                var folded = (ulong)(c | 0x20) << (8 * (i & 7));
                if (i < 8)
                {
                    lo |= folded;
                }
                else
                {
                    hi |= folded;
                }
            }

            return true;
        }

        private readonly record struct Entry(ulong Lo, ulong Hi, Cue Cue);
    }

    /// <summary>The last sentence read into words (its bounds and tokens), shared by the finds of one text that fall in it.</summary>
    private ref struct SentenceCache(Span<Token> tokens)
    {
        public readonly Span<Token> Tokens = tokens;
        public int Start = -1;
        public int End = -1;
        public int Count;

        /// <summary>Every cue of the sentence's words (as the tokeniser reads them), so a reading can skip a search for a cue none has.</summary>
        public Cue All;

        /// <summary>
        /// Whether the find the sentence was read for held no boundary character (see <see cref="Boundaries"/>), so that
        /// <c>Start..End</c> holds none at all and any find inside has these same bounds (tenth speed pass).
        /// </summary>
        public bool Clean;

        // The clause of the last ReadClause (tenth speed pass: fields of the caller's cache, not a returned 7-int struct,
        // whose copy through vector registers stalled on the separately written ints): token indices of its first word,
        // the find's first word, the first word after the find, and one past its last word.
        public int First;
        public int Hit;
        public int After;
        public int Last;

        /// <summary>Where the clause of the last ReadClause ends (the sentence's end, or the start of a contrast word after the find).</summary>
        public int ClauseEnd;

        /// <summary>The text's word masks kept by the scan (<see cref="KeywordIndex.ScanAll(ReadOnlySpan{char}, Span{PhraseHit}, Span{ulong}, out int)"/>), <see cref="MaskBlocks"/> of them.</summary>
        public Span<ulong> Masks;

        /// <summary>How many of <see cref="Masks"/> hold the text's word masks, from the first block on.</summary>
        public int MaskBlocks;
    }

    /// <summary>A word of a clause and its cues.</summary>
    private readonly record struct Token(int Start, int End, Cue Cue);

    /// <summary>What the phrase finds of one signal added up to.</summary>
    [StructLayout(LayoutKind.Auto)]
    private struct Acc
    {
        public int Used;
        public int Ignored;
        public bool Value;
        public bool AnyTrue;
        public bool AnyFalse;
        public bool Strong;

        /// <summary>How many of the used finds only say the work is not blocked ("not blocking"): a workaround for a failure found elsewhere, no failure by itself.</summary>
        public int NotBlocking;
        public int UsedStart;
        public int UsedEnd;
        public byte UsedSource;
        public int IgnoredStart;
        public int IgnoredEnd;
        public byte IgnoredSource;
        public Context Why;
    }

    /// <summary>The numbers found: the largest of each kind, with where it came from.</summary>
    [StructLayout(LayoutKind.Auto)]
    private struct NumericFinds
    {
        public decimal? PlatformImpact;
        public decimal? ErrorRate;
        public int PercentStart;
        public int PercentEnd;
        public byte PercentSource;
        public decimal? LatencyMs;
        public int LatencyStart;
        public int LatencyEnd;
        public byte LatencySource;
        public decimal? FinancialImpact;
        public int MoneyStart;
        public int MoneyEnd;
        public byte MoneySource;
        public string? OtherCodeText;
        public int OtherCodeStart;
        public int OtherCodeEnd;
        public byte OtherCodeSource;
        public string? GenericCode;
        public bool AllCalls;
        public int AllCallsStart;
        public int AllCallsEnd;
        public byte AllCallsSource;
        public int CodeSpanCount;
        private CodeSpans spans;

        public readonly int CodeStart(int i) => spans[i * 3];

        public readonly int CodeEnd(int i) => spans[(i * 3) + 1];

        public readonly byte CodeSource(int i) => (byte)spans[(i * 3) + 2];

        public void AddCodeSpan(int start, int end, byte source)
        {
            if (CodeSpanCount < 8)
            {
                spans[CodeSpanCount * 3] = start;
                spans[(CodeSpanCount * 3) + 1] = end;
                spans[(CodeSpanCount * 3) + 2] = source;
                CodeSpanCount++;
            }
        }

        public void Percent(decimal value, bool scoped, int start, int end, byte source)
        {
            if (ErrorRate is null || value > ErrorRate)
            {
                ErrorRate = Math.Min(100m, value);
                PercentStart = start;
                PercentEnd = end;
                PercentSource = source;
                if (scoped)
                {
                    PlatformImpact = Math.Min(100m, value);
                }
            }
        }

        public void Latency(decimal ms, int start, int end, byte source)
        {
            if (LatencyMs is null || ms > LatencyMs)
            {
                LatencyMs = ms;
                LatencyStart = start;
                LatencyEnd = end;
                LatencySource = source;
            }
        }

        public void Money(decimal value, int start, int end, byte source)
        {
            if (FinancialImpact is null || value > FinancialImpact)
            {
                FinancialImpact = value;
                MoneyStart = start;
                MoneyEnd = end;
                MoneySource = source;
            }
        }

        public void OtherCode(string code, int start, int end, byte source)
        {
            if (OtherCodeText is null || (OtherCodeText[0] == '4' && code[0] == '5'))
            {
                OtherCodeText = code;
                OtherCodeStart = start;
                OtherCodeEnd = end;
                OtherCodeSource = source;
            }
        }
    }

    [System.Runtime.CompilerServices.InlineArray(24)]
    private struct CodeSpans
    {
        private int element;
    }
}
