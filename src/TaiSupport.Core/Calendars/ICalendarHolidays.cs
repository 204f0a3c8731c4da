using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Reads a company's holidays from an iCalendar file (RFC 5545, as exported by Google Calendar, Outlook or Apple
/// Calendar): every all-day <c>VEVENT</c> (<c>DTSTART;VALUE=DATE</c>) closes its dates, named by its <c>SUMMARY</c>
/// (issue 13; docs/calendars.md "Holiday sets"). Merge the result into a calendar with
/// <see cref="BusinessCalendarDefinition.WithHolidays(IEnumerable{NamedHoliday})"/>.
/// </summary>
/// <remarks>
/// <para>Read: line unfolding, <c>DTSTART</c>, <c>DTEND</c> (exclusive) or <c>DURATION</c> in days/weeks for
/// multi-day events, <c>SUMMARY</c> with its escapes, <c>EXDATE</c>, <c>STATUS:CANCELLED</c>, and yearly recurrence
/// <c>RRULE:FREQ=YEARLY</c> with <c>INTERVAL</c>, <c>COUNT</c>, <c>UNTIL</c>, one <c>BYMONTH</c> and either one
/// <c>BYMONTHDAY</c> or one <c>BYDAY</c> with an ordinal (<c>4TH</c>, <c>-1MO</c>). Timed events (a date-time
/// <c>DTSTART</c>) are not holidays and are skipped; other components (<c>VTIMEZONE</c>, <c>VALARM</c>, <c>VTODO</c>)
/// are ignored. Anything else in a rule is a problem, not a guess.</para>
/// <para>Bad input gives problems named <c>line N</c> (the line where the offending property starts), every one at
/// once (at most 100), never an exception.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = ICalendarHolidays.Read(File.ReadAllText("company.ics"), 2026, 2027);
/// var definition = result.IsValid ? calendar.Definition.WithHolidays(result.Value!) : throw …;
/// </code>
/// </example>
public static class ICalendarHolidays
{
    /// <summary>The most holidays one file may expand to.</summary>
    public const int MaxHolidays = 100_000;

    private const int MaxProblems = 100;
    private const int MaxEventDays = 366;
    private static readonly LocalDatePattern BasicDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>Reads the all-day events of <paramref name="text"/> that fall in <paramref name="fromYear"/>–<paramref name="throughYear"/>.</summary>
    /// <param name="text">The iCalendar text.</param>
    /// <param name="fromYear">The first year to list (recurring events are expanded over the range).</param>
    /// <param name="throughYear">The last year, included.</param>
    /// <returns>The holidays in date order (one per date: the first event in the file names it), or every problem.</returns>
    public static LoadResult<IReadOnlyList<NamedHoliday>> Read(string text, int fromYear, int throughYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(Math.Clamp(fromYear, 1, 9990), Math.Clamp(throughYear, 1, 9990));
        reader.Run(text);
        if (fromYear > throughYear)
        {
            reader.Problem(1, $"the years run backwards ({fromYear}–{throughYear}).");
        }

        return reader.Problems.Count == 0
            ? LoadResult<IReadOnlyList<NamedHoliday>>.Success(reader.Result())
            : LoadResult<IReadOnlyList<NamedHoliday>>.Failure(reader.Problems);
    }

    private sealed class Reader(int fromYear, int throughYear)
    {
        private readonly List<ValidationFailure> problems = [];
        private readonly SortedDictionary<LocalDate, string> holidays = [];
        private int dropped;

        public IReadOnlyList<ValidationFailure> Problems =>
            dropped == 0 ? problems : [.. problems, new ValidationFailure("file", $"… and {dropped} more problems.")];

        public IReadOnlyList<NamedHoliday> Result() => [.. holidays.Select(p => new NamedHoliday(p.Key, p.Value))];

        public void Problem(int line, string message)
        {
            if (problems.Count >= MaxProblems)
            {
                dropped++;
                return;
            }

            problems.Add(new ValidationFailure($"line {line}", message));
        }

