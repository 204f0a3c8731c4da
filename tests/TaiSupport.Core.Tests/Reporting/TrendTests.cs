using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Reporting;

public sealed class TrendTests
{
    [Theory]
    [InlineData(47, 41, "↑ +15%")] // §8.2 "Trend: ↑ +15% vs last week"
    [InlineData(41, 47, "↓ -13%")]
    [InlineData(100, 98.1, "→ stable")]
    [InlineData(5, 0, "new")]
    public void Percent_FormatsLikeTheManual(double current, double previous, string expected) =>
        Assert.Equal(expected, Trend.Percent((decimal)current, (decimal)previous, 2m).ToString());

    [Theory]
    [InlineData(8.1, 7.9, "↑ +0.2")] // §8.2 "Avg CSAT: 8.1/10 (↑ +0.2 vs prior week)"
    [InlineData(7.9, 8.1, "↓ -0.2")]
    [InlineData(8.1, 8.1, "→ stable")]
    public void Difference_FormatsLikeTheManual(double current, double previous, string expected) =>
        Assert.Equal(expected, Trend.Difference((decimal)current, (decimal)previous, 0.05m).ToString());

    [Fact]
    public void Difference_WithoutAPreviousValue_IsNew() =>
        Assert.Equal(TrendDirection.New, Trend.Difference(8m, null, 0.05m).Direction);
}
