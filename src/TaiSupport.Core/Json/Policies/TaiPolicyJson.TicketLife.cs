using FluentValidation.Results;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Policies;

/// <summary>The pack's <c>ticketLife</c> section (issue 14): <see cref="TicketLifePolicyJson"/> on the pack's <c>sla</c> section, with its <c>versions</c> (D28).</summary>
public static partial class TaiPolicyJson
{
    private static TaiPolicySection TicketLifeSection()
    {
        const string Name = "ticketLife";
        var path = JsonInput.Property("$", Name);
        return new TaiPolicySection(
            Name,
            (pack, element, at, input) => TicketLifePolicyJson.ReadSection(element, at, input, pack.Sla) is ({ } policy, var later) ? pack with { TicketLife = policy, TicketLifeVersions = later } : pack,
            (writer, pack) => TicketLifePolicyJson.Write(writer, pack.TicketLife, pack.TicketLifeVersions.IsDefault ? [] : pack.TicketLifeVersions),
            pack => TicketLifePolicy.Validate(pack.TicketLife).Errors
                .Where(e => !e.PropertyName.StartsWith("sla", StringComparison.Ordinal))
                .Select(e => new ValidationFailure(InPack(path, e.PropertyName), e.ErrorMessage))
                .Concat(TicketLifePolicyJson.ValidateVersions(pack.TicketLifeVersions.IsDefault ? [] : pack.TicketLifeVersions, path)));
    }
}
