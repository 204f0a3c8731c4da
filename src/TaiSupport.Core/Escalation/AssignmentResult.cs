using System.Collections.Immutable;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Escalation;

/// <summary>Who gets a ticket and why (§2.3).</summary>
/// <param name="Assignee">The chosen person; null only when the team is empty.</param>
/// <param name="Collaborators">Who joins the assignee, such as the engineer on an Enterprise critical issue; often empty.</param>
/// <param name="Trace">Every rule applied, in order, with the people it kept or dropped.</param>
public sealed record AssignmentResult(AssignableAgent? Assignee, ImmutableArray<AssignableAgent> Collaborators, ImmutableArray<TraceStep> Trace);
