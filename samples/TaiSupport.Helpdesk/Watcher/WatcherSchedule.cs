using NodaTime;

namespace TaiSupport.Helpdesk.Watcher;

/// <summary>
/// When the watcher wakes: it sleeps until the earliest stored next check (the ticket-life engine's
/// <c>NextCheckAt</c>, issue 14 item 5) or <see cref="HelpdeskOptions.WatcherInterval"/>, whichever comes first, and a
/// committed write whose next check is earlier than that wakes it at once (<see cref="Consider"/>). The interval is
/// only the cap that lets one instance see the writes of another (PostgreSQL); no ticket is polled.
/// </summary>
internal sealed class WatcherSchedule
{
    private readonly Lock gate = new();
    private Instant? sleepingUntil;
    private TaskCompletionSource nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A committed write stored <paramref name="nextCheck"/>: wakes the watcher when it sleeps past it.</summary>
    public void Consider(Instant nextCheck)
    {
        lock (gate)
        {
            if (sleepingUntil is { } until && nextCheck < until)
            {
                sleepingUntil = null;
                nudge.TrySetResult();
            }
        }
    }

    /// <summary>Starts a sleep: from now on any <see cref="Consider"/> wakes it, until <see cref="Sleep"/> narrows the instant.</summary>
    public void Begin()
    {
        lock (gate)
        {
            sleepingUntil = Instant.MaxValue;
            nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Sleeps until <paramref name="until"/> (at most <paramref name="cap"/>) or until a write wakes it.</summary>
    public async Task Sleep(Instant now, Instant? until, TimeSpan cap, CancellationToken cancel)
    {
        Task woken;
        TimeSpan delay;
        lock (gate)
        {
            woken = nudge.Task;
            delay = until is { } u && u - now < Duration.FromTimeSpan(cap) ? (u - now).ToTimeSpan() : cap;
            delay = delay < MinimumSleep ? MinimumSleep : delay;
            if (sleepingUntil is not null)
            {
                sleepingUntil = now + Duration.FromTimeSpan(delay);
            }
        }

        await Task.WhenAny(woken, Task.Delay(delay, cancel)).ConfigureAwait(false);
        cancel.ThrowIfCancellationRequested();
        lock (gate)
        {
            sleepingUntil = null;
        }
    }

    /// <summary>The shortest sleep between two ticks, so a write storm wakes the watcher at most this often.</summary>
    private static readonly TimeSpan MinimumSleep = TimeSpan.FromMilliseconds(20);
}
