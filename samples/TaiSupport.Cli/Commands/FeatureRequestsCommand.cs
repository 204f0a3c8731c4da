using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Cli.Commands;

/// <summary><c>tai feature-requests review --input LOG.jsonl --month YYYY-MM [--zone ZONE]</c>: the monthly review (§2.1).</summary>
internal sealed class FeatureRequestsCommand : ITaiCommand
{
    public int Order => 32;

    public Command Create(CliContext io)
    {
        var input = CliOptions.Input("JSON lines of the feature-request log: {\"ticketId\",\"at\",\"tier\",\"theme\"}; - reads standard input.");
        var month = new Option<string>("--month") { Description = "The month to review, YYYY-MM (e.g. 2026-01).", Required = true };
        var zone = new Option<string>("--zone")
        {
            Description = $"The time zone the month is counted in (default {BusinessCalendars.PacificTimeZoneId}, the manual's).",
            DefaultValueFactory = _ => BusinessCalendars.PacificTimeZoneId,
        };
        var review = new Command(
            "review",
            "Read the whole log and write one JSON object: {\"month\",\"zone\",\"total\",\"byTheme\":[{\"theme\",\"count\"}],\"byTier\":{…},\"byThemeAndTier\":{…}}. A bad line stops the review (exit 2, every problem listed).")
        {
            input,
            month,
            zone,
        };
        review.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var monthText = parse.GetValue(month)!;
            var parsedMonth = YearMonthPattern.Iso.Parse(monthText);
            if (!parsedMonth.Success)
            {
                throw new CliFatalException($"--month: '{Core.Text.SafeText.Echo(monthText, 40)}' is not a month such as 2026-01.");
            }

            var reviewed = OptionRange.Month(parsedMonth.Value, "--month");
            var zoneId = parse.GetValue(zone)!;
            var timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
                ?? throw new CliFatalException($"--zone: '{Core.Text.SafeText.Echo(zoneId, 60)}' is not a time zone id such as {BusinessCalendars.PacificTimeZoneId}.");
            var entries = JsonLines.ReadAllElements(io, parse.GetValue(input)!, "--input", ReadEntry);
            var result = FeatureRequestLog.Review(entries, reviewed, timeZone);
            io.Out.WriteLine(ToJson(result, zoneId).ToJsonString(CliFormat.Json));
            return ExitCodes.Success;
        }));

        return new Command("feature-requests", "The feature-request log (§2.1 \"add to Feature Request log (monthly review)\").") { review };
    }

    /// <summary>Reads one log entry, naming every bad field.</summary>
    internal static FeatureRequestEntry ReadEntry(JsonElement line) => LineReads.ValueOrThrow(FeatureRequestEntryJson.Read(line));

    private static JsonObject ToJson(FeatureRequestReview review, string zone) => new()
    {
        ["month"] = YearMonthPattern.Iso.Format(review.Month),
        ["zone"] = zone,
        ["total"] = review.Total,
        ["byTheme"] = new JsonArray([.. review.ByTheme.Select(p => (JsonNode)new JsonObject { ["theme"] = p.Key, ["count"] = p.Value })]),
        ["byTier"] = Counts(review.ByTier),
        ["byThemeAndTier"] = new JsonObject(review.ByThemeAndTier.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Counts(p.Value)))),
    };

    private static JsonObject Counts(IEnumerable<KeyValuePair<Tier, int>> counts) =>
        new(counts.Select(p => new KeyValuePair<string, JsonNode?>(p.Key.ToString(), p.Value)));
}
