using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// Reads one QA review line (manual §9.1), as <c>tai qa audit</c> and <c>tai report certification --reviews</c> take them:
/// <code>
/// {"ticket":"1847","engineer":"Marcus","reviewedOn":"2026-01-30",
///  "checks":{"responseTime":true,"resolution":{"passed":false,"note":"…","suggestion":"…"},"tone":true,"accuracy":true,"escalation":true}}
/// </code>
/// <c>ticket</c> is a string or a number; each check is <c>true</c>, <c>false</c> or <c>{"passed", "note", "suggestion"}</c>.
/// The audited ticket, when known, gives the <c>engineer</c> (its <c>resolvedBy</c> or assignee) and the <c>responseTime</c>
/// check (<see cref="QaAudit.ResponseCheck"/>) a line leaves out. Every problem is reported with its JSON path; unknown
/// properties are ignored, as in ticket lines (a check's name is a criterion). Never throws for any input.
/// </summary>
public static class QaReviewJson
{
    private static readonly JsonFormat<ReviewFile> Format = new()
    {
        Contract = new QaReviewContract(TaiValueConverters.Options()).ReviewFile,
        IgnoreUnknown = true,
        Prepare = line =>
        {
            if (line["ticket"] is JsonValue id && id.GetValueKind() == JsonValueKind.Number)
            {
                line["ticket"] = id.ToJsonString(); // a numeric ticket id is read as its text
            }

            foreach (var (name, check) in (line["checks"] as JsonObject)?.ToList() ?? [])
            {
                if (check?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    line["checks"]![name] = new JsonObject { ["passed"] = check.GetValue<bool>() }; // true is {"passed": true}
                }
            }
        },
    };

    /// <summary>Reads one review line.</summary>
    /// <param name="element">A JSON object.</param>
    /// <param name="audited">The audited ticket by id, or null when it is not known.</param>
    /// <param name="sla">The SLA engine deciding a left-out <c>responseTime</c> check.</param>
    /// <param name="policy">The QA policy.</param>
    /// <returns>The review, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<QaReview> Read(JsonElement element, Func<string, ReportTicket?> audited, SlaEvaluator sla, QaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(audited);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(policy);
        var read = JsonContract.Read(element, Format);
        if (read.Value is not { } file)
        {
            return LoadResult<QaReview>.Failure(read.Problems);
        }

        var ticket = audited(file.Ticket);
        var engineer = file.Engineer ?? ticket?.Resolver;
        List<ValidationFailure> problems = string.IsNullOrWhiteSpace(file.Ticket) ? [new("$.ticket", "is blank: name the audited ticket.")] : [];
        problems.AddRange(string.IsNullOrWhiteSpace(engineer) ? [new("$.engineer", "is required (or known from the audited ticket's resolvedBy or assignee).")] : []);
        var checks = new List<QaCheck>();
        foreach (var criterion in QaAudit.Criteria)
        {
            if (file.Checks.GetValueOrDefault(criterion) is { } check)
            {
                checks.Add(new QaCheck(criterion, check.Passed) { Note = check.Note, Suggestion = check.Suggestion });
            }
            else if (criterion == QaCriterion.ResponseTime && ticket is not null)
            {
                checks.Add(QaAudit.ResponseCheck(ticket, sla, policy));
            }
            else
            {
                problems.Add(new($"$.checks.{JsonNamingPolicy.CamelCase.ConvertName(criterion.ToString())}", criterion == QaCriterion.ResponseTime
                    ? "is required (or decided by the SLA engine from the audited ticket)."
                    : "is required: true, false or {\"passed\", \"note\", \"suggestion\"}."));
            }
        }

        return problems.Count > 0 ? LoadResult<QaReview>.Failure(problems)
            : LoadResult<QaReview>.Success(new QaReview { TicketId = file.Ticket, Engineer = engineer!, ReviewedOn = file.ReviewedOn, Checks = [.. checks] });
    }

    /// <summary>The review line as written; the checks by criterion name (<c>responseTime</c>).</summary>
    internal sealed record ReviewFile(string Ticket, LocalDate ReviewedOn, NamedKeys<QaCriterion, CheckFile> Checks, string? Engineer = null);

    /// <summary>One check as written (<c>true</c> is read as <c>{"passed": true}</c>).</summary>
    internal sealed record CheckFile(bool Passed, string? Note = null, string? Suggestion = null);
}

/// <summary>The source-generated contract of the review line.</summary>
[JsonSerializable(typeof(QaReviewJson.ReviewFile))]
internal sealed partial class QaReviewContract : JsonSerializerContext;
