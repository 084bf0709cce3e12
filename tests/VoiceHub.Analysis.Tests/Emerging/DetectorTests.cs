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

    [Fact]
    public void NegativeBinomialQuantile_MatchesR()
    {
        // R: qnbinom(0.995, size = 4, mu = 4) = 14 (variance 8); qnbinom(0.99, size = 2, mu = 10) = 35 (variance 60).
        Assert.Equal(14, Detector.NegativeBinomialQuantile(4, 8, 0.995));
        Assert.Equal(35, Detector.NegativeBinomialQuantile(10, 60, 0.99));
        Assert.Equal(Detector.PoissonQuantile(4, 0.995), Detector.NegativeBinomialQuantile(4, 4, 0.995)); // not over-dispersed
    }

    [Fact]
    public void NegativeBinomialBound_FlagsABurst_NotAnOrdinaryWeek()
    {
        var detector = new Detector(new EmergingOptions { Bound = EmergingBound.NegativeBinomial });
        var baseline = Steady(26, 3, 4, 5, 4, 3, 5, 4);
        var burst = detector.Judge(baseline, 14);
        Assert.True(burst.Flagged);
        Assert.Equal(Math.Floor(burst.UpperBound), burst.UpperBound); // a count, not a transform's bound
        Assert.False(detector.Judge(baseline, 7).Flagged);
    }

    [Fact]
    public void YearBackWindow_ComparesWithTheSameWeeksAYearBefore_OnlyOnceThereIsAYear()
    {
        // 56 weeks at 4, except the seven around the same week a year before the week judged (weeks 1 to 7), at 20.
        var year = Enumerable.Range(0, 56).Select(i => i is >= 1 and <= 7 ? 20 : 4).ToArray();
        var seasonal = new Detector(new EmergingOptions { YearBackWindow = 3, BaselineWeeks = 56 });
        var windowed = seasonal.Judge(year, 20);
        Assert.InRange(windowed.Expected, 19.5, 20.5);
        Assert.Equal(7, windowed.BaselineWeeks);
        Assert.False(windowed.Flagged);                   // the same as a year ago
        Assert.True(_detector.Judge(year, 20).Flagged);  // against all 56 weeks, a burst

        // A new council with 20 weeks of history: the window is not there yet, so every week counts, as by default.
        var young = Steady(20, 3, 4, 5, 4);
        Assert.Equal(_detector.Judge(young, 14), seasonal.Judge(young, 14));
    }
}
