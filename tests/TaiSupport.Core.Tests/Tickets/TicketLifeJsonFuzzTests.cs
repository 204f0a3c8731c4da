using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Tests.Fuzzing;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>
/// Seeded fuzzing of the ticket-life input (ticket JSON with channel, customer and events): mutated valid lines give
/// problems or a ticket, never an exception; a ticket that reads is evaluated without an exception too.
/// </summary>
public sealed class TicketLifeJsonFuzzTests
{
    private const string Valid =
        """{"id":"T-7","tier":"Professional","priority":"High","channel":"slack","customer":"acme","createdAt":"2026-03-06T16:30:00-08:00","events":[{"at":"2026-03-06T16:40:00-08:00","type":"agentReply","holding":true},{"at":"2026-03-06T17:20:00-08:00","type":"customerMessage"},{"at":"2026-03-09T10:00:00-07:00","type":"status","status":"WaitingOnCustomer"},{"at":"2026-03-09T10:05:00-07:00","type":"assigned","assignee":"Marcus","team":"us"},{"at":"2026-03-09T10:06:00-07:00","type":"priority","priority":"Critical"},{"at":"2026-03-09T10:07:00-07:00","type":"tier","tier":"Enterprise"},{"at":"2026-03-09T10:08:00-07:00","type":"internalNote"}]}""";

    private static readonly string[] Pieces = ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "\"\"", "\"x\"", "\\u0000", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00Z", "\"events\":", "\"type\":\"status\""];

    [Fact]
    public void MutatedLines_GiveProblemsNeverExceptions()
    {
        var random = new Random(1414);
        var now = Instant.FromUtc(2026, 3, 10, 0, 0);
        var read = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = Mutate(Valid, random, 1 + random.Next(4));
            var result = TicketJson.Read(text);
            if (result.IsValid)
            {
                read++;
                _ = TicketLife.Default.Evaluate(result.Value!, now);
                _ = TicketLife.Default.Evaluate(result.Value!, result.Value!.CreatedAt);
            }
            else
            {
                Assert.NotEmpty(result.Problems);
                Assert.All(result.Problems, p => Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal));
            }
        }

        Assert.InRange(read, 1, 2999); // both paths were exercised
    }

    private static string Mutate(string text, Random random, int times) => CharEdits.ApplyPieces(text, random, times, Pieces);
}
