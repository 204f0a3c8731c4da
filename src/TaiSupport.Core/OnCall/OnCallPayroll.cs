using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// On-call pay (manual §5.1, §5.4, D20), built once from a validated <see cref="OnCallPayPolicy"/>: weeks on call,
/// stipends or time off in lieu, call-in pay and busy weeks per person. Verb family: <c>Build</c>
/// (docs/architecture.md, "One anatomy"). The static <see cref="OnCallPay.Report(OnCallSchedule, IEnumerable{CallIn}, LocalDate, LocalDate, OnCallPayPolicy)"/>
/// remains as a thin equivalent.
/// </summary>
public sealed class OnCallPayroll
{
    /// <summary>Builds the payroll for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The pay policy; <see cref="OnCallPayPolicy.From(CompensationPolicy)"/> turns a pack's <c>onCall.compensation</c> into one.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public OnCallPayroll(OnCallPayPolicy policy)
    {
        Policy = TaiValidationException.Validated("on-call pay policy", policy, p => new OnCallPayPolicyValidator().Validate(p));
    }

    /// <summary>The payroll of <see cref="OnCallPayPolicy.Default"/> (D20).</summary>
    public static OnCallPayroll Default { get; } = new(OnCallPayPolicy.Default);

    /// <summary>The policy this payroll applies.</summary>
    public OnCallPayPolicy Policy { get; }

    /// <summary>The pay report of <paramref name="schedule"/> from <paramref name="from"/> through <paramref name="through"/>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="callIns">The call-ins of the period.</param>
    /// <param name="from">The first date of the pay period.</param>
    /// <param name="through">The last date of the pay period, included (a schedule's <c>To</c> is exclusive: pass <c>To.PlusDays(-1)</c>).</param>
    /// <returns>The report, one line per person.</returns>
    public OnCallPayReport Build(OnCallSchedule schedule, IEnumerable<CallIn> callIns, LocalDate from, LocalDate through) =>
        OnCallPay.Report(schedule, callIns, from, through, Policy);
}
