using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Escalation;

/// <summary>Trace wording for enum values and flags, built once so hot conditions do not format strings.</summary>
internal static class Texts
{
    private static readonly string[] Priorities = [.. Enum.GetValues<Priority>().Select(p => $"priority {p}")];
    private static readonly string[] Tiers = [.. Enum.GetValues<Tier>().Select(t => $"tier {t}")];

    public static string Priority(Priority priority) => (uint)priority < (uint)Priorities.Length ? Priorities[(int)priority] : $"priority {priority}";

    public static string Tier(Tier tier) => (uint)tier < (uint)Tiers.Length ? Tiers[(int)tier] : $"tier {tier}";

    public static string ChurnThreat(bool? value) => value switch
    {
        true => "churnThreat is true",
        false => "churnThreat is false",
        null => "churnThreat not given",
    };
}
