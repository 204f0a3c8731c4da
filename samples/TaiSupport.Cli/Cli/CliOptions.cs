using System.CommandLine;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Cli.Cli;

/// <summary>Options and loaders that several commands share.</summary>
internal static class CliOptions
{
    private static readonly Dictionary<string, BusinessCalendar> BuiltInCalendars = new(StringComparer.Ordinal)
    {
        [BusinessCalendars.StarterHoursId] = BusinessCalendars.StarterHours,
        [BusinessCalendars.ProfessionalHoursId] = BusinessCalendars.ProfessionalHours,
        [BusinessCalendars.AlwaysId] = BusinessCalendars.Always,
    };

    public static IReadOnlyDictionary<string, BusinessCalendar> Calendars => BuiltInCalendars;

    /// <summary><c>--input FILE</c> (JSON lines; <c>-</c> reads standard input).</summary>
    public static Option<string> Input(string description = "JSON-lines input file; - reads standard input.") => new("--input", "-i")
    {
        Description = description,
        Required = true,
    };

    /// <summary><c>--now</c>: the instant decisions are made at (date-time with offset).</summary>
    public static Option<string> Now(bool required) => new("--now")
    {
        Description = "The instant to evaluate at, with offset, e.g. 2026-01-26T17:00:00-08:00." + (required ? string.Empty : " Required unless stated otherwise."),
        Required = required,
    };

    /// <summary>Loads <c>--calendar</c>: a calendar JSON file or a built-in name.</summary>
    public static BusinessCalendar LoadCalendar(CliContext io, string pathOrName)
    {
        if (BuiltInCalendars.TryGetValue(pathOrName, out var builtIn))
        {
            return builtIn;
        }

        var result = BusinessCalendarJson.Read(io.ReadFile(pathOrName, "--calendar"));
        return result.IsValid
            ? result.Value!
            : throw new CliFatalException(
                $"--calendar: '{pathOrName}' is not a valid calendar:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    /// <summary>Runs a command body, turning a <see cref="CliFatalException"/> (or a date stepped out of range by the input) into a message on stderr and exit code 2.</summary>
    public static int Guard(CliContext io, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliFatalException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException && OutOfDateRange(e))
        {
            // Dates in a file far enough out (a schedule in year 9997, a ticket in 9998) step past the range the
            // calendars compute with; that is unusable input, not a bug: exit code 2 with the reason. Any other
            // overflow or range exception is a bug in tai and stays one (exit code 3), not a user error.
            io.Error.WriteLine($"error: the input reaches outside the dates tai computes with: {Core.Text.SafeText.Echo(e.Message.Split('\n')[0].Trim(), 300)}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Whether <paramref name="e"/> is date arithmetic leaving its range: thrown inside NodaTime, or the business calendar's own check of an instant.</summary>
    private static bool OutOfDateRange(Exception e) =>
        e.TargetSite?.DeclaringType?.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true || e is ArgumentOutOfRangeException { ParamName: "instant" };
}
