using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Reads an <see cref="OnCallPayPolicy"/> from JSON (issue 17; docs/oncall.md "Pay policy"). Every field is optional and
/// defaults to D20; a region's fields default to the top-level policy's. Durations are ISO-8601 hours and minutes
/// (<c>PT1H</c>, <c>PT30M</c>; <see cref="IsoDuration"/>), dates <c>yyyy-MM-dd</c>. Any bytes give either a policy or
/// problems with their JSON paths, never an exception.
/// </summary>
/// <example>
/// <code>
/// var loaded = OnCallPayPolicyJson.Read("""{"weekendMultiplier": 1.5, "holidays": ["2026-01-19"], "holidayMultiplier": 2}""");
/// if (loaded.IsValid) report = OnCallPay.Report(schedule, callIns, from, to, loaded.Value!);
/// </code>
/// </example>
public static class OnCallPayPolicyJson
{
    private static readonly string[] Fields =
    [
        "currency", "weeklyStipend", "weeklyTimeOffInLieu", "hourlyRate", "eveningMultiplier", "weekendMultiplier", "holidayMultiplier",
        "holidays", "minimumCallIn", "callInRounding", "timeOffRatio", "rebalanceShareOfFair", "rebalanceMinimumPages",
    ];

    /// <summary>Reads and validates a pay policy.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem with its path.</returns>
    public static LoadResult<OnCallPayPolicy> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (LoneSurrogate(json) is { } at)
        {
            return LoadResult<OnCallPayPolicy>.Failure([new FluentValidation.Results.ValidationFailure("$", $"the text is not valid Unicode (a lone surrogate at character {at + 1}).")]);
        }

        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<OnCallPayPolicy>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var root = document!.RootElement;
            if (!input.ExpectKind(root, JsonValueKind.Object, "$", "a pay policy object such as {\"hourlyRate\": 25, \"weekendMultiplier\": 1.5}"))
            {
                return LoadResult<OnCallPayPolicy>.Failure(input.Problems);
            }

            input.RejectUnknown(root, "$", [.. Fields, "regions", "name", "description"]);
            var policy = ReadFields(root, "$", OnCallPayPolicy.Default, input);
            if (input.TryGet(root, "regions", out var regions) && input.ExpectKind(regions, JsonValueKind.Array, "$.regions", "an array of {\"name\", \"people\", \"policy\"}"))
            {
                var list = new List<PayRegion>();
                var i = 0;
                foreach (var region in regions.EnumerateArray())
                {
                    if (ReadRegion(region, JsonInput.Index("$.regions", i++), policy, input) is { } read)
                    {
                        list.Add(read);
                    }
                }

                policy = policy with { Regions = [.. list] };
            }

            if (input.Problems.Count == 0)
            {
                foreach (var failure in new OnCallPayPolicyValidator().Validate(policy).Errors)
                {
                    input.Problem("$." + failure.PropertyName, failure.ErrorMessage);
                }
            }

