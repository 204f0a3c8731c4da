using TaiSupport.Cli.Reporting;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>The CLI's demo day (samples/TaiSupport.Cli/Reporting/DemoData.cs) read through <see cref="ReportTicketJson"/>.</summary>
internal static class DemoDay
{
    public static IReadOnlyList<ReportTicket> Tickets() =>
        [.. DemoData.Tickets.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => ReportTicketJson.Read(l).GetValueOrThrow())];

    public static IReadOnlyList<ReportIncident> Incidents() =>
        [.. DemoData.Incidents.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => ReportIncident.From(Core.Incidents.IncidentRecordJson.Read(l).GetValueOrThrow()))];
}