        public void Run(string text)
        {
            var lines = Unfold(text);
            if (lines.Count == 0 || !lines[0].Is("BEGIN", "VCALENDAR"))
            {
                Problem(lines.Count == 0 ? 1 : lines[0].Number, "not an iCalendar file: it must start with BEGIN:VCALENDAR.");
                return;
            }

            var stack = new Stack<(string Name, int Line)>();
            Event? current = null;
            var ended = false;
            foreach (var line in lines)
            {
                if (ended)
                {
                    Problem(line.Number, "text after END:VCALENDAR.");
                    break;
                }

                if (line.Name is "BEGIN")
                {
                    var component = line.Value.ToUpperInvariant();
                    if (stack.Count == 1 && component == "VEVENT")
                    {
                        current = new Event(line.Number);
                    }

                    stack.Push((component, line.Number));
                    continue;
                }

                if (line.Name is "END")
                {
                    var component = line.Value.ToUpperInvariant();
                    if (stack.Count == 0 || stack.Peek().Name != component)
                    {
                        Problem(line.Number, stack.Count == 0
                            ? $"END:{SafeText.Echo(line.Value, 40)} without a BEGIN."
                            : $"END:{SafeText.Echo(line.Value, 40)} closes BEGIN:{SafeText.Echo(stack.Peek().Name, 40)} of line {stack.Peek().Line}.");
                        return;
                    }

                    stack.Pop();
                    if (component == "VEVENT" && stack.Count == 1 && current is not null)
                    {
                        Finish(current);
                        current = null;
                    }

                    ended = stack.Count == 0;
                    continue;
                }

                if (current is not null && stack.Count == 2)
                {
                    Read(current, line);
                }
            }

            if (stack.Count > 0)
            {
                Problem(stack.Peek().Line, $"BEGIN:{SafeText.Echo(stack.Peek().Name, 40)} is never ended.");
            }
        }

        private void Read(Event e, ContentLine line)
        {
            switch (line.Name)
            {
                case "DTSTART":
                    e.StartLine = line.Number;
                    e.Start = ReadDateOrTimed(line, out e.Timed);
                    break;
                case "DTEND":
                    e.EndLine = line.Number;
                    e.End = ReadDateOrTimed(line, out _);
                    break;
                case "DURATION":
                    e.EndLine = line.Number;
                    e.DurationDays = ReadDays(line);
                    break;
                case "SUMMARY":
                    e.Summary = Unescape(line.Value);
                    break;
                case "STATUS":
                    e.Cancelled = line.Value.Equals("CANCELLED", StringComparison.OrdinalIgnoreCase);
                    break;
                case "RRULE":
                    e.Rule = ReadRule(line);
                    e.RuleLine = line.Number;
                    break;
                case "EXDATE":
                    foreach (var part in line.Value.Split(','))
                    {
                        if (ParseDate(part, out var date))
                        {
                            e.Excluded.Add(date);
                        }
                        else
                        {
                            Problem(line.Number, $"EXDATE: \"{SafeText.Echo(part, 40)}\" is not a date (yyyyMMdd).");
                        }
                    }

                    break;
            }
        }

        private LocalDate? ReadDateOrTimed(ContentLine line, out bool timed)
        {
            var value = line.Value;
            timed = !line.Parameter("VALUE").Equals("DATE", StringComparison.OrdinalIgnoreCase) && value.Length > 8;
            if (timed)
            {
                // A date-time such as 20261225T090000Z: a timed event, not a holiday; only its date is checked.
                value = value.Length >= 9 && value[8] == 'T' ? value[..8] : value;
            }

            if (ParseDate(value, out var date))
            {
                return date;
            }

            Problem(line.Number, $"{line.Name}: \"{SafeText.Echo(line.Value, 40)}\" is not a date (yyyyMMdd) or date-time.");
            return null;
        }

