using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Fuzzing;

/// <summary>
/// The public engine entry points given odd-but-valid values (session 7 sweep): NodaTime's extremes, dates near years
/// 1 and 9999, zones with odd transitions (Pacific/Apia skipped 2011-12-30, Australia/Lord_Howe's half-hour DST,
/// Africa/Casablanca's Ramadan switches), huge and negative durations. Every call gives a value or one of the documented
/// exceptions (docs/calendars.md: <see cref="InvalidOperationException"/> when the open time never adds up; an
/// <see cref="ArgumentException"/> naming its parameter) — never an overflow, a null reference or NodaTime's own error.
/// </summary>
public sealed class EngineExtremesTests(ITestOutputHelper output)
{
    private static readonly Instant[] Instants =
    [
        Instant.MinValue, Instant.MaxValue, Instant.MinValue + Duration.FromDays(1), Instant.MaxValue - Duration.FromDays(1),
        Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(2, 1, 1, 0, 0), Instant.FromUtc(9996, 12, 31, 23, 0), Instant.FromUtc(9999, 12, 31, 23, 59),
        Instant.FromUtc(2011, 12, 29, 10, 0), Instant.FromUtc(2011, 12, 30, 10, 0), Instant.FromUtc(2026, 4, 4, 15, 0), Instant.FromUtc(2026, 10, 3, 15, 30),
        Instant.FromUtc(2026, 2, 15, 1, 0), Instant.FromUtc(2026, 3, 22, 2, 0), Instant.FromUtc(1970, 1, 1, 0, 0), Instant.FromUnixTimeTicks(-1),
    ];

    private static readonly Duration[] Durations =
    [
        Duration.Zero, Duration.Epsilon, -Duration.Epsilon, Duration.FromMinutes(-30), Duration.FromHours(8), Duration.FromHours(24 * 365),
        Duration.FromDays(365 * 9000), -Duration.FromDays(365 * 9000), Duration.MaxValue, Duration.MinValue,
    ];

    private static IEnumerable<(string Name, BusinessCalendar Calendar)> Calendars()
    {
        yield return ("professional-hours", BusinessCalendars.ProfessionalHours);
        yield return ("always", BusinessCalendars.Always);
        foreach (var zone in new[] { "Pacific/Apia", "Australia/Lord_Howe", "Africa/Casablanca", "Etc/GMT-14", "Etc/GMT+12" })
        {
            yield return (zone, BusinessCalendar.For(zone).OpenWeekdays(new LocalTime(0, 0), new LocalTime(23, 59)).Holiday(new LocalDate(2011, 12, 30)).Build());
            yield return (zone + " 01:30-02:30", BusinessCalendar.For(zone).OpenEveryDay(new LocalTime(1, 30), new LocalTime(2, 30)).Build());
        }
    }

