using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>The ticket model and its validation (manual §2.2 "Every ticket MUST have").</summary>
public sealed class TicketTests
{
    private static readonly Ticket Valid = Pt.Ticket(
        Tier.Professional, Priority.Medium, "2026-01-23 17:55",
        ("2026-01-26 09:10", TicketStatus.InProgress), ("2026-01-26 10:00", TicketStatus.WaitingOnCustomer)) with
    {
        Category = Category.Integration,
        FirstResponseAt = Pt.At("2026-01-26 09:10"),
        Assignee = "marcus",
        RootCause = RootCause.UserMisconfiguration,
        ResolutionSummary = "Webhook secret rotated.",
    };

    private static Dictionary<string, string> Problems(Ticket ticket) =>
        Ticket.Validate(ticket).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

    [Fact]
    public void Validate_AWellFormedTicket_IsValid()
    {
        var result = Ticket.Validate(Valid);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Validate_UnknownEnumValues_NameEachFieldAndTheAllowedNames()
    {
        var problems = Problems(Valid with
        {
            Tier = (Tier)7,
            Priority = (Priority)9,
            Category = (Category)12,
            RootCause = (RootCause)42,
            StatusChanges = [new StatusChange(Pt.At("2026-01-26 09:10"), (TicketStatus)9)],
        });
        Assert.Equal("7 is not a tier; use one of Starter, Professional, Enterprise.", problems["tier"]);
        Assert.Equal("9 is not a priority; use one of Low, Medium, High, Critical.", problems["priority"]);
        Assert.Contains("12 is not a category", problems["category"]);
        Assert.Contains("42 is not a root cause", problems["rootCause"]);
        Assert.Contains("9 is not a status; use one of Open, InProgress, WaitingOnCustomer, Resolved, Closed", problems["statusChanges[0].status"]);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Validate_StatusChangeBeforeCreation_IsNamed()
    {
        var problems = Problems(Valid with { StatusChanges = [new StatusChange(Pt.At("2026-01-23 17:54"), TicketStatus.InProgress)] });
        Assert.Equal(
            "2026-01-24T01:54:00Z is before the ticket was created (2026-01-24T01:55:00Z); a status cannot change before creation.",
            problems["statusChanges[0].at"]);
    }

    [Fact]
    public void Validate_StatusChangeExactlyAtCreation_IsAllowed()
    {
        Assert.True(Ticket.Validate(Valid with { StatusChanges = [new StatusChange(Valid.CreatedAt, TicketStatus.InProgress)] }).IsValid);
    }

    [Fact]
    public void Validate_StatusChangesOutOfOrder_NameTheChangeAndItsPredecessor()
    {
        var problems = Problems(Valid.WithStatusChange(Pt.At("2026-01-26 09:59"), TicketStatus.InProgress));
        Assert.Equal(
            "2026-01-26T17:59:00Z is before the previous change (statusChanges[1] at 2026-01-26T18:00:00Z); list status changes in time order.",
            problems["statusChanges[2].at"]);
    }

    [Fact]
    public void Validate_ChangesAtTheSameInstant_AreAllowed()
    {
        Assert.True(Ticket.Validate(Valid.WithStatusChange(Pt.At("2026-01-26 10:00"), TicketStatus.InProgress)).IsValid);
    }

    [Fact]
    public void Validate_FirstResponseBeforeCreation_IsNamedButAtCreationIsFine()
    {
        Assert.Equal(
            "2026-01-24T01:54:00Z is before the ticket was created (2026-01-24T01:55:00Z); a first response cannot precede the ticket.",
            Problems(Valid with { FirstResponseAt = Pt.At("2026-01-23 17:54") })["firstResponseAt"]);
        Assert.True(Ticket.Validate(Valid with { FirstResponseAt = Valid.CreatedAt }).IsValid);
    }

    [Fact]
    public void Validate_BlankIdAndAssignee_AreNamed()
    {
        var problems = Problems(Valid with { Id = " ", Assignee = "" });
        Assert.Equal("the ticket id is missing or blank.", problems["id"]);
        Assert.Contains("the assignee is blank", problems["assignee"]);
    }

    [Fact]
    public void Validate_EveryProblemAtOnce()
    {
        var result = Ticket.Validate(Valid with
        {
            Id = "",
            Tier = (Tier)5,
            FirstResponseAt = Pt.At("2026-01-20 10:00"),
            StatusChanges = [new StatusChange(Pt.At("2026-01-20 10:00"), TicketStatus.Closed), new StatusChange(Pt.At("2026-01-27 10:00"), TicketStatus.Open), new StatusChange(Pt.At("2026-01-26 10:00"), TicketStatus.Open)],
        });
        Assert.Equal(
            new SortedSet<string>(["id", "tier", "firstResponseAt", "statusChanges[0].at", "statusChanges[2].at"], StringComparer.Ordinal),
            new SortedSet<string>(result.Errors.Select(e => e.PropertyName), StringComparer.Ordinal));
    }

    [Fact]
    public void Status_IsTheLastChangeOrOpen()
    {
        Assert.Equal(TicketStatus.WaitingOnCustomer, Valid.Status);
        Assert.Equal(TicketStatus.Open, (Valid with { StatusChanges = [] }).Status);
    }

    [Fact]
    public void StatusAt_FollowsTheHistoryWithTheLastEqualTimeChangeWinning()
    {
        var ticket = Valid.WithStatusChange(Pt.At("2026-01-26 10:00"), TicketStatus.Resolved);
        Assert.Equal(TicketStatus.Open, ticket.StatusAt(Pt.At("2026-01-26 09:09")));
        Assert.Equal(TicketStatus.InProgress, ticket.StatusAt(Pt.At("2026-01-26 09:10")));
        Assert.Equal(TicketStatus.Resolved, ticket.StatusAt(Pt.At("2026-01-26 10:00")));
    }

    [Fact]
    public void StatusHistory_StartsOpenAtCreation()
    {
        var history = Valid.StatusHistory.ToList();
        Assert.Equal(new StatusChange(Valid.CreatedAt, TicketStatus.Open), history[0]);
        Assert.Equal(Valid.StatusChanges, history.Skip(1));
    }

    [Fact]
    public void Equals_ComparesStatusChangesByValue()
    {
        var copy = Valid with { StatusChanges = [.. Valid.StatusChanges] };
        Assert.Equal(Valid, copy);
        Assert.Equal(Valid.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Valid, Valid.WithStatusChange(Pt.At("2026-01-27 10:00"), TicketStatus.Resolved));
    }

    [Fact]
    public void StatusChanges_DefaultArray_ReadsAsEmpty()
    {
        var ticket = Valid with { StatusChanges = default };
        Assert.True(ticket.StatusChanges.IsEmpty);
        Assert.Equal(TicketStatus.Open, ticket.Status);
    }
}
