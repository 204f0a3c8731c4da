using TaiSupport.Cli.Reporting;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>The CLI's demo day (samples/TaiSupport.Cli/Reporting/DemoData.cs) read through <see cref="ReportTicketJson"/>.</summary>
internal static class DemoDay
{
    public static IReadOnlyList<ReportTicket> Tickets() =>
        [.. DemoData.Tickets.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => ReportTicketJson.Read(l).GetValueOrThrow())];

    public static IReadOnlyList<ReportIncident> Incidents() =>
    [
        new("INC-42", 1, Sla.Pt.At("2026-01-26 10:00"))
        {
            Title = "API latency", ResolvedAt = Sla.Pt.At("2026-01-26 10:42"), CustomersAffected = 12,
            StatusPageUpdates = [Sla.Pt.At("2026-01-26 10:05"), Sla.Pt.At("2026-01-26 10:20"), Sla.Pt.At("2026-01-26 10:40")],
        },
        new("INC-43", 3, Sla.Pt.At("2026-01-27 06:00")) { Title = "Webhook delays", CustomersAffected = 2 },
    ];
}
