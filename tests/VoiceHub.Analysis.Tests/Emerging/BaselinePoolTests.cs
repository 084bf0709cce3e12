using VoiceHub.Analysis.Emerging;

namespace VoiceHub.Analysis.Tests.Emerging;

public sealed class BaselinePoolTests
{
    private readonly Detector _detector = new(new EmergingOptions());

    private static int[] Steady(int weeks, params int[] pattern) => Enumerable.Range(0, weeks).Select(i => pattern[i % pattern.Length]).ToArray();

    [Fact]
    public void Gamma_Functions_MatchKnownValues()
    {
        Assert.Equal(-0.5772156649, BaselinePool.Digamma(1), 9); // −γ
        Assert.Equal(-0.5772156649 - 2 * Math.Log(2), BaselinePool.Digamma(0.5), 8);
        Assert.Equal(Math.PI * Math.PI / 6, BaselinePool.Trigamma(1), 9);
        Assert.Equal(Math.PI * Math.PI / 2, BaselinePool.Trigamma(0.5), 8);
        Assert.Equal(12.5, BaselinePool.InverseTrigamma(BaselinePool.Trigamma(12.5)), 6);
    }

    [Fact]
    public void Fit_SeriesNoMoreSpreadThanSampling_GivesEverySeriesThePool()
    {
        // Estimates on 25 degrees of freedom spread by about √(2/25) = 0.28 in log by sampling alone; these spread less.
        var own = Enumerable.Range(0, 40).Select(i => new BaselinePool.Estimate(1.3 + 0.1 * Math.Sin(i), 25, 8, null, null)).ToList();
        var pool = BaselinePool.Fit(own, dispersion: true, trend: false)!;
        Assert.True(double.IsPositiveInfinity(pool.PriorDegrees));
        // Their mean in log, raised by the log's sampling bias on 25 degrees of freedom (about 1/25).
        Assert.InRange(pool.Prior!.Value, 1.3 * 1.03, 1.3 * 1.05);
        Assert.Equal(pool.Prior.Value, pool.Shrink(3.0, 25));
        Assert.Null(pool.SlopeVariance);
    }

    [Fact]
    public void Fit_WidelySpreadSeries_ShrinksPartly_AndLeavesSmallSeriesOut()
    {
        // Half the series at 1, half at 4: far more spread than sampling explains, so each keeps much of its own.
        var own = Enumerable.Range(0, 40).Select(i => new BaselinePool.Estimate(i % 2 == 0 ? 1.0 : 4.0, 25, 8, null, null))
            .Append(new BaselinePool.Estimate(50, 25, 0.5, null, null)) // a near-empty series: not pooled
            .ToList();
        var pool = BaselinePool.Fit(own, dispersion: true, trend: false)!;
        Assert.Equal(40, pool.Series);
        Assert.InRange(pool.PriorDegrees, 1, 25);
        var shrunk = pool.Shrink(4.0, 25);
        Assert.InRange(shrunk, pool.Prior!.Value, 4.0);
        Assert.True(shrunk > 3, $"shrunk {shrunk}");
        Assert.Null(BaselinePool.Fit(own.Take(5), dispersion: true, trend: false));
    }

    [Fact]
    public void Judge_WithAPoolOfCalmSeries_LowersANoisySeriesBound()
    {
        var noisy = Steady(26, 4, 12, 6, 14, 8, 5, 11);
        var own = _detector.Own(noisy);
        Assert.True(own.Dispersion > 1.5, $"own dispersion {own.Dispersion}");
        var calm = Enumerable.Range(0, 30).Select(i => _detector.Own(Steady(26, 7 + i % 3, 9, 8, 10 - i % 3, 8)));
        var pool = BaselinePool.Fit(calm.Append(own), dispersion: true, trend: false)!;
        var alone = _detector.Judge(noisy, 18);
        var pooled = _detector.Judge(noisy, 18, pool);
        Assert.True(pooled.Dispersion < alone.Dispersion);
        Assert.True(pooled.UpperBound < alone.UpperBound, $"{pooled.UpperBound} against {alone.UpperBound}");
    }

    [Fact]
    public void Judge_WithPooledTrends_KeepsARealTrend_AndDropsNoise()
    {
        // Ten series rising steadily (one from 10 to 35 a week) among 30 flat ones: the pool's slopes spread far beyond
        // noise, so the rising series keeps most of its trend and its expected count is near the trend's, not the mean's.
        var rising = Enumerable.Range(0, 26).Select(i => 10 + i).ToArray();
        var flat = Enumerable.Range(0, 30).Select(i => Steady(26, 9 + i % 3, 11, 10, 12 - i % 3, 10)).ToList();
        var others = Enumerable.Range(1, 9).Select(k => Enumerable.Range(0, 26).Select(i => 10 + i * k / 5).ToArray());
        var mixed = BaselinePool.Fit(flat.Concat(others).Append(rising).Select(_detector.Own), dispersion: false, trend: true)!;
        Assert.True(mixed.SlopeVariance > 0);
        var judged = _detector.Judge(rising, 36, mixed);
        Assert.True(judged.Trend);
        Assert.InRange(judged.Expected, 30, 40);

        // All flat: no spread beyond noise, every slope dropped and the expected count is the baseline's mean.
        var flatOnly = BaselinePool.Fit(flat.Select(_detector.Own), dispersion: false, trend: true)!;
        Assert.Equal(0, flatOnly.SlopeVariance);
        var level = _detector.Judge(flat[0], 10, flatOnly);
        Assert.False(level.Trend);
        Assert.Equal(flat[0].Average(), level.Expected, 6);
    }
}
