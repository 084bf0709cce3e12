using VoiceHub.Core.Reporting;

namespace VoiceHub.Core.Tests.Projects;

public sealed class SmallCountsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "fewer than 5")]
    [InlineData(4, "fewer than 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1,234")]
    public void Show_Count_SuppressesOneToFour(long count, string shown) => Assert.Equal(shown, SmallCounts.Show(count));

    [Fact]
    public void ShowAll_OneSmallCellAndATotal_HidesTheNextSmallestToo()
    {
        Assert.Equal(["12", "fewer than 5", "withheld"], SmallCounts.ShowAll([12, 3, 7], totalShown: true));
        Assert.Equal(["12", "fewer than 5", "7"], SmallCounts.ShowAll([12, 3, 7], totalShown: false));
        Assert.Equal(["12", "fewer than 5", "fewer than 5"], SmallCounts.ShowAll([12, 3, 2], totalShown: true));
    }
}
