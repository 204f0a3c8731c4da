using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of the reports (issue 7): metrics do not depend on the order of the input tickets; the QA sample is 10 %
/// of the resolved tickets rounded up (at least 1 when any), reproducible for a seed and drawn only from resolved
/// tickets; rendering a template never leaves a placeholder in its output.
/// </summary>
public sealed class ReportProperties
{
    private static readonly DateTimeZone Zone = ReportPolicy.Default.Zone;
    private static readonly LocalDate SecondMonday = new(2026, 1, 19);
    private static readonly Regex Placeholder = new(@"\{\{[A-Za-z0-9_.]+\}\}", RegexOptions.CultureInvariant);

    [Property(MaxTest = 60)]
    public Property Metrics_AreInvariantToTheOrderOfTheTickets() =>
        Prop.ForAll(Arb.From(ReportGenerators.TicketsAndShuffle), x =>
        {
            var week = ReportPeriod.Week(SecondMonday, Zone, IsoDayOfWeek.Monday);
            var day = ReportPeriod.Day(SecondMonday.PlusDays(2), Zone);
            return Compute(week, x.Tickets).Equals(Compute(week, x.Shuffled))
                && Compute(day, x.Tickets).Equals(Compute(day, x.Shuffled))
                && Weekly(x.Tickets).ToText() == Weekly(x.Shuffled).ToText()
                && Weekly(x.Tickets).ToJson() == Weekly(x.Shuffled).ToJson();
        });

    [Property(MaxTest = 60)]
    public Property HandoffAndStandup_AreInvariantToTheOrderOfTheTickets() =>
        Prop.ForAll(Arb.From(from x in ReportGenerators.TicketsAndShuffle from minutes in Gen.Choose(0, 14 * 24 * 60) select (x.Tickets, x.Shuffled, At: ReportGenerators.Start + Duration.FromMinutes(minutes))), x =>
            Handoff.Build(x.Tickets, x.At, SlaEvaluator.Default, ReportPolicy.Default).ToText() == Handoff.Build(x.Shuffled, x.At, SlaEvaluator.Default, ReportPolicy.Default).ToText()
            && Standup.Build(x.Tickets, [], x.At, SlaEvaluator.Default, ReportPolicy.Default).ToText() == Standup.Build(x.Shuffled, [], x.At, SlaEvaluator.Default, ReportPolicy.Default).ToText());

    [Property(MaxTest = 100)]
    public Property QaSample_IsTenPercentRoundedUp_FromResolvedOnly_ReproducibleForASeed() =>
        Prop.ForAll(Arb.From(from x in ReportGenerators.TicketsAndShuffle from seed in Gen.Choose(int.MinValue, int.MaxValue) select (x.Tickets, x.Shuffled, seed)), x =>
        {
            var period = ReportPeriod.Month(new YearMonth(2026, 1), Zone);
            var resolved = QaAudit.ResolvedIn(x.Tickets, period, SlaEvaluator.Default).Select(t => t.Id).ToHashSet();
            var sample = QaAudit.Sample(x.Tickets, period, x.seed, SlaEvaluator.Default, QaPolicy.Default);
            var again = QaAudit.Sample(x.Shuffled, period, x.seed, SlaEvaluator.Default, QaPolicy.Default);
            var expectedSize = resolved.Count == 0 ? 0 : Math.Max(1, (resolved.Count + 9) / 10);
            return (sample.Length == expectedSize).Label($"size {sample.Length}, expected {expectedSize} of {resolved.Count}")
                .And(sample.All(t => resolved.Contains(t.Id) && t.Ticket.StatusAt(period.End - Duration.Epsilon) is Core.Tickets.TicketStatus.Resolved or Core.Tickets.TicketStatus.Closed)).Label("only resolved tickets")
                .And(sample.Select(t => t.Id).Distinct().Count() == sample.Length).Label("no ticket twice")
                .And(sample.Select(t => t.Id).SequenceEqual(again.Select(t => t.Id))).Label("same seed, same sample, any order");
        });

    [Property(MaxTest = 200)]
    public Property QaSampleSize_IsTheCeilingOfTenPercent_AtLeastOneWhenAny() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000)), n =>
        {
            var size = QaAudit.SampleSize(n, QaPolicy.Default);
            return n == 0 ? size == 0 : size >= 1 && size * 10 >= n && (size - 1) * 10 < Math.Max(n, 10);
        });

    [Property(MaxTest = 300)]
    public Property Render_NeverLeavesAPlaceholder() =>
        Prop.ForAll(
            Arb.From(
                from template in Gen.Elements(CustomerTemplates.All.ToArray())
                from values in Gen.ArrayOf(Text, template.Fields.Length)
                from drop in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, template.Fields.Length - 1)))
                select (template, values, drop)),
            x =>
            {
                var fields = x.template.Fields.Select((f, i) => (f, v: x.values[i])).Where((_, i) => i != x.drop).ToDictionary(p => p.f, p => p.v);
                var result = x.template.Render(fields);
                var expectValid = x.drop < 0 && fields.Values.All(v => !string.IsNullOrWhiteSpace(v) && !v.Contains("{{", StringComparison.Ordinal));
                return (result.IsValid == expectValid)
                    .Classify(result.IsValid, "rendered").Label($"valid {result.IsValid}, expected {expectValid}")
                    .And(!result.IsValid || !Placeholder.IsMatch(result.Text!)).Label("no {{field}} left in the text")
                    .And(result.IsValid || result.Problems.All(p => x.template.Fields.Contains(p.PropertyName))).Label("each problem names a field");
            });

    /// <summary>Short strings rich in braces, brackets, blanks and newlines.</summary>
    private static readonly Gen<string> Text =
        from length in Gen.Choose(0, 12)
        from chars in Gen.ArrayOf(Gen.Elements('a', 'Z', ' ', '{', '}', '[', ']', '\n', '.', '_', '1'), length)
        select new string(chars);

    private static SupportMetrics Compute(ReportPeriod period, IEnumerable<ReportTicket> tickets) =>
        SupportMetrics.Compute(period, tickets, [], period.End, SlaEvaluator.Default, ReportPolicy.Default);

    private static WeeklyReport Weekly(IEnumerable<ReportTicket> tickets) =>
        WeeklyReport.Build(SecondMonday, tickets, [], ReportPeriod.Week(SecondMonday, Zone, IsoDayOfWeek.Monday).End, SlaEvaluator.Default, ReportPolicy.Default);
}
