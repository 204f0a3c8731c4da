using FluentValidation.Results;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Plans on-call rotas (manual §5.1, §5.4, D18, D19), built once from a validated <see cref="OnCallPolicy"/>. Verb
/// family: <c>Build</c> (docs/architecture.md, "One anatomy"). The engine's policy is the one applied: it replaces the
/// request team's <see cref="OnCallTeam.Policy"/> (as <c>tai oncall plan --policy PACK</c> does); build
/// <c>new RotaPlanner(team.Policy)</c> to apply a team's own. <see cref="RotaGenerator.Generate"/> is the static equivalent
/// that reads the team's policy.
/// </summary>
/// <example>
/// <code>
/// var plan = RotaPlanner.Default.Build(RotaRequest.ForWeeks(team, new LocalDate(2026, 1, 5), 13));
/// </code>
/// </example>
public sealed class RotaPlanner
{
    /// <summary>Builds the planner for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The fairness limits and compensation.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path (<c>fairness.maxWeeksPerQuarter</c>).</exception>
    public RotaPlanner(OnCallPolicy policy) => Policy = TaiValidationException.Validated("on-call policy", policy, OnCallPolicyRules.Validate);

    /// <summary>The planner of <see cref="OnCallPolicy.Default"/> (D19, D20).</summary>
    public static RotaPlanner Default { get; } = new(OnCallPolicy.Default);

    /// <summary>The policy this planner applies.</summary>
    public OnCallPolicy Policy { get; }

    /// <summary>Plans the request's period under <see cref="Policy"/>.</summary>
    /// <param name="request">The team, the half-open period <c>[From, To)</c> and the history.</param>
    /// <returns>The rota, or the problems (an invalid request is a problem, as in <see cref="RotaGenerator.Generate"/>).</returns>
    public RotaPlan Build(RotaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RotaGenerator.Generate(ReferenceEquals(request.Team.Policy, Policy) ? request : request with { Team = request.Team with { Policy = Policy } });
    }
}

/// <summary>
/// Checks on-call schedules against the §5.4 limits (D19), built once from a validated <see cref="OnCallPolicy"/>. Verb
/// family: <c>Evaluate</c>. The engine's policy replaces the schedule team's <see cref="OnCallTeam.Policy"/>;
/// <see cref="RotaChecker.Check(OnCallSchedule, IEnumerable{PagedIncident})"/> is the static equivalent that reads the
/// team's policy.
/// </summary>
/// <example>
/// <code>
/// var check = RotaAuditor.Default.Evaluate(schedule, incidents);
/// foreach (var violation in check.Violations) Console.WriteLine(violation.Message);
/// </code>
/// </example>
public sealed class RotaAuditor
{
    /// <summary>Builds the auditor for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The fairness limits.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public RotaAuditor(OnCallPolicy policy) => Policy = TaiValidationException.Validated("on-call policy", policy, OnCallPolicyRules.Validate);

    /// <summary>The auditor of <see cref="OnCallPolicy.Default"/> (D19).</summary>
    public static RotaAuditor Default { get; } = new(OnCallPolicy.Default);

    /// <summary>The policy this auditor applies.</summary>
    public OnCallPolicy Policy { get; }

    /// <summary>Every violation of <paramref name="schedule"/> under <see cref="Policy"/>.</summary>
    /// <param name="schedule">A valid schedule.</param>
    /// <param name="incidents">The incident log, if any (null for none).</param>
    /// <returns>Every violation.</returns>
    /// <exception cref="FluentValidation.ValidationException">The schedule is invalid.</exception>
    public RotaCheck Evaluate(OnCallSchedule schedule, IEnumerable<PagedIncident>? incidents)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return RotaChecker.Check(ReferenceEquals(schedule.Team.Policy, Policy) ? schedule : schedule with { Team = schedule.Team with { Policy = Policy } }, incidents);
    }

    /// <summary>Every violation of a compiled schedule under <see cref="Policy"/> (compiled again when its team has another policy).</summary>
    /// <param name="timeline">The compiled schedule.</param>
    /// <param name="incidents">The incident log, if any (null for none).</param>
    /// <returns>Every violation.</returns>
    public RotaCheck Evaluate(OnCallTimeline timeline, IEnumerable<PagedIncident>? incidents)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return ReferenceEquals(timeline.Schedule.Team.Policy, Policy) ? RotaChecker.Check(timeline, incidents) : Evaluate(timeline.Schedule, incidents);
    }
}

/// <summary>An <see cref="OnCallPolicy"/>'s problems, with paths as in a pack's <c>onCall</c> section.</summary>
internal static class OnCallPolicyRules
{
    private static readonly FairnessRulesValidator Fairness = new();
    private static readonly CompensationPolicyValidator Compensation = new();

    public static ValidationResult Validate(OnCallPolicy policy)
    {
        var problems = new List<ValidationFailure>();
        Section("fairness", policy.Fairness, Fairness, problems);
        Section("compensation", policy.Compensation, Compensation, problems);
        return new ValidationResult(problems);
    }

    private static void Section<T>(string name, T? section, FluentValidation.IValidator<T> validator, List<ValidationFailure> problems)
        where T : class
    {
        if (section is null)
        {
            problems.Add(new ValidationFailure(name, "is required."));
            return;
        }

        problems.AddRange(validator.Validate(section).Errors.Select(e => new ValidationFailure($"{name}.{e.PropertyName}", e.ErrorMessage)));
    }
}
