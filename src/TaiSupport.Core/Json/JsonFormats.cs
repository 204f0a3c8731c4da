using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Json;

/// <summary>Steps several formats share around <see cref="JsonContract"/>: the parse before a reader of a parsed line, the order problems are listed in, optional fields of a written line.</summary>
internal static class JsonFormats
{
    /// <summary>Parses <paramref name="json"/> and reads its root with <paramref name="read"/>; text that is not JSON is the one problem.</summary>
    public static LoadResult<T> Read<T>(string json, Func<JsonElement, LoadResult<T>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<T>.Failure([syntax!]);
        }

        using (document)
        {
            return read(document!.RootElement);
        }
    }

    /// <summary>The problems in the order of <paramref name="paths"/> (a format's fields as the file lists them): paths not listed first (unknown properties), <c>$</c> last.</summary>
    public static LoadResult<T> InOrder<T>(LoadResult<T> read, IEnumerable<string> paths)
        where T : class
    {
        var order = paths.ToList();
        return read.IsValid ? read : LoadResult<T>.Failure([.. read.Problems.OrderBy(p => p.PropertyName == "$" ? int.MaxValue : order.IndexOf(p.PropertyName))]);
    }

    /// <summary>The top-level fields of a contract as problem paths (<c>$.id</c>, <c>$.tier</c>…), in the contract's order.</summary>
    public static IEnumerable<string> Fields(System.Text.Json.Serialization.Metadata.JsonTypeInfo contract) => contract.Properties.Select(p => "$." + p.Name);

    /// <summary>Adds the fields that have a value to a written line, in the order given; a null one is left out.</summary>
    public static JsonObject WithOptional(JsonObject line, params (string Name, JsonNode? Value)[] fields)
    {
        fields.Where(f => f.Value is not null).ToList().ForEach(f => line[f.Name] = f.Value);
        return line;
    }
}

/// <summary>The source-generated contracts of the library's formats; each format builds it on its own options (<c>new FormatContracts(options).Ticket</c>).</summary>
[JsonSerializable(typeof(Calendars.BusinessCalendarJson.Calendar))]
[JsonSerializable(typeof(Communication.CustomerSituation))]
[JsonSerializable(typeof(Communication.CustomerTemplatePolicy))]
[JsonSerializable(typeof(Escalation.TeamJson.TeamFile), TypeInfoPropertyName = "EscalationTeam")]
[JsonSerializable(typeof(Incidents.IncidentPolicy))]
[JsonSerializable(typeof(Incidents.IncidentRecord))]
[JsonSerializable(typeof(Incidents.IncidentTicket))]
[JsonSerializable(typeof(Incidents.SignalsFile))]
[JsonSerializable(typeof(KnowledgeBase.KbUpkeepPolicy))]
[JsonSerializable(typeof(Lifecycle.TicketLifeSection))]
[JsonSerializable(typeof(Lifecycle.TicketLifeVersion))]
[JsonSerializable(typeof(OnCall.OnCallPayPolicy))]
[JsonSerializable(typeof(OnCall.OnCallPolicy))]
[JsonSerializable(typeof(OnCall.ScheduleFile))]
[JsonSerializable(typeof(OnCall.TeamFile))]
[JsonSerializable(typeof(Reporting.KnownIssue))]
[JsonSerializable(typeof(Reporting.QaPolicy))]
[JsonSerializable(typeof(Reporting.ReportPolicy))]
[JsonSerializable(typeof(Reporting.ReportTicket))]
[JsonSerializable(typeof(Reporting.ResolutionFieldsPolicy))]
[JsonSerializable(typeof(Sla.SlaPolicyJson.Policy))]
[JsonSerializable(typeof(Tickets.Ticket))]
[JsonSerializable(typeof(Triage.FeatureRequestEntry))]
[JsonSerializable(typeof(Triage.TriagePolicy))]
[JsonSerializable(typeof(Triage.TriageRequest))]
internal sealed partial class FormatContracts : JsonSerializerContext;
