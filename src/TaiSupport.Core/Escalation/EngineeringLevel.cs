namespace TaiSupport.Core.Escalation;

/// <summary>The §4.4 engineering escalation level (D15); the first level whose criteria hold wins ("urgent first").</summary>
public enum EngineeringLevel
{
    /// <summary>Page immediately, call within 1 hour, 2-hour diagnosis and action plan.</summary>
    Urgent,

    /// <summary>Slack message; respond within 4 hours with a diagnosis and initial investigation.</summary>
    High,

    /// <summary>Async; respond within 1 business day.</summary>
    Medium,
}
