using VoiceHub.Analysis.Emerging;

namespace VoiceHub.Analysis.Tests.Emerging;

public sealed class DetectorTests
{
    private readonly Detector _detector = new(new EmergingOptions());

    private static int[] Steady(int weeks, params int[] pattern) => Enumerable.Range(0, weeks).Select(i => pattern[i % pattern.Length]).ToArray();

    [Fact]
    public void SteadyBaseline_FlagsABurst_NotAnOrdinaryWeek()
    {
        var baseline = Steady(26, 3, 4, 5, 4, 3, 5, 4);
        var burst = _detector.Judge(baseline, 14);
        Assert.True(burst.Flagged);
        Assert.InRange(burst.Expected, 3.7, 4.3);
        Assert.True(burst.UpperBound is > 8 and < 13, $"upper bound {burst.UpperBound}");
        Assert.True(burst.Score > 1);

        var ordinary = _detector.Judge(baseline, 6);
        Assert.False(ordinary.Flagged);
        Assert.True(ordinary.Score < 1);
    }

    [Fact]
    public void OverDispersedBaseline_RaisesTheBound()
    {
        var calm = _detector.Judge(Steady(26, 9, 10, 11, 10), 20);
        var noisy = _detector.Judge(Steady(26, 2, 18, 5, 15, 10, 0, 20), 20);
        Assert.True(noisy.Dispersion > 3, $"dispersion {noisy.Dispersion}");
        Assert.True(noisy.UpperBound > calm.UpperBound + 5);
        Assert.True(calm.Flagged);
        Assert.False(noisy.Flagged); // 20 is an ordinary week for a series that swings this much
    }

    [Fact]
    public void QuietSeries_UsesTheFloor_AndTheMinimumCount()
    {
        var zeros = new int[26];
        var four = _detector.Judge(zeros, 4);
        Assert.False(four.Flagged);                      // under the minimum of 5, however unusual
        Assert.True(four.UpperBound >= 1);               // the floor, not a bound of zero
        Assert.True(_detector.Judge(zeros, 5).Flagged);
    }

    [Fact]
    public void PastBurstInTheBaseline_IsDownWeighted()
    {
        var baseline = Steady(26, 4, 5, 4, 3);
        var withBurst = baseline.ToArray();
        withBurst[10] = 30;
        var clean = _detector.Judge(baseline, 14);
        var after = _detector.Judge(withBurst, 14);
        Assert.True(after.Flagged, "a burst months ago must not hide a new one");
        Assert.True(after.Expected < clean.Expected + 1.5, $"expected {after.Expected} against {clean.Expected}");
    }

    [Fact]
    public void SteadyGrowth_IsNotABurst()
    {
        var rising = Enumerable.Range(0, 26).Select(i => 5 + i).ToArray(); // 5 … 30
        var j = _detector.Judge(rising, 32);
        // Farrington's rule: a trend predicting beyond the baseline's largest week is not trusted, so the flat fit with
        // its wide dispersion judges the week, and a week just past the trend's line is not flagged.
        Assert.False(j.Trend);
        Assert.False(j.Flagged);
        Assert.True(_detector.Judge(rising, 60).Flagged);
    }

    [Fact]
    public void PoissonQuantile_MatchesTables()
    {
        Assert.Equal(0, Detector.PoissonQuantile(0.01, 0.5));
        Assert.Equal(9, Detector.PoissonQuantile(4, 0.99));   // P(X ≤ 9 | λ = 4) = 0.9919
        Assert.Equal(8, Detector.PoissonQuantile(4, 0.97));   // P(X ≤ 8) = 0.9786, P(X ≤ 7) = 0.9489
    }
}
