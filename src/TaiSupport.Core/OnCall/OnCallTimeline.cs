using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Who is on call at a level at an instant (manual §5.1, D18). <see cref="Person"/> holds the level then (the shift
/// holder or whoever covers by override); they are <see cref="IsOnCall"/> only while the rotation's coverage window
/// is open. Outside the window (Level 1 during business hours) nobody is paged at that level.
/// </summary>
/// <param name="Level">The level asked about.</param>
/// <param name="Person">Who holds the level at that instant, or null when nobody is scheduled.</param>
/// <param name="InCoverage">True while the coverage window is open.</param>
/// <param name="Since">When <see cref="Person"/>'s stretch began (a hand-off or an override's start), or null.</param>
/// <param name="Until">When it ends, or null.</param>
/// <param name="Holder">Who holds the shift itself; differs from <see cref="Person"/> during an override.</param>
/// <param name="IsOverride">True when <see cref="Person"/> covers by override.</param>
public readonly record struct OnCallAnswer(
    OnCallLevel Level, string? Person, bool InCoverage, Instant? Since, Instant? Until, string? Holder, bool IsOverride)
{
    /// <summary>True when someone is scheduled and the coverage window is open: page <see cref="Person"/>.</summary>
    public bool IsOnCall => Person is not null && InCoverage;

    /// <summary>Who to page now, or null.</summary>
    public string? OnCall => IsOnCall ? Person : null;
}

/// <summary>A stretch of one level held by one person: a shift, or the part of a shift an override changed.</summary>
/// <param name="Level">The level.</param>
/// <param name="Start">Start (inclusive).</param>
/// <param name="End">End (exclusive).</param>
/// <param name="Person">Who holds the level; null for a gap.</param>
/// <param name="Holder">Who holds the shift; differs from <paramref name="Person"/> during an override.</param>
/// <param name="ShiftDate">The hand-off date of the shift this stretch belongs to, or null outside any rotation shift.</param>
/// <param name="IsOverride">True when <paramref name="Person"/> covers by override.</param>
public sealed record OnCallSegment(OnCallLevel Level, Instant Start, Instant End, string? Person, string? Holder, LocalDate? ShiftDate, bool IsOverride);

/// <summary>
/// A compiled <see cref="OnCallSchedule"/>: answers who is on call at any instant in a couple of binary searches,
/// without allocating (<see cref="Who"/>), and lists the stretches of each level in a range (<see cref="Segments(OnCallLevel, Instant, Instant)"/>).
/// Create one with <see cref="OnCallSchedule.Compile"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Each level is precompiled into sorted, non-overlapping stretches (shifts split by overrides; gaps kept as stretches
/// with nobody), so every instant between the first and last hand-off belongs to exactly one stretch. Coverage is the
/// rotation's <see cref="CoverageWindow"/> compiled to a <see cref="BusinessCalendar"/>.
/// </remarks>
/// <example>
/// <code>
/// var timeline = schedule.Compile();
/// var answer = timeline.Who(OnCallLevel.Support, Instant.FromUtc(2026, 3, 9, 3, 0)); // Sunday 20:00 PDT
/// Console.WriteLine(answer.OnCall); // "Marcus"
/// </code>
/// </example>
public sealed class OnCallTimeline
{
    private readonly LevelLine?[] lines = new LevelLine?[3];

    internal OnCallTimeline(OnCallSchedule schedule)
    {
        Schedule = schedule;
        foreach (var rotation in schedule.Team.Rotations)
        {
            lines[(int)rotation.Level - 1] = new LevelLine(rotation, schedule);
        }

        Levels = [.. schedule.Team.Rotations.Select(r => r.Level).Order()];
    }

    /// <summary>The schedule this timeline was compiled from.</summary>
    public OnCallSchedule Schedule { get; }

    /// <summary>The levels the team staffs, in order.</summary>
    public ImmutableArray<OnCallLevel> Levels { get; }

    /// <summary>Who is on call at <paramref name="level"/> at <paramref name="instant"/>. Allocation-free.</summary>
    /// <param name="level">The level.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>The answer; <see cref="OnCallAnswer.Person"/> is null outside the schedule or in a gap.</returns>
    public OnCallAnswer Who(OnCallLevel level, Instant instant)
    {
        var line = Line(level);
        if (line is null)
        {
            return new OnCallAnswer(level, null, false, null, null, null, false);
        }

        var i = line.IndexAt(instant);
        var inCoverage = line.Coverage.IsOpen(instant);
        if (i < 0)
        {
            return new OnCallAnswer(level, null, inCoverage, null, null, null, false);
        }

        var entry = line.Entries[i];
        return new OnCallAnswer(level, entry.Person, inCoverage, line.Starts[i], line.EndOf(i), entry.Holder, entry.IsOverride);
    }

    /// <summary>Who is on call at every staffed level at <paramref name="instant"/>, in level order.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>One answer per level.</returns>
    public ImmutableArray<OnCallAnswer> WhoAll(Instant instant) => [.. Levels.Select(level => Who(level, instant))];

    /// <summary>The stretches of <paramref name="level"/> that overlap <c>[from, to)</c>, clipped to it, including gaps.</summary>
    /// <param name="level">The level.</param>
    /// <param name="from">Start (inclusive).</param>
    /// <param name="to">End (exclusive).</param>
    /// <returns>The stretches in order.</returns>
    public ImmutableArray<OnCallSegment> Segments(OnCallLevel level, Instant from, Instant to)
    {
        var line = Line(level);
        if (line is null || to <= from)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<OnCallSegment>();
        for (var i = Math.Max(0, line.IndexAt(from)); i < line.Entries.Length && line.Starts[i] < to; i++)
        {
            var start = Max(line.Starts[i], from);
            var end = Min(line.EndOf(i), to);
            if (start < end)
            {
                var entry = line.Entries[i];
                builder.Add(new OnCallSegment(level, start, end, entry.Person, entry.Holder, entry.ShiftDate, entry.IsOverride));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Every stretch of <paramref name="level"/>, from its first hand-off to its last.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The stretches in order; empty when the team has no such level or no shifts.</returns>
    public ImmutableArray<OnCallSegment> Segments(OnCallLevel level) =>
        Line(level) is { Entries.Length: > 0 } line ? Segments(level, line.Starts[0], line.End) : [];

    /// <summary>The coverage window of <paramref name="level"/> as a calendar, or null when the team has no such level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The calendar.</returns>
    public BusinessCalendar? Coverage(OnCallLevel level) => Line(level)?.Coverage;

    /// <summary>The rotation of <paramref name="level"/>, or null.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The rotation.</returns>
    public Rotation? Rotation(OnCallLevel level) => Line(level)?.Rotation;

    internal LevelLine? Line(OnCallLevel level) => (uint)(level - 1) < 3 ? lines[(int)level - 1] : null;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    /// <summary>One stretch of a level.</summary>
    internal readonly record struct Entry(string? Person, string? Holder, LocalDate? ShiftDate, bool IsOverride);

    /// <summary>One level compiled: sorted stretch starts, the end of the last, and coverage.</summary>
    internal sealed class LevelLine
    {
        public LevelLine(Rotation rotation, OnCallSchedule schedule)
        {
            Rotation = rotation;
            Coverage = rotation.CoverageCalendar();
            var shifts = schedule.Shifts.Where(s => s.Level == rotation.Level)
                .Select(s => (Slot: rotation.SlotOn(s.Date, s.Time), s.Person))
                .Where(s => s.Slot.End > s.Slot.Start)
                .OrderBy(s => s.Slot.Start)
                .ToArray();
            Shifts = [.. shifts];
            var covers = schedule.Overrides.Where(o => o.Level == rotation.Level).ToArray();
            var boundaries = shifts.SelectMany(s => new[] { s.Slot.Start, s.Slot.End })
                .Concat(covers.SelectMany(o => new[] { o.Start, o.End }))
                .Distinct()
                .Order()
                .ToArray();
            var starts = new List<Instant>();
            var entries = new List<Entry>();
            for (var b = 0; b + 1 < boundaries.Length; b++)
            {
                var entry = EntryAt(boundaries[b], shifts, covers);
                if (entries.Count > 0 && entries[^1] == entry)
                {
                    continue;
                }

                starts.Add(boundaries[b]);
                entries.Add(entry);
            }

            Starts = [.. starts];
            Entries = [.. entries];
            End = boundaries.Length > 0 ? boundaries[^1] : Instant.MinValue;
        }

        public Rotation Rotation { get; }

        public BusinessCalendar Coverage { get; }

        /// <summary>The assigned shifts of this level, in order.</summary>
        public ImmutableArray<(RotationSlot Slot, string Person)> Shifts { get; }

        public Instant[] Starts { get; }

        public Entry[] Entries { get; }

        public Instant End { get; }

        public Instant EndOf(int index) => index + 1 < Starts.Length ? Starts[index + 1] : End;

        /// <summary>The stretch containing <paramref name="instant"/>, or -1 outside every stretch.</summary>
        public int IndexAt(Instant instant)
        {
            var starts = Starts;
            int lo = 0, hi = starts.Length - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (starts[mid] <= instant)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found >= 0 && instant < End ? found : -1;
        }

        private static Entry EntryAt(Instant at, (RotationSlot Slot, string Person)[] shifts, OnCallOverride[] covers)
        {
            var lo = 0;
            var hi = shifts.Length - 1;
            (RotationSlot Slot, string Person)? shift = null;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (shifts[mid].Slot.Start <= at)
                {
                    shift = shifts[mid];
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            if (shift is { } s && at >= s.Slot.End)
            {
                shift = null;
            }

            var cover = covers.LastOrDefault(o => o.Start <= at && at < o.End);
            var holder = shift?.Person;
            return cover is null
                ? new Entry(holder, holder, shift?.Slot.Date, false)
                : new Entry(cover.Person, holder, shift?.Slot.Date, cover.Person != holder);
        }
    }
}
