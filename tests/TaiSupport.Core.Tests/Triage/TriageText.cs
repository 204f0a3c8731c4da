using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>A ticket made of a body (and subject) as the wording tests read it: its signals, its classification, its triage.</summary>
internal static class TriageText
{
    public static TicketSignals Signals(string body, string subject = "", Tier tier = Tier.Professional) =>
        TextSignalExtractor.Default.Extract(Request(body, subject, tier)).Signals;

    public static Classification Classify(string body, string subject = "", Tier tier = Tier.Professional) =>
        TicketTriage.Default.EvaluateClassification(Request(body, subject, tier));

    public static TriageResult Evaluate(string body, string subject = "", Tier tier = Tier.Professional) =>
        TicketTriage.Default.Evaluate(Request(body, subject, tier), TriageCorpus.Now);

    private static TriageRequest Request(string body, string subject, Tier tier) => new() { Tier = tier, Subject = subject, Body = body };
}
