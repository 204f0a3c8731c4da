using System.Collections.Immutable;

namespace TaiSupport.Core.Escalation;

/// <summary>The people tickets can be assigned to (§2.3); read one from JSON with <see cref="TeamJson"/>.</summary>
/// <param name="Members">The members; names are unique.</param>
public sealed record Team(ImmutableArray<AssignableAgent> Members);
