namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// What the series judged in one week tell about each other's baselines, for the settings
/// <see cref="EmergingOptions.PoolDispersion"/> and <see cref="EmergingOptions.PoolTrend"/>. A hub judging many series
/// each week can do this; a detector that sees one series at a time cannot.
/// <list type="bullet">
/// <item>Over-dispersion: each series' own estimate (from its 26 or so baseline weeks, which measure it poorly) is shrunk
/// toward the pool, by empirical Bayes as limma does for gene variances (Smyth, 2004). A series' Pearson estimate φ̂ on d
/// degrees of freedom is taken as φ·χ²_d/d, its true φ drawn from a scaled inverse χ² prior with d₀ degrees of freedom
/// around φ₀; φ₀ and d₀ are fitted by the moments of log φ̂ across the series, and each series gets its posterior
/// <c>(d₀ φ₀ + d φ̂) / (d₀ + d)</c>.</item>
/// <item>Trend: every series' slope (log μ a week) is taken as drawn from a normal prior around none, whose variance v
/// is the slopes' mean square less their estimates' mean variance; each series keeps the share <c>v / (v + Var(b̂))</c>
/// of its own slope, instead of Farrington's all-or-nothing significance rule.</item>
/// </list>
/// </summary>
/// <example>
/// 150 series whose dispersion estimates spread no more than sampling on 25 degrees of freedom explains: d₀ is infinite
/// and every series gets φ₀. If they spread twice as much in log, d₀ ≈ 25 and a series' own 1.8 against a pool of 1.3
/// becomes about 1.55.
/// </example>
public sealed class BaselinePool
{
    /// <summary>Series with a baseline mean under this are not pooled: Pearson's χ² is far from χ² for counts this small.</summary>
    public const double MinimumMean = 2;

    /// <summary>One series' own estimates from its baseline (see <see cref="Detector.Own"/>).</summary>
    public sealed record Estimate(double Dispersion, int DegreesOfFreedom, double Mean, double? Slope, double? SlopeVariance);

    /// <summary>φ₀, the pool's dispersion; null when dispersions are not pooled.</summary>
    public double? Prior { get; private init; }

    /// <summary>d₀: how many weeks of a series' own the pool is worth (infinite when the series do not differ beyond noise).</summary>
    public double PriorDegrees { get; private init; }

    /// <summary>
    /// How far the series' true trends (slopes of log μ a week) spread around none, beyond their estimates' noise: each
    /// series' slope is kept in the share <c>v / (v + Var(b̂))</c>. Null when trends are not pooled.
    /// </summary>
    public double? SlopeVariance { get; private init; }

    /// <summary>How many series the pool was fitted to.</summary>
    public int Series { get; private init; }

    /// <summary>The series' dispersion after shrinking its own estimate, on <paramref name="degrees"/> degrees of freedom, toward the pool.</summary>
    public double Shrink(double own, int degrees) => Prior is not { } prior ? own
        : double.IsPositiveInfinity(PriorDegrees) ? prior : (PriorDegrees * prior + degrees * own) / (PriorDegrees + degrees);

    /// <summary>
    /// The pool of the given series' own estimates, of their dispersions, their trends or both; null when fewer than
    /// <paramref name="minimumSeries"/> have a mean of at least <see cref="MinimumMean"/>, as then there is nothing to pool,
    /// and when neither is asked for (then <paramref name="own"/> is not read, so no estimate is computed).
    /// </summary>
    public static BaselinePool? Fit(IEnumerable<Estimate> own, bool dispersion, bool trend, int minimumSeries = 10)
    {
        if (!(dispersion || trend)) return null;
        var usable = own.Where(o => o.Mean >= MinimumMean && o.Dispersion > 0 && o.DegreesOfFreedom > 0).ToList();
        if (usable.Count < minimumSeries) return null;
        double? prior = null;
        var d0 = 0.0;
        if (dispersion)
        {
            // Smyth (2004), section 6: log φ̂ less its expected sampling bias has mean log φ₀ − bias(d₀) and variance
            // trigamma(d/2) (the sampling) plus trigamma(d₀/2) (the prior).
            var e = usable.Select(o => Math.Log(o.Dispersion) - Digamma(o.DegreesOfFreedom / 2.0) + Math.Log(o.DegreesOfFreedom / 2.0)).ToList();
            var mean = e.Average();
            var variance = e.Sum(x => (x - mean) * (x - mean)) / (e.Count - 1) - usable.Average(o => Trigamma(o.DegreesOfFreedom / 2.0));
            d0 = variance <= 0 ? double.PositiveInfinity : 2 * InverseTrigamma(variance);
            prior = double.IsPositiveInfinity(d0) ? Math.Exp(mean) : Math.Exp(mean + Digamma(d0 / 2) - Math.Log(d0 / 2));
        }
        double? slopes = null;
        if (trend)
        {
            // Moments again: the slopes' mean square is the true slopes' spread plus their estimates' variance.
            var fitted = usable.Where(o => o.Slope is not null && o.SlopeVariance is not null).ToList();
            slopes = fitted.Count < minimumSeries ? 0 : Math.Max(0, fitted.Average(o => o.Slope!.Value * o.Slope.Value) - fitted.Average(o => o.SlopeVariance!.Value));
        }
        return new BaselinePool { Prior = prior, PriorDegrees = d0, SlopeVariance = slopes, Series = usable.Count };
    }

    /// <summary>ψ(x) for x &gt; 0: the recurrence up to 6, then the asymptotic series.</summary>
    public static double Digamma(double x)
    {
        var result = 0.0;
        for (; x < 6; x++) result -= 1 / x;
        var f = 1 / (x * x);
        return result + Math.Log(x) - 0.5 / x - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
    }

    /// <summary>ψ′(x) for x &gt; 0: the recurrence up to 6, then the asymptotic series.</summary>
    public static double Trigamma(double x)
    {
        var result = 0.0;
        for (; x < 6; x++) result += 1 / (x * x);
        var f = 1 / (x * x);
        return result + 1 / x + f / 2 + f / x * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f / 30)));
    }

    /// <summary>The x with ψ′(x) = <paramref name="y"/> (ψ′ falls from infinity to 0), by bisection on log x.</summary>
    public static double InverseTrigamma(double y)
    {
        double lo = -20, hi = 20;
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (Trigamma(Math.Exp(mid)) > y) lo = mid;
            else hi = mid;
        }
        return Math.Exp((lo + hi) / 2);
    }
}