    [Fact]
    public void CalendarMethods_AtTheExtremes_GiveAValueOrADocumentedException()
    {
        var (calls, faults) = (0, new List<string>());
        foreach (var (name, calendar) in Calendars())
        {
            foreach (var at in Instants)
            {
                Call($"{name} IsOpen({at})", () => calendar.IsOpen(at));
                Call($"{name} NextOpening({at})", () => calendar.NextOpening(at));
                Call($"{name} NextClosing({at})", () => calendar.NextClosing(at));
                Call($"{name} PreviousOpening({at})", () => calendar.PreviousOpening(at));
                Call($"{name} PreviousClosing({at})", () => calendar.PreviousClosing(at));
                Call($"{name} ClosedReason({at})", () => calendar.ClosedReason(at));
                Call($"{name} AddWorkingDays({at}, 3)", () => calendar.AddWorkingDays(at, 3, WorkingDayMode.SameLocalTime));
                Call($"{name} AddWorkingDays({at}, -3)", () => calendar.AddWorkingDays(at, -3, WorkingDayMode.SameLocalTime));
                foreach (var other in Instants)
                {
                    Call($"{name} Elapsed({at}, {other})", () => calendar.Elapsed(at, other));
                }

                foreach (var d in Durations)
                {
                    Call($"{name} Add({at}, {d})", () => calendar.Add(at, d));
                    Call($"{name} TryAdd({at}, {d})", () => calendar.TryAdd(at, d, DueAtClosing.NextOpening, out _));
                    Call($"{name} Subtract({at}, {d})", () => calendar.Subtract(at, d));
                    Call($"{name} TrySubtract({at}, {d})", () => calendar.TrySubtract(at, d, StartAtOpening.PreviousClosing, out _));
                }
            }

            foreach (var date in new[] { new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(-9998, 1, 1), new LocalDate(2011, 12, 30), new LocalDate(2026, 4, 5) })
            {
                Call($"{name} IsWorkingDay({date})", () => calendar.IsWorkingDay(date));
                Call($"{name} WorkingHours({date})", () => calendar.WorkingHours(date));
                Call($"{name} NextWorkingDay({date})", () => calendar.NextWorkingDay(date));
                Call($"{name} PreviousWorkingDay({date})", () => calendar.PreviousWorkingDay(date));
                Call($"{name} WorkingDaysBetween({date}, 2026-01-01)", () => calendar.WorkingDaysBetween(date, new LocalDate(2026, 1, 1)));
            }
        }

        output.WriteLine($"{calls} calendar calls");
        var kinds = faults.GroupBy(f => System.Text.RegularExpressions.Regex.Replace(f, @"^\S+( \S+)? (\w+)\(.*?\): (\w+):.*?( at TaiSupport\S+)?.*$", "$2 $3$4"));
        Assert.True(faults.Count == 0, $"{faults.Count} of {calls} calls failed:{Environment.NewLine}{string.Join(Environment.NewLine, kinds.Select(k => $"{k.Count()} × {k.Key}; first: {k.First()}"))}");

        void Call(string what, Func<object?> call)
        {
            calls++;
            if (Fault(call) is { } fault)
            {
                faults.Add($"{what}: {fault}");
            }
        }
    }

    [Fact]
    public void SlaEvaluationAndItsJson_AtTheExtremes_GiveAResultOrADocumentedException()
    {
        var evaluator = new SlaEvaluator(SlaPolicy.Default);
        var (calls, faults) = (0, new List<string>());
        foreach (var created in Instants)
        {
            foreach (var now in Instants)
            {
                var ticket = new Ticket { Id = "T-1", Tier = Tier.Enterprise, Priority = Priority.Critical, CreatedAt = created };
                if (!Ticket.Validate(ticket).IsValid)
                {
                    continue; // the validator's range (docs/sla.md): such a ticket is refused at the boundary
                }

                calls++;
                SlaResult? result = null;
                if (Fault(() => result = evaluator.Evaluate(ticket, now)) is { } fault)
                {
                    faults.Add($"Evaluate(created {created}, now {now}): {fault}");
                }

                foreach (var zone in result is null ? [] : new[] { "Pacific/Apia", "Australia/Lord_Howe", "Etc/GMT-14", "Etc/GMT+12" })
                {
                    calls++;
                    if (Fault(() => TaiSupport.Core.Json.TaiResultJson.Sla(result!, DateTimeZoneProviders.Tzdb[zone]).ToJsonString()) is { } written)
                    {
                        faults.Add($"TaiResultJson.Sla(created {created}, now {now}, {zone}): {written}");
                    }
                }
            }
        }

        output.WriteLine($"{calls} evaluations and writes");
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults.Take(25)));
    }

    /// <summary>Null when the call returned or threw a documented exception; else the exception's type and first frames.</summary>
    private static string? Fault(Func<object?> call)
    {
        try
        {
            call();
            return null;
        }
        catch (InvalidOperationException e) when (e.GetType() == typeof(InvalidOperationException))
        {
            return null;
        }
        catch (ArgumentException e) when (!string.IsNullOrEmpty(e.ParamName) && e.StackTrace?.Split('\n').FirstOrDefault(l => !l.TrimStart().StartsWith("at System.", StringComparison.Ordinal))?.Contains("TaiSupport", StringComparison.Ordinal) == true)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message} {string.Join(" | ", e.StackTrace?.Split('\n').Take(3).Select(l => l.Trim()) ?? [])}";
        }
    }
}
