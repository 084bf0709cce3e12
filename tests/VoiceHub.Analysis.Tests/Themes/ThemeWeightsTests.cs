using Microsoft.ML.Data;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Tests.Themes;

public sealed class ThemeWeightsTests
{
    [Fact]
    public void Score_SparseVector_IsBiasPlusDotProductPerTheme()
    {
        var weights = new ThemeWeights(dimension: 4, labels: 2);
        weights.Add(0, [1f, 2f, 3f, 4f], bias: 0.5f, share: 1f);
        // Two models of theme 1 averaged.
        weights.Add(1, [2f, 0f, 0f, 2f], bias: 1f, share: 0.5f);
        weights.Add(1, [0f, 0f, 0f, 4f], bias: -1f, share: 0.5f);
        var vector = new VBuffer<float>(4, 2, [10f, 1f], [1, 3]);
        var scores = new float[2];

        weights.Score(vector, scores);

        Assert.Equal([0.5f + 20f + 4f, 0f + 0f + 3f], scores);
    }

    [Fact]
    public void WriteRead_RoundTrip_ScoresTheSame_AndAWrongShapeIsRefused()
    {
        var weights = new ThemeWeights(3, 2);
        weights.Add(0, [1f, -2f, 3f], 0.25f, 1f);
        weights.Add(1, [0.5f, 0f, -1f], -0.75f, 1f);
        using var stream = new MemoryStream();
        weights.Write(stream);

        stream.Position = 0;
        var restored = ThemeWeights.Read(stream, 3, 2);
        stream.Position = 0;

        var vector = new VBuffer<float>(3, [1f, 1f, 1f]);
        float[] before = new float[2], after = new float[2];
        weights.Score(vector, before);
        restored.Score(vector, after);
        Assert.Equal(before, after);
        Assert.Throws<InvalidDataException>(() => ThemeWeights.Read(stream, 4, 2));
    }
}