            return input.Problems.Count == 0 ? LoadResult<OnCallPayPolicy>.Success(policy) : LoadResult<OnCallPayPolicy>.Failure(input.Problems);
        }
    }

    /// <summary>The index of the first unpaired UTF-16 surrogate (which System.Text.Json rejects with an exception), or null.</summary>
    private static int? LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static PayRegion? ReadRegion(JsonElement element, string path, OnCallPayPolicy parent, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a region {\"name\", \"people\", \"policy\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "name", "people", "policy");
        var name = input.TryGet(element, "name", out var n) ? input.String(n, JsonInput.Property(path, "name")) : null;
        if (name is null && !input.HasProblemAt(JsonInput.Property(path, "name")))
        {
            input.Problem(JsonInput.Property(path, "name"), "the region needs a name such as \"emea\".");
        }

        var people = new List<string>();
        var peoplePath = JsonInput.Property(path, "people");
        if (input.TryGet(element, "people", out var p) && input.ExpectKind(p, JsonValueKind.Array, peoplePath, "an array of names"))
        {
            var i = 0;
            foreach (var item in p.EnumerateArray())
            {
                if (input.String(item, JsonInput.Index(peoplePath, i++)) is { } person)
                {
                    people.Add(person);
                }
            }
        }

        var policyPath = JsonInput.Property(path, "policy");
        var policy = parent with { Regions = [] };
        if (input.TryGet(element, "policy", out var body) && input.ExpectKind(body, JsonValueKind.Object, policyPath, "a pay policy object"))
        {
            input.RejectUnknown(body, policyPath, Fields);
            policy = ReadFields(body, policyPath, policy, input);
        }

        return name is null ? null : new PayRegion(name, [.. people], policy);
    }

    private static OnCallPayPolicy ReadFields(JsonElement e, string path, OnCallPayPolicy d, JsonInput input) => d with
    {
        Currency = Optional(e, "currency", path, input, (x, at) => input.String(x, at)) ?? d.Currency,
        WeeklyStipend = ByLevel(e, "weeklyStipend", path, input, d.WeeklyStipend, (x, at) => Decimal(x, at, input)) ?? d.WeeklyStipend,
        WeeklyTimeOffInLieu = ByLevel(e, "weeklyTimeOffInLieu", path, input, d.WeeklyTimeOffInLieu, (x, at) => Duration(x, at, input)) ?? d.WeeklyTimeOffInLieu,
        HourlyRate = OptionalValue(e, "hourlyRate", path, input, (x, at) => Decimal(x, at, input)) ?? d.HourlyRate,
        EveningMultiplier = OptionalValue(e, "eveningMultiplier", path, input, (x, at) => Decimal(x, at, input)) ?? d.EveningMultiplier,
        WeekendMultiplier = OptionalValue(e, "weekendMultiplier", path, input, (x, at) => Decimal(x, at, input)) ?? d.WeekendMultiplier,
        HolidayMultiplier = OptionalValue(e, "holidayMultiplier", path, input, (x, at) => Decimal(x, at, input)) ?? d.HolidayMultiplier,
        Holidays = Holidays(e, path, input) ?? d.Holidays,
        MinimumCallIn = OptionalValue(e, "minimumCallIn", path, input, (x, at) => Duration(x, at, input)) ?? d.MinimumCallIn,
        CallInRounding = OptionalValue(e, "callInRounding", path, input, (x, at) => Duration(x, at, input)) ?? d.CallInRounding,
        TimeOffRatio = OptionalValue(e, "timeOffRatio", path, input, (x, at) => Decimal(x, at, input)) ?? d.TimeOffRatio,
        RebalanceShareOfFair = OptionalValue(e, "rebalanceShareOfFair", path, input, (x, at) => Decimal(x, at, input)) ?? d.RebalanceShareOfFair,
        RebalanceMinimumPages = OptionalValue(e, "rebalanceMinimumPages", path, input, (x, at) => Int(x, at, input)) ?? d.RebalanceMinimumPages,
    };

    private static T? Optional<T>(JsonElement e, string name, string path, JsonInput input, Func<JsonElement, string, T?> read)
        where T : class => input.TryGet(e, name, out var x) ? read(x, JsonInput.Property(path, name)) : null;

    private static T? OptionalValue<T>(JsonElement e, string name, string path, JsonInput input, Func<JsonElement, string, T?> read)
        where T : struct => input.TryGet(e, name, out var x) ? read(x, JsonInput.Property(path, name)) : null;

    internal static ImmutableSortedSet<LocalDate>? Holidays(JsonElement e, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, "holidays");
        if (!input.TryGet(e, "holidays", out var list) || !input.ExpectKind(list, JsonValueKind.Array, at, "an array of dates such as [\"2026-01-19\"]"))
        {
            return null;
        }

        var dates = ImmutableSortedSet.CreateBuilder<LocalDate>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = JsonInput.Index(at, i++);
            if (input.String(item, itemPath) is { } text && input.Date(text, itemPath) is { } date)
            {
                dates.Add(date);
            }
        }

        return dates.ToImmutable();
    }

    private static ImmutableDictionary<OnCallLevel, T>? ByLevel<T>(JsonElement e, string name, string path, JsonInput input, ImmutableDictionary<OnCallLevel, T> defaults, Func<JsonElement, string, T?> read)
        where T : struct
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(e, name, out var map) || !input.ExpectKind(map, JsonValueKind.Object, at, "an object keyed by level, such as {\"1\": 500, \"2\": 750}"))
        {
            return null;
        }

        var result = defaults;
        foreach (var entry in map.EnumerateObject())
        {
            var entryPath = JsonInput.Key(at, SafeText.Echo(entry.Name));
            if (entry.Name is not ("1" or "2" or "3"))
            {
                input.Problem(entryPath, $"'{SafeText.Echo(entry.Name)}' is not a level; use \"1\", \"2\" or \"3\".");
                continue;
            }

            if (read(entry.Value, entryPath) is { } value)
            {
                result = result.SetItem((OnCallLevel)int.Parse(entry.Name, CultureInfo.InvariantCulture), value);
            }
        }

        return result;
    }

    private static decimal? Decimal(JsonElement element, string path, JsonInput input)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value))
        {
            return value;
        }

        input.Problem(path, $"{JsonInput.Describe(element)} is not a number; write a plain number such as 25 or 1.5.");
        return null;
    }

    private static int? Int(JsonElement element, string path, JsonInput input)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        input.Problem(path, $"{JsonInput.Describe(element)} is not a whole number such as 4.");
        return null;
    }

    private static Duration? Duration(JsonElement element, string path, JsonInput input)
    {
        string? problem = null;
        if (element.ValueKind == JsonValueKind.String && IsoDuration.TryParse(element.GetString(), out var value, out problem))
        {
            return value;
        }

        input.Problem(path, element.ValueKind == JsonValueKind.String
            ? $"\"{SafeText.Echo(element.GetString() ?? string.Empty)}\" is not a duration: {problem}"
            : $"{JsonInput.Describe(element)} is not a duration; write ISO-8601 hours and minutes such as \"PT1H\" or \"PT30M\".");
        return null;
    }
}
