using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Tests.Themes;

/// <summary>The "might be this theme" list keeps its whitening between requests (<see cref="ThemeSuggestions.Fresh"/>).</summary>
public sealed class ThemeSuggestionsSpaceTests
{
    private static List<float[]> Vectors(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray()).ToList();
    }

    [Fact]
    public void Score_WithTheKeptSpace_ScoresAsEstimatingItAgain()
    {
        var candidates = Vectors(300, 1);
        var (description, examples, rejected) = (Vectors(1, 2)[0], Vectors(5, 3), Vectors(2, 4));
        var space = ThemeSuggestions.Space("m", 300, 8, candidates);

        Assert.Equal(ThemeSuggestions.Score(description, examples, rejected, candidates),
            ThemeSuggestions.Score(description, examples, rejected, candidates, space));
    }

    [Fact]
    public void Fresh_NewerItemsModelOrDimension_EstimatesAgainOnlyWhenStale()
    {
        var space = ThemeSuggestions.Space("m", 5_000, 8, Vectors(50, 5));

        Assert.True(ThemeSuggestions.Fresh(space, "m", 8, 5_000));
        Assert.True(ThemeSuggestions.Fresh(space, "m", 8, 5_000 + ThemeSuggestions.RefreshAfter - 1));
        Assert.False(ThemeSuggestions.Fresh(space, "m", 8, 5_000 + ThemeSuggestions.RefreshAfter));
        Assert.False(ThemeSuggestions.Fresh(space, "other model", 8, 5_000));
        Assert.False(ThemeSuggestions.Fresh(space, "m", 16, 5_000));
        Assert.False(ThemeSuggestions.Fresh(ThemeSuggestions.Space("m", 5_000, 8, Vectors(1, 6)), "m", 8, 5_000));
        Assert.False(ThemeSuggestions.Fresh(null, "m", 8, 5_000));
    }
}
