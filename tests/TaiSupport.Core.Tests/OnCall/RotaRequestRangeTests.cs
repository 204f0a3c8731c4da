using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>A rota request outside the dates the on-call engine computes with is refused by name, never an overflow.</summary>
public sealed class RotaRequestRangeTests
{
    private static readonly OnCallTeam Team = new() { Rotations = [OnCallRotations.Support.WithParticipants("Sarah", "Marcus")] };

    [Fact]
    public void ForWeeks_WithinRange_IsThePeriod()
    {
        var request = RotaRequest.ForWeeks(Team, new LocalDate(2026, 1, 5), 13);
        Assert.Equal(new LocalDate(2026, 4, 6), request.To);
    }

    [Theory]
    [InlineData(9996, 12, 1, 1, "from")]
    [InlineData(2026, 1, 5, -1, "weeks")]
    [InlineData(9990, 12, 1, 5, "weeks")]
    [InlineData(2026, 1, 5, int.MaxValue, "weeks")]
    public void ForWeeks_OutsideTheRange_IsRefusedNamingTheParameter(int year, int month, int day, int weeks, string field)
    {
        var e = Assert.Throws<TaiValidationException>(() => RotaRequest.ForWeeks(Team, new LocalDate(year, month, day), weeks));
        Assert.Equal(field, Assert.Single(e.Errors).PropertyName);
    }

    [Fact]
    public void ForWeeks_UpToTheLastWeek_IsAccepted()
    {
        var request = RotaRequest.ForWeeks(Team, new LocalDate(9990, 12, 1), 4);
        Assert.Equal(new LocalDate(9990, 12, 29), request.To);
    }
}
