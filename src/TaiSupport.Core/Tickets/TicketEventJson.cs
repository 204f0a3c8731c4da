using System.Collections.Immutable;
using System.Text.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// Reads a ticket's life fields (D21) inside the ticket JSON format: <c>channel</c> (<c>email</c>, <c>slack</c>,
/// <c>phone</c>, <c>web</c>), <c>customer</c>, and <c>events</c>, each
/// <c>{"at":"…","type":"customerMessage|agentReply|internalNote|status|priority|tier|assigned", …}</c> with
/// <c>holding</c> (agentReply), <c>status</c>, <c>priority</c>, <c>tier</c>, <c>assignee</c> and <c>team</c> as the type needs.
/// Every problem is reported with its JSON path; no input throws.
/// </summary>
internal static class TicketEventJson
{
    public static (TicketChannel? Channel, string? Customer, ImmutableArray<TicketEvent> Events) Read(JsonElement root, string path, JsonInput input)
    {
        TicketChannel? channel = input.TryGet(root, "channel", out var c) ? TicketJson.ReadEnum<TicketChannel>(c, JsonInput.Property(path, "channel"), input) : null;
        string? customer = input.TryGet(root, "customer", out var k) && k.ValueKind != JsonValueKind.Null ? input.String(k, JsonInput.Property(path, "customer")) : null;
        var listPath = JsonInput.Property(path, "events");
        if (!input.TryGet(root, "events", out var list)
            || !input.ExpectKind(list, JsonValueKind.Array, listPath, "an array of events {\"at\", \"type\", …}"))
        {
            return (channel, customer, []);
        }

        var events = ImmutableArray.CreateBuilder<TicketEvent>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = JsonInput.Index(listPath, i++);
            if (ReadEvent(item, itemPath, input) is { } e)
            {
                events.Add(e);
            }
        }

        return (channel, customer, events.ToImmutable());
    }

    private static TicketEvent? ReadEvent(JsonElement item, string path, JsonInput input)
    {
        if (!input.ExpectKind(item, JsonValueKind.Object, path, "an event {\"at\": \"…\", \"type\": \"customerMessage\"}"))
        {
            return null;
        }

        var before = input.Problems.Count;
        var at = input.TryGet(item, "at", out var a) ? input.Instant(a, JsonInput.Property(path, "at")) : Missing(path, "at", input);
        var type = input.TryGet(item, "type", out var t) ? TicketJson.ReadEnum<TicketEventType>(t, JsonInput.Property(path, "type"), input) : MissingType(path, input);
        var holding = false;
        if (input.TryGet(item, "holding", out var h))
        {
            if (h.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                holding = h.GetBoolean();
            }
            else
            {
                input.Problem(JsonInput.Property(path, "holding"), $"expected true or false, found {JsonInput.Describe(h)}.");
            }
        }

        TicketStatus? status = input.TryGet(item, "status", out var s) ? TicketJson.ReadEnum<TicketStatus>(s, JsonInput.Property(path, "status"), input) : null;
        Priority? priority = input.TryGet(item, "priority", out var p) ? TicketJson.ReadEnum<Priority>(p, JsonInput.Property(path, "priority"), input) : null;
        Tier? tier = input.TryGet(item, "tier", out var r) ? TicketJson.ReadEnum<Tier>(r, JsonInput.Property(path, "tier"), input) : null;
        var assignee = input.TryGet(item, "assignee", out var n) ? input.String(n, JsonInput.Property(path, "assignee")) : null;
        var team = input.TryGet(item, "team", out var m) && m.ValueKind != JsonValueKind.Null ? input.String(m, JsonInput.Property(path, "team")) : null;
        if (input.Problems.Count > before || at is null || type is null)
        {
            return null;
        }

        return new TicketEvent
        {
            At = at.Value,
            Type = type.Value,
            Holding = holding,
            Status = status,
            Priority = priority,
            Tier = tier,
            Assignee = assignee,
            Team = team,
        };
    }

    private static NodaTime.Instant? Missing(string path, string name, JsonInput input)
    {
        input.Problem(JsonInput.Property(path, name), "is required.");
        return null;
    }

    private static TicketEventType? MissingType(string path, JsonInput input)
    {
        input.Problem(JsonInput.Property(path, "type"), $"is required; use one of {string.Join(", ", Enum.GetValues<TicketEventType>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))}.");
        return null;
    }
}
