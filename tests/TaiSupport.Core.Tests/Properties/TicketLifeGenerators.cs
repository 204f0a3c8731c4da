using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A ticket with events and an evaluation instant, all on whole minutes in Los Angeles time.</summary>
public sealed record LifeCase(Ticket Ticket, Instant Now)
{
    public override string ToString() => $"now {Now}: {Ticket} events [{string.Join(", ", Ticket.Events.Select(e => $"{e.At} {e.Type}{(e.Holding ? " holding" : string.Empty)} {e.Status}{e.Team}"))}]";
}

/// <summary>
/// Generators for ticket-life properties: email or Slack tickets of any tier and priority, up to ten events at least a
/// minute apart (messages, replies, holding replies, notes, status changes, assignments with teams), and an instant up
/// to two weeks after creation.
/// </summary>
public static class TicketLifeGenerators
{
    private static readonly Gen<int> Gap = Gen.Frequency((5, Gen.Choose(1, 600)), (3, Gen.Choose(600, 4000)));

    private static readonly Gen<Func<Instant, TicketEvent>> Event = Gen.Frequency(
        (3, Gen.Constant<Func<Instant, TicketEvent>>(at => TicketEvent.CustomerMessage(at))),
        (3, Gen.Elements(true, false).Select<bool, Func<Instant, TicketEvent>>(holding => at => TicketEvent.AgentReply(at, holding))),
        (1, Gen.Constant<Func<Instant, TicketEvent>>(at => TicketEvent.InternalNote(at))),
        (3, Gen.Elements(Enum.GetValues<TicketStatus>()).Select<TicketStatus, Func<Instant, TicketEvent>>(s => at => TicketEvent.StatusChanged(at, s))),
        (1, Gen.Elements("us", "eu").Select<string, Func<Instant, TicketEvent>>(team => at => TicketEvent.Assigned(at, "someone", team))));

    public static Gen<Ticket> Ticket { get; } =
        from created in CalendarGenerators.InstantIn(SlaGenerators.Zone)
        from tier in Gen.Elements(Enum.GetValues<Tier>())
        from priority in Gen.Elements(Enum.GetValues<Priority>())
        from channel in Gen.Elements(TicketChannel.Email, TicketChannel.Slack)
        from count in Gen.Choose(0, 10)
        from gaps in Gen.ListOf(Gap, count)
        from events in Gen.ListOf(Event, count)
        select Build(created, tier, priority, channel, gaps, events);

    public static Gen<LifeCase> Case { get; } =
        from ticket in Ticket
        from after in Gen.Frequency((1, Gen.Choose(0, 600)), (3, Gen.Choose(0, 20_000)))
        select new LifeCase(ticket, ticket.CreatedAt + Duration.FromMinutes(after));

    private static Ticket Build(Instant created, Tier tier, Priority priority, TicketChannel channel, IList<int> gaps, IList<Func<Instant, TicketEvent>> events)
    {
        var at = created;
        var list = new List<TicketEvent>();
        for (var i = 0; i < gaps.Count; i++)
        {
            at += Duration.FromMinutes(gaps[i]);
            list.Add(events[i](at));
        }

        return new Ticket { Id = "L-1", Tier = tier, Priority = priority, CreatedAt = created, Channel = channel, Events = [.. list] };
    }
}
