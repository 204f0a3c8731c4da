using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.OnCall;

/// <summary>The built-in example team of the demo: the people of the manual's §5.1 rotation example.</summary>
internal static class OnCallDemo
{
    public static OnCallTeam Team { get; } = new()
    {
        Rotations =
        [
            OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica", "Alex"),
            OnCallRotations.Engineering.WithParticipants("Priya", "Tom", "Chen", "Ana"),
            OnCallRotations.VpProduct.WithParticipants("VP Product #1", "VP Product #2", "VP Product #3"),
        ],
        People = [new OnCallMember { Name = "Jessica", Compensation = CompensationChoice.TimeOffInLieu, TimeOff = [new TimeOff(new(2026, 2, 16), new(2026, 2, 20)) { Note = "ski trip" }] }],
    };
}
