using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class ClassBalanceTests
{
    [Theory]
    [InlineData(10, 110, 10f)]
    [InlineData(50, 100, 1f)]
    [InlineData(300, 400, 1f / 3)]
    public void PositiveWeight_PositivesWeighAsMuchAsNegatives(int positives, int rows, float expected)
    {
        var weight = ClassBalance.PositiveWeight(positives, rows);

        Assert.Equal(expected, weight, 5);
        Assert.Equal(rows - positives, positives * weight, 3);
    }
}
