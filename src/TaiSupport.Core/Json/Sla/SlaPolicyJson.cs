using System.Collections.Immutable;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;
using Calendar = TaiSupport.Core.Calendars.BusinessCalendarJson.Calendar;

namespace TaiSupport.Core.Sla;

/// <summary>
/// Reads and writes the SLA policy file (<c>docs/sla.md</c>; <c>tai policy show</c> prints one) through its file model's
/// contract: the calendars it defines by id (calendar JSON), the target of every tier × priority (<c>{"tier", "priority",
/// "firstResponse": {"target": "PT4H", "calendar": "professional-hours"}, "resolution", "source"}</c>), and optionally
/// <c>timeZone</c>, <c>atRiskLead</c>, <c>reassignGrace</c>, <c>pausingStatuses</c>, <c>stoppingStatuses</c> and
/// <c>tierRanks</c> (else <see cref="SlaPolicy.Default"/>'s). Durations are hours, never days (D4). Every problem is
/// reported at once with its JSON path; a policy with any problem is never built.
/// </summary>
public static class SlaPolicyJson
{
    private static readonly JsonFormat<Policy> Format = new()
    {
        Contract = new FormatContracts(BusinessCalendarJson.CalendarOptions(IsoDurationDays.Refused)).Policy, ValidateDespiteProblems = true, Validate = f => new(f.Problems()),
    };

    private static readonly string[] Required = ["$.calendars", "$.targets"]; // reported first, as before issue 11

    /// <summary>Reads and validates a policy file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem.</returns>
    /// <example><code>var evaluator = new SlaEvaluator(SlaPolicyJson.Read(File.ReadAllText("sla-policy.json")).GetValueOrThrow());</code></example>
    public static LoadResult<SlaPolicy> Read(string json) => JsonContract.Read(json, Format, f => f.ToPolicy()) is var read && read.IsValid ? read
        : LoadResult<SlaPolicy>.Failure([.. read.Problems.OrderBy(p => p.ErrorMessage == "is required." && Array.IndexOf(Required, p.PropertyName) is var i && i >= 0 ? i : 2)]);

    /// <summary>Writes a policy as indented JSON that <see cref="Read"/> reads back to the same policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(SlaPolicy policy) => JsonContract.WriteIndented(Policy.From(policy ?? throw new ArgumentNullException(nameof(policy))), Format.Contract);

    /// <summary>The file model: <c>calendars</c> and <c>targets</c> required, the rest defaults to <see cref="SlaPolicy.Default"/>'s.</summary>
    internal sealed record Policy
    {
        public string? TimeZone { get; init; }
        public required Target?[] Targets { get; init; }
        public Duration? AtRiskLead { get; init; }
        public Duration? ReassignGrace { get; init; }
        public ImmutableSortedSet<TicketStatus>? PausingStatuses { get; init; }
        public ImmutableSortedSet<TicketStatus>? StoppingStatuses { get; init; }
        public NamedKeys<Tier, Priority>? TierRanks { get; init; }
        public required ImmutableSortedDictionary<string, Calendar> Calendars { get; init; }
        public string? Name { get; init; }
        public string? Description { get; init; }

        public static Policy From(SlaPolicy p) => new()
        {
            TimeZone = p.TimeZoneId,
            Targets = [.. p.Targets.Select(t => new Target(t.Tier, t.Priority, new(t.FirstResponse.Target, t.FirstResponse.CalendarId), new(t.Resolution.Target, t.Resolution.CalendarId), t.Source))],
            AtRiskLead = p.AtRiskLead, ReassignGrace = p.ReassignGrace, PausingStatuses = p.PausingStatuses, StoppingStatuses = p.StoppingStatuses, TierRanks = new(p.TierRanks),
            Calendars = p.Calendars.ToImmutableSortedDictionary(c => c.Key, c => Calendar.From(c.Value), StringComparer.Ordinal),
        };

        /// <summary>The policy; a calendar with problems is left out (its problems are reported, not what follows from them).</summary>
        public SlaPolicy ToPolicy() => new()
        {
            TimeZoneId = TimeZone ?? SlaPolicy.Default.TimeZoneId,
            Calendars = Calendars.Where(c => !c.Value.Problems(string.Empty, 0).Any()).ToImmutableSortedDictionary(c => c.Key, c => c.Value.ToCalendar(), StringComparer.Ordinal),
            Targets = [.. Targets.Select(t => t is null ? null! : new SlaTarget(t.Tier, t.Priority, t.FirstResponse?.ToClock()!, t.Resolution?.ToClock()!) { Source = t.Source ?? "SLA policy file" })],
            AtRiskLead = AtRiskLead ?? SlaPolicy.Default.AtRiskLead, ReassignGrace = ReassignGrace ?? SlaPolicy.Default.ReassignGrace,
            PausingStatuses = PausingStatuses ?? SlaPolicy.Default.PausingStatuses, StoppingStatuses = StoppingStatuses ?? SlaPolicy.Default.StoppingStatuses,
            TierRanks = TierRanks?.ToImmutableSortedDictionary() ?? SlaPolicy.Default.TierRanks,
        };

        public IEnumerable<ValidationFailure> Problems() =>
            Calendars.SelectMany(c => c.Value.Problems($"calendars['{c.Key}']", 0)).Concat(SlaPolicy.Validate(ToPolicy()).Errors
                .Where(e => !(e.ErrorCode == SlaPolicyValidator.UnknownCalendarCode && e.CustomState is string id && Calendars.ContainsKey(id))));
    }

    /// <summary>One cell of the file.</summary>
    internal sealed record Target(Tier Tier, Priority Priority, Clock? FirstResponse, Clock? Resolution, string? Source = null);

    /// <summary>One clock of a cell: <c>{"target": "PT4H", "calendar": "professional-hours"}</c>.</summary>
    internal sealed record Clock(Duration Target, string? Calendar)
    {
        public SlaClock ToClock() => new(Target, Calendar!);
    }
}
