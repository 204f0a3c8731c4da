using System.Text.Json.Nodes;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;
using Xunit.Abstractions;
using TaiSupport.Testing;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// The second hostile-input sweep (session 7), aimed at the public readers called directly as a host would: not random
/// but exhaustive — every value of every sample file (each reader's richest sample, from <see cref="RoundTripProperties"/>
/// and <see cref="ReaderFuzzTests"/>) replaced in turn by every value of <see cref="Values"/>, and every property removed.
/// Each read must give a value or problems with JSON paths, never an exception — with the reader's last-resort catch
/// of <see cref="NullReferenceException"/> gone, so a validator that meets a null it did not guard is found here.
/// </summary>
public sealed class LibrarySweepTests(ITestOutputHelper output)
{
    /// <summary>The replacement values: the fuzz tests' hostile values plus NodaTime extremes, odd zones and odd shapes.</summary>
    internal static readonly string[] Values =
    [
        .. ReaderFuzzTests.Hostile,
        "[null]", "[{}]", "[[]]", "{\"\":null}", "[null,null]", "\"x\"", "0", "1", "2147483648", "-2147483649", "1e-400", "-1e400", "1.5e300",
        "\"-PT9999999999H\"", "\"PT-1H\"", "\"PT1.5H\"", "\"PT0.000000001S\"", "\"PT87600000H\"", "\"\\u0085\\u2028\"",
        "\"9999-12-31\"", "\"0001-01-01\"", "\"-9998-01-01\"", "\"23:59:59.999999999\"", "\"00:00\"",
        "\"9999-12-31T23:59:59Z\"", "\"-9998-01-01T00:00:00Z\"", "\"2011-12-30T12:00:00+14:00\"",
        "\"Pacific/Apia\"", "\"Australia/Lord_Howe\"", "\"Africa/Casablanca\"", "\"Etc/GMT+12\"", "\"UTC\"",
        new string('[', 70) + new string(']', 70),
    ];

    /// <summary>Readers the two format lists do not hold, with a sample each.</summary>
    private static readonly Dictionary<string, (string Valid, Func<string, object> Read)> Extra = new()
    {
        ["oncall-pay-policy"] = ("""{"currency":"USD","weeklyStipend":{"1":500,"2":750},"weeklyTimeOffInLieu":{"1":"PT8H"},"hourlyRate":25,"eveningMultiplier":1.25,"weekendMultiplier":1.5,"holidayMultiplier":2,"holidays":["2026-12-25"],"regions":[{"name":"emea","people":["Tom"],"policy":{"hourlyRate":30,"weeklyStipend":{"1":600}}}]}""", j => OnCallPayPolicyJson.Read(j)),
        ["resolution-fields-policy"] = (ResolutionFieldsPolicy.Default.ToJson(), j => ResolutionFieldsPolicy.FromJson(j)),
        ["team"] = (ReaderFuzzTests.Formats["team"].Valid, j => TaiSupport.Core.Escalation.TeamJson.Read(j, new Dictionary<string, TaiSupport.Core.Calendars.BusinessCalendar> { ["night"] = TaiSupport.Core.Calendars.BusinessCalendars.ProfessionalHours })),
        ["incident-policy-extra-ids"] = (TaiSupport.Core.Incidents.IncidentPolicyJson.Write(TaiSupport.Core.Incidents.IncidentPolicy.Default), j => TaiSupport.Core.Incidents.IncidentPolicyJson.Read(j, ["custom-1", ""])),
        ["policy-pack-whole"] = (TaiSupport.Core.Policies.TaiPolicyJson.Write(TaiSupport.Core.Policies.TaiPolicy.Default), j => TaiSupport.Core.Policies.TaiPolicyJson.Read(j)),
    };

    /// <summary>The most values of one sample replaced (evenly spread), so the largest files stay within seconds; <c>TAI_FULL_SWEEP=1</c> replaces every value
    /// (28 formats, 2,544 values, 88,306 reads in session 7).</summary>
    private static readonly int MaxNodes = Environment.GetEnvironmentVariable("TAI_FULL_SWEEP") == "1" ? int.MaxValue : 50;

    public static TheoryData<string> Names() =>
        [.. RoundTripProperties.Formats.Select(f => f.Name).Concat(ReaderFuzzTests.Formats.Keys).Concat(Extra.Keys).Distinct()];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryValueReplacedByEveryHostileValue_GivesProblemsNeverAnException(string name)
    {
        var (sample, read) = Reader(name);
        var root = JsonNode.Parse(sample)!;
        var paths = new List<object[]>();
        Collect(root, [], paths);
        var step = Math.Max(1, paths.Count / MaxNodes);
        var (reads, failures) = (0, new List<string>());
        for (var n = 0; n < paths.Count; n += step)
        {
            foreach (var text in JsonSweep.Variants(root, paths[n], Values))
            {
                reads++;
                if (Check(name, text, read) is { } failure && failures.Count < 5)
                {
                    failures.Add(failure);
                }
            }
        }

        output.WriteLine($"{name}: {paths.Count} values, {reads} reads");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    private static (string Sample, Func<string, object> Read) Reader(string name)
    {
        if (Extra.TryGetValue(name, out var extra))
        {
            return extra;
        }

        return RoundTripProperties.Formats.FirstOrDefault(f => f.Name == name) is { } format
            ? (format.Base, j => format.Read(j))
            : (ReaderFuzzTests.Formats[name].Valid, j => ReaderFuzzTests.Formats[name].Read(j));
    }


    private static void Collect(JsonNode? node, object[] at, List<object[]> paths)
    {
        paths.Add(at);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Collect(value, [.. at, key], paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], [.. at, i], paths);
                }

                break;
        }
    }

    private static string? Check(string name, string text, Func<string, object> read)
    {
        object result;
        try
        {
            result = read(text);
        }
        catch (Exception e)
        {
            return $"{name}: {e.GetType().Name}: {e.Message}{Environment.NewLine}{e.StackTrace?.Split('\n').Take(6).Aggregate((a, b) => a + "\n" + b)}{Environment.NewLine}on: {text}";
        }

        IReadOnlyList<FluentValidation.Results.ValidationFailure> problems = result switch
        {
            ValueTuple<bool, IReadOnlyList<FluentValidation.Results.ValidationFailure>> t => t.Item2,
            ValueTuple<object?, string> => [],
            _ => (IReadOnlyList<FluentValidation.Results.ValidationFailure>)result.GetType().GetProperty(nameof(LoadResult<object>.Problems))!.GetValue(result)!,
        };
        return problems.FirstOrDefault(p => !p.PropertyName.StartsWith('$') || !SafeText.IsWellFormed(p.PropertyName) || !SafeText.IsWellFormed(p.ErrorMessage)) is { } bad
            ? $"{name}: ill-formed problem '{bad.PropertyName}: {bad.ErrorMessage}' on: {text}"
            : null;
    }
}
