using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Text;

namespace TaiSupport.Helpdesk.Api;

/// <summary><c>GET /api/oncall[?at=…]</c>: who is on call at each level now, or at <c>at</c> (manual §5.1, D18).</summary>
internal static class OnCallEndpoints
{
    public static void MapOnCallApi(this IEndpointRouteBuilder app) => app.MapGet("/api/oncall", WhoIsOnCall);

    private static IResult WhoIsOnCall(HttpContext context, HelpdeskServices s, string? at)
    {
        var timeline = context.RequestServices.GetService<OnCallTimeline>();
        if (timeline is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No on-call schedule.",
                detail: "No on-call schedule is configured; set Helpdesk:OnCallScheduleFile to a schedule file (docs/oncall.md).");
        }

        var instant = s.Clock.GetCurrentInstant();
        if (at is not null)
        {
            if (!OffsetInstant.TryParse(at, out var parsed, out var problem))
            {
                return Problems.BadRequest("at", problem!);
            }

            instant = parsed;
        }

        var schedule = timeline.Schedule;
        return Results.Ok(new OnCallView(instant, schedule.From, schedule.To, [.. timeline.WhoAll(instant).Select(a => new OnCallLevelView(
            a.Level, (int)a.Level, timeline.Rotation(a.Level)?.Name, a.OnCall, a.Person, a.InCoverage, a.Since, a.Until, a.Holder, a.IsOverride,
            a.Until is { } until ? timeline.Who(a.Level, until).Person : null))]));
    }
}

/// <summary>The answer for every level of the schedule, and the period the schedule covers.</summary>
internal sealed record OnCallView(Instant At, LocalDate ScheduleFrom, LocalDate ScheduleTo, ImmutableArray<OnCallLevelView> Levels);

/// <summary>One level: whom to page now (<see cref="OnCall"/>, null outside the coverage window), who holds the shift, and who holds it from <see cref="Until"/> (<see cref="Next"/>).</summary>
internal sealed record OnCallLevelView(
    OnCallLevel Level, int Number, string? Rotation, string? OnCall, string? Person, bool InCoverage, Instant? Since, Instant? Until,
    string? Holder, bool IsOverride, string? Next = null);