        private int? ReadDays(ContentLine line)
        {
            var text = line.Value;
            var negative = text.StartsWith('-');
            var body = text.TrimStart('+', '-');
            if (!negative && body.Length > 2 && body[0] == 'P' && (body[^1] == 'D' || body[^1] == 'W')
                && int.TryParse(body.AsSpan(1, body.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                return body[^1] == 'W' ? n * 7 : n;
            }

            Problem(line.Number, $"DURATION: \"{SafeText.Echo(text, 40)}\" is not a positive whole number of days or weeks (P1D, P2W).");
            return null;
        }

        private Rule? ReadRule(ContentLine line)
        {
            var rule = new Rule();
            var ok = true;
            foreach (var part in line.Value.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                var key = eq < 0 ? part.ToUpperInvariant() : part[..eq].ToUpperInvariant();
                var value = eq < 0 ? string.Empty : part[(eq + 1)..];
                switch (key)
                {
                    case "FREQ":
                        rule.Yearly = value.Equals("YEARLY", StringComparison.OrdinalIgnoreCase);
                        if (!rule.Yearly)
                        {
                            Problem(line.Number, $"RRULE: FREQ={SafeText.Echo(value, 20)} is not read; a holiday repeats FREQ=YEARLY.");
                            ok = false;
                        }

                        break;
                    case "INTERVAL":
                        ok &= Number(line, key, value, 1, 100, out rule.Interval);
                        break;
                    case "COUNT":
                        ok &= Number(line, key, value, 1, 10_000, out var count);
                        rule.Count = count;
                        break;
                    case "UNTIL":
                        var untilText = value.Length >= 9 && value[8] == 'T' ? value[..8] : value;
                        if (ParseDate(untilText, out var until))
                        {
                            rule.Until = until;
                        }
                        else
                        {
                            Problem(line.Number, $"RRULE: UNTIL={SafeText.Echo(value, 40)} is not a date.");
                            ok = false;
                        }

                        break;
                    case "BYMONTH":
                        ok &= Number(line, key, value, 1, 12, out var month);
                        rule.Month = month;
                        break;
                    case "BYMONTHDAY":
                        ok &= Number(line, key, value, 1, 31, out var day);
                        rule.MonthDay = day;
                        break;
                    case "BYDAY":
                        ok &= ReadByDay(line, value, rule);
                        break;
                    case "WKST":
                        break;
                    default:
                        Problem(line.Number, $"RRULE: {SafeText.Echo(key, 20)} is not read; use BYMONTH with BYMONTHDAY or BYDAY (such as 4TH), INTERVAL, COUNT, UNTIL.");
                        ok = false;
                        break;
                }
            }

            if (ok && !rule.Yearly)
            {
                Problem(line.Number, "RRULE: FREQ=YEARLY is missing.");
                ok = false;
            }

            if (ok && rule.MonthDay is not null && rule.Weekday is not null)
            {
                Problem(line.Number, "RRULE: give BYMONTHDAY or BYDAY, not both.");
                ok = false;
            }

            return ok ? rule : null;
        }

        private bool ReadByDay(ContentLine line, string value, Rule rule)
        {
            var code = value.Length >= 2 ? value[^2..].ToUpperInvariant() : string.Empty;
            var index = Array.IndexOf(DayCodes, code);
            var ordinalText = value.Length >= 2 ? value[..^2] : string.Empty;
            if (index >= 0 && int.TryParse(ordinalText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ordinal)
                && ordinal != 0 && ordinal is >= -5 and <= 5)
            {
                rule.Weekday = (IsoDayOfWeek)(index + 1);
                rule.Ordinal = ordinal;
                return true;
            }

            Problem(line.Number, $"RRULE: BYDAY={SafeText.Echo(value, 20)} is not read; give one weekday with its place in the month (4TH, 1MO, -1MO).");
            return false;
        }

        private bool Number(ContentLine line, string key, string value, int min, int max, out int number)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max)
            {
                return true;
            }

            Problem(line.Number, $"RRULE: {key}={SafeText.Echo(value, 20)} is not a whole number from {min} to {max}.");
            return false;
        }

        private void Finish(Event e)
        {
            if (e.Start is null)
            {
                if (e.StartLine == 0)
                {
                    Problem(e.Line, "VEVENT has no DTSTART.");
                }

                return;
            }

            if (e.Timed || e.Cancelled)
            {
                return;
            }

            var start = e.Start.Value;
            var days = e.DurationDays ?? (e.End is { } end ? Period.DaysBetween(start, end) : 1);
            if (days < 1 || days > MaxEventDays)
            {
                Problem(e.EndLine == 0 ? e.Line : e.EndLine, $"an all-day event lasts 1–{MaxEventDays} days; this one {days}.");
                return;
            }

            if (start.Year < 1 || start.Year > 9990)
            {
                Problem(e.StartLine, "DTSTART is outside the supported years 1–9990.");
                return;
            }

            var name = string.IsNullOrWhiteSpace(e.Summary) ? "Holiday" : e.Summary.Trim();
            name = WellFormed(name.Length > BusinessCalendarJson.MaxHolidayNameLength ? name[..BusinessCalendarJson.MaxHolidayNameLength] : name);

            if (e.RuleLine != 0 && e.Rule is null)
            {
                return;
            }

            foreach (var first in Occurrences(start, e.Rule))
            {
                if (e.Excluded.Contains(first))
                {
                    continue;
                }

                for (var d = 0; d < days; d++)
                {
                    var date = first.PlusDays(d);
                    if (date.Year < fromYear || date.Year > throughYear)
                    {
                        continue;
                    }

                    if (holidays.Count >= MaxHolidays)
                    {
                        Problem(e.Line, $"the file expands to more than {MaxHolidays} holidays; give a shorter year range.");
                        return;
                    }

                    holidays.TryAdd(date, name);
                }
            }
        }

        /// <summary>The event's start dates: DTSTART, then (with a rule) each yearly occurrence after it, up to the year range's end.</summary>
        private IEnumerable<LocalDate> Occurrences(LocalDate start, Rule? rule)
        {
            yield return start;
            if (rule is null)
            {
                yield break;
            }

            var produced = 1;
            for (var year = start.Year; year <= Math.Min(throughYear, 9989); year += rule.Interval)
            {
                if (rule.Count is { } count && produced >= count)
                {
                    yield break;
                }

                if (DateIn(year, start, rule) is not { } date || date <= start)
                {
                    continue;
                }

                if (rule.Until is { } until && date > until)
                {
                    yield break;
                }

                produced++;
                yield return date;
            }
        }

