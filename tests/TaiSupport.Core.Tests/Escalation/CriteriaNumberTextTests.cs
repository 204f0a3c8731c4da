using System.Globalization;
using TaiSupport.Core.Escalation;
using Xunit;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>
/// <see cref="Criteria.Money"/> and <see cref="Criteria.Number"/> write whole amounts digit by digit (a triage speed
/// path, issue 15); they must write exactly what the format strings <c>"$#,0.##"</c> and <c>"0.##"</c> write.
/// </summary>
public sealed class CriteriaNumberTextTests
{
    public static TheoryData<decimal> Edges =>
    [
        0m, 1m, 9m, 10m, 999m, 1000m, 12_000m, 99_999m, 100_000m, 999_999m, 1_000_000m, 1_234_567_890m,
        999_999_999_999_999m, 1_000_000_000_000_000m, 79_228_162_514_264_337_593_543_950_335m, -1m, -12_000m, -1_000_000m,
        -999_999_999_999_999m, 0.5m, 0.005m, 12_000.004m, 12_000.005m, 12_000.5m, -0.5m, 1e-28m, 12000.000000001m,
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Money_And_Number_WriteWhatTheFormatStringsWrite(decimal value)
    {
        Assert.Equal(value.ToString("$#,0.##", CultureInfo.InvariantCulture), Criteria.Money(value));
        Assert.Equal(value.ToString("0.##", CultureInfo.InvariantCulture), Criteria.Number(value));
    }

    [Fact]
    public void Money_And_Number_WriteWhatTheFormatStringsWrite_OnSeededRandomAmounts()
    {
        // Zeros and trailing zeros that xunit would show as the same theory case.
        foreach (var value in new[] { -0m, 0.00m, -0.00m, 1000.00m, 12_000.0m, 1_000_000.00m })
        {
            Assert.Equal(value.ToString("$#,0.##", CultureInfo.InvariantCulture), Criteria.Money(value));
            Assert.Equal(value.ToString("0.##", CultureInfo.InvariantCulture), Criteria.Number(value));
        }

        var random = new Random(15);
        for (var i = 0; i < 20_000; i++)
        {
            var magnitude = (long)Math.Pow(10, random.Next(0, 16));
            var value = (decimal)random.NextInt64(-magnitude, magnitude) / (random.Next(4) == 0 ? 100m : 1m);
            Assert.Equal(value.ToString("$#,0.##", CultureInfo.InvariantCulture), Criteria.Money(value));
            Assert.Equal(value.ToString("0.##", CultureInfo.InvariantCulture), Criteria.Number(value));
        }

        Assert.Equal("unknown", Criteria.Number(null));
    }
}
