using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// The open (or closed) stretches of a calendar within <c>[from, to)</c>, clipped to it, in order; an allocation-free
/// <c>foreach</c> (a struct with a struct enumerator). From <see cref="BusinessCalendar.OpenStretches"/> and
/// <see cref="BusinessCalendar.ClosedStretches"/>.
/// </summary>
public readonly struct CalendarStretches : IEquatable<CalendarStretches>
{
    private readonly BusinessCalendar calendar;
    private readonly Instant from;
    private readonly Instant to;
    private readonly bool open;

    internal CalendarStretches(BusinessCalendar calendar, Instant from, Instant to, bool open)
    {
        this.calendar = calendar;
        this.from = from;
        this.to = to;
        this.open = open;
    }

    /// <summary>Compares two stretch sequences by calendar, bounds and kind.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CalendarStretches left, CalendarStretches right) => left.Equals(right);

    /// <summary>Compares two stretch sequences by calendar, bounds and kind.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CalendarStretches left, CalendarStretches right) => !left.Equals(right);

    /// <summary>Starts the enumeration.</summary>
    /// <returns>A struct enumerator.</returns>
    public Enumerator GetEnumerator() => new(calendar, from, to, open);

    /// <inheritdoc/>
    public bool Equals(CalendarStretches other) =>
        ReferenceEquals(calendar, other.calendar) && from == other.from && to == other.to && open == other.open;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarStretches other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(calendar, from, to, open);

    /// <summary>Walks the stretches with <see cref="BusinessCalendar.NextOpening"/> and <see cref="BusinessCalendar.NextClosing"/> (binary searches).</summary>
    public struct Enumerator
    {
        private readonly BusinessCalendar calendar;
        private readonly Instant to;
        private readonly bool open;
        private Instant cursor;

        internal Enumerator(BusinessCalendar calendar, Instant from, Instant to, bool open)
        {
            this.calendar = calendar;
            this.to = to;
            this.open = open;
            cursor = from;
            Current = default;
        }

        /// <summary>The current stretch.</summary>
        public TimeStretch Current { get; private set; }

        /// <summary>Moves to the next stretch.</summary>
        /// <returns>False when there are no more.</returns>
        public bool MoveNext()
        {
            if (calendar is null)
            {
                return false;
            }

            while (cursor < to)
            {
                var isOpen = calendar.IsOpen(cursor);
                var boundary = isOpen ? calendar.NextClosing(cursor) : calendar.NextOpening(cursor);
                var end = boundary is { } b && b < to ? b : to;
                var start = cursor;
                cursor = end;
                if (isOpen == open)
                {
                    Current = new TimeStretch(start, end);
                    return true;
                }
            }

            return false;
        }
    }
}
