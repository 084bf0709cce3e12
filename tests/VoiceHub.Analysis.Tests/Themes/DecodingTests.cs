using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Tests.Themes;

public sealed class DecodingTests
{
    private static readonly float?[] Thresholds = [0f, 1f, null, 0f];
    private const int NotAssignedIndex = 3;

    [Theory]
    [InlineData(0.2f, 3f, new[] { 0, 1 })]      // both above their thresholds
    [InlineData(-0.3f, 0f, new[] { 0 })]        // none above: the best (margin −0.3) is above the floor
    [InlineData(-2f, -1f, new int[0])]          // none above, best below the floor: nothing (Not assigned)
    public void Decode_WorkedExamples(float a, float b, int[] expected)
    {
        var chosen = Decoding.Decode([a, b, 99f, -5f], Thresholds, -0.5f, NotAssignedIndex);
        Assert.Equal(expected, chosen);
    }

    [Fact]
    public void Decode_NotAssignedWithAnotherTheme_KeepsOnlyTheTheme()
    {
        var chosen = Decoding.Decode([0.5f, -3f, 0f, 2f], Thresholds, -0.5f, NotAssignedIndex);
        Assert.Equal([0], chosen);
    }

    [Fact]
    public void Confidence_AtThreshold_IsOneHalf() => Assert.Equal(0.5f, Decoding.Confidence(1.3f, 1.3f), 5);
}
