using Microsoft.Extensions.Options;
using NodaTime;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Engine;
using TaiSupport.Helpdesk.Storage;

namespace TaiSupport.Helpdesk.Watcher;

/// <summary>
/// The background SLA watcher: every <see cref="HelpdeskOptions.WatcherInterval"/> it evaluates the open tickets with
/// the engine at the injected clock's instant and records at-risk, breach and reassign notifications.
/// </summary>
/// <remarks>
/// <para><b>Exactly once.</b> A notification is keyed by (ticket, kind, due instant) with a UNIQUE constraint, and a
/// tick inserts with <c>ON CONFLICT DO NOTHING</c>. What to raise is derived from the ticket's state at <c>now</c>, not
/// from what the last tick saw, so a restart re-reads the database and raises nothing twice, and a tick after a
/// downtime still raises what fell due meanwhile (a breach found late also records the at-risk it implies).</para>
/// <para>A changed due (a pause, a priority change) is a new due and can be at risk again: that is a new notification.</para>
/// </remarks>
internal sealed class SlaWatcher(
    TicketStore store, HelpdeskEngine engine, IClock clock, IOptions<HelpdeskOptions> options, ILogger<SlaWatcher> logger)
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
        foreach (var ticket in store.DueForCheck(now))
        {
            var (sla, dues) = engine.Watch(ticket, now);
            store.SaveSla(ticket.Id, sla, engine.Columns(ticket, sla, now));
            foreach (var due in dues)
            {
                if (store.TryRecordNotification(ticket.Id, due.Kind, due.Due, now, due.Message))
                {
                    logger.LogWarning("{Ticket} {Kind}: {Message}", ticket.Id, due.Kind, due.Message);
                    raised.Add(new NotificationView(0, ticket.Id, due.Kind, due.Due, now, due.Message));
                }
            }
        }

        return raised;
    }

    /// <summary>Fills the queue columns of rows written before schema version 3 (once, at start-up); returns how many.</summary>
    public int BackfillQueueColumns()
    {
        var now = clock.GetCurrentInstant();
        var rows = store.WithoutQueueColumns();
        foreach (var ticket in rows)
        {
            var sla = engine.Evaluate(ticket, now);
            store.SaveSla(ticket.Id, sla, engine.Columns(ticket, sla, now));
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

        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                Tick();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed tick (a locked file, a bad row) must not stop the watcher; the next tick catches up.
                logger.LogError(e, "The SLA watcher tick failed; retrying in {Interval}.", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
