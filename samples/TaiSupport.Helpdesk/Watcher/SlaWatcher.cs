using Microsoft.Extensions.Options;
using NodaTime;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Engine;
using TaiSupport.Helpdesk.Storage;

namespace TaiSupport.Helpdesk.Watcher;

/// <summary>
/// The background SLA watcher: every <see cref="HelpdeskOptions.WatcherInterval"/> it evaluates the open tickets whose
/// next check (the ticket-life engine's <c>NextCheckAt</c>) has come, at the injected clock's instant, and records the
/// engine's fired alerts (D27: at risk, breach, reassign on every clock of the ticket) as notifications.
/// </summary>
/// <remarks>
/// <para><b>Exactly once.</b> A notification is keyed by (ticket, kind, cycle, alert instant) with a UNIQUE index (the
/// engine keeps a fired alert's instant), and a tick inserts with <c>ON CONFLICT DO NOTHING</c>. What to raise is the
/// engine's fired alerts at <c>now</c>, not
/// from what the last tick saw, so a restart re-reads the database and raises nothing twice, and a tick after a
/// downtime still raises what fell due meanwhile (a breach found late also records the at-risk it implies).</para>
/// <para><b>Many instances.</b> A tick claims its due tickets in batches (<see cref="TicketTransaction.ClaimDueForCheck"/>):
/// on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so instances share the work and never evaluate one ticket at once;
/// the unique key still decides, so a notification is raised (and logged) by exactly one instance.</para>
/// <para>A pause does not raise an alert again (the engine fires each rung once per cycle, D29 b); a priority or tier
/// change re-places every rung (D29 d), and an alert at a new instant is a new notification.</para>
/// </remarks>
internal sealed class SlaWatcher(
    TicketStore store, HelpdeskEngine engine, IClock clock, IOptions<HelpdeskOptions> options, ILogger<SlaWatcher> logger, WatcherSchedule schedule)
    : BackgroundService
{
    /// <summary>
    /// Evaluates the open tickets whose stored next check instant has come (<c>next_check_at &lt;= now</c>: an at-risk
    /// start, a due or the reassign instant) at the clock's current instant, records what is new and stores each
    /// ticket's next check instant. Tickets with nothing due cost nothing.
    /// </summary>
    /// <returns>The notifications raised by this tick (none that an earlier tick raised).</returns>
    public IReadOnlyList<NotificationView> Tick()
    {
        var now = clock.GetCurrentInstant();
        var raised = new List<NotificationView>();
        var after = string.Empty;
        if (!store.AnyDueForCheck(now))
        {
            return raised; // nothing due: no write transaction, so the watcher never takes the write lock for nothing
        }

        while (true)
        {
            // One lease per batch: the claimed tickets stay locked until their new SLA and notifications are committed,
            // so on PostgreSQL another instance's watcher skips them and a request on one of them waits its turn.
            var (claimed, last, batch) = store.InTransaction(tx =>
            {
                var due = tx.ClaimDueForCheck(now, after, BatchSize);
                var recorded = new List<NotificationView>();
                foreach (var ticket in due)
                {
                    var (evaluation, dues) = engine.Watch(ticket, now);
                    tx.SaveSla(ticket.Id, evaluation, engine.Columns(ticket, evaluation), onlyIfChanged: true);
                    foreach (var notification in dues)
                    {
                        if (tx.TryRecordNotification(ticket.Id, notification, now))
                        {
                            recorded.Add(new NotificationView(0, ticket.Id, notification.Kind, notification.Due, now, notification.Message,
                                notification.Cycle, notification.At, notification.Rule));
                        }
                    }
                }

                return (due.Count, due.Count == 0 ? after : due[^1].Id, recorded);
            });

            // Raised once committed: a notification is announced by the one instance whose insert won.
            foreach (var notification in batch)
            {
                logger.LogWarning("{Ticket} {Kind}: {Message}", notification.TicketId, notification.Kind, notification.Message);
            }

            raised.AddRange(batch);
            if (claimed < BatchSize)
            {
                return raised;
            }

            after = last;
        }
    }

    /// <summary>How many due tickets one watcher transaction claims (small, so requests wait little for the write lock).</summary>
    private const int BatchSize = 25;

    /// <summary>Fills the queue columns of rows written before schema version 3 (once, at start-up); returns how many.</summary>
    public int BackfillQueueColumns()
    {
        var now = clock.GetCurrentInstant();
        var rows = store.WithoutQueueColumns();
        foreach (var ticket in rows)
        {
            var evaluation = engine.Evaluate(ticket, now);
            store.SaveSla(ticket.Id, evaluation, engine.ColumnsForWrite(ticket, evaluation, now));
        }

        return rows.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.WatcherInterval;
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("The SLA watcher loop is off (Helpdesk:WatcherInterval is {Interval}).", interval);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            Instant? next = null;
            schedule.Begin(); // a write committed from here on wakes the sleep below
            try
            {
                Tick();
                next = store.EarliestCheck();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed tick (a locked file, a bad row) must not stop the watcher; the next tick catches up.
                logger.LogError(e, "The SLA watcher tick failed; retrying in {Interval}.", interval);
            }

            try
            {
                await schedule.Sleep(clock.GetCurrentInstant(), next, interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
