namespace TaiSupport.Core.OnCall;

/// <summary>The three on-call levels of manual §5.1, in escalation order (D18).</summary>
/// <remarks>Level 1 answers first; §5.3 pages Level 2 when a P1 is not fixed in 20 minutes.</remarks>
public enum OnCallLevel
{
    /// <summary>Level 1, support engineer on-call: weekly, evenings and weekends (§5.1).</summary>
    Support = 1,

    /// <summary>Level 2, engineering on-call: weekly, 24/7 (§5.1).</summary>
    Engineering = 2,

    /// <summary>Level 3, VP Product on-call: monthly, 24/7 (§5.1).</summary>
    VpProduct = 3,
}

/// <summary>How a person is compensated for on-call (manual §5.1, §5.4, D20).</summary>
public enum CompensationChoice
{
    /// <summary>Paid: the weekly stipend and call-in hours in money.</summary>
    Pay,

    /// <summary>Time off in lieu: the stipend and call-in hours become time off instead of money.</summary>
    TimeOffInLieu,
}
