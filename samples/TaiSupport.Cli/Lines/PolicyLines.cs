using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Lines;

/// <summary>
/// Which sections a policy pack file gives (<c>tai policy check</c> names them; a section left out or <c>null</c> is at its
/// default). Only the presence of each section object is read; the pack itself is read by <c>TaiPolicyJson</c>. The
/// members are <c>TaiPolicyJson.SectionNames</c> (a test keeps them equal).
/// </summary>
internal sealed record PolicyPackSections
{
    /// <summary>The SLA section.</summary>
    public SectionGiven? Sla { get; init; }

    /// <summary>The triage section.</summary>
    public SectionGiven? Triage { get; init; }

    /// <summary>The incident section.</summary>
    public SectionGiven? Incidents { get; init; }

    /// <summary>The on-call section.</summary>
    public SectionGiven? OnCall { get; init; }

    /// <summary>The report section.</summary>
    public SectionGiven? Reports { get; init; }

    /// <summary>The QA section.</summary>
    public SectionGiven? Qa { get; init; }

    /// <summary>The KB-upkeep section.</summary>
    public SectionGiven? KbUpkeep { get; init; }

    /// <summary>The customer-template section.</summary>
    public SectionGiven? Templates { get; init; }

    /// <summary>The ticket-life section.</summary>
    public SectionGiven? TicketLife { get; init; }

    /// <summary>The resolution-fields section.</summary>
    public SectionGiven? ResolutionFields { get; init; }
}

/// <summary>A section object that is there (its contents are not read here).</summary>
internal sealed record SectionGiven;

/// <summary><c>tai policy</c>'s own reading.</summary>
internal static class PolicyLines
{
    /// <summary>The names of the sections <paramref name="text"/> gives, in pack order (the pack has already been read without problems).</summary>
    /// <param name="text">The pack file's text.</param>
    /// <returns>The given sections' names.</returns>
    public static IReadOnlyList<string> GivenSections(string text)
    {
        var contract = LineContract.Contracts.PolicyPackSections;
        var sections = TaiJson.Read(text, contract, null, ignoreUnknown: true).Value;
        return [.. contract.Properties.Where(p => sections is not null && p.Get!(sections) is not null).Select(p => p.Name)];
    }
}
