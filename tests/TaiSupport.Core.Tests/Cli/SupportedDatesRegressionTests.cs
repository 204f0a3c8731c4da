using System.Text.Json.Nodes;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>
/// One range of dates (<see cref="SupportedDates"/>, 0002-01-01 to 9996-12-31): an input instant outside it is a
/// problem at its field, on its own line, never the raw text of an overflow. Readers used to accept instants up to
/// 9998-12-31 while calendar arithmetic stops in 9997, so a ticket created in 9998 or on the last evening of 9997 got
/// an error line with NodaTime's exception text and no field.
/// </summary>
public sealed class SupportedDatesRegressionTests
{
    [Theory]
    [InlineData("9998-06-01T00:00:00Z")]
    [InlineData("9997-12-31T23:00:00Z")]
    [InlineData("0001-12-31T23:00:00Z")]
    public void Sla_ATicketCreatedOutsideTheRange_IsAnErrorLineNamingCreatedAt(string createdAt)
    {
        var line = $$"""{"id":"T-1","tier":"Enterprise","priority":"Critical","createdAt":"{{createdAt}}","firstResponseAt":null,"statusChanges":[]}""";
        var (exit, output, error) = CliRunner.Run(line + "\n", "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00");
        var written = JsonNode.Parse(CliRunner.Lines(output).Single())!;
        Assert.Equal("T-1", written["id"]!.GetValue<string>());
        Assert.Equal($"createdAt: \"{createdAt}\" is out of range, outside the dates tai computes with: 0002-01-01 to 9996-12-31 (UTC).", written["error"]!.GetValue<string>());
        Assert.Equal(1, exit);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9998-06-01T00:00:00Z")]
    [InlineData("9997-12-31T23:00:00Z")]
    public void CalendarDue_AStartOutsideTheRange_IsAnErrorLineNamingStart(string start)
    {
        var (exit, output, error) = CliRunner.Run($$"""{"id":"a","start":"{{start}}","minutes":240}""" + "\n", "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        var written = JsonNode.Parse(CliRunner.Lines(output).Single())!;
        Assert.Equal("a", written["id"]!.GetValue<string>());
        Assert.StartsWith($"start: \"{start}\" is out of range", written["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarDue_TheLastSupportedEvening_StillComputesADue()
    {
        // 9996-12-31T23:00Z is inside the range; its due steps into 9997, inside NodaTime's arithmetic.
        var (exit, output, _) = CliRunner.Run("""{"id":"a","start":"9996-12-31T23:00:00Z","minutes":240}""" + "\n", "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal(0, exit);
        Assert.Contains("\"due\":\"9997-", CliRunner.Lines(output).Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0001-12-31T23:00:00Z\"", false)]
    [InlineData("\"0002-01-01T00:00:00Z\"", true)]
    [InlineData("\"0002-01-01T00:30:00+01:00\"", false)]
    [InlineData("\"9996-12-31T23:59:59Z\"", true)]
    [InlineData("\"9996-12-31T20:00:00-05:00\"", false)]
    [InlineData("\"9997-01-01T00:00:00Z\"", false)]
    public void OffsetInstant_AcceptsExactlyTheSupportedUtcDates(string json, bool accepted)
    {
        Assert.Equal(accepted, OffsetInstant.TryParse(json.Trim('"'), out var value, out var problem));
        Assert.Equal(accepted, problem is null);
        Assert.Equal(accepted, accepted && SupportedDates.Contains(value));
    }
}