        private static LocalDate? DateIn(int year, LocalDate start, Rule rule)
        {
            var month = rule.Month ?? start.Month;
            var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
            if (rule.Weekday is { } weekday)
            {
                if (rule.Ordinal > 0)
                {
                    var first = new LocalDate(year, month, 1);
                    var date = first.PlusDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (rule.Ordinal - 1)));
                    return date.Month == month ? date : null;
                }

                var last = new LocalDate(year, month, daysInMonth);
                var back = last.PlusDays(-((((int)last.DayOfWeek - (int)weekday + 7) % 7) + (7 * (-rule.Ordinal - 1))));
                return back.Month == month ? back : null;
            }

            var day = rule.MonthDay ?? start.Day;
            return day <= daysInMonth ? new LocalDate(year, month, day) : null;
        }

        private static bool ParseDate(string text, out LocalDate date)
        {
            var parsed = BasicDate.Parse(text.Trim());
            date = parsed.Success ? parsed.Value : default;
            return parsed.Success && date.Year is >= 1 and <= 9990;
        }

        /// <summary>The text with every unpaired surrogate replaced by U+FFFD, so a name always writes as JSON.</summary>
        private static string WellFormed(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(chars[i]))
                {
                    chars[i] = '\uFFFD';
                }
            }

            return new string(chars);
        }

        private static string Unescape(string value)
        {
            var builder = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '\\' && i + 1 < value.Length)
                {
                    var next = value[++i];
                    builder.Append(next is 'n' or 'N' ? ' ' : next);
                }
                else
                {
                    builder.Append(value[i]);
                }
            }

            return builder.ToString();
        }

        private List<ContentLine> Unfold(string text)
        {
            var result = new List<ContentLine>();
            var builder = new StringBuilder();
            var startLine = 0;
            var number = 0;
            foreach (var raw in text.Split('\n'))
            {
                number++;
                var line = raw.EndsWith('\r') ? raw[..^1] : raw;
                if (number == 1 && line.StartsWith('\uFEFF'))
                {
                    line = line[1..];
                }

                if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
                {
                    if (startLine == 0)
                    {
                        Problem(number, "a continuation line (starting with a space) before any property.");
                        continue;
                    }

                    builder.Append(line, 1, line.Length - 1);
                    continue;
                }

                Flush();
                if (line.Length > 0)
                {
                    builder.Append(line);
                    startLine = number;
                }
            }

            Flush();
            return result;

            void Flush()
            {
                if (builder.Length == 0)
                {
                    return;
                }

                var parsed = ContentLine.Parse(builder.ToString(), startLine);
                if (parsed is null)
                {
                    Problem(startLine, $"\"{SafeText.Echo(builder.ToString(), 40)}\" is not a property line (NAME:value).");
                }
                else
                {
                    result.Add(parsed);
                }

                builder.Clear();
            }
        }
    }

    private sealed class Event(int line)
    {
        public int Line { get; } = line;

        public int StartLine;
        public int EndLine;
        public int RuleLine;
        public LocalDate? Start;
        public LocalDate? End;
        public int? DurationDays;
        public bool Timed;
        public bool Cancelled;
        public string? Summary;
        public Rule? Rule;

        public HashSet<LocalDate> Excluded { get; } = [];
    }

    private sealed class Rule
    {
        public bool Yearly;
        public int Interval = 1;
        public int? Count;
        public LocalDate? Until;
        public int? Month;
        public int? MonthDay;
        public IsoDayOfWeek? Weekday;
        public int Ordinal;
    }

    /// <summary>One unfolded content line: <c>NAME;PARAM=VALUE:value</c> (RFC 5545 §3.1).</summary>
    private sealed class ContentLine(string name, ImmutableDictionary<string, string> parameters, string value, int number)
    {
        public string Name { get; } = name;

        public string Value { get; } = value;

        public int Number { get; } = number;

        public bool Is(string property, string component) => Name == property && Value.Equals(component, StringComparison.OrdinalIgnoreCase);

        public string Parameter(string key) => parameters.GetValueOrDefault(key, string.Empty);

        public static ContentLine? Parse(string text, int number)
        {
            var quoted = false;
            var colon = -1;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (text[i] == ':' && !quoted)
                {
                    colon = i;
                    break;
                }
            }

            if (colon <= 0)
            {
                return null;
            }

            var head = text[..colon].Split(';');
            if (head[0].Length == 0)
            {
                return null;
            }

            var parameters = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in head.Skip(1))
            {
                var eq = p.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    parameters[p[..eq]] = p[(eq + 1)..].Trim('"');
                }
            }

            return new ContentLine(head[0].ToUpperInvariant(), parameters.ToImmutable(), text[(colon + 1)..], number);
        }
    }
}
